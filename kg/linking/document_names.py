"""Names a document gives things itself: the abbreviations it defines ("overall survival (OS)"), common
abbreviations it agrees with ("FDA"), and the anchor texts of its own links, repeated elsewhere in its text."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from kg.identifiers import mint
from kg.linking.abbreviations import find_abbreviations
from kg.linking.common_abbreviations import COMMON_ABBREVIATIONS
from kg.linking.drug_codes import ends_a_list
from kg.linking.matcher import Entry, Matcher, longest_hits, name_key
from kg.linking.resolve import Candidate, mention_of, resolve_name
from kg.model import Document, Mention
from kg.regex_prefilter import prefilter_patterns
from kg.vocabulary.store import Vocabulary


def defined_abbreviation_mentions(document: Document, known: list[Mention]) -> list[Mention]:
    """Every later use of an abbreviation the document defines ("overall survival (OS)") names what its long
    form was linked to.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Overall survival (OS) was long. OS improved.", "x.md")
    >>> long = Mention(doc.id, 0, 16, "Overall survival", "E1", "overall survival", "endpoint", "pattern", 0.85)
    >>> [(m.start, m.text, m.id) for m in defined_abbreviation_mentions(doc, [long])]
    [(18, 'OS', 'E1'), (32, 'OS', 'E1')]
    """
    text = document.text
    by_span = {(m.start, m.end): m for m in known}
    by_start = StartIndex(known)
    mentions: list[Mention] = []
    for abbreviation in find_abbreviations(text):
        long_mention = by_span.get((abbreviation.long_start, abbreviation.long_end))
        if long_mention is None:
            inside = [
                m
                for m in by_start.within(abbreviation.long_start, abbreviation.long_end)
                if m.start >= abbreviation.long_start
                and m.end == abbreviation.long_end
                and m.type not in ("publication",)
            ]
            long_mention = max(inside, key=lambda m: m.end - m.start, default=None)
        if long_mention is None or _names_a_list(
            text, known, abbreviation.short, abbreviation.long_start, abbreviation.long_end, by_start
        ):
            continue
        short = abbreviation.short
        for at in _standalone(text, short, abbreviation.short_start, _ALNUM):
            mentions.append(
                Mention(
                    document.id,
                    at,
                    at + len(short),
                    short,
                    long_mention.id,
                    long_mention.label,
                    long_mention.type,
                    "abbreviation",
                    round(min(long_mention.confidence, 0.9), 3),
                    xrefs=long_mention.xrefs,
                )
            )
    return mentions


def links_the_page_defines(links: list[Mention], defined: list[Mention]) -> list[Mention]:
    """The mentions, less each link whose anchor is an abbreviation the page defines for another entity of its
    type: the page says what "LCH" stands for here, where the vocabulary's reading of the anchor alone may be a
    rarer disease.

    >>> link = Mention("x", 40, 43, "LCH", "D2", "rare disease", "disease", "link", 0.97)
    >>> defined = [Mention("x", 40, 43, "LCH", "D1", "histiocytosis", "disease", "abbreviation", 0.9)]
    >>> links_the_page_defines([link], defined)
    []
    """
    by_span = {(m.start, m.end, m.type): m.id for m in defined}
    return [m for m in links if not (m.method == "link" and by_span.get((m.start, m.end, m.type), m.id) != m.id)]


def common_abbreviation_mentions(document: Document, known: list[Mention], vocabulary: Vocabulary) -> list[Mention]:
    """Undefined abbreviations from :data:`COMMON_ABBREVIATIONS`, where the document agrees (it names the long
    form's head word, "FDA" apart).

    >>> from kg.documents import parse_document
    >>> from kg.vocabulary import default_vocabulary
    >>> doc = parse_document("The FDA approved it.", "x.md")
    >>> [(m.text, m.type) for m in common_abbreviation_mentions(doc, [], default_vocabulary())]
    [('FDA', 'organization')]
    """
    text = document.text
    defined = {m.text for m in known if m.method == "abbreviation"}
    lowered = text.lower()
    mentions: list[Mention] = []
    for short, (entity_type, long_form) in COMMON_ABBREVIATIONS.items():
        if short in defined or short not in text:
            continue
        head = long_form.split()[-1].lower()
        if entity_type != "organization" and head not in lowered.replace(short.lower(), ""):
            continue
        candidate = _resolve_long_form(vocabulary, entity_type, long_form)
        for at in _standalone(text, short, 0, _ALNUM_OR_HYPHEN):
            mentions.append(mention_of(document, at, at + len(short), candidate, "abbreviation", 0.8))
    return mentions


def _resolve_long_form(vocabulary: Vocabulary, entity_type: str, long_form: str) -> Candidate:
    found = resolve_name(vocabulary, long_form, only=(entity_type,))
    if found is not None:
        return found
    return Candidate(mint(entity_type, long_form), entity_type, long_form, None)


def anchor_mentions(document: Document, known: list[Mention]) -> list[Mention]:
    """Other occurrences of a linked anchor text in the same document name the same entity.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("[Afinitor](/drugs/everolimus) works. Afinitor is a pill.", "x.md")
    >>> link = Mention(doc.id, 0, 8, "Afinitor", "NCIT:C48387", "everolimus", "drug", "link", 0.97)
    >>> [(m.start, m.method) for m in anchor_mentions(doc, [link])]
    [(0, 'anchor'), (16, 'anchor')]
    """
    anchors: dict[str, Mention] = {}
    for mention in known:
        repeatable = mention.method == "link" or (mention.method == "pattern" and mention.type == "trial")
        if repeatable and len(mention.text) >= 3 and mention.type != "publication":
            anchors.setdefault(name_key(mention.text), mention)
    if not anchors:
        return []
    matcher = Matcher(Entry(m.id, m.text, "learned", m.type) for m in anchors.values())
    mentions: list[Mention] = []
    for hit in longest_hits(matcher.find(document.text)):
        source = anchors[name_key(hit.entries[0].name)]
        surface = document.text[hit.start : hit.end]
        if source.text.isupper() and surface != source.text:
            continue
        mentions.append(
            Mention(
                document.id, hit.start, hit.end, surface, source.id, source.label, source.type,
                "anchor", 0.9, xrefs=source.xrefs,
            )
        )
    return mentions


_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_ALNUM_OR_HYPHEN = _ALNUM | {"-"}


def _standalone(text: str, short: str, position: int, not_after: frozenset[str]) -> Iterator[int]:
    """Where ``short`` occurs in ``text`` from ``position`` on, not after a character of ``not_after`` nor
    before an ASCII letter or digit: the matches of ``(?<![...])SHORT(?![A-Za-z0-9])``, found with
    ``str.find`` instead of a regex compiled per short form.

    >>> list(_standalone("PFS, xPFS and PFS2 or PFS", "PFS", 0, _ALNUM))
    [0, 22]
    """
    size, length = len(short), len(text)
    at = text.find(short, position)
    while at >= 0:
        stop = at + size
        if (at == 0 or text[at - 1] not in not_after) and (stop >= length or text[stop] not in _ALNUM):
            yield at
            at = text.find(short, stop)
        else:
            at = text.find(short, at + 1)


class StartIndex:
    """Mentions indexed by where they start, to list those starting in a span without scanning them all (a
    page has thousands of mentions and hundreds of defined abbreviations).

    >>> ms = [Mention("x", s, s + 2, "ab", "E", "ab", "drug", "pattern", 0.8) for s in (9, 0, 4, 4)]
    >>> [m.start for m in StartIndex(ms).within(3, 9)]
    [9, 4, 4]
    """

    def __init__(self, mentions: list[Mention]) -> None:
        self._mentions = mentions
        self._order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        self._starts = [mentions[i].start for i in self._order]

    def within(self, start: int, end: int) -> list[Mention]:
        """The mentions that start at ``start`` to ``end`` (both included), in the order they were given."""
        found = self._order[bisect_left(self._starts, start) : bisect_right(self._starts, end)]
        return [self._mentions[i] for i in sorted(found)]


def _names_a_list(text: str, known: list[Mention], short: str, start: int, end: int,
                  by_start: StartIndex | None = None) -> bool:
    """Whether a long form lists several drugs ("CMV (cisplatin, methotrexate, vinblastine)"), or is the end
    of such a list that the letter count cut short ("doxorubicin and cyclophosphamide (AC)", where the long
    form found is "and cyclophosphamide"; "cisplatin plus etoposide (EP)"): its abbreviation names the
    combination, not the last drug (``by_start``: ``known`` indexed, when the caller has it)."""
    near = known if by_start is None else by_start.within(start, end)
    drugs = [m for m in near if start <= m.start and m.end <= end and m.type == "drug"]
    if len(drugs) != 1:
        return len(drugs) > 1
    if _JOINED.match(text, start) is not None:
        return True
    # after other drugs, an abbreviation names the last drug only when it spells that drug's words
    # ("ATRA and arsenic trioxide (ATO)"), not letters inside one word ("cisplatin plus etoposide (EP)")
    words = re.findall(r"[A-Za-z0-9]+", text[start:end])
    initials = "".join(word[0] for word in words).upper()
    return ends_a_list(text, known, drugs[0]) and not (len(words) > 1 and short.upper().startswith(initials))


_JOINED = re.compile(r"(?:and|or|plus|with)\s", re.IGNORECASE)  # a long form that opens with a conjunction


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
