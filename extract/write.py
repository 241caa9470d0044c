"""Write: DataFrames -> files in the output folder, atomically.

Everything is written into a sibling temporary folder first, then swapped in
with renames, so a run that dies leaves the previous dataset intact. A lock
file beside the output refuses a second concurrent run on the same folder.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from .dataset import Dataset, datapackage


class OutputError(OSError):
    """The output folder cannot be written or is in use by another run."""


@contextmanager
def locked(out: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``<out>.lock`` for the duration of a run."""
    out = Path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        handle = open(out.parent / f".{out.name}.lock", "w")
    except OSError as exc:
        raise OutputError(f"cannot write output folder {out}: {exc.strerror or exc}") from exc
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputError(f"another run is writing {out}; try again when it has finished") from None
        recover(out)
        yield
    finally:
        handle.close()


def recover(out: Path) -> None:
    """Restore the previous dataset if a run died between the two renames of a swap."""
    old = out.parent / f".{out.name}.old"
    if old.exists() and not out.exists():
        old.rename(out)
    elif old.exists():
        shutil.rmtree(old, ignore_errors=True)


def write_dataset(dataset: Dataset, out: Path, *, extra: dict[str, bytes] | None = None) -> None:
    """Write every output file of ``dataset`` into ``out``, replacing it atomically."""
    out = Path(out)
    try:
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    except OSError as exc:
        raise OutputError(f"cannot write output folder {out}: {exc.strerror or exc}") from exc
    try:
        write_files(dataset, tmp)
        for name, data in (extra or {}).items():
            (tmp / name).write_bytes(data)
        swap(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def write_files(dataset: Dataset, folder: Path) -> None:
    """Write the SPEC files (CSV, JSONL, Parquet, datapackage) into an existing folder."""
    for name, df in dataset.frames().items():
        df.to_csv(folder / f"{name}.csv", index=False, lineterminator="\n")
    table = pa.Table.from_pandas(dataset.facts, preserve_index=False)
    pq.write_table(table, folder / "facts.parquet")
    with open(folder / "documents.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for doc_id, text in dataset.texts.items():
            fh.write(json.dumps({"doc_id": doc_id, "text": text}, ensure_ascii=False) + "\n")
    (folder / "datapackage.json").write_text(json.dumps(datapackage(), indent=2) + "\n", encoding="utf-8")
    for path in folder.iterdir():
        with open(path, "rb") as fh:
            os.fsync(fh.fileno())


def swap(new: Path, out: Path) -> None:
    """Replace ``out`` by ``new`` with two renames; ``recover`` mends a crash in between."""
    old = out.parent / f".{out.name}.old"
    if old.exists():
        shutil.rmtree(old)
    if out.exists():
        out.rename(old)
    new.rename(out)
    shutil.rmtree(old, ignore_errors=True)
