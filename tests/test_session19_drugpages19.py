"""Partners and classes on drug information pages (helper drugpages19, session nineteen), on sentences written
here."""

from __future__ import annotations

from tests.conftest import of, triples


def test_a_drug_approved_alone_or_with_a_partner_is_combined_with_it() -> None:
    text = "Imatinib is approved to be used alone or with letrozole to treat:\n\n- **Breast cancer** that has spread.\n"
    found = triples(text)
    assert ("imatinib", "letrozole") in of(found, "combined_with")
    assert ("letrozole", "breast cancer") in of(found, "treats")
    # "or" between two drugs still offers another arm, not a partner
    found = triples("Imatinib or chemotherapy with cisplatin and etoposide may be used to treat melanoma.")
    assert ("imatinib", "cisplatin") not in of(found, "combined_with")
    assert ("cisplatin", "etoposide") in of(found, "combined_with")


def test_each_drug_after_with_either_is_the_lead_drugs_partner_but_not_each_others() -> None:
    text = ("Imatinib is approved to treat:\n\n- **Acute myeloid leukemia** that is newly diagnosed. It is given "
            "with either azacitidine, decitabine, or low-dose cytarabine.\n")
    pairs = of(triples(text), "combined_with")
    assert {("imatinib", "azacitidine"), ("imatinib", "decitabine"), ("imatinib", "cytarabine")} <= pairs
    assert not {p for p in pairs if "imatinib" not in p}  # the alternatives are not given together
    pairs = of(triples("Pemetrexed combined with either cisplatin or carboplatin was used in patients."),
               "combined_with")
    assert {("pemetrexed", "cisplatin"), ("pemetrexed", "carboplatin")} <= pairs
    assert ("cisplatin", "carboplatin") not in pairs and ("carboplatin", "cisplatin") not in pairs


def test_a_drug_the_disease_got_worse_while_taking_was_used_for_it() -> None:
    text = ("Sunitinib is approved to treat:\n\n- **Gastrointestinal stromal tumor**. It is used in patients whose "
            "condition has become worse while taking imatinib or who are not able to take it.\n")
    found = triples(text)
    assert ("imatinib", "gastrointestinal stromal tumor") in of(found, "treats")
    assert ("sunitinib", "imatinib") not in of(found, "combined_with")  # an earlier treatment, not a partner


def test_either_before_whole_regimens_pairs_no_drug_across_them() -> None:
    found = of(triples("Imatinib combined with either epirubicin and cisplatin, etoposide and leucovorin, or docetaxel "
                       "and cisplatin was studied."), "combined_with")
    assert not {p for p in found if "etoposide" in p and ("epirubicin" in p or "cisplatin" in p)}


def test_a_dose_word_does_not_end_a_list_of_drugs_given_together() -> None:
    found = of(triples("All patients received therapy with cisplatin, doxorubicin, and high-dose methotrexate."),
               "combined_with")
    assert {("cisplatin", "methotrexate"), ("doxorubicin", "methotrexate")} <= found
