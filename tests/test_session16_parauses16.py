"""Session sixteen's use rules (helper parauses16), on sentences written here: the many ways a page says what a drug
is used, approved or combined for, and the ways it only supposes so."""

from __future__ import annotations

from tests.conftest import of, triples


def test_the_patients_of_a_disease_receive_take_or_get_a_drug() -> None:
    found = of(triples(
        "Children with neuroblastoma may receive cyclophosphamide and doxorubicin. Most men with prostate cancer "
        "that has spread take hormone therapy. Patients with kidney cancer often receive sunitinib. Children with "
        "Wilms tumor usually get vincristine and dactinomycin after surgery.\n"
    ), "treats")
    assert {("cyclophosphamide", "neuroblastoma"), ("doxorubicin", "neuroblastoma"),
            ("hormone therapy", "prostate cancer"), ("sunitinib", "kidney cancer"),
            ("vincristine", "wilms tumor"), ("dactinomycin", "wilms tumor")} <= found


def test_patients_who_must_not_take_a_drug_or_may_get_it_in_a_trial_state_no_use() -> None:
    found = of(triples(
        "People with kidney cancer should not take ibuprofen. Children with glioma may receive everolimus in a "
        "clinical trial. Doctors do not know whether women with breast cancer should take aspirin.\n"
    ), "treats")
    assert not {("ibuprofen", "kidney cancer"), ("everolimus", "glioma"), ("aspirin", "breast cancer")} & found


def test_patients_who_received_a_drug_in_the_past_are_left_to_the_trial_rules() -> None:
    found = of(triples("Patients with lung cancer received either cisplatin or carboplatin.\n"), "combined_with")
    assert ("cisplatin", "carboplatin") not in found and ("carboplatin", "cisplatin") not in found


def test_a_use_only_supposed_hoped_for_or_asked_about_is_no_use() -> None:
    found = triples(
        "If approved, ribociclib would be used to treat liver cancer. Scientists hope that olaparib will one day "
        "help people with pancreatic cancer. Everolimus could become a new option for women with breast cancer. "
        "The trial tested whether adding bevacizumab to chemotherapy helps women with ovarian cancer. Everolimus "
        "may help some people with thyroid cancer.\n"
    )
    uses = of(found, "treats") | of(found, "approved_for")
    assert not {("ribociclib", "liver cancer"), ("olaparib", "pancreatic cancer"), ("everolimus", "breast cancer"),
                ("bevacizumab", "ovarian cancer"), ("everolimus", "thyroid cancer")} & uses


def test_plain_modal_use_and_a_use_before_the_hedge_stay() -> None:
    found = of(triples(
        "Imatinib may be used to treat gastrointestinal stromal tumors. Thalidomide is used to treat multiple "
        "myeloma, and it may also help people with leprosy.\n"
    ), "treats")
    assert {("imatinib", "gastrointestinal stromal tumors"), ("thalidomide", "multiple myeloma")} <= found


def test_a_drug_used_when_after_or_once_the_disease_took_a_course() -> None:
    found = of(triples(
        "Doctors may use docetaxel when prostate cancer has spread. Topotecan is given after small cell lung cancer "
        "comes back. Sorafenib can be used when liver cancer cannot be removed by surgery. Everolimus is used once "
        "kidney cancer has spread.\n"
    ), "treats")
    assert {("docetaxel", "prostate cancer"), ("topotecan", "small cell lung cancer"), ("sorafenib", "liver cancer"),
            ("everolimus", "kidney cancer")} <= found


def test_a_drug_not_used_when_the_disease_took_a_course_or_studied_then_is_no_use() -> None:
    found = of(triples(
        "Tamoxifen is not used when endometrial cancer has spread. Nivolumab is being studied after Hodgkin "
        "lymphoma comes back. Aspirin is taken when migraine has started.\n"
    ), "treats")
    assert not {("tamoxifen", "endometrial cancer"), ("nivolumab", "hodgkin lymphoma")} & found


def test_a_drug_called_a_kind_of_drug_for_a_disease_is_used_for_it() -> None:
    found = of(triples(
        "Bendamustine is a chemotherapy drug for chronic lymphocytic leukemia. Imatinib is a kinase inhibitor for "
        "chronic myeloid leukemia. Letrozole is an aromatase inhibitor used for breast cancer.\n"
    ), "treats")
    assert {("bendamustine", "chronic lymphocytic leukemia"), ("imatinib", "chronic myeloid leukemia"),
            ("letrozole", "breast cancer")} <= found


def test_a_drug_of_a_kind_studied_for_a_disease_or_not_one_for_it_is_no_use() -> None:
    found = of(triples(
        "Pembrolizumab is an immunotherapy drug being studied for sarcoma. Tamoxifen is not a hormone therapy for "
        "prostate cancer.\n"
    ), "treats")
    assert not {("pembrolizumab", "sarcoma"), ("tamoxifen", "prostate cancer")} & found
