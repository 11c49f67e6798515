"""One drug class under the names its sources give it: "alkylating agent" (MeSH) and "alkylating drug" (NDF-RT),
"anti-coagulant" and "anticoagulant", "Non-Steroidal Anti-Inflammatory agent" and "nonsteroidal anti-inflammatory
drug" are one class each. Sources are matched by label only: a synonym that names a broader class ("tyrosine kinase
inhibitor" among the names of NDF-RT's kinase inhibitors) joins nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import Term
from kg.vocabulary.table import TermTable
from kg.vocabulary.text import fold

# products, not classes of drugs ("good cosmetic results" of surgery); their ids in MeSH and ChEBI
NOT_CLASSES = frozenset({"MESH:D003358", "CHEBI:64857"})  # Cosmetics
_NOT_CLASS_NAMES = frozenset({"cosmetic", "cosmetics"})
_KIND_WORD = re.compile(r"\b(?:agents?|drugs?|medicines?|medications?)\b")


def class_key(name: str) -> str:
    """A class label with its kind word ("agent", "drug") made one, hyphens and spaces dropped, singular.

    >>> class_key("Non-Steroidal Anti-Inflammatory agent") == class_key("nonsteroidal anti-inflammatory drugs")
    True
    >>> class_key("antimetabolite") == class_key("antineoplastic antimetabolite")
    False
    """
    key = _KIND_WORD.sub("drug", fold(name)).replace(" ", "")
    return key[:-1] if key.endswith("s") and not key.endswith("ss") else key


class ClassLabels:
    """The drug classes of a term table by :func:`class_key` of their labels, to merge a new source's class into
    the one it names differently.

    >>> table = TermTable(); _ = table.add(Term("MESH:D000477", "drug_class", "alkylating agent"))
    >>> labels = ClassLabels(table)
    >>> labels.resolve(Term("NDFRT:N1", "drug_class", "alkylating drug"))
    'MESH:D000477'
    >>> labels.resolve(Term("MESH:D003358", "drug_class", "cosmetics")) is None
    True
    """

    def __init__(self, table: TermTable) -> None:
        self.table = table
        self._ids: dict[str, str] = {}
        for term in table.terms():
            if term.type == "drug_class":
                self._ids.setdefault(class_key(term.label), term.id)

    def resolve(self, term: Term) -> str | None:
        """Merge the class into the known class it matches (id, cross-reference, name, or label key), else add
        it; its id. A class left out on purpose (:data:`NOT_CLASSES`) is neither: None."""
        if {term.id, *term.xrefs} & NOT_CLASSES or fold(term.label) in _NOT_CLASS_NAMES:
            return None
        if self.table.match(term) is None:
            known = self._ids.get(class_key(term.label))
            if known is not None and self.table.find_xref(known) is not None:
                term = replace(term, xrefs=(*term.xrefs, known))
        found = self.table.resolve(term)
        if found is not None:
            self._ids.setdefault(class_key(term.label), found)
        return found
