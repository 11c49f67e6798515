"""CPU seconds of reading (front matter, markdown, sentence split) and of relation extraction over a corpus.

    python benchmarks/read_extract.py ../shared/corpus/nci --mentions /tmp/mentions.pickle
    python benchmarks/read_extract.py ../shared/corpus/nci --every 3 --profile extract

Linking is not timed: the mentions of each page are computed once and kept in the ``--mentions`` file (made on the
first run, read on the next ones), so that reading and extraction can be timed again and again without relinking.
``--profile read|extract`` prints a cProfile summary of that stage (by own time, then by cumulative time).
"""

from __future__ import annotations

import argparse
import cProfile
import pickle
import pstats
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    """Time reading and extraction over the corpus and print one line per stage."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--every", type=int, default=1, help="take every K-th page")
    parser.add_argument("--mentions", type=Path, help="a pickle of each page's mentions (made when missing)")
    parser.add_argument("--profile", choices=("read", "extract"), help="profile this stage")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args(argv)

    from kg.documents import iter_document_paths, read_document
    from kg.relations import extract_statements
    from kg.sentences import document_sentences

    paths = iter_document_paths([args.corpus])[:: args.every]
    documents = [read_document(path, root=args.corpus) for path in paths]
    mentions: dict[str, list] = {}
    if args.mentions is not None and args.mentions.exists():
        mentions = pickle.loads(args.mentions.read_bytes())
    missing = [d for d in documents if d.id not in mentions]
    if missing:
        from kg.pipeline import default_linker

        linker = default_linker()
        for document in missing:
            mentions[document.id] = linker.link(document)
        if args.mentions is not None:
            args.mentions.write_bytes(pickle.dumps(mentions))

    profile = cProfile.Profile()
    started = time.process_time()
    if args.profile == "read":
        profile.enable()
    for path in paths:
        document = read_document(path, root=args.corpus)
        document_sentences(document.text)
    profile.disable()
    read = time.process_time() - started

    started = time.process_time()
    if args.profile == "extract":
        profile.enable()
    statements = 0
    for document in documents:
        statements += len(extract_statements(document, mentions[document.id]))
    profile.disable()
    extracted = time.process_time() - started

    characters = sum(len(d.text) for d in documents)
    print(f"{len(paths)} pages, {characters / 1e6:.2f} M characters, {statements} statements")
    print(f"  read     {read:6.2f} CPU s")
    print(f"  extract  {extracted:6.2f} CPU s")
    if args.profile:
        stats = pstats.Stats(profile)
        stats.sort_stats("tottime").print_stats(args.top)
        stats.sort_stats("cumulative").print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
