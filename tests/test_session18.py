"""Session eighteen: a signaling pathway named after a protein is no target (the rulebook: targets are genes or
proteins), so "targeting the VEGF pathway" gives no ``targets`` or ``inhibits``, while the protein itself still
does."""

from __future__ import annotations

from tests.conftest import of, triples


def _acts_on(text: str) -> set[tuple[str, str, str]]:
    return {t for t in triples(text) if t[1] in ("targets", "inhibits")}


def test_a_drug_targeting_a_pathway_acts_on_no_protein() -> None:
    assert _acts_on("Sunitinib is an oral kinase inhibitor targeting the VEGF pathway.\n") == set()
    assert _acts_on("Trastuzumab targets the HER2 signaling pathway in tumor cells.\n") == set()
    assert _acts_on("Trials looked at concurrent targeting of the EGFR-MAPK pathway with panitumumab.\n") == set()


def test_a_pathway_named_by_its_long_name_and_abbreviation_is_no_target() -> None:
    assert _acts_on("Nivolumab is an inhibitor of the programmed death-1 (PD-1) pathway.\n") == set()


def test_a_pathway_given_as_an_example_is_no_target() -> None:
    assert _acts_on("Regorafenib is an inhibitor of several kinase pathways, including VEGF.\n") == set()


def test_the_protein_itself_is_still_acted_on() -> None:
    assert _acts_on("Sunitinib blocks VEGF, a protein that helps new blood vessels form.\n") != set()
    assert _acts_on("Dabrafenib blocks BRAF, a protein in the MAPK pathway.\n") != set()


def test_a_trial_title_in_a_list_of_open_trials_is_investigational_use() -> None:
    found = triples("- **TRIAL-1 (NCT01234567)** (A Study Using Nivolumab in Combination with Chemotherapy to Treat "
                    "Nasopharyngeal Carcinoma): This study will look at how safe the drugs are.\n")
    assert ("nivolumab", "nasopharyngeal carcinoma") in of(found, "studied_for")
    assert ("nivolumab", "nasopharyngeal carcinoma") not in of(found, "treats")


def test_a_trial_testing_a_drug_is_investigational_use() -> None:
    found = triples("The network is about to launch a trial testing irinotecan for people with fibrolamellar "
                    "carcinoma.\n")
    assert of(found, "treats") == set()
    assert ("irinotecan", "fibrolamellar carcinoma") in of(found, "studied_for")


def test_a_study_reported_in_running_text_keeps_its_use() -> None:
    assert ("pembrolizumab", "melanoma") in of(triples("A study of pembrolizumab showed that it treats melanoma.\n"),
                                                "treats")


def test_a_disease_glossed_in_brackets_is_no_second_use() -> None:
    found = triples("Ruxolitinib is approved to treat:\n\n- Myelofibrosis (a bone marrow disease) in adults.\n")
    assert of(found, "approved_for") == {("ruxolitinib", "myelofibrosis")}


def test_a_gene_symbol_that_is_also_a_word_is_read_where_written_as_a_symbol() -> None:
    assert ("cabozantinib", "inhibits", "met") in triples("Cabozantinib is an inhibitor of the RET and MET kinases.\n")
    assert not any("met" in (s, o) for s, _, o in triples("The tumor met the criteria after cabozantinib.\n"))
