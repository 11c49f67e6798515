"""More names for the CTCAE adverse events: the plain-language and plural forms other sources and articles use.

- **Bleeding for hemorrhage.** MeSH lists "Bleeding" as an entry term of Hemorrhage (D006470), so a CTCAE
  "<site> hemorrhage" is also "<site> bleeding" ("vaginal hemorrhage" → "vaginal bleeding").
- **A phenotype that lists a CTCAE name.** An HPO phenotype whose synonym (as written or made singular) is a
  CTCAE term's name is that term ("Thromboembolism", with the synonym "Thromboembolic events", is CTCAE's
  "thromboembolic event"), so the singular and the plural no longer resolve to two events. A phenotype whose
  own label is the CTCAE name with more words ("Recurrent urinary tract infections", "Subglottic laryngitis")
  is a narrower kind and stays apart, and so does a phenotype named like a disease ("Myelodysplasia"). The
  phenotype's synonyms that already name a disease or another adverse event are left to them ("Heartburn" stays
  with the event it names).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import Term
from kg.vocabulary.table import TermTable
from kg.vocabulary.text import fold, singular

_HEMORRHAGE = re.compile(r"\bhemorrhage$", re.IGNORECASE)


def bleeding_names(name: str) -> list[str]:
    """The "bleeding" wording of a "<site> hemorrhage" name, or nothing.

    >>> bleeding_names("Vaginal hemorrhage"), bleeding_names("intracranial hemorrhage")
    (['vaginal bleeding'], ['intracranial bleeding'])
    >>> bleeding_names("Hemorrhage"), bleeding_names("Fatigue")
    ([], [])
    """
    if " " not in name.strip() or not _HEMORRHAGE.search(name):
        return []
    return [_HEMORRHAGE.sub("bleeding", name.strip()).lower()]


def is_narrower(label: str, name: str) -> bool:
    """Whether ``label`` is ``name`` with more words: a narrower kind of it, not the same thing.

    >>> is_narrower("Recurrent urinary tract infections", "urinary tract infection")
    True
    >>> is_narrower("Thromboembolism", "thromboembolic event"), is_narrower("Falls", "fall")
    (False, False)
    """
    words, inner = fold(singular(label)).split(), fold(name).split()
    if len(words) <= len(inner):
        return False
    return any(words[i:i + len(inner)] == inner for i in range(len(words) - len(inner) + 1))


def listed_event(phenotype: Term, events: dict[str, str]) -> str | None:
    """The CTCAE event (from ``events``: folded name → id) that one of the phenotype's synonyms names, unless
    the phenotype's label is a narrower kind of it.

    >>> events = {"thromboembolic event": "MEDDRA:10043565", "urinary tract infection": "MEDDRA:10046571"}
    >>> listed_event(Term("HP:0001907", "adverse_event", "Thromboembolism", ("Thromboembolic events",)), events)
    'MEDDRA:10043565'
    >>> listed_event(Term("HP:0000010", "adverse_event", "Recurrent urinary tract infections",
    ...                   ("Urinary tract infections",)), events) is None
    True
    """
    for synonym in phenotype.synonyms:
        for form in dict.fromkeys((synonym, singular(synonym))):
            event = events.get(fold(form))
            if event is not None:
                return None if is_narrower(phenotype.label, form) else event
    return None


def phenotype_event(table: TermTable, phenotype: Term, events: dict[str, str]) -> tuple[str, Term] | None:
    """The CTCAE event a phenotype is (:func:`listed_event`) and the phenotype with only the synonyms that are
    free to join it; None when it is no CTCAE event or its label names a disease.

    >>> table = TermTable(); _ = table.add(Term("MEDDRA:10043565", "adverse_event", "thromboembolic event"))
    >>> _ = table.add(Term("MONDO:1", "disease", "thromboembolic disease"))
    >>> found = phenotype_event(table, Term("HP:0001907", "adverse_event", "Thromboembolism",
    ...     ("Thromboembolic events", "Thromboembolic disease")), {"thromboembolic event": "MEDDRA:10043565"})
    >>> found[0], found[1].synonyms
    ('MEDDRA:10043565', ('Thromboembolic events',))
    """
    event = listed_event(phenotype, events)
    if event is None or table.find_name("disease", phenotype.label):
        return None
    free = tuple(s for s in phenotype.synonyms
                 if not table.find_name("disease", s) and table.find_name("adverse_event", s) in (None, event))
    return event, replace(phenotype, synonyms=free)


# "<site> <head>" events also read "<head> in the <site>" ("abdominal pain": "pain in the abdomen"). Cue words
# only: the heads of symptom names, and body-site adjectives with the noun they are said with.
_HEADS = frozenset("pain bleeding swelling sores ulcers infection inflammation irritation dryness numbness".split())
_SITE_NOUNS = {
    "abdominal": "abdomen", "anal": "anus", "facial": "face", "gastric": "stomach", "nasal": "nose",
    "oral": "mouth", "pelvic": "pelvis", "rectal": "rectum", "uterine": "uterus", "vaginal": "vagina",
}
_SITES = frozenset(
    "abdomen arm back belly bladder bone breast chest ear eye face foot hand head joint kidney leg liver lung "
    "mouth muscle neck nose skin stomach throat".split()
)


def site_phrase_names(name: str) -> list[str]:
    """The "<head> in/of the <site>" wordings of a two-word "<site> <head>" event name ("from the" for bleeding).

    >>> site_phrase_names("abdominal pain")
    ['pain in the abdomen', 'pain of the abdomen', 'pain in your abdomen']
    >>> site_phrase_names("vaginal bleeding")[-1], site_phrase_names("bone pain")[0]
    ('bleeding from the vagina', 'pain in the bone')
    >>> site_phrase_names("cancer pain"), site_phrase_names("Pain")
    ([], [])
    """
    words = name.lower().split()
    if len(words) != 2 or words[1] not in _HEADS:
        return []
    site = _SITE_NOUNS.get(words[0], words[0] if words[0] in _SITES else "")
    if not site:
        return []
    places = ["in the", "of the", "in your", *(["from the"] if words[1] == "bleeding" else [])]
    return [f"{words[1]} {place} {site}" for place in places]


def add_site_phrases(table: TermTable) -> None:
    """Give every adverse event named "<site> <head>" its "<head> in the <site>" wordings, unless another
    event or a disease already has that name."""
    events = [t for t in table.terms() if t.type == "adverse_event"]
    for term in sorted(events, key=lambda t: not t.id.startswith("MEDDRA:")):  # CTCAE terms claim a name first
        names = [n for name in (term.label, *term.synonyms) for n in site_phrase_names(name)]
        free = tuple(n for n in dict.fromkeys(names)
                     if table.find_name("adverse_event", n) in (None, term.id) and not table.find_name("disease", n))
        if free:
            table.add(Term(term.id, "adverse_event", term.label, free, sources=term.sources[:1]))
