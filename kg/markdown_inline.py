"""A fast path for markdown-it's inline stage: content that is only plain text and ``[label](destination "title")``
links (most of the corpus's paragraphs: prose with dictionary links) is cut with two regexes instead of markdown-it's
character-by-character rules, into pieces the renderer reads directly: ``("text", words, 0)`` (line breaks kept as
``"\\n"``), ``("link_open", href, line breaks before it)`` and ``("link_close", "", 0)``. They stand for the tokens
markdown-it makes for such content, up to where text tokens are cut and whitespace the renderer collapses anyway, so the
rendered text, links and lines are the same. :func:`as_tokens` turns them into markdown-it tokens where a token is
needed (a card's title).

Plain ``*emphasis*`` and ``**strong**`` pairs are taken too (:mod:`kg.markdown_emphasis`): they render as nothing.
Anything the fast path does not settle goes to markdown-it: a backslash, a backtick, ``<``, other ``*`` or any ``_``,
a bracket markdown-it might not read as text, an image, an entity (``&amp;``), a destination with spaces, brackets or
``<``, or a title other than a plain double-quoted one.
"""

from __future__ import annotations

import re
from typing import Any

from markdown_it.common.utils import unescapeAll
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from kg.markdown_emphasis import star_pairs

__all__ = ["PIECES", "Piece", "as_tokens", "inline_pieces", "parse_inlines"]

Piece = tuple[str, str, int]
PIECES = "kg_pieces"  # an inline token's meta key: its pieces, in place of children

# a link written plainly: a label (brackets in it only as "[words]" not followed by "("), a destination without
# spaces, brackets, "<" or backslashes, and maybe a double-quoted title on the same line
_LINK = re.compile(
    r"\[([^\[\]]*(?:\[[^\[\]]*\](?!\()[^\[\]]*)*)\]\(([^\x00-\x20\x7f\\()<]+)(?:[ \t]+\"[^\"\\\n]*\")?\)"
)
# what only markdown-it's rules read right in the text and labels (outside destinations and titles); and, anywhere in
# the content, "\\", "`" and "<"
_ENTITY = re.compile(r"&(?:#|[A-Za-z][A-Za-z0-9]*;)")
_CLOSE: Piece = ("link_close", "", 0)


def inline_pieces(content: str, brackets: bool = True) -> list[Piece] | None:
    """The pieces of ``content`` when it is plain text and plain links, else None (markdown-it is to parse it).

    With ``brackets`` (the document defines no ``[label]: /target`` reference), brackets that markdown-it reads as text
    are taken: a ``]`` anywhere, a ``[`` before a link with no bracket between (``[[1](/a), [2](/b)]``), a ``[words]``
    inside a label (``[[Abstract]](/pubmed/1)``). Any other bracket outside the links sends the content to markdown-it.

    >>> inline_pieces('See\\n[mTOR](/def/1 "a title") here.\\nOK')
    [('text', 'See\\n', 0), ('link_open', '/def/1', 1), ('text', 'mTOR', 0), ('link_close', '', 0), \
('text', ' here.\\nOK', 0)]
    >>> inline_pieces("Cited.[[1](/r)]")
    [('text', 'Cited.[', 0), ('link_open', '/r', 0), ('text', '1', 0), ('link_close', '', 0), ('text', ']', 0)]
    >>> inline_pieces("**Strong:** an *[APC](/g)*, gene")[0], inline_pieces("An *emphasis *") is None
    (('text', 'Strong: an ', 0), True)
    """
    if "\\" in content or "`" in content or "<" in content or "![" in content:
        return None
    pieces: list[Piece] = []
    done, opened, size = 0, 0, len(content)
    for link in _LINK.finditer(content):
        start, label = link.start(), link.group(1)
        text = content[done:start]
        if "*" in text:
            opened = star_pairs(content, done, start, opened, size)
            text = text.replace("*", "")
        if "*" in label:
            if star_pairs(content, link.start(1), link.end(1), 0, link.end(1)) != 0:
                return None
            label = label.replace("*", "")
        if opened < 0 or not _add_text(text, pieces, brackets, True) or not _plain_label(label, brackets):
            return None
        pieces.append(("link_open", unescapeAll(link.group(2)), content.count("\n", 0, start)))
        if label:
            pieces.append(("text", label, 0))
        pieces.append(_CLOSE)
        done = link.end()
    text = content[done:]
    if "*" in text:
        opened = star_pairs(content, done, size, opened, size)
        text = text.replace("*", "")
    if opened != 0 or not _add_text(text, pieces, brackets, False):
        return None
    return pieces


def _add_text(text: str, pieces: list[Piece], brackets: bool, before_link: bool) -> bool:
    """Append the pieces of plain ``text``; False (nothing appended) when it is not plain."""
    if not text:
        return True
    if "[" in text or "]" in text:
        if not brackets:
            return False
        opening = text.find("[")
        if opening >= 0 and (not before_link or text.rfind("]") > opening):
            return False  # a "[" is text for sure only where a link follows it with no bracket between
    if not _plain(text):
        return False
    pieces.append(("text", text, 0))
    return True


def _plain_label(label: str, brackets: bool) -> bool:
    """Whether a link's label is plain: no emphasis marker or entity, and brackets only with ``brackets``."""
    if "[" in label and not brackets:
        return False
    return _plain(label)


def _plain(text: str) -> bool:
    """Whether ``text`` has no emphasis marker and no entity (each ``in`` is one fast scan); brackets are judged
    before.

    >>> _plain("a & b"), _plain("a &amp; b"), _plain("a_b")
    (True, False, False)
    """
    if "*" in text or "_" in text:
        return False
    return "&" not in text or _ENTITY.search(text) is None


def as_tokens(pieces: list[Piece]) -> list[Token]:
    """The markdown-it tokens that ``pieces`` stand for.

    >>> [(t.type, t.content) for t in as_tokens([("link_open", "/x", 0), ("text", "a\\nb", 0), ("link_close", "", 0)])]
    [('link_open', ''), ('text', 'a'), ('softbreak', ''), ('text', 'b'), ('link_close', '')]
    """
    tokens: list[Token] = []
    for kind, value, _ in pieces:
        if kind == "text":
            for number, line in enumerate(value.split("\n")):
                if number:
                    tokens.append(Token("softbreak", "br", 0))
                if line:
                    tokens.append(Token("text", "", 0, content=line))
        elif kind == "link_open":
            tokens.append(Token("link_open", "a", 1, attrs={"href": value}))
        else:
            tokens.append(Token("link_close", "a", -1))
    return tokens


def parse_inlines(state: StateCore) -> None:
    """markdown-it's core ``inline`` rule, with :func:`inline_pieces` tried first on each inline token (its pieces go
    in ``token.meta[PIECES]``, its children stay empty)."""
    md: Any = state.md
    brackets = "references" not in state.env  # markdown-it reads a bracket that starts no inline link as text
    for token in state.tokens:
        if token.type == "inline":
            if token.children is None:
                token.children = []
            pieces = inline_pieces(token.content, brackets)
            if pieces is not None:
                token.meta[PIECES] = pieces
            else:
                md.inline.parse(token.content, md, state.env, token.children)
