"""A gene is a drug target only where the document says something acts on it.

The rulebook reads a bare gene name ("HER2", "BRCA1", "PD-L1") as a target when the text says a drug or class
acts on the gene's product (inhibits, blocks, targets, binds) and otherwise as the biomarker the page tests
("HER2 status", "BRCA1 mutation"). A target that no sentence of the document acts on, and that the page also
names as a biomarker, is read as that biomarker (a class named for the gene, "EGFR inhibitors", acts on it).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from kg.identifiers import mint
from kg.linking.resolve import resolve_name
from kg.model import Document, Mention
from kg.regex_prefilter import prefilter_patterns, words_before
from kg.sentences import sentence_around
from kg.vocabulary.store import Vocabulary

ACTION_CUES = re.compile(
    r"\b(?:inhibit\w*|block\w*|target\w*|bind\w*|attach\w*|acts? on|against|antagonist\w*|agonist\w*|"
    r"degrad\w*|interfer\w*|shuts? down|turns? off|stops?)\b",
    re.IGNORECASE,
)


def _base(label: str) -> str:
    return re.sub(r"\s+(?:status|mutations?|expression|fusions?|rearrangements?|amplification|levels?)$", "",
                  label).replace("‐", "-").upper()


_PROTEIN_LABEL = re.compile(r"\b(?:protein|receptor|antigen|ligand)\b", re.IGNORECASE)


def proteins_not_drugs(mentions: list[Mention], vocabulary: Vocabulary) -> list[Mention]:
    """A gene-like name that the vocabulary lists as a drug named for a protein ("CTLA-4" as "cytotoxic
    T-lymphocyte protein 4") is the protein: it becomes a mention of the gene. A plural acronym ("CARs") is
    no gene.

    >>> from kg.vocabulary import default_vocabulary
    >>> m = Mention("x", 0, 6, "CTLA-4", "NCIT:X", "cytotoxic T-Lymphocyte protein 4", "drug", "dictionary", 0.8)
    >>> [(x.type, x.label) for x in proteins_not_drugs([m], default_vocabulary())]
    [('target', 'CTLA4')]
    """
    result: list[Mention] = []
    for mention in mentions:
        if mention.type == "target" and re.fullmatch(r"[A-Z][A-Z0-9-]+s", mention.text):
            continue  # a plural acronym ("CARs") names things of a kind, not a gene
        compact = mention.text.replace("-", "")
        if mention.type == "drug" and _PROTEIN_LABEL.search(mention.label) and len(compact) <= 8 and \
                compact.isalnum() and not any(c.islower() for c in compact):
            found = resolve_name(vocabulary, compact, only=("target",))
            if found is not None:
                mention = replace(mention, id=found.id, label=found.label, type="target", xrefs=())
        result.append(mention)
    return result


_PROTEIN_HEAD = re.compile(
    r"^[\s-]+(?:kinases?|activated|receptors?|proteins?|pathways?|genes?|enzymes?|synthases?|phosphatases?)\b",
    re.IGNORECASE,
)


def drugs_inside_protein_names(mentions: list[Mention], text: str) -> list[Mention]:
    """A drug name that begins a protein's name ("tyrosine kinase", "mitogen-activated protein kinase",
    "vitamin D receptor") is part of that name, not the drug.

    >>> t = "the ALK tyrosine kinase protein"
    >>> m = Mention("x", 8, 16, "tyrosine", "KG:drug/tyrosine", "tyrosine", "drug", "dictionary", 0.8)
    >>> drugs_inside_protein_names([m], t)
    []
    """
    return [m for m in mentions
            if not (m.type == "drug" and _PROTEIN_HEAD.match(text[m.end : m.end + 20]))]


_NUMBERED_FAMILY = re.compile(
    r"\b((?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*)\s+\(([A-Z][A-Z0-9]{1,5})\)\s?(\d{1,2}[A-Z]?)\b"
)


_FAMILY_NUMBER = re.compile(r"\(([A-Z][A-Z0-9]{1,5})\)\s?(\d{1,2}[A-Z]?)\b")


def _numbered_families(text: str) -> list[re.Match[str]]:
    """The matches of ``_NUMBERED_FAMILY.finditer(text)``, found from their "(CDK) 4" part: the words before it
    are searched for only from four words back (and never before the end of the last match).

    >>> [m.group(0) for m in _numbered_families("cyclin-dependent kinase (CDK) 4 and (CDK) 6, a b c d e (AB) 12")]
    ['cyclin-dependent kinase (CDK) 4', 'and (CDK) 6', 'b c d e (AB) 12']
    """
    found: list[re.Match[str]] = []
    searched = 0
    for number in _FAMILY_NUMBER.finditer(text):
        start = max(searched, words_before(text, number.start(), 4))
        # one character past the number, so that the closing word boundary sees what follows it
        match = _NUMBERED_FAMILY.search(text, start, number.end() + 1)
        if match is not None:
            found.append(match)
            searched = match.end()
    return found


_MEMBER_NUMBER = re.compile(r"[-‐ ]?(\d)\b(?!\.\d)")


def family_members(mentions: list[Mention], text: str, vocabulary: Vocabulary) -> list[Mention]:
    """A protein family's name with a number after it names one gene: "VEGFR-2" is KDR (HGNC's alias VEGFR2),
    not the family VEGFR.

    >>> from kg.vocabulary import default_vocabulary
    >>> text = "It blocks VEGFR-2."
    >>> m = Mention("x", 10, 15, "VEGFR", "KG:target/vegfr", "VEGFR", "target", "dictionary", 0.9)
    >>> [(f.text, f.label) for f in family_members([m], text, default_vocabulary())]
    [('VEGFR-2', 'KDR')]
    """
    kept: list[Mention] = []
    for mention in mentions:
        number = _MEMBER_NUMBER.match(text, mention.end) if (
            mention.type == "target" and mention.id.startswith("KG:target/")) else None
        gene = next((g for g in (resolve_name(vocabulary, f"{mention.text}{joint}{number.group(1)}", only=("target",))
                                 for joint in ("", " ")) if g is not None), None) if number else None
        if number is None or gene is None or gene.id.startswith("KG:"):
            kept.append(mention)
            continue
        end = number.end()
        kept.append(replace(mention, end=end, text=text[mention.start : end], id=gene.id, label=gene.label,
                            name_kind="synonym"))
    return kept


def numbered_family_members(mentions: list[Mention], document: Document, vocabulary: Vocabulary) -> list[Mention]:
    """"cyclin-dependent kinase (CDK) 4": the family's abbreviation and a number name one gene (CDK4); "VEGFR-2" is
    KDR, not the family VEGFR.

    >>> from kg.documents import parse_document
    >>> from kg.vocabulary import default_vocabulary
    >>> doc = parse_document("It inhibits cyclin-dependent kinase (CDK) 4 and CDK6.", "x.md")
    >>> [(m.text, m.label) for m in numbered_family_members([], doc, default_vocabulary())]
    [('cyclin-dependent kinase (CDK) 4', 'CDK4')]
    """
    text = document.text
    added: list[Mention] = []
    for match in _numbered_families(text):
        words = match.group(1).split()
        short = match.group(2)
        spelled = [k for k in range(1, len(words) + 1)
                   if "".join(w[0] for w in re.split(r"[\s-]+", " ".join(words[-k:])) if w).upper() == short]
        if not spelled:
            continue
        start = match.start(1) + len(" ".join(words[: len(words) - spelled[0]])) + (
            1 if spelled[0] < len(words) else 0)
        found = resolve_name(vocabulary, short + match.group(3), only=("target",))
        if found is None or any(m.start < match.end() and start < m.end for m in mentions if m.type == "target"):
            continue
        added.append(Mention(document.id, start, match.end(), text[start : match.end()], found.id, found.label,
                             "target", "pattern", 0.75))
    kept = [m for m in mentions if not any(a.start < m.end and m.start < a.end for a in added)]
    return family_members(kept, text, vocabulary) + added


def _marker_name(mention: Mention) -> str:
    """The marker as the page names it, spelled as the biomarker patterns spell it ("estrogen receptor", "HER2").

    >>> _marker_name(Mention("x", 0, 17, "estrogen-receptor", "HGNC:3467", "ESR1", "target", "dictionary", 0.8))
    'estrogen receptor'
    >>> _marker_name(Mention("x", 0, 4, "Her2", "HGNC:3430", "ERBB2", "target", "dictionary", 0.8))
    'HER2'
    """
    text = mention.text.replace("‐", "-")
    if re.search(r"[a-z]{3,}-?[a-z]{3,}", text) and " " not in text.strip("-") and "-" not in text:
        return mention.label  # a one-word protein name ("aromatase"): the gene symbol names it
    if re.fullmatch(r"[A-Za-z]{2,}[0-9]*(?:[-/][A-Za-z0-9]+)?", text) and sum(c.isupper() for c in text) >= 1 \
            and len(text) <= 8:
        return text.upper()
    return re.sub(r"(?<=[a-z]{4})s$", "", re.sub(r"[-\s]+", " ", text.lower()).strip())  # "receptors"


def targets_or_biomarkers(mentions: list[Mention], document: Document) -> list[Mention]:
    """Target mentions of genes nothing acts on, re-read as the page's biomarker of that gene.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Women had HER2-negative disease. HER2 was measured.", "x.md")
    >>> ms = [Mention("x", 10, 23, "HER2-negative", "KG:b", "HER2 status", "biomarker", "pattern", 0.75),
    ...       Mention("x", 33, 37, "HER2", "HGNC:3430", "ERBB2", "target", "dictionary", 0.8)]
    >>> [(m.text, m.type) for m in targets_or_biomarkers(ms, doc)]
    [('HER2-negative', 'biomarker'), ('HER2', 'biomarker')]

    A class named in the sentence acts on its own gene, not on this one:

    >>> doc = parse_document("The cancer has the PD-L1 protein and was treated with an EGFR inhibitor.", "x.md")
    >>> ms = [Mention("x", 19, 24, "PD-L1", "HGNC:17635", "CD274", "target", "dictionary", 0.8),
    ...       Mention("x", 57, 71, "EGFR inhibitor", "KG:c", "EGFR inhibitor", "drug_class", "pattern", 0.8)]
    >>> [(m.text, m.type) for m in targets_or_biomarkers(ms, doc)]
    [('PD-L1', 'biomarker'), ('EGFR inhibitor', 'drug_class')]
    """
    biomarkers: dict[str, Mention] = {}
    for mention in mentions:
        if mention.type == "biomarker":
            biomarkers.setdefault(_base(mention.label), mention)
    acted_on: set[str] = set()
    class_names = sorted({m.text for m in mentions if m.type == "drug_class"}, key=len, reverse=True)
    class_ends = sorted(m.end for m in mentions if m.type == "drug_class")
    for mention in mentions:
        if mention.type != "target":
            continue
        sentence = sentence_around(document.text, mention.start, mention.end)
        if any(f"{name} of " in sentence for name in class_names) or _in_class_brackets(class_ends, mention,
                                                                                        document.text):
            acted_on.add(mention.id)  # "a tyrosine kinase inhibitor of c-MET and VEGFR-2", "a multikinase inhibitor
            continue  # (VEGFR-1, PDGFR)": the class acts on these
        for name in class_names:  # "received an EGFR inhibitor": the class acts on its own gene, not this one
            sentence = sentence.replace(name, " ")
        if ACTION_CUES.search(sentence):
            acted_on.add(mention.id)
    named_in_classes = " ".join(m.text.upper() for m in mentions if m.type == "drug_class")
    for mention in mentions:
        if mention.type == "target" and re.search(rf"\b{re.escape(mention.text.upper())}\b", named_in_classes):
            acted_on.add(mention.id)  # "EGFR inhibitors", "ALK-targeted therapy" act on the gene's product
    result: list[Mention] = []
    for mention in mentions:
        marker = biomarkers.get(mention.text.replace("‐", "-").upper()) or biomarkers.get(mention.label.upper())
        if mention.type == "target" and mention.id not in acted_on and marker is not None:
            result.append(replace(mention, id=marker.id, label=marker.label, type="biomarker", xrefs=()))
        elif mention.type == "target" and mention.id not in acted_on:
            label = f"{_marker_name(mention)} status"
            result.append(replace(mention, id=mint("biomarker", label), label=label, type="biomarker", xrefs=()))
        else:
            result.append(mention)
    return result


_OPEN_BRACKET = re.compile(r"\s*\([^()]{0,80}$")


def _in_class_brackets(class_ends: list[int], target: Mention, text: str) -> bool:
    """Whether the target is listed in brackets right after a class ("a multikinase inhibitor (KIT, PDGFR)"), given
    the sorted ends of the page's class mentions (only those up to 100 characters before the target are read).

    >>> text = "X is a multikinase inhibitor (KIT, PDGFR)."
    >>> kit = Mention("x", 30, 33, "KIT", "HGNC:6342", "KIT", "target", "dictionary", 0.8)
    >>> _in_class_brackets([28], kit, text), _in_class_brackets([4], kit, text)
    (True, False)
    """
    near = class_ends[bisect_left(class_ends, target.start - 100) : bisect_right(class_ends, target.start)]
    return any(_OPEN_BRACKET.fullmatch(text, end, target.start) for end in near)


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
