"""``inhibits`` / ``targets`` said in two ways the verb rule of :mod:`kg.relations.mechanism` does not read: a
fronted means clause ("By blocking HER2, trastuzumab slows ...") and a verb whose object is kept from acting
("X prevents VEGF from binding to its receptors", "X keeps PD-1 from working").

Both are written from the ways patient pages and research news put a drug's action, not from one article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Mention, Statement
from kg.relations import cues
from kg.relations.sentence import DRUGLIKE, Sentence

_BLOCKING = r"blocking|inhibiting|stopping|shutting\s+down|turning\s+off|interfering\s+with|disabling"
_ACTING_ON = r"targeting|binding\s+to|attaching\s+(?:itself\s+)?to|latching\s+onto|acting\s+on"
_KEEPING = r"preventing|keeping"
# "By blocking HER2, ...", "By preventing PD-1 from binding to PD-L1, ...": the means, then a comma, then the
# subject (a drug or class, perhaps after "the drug" or "this class")
_FRONTED = re.compile(
    rf"\W*(?:(?:[Ii]n\s+addition|[Aa]lso|[Ii]nstead),?\s+)?[Bb]y\s+(?:directly\s+|specifically\s+|selectively\s+)?"
    rf"(?P<verb>{_BLOCKING}|{_ACTING_ON}|{_KEEPING})\s+(?P<means>[^,;:()]{{1,120}}(?:\([^()]{{0,40}}\)[^,;:()]{{0,60}})?)"
    r",\s+(?:(?:the|this|these|both)\s+(?:new\s+)?(?:drugs?|agents?|medicines?|therapy|antibody|antibodies)\s+)?"
)
# "from binding", "from working": the object of a keeping verb is stopped from acting
_FROM_ACTING = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:proteins?\s+)?from\s+(?:binding|attaching|working|signal(?:l)?ing|sending|"
    r"activating|interacting|turning\s+on)\b",
    re.I,
)
# the words between a drug and the target of a keeping verb: "X prevents", "X, which keeps the protein"
_KEEPS = re.compile(
    r"^\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:(?:which|that)\s+)?(?:\w+ly\s+)?(?:prevents?|keeps?|stops?|blocks?)\s+"
    r"(?:the\s+)?(?:(?:protein|receptor|enzyme)s?\s+)?$",
    re.I,
)


def fronted_actions(sentence: Sentence) -> Iterator[Statement]:
    """``inhibits`` / ``targets`` from a sentence that opens with the means ("By blocking T, X ..."): the drug or
    class right after the comma acts on each target named in the means (for "preventing T from binding to U",
    only on T, the one kept from acting).

    >>> from kg.documents import parse_document
    >>> from kg.pipeline import analyse_document
    >>> doc = parse_document("By blocking HER2, trastuzumab slows the growth of cancer cells.", "x.md")
    >>> [(s.subject_text, s.object_text) for s in analyse_document(doc).statements if s.predicate == "inhibits"]
    [('trastuzumab', 'HER2')]
    """
    text = sentence.document.text
    found = _FRONTED.match(text, sentence.start, sentence.end)
    if found is None:
        return
    subject = _first_at(sentence, found.end())
    if subject is None:
        return
    verb = found.group("verb").split()[0].lower()
    targets = [t for t in sentence.of("target") if found.start("means") <= t.start and t.end <= found.end("means")]
    if verb in ("preventing", "keeping"):
        targets = [t for t in targets[:1] if _FROM_ACTING.match(text, t.end)]
    predicate = "targets" if re.fullmatch(_ACTING_ON, found.group("verb"), re.I) else "inhibits"
    for target in targets:
        yield sentence.statement(subject, predicate, target, "verb", 0.8)


def kept_from_acting(sentence: Sentence) -> Iterator[Statement]:
    """``inhibits``: a drug that prevents, keeps or stops a target from binding or working ("Bevacizumab prevents
    VEGF from binding to its receptors") blocks it; the protein it binds to after "from binding to" is not the
    drug's target but the target's partner.

    >>> from kg.documents import parse_document
    >>> from kg.pipeline import analyse_document
    >>> doc = parse_document("Bevacizumab prevents VEGF from binding to its receptors.", "x.md")
    >>> [(s.subject_text, s.object_text) for s in analyse_document(doc).statements if s.predicate == "inhibits"]
    [('Bevacizumab', 'VEGF')]
    """
    text = sentence.document.text
    drugs = sentence.of(*DRUGLIKE)
    for target in sentence.of("target"):
        if not _FROM_ACTING.match(text, target.end):
            continue
        before = [d for d in drugs if d.end <= target.start]
        if not before:
            continue
        drug = before[-1]
        between = text[drug.end : target.start]
        if not _KEEPS.match(between) or cues.NEGATION.search(between):
            continue
        yield sentence.statement(drug, "inhibits", target, "verb", 0.8)


def _first_at(sentence: Sentence, at: int) -> Mention | None:
    """The drug or class that starts exactly at ``at`` (the subject right after a fronted clause)."""
    for mention in sentence.of(*DRUGLIKE):
        if mention.start == at:
            return mention
    return None
