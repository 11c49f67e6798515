"""Drug classes named for their target that the dictionary reads as something else:

- a drug vocabulary name shaped like a class ("anti-CD20 antibody", "EZH2 inhibitor": NCIt and ChEMBL list such
  names for unnamed or code-named agents) is, in running text, the kind of drug: the class pattern's mention of the
  same words wins over the drug;
- a target written out in words before a class word ("the Bruton tyrosine kinase inhibitor zanubrutinib", "a
  thymidine phosphorylase inhibitor") names the class of drugs acting on that target, not the target (nor a
  biomarker, nor the shorter "tyrosine kinase inhibitor" inside it).

Written from research news and PDQ pages that name a drug by its class and target, not from one article.
"""

from __future__ import annotations

import re

from kg.identifiers import mint
from kg.model import Mention
from kg.vocabulary.store import Vocabulary

# the class shape: a target's name, perhaps "anti-" before it and "-directed"/"-targeted" after it, then the class
# word ("anti-CCR4 monoclonal antibody", "CD38-directed antibody", "EZH2 inhibitor")
_CLASS_SHAPE = re.compile(
    r"^(?:anti[- ‐–]?)?[\w/-]+?(?:[- ‐–](?:directed|targeted|targeting))?[- ](?:monoclonal )?"
    r"(?:antibod(?:y|ies)|inhibitors?|antagonists?|blockers?)$",
    re.I,
)
_CLASS_WORD = re.compile(r"(?<=[ -])(inhibitor|antagonist|blocker)s?\b")
_WORD = re.compile(r"[\w'’()/-]+")
_WORDS = 6  # a written-out target name is at most this many words ("hypoxia-inducible factor 2 alpha")


def classes_not_drugs(mentions: list[Mention]) -> list[Mention]:
    """The mentions without the dictionary drugs whose words are shaped like a class and that the class pattern
    read as a class on the same span.

    >>> drug = Mention("d", 4, 22, "anti-CD20 antibody", "KG:drug/x", "Anti-CD20 antibody", "drug", "dictionary", 0.9)
    >>> cls = Mention("d", 4, 22, "anti-CD20 antibody", "KG:c/x", "anti-CD20 antibody", "drug_class", "pattern", 0.8)
    >>> [m.type for m in classes_not_drugs([drug, cls])]
    ['drug_class']
    """
    spans = {(m.start, m.end) for m in mentions if m.type == "drug_class" and m.method == "pattern"}
    if not spans:
        return mentions
    return [m for m in mentions if not (m.type == "drug" and m.method == "dictionary" and (m.start, m.end) in spans
                                        and _CLASS_SHAPE.match(m.text))]


def written_target_classes(mentions: list[Mention], text: str, vocabulary: Vocabulary, doc: str = "") -> list[Mention]:
    """The mentions with each "<target written in words> inhibitor/antagonist/blocker" read as one class mention
    (the vocabulary's class for the target's symbol when it has one, else a class minted for it). A one-word name
    must be one the linker read as a target (or a gene's marker) there; a longer one is looked up.

    >>> from kg.vocabulary import default_vocabulary
    >>> t = "the Bruton tyrosine kinase inhibitor zanubrutinib"
    >>> [(m.text, m.type) for m in written_target_classes([], t, default_vocabulary())]
    [('Bruton tyrosine kinase inhibitor', 'drug_class')]
    """
    if "inhibitor" not in text and "antagonist" not in text and "blocker" not in text:
        return mentions
    added: list[Mention] = []
    removed: set[int] = set()
    read_as_targets = {(m.start, m.end) for m in mentions if m.type in ("target", "biomarker")}
    for match in _CLASS_WORD.finditer(text):
        found = _target_before(read_as_targets, text, match.start() - 1, vocabulary)
        if found is None:
            continue
        start, target_label = found
        end = match.end()
        inside = [m for m in mentions if m.start < end and start < m.end]
        if any(m.start < start or m.end > end or m.type not in ("target", "biomarker", "drug_class") for m in inside):
            continue  # a longer name, or something other than a target or a shorter class, is there
        if any(m.type == "drug_class" and m.start == start for m in inside):
            continue  # the dictionary's own class already starts with the target
        class_id, label = _class_for(target_label, match.group(1), vocabulary)
        added.append(Mention(doc, start, end, text[start:end], class_id, label, "drug_class", "pattern", 0.75))
        removed.update(id(m) for m in inside)
    if not added:
        return mentions
    kept = [m for m in mentions if id(m) not in removed]
    return sorted(kept + added, key=lambda m: (m.start, m.end, m.id))


def _target_before(read_as_targets: set[tuple[int, int]], text: str, end: int,
                   vocabulary: Vocabulary) -> tuple[int, str] | None:
    """The start and the target label of the longest target name ending at ``end`` (words before a class word);
    ``read_as_targets``: the spans the linker read as a target or a gene's marker."""
    window_start = max(0, end - 80)
    words = list(_WORD.finditer(text, window_start, end))
    if not words or words[-1].end() != end:
        return None
    for count in range(min(_WORDS, len(words)), 0, -1):
        start = words[-count].start()
        name = text[start:end]
        if "\n" in name or (count == 1 and (start, end) not in read_as_targets):
            continue  # one word is a target only where the linker read it as one (its case rules applied)
        targets = [t for t in vocabulary.lookup(name) if t.type == "target"]
        if targets:
            return start, targets[0].label
    return None


def _class_for(target_label: str, class_word: str, vocabulary: Vocabulary) -> tuple[str, str]:
    """The id and label of the class of drugs acting on the target: the vocabulary's when it knows the class
    under the target's label ("BTK inhibitor"), else minted under that label.

    >>> from kg.vocabulary import default_vocabulary
    >>> _class_for("CYP19A1", "inhibitor", default_vocabulary())[0]
    'KG:drug_class/cyp19a1-inhibitor'
    """
    label = f"{target_label} {class_word}"
    known = [t for t in vocabulary.lookup(label) if t.type == "drug_class"]
    if known:
        return known[0].id, known[0].label
    return mint("drug_class", label), label
