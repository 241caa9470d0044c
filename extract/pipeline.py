"""The pipeline, stage by stage: ingest -> annotate -> link -> dataset -> write.

``process`` is the per-document function: pure (a file in, records out), so any
executor can run it. ``run`` drives it over a corpus and returns the validated
:class:`~extract.dataset.Dataset`; ``extract`` also writes it.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence

from . import annotate, dataset, ingest, link, write
from .dataset import Dataset
from .types import DocResult, DocumentError

log = logging.getLogger(__name__)


def process(path: Path, doc_id: str, *, root: Optional[Path] = None) -> DocResult:
    """Run every stage on one file. Never raises for a bad input: it becomes an error row."""
    document = ingest.read(path, doc_id, root=root)  # 1. ingest
    if isinstance(document, DocumentError):
        return DocResult(document)
    try:
        doc = annotate.annotate(document)  # 2. annotate
        facts, experience = link.link(doc, doc_id=doc_id, blocks=document.blocks)  # 3. link
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


def results(items: Sequence[tuple[Path, str, Path]]) -> Iterator[DocResult]:
    """Process documents one at a time in this process."""
    for path, doc_id, root in items:
        yield process(path, doc_id, root=root)


@dataclass(frozen=True)
class Summary:
    """What a run did, for the one-line summary."""

    documents: int
    errors: int
    facts: int
    seconds: float

    def line(self) -> str:
        return (f"{self.documents} documents ({self.errors} errors), {self.facts} facts "
                f"in {self.seconds:.1f} s")


def run(paths: Iterable[str | Path], *, progress: bool = False) -> Dataset:
    """Extract the validated dataset from files and folders (nothing is written)."""
    items = inputs(paths)
    stream: Iterable[DocResult] = results(items)
    if progress:
        from tqdm import tqdm

        stream = tqdm(stream, total=len(items), unit="doc", disable=None, leave=False)
    return dataset.build(stream)  # 4. dataset


def extract(paths: Iterable[str | Path], out: Path, *, progress: bool = False) -> Summary:
    """Run the pipeline and write the dataset to ``out`` atomically."""
    started = time.perf_counter()
    out = Path(out)
    with write.locked(out):
        data = run(paths, progress=progress)
        write.write_dataset(data, out)  # 5. write
    docs = data.documents
    return Summary(len(docs), int((docs["status"] == "error").sum()), len(data.facts),
                   time.perf_counter() - started)
