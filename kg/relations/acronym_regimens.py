"""A regimen spelled out with its acronym: "after first-line therapy with cyclophosphamide, vincristine sulfate, and
prednisone (CVP)". The drugs of the list are given together (each pair ``combined_with``; the comma rules alone
join only the last two, "B, and C"), and what the sentence says the listed drugs treat, the regimen named by the
acronym treats as well. Alternatives ("A or B (AB)") are not a regimen."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterator

from kg.model import Mention, Statement
from kg.relations.sentence import Sentence, text_between

# the glue of a regimen's list: a comma or "and" (no "or": alternatives)
_AND_GLUE = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)$", re.I)
# the acronym closes the list right away: "and prednisone (CVP)"
_OPENS_ACRONYM = re.compile(r"^\s*\(\s*$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9-]{1,11}$")


def spelled_regimens(sentence: Sentence) -> Iterator[tuple[Mention, list[Mention]]]:
    """Each regimen acronym the sentence writes right after its drugs, with those drugs (two or more, joined
    by commas and "and").

    >>> from kg.documents import parse_document
    >>> doc = parse_document("with A, B, and C (ABC)", "x.md")
    >>> ms = [Mention(doc.id, i, i + 1, t, "D" + t, t.lower(), "drug", "dictionary", 0.9)
    ...       for i, t in ((5, "A"), (8, "B"), (15, "C"))]
    >>> ms.append(Mention(doc.id, 18, 21, "ABC", "R1", "abc", "drug", "link", 0.9))
    >>> [(r.text, [d.text for d in run]) for r, run in spelled_regimens(Sentence(doc, 0, 22, ms))]
    [('ABC', ['A', 'B', 'C'])]
    """
    text = sentence.document.text
    drugs = sentence.of("drug")
    for index, regimen in enumerate(drugs):
        if index < 2 or not _ACRONYM.match(regimen.text) or text[regimen.end : regimen.end + 1] != ")":
            continue
        last = drugs[index - 1]
        if not _OPENS_ACRONYM.match(text_between(text, last, regimen)):
            continue
        run = [last]
        for earlier in reversed(drugs[: index - 1]):
            if not _AND_GLUE.match(text_between(text, earlier, run[0])):
                break
            run.insert(0, earlier)
        ids = {d.id for d in run}
        if len(ids) > 1 and regimen.id not in ids and re.search(r"\band\b", text_between(text, run[-2], run[-1])):
            yield regimen, run


def regimen_pairs(sentence: Sentence) -> Iterator[Statement]:
    """The drugs a spelled-out regimen lists are each given with the others.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("with A, B, and C (ABC)", "x.md")
    >>> ms = [Mention(doc.id, i, i + 1, t, "D" + t, t.lower(), "drug", "dictionary", 0.9)
    ...       for i, t in ((5, "A"), (8, "B"), (15, "C"))]
    >>> ms.append(Mention(doc.id, 18, 21, "ABC", "R1", "abc", "drug", "link", 0.9))
    >>> sorted((s.subject, s.object) for s in regimen_pairs(Sentence(doc, 0, 22, ms)))
    [('DA', 'DB'), ('DA', 'DC'), ('DB', 'DC')]
    """
    for _regimen, run in spelled_regimens(sentence):
        for left, right in itertools.combinations(run, 2):
            if left.id != right.id:
                yield sentence.statement(left, "combined_with", right, "coordination", 0.7)


def regimen_uses(sentence: Sentence, read: list[Statement]) -> list[Statement]:
    """What the sentence's rules read as a use of the listed drugs is a use of the regimen too.

    >>> from kg.documents import parse_document
    >>> from kg.model import Evidence
    >>> doc = parse_document("with A, B, and C (ABC)", "x.md")
    >>> ms = [Mention(doc.id, i, i + 1, t, "D" + t, t.lower(), "drug", "dictionary", 0.9)
    ...       for i, t in ((5, "A"), (8, "B"), (15, "C"))]
    >>> ms.append(Mention(doc.id, 18, 21, "ABC", "R1", "abc", "drug", "link", 0.9))
    >>> ev = Evidence(doc=doc.id, sentence="s", start=0, end=22, method="list", confidence=0.7)
    >>> [(s.subject, s.object) for s in regimen_uses(Sentence(doc, 0, 22, ms), [Statement("DC", "treats", "X", ev)])]
    [('R1', 'X')]
    """
    added: list[Statement] = []
    for regimen, run in spelled_regimens(sentence):
        ids = {d.id for d in run}
        seen: set[str] = set()
        for statement in read:
            if statement.predicate == "treats" and statement.subject in ids and statement.object not in seen:
                seen.add(statement.object)
                added.append(dataclasses.replace(statement, subject=regimen.id, subject_text=regimen.text))
    return added


__all__ = ["regimen_pairs", "regimen_uses", "spelled_regimens"]
