"""Side effects stated as a clause rather than named: "patients may throw up", "you may feel sick to your
stomach", "your hair may fall out", "it can make it hard to sleep", "some people bleed more easily".

Patient pages say what happens to the reader with a verb where research news names the event. Each clause below
is read as the event the vocabulary names in its own words ("vomiting", "nausea", "alopecia"); a clause whose
event the vocabulary does not know names nothing. Whether the clause states a drug's side effect is left to the
context and the relation rules, as for a named event: "children with this tumor may throw up" is a mention and
no drug's effect.
"""

from __future__ import annotations

import re

from kg.linking.resolve import resolve_name
from kg.linking.word_gates import says_any
from kg.model import Document, Mention
from kg.vocabulary.store import Vocabulary

# "may", "can also", "will likely": what may stand between a subject and its verb
_MODAL = r"(?:(?:may|can|might|could|will|would|often|usually|also|sometimes|likely|to|begin\s+to|start\s+to)\s+){0,3}"
_POSSESSIVE = r"(?:your|their|his|her|the|one's)"

# (clause, the vocabulary's name of the event it states, words one of which every match of the clause holds)
_CLAUSES: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (re.compile(r"\b(?:throw|throws|threw)\s+up\b", re.IGNORECASE), "vomiting", ("throw", "threw")),
    (re.compile(rf"\b(?:feel|feels|felt)\s+(?:sick|queasy)\s+(?:to|in|at)\s+{_POSSESSIVE}\s+stomachs?\b",
                re.IGNORECASE), "nausea", ("stomach",)),
    # "your hair may fall out", "causes hair to fall out", "lose your hair"
    (re.compile(rf"\bhair\s+{_MODAL}(?:fall|falls|fell|falling)\s+out\b|"
                rf"\b(?:lose|loses|lost|losing)\s+(?:(?:some|all|most)\s+(?:of\s+)?)?{_POSSESSIVE}\s+hair\b",
                re.IGNORECASE), "alopecia", ("hair",)),
    (re.compile(r"\b(?:bleed|bleeds)\s+(?:more\s+)?easily\b", re.IGNORECASE), "bleeding", ("bleed",)),
    (re.compile(r"\b(?:bruise|bruises)\s+more\s+easily\b", re.IGNORECASE), "bruise easily", ("bruise",)),
    (re.compile(r"\b(?:hard|difficult)\s+to\s+(?:sleep|fall\s+asleep)\b", re.IGNORECASE), "insomnia", ("sleep",)),
    # "disrupt the menstrual cycle", "changes in a woman's menstrual periods" stated as a verb
    (re.compile(r"\b(?:disrupt|disrupts|disrupted|disrupting|upset|upsets)\s+(?:the\s+|your\s+|her\s+|a\s+woman's\s+)?"
                r"menstrual\s+(?:cycles?|periods?)\b", re.IGNORECASE), "irregular menstruation", ("menstrual",)),
    # a site named after the event: the vocabulary types the name a disease, its place in a side-effect list makes it an
    # adverse event ("blood clots in the lungs" is a pulmonary embolism)
    (re.compile(r"\bblood\s+clots?\s+in\s+(?:the\s+|your\s+)?lungs?\b", re.IGNORECASE), "pulmonary embolism",
     ("clot",)),
    (re.compile(r"\bloss\s+of\s+(?:interest\s+in\s+or\s+)?ability\s+to\s+have\s+sex\b", re.IGNORECASE),
     "decreased libido", ("ability",)),
)
# every clause's words: a page without any of them is not scanned at all
_GATE_WORDS = tuple(word for _, _, words in _CLAUSES for word in words)


def clause_event_mentions(document: Document, vocabulary: Vocabulary) -> list[Mention]:
    """Mentions of side effects stated as clauses, each under the event the vocabulary names.

    >>> from kg.documents import parse_document
    >>> from kg.vocabulary import default_vocabulary
    >>> doc = parse_document("You may throw up, and your hair may fall out.", "x.md")
    >>> [(m.text, m.label) for m in clause_event_mentions(doc, default_vocabulary())]
    [('throw up', 'vomiting'), ('hair may fall out', 'alopecia')]
    >>> clause_event_mentions(parse_document("Your hair will grow back.", "x.md"), default_vocabulary())
    []
    """
    text = document.text
    mentions: list[Mention] = []
    if not says_any(text, _GATE_WORDS):
        return mentions
    for pattern, name, words in _CLAUSES:
        if not says_any(text, words):
            continue  # the page has none of the words this clause holds: no match
        found = None
        for match in pattern.finditer(text):
            found = found or resolve_name(vocabulary, name, only=("adverse_event",)) or resolve_name(
                vocabulary, name, only=("disease",))
            if found is None:
                break
            mentions.append(Mention(document.id, match.start(), match.end(), match.group(0), found.id, found.label,
                                    "adverse_event", "pattern", 0.75))
    return sorted(mentions, key=lambda m: m.start)

