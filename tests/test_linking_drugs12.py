"""Brands of a drug page linked as the page's drug (helper drugs12). Pages written here; nothing is copied."""

from __future__ import annotations

from kg.documents import parse_document
from kg.model import Mention
from kg.pipeline import default_linker

_PAGE = ("# Trametinib Dimethyl Sulfoxide\n\nUS Brand Name(s)\n\nMekinist\n\nFDA Approved\n\nYes\n\n"
         "## Use in Cancer\n\nTrametinib dimethyl sulfoxide is approved to treat melanoma. This use is approved for "
         "the Mekinist brand.\n")


def _link(text: str) -> list[Mention]:
    return default_linker().link(parse_document(text, "x.md"))


def test_a_listed_brand_is_the_page_drug_even_when_the_vocabulary_has_another_record() -> None:
    mentions = [m for m in _link(_PAGE) if m.type == "drug"]
    ids = {m.id for m in mentions}
    assert len(ids) == 1
    assert sum(m.text == "Mekinist" for m in mentions) == 2


def test_a_brand_outside_a_brand_list_keeps_its_own_record() -> None:
    mentions = _link("Trametinib dimethyl sulfoxide and Mekinist are named here without a brand list.")
    drugs = {m.text: m.id for m in mentions if m.type == "drug"}
    assert drugs.get("Mekinist") != drugs.get("Trametinib dimethyl sulfoxide")


def test_the_page_drug_and_its_brand_give_one_brand_statement_to_the_page_drug() -> None:
    document = parse_document(_PAGE, "x.md")
    from kg.pipeline import analyse_document

    analysis = analyse_document(document)
    title = next(m for m in analysis.mentions if m.type == "drug")
    brands = [s for s in analysis.statements if s.predicate == "brand_name_of"]
    assert brands and all(s.object == title.id for s in brands)


def test_a_drug_name_goes_on_over_its_greek_letter() -> None:
    mentions = _link("Renal cell carcinoma is treated with interferon alpha and a second drug.")
    assert "interferon alpha" in {m.text for m in mentions if m.type == "drug"}


def test_a_greek_letter_that_makes_no_known_name_is_left_out() -> None:
    mentions = _link("Patients got sunitinib beta blockers were stopped.")
    assert "sunitinib" in {m.text for m in mentions if m.type == "drug"}
