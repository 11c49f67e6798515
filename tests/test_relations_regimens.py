"""Regimens named by an acronym: one drug in the graph, its bracketed drugs given together, on texts written here."""

from __future__ import annotations

from kg.documents import parse_document
from kg.pipeline import analyse_document
from kg.vocabulary import default_vocabulary
from tests.conftest import Triple, triples


def pairs(found: set[Triple], predicate: str) -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, p, o in found if p == predicate}


def test_an_acronym_regimen_is_a_drug_and_one_node_with_its_drug_page() -> None:
    vocabulary = default_vocabulary()
    ice = {t.type for t in vocabulary.lookup("ICE regimen")}
    assert ice == {"drug"}
    # the pharmacological source's "ABVD regimen" and the NCI drug page "ABVD" are one drug
    assert {t.id for t in vocabulary.lookup("ABVD regimen")} == {t.id for t in vocabulary.lookup("ABVD")
                                                                 if t.type == "drug"}


def test_a_regimen_that_names_no_drugs_stays_a_kind_of_treatment() -> None:
    assert {t.type for t in default_vocabulary().lookup("preparative regimen")} == {"drug_class"}


def test_the_drugs_in_brackets_after_a_regimen_are_given_together() -> None:
    found = triples("Most centres now give MVAC (methotrexate, vinblastine, doxorubicin, and cisplatin) before "
                    "surgery.")
    combined = pairs(found, "combined_with")
    assert frozenset(("methotrexate", "cisplatin")) in combined
    assert frozenset(("vinblastine", "doxorubicin")) in combined
    assert not {p for s, p, o in found if p == "member_of_class"}


def test_what_a_sentence_says_a_regimen_treats_each_of_its_drugs_treats() -> None:
    found = triples("Children with Hodgkin lymphoma are treated with ABVD (doxorubicin, bleomycin, vinblastine, "
                    "and dacarbazine).")
    treated = {(s, o) for s, p, o in found if p == "treats"}
    assert ("bleomycin", "hodgkin lymphoma") in treated
    assert ("dacarbazine", "hodgkin lymphoma") in treated


def test_drugs_written_out_are_two_drugs_not_the_regimen() -> None:
    found = triples("Patients were given dabrafenib plus trametinib after surgery.")
    assert frozenset(("dabrafenib", "trametinib")) in pairs(found, "combined_with")


def test_alternatives_in_brackets_after_a_regimen_are_no_combination() -> None:
    found = triples("Older patients may receive CHOP (doxorubicin or vincristine may be left out) for lymphoma.")
    assert frozenset(("doxorubicin", "vincristine")) not in pairs(found, "combined_with")


def test_a_study_named_for_a_procedure_is_a_trial_and_an_arm_named_after_it_is_not() -> None:
    text = ("The Radiotherapy Before Surgery Study (RABS) enrolled adults with rectal cancer. Patients in the RABS "
            "trial received capecitabine with radiation.\n\nIn a later trial, the RABS arm received oxaliplatin.")
    found = triples(text)
    tested = {(s, o) for s, p, o in found if p == "tested_in_trial"}
    assert ("capecitabine", "rabs") in tested
    assert ("oxaliplatin", "rabs") not in tested


def test_a_protein_family_is_one_target_and_a_numbered_member_is_its_gene() -> None:
    vocabulary = default_vocabulary()
    assert [t.label for t in vocabulary.lookup("VEGF receptor") if t.type == "target"] == ["VEGFR"]
    found = triples("Trametinib blocks MEK proteins. Ramucirumab blocks a protein called VEGFR-2.")
    inhibited = {(s, o) for s, p, o in found if p == "inhibits"}
    assert ("trametinib", "mek proteins") in inhibited
    assert ("ramucirumab", "vegfr-2") in inhibited
    statements = analyse_document(parse_document("Ramucirumab blocks a protein called VEGFR-2.", "x.md")).statements
    assert {s.object for s in statements if s.predicate == "inhibits"} == {"HGNC:6307"}  # KDR
