"""Members a class sentence lists after "include" with words between them, and examples a sentence gives of the
class the sentence before it is about.

Pages that explain a kind of therapy name its drugs in long runs: "Androgen blockers that are approved to treat
prostate cancer include the older drugs A and B (Brand), and the newer drugs C and D", "GnRH antagonists approved
for X include A (Brand), which is injected, and B (Brand), which is a pill". :mod:`kg.relations.membership` reads a
run whose members follow the verb and each other with only a comma, "and" or "or" between them; here a group noun
("the newer drugs") or a relative clause ("which is a pill") may stand between them too. A use the class is given
between the class and the verb ("approved to treat X") is the use of each drug the run names, as in a list under
such a lead-in (:mod:`kg.relations.item_uses`).

"Examples are A, B, and C." names members of the class the sentence before it opens with ("Antiandrogens keep
androgens from acting. Examples are A and B."); the evidence is both sentences.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator, Sequence

from kg.model import Mention, Statement
from kg.relations import cues
from kg.relations.sentence import Sentence, text_between

__all__ = ["available_members", "continued_runs", "example_members", "grouped_members"]

# the class, maybe a short description of it ("that are approved in the US to treat X"), then the verb
_TO_VERB = re.compile(r"^(?P<between>[^.;:!?()]{0,150}?)\s*\b(?:include|includes)\b\s*:?\s*", re.I)
_NOT_PLAIN = re.compile(r"\b(?:not|no|never|than|unlike|except|instead|other)\b", re.I)
# the class set off by what comes before it: "Drugs other than X include", "Unlike X, ..."
_SET_OFF_BEFORE = re.compile(r"\b(?:than|except|besides|unlike|not|no|without|instead\s+of)\s+(?:[\w-]+\s+)?$", re.I)
# a group noun before members: "the older drugs", "the “second-generation” drug", "two newer agents"
_GROUP = r"(?:(?:the|an?|two|three|four|several)\s+)?(?:[^\s,;.()]+\s+){0,3}?(?:drugs?|agents?|medicines?)\s+"
_FIRST_GAP = re.compile(rf"^\s*(?:{_GROUP})?$", re.I)
# what may stand between two members: the first one's brand, a relative clause about it, the conjunction, and a
# group noun for the next ones
_NEXT_GAP = re.compile(
    r"^[\s)®™]*(?:\([^()]{1,80}\)\s*)?(?:,\s*(?:which|that|who)\s[^,;:()]{1,100}?)?"
    rf"\s*(?:,\s*and|,\s*or|,|\s+and|\s+or)\s+(?:{_GROUP})?$",
    re.I,
)
_SAME_DRUG_GAP = re.compile(r"^\s*\(\s*$")  # "A (Brand": the same drug by its brand


def _run(text: str, start: int, after: Sequence[Mention]) -> list[Mention]:
    """The drugs listed from ``start`` on, each joined to the one before by :data:`_NEXT_GAP`."""
    run: list[Mention] = []
    position = start
    for mention in after:
        gap = text[position : mention.start]
        if run and mention.id == run[-1].id and _SAME_DRUG_GAP.match(gap):
            position = mention.end
            continue
        if mention.type != "drug" or not (_NEXT_GAP.match(gap) if run else _FIRST_GAP.match(gap)):
            break
        run.append(mention)
        position = mention.end
    return run


def grouped_members(sentence: Sentence, read: Sequence[Statement]) -> Iterator[Statement]:
    """``member_of_class`` for each drug a class "includes" (and the class's stated use or approval for each),
    the ones the sentence's other rules have not read yet.

    >>> from kg.documents import parse_document
    >>> text = "X blockers include the older drugs A (Ab), which is a pill, and the newer drug B."
    >>> doc = parse_document(text, "x.md")
    >>> def m(name, kind, key):
    ...     at = text.index(name)
    ...     return Mention(doc.id, at, at + len(name), name, key, name, kind, "dictionary", 0.9)
    >>> ms = [m("X blockers", "drug_class", "K1"), m("A", "drug", "D1"), m("B", "drug", "D2")]
    >>> [(s.subject, s.object) for s in grouped_members(Sentence(doc, 0, len(text), ms), [])]
    [('D1', 'K1'), ('D2', 'K1')]
    """
    text = sentence.document.text
    mentions = sentence.mentions
    done = {(s.subject, s.predicate, s.object) for s in read}
    for index, cls in enumerate(mentions):
        if cls.type != "drug_class":
            continue
        verb = _TO_VERB.match(text[cls.end : sentence.end])
        if verb is None or _NOT_PLAIN.search(verb.group("between")) or _SET_OFF_BEFORE.search(
                text[max(sentence.start, cls.start - 30) : cls.start]):
            continue
        verb_end = cls.end + verb.end()
        inside = [m for m in mentions[index + 1 :] if m.start < verb_end]
        if any(m.type in ("drug", "drug_class") for m in inside):
            continue
        members = _run(text, verb_end, [m for m in mentions[index + 1 :] if m.start >= verb_end])
        diseases = {m.id: m for m in inside if m.type == "disease"}
        uses = [s for s in read if s.subject == cls.id and s.object in diseases and not s.evidence.negated
                and not s.evidence.hedged and s.predicate in ("treats", "approved_for")]
        for drug in members:
            if (drug.id, "member_of_class", cls.id) not in done:
                done.add((drug.id, "member_of_class", cls.id))
                yield sentence.statement(drug, "member_of_class", cls, "include", 0.75)
            for use in uses:
                if (drug.id, use.predicate, use.object) not in done:
                    done.add((drug.id, use.predicate, use.object))
                    yield sentence.statement(drug, use.predicate, diseases[use.object], "include", 0.65)


# "Examples are", "Some examples include", "Examples of these drugs are": the examples of what was just named
_EXAMPLES = re.compile(
    r"^\W*(?:(?:some|common|other)\s+)?examples?\s+(?:of\s+(?:these|such|them|this)(?:\s+[\w-]+){0,2}\s+)?"
    r"(?:are|include|includes)\s*:?\s*",
    re.I,
)
# how the sentence before opens with its class: at most an article or "some" before it
_OPENING = re.compile(r"^\W*(?:(?:the|some|most|many|these)\s+)?$", re.I)


def example_members(sentence: Sentence, previous: Sentence | None) -> Iterator[Statement]:
    """``member_of_class`` for the drugs an "Examples are ..." sentence lists, of the class the sentence before
    it (in the same paragraph) opens with.

    >>> from kg.documents import parse_document
    >>> text = "Kinase inhibitors block growth signals. Examples are A and B."
    >>> doc = parse_document(text, "x.md")
    >>> def m(name, kind, key):
    ...     at = text.index(name)
    ...     return Mention(doc.id, at, at + len(name), name, key, name, kind, "dictionary", 0.9)
    >>> first = Sentence(doc, 0, 39, [m("Kinase inhibitors", "drug_class", "K1")])
    >>> second = Sentence(doc, 40, len(text), [m("A", "drug", "D1"), m("B", "drug", "D2")])
    >>> [(s.subject, s.object, s.evidence.sentence[:6]) for s in example_members(second, first)]
    [('D1', 'K1', 'Kinase'), ('D2', 'K1', 'Kinase')]
    """
    text = sentence.document.text
    opening = _EXAMPLES.match(sentence.text)
    if opening is None or previous is None or not previous.mentions or "\n" in text[previous.end : sentence.start]:
        return
    cls = previous.mentions[0]
    if cls.type != "drug_class" or not _OPENING.match(text[previous.start : cls.start]):
        return
    members = _run(text, sentence.start + opening.end(), sentence.mentions)
    if not members:
        return
    wider = copy.copy(sentence)
    wider.context_start = previous.start  # the two sentences, also in a list item (not the list's lead-in)
    wider.lead_in = ""
    for drug in members:
        yield wider.statement(drug, "member_of_class", cls, "include", 0.7, outside=True)


def continued_runs(sentence: Sentence, read: Sequence[Statement]) -> Iterator[Statement]:
    """The rest of a "such as" run that names drugs and narrower classes in turn: "CNS depressants (e.g.,
    barbiturates, opioids, glutethimide, and chloral hydrate)" lists four members, but the run read so far ended at
    the first class it met (or began with one and went no further).

    >>> from kg.documents import parse_document
    >>> text = "Sedatives (e.g., A, benzodiazepines, and B) may add to drowsiness."
    >>> doc = parse_document(text, "x.md")
    >>> def m(name, kind, key):
    ...     at = text.index(name)
    ...     return Mention(doc.id, at, at + len(name), name, key, name, kind, "dictionary", 0.9)
    >>> ms = [m("Sedatives", "drug_class", "K1"), m("A", "drug", "D1"), m("benzodiazepines", "drug_class", "K2"),
    ...       m("B", "drug", "D2")]
    >>> sentence = Sentence(doc, 0, len(text), ms)
    >>> read = [sentence.statement(ms[1], "member_of_class", ms[0], "such_as", 0.8)]
    >>> [(s.subject, s.object) for s in continued_runs(sentence, read)]
    [('K2', 'K1'), ('D2', 'K1')]
    """
    text = sentence.document.text
    mentions = sentence.mentions
    done = {(s.subject, s.object) for s in read if s.predicate == "member_of_class"}
    for listed in read:
        if listed.predicate != "member_of_class" or listed.evidence.method != "such_as":
            continue
        starts = [i for i, m in enumerate(mentions) if m.id == listed.object and m.type == "drug_class"]
        if not starts:
            continue
        cls = mentions[starts[0]]
        after = mentions[starts[0] + 1 :]
        if not after or after[0].id != listed.subject:
            continue  # the run read is not the one right after this class
        chained, closed = after[0], False
        bracketed = _depth(text[cls.end : chained.start])
        for nxt in after[1:]:
            gap = text_between(text, chained, nxt)
            if nxt.id == chained.id and _SAME_DRUG_GAP.match(gap):
                chained = nxt
                continue
            if (closed or nxt.type not in ("drug", "drug_class") or nxt.id == cls.id
                    or not cues.LIST_GLUE.match(gap.lstrip(" )®™"))
                    or (bracketed and _depth(text[cls.end : nxt.start]) < bracketed)  # "X (e.g., A) and Y"
                    or (nxt.type == "drug_class" and _BROAD.search(nxt.text))):  # "like A and immunotherapy"
                break
            closed = bool(_CONJUNCTION.search(gap))  # "A or B, Cs (...)": the list ended at B
            if (nxt.id, cls.id) not in done:
                done.add((nxt.id, cls.id))
                yield sentence.statement(nxt, "member_of_class", cls, "such_as", 0.7)
            chained = nxt


_CONJUNCTION = re.compile(r"\b(?:and|or)\b", re.I)
# a therapy category named after a class's examples is its partner, not one of them
_BROAD = re.compile(r"\b(?:therap(?:y|ies)|immunotherapy|chemotherapy|treatments?|radiation)\b", re.I)


def _depth(text: str) -> int:
    """How many brackets are open at the end of ``text``.

    >>> _depth(" (e.g., "), _depth(" (e.g., A) and ")
    (1, 0)
    """
    return text.count("(") - text.count(")")


# "Three oral X inhibitors are currently available: A, B, and C."
_AVAILABLE = re.compile(
    r"^\s*(?:drugs?|agents?)?\s*(?:are|is)\s+(?:now\s+|currently\s+)?(?:available|approved|in\s+use)\b[^.;:()]{0,60}:\s*",
    re.I,
)


def available_members(sentence: Sentence) -> Iterator[Statement]:
    """``member_of_class`` for the drugs a colon lists after "<class> are available:".

    >>> from kg.documents import parse_document
    >>> text = "Two X inhibitors are now available: A and B."
    >>> doc = parse_document(text, "x.md")
    >>> def m(name, kind, key):
    ...     at = text.index(name)
    ...     return Mention(doc.id, at, at + len(name), name, key, name, kind, "dictionary", 0.9)
    >>> ms = [m("X inhibitors", "drug_class", "K1"), m("A", "drug", "D1"), m("B", "drug", "D2")]
    >>> [(s.subject, s.object) for s in available_members(Sentence(doc, 0, len(text), ms))]
    [('D1', 'K1'), ('D2', 'K1')]
    """
    text = sentence.document.text
    mentions = sentence.mentions
    for index, cls in enumerate(mentions):
        if cls.type != "drug_class":
            continue
        found = _AVAILABLE.match(text[cls.end : sentence.end])
        if found is None:
            continue
        start = cls.end + found.end()
        run = [m for m in mentions[index + 1 :] if m.start >= start]
        if run and text[start : run[0].start].strip():
            continue
        for drug in _run(text, start, run):
            yield sentence.statement(drug, "member_of_class", cls, "list", 0.75)
