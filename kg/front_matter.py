"""Front matter read with bounds: YAML whose aliases would expand without end (a "billion laughs" of a few KB
expands to gigabytes when a later stage turns it into text), that refers to itself, or that nests too deeply is
refused before it is built, naming the line where it goes wrong.
"""

from __future__ import annotations

from typing import Any

import yaml

__all__ = ["MAX_FRONT_MATTER_DEPTH", "MAX_FRONT_MATTER_SIZE", "FrontMatterRefused", "load_front_matter"]

MAX_FRONT_MATTER_SIZE = 1_000_000
"""Front matter whose aliases would expand past this many characters and values is refused; the corpus's largest
front matter is about 500 characters."""
MAX_FRONT_MATTER_DEPTH = 50
"""Front matter nested deeper than this (lists in lists...) is refused; the corpus's is at most 3 deep."""


class FrontMatterRefused(ValueError):
    """Front matter too large once expanded, recursive or too deep; ``line`` is 0-based within the YAML.

    >>> error = FrontMatterRefused(3, "front matter is nested too deeply")
    >>> error.line, str(error)
    (3, 'front matter is nested too deeply')
    """

    def __init__(self, line: int, message: str) -> None:
        self.line = line
        self.message = message
        super().__init__(message)


def load_front_matter(source: str) -> Any:
    """``yaml.safe_load``, except that YAML too deep, recursive, or expanding past :data:`MAX_FRONT_MATTER_SIZE`
    through its aliases raises :class:`FrontMatterRefused` before it is built (YAML errors pass through).

    >>> load_front_matter("title: &t Everolimus\\nalso: *t")
    {'title': 'Everolimus', 'also': 'Everolimus'}
    >>> bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\\n" + "".join(
    ...     f"{n}: &{n} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\\n"
    ...     for p, n in zip("abcdefgh", "bcdefghi"))
    >>> load_front_matter(bomb)
    Traceback (most recent call last):
    ...
    kg.front_matter.FrontMatterRefused: front matter expands past 1,000,000 characters through its aliases
    """
    if _FAST_LOADER is not None:
        try:
            return _load(_FAST_LOADER, source)
        except Exception:  # anything the C parser refuses: the pure one says why, in its words
            pass
    return _load(yaml.SafeLoader, source)


# libyaml's parser with PyYAML's safe constructor builds the same data about ten times faster; what it refuses is
# read again by the pure-Python loader, so that errors (and the lines they name) are PyYAML's own
_FAST_LOADER: Any = getattr(yaml, "CSafeLoader", None)


def _load(loader_class: Any, source: str) -> Any:
    loader = loader_class(source)
    try:
        try:
            node = loader.get_single_node()
            if node is None:
                return None
            _check_expansion(node)
            return loader.construct_document(node)
        except RecursionError:
            raise FrontMatterRefused(0, "front matter is nested too deeply") from None
    finally:
        loader.dispose()


def _check_expansion(root: yaml.Node) -> None:
    """Measure the front matter as its aliases would expand it, without expanding it (each node once)."""
    sizes: dict[int, int] = {}
    in_progress: set[int] = set()
    stack: list[tuple[yaml.Node, int, bool]] = [(root, 1, False)]
    while stack:
        node, depth, finished = stack.pop()
        key = id(node)
        children: list[yaml.Node] = []
        if isinstance(node, yaml.SequenceNode):
            children = list(node.value)
        elif isinstance(node, yaml.MappingNode):
            children = [item for pair in node.value for item in pair]
        if finished:
            in_progress.discard(key)
            size = len(str(node.value)) + 1 if isinstance(node, yaml.ScalarNode) else 1
            size += sum(sizes[id(child)] for child in children)
            if size > MAX_FRONT_MATTER_SIZE:
                raise FrontMatterRefused(
                    node.start_mark.line,
                    f"front matter expands past {MAX_FRONT_MATTER_SIZE:,} characters through its aliases",
                )
            sizes[key] = size
            continue
        if key in sizes:
            continue
        if key in in_progress:
            raise FrontMatterRefused(node.start_mark.line, "front matter refers to itself (a recursive alias)")
        if depth > MAX_FRONT_MATTER_DEPTH:
            raise FrontMatterRefused(node.start_mark.line, "front matter is nested too deeply")
        in_progress.add(key)
        stack.append((node, depth, True))
        stack.extend((child, depth + 1, False) for child in children)
