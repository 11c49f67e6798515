"""``has_adverse_effect`` for the drugs a plural reference inside the sentence points back to: "Sorafenib and
sunitinib are pills. Patients taking these drugs may experience fatigue", "BRAF inhibitors are taken by mouth.
Patients treated with these agents can experience fever", "People who take them may get diarrhea".

The reading context resolves "These drugs ..." and "Both drugs ..." when they open a sentence; a writer as often puts
the reference after the patients who take the drugs. The drugs are those of the sentence before (less a comparator
it names "alone" or after "compared with"), the events those the patients experience after the reference.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Statement
from kg.relations import arm_comparators, cues, effect_cues
from kg.relations.sentence import DRUGLIKE, Sentence

# "patients taking these drugs", "people who receive both medicines", "women treated with them"
_ON_REFERENCE = re.compile(
    r"\b(?:patients|people|women|men|children|adults|participants|those|anyone|someone)\s+"
    r"(?:who\s+(?:take|took|takes|receive|received|receives|get|got|gets|are\s+given|were\s+given|"
    r"are\s+treated\s+with|were\s+treated\s+with)|taking|receiving|getting|given|treated\s+with|on)\s+"
    r"(?:(?:these|those|both|the\s+two|all\s+three|such)\s+(?:\w+\s+)?(?:drugs|agents|medicines|medications|"
    r"treatments|therapies|inhibitors|antibodies)|both|them)\b", re.I)


def referred_group_effects(sentence: Sentence, previous: Sentence | None) -> Iterator[Statement]:
    """``has_adverse_effect`` for each drug of the sentence before, from the events that patients on "these
    drugs" (or "them") experience.

    >>> from kg.documents import parse_document
    >>> from kg.model import Mention
    >>> text = "X and Y are pills. Patients taking these drugs may experience fatigue."
    >>> doc = parse_document(text, "x.md")
    >>> x, y = (Mention(doc.id, 0, 1, "X", "D1", "x", "drug", "dictionary", 0.9),
    ...         Mention(doc.id, 6, 7, "Y", "D2", "y", "drug", "dictionary", 0.9))
    >>> a = Mention(doc.id, 62, 69, "fatigue", "A1", "fatigue", "adverse_event", "dictionary", 0.9)
    >>> before, now = Sentence(doc, 0, 18, [x, y]), Sentence(doc, 19, 70, [a])
    >>> [(s.subject, s.object) for s in referred_group_effects(now, before)]
    [('D1', 'A1'), ('D2', 'A1')]
    """
    events = sentence.of("adverse_event")
    if not events or previous is None or [d for d in sentence.of(*DRUGLIKE) if d.start >= sentence.start]:
        return
    reference = _ON_REFERENCE.search(sentence.text)
    if reference is None:
        return
    text = sentence.document.text
    drugs = [d for d in previous.of(*DRUGLIKE) if d.start >= previous.start
             and not arm_comparators.is_comparator(text, previous.start, d)]
    drugs = list({d.id: d for d in drugs}.values())
    after = sentence.start + reference.end()
    for event in events:
        if event.start < after:
            continue
        between = text[after : event.start]
        if (not effect_cues.ARM_EXPERIENCED.match(between) or cues.FEWER.search(between)
                or cues.NEGATION.search(between)):
            continue  # "patients taking these drugs had fewer infections", "did not have A"
        for drug in drugs:
            yield sentence.statement(drug, "has_adverse_effect", event, "arm", 0.65, outside=True)
