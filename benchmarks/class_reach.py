"""Measure: do the sentences that state a drug's class or mechanism become statements, and which class and target
phrases does the linker leave unlinked?

    python benchmarks/class_reach.py --list PAGES [--gold ../shared/gold] [--top 30] [--show]
    python benchmarks/class_reach.py PAGE.md ... | --tsv ../shared/vocab-sources/nci_pages/nci_cancer_drug_pages.tsv

A *class sentence* says what kind of drug something is ("X is a type of targeted therapy called a kinase
inhibitor", "belongs to a family of drugs called ...", "X is an antibody-drug conjugate"); a *mechanism sentence*
says what it acts on ("X works by blocking a protein called ...", "X binds to ...", "X targets ..."). Each needs a
subject: a drug or drug class named before the cue, or the page's first drug for "It ..." / "This drug ...". A
sentence is *reached* when ``kg extract`` gives that subject a ``member_of_class`` (class sentences) or an
``inhibits`` / ``targets`` (mechanism sentences) statement whose evidence overlaps the sentence.

The phrase after the cue ("called a kinase inhibitor", "a protein called mTOR") is *unlinked* when no drug class
(or target) mention overlaps it; the most frequent unlinked phrases are printed. Pages annotated in the gold folder
(a page whose file name matches a gold ``*.yaml``) and their drug-page rows in the TSV are skipped, so nothing is
tuned on gold text.
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.documents import DocumentError, parse_document, read_document
from kg.model import Document, Mention, Statement
from kg.pipeline import analyse_document
from kg.sentences import document_sentences

_KIND_OF = r"(?:type|kind|class|group|family|category)\s+of"  # not "a form of X": a formulation
CLASS_CUE = re.compile(
    rf"\b(?:is|are|as)\s+(?:a|an|one)\s+(?:\w+\s+){{0,2}}?{_KIND_OF}\b"
    rf"|\bbelongs?\s+to\s+(?:a|an|the)\s+(?:\w+\s+)?{_KIND_OF}\b"
    r"|\b(?:is|are)\s+(?:a|an)\s+(?:[\w()–-]+\s+){0,5}?(?:inhibitors?|antibod(?:y|ies)|agents?|antagonists?|agonists?|"
    r"blockers?|analog(?:ue)?s?|conjugates?|modulators?|degraders?|engagers?|alkaloids?|antimetabolites?|"
    r"anthracyclines?|taxanes?|bisphosphonates?|vaccines?)\b"
    r"|\bcalled\s+(?:a|an)\s+",
    re.I,
)
MECHANISM_CUE = re.compile(
    r"\b(?:works?|acts?)\s+by\s+(?:\w+\s+){0,3}?(?:blocking|inhibiting|binding|targeting|attaching|stopping)"
    r"|\b(?:blocks?|inhibits?|targets?|binds?\s+to|attaches\s+to)\s",
    re.I,
)
# the phrase a cue names: what follows "called (a)", "type of", "is a(n)", or a blocking verb
_CLASS_PHRASE = re.compile(
    rf"(?:(?<!cells\s)\bcalled\s+(?:a|an)?\s*|{_KIND_OF}\s+(?:drugs?\s+called\s+(?:a|an)?\s*)?|\b(?:is|are)\s+(?:a|an)\s+(?!(?:\w+\s+){0,2}?(?:type|kind|class|group|family|category)\s+of))"
    r"(?P<phrase>[^,.;:()]+?)(?=\s*(?:[,.;:()]|\b(?:that|which|drug|drugs|called|and\s+a|and\s+an|used|given)\b|$))",
    re.I,
)
_TARGET_PHRASE = re.compile(
    r"(?:blocking|inhibiting|binding\s+to|targeting|attaching\s+to|blocks|inhibits|targets|binds\s+to|attaches\s+to)"
    r"\s+(?:the\s+)?(?:(?:activity|action|effects?|signals?)\s+of\s+(?:the\s+)?)?(?:(?:a|an|certain)\s+)?"
    r"(?:(?:abnormal|mutant|mutated)\s+)?(?:(?:proteins?|enzymes?|receptors?|kinases?|molecules?)\s+(?:called\s+)?)?"
    r"(?P<phrase>[^,.;:()]+?)(?=\s*(?:[,.;:()]|\b(?:that|which|on|in|found|made|from|to|and\s+(?:is|helps|keeps|may)|"
    r"so|by|inside)\b|$))",
    re.I,
)
# a class named right before or after a drug: "the PARP inhibitor olaparib", "olaparib (Lynparza), a PARP inhibitor,"
_CLASS_HEAD = (r"(?:inhibitors?|antibod(?:y|ies)|agents?|blockers?|antagonists?|agonists?|conjugates?|vaccines?|"
               r"modulators?|degraders?|analog(?:ue)?s?|engagers?|chemotherapy|immunotherapy|(?:targeted|hormone)\s+"
               r"therap(?:y|ies)|(?:targeted|hormone|chemotherapy|immunotherapy)\s+drugs?)")
_CLASS_BEFORE = re.compile(rf"(?P<phrase>\b(?:the|a|an|called)\s+(?:[\w/–-]+\s+){{0,4}}?{_CLASS_HEAD})\s*,?\s*$", re.I)
_CLASS_AFTER = re.compile(
    rf"^\s*(?:\([^()]{{0,40}}\)\s*)?,\s*(?P<phrase>(?:a|an|another|the)\s+(?:[\w/–-]+\s+){{0,4}}?{_CLASS_HEAD})\b", re.I
)
_ANTECEDENT = re.compile(r"^\W*(?:it|this\s+(?:drug|medicine|agent|combination)|the\s+drug)\b", re.I)
_CLASS_PREDICATES = frozenset({"member_of_class"})
_MECHANISM_PREDICATES = frozenset({"inhibits", "targets"})
_GENERIC = frozenset({"drug", "drugs", "medicine", "treatment", "therapy", "small-molecule drug", "type", "protein"})


@dataclass(frozen=True)
class Cue:
    """One class or mechanism sentence, its subject, whether a statement reached it, and its unlinked phrases."""

    kind: str  # "class" or "mechanism"
    sentence: str
    subject: str | None
    reached: bool
    unlinked: tuple[str, ...]


def gold_names(gold: Path | None) -> frozenset[str]:
    """The file stems annotated in the gold folder (their pages are skipped; the yaml files are not opened).

    >>> gold_names(None)
    frozenset()
    """
    if gold is None or not gold.is_dir():
        return frozenset()
    return frozenset(p.stem for p in gold.glob("*.yaml"))


def cues_of(document: Document, mentions: Iterable[Mention], statements: Iterable[Statement]) -> Iterator[Cue]:
    """The class and mechanism sentences of one analysed document.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Olaparib is a type of targeted therapy called a PARP inhibitor.", "x.md")
    >>> a = analyse_document(doc)
    >>> [(c.kind, c.reached) for c in cues_of(doc, a.mentions, a.statements)]
    [('class', True)]
    """
    mentions = sorted(mentions, key=lambda m: m.start)
    statements = list(statements)
    text = document.text
    # "It is ..." is about the page's drug only on a page titled with it (a drug information page)
    page_drug = next((m for m in mentions if m.type == "drug"), None)
    if page_drug is not None and page_drug.text.lower() not in document.title.lower():
        page_drug = None
    for start, end in document_sentences(text):
        sentence = text[start:end]
        inside = [m for m in mentions if start <= m.start and m.end <= end]
        for kind, cue, predicates, phrase_rx, phrase_types in (
            ("class", CLASS_CUE, _CLASS_PREDICATES, _CLASS_PHRASE, ("drug_class", "drug")),
            ("mechanism", MECHANISM_CUE, _MECHANISM_PREDICATES, _TARGET_PHRASE, ("target",)),
        ):
            found = cue.search(sentence)
            if found is None:
                continue
            at = start + found.start()
            before = [m for m in inside if m.end <= at and m.type in ("drug", "drug_class")]
            subject = page_drug if _ANTECEDENT.match(sentence) else (before[0] if before else None)
            reached = subject is not None and any(
                s.subject == subject.id and s.predicate in predicates and s.evidence.start < end
                and s.evidence.end > start for s in statements
            )
            unlinked = []
            matches = phrase_rx.finditer(sentence, found.start()) if subject is not None else iter(())
            for match in matches:
                phrase = match.group("phrase").strip()
                p_start, p_end = start + match.start("phrase"), start + match.end("phrase")
                if not phrase or phrase.lower() in _GENERIC or len(phrase.split()) > 6:
                    continue
                if not any(m.start < p_end and m.end > p_start and m.type in phrase_types for m in inside):
                    unlinked.append(phrase.lower())
            yield Cue(kind, sentence, subject.text if subject else None, reached, tuple(unlinked))
        yield from _appositions(text, start, end, inside, statements)


def _appositions(text: str, start: int, end: int, inside: list[Mention], statements: list[Statement]) -> Iterator[Cue]:
    """The drugs of one sentence named with a class right before or after them."""
    for drug in (m for m in inside if m.type == "drug"):
        before = _CLASS_BEFORE.search(text[max(start, drug.start - 80) : drug.start])
        after = _CLASS_AFTER.match(text[drug.end : min(end, drug.end + 100)])
        if before is None and after is None:
            continue
        if before is not None:
            p_end = drug.start - (len(text[max(start, drug.start - 80) : drug.start]) - before.end("phrase"))
            p_start = p_end - len(before.group("phrase"))
        else:
            assert after is not None
            p_start, p_end = drug.end + after.start("phrase"), drug.end + after.end("phrase")
        linked = [m for m in inside if m.type == "drug_class" and m.start < p_end and m.end > p_start]
        reached = any(s.subject == drug.id and s.predicate == "member_of_class" and s.evidence.start < end
                      and s.evidence.end > start for s in statements)
        phrase = re.sub(r"^(?:the|a|an|another|called)\s+", "", text[p_start:p_end], flags=re.I).lower()
        yield Cue("apposition", text[start:end], drug.text, reached, () if linked else (phrase,))


def _documents(args: argparse.Namespace, skip: frozenset[str]) -> Iterator[Document]:
    paths = [*args.paths]
    if args.list:
        paths += [Path(line.strip()) for line in args.list.read_text().splitlines() if line.strip()]
    for path in paths:
        if path.stem in skip:
            continue
        try:
            yield read_document(path)
        except DocumentError as error:
            print(f"skipped: {error}")
    if args.tsv:
        with args.tsv.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                slug = row["url"].rstrip("/").rsplit("/", 1)[-1]
                if f"about-cancer-treatment-drugs-{slug}" not in skip and row["description"]:
                    yield parse_document(row["description"], f"tsv:{slug}")


def main(argv: list[str] | None = None) -> int:
    """Analyse the pages, count reached cue sentences and the most frequent unlinked phrases."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--list", type=Path, help="a file naming one page per line")
    parser.add_argument("--tsv", type=Path, help="the NCI drug-page table; its descriptions are read as pages")
    parser.add_argument("--gold", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "gold")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--show", action="store_true", help="print every unreached sentence")
    args = parser.parse_args(argv)
    cues: list[Cue] = []
    for document in _documents(args, gold_names(args.gold)):
        analysis = analyse_document(document)
        cues.extend(cues_of(document, analysis.mentions, analysis.statements))
    for kind in ("class", "apposition", "mechanism"):
        mine = [c for c in cues if c.kind == kind]
        with_subject = [c for c in mine if c.subject is not None]
        reached = sum(c.reached for c in with_subject)
        share = reached / len(with_subject) if with_subject else 0.0
        print(f"{kind}: {len(mine)} sentences, {len(with_subject)} with a subject, reached {reached} ({share:.1%})")
        phrases = Counter(p for c in mine for p in c.unlinked)
        print(f"\n| uses | unlinked {kind} phrase |\n|---:|---|")
        for phrase, count in phrases.most_common(args.top):
            print(f"| {count} | {phrase} |")
        print()
        if args.show:
            for c in with_subject:
                if not c.reached:
                    print(f"  [{c.subject}] {c.sentence[:300]}")
            print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
