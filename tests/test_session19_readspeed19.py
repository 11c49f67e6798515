"""Session 19, reading speed: the fast paths of the markdown reader give the text, links and lines that markdown-it's
own rules give."""

from __future__ import annotations

import pytest

import kg.markdown_inline as markdown_inline
from kg.documents import parse_document
from kg.markdown_inline import inline_pieces
from kg.markdown_text import render_markdown

BODIES = [
    "See [mTOR](/def/1) and [HER2](/def/2?id=5&version=patient&x_y=1).\nIt [helps](/d \"A title\") most.",
    "Two lines  \nwith a hard break and a [link\nover two lines](/d/3) then [another](/d/4).",
    "Use [](/empty) and [ ](/space) links; A & B; x_y is not plain.",
    "An *emphasis* and an ![image](/i.jpg) and `code` and <b>html</b> and &amp; an entity.",
    "[Card title\n\nA blurb of the card.](/cards/1)",
    "- one [a](/a)\n- two [b](/b)\n\n| x | y |\n|---|---|\n| [c](/c) | d |",
    "[[Abstract]](/pubmed/1 \"/pubmed/1\") and [[1](/r1), [2](/r2)] cited.",
    "[a]: /ref\n\nA [a] reference and [[a]](/x) with [b](/y).",
    "**Strong:** an *[APC](/g)*, a (*word*) and [**bold label**](/b); not*inside*words, ***three*** or *open",
]


def _full_markdown_it(monkeypatch: pytest.MonkeyPatch, body: str) -> object:
    with monkeypatch.context() as patch:
        patch.setattr(markdown_inline, "inline_pieces", lambda content, references=False: None)
        return render_markdown(body, 1)


@pytest.mark.parametrize("body", BODIES)
def test_fast_inline_path_renders_what_markdown_it_renders(monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    assert render_markdown(body, 1) == _full_markdown_it(monkeypatch, body)


def test_plain_links_take_the_fast_path_and_keep_their_spans() -> None:
    assert inline_pieces("See [mTOR](/def/1 \"t\") here") is not None
    doc = parse_document("---\ntitle: T\n---\nSee [mTOR](/def/1) here.\nNext [line](/def/2).\n", "t.md")
    assert doc.text == "See mTOR here. Next line."
    assert [(link.text, link.target, link.line) for link in doc.links] == [("mTOR", "/def/1", 4), ("line", "/def/2", 5)]


def test_what_the_fast_path_cannot_settle_goes_to_markdown_it() -> None:
    for content in ("an _emphasis_", "an ![image](/i.jpg)", "`code`", "a \\[ escape", "&amp;", "a <b>tag</b>",
                    "[open bracket", "[a] (/x)", "[a](/x 'single-quoted title')"):
        assert inline_pieces(content) is None, content
    assert inline_pieces("close] bracket", brackets=False) is None  # a page with reference definitions


def test_brackets_read_as_text_stay_in_the_text() -> None:
    assert inline_pieces("close] bracket") == [("text", "close] bracket", 0)]
    text, _, links, _ = render_markdown("Shown.[[1](/r1), [2](/r2)] See [[Abstract]](/p \"/p\").", 1)
    assert text == "Shown.[1, 2] See [Abstract]."
    assert [(link.text, link.target) for link in links] == [("1", "/r1"), ("2", "/r2"), ("[Abstract]", "/p")]


BLOCKS = [
    "# Heading\n\nText that goes\non over lines\n- a list item\n+ another\n\n1. first\n2) second\n\n> quote\n> more",
    "Setext heading\n===\n\nAnother\n---\n\n***\n\n___\n\n```\ncode\n```\n\n~~~\nmore\n~~~\n\n    indented code",
    "[ref]: /target \"title\"\n\nA [ref] and <div>html</div>\n\n<div>\nblock html\n</div>\n\n"
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "A paragraph\n| a | b |\n| - | - |\n\n* item\n  text\n  > quote in item\n\n  * nested\n"
    "10. ten\n#not a heading\n-not a list",
]


@pytest.mark.parametrize("body", BLOCKS)
def test_block_rules_chosen_by_first_character_give_markdown_its_html(body: str) -> None:
    from markdown_it import MarkdownIt

    from kg.markdown_block import dispatch_block_rules

    chosen = MarkdownIt("commonmark").enable("table")
    dispatch_block_rules(chosen)
    assert len(chosen.block.ruler.getRules("")) == 1
    assert chosen.render(body) == MarkdownIt("commonmark").enable("table").render(body)


def test_plain_emphasis_takes_the_fast_path_and_renders_as_nothing() -> None:
    assert inline_pieces("**Why it matters:** the *[APC](/g)* gene") == [
        ("text", "Why it matters: the ", 0), ("link_open", "/g", 0), ("text", "APC", 0), ("link_close", "", 0),
        ("text", " gene", 0)]
    for content in ("a*b*c", "***x***", "*a **b** c*", "an *open run", "* a list-like star"):
        assert inline_pieces(content) is None, content
