"""Dataset: records -> pandas DataFrames with SPEC's columns, validated by one schema.

The column table below is the single source of truth: it fixes each file's
columns, order and dtypes, builds the pandera schemas that validate every run,
and generates the Frictionless ``datapackage.json``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Any, Iterable, Optional

import numpy as np
import pyarrow
import pyarrow.compute as pc

from .types import DocResult, DocumentError

if TYPE_CHECKING:
    import pandas as pd
    import pandera.pandas as pa

# pandas (and pandera) are imported by the functions that build or check frames: a rerun
# served by the cache only copies encoded batches and never loads them.

PERIODS = ["year", "month", "week", "day", "hour"]
CATEGORIES = ["salary", "cost", "market", "other"]
STATISTICS = ["mean", "median"]
PAY_COMPONENTS = ["base", "bonus", "total"]
SENIORITIES = ["entry", "junior", "mid", "senior", "late"]

_DTYPES = {"string": "string", "integer": "Int64", "number": "Float64", "boolean": "boolean"}
_ARROW = {"string": pyarrow.large_string(), "integer": pyarrow.int64(), "number": pyarrow.float64(),
          "boolean": pyarrow.bool_()}  # the Arrow type of each column type's pandas array


@dataclass(frozen=True, slots=True)
class Column:
    """One column of an output file."""

    name: str
    type: str  # Frictionless type: string | integer | number | boolean
    description: str
    required: bool = False  # no nulls
    enum: Optional[list[str]] = None
    minimum: Optional[float] = None
    maximum: Optional[float] = None
    unique: bool = False


def _c(name: str, type_: str, description: str, **kw: Any) -> Column:
    return Column(name, type_, description, **kw)


TABLES: dict[str, tuple[list[Column], list[str]]] = {
    "documents": (
        [
            _c("doc_id", "string", "input path relative to the input folder, without extension", required=True, unique=True),
            _c("path", "string", "path of the input file as given", required=True),
            _c("format", "string", "input format", required=True, enum=["txt", "md", "html"]),
            _c("sha256", "string", "SHA-256 of the input bytes"),
            _c("n_chars", "integer", "length of the normalized text", minimum=0),
            _c("title", "string", "document title"),
            _c("status", "string", "ok, or error when the input could not be read", required=True, enum=["ok", "error"]),
            _c("error", "string", "one-line reason when status is error"),
        ],
        ["doc_id"],
    ),
    "facts": (
        [
            _c("doc_id", "string", "document", required=True),
            _c("fact_id", "string", "stable id doc_id:start", required=True, unique=True),
            _c("start", "integer", "span start (inclusive) in the document text", required=True, minimum=0),
            _c("end", "integer", "span end (exclusive)", required=True, minimum=0),
            _c("text", "string", "the money expression as written", required=True),
            _c("sentence", "string", "sentence, list item or table row the mention stands in", required=True),
            _c("category", "string", "what the amount is", required=True, enum=CATEGORIES),
            _c("amount_min", "number", "lower end; null when open below"),
            _c("amount_max", "number", "upper end; null when open above"),
            _c("currency", "string", "ISO 4217 code", required=True),
            _c("period", "string", "pay period", enum=PERIODS),
            _c("annual_min", "number", "salary lower end scaled to a year"),
            _c("annual_max", "number", "salary upper end scaled to a year"),
            _c("approx", "boolean", "approximate amount", required=True),
            _c("statistic", "string", "statistic the amount is", enum=STATISTICS),
            _c("pay_component", "string", "part of pay", enum=PAY_COMPONENTS),
            _c("role", "string", "normalized job title"),
            _c("seniority", "string", "career level", enum=SENIORITIES),
            _c("experience_min_years", "number", "experience range lower end"),
            _c("experience_max_years", "number", "experience range upper end"),
            _c("location", "string", "place the amount is for"),
            _c("employer", "string", "company paying; several joined with '; '"),
            _c("source", "string", "canonical source the amount is attributed to"),
            _c("as_of_year", "integer", "year the amount refers to", minimum=1900, maximum=2100),
            _c("table_id", "string", "table the amount was read from"),
            _c("confidence", "number", "0 to 1", required=True, minimum=0, maximum=1),
        ],
        ["fact_id"],
    ),
    "experience": (
        [
            _c("doc_id", "string", "document", required=True),
            _c("exp_id", "string", "stable id doc_id:start", required=True, unique=True),
            _c("start", "integer", "span start", required=True, minimum=0),
            _c("end", "integer", "span end", required=True, minimum=0),
            _c("text", "string", "the mention as written", required=True),
            _c("min_years", "number", "lower end; null when open below", minimum=0),
            _c("max_years", "number", "upper end; null when open above", minimum=0),
            _c("seniority", "string", "career level stated with it", enum=SENIORITIES),
            _c("role", "string", "role it qualifies"),
            _c("fact_ids", "string", "facts it qualifies, ';'-joined"),
        ],
        ["exp_id"],
    ),
    "attributions": (
        [
            _c("doc_id", "string", "document", required=True),
            _c("attr_id", "string", "stable id doc_id:start", required=True, unique=True),
            _c("start", "integer", "span start of the cue with the source", required=True, minimum=0),
            _c("end", "integer", "span end", required=True, minimum=0),
            _c("text", "string", "cue and source as written", required=True),
            _c("source", "string", "canonical source name", required=True),
            _c("cue", "string", "the cue: according to, says, source:, ...", required=True),
            _c("claim_start", "integer", "start of the claim the attribution covers", required=True, minimum=0),
            _c("claim_end", "integer", "end of the claim", required=True, minimum=0),
            _c("claim_text", "string", "the sentence or block covered", required=True),
        ],
        ["attr_id"],
    ),
    "tables": (
        [
            _c("doc_id", "string", "document", required=True),
            _c("table_id", "string", "table id doc_id:tN", required=True),
            _c("origin", "string", "html or text", required=True, enum=["html", "text"]),
            _c("row", "integer", "row number; 0 is the header row when there is one", required=True, minimum=0),
            _c("col", "integer", "column number", required=True, minimum=0),
            _c("header", "string", "the column's header text"),
            _c("text", "string", "the cell as written", required=True),
        ],
        ["table_id", "row", "col"],
    ),
}

SORT_KEYS = {"documents": ["doc_id"], "facts": ["doc_id", "start"], "experience": ["doc_id", "start"],
             "attributions": ["doc_id", "start"], "tables": ["doc_id", "table_id", "row", "col"]}


class DatasetError(ValueError):
    """The dataset violates its schema; the message names the file, column, rule and rows."""


@dataclass(frozen=True, init=False, eq=False)
class Dataset:
    """The extracted dataset: one DataFrame per output file, plus each document's text.

    :func:`build` keeps each file's validated columns as Arrow arrays, which is all that
    writing needs, and makes a file's DataFrame of them when it is first read: a run that
    only writes its dataset never loads pandas.
    """

    texts: dict[str, str]
    _parts: dict[str, Any]  # per file: its DataFrame, or its validated columns until the frame is read

    def __init__(self, documents: pd.DataFrame, facts: pd.DataFrame, experience: pd.DataFrame,
                 attributions: pd.DataFrame, tables: pd.DataFrame, texts: dict[str, str]) -> None:
        parts = dict(documents=documents, facts=facts, experience=experience, attributions=attributions, tables=tables)
        object.__setattr__(self, "texts", texts)
        object.__setattr__(self, "_parts", parts)

    @classmethod
    def _of(cls, parts: dict[str, Any], texts: dict[str, str]) -> "Dataset":
        """The dataset of each file's DataFrame or validated columns (Arrow arrays by column name)."""
        return cls(**parts, texts=texts)

    def frame(self, name: str) -> pd.DataFrame:
        """The DataFrame of one output file."""
        part = self._parts[name]
        if isinstance(part, dict):  # columns: make the frame once
            part = self._parts[name] = _frame_of_arrays(name, part)
        return part

    def arrays(self, name: str) -> Optional[dict[str, pyarrow.Array]]:
        """One file's validated columns as Arrow arrays when the dataset holds them (None: read the frame)."""
        part = self._parts[name]
        return part if isinstance(part, dict) else None

    documents = property(lambda self: self.frame("documents"), doc="documents.csv")
    facts = property(lambda self: self.frame("facts"), doc="facts.csv")
    experience = property(lambda self: self.frame("experience"), doc="experience.csv")
    attributions = property(lambda self: self.frame("attributions"), doc="attributions.csv")
    tables = property(lambda self: self.frame("tables"), doc="tables.csv")

    def frames(self) -> dict[str, pd.DataFrame]:
        return {name: self.frame(name) for name in TABLES}


# --------------------------------------------------------------------------- records -> rows


_NAMES = {name: [col.name for col in columns] for name, (columns, _) in TABLES.items()}
_FACT_ROW = attrgetter(*_NAMES["facts"])  # a Fact's attributes are named as the facts columns


def rows(result: DocResult) -> dict[str, list[dict[str, Any]]]:
    """Flatten one document's result into row dicts per output file."""
    return {name: [dict(zip(_NAMES[name], row)) for row in table] for name, table in _rows(result).items()}


def _rows(result: DocResult) -> dict[str, list[tuple[Any, ...]]]:
    """:func:`rows` as tuples of the values of each file's columns, in column order."""
    doc = result.document
    out: dict[str, list[tuple[Any, ...]]] = {name: [] for name in TABLES}
    if isinstance(doc, DocumentError):
        out["documents"].append((doc.doc_id, doc.path, doc.format, doc.sha256, None, None, "error", doc.error))
        return out
    text, doc_id = doc.text, doc.doc_id
    out["documents"].append((doc_id, doc.path, doc.format, doc.sha256, len(text), doc.title, "ok", None))
    out["facts"] = [_FACT_ROW(f) for f in result.facts]
    for row in result.experience:
        e = row.experience
        out["experience"].append((doc_id, f"{doc_id}:{e.start}", e.start, e.end, e.text, e.min_years, e.max_years,
                                  row.seniority, row.role, ";".join(row.fact_ids) or None))
    for a in result.attributions:
        out["attributions"].append((doc_id, f"{doc_id}:{a.start}", a.start, a.end, a.text, a.source, a.cue,
                                    a.claim_start, a.claim_end, text[a.claim_start : a.claim_end]))
    for n, table in enumerate(result.tables):
        table_id = f"{doc_id}:t{n}"
        out["tables"].extend((doc_id, table_id, table.origin, cell.row, cell.col, cell.header, cell.text)
                             for cell in table.cells)
    return out


def frame(name: str, records: Iterable[dict[str, Any]]) -> pd.DataFrame:
    """Build the DataFrame of one output file with fixed columns, dtypes, order and rounding."""
    names = _NAMES[name]
    records = list(records)
    try:  # sort the records, stably, before they become arrays
        records.sort(key=itemgetter(*SORT_KEYS[name]))
        presorted = True
    except (KeyError, TypeError):  # a null or missing key: let pandas sort (nulls last)
        presorted = False
    try:  # the records as rows of the columns' values
        table = list(map(itemgetter(*names), records))
    except KeyError:  # a key missing from a record is null
        table = [tuple(record.get(name) for name in names) for record in records]
    return _typed_frame(name, table, presorted=presorted)


def _frame_of_rows(name: str, table: list[tuple[Any, ...]]) -> pd.DataFrame:
    """:func:`frame` of rows that are tuples of every column's value, in column order."""
    names = _NAMES[name]
    try:
        table = sorted(table, key=itemgetter(*(names.index(key) for key in SORT_KEYS[name])))
        presorted = True
    except TypeError:  # a null key: let pandas sort (nulls last)
        presorted = False
    return _typed_frame(name, table, presorted=presorted)


def _typed_frame(name: str, table: list[tuple[Any, ...]], *, presorted: bool) -> pd.DataFrame:
    """The typed, rounded frame of rows in column order (sorted by pandas unless ``presorted``)."""
    import pandas as pd

    columns, _ = TABLES[name]
    data = {}
    for col, values in zip(columns, zip(*table) if table else [()] * len(columns)):  # one typed array per column
        array = _array(list(values), col.type)
        data[col.name] = array.round(2) if col.type == "number" else array
    df = pd.DataFrame(data, copy=False)
    if presorted:
        return df
    return df.sort_values(SORT_KEYS[name], kind="stable").reset_index(drop=True)


# the Python types of values that Arrow converts to each column type exactly as pandas does
_PYTHON = {"string": {str, type(None)}, "integer": {int, type(None)}, "number": {float, int, type(None)},
           "boolean": {bool, type(None)}}


def _array(values: list[Any], type_: str) -> Any:
    """``pd.array(values, dtype=...)`` of the column type, built through Arrow (several times
    faster) when the values are of Python types it converts as pandas does; else by pandas.

    >>> _array(["a", None], "string").tolist(), _array([1, None], "integer").tolist()
    (['a', <NA>], [1, <NA>])
    >>> _array([1, 2.5, float("nan")], "number").tolist(), _array(["1"], "integer").tolist()
    ([1.0, 2.5, <NA>], [1])
    """
    import pandas as pd

    arrow = _arrow(values, type_)
    if arrow is not None:
        return _dtype(type_).__from_arrow__(arrow)
    return pd.array(values, dtype=_DTYPES[type_])


def _arrow(values: list[Any], type_: str) -> Optional[pyarrow.Array]:
    """The Arrow array of a column's values (NaN as null), or None when pandas must decide
    (a value of another Python type, an integer beyond int64 or one a float cannot hold exactly).

    >>> _arrow([1, None], "number").to_pylist(), _arrow(["1"], "integer")
    ([1.0, None], None)
    """
    if not set(map(type, values)) <= _PYTHON[type_]:
        return None
    try:
        array = pyarrow.array(values, type=_ARROW[type_])
    except (ValueError, OverflowError):
        return None
    if type_ == "number":  # NaN is null for pandas too (Arrow's from_pandas would say so, but imports pandas)
        return _floats(array.to_numpy(zero_copy_only=False))
    return array


def _floats(data: np.ndarray) -> pyarrow.Array:
    """The Arrow array of float64 values, NaN as null."""
    return pyarrow.array(data, mask=np.isnan(data))


def _columns(name: str, table: list[tuple[Any, ...]]) -> Optional[dict[str, pyarrow.Array]]:
    """The columns of :func:`frame` of rows in column order, as Arrow arrays: rows sorted,
    numbers rounded to 2 decimals as pandas rounds them. None when a sort key is null or a
    value is one :func:`_arrow` leaves to pandas (then the frame is built by pandas).

    >>> _columns("tables", [("a", "a:t0", "text", 1, 0, None, "x"), ("a", "a:t0", "text", 0, 0, None, "y")])["text"]
    <pyarrow.lib.LargeStringArray object at ...>
    [
      "y",
      "x"
    ]
    """
    columns, _ = TABLES[name]
    names = _NAMES[name]
    try:
        table = sorted(table, key=itemgetter(*(names.index(key) for key in SORT_KEYS[name])))
    except TypeError:  # a null key
        return None
    arrays = {}
    for col, values in zip(columns, zip(*table) if table else [()] * len(columns)):
        array = _arrow(list(values), col.type)
        if array is None:
            return None
        if col.type == "number":  # numpy's round of the float64 values, as pandas' round(2); null stays null
            array = _floats(np.round(array.to_numpy(zero_copy_only=False), 2))
        arrays[col.name] = array
    return arrays


def _frame_of_arrays(name: str, arrays: dict[str, pyarrow.Array]) -> pd.DataFrame:
    """The DataFrame of columns made by :func:`_columns` (equal to :func:`frame` of the same rows)."""
    import pandas as pd

    return pd.DataFrame({col.name: _dtype(col.type).__from_arrow__(arrays[col.name]) for col in TABLES[name][0]},
                        copy=False)


def build(results: Iterable[DocResult]) -> Dataset:
    """Assemble and validate the dataset from per-document results.

    Each file's rows become typed columns that are checked against every rule of the
    schema at once (:func:`_arrow_conforms`); rows that may break a rule, or that only
    pandas can type, become a DataFrame that :func:`validate` decides on.
    """
    buckets: dict[str, list[tuple[Any, ...]]] = {name: [] for name in TABLES}
    texts: dict[str, str] = {}
    for result in results:
        for name, table in _rows(result).items():
            buckets[name].extend(table)
        if not isinstance(result.document, DocumentError):
            texts[result.document.doc_id] = result.document.text
    parts: dict[str, Any] = {}
    for name, table in buckets.items():
        arrays = _columns(name, table)
        if arrays is not None and _arrow_conforms(name, arrays):
            parts[name] = arrays
        else:
            parts[name] = validate(name, _frame_of_rows(name, table))
    return Dataset._of(parts, texts=dict(sorted(texts.items())))


# --------------------------------------------------------------------------- validation


@lru_cache(maxsize=None)
def schema(name: str) -> pa.DataFrameSchema:
    """The pandera schema of one output file, generated from the column table (built once per file)."""
    import pandera.pandas as pa  # imported when first needed: most batches pass the vectorized check

    columns, keys = TABLES[name]
    spec = {}
    for col in columns:
        checks = []
        if col.enum:
            checks.append(pa.Check.isin(col.enum))
        if col.minimum is not None:
            checks.append(pa.Check.ge(col.minimum))
        if col.maximum is not None:
            checks.append(pa.Check.le(col.maximum))
        spec[col.name] = pa.Column(_DTYPES[col.type], checks=checks, nullable=not col.required, unique=col.unique)
    checks = [pa.Check(fn, name=check) for check, fn in _frame_checks(name)]
    return pa.DataFrameSchema(spec, checks=checks, strict=True, ordered=True, unique=keys if len(keys) > 1 else None)


def _frame_checks(name: str) -> list[tuple[str, Any]]:
    """The row rules across columns of one output file: (name, function of the frame -> bool per row)."""
    columns = {col.name for col in TABLES[name][0]}
    checks = [("end >= start", _end_after_start)] if "start" in columns else []
    if name == "facts":
        checks += [("amount_min <= amount_max", _bounds_ordered), ("at least one bound", _has_bound)]
    return checks


# The frame checks take the frame (from pandera); _ARROW_CHECKS are the same rules on Arrow columns.


def _end_after_start(df: Any) -> Any:
    return df["end"] >= df["start"]


def _bounds_ordered(df: Any) -> Any:
    return (df["amount_min"].isna() | df["amount_max"].isna() | (df["amount_min"] <= df["amount_max"])).fillna(True)


def _has_bound(df: Any) -> Any:
    return ~df["amount_min"].isna() | ~df["amount_max"].isna()


def validate(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """Validate one DataFrame; raise DatasetError naming the rule and the failing rows.

    The schema's rules are first checked vectorized (:func:`_conforms`, a few array
    operations per column); a frame that passes them is valid and returned as is.
    Only a frame that may break a rule is handed to pandera, which decides and
    names the failures, so the verdict and the message are pandera's.
    """
    if _conforms(name, df):
        return df
    return _pandera_validated(name, df)


def _pandera_validated(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """The pandera schema's verdict; DatasetError names the rule and the failing rows."""
    from pandera.errors import SchemaErrors

    try:
        return schema(name).validate(df, lazy=True)
    except SchemaErrors as exc:
        cases = exc.failure_cases.head(5)
        detail = "; ".join(
            f"column {r.column!r} check {r.check!r} row {r.index} value {r.failure_case!r}" for r in cases.itertuples()
        )
        raise DatasetError(f"{name}.csv violates its schema: {detail}") from None


@lru_cache(maxsize=None)
def _dtype(type_: str) -> Any:
    import pandas as pd

    return pd.api.types.pandas_dtype(_DTYPES[type_])


def _conforms(name: str, df: pd.DataFrame) -> bool:
    """Whether ``df`` certainly satisfies every rule of :func:`schema` (False when in doubt):
    exact columns, order and dtypes, then :func:`_arrow_conforms` of its columns."""
    columns, _ = TABLES[name]
    if list(df.columns) != [col.name for col in columns]:
        return False
    if any(series.dtype != _dtype(col.type) for col, (_, series) in zip(columns, df.items())):
        return False
    return _arrow_conforms(name, {label: pyarrow.array(series.array) for label, series in df.items()})


def _arrow_conforms(name: str, arrays: dict[str, Any]) -> bool:
    """Whether a file's columns (Arrow arrays of its column types, in order; nulls are pandas'
    missing values) satisfy every rule of :func:`schema` (False when in doubt).

    The same rules on whole columns: no nulls in required columns; unique columns
    and keys; enums; bounds (NaN is within none); the schema's frame checks, a null
    in their result counting as a failure.
    """
    columns, keys = TABLES[name]
    for col in columns:
        arrow = arrays[col.name]
        if col.required and arrow.null_count:
            return False
        if col.unique and len(pc.unique(arrow)) != len(arrow):
            return False
        if col.enum and not set(pc.unique(arrow).to_pylist()) <= {None, *col.enum}:
            return False
        if col.minimum is not None or col.maximum is not None:
            if pyarrow.types.is_floating(arrow.type) and pc.any(pc.is_nan(arrow)).as_py():
                return False  # NaN is no bound's
            bounds = pc.min_max(arrow).as_py()  # nulls skipped; both None when there are no values
            if bounds["min"] is not None and col.minimum is not None and not bounds["min"] >= col.minimum:
                return False
            if bounds["max"] is not None and col.maximum is not None and not bounds["max"] <= col.maximum:
                return False
    if not all(_everywhere(check(arrays)) for check in _ARROW_CHECKS[name]):
        return False
    if len(keys) > 1:  # composite keys are unique
        rows = list(zip(*(arrays[k].to_pylist() for k in keys)))
        return len(set(rows)) == len(rows)
    return True


def _everywhere(result: Any) -> bool:
    """Whether an Arrow boolean column is true everywhere; null is false."""
    return not pc.any(pc.invert(pc.fill_null(result, False))).as_py()


_ARROW_CHECKS: dict[str, list[Any]] = {  # _frame_checks, on Arrow columns (nulls as pandas' missing values)
    name: [check for check, applies in [
        (lambda c: pc.greater_equal(c["end"], c["start"]), "start" in _NAMES[name]),  # end >= start
        (lambda c: pc.fill_null(pc.less_equal(c["amount_min"], c["amount_max"]), True), name == "facts"),  # bounds ordered
        (lambda c: pc.or_(pc.is_valid(c["amount_min"]), pc.is_valid(c["amount_max"])), name == "facts"),  # a bound
    ] if applies]
    for name in TABLES
}


# --------------------------------------------------------------------------- datapackage


def datapackage() -> dict[str, Any]:
    """The Frictionless Data Package descriptor of every CSV."""
    resources = []
    for name, (columns, keys) in TABLES.items():
        fields = []
        for col in columns:
            field: dict[str, Any] = {"name": col.name, "type": col.type, "description": col.description}
            constraints: dict[str, Any] = {}
            if col.required:
                constraints["required"] = True
            if col.unique:
                constraints["unique"] = True
            if col.enum:
                constraints["enum"] = col.enum
            if col.minimum is not None:
                constraints["minimum"] = col.minimum
            if col.maximum is not None:
                constraints["maximum"] = col.maximum
            if constraints:
                field["constraints"] = constraints
            fields.append(field)
        schema_: dict[str, Any] = {"fields": fields, "primaryKey": keys, "missingValues": [""]}
        if name != "documents":
            schema_["foreignKeys"] = [{"fields": "doc_id", "reference": {"resource": "documents", "fields": "doc_id"}}]
        resources.append({"name": name, "path": f"{name}.csv", "profile": "tabular-data-resource",
                          "format": "csv", "mediatype": "text/csv", "encoding": "utf-8", "schema": schema_})
    return {"name": "salary-facts", "title": "Salary facts extracted from articles", "profile": "tabular-data-package",
            "licenses": [{"name": "ODC-BY-1.0"}], "resources": resources}
