"""Write the compiled vocabulary: ``terms.tsv.gz`` and ``relations.tsv.gz``, byte-for-byte reproducible.

Rows are sorted, lists are ``|``-joined, and gzip is written with mtime 0 and no file name, so rebuilding
from the same sources reproduces the committed files exactly. Each file goes to a temporary name first and is
renamed into place, so a failed build never leaves half a file.
"""

from __future__ import annotations

import gzip
import io
import os
import tempfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from kg.model import CuratedRelation, Term
from kg.vocabulary.assemble import assemble

TERMS_FILE = "terms.tsv.gz"
RELATIONS_FILE = "relations.tsv.gz"
TERM_COLUMNS = ("id", "type", "label", "synonyms", "brands", "codes", "xrefs", "sources")
RELATION_COLUMNS = ("subject", "predicate", "object", "source")


def term_row(term: Term) -> str:
    """One TSV line (with its newline) for a term.

    >>> term_row(Term("NCIT:C48387", "drug", "everolimus", brands=("Afinitor", "Zortress")))
    'NCIT:C48387\\tdrug\\teverolimus\\t\\tAfinitor|Zortress\\t\\t\\t\\n'
    """
    lists = ("|".join(v) for v in (term.synonyms, term.brands, term.codes, term.xrefs, term.sources))
    return "\t".join((term.id, term.type, term.label, *lists)) + "\n"


def write_gzip_tsv(path: Path, header: Iterable[str], lines: Iterable[str]) -> int:
    """Write a deterministic gzip TSV via a temporary file; returns the number of data rows.

    >>> import tempfile; d = Path(tempfile.mkdtemp())
    >>> write_gzip_tsv(d / "x.tsv.gz", ("a",), ["1\\n"])
    1
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.StringIO()
    buffer.write("\t".join(header) + "\n")
    count = 0
    for line in lines:
        buffer.write(line)
        count += 1
    raw = buffer.getvalue().encode("utf-8")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with (
            os.fdopen(handle, "wb") as out,
            gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0) as gz,
        ):
            gz.write(raw)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return count


def compile_vocabulary(sources_dir: Path, out_dir: Path) -> dict[str, int]:
    """Compile the vocabulary from a vocab-sources directory into ``out_dir``; returns counts.

    The counts are ``terms``, ``relations`` and one ``type:<type>`` entry per entity type.

    >>> compile_vocabulary(Path("/work/shared/vocab-sources"), Path("ontology/vocabulary"))  # doctest: +SKIP
    {'terms': ..., 'relations': ..., 'type:drug': ...}
    """
    terms, relations = assemble(sources_dir)
    written_terms = write_gzip_tsv(out_dir / TERMS_FILE, TERM_COLUMNS, (term_row(t) for t in terms))
    written_relations = write_gzip_tsv(
        out_dir / RELATIONS_FILE,
        RELATION_COLUMNS,
        (relation_row(r) for r in relations),
    )
    counts = {"terms": written_terms, "relations": written_relations}
    for term_type, number in sorted(Counter(t.type for t in terms).items()):
        counts[f"type:{term_type}"] = number
    for predicate, number in sorted(Counter(r.predicate for r in relations).items()):
        counts[f"predicate:{predicate}"] = number
    return counts


def relation_row(relation: CuratedRelation) -> str:
    """One TSV line for a curated relation.

    >>> relation_row(CuratedRelation("NCIT:C48387", "targets", "HGNC:3942", "drugcentral"))
    'NCIT:C48387\\ttargets\\tHGNC:3942\\tdrugcentral\\n'
    """
    return f"{relation.subject}\t{relation.predicate}\t{relation.object}\t{relation.source}\n"
