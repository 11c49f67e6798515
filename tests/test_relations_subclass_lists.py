"""Subclasses listed inline after their class ("<class> include A and B", "<class> are either A or B")."""

from __future__ import annotations

from tests.conftest import of, triples


def test_classes_listed_after_include_are_members_of_the_opening_class() -> None:
    found = of(triples("Types of immunotherapy include checkpoint inhibitors and cancer vaccines."), "member_of_class")
    assert ("checkpoint inhibitors", "immunotherapy") in found


def test_either_or_after_a_plural_class_names_its_kinds() -> None:
    found = of(triples("Most targeted therapies are either small-molecule drugs or monoclonal antibodies."),
               "member_of_class")
    assert ("monoclonal antibodies", "targeted therapies") in found


def test_a_class_that_does_not_open_the_sentence_lists_no_kinds() -> None:
    found = of(triples("Treatment options for people who stop immunotherapy include chemotherapy and "
                       "targeted therapy."), "member_of_class")
    assert ("chemotherapy", "immunotherapy") not in found
    assert ("targeted therapy", "immunotherapy") not in found
