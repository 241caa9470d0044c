"""Golden files: one per article, so every change in the dataset shows up in review.

These files only show that something changed; accuracy is measured against
hand-made gold in test_accuracy.py. After reading a diff, accept it with
`make regen` and say in the commit what changed and why it is right.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from extract.dataset import TABLES
from extract.ingest import discover
from extract.diff import golden_message

from .conftest import CORPUS

DOC_IDS = sorted(doc_id for _, doc_id in discover([CORPUS]))
KEPT = {"facts": "start", "experience": "start", "attributions": "start", "tables": "table_id"}


def _records(df: pd.DataFrame) -> list[dict]:
    out = []
    for row in df.drop(columns=["doc_id"]).to_dict("records"):
        clean = {}
        for key, value in row.items():
            if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
                clean[key] = None
            elif isinstance(value, float):
                clean[key] = round(value, 2)
            else:
                clean[key] = value if isinstance(value, (bool, str)) else int(value) if float(value).is_integer() else float(value)
        out.append(clean)
    return out


def check_golden(data_regression, snapshot: dict[str, Any], *, doc_id: str, stored_dir: Path) -> None:
    """data_regression.check, failing with the readable dataset diff of the article and how to accept it."""
    try:
        data_regression.check(snapshot, basename=doc_id)
    except AssertionError as exc:
        message = golden_message(stored_dir / f"{doc_id}.yml", snapshot, doc_id=doc_id)
        raw = str(exc).splitlines()
        more = f"\n... ({len(raw) - 40} more lines)" if len(raw) > 40 else ""
        raise AssertionError(f"{message}\n\nRaw YAML diff:\n" + "\n".join(raw[:40]) + more) from None


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_article_golden(doc_id: str, corpus_output, data_regression, original_datadir: Path) -> None:
    """The whole extraction of one article, as YAML (facts, experience, attributions, tables)."""
    snapshot = {}
    for name in KEPT:
        df = pd.read_csv(corpus_output / f"{name}.csv", dtype={"doc_id": str})
        assert list(df.columns) == [c.name for c in TABLES[name][0]], f"{name}.csv columns changed"
        snapshot[name] = _records(df[df["doc_id"] == doc_id])
    check_golden(data_regression, snapshot, doc_id=doc_id, stored_dir=original_datadir)


def test_fact_dtypes_are_specs(corpus_output) -> None:
    """dataframe checks the golden YAML cannot make: the written dtypes per column."""
    parquet = pd.read_parquet(corpus_output / "facts.parquet")
    expected = {"string": "string", "integer": "Int64", "number": "Float64", "boolean": "boolean"}
    for col in TABLES["facts"][0]:
        assert str(parquet[col.name].dtype) == expected[col.type], col.name
