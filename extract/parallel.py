"""Executors: run a per-batch function over documents, in order, on one core, many, or a cluster.

Documents travel in small :class:`Batch` es (:data:`BATCH` documents). Every
executor returns results in the order of the batches while keeping only a few
batches in flight (:data:`WINDOW` per worker), so memory stays flat whatever
the corpus size and the output is the same bytes whatever the number of workers:

- ``workers=1``: in this process, one batch after the other;
- ``workers=N``: a local process pool, started at the first task the cache
  cannot answer (a rerun served by the cache never loads spaCy). This process
  runs :func:`warm` first and the workers are forked from it, so they start
  warm and share its pages (where there is no ``fork``: spawned workers that
  each run :func:`warm`);
- ``engine="dask"``: a Dask cluster, at ``scheduler`` or a ``LocalCluster`` of
  ``workers`` single-threaded processes; each worker is warmed once too. With
  a remote scheduler the inputs, the cache and the code must be reachable by
  the workers under the same paths and versions.

>>> list(imap(len, ["ab", "c"], workers=1))
[2, 1]
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import sys
import tempfile
from collections import deque
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator, Literal, Optional, TypeVar

from .cache import Cache

T = TypeVar("T")
R = TypeVar("R")
Engine = Literal["local", "dask"]
Item = tuple[Path, str, Path]  # (path, doc_id, input folder), as pipeline.inputs lists them

GC_YOUNG = 10_000  # container allocations (net) between two collections of the youngest generation
BATCH = 64  # documents per task (each batch is validated and encoded as one: a fixed cost of ~10 ms)
WINDOW = 4  # tasks in flight per worker
ENGINES = ("local", "dask")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Batch:
    """A task: consecutive documents (in doc_id order) and the cache to consult, if any."""

    index: int
    items: tuple[Item, ...]
    cache: Optional[Cache] = None


def batches(items: Iterable[Item], *, size: Optional[int] = None, cache: Optional[Cache] = None) -> Iterator[Batch]:
    """Cut documents into batches of ``size`` (default :data:`BATCH`), keeping their order.

    >>> [len(b.items) for b in batches([(Path("a"), "a", Path("."))] * 5, size=2)]
    [2, 2, 1]
    """
    size = size or BATCH
    it = iter(items)
    index = 0
    while chunk := tuple(islice(it, size)):
        yield Batch(index, chunk, cache)
        index += 1


WARM_UP = ("Pay\n\nAccording to a survey, senior engineers in the capital earn around $50,000 a year "
           "(up to $70 an hour) after 4-6 yrs in the role.\n• Entry level: $40k\n\n"
           "Pay by city (in US dollars):\n\nCityMedianEntry\nNorthtown$52,000$41k\nSouthport$48,500$39k\n")


@lru_cache(maxsize=1)
def warm() -> None:
    """Load what every document needs, once per process: the spaCy pipeline, the rule files and
    the detectors' lazily built tables (by processing a short made-up text), quantulum3's
    slow first parse when a detector imported it, and pandas (which pyarrow imports the first
    time it converts a batch; loaded here, forked workers share it instead of each importing it).

    What it loads lives as long as the process, so the cyclic garbage collector is
    paused meanwhile (its imports allocate enough objects to set off several full
    collections, each walking everything loaded so far) and then frozen out of its reach
    (``gc.freeze``): later collections walk only what documents allocate, and forked
    workers do not write to the pages they share with this process.

    Documents then collect the youngest generation every :data:`GC_YOUNG` net allocations
    instead of Python's 700: each collection has a cost of its own (about 1 ms here), and a
    document set off about one at 700 (0.25 s per 300 documents of the bench sample, 0.08 s
    at 10,000); the garbage found is the same, freed a little later.
    """
    from . import pipeline, write

    collecting = gc.isenabled()
    gc.disable()
    try:
        with tempfile.TemporaryDirectory(prefix="extract-warm-") as tmp:
            path = Path(tmp) / "warm-up.txt"
            path.write_text(WARM_UP, encoding="utf-8")
            pipeline.process(path, "warm-up", root=Path(tmp))
        if "quantulum3" in sys.modules:
            from quantulum3 import parser

            parser.parse("It pays $5 an hour.")
        write.facts_schema()  # and what encoding a batch needs: pyarrow loads pandas on its first conversion
    finally:
        gc.freeze()
        gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])
        if collecting:
            gc.enable()


def imap(fn: Callable[[T], R], tasks: Iterable[T], *, workers: int = 1, engine: Engine = "local",
         scheduler: Optional[str] = None, warm_first: bool = True,
         ready: Optional[Callable[[T], Optional[R]]] = None) -> Iterator[R]:
    """Yield ``fn(task)`` for every task, in order, computed by the chosen executor.

    ``fn`` must be a module-level function (it is pickled by reference). With
    ``warm_first`` one process or each Dask worker runs :func:`warm` before the
    first task; without (a run that may find everything in the cache), ``fn``
    calls it when needed. A process pool is always warmed once, when it starts.
    ``ready(task)``, when given, is tried first in this process (a cache
    lookup): a result it returns is used as is, and the process pool is only
    started for the first task it cannot answer.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; expected one of {', '.join(ENGINES)}")
    if engine == "dask":
        return _dask(fn, tasks, workers=workers, scheduler=scheduler, warm_first=warm_first, ready=ready)
    if workers <= 1:
        return _serial(fn, tasks, warm_first=warm_first)
    return _pool(fn, tasks, workers=workers, ready=ready)


def _serial(fn: Callable[[T], R], tasks: Iterable[T], *, warm_first: bool) -> Iterator[R]:
    if warm_first:
        warm()
    for task in tasks:
        yield fn(task)


def _context() -> multiprocessing.context.BaseContext:
    """``fork`` where there is one (workers inherit the warmed pipeline: no import, no warm-up,
    shared memory pages), else ``spawn`` (each worker imports and warms)."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _pool(fn: Callable[[T], R], tasks: Iterable[T], *, workers: int,
          ready: Optional[Callable[[T], Optional[R]]]) -> Iterator[R]:
    pool = None

    def submit(task: T) -> Callable[[], R]:
        nonlocal pool
        done = ready(task) if ready else None
        if done is not None:
            return lambda: done
        if pool is None:  # the first task the cache cannot answer: every worker will need the pipeline
            ctx = _context()
            if ctx.get_start_method() == "fork":
                warm()
            pool = ctx.Pool(workers, initializer=None if ctx.get_start_method() == "fork" else warm)
        return pool.apply_async(fn, (task,)).get

    try:
        yield from _ordered(submit, tasks, window=WINDOW * workers)
    finally:
        if pool is not None:
            pool.terminate()


def _dask(fn: Callable[[T], R], tasks: Iterable[T], *, workers: int, scheduler: Optional[str],
          warm_first: bool, ready: Optional[Callable[[T], Optional[R]]]) -> Iterator[R]:
    from distributed import Client, LocalCluster

    if scheduler:
        client = Client(scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
    try:
        if warm_first:
            client.run(warm)
        n = max(1, len(client.scheduler_info().get("workers", {})))
        def submit(task: T) -> Callable[[], R]:
            done = ready(task) if ready else None
            if done is not None:
                return lambda: done
            return client.submit(fn, task, pure=False).result

        yield from _ordered(submit, tasks, window=WINDOW * n)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _ordered(submit: Callable[[T], Callable[[], R]], tasks: Iterable[T], *, window: int) -> Iterator[R]:
    """Keep ``window`` tasks submitted; yield their results in submission order."""
    it = iter(tasks)
    pending: deque[Callable[[], R]] = deque(submit(task) for task in islice(it, window))
    while pending:
        result = pending.popleft()()
        for task in islice(it, 1):
            pending.append(submit(task))
        yield result
