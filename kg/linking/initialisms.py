"""Undefined abbreviations whose long form the same document uses.

Pages often write "NSCLC" or "ADT" without ever defining it, while the long form ("non-small cell lung
cancer", "androgen deprivation therapy") appears elsewhere in the page. An all-capital token of two to six
letters that is not linked is read as the one entity of the document whose name's initials it spells.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.linking.abbreviations import find_abbreviations
from kg.model import Document, Mention
from kg.regex_prefilter import prefilter_patterns, words_before

_TOKEN = re.compile(r"(?<![A-Za-z0-9-])([A-Z]{2,6})s?(?![A-Za-z0-9-])")
_TYPES = ("disease", "drug_class", "organization", "endpoint", "adverse_event")
_SMALL = frozenset("of and the for in with to on a an".split())


_BRACKETED = re.compile(r"((?:[A-Za-z][\w'’-]*\s+){1,6})[\[(]([A-Z]{2,6})[\])]")


_BRACKET = re.compile(r"[\[(][A-Z]{2,6}[\])]")


def _bracketed(text: str) -> list[re.Match[str]]:
    """The matches of ``_BRACKETED.finditer(text)``, found without trying the words at every position: each
    bracketed capital token is found first, and the pattern is searched only from six words before it.

    >>> [m.group(0) for m in _bracketed("the overall survival (OS), a (b) hazard ratio [HR]")]
    ['the overall survival (OS)', 'hazard ratio [HR]']
    """
    found: list[re.Match[str]] = []
    for bracket in _BRACKET.finditer(text):
        # a match ends with its bracket, and no word of it runs past the bracket before: never overlapping
        match = _BRACKETED.search(text, words_before(text, bracket.start(), 6, "_'’-"), bracket.end())
        if match is not None:
            found.append(match)
    return found


def _defined_as(text: str) -> dict[str, str]:
    """Short forms the text defines, with the words they spell: "hazard ratio [HR]" gives HR → hazard ratio.

    >>> _defined_as("overall survival (OS) with a hazard ratio [HR] of 0.5")
    {'OS': 'overall survival', 'HR': 'hazard ratio'}
    >>> _defined_as("fluid is removed: cerebrospinal fluid (CSF)")  # letters inside a word count too
    {'CSF': 'cerebrospinal fluid'}
    """
    found: dict[str, str] = {}
    for match in _bracketed(text):
        words = match.group(1).split()
        short = match.group(2)
        for count in range(1, len(words) + 1):
            if initials(" ".join(words[-count:])) == short:
                found.setdefault(short, " ".join(words[-count:]).lower())
                break
    if "(" in text:
        for abbreviation in find_abbreviations(text):
            found.setdefault(abbreviation.short, text[abbreviation.long_start : abbreviation.long_end].lower())
    return found


def initials(name: str) -> str:
    """The initials of a name, hyphenated parts counted, small words skipped.

    >>> initials("non-small cell lung cancer"), initials("androgen deprivation therapy")
    ('NSCLC', 'ADT')
    """
    words = [w for w in re.split(r"[\s\-‐–/]+", name) if w and w.lower() not in _SMALL]
    return "".join(w[0] for w in words).upper()


def undefined_abbreviations(mentions: list[Mention], document: Document) -> list[Mention]:
    """Mentions for capital tokens that spell the initials of exactly one entity mentioned in the document.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Men had androgen deprivation therapy. ADT lowers hormones.", "x.md")
    >>> long = Mention("x", 8, 36, "androgen deprivation therapy", "KG:c", "ADT", "drug_class", "dictionary", 0.9)
    >>> [(m.text, m.id) for m in undefined_abbreviations([long], doc) if m.method == "abbreviation"]
    [('ADT', 'KG:c')]
    """
    spelled: dict[str, dict[str, Mention]] = {}
    for mention in mentions:
        if mention.type in _TYPES and " " in mention.text.strip():
            # the long form the page writes, not a vocabulary label it never uses ("CT" is no "carious teeth")
            spelled.setdefault(initials(mention.text), {})[mention.id] = mention
    taken = bytearray(len(document.text) + 1)
    for mention in mentions:
        taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    defined_as = _defined_as(document.text)
    named = {(m.text.lower(), m.id) for m in mentions}
    added: list[Mention] = []
    for match in _TOKEN.finditer(document.text):
        owners = spelled.get(match.group(1), {})
        if len(owners) != 1 or any(taken[match.start() : match.end()]):
            continue
        source = next(iter(owners.values()))
        long_form = defined_as.get(match.group(1), source.text.lower())
        if long_form != source.text.lower() and (long_form, source.id) not in named:
            continue  # "hazard ratio [HR]": the page defines the letters as something else
        added.append(replace(source, start=match.start(), end=match.end(), text=match.group(0),
                             method="abbreviation", confidence=0.7, name_kind=""))
    return mentions + added


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
