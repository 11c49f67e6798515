"""The build: read → link → extract for each document (a pure function of one file), then merge.

Per-document work runs in worker processes when there are many documents; the merge is a keyed reduce in
the parent, in path order, so the result does not depend on scheduling. A document that cannot be read
is reported with its path and line and left out; the rest of the build goes on.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.cache import linker_state
from kg.doccache import DocumentCache
from kg.documents import DocumentError, iter_document_paths, parse_document, read_document
from kg.executors import PARALLEL_THRESHOLD, make_executor
from kg.gcpause import gc_paused, gc_resumed
from kg.graph import KnowledgeGraph, MentionedEntity, Node, summarize_mentions
from kg.guard import DocumentTimeout, time_limit
from kg.model import Document, Evidence, Mention, Statement
from kg.results import TrialResult
from kg.summary import UnlinkedLink, unlinked_links
from kg.vocabulary import default_vocabulary

if TYPE_CHECKING:
    from kg.linking.linker import Linker


@dataclass(frozen=True)
class Analysis:
    """What one document gives: the document, its mentions and its statements.

    >>> Analysis(Document(id="d", path="d.md", metadata={}, text=""), (), ()).statements
    ()
    """

    document: Document
    mentions: tuple[Mention, ...]
    statements: tuple[Statement, ...]
    results: tuple[TrialResult, ...] = ()
    unlinked: tuple[UnlinkedLink, ...] | None = None  # computed where the document is analysed, then cached
    mention_summary: tuple[MentionedEntity, ...] | None = None  # a cached analysis's mentions, per entity

    def mentioned(self) -> tuple[MentionedEntity, ...]:
        """What the mentions give the graph, one record per entity (:func:`kg.graph.summarize_mentions`).

        >>> Analysis(Document(id="d", path="d.md", metadata={}, text=""), (), ()).mentioned()
        ()
        """
        if self.mention_summary is not None:
            return self.mention_summary
        return summarize_mentions(self.mentions)


@dataclass
class BuildReport:
    """The outcome of a build: the graph, the documents read, and the errors of those that were not.

    >>> BuildReport(KnowledgeGraph()).failed
    0
    """

    graph: KnowledgeGraph
    documents: int = 0
    errors: list[str] = field(default_factory=list)
    unlinked: list[UnlinkedLink] = field(default_factory=list)
    keys: dict[str, str] = field(default_factory=dict)  # path → document-cache key of each document read
    cache: Path | None = None  # the document cache the build used (its exports can be patched from it)

    @property
    def failed(self) -> int:
        """How many documents could not be read."""
        return len(self.errors)


@cache
def default_linker() -> Linker:
    """The linker over the committed vocabulary, loaded once per process from the start-up cache."""
    from kg.linking.linker import Linker  # here, not at the top: a process that only merges never links

    vocabulary, matcher = linker_state()
    return Linker(vocabulary, matcher)


def analyse_document(document: Document, linker: Linker | None = None) -> Analysis:
    """Link and extract one parsed document.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Everolimus inhibits a protein called mTOR.", "x.md")
    >>> [s.predicate for s in analyse_document(doc).statements]
    ['inhibits']
    """
    from kg.relations import extract_statements  # here: a process that only merges never reads relations
    from kg.results import extract_results

    linker = linker or default_linker()
    mentions = linker.link(document)
    statements = extract_statements(document, mentions)
    results = extract_results(document, mentions)
    return Analysis(document, tuple(mentions), tuple(statements), tuple(results))


def analyse_path(path: Path, root: Path | None = None) -> Analysis:
    """Read, link and extract one file (raises :class:`DocumentError` when it cannot be read).

    >>> analyse_path(Path("seeds/000_702680f2cf8034cf.txt")).document.title[:25]
    'Combination Therapy Shows'
    """
    return analyse_document(read_document(path, root=root))


@cache
def _warm_up() -> None:
    analyse_document(parse_document("[Everolimus](/about-cancer/treatment/drugs/everolimus) inhibits mTOR.", "warm-up"))


@dataclass(frozen=True)
class Job:
    """One document to analyse: its path, the folder it was found under, where to cache the result, how
    long its analysis may take (seconds; None or 0: no limit), and whether to return the analysis in
    :func:`cache_form` (what the merge reads: a smaller result to send back from a worker).

    >>> Job(Path("a.md")).root is None
    True
    """

    path: Path
    root: Path | None = None
    cache_dir: Path | None = None
    key: str | None = None
    doc_timeout: float | None = None
    compact: bool = False


def run_job(job: Job) -> Analysis | str:
    """Read, link and extract one document (the error as a one-line string when it cannot be read or takes
    longer than its time limit), and cache the analysis when the job says where. Runs in worker processes and
    on Dask workers.

    >>> run_job(Job(Path("seeds/000_702680f2cf8034cf.txt"))).document.title[:8]
    'Combinat'
    """
    if job.doc_timeout:
        _warm_up()  # loading the vocabulary and the extractors is not the first document's time
    try:
        with time_limit(job.doc_timeout):  # see kg.guard: one document's work, bounded
            analysis = analyse_path(job.path, job.root)
            # the merge's per-document step, tried here first, where a failure costs only this document
            KnowledgeGraph().add_document(analysis.document)
    except DocumentError as error:
        return str(error)
    except DocumentTimeout as error:
        return str(DocumentError(str(job.path), None, str(error)))
    except Exception as error:  # one bad document must not stop the build: report it with its path, on one line
        return str(DocumentError(str(job.path), None, f"internal error {type(error).__name__}: {error}"))
    analysis = replace(analysis, unlinked=tuple(unlinked_links(analysis)))
    kept = cache_form(analysis) if job.compact or job.cache_dir is not None else analysis
    if job.cache_dir is not None and job.key is not None:
        DocumentCache(job.cache_dir).store(job.key, kept)
    return kept if job.compact else analysis


def cache_form(analysis: Analysis) -> Analysis:
    """What the per-document cache keeps of an analysis: what the merge and the build report read (the
    document's id, path, metadata and warnings; its mentions summed up per entity, the statements, results
    and unlinked links), without the document's text, headings, blocks and links or the single mentions,
    which would only make loading slower (a rebuild loads every entry).

    >>> doc = parse_document("# Title\\n\\nEverolimus inhibits mTOR.", "x.md")
    >>> analysis = analyse_document(doc)
    >>> kept = cache_form(analysis)
    >>> kept.document.text, kept.document.headings, kept.mentions, kept.mentioned() == analysis.mentioned() != ()
    ('', (), (), True)
    """
    document = replace(analysis.document, text="", headings=(), blocks=(), links=())
    unlinked = analysis.unlinked if analysis.unlinked is not None else tuple(unlinked_links(analysis))
    return replace(analysis, document=document, mentions=(), mention_summary=analysis.mentioned(), unlinked=unlinked)


def _root_of(path: Path) -> Path | None:
    return path if path.is_dir() else None


def analyse_paths(
    paths: Sequence[Path],
    *,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    doc_timeout: float | None = None,
    cache: Path | None = None,
    executor: str = "local",
    scheduler: str | None = None,
    keys: dict[str, str] | None = None,
    compact: bool = False,
) -> Iterable[Analysis | str]:
    """Analyse every document under the given files or folders, in path order (errors as strings); a document
    whose analysis takes longer than ``doc_timeout`` seconds is an error.

    With ``cache`` (a folder), a document whose bytes, path, vocabulary and code are unchanged is taken from
    the cache (:mod:`kg.doccache`) and only the others are analysed, by the ``local`` or ``dask`` executor
    (:mod:`kg.executors`). A cached analysis is in :func:`cache_form`: its document has no text, headings or
    blocks; with ``compact``, every analysis is (what the merge reads; workers send back less). ``keys``,
    when given, receives the cache key of each document analysed or loaded (by path), which
    lets the exports tell which documents changed since the last build (:mod:`kg.export.incremental`).

    >>> [type(a).__name__ for a in analyse_paths([Path("seeds")])]
    ['Analysis']
    """
    jobs: list[Job] = []
    missing: list[DocumentError] = []  # paths that do not exist, special files: reported, the rest goes on
    for given in paths:
        root = _root_of(given)
        jobs.extend(Job(path, root, doc_timeout=doc_timeout, compact=compact)
                    for path in iter_document_paths([given], missing))
    yield from (str(error) for error in missing)
    cached: set[int] = set()  # documents with a cache entry: loaded one at a time, as the merge reaches them
    store = DocumentCache(cache) if cache is not None else None
    if store is not None:
        for index, job in enumerate(jobs):
            key = _key_of(store, job)
            if key is None:
                continue
            if store.file(key).is_file():
                cached.add(index)
            jobs[index] = Job(job.path, job.root, cache, key, doc_timeout, compact)
    to_run = [job for index, job in enumerate(jobs) if index not in cached]
    # In a cached build even one changed document is analysed in a worker process: the merging process then
    # never loads the matcher (~300 MB), so a rebuild's peak memory stays that of a clean build.
    threshold = 1 if cache is not None and workers != 1 else PARALLEL_THRESHOLD
    runner = make_executor(executor, workers=workers, scheduler=scheduler, threshold=threshold) if to_run else None
    with gc_resumed():  # worker processes start here (see build()), and work while the cached entries are read
        results = iter(runner.map(run_job, to_run)) if runner is not None else iter(())
    total = len(jobs)
    ahead: dict[int, object] = {}  # cached entries loaded while a worker's analysis was awaited
    for index, job in enumerate(jobs):
        if index in cached:
            hit = ahead.pop(index) if index in ahead else _load_entry(store, job)
            result: Analysis | str
            if isinstance(hit, Analysis):
                result = hit
            else:
                with gc_resumed():  # see build()
                    result = run_job(job)  # an unreadable entry is redone
        else:
            # The merge goes in path order, so it waits for this document's analysis; meanwhile the cached
            # entries up to the next document being analysed are read (in a one-page rebuild, the worker
            # is still importing and loading the matcher when the merge gets here).
            for later in range(index + 1, total):
                if later not in cached:
                    break
                ahead[later] = _load_entry(store, jobs[later])
            with gc_resumed():
                result = next(results)
        if progress is not None:
            progress(index + 1, total)
        if keys is not None and job.key is not None and isinstance(result, Analysis):
            keys[str(job.path)] = job.key
        yield result


def _load_entry(store: DocumentCache | None, job: Job) -> object:
    return store.load(job.key) if store is not None and job.key is not None else None


def _key_of(store: DocumentCache, job: Job) -> str | None:
    try:
        return store.key(job.path, job.root, job.path.read_bytes())
    except OSError:
        return None  # reported by the reader


def merge(analyses: Iterable[Analysis], graph: KnowledgeGraph | None = None) -> KnowledgeGraph:
    """Merge analyses into one graph (a keyed reduce), then add the curated facts between its entities.

    >>> merge([]).nodes
    {}
    """
    graph = graph if graph is not None else KnowledgeGraph()
    statements: list[Statement] = []  # added at the end, each edge's evidence sorted once
    # The collector is paused while the graph grows (kg.gcpause), not while the next analysis is made.
    for analysis in analyses:
        with gc_paused():
            graph.add_document(analysis.document)
            graph.add_mention_summary(analysis.mentioned())
            for statement in analysis.statements:
                if statement.subject not in graph.nodes and statement.subject.startswith("KG:brand/"):
                    graph.add_node(Node(statement.subject, "brand", statement.subject_text))
            statements.extend(analysis.statements)
            for result in analysis.results:
                graph.add_result(result)
    with gc_paused():
        add_vocabulary_names(graph)
        statements.extend(curated_statements(graph.nodes))
        graph.add_statements(statements)
    return graph


MAX_VOCABULARY_SYNONYMS = 25


def add_vocabulary_names(graph: KnowledgeGraph) -> None:
    """Give each entity node its vocabulary names and cross-references (the full gene name "mechanistic
    target of rapamycin kinase" for MTOR, brand names for a drug), so the graph can be searched by them."""
    vocabulary = default_vocabulary()
    for node_id in sorted(graph.nodes):
        term = vocabulary.get(node_id)
        if term is None:
            continue
        names = [term.label, *term.brands, *term.codes, *term.synonyms][: MAX_VOCABULARY_SYNONYMS + 1]
        graph.add_node(Node(node_id, term.type, term.label, tuple(n for n in names if n), term.xrefs))


def add_curated_relations(graph: KnowledgeGraph) -> None:
    """Add the vocabulary's curated relations whose both ends are in the graph, naming their source."""
    for statement in curated_statements(graph.nodes):
        graph.add_statement(statement)


def curated_statements(within: Collection[str] | None = None) -> Iterator[Statement]:
    """The vocabulary's curated relations (those with both ends ``within``, when given) as statements, with
    evidence naming their source.

    >>> next(curated_statements()).evidence.method
    'curated'
    """
    for relation in default_vocabulary().relations:
        if within is not None and (relation.subject not in within or relation.object not in within):
            continue
        evidence = Evidence(
            doc=relation.source, sentence="", start=0, end=0, method="curated", confidence=0.9,
            source=relation.source,
        )
        yield Statement(relation.subject, relation.predicate, relation.object, evidence)


def build(
    paths: Sequence[Path],
    *,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    doc_timeout: float | None = None,
    cache: Path | None = None,
    executor: str = "local",
    scheduler: str | None = None,
) -> BuildReport:
    """Build the knowledge graph of every document under ``paths`` (options as :func:`analyse_paths`).

    >>> report = build([Path("seeds")])
    >>> report.documents, report.failed
    (1, 0)
    """
    report = BuildReport(KnowledgeGraph(), cache=cache)

    def readable() -> Iterable[Analysis]:
        # streamed into the merge, so no document's text outlives its turn
        analyses = analyse_paths(
            paths, workers=workers, progress=progress, doc_timeout=doc_timeout, cache=cache, executor=executor,
            scheduler=scheduler, keys=report.keys, compact=True,
        )
        for result in analyses:
            if isinstance(result, str):
                report.errors.append(result)
                print(result, file=sys.stderr)
            else:
                for warning in result.document.warnings:
                    print(warning, file=sys.stderr)
                report.documents += 1
                report.unlinked.extend(result.unlinked if result.unlinked is not None else unlinked_links(result))
                yield result

    # Loading the cached analyses and merging them make many objects that all live on: the cycle collector
    # is paused meanwhile (kg.gcpause), but not while a document is analysed here or a worker's result read.
    with gc_paused():
        merge(readable(), report.graph)
    return report
