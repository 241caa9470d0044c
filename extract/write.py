"""Write: DataFrames -> files in the output folder, atomically.

Everything is written into a sibling temporary folder first, then swapped in
with renames, so a run that dies leaves the previous dataset intact. A lock
file beside the output refuses a second concurrent run on the same folder.

Writing streams: executors hand back :class:`Part` s (a batch of documents
already validated and encoded as CSV rows, JSONL lines and an Arrow table of
facts) in doc_id order, and :class:`Writer` appends them, so memory does not
grow with the corpus. The bytes do not depend on how documents were batched:
CSV rows are appended as they are, and ``facts.parquet`` is cut into row
groups of :data:`ROW_GROUP` rows whatever the parts' sizes.
"""

from __future__ import annotations

import csv
import fcntl
import io
import json
import os
import re
import shutil
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Iterator, Optional

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .dataset import _ARROW as ARROW_TYPES
from .dataset import TABLES, Dataset, datapackage

if TYPE_CHECKING:
    import pandas as pd

ROW_GROUP = 50_000  # rows per row group of facts.parquet (and per partition file)
PARTITIONS = "facts.parquet.d"  # folder of facts partitions written with ``partitions=True``


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
    """Restore the previous dataset if a run died between the two renames of a swap,
    and delete temporary folders that killed runs left behind (called under the lock)."""
    old = out.parent / f".{out.name}.old"
    if old.exists() and not out.exists():
        old.rename(out)
    elif old.exists():
        shutil.rmtree(old, ignore_errors=True)
    for stale in out.parent.glob(f".{out.name}.tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)


def write_dataset(dataset: Dataset, out: Path, *, extra: dict[str, bytes] | None = None) -> None:
    """Write every output file of ``dataset`` into ``out``, replacing it atomically."""
    with streaming(out) as writer:
        writer.add(encode(dataset))
        for name, data in (extra or {}).items():
            (writer.folder / name).write_bytes(data)


def write_files(dataset: Dataset, folder: Path) -> None:
    """Write the SPEC files (CSV, JSONL, Parquet, datapackage) into an existing folder."""
    writer = Writer(folder)
    writer.add(encode(dataset))
    writer.close()


# --------------------------------------------------------------------------- streaming


@dataclass(frozen=True)
class Part:
    """A batch of documents encoded for the output files: what an executor hands back.

    ``csv`` holds each CSV's rows without its header; ``jsonl`` the lines of
    documents.jsonl; ``facts`` the facts rows with the fixed Parquet schema.
    """

    index: int
    documents: int
    errors: int
    cached: int
    csv: dict[str, bytes]
    jsonl: bytes
    facts: pa.Table

    @property
    def n_facts(self) -> int:
        return self.facts.num_rows


def csv_header(name: str) -> str:
    """The header line of one output CSV: its column names (plain identifiers, never quoted).

    >>> csv_header("experience").split(",")[:3]
    ['doc_id', 'exp_id', 'start']
    """
    return ",".join(col.name for col in TABLES[name][0]) + "\n"


@lru_cache(maxsize=1)
def facts_schema() -> pa.Schema:
    """The fixed Arrow schema of facts.parquet, from the column table (built once).

    It carries the metadata ``pa.Schema.from_pandas`` gives a frame of the facts
    columns (so pandas reads the file back with the columns' dtypes), written out
    here so that encoding never needs pandas; a test checks both agree.
    """
    from pyarrow.pandas_compat import _pandas_api  # the pandas version from_pandas writes (pyarrow imports pandas)

    columns = TABLES["facts"][0]
    pandas_types = {"string": ("object", "string"), "integer": ("int64", "Int64"), "number": ("float64", "Float64"),
                    "boolean": ("bool", "boolean")}
    described = [{"name": col.name, "field_name": col.name, "pandas_type": pandas_types[col.type][0],
                  "numpy_type": pandas_types[col.type][1], "metadata": None} for col in columns]
    metadata = {"index_columns": [], "column_indexes": [], "columns": described, "attributes": {},
                "creator": {"library": "pyarrow", "version": pa.__version__}, "pandas_version": _pandas_api.version}
    return pa.schema([pa.field(col.name, ARROW_TYPES[col.type]) for col in columns],
                     metadata={b"pandas": json.dumps(metadata).encode("utf8")})


def encode(dataset: Dataset, *, index: int = 0, cached: int = 0) -> Part:
    """Encode a (small, validated) dataset as output bytes; no header lines.

    Files the dataset holds as Arrow columns (what :func:`~extract.dataset.build` makes)
    are encoded from them; others from their DataFrames.
    """
    rows = {}
    for name in TABLES:
        arrays = dataset.arrays(name)
        text = _csv_lines(list(arrays.values())) if arrays is not None else csv_rows(dataset.frame(name))
        rows[name] = text.encode("utf-8")
    jsonl = "".join(json.dumps({"doc_id": doc_id, "text": text}, ensure_ascii=False) + "\n"
                    for doc_id, text in dataset.texts.items()).encode("utf-8")
    facts_arrays = dataset.arrays("facts")
    if facts_arrays is not None:
        table = pa.table(facts_arrays, schema=facts_schema())
    else:
        table = _facts_table(dataset.facts)
    docs = dataset.arrays("documents")
    if docs is not None:
        n, errors = len(docs["status"]), docs["status"].to_pylist().count("error")
    else:
        n, errors = len(dataset.documents), int((dataset.documents["status"] == "error").sum())
    return Part(index, n, errors, cached, rows, jsonl, table)


def _facts_table(facts: pd.DataFrame) -> pa.Table:
    """facts.csv's frame as an Arrow table of :func:`facts_schema`."""
    try:  # the columns' own Arrow arrays; from_pandas does the same conversion, only slower
        return pa.table({name: pa.array(facts[name].array) for name in facts.columns}, schema=facts_schema())
    except (pa.ArrowException, KeyError, TypeError, ValueError):
        return pa.Table.from_pandas(facts, schema=facts_schema(), preserve_index=False)


# --------------------------------------------------------------------------- CSV


def _quoted_characters() -> str:
    """The characters that make the csv module quote a field, as pandas' ``to_csv`` calls it
    (minimal quoting, ``"\\n"`` line ends): asked of the module itself, as it varies by version."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    special = ""
    for char in ',"\r\n':
        out.seek(0)
        out.truncate()
        writer.writerow([char, "-"])
        if out.getvalue().startswith('"'):
            special += char
    return special


# a field with one of these is quoted (a pattern both Python's re and Arrow's RE2 read)
_QUOTED = re.compile("[" + "".join(f"\\x{ord(char):02x}" for char in _quoted_characters()) + "]")


def csv_rows(df: pd.DataFrame) -> str:
    """The rows of ``df`` as ``df.to_csv(index=False, header=False, lineterminator="\\n")`` writes them.

    Each column is formatted at once from its Arrow form (:func:`_csv_fields`),
    then the rows are joined; frames this does not cover (other dtypes, a single
    column) are left to pandas.

    >>> import pandas as pd
    >>> df = pd.DataFrame({"a": pd.array(['say "hi", bye', None], dtype="string"),
    ...                    "b": pd.array([1.5, None], dtype="Float64"), "c": pd.array([None, True], dtype="boolean")})
    >>> csv_rows(df)
    '"say ""hi"", bye",1.5,\\n,,True\\n'
    """
    import pandas as pd

    handled = (pd.StringDtype, pd.Int64Dtype, pd.Float64Dtype, pd.BooleanDtype)
    if df.shape[1] <= 1 or not all(isinstance(dtype, handled) and getattr(dtype, "storage", "pyarrow") == "pyarrow"
                                   for dtype in df.dtypes):
        return df.to_csv(index=False, header=False, lineterminator="\n")
    return _csv_lines([pa.array(values.array) for _, values in df.items()])


def _csv_lines(columns: list[pa.Array]) -> str:
    """CSV rows of Arrow columns (string, integer, float, boolean), as pandas' ``to_csv`` writes
    them: null as empty, floats by ``repr``, booleans as ``True``/``False``, fields with a
    delimiter, quote or line break quoted, quotes doubled. Rows are joined by Arrow."""
    if not len(columns[0]):
        return ""
    rows = pc.binary_join_element_wise(*map(_csv_fields, columns), _TEXT(","))
    return "\n".join(rows.to_pylist()) + "\n"


_TEXT = partial(pa.scalar, type=pa.large_string())


def _csv_fields(column: pa.Array) -> pa.Array:
    """One Arrow column's CSV fields, as a string array without nulls."""
    kind = column.type
    if pa.types.is_large_string(kind) or pa.types.is_string(kind):
        fields = column.cast(pa.large_string())
        special = pc.match_substring_regex(fields, _QUOTED.pattern)
        if pc.any(special).as_py():
            quoted = pc.binary_join_element_wise(_TEXT('"'), pc.replace_substring(fields, '"', '""'), _TEXT('"'),
                                                 _TEXT(""))
            fields = pc.if_else(special, quoted, fields)
    elif pa.types.is_integer(kind):
        fields = column.cast(pa.large_string())
    elif pa.types.is_boolean(kind):
        fields = pc.if_else(column, _TEXT("True"), _TEXT("False"))
    else:  # floats: Arrow writes 50000.0 as 50000; str(float) is its repr, as csv writes
        fields = pa.array([None if value is None else str(value) for value in column.to_pylist()], pa.large_string())
    return pc.fill_null(fields, _TEXT(""))


class Writer:
    """Append parts, in order, to the output files of ``folder``; ``close`` completes them.

    With ``partitions=True`` facts are also written as Parquet partitions
    ``facts.parquet.d/part-NNNNN.parquet`` of :data:`ROW_GROUP` rows each.
    """

    def __init__(self, folder: Path, *, partitions: bool = False) -> None:
        self.folder = Path(folder)
        self._csv: dict[str, BinaryIO] = {}
        for name in TABLES:
            fh = open(self.folder / f"{name}.csv", "wb")
            fh.write(csv_header(name).encode("utf-8"))
            self._csv[name] = fh
        self._jsonl = open(self.folder / "documents.jsonl", "wb")
        self._parquet: Optional[pq.ParquetWriter] = None  # opened with the schema of the first facts written
        self._pending: list[pa.Table] = []
        self._pending_rows = 0
        self._partitions: Optional[Path] = self.folder / PARTITIONS if partitions else None
        self._n_partitions = 0
        if self._partitions is not None:
            self._partitions.mkdir()

    def add(self, part: Part) -> None:
        """Append one part's rows to every file."""
        for name, data in part.csv.items():
            self._csv[name].write(data)
        self._jsonl.write(part.jsonl)
        if part.facts.num_rows:
            self._pending.append(part.facts)
            self._pending_rows += part.facts.num_rows
            if self._pending_rows >= ROW_GROUP:
                self._flush(final=False)

    def _flush(self, *, final: bool) -> None:
        """Write full row groups of pending facts (and the remainder when ``final``)."""
        if not self._pending:
            return
        table = pa.concat_tables(self._pending)
        done = 0
        while table.num_rows - done >= ROW_GROUP or (final and done < table.num_rows):
            self._row_group(table.slice(done, ROW_GROUP))
            done += min(ROW_GROUP, table.num_rows - done)
        rest = table.slice(done)
        self._pending = [rest] if rest.num_rows else []
        self._pending_rows = rest.num_rows

    def _row_group(self, table: pa.Table) -> None:
        table = table.combine_chunks()
        self._parquet_writer(table.schema).write_table(table, row_group_size=ROW_GROUP)
        if self._partitions is not None:
            name = f"part-{self._n_partitions:05d}.parquet"
            pq.write_table(table, self._partitions / name, row_group_size=ROW_GROUP)
            self._n_partitions += 1

    def close(self) -> None:
        """Flush the last rows, write datapackage.json and sync every file to disk."""
        self._flush(final=True)
        self._parquet_writer(None).close()  # no facts at all: the file still holds the schema
        synced = set()
        for fh in (*self._csv.values(), self._jsonl):
            fh.flush()
            os.fsync(fh.fileno())
            fh.close()
            synced.add(Path(fh.name))
        (self.folder / "datapackage.json").write_text(json.dumps(datapackage(), indent=2) + "\n", encoding="utf-8")
        for path in self.folder.rglob("*"):  # the Parquet files and datapackage.json
            if path.is_file() and path not in synced:
                with open(path, "rb") as fh:
                    os.fsync(fh.fileno())

    def abort(self) -> None:
        """Close every open file without completing them (the folder is discarded)."""
        for fh in (*self._csv.values(), self._jsonl):
            fh.close()
        try:
            if self._parquet is not None:
                self._parquet.close()
        except Exception:  # a half-written Parquet file is discarded anyway
            pass

    def _parquet_writer(self, schema: Optional[pa.Schema]) -> pq.ParquetWriter:
        """facts.parquet's writer, opened on first use with the parts' schema (:func:`facts_schema`,
        which needs pandas: a rerun that copies cached parts never builds it)."""
        if self._parquet is None:
            self._parquet = pq.ParquetWriter(self.folder / "facts.parquet", schema or facts_schema())
        return self._parquet


@contextmanager
def streaming(out: Path, *, partitions: bool = False) -> Iterator[Writer]:
    """A :class:`Writer` on a temporary sibling of ``out``, swapped in when the block succeeds."""
    out = Path(out)
    try:
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    except OSError as exc:
        raise OutputError(f"cannot write output folder {out}: {exc.strerror or exc}") from exc
    try:
        writer = Writer(tmp, partitions=partitions)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    try:
        yield writer
        writer.close()
        swap(tmp, out)
    except BaseException:
        writer.abort()
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def swap(new: Path, out: Path) -> None:
    """Replace ``out`` by ``new`` with two renames; ``recover`` mends a crash in between."""
    old = out.parent / f".{out.name}.old"
    if old.exists():
        shutil.rmtree(old)
    if out.exists():
        out.rename(old)
    new.rename(out)
    shutil.rmtree(old, ignore_errors=True)
