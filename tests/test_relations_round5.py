"""The fifth relation round, on texts written here: each test states what a reader of the graph expects."""

from __future__ import annotations

from kg.documents import parse_document
from kg.pipeline import analyse_document
from tests.conftest import Triple, triples


def pairs(found: set[Triple], predicate: str) -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, p, o in found if p == predicate}


REGIMEN_ITEMS = """# Drug

## Use in Cancer

Trastuzumab is approved to treat:

- **Breast cancer** that is HER2 positive. It is used in adults with:
- Hormone receptor-negative cancer. It is given:
- as combination chemotherapy with:
- doxorubicin, cyclophosphamide, and either paclitaxel or docetaxel; or
- docetaxel and carboplatin
- alone after combination therapy that included anthracycline chemotherapy
"""


def test_items_under_a_with_lead_in_are_regimens_given_with_the_drug() -> None:
    found = triples(REGIMEN_ITEMS)
    combined = pairs(found, "combined_with")
    for partner in ("doxorubicin", "cyclophosphamide", "paclitaxel", "docetaxel", "carboplatin"):
        assert frozenset(("trastuzumab", partner)) in combined
    assert frozenset(("doxorubicin", "cyclophosphamide")) in combined
    assert frozenset(("docetaxel", "carboplatin")) in combined
    assert frozenset(("paclitaxel", "docetaxel")) not in combined  # "either paclitaxel or docetaxel"
    treated = {s for s, p, o in found if p == "treats" and o == "breast cancer"}
    assert {"doxorubicin", "cyclophosphamide", "carboplatin"} <= treated
    assert "anthracycline" not in {o for s, p, o in found if p == "combined_with"}


def test_it_is_used_with_lists_each_partner_of_the_lead_drug() -> None:
    found = triples("Lapatinib is approved to be used with other drugs to treat:\n\n"
                    "- **Breast cancer** that is advanced. It is used with:\n"
                    "- capecitabine in women whose disease was treated with a taxane\n"
                    "- letrozole in postmenopausal women who need hormone therapy\n")
    assert pairs(found, "combined_with") >= {frozenset(("lapatinib", "capecitabine")),
                                              frozenset(("lapatinib", "letrozole"))}
    assert frozenset(("lapatinib", "taxane")) not in pairs(found, "combined_with")  # an earlier treatment
    assert {("capecitabine", "breast cancer"), ("letrozole", "breast cancer")} <= {
        (s, o) for s, p, o in found if p == "treats"}


def test_items_under_one_of_the_following_stay_alternatives() -> None:
    found = triples("Pomalidomide is approved to treat:\n\n- **Multiple myeloma**. It is used with dexamethasone "
                    "and one of the following drugs:\n- bortezomib\n- carfilzomib\n")
    assert frozenset(("bortezomib", "carfilzomib")) not in pairs(found, "combined_with")


def test_earlier_treatment_that_included_drugs_is_their_use() -> None:
    found = triples("Pomalidomide is approved to treat:\n\n- **Multiple myeloma**. It is used with dexamethasone "
                    "in adults who have received at least two therapies that included lenalidomide and a "
                    "proteasome inhibitor.\n")
    treated = {s for s, p, o in found if p == "treats" and o == "multiple myeloma"}
    assert {"lenalidomide", "proteasome inhibitor"} <= treated
    assert frozenset(("pomalidomide", "lenalidomide")) not in pairs(found, "combined_with")


def test_patients_who_have_received_a_drug_were_treated_with_it() -> None:
    found = triples("Sotorasib is used for colorectal cancer in patients who have received chemotherapy.")
    assert ("chemotherapy", "treats", "colorectal cancer") in found


def test_not_gotten_better_with_other_chemotherapy_is_earlier_use() -> None:
    found = triples("Vinblastine is approved to treat:\n\n- Choriocarcinoma that has not gotten better with other "
                    "chemotherapy.\n")
    assert any(p == "treats" and s.endswith("chemotherapy") and o == "choriocarcinoma" for s, p, o in found)


def test_a_drug_a_patient_cannot_receive_is_no_use() -> None:
    found = triples("Enfortumab vedotin is used with pembrolizumab in adults with urothelial cancer who cannot "
                    "receive cisplatin.")
    assert ("cisplatin", "treats", "urothelial cancer") not in found


def test_a_regimen_page_names_its_regimen_even_when_the_vocabulary_does_not() -> None:
    found = triples("# QRX - NCI\n\n# QRX\n\nThis chemotherapy combination contains the drugs cyclophosphamide, "
                    "methotrexate, and fluorouracil.\n\nDrugs in the QRX combination:\n\n## Use in Cancer\n\n"
                    "QRX is used to treat:\n\n- **Breast cancer**.\n")
    treated = {s for s, p, o in found if p == "treats" and o == "breast cancer"}
    assert {"qrx", "cyclophosphamide", "methotrexate", "fluorouracil"} <= treated


def test_a_class_with_either_of_two_drugs_has_both_as_members() -> None:
    found = triples("Patients received nivolumab or chemotherapy with either pemetrexed or docetaxel.")
    assert {("pemetrexed", "chemotherapy"), ("docetaxel", "chemotherapy")} <= {
        (s, o) for s, p, o in found if p == "member_of_class"}
    assert frozenset(("pemetrexed", "docetaxel")) not in pairs(found, "combined_with")


def test_these_drugs_refers_to_the_class_named_just_before() -> None:
    found = triples("Many patients with melanoma are treated with checkpoint inhibitors. These drugs can cause "
                    "severe skin rashes, diarrhea, and colitis.")
    assert {("checkpoint inhibitors", "diarrhea"), ("checkpoint inhibitors", "colitis")} <= {
        (s, o) for s, p, o in found if p == "has_adverse_effect"}


def test_these_drugs_refers_to_each_drug_named_together_before() -> None:
    found = triples("Arsenic trioxide and tretinoin are drugs that kill certain leukemia cells. These drugs are "
                    "used to treat acute promyelocytic leukemia.")
    assert {("arsenic trioxide", "acute promyelocytic leukemia"), ("tretinoin", "acute promyelocytic leukemia")} <= {
        (s, o) for s, p, o in found if p == "treats"}


def test_a_regimen_that_includes_a_drug_now_is_not_an_earlier_treatment() -> None:
    found = triples("Bone-modifying agents in patients with myeloma should be part of a treatment regimen that "
                    "includes analgesics.")
    assert ("analgesics", "treats", "myeloma") not in found


def test_a_drug_and_other_members_of_a_class_is_a_member() -> None:
    found = triples("The primary action of aspirin and other nonsteroidal anti-inflammatory drugs is to inhibit "
                    "COX2. Doctors may switch patients to exemestane or another aromatase inhibitor. Although "
                    "rituximab, another CD20-targeted antibody, improved survival, most patients are older.")
    members = {(s, o) for s, p, o in found if p == "member_of_class"}
    assert {("aspirin", "nonsteroidal anti-inflammatory drugs"), ("exemestane", "aromatase inhibitor"),
            ("rituximab", "cd20-targeted antibody")} <= members


def test_a_list_with_other_members_is_not_an_apposition() -> None:
    found = triples("Other options are bevacizumab, other targeted drugs, and PARP inhibitors.")
    assert not {(s, o) for s, p, o in found if p == "member_of_class" and s == "bevacizumab"}


def test_a_class_of_drugs_called_a_subclass() -> None:
    found = triples("Trials have shown that another class of hormone therapy drugs, called aromatase inhibitors, "
                    "is more effective than tamoxifen.")
    assert ("aromatase inhibitors", "member_of_class", "hormone therapy") in found


def test_patients_who_received_a_drug_and_survived_longer_were_treated_with_it() -> None:
    found = triples("Patients with esophageal cancer who received chemotherapy before surgery survived, on "
                    "average, nearly twice as long as patients treated with surgery alone.")
    assert ("chemotherapy", "treats", "esophageal cancer") in found


def test_patients_who_received_a_drug_and_had_a_lower_risk_of_recurrence() -> None:
    found = triples("Women with breast cancer who were assigned to receive tamoxifen had a 30 percent lower risk "
                    "of recurrence than women who did not.")
    assert ("tamoxifen", "treats", "breast cancer") in found


def test_side_effects_of_the_combination_belong_to_each_of_its_drugs() -> None:
    found = triples("In the trial, patients received lenvatinib plus pembrolizumab. Side effects of the combination "
                    "included hypertension and fatigue.")
    effects = {(s, o) for s, p, o in found if p == "has_adverse_effect"}
    assert {("lenvatinib", "hypertension"), ("pembrolizumab", "hypertension")} <= effects


def test_events_in_a_share_of_the_patients_who_received_a_drug() -> None:
    found = triples("Infusion-related reactions occurred in about half of the patients who received olaparib.")
    assert ("olaparib", "has_adverse_effect", "infusion-related reactions") in found


def test_led_to_an_event_but_not_to_a_reduction() -> None:
    assert ("olaparib", "has_adverse_effect", "anemia") in triples("Olaparib led to anemia in 20 percent of patients.")
    found = triples("Antiretroviral therapy has led to a marked reduction in opportunistic infections.")
    assert not {(s, o) for s, p, o in found if p == "has_adverse_effect"}


def test_a_disease_that_did_not_respond_to_a_treatment_was_treated_with_it() -> None:
    found = triples("Gemcitabine is approved to treat:\n\n- **Breast cancer** that cannot be treated with or that "
                    "did not respond to chemotherapy that included an anthracycline drug.\n")
    treated = {s for s, p, o in found if p == "treats" and o == "breast cancer"}
    assert {"chemotherapy", "anthracycline"} <= treated
    found = triples("Patients had myeloma refractory to a proteasome inhibitor and lenalidomide.")
    assert ("proteasome inhibitor", "treats", "myeloma") in found


def test_they_refers_to_the_class_a_sentence_opens_with() -> None:
    found = triples("Androgen synthesis inhibitors lower testosterone levels. They do so by inhibiting an enzyme "
                    "called CYP17.")
    assert ("androgen synthesis inhibitors", "inhibits", "cyp17") in found
    found = triples("Researchers gave imatinib to patients. They found that many had nausea.")
    assert not {(s, o) for s, p, o in found if p == "has_adverse_effect"}


def test_and_with_names_another_partner_of_the_head_drug() -> None:
    found = triples("Palbociclib is approved to be used with letrozole as first-line therapy for breast cancer that "
                    "is advanced or has spread and with fulvestrant as second-line therapy for breast cancer.")
    combined = pairs(found, "combined_with")
    assert {frozenset(("palbociclib", "letrozole")), frozenset(("palbociclib", "fulvestrant"))} <= combined
    assert frozenset(("letrozole", "fulvestrant")) not in combined
    assert ("fulvestrant", "approved_for", "breast cancer") not in found


def test_more_ways_of_saying_a_drug_causes_an_event() -> None:
    for text, event in [("Nivolumab can trigger pneumonitis.", "pneumonitis"),
                        ("Ipilimumab may produce severe diarrhea.", "diarrhea"),
                        ("Pembrolizumab has been linked to pneumonitis.", "pneumonitis"),
                        ("People who take nivolumab may get a rash.", "rash"),
                        ("People treated with nivolumab sometimes develop hypothyroidism.", "hypothyroidism")]:
        found = triples(text)
        assert any(p == "has_adverse_effect" and o == event for s, p, o in found), text


def test_a_sentence_opening_with_its_population_states_the_drugs_use() -> None:
    found = triples("In patients with melanoma, the checkpoint inhibitor nivolumab improved overall survival "
                    "compared with standard chemotherapy.")
    assert ("nivolumab", "treats", "melanoma") in found
    assert ("checkpoint inhibitor", "treats", "melanoma") not in found
    found = triples("For women with ovarian cancer, olaparib is now an option.")
    assert ("olaparib", "treats", "ovarian cancer") in found
    found = triples("In patients with melanoma, researchers measured nivolumab levels.")
    assert ("nivolumab", "treats", "melanoma") not in found


def test_earlier_treatment_counted_in_types_or_lines() -> None:
    found = triples("Ifosfamide is approved to treat:\n\n- Testicular germ cell tumors that are malignant. It is used "
                    "in patients who have already been treated with two other types of chemotherapy.\n")
    assert ("chemotherapy", "treats", "testicular germ cell tumors") in found
    found = triples("Isatuximab is approved to treat:\n\n- Multiple myeloma. It is used with pomalidomide in adults "
                    "who have received at least two therapies, including lenalidomide and a proteasome inhibitor.\n")
    assert {("lenalidomide", "multiple myeloma"), ("proteasome inhibitor", "multiple myeloma")} <= {
        (s, o) for s, p, o in found if p == "treats"}


def test_a_disease_that_got_worse_after_a_treatment_was_treated_with_it() -> None:
    found = triples("Topotecan is approved to treat:\n\n- Small cell lung cancer. It is used alone in patients whose "
                    "cancer got worse after first-line chemotherapy.\n")
    assert ("chemotherapy", "treats", "small cell lung cancer") in found


def test_a_drug_naming_a_therapy_by_compound_is_not_its_use() -> None:
    found = triples("Olaparib is used for ovarian cancer that came back after treatment with cisplatin-based "
                    "therapy.")
    assert ("cisplatin", "treats", "ovarian cancer") not in found


def test_treatment_of_a_disease_is_a_therapy() -> None:
    found = triples("Treatment of newly diagnosed infantile hemangiopericytoma is usually chemotherapy.")
    assert ("chemotherapy", "treats", "infantile hemangiopericytoma") in found
    found = triples("Treatment of recurrent undifferentiated pleomorphic sarcoma may include immunotherapy "
                    "(pembrolizumab).")
    assert {("immunotherapy", "undifferentiated pleomorphic sarcoma"),
            ("pembrolizumab", "undifferentiated pleomorphic sarcoma")} <= {(s, o) for s, p, o in found if p == "treats"}


def test_treatment_of_a_disease_in_a_clinical_trial_is_investigational() -> None:
    found = triples("Treatment of recurrent small intestine cancer is usually a clinical trial of new anticancer "
                    "drugs or immunotherapy.")
    assert not {(s, o) for s, p, o in found if p == "treats"}


def test_newly_diagnosed_in_a_lead_in_is_no_diagnostic_list() -> None:
    found = triples("Treatment of newly diagnosed colorectal cancer in children may include:\n\n"
                    "- surgery to remove the tumor\n- combination chemotherapy, for advanced colorectal cancer\n")
    assert any(p == "treats" and s.endswith("chemotherapy") and o == "colorectal cancer" for s, p, o in found)
    found = triples("The following tests may be used to diagnose glioma:\n\n- a scan with imatinib\n")
    assert not {(s, o) for s, p, o in found if p == "treats"}


def test_an_item_opening_with_for_a_disease_names_its_treatment() -> None:
    found = triples("Treatment of pineal parenchymal tumors may include the following:\n\n"
                    "- For pineoblastomas, surgery, radiation therapy, and chemotherapy.\n")
    assert ("chemotherapy", "treats", "pineoblastomas") in found
    assert ("chemotherapy", "treats", "pineal parenchymal tumors") not in found


def test_a_negation_in_an_earlier_condition_does_not_negate_the_use() -> None:
    text = ("Hormone therapy can also be given if your disease cannot be treated with surgery, or if you have "
            "metastatic breast cancer.")
    statements = [s for s in analyse_document(parse_document(text, "example.md")).statements
                  if s.predicate == "treats" and s.object_text == "breast cancer"]
    assert statements and not any(s.evidence.negated for s in statements)
    found = triples("Imatinib is not approved for glioma.")
    assert ("imatinib", "approved_for", "glioma") not in found
