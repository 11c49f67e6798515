"""Parts of a cancer.gov page that hold no mentions of their own: navigation sections ("More About …",
"Related Resources") and teaser cards of other pages, web addresses written out in the text, authors' initials in
references, the site name after the title ("… - NCI"), and capitalised words that are part of a longer proper name
("Breast Cancer Symposium").
"""

from __future__ import annotations

import re

from kg.linking.video_captions import video_caption_spans
from kg.linking.word_gates import says_any
from kg.model import Document, Mention
from kg.regex_prefilter import prefilter_patterns

_NAVIGATION_HEADING = re.compile(
    r"^(More About|Research Results and Related Resources|Clinical Trials Accepting Patients|Related Resources|"
    r"Related Links|Learn More)\b",
    re.IGNORECASE,
)


def navigation_spans(document: Document) -> list[tuple[int, int]]:
    r"""Sections of cancer.gov pages that are navigation, not article text ("More About Everolimus",
    "Research Results and Related Resources", "Clinical Trials Accepting Patients"): from the heading to the
    next heading of the same or a higher level; teaser cards of other pages; and captions of videos.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("# Drug\n\nText.\n\n## More About Drug\n\nLinks.\n", "x.md")
    >>> [doc.text[s:e] for s, e in navigation_spans(doc)]
    ['More About Drug\nLinks.']
    """
    spans: list[tuple[int, int]] = []
    headings = list(document.headings)
    for index, heading in enumerate(headings):
        if not _NAVIGATION_HEADING.match(heading.text):
            continue
        end = len(document.text)
        for later in headings[index + 1 :]:
            if later.level <= heading.level:
                end = later.start - 1
                break
        spans.append((heading.start, end))
    spans.extend((block.start, block.end) for block in document.blocks if block.kind == "card")
    spans.extend(video_caption_spans(document))
    return spans


_WEB_ADDRESS = re.compile(r"\b(?:https?://|www\.)[^\s<>()\[\]]+", re.IGNORECASE)


def web_address_spans(text: str) -> list[tuple[int, int]]:
    """Web addresses written out in the text ("Available at: https://www.cancer.gov/types/…"): the words of a
    path ("…/gi-neuroendocrine-tumors/…") are not mentions.

    >>> text = "Available at: https://www.cancer.gov/types/lung/patient. Lung cancer"
    >>> [text[s:e] for s, e in web_address_spans(text)]
    ['https://www.cancer.gov/types/lung/patient.']
    """
    if not says_any(text, ("http", "www")):
        return []  # every address starts with one of them
    return [(match.start(), match.end()) for match in _WEB_ADDRESS.finditer(text)]


# "Myers EN, Suen JY, eds.:", "Eisenberger MA:", "Paulino AC, et al.": a surname, then initials
_SURNAME = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_AUTHOR_INITIALS = re.compile(
    rf"(?<![\w.]){_SURNAME} ([A-Z]{{1,3}})(?=:| et al\b| Jr\b|, (?:{_SURNAME} [A-Z]{{1,3}}\b|et al\b|eds?\.))"
)


def author_initials_spans(text: str) -> list[tuple[int, int]]:
    """The initials after an author's surname in a reference ("Myers EN, Suen JY, eds.: Cancer of the Head and
    Neck."): they are no abbreviations of anything.

    >>> text = "Myers EN, Suen JY, eds.: Cancer of the Head and Neck. For GTD, the blood is checked."
    >>> [text[s:e] for s, e in author_initials_spans(text)]
    ['EN', 'JY']
    """
    return [match.span(1) for match in _AUTHOR_INITIALS.finditer(text)]


def site_suffix(document: Document) -> tuple[int, int] | None:
    r"""The span of the site name after the title in the first heading ("Everolimus - NCI"), if any.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("---\ntitle: Everolimus - NCI\n---\n# Everolimus - NCI\n", "x.md")
    >>> site_suffix(doc)
    (10, 16)
    """
    title = document.title
    if " - " not in title or not document.text.startswith(title):
        return None
    start = title.rindex(" - ")
    return (start, len(title))


_NEXT_WORD = re.compile(r"[ \t]+([A-Z][a-z]+)")  # on the same line: a list item or heading ends a name


def inside_proper_name(document: Document, mention: Mention, heading_starts: set[int] | None = None) -> bool:
    """A capitalised name followed by another capitalised word ("Breast Cancer Symposium") is part of a
    longer proper name, not a mention; headings (title case) are exempt.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("At the Breast Cancer Symposium, results were shown.", "x.md")
    >>> inside_proper_name(doc, Mention("x", 7, 20, "Breast Cancer", "M", "breast cancer", "disease", "d", 0.9))
    True
    """
    if mention.method in ("link", "identifier") or mention.text[:1].islower() or mention.text.isupper():
        return False
    following = _NEXT_WORD.match(document.text, mention.end)
    if following is None:
        return False
    line_start = document.text.rfind("\n", 0, mention.start) + 1
    if heading_starts is None:
        heading_starts = {b.start for b in document.blocks if b.kind == "heading"}
    return line_start not in heading_starts


__all__ = ["inside_proper_name", "navigation_spans", "site_suffix"]


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
