"""A fast path for markdown-it's inline stage: content that is only plain text and ``[label](destination "title")``
links (most of the corpus's paragraphs: prose with dictionary links) is cut with two regexes instead of markdown-it's
character-by-character rules, into pieces the renderer reads directly: ``("text", words)``, ``("break", "")``,
``("link_open", href)`` and ``("link_close", "")``. They stand for the tokens markdown-it makes for such content, up to
where text tokens are cut and whitespace the renderer collapses anyway, so the rendered text, links and lines are the
same. :func:`as_tokens` turns them into markdown-it tokens where a token is needed (a card's title).

Anything the fast path does not settle goes to markdown-it: a backslash, a backtick, ``<``, ``*`` or ``_`` (emphasis),
a bracket that is not part of a plain link, an image, an entity (``&amp;``), a destination with spaces, brackets or
``<``, or a title other than a plain double-quoted one.
"""

from __future__ import annotations

import re
from typing import Any

from markdown_it.common.utils import unescapeAll
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

__all__ = ["PIECES", "Piece", "as_tokens", "inline_pieces", "parse_inlines"]

Piece = tuple[str, str]
PIECES = "kg_pieces"  # an inline token's meta key: its pieces, in place of children

# a link written plainly: a label without brackets, a destination without spaces, brackets, "<" or backslashes, and
# maybe a double-quoted title on the same line
_LINK = re.compile(r"\[([^\[\]]*)\]\(([^\x00-\x20\x7f\\()<]+)(?:[ \t]+\"[^\"\\\n]*\")?\)")
# what only markdown-it's rules read right in the text and labels (outside destinations and titles); and, anywhere in
# the content, "\\", "`" and "<"
_ENTITY = re.compile(r"&(?:#|[A-Za-z][A-Za-z0-9]*;)")
_BREAK: Piece = ("break", "")
_CLOSE: Piece = ("link_close", "")


def inline_pieces(content: str) -> list[Piece] | None:
    """The pieces of ``content`` when it is plain text and plain links, else None (markdown-it is to parse it).

    >>> inline_pieces('See [mTOR](/def/1 "a title") here.\\nOK')
    [('text', 'See '), ('link_open', '/def/1'), ('text', 'mTOR'), ('link_close', ''), ('text', ' here.'), \
('break', ''), ('text', 'OK')]
    >>> inline_pieces("An *emphasis*") is None, inline_pieces("An image ![x](/y.jpg)") is None
    (True, True)
    """
    if "\\" in content or "`" in content or "<" in content:
        return None
    pieces: list[Piece] = []
    done = 0
    for link in _LINK.finditer(content):
        start, label = link.start(), link.group(1)
        if content[start - 1 : start] == "!" or not _add_text(content[done:start], pieces) or not _plain(label):
            return None
        pieces.append(("link_open", unescapeAll(link.group(2))))
        _add_text(label, pieces)
        pieces.append(_CLOSE)
        done = link.end()
    if not _add_text(content[done:], pieces):
        return None
    return pieces


def _add_text(text: str, pieces: list[Piece]) -> bool:
    """Append the pieces of plain ``text``; False (nothing appended) when it is not plain."""
    if not text:
        return True
    if not _plain(text):
        return False
    if "\n" not in text:
        pieces.append(("text", text))
        return True
    for number, line in enumerate(text.split("\n")):
        if number:
            pieces.append(_BREAK)
        if line:
            pieces.append(("text", line))
    return True


def _plain(text: str) -> bool:
    """Whether ``text`` has no bracket, no emphasis marker and no entity (each ``in`` is one fast scan).

    >>> _plain("a & b"), _plain("a &amp; b"), _plain("a_b")
    (True, False, False)
    """
    if "[" in text or "]" in text or "*" in text or "_" in text:
        return False
    return "&" not in text or _ENTITY.search(text) is None


def as_tokens(pieces: list[Piece]) -> list[Token]:
    """The markdown-it tokens that ``pieces`` stand for.

    >>> [(t.type, t.content, t.attrs) for t in as_tokens([("link_open", "/x"), ("text", "a"), ("link_close", "")])]
    [('link_open', '', {'href': '/x'}), ('text', 'a', {}), ('link_close', '', {})]
    """
    tokens: list[Token] = []
    for kind, value in pieces:
        if kind == "text":
            tokens.append(Token("text", "", 0, content=value))
        elif kind == "break":
            tokens.append(Token("softbreak", "br", 0))
        elif kind == "link_open":
            tokens.append(Token("link_open", "a", 1, attrs={"href": value}))
        else:
            tokens.append(Token("link_close", "a", -1))
    return tokens


def parse_inlines(state: StateCore) -> None:
    """markdown-it's core ``inline`` rule, with :func:`inline_pieces` tried first on each inline token (its pieces go
    in ``token.meta[PIECES]``, its children stay empty)."""
    md: Any = state.md
    for token in state.tokens:
        if token.type == "inline":
            if token.children is None:
                token.children = []
            pieces = inline_pieces(token.content)
            if pieces is not None:
                token.meta[PIECES] = pieces
            else:
                md.inline.parse(token.content, md, state.env, token.children)
