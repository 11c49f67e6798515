"""Trial acronyms the page must agree with.

Trial acronyms are learned from links across the whole corpus, and acronyms collide: one name may stand for
trials of different diseases. A trial named by acronym alone is linked to a registered trial (its NCT
number) only when the acronym is unambiguous or the page itself names that NCT number (in a link or in
text); otherwise the mention stays a trial node named by its acronym, with no borrowed NCT number.
"""

from __future__ import annotations

from dataclasses import replace

from kg.identifiers import mint
from kg.linking.links import NCT_PATTERN
from kg.model import Document, Mention
from kg.vocabulary.store import Vocabulary


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
