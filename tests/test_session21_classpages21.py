"""Class-level statements of pages that explain a kind of therapy (session twenty-one, classpages21), on texts written
here: members a class "includes" with a group noun or a relative clause between them, the class's stated approval
passed to each member, "Examples are ..." after a sentence that opens with a class."""

from __future__ import annotations

from tests.conftest import of, triples


def test_members_after_a_group_noun_are_all_read() -> None:
    found = triples("Aromatase inhibitors that are approved to treat breast cancer include the older drugs "
                    "anastrozole (Arimidex) and letrozole (Femara), and the newer drug exemestane (Aromasin).")
    members = of(found, "member_of_class")
    assert {("anastrozole", "aromatase inhibitors"), ("letrozole", "aromatase inhibitors"),
            ("exemestane", "aromatase inhibitors")} <= members
    assert {("anastrozole", "breast cancer"), ("letrozole", "breast cancer"),
            ("exemestane", "breast cancer")} <= of(found, "approved_for")


def test_a_relative_clause_between_members_does_not_end_the_run() -> None:
    found = triples("GnRH antagonists that are approved to treat prostate cancer include degarelix (Firmagon), which "
                    "is injected under the skin, and relugolix (Orgovyx), which is taken by mouth.")
    assert ("relugolix", "gnrh antagonists") in of(found, "member_of_class")
    assert ("relugolix", "prostate cancer") in of(found, "approved_for")
    assert ("relugolix", "prostate cancer") in of(found, "treats")


def test_an_inline_approved_class_passes_its_approval_to_its_members() -> None:
    found = triples("PARP inhibitors approved for ovarian cancer include olaparib, niraparib, and rucaparib.")
    assert {("olaparib", "ovarian cancer"), ("niraparib", "ovarian cancer"),
            ("rucaparib", "ovarian cancer")} <= of(found, "approved_for")


def test_a_negated_or_other_class_lends_nothing() -> None:
    found = triples("Drugs other than kinase inhibitors include the older drugs aspirin and ibuprofen.")
    assert not {("aspirin", "kinase inhibitors"), ("ibuprofen", "kinase inhibitors")} & of(found, "member_of_class")


def test_examples_after_a_class_sentence_are_its_members() -> None:
    found = triples("Antiandrogens keep androgens from reaching cancer cells. Examples are flutamide, bicalutamide, "
                    "and nilutamide.")
    assert {("flutamide", "antiandrogens"), ("bicalutamide", "antiandrogens"),
            ("nilutamide", "antiandrogens")} <= of(found, "member_of_class")
    found = triples("Kinase inhibitors block signals that tell cells to grow. Some examples include imatinib and "
                    "dasatinib.")
    assert {("imatinib", "kinase inhibitors"), ("dasatinib", "kinase inhibitors")} <= of(found, "member_of_class")


def test_examples_of_a_class_named_later_in_the_sentence_before_are_not_its_members() -> None:
    found = triples("Doctors sometimes suggest kinase inhibitors. Examples are aspirin and ibuprofen.")
    assert not of(found, "member_of_class")
    found = triples("Kinase inhibitors block growth signals.\n\nExamples are aspirin and ibuprofen.")
    assert not of(found, "member_of_class")  # another paragraph


def test_a_such_as_run_goes_on_past_a_narrower_class() -> None:
    found = of(triples("Sedatives and hypnotics (e.g., zolpidem, benzodiazepines, pentobarbital, and secobarbital) can "
                       "add to drowsiness."), "member_of_class")
    assert {("benzodiazepines", "sedatives and hypnotics"), ("pentobarbital", "sedatives and hypnotics"),
            ("secobarbital", "sedatives and hypnotics")} <= found
    found = of(triples("Chemotherapy drugs such as cisplatin, anthracyclines, and etoposide can harm hearing."),
               "member_of_class")
    assert {("anthracyclines", "chemotherapy"), ("etoposide", "chemotherapy")} <= found


def test_a_such_as_run_ends_at_its_bracket_its_conjunction_or_a_therapy_category() -> None:
    found = of(triples("Antidepressants (e.g., trazodone) and antipsychotics (e.g., quetiapine) can cause sleepiness."),
               "member_of_class")
    assert ("antipsychotics", "antidepressants") not in found
    found = of(triples("Treatment uses purine nucleoside analogues, such as fludarabine or cladribine, alkylating "
                       "agents, or rituximab."), "member_of_class")
    assert not {s for s, _ in found} & {"alkylating agents", "rituximab"}
    found = of(triples("Trials combine it with targeted therapies like PARP inhibitors and immunotherapy."),
               "member_of_class")
    assert ("immunotherapy", "targeted therapies") not in found


def test_a_colon_after_an_available_class_lists_its_members() -> None:
    found = of(triples("Three oral CDK4/6 inhibitors are currently available: palbociclib, ribociclib, and "
                       "abemaciclib."), "member_of_class")
    assert {("palbociclib", "cdk4/6 inhibitors"), ("ribociclib", "cdk4/6 inhibitors"),
            ("abemaciclib", "cdk4/6 inhibitors")} <= found
