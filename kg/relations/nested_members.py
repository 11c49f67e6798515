"""A subclass named inside a class's member list, with its own drugs: "The drugs used in hormone therapy are
tamoxifen and the aromatase inhibitors anastrozole and letrozole".

:mod:`kg.relations.membership` reads the list's first run of drugs as members of the class ("tamoxifen") and
"the aromatase inhibitors anastrozole and letrozole" as members of the subclass, but its run of members ends at
the subclass. The rulebook counts a stated subclass as a member of its class, and a drug listed under a class as
one of its members: the subclass and each of its drugs are members of the outer class too. The subclass's uses
are the class's uses when the sentence states one ("used in hormone therapy for breast cancer"): they pass on with
:mod:`kg.relations.class_member_uses`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kg.model import Mention, Statement
from kg.relations import cues
from kg.relations.sentence import Sentence, text_between

# the reading of a class followed by its members after "include" or "are" (not "such as": "treatment with a class
# (such as A) and the steroid B" lists the class's example inside an aside, and the next drug is the class's partner)
_LISTING = ("include",)


def listed_subclass_members(sentence: Sentence, read: Sequence[Statement]) -> Iterator[Statement]:
    """``member_of_class`` of the outer class for a subclass that continues its member list, and for the
    subclass's drugs.

    >>> from kg.documents import parse_document
    >>> text = "Hormone therapy drugs include tamoxifen and the aromatase inhibitors anastrozole and letrozole."
    >>> doc = parse_document(text, "x.md")
    >>> def m(name, kind):
    ...     return Mention(doc.id, text.index(name), text.index(name) + len(name), name, name[:3].upper(), name,
    ...                    kind, "dictionary", 0.9)
    >>> ms = [m("Hormone therapy", "drug_class"), m("tamoxifen", "drug"), m("aromatase inhibitors", "drug_class"),
    ...       m("anastrozole", "drug"), m("letrozole", "drug")]
    >>> sentence = Sentence(doc, 0, len(text), ms)
    >>> read = [sentence.statement(ms[1], "member_of_class", ms[0], "include", 0.8)]
    >>> [(s.subject, s.object) for s in listed_subclass_members(sentence, read)]
    [('ARO', 'HOR'), ('ANA', 'HOR'), ('LET', 'HOR')]
    """
    text = sentence.document.text
    mentions = sentence.mentions
    done: set[tuple[str, str]] = set()
    for listed in read:
        if listed.predicate != "member_of_class" or listed.evidence.method not in _LISTING:
            continue
        classes = [m for m in mentions if m.id == listed.object]
        if not classes:
            continue
        cls = classes[0]
        members = {s.subject for s in read if s.predicate == "member_of_class" and s.object == cls.id
                   and s.evidence.method in _LISTING}
        # the member named last in the run after the class: the subclass must come right after it
        after = [m for m in mentions if m.start >= cls.end]
        last = max((i for i, m in enumerate(after) if m.id in members), default=None)
        if last is None or last + 2 >= len(after):
            continue
        subclass, first = after[last + 1], after[last + 2]
        if (subclass.type != "drug_class" or subclass.id == cls.id or first.type != "drug"
                or not cues.LIST_GLUE.match(text_between(text, after[last], subclass).lstrip(" )®™"))
                or not cues.CLASS_THEN_DRUG.match(text_between(text, subclass, first))):
            continue
        for item in [subclass, *_run(text, after[last + 2 :])]:
            if (item.id, cls.id) not in done and item.id not in members:
                done.add((item.id, cls.id))
                yield sentence.statement(item, "member_of_class", cls, "include", 0.75)


def listed_member_uses(sentence: Sentence, read: Sequence[Statement]) -> Iterator[Statement]:
    """``treats`` for each member listed after a class whose use the words between them state: "The drugs used in
    hormone therapy for breast cancer are tamoxifen and letrozole" (the class treats breast cancer, and so does
    each drug the sentence lists as its).

    >>> from kg.documents import parse_document
    >>> text = "The drugs used in hormone therapy for breast cancer are tamoxifen and letrozole."
    >>> doc = parse_document(text, "x.md")
    >>> def m(name, kind):
    ...     return Mention(doc.id, text.index(name), text.index(name) + len(name), name, name[:3].upper(), name,
    ...                    kind, "dictionary", 0.9)
    >>> cls, bc = m("hormone therapy", "drug_class"), m("breast cancer", "disease")
    >>> tam, let = m("tamoxifen", "drug"), m("letrozole", "drug")
    >>> sentence = Sentence(doc, 0, len(text), [cls, bc, tam, let])
    >>> read = [sentence.statement(cls, "treats", bc, "verb", 0.8),
    ...         sentence.statement(tam, "member_of_class", cls, "include", 0.8),
    ...         sentence.statement(let, "member_of_class", cls, "include", 0.75)]
    >>> [(s.subject, s.predicate, s.object) for s in listed_member_uses(sentence, read)]
    [('TAM', 'treats', 'BRE'), ('LET', 'treats', 'BRE')]
    """
    by_id = {m.id: m for m in reversed(sentence.mentions)}  # each id's first mention in the sentence
    stated = {(s.subject, s.predicate, s.object) for s in read}
    for use in read:
        if use.predicate != "treats" or use.evidence.negated or use.evidence.hedged:
            continue
        cls, disease = by_id.get(use.subject), by_id.get(use.object)
        if cls is None or disease is None or cls.type != "drug_class" or not cls.end <= disease.start:
            continue
        for member in read:
            item = by_id.get(member.subject)
            if (member.predicate != "member_of_class" or member.object != cls.id or item is None
                    or member.evidence.method != "include" or item.start < disease.end
                    or (item.id, "treats", disease.id) in stated):
                continue
            stated.add((item.id, "treats", disease.id))
            yield sentence.statement(item, "treats", disease, "include", 0.65)


def _run(text: str, following: Sequence[Mention]) -> list[Mention]:
    """The drugs of a list run: the first one and each joined to the one before by a list's glue."""
    run = [following[0]]
    for nxt in following[1:]:
        if nxt.id == run[-1].id:
            continue  # the same drug by its brand
        if nxt.type != "drug" or not cues.LIST_GLUE.match(text_between(text, run[-1], nxt).lstrip(" )®™")):
            break
        run.append(nxt)
    return run
