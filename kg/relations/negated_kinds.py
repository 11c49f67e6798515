"""A drug or class written with the prefix "non-" names what the treatment is not: "non-hormonal drug therapy" (the
antidepressants and anticonvulsants used for hot flashes), "a non-anthracycline regimen". The linker finds the class
after the hyphen ("hormonal drug therapy"), so the relation rules read the drugs listed under "Side effects of
non-hormonal drug therapy may include:" as members of hormone therapy and their side effects as the class's. A
statement whose drug or class is only named after "non-" in its evidence is left out (the mention stays where it is,
so the items of such a lead-in are not given to a drug named further back).
"""

from __future__ import annotations

import re

from kg.model import Statement

__all__ = ["without_negated_kinds"]


def without_negated_kinds(read: list[Statement]) -> list[Statement]:
    """The statements without those whose subject or object is named only right after "non-" in the evidence.

    >>> from kg.model import Evidence
    >>> evidence = Evidence("x", "Side effects of non-hormonal drug therapy may include: [...] nausea", 0, 60, "list")
    >>> effect = Statement("C1", "has_adverse_effect", "A1", evidence, "hormonal drug therapy", "nausea")
    >>> without_negated_kinds([effect])
    []
    """
    return [s for s in read if not (_only_negated(s.evidence.sentence, s.subject_text) or
                                    _only_negated(s.evidence.sentence, s.object_text))]


def _only_negated(sentence: str, name: str) -> bool:
    """Whether every place the sentence names ``name`` follows "non-" ("non-hormonal drug therapy").

    >>> _only_negated("the non-anthracycline arm", "anthracycline")
    True
    >>> _only_negated("the anthracycline arm and the non-anthracycline arm", "anthracycline")
    False
    """
    if "non-" not in sentence.lower() or not name:
        return False
    places = [m.start() for m in re.finditer(re.escape(name), sentence)]
    return bool(places) and all(re.search(r"(?<![A-Za-z])non-$", sentence[max(0, p - 5) : p], re.I) for p in places)
