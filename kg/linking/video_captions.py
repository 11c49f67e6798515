"""Captions of videos and animations embedded in a page ("How do X work? This video shows how X, such as A and B,
..."): the rulebook counts them as navigation, so they hold no mentions and state no relations.

A caption is the paragraph that holds a sentence opening "This video" or "This animation" followed by what it does
("shows", "explains", "describes", ...). The whole paragraph is the caption: its first sentence is the video's
title or lead ("Immunotherapy uses the body's immune system to fight cancer. This animation explains ...").
"""

from __future__ import annotations

import re

from kg.model import Document

_CAPTION = re.compile(
    r"(?:^|(?<=[.?!]\s))(?:This|The following|In this)\s+(?:short\s+)?(?:video|animation)\s+(?:also\s+)?"
    r"(?:shows?|explains?|describes?|features?|provides?|discusses?|walks|gives|presents?|illustrates?)\b",
    re.MULTILINE,
)


def video_caption_spans(document: Document) -> list[tuple[int, int]]:
    r"""The paragraphs of a document that caption a video or an animation.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Drugs help.\n\nHow do they work? This video shows how drugs such as A work.\n", "x.md")
    >>> [doc.text[s:e] for s, e in video_caption_spans(doc)]
    ['How do they work? This video shows how drugs such as A work.']
    >>> video_caption_spans(parse_document("The video group in this trial did well.\n", "x.md"))
    []
    """
    text = document.text
    if "video" not in text and "animation" not in text:
        return []
    return [(block.start, block.end) for block in document.blocks
            if block.kind == "paragraph" and _CAPTION.search(text, block.start, block.end) is not None]
