"""Biomarkers named with a gene word or a measured level, which the compositional patterns do not cover.

- "<GENE> gene mutation(s)/rearrangement/fusion/amplification" and its coordination "<A> or <B> gene mutations":
  one biomarker per gene ("BRCA1 mutation", "BRCA2 mutation"); the first conjunct, which has no contiguous
  form, is mentioned by the whole coordinated phrase, the last by its own words.
- "<MARKER> level(s)" ("PSA levels", "CA-125 level") is the biomarker "<MARKER> level"; a bare marker that the
  vocabulary reads as a gene alias then joins it (see :mod:`kg.linking.targets`).
- Tumour-wide genomic markers: microsatellite instability ("MSI-H", "microsatellite instability-high"),
  mismatch repair status ("dMMR", "mismatch repair deficient"), tumor mutational burden ("TMB-H"), and the
  Philadelphia chromosome.
- One marker, one node: "PD-L1 positive", "PD-L1 levels" and "PD-L1 expression" on a page are one biomarker.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from kg.identifiers import mint
from kg.linking.word_gates import says_any
from kg.model import Document, Mention
from kg.regex_prefilter import prefilter_patterns, prefiltered

_GENE = r"[A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,4})?"
_KINDS = {
    "mutation": "mutation", "mutations": "mutation", "alteration": "mutation", "alterations": "mutation",
    "variant": "mutation", "variants": "mutation", "rearrangement": "rearrangement",
    "rearrangements": "rearrangement", "fusion": "fusion", "fusions": "fusion", "amplification": "amplification",
    "amplifications": "amplification",
}
_GENE_PHRASE = re.compile(
    rf"\b({_GENE})(?:,? (?:and|or|and/or) ({_GENE}))? genes? ({'|'.join(sorted(_KINDS, key=len, reverse=True))})\b"
)
_LEVEL = re.compile(rf"\b({_GENE}) (levels?)\b")
_NOT_MARKERS = frozenset("DNA RNA FDA NCI NIH US USA UK EU HIGH LOW".split())
# Tumour-wide genomic markers, named in words or by their short forms, positive and negative values folded.
_GENOMIC_MARKERS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bmicrosatellite[- ]instab(?:ility|le)(?:[- ](?:high|low))?|\bMSI(?:[- ](?:H|L|high|low))?\b|"
                r"\bmicrosatellite[- ]stab(?:le|ility)\b|\bMSS\b", re.IGNORECASE), "microsatellite instability"),
    (re.compile(r"\bmismatch[- ]repair[- ](?:deficien(?:t|cy)|proficien(?:t|cy))|\b[dp]MMR\b", re.IGNORECASE),
     "mismatch repair status"),
    (re.compile(r"\btumou?r mutational burden(?:[- ](?:high|low))?|\bTMB(?:[- ](?:H|high|low))?\b", re.IGNORECASE),
     "tumor mutational burden"),
    # a chromosome change tested for in leukaemias ("Philadelphia chromosome positive"), named in words
    (re.compile(r"\bPhiladelphia chromosome\b"), "Philadelphia chromosome"),
)


_GENOMIC_MARKERS = tuple((prefiltered(pattern), label) for pattern, label in _GENOMIC_MARKERS)
# words every match of each marker's pattern has (lower case: the patterns but the last ignore case), so a page
# without them is not scanned for it
_GENOMIC_WORDS = {"microsatellite instability": ("microsatellite", "msi", "mss"),
                  "mismatch repair status": ("mismatch", "mmr"),
                  "tumor mutational burden": ("mutational burden", "tmb")}
_GENOMIC_CASED_WORDS = {"Philadelphia chromosome": ("Philadelphia chromosome",)}  # a pattern that minds the case


def _biomarker(document: Document, start: int, end: int, label: str) -> Mention:
    return Mention(document.id, start, end, document.text[start:end], mint("biomarker", label), label, "biomarker",
                   "pattern", 0.75)


def biomarker_mentions(document: Document) -> list[Mention]:
    """Gene-word and level biomarker mentions of a document.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Women with a BRCA1 or BRCA2 gene mutation had PSA levels checked.", "x.md")
    >>> [(m.text, m.label) for m in biomarker_mentions(doc)]
    [('BRCA1 or BRCA2 gene mutation', 'BRCA1 mutation'), ('PSA levels', 'PSA level')]
    >>> doc = parse_document("Cancer that is microsatellite instability-high (MSI-H) or dMMR.", "x.md")
    >>> [m.text for m in biomarker_mentions(doc)]
    ['microsatellite instability-high', 'MSI-H', 'dMMR']
    """
    mentions: list[Mention] = []
    text = document.text
    for match in _GENE_PHRASE.finditer(text) if " gene" in text else ():  # each match says " gene"
        kind = _KINDS[match.group(3)]
        genes = [g for g in (match.group(1), match.group(2)) if g]
        if any(g in _NOT_MARKERS for g in genes):
            continue
        mentions.append(_biomarker(document, match.start(), match.end(), f"{genes[0]} {kind}"))
    for match in _LEVEL.finditer(text) if " level" in text else ():  # each match says " level"
        if match.group(1) not in _NOT_MARKERS and not match.group(1).isdigit():
            mentions.append(_biomarker(document, match.start(), match.end(), f"{match.group(1)} level"))
    for pattern, label in _GENOMIC_MARKERS:
        if label in _GENOMIC_WORDS and not says_any(text, _GENOMIC_WORDS[label]):
            continue
        if label in _GENOMIC_CASED_WORDS and not any(word in text for word in _GENOMIC_CASED_WORDS[label]):
            continue
        for match in pattern.finditer(text):
            short = re.fullmatch(r"[A-Za-z]{2,4}(?:-[A-Za-z]+)?", match.group(0)) and match.group(0)[:3].upper() in (
                "MSI", "MSS", "DMM", "PMM", "TMB")
            if short and not any(c.isupper() for c in match.group(0)[1:3]):
                continue  # the short forms are written in capitals ("MSI-H", "dMMR"); "msi" is no marker
            mentions.append(_biomarker(document, match.start(), match.end(), label))
    return mentions


def coordinated_biomarkers(mentions: list[Mention], document: Document) -> list[Mention]:
    """The last conjunct of a kept "<A> or <B> gene mutation" mention, as a mention of its own biomarker.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Women with a BRCA1 or BRCA2 gene mutation.", "x.md")
    >>> [(m.text, m.label) for m in coordinated_biomarkers(biomarker_mentions(doc), doc)]
    [('BRCA1 or BRCA2 gene mutation', 'BRCA1 mutation'), ('BRCA2 gene mutation', 'BRCA2 mutation')]
    """
    spans = {(m.start, m.end) for m in mentions if m.type == "biomarker"}
    if not any(" gene" in document.text[start:end] for start, end in spans):
        return list(mentions)  # every match of the phrase says " gene": none is the span of a kept mention
    added = [
        _biomarker(document, match.start(2), match.end(), f"{match.group(2)} {_KINDS[match.group(3)]}")
        for match in _GENE_PHRASE.finditer(document.text)
        if match.group(2) and (match.start(), match.end()) in spans
    ]
    return mentions + added


def one_per_marker(mentions: list[Mention]) -> list[Mention]:
    """Biomarker mentions of one marker ("PD-L1 status", "PD-L1 levels", "PD-L1 expression") as one node, named
    as the page most often names it: the rulebook folds values and measures of a marker into one biomarker.

    >>> ms = [Mention("x", 0, 14, "PD-L1 positive", "KG:a", "PD-L1 status", "biomarker", "pattern", 0.75),
    ...       Mention("x", 20, 36, "PD-L1 expression", "KG:b", "PD-L1 expression", "biomarker", "pattern", 0.75),
    ...       Mention("x", 40, 56, "PD-L1 expression", "KG:b", "PD-L1 expression", "biomarker", "pattern", 0.75)]
    >>> sorted({m.label for m in one_per_marker(ms)})
    ['PD-L1 expression']
    """
    by_marker: dict[str, list[Mention]] = {}
    for mention in mentions:
        if mention.type == "biomarker":
            by_marker.setdefault(_marker(mention.label), []).append(mention)
    chosen: dict[str, Mention] = {}
    for marker, group in by_marker.items():
        counts = Counter(m.id for m in group)
        best = max(group, key=lambda m: (counts[m.id], -group.index(m)))
        chosen[marker] = best
    result: list[Mention] = []
    for mention in mentions:
        if mention.type == "biomarker":
            best = chosen[_marker(mention.label)]
            mention = replace(mention, id=best.id, label=best.label, xrefs=best.xrefs)
        result.append(mention)
    return result


def _marker(label: str) -> str:
    return re.sub(r"\s+(?:status|mutations?|expression|fusions?|rearrangements?|amplification|levels?)$", "",
                  label).replace("‐", "-").upper()


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
