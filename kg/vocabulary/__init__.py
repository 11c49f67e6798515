"""The vocabulary: terms, synonyms, cross-references and curated relations compiled from public sources.

>>> from kg.vocabulary import default_vocabulary
>>> default_vocabulary().lookup("RAD001")[0].label
'everolimus'
"""

from kg.vocabulary.compile import compile_vocabulary
from kg.vocabulary.store import Vocabulary, default_vocabulary

__all__ = ["Vocabulary", "compile_vocabulary", "default_vocabulary"]
