"""Identifiers read from the article's own links: the strongest linking evidence.

cancer.gov pages link their terms to drug pages, dictionary entries, trials and cancer-type pages. This
module turns one link target into a :class:`LinkTarget` (a CURIE and what kind of page it names) without
looking at any vocabulary; :mod:`kg.linking.linker` decides which entity the link stands for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit

from kg.regex_prefilter import prefilter_patterns

NCT_PATTERN = re.compile(r"\bNCT\d{8}\b")

_DRUG_PAGE = re.compile(r"/about-cancer/treatment/drugs/([A-Za-z0-9_-]+)/?$")
_TERM_DEF = re.compile(r"/publications/dictionaries/cancer-terms/def/([A-Za-z0-9-]+)/?$")
_DRUG_DEF = re.compile(r"/publications/dictionaries/cancer-drug/def/([A-Za-z0-9-]+)/?$")
_QUERY_DICTIONARY = re.compile(r"/publications/dictionaries/cancer-(drug|terms)/?$")
_INTERVENTION = re.compile(r"/intervention/(C\d+)\b")
_TYPES_PAGE = re.compile(r"^/types/([a-z0-9-]+)/?$")
_PUBMED = re.compile(r"(?:/pubmed/|pubmed\.ncbi\.nlm\.nih\.gov/)(\d+)")
_CDR = re.compile(r"^(?:CDR)?0*(\d+)$", re.IGNORECASE)

CANCER_GOV_HOSTS = {"", "www.cancer.gov", "cancer.gov"}


@dataclass(frozen=True)
class LinkTarget:
    """What a link points at: ``kind`` (drug_page, dictionary, drug_dictionary, trial, ncit, cancer_type,
    pubmed) and an identifier or slug.

    >>> parse_link_target("/publications/dictionaries/cancer-terms/def/653126")
    LinkTarget(kind='dictionary', value='653126', curie='NCIDICT:653126')
    """

    kind: str
    value: str
    curie: str


def _dictionary_id(raw: str) -> str | None:
    match = _CDR.match(raw)
    return match.group(1) if match else None


def parse_link_target(href: str) -> LinkTarget | None:
    """Read a link target; None for links that name nothing the graph knows (or malformed ones).

    >>> parse_link_target("/about-cancer/treatment/drugs/everolimus").kind
    'drug_page'
    >>> parse_link_target("/Common/PopUps/popDefinition.aspx?id=45445&version=Patient").curie
    'NCIDICT:45445'
    >>> parse_link_target("/clinicaltrials/NCT00863655").curie
    'clinicaltrials:NCT00863655'
    >>> parse_link_target("https://www.cancer.gov/about-cancer/treatment/clinical-trials/intervention/C48387").curie
    'NCIT:C48387'
    >>> parse_link_target("https://www.cancer.gov/publications/dictionaries/cancer-drug?cdrid=689330").curie
    'NCIDRUG:689330'
    >>> parse_link_target("javascript:void(0)") is None
    True
    """
    href = href.strip()
    if not href or href.startswith(("#", "mailto:", "javascript:", "tel:")):
        return None
    try:
        parts = urlsplit(href)
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    path = unquote(parts.path)
    nct = NCT_PATTERN.search(href)
    if nct and ("clinicaltrials" in href.lower() or "clinical-trials" in href.lower()):
        return LinkTarget("trial", nct.group(0), f"clinicaltrials:{nct.group(0)}")
    pubmed = _PUBMED.search(href)
    if pubmed and ("ncbi.nlm.nih.gov" in host or "pubmed" in host):
        return LinkTarget("pubmed", pubmed.group(1), f"PUBMED:{pubmed.group(1)}")
    if host not in CANCER_GOV_HOSTS:
        return None
    if path.lower().endswith("popdefinition.aspx"):
        ids = parse_qs(parts.query).get("id") or [
            v for k, vs in parse_qs(parts.query).items() if k.lower() == "id" for v in vs
        ]
        term_id = _dictionary_id(ids[0]) if ids else None
        return LinkTarget("dictionary", term_id, f"NCIDICT:{term_id}") if term_id else None
    query_id = _QUERY_DICTIONARY.search(path)
    if query_id:  # "/publications/dictionaries/cancer-drug?cdrid=689330": the same entry by its query form
        ids = [v for k, vs in parse_qs(parts.query).items() if k.lower() == "cdrid" for v in vs]
        term_id = _dictionary_id(ids[0]) if ids else None
        if term_id:
            kind, prefix = ("drug_dictionary", "NCIDRUG") if query_id.group(1) == "drug" else ("dictionary", "NCIDICT")
            return LinkTarget(kind, term_id, f"{prefix}:{term_id}")
    for pattern, kind, prefix in (
        (_TERM_DEF, "dictionary", "NCIDICT"),
        (_DRUG_DEF, "drug_dictionary", "NCIDRUG"),
    ):
        match = pattern.search(path)
        if match:
            term_id = _dictionary_id(match.group(1))
            if term_id:
                return LinkTarget(kind, term_id, f"{prefix}:{term_id}")
            return LinkTarget(kind + "_slug", match.group(1), "")
    intervention = _INTERVENTION.search(path)
    if intervention:
        return LinkTarget("ncit", intervention.group(1), f"NCIT:{intervention.group(1)}")
    drug = _DRUG_PAGE.search(path)
    if drug:
        return LinkTarget("drug_page", drug.group(1).lower(), "")
    cancer_type = _TYPES_PAGE.match(path)
    if cancer_type:
        return LinkTarget("cancer_type", cancer_type.group(1), "")
    return None


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
