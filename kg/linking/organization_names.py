"""One node per organization: names normalised across wordings, and organization mentions that are not actors.

"the U.S. Food and Drug Administration", "Food and Drug Administration" and "FDA" are one organization: the
identifier is minted from the name without articles, possessives and a leading country ("U.S.", "US",
"United States"), and a name whose key is the long form of a common abbreviation takes that long form as
its label. Acronyms that open a longer proper name ("NCI Cancer Bulletin") and names on the contact line of
a page (a toll-free number) are not mentions of the organization as an actor. A name the text gives a funder
or maker ("funded by X, the manufacturer of ...") is the company, even where a drug's vocabulary lists it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.identifiers import mint
from kg.linking.common_abbreviations import COMMON_ABBREVIATIONS
from kg.model import Document, Mention
from kg.regex_prefilter import prefilter_patterns

_ARTICLE = re.compile(r"^(?:the)\s+", re.IGNORECASE)
_COUNTRY = re.compile(r"^(?:U\.\s?S\.(?:\s?A\.)?|USA?|United States)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s$")
_PHONE = re.compile(r"\b1-800-[0-9A-Z-]{4,}")
# a registered name that opens an organization's name: "PDQ® Pediatric Treatment Editorial Board"
_MARKED_PREFIX = re.compile(r"\b[A-Z][A-Za-z]{1,10}[®™]\s$")


def organization_key(name: str) -> str:
    """The comparison key of an organization name.

    >>> organization_key("the U.S. Food and Drug Administration") == organization_key("Food and Drug Administration")
    True
    >>> organization_key("NCI's")
    'nci'
    """
    text = " ".join(name.split())
    text = _POSSESSIVE.sub("", _ARTICLE.sub("", text))
    text = _COUNTRY.sub("", text)
    return re.sub(r"[^0-9a-z]+", " ", text.lower()).strip()


_LONG_FORMS = {
    organization_key(long_form): long_form
    for entity_type, long_form in COMMON_ABBREVIATIONS.values()
    if entity_type == "organization"
}
_SHORT_FORMS = {
    organization_key(short): long_form
    for short, (entity_type, long_form) in COMMON_ABBREVIATIONS.items()
    if entity_type == "organization"
}


def organization_identity(name: str) -> tuple[str, str]:
    """The (identifier, label) of the organization a name stands for.

    >>> a = organization_identity("the Food and Drug Administration")
    >>> a == organization_identity("U.S. Food and Drug Administration") == organization_identity("FDA")
    True
    >>> a[1]
    'U.S. Food and Drug Administration'
    """
    key = organization_key(name)
    label = _LONG_FORMS.get(key) or _SHORT_FORMS.get(key)
    if label is None:
        label = _POSSESSIVE.sub("", _ARTICLE.sub("", " ".join(name.split())))
    return mint("organization", organization_key(label)), label


def not_an_actor(mention: Mention, document: Document) -> bool:
    """Whether an organization mention is no mention of the organization acting: an acronym that opens a
    longer proper name ("NCI Cancer Bulletin"), or a name on the page's contact line (a toll-free number).

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Adapted from the NCI Cancer Bulletin.", "x.md")
    >>> not_an_actor(Mention("x", 17, 20, "NCI", "KG:o", "NCI", "organization", "abbreviation", 0.8), doc)
    True
    """
    if mention.type != "organization":
        return False
    text = document.text
    if mention.text.isupper() and re.match(r" [A-Z][a-z]+", text[mention.end : mention.end + 12]):
        return True
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    return bool(_PHONE.search(line))


_MAKER_BEFORE = re.compile(
    r"\b(?:funded|sponsored|supported|manufactured|made|developed|marketed|financed)\s+(?:in part\s+)?by\s+"
    r"(?:the\s+)?$|\bmanufacturer,\s+$")
_MAKER_AFTER = re.compile(r",\s+(?:the|which|a|its)\s+(?:manufacturer|maker|company|drugmaker|developer)\b|"
                          r",\s+which\s+(?:makes|manufactures|markets|developed)\b")


def named_as_company(text: str, start: int, end: int) -> bool:
    """Whether the text names a company at this span: it funds or makes something ("funded by X", "X, the
    manufacturer of"). A drug's vocabulary may list its maker's name; here that name is the company.

    >>> t = "The trial was funded by Acme, the manufacturer of the drug."
    >>> named_as_company(t, 24, 28)
    True
    >>> named_as_company("Patients took Acme daily.", 14, 18)
    False
    """
    return bool(_MAKER_BEFORE.search(text[max(0, start - 40) : start]) or _MAKER_AFTER.match(text, end))


def normalise_organizations(mentions: list[Mention], document: Document) -> list[Mention]:
    """Organization mentions with normalised identities; those that name no actor are dropped.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("The FDA and the Food and Drug Administration.", "x.md")
    >>> ms = [Mention("x", 4, 7, "FDA", "KG:a", "FDA", "organization", "abbreviation", 0.8),
    ...       Mention("x", 16, 44, "Food and Drug Administration", "KG:b", "Food and Drug Administration",
    ...               "organization", "pattern", 0.75)]
    >>> len({m.id for m in normalise_organizations(ms, doc)})
    1
    >>> doc = parse_document("By the PDQ Adult Board. PDQ® Adult Board.", "x.md")
    >>> ms = [Mention("x", 7, 22, "PDQ Adult Board", "KG:a", "x", "organization", "pattern", 0.75),
    ...       Mention("x", 29, 40, "Adult Board", "KG:b", "x", "organization", "pattern", 0.75)]
    >>> [(m.text, m.label) for m in normalise_organizations(ms, doc)][1]
    ('PDQ® Adult Board', 'PDQ Adult Board')
    """
    text = document.text
    companies = {(m.start, m.end) for m in mentions if m.type == "organization"}
    kept: list[Mention] = []
    for mention in mentions:
        if mention.type in ("drug", "drug_class") and mention.method != "link" and (
                mention.start, mention.end) in companies and named_as_company(text, mention.start, mention.end):
            continue  # "funded by <maker>": the maker's name, which a drug's vocabulary may list too
        if mention.type != "organization":
            kept.append(mention)
            continue
        if not_an_actor(mention, document):
            continue
        prefix = _MARKED_PREFIX.search(text[max(0, mention.start - 14) : mention.start])
        if prefix is not None and mention.method != "abbreviation":
            # the mark splits the name the text writes whole: "PDQ® Pediatric ... Board" is "PDQ Pediatric ... Board"
            start = mention.start - len(prefix.group(0))
            mention = replace(mention, start=start, text=text[start : mention.end])
        name = mention.label if mention.method == "abbreviation" else mention.text.replace("®", "").replace("™", "")
        entity_id, label = organization_identity(name)
        kept.append(replace(mention, id=entity_id, label=label))
    return kept


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
