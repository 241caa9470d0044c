"""Readable dataset diffs: which rows appeared, disappeared, changed or moved.

Two datasets are compared file by file (documents, facts, experience,
attributions, tables), each row keyed by a stable identity:

| file | identity | a move is |
| --- | --- | --- |
| documents | doc_id | |
| facts | doc_id, start | same doc, amount_min, amount_max, currency, sentence |
| experience | doc_id, start | same doc, min_years, max_years, text |
| attributions | doc_id, start | same doc, source, text |
| tables | doc_id, table_id, row, col | |

A row whose identity disappears while a row with the same move key appears in
the same document is a *move* (its span shifted), not a removal plus an
addition; moved rows are paired in document order. Changed and moved rows list
only the columns that differ (``role: null -> data scientist``); id columns
and offsets that merely follow the start offset are not reported for a move.

Either side may be an output folder (SPEC's CSV files), a folder of golden
YAML snapshots (``tests/test_golden/<doc_id>.yml``), one snapshot file, or a
mapping of DataFrames. Counting is vectorized pandas (merges with indicators,
column-wise comparisons); only the details that are reported, at most
``max_rows`` of them, are built row by row.

>>> old = {"facts": pd.DataFrame([dict(doc_id="a", fact_id="a:5", start=5, end=8, text="$5k", sentence="Pay: $5k.",
...                                    amount_min=5000.0, amount_max=5000.0, currency="USD", role=None)])}
>>> new = {"facts": pd.DataFrame([dict(doc_id="a", fact_id="a:5", start=5, end=8, text="$5k", sentence="Pay: $5k.",
...                                    amount_min=5000.0, amount_max=5000.0, currency="USD", role="nurse")])}
>>> print(format_text(diff_datasets(old, new, old_name="old", new_name="new")))  # doctest: +NORMALIZE_WHITESPACE
dataset diff: old -> new
file           added  removed  changed  moved
facts              0        0        1      0
1 row differs in 1 document.
<BLANKLINE>
a
  facts
    ~ [5:8] "$5k"
        role: null -> nurse
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional, Union

import numpy as np
import pandas as pd
import yaml

from .dataset import TABLES

__all__ = [
    "ColumnChange", "DatasetDiff", "DiffError", "FileCounts", "RowChange", "diff_datasets", "format_json",
    "format_markdown", "format_text", "golden_message", "load_dataset", "snapshot_frames",
]

KINDS = ("added", "removed", "changed", "moved")
_MARK = {"added": "+", "removed": "-", "changed": "~", "moved": ">"}
_DTYPES = {"string": "string", "integer": "Int64", "number": "Float64", "boolean": "boolean"}
_TEXT_WIDTH = 120

Source = Union[str, Path, Mapping[str, pd.DataFrame]]


class DiffError(ValueError):
    """A side of the diff cannot be read (missing folder, no dataset files, unreadable YAML or CSV)."""


@dataclass(frozen=True, slots=True)
class _Identity:
    """How rows of one file are identified, paired when moved, and summarized."""

    key: tuple[str, ...]  # identity within a document (doc_id is always part of it)
    move: tuple[str, ...] = ()  # columns that must agree for a vanished and a new row to be a move
    follow: tuple[str, ...] = ()  # ids derived from the start offset: never reported for a move
    shift: tuple[str, ...] = ()  # offsets: not reported for a move when they shift with start
    label: Optional[str] = None  # column shown as the row's name
    brief: tuple[str, ...] = ()  # columns shown (when not null) for an added or removed row


IDENTITY: dict[str, _Identity] = {
    "documents": _Identity(key=(), label="path", brief=("format", "status", "error", "title", "n_chars")),
    "facts": _Identity(
        key=("start",), move=("amount_min", "amount_max", "currency", "sentence"), follow=("fact_id",),
        shift=("end",), label="text",
        brief=("category", "amount_min", "amount_max", "currency", "period", "approx", "statistic", "pay_component",
               "role", "seniority", "experience_min_years", "experience_max_years", "location", "employer",
               "source", "as_of_year", "table_id"),
    ),
    "experience": _Identity(
        key=("start",), move=("min_years", "max_years", "text"), follow=("exp_id",), shift=("end",), label="text",
        brief=("min_years", "max_years", "seniority", "role"),
    ),
    "attributions": _Identity(
        key=("start",), move=("source", "text"), follow=("attr_id",), shift=("end", "claim_start", "claim_end"),
        label="text", brief=("source", "cue"),
    ),
    "tables": _Identity(key=("table_id", "row", "col"), label="text", brief=("header", "origin")),
}


@dataclass(frozen=True, slots=True)
class ColumnChange:
    """One column of a row: its old and new value (None is null, or absent for an added/removed row)."""

    column: str
    old: Any
    new: Any


@dataclass(frozen=True, slots=True)
class RowChange:
    """One row that differs. ``key`` identifies it in NEW (in OLD for a removal); ``old_key`` is set for a move.

    ``columns`` lists the differing columns of a changed or moved row, and the
    non-null brief columns of an added (``new``) or removed (``old``) row.
    """

    file: str
    doc_id: str
    kind: str  # added | removed | changed | moved
    key: dict[str, Any]
    old_key: Optional[dict[str, Any]]
    label: Optional[str]
    columns: tuple[ColumnChange, ...]


@dataclass(frozen=True, slots=True)
class FileCounts:
    """Counts of one file. ``compared`` is False when the file exists on one side only (e.g. golden YAML)."""

    file: str
    added: int = 0
    removed: int = 0
    changed: int = 0
    moved: int = 0
    compared: bool = True

    @property
    def total(self) -> int:
        return self.added + self.removed + self.changed + self.moved


@dataclass(frozen=True)
class DatasetDiff:
    """The difference between two datasets: complete counts, details for at most ``max_rows`` rows."""

    old_name: str
    new_name: str
    counts: tuple[FileCounts, ...]
    rows: tuple[RowChange, ...]
    documents: int  # documents with at least one difference
    omitted: int = 0  # differing rows not detailed (beyond max_rows)
    only_one_side: tuple[str, ...] = field(default=())

    @property
    def same(self) -> bool:
        return all(c.total == 0 for c in self.counts)

    @property
    def total(self) -> int:
        return sum(c.total for c in self.counts)

    def by_document(self) -> dict[str, list[RowChange]]:
        """Detailed rows grouped by doc_id, in document order."""
        out: dict[str, list[RowChange]] = {}
        for row in self.rows:
            out.setdefault(row.doc_id, []).append(row)
        return out


# --------------------------------------------------------------------------- loading


def _types(name: str) -> dict[str, str]:
    return {c.name: _DTYPES[c.type] for c in TABLES[name][0]}


def _normalize(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """Fixed columns (SPEC's first, then any extra) with SPEC's nullable dtypes; floats rounded to 6 places."""
    types = _types(name)
    extra = [c for c in df.columns if c not in types]
    df = df.reindex(columns=list(types) + extra)
    out = {}
    for col in df.columns:
        dtype = types.get(col, "string")
        series = df[col]
        try:
            if (dtype == "string" and not isinstance(series.dtype, pd.StringDtype)
                    and pd.api.types.infer_dtype(series, skipna=True) not in ("string", "empty")):
                if series.notna().any():  # numbers in a text column (rare); all-null columns need no mapping
                    series = series.map(lambda v: v if _isna(v) else str(v))
                else:
                    series = pd.Series(pd.NA, index=series.index, dtype="object")
            series = series.astype(dtype)
        except (TypeError, ValueError) as exc:
            raise DiffError(f"{name}: column {col!r} is not {dtype}: {exc}") from None
        if dtype == "Float64":
            series = series.round(6)
        out[col] = series
    return pd.DataFrame(out).reset_index(drop=True)


def _isna(value: Any) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def snapshot_frames(snapshot: Mapping[str, Iterable[Mapping[str, Any]]], *, doc_id: str) -> dict[str, pd.DataFrame]:
    """DataFrames of one golden snapshot (``{file: [row, ...]}`` without doc_id, as tests/test_golden stores it)."""
    frames = {}
    for name, records in snapshot.items():
        if name not in TABLES:
            continue
        df = pd.DataFrame.from_records([dict(r) for r in (records or [])])
        if "doc_id" not in df.columns:
            df.insert(0, "doc_id", doc_id)
        frames[name] = _normalize(name, df)
    return frames


def _read_yaml(path: Path) -> Mapping[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as exc:
        raise DiffError(f"cannot read snapshot {path}: {exc}") from None
    if not isinstance(data, Mapping):
        raise DiffError(f"{path} is not a golden snapshot (a mapping of file name to rows)")
    return data


def _concat(name: str, frames: list[pd.DataFrame]) -> pd.DataFrame:
    frames = [f for f in frames if len(f)] or frames[:1]
    return _normalize(name, pd.concat(frames, ignore_index=True)) if frames else _normalize(name, pd.DataFrame())


def load_dataset(source: Source) -> dict[str, pd.DataFrame]:
    """One DataFrame per SPEC file found in ``source``, with SPEC's columns and nullable dtypes.

    ``source`` is an output folder (``<file>.csv``), a folder of golden YAML
    snapshots (``<doc_id>.yml``), one snapshot file, or a mapping of DataFrames.
    Files absent from the source are absent from the result.
    """
    if isinstance(source, Mapping):
        return {name: _normalize(name, df) for name, df in source.items() if name in TABLES}
    path = Path(source)
    if path.is_file() and path.suffix in (".yml", ".yaml"):
        return snapshot_frames(_read_yaml(path), doc_id=path.stem)
    if not path.is_dir():
        raise DiffError(f"{path}: no such output folder or snapshot file")
    csvs = {name: path / f"{name}.csv" for name in TABLES if (path / f"{name}.csv").is_file()}
    if csvs:
        frames = {}
        for name, csv in csvs.items():
            types = _types(name)
            try:
                df = pd.read_csv(csv, dtype=types, keep_default_na=False, na_values=[""])
            except (OSError, ValueError, pd.errors.ParserError) as exc:
                raise DiffError(f"cannot read {csv}: {exc}") from None
            frames[name] = _normalize(name, df)
        return frames
    snapshots = sorted(path.glob("*.yml")) + sorted(path.glob("*.yaml"))
    if not snapshots:
        raise DiffError(f"{path}: neither dataset CSV files nor golden .yml snapshots found")
    per_file: dict[str, list[pd.DataFrame]] = {}
    for snap in snapshots:
        for name, df in snapshot_frames(_read_yaml(snap), doc_id=snap.stem).items():
            per_file.setdefault(name, []).append(df)
    return {name: _concat(name, dfs) for name, dfs in per_file.items()}


# --------------------------------------------------------------------------- comparing


def _differs(a: pd.Series, b: pd.Series) -> np.ndarray:
    """Vectorized: True where two aligned columns differ (null equals null)."""
    a_na, b_na = a.isna().to_numpy(), b.isna().to_numpy()
    try:
        eq = a.to_numpy(dtype=object, na_value=None) == b.to_numpy(dtype=object, na_value=None)
    except TypeError:
        eq = np.zeros(len(a), dtype=bool)
    if not isinstance(eq, np.ndarray):
        eq = np.zeros(len(a), dtype=bool)
    return ~((a_na & b_na) | (~a_na & ~b_na & eq))


@dataclass
class _Events:
    """Differences of one file, before details are built: frames aligned per kind."""

    name: str
    added: pd.DataFrame  # NEW rows
    removed: pd.DataFrame  # OLD rows
    changed_old: pd.DataFrame
    changed_new: pd.DataFrame
    changed_mask: pd.DataFrame  # bool per reported column
    moved_old: pd.DataFrame
    moved_new: pd.DataFrame
    moved_mask: pd.DataFrame


def _with_rank(df: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """Add ``_n``: the row's rank among rows with equal ``by`` (so duplicate keys pair in order)."""
    df = df.copy()
    df["_n"] = df.groupby(by, dropna=False, sort=False).cumcount() if len(df) else pd.Series(dtype="int64")
    return df


def _split(merged: pd.DataFrame, cols: list[str], on: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Old-side and new-side frames (original column names) of merged rows."""
    old = pd.DataFrame({c: merged[c] if c in on else merged[f"{c}_old"] for c in cols}).reset_index(drop=True)
    new = pd.DataFrame({c: merged[c] if c in on else merged[f"{c}_new"] for c in cols}).reset_index(drop=True)
    return old, new


def _mask(old: pd.DataFrame, new: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame({c: _differs(old[c], new[c]) for c in columns}, index=old.index)


def _diff_file(name: str, old: pd.DataFrame, new: pd.DataFrame) -> _Events:
    ident = IDENTITY[name]
    cols = list(dict.fromkeys([*old.columns, *new.columns]))
    old, new = old.reindex(columns=cols), new.reindex(columns=cols)
    for col in cols:  # a column present on one side only: align dtypes so the merge keeps nulls
        if old[col].dtype != new[col].dtype:
            old[col], new[col] = old[col].astype("string"), new[col].astype("string")
    key = ["doc_id", *ident.key]
    on = [*key, "_n"]
    merged = _with_rank(old, key).merge(_with_rank(new, key), on=on, how="outer", suffixes=("_old", "_new"),
                                        indicator=True, sort=False)
    both = merged[merged["_merge"] == "both"]
    b_old, b_new = _split(both, cols, on)
    compare = [c for c in cols if c not in key]
    mask = _mask(b_old, b_new, compare)
    hit = mask.to_numpy().any(axis=1) if compare else np.zeros(len(both), dtype=bool)
    removed, _ = _split(merged[merged["_merge"] == "left_only"], cols, on)
    _, added = _split(merged[merged["_merge"] == "right_only"], cols, on)

    moved_old = moved_new = removed.iloc[0:0]
    moved_mask = pd.DataFrame()
    if ident.move and len(removed) and len(added):
        pair = ["doc_id", *ident.move]
        r = _with_rank(removed.sort_values(key, kind="stable"), pair)
        a = _with_rank(added.sort_values(key, kind="stable"), pair)
        r["_i"], a["_i"] = r.index, a.index
        pairs = r[[*pair, "_n", "_i"]].merge(a[[*pair, "_n", "_i"]], on=[*pair, "_n"], suffixes=("_r", "_a"))
        if len(pairs):
            moved_old = removed.loc[pairs["_i_r"].to_numpy()].reset_index(drop=True)
            moved_new = added.loc[pairs["_i_a"].to_numpy()].reset_index(drop=True)
            removed = removed.drop(index=pairs["_i_r"].to_numpy())
            added = added.drop(index=pairs["_i_a"].to_numpy())
            quiet = {*key, *ident.follow, *ident.shift}
            moved_mask = _mask(moved_old, moved_new, [c for c in cols if c not in quiet])
            if "start" in cols:
                delta = moved_new["start"].astype("Float64") - moved_old["start"].astype("Float64")
                for col in ident.shift:
                    if col in cols and col != "end":  # end is shown in the span; claim offsets when they don't follow
                        shifted = (moved_new[col].astype("Float64") - moved_old[col].astype("Float64")) != delta
                        moved_mask[col] = shifted.fillna(True).to_numpy(dtype=bool)
    return _Events(
        name=name, added=added.reset_index(drop=True), removed=removed.reset_index(drop=True),
        changed_old=b_old[hit].reset_index(drop=True), changed_new=b_new[hit].reset_index(drop=True),
        changed_mask=mask[hit].reset_index(drop=True), moved_old=moved_old, moved_new=moved_new,
        moved_mask=moved_mask.reset_index(drop=True),
    )


def _order(ev: _Events) -> pd.DataFrame:
    """One row per event (kind, position) with its doc_id and sort keys, in file order."""
    ident = IDENTITY[ev.name]
    parts = []
    for kind, frame in (("added", ev.added), ("removed", ev.removed), ("changed", ev.changed_new),
                        ("moved", ev.moved_new)):
        if len(frame):
            part = frame[["doc_id", *ident.key]].copy()
            part["_kind"], part["_pos"] = KINDS.index(kind), np.arange(len(frame))
            parts.append(part)
    if not parts:
        return pd.DataFrame(columns=["doc_id", "_kind", "_pos", "_file", "_seq"])
    events = pd.concat(parts, ignore_index=True).sort_values(["doc_id", *ident.key, "_kind"], kind="stable")
    events["_file"] = list(TABLES).index(ev.name)
    events["_seq"] = np.arange(len(events))
    return events[["doc_id", "_kind", "_pos", "_file", "_seq"]]


def _plain(value: Any) -> Any:
    """A JSON-able Python value: None for nulls, int for integral numbers."""
    if _isna(value):
        return None
    if isinstance(value, (np.bool_, bool)):
        return bool(value)
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        value = float(value)
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    return value


def _key(ident: _Identity, row: Mapping[str, Any]) -> dict[str, Any]:
    out = {c: _plain(row[c]) for c in ident.key}
    if "start" in ident.key and "end" in row:
        out["end"] = _plain(row["end"])
    return out


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as dicts with nulls as None (column-wise conversion: faster than ``to_dict("records")``)."""
    columns = {c: frame[c].astype(object).where(frame[c].notna(), None).tolist() for c in frame.columns}
    return [dict(zip(columns, values)) for values in zip(*columns.values())] if columns else []


def _head_columns(ident: _Identity) -> set[str]:
    """Columns a detail's heading needs: doc_id, the identity, the span end, the label."""
    return {"doc_id", "end", *ident.key, *([ident.label] if ident.label else [])}


def _details(ev: _Events, kind: str, positions: np.ndarray) -> list[RowChange]:
    """RowChange records of the selected events of one kind (bounded: only what is reported)."""
    ident = IDENTITY[ev.name]
    out = []
    if kind in ("added", "removed"):
        frame = (ev.added if kind == "added" else ev.removed)
        frame = frame[[c for c in frame.columns if c in _head_columns(ident) or c in ident.brief]].iloc[positions]
        for row in _records(frame):
            brief = tuple(
                ColumnChange(c, None, _plain(row[c])) if kind == "added" else ColumnChange(c, _plain(row[c]), None)
                for c in ident.brief if c in row and not _isna(row[c])
            )
            out.append(RowChange(ev.name, row["doc_id"], kind, _key(ident, row), None,
                                 _plain(row.get(ident.label)) if ident.label else None, brief))
        return out
    mask = (ev.changed_mask if kind == "changed" else ev.moved_mask).iloc[positions]
    mask = mask.loc[:, mask.to_numpy().any(axis=0)] if len(mask.columns) else mask  # only columns that differ
    names = list(mask.columns)
    keep = list(dict.fromkeys([c for c in ev.added.columns if c in _head_columns(ident)] + names))
    olds = _records((ev.changed_old if kind == "changed" else ev.moved_old)[keep].iloc[positions])
    news = _records((ev.changed_new if kind == "changed" else ev.moved_new)[keep].iloc[positions])
    for o, n, m in zip(olds, news, mask.to_numpy()):
        cols = tuple(ColumnChange(c, _plain(o[c]), _plain(n[c])) for c, hit in zip(names, m) if hit)
        out.append(RowChange(ev.name, n["doc_id"], kind, _key(ident, n), _key(ident, o) if kind == "moved" else None,
                             _plain(n.get(ident.label)) if ident.label else None, cols))
    return out


def diff_datasets(old: Source, new: Source, *, max_rows: Optional[int] = 1000, old_name: Optional[str] = None,
                  new_name: Optional[str] = None) -> DatasetDiff:
    """Compare two datasets file by file; see the module docstring for identities and moves.

    Counts are complete; at most ``max_rows`` differing rows (None: all) are
    detailed, in order of doc_id, file, position.
    """
    old_frames, new_frames = load_dataset(old), load_dataset(new)
    counts, events, orders, one_side = [], {}, [], []
    for name in TABLES:
        if name not in old_frames or name not in new_frames:
            if name in old_frames or name in new_frames:
                one_side.append(name)
                counts.append(FileCounts(name, compared=False))
            continue
        ev = _diff_file(name, old_frames[name], new_frames[name])
        events[name] = ev
        counts.append(FileCounts(name, added=len(ev.added), removed=len(ev.removed), changed=len(ev.changed_new),
                                 moved=len(ev.moved_new)))
        orders.append(_order(ev))
    order = pd.concat(orders, ignore_index=True) if orders else pd.DataFrame(columns=["doc_id", "_file", "_seq"])
    order = order.sort_values(["doc_id", "_file", "_seq"], kind="stable")
    n_docs = int(order["doc_id"].nunique())
    shown = order if max_rows is None else order.head(max_rows)
    rows: list[RowChange] = []
    if len(shown):
        shown = shown.assign(_rank=np.arange(len(shown)))
        ranked: list[tuple[int, RowChange]] = []
        for (file_no, kind_no), group in shown.groupby(["_file", "_kind"], sort=False):
            ev = events[list(TABLES)[int(file_no)]]
            details = _details(ev, KINDS[int(kind_no)], group["_pos"].to_numpy(dtype=int))
            ranked.extend(zip(group["_rank"].tolist(), details))
        rows = [r for _, r in sorted(ranked, key=lambda t: t[0])]
    return DatasetDiff(
        old_name=old_name or (str(old) if not isinstance(old, Mapping) else "old"),
        new_name=new_name or (str(new) if not isinstance(new, Mapping) else "new"),
        counts=tuple(counts), rows=tuple(rows), documents=n_docs, omitted=len(order) - len(rows),
        only_one_side=tuple(one_side),
    )


# --------------------------------------------------------------------------- formatting


def _show(value: Any, *, width: int = _TEXT_WIDTH) -> str:
    """A value as a reader wants it: null, true/false, 89469, text (shortened when long)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value).replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def _where(row: RowChange) -> str:
    """The row's position: [start:end] for spans, the table cell, nothing for a document."""
    def one(key: dict[str, Any]) -> str:
        if "start" in key:
            return f"[{key['start']}:{key.get('end')}]"
        if "table_id" in key:
            table = str(key["table_id"])
            table = table[len(row.doc_id) + 1:] if table.startswith(f"{row.doc_id}:") else table
            return f"{table} r{key['row']} c{key['col']}"
        return ""
    here = one(row.key)
    return f"{one(row.old_key)} -> {here}" if row.old_key is not None else here


def _summary_lines(diff: DatasetDiff) -> list[str]:
    lines = [f"{'file':<13} {'added':>6} {'removed':>8} {'changed':>8} {'moved':>6}"]
    for c in diff.counts:
        if c.compared:
            lines.append(f"{c.file:<13} {c.added:>6} {c.removed:>8} {c.changed:>8} {c.moved:>6}")
        else:
            lines.append(f"{c.file:<13} {'(on one side only: not compared)':>31}")
    return lines


def _tally(diff: DatasetDiff) -> str:
    rows = "row differs" if diff.total == 1 else "rows differ"
    docs = "document" if diff.documents == 1 else "documents"
    return f"{diff.total} {rows} in {diff.documents} {docs}."


def format_text(diff: DatasetDiff) -> str:
    """Plain text for a terminal: summary counts, then details grouped by document and file."""
    lines = [f"dataset diff: {diff.old_name} -> {diff.new_name}"]
    if diff.same:
        lines.append("no differences.")
        lines.extend(f"({name}: on one side only, not compared)" for name in diff.only_one_side)
        return "\n".join(lines)
    lines += _summary_lines(diff) + [_tally(diff)]
    for doc_id, rows in diff.by_document().items():
        lines += ["", doc_id]
        current = None
        for row in rows:
            if row.file != current:
                current = row.file
                lines.append(f"  {row.file}")
            head = " ".join(p for p in (_MARK[row.kind], _where(row), f'"{_show(row.label)}"' if row.label else "") if p)
            if row.kind in ("added", "removed"):
                brief = "  ".join(f"{c.column}={_show(c.new if row.kind == 'added' else c.old, width=60)}"
                                  for c in row.columns)
                lines.append(f"    {head}" + (f"  {brief}" if brief else ""))
            else:
                lines.append(f"    {head}")
                lines += [f"        {c.column}: {_show(c.old)} -> {_show(c.new)}" for c in row.columns]
    if diff.omitted:
        lines += ["", f"... {diff.omitted} more differing rows not shown (raise --max-rows, or 0 for all)."]
    return "\n".join(lines)


def _md(value: Any, *, width: int = _TEXT_WIDTH) -> str:
    if value is None:
        return "null"
    return "`" + _show(value, width=width).replace("`", "'") + "`"


def format_markdown(diff: DatasetDiff) -> str:
    """Markdown for a CI comment: a summary table, then one section per document."""
    lines = ["### Dataset diff", "", f"`{diff.old_name}` → `{diff.new_name}`", ""]
    if diff.same:
        lines.append("No differences.")
        return "\n".join(lines)
    lines += ["| file | added | removed | changed | moved |", "| --- | ---: | ---: | ---: | ---: |"]
    for c in diff.counts:
        if c.compared:
            lines.append(f"| {c.file} | {c.added} | {c.removed} | {c.changed} | {c.moved} |")
        else:
            lines.append(f"| {c.file} | – | – | – | – |")
    lines += ["", _tally(diff)]
    if diff.only_one_side:
        lines.append(f"Not compared (on one side only): {', '.join(diff.only_one_side)}.")
    for doc_id, rows in diff.by_document().items():
        lines += ["", f"#### `{doc_id}`"]
        current = None
        for row in rows:
            if row.file != current:
                current = row.file
                lines += ["", f"**{row.file}**", ""]
            where = _where(row).replace("->", "→")
            label = f" {_md(row.label)}" if row.label else ""
            head = f"- **{row.kind}**" + (f" {where}" if where else "") + label
            if row.kind in ("added", "removed"):
                brief = ", ".join(f"{c.column} {_md(c.new if row.kind == 'added' else c.old, width=60)}"
                                  for c in row.columns)
                lines.append(head + (f": {brief}" if brief else ""))
            else:
                lines.append(head)
                lines += [f"  - {c.column}: {_md(c.old)} → {_md(c.new)}" for c in row.columns]
    if diff.omitted:
        lines += ["", f"_… {diff.omitted} more differing rows not shown._"]
    return "\n".join(lines)


def as_dict(diff: DatasetDiff) -> dict[str, Any]:
    """The diff as plain data (what ``format_json`` serializes)."""
    return {
        "old": diff.old_name,
        "new": diff.new_name,
        "same": diff.same,
        "summary": {c.file: {"added": c.added, "removed": c.removed, "changed": c.changed, "moved": c.moved,
                             "compared": c.compared} for c in diff.counts},
        "rows_differing": diff.total,
        "documents_differing": diff.documents,
        "omitted": diff.omitted,
        "documents": [
            {"doc_id": doc_id, "rows": [
                {"file": r.file, "kind": r.kind, "key": r.key, "old_key": r.old_key, "label": r.label,
                 **_json_columns(r)}
                for r in rows]}
            for doc_id, rows in diff.by_document().items()
        ],
    }


def _json_columns(row: RowChange) -> dict[str, Any]:
    """``values`` (brief columns) of an added or removed row; ``columns`` old/new of a changed or moved row."""
    if row.kind == "added":
        return {"values": {c.column: c.new for c in row.columns}}
    if row.kind == "removed":
        return {"values": {c.column: c.old for c in row.columns}}
    return {"columns": {c.column: {"old": c.old, "new": c.new} for c in row.columns}}


def format_json(diff: DatasetDiff) -> str:
    """Stable, machine-readable JSON (sorted keys, rows in document order)."""
    return json.dumps(as_dict(diff), sort_keys=True, indent=2, ensure_ascii=False, allow_nan=False)


FORMATS = {"text": format_text, "md": format_markdown, "json": format_json}


# --------------------------------------------------------------------------- golden files


def golden_message(stored: Union[Path, Mapping[str, Any]], snapshot: Mapping[str, Any], *, doc_id: str,
                   max_rows: Optional[int] = 200) -> str:
    """The failure message of a golden check: the readable diff of one article and how to accept it."""
    old = snapshot_frames(_read_yaml(Path(stored)) if not isinstance(stored, Mapping) else stored, doc_id=doc_id)
    new = snapshot_frames(snapshot, doc_id=doc_id)
    name = str(stored) if not isinstance(stored, Mapping) else "stored snapshot"
    diff = diff_datasets(old, new, max_rows=max_rows, old_name=name, new_name="this run")
    text = format_text(diff) if not diff.same else (
        "dataset diff: no row differs; the YAML differs only in layout (e.g. key order or number format).")
    return (f"golden snapshot of {doc_id} changed.\n\n{text}\n\n"
            "Read the diff above. If every change is right, accept it with `make regen` "
            "and say in the commit what changed and why.")
