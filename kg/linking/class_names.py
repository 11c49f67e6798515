"""Drug-class names written in two forms the dictionary cannot see whole:

- a coordination that shares one class word: "BRAF and MEK inhibitors" names the BRAF inhibitor class too;
- a target spelled out before its abbreviation: "mammalian target of rapamycin (mTOR) inhibitors" names the
  mTOR inhibitor class, not the target.

Each conjunct or spelled-out name is read as "<target> <class word>" and resolved like any class name: the
vocabulary's class when it knows the name, else a class minted for a known target.
"""

from __future__ import annotations

import re

from kg.identifiers import mint
from kg.model import Mention
from kg.vocabulary.store import Vocabulary

# the words that make a target into a class of drugs acting on it
_CLASS_WORD = r"(?:inhibitors?|antagonists?|agonists?|blockers?)"
# a target's short name: a letter, then at least one capital or digit ("MEK", "PD-L1", "CDK4/6", "mTOR")
_TARGET = r"[A-Za-z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*(?:[/-][A-Za-z0-9]+)*"
# a class mention that is one target name and a plural class word: the last conjunct of a coordination
_LAST_CONJUNCT = re.compile(rf"^({_TARGET})[ -]({_CLASS_WORD})$")
# the conjuncts before it: "EGFR, ALK, and " or "BRAF and " right before the class mention
_CONJUNCTS = re.compile(rf"(?<![\w/-])((?:{_TARGET},\s+)*{_TARGET},?\s+(?:and|or)\s+)$")
# "(mTOR) inhibitors": an abbreviation in parentheses right before a class word
_ABBREVIATED_CLASS = re.compile(rf"\(({_TARGET})\)[ -]({_CLASS_WORD})\b")


def class_name_forms(mentions: list[Mention], text: str, vocabulary: Vocabulary) -> list[Mention]:
    """The document's mentions with the classes of a coordination and of a spelled-out target read as such.

    >>> from kg.vocabulary import default_vocabulary
    >>> t = "BRAF and MEK inhibitors work."
    >>> m = Mention("d", 9, 23, "MEK inhibitors", "C:mek", "MEK inhibitor", "drug_class", "dictionary", 0.8)
    >>> [(x.text, x.label) for x in class_name_forms([m], t, default_vocabulary())]
    [('BRAF', 'BRAF inhibitor'), ('MEK inhibitors', 'MEK inhibitor')]
    """
    found = coordinated_classes(mentions, text, vocabulary) + spelled_out_classes(mentions, text, vocabulary)
    if not found:
        return mentions
    kept = [m for m in mentions if not any(f.start <= m.start and m.end <= f.end for f in found)]
    return sorted(kept + found, key=lambda m: (m.start, m.end, m.id))


def coordinated_classes(mentions: list[Mention], text: str, vocabulary: Vocabulary) -> list[Mention]:
    """A class mention for each target coordinated before a class mention ("PD-1 and PD-L1 inhibitors"),
    spanning the target's name.

    >>> from kg.vocabulary import default_vocabulary
    >>> t = "EGFR, ALK, or ROS1 inhibitors"
    >>> m = Mention("d", 14, 29, "ROS1 inhibitors", "C:ros1", "ROS1 inhibitor", "drug_class", "pattern", 0.8)
    >>> [(x.text, x.label) for x in coordinated_classes([m], t, default_vocabulary())]
    [('EGFR', 'epidermal growth factor receptor tyrosine kinase inhibitor'), ('ALK', 'ALK inhibitor')]
    """
    added: list[Mention] = []
    for mention in mentions:
        last = _LAST_CONJUNCT.match(mention.text) if mention.type == "drug_class" else None
        if last is None:
            continue
        before = text[max(0, mention.start - 100) : mention.start].rsplit("\n", 1)[-1]
        conjuncts = _CONJUNCTS.search(before)
        if conjuncts is None:
            continue
        origin = mention.start - len(before) + conjuncts.start(1)
        for target in re.finditer(_TARGET, conjuncts.group(1)):
            start, end = origin + target.start(), origin + target.end()
            found = _class_of(target.group(0), last.group(2), vocabulary)
            if found is not None:
                added.append(Mention(mention.doc, start, end, text[start:end], found[0], found[1], "drug_class",
                                     "pattern", 0.75))
    return added


def spelled_out_classes(mentions: list[Mention], text: str, vocabulary: Vocabulary) -> list[Mention]:
    """A class mention over "<long form> (<abbreviation>) <class word>", when the linker read the long form and
    its abbreviation as the same thing.

    >>> from kg.vocabulary import default_vocabulary
    >>> t = "poly (ADP-ribose) polymerase (PARP) inhibitors"
    >>> long = Mention("d", 0, 28, t[0:28], "T:parp", "PARP", "target", "dictionary", 0.8)
    >>> short = Mention("d", 30, 34, "PARP", "T:parp", "PARP", "target", "abbreviation", 0.8)
    >>> [(x.text, x.type) for x in spelled_out_classes([long, short], t, default_vocabulary())]
    [('poly (ADP-ribose) polymerase (PARP) inhibitors', 'drug_class')]
    """
    if "(" not in text:
        return []
    by_end = {m.end: m for m in mentions if m.method != "abbreviation"}
    by_start = {m.start: m for m in mentions}
    added: list[Mention] = []
    for match in _ABBREVIATED_CLASS.finditer(text):
        long = by_end.get(match.start() - 1) if text[match.start() - 1 : match.start()] == " " else None
        short = by_start.get(match.start(1))
        if long is None or short is None or short.id != long.id:
            continue  # the linker did not read the abbreviation as short for the words before it
        found = _class_of(match.group(1), match.group(2), vocabulary)
        if found is not None:
            added.append(Mention(long.doc, long.start, match.end(), text[long.start : match.end()], found[0],
                                 found[1], "drug_class", "pattern", 0.75))
    return added


def _class_of(target: str, class_word: str, vocabulary: Vocabulary) -> tuple[str, str] | None:
    """The id and label of the class "<target> <class word>": the vocabulary's own, else minted when the
    target is a known target (a gene or protein).

    >>> from kg.vocabulary import default_vocabulary
    >>> _class_of("MEK", "inhibitors", default_vocabulary())[1], _class_of("Phase", "blocker", default_vocabulary())
    ('Mitogen-Activated protein kinase kinase inhibitor', None)
    """
    label = f"{target} {class_word.removesuffix('s')}"
    known = [t for t in vocabulary.lookup(label) if t.type == "drug_class"]
    if known:
        return known[0].id, known[0].label
    if any(t.type == "target" for t in vocabulary.lookup(target)) and target.isupper():
        return mint("drug_class", label), label
    return None
