"""The pipeline, stage by stage: ingest -> annotate -> link -> dataset -> write.

``process`` is the per-document function: pure (a file in, records out), so any
executor can run it (:mod:`extract.parallel`: one process, a process pool, a
Dask cluster). ``extract`` streams a corpus through it in batches and writes
the dataset as it goes; ``run`` returns the validated
:class:`~extract.dataset.Dataset` in memory instead.
"""

from __future__ import annotations

import ctypes
import logging
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Iterator, Optional

from . import dataset, ingest, parallel, write
from .cache import Cache
from .dataset import Dataset
from .parallel import Batch
from .types import DocResult, DocumentError

# annotate and link (spaCy and the rule tables) are imported by the first document
# processed: a rerun that finds every document in the cache never loads them.

log = logging.getLogger(__name__)


TIME_BUDGET = 60.0  # seconds one document may take before it becomes an error row
TIMEOUT_REASON = "time budget exceeded"


class TimeBudgetExceeded(BaseException):
    """Raised by the alarm inside a runaway document (a BaseException: no ``except Exception`` swallows it)."""


def process(path: Path, doc_id: str, *, root: Optional[Path] = None,
            time_budget: Optional[float] = TIME_BUDGET) -> DocResult:
    """Run every stage on one file. Never raises for a bad input: it becomes an error row.

    A document that takes longer than ``time_budget`` seconds (None or 0: no
    limit) becomes an error row "time budget exceeded": in the main thread by
    SIGALRM (one process, a process pool), in any other thread (Dask workers)
    by a timer that raises the same exception in that thread. Either way the
    exception is raised between two Python steps, so a single call into C
    (one regex search) is not cut short: the detectors are linear-time for that.
    """
    try:
        with _budget(time_budget):
            return _process(path, doc_id, root=root)
    except TimeBudgetExceeded:
        fmt = ingest.FORMATS.get(Path(path).suffix.lower(), "txt")
        return DocResult(DocumentError(doc_id, Path(path).as_posix(), fmt, None,
                                       f"{TIMEOUT_REASON} ({time_budget:g} s)"))


@contextmanager
def _budget(seconds: Optional[float]) -> Iterator[None]:
    """Raise TimeBudgetExceeded in this thread after ``seconds`` (in the main thread, an armed timer wins)."""
    if not seconds:
        yield
        return
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        with _thread_budget(seconds):
            yield
        return
    if signal.getitimer(signal.ITIMER_REAL)[0] > 0:
        yield
        return

    def alarm(signum: int, frame: object) -> None:
        raise TimeBudgetExceeded()

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _thread_budget(seconds: float) -> Iterator[None]:
    """Raise TimeBudgetExceeded in this thread after ``seconds``, from a timer thread.

    CPython's ``PyThreadState_SetAsyncExc`` raises it in this thread at its next
    Python step, as a signal handler would; an exception still pending when the
    block ends in time is withdrawn, so it never escapes the block late.
    """
    target = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def expire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), ctypes.py_object(TimeBudgetExceeded))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["done"] = True
            if state["fired"]:  # not raised yet (or raised already: withdrawing nothing is harmless)
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), None)
        timer.cancel()


def _process(path: Path, doc_id: str, *, root: Optional[Path]) -> DocResult:
    try:
        document = ingest.read(path, doc_id, root=root)  # 1. ingest
    except Exception as exc:  # an ingest bug on one file never stops a run
        log.exception("failed to read %s", path)
        fmt = ingest.FORMATS.get(Path(path).suffix.lower(), "txt")
        return DocResult(DocumentError(doc_id, Path(path).as_posix(), fmt, None,
                                       f"read failed: {type(exc).__name__}: {exc}".splitlines()[0]))
    if isinstance(document, DocumentError):
        return DocResult(document)
    from . import annotate, link

    try:
        doc = annotate.annotate(document)  # 2. annotate
        facts, experience = link.link(doc, doc_id=doc_id, blocks=doc._.blocks)  # 3. link
    except RecursionError:
        return DocResult(_failed(document, "document too deeply nested to analyse"))
    except Exception as exc:  # one broken article never stops a run
        log.exception("failed to analyse %s", path)
        return DocResult(_failed(document, f"analysis failed: {type(exc).__name__}: {exc}"))
    attributions = tuple(doc._.records["attribution"])
    tables = tuple(doc._.records["table"])
    return DocResult(document, tuple(facts), tuple(experience), attributions, tables)


def _failed(document: ingest.Document, reason: str) -> DocumentError:
    return DocumentError(document.doc_id, document.path, document.format, document.sha256, reason.splitlines()[0])


def inputs(paths: Iterable[str | Path]) -> list[tuple[Path, str, Path]]:
    """Every input file with its doc_id and input folder, in doc_id order, doc_ids made unique."""
    found: list[tuple[Path, str, Path]] = []
    for raw in paths:
        root = Path(raw) if Path(raw).is_dir() else Path(raw).parent
        found.extend((path, doc_id, root) for path, doc_id in ingest.discover([raw]))
    found.sort(key=lambda item: (item[1], item[0].suffix))
    seen: set[str] = set()
    unique = []
    for path, doc_id, root in found:
        if doc_id in seen:  # a.txt next to a.html: the second keeps its extension
            doc_id = f"{doc_id}{path.suffix.lower()}"
        seen.add(doc_id)
        unique.append((path, doc_id, root))
    return unique


def results(items: Iterable[tuple[Path, str, Path]], *, cache: Optional[Cache] = None) -> Iterator[DocResult]:
    """Process documents one at a time in this process, taking each from ``cache`` when it is there."""
    for item in items:
        yield _result(item, cache)[0]


def _result(item: tuple[Path, str, Path], cache: Optional[Cache], key: Optional[str] = None) -> tuple[DocResult, bool]:
    """One document's result and whether it came from the cache."""
    path, doc_id, root = item
    if cache and key is None:
        key = cache.key_of(path, doc_id=doc_id, root=root)
    result = cache.get(key) if cache and key else None
    if result is not None:
        return result, True
    parallel.warm()  # once per process: a no-op after the first document
    result = process(path, doc_id, root=root)
    if cache and key and not _timed_out(result):  # a busy machine's timeout is not the document's fault
        cache.put(key, result)
    return result, False


def _timed_out(result: DocResult) -> bool:
    document = result.document
    return isinstance(document, DocumentError) and document.error.startswith(TIMEOUT_REASON)


def process_batch(batch: Batch) -> list[DocResult]:
    """The executors' task for :func:`run`: one batch of documents, in order."""
    return list(results(batch.items, cache=batch.cache))


def encode_batch(batch: Batch) -> write.Part:
    """The executors' task for :func:`extract`: a batch processed, validated and encoded for writing.

    With a cache, the encoded batch is kept too (under the keys of its documents), so a rerun on
    an unchanged corpus only reads it back; a batch with any new or changed document is rebuilt
    from its documents' cached results.
    """
    cache = batch.cache
    keys = _keys(batch)
    whole = cache.combine(keys) if cache and all(keys) else None
    if cache and whole:
        part = cache.get(whole, kind=write.Part)
        if part is not None:
            return replace(part, index=batch.index, cached=part.documents)
    found = [_result(item, cache, key) for item, key in zip(batch.items, keys or [None] * len(batch.items))]
    data = dataset.build(result for result, _ in found)  # 4. dataset
    part = write.encode(data, index=batch.index, cached=sum(hit for _, hit in found))
    if cache and whole and not any(_timed_out(result) for result, _ in found):
        cache.put(whole, part)
    return part


def _keys(batch: Batch) -> list[Optional[str]]:
    cache = batch.cache
    return [cache.key_of(path, doc_id=doc_id, root=root) for path, doc_id, root in batch.items] if cache else []


def cached_part(batch: Batch) -> Optional[write.Part]:
    """The encoded batch read from the cache when none of its documents changed, else None."""
    keys = _keys(batch)
    if not batch.cache or not all(keys):
        return None
    part = batch.cache.get(batch.cache.combine(keys), kind=write.Part)
    return replace(part, index=batch.index, cached=part.documents) if part is not None else None


@dataclass(frozen=True)
class Summary:
    """What a run did, for the one-line summary."""

    documents: int
    errors: int
    facts: int
    seconds: float
    cached: int = 0

    def line(self) -> str:
        reused = f", {self.cached} from cache" if self.cached else ""
        return (f"{self.documents} documents ({self.errors} errors{reused}), {self.facts} facts "
                f"in {self.seconds:.1f} s")


def _tasks(paths: Iterable[str | Path], cache_dir: Optional[Path]) -> tuple[int, Iterator[Batch]]:
    items = sorted(inputs(paths), key=lambda item: item[1])  # rows are written in doc_id order
    return len(items), parallel.batches(items, cache=Cache.open(cache_dir) if cache_dir else None)


def run(paths: Iterable[str | Path], *, progress: bool = False, workers: int = 1,
        cache_dir: Optional[Path] = None) -> Dataset:
    """Extract the validated dataset from files and folders (nothing is written; held in memory)."""
    total, tasks = _tasks(paths, cache_dir)
    batches = parallel.imap(process_batch, tasks, workers=workers, warm_first=cache_dir is None)
    stream: Iterable[DocResult] = (result for batch in batches for result in batch)
    if progress:
        from tqdm import tqdm

        tqdm.monitor_interval = 0  # no monitor thread: the process pool forks this process
        stream = tqdm(stream, total=total, unit="doc", disable=None, leave=False)
    return dataset.build(stream)  # 4. dataset


def extract(paths: Iterable[str | Path], out: Path, *, progress: bool = False, workers: int = 1,
            cache_dir: Optional[Path] = None, engine: parallel.Engine = "local",
            scheduler: Optional[str] = None) -> Summary:
    """Run the pipeline and write the dataset to ``out`` atomically, streaming.

    Documents are processed in batches by ``workers`` processes (or a Dask
    cluster with ``engine="dask"``), each batch validated and appended to the
    output files in doc_id order; with ``cache_dir`` unchanged documents are
    taken from the cache. The bytes written do not depend on the executor.
    """
    started = time.perf_counter()
    out = Path(out)
    total, tasks = _tasks(paths, cache_dir)
    done = Summary(0, 0, 0, 0.0)
    bar = None
    if progress:
        from tqdm import tqdm

        tqdm.monitor_interval = 0  # no monitor thread: the process pool forks this process
        bar = tqdm(total=total, unit="doc", disable=None, leave=False)
    try:
        with write.locked(out), write.streaming(out, partitions=engine == "dask") as writer:
            parts = parallel.imap(encode_batch, tasks, workers=workers, engine=engine, scheduler=scheduler,
                                  warm_first=cache_dir is None, ready=cached_part if cache_dir else None)
            for part in parts:
                writer.add(part)  # 5. write
                done = Summary(done.documents + part.documents, done.errors + part.errors,
                               done.facts + part.n_facts, 0.0, done.cached + part.cached)
                if bar is not None:
                    bar.update(part.documents)
    finally:
        if bar is not None:
            bar.close()
    return Summary(done.documents, done.errors, done.facts, time.perf_counter() - started, done.cached)
