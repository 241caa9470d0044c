"""End-to-end: the output folder honours SPEC's contract."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from extract.dataset import TABLES
from extract.ingest import discover
from extract.pipeline import extract

from .conftest import CORPUS

SPEC_FILES = {"documents.csv", "documents.jsonl", "facts.csv", "facts.parquet", "experience.csv",
              "attributions.csv", "tables.csv", "datapackage.json"}


def test_output_has_every_spec_file(corpus_output: Path) -> None:
    assert {p.name for p in corpus_output.iterdir()} == SPEC_FILES


@pytest.mark.parametrize("name", sorted(TABLES))
def test_csv_columns_are_exactly_specs(frames: dict[str, pd.DataFrame], name: str) -> None:
    assert list(frames[name].columns) == [c.name for c in TABLES[name][0]]


def test_parquet_matches_csv_and_keeps_dtypes(corpus_output: Path, frames: dict[str, pd.DataFrame]) -> None:
    parquet = pd.read_parquet(corpus_output / "facts.parquet")
    assert list(parquet.columns) == list(frames["facts"].columns)
    assert len(parquet) == len(frames["facts"])
    assert str(parquet["amount_min"].dtype) == "Float64" and str(parquet["approx"].dtype) == "boolean"
    assert str(parquet["start"].dtype) == "Int64" and str(parquet["role"].dtype) == "string"


def test_datapackage_describes_every_csv(corpus_output: Path, frames: dict[str, pd.DataFrame]) -> None:
    package = json.loads((corpus_output / "datapackage.json").read_text())
    resources = {r["name"]: r for r in package["resources"]}
    assert set(resources) == set(TABLES)
    for name, resource in resources.items():
        assert [f["name"] for f in resource["schema"]["fields"]] == list(frames[name].columns)
        assert resource["schema"]["primaryKey"]
    period = next(f for f in resources["facts"]["schema"]["fields"] if f["name"] == "period")
    assert period["constraints"]["enum"] == ["year", "month", "week", "day", "hour"]


def test_span_invariant_holds_for_every_row(frames: dict[str, pd.DataFrame], texts: dict[str, str]) -> None:
    checked = 0
    for name in ("facts", "experience", "attributions"):
        for row in frames[name].itertuples():
            text = texts[row.doc_id]
            assert text[int(row.start):int(row.end)] == row.text, (name, row)
            checked += 1
    for row in frames["attributions"].itertuples():
        assert texts[row.doc_id][int(row.claim_start):int(row.claim_end)] == row.claim_text
    assert checked > 50


def test_rows_sorted_by_doc_then_start(frames: dict[str, pd.DataFrame]) -> None:
    for name in ("facts", "experience", "attributions"):
        keys = [(r.doc_id, int(r.start)) for r in frames[name].itertuples()]
        assert keys == sorted(keys), name


def test_every_corpus_file_is_a_document(frames: dict[str, pd.DataFrame]) -> None:
    docs = frames["documents"]
    assert sorted(docs["doc_id"]) == sorted(doc_id for _, doc_id in discover([CORPUS]))
    assert set(docs["format"]) == {"txt", "md", "html"}
    assert set(docs["status"]) == {"ok"}


def test_second_run_is_byte_identical(corpus_output: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    extract([CORPUS], again)
    for name in SPEC_FILES:
        assert (again / name).read_bytes() == (corpus_output / name).read_bytes(), name


def test_money_cells_of_tables_become_facts(frames: dict[str, pd.DataFrame]) -> None:
    facts = frames["facts"]
    in_tables = facts[facts["table_id"] != ""]
    assert len(in_tables) >= 60
    assert set(in_tables["table_id"]) <= set(frames["tables"]["table_id"])


def test_pipeline_is_renewed_so_the_vocabulary_cannot_grow_without_end(monkeypatch: pytest.MonkeyPatch) -> None:
    """spaCy's vocabulary keeps every new token; annotate starts a fresh pipeline every RENEW_AFTER documents."""
    from extract import annotate as annotate_module
    from extract.ingest import parse

    monkeypatch.setattr(annotate_module, "RENEW_AFTER", 2)
    monkeypatch.setattr(annotate_module, "_pipeline", annotate_module._Renewed())
    texts = [f"Nurses earn ${40 + i},{i}17 a year in Leeds.\n" for i in range(5)]
    docs = [annotate_module.annotate(parse(t.encode(), doc_id=str(i), path=f"{i}.txt", fmt="txt", sha256=""))
            for i, t in enumerate(texts)]
    vocabs = [id(doc.vocab) for doc in docs]
    assert vocabs[0] == vocabs[1] != vocabs[2] == vocabs[3] != vocabs[4]
    assert [[s._.value.amount_min for s in doc.spans["money"]] for doc in docs] == [[40017.0], [41117.0], [42217.0], [43317.0], [44417.0]]
