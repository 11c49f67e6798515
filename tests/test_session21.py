"""Session twenty-one (lead): rules of the lead's own, each on sentences written for it."""

from __future__ import annotations

from tests.conftest import of, triples


def test_a_finding_in_mice_is_no_use() -> None:
    for sentence in ("A study in mice found that irinotecan and cisplatin showed promise for treating melanoma.",
                     "In animal models, gemcitabine was used to treat pancreatic cancer.",
                     "Laboratory studies using cell lines suggested that cisplatin could treat osteosarcoma."):
        found = triples(sentence + "\n")
        assert of(found, "treats") == set(), sentence
        assert of(found, "studied_for"), sentence


def test_a_drug_that_showed_promise_is_studied_not_used() -> None:
    found = triples("Several immunotherapies have shown promise in treating lymphoma.\n")
    assert of(found, "treats") == set()
    assert of(found, "studied_for") == {("immunotherapies", "lymphoma")}


def test_a_combination_in_a_trial_referred_to_later_is_studied() -> None:
    text = ("A network will launch a trial testing irinotecan and cisplatin for people with melanoma. The trial will "
            "first find safe doses. The next part of the trial will enroll patients with relapsed (came back after "
            "previous treatment) melanoma to see if the drug combination can shrink their tumors.\n")
    found = triples(text)
    assert of(found, "treats") == set()
    assert of(found, "studied_for") == {("irinotecan", "melanoma"), ("cisplatin", "melanoma")}


def test_a_treatment_that_approaches_do_not_include_is_not_used() -> None:
    found = triples("Current approaches do not include chemotherapy as a standard part of first therapy for "
                    "children with medulloblastoma.\n")
    assert of(found, "treats") == set()
    # the drug a plain sentence names stays used
    assert of(triples("Current approaches include chemotherapy for children with medulloblastoma.\n"),
              "treats") == {("chemotherapy", "medulloblastoma")}


def test_a_drug_named_in_a_trial_link_is_not_the_trial() -> None:
    from kg import analyse_document, parse_document

    text = ("Pembrolizumab plus [CAPOX](/about-cancer/treatment/drugs/capox) shrank tumors. The researchers launched "
            "a [clinical trial of the combination, together with CAPOX, for people with bile duct cancer]"
            "(https://www.clinicaltrials.gov/study/NCT05849480).\n")
    mentions = analyse_document(parse_document(text, "x.md")).mentions
    assert [m.text for m in mentions if m.type == "trial"] == []
    assert [m.text for m in mentions if m.type == "drug" and m.text == "CAPOX"] == ["CAPOX", "CAPOX"]


def _ids(text: str) -> dict[str, str]:
    from kg import analyse_document, parse_document
    return {m.text: m.id for m in analyse_document(parse_document(text + "\n", "x.md")).mentions}


def test_a_name_is_one_entity_whatever_its_capitals_or_number() -> None:
    # two vocabulary terms list the name: which one stands for it must not hang on a capital at a sentence's start
    found = _ids("Renal cell cancer is treated with surgery. Some people with renal cell cancer get sunitinib.")
    assert found["Renal cell cancer"] == found["renal cell cancer"]
    # the plural of a class's own label is that class, not another term that lists the plural as a synonym
    found = _ids("Anthracyclines can damage the heart. An anthracycline is one kind of chemotherapy.")
    assert found["Anthracyclines"] == found["anthracycline"]


def test_an_abbreviation_the_page_defines_is_not_the_vocabulary_reading_of_its_link() -> None:
    # the vocabulary lists "LCH" for a rare brain malformation; the page says it is Langerhans cell histiocytosis
    found = _ids("Langerhans cell histiocytosis (LCH) is a rare cancer. [LCH](/Common/PopUps/popDefinition.aspx?"
                 "id=999999999&version=Patient&language=English) cells build up in the body.")
    assert found["LCH"] == found["Langerhans cell histiocytosis"]


def test_a_kgx_cell_opening_with_a_straight_quote_reads_back_as_one_cell() -> None:
    import csv
    import io

    from kg import parse_document
    from kg.export import FORMATS
    from kg.pipeline import analyse_document, default_linker, merge

    # a link whose anchor opens with a straight quote: its name would open a quoted cell in csv and pandas
    doc = parse_document('A page on [“0](/about-cancer/treatment/drugs/imatinib) and ["0](/about-cancer/treatment/'
                         'drugs/imatinib) for leukemia.\n', "x.md")
    graph = merge([analyse_document(doc, default_linker())])
    for name in ("kgx-nodes", "kgx-edges"):
        handle = io.BytesIO()
        FORMATS[name][1](graph, handle)
        rows = list(csv.reader(io.StringIO(handle.getvalue().decode("utf-8")), delimiter="\t"))
        assert rows and all(len(row) == len(rows[0]) for row in rows), name
