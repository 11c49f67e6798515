"""Mechanism rules: ``inhibits`` and ``targets``, from verbs and from class names built on a target."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Mention, Statement
from kg.relations import cues
from kg.relations.list_items import opening_run
from kg.relations.sentence import Sentence, coordinated_before, subject_of

_BINDING_OF = re.compile(r"\b(?:binding|attachment)\s+of\s+(?:the\s+(?:drug\s+)?)?$", re.I)
_BOUND_TO = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?to\s+(?:the\s+)?(?:protein\s+)?$", re.I)


_SUBSET = re.compile(r"^\W*(?:some|other|many|most|several|a few|certain)\b", re.I)
# "an agent targeting a pathway that is regulated by the TSC1 gene": the pathway is acted on, not the gene
_PATHWAY_RULED_BY = re.compile(
    r"\bpathways?\s+(?:(?:that|which)\s+(?:is|are)\s+)?(?:regulated|controlled|activated|driven|affected)\s+by\b",
    re.I,
)
# "targeting the VEGF pathway", "the EGFR-MAPK pathway", "the programmed death-1 (PD-1) pathway": the name is a
# pathway's, and a signaling pathway is no target; nor is a pathway named as an example ("pathways, including VEGF")
_PATHWAY_AFTER = re.compile(
    r"(?:[-/][A-Za-z0-9]+)*\s*[)\]]?\s*(?:\([^()]{1,40}\)\s*)?(?:signal+ing\s+)?pathways?\b", re.I
)
_PATHWAYS_INCLUDING = re.compile(r"\bpathways\s*,?\s*(?:including|such\s+as|like)\s*$", re.I)


# a relative clause with a singular verb right after the drug: "A (Brand) and B (Brand), which targets X"
_SINGULAR_CLAUSE = re.compile(r"^\s*\)?\s*(?:\([^()]{0,60}\)\s*)?,?\s*(?:which|that)\s+(?:also\s+|\w+ly\s+)?\w+s\b",
                              re.I)


def mechanism(sentence: Sentence) -> Iterator[Statement]:
    """``inhibits`` / ``targets``: "everolimus inhibits mTOR", "blocks the activity of HER2"."""
    text = sentence.document.text
    for target in sentence.of("target"):
        drug, outside = subject_of(sentence, target)
        if drug is None:
            continue
        between = text[max(drug.end, sentence.start) : target.start]
        if len(between) > 160 or _acted_on_by_protein(sentence, target, max(drug.end, sentence.start)):
            continue
        if _PATHWAY_RULED_BY.search(between) or _names_a_pathway(text, target, between):
            continue
        # "Both nivolumab and pembrolizumab block PD-1": each coordinated subject acts on the target
        subjects = [drug, *(coordinated_before(sentence, drug) if not outside and not _SINGULAR_CLAUSE.match(
            between) else [])]  # but "A and B, which targets MEK": the clause is about B alone
        named_class = None if outside else class_of_examples(sentence, drug)
        if named_class is not None:
            drug, subjects = named_class, [named_class]  # "BRAF inhibitors (A or B) that block BRAF": the class
        bound = not outside and _BINDING_OF.search(text[max(sentence.start, drug.start - 30) : drug.start]) and (
            _BOUND_TO.match(between))  # "the binding of X to Y"
        if drug.type == "drug_class" and not outside and _SUBSET.match(text[sentence.start : drug.start]):
            continue  # "Other angiogenesis inhibitors bind to VEGF", "Some are antibodies that ...": some of a class
        # "trametinib (MEK inhibitor) plus dabrafenib (BRAF inhibitor) for patients with a BRAF V600E variant": a
        # class named on the way is no verb (the class's own target is read from its name, by `compositional`)
        between = _without_classes(sentence, between, max(drug.end, sentence.start))
        for subject in subjects:
            if bound:
                yield sentence.statement(subject, "targets", target, "verb", 0.8)
            elif cues.INHIBIT.search(between):
                yield sentence.statement(subject, "inhibits", target, "verb", 0.85, outside=outside)
            elif cues.TARGET.search(between):
                yield sentence.statement(subject, "targets", target, "verb", 0.8, outside=outside)


# "CLASS (A, B, or C) that block ...": the drugs in brackets are the class's examples; the clause after them
# describes the class
_EXAMPLE_LIST = re.compile(r"^\s*\(\s*$")
_EXAMPLES_INSIDE = re.compile(r"^[\w\s,/®™-]*$")
_CLOSING = re.compile(r"[\w\s,/®™-]*\)")
_CLAUSE_AFTER = re.compile(r"^[^()]*\)\s*,?\s*(?:that|which)\s", re.I)


_CLOSED = re.compile(r"\s*[),]")


def _without_classes(sentence: Sentence, between: str, start: int) -> str:
    """The words between a drug and a target with the drug classes closed by a bracket or comma blanked out ("A
    (BRAF inhibitor) for B"; but "an inhibitor of B" names what it inhibits).

    >>> from kg.documents import parse_document
    >>> doc = parse_document("A (BRAF inhibitor) for B", "x.md")
    >>> c = Mention(doc.id, 3, 17, "BRAF inhibitor", "C1", "braf inhibitor", "drug_class", "dictionary", 0.9)
    >>> _without_classes(Sentence(doc, 0, 24, [c]), doc.text[1:23], 1)
    ' (              ) for '
    """
    for found in sentence.of("drug_class"):
        if start <= found.start and found.end <= start + len(between) and _CLOSED.match(between, found.end - start):
            at = found.start - start
            between = between[:at] + " " * (found.end - found.start) + between[found.end - start :]
    return between


def class_of_examples(sentence: Sentence, drug: Mention, clause: bool = True) -> Mention | None:
    """The class whose bracketed examples ``drug`` is one of, when a relative clause follows the brackets (or
    whatever follows, with ``clause=False``): "MEK inhibitors (trametinib or binimetinib) that block MEK1" says the
    blocking of the class.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("MEK inhibitors (trametinib or binimetinib) that block MEK1.", "x.md")
    >>> cls = Mention(doc.id, 0, 14, "MEK inhibitors", "K1", "MEK inhibitor", "drug_class", "dictionary", 0.9)
    >>> a = Mention(doc.id, 16, 26, "trametinib", "D1", "trametinib", "drug", "dictionary", 0.9)
    >>> b = Mention(doc.id, 30, 41, "binimetinib", "D2", "binimetinib", "drug", "dictionary", 0.9)
    >>> class_of_examples(Sentence(doc, 0, 59, [cls, a, b]), b).text
    'MEK inhibitors'
    """
    text = sentence.document.text
    classes = [c for c in sentence.of("drug_class") if c.end <= drug.start]
    if not classes or drug.type != "drug":
        return None
    cls = classes[-1]
    opening = text.find("(", cls.end, drug.start)
    if opening < 0 or not _EXAMPLE_LIST.match(text[cls.end : opening + 1]):
        return None
    if not _EXAMPLES_INSIDE.match(text[opening + 1 : drug.start]) or not _CLOSING.match(text, drug.end):
        return None
    if clause and not _CLAUSE_AFTER.match(text[drug.end : sentence.end]):
        return None
    return cls


def _names_a_pathway(text: str, target: Mention, between: str) -> bool:
    """Whether the target's name stands for a signaling pathway here (rulebook: pathways are not targets).

    >>> text = "It targets the VEGF pathway."
    >>> vegf = Mention("d", 15, 19, "VEGF", "HGNC:12680", "VEGFA", "target", "dictionary", 0.9)
    >>> _names_a_pathway(text, vegf, "targets the ")
    True
    """
    return bool(_PATHWAY_AFTER.match(text, target.end) or _PATHWAYS_INCLUDING.search(between))


def _acted_on_by_protein(sentence: Sentence, target: Mention, since: int) -> bool:
    """"When PD-1 attaches to PD-L1": the verb before the target has another protein as its subject."""
    text = sentence.document.text
    for other in sentence.of("target"):
        if since <= other.start and other.end <= target.start and other.id != target.id:
            gap = text[other.end : target.start]
            if cues.TARGET.search(gap) or cues.INHIBIT.search(gap):
                return True
    return False


def compositional(sentence: Sentence, targets_by_text: dict[str, Mention]) -> Iterator[Statement]:
    """A class named for its target ("BRAF inhibitor", "anti-PD-1 antibody") acts on that target."""
    for cls in sentence.of("drug_class"):
        head = re.match(
            r"(?:anti[- ‐–]?)?([A-Za-z0-9/-]+?)(?:[- ]target(?:ed|ing))? (?:tyrosine kinase )?"
            r"(inhibitor|antagonist|blocker|agonist|(?:monoclonal )?antibod)",
            cls.text,
        )
        if not head:
            continue
        target = targets_by_text.get(head.group(1))
        if target is None:
            continue
        predicate = "inhibits" if head.group(2) in ("inhibitor", "antagonist", "blocker") else "targets"
        yield sentence.statement(cls, predicate, target, "compositional", 0.8)


# "Drugs that block CTLA-4 include ipilimumab", "medicines that target HER2, such as trastuzumab": the action is
# said of the drugs named after the lead
_DRUGS_THAT = re.compile(
    r"\b(?:drugs?|medicines?|agents?|therapies|treatments|antibodies|inhibitors)\s+(?:that|which)\s+"
    r"(?:(?:also|directly)\s+)?(\w+)\s+(?:the\s+)?(?:activity\s+of\s+(?:the\s+)?)?(?:proteins?\s+)?(?:called\s+)?$",
    re.I,
)
_NAMES_FOLLOW = re.compile(
    r"^\s*(?:\([^()]{1,40}\)\s*)?(?:proteins?\s*)?,?\s*(?:include|includes|including|such as|like|are|:)\s*", re.I
)


def described_actions(sentence: Sentence, targets_by_text: dict[str, Mention]) -> Iterator[Statement]:
    """``inhibits`` / ``targets`` for drugs named after "Drugs that block T include …", inline or as list items
    under such a lead-in."""
    text = sentence.document.text
    for target in sentence.of("target"):
        lead = _DRUGS_THAT.search(text[max(sentence.start, target.start - 80) : target.start])
        names = _NAMES_FOLLOW.match(text[target.end : sentence.end])
        if lead is None or names is None:
            continue
        predicate = _predicate(lead.group(1))
        if predicate is None:
            continue
        for drug in [m for m in sentence.of("drug") if m.start >= target.end + names.end()]:
            yield sentence.statement(drug, predicate, target, "verb", 0.8)
    if sentence.lead_in and not sentence.soft_lead and sentence.lead_in.rstrip().endswith(":"):
        for name, target in targets_by_text.items():
            lead = _DRUGS_THAT.search(sentence.lead_in[: sentence.lead_in.find(name)]) if name in sentence.lead_in \
                else None
            predicate = _predicate(lead.group(1)) if lead is not None else None
            if predicate is None:
                continue
            for drug in opening_run(sentence):
                if drug.type == "drug":
                    yield sentence.statement(drug, predicate, target, "list", 0.75, outside=True)


def _predicate(verb: str) -> str | None:
    if cues.INHIBIT.fullmatch(verb):
        return "inhibits"
    return "targets" if cues.TARGET.fullmatch(verb) else None
