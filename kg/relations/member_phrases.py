"""``member_of_class`` said in ways the apposition, copula and list rules of :mod:`kg.relations.membership` do not
read, each written from how patient pages, drug pages and research news name a drug's kind:

- a class set before its drug with a comma: "treated with a targeted therapy, vemurafenib", "the first checkpoint
  inhibitor, ipilimumab, for melanoma", "a different checkpoint inhibitor, X, is also used", "a first-generation
  kinase inhibitor, X, was given";
- the class as the subject of "is": "One newer hormone therapy drug is exemestane", "The most widely used aromatase
  inhibitor is letrozole";
- a kind copula with a group noun or "among": "Kinase inhibitors are a group of targeted drugs", "Aromatase
  inhibitors belong to a class of hormone therapy drugs", "Checkpoint inhibitors, which are a form of
  immunotherapy, ...", "Olaparib is among the PARP inhibitors approved for ...";
- a fronted partitive or likeness: "Among the PARP inhibitors, olaparib ...", "Like other PARP inhibitors,
  niraparib ...".
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterator

from kg.model import Mention, Statement
from kg.relations.sentence import DRUGLIKE, Sentence

_DESCRIBING = r"(?:(?:first|second|third|newest|newer|new|novel|oral|only|latest|approved|standard|main|common|" \
              r"major|widely\s+used|most\s+widely\s+used|most\s+common(?:ly\s+used)?|so-called|different|" \
              r"(?:first|second|third|next)-generation|previously\s+approved|selective)\s+){0,3}"
# "a targeted therapy, vemurafenib": an article (and describing words) right before the class
_ARTICLE_BEFORE = re.compile(rf"\b(?:an?|the)\s+{_DESCRIBING}$", re.I)
# but not a class in a fronted condition or time clause: "After an aromatase inhibitor, tamoxifen was given"
_FRONTED_CLAUSE = re.compile(
    r"^\W*(?:after|before|if|when|once|unlike|besides|instead\s+of|rather\s+than|with|without|following|during|"
    r"since|until|because|although|while|for)\b",
    re.I,
)
_COMMA = re.compile(r"\s*(?:drug|agent|medicine)?\s*,\s*$", re.I)
# the drug of an apposition ends it: a comma, a stop, a bracket (its brand) or "for"/"to" (what it is for)
_APPOSITION_END = re.compile(r"\s*(?:[,.;:)(®™]|$|(?:for|to|in)\s)", re.I)

# "One newer hormone therapy drug is exemestane": the class, the subject, opens the sentence
_SUBJECT_OPENING = re.compile(rf"\W*(?:(?:one|the|an?|another)\s+)?{_DESCRIBING}$", re.I)
_IS = re.compile(r"\s*(?:drugs?|agents?|medicines?|therapy)?\s*(?:is|was)\s+(?:now\s+|also\s+)?$", re.I)

_GROUP = r"(?:types?|kinds?|forms?|class(?:es)?|groups?|famil(?:y|ies)|categor(?:y|ies)|generations?)"
# "are a group of", "belong to a class of", ", which are a form of", "are one of the main types of", "is among the"
_KIND_COPULA = re.compile(
    rf"\s*(?:\([^()]{{1,40}}\)\s*)?,?\s*(?:which\s+|that\s+)?(?:(?:is|are|was|were)\s+(?:also\s+|all\s+|both\s+)?"
    rf"(?:(?:an?|one)\s+(?:{_DESCRIBING})?{_GROUP}\s+of|one\s+of\s+the\s+(?:{_DESCRIBING})?{_GROUP}\s+of|among\s+the)"
    rf"|belongs?\s+to\s+(?:an?|the)\s+(?:{_DESCRIBING})?{_GROUP}\s+of)\s+(?:{_DESCRIBING})?$",
    re.I,
)
# "Among the PARP inhibitors, olaparib ...", "Of the checkpoint inhibitors, ...", "Like other PARP inhibitors, ..."
_PARTITIVE = re.compile(r"\W*(?:among|of|like\s+other|as\s+with\s+other)\s+(?:the\s+|all\s+)?(?:\w+\s+)?$", re.I)
_THEN_SUBJECT = re.compile(r"\s*(?:drugs?|agents?|medicines?|therapies)?\s*,\s*(?:the\s+(?:drug|agent|medicine)\s+)?$",
                           re.I)


def member_phrases(sentence: Sentence, read: list[Statement]) -> Iterator[Statement]:
    """``member_of_class`` from the four ways of the module docstring, less the pairs the sentence already gave
    (``read``: the statements other rules read from it).

    >>> from kg.documents import parse_document
    >>> from kg.pipeline import analyse_document
    >>> doc = parse_document("One newer hormone therapy drug is exemestane.", "x.md")
    >>> [(s.subject_text, s.object_text) for s in analyse_document(doc).statements]
    [('exemestane', 'hormone therapy')]
    """
    known = {(s.subject, s.object) for s in read if s.predicate == "member_of_class"}
    for statement in (*_class_first_appositions(sentence), *_class_subjects(sentence), *_kind_copulas(sentence),
                      *_partitives(sentence)):
        if (statement.subject, statement.object) not in known:
            known.add((statement.subject, statement.object))
            yield statement


def _class_first_appositions(sentence: Sentence) -> Iterator[Statement]:
    """"a targeted therapy, vemurafenib": an article, the class, a comma and the drug, which ends the phrase."""
    text = sentence.document.text
    mentions = sentence.of(*DRUGLIKE)
    for cls, drug in itertools.pairwise(mentions):
        if cls.type != "drug_class" or drug.type != "drug":
            continue
        before = text[sentence.start : cls.start]
        if not _ARTICLE_BEFORE.search(before[-60:]) or _FRONTED_CLAUSE.match(before):
            continue
        if not _COMMA.fullmatch(text[cls.end : drug.start]) or not _APPOSITION_END.match(text, drug.end):
            continue
        if _listed_on(sentence, drug):
            continue  # "chemotherapy that included a fluoropyrimidine, oxaliplatin, and irinotecan": a list
        yield sentence.statement(drug, "member_of_class", cls, "apposition", 0.75)


_LIST_ON = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:and\s+|or\s+)?(?:an?\s+|the\s+)?$", re.I)


def _listed_on(sentence: Sentence, drug: Mention) -> bool:
    """Whether another drug or class follows the drug after a list comma ("A, B, and C")."""
    text = sentence.document.text
    after = [m for m in sentence.of(*DRUGLIKE) if m.start >= drug.end]
    return bool(after) and _LIST_ON.fullmatch(text[drug.end : after[0].start]) is not None


def _class_subjects(sentence: Sentence) -> Iterator[Statement]:
    """"One newer hormone therapy drug is exemestane": the sentence opens with the class, and "is" names the drug."""
    text = sentence.document.text
    mentions = sentence.of(*DRUGLIKE)
    if len(mentions) < 2:
        return
    cls, drug = mentions[0], mentions[1]
    if cls.type != "drug_class" or drug.type != "drug" or not _SUBJECT_OPENING.fullmatch(
            text[sentence.start : cls.start]):
        return
    if _IS.fullmatch(text[cls.end : drug.start]) and _APPOSITION_END.match(text, drug.end):
        yield sentence.statement(drug, "member_of_class", cls, "copula", 0.75)


def _kind_copulas(sentence: Sentence) -> Iterator[Statement]:
    """"Kinase inhibitors are a group of targeted drugs", "Olaparib is among the PARP inhibitors": the subject (a
    drug or a class) is one of the class after the group noun."""
    text = sentence.document.text
    mentions = sentence.of(*DRUGLIKE)
    for subject, cls in itertools.pairwise(mentions):
        if cls.type != "drug_class" or subject.id == cls.id:
            continue
        if _KIND_COPULA.fullmatch(text[subject.end : cls.start]):
            yield sentence.statement(subject, "member_of_class", cls, "copula", 0.75)


def _partitives(sentence: Sentence) -> Iterator[Statement]:
    """"Among the PARP inhibitors, olaparib ...", "Like other PARP inhibitors, niraparib ...": the class opens the
    sentence and the drug right after the comma is one of it."""
    text = sentence.document.text
    mentions = sentence.of(*DRUGLIKE)
    if len(mentions) < 2:
        return
    cls, drug = mentions[0], mentions[1]
    if cls.type == "drug_class" and drug.type == "drug" and _PARTITIVE.fullmatch(text[sentence.start : cls.start]) \
            and _THEN_SUBJECT.fullmatch(text[cls.end : drug.start]):
        yield sentence.statement(drug, "member_of_class", cls, "apposition", 0.75)



# "Tamoxifen is not an aromatase inhibitor", "a PARP inhibitor, not a chemotherapy drug": the class right after the
# denial is not the drug's kind (but "instead of the chemotherapy drug X" swaps drugs and denies no kind)
_DENIED_KIND = re.compile(
    r"(?:\bnot|n't|\bnever)\s+(?:(?:an?|the|one\s+of\s+the)\s+)?"
    r"(?:(?:type|kind|class|form|group|member)\s+of\s+(?:the\s+)?)?$",
    re.I,
)


def denied_kinds(sentence: Sentence, read: list[Statement]) -> list[Statement]:
    """The statements read from a sentence, with each ``member_of_class`` whose class comes right after a denial
    ("is not a", ", not a") marked negated.

    >>> from kg.documents import parse_document
    >>> from kg.pipeline import analyse_document
    >>> doc = parse_document("Tamoxifen is not an aromatase inhibitor.", "x.md")
    >>> [(s.subject_text, s.object_text, s.evidence.negated) for s in analyse_document(doc).statements]
    [('Tamoxifen', 'aromatase inhibitor', True)]
    """
    text = sentence.document.text
    denied = {c.id for c in sentence.of("drug_class")
              if _DENIED_KIND.search(text[max(sentence.start, c.start - 40) : c.start])}
    if not denied:
        return read
    return [dataclasses.replace(s, evidence=dataclasses.replace(s.evidence, negated=True))
            if s.predicate == "member_of_class" and s.object in denied and s.evidence.start == sentence.start
            else s for s in read]
