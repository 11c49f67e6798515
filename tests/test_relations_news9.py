"""Rules found on hand-annotated research news pages of cancers other than breast (session nine), on texts
written here."""

from __future__ import annotations

from kg.documents import parse_document
from kg.pipeline import analyse_document
from tests.conftest import linked_page, of, triples


def brands_of(text: str) -> set[tuple[str, str]]:
    """(brand, generic name the text uses for the same drug) of each ``brand_name_of`` statement."""
    analysis = analyse_document(parse_document(text, "example.md"))
    generic = {m.id: m.text.lower() for m in analysis.mentions if m.type == "drug" and m.name_kind != "brand"}
    return {(s.subject_text.lower(), generic.get(s.object, "?")) for s in analysis.statements
            if s.predicate == "brand_name_of"}


def test_a_marked_name_in_brackets_after_a_drug_is_its_brand() -> None:
    found = brands_of("Patients got chemotherapy with procarbazine (Matulane®), lomustine (CeeNu®), and "
                      "vincristine (Vincasar®).")
    assert {("ceenu", "lomustine"), ("vincasar", "vincristine"), ("matulane", "procarbazine")} <= found
    found = brands_of("The new agent zanubrutinib (Brukinsa™) was approved in 2019.")
    assert ("brukinsa", "zanubrutinib") in found


def test_an_unmarked_or_longer_bracket_is_no_brand() -> None:
    found = of(triples("Patients got lomustine (CCNU) or lomustine (given as Gleostine® capsules)."), "brand_name_of")
    assert not {b for b, _ in found} & {"ccnu", "given"}


def test_marked_brands_on_a_real_page() -> None:
    mentions = linked_page("02_nci_core/cancer-types/types-brain-research-chemotherapy-improves-survival.md")
    brands = {m.text for m in mentions if m.name_kind == "brand"}
    assert {"CeeNu", "Vincasar", "Matulane", "Temodar"} <= brands


def test_a_cancer_listed_among_side_effects_is_one() -> None:
    found = of(triples("Tamoxifen can have side effects, including hot flashes and an increased risk of blood clots "
                       "and endometrial cancer."), "has_adverse_effect")
    assert ("tamoxifen", "endometrial cancer") in found
    found = of(triples("Raloxifene increases a woman's risk for uterine cancer, blood clots, and stroke."),
               "has_adverse_effect")
    assert ("raloxifene", "uterine cancer") in found
    found = of(triples("Common side effects of vemurafenib were joint pain; sun sensitivity; and forms of "
                       "nonmelanoma skin cancer, primarily squamous cell carcinoma."), "has_adverse_effect")
    assert {("vemurafenib", "nonmelanoma skin cancer"), ("vemurafenib", "squamous cell carcinoma")} <= found


def test_a_cancer_treated_or_a_patients_condition_stays_a_disease() -> None:
    found = triples("Side effects of tamoxifen in women with breast cancer include hot flashes and fatigue.")
    assert ("tamoxifen", "breast cancer") not in of(found, "has_adverse_effect")
    found = triples("Letrozole, used to treat breast cancer, ovarian cancer, and fatigue, has side effects.")
    assert not {o for _, o in of(found, "has_adverse_effect")} & {"breast cancer", "ovarian cancer"}
    found = triples("Tamoxifen lowers the risk of breast cancer but increases the risk of blood clots.")
    assert ("tamoxifen", "breast cancer") not in of(found, "has_adverse_effect")


def test_a_short_capital_mark_after_a_name_is_no_brand() -> None:
    found = of(triples("Read about Milk Thistle (PDQ®) and curcumin (PDQ®) here."), "brand_name_of")
    assert not found


def test_a_standard_arm_treats_the_disease_of_its_paragraph() -> None:
    found = of(triples("The trial enrolled 300 patients with head and neck cancer. Patients were randomly assigned "
                       "to nivolumab or standard therapy with methotrexate, docetaxel, or cetuximab."), "treats")
    assert {("methotrexate", "head and neck cancer"), ("docetaxel", "head and neck cancer"),
            ("cetuximab", "head and neck cancer")} <= found
    assert ("nivolumab", "head and neck cancer") not in found
    found = of(triples("More than 500 women with cervical cancer took part. Women in the standard treatment group "
                       "received cisplatin and radiation therapy."), "treats")
    assert ("cisplatin", "cervical cancer") in found
    found = of(triples("Patients with melanoma were randomly assigned to receive either vemurafenib or the "
                       "chemotherapy drug dacarbazine, the standard treatment for most patients."), "treats")
    assert found == {("dacarbazine", "melanoma")}


def test_a_standard_arm_says_nothing_of_another_paragraph_or_the_new_combination() -> None:
    text = ("Patients with melanoma did well on the new drug.\n\nIn a second study, the standard treatment group "
            "received cisplatin.")
    assert not of(triples(text), "treats")
    found = of(triples("Women with cervical cancer received either gemcitabine plus cisplatin or standard treatment "
                       "with cisplatin alone."), "treats")
    assert ("gemcitabine", "cervical cancer") not in found
    found = of(triples("Patients with lung cancer are being studied to compare drug X with standard therapy with "
                       "docetaxel in an ongoing trial."), "treats")
    assert ("docetaxel", "lung cancer") not in found


def test_what_follows_a_standard_regimen_is_not_always_its_drugs() -> None:
    analysis = analyse_document(parse_document("In ovarian cancer, given its noninferiority to the standard regimen, "
                                                "carboplatin plus doxorubicin is an option.", "example.md"))
    assert not [s for s in analysis.statements if s.evidence.method == "standard_arm"]
    found = of(triples("The trial had three arms: standard of care, celecoxib, and celecoxib plus zoledronic acid. "
                       "All men had prostate cancer."), "treats")
    assert ("celecoxib", "prostate cancer") not in found
    found = of(triples("Men with prostate cancer had not received zoledronic acid, the current standard of care to "
                       "prevent fractures."), "treats")
    assert ("zoledronic acid", "prostate cancer") not in found
    found = triples("Erlotinib does not improve survival in patients with lung cancer compared with standard "
                    "chemotherapy with docetaxel.")
    assert ("docetaxel", "lung cancer") in of(found, "treats")


def test_an_approval_without_its_disease_is_for_the_paragraphs() -> None:
    found = triples("Patients with advanced melanoma lived longer with nivolumab. Based on these results, the FDA "
                    "approved nivolumab in December 2014.")
    assert ("nivolumab", "melanoma") in of(found, "approved_for") & of(found, "treats")
    found = triples("Women with breast cancer took part in the trial. Fulvestrant is approved for second-line use "
                    "alone.")
    assert ("fulvestrant", "breast cancer") in of(found, "approved_for")


def test_an_approval_elsewhere_hoped_for_or_for_a_remedy_is_not_read() -> None:
    for text in ("Patients with melanoma lived longer. Vemurafenib was approved in Europe in 2012.",
                 "Patients with melanoma lived longer. The company hopes the FDA approved vemurafenib soon.",
                 "Patients with melanoma lived longer. If the FDA approved vemurafenib, many would use it.",
                 "Patients with melanoma lived longer. Ondansetron was approved in 1991 to prevent nausea.",
                 "Patients with melanoma lived longer.\n\nIn another study, the FDA approved vemurafenib in 2011."):
        assert not of(triples(text), "approved_for"), text


def test_events_of_the_combination_group_are_each_of_its_drugs() -> None:
    found = of(triples("Men with prostate cancer were randomly assigned to receive docetaxel plus hormone therapy or "
                       "hormone therapy alone. Among the patients in the combination group, 2 percent had an allergic "
                       "reaction and 4 percent had fatigue."), "has_adverse_effect")
    assert {("docetaxel", "fatigue"), ("hormone therapy", "fatigue"), ("docetaxel", "allergic reaction")} <= found
    found = of(triples("Patients with melanoma received dabrafenib plus trametinib or vemurafenib alone. Among "
                       "patients receiving the combination, 20 percent had fever."), "has_adverse_effect")
    assert {("dabrafenib", "fever"), ("trametinib", "fever")} <= found
    assert ("vemurafenib", "fever") not in found


def test_events_set_against_the_combination_group_are_not_its() -> None:
    found = of(triples("Patients received dabrafenib plus trametinib or vemurafenib alone. Rash was less common "
                       "than in the combination group."), "has_adverse_effect")
    assert not {(d, e) for d, e in found if e == "rash"} - {("vemurafenib", "rash")}
    found = of(triples("Patients received dabrafenib plus trametinib or vemurafenib alone. No patient in the "
                       "combination group had a rash."), "has_adverse_effect")
    assert ("dabrafenib", "rash") not in found


def test_an_approval_for_any_tumor_with_a_marker_or_for_imaging_is_not_the_paragraphs() -> None:
    for text in ("Patients with lung cancer were studied. The FDA approved larotrectinib for patients with tumors "
                 "bearing an NTRK gene fusion.",
                 "Men with prostate cancer were followed. The FDA approved fluciclovine PET for the assessment of "
                 "suspected recurrence."):
        assert not of(triples(text), "approved_for"), text


def test_funding_from_an_organization_is_sponsorship() -> None:
    found = of(triples("The RESORT trial enrolled 545 patients. RESORT was conducted by the Eastern Cooperative "
                       "Oncology Group with funding from the National Cancer Institute."), "sponsored_by")
    assert ("resort", "national cancer institute") in found
    assert ("resort", "eastern cooperative oncology group") not in found
