"""Trial acronyms the page must agree with.

Trial acronyms are learned from links across the whole corpus, and acronyms collide: one name may stand for
trials of different diseases. A trial named by acronym alone is linked to a registered trial (its NCT
number) only when the acronym is unambiguous or the page itself names that NCT number (in a link or in
text); otherwise the mention stays a trial node named by its acronym, with no borrowed NCT number.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.identifiers import mint
from kg.linking.links import NCT_PATTERN
from kg.model import Document, Mention
from kg.regex_prefilter import prefilter_patterns
from kg.vocabulary.store import Vocabulary

_PUBLISHED_WORDS = ("published", "appeared")  # one of them is in every match
_PUBLISHED_IN = re.compile(
    r"\b(?:published|appeared)\b[^.\n]{0,80}?\bin (?:the )?(?:journal )?([A-Z][\w&-]*(?: [A-Z][\w&-]*){0,4})"
    r"(?! (?:trials?|study|studies)\b)")


def journals_named(mentions: list[Mention], document: Document) -> list[Mention]:
    """Trial mentions (by name, not by link) of a name the page gives a journal ("published in JAMA", "the
    JAMA study") are no trial.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Results were published in JAMA. In the JAMA study, risk rose.", "x.md")
    >>> m = Mention("x", 39, 43, "JAMA", "KG:trial/jama", "JAMA", "trial", "pattern", 0.6)
    >>> journals_named([m], doc)
    []
    """
    if not any(word in document.text for word in _PUBLISHED_WORDS):
        return mentions
    journals = {match.group(1) for match in _PUBLISHED_IN.finditer(document.text)}
    if not journals:
        return mentions
    return [m for m in mentions
            if not (m.type == "trial" and m.method in ("dictionary", "pattern", "anchor") and m.text in journals)]


_ARM_AFTER = re.compile(r"\s+(?:group|arm|regimen)s?\b", re.IGNORECASE)


def arms_not_trials(mentions: list[Mention], document: Document) -> list[Mention]:
    """A trial's name (not a link) right before "group", "arm" or "regimen" names a treatment arm given as in that
    trial ("patients assigned to the CROSS arm" of another trial), not the trial.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("In the ESOPEC trial, the CROSS group did worse.", "x.md")
    >>> m = Mention("x", 25, 30, "CROSS", "KG:trial/cross", "CROSS", "trial", "anchor", 0.9)
    >>> arms_not_trials([m], doc)
    []
    """
    text = document.text
    return [m for m in mentions if not (m.type == "trial" and m.method in ("dictionary", "pattern", "anchor")
                                        and _ARM_AFTER.match(text, m.end))]


def agreed_trials(mentions: list[Mention], document: Document, vocabulary: Vocabulary) -> list[Mention]:
    """Trial mentions found by name resolved only where the page agrees.

    >>> from kg.documents import parse_document
    >>> from kg.vocabulary import default_vocabulary
    >>> vocab = default_vocabulary()
    >>> ids = [t.id for t in vocab.lookup("PALOMA-3") if t.type == "trial"]
    >>> doc = parse_document("The PALOMA-3 trial enrolled patients.", "x.md")
    >>> m = Mention("x", 4, 12, "PALOMA-3", ids[0], "PALOMA-3", "trial", "pattern", 0.6)
    >>> agreed_trials([m], doc, vocab)[0].id.startswith("clinicaltrials:")
    False
    """
    in_page = set(NCT_PATTERN.findall(document.text)) | {
        n for link in document.links for n in NCT_PATTERN.findall(link.target)
    }
    kept: list[Mention] = []
    for mention in mentions:
        if mention.type != "trial" or mention.method not in ("dictionary", "pattern", "anchor"):
            kept.append(mention)
            continue
        registered = sorted({t.id for t in vocabulary.lookup(mention.text) if t.type == "trial"})
        if len(registered) <= 1:
            kept.append(mention)
            continue
        agreeing = [r for r in registered if r.split(":", 1)[1] in in_page]
        if len(agreeing) == 1:
            term = vocabulary.get(agreeing[0])
            kept.append(replace(mention, id=agreeing[0], label=term.label if term else mention.label))
        else:
            kept.append(replace(mention, id=mint("trial", mention.text), label=mention.text, xrefs=()))
    return kept


_DESCRIPTION_WORD = re.compile(r"\b(?:summary|protocol|description|details|information|more|about|see|study|trial|"
                               r"results?|page|website|site|here|this|listing|record)\b", re.IGNORECASE)
_NAME_TOKEN = re.compile(r"\b[A-Z][A-Za-z]*[A-Z0-9][A-Za-z0-9]*(?:[ -]\d{1,4}[A-Z]?)?\b")


def named_trial_links(mentions: list[Mention]) -> list[Mention]:
    """A trial link whose anchor describes the link ("summary of the TAILORx protocol") mentions the trial by
    the name inside it; an anchor with no name in it ("a clinical trial") names no trial.

    >>> m = Mention("x", 4, 35, "summary of the TAILORx protocol", "clinicaltrials:NCT1", "TAILORx", "trial",
    ...             "link", 0.97)
    >>> [(x.start, x.text) for x in named_trial_links([m])]
    [(19, 'TAILORx')]
    >>> named_trial_links([Mention("x", 0, 14, "clinical trial", "clinicaltrials:NCT1", "NCT1", "trial", "link", 1)])
    []
    """
    kept: list[Mention] = []
    linked: dict[str, list[Mention]] = {}
    # "a trial of the combination, together with CAPOX, for ...": a name the page gives a drug is not the trial's
    drug_names = {m.text.casefold() for m in mentions if m.type == "drug"}
    for mention in mentions:
        if mention.type != "trial" or mention.method not in ("link", "anchor") or not any(
                w.islower() and len(w) > 2 for w in mention.text.split()):
            kept.append(mention)
            continue
        if not _DESCRIPTION_WORD.search(mention.text) and mention.text[:1].isupper():
            kept.append(mention)  # a name with small words ("Trial Assigning IndividuaLized Options")
            continue
        name = next((n for n in _NAME_TOKEN.finditer(mention.text) if n.group(0).casefold() not in drug_names), None)
        if name is None:
            continue
        label = name.group(0) if _DESCRIPTION_WORD.search(mention.label) else mention.label
        shrunk = replace(mention, start=mention.start + name.start(), end=mention.start + name.end(),
                         text=name.group(0), label=label)
        kept.append(shrunk)
        linked.setdefault(name.group(0).casefold(), []).append(shrunk)
    # the page links the name to its registration: its other mentions of that name are the same trial; a name
    # the page links to several registrations ("second ALCHEMIST immunotherapy trial") stays the programme's
    ambiguous = {name for name, ms in linked.items() if len({m.id for m in ms}) > 1}
    result = []
    for m in kept:
        key = m.text.casefold()
        if m.type == "trial" and key in ambiguous:
            if any(m is s for s in linked[key]):
                continue
        elif m.type == "trial" and key in linked and m.method != "link":
            m = replace(m, id=linked[key][0].id, label=linked[key][0].label, xrefs=())
        result.append(m)
    return result


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
