"""Regimens spelled out before their acronym (helper drugs12), on sentences written here."""

from __future__ import annotations

from tests.conftest import of, triples

_NHL = ("Obinutuzumab is approved to be used alone or with other drugs to treat:\n\n"
        "- Non-Hodgkin lymphoma that is CD20 positive. Obinutuzumab is used:\n")


def test_a_regimen_spelled_out_before_its_acronym_combines_every_pair() -> None:
    found = triples(_NHL + "- alone in adults whose lymphoma did not get better after treatment with "
                    "cyclophosphamide, doxorubicin, and prednisone (CHOP)\n")
    assert {("cyclophosphamide", "doxorubicin"), ("cyclophosphamide", "prednisone"),
            ("doxorubicin", "prednisone")} <= of(found, "combined_with")


def test_the_acronym_of_a_spelled_out_regimen_treats_what_its_drugs_treat() -> None:
    found = triples("Patients with Hodgkin lymphoma were treated with doxorubicin, bleomycin, vinblastine, and "
                    "dacarbazine (ABVD).")
    assert ("abvd", "hodgkin lymphoma") in of(found, "treats")


def test_alternatives_before_an_acronym_are_no_regimen() -> None:
    found = triples("Patients with Hodgkin lymphoma were treated with doxorubicin or bleomycin (ABVD).")
    assert ("bleomycin", "doxorubicin") not in of(found, "combined_with")
