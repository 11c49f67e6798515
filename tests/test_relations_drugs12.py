"""Drug pages whose use items name their patients' sub-type (helper drugs12), on sentences written here."""

from __future__ import annotations

from tests.conftest import of, triples

_NHL = ("Obinutuzumab is approved to be used alone or with other drugs to treat:\n\n"
        "- Non-Hodgkin lymphoma that is CD20 positive. Obinutuzumab is used:\n")


def test_a_partner_item_for_patients_with_a_sub_type_approves_the_sub_type() -> None:
    found = triples(_NHL + "- with chemotherapy in children aged 2 years and older with Burkitt lymphoma that has "
                    "not been treated\n")
    assert ("obinutuzumab", "burkitt lymphoma") in of(found, "approved_for")
    assert ("chemotherapy", "burkitt lymphoma") in of(found, "treats")
    assert ("chemotherapy", "non-hodgkin lymphoma") in of(found, "treats")


def test_each_coordinated_sub_type_of_the_patients_is_approved() -> None:
    found = triples(_NHL + "- with bendamustine in adults with follicular lymphoma or Burkitt lymphoma\n")
    assert {("obinutuzumab", "follicular lymphoma"), ("obinutuzumab", "burkitt lymphoma")} <= (
        of(found, "approved_for"))
    assert ("bendamustine", "follicular lymphoma") in of(found, "treats")


def test_a_sub_type_named_by_its_abbreviation_after_a_longer_name_is_approved() -> None:
    found = triples(_NHL + "- with bendamustine in adults with diffuse large B-cell NHL (DLBCL) that has not been "
                    "treated\n")
    assert ("obinutuzumab", "dlbcl") in of(found, "approved_for")
    assert ("bendamustine", "non-hodgkin lymphoma") in of(found, "treats")


def test_a_partner_item_under_a_use_that_is_not_approved_approves_nothing() -> None:
    found = triples("Obinutuzumab is being studied to treat:\n\n- Non-Hodgkin lymphoma. It is used:\n"
                    "- with bendamustine in adults with Burkitt lymphoma\n")
    assert ("obinutuzumab", "burkitt lymphoma") not in of(found, "approved_for")


def test_an_earlier_treatment_named_after_the_patients_is_no_partner() -> None:
    found = triples(_NHL + "- alone in adults with Burkitt lymphoma whose cancer got worse after bendamustine\n")
    assert ("obinutuzumab", "bendamustine") not in of(found, "combined_with")
    assert ("obinutuzumab", "burkitt lymphoma") in of(found, "approved_for")

