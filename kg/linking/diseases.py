"""Disease mentions read the way the gold rulebook reads them.

- Stage and course qualifiers are not diseases of their own: "metastatic prostate cancer" is a mention of
  prostate cancer (a named sub-type such as "castration-resistant prostate cancer" stays itself).
- A sub-type qualified by a biomarker is the disease plus the biomarker: "HER2-positive breast cancer" gives
  breast cancer and HER2 status, "HPV-positive oropharyngeal cancer" oropharyngeal cancer and HPV status.
- Coordination ellipsis: "gynecologic, breast, and prostate cancers" and "mantle cell or indolent
  (slow-growing) lymphoma" name one disease per conjunct; the whole coordinated phrase is the mention of a
  conjunct that has no contiguous form, the last conjunct with the head its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.identifiers import mint
from kg.linking.name_checks import QUALIFIERS
from kg.linking.resolve import Candidate, resolve_name
from kg.model import Mention
from kg.regex_prefilter import prefilter_patterns
from kg.vocabulary.store import Vocabulary

_MARKER = re.compile(
    r"^((?:hormone|estrogen|progesterone)[- ]receptor|HR|ER|PR|[A-Z][A-Z0-9]{1,6}(?:-[A-Z0-9]{1,3})?)"
    r"[- ‐–](positive|negative)(?:,? (?:and|or) [A-Za-z0-9-]+[- ](?:positive|negative))*\s+",
)
_BASES = {"hr": "hormone receptor", "er": "estrogen receptor", "pr": "progesterone receptor"}
_HEAD = re.compile(r"(cancers?|carcinomas?|lymphomas?|leukemias?|tumou?rs?|sarcomas?|melanomas?|neoplasms?)$", re.I)
_CONJUNCT = r"[A-Za-z][\w-]*(?: [a-z][\w-]*)?(?: \([^()]{1,30}\))?"
_COORDINATION = re.compile(rf"((?:{_CONJUNCT},\s+)*{_CONJUNCT},?\s+(?:and|or)\s+)((?:{_CONJUNCT}\s+)?)$")
_AND_OR = re.compile(r"\s(?:and|or)\s")
# how every coordination ends (its last "and"/"or" and at most one conjunct after it): a cheap test first, as
# the coordination itself is tried at every position of the words before the head
_COORDINATION_END = re.compile(rf",?\s+(?:and|or)\s+(?:{_CONJUNCT}\s+)?$")


def _strip_parentheses(text: str) -> str:
    return " ".join(re.sub(r"\([^()]*\)", " ", text).split())


def _singular_head(head: str) -> str:
    return re.sub(r"(?<=[a-z])s$", "", head.lower())


def split_qualified(mention: Mention, vocabulary: Vocabulary) -> list[Mention]:
    """A disease mention with stage qualifiers folded and a leading biomarker split off.

    >>> from kg.vocabulary import default_vocabulary
    >>> m = Mention("d", 0, 27, "HER2-positive breast cancer", "MONDO:0006244", "x", "disease", "dictionary", 0.8)
    >>> [(x.text, x.type, x.label) for x in split_qualified(m, default_vocabulary())]
    [('HER2-positive', 'biomarker', 'HER2 status'), ('breast cancer', 'disease', 'breast cancer')]
    """
    if mention.type != "disease" or mention.method in ("link", "identifier"):
        return [mention]
    marker = _MARKER.match(mention.text)
    if marker:
        rest_start = mention.start + marker.end()
        rest = mention.text[marker.end() :]
        disease = resolve_name(vocabulary, rest, only=("disease",))
        if disease is None:
            return [mention]
        base = _BASES.get(marker.group(1).lower(), marker.group(1).replace("-", " ").lower()
                          if not marker.group(1).isupper() else marker.group(1))
        label = f"{base} status"
        marker_end = mention.start + len(marker.group(0).rstrip())
        return [
            Mention(mention.doc, mention.start, marker_end, mention.text[: marker_end - mention.start],
                    mint("biomarker", label), label, "biomarker", "pattern", 0.75),
            replace(mention, start=rest_start, text=rest, id=disease.id, label=disease.label, xrefs=()),
        ]
    words = mention.text.lower().split()
    if len(words) >= 2 and (words[0] in QUALIFIERS or words[0] in COURSE_WORDS):
        kept = words
        while len(kept) > 1 and (kept[0] in QUALIFIERS or kept[0] in COURSE_WORDS or (
                kept[0] in ("or", "and") and kept[1] in COURSE_WORDS)):
            kept = kept[1:]
        # "metastatic melanoma" is melanoma; "advanced cancer" stays (generic cancer is no disease of its own),
        # and a lone word is kept only after a stage or course word ("childhood leukemia" is a sub-type)
        alone = len(kept) == 1 and words[0] in COURSE_WORDS and kept[0] not in _GENERIC
        disease = resolve_name(vocabulary, " ".join(kept), only=("disease",))
        if disease is not None and (len(kept) >= 2 or alone) and disease.id != mention.id \
                and not _opposite_nature(words[: len(words) - len(kept)], disease.label):
            return [replace(mention, id=disease.id, label=disease.label, xrefs=())]
    return [mention]


def _opposite_nature(dropped: list[str], label: str) -> bool:
    """Whether folding away "malignant" (or "benign") would land on the opposite kind: "malignant fibrous
    histiocytoma" is no "benign fibrous histiocytoma".

    >>> _opposite_nature(["malignant"], "benign fibrous histiocytoma"), _opposite_nature(["malignant"], "melanoma")
    (True, False)
    """
    label_words = label.lower().split()
    return ("malignant" in dropped and "benign" in label_words) or ("benign" in dropped and "malignant" in label_words)



# stage and course words that never make a sub-type of their own
COURSE_WORDS = frozenset("""metastatic advanced recurrent relapsed refractory untreated early-stage late-stage
    locally-advanced newly-diagnosed previously-untreated""".split())
_GENERIC = frozenset("cancer cancers tumor tumors tumour tumours disease diseases neoplasm neoplasms".split())


def shared_heads(mention_text: str, closing: bool, head_noun: str, conjuncts: list[str]) -> list[str]:
    """The heads the conjuncts before a disease mention may share, longest first, down to the head noun.

    The last conjunct's own word opens the mention unless it stands before it ("papillary and follicular" +
    "thyroid carcinoma"). Conjuncts that are only stage or course words ("metastatic or recurrent head and neck
    squamous cell carcinoma") share the head noun alone, as qualifiers name no sub-type.

    >>> shared_heads("follicular thyroid carcinoma", False, "carcinoma", ["papillary"])
    ['thyroid carcinoma', 'carcinoma']
    >>> shared_heads("recurrent head and neck cancer", False, "cancer", ["metastatic"])
    ['cancer']
    """
    words = mention_text.split()
    if any(_qualifier_only(c) for c in conjuncts):
        return [head_noun]
    longer = [" ".join(words[k:]) for k in range(0 if closing else 1, len(words) - 1)]
    return [h[: len(h) - len(words[-1])] + _singular_head(words[-1]) for h in longer] + [head_noun]


def _qualifier_only(conjunct: str) -> bool:
    words = _strip_parentheses(conjunct).lower().split()
    return all(w in QUALIFIERS or w in COURSE_WORDS for w in words)


def _read_conjuncts(conjuncts: list[str], closing: bool, head: str, text: str, start: int,
                    vocabulary: Vocabulary) -> tuple[list[Candidate], int]:
    """:func:`_conjunct_diseases`, retried from the second conjunct when the first is a lead-in ("solid
    tumors, including breast and brain cancers": the list begins after the first comma)."""
    base = start
    while True:
        found, start = _conjunct_diseases(conjuncts, closing, head, text, base, vocabulary)
        listed = len(conjuncts) - (1 if closing else 0)  # those before "and"/"or"
        if found or listed < 2 or not text.startswith(",", base + len(conjuncts[0])):
            return found, start
        base = text.index(conjuncts[1], base + len(conjuncts[0]))
        conjuncts = conjuncts[1:]


def _conjunct_diseases(conjuncts: list[str], closing: bool, head_word: str, text: str, start: int,
                       vocabulary: Vocabulary) -> tuple[list[Candidate], int]:
    """The disease each conjunct names with the shared head, and where the coordination starts; none unless
    every listed conjunct names one ("head and neck" names none)."""
    found: list[Candidate] = []
    for index, conjunct in enumerate(conjuncts):
        name = _strip_parentheses(conjunct)
        disease = resolve_name(vocabulary, f"{name} {head_word}", only=("disease",))
        if disease is None and index == 0 and " " in name:  # "treats gynecologic": the conjunct is the end
            start += conjunct.index(" ") + 1
            disease = resolve_name(vocabulary, f"{name.split()[-1]} {head_word}", only=("disease",))
        if disease is not None:
            found.append(disease)
        elif index < len(conjuncts) - 1 or not closing:
            return [], start
    return found, start


def coordinated(mentions: list[Mention], text: str, vocabulary: Vocabulary) -> list[Mention]:
    """Mentions of the diseases a coordination names before a shared head ("breast and prostate cancers").

    >>> from kg.vocabulary import default_vocabulary
    >>> t = "It treats gynecologic, breast, and prostate cancers."
    >>> m = Mention("d", 35, 51, "prostate cancers", "MONDO:0008315", "prostate cancer", "disease", "dictionary", 0.9)
    >>> sorted({x.label for x in coordinated([m], t, default_vocabulary())})
    ['breast cancer', 'female reproductive organ cancer', 'prostate cancer']
    """
    added: list[Mention] = []
    covered: list[tuple[int, int]] = []
    for mention in mentions:
        head = _HEAD.search(mention.text) if mention.type == "disease" else None
        if head is None:
            continue
        before = text[max(0, mention.start - 120) : mention.start]
        if "\n" in before:
            before = before[before.rindex("\n") + 1 :]
        # the coordination needs ' and ' or ' or ': a cheap test first spares most searches
        match = _COORDINATION.search(before) if _AND_OR.search(before) and _COORDINATION_END.search(before) else None
        if match is None:
            continue
        start = mention.start - len(before) + match.start()
        conjuncts = [c for c in re.split(r",?\s+(?:and|or)(?:\s+|$)|,\s+", match.group(1).strip()) if c]
        if match.group(2).strip():
            conjuncts.append(match.group(2).strip())
        closing = bool(match.group(2).strip())
        origin = start
        for head_words in shared_heads(mention.text, closing, _singular_head(head.group(1)), conjuncts):
            found, start = _read_conjuncts(conjuncts, closing, head_words, text, origin, vocabulary)
            if found:
                break
        for disease in found:
            added.append(Mention(mention.doc, start, mention.end, text[start : mention.end], disease.id,
                                 disease.label, "disease", "pattern", 0.75))
        if found:
            covered.append((start, mention.start))
    kept = [m for m in mentions if not (m.type == "disease" and any(s <= m.start and m.end <= e for s, e in covered))]
    return kept + added


def read_diseases(mentions: list[Mention], vocabulary: Vocabulary) -> list[Mention]:
    """:func:`split_qualified` over a document's mentions.

    >>> read_diseases([], __import__("kg.vocabulary", fromlist=["x"]).default_vocabulary())
    []
    """
    return [part for mention in mentions if not _phase_or_status(mention)
            for part in split_qualified(mention, vocabulary)]


# Last words of a disease mention that make it a phase of a disease or a marker's status, not a disease.
_COURSE_OR_STATUS = frozenset({"phase", "deficient", "proficient", "positive", "negative", "mutated", "amplified",
                               "resistant", "sensitive", "refractory"})


def _phase_or_status(mention: Mention) -> bool:
    """"accelerated phase", "mismatch repair deficient" (linked or not), a sub-stage ("IVA"): a phase or a
    status, not the disease.

    >>> _phase_or_status(Mention("d", 0, 17, "accelerated phase", "M:1", "x", "disease", "link", 0.9))
    True
    >>> _phase_or_status(Mention("d", 0, 3, "IVA", "M:2", "x", "disease", "dictionary", 0.9))
    True
    """
    words = mention.text.lower().split()
    if mention.type == "disease" and _STAGE_NAME.fullmatch(mention.text):
        return True  # "stage IVA": a sub-stage written like an abbreviation is no disease
    return mention.type == "disease" and bool(words) and words[-1] in _COURSE_OR_STATUS


_STAGE_NAME = re.compile(r"(?:I{1,3}|IV|V)[A-E]\d?")


_POST_BEFORE = re.compile(r"\bpost[-‐ ]$", re.I)


def secondary_disease_heads(mentions: list[Mention], text: str) -> list[Mention]:
    """"post-polycythemia vera myelofibrosis": the disease named after "post-" only says what the one after it
    came from; the head (myelofibrosis) is the mention.

    >>> text = "post-polycythemia vera myelofibrosis"
    >>> pv = Mention("d", 5, 22, "polycythemia vera", "M:1", "polycythemia vera", "disease", "dictionary", 0.9)
    >>> mf = Mention("d", 23, 36, "myelofibrosis", "M:2", "myelofibrosis", "disease", "dictionary", 0.9)
    >>> [m.text for m in secondary_disease_heads([pv, mf], text)]
    ['myelofibrosis']
    """
    starts = {m.start for m in mentions if m.type == "disease"}
    return [m for m in mentions if not (
        m.type == "disease" and _POST_BEFORE.search(text[max(0, m.start - 5) : m.start])
        and (m.end + 1 in starts or m.end + 2 in starts))]


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
