"""Session nineteen's research-news readings (helper news19), on sentences written here: patients of a disease
who "now have a new treatment option" (kg/relations/population_options.py), and a trial's title in brackets
(kg/relations/trial_titles.py)."""

from __future__ import annotations

from tests.conftest import of, triples


def test_the_drugs_named_as_a_new_option_treat_the_patients_disease() -> None:
    found = triples("Patients with metastatic kidney cancer that has spread after surgery now have a new treatment "
                    "option: cabozantinib in combination with nivolumab.")
    assert {("cabozantinib", "kidney cancer"), ("nivolumab", "kidney cancer")} <= of(found, "treats")
    assert not of(found, "approved_for")  # no approval is stated


def test_an_option_that_is_fda_approved_is_an_approval_of_the_drugs_not_of_their_partner() -> None:
    found = triples("People with advanced cervical cancer now have new FDA-approved treatment options: "
                    "pembrolizumab and cemiplimab, given with chemotherapy.")
    assert {("pembrolizumab", "cervical cancer"), ("cemiplimab", "cervical cancer")} <= of(found, "approved_for")
    assert ("chemotherapy", "cervical cancer") in of(found, "treats")
    assert ("chemotherapy", "cervical cancer") not in of(found, "approved_for")


def test_the_approval_of_a_drug_that_brings_the_option_is_an_approval_for_the_disease() -> None:
    found = triples("People with relapsed multiple myeloma now have another option with the recent approval of "
                    "idecabtagene vicleucel.")
    assert ("idecabtagene vicleucel", "multiple myeloma") in of(found, "approved_for")


def test_few_options_are_no_option() -> None:
    few = triples("Patients with pancreatic cancer have few treatment options besides gemcitabine.")
    assert ("gemcitabine", "pancreatic cancer") not in of(few, "treats")
    after = triples("Patients with ovarian cancer that grew after treatment with carboplatin now have a new option: "
                    "olaparib.")
    assert ("olaparib", "ovarian cancer") in of(after, "treats")  # the clause about the cancer is passed over


def test_a_bracketed_trial_title_states_no_use_but_the_sentence_around_it_may() -> None:
    titled = triples("Researchers launched a trial called ZEPHYR (Ponatinib as Maintenance Treatment in Patients With "
                     "Acute Myeloid Leukemia) last year.")
    assert ("ponatinib", "acute myeloid leukemia") not in of(titled, "treats")
    shown = triples("A trial (Ponatinib in Treating Patients With Acute Myeloid Leukemia) found that ponatinib "
                    "improved survival in patients with acute myeloid leukemia.")
    assert ("ponatinib", "acute myeloid leukemia") in of(shown, "treats")
