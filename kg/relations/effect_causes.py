"""Events listed as the causes of a condition, or as what comes of something else, are not a context drug's.

The side-effect readers take a lead-in with a cause word ("X causes:", "may cause the following:") as saying that the
drug of the context causes the events listed under it. The noun "causes" says the opposite: "Underlying causes
(some of them potentially reversible) and their treatments include the following: - Anemia: blood transfusions."
lists what brings on a symptom (here, with its remedy), not what a drug brings on. A lead-in that names where the
events come from ("Other complications can develop from being unable to swallow:") gives them that origin. In both
cases the drug of the context gets none of the events; a drug the item names itself keeps its own.
"""

from __future__ import annotations

import re

from kg.model import Statement
from kg.relations.effect_holders import without_context_effects
from kg.relations.sentence import Sentence

# "Underlying causes", "Other causes of", "The most common causes", "Causes of fatigue include": the noun
_CAUSES_NOUN = re.compile(
    r"^(?:the\s+|some\s+|these\s+)?(?:(?:most\s+|less\s+|more\s+)?(?:common|underlying|possible|main|known|potential|"
    r"frequent|other|reversible|treatable|rare|usual|important|major)\s+)+causes\b|^causes\s+of\b", re.I)
# "can develop from being unable to swallow", "may result from the tumor pressing on": an origin that is no treatment
# (not "Side effects of X result from their anticholinergic properties": the drug's own)
_ORIGIN = re.compile(
    r"\b(?:develop|arise|result|come|stem)s?\s+from\s+(?!(?:their|its|it|them|these|this)\b|(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:treatments?|therap(?:y|ies)|drugs?|medicines?|medications?|agents?|chemotherapy)\b)", re.I)


def names_causes(lead_in: str) -> bool:
    """Whether a lead-in lists the causes of something (the noun "causes") or names a non-drug origin of what it
    lists.

    >>> names_causes("Underlying causes (some of them potentially reversible) include the following:")
    True
    >>> names_causes("Other complications can develop from being unable to swallow:")
    True
    >>> names_causes("This drug causes the following side effects:"), names_causes("Problems from the drug:")
    (False, False)
    >>> names_causes("Side effects may result from treatment with these drugs:")
    False
    >>> names_causes("Other side effects of SNRIs result from their anticholinergic properties and include:")
    False
    """
    text = lead_in.strip()
    return bool(_CAUSES_NOUN.match(text) or _ORIGIN.search(text))


def without_listed_causes(sentence: Sentence, read: list[Statement]) -> list[Statement]:
    """The statements read in a list item, without the side effects given to a drug from outside it when the
    item's lead-in lists causes or names another origin ("Underlying causes ... include: - Anemia." is not the
    anemia of a drug named before).

    >>> from kg.documents import parse_document
    >>> from kg.model import Evidence
    >>> doc = parse_document("Underlying causes include the following:\\n\\n- Anemia.\\n", "x.md")
    >>> effect = Statement("D1", "has_adverse_effect", "A1", Evidence("x", "", 44, 51, "list"), "nivolumab",
    ...                    "Anemia")
    >>> item = Sentence(doc, 44, 51, [])
    >>> item.lead_in = "Underlying causes include the following:"
    >>> without_listed_causes(item, [effect])
    []
    """
    # the first item may come glued to its lead-in ("... include the following: Tumor obstruction: ...")
    lead_in = sentence.lead_in or (sentence.text.split(":", 1)[0] if ":" in sentence.text else "")
    if not lead_in or not names_causes(lead_in) or not any(s.predicate == "has_adverse_effect" for s in read):
        return read
    return without_context_effects(sentence, read)
