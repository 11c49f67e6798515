"""Speed-ups of the linker that must not change what it finds: a keyword test before organization names are cut
from a run of capitalised words."""

from __future__ import annotations

from kg.linking.organizations import organization_spans


def test_organization_names_need_a_keyword_in_their_run() -> None:
    text = ("He worked at Memorial Sloan Kettering Cancer Center and the National Institute on Aging met "
            "Dana Smith and John Brown in New York. Acme Bio, which manufactures the drug, agreed.")
    assert [text[s:e] for s, e, _ in organization_spans(text)] == [
        "Memorial Sloan Kettering Cancer Center", "National Institute on Aging", "Acme Bio"]
