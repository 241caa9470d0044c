"""Dataset frames and validation: the vectorized check must never pass a frame pandera rejects."""

from __future__ import annotations

from typing import Any, Callable

import numpy as np
import pandas as pd
import pandera.pandas as pa
import pytest

from extract import dataset
from extract.dataset import DatasetError, frame, validate

FACT: dict[str, Any] = dict(
    doc_id="a", fact_id="a:10", start=10, end=17, text="$50,000", sentence="It pays $50,000.", category="salary",
    amount_min=50000.0, amount_max=50000.0, currency="USD", period="year", annual_min=50000.0,
    annual_max=50000.0, approx=False, statistic=None, pay_component=None, role="engineer", seniority=None,
    experience_min_years=None, experience_max_years=None, location=None, employer=None, source=None,
    as_of_year=2024, table_id=None, confidence=0.9,
)
CELL: dict[str, Any] = dict(doc_id="a", table_id="a:t0", origin="text", row=0, col=0, header=None, text="Pay")


def _facts(**changes: Any) -> pd.DataFrame:
    second = dict(FACT, fact_id="a:40", start=40, end=47)
    return frame("facts", [dict(FACT, **changes), second])


def _pandera_error(name: str, df: pd.DataFrame) -> str:
    """The message the pandera schema alone gives (what validate said before its fast path)."""
    try:
        dataset.schema(name).validate(df, lazy=True)
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases.head(5)
        detail = "; ".join(
            f"column {r.column!r} check {r.check!r} row {r.index} value {r.failure_case!r}" for r in cases.itertuples()
        )
        return f"{name}.csv violates its schema: {detail}"
    return ""


BAD: list[tuple[str, Callable[[], pd.DataFrame]]] = [
    ("facts", lambda: _facts(category="wage")),
    ("facts", lambda: _facts(start=-1)),
    ("facts", lambda: _facts(end=5)),
    ("facts", lambda: _facts(text=None)),
    ("facts", lambda: _facts(fact_id="a:40")),
    ("facts", lambda: _facts(amount_min=60000.0)),
    ("facts", lambda: _facts(amount_min=None, amount_max=None)),
    ("facts", lambda: _facts(confidence=1.5)),
    ("facts", lambda: _facts(as_of_year=1800)),
    ("facts", lambda: _facts(period="fortnight")),
    ("facts", lambda: _facts().assign(extra=1)),
    ("facts", lambda: _facts()[list(reversed(_facts().columns))]),
    ("facts", lambda: _facts().astype({"start": "float64"})),
    ("tables", lambda: frame("tables", [CELL, CELL])),
    ("tables", lambda: frame("tables", [dict(CELL, origin="pdf")])),
    ("documents", lambda: frame("documents", [dict(doc_id="a", path="a.txt", format="txt", sha256=None, n_chars=-3,
                                                    title=None, status="ok", error=None)])),
]


@pytest.mark.parametrize("name,make", BAD)
def test_bad_frames_raise_pandera_message(name: str, make: Callable[[], pd.DataFrame]) -> None:
    df = make()
    expected = _pandera_error(name, df)
    assert expected, "the case must break a rule of the schema"
    assert not dataset._conforms(name, df)
    with pytest.raises(DatasetError) as caught:
        validate(name, df)
    assert str(caught.value) == expected


GOOD: list[tuple[str, Callable[[], pd.DataFrame]]] = [
    ("facts", lambda: _facts()),
    ("facts", lambda: _facts(amount_min=None)),  # open below
    ("facts", lambda: _facts(amount_max=None, annual_max=None)),  # open above
    ("facts", lambda: frame("facts", [])),
    ("tables", lambda: frame("tables", [CELL, dict(CELL, col=1)])),
]


@pytest.mark.parametrize("name,make", GOOD)
def test_good_frames_pass_both_ways(name: str, make: Callable[[], pd.DataFrame]) -> None:
    df = make()
    assert _pandera_error(name, df) == ""
    assert dataset._conforms(name, df)
    pd.testing.assert_frame_equal(validate(name, df), df)


def test_frame_sorts_and_types_like_pandas() -> None:
    records = [dict(FACT, fact_id="b:5", doc_id="b", start=5, end=9), dict(FACT, amount_min=1.005, confidence=None),
               dict(FACT, fact_id="a:2", start=2, end=3)]
    expected = pd.DataFrame.from_records(records, columns=list(FACT))
    for col in dataset.TABLES["facts"][0]:
        expected[col.name] = expected[col.name].astype(dataset._DTYPES[col.type])
        if col.type == "number":
            expected[col.name] = expected[col.name].round(2)
    expected = expected.sort_values(["doc_id", "start"], kind="stable").reset_index(drop=True)
    pd.testing.assert_frame_equal(frame("facts", records), expected)
    # a null sort key cannot be sorted in Python: pandas sorts it, nulls last
    with_null = [dict(FACT, start=None), dict(FACT, fact_id="a:2", start=2)]
    assert frame("facts", with_null)["fact_id"].tolist() == ["a:2", "a:10"]


ARRAYS: list[tuple[str, list[Any]]] = [  # the Arrow fast path, and values it leaves to pandas
    ("string", ["a", None, "b"]), ("string", ["a", float("nan")]), ("string", []), ("string", [None, None]),
    ("string", ["caf\u00e9", ""]), ("string", [1, "a"]), ("string", [b"x", "y"]), ("string", ["lone \ud800"]),
    ("integer", [1, None, -3]), ("integer", [2**62, 0]), ("integer", [None]), ("integer", [1.0, 2]),
    ("integer", [True, 1]), ("integer", ["7"]),
    ("number", [1.5, None, float("nan")]), ("number", [1, 2.5]), ("number", [3, 4]), ("number", [2**60 + 1]),
    ("number", [float("inf"), -0.0]), ("number", [None]), ("number", ["1.5"]),
    ("boolean", [True, None, False]), ("boolean", []), ("boolean", [1, 0]),
]


@pytest.mark.parametrize("type_,values", ARRAYS)
def test_array_equals_pandas_array(type_: str, values: list[Any]) -> None:
    try:
        expected = pd.array(values, dtype=dataset._DTYPES[type_])
    except (TypeError, ValueError) as exc:
        with pytest.raises(type(exc)):
            dataset._array(values, type_)
        return
    pd.testing.assert_extension_array_equal(dataset._array(values, type_), expected)


def test_nan_is_not_within_bounds() -> None:
    df = _facts()
    df["confidence"] = pd.arrays.FloatingArray(np.array([np.nan, 0.5]), np.array([False, False]))
    assert not dataset._conforms("facts", df)


def _tuples(name: str, records: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [tuple(record[col.name] for col in dataset.TABLES[name][0]) for record in records]


ROWS: list[tuple[str, list[dict[str, Any]]]] = [  # rows build() turns into Arrow columns
    ("facts", [dict(FACT, fact_id="b:5", doc_id="b", start=5, end=9), dict(FACT, amount_min=1.005, annual_max=2.675),
               dict(FACT, fact_id="a:2", start=2, end=3, amount_max=float("nan"), confidence=-0.0)]),
    ("facts", []),
    ("tables", [dict(CELL, row=1), CELL, dict(CELL, col=1, header="Pay, \"net\"")]),
]


@pytest.mark.parametrize("name,records", ROWS)
def test_columns_make_the_frame_pandas_makes(name: str, records: list[dict[str, Any]]) -> None:
    arrays = dataset._columns(name, _tuples(name, records))
    assert arrays is not None
    pd.testing.assert_frame_equal(dataset._frame_of_arrays(name, arrays), frame(name, records))


def test_columns_leave_null_keys_and_other_types_to_pandas() -> None:
    assert dataset._columns("facts", _tuples("facts", [dict(FACT, start=None), FACT])) is None
    assert dataset._columns("facts", _tuples("facts", [dict(FACT, as_of_year="2024")])) is None


@pytest.mark.parametrize("name,make", BAD + GOOD)
def test_arrow_check_agrees_with_pandera(name: str, make: Callable[[], pd.DataFrame]) -> None:
    """The check build() runs on the columns it made passes exactly the frames pandera passes."""
    df = make()
    names = [col.name for col in dataset.TABLES[name][0]]
    if list(df.columns) != names or any(df[n].dtype != dataset._dtype(c.type) for n, c in zip(names, dataset.TABLES[name][0])):
        return  # not columns build() could make: the frame check covers these
    arrays = dataset._columns(name, list(df.astype(object).where(df.notna(), None).itertuples(index=False, name=None)))
    if arrays is None:  # a null sort key: build() leaves it to validate()
        return
    assert dataset._arrow_conforms(name, arrays) == (_pandera_error(name, df) == "")


def test_build_holds_columns_and_frames_on_demand() -> None:
    from extract.types import Document, DocResult

    doc = Document(doc_id="a", path="a.txt", format="txt", sha256="0" * 64, text="Pay")
    data = dataset.build([DocResult(doc)])
    assert data.arrays("documents") is not None and data.arrays("facts") is not None
    assert data.documents["doc_id"].tolist() == ["a"] and data.facts.empty
    assert data.texts == {"a": "Pay"}
