"""Block rules chosen by a line's first character: markdown-it tries every block rule in turn at each block's first
line (and every paragraph-ending rule at each line of a paragraph), and most of them give up at once because the line
does not start with their marker (``#``, ``>``, a fence, a list or rule marker, ``[``, ``<``). The rules of a chain are
grouped here by the first non-space character they can start with, so a prose line only meets the rules that may take
it. Same rules, same order, same results: only calls that would have returned False are left out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from markdown_it.rules_block import StateBlock

__all__ = ["MARKERS", "dispatch_block_rules"]

BlockRule = Callable[[StateBlock, int, int, bool], bool]

MARKERS: dict[str, str] = {
    "fence": "`~",
    "blockquote": ">",
    "hr": "*-_",
    "list": "*-+0123456789",
    "reference": "[",
    "html_block": "<",
    "heading": "#",
}
"""The block rules that return False unless the line's first non-space character is one of these (markdown-it's
commonmark rules: each checks its marker before anything else)."""


def _chooser(named: list[tuple[str, BlockRule]]) -> BlockRule:
    """One rule that runs the rules of ``named`` (in order) that may start with the line's first character."""
    anywhere = tuple(rule for name, rule in named if name not in MARKERS)
    by_first: dict[str, tuple[BlockRule, ...]] = {
        char: tuple(rule for name, rule in named if name not in MARKERS or char in MARKERS[name])
        for char in set("".join(MARKERS.values()))
    }

    def run(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
        pos = state.bMarks[start_line] + state.tShift[start_line]
        rules = by_first.get(state.src[pos], anywhere) if pos < state.eMarks[start_line] else anywhere
        for rule in rules:  # noqa: SIM110  (a plain loop: any() over a generator costs more on this hot path)
            if rule(state, start_line, end_line, silent):
                return True
        return False

    return run


def dispatch_block_rules(md: Any) -> None:
    """Make ``md``'s block ruler hand out, for each chain, one rule that runs only the rules the line may start.

    >>> from markdown_it import MarkdownIt
    >>> md = MarkdownIt("commonmark")
    >>> dispatch_block_rules(md)
    >>> len(md.block.ruler.getRules("")), md.render("# Title\\n\\n> quote\\n\\ntext\\n- item")
    (1, '<h1>Title</h1>\\n<blockquote>\\n<p>quote</p>\\n</blockquote>\\n<p>text</p>\\n<ul>\\n<li>item</li>\\n</ul>\\n')
    """
    ruler = md.block.ruler
    original = ruler.getRules
    names = {id(rule.fn): rule.name for rule in ruler.__rules__}
    chains: dict[str, list[BlockRule]] = {}

    def get_rules(chain: str = "") -> list[BlockRule]:
        if chain not in chains:
            chains[chain] = [_chooser([(names.get(id(rule), ""), rule) for rule in original(chain)])]
        return chains[chain]

    ruler.getRules = get_rules
