"""Markdown body → plain text with offsets: blocks, headings and links (see :mod:`kg.documents` for the
choices the text follows). One shared markdown-it parser, CommonMark plus pipe tables, parses each body once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from types import SimpleNamespace
from typing import Any

from markdown_it import MarkdownIt
from markdown_it import helpers as md_helpers
from markdown_it.common.utils import unescapeAll
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from kg.markdown_block import dispatch_block_rules
from kg.markdown_inline import PIECES, Piece, as_tokens, parse_inlines
from kg.model import Block, Heading, Link

_CARD_OPEN = re.compile(r"\[(?:!\[[^\]\n]*\]\([^)\n]*\))?[^\[\]]*\Z")
_CARD_CLOSE = re.compile(r"\]\(([^()\s]+)\)\s*\Z")


def _keep_link(url: str) -> str:
    return url


def _accept_link(url: str) -> bool:
    return True


_PLAIN_DESTINATION = re.compile(r"[^\x00-\x20\x7f\\()<]+")


def _link_destination(string: str, pos: int, maximum: int) -> Any:
    """markdown-it's link destination parser with a regex fast path for plain URLs (no ``\\``, ``(``, ``<``).

    markdown-it scans destinations one character at a time in Python; the corpus's long
    ``popDefinition.aspx?...`` targets made that a fifth of the parse time. Same result, same object.
    """
    plain = _PLAIN_DESTINATION.match(string, pos, maximum)
    if plain is not None:
        end = plain.end()
        if end == maximum or string[end] == ")" or string[end] <= " " or string[end] == "\x7f":
            return SimpleNamespace(ok=True, pos=end, str=unescapeAll(string[pos:end]))
    return md_helpers.parseLinkDestination(string, pos, maximum)


# a title with no backslash in it, up to its closing marker: "...", '...' or (...) (where a "(" inside is no title)
_PLAIN_TITLE = {'"': re.compile(r'[^"\\]*"'), "'": re.compile(r"[^'\\]*'"), "(": re.compile(r"[^()\\]*\)")}
_TITLE_CLOSE = {'"': 0x22, "'": 0x27, "(": 0x29}


def _link_title(string: str, start: int, maximum: int, prev_state: Any = None) -> Any:
    """markdown-it's link title parser with a regex fast path for a title without backslashes.

    markdown-it scans titles one character at a time in Python; the corpus's images and links carry long
    titles ("Anatomy of the urinary system; drawing showing ..."). Same result: what the fast path does not
    settle (a continued reference title, an escape, no closing marker) goes to markdown-it's parser.

    >>> title = _link_title('(/x "A title") more', 4, 19)
    >>> title.ok, title.pos, title.str
    (True, 13, 'A title')
    >>> _link_title('(/x "A \\\\"title") more', 4, 22).str  # an escaped quote: markdown-it's own parser
    'A "title'
    """
    if prev_state is None and start < maximum:
        pattern = _PLAIN_TITLE.get(string[start])
        found = pattern.match(string, start + 1, maximum) if pattern is not None else None
        if found is not None:
            end = found.end()
            return SimpleNamespace(ok=True, can_continue=False, pos=end, marker=_TITLE_CLOSE[string[start]],
                                   str=unescapeAll(string[start + 1 : end - 1]))
    return md_helpers.parseLinkTitle(string, start, maximum, prev_state)


_MD = MarkdownIt("commonmark").enable("table")
_MD.normalizeLink = _keep_link  # type: ignore[method-assign]
_MD.validateLink = _accept_link  # type: ignore[method-assign]
_MD.helpers = SimpleNamespace(  # type: ignore[assignment]  # this instance only, not the shared module
    parseLinkLabel=md_helpers.parseLinkLabel,
    parseLinkDestination=_link_destination,
    parseLinkTitle=_link_title,
)
_FLATTENED = "kg_flattened"  # env key: the body lines (0-based) where nesting was too deep
_block_tokenize = _MD.block.tokenize


def _tokenize_or_flatten(state: StateBlock, start_line: int, end_line: int) -> None:
    """markdown-it's block tokenizer, except that content nested deeper than ``maxNesting`` (where
    markdown-it skips it silently) is kept as one flat paragraph of its raw lines, and noted in the env."""
    if state.level < state.md.options.maxNesting:
        _block_tokenize(state, start_line, end_line)
        return
    first = line = state.skipEmptyLines(start_line)
    last = first
    while line < end_line:  # the lines of this container: stop where an outer block resumes
        if state.isEmpty(line):
            line += 1
            continue
        if state.sCount[line] < state.blkIndent:
            break
        line += 1
        last = line
    if last > first:
        content = state.getLines(first, last, state.blkIndent, False).strip()
        state.push("paragraph_open", "p", 1).map = [first, last]
        inline = state.push("inline", "", 0)
        inline.map, inline.content, inline.children = [first, last], content, []
        state.push("paragraph_close", "p", -1)
        state.env.setdefault(_FLATTENED, []).append(first)
    state.line = max(last, start_line + 1) if last > first else end_line


_MD.block.tokenize = _tokenize_or_flatten  # type: ignore[method-assign, assignment]


def _normalize(state: StateCore) -> None:
    """markdown-it's ``normalize`` rule (line endings to ``\\n``, NUL to U+FFFD) without its two regex passes over a
    body that has neither (documents.py has already turned line endings into ``\\n``).

    >>> state = StateCore("a\\r\\nb\\rc\\x00", _MD, {})
    >>> _normalize(state)
    >>> state.src
    'a\\nb\\nc\ufffd'
    """
    src = state.src
    if "\r" in src:
        src = src.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in src:
        src = src.replace("\x00", "\ufffd")
    state.src = src


_MD.core.ruler.at("normalize", _normalize)
_MD.core.ruler.at("inline", parse_inlines)  # plain text and plain links without markdown-it's inline rules
dispatch_block_rules(_MD)  # a line meets only the block rules that may start with its first character



def _repair_cards(tokens: list[Token]) -> None:
    """Turn a card (a link whose text spans paragraphs) into a link on its title; see the module notes."""
    inlines = [i for i, t in enumerate(tokens) if t.type == "inline"]
    for n, at in enumerate(inlines):
        opening = tokens[at]
        if not opening.content.startswith("[") or not _CARD_OPEN.match(opening.content):
            continue
        for close_at in inlines[n + 1 : n + 4]:
            closing = tokens[close_at]
            last = _children(closing)[-1] if _children(closing) else None
            if "[" in closing.content or last is None or last.type != "text":
                continue
            found = _CARD_CLOSE.search(last.content)
            if found is None or not all(
                t.type in ("inline", "paragraph_open", "paragraph_close") for t in tokens[at:close_at]
            ):
                continue
            last.content = last.content[: found.start()]
            for token in tokens[at - 1 : close_at + 1]:
                if token.type == "paragraph_open":
                    token.meta["card"] = True  # a teaser of another page: navigation, not article text
            first = _children(opening)[0] if _children(opening) else None
            if first is not None and first.type == "text":
                first.content = first.content[1:]
            title = next((tokens[i] for i in inlines[n:] if _has_text(tokens[i])), closing)
            if title.children is not None and title is not closing:
                kept = [c for c in title.children if c.type != "image"]
                title.children = [
                    Token("link_open", "a", 1, attrs={"href": found.group(1)}),
                    *kept,
                    Token("link_close", "a", -1),
                ]
            break


def _has_text(token: Token) -> bool:
    return any(c.type == "text" and c.content.strip() for c in _children(token))


def _children(token: Token) -> list[Token]:
    """An inline token's children, made from its fast-path pieces first if it has them (a card's tokens are read
    and changed as markdown-it's tokens)."""
    pieces = token.meta.pop(PIECES, None)
    if pieces is not None:
        token.children = as_tokens(pieces)
    return token.children or []


class _Line:
    """One block of plain text being written, whitespace collapsed as it goes, with link spans."""

    __slots__ = ("_mark", "length", "links", "parts", "space")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.space = False  # whitespace seen and not yet written
        self._mark = False  # a link opened and its first character not yet written
        self.links: list[tuple[str, int, int, int]] = []  # href, start, end, line

    def add(self, piece: str) -> None:
        words = piece.split()
        if not words:
            if piece:
                self.space = True
            return
        if self.length and (self.space or piece[0].isspace()):
            self.parts.append(" ")
            self.length += 1
        if self._mark:
            self._mark = False
            self.links[-1] = (self.links[-1][0], self.length, -1, self.links[-1][3])
        chunk = words[0] if len(words) == 1 else " ".join(words)
        self.parts.append(chunk)
        self.length += len(chunk)
        self.space = piece[-1].isspace()

    def feed(self, token: Token, line: int) -> None:
        """Write an inline token's text: its fast-path pieces, or else markdown-it's children."""
        pieces = token.meta.get(PIECES)
        if pieces is not None:
            self.feed_pieces(pieces, line)
        else:
            self.feed_children(token.children or (), line)

    def feed_pieces(self, pieces: Sequence[Piece], line: int) -> None:
        open_links: list[int] = []
        for kind, value, breaks in pieces:
            if kind == "text":
                self.add(value)  # its line breaks are whitespace, as markdown-it's softbreaks are here
            elif kind == "link_open":
                self._open(value, line + breaks, open_links)
            elif open_links:
                self._close(open_links)

    def feed_children(self, children: Sequence[Token], line: int) -> None:
        open_links: list[int] = []
        for child in children:
            kind = child.type
            if kind == "text" or kind == "code_inline":
                self.add(child.content)
            elif kind == "softbreak" or kind == "hardbreak":
                self.add("\n")
                line += 1
            elif kind == "link_open":
                self._open(str(child.attrs.get("href", "")), line, open_links)
            elif kind == "link_close" and open_links:
                self._close(open_links)
            elif kind == "html_inline":
                line += child.content.count("\n")

    def _open(self, href: str, line: int, open_links: list[int]) -> None:
        self.links.append((href, -1, -1, line))
        open_links.append(len(self.links) - 1)
        self._mark = True

    def _close(self, open_links: list[int]) -> None:
        index = open_links.pop()
        href, start, _, at = self.links[index]
        if start < 0:
            start = self.length
        self.links[index] = (href, start, self.length, at)
        self._mark = False

    def text(self) -> str:
        return "".join(self.parts)


class _Renderer:
    """Walk markdown-it's token stream once and write blocks, headings and links."""

    def __init__(self, body_line: int) -> None:
        self.offset_line = body_line  # token.map lines are 0-based within the body
        self.pieces: list[str] = []
        self.size = 0  # length of the text written so far, separators included
        self.headings: list[Heading] = []
        self.links: list[Link] = []
        self.blocks: list[Block] = []

    def render(
        self, tokens: Sequence[Token]
    ) -> tuple[str, tuple[Heading, ...], tuple[Link, ...], tuple[Block, ...]]:
        containers: list[str] = []
        kind, level, row, row_line, cells = "paragraph", 0, None, 0, 0
        for token in tokens:
            ttype = token.type
            if ttype == "inline":
                if row is not None:
                    if cells:
                        row.add(" | ")
                    cells += 1
                    row.feed(token, self._line(token))
                else:
                    line = _Line()
                    first = self._line(token)
                    line.feed(token, first)
                    self._emit(line, kind, first, level)
            elif ttype == "paragraph_open":
                kind, level = (containers[-1] if containers else "paragraph"), 0
                if token.meta.get("card"):
                    kind = "card"
            elif ttype == "heading_open":
                kind, level = "heading", int(token.tag[1:])
            elif ttype == "list_item_open":
                containers.append("list_item")
            elif ttype == "blockquote_open":
                containers.append("blockquote")
            elif (ttype == "list_item_close" or ttype == "blockquote_close") and containers:
                containers.pop()
            elif ttype == "tr_open":
                row, row_line, cells = _Line(), self._line(token), 0
            elif ttype == "tr_close" and row is not None:
                self._emit(row, "table_row", row_line, 0)
                row = None
            elif ttype == "fence" or ttype == "code_block":
                code = _Line()
                code.add(token.content)
                self._emit(code, "code", self._line(token), 0)
        text = "".join(self.pieces)
        return text, tuple(self.headings), tuple(self.links), tuple(self.blocks)

    def _line(self, token: Token) -> int:
        return self.offset_line + (token.map[0] if token.map else 0)

    def _emit(self, line: _Line, kind: str, first_line: int, level: int) -> None:
        text = line.text()
        if text:
            if self.pieces:
                self.pieces.append("\n")
                self.size += 1
            base = self.size
            self.pieces.append(text)
            self.size += len(text)
            self.blocks.append(Block(kind=kind, start=base, end=self.size, line=first_line))
            if kind == "heading":
                self.headings.append(Heading(level=level, text=text, start=base, end=self.size))
        else:
            base = self.size
        for href, start, end, at in line.links:
            if not text:
                start = end = 0
            self.links.append(
                Link(text=text[start:end], target=href, start=base + start, end=base + end, line=at)
            )


def render_markdown(
    body: str, body_line: int, flattened: list[int] | None = None
) -> tuple[str, tuple[Heading, ...], tuple[Link, ...], tuple[Block, ...]]:
    """Parse a markdown body and render it: plain text, headings, links and blocks (lines counted from
    ``body_line``, the body's first line in the file).

    Content nested deeper than markdown-it's limit (20 lists or quotes) is kept as flat text, its raw
    lines joined; the file lines where that happened are appended to ``flattened``.

    >>> text, headings, links, blocks = render_markdown("# Title\\n\\nSee [mTOR](/def/1).\\n", 1)
    >>> text, links[0].text, links[0].line
    ('Title\\nSee mTOR.', 'mTOR', 3)
    >>> lines: list[int] = []
    >>> render_markdown(">" * 30 + " deep [mTOR](/def/1)", 5, lines)[0], lines
    ('>>>>>>>>>> deep mTOR', [5])
    """
    env: dict[str, Any] = {}
    tokens = _MD.parse(body, env)
    _repair_cards(tokens)
    if flattened is not None:
        flattened.extend(body_line + line for line in env.get(_FLATTENED, ()))
    return _Renderer(body_line).render(tokens)
