"""Read articles: YAML front matter plus a markdown body, turned into plain text with offsets.

The body is parsed once with one shared markdown-it parser (CommonMark plus pipe tables) and rendered
straight into the :class:`~kg.model.Document` record: one block per line of ``text`` and, for every
link, its anchor text's span in that text and its line in the file. Later stages only ever see the
plain text, so offsets are what ties a mention or an edge back to the page.

Choices, so they can be relied on:

* ``Document.id`` is the front matter's ``url`` when it is an http(s) URL (the page's public
  identifier). Otherwise it is ``kgdoc:`` plus the percent-quoted posix path relative to ``root``
  (``kgdoc`` is in ``ontology/prefixes.json``); pass ``root`` to get ids that do not depend on where
  the corpus sits on disk.
* Block kinds: ``paragraph``, ``heading``, ``list_item``, ``blockquote`` (a paragraph whose nearest
  container is a list item or a quote takes that container's kind), ``table_row`` (cells joined by
  ``" | "``, the header row included) and ``code`` (a fenced or indented code block kept as one
  block, its whitespace collapsed like any other). Raw HTML blocks and inline tags are dropped.
  Blocks that render empty (an image alone) are left out.
* Images are dropped with their alt text, as the annotators' text drops them. A link whose anchor is
  only an image is still reported, with an empty span.
* cancer.gov "cards" (``[![img](src)`` / title / blurb ``](href)``, a link whose text runs over blank
  lines, which markdown cannot express) are repaired: the stray ``[`` and ``](href)`` are removed and
  the title becomes the anchor of a link to ``href``, so no raw URL leaks into the text.
* Link targets are kept as written (entities and backslash escapes decoded, no percent-encoding);
  ``javascript:`` and other schemes markdown-it would refuse are kept as links too: nothing here
  renders HTML, and the linker is the one to judge a target.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import quote

import yaml

from kg.front_matter import FrontMatterRefused, load_front_matter
from kg.markdown_text import render_markdown
from kg.model import Document

__all__ = [
    "DOCUMENT_SUFFIXES",
    "MAX_BYTES",
    "DocumentError",
    "iter_document_paths",
    "parse_document",
    "read_document",
]

MAX_BYTES = 20_000_000
"""Files larger than this are refused before they are read (the largest corpus page is ~1.1 MB)."""

DOCUMENT_SUFFIXES: tuple[str, ...] = (".md", ".markdown", ".txt")
"""What :func:`iter_document_paths` picks up when it walks a directory."""

_URL = re.compile(r"https?://\S+\Z", re.IGNORECASE)
_FENCE_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.MULTILINE)
_CONTROL = {code: f"\\x{code:02x}" for code in (*range(32), 127)}


class DocumentError(Exception):
    """A document that cannot be read, naming the file and, when known, the 1-based line.

    >>> str(DocumentError("a.md", 3, "front matter is not closed"))
    'a.md:3: front matter is not closed'
    >>> str(DocumentError("a.md", None, "file is empty"))
    'a.md: file is empty'
    >>> print(DocumentError("two\\nlines.md", None, "file is empty"))
    two\\x0alines.md: file is empty
    """

    def __init__(self, path: str, line: int | None, message: str) -> None:
        self.path = path
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}".translate(_CONTROL)  # one line, even for a name with a newline

    def __reduce__(self) -> tuple[Any, ...]:  # keep the attributes across processes
        return (type(self), (self.path, self.line, self.message))


def read_document(path: str | Path, *, root: str | Path | None = None) -> Document:
    """Read and parse one article file; ``root`` makes ``Document.path`` (and a path-based id) relative.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.md").write_text("---\\ntitle: A\\n---\\nSee [mTOR](/def/653126).\\n")
    >>> doc = read_document(folder / "a.md", root=folder)
    >>> (doc.id, doc.path, doc.title, doc.text, doc.links[0].line)
    ('kgdoc:a.md', 'a.md', 'A', 'See mTOR.', 4)
    """
    path, root = Path(path), (Path(root) if root is not None else None)
    shown = str(path)
    try:
        kind = _special_kind(os.stat(path).st_mode)
        if kind:  # checked before opening: opening a FIFO blocks until someone writes to it
            raise DocumentError(shown, None, f"is a {kind}, not a regular file: skipped")
        # O_NONBLOCK: should the path become a FIFO between the check and the open, the open does not hang
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as handle:
            status = os.fstat(handle.fileno())
            kind = _special_kind(status.st_mode)
            if kind:
                raise DocumentError(shown, None, f"is a {kind}, not a regular file: skipped")
            if status.st_size > MAX_BYTES:
                raise DocumentError(
                    shown, None, f"file is {status.st_size:,} bytes, over the {MAX_BYTES:,} byte limit"
                )
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise DocumentError(shown, None, f"cannot read file: {exc.strerror or exc}") from None
    return _parse(raw, shown, _relative(path, root))


def parse_document(raw: str | bytes, path: str) -> Document:
    """Parse article text (bytes are decoded as UTF-8); ``path`` names it in errors and in its id.

    >>> raw = "---\\nurl: https://www.cancer.gov/x\\n---\\n# Hi\\n\\nA *b* [c](/d).\\n"
    >>> doc = parse_document(raw, "x.md")
    >>> (doc.id, doc.text, doc.headings[0].level, doc.links[0].target, doc.body_line)
    ('https://www.cancer.gov/x', 'Hi\\nA b c.', 1, '/d', 4)
    """
    return _parse(raw, path, path)


def iter_document_paths(paths: Iterable[Path], errors: list[DocumentError] | None = None) -> list[Path]:
    """The article files in ``paths``: files as given, folders walked for ``.md``, ``.markdown``, ``.txt``.

    Hidden files and folders inside a walked directory are skipped; the result is sorted and has no
    duplicates, so a build visits documents in the same order everywhere. A path that does not exist and
    a special file (FIFO, device, socket: never opened) are errors: raised as :class:`DocumentError`, or,
    when ``errors`` is given, appended to it while the other paths are still returned.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> for name in ("b.md", "a.txt", ".hidden.md", "c.json"):
    ...     _ = (folder / name).write_text("x")
    >>> [p.name for p in iter_document_paths([folder])]
    ['a.txt', 'b.md']
    >>> problems: list[DocumentError] = []
    >>> [p.name for p in iter_document_paths([folder / "missing.md", folder / "b.md"], problems)], len(problems)
    (['b.md'], 1)
    """
    found: set[Path] = set()
    problems: list[DocumentError] = []
    for path in paths:
        if path.is_dir():
            for dirpath, dirnames, filenames in os.walk(path, onerror=lambda e: problems.append(_walk_error(e))):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in filenames:
                    if not name.startswith(".") and name.lower().endswith(DOCUMENT_SUFFIXES):
                        _add_file(Path(dirpath, name), found, problems)
        else:
            _add_file(path, found, problems)
    if problems and errors is None:
        raise problems[0]
    if errors is not None:
        errors.extend(problems)
    return sorted(found)


def _special_kind(mode: int) -> str:
    """What a non-regular, non-directory file is ('' for a regular file or a directory)."""
    for test, name in ((stat.S_ISFIFO, "named pipe (FIFO)"), (stat.S_ISCHR, "character device"),
                       (stat.S_ISBLK, "block device"), (stat.S_ISSOCK, "socket")):
        if test(mode):
            return name
    return ""


def _add_file(path: Path, found: set[Path], problems: list[DocumentError]) -> None:
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        what = "broken symbolic link" if os.path.islink(path) else "no such file or directory"
        problems.append(DocumentError(str(path), None, what))
        return
    except OSError as exc:
        problems.append(DocumentError(str(path), None, f"cannot read file: {exc.strerror or exc}"))
        return
    kind = _special_kind(mode)
    if kind:
        problems.append(DocumentError(str(path), None, f"is a {kind}, not a regular file: skipped"))
    elif stat.S_ISREG(mode):
        found.add(path)


def _walk_error(exc: OSError) -> DocumentError:
    return DocumentError(str(exc.filename), None, f"cannot read folder: {exc.strerror or exc}")


def _relative(path: Path, root: Path | None) -> str:
    if root is not None:
        for candidate, base in ((path, root), (path.resolve(), root.resolve())):
            try:
                return candidate.relative_to(base).as_posix()
            except ValueError:
                continue
    return path.as_posix()


def _decode(raw: str | bytes, shown: str) -> str:
    if isinstance(raw, bytes):
        if len(raw) > MAX_BYTES:
            raise DocumentError(shown, None, f"file is {len(raw):,} bytes, over the {MAX_BYTES:,} byte limit")
        encoding = _other_encoding(raw)
        if encoding:
            raise DocumentError(shown, None, f"is {encoding}, not UTF-8: convert it (iconv -t UTF-8) to read it")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = raw.count(b"\n", 0, exc.start) + 1
            bad = raw[exc.start]
            guess = ""
            try:
                raw.decode("cp1252")
                guess = "; it may be Latin-1/Windows-1252 text: convert it (iconv -f cp1252 -t UTF-8)"
            except UnicodeDecodeError:
                pass
            raise DocumentError(
                shown, line, f"not valid UTF-8 (byte 0x{bad:02x} at byte {exc.start}){guess}"
            ) from None
    else:
        if len(raw) > MAX_BYTES:
            raise DocumentError(shown, None, f"text is over the {MAX_BYTES:,} character limit")
        text = raw
    text = text.removeprefix("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise DocumentError(shown, None, "file is empty")
    return text


_BOMS = (
    (b"\x00\x00\xfe\xff", "UTF-32 (big-endian) text, with a byte order mark"),
    (b"\xff\xfe\x00\x00", "UTF-32 (little-endian) text, with a byte order mark"),
    (b"\xfe\xff", "UTF-16 (big-endian) text, with a byte order mark"),
    (b"\xff\xfe", "UTF-16 (little-endian) text, with a byte order mark"),
)


def _other_encoding(raw: bytes) -> str:
    """What ``raw`` is when it is plainly not UTF-8 text: UTF-16/32 (by byte order mark or by its zero
    bytes) or binary; '' otherwise.

    >>> _other_encoding("hi".encode("utf-16"))
    'UTF-16 (little-endian) text, with a byte order mark'
    >>> _other_encoding("hello".encode("utf-16-be")), _other_encoding(b"plain")
    ('UTF-16 (big-endian) text, without a byte order mark', '')
    """
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return name
    head = raw[:4096]
    zeros = head.count(b"\x00")
    if not zeros:
        return ""
    even, odd = head[0::2].count(b"\x00"), head[1::2].count(b"\x00")
    if zeros * 3 >= len(head) // 2 and min(even, odd) * 10 <= max(even, odd):
        endian = "big" if even > odd else "little"
        return f"UTF-16 ({endian}-endian) text, without a byte order mark"
    return "binary data (it has zero bytes), not text"


def _split_front_matter(text: str, shown: str) -> tuple[dict[str, Any], str, int]:
    """The metadata, the body and the body's first line (1-based) in the file."""
    first_end = text.find("\n")
    first = text if first_end < 0 else text[:first_end]
    if first.rstrip() != "---":
        return {}, text, 1
    close = _FENCE_CLOSE.search(text, first_end + 1) if first_end >= 0 else None
    if close is None:
        raise DocumentError(shown, 1, "front matter opened with '---' is never closed")
    source = text[first_end + 1 : close.start()]
    try:
        data = load_front_matter(source)
    except FrontMatterRefused as exc:
        raise DocumentError(shown, 2 + exc.line, exc.message) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = 2 + mark.line if mark is not None else 2
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise DocumentError(shown, line, f"front matter is not valid YAML: {problem}") from None
    data = {} if data is None else data
    if not isinstance(data, dict):
        raise DocumentError(shown, 2, f"front matter must be a mapping, not a {type(data).__name__}")
    body_line = text.count("\n", 0, close.end()) + 1
    if not close.group().endswith("\n"):
        body_line += 1
    return data, text[close.end() :], body_line


def _document_id(metadata: dict[str, Any], rel: str) -> str:
    url = metadata.get("url")
    if isinstance(url, str) and _URL.match(url.strip()):
        return url.strip()
    return "kgdoc:" + quote(rel, safe="/")


def _parse(raw: str | bytes, shown: str, rel: str) -> Document:
    text = _decode(raw, shown)
    metadata, body, body_line = _split_front_matter(text, shown)
    flattened: list[int] = []
    try:
        plain, headings, links, blocks = render_markdown(body, body_line, flattened)
    except Exception as exc:  # markdown-it should accept any text; name the file if it does not
        raise DocumentError(shown, None, f"markdown parser failed: {exc}") from exc
    warnings = tuple(
        f"{shown}:{line}: warning: lists or quotes nested too deeply: kept as flat text" for line in flattened
    )
    return Document(
        id=_document_id(metadata, rel),
        path=rel,
        metadata=metadata,
        text=plain,
        headings=headings,
        links=links,
        blocks=blocks,
        body_line=body_line,
        warnings=warnings,
    )


