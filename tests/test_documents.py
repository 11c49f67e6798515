"""Reading articles: front matter, plain text with offsets, links, and errors that name file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import documents
from kg.documents import DocumentError, iter_document_paths, parse_document, read_document

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_702680f2cf8034cf.txt"
SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="module")
def seed() -> documents.Document:
    return read_document(SEED, root=REPO)


def test_seed_metadata(seed: documents.Document) -> None:
    assert seed.title.startswith("Combination Therapy Shows Promise")
    assert seed.cancer_types == ("breast",)
    assert seed.id == "https://www.cancer.gov/types/breast/research/everolimus-plus-exemestane"
    assert seed.path == "seeds/000_702680f2cf8034cf.txt"
    assert seed.body_line == 19


def test_a_path_given_as_a_string_reads_the_same_document(seed: documents.Document) -> None:
    assert read_document(str(SEED), root=str(REPO)) == seed


def test_seed_link_has_span_and_line(seed: documents.Document) -> None:
    link = next(link for link in seed.links if link.text == "everolimus")
    assert link.target == "/about-cancer/treatment/drugs/everolimus"
    assert seed.text[link.start : link.end] == "everolimus"
    source_line = SEED.read_text(encoding="utf-8").splitlines()[link.line - 1]
    assert "[everolimus](/about-cancer/treatment/drugs/everolimus)" in source_line
    for each in seed.links:
        assert seed.text[each.start : each.end] == each.text


def test_seed_text_is_plain(seed: documents.Document) -> None:
    assert "](" not in seed.text and "*" not in seed.text
    assert "Adding the drug everolimus (Afinitor®) to exemestane helped" in seed.text
    assert "in the New England Journal of Medicine (NEJM)." in seed.text


def test_seed_headings_and_blocks(seed: documents.Document) -> None:
    assert [h.level for h in seed.headings] == [1, 1]
    assert seed.headings[1].text == "Combination Therapy Shows Promise for Treating Advanced Breast Cancer"
    heading = seed.headings[1]
    assert seed.text[heading.start : heading.end] == heading.text
    assert {block.kind for block in seed.blocks} == {"heading", "paragraph"}
    assert len(seed.text.split("\n")) == len(seed.blocks)
    assert seed.blocks[0].line == 20


def test_block_kinds_lists_tables_quotes() -> None:
    raw = "# T\n\n- one *item*\n- two\n\n| a | b |\n| --- | --- |\n| [x](/x) | y |\n\n> quoted\n\n"
    raw += "```\ncode  here\n```\n"
    doc = parse_document(raw, "k.md")
    assert doc.text == "T\none item\ntwo\na | b\nx | y\nquoted\ncode here"
    assert [b.kind for b in doc.blocks] == [
        "heading",
        "list_item",
        "list_item",
        "table_row",
        "table_row",
        "blockquote",
        "code",
    ]
    assert [b.line for b in doc.blocks] == [1, 3, 4, 6, 8, 10, 12]
    link = doc.links[0]
    assert (link.text, link.target, link.line, doc.text[link.start : link.end]) == ("x", "/x", 8, "x")


def test_inline_markup_is_reduced() -> None:
    doc = parse_document("A  **bold**\nand <b>tag</b> &amp; ![alt](i.png) [link  text](/t) `code`.\n", "i.md")
    assert doc.text == "A bold and tag & link text code."
    assert doc.links[0].text == "link text"
    assert doc.links[0].line == 2


def test_link_lines_follow_soft_breaks() -> None:
    doc = parse_document("---\ntitle: x\n---\nfirst line\nsecond [here](/h)\n", "l.md")
    assert doc.links[0].line == 5


@pytest.mark.parametrize(
    "markdown",
    [
        "[empty]()",
        "[js](javascript:alert(1))",
        "[rel](../up/page.md)",
        "<https://example.org/a>",
        "[ref][r]\n\n[r]: /target",
        "[![img](i.png)](/only-image)",
        "[unclosed](/x",
        "[](/no-text)",
        "[a <b>](/ spaced)",
    ],
)
def test_odd_links_do_not_crash(markdown: str) -> None:
    doc = parse_document(f"Intro {markdown} end.\n", "odd.md")
    for link in doc.links:
        assert doc.text[link.start : link.end] == link.text
        assert link.line == 1


def test_odd_link_targets_kept_as_written() -> None:
    doc = parse_document("[js](javascript:void) <https://e.org/a> [ref][r]\n\n[r]: /target\n", "o.md")
    assert [(link.text, link.target) for link in doc.links] == [
        ("js", "javascript:void"),
        ("https://e.org/a", "https://e.org/a"),
        ("ref", "/target"),
    ]


def test_card_link_over_blank_lines_is_repaired() -> None:
    doc = parse_document("Intro.\n\n[![pic](p.png)\n\nCard Title\n\nBlurb text.](/news/x)\n", "c.md")
    assert doc.text == "Intro.\nCard Title\nBlurb text."
    assert [(link.text, link.target, link.line) for link in doc.links] == [("Card Title", "/news/x", 5)]


def test_no_front_matter_and_path_id(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    path = tmp_path / "sub" / "plain page.md"
    path.write_bytes(b"\xef\xbb\xbfJust text.\r\nMore.\r\n")
    doc = read_document(path, root=tmp_path)
    assert doc.metadata == {}
    assert doc.text == "Just text. More."
    assert doc.path == "sub/plain page.md"
    assert doc.id == "kgdoc:sub/plain%20page.md"


def _error(tmp_path: Path, content: bytes) -> DocumentError:
    path = tmp_path / "bad.md"
    path.write_bytes(content)
    with pytest.raises(DocumentError) as info:
        read_document(path)
    assert info.value.path == str(path)
    assert str(info.value).startswith(str(path))
    return info.value


def test_broken_yaml_names_the_line(tmp_path: Path) -> None:
    error = _error(tmp_path, b"---\ntitle: ok\nlist: [a, b\nurl: x\n---\nbody\n")
    assert error.line is not None and 3 <= error.line <= 5
    assert f"bad.md:{error.line}:" in str(error)


def test_yaml_error_line_is_file_line(tmp_path: Path) -> None:
    error = _error(tmp_path, b"---\na: 1\nb: 2\nc: : :\n---\nbody\n")
    assert error.line == 4


def test_unterminated_front_matter(tmp_path: Path) -> None:
    error = _error(tmp_path, b"---\ntitle: never closed\n\nbody text\n")
    assert error.line == 1
    assert "never closed" in error.message


def test_bad_utf8_names_line_7(tmp_path: Path) -> None:
    content = b"---\ntitle: t\n---\n\nline five\nline six\nbad \xff\xfe byte\nline eight\n"
    error = _error(tmp_path, content)
    assert error.line == 7
    assert "UTF-8" in error.message


@pytest.mark.parametrize("content", [b"", b"  \n\t\n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    assert "empty" in _error(tmp_path, content).message


def test_huge_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents, "MAX_BYTES", 50)
    error = _error(tmp_path, b"word " * 20)
    assert "limit" in error.message


def test_front_matter_must_be_a_mapping(tmp_path: Path) -> None:
    error = _error(tmp_path, b"---\n- a\n- b\n---\nbody\n")
    assert error.line == 2
    assert "mapping" in error.message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="cannot read"):
        read_document(tmp_path / "nope.md")


def test_error_survives_pickling() -> None:
    import pickle

    error = pickle.loads(pickle.dumps(DocumentError("a.md", 3, "bad")))
    assert (error.path, error.line, error.message, str(error)) == ("a.md", 3, "bad", "a.md:3: bad")


def test_iter_document_paths(tmp_path: Path) -> None:
    (tmp_path / "d" / ".git").mkdir(parents=True)
    for name in ("d/b.md", "d/a.markdown", "d/c.txt", "d/.hidden.md", "d/.git/x.md", "d/skip.json", "e.json"):
        (tmp_path / name).write_text("x")
    found = iter_document_paths([tmp_path / "d", tmp_path / "e.json", tmp_path / "d" / "b.md"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "d/a.markdown",
        "d/b.md",
        "d/c.txt",
        "e.json",
    ]
    with pytest.raises(DocumentError):
        iter_document_paths([tmp_path / "missing"])


def test_seed_folder_is_found() -> None:
    assert SEED in iter_document_paths([REPO / "seeds"])


@pytest.mark.slow
def test_whole_corpus_reads() -> None:
    corpus = SHARED / "corpus" / "nci"
    if not corpus.is_dir():
        pytest.skip("shared corpus not available")
    paths = iter_document_paths([corpus])
    assert len(paths) > 1000
    for path in paths:
        doc = read_document(path, root=corpus)
        assert doc.text.strip()
        for link in doc.links:
            assert doc.text[link.start : link.end] == link.text
