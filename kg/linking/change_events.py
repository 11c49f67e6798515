"""Side effects named as a change in a measurement: "a decrease in neutrophil count", "elevations of liver
enzymes", "drops in blood pressure", "loss of heart function", "damage to kidney function".

Research news names a laboratory or vital-sign side effect by the change rather than by the clinical term the
vocabularies list ("decreased neutrophil count", "elevated liver enzymes", "hypotension"). The change noun says
the direction; the measurement after "in"/"of" is looked up with the direction in front ("decreased X", "low X",
"elevated X", "high X"), longest measurement first, and only an adverse event the vocabulary knows is taken, so
"an increase in survival" or "a reduction in the risk of recurrence" name nothing. The measurement must end the
noun phrase ("a reduction in weight loss" is not a reduction in weight), a change the text denies ("no increase
in") names nothing, and a rise in appetite is what appetite stimulants are given for, not a side effect. An
organ's function lost or damaged ("loss of heart function") is the organ's decreased function, named by the
vocabulary's term when it has one and minted otherwise.
"""

from __future__ import annotations

import re

from kg.identifiers import mint
from kg.linking.resolve import resolve_name
from kg.linking.word_gates import says_any
from kg.model import Document, Mention
from kg.regex_prefilter import cues_of, prefilter_patterns
from kg.vocabulary.store import Vocabulary

# change nouns → the words a vocabulary puts in front of the measurement for that direction
_DOWN = ("decreased", "low", "reduced")
_UP = ("elevated", "increased", "high")
_DIRECTION = {"decrease": _DOWN, "decline": _DOWN, "drop": _DOWN, "fall": _DOWN, "reduction": _DOWN,
              "increase": _UP, "elevation": _UP, "rise": _UP}
_CHANGE = re.compile(r"(?<!\bno )(?<!\bwithout )(?<!\bwithout an )(?<!\bwithout a )"
                     r"\b(decrease|decline|drop|fall|reduction|increase|elevation|rise)s? (?:in|of) (?:the |your )?"
                     r"(?=((?:[a-z-]+ ){0,4}[a-z-]+))", re.IGNORECASE)
# what every match of each pattern has, in any case: a change word and "in"/"of", or an organ and "function"
_CHANGE_WORDS = tuple(f"{change}{plural} {joint}" for change in ("decrease", "decline", "drop", "fall", "reduction",
                                                                 "increase", "elevation", "rise")
                      for plural in ("", "s") for joint in ("in", "of"))
# what may follow a measurement that ends its noun phrase: punctuation, the end, or a word that starts no noun
_PHRASE_END = re.compile(r"\s*(?:[^\w\s-]|$)|\s+(?:and|or|but|in|of|on|at|to|for|from|with|without|by|among|after|"
                         r"during|than|that|which|who|compared|was|were|is|are|has|had|have|may|can|could|"
                         r"occurred|seen|reported)\b", re.IGNORECASE)
# measurements whose change is the aim of a treatment rather than its side effect
_NOT_EVENTS = frozenset({"appetite"})
# organs whose function is lost or damaged, with the word the "decreased <organ> function" names use
ORGANS: dict[str, str] = {"heart": "heart", "cardiac": "heart", "kidney": "kidney", "kidneys": "kidney",
                          "renal": "kidney", "liver": "liver", "hepatic": "liver", "lung": "lung", "lungs": "lung",
                          "thyroid": "thyroid", "ovarian": "ovarian", "bone marrow": "bone marrow"}
_ORGAN = "|".join(sorted(ORGANS, key=len, reverse=True))
_ORGAN_FUNCTIONS = tuple(f"{organ} function" for organ in ORGANS)
_ORGAN_FUNCTION = re.compile(rf"\b(?:loss|decline|decrease|reduction|impairment|damage) (?:of|in|to) (?:the )?"
                             rf"({_ORGAN}) function\b", re.IGNORECASE)


def _change_event(vocabulary: Vocabulary, change: str, words: list[str], text: str, start: int
                  ) -> tuple[int, str, str] | None:
    """(length of the measurement in words, id, label) of the longest measurement at ``start`` that ends its noun
    phrase and names an adverse event."""
    for size in range(len(words), 0, -1):
        phrase = " ".join(words[:size])
        if phrase in _NOT_EVENTS or not _PHRASE_END.match(text, start + len(phrase)):
            continue
        singular = phrase[:-1] if phrase.endswith("s") and not phrase.endswith("ss") else phrase
        for measure in dict.fromkeys((phrase, singular)):
            for word in _DIRECTION[change]:
                found = resolve_name(vocabulary, f"{word} {measure}", only=("adverse_event",))
                if found is not None:
                    return size, found.id, found.label
    return None


def change_event_mentions(document: Document, vocabulary: Vocabulary) -> list[Mention]:
    """Mentions of side effects named as a change in a measurement or an organ's function.

    >>> from kg.documents import parse_document
    >>> from kg.vocabulary import default_vocabulary
    >>> doc = parse_document("It caused a decrease in platelet count and drops in blood pressure.", "x.md")
    >>> [(m.text, m.label) for m in change_event_mentions(doc, default_vocabulary())]
    [('decrease in platelet count', 'decreased platelet count'), ('drops in blood pressure', 'hypotension')]
    >>> doc = parse_document("No increase in platelet count; a reduction in weight loss; more appetite.", "x.md")
    >>> change_event_mentions(doc, default_vocabulary())
    []
    >>> doc = parse_document("Some had a loss of kidney function; none had an increase in survival.", "x.md")
    >>> [(m.text, m.label) for m in change_event_mentions(doc, default_vocabulary())]
    [('loss of kidney function', 'decreased kidney function')]
    """
    text = document.text
    mentions: list[Mention] = []
    for match in cues_of(_CHANGE).finditer(text) if says_any(text, _CHANGE_WORDS) else ():
        found = _change_event(vocabulary, match.group(1).lower(), match.group(2).lower().split(), text, match.start(2))
        if found is None:
            continue
        size, entity_id, label = found
        end = match.start(2) + len(" ".join(match.group(2).split()[:size]))
        mentions.append(Mention(document.id, match.start(), end, text[match.start() : end], entity_id, label,
                                "adverse_event", "pattern", 0.75))
    for match in _ORGAN_FUNCTION.finditer(text) if says_any(text, _ORGAN_FUNCTIONS) else ():
        label = f"decreased {ORGANS[match.group(1).lower()]} function"
        resolved = resolve_name(vocabulary, label, only=("adverse_event",))
        entity_id, entity_label = (resolved.id, resolved.label) if resolved else (mint("adverse_event", label), label)
        mentions.append(Mention(document.id, match.start(), match.end(), match.group(0), entity_id, entity_label,
                                "adverse_event", "pattern", 0.75))
    return mentions


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
