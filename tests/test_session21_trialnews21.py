"""Session 21 (trialnews21): research-news rules, each on sentences written for it, plus the benchmark's helpers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.conftest import of, triples


def test_another_member_of_a_class_makes_the_drug_before_one_too() -> None:
    found = of(triples("# News\n\nRibociclib blocks two proteins that drive cell growth. Another CDK4/6 inhibitor, "
                       "palbociclib (Ibrance), is approved for breast cancer.\n"), "member_of_class")
    assert {("ribociclib", "cdk4/6 inhibitor"), ("palbociclib", "cdk4/6 inhibitor")} <= found


def test_another_member_in_the_same_sentence() -> None:
    found = of(triples("# News\n\nIn earlier trials, both dabrafenib and another BRAF inhibitor, vemurafenib "
                       "(Zelboraf), lengthened survival.\n"), "member_of_class")
    assert ("dabrafenib", "braf inhibitor") in found


def test_another_member_needs_one_plain_drug_before() -> None:
    # the sentence before names two drugs, or does not open with its drug: neither is said to be one
    two = triples("# News\n\nPatients got docetaxel or paclitaxel. Another chemotherapy drug, cabazitaxel, is "
                  "approved for prostate cancer.\n")
    assert not {d for d, _ in of(two, "member_of_class")} & {"docetaxel", "paclitaxel"}
    buried = triples("# News\n\nMost patients had already received letrozole. Another aromatase inhibitor, "
                     "exemestane, was given in the trial.\n")
    assert ("letrozole", "aromatase inhibitor") not in of(buried, "member_of_class")
    compared = triples("# News\n\nPatients who got letrozole, rather than another aromatase inhibitor, exemestane, "
                       "lived longer.\n")
    assert ("letrozole", "aromatase inhibitor") not in of(compared, "member_of_class")


def _benchmark() -> object:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import trial_news_reach

    return trial_news_reach


def test_the_benchmark_sorts_sentences_by_what_they_could_state() -> None:
    from kg.model import Mention

    reach = _benchmark()
    drug = Mention("d", 0, 1, "x", "X:1", "x", "drug", "t", 1.0)
    event = Mention("d", 0, 1, "y", "X:2", "y", "adverse_event", "t", 1.0)
    assert reach.sentence_kinds("The most common side effects were y.", [drug, event]) == ["effect"]  # type: ignore[attr-defined]
    assert reach.sentence_kinds("Y was seen.", [drug, event]) == []  # type: ignore[attr-defined]


_PAGE = (Path(__file__).resolve().parents[2] / "shared/corpus/nci/02_nci_core/cancer-types"
         / "types-skin-research-nivolumab.md")


@pytest.mark.skipif(not _PAGE.exists(), reason="the shared corpus is not here")
def test_a_real_page_gives_the_earlier_checkpoint_inhibitor_its_class() -> None:
    from kg.documents import read_document
    from kg.pipeline import analyse_document

    analysis = analyse_document(read_document(_PAGE))
    members = {(s.subject_text.lower(), s.object_text.lower()) for s in analysis.statements
               if s.predicate == "member_of_class" and "another" in s.evidence.sentence}
    assert ("ipilimumab", "checkpoint inhibitor") in members


def test_progressed_on_a_drug_is_earlier_use_of_it() -> None:
    found = triples("# News\n\nThe FDA approved sorafenib for patients with liver cancer whose disease progressed on "
                    "sunitinib.\n")
    assert ("sunitinib", "liver cancer") in of(found, "treats")
    assert ("sorafenib", "liver cancer") in of(found, "approved_for")


_ARMS = ("# Trial results\n\nIn the trial, women with breast cancer were randomly assigned to receive ribociclib plus "
         "letrozole or letrozole alone. ")


def test_side_effects_of_both_groups_go_to_every_drug_of_the_arms() -> None:
    for sentence in ("Fatigue was common in both groups.", "Rates of fatigue were similar in the two arms.",
                     "Fatigue was common in both the ribociclib group and the control group."):
        found = of(triples(_ARMS + sentence + "\n"), "has_adverse_effect")
        assert {("ribociclib", "fatigue"), ("letrozole", "fatigue")} <= found, sentence


def test_side_effects_of_the_control_group_go_to_the_comparator_arm() -> None:
    found = of(triples(_ARMS + "Nausea was more common in the control group.\n"), "has_adverse_effect")
    assert found == {("letrozole", "nausea")}


def test_the_control_group_compared_against_or_another_clause_gives_it_nothing() -> None:
    against = of(triples(_ARMS + "Nausea was more common in the ribociclib group than in the control group.\n"),
                 "has_adverse_effect")
    assert ("letrozole", "nausea") not in against
    clause = of(triples(_ARMS + "Fatigue was common in both groups, while nausea was more common in the "
                                "ribociclib group.\n"), "has_adverse_effect")
    assert ("letrozole", "fatigue") in clause and ("letrozole", "nausea") not in clause
    nobody = of(triples(_ARMS + "No patients in either group had nausea.\n"), "has_adverse_effect")
    assert nobody == set()


def test_the_arms_may_be_set_against_each_other_without_a_randomisation() -> None:
    found = of(triples("# Trial results\n\nWomen who received ribociclib plus letrozole lived longer than women who "
                       "received letrozole alone. Fatigue was common in both groups.\n"), "has_adverse_effect")
    assert ("letrozole", "fatigue") in found


def test_a_brand_in_brackets_does_not_hide_the_kind_the_drug_is_set_as() -> None:
    first = of(triples("# Trial results\n\nIn 2019, olaparib (Lynparza) became the first targeted therapy to be "
                       "approved for this cancer.\n"), "member_of_class")
    assert ("lynparza", "targeted therapy") in first or ("olaparib", "targeted therapy") in first
    only = of(triples("# Trial results\n\nFor many years, olaparib (Lynparza) was the only targeted therapy "
                      "available.\n"), "member_of_class")
    assert ("lynparza", "targeted therapy") in only or ("olaparib", "targeted therapy") in only


def test_the_approval_also_covers_a_disease_for_the_drug_approved_just_before() -> None:
    found = triples("# Trial results\n\nThe FDA has approved entrectinib for adults with solid tumors that have an "
                    "NTRK gene fusion. The approval also covers adults with non-small cell lung cancer.\n")
    assert ("entrectinib", "non-small cell lung cancer") in of(found, "approved_for")
    assert ("entrectinib", "non-small cell lung cancer") in of(found, "treats")
    bare = triples("# Trial results\n\nThe FDA approved ibrutinib in 2014. The approval covers patients with chronic "
                   "lymphocytic leukemia.\n")
    assert ("ibrutinib", "chronic lymphocytic leukemia") in of(bare, "approved_for")


def test_what_an_approval_was_based_on_or_a_denied_one_covers_nothing() -> None:
    based = triples("# Trial results\n\nThe FDA approved ibrutinib in 2014. The approval was based on a trial in "
                    "patients with chronic lymphocytic leukemia.\n")
    assert of(based, "approved_for") == set()
    denied = triples("# Trial results\n\nThe FDA has not approved ibrutinib. The approval covers patients with "
                     "chronic lymphocytic leukemia.\n")
    assert of(denied, "approved_for") == set()
