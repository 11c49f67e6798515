"""Learning names from the corpus's own links (``kg vocab learn``): the half of corpus learning that needs
the linker's name rules. The learned names are data of the vocabulary (:mod:`kg.vocabulary.learned` reads,
writes and merges them), so the imports run one way: linking → vocabulary.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from kg.documents import DocumentError, iter_document_paths, read_document
from kg.identifiers import mint
from kg.linking.anchors import anchor_label, guess_type
from kg.linking.links import parse_link_target
from kg.linking.matcher import name_key
from kg.linking.name_checks import GENERIC_KEYS, plausible_name
from kg.linking.resolve import resolve_name
from kg.vocabulary.learned import MAX_NAME_WORDS, MIN_NAME_LENGTH, LearnedName, write_learned
from kg.vocabulary.store import Vocabulary


def learn_from_corpus(paths: Sequence[Path], vocabulary: Vocabulary) -> list[LearnedName]:
    """Learn names from the dictionary and drug-page links of every document under ``paths``.

    Documents that cannot be read are skipped (``kg build`` reports them).

    >>> names = learn_from_corpus([Path("seeds")], Vocabulary.load(learned=False))
    >>> all(n.xref.startswith("NCIDICT:") for n in names)
    True
    """
    anchors: dict[str, Counter[str]] = defaultdict(Counter)
    documents: dict[str, set[str]] = defaultdict(set)
    words: Counter[str] = Counter()
    for given in paths:
        for path in iter_document_paths([given]):
            try:
                document = read_document(path, root=given if given.is_dir() else None)
            except DocumentError:
                continue
            words.update(_WORD.findall(document.text))
            for link in document.links:
                target = parse_link_target(link.target)
                if target is None or target.kind != "dictionary" or not target.curie:
                    continue
                anchor = " ".join(link.text.split())
                if " (" in anchor:
                    anchor = anchor[: anchor.index(" (")]
                if len(anchor) >= MIN_NAME_LENGTH and len(anchor.split()) <= MAX_NAME_WORDS:
                    anchors[target.curie][anchor] += 1
                    documents[target.curie].add(document.id)
    return _resolve_all(anchors, documents, vocabulary) + ordinary_brands(words, vocabulary)


_WORD = re.compile(r"\b[A-Za-z][a-z]+\b")
ORDINARY_USES = 5  # a brand written this often in lower case, and not less often than as the brand, is a word


def ordinary_brands(words: Counter[str], vocabulary: Vocabulary) -> list[LearnedName]:
    """Brand names that the corpus uses as ordinary words ("Choice" is a brand of warfarin; the corpus writes
    "choice" 300 times and "Choice" 13, in titles such as "Treatment of Choice for ..."). They are learned as
    ``word`` rows, which :func:`kg.vocabulary.learned.merge_learned` takes out of the drug's brands.

    >>> from kg.model import Term
    >>> vocab = Vocabulary({"D": Term("D", "drug", "warfarin", brands=("Choice", "Coumadin"))}, [])
    >>> [(n.name, n.type, n.entity) for n in ordinary_brands(Counter(choice=9, Choice=2, coumadin=1), vocab)]
    [('Choice', 'word', 'D')]
    """
    found: list[LearnedName] = []
    for term in vocabulary.terms.values():
        if term.type != "drug":
            continue
        for brand in term.brands:
            if len(brand) < 4 or not brand.isalpha() or not (brand[0].isupper() and brand[1:].islower()):
                continue
            lower = words[brand.lower()]
            if lower >= ORDINARY_USES and lower >= words[brand]:
                found.append(LearnedName(brand, term.id, "word", term.label, "", lower))
    return found


def _resolve_all(
    anchors: dict[str, Counter[str]], documents: dict[str, set[str]], vocabulary: Vocabulary
) -> list[LearnedName]:
    learned: list[LearnedName] = []
    for curie in sorted(anchors):
        ranked = sorted(anchors[curie].items(), key=lambda item: (-item[1], item[0]))
        entity: tuple[str, str, str] | None = None
        term = vocabulary.by_xref(curie)
        if term is not None:
            entity = (term.id, term.type, term.label)
        # first an anchor that is a term's own label, then a several-word synonym
        for exact in (True, False):
            for anchor, _ in ranked:
                if entity is not None:
                    break
                found = resolve_name(vocabulary, anchor)
                if found is None or not _names_it(anchor, found.label):
                    continue
                if not exact or name_key(anchor).rstrip("s") == name_key(found.label).rstrip("s"):
                    entity = (found.id, found.type, found.label)
        if entity is None:
            guessed = guess_type(ranked[0][0])
            if guessed is None or " " not in name_key(ranked[0][0]) or name_key(ranked[0][0]) in GENERIC_KEYS:
                continue
            label = anchor_label(ranked[0][0], guessed)
            entity = (curie if curie.startswith("NCIDICT:") else mint(guessed, label), guessed, label)
        entity_id, entity_type, label = entity
        for anchor, _ in ranked:
            if (plausible_name(entity_type, name_key(anchor), anchor) and _names_it(anchor, label)
                    and not named_elsewhere(vocabulary, anchor, entity_id, entity_type)):
                learned.append(LearnedName(anchor, entity_id, entity_type, label, curie, len(documents[curie])))
    return learned


def named_elsewhere(vocabulary: Vocabulary, anchor: str, entity_id: str, entity_type: str) -> bool:
    """A disease anchor that the sources already give, as label or synonym, to another disease is not learned
    for this one: a dictionary entry linked once from the specific wording and elsewhere from the general one
    ("[squamous cell carcinoma] of the head and neck") would otherwise make the specific name a synonym of the
    general disease and take the sources' own, more specific entity's place (ties in look-up are not ranked).

    >>> from kg.model import Term
    >>> general = Term("M1", "disease", "squamous cell carcinoma")
    >>> specific = Term("M2", "disease", "head and neck SCC", synonyms=("SCC of the head and neck",))
    >>> vocab = Vocabulary({"M1": general, "M2": specific}, [])
    >>> named_elsewhere(vocab, "SCC of the head and neck", "M1", "disease")
    True
    >>> named_elsewhere(vocab, "SCC of the head and neck", "M2", "disease")
    False
    """
    if entity_type != "disease":
        return False  # across types, or for drugs and events, the corpus's reading is often the better one
    key = name_key(anchor).rstrip("s")
    own = vocabulary.get(entity_id)
    if own is not None and any(_carcinoma_key(name) == _carcinoma_key(anchor) for name in (own.label, *own.synonyms)):
        return False  # the entity's own name, or it with "cancer" for "carcinoma" ("renal cell cancer")
    for term in vocabulary.lookup(anchor):
        if term.id != entity_id and term.type == entity_type and any(
                name_key(name).rstrip("s") == key for name in (term.label, *term.synonyms)):
            return True
    return False


def _names_it(anchor: str, label: str) -> bool:
    """A one-word anchor is learned only when it is the entity's own name (plural allowed): one-word
    synonyms ("aggressive" for aggressive behavior, "HDACs" for HDAC9) are too often another sense."""
    key = name_key(anchor)
    if key.startswith("median "):
        return False  # "median overall survival" is a statistic of the endpoint, not another name of it
    return " " in key or key in (name_key(label), name_key(label) + "s")


def _carcinoma_key(name: str) -> str:
    return name_key(name).rstrip("s").replace("carcinoma", "cancer")


def learn(corpus: Path, out: Path) -> str:
    """Learn names from the corpus's links into ``out/learned.tsv.gz``; returns a short report.

    >>> "learned" in learn(Path("seeds"), Path(__import__("tempfile").mkdtemp()))
    True
    """
    names = learn_from_corpus([corpus], Vocabulary.load(learned=False))
    path = write_learned(names, out)
    entities = {n.entity for n in names}
    return f"learned {len(names)} names of {len(entities)} entities from {corpus}: {path}"


__all__ = ["learn", "learn_from_corpus", "named_elsewhere", "ordinary_brands"]
