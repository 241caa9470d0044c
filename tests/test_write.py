"""Write: the CSV rows and Arrow table that encode builds itself are the bytes pandas would write."""

from __future__ import annotations

import random
from typing import Any

import pandas as pd
import pyarrow as pa
import pytest

from extract import dataset, write
from extract.dataset import TABLES, frame

TRICKY_TEXT = ["plain", "", " lead and trail ", 'say "hi"', '"', '""', "a,b", ",", "line\nbreak", "cr\rreturn",
               "crlf\r\nend", "tab\there", "semi;colon", "caf\u00e9 \u20ac5", "\u2028sep\u2029", "nul\x00byte",
               "\ufeffbom", "'single'", "back\\slash", "emoji \U0001F4B0", "\x85next", "\x0bvt\x0cff", None]
TRICKY_FLOAT = [0.0, -0.0, 1.5, 100000.0, 110137.0, 0.1, 1 / 3, 2.675, 1e16, 1e15, 9999999999999998.0, 1e-5,
                1.5e-7, 123456789.12, -42.5, 1e300, 5e-324, float("inf"), float("-inf"), None]
TRICKY_INT = [0, -1, 7, 1900, 2**53 + 1, 2**62, -(2**63), None]


def _pandas(df: pd.DataFrame) -> str:
    return df.to_csv(index=False, header=False, lineterminator="\n")


def _column(values: list[Any], dtype: str, n: int) -> pd.api.extensions.ExtensionArray:
    return pd.array([values[i % len(values)] for i in range(n)], dtype=dtype)


@pytest.mark.parametrize("rotate", range(4))
def test_tricky_values_match_pandas(rotate: int) -> None:
    n = max(len(TRICKY_TEXT), len(TRICKY_FLOAT), len(TRICKY_INT))
    text = TRICKY_TEXT[rotate:] + TRICKY_TEXT[:rotate]
    df = pd.DataFrame({
        "text": _column(text, "string", n), "other": _column(list(reversed(text)), "string", n),
        "number": _column(TRICKY_FLOAT, "Float64", n), "rounded": _column(TRICKY_FLOAT, "Float64", n).round(2),
        "integer": _column(TRICKY_INT, "Int64", n), "flag": _column([True, False, None], "boolean", n),
    })
    assert write.csv_rows(df) == _pandas(df)


def test_every_character_is_quoted_like_pandas() -> None:
    chars = [chr(c) for c in range(0x3000) if not 0xD800 <= c < 0xE000]
    df = pd.DataFrame({"a": pd.array([f"x{c}y" for c in chars], dtype="string"),
                       "b": pd.array([c for c in chars], dtype="string")})
    assert write.csv_rows(df) == _pandas(df)


def test_random_numbers_match_pandas() -> None:
    rng = random.Random(7)
    floats = [round(rng.choice([-1, 1]) * 10 ** rng.uniform(-8, 20), rng.randint(0, 5)) for _ in range(3000)]
    floats += [rng.uniform(-1e7, 1e7) for _ in range(3000)] + [float(rng.randint(0, 10**12)) for _ in range(3000)]
    df = pd.DataFrame({"f": pd.array(floats, dtype="Float64").round(2), "g": pd.array(floats, dtype="Float64"),
                       "i": pd.array([int(abs(f)) % 2**62 for f in floats], dtype="Int64")})
    assert write.csv_rows(df) == _pandas(df)


OTHERS: list[tuple[str, pd.DataFrame]] = [  # frames csv_rows leaves to pandas, and small ones
    ("empty", frame("facts", [])),
    ("one column", pd.DataFrame({"a": pd.array(["", None, "x"], dtype="string")})),
    ("object dtype", pd.DataFrame({"a": ["x", None, 1], "b": pd.array([1, 2, 3], dtype="Int64")})),
    ("numpy dtypes", pd.DataFrame({"a": [1.5, float("nan")], "b": [1, 2], "c": [True, False]})),
    ("python strings", pd.DataFrame({"a": pd.array(["a,b", None], dtype="string[python]"), "b": [1, 2]})),
    ("all null", pd.DataFrame({c: pd.array([None, None], dtype=d) for c, d in
                               [("s", "string"), ("i", "Int64"), ("f", "Float64"), ("b", "boolean")]})),
]


@pytest.mark.parametrize("label,df", OTHERS, ids=[label for label, _ in OTHERS])
def test_other_frames_match_pandas(label: str, df: pd.DataFrame) -> None:
    assert write.csv_rows(df) == _pandas(df)


FACT: dict[str, Any] = dict(
    doc_id="a", fact_id="a:10", start=10, end=17, text="$50,000", sentence='It pays "$50,000",\nyearly.',
    category="salary", amount_min=50000.0, amount_max=50000.456, currency="USD", period="year",
    annual_min=50000.0, annual_max=None, approx=True, statistic=None, pay_component=None, role="engineer",
    seniority=None, experience_min_years=None, experience_max_years=2.5, location=None, employer=None,
    source=None, as_of_year=2024, table_id=None, confidence=0.905,
)


def test_encode_equals_pandas_encoding() -> None:
    facts = [dict(FACT, fact_id=f"a:{i}", start=i, end=i + 7, approx=i % 3 == 0 or None if i % 2 else False)
             for i in range(0, 60, 3)]
    data = dataset.Dataset(documents=frame("documents", [dict(doc_id="a", path="a.txt", format="txt", sha256=None,
                                                              n_chars=3, title="T, \"t\"", status="ok", error=None)]),
                           facts=frame("facts", facts), experience=frame("experience", []),
                           attributions=frame("attributions", []), tables=frame("tables", []), texts={"a": "abc"})
    part = write.encode(data)
    for name in TABLES:
        assert part.csv[name] == _pandas(getattr(data, name)).encode("utf-8")
    expected = pa.Table.from_pandas(data.facts, schema=write.facts_schema(), preserve_index=False)
    assert part.facts.equals(expected) and part.facts.schema.equals(expected.schema, check_metadata=True)


@pytest.mark.parametrize("name", list(dataset.TABLES))
def test_csv_header_is_what_pandas_writes(name: str) -> None:
    assert write.csv_header(name) == dataset.frame(name, []).to_csv(index=False, lineterminator="\n")


def test_facts_schema_is_what_pandas_gives() -> None:
    expected = pa.Schema.from_pandas(frame("facts", []), preserve_index=False)
    assert write.facts_schema().equals(expected, check_metadata=True)


def test_encode_of_built_columns_equals_encode_of_frames() -> None:
    facts = [dict(FACT, fact_id=f"a:{i}", start=i, end=i + 7, approx=bool(i % 2)) for i in range(0, 30, 3)]
    columns = {name: dataset._columns(name, [tuple(r[c.name] for c in dataset.TABLES[name][0]) for r in records])
               for name, records in [("facts", facts), ("experience", []), ("attributions", []), ("tables", []),
                                     ("documents", [dict(doc_id="a", path="a.txt", format="txt", sha256=None, n_chars=3,
                                                         title="T, \"t\"", status="ok", error=None)])]}
    built = dataset.Dataset._of(columns, texts={"a": "abc"})
    a = write.encode(built)
    frames = dataset.Dataset(**{name: built.frame(name) for name in TABLES}, texts={"a": "abc"})
    assert frames.arrays("facts") is None
    b = write.encode(frames)
    assert a.csv == b.csv and a.jsonl == b.jsonl and (a.documents, a.errors) == (b.documents, b.errors)
    assert a.facts.equals(b.facts) and a.facts.schema.equals(b.facts.schema, check_metadata=True)
