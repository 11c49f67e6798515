"""Adverse events named the way articles name them, not the way vocabularies list them.

- Organ-system side effects: "cardiac side effects", "hematologic toxicities", "skin reactions", "toxicity in
  the liver", "problems with the heart", "damage to the kidneys", "skin-related side effects" name one adverse
  event each ("cardiac toxicity" is cardiotoxicity); the vocabulary's term is used when it knows the name,
  otherwise an adverse-event node is minted for it; "immune-related side effects" of immunotherapy are one node,
  immune-related adverse event.
- Inflamed organs: "heart inflammation", "inflammation in the lungs", "inflamed joints" name the organ's
  inflammation (myocarditis, pneumonitis, arthritis), or the name the text gives it ("..., called <name>").
- Comparatives: "lower than normal blood pressure" is low blood pressure, "a higher than normal level of
  calcium in the blood" high blood calcium.
- Coordination ellipsis: "muscle or joint aches", "low or high blood pressure", "enlarged and tender breasts",
  "liver and kidney problems" name one adverse event per conjunct. The conjunct with no contiguous form ("muscle
  aches") is mentioned by the whole coordinated phrase, as the gold rulebook keeps it; the last conjunct keeps its
  own mention.
"""

from __future__ import annotations

import re

from kg.identifiers import mint
from kg.linking.resolve import resolve_name
from kg.linking.span_index import SpanIndex
from kg.model import Document, Mention
from kg.regex_prefilter import prefilter_patterns
from kg.vocabulary.store import Vocabulary

# Organ-system words → the word the canonical "<system> toxicity" name uses (cue words, no event names).
SYSTEM_WORDS: dict[str, str] = {
    "cardiac": "cardiac", "heart": "cardiac", "cardiovascular": "cardiovascular",
    "hematologic": "hematologic", "hematological": "hematologic", "haematological": "hematologic",
    "blood": "hematologic", "liver": "liver", "hepatic": "liver", "kidney": "kidney", "renal": "kidney",
    "lung": "pulmonary", "pulmonary": "pulmonary", "skin": "skin", "dermatologic": "skin",
    "dermatological": "skin", "cutaneous": "skin", "gastrointestinal": "gastrointestinal", "GI": "gastrointestinal",
    "neurologic": "neurologic", "neurological": "neurologic", "nerve": "neurologic", "eye": "ocular",
    "ocular": "ocular", "endocrine": "endocrine", "thyroid": "thyroid", "immune": "immune",
}
_SYSTEM = "|".join(sorted(SYSTEM_WORDS, key=len, reverse=True))
_ORGAN_EVENT = re.compile(
    rf"\b({_SYSTEM})(?:[ -]related)?[ -]"
    rf"(side[- ]effects?|toxicit(?:y|ies)|adverse (?:events?|effects?)|reactions?|problems|damage)\b"
    rf"|\b(toxicit(?:y|ies)|problems|damage) (?:in|to|of|with) (?:the |your )?({_SYSTEM})s?\b"
    # not the organ's part or measure named next: "problems with blood clotting", "damage to nerve roots"
    r"(?! (?:roots?|clotting|clots?|pressure|sugar|vessels?|cells?|counts?|flow|tests?|supply|system|tissues?)\b)",
    re.IGNORECASE,
)


def _system(word: str) -> str:
    return SYSTEM_WORDS.get(word, SYSTEM_WORDS.get(word.lower(), word.lower()))


def organ_event_mentions(document: Document, vocabulary: Vocabulary) -> list[Mention]:
    """Mentions of organ-system side effects: "cardiac side effects", "skin reactions", "toxicity in the liver".

    >>> from kg.documents import parse_document
    >>> from kg.vocabulary import default_vocabulary
    >>> doc = parse_document("Hematologic side effects and skin reactions were common.", "x.md")
    >>> [(m.text, m.label) for m in organ_event_mentions(doc, default_vocabulary())]
    [('Hematologic side effects', 'hematologic toxicity'), ('skin reactions', 'skin reaction')]
    >>> doc = parse_document("It can cause problems with the heart and damage to your kidneys.", "x.md")
    >>> [(m.text, m.label) for m in organ_event_mentions(doc, default_vocabulary())]
    [('problems with the heart', 'cardiotoxicity'), ('damage to your kidneys', 'kidney toxicity')]
    >>> doc = parse_document("Skin-related side effects were rare.", "x.md")
    >>> [(m.text, m.label) for m in organ_event_mentions(doc, default_vocabulary())]
    [('Skin-related side effects', 'skin toxicity')]
    """
    mentions: list[Mention] = []
    for match in _ORGAN_EVENT.finditer(document.text):
        if match.group(1):
            system, head = _system(match.group(1)), match.group(2).lower()
        else:
            system, head = _system(match.group(4)), match.group(3).lower()
        event = system_event(vocabulary, system, head)
        if event is None:
            continue  # "allergic reactions" are named elsewhere; only skin reactions are an organ event here
        mentions.append(Mention(document.id, match.start(), match.end(), match.group(0), *event,
                                "adverse_event", "pattern", 0.75))
    return mentions


def system_event(vocabulary: Vocabulary, system: str, head: str) -> tuple[str, str] | None:
    """The adverse event (id, label) an organ system's side effects name: "<system> toxicity", a skin reaction,
    or the immune-related adverse event; None for another system's "reactions".

    >>> from kg.vocabulary import default_vocabulary
    >>> system_event(default_vocabulary(), "kidney", "problems")[1], system_event(default_vocabulary(), "liver",
    ...                                                                              "reactions")
    ('kidney toxicity', None)
    """
    kind = "reaction" if head.lower().startswith("reaction") else "toxicity"
    if kind == "reaction" and system != "skin":
        return None
    label = "immune-related adverse event" if system == "immune" else f"{system} {kind}"
    found = resolve_name(vocabulary, label, only=("adverse_event",))
    return (found.id, found.label) if found else (mint("adverse_event", label), label)


# Organs named with inflammation as a side effect ("liver inflammation", "inflammation of the lungs", "inflamed
# joints"): cue words, each with the word the vocabulary's "<organ> inflammation" names use.
ORGAN_WORDS: dict[str, str] = {
    "liver": "liver", "kidney": "kidney", "lung": "lung", "heart": "heart", "brain": "brain", "colon": "colon",
    "bowel": "bowel", "intestine": "intestine", "pancreas": "pancreatic", "pancreatic": "pancreatic",
    "thyroid": "thyroid gland", "thyroid gland": "thyroid gland", "pituitary": "pituitary gland",
    "pituitary gland": "pituitary gland", "adrenal": "adrenal gland", "adrenal gland": "adrenal gland",
    "muscle": "muscle", "joint": "joint", "skin": "skin", "eye": "eye", "nerve": "nerve", "stomach": "stomach",
    "bladder": "bladder", "blood vessel": "blood vessel", "organ": "organ",
}
_ORGAN = "|".join(sorted(ORGAN_WORDS, key=len, reverse=True))
_INFLAMED_ORGAN = re.compile(
    rf"\b(?:({_ORGAN})s? inflammation|inflammation (?:of|in|to) (?:the |your )?({_ORGAN})s?|inflamed ({_ORGAN})s?)\b",
    re.IGNORECASE,
)
_INFLAM = re.compile("inflam", re.IGNORECASE)  # in "inflammation" and "inflamed": in every match of the above


def inflamed_organ_mentions(document: Document, vocabulary: Vocabulary) -> list[Mention]:
    """Inflammation of an organ named in plain words: "heart inflammation", "inflammation in the lungs",
    "inflamed joints". The name the text gives it ("heart inflammation, called <name>") or else the vocabulary's
    "<organ> inflammation" gives the event (pneumonitis, arthritis); an organ with no such name gets an
    adverse-event node of its own. Whether it is a side effect is the context's
    to say (:mod:`kg.linking.context_types`).

    >>> from kg.documents import parse_document
    >>> from kg.vocabulary import default_vocabulary
    >>> doc = parse_document("It can cause inflammation in the lungs and adrenal gland inflammation.", "x.md")
    >>> [(m.text, m.label) for m in inflamed_organ_mentions(doc, default_vocabulary())]
    [('inflammation in the lungs', 'pneumonitis'), ('adrenal gland inflammation', 'adrenal gland inflammation')]
    >>> doc = parse_document("Side effects include kidney inflammation, called nephritis.", "x.md")
    >>> [m.label for m in inflamed_organ_mentions(doc, default_vocabulary())]
    ['nephritis']
    """
    text = document.text
    mentions: list[Mention] = []
    if _INFLAM.search(text) is None:  # every match says it: a quick look spares the scan of most pages
        return mentions
    for match in _INFLAMED_ORGAN.finditer(text):
        organ = ORGAN_WORDS[next(g for g in match.groups() if g).lower()]
        named = _named_beside(text, match.start(), match.end())
        event = (_event_named(vocabulary, named) if named else None) or _event_named(
            vocabulary, f"{organ} inflammation")
        entity_id, label = event or (mint("adverse_event", f"{organ} inflammation"), f"{organ} inflammation")
        mentions.append(Mention(document.id, match.start(), match.end(), match.group(0), entity_id, label,
                                "adverse_event", "pattern", 0.75))
    return mentions


_CALLED_AFTER = re.compile(r",? (?:also |which is )?(?:called|known as|or) ([A-Za-z][a-z-]+)\b| \(([A-Za-z][a-z-]+)\)")
_GLOSSED_BEFORE = re.compile(r"\b([A-Za-z][a-z-]+)(?: \(|,? (?:or|also called|which is))$")


def _named_beside(text: str, start: int, end: int) -> str | None:
    """The one-word name the text gives a plain phrase: "heart inflammation, called <name>", "heart
    inflammation (<name>)", "<name> (heart inflammation)", "<name>, or heart inflammation"."""
    after = _CALLED_AFTER.match(text, end)
    if after is not None:
        return after.group(1) or after.group(2)
    before = _GLOSSED_BEFORE.search(text[max(0, start - 40) : start].rstrip(" "))
    if before is not None and (text[end : end + 1] == ")" or not before.group(0).endswith("(")):
        return before.group(1)
    return None


def _event_named(vocabulary: Vocabulary, name: str) -> tuple[str, str] | None:
    """The adverse event a name resolves to: its adverse-event term, or the side-effect reading of a disease
    of that name (the id :mod:`kg.linking.context_types` gives it)."""
    found = resolve_name(vocabulary, name, only=("adverse_event",))
    if found is not None:
        return found.id, found.label
    disease = resolve_name(vocabulary, name, only=("disease",))
    if disease is None:
        return None
    found = resolve_name(vocabulary, disease.label, only=("adverse_event",))
    if found is not None:
        return found.id, found.label
    if re.fullmatch(r"[a-z][a-z -]*", disease.label):
        return mint("adverse_event", disease.label), disease.label
    return None


_CONJUNCT_BEFORE = re.compile(r"\b([A-Za-z][a-z-]+),?\s+(?:and|or)\s+$")
_LISTED_BEFORE = re.compile(r"\b([A-Za-z][a-z-]+),\s+$")  # an earlier member of a list: "stomach, kidney, and"


def coordinated_events(mentions: list[Mention], text: str, vocabulary: Vocabulary) -> list[Mention]:
    """Adverse events named by a conjunct that shares the head of the next one ("muscle or joint aches"), and by
    each earlier member of a longer list ("stomach, kidney, heart, and blood problems").

    >>> from kg.vocabulary import default_vocabulary
    >>> t = "Side effects include muscle or joint aches."
    >>> m = Mention("d", 31, 42, "joint aches", "MEDDRA:10003239", "arthralgia", "adverse_event", "dictionary", 0.9)
    >>> [(x.text, x.label) for x in coordinated_events([m], t, default_vocabulary())]
    [('joint aches', 'arthralgia'), ('muscle or joint aches', 'myalgia')]
    >>> t = "Side effects include liver and kidney problems."
    >>> m = Mention("d", 31, 46, "kidney problems", "KG:1", "kidney toxicity", "adverse_event", "pattern", 0.75)
    >>> [x.label for x in coordinated_events([m], t, default_vocabulary())][1]
    'chemical and drug induced liver injury'
    """
    taken = SpanIndex((m.start, m.end) for m in mentions)
    added: list[Mention] = []
    for mention in mentions:
        words = mention.text.split()
        if mention.type != "adverse_event" or len(words) < 2:
            continue
        start, pattern = mention.start, _CONJUNCT_BEFORE
        while (match := pattern.search(text[max(0, start - 40) : start])) is not None:
            start -= len(match.group(0))
            if taken.covers(start):
                break  # the conjunct is a mention of its own ("nausea and joint pain")
            event = _conjunct_event(vocabulary, match.group(1), words)
            if event is None or event[0] == mention.id:
                break
            added.append(Mention(mention.doc, start, mention.end, text[start : mention.end], *event,
                                 "adverse_event", "pattern", 0.75))
            pattern = _LISTED_BEFORE
    return mentions + added


def _conjunct_event(vocabulary: Vocabulary, word: str, words: list[str]) -> tuple[str, str] | None:
    """The event a conjunct names with the head of the mention after it: a name the vocabulary knows ("muscle
    aches"), or an organ system's side effects ("liver problems")."""
    found = resolve_name(vocabulary, " ".join([word, *words[1:]]), only=("adverse_event",))
    return (found.id, found.label) if found else _organ_conjunct(vocabulary, word, words)


def _organ_conjunct(vocabulary: Vocabulary, word: str, words: list[str]) -> tuple[str, str] | None:
    """The organ-system event a conjunct names when the next conjunct is one ("liver and kidney problems")."""
    if len(words) != 2 or _ORGAN_EVENT.fullmatch(" ".join(words)) is None or _ORGAN_EVENT.fullmatch(
            f"{word} {words[1]}") is None:
        return None
    return system_event(vocabulary, _system(word), words[1])


_PERSON_BEFORE = re.compile(r"\b(?:Dr|Prof|Mr|Mrs|Ms)\.\s+(?:[A-Z][a-z]+\s+)?$")
_PERSON_AFTER = re.compile(r"^(?:,\s*(?:M\.\s?D\.|Ph\.\s?D\.|MD|PhD)|['’]s\b|\s+(?:said|says|noted|explained|added))")


def not_people(mentions: list[Mention], text: str) -> list[Mention]:
    """Adverse-event and disease words that are a person's name here ("John Burn, M.D.", "Dr. Burns said")
    are left out: a capitalised word after a title, or before a degree, a possessive or a verb of saying.

    >>> t = "wrote John Burn, M.D., of the university."
    >>> m = Mention("x", 11, 15, "Burn", "HP:1", "burn", "adverse_event", "dictionary", 0.9)
    >>> not_people([m], t)
    []
    """
    kept: list[Mention] = []
    for mention in mentions:
        if mention.type in ("adverse_event", "disease") and mention.text[:1].isupper() and " " not in mention.text:
            before = text[max(0, mention.start - 20) : mention.start]
            line_start = text.rfind("\n", 0, mention.start) + 1
            after = text[mention.end : mention.end + 12]
            sentence_start = re.search(r"(?:^|[.!?:]\s+)$", text[line_start : mention.start]) is not None
            if _PERSON_BEFORE.search(before) or (not sentence_start and _PERSON_AFTER.match(after)):
                continue
        kept.append(mention)
    return kept


_COMPARATIVE_WORDS = ("er than normal", "er than usual")  # in every match ("higher than", "lower than")
_COMPARATIVE = re.compile(r"\b(high|low)er than (?:normal|usual)\s+(?=((?:[a-z-]+ ){0,5}[a-z-]+))")


def comparative_event_mentions(document: Document, vocabulary: Vocabulary) -> list[Mention]:
    """Side effects named by comparison with normal: "lower than normal blood pressure" (hypotension).

    >>> from kg.documents import parse_document
    >>> from kg.vocabulary import default_vocabulary
    >>> doc = parse_document("Side effects include lower than normal blood pressure.", "x.md")
    >>> [(m.text, m.label) for m in comparative_event_mentions(doc, default_vocabulary())]
    [('lower than normal blood pressure', 'hypotension')]
    """
    mentions: list[Mention] = []
    if not any(words in document.text for words in _COMPARATIVE_WORDS):
        return mentions
    for match in _COMPARATIVE.finditer(document.text):
        level, words = match.group(1).lower(), match.group(2).split()
        for size in range(len(words), 0, -1):
            phrase = " ".join(words[:size])
            names = [f"{level} {phrase}"]
            of = re.match(r"^(?:the )?levels? of (.+?)(?: in the blood)?$", phrase)
            if of:
                names += [f"{level} blood {of.group(1)}", f"{level} {of.group(1)} levels"]
            found = next((f for f in (resolve_name(vocabulary, n, only=("adverse_event",)) for n in names) if f), None)
            if found is not None:
                end = match.start(2) + len(phrase)
                mentions.append(Mention(document.id, match.start(), end, document.text[match.start() : end], found.id,
                                        found.label, "adverse_event", "pattern", 0.75))
                break
    return mentions


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
