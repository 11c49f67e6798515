"""Where the per-document stages run: in this process, in local worker processes, or on a Dask cluster.

An executor maps a picklable top-level function over a list of jobs and yields the results in the jobs'
order, so the merge (a keyed reduce in the caller) does not depend on scheduling. Each job names one
document; the function reads, links and extracts it (:func:`kg.pipeline.run_job`). The same shape maps
onto other engines: a Ray task per job (``ray.get`` in order), or a Spark RDD of jobs
(``sc.parallelize(jobs).map(run_job)``, collected in order with ``zipWithIndex``), with the same merge.

Dask (``pip install kg[dask]``) is imported only when chosen.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Protocol, TypeVar

from kg.guard import end_with_parent

Job = TypeVar("Job")
Result = TypeVar("Result")

EXECUTORS = ("local", "dask")
PARALLEL_THRESHOLD = 40


class Executor(Protocol):
    """Maps a function over jobs, yielding results in job order."""

    def map(self, function: Callable[[Job], Result], jobs: Sequence[Job]) -> Iterator[Result]:
        """The results of ``function`` on each job, in order."""
        ...


class LocalExecutor:
    """This process for a few jobs or one worker, else a pool of worker processes.

    >>> list(LocalExecutor(workers=1).map(abs, [-1, 2, -3]))
    [1, 2, 3]
    """

    def __init__(self, workers: int | None = None, threshold: int = PARALLEL_THRESHOLD) -> None:
        self.workers = workers if workers is not None else min(os.cpu_count() or 1, 8)
        self.threshold = threshold  # fewer jobs than this run in this process

    def map(self, function: Callable[[Job], Result], jobs: Sequence[Job]) -> Iterator[Result]:
        """The results of ``function`` on each job, in order. In worker processes, the jobs are handed to them
        at once, before the first result is asked for (the caller reads its cached analyses meanwhile); the
        workers stop when the results have all been read or the iterator is closed."""
        if self.workers <= 1 or len(jobs) < self.threshold:
            return map(function, jobs)
        pool = ProcessPoolExecutor(max_workers=min(self.workers, len(jobs)), initializer=end_with_parent,
                                   initargs=(os.getpid(),))  # none outlives us
        try:
            results = pool.map(function, jobs, chunksize=8)
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise
        return _until_read(pool, results)


def _until_read(pool: ProcessPoolExecutor, results: Iterator[Result]) -> Iterator[Result]:
    """``results``, then the pool shut down (also when the caller stops early)."""
    with pool:
        yield from results


class DaskExecutor:
    """A dask.distributed cluster: the scheduler at ``scheduler`` (``tcp://host:8786``), or a LocalCluster
    of ``workers`` processes started for the build and stopped after it.

    Workers read the documents by path, so on a real cluster the corpus must be on a filesystem they share.
    """

    def __init__(self, scheduler: str | None = None, workers: int | None = None) -> None:
        self.scheduler = scheduler
        self.workers = workers if workers is not None else min(os.cpu_count() or 1, 8)

    def map(self, function: Callable[[Job], Result], jobs: Sequence[Job]) -> Iterator[Result]:
        """The results of ``function`` on each job, in order; each result is released once yielded."""
        from dask.distributed import Client, LocalCluster

        cluster: Any = None
        if self.scheduler is None:
            cluster = LocalCluster(
                n_workers=max(self.workers, 1), threads_per_worker=1, processes=True,
                dashboard_address=None, silence_logs=logging.ERROR,
            )
        client: Any = Client(self.scheduler or cluster)
        try:
            futures = client.map(function, jobs, pure=False)
            for future in futures:
                result: Result = future.result()
                future.release()
                yield result
        finally:
            client.close()
            if cluster is not None:
                cluster.close()


def make_executor(
    name: str = "local",
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    threshold: int = PARALLEL_THRESHOLD,
) -> Executor:
    """The executor called ``name`` (``local`` or ``dask``); ``threshold``: see :class:`LocalExecutor`.

    >>> type(make_executor("local")).__name__
    'LocalExecutor'
    """
    if name == "local":
        return LocalExecutor(workers, threshold)
    if name == "dask":
        return DaskExecutor(scheduler, workers)
    raise ValueError(f"unknown executor {name!r} (known: {', '.join(EXECUTORS)})")
