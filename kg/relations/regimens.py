"""A regimen named with its drugs: "FOLFOXIRI (irinotecan, oxaliplatin, leucovorin, and fluorouracil)".

A regimen is one agent (a ``drug``, as the NCI drug pages' "R-CHOP"); the drugs in the brackets after its name
are given together (``combined_with``, each pair once), and what the sentence says the regimen is used for, each
of them is used for; and a regimen page's own kind: "This chemotherapy combination contains A and B" makes the
regimen the page is about a member of the class named before "combination".
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Sequence

from kg.model import Mention, Statement
from kg.relations.sentence import Sentence, text_between

# a regimen's name is an acronym of its drugs: two capitals at least ("R-CHOP", "FOLFOXIRI", "m-BACOD"), maybe
# "modified" ("modified FOLFIRINOX")
_ACRONYM = re.compile(r"^(?:[Mm]odified\s+)?[A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*(?:\s+[Rr]egimens?)?$")
_OPENS = re.compile(r"^\s*(?:regimen\s*)?[(\[]\s*$", re.IGNORECASE)
_GLUE = re.compile(r"^\s*(?:\[[^\[\]]{1,20}\]|\([^()]{1,30}\))?\s*(?:,|,?\s*and|,?\s*plus|\+)\s*$", re.IGNORECASE)
_CLOSES = re.compile(r"^\s*(?:\[[^\[\]]{1,20}\]|\([^()]{1,30}\))?\s*[)\]]")


def is_regimen(mention: Mention) -> bool:
    """Whether a drug mention names a regimen: a minted drug (no single-compound code) written as an acronym.

    >>> is_regimen(Mention("d", 0, 9, "FOLFOXIRI", "KG:drug/folfoxiri-regimen", "FOLFOXIRI", "drug", "x", 1.0))
    True
    >>> is_regimen(Mention("d", 0, 3, "DM1", "NCIT:C1872", "mertansine", "drug", "x", 1.0))
    False
    """
    return mention.type == "drug" and mention.id.startswith("KG:drug/") and bool(_ACRONYM.match(mention.text))


def regimen_parts(sentence: Sentence) -> Iterator[tuple[Mention, list[Mention]]]:
    """Each regimen of a sentence followed by its drugs in brackets, with those drugs (two at least).

    >>> from kg.documents import parse_document
    >>> text = "FOLFOXIRI (irinotecan, oxaliplatin, and fluorouracil) was given."
    >>> doc = parse_document(text, "x.md")
    >>> def m(name, id_):
    ...     start = text.index(name)
    ...     return Mention("x", start, start + len(name), name, id_, name, "drug", "dictionary", 0.9)
    >>> ms = [m("FOLFOXIRI", "KG:drug/folfoxiri-regimen"), m("irinotecan", "I"), m("oxaliplatin", "O"),
    ...       m("fluorouracil", "F")]
    >>> [(r.text, [p.id for p in parts]) for r, parts in regimen_parts(Sentence(doc, 0, len(text), ms))]
    [('FOLFOXIRI', ['I', 'O', 'F'])]
    """
    text = sentence.document.text
    drugs = sentence.of("drug")
    for index, regimen in enumerate(drugs[:-1]):
        if not is_regimen(regimen) or not _OPENS.match(text_between(text, regimen, drugs[index + 1])):
            continue
        parts = [drugs[index + 1]]
        for nxt in drugs[index + 2 :]:
            if not _GLUE.match(text_between(text, parts[-1], nxt)):
                break
            parts.append(nxt)
        if not _CLOSES.match(text[parts[-1].end : parts[-1].end + 40]):
            continue
        distinct = list({p.id: p for p in parts if p.id != regimen.id}.values())
        if len(distinct) >= 2:
            yield regimen, distinct


def combined_parts(sentence: Sentence, parts: list[Mention]) -> Iterator[Statement]:
    """Each pair of a regimen's drugs is given together (``combined_with``, the earlier drug as subject).

    >>> from kg.documents import parse_document
    >>> doc = parse_document("A (x, y, z)", "x.md")
    >>> ms = [Mention("x", i, i + 1, c, c.upper(), c, "drug", "dictionary", 0.9) for i, c in ((3, "x"), (6, "y"),
    ...       (9, "z"))]
    >>> [(s.subject, s.object) for s in combined_parts(Sentence(doc, 0, 11, ms), ms)]
    [('X', 'Y'), ('X', 'Z'), ('Y', 'Z')]
    """
    for index, left in enumerate(parts):
        for right in parts[index + 1 :]:
            yield sentence.statement(left, "combined_with", right, "regimen_parts", 0.8)


def regimen_statements(sentence: Sentence, read: Sequence[Statement]) -> list[Statement]:
    """For each regimen named with its drugs in a sentence: each pair of its drugs is ``combined_with``, and each
    use the sentence gives the regimen (``treats`` or an approval; ``read``: the statements read from it so far)
    each drug ``treats`` too.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("ABVD (x and y) treats HL.", "x.md")
    >>> ms = [Mention("x", 0, 4, "ABVD", "KG:drug/abvd", "ABVD", "drug", "dictionary", 0.9),
    ...       Mention("x", 6, 7, "x", "X", "x", "drug", "dictionary", 0.9),
    ...       Mention("x", 12, 13, "y", "Y", "y", "drug", "dictionary", 0.9),
    ...       Mention("x", 22, 24, "HL", "D", "HL", "disease", "dictionary", 0.9)]
    >>> sentence = Sentence(doc, 0, 25, ms)
    >>> use = sentence.statement(ms[0], "treats", ms[3], "verb", 0.8)
    >>> [(s.subject, s.predicate, s.object) for s in regimen_statements(sentence, [use])]
    [('X', 'combined_with', 'Y'), ('X', 'treats', 'D'), ('Y', 'treats', 'D')]
    """
    added: list[Statement] = []
    for regimen, parts in regimen_parts(sentence):
        added.extend(combined_parts(sentence, parts))
        for statement in read:
            if statement.subject == regimen.id and statement.predicate in ("treats", "approved_for") and not (
                    statement.predicate == "approved_for" and statement.evidence.negated):
                added.extend(dataclasses.replace(statement, subject=part.id, subject_text=part.text, predicate="treats")
                             for part in parts)
    return added


# "This chemotherapy combination contains", "The targeted therapy regimen includes": the class right before the noun
_CLASS_COMBINATION = re.compile(r"^\s*(?:combination|regimen)(?: of drugs| therapy)?\s+"
                                r"(?:contains|includes|consists of|is made up of)\b", re.I)
_OPENING = re.compile(r"^(?:This|The)\s+$", re.I)


def regimen_class(sentence: Sentence, regimen: Mention) -> Iterator[Statement]:
    """``member_of_class``: the regimen (the drug the page is about) is of the class its combination is called.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("This chemotherapy combination contains the drugs A and B.", "x.md")
    >>> chemo = Mention(doc.id, 5, 17, "chemotherapy", "K1", "chemotherapy", "drug_class", "dictionary", 0.9)
    >>> ac = Mention(doc.id, 0, 2, "AC", "D1", "ac", "drug", "pattern", 0.85)
    >>> [(s.subject, s.predicate, s.object) for s in regimen_class(Sentence(doc, 0, 57, [chemo]), ac)]
    [('D1', 'member_of_class', 'K1')]
    """
    text = sentence.document.text
    classes = sentence.of("drug_class")
    if not classes or regimen.type != "drug":
        return
    first = classes[0]
    if _OPENING.match(text[sentence.start : first.start]) and _CLASS_COMBINATION.match(text[first.end : sentence.end]):
        yield sentence.statement(regimen, "member_of_class", first, "class_noun", 0.8)
