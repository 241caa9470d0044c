"""Shared fixtures: one pipeline run over the seed corpus per test session."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = ROOT / "tests" / "gold"


@pytest.fixture(scope="session")
def corpus_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The output folder of `python -m extract run corpus/`, made once."""
    from extract.pipeline import extract

    out = tmp_path_factory.mktemp("run") / "output"
    extract([CORPUS], out)
    return out


@pytest.fixture(scope="session")
def frames(corpus_output: Path) -> dict[str, pd.DataFrame]:
    """Every CSV of the corpus run, read back as written."""
    return {p.stem: pd.read_csv(p, dtype=str, keep_default_na=False) for p in corpus_output.glob("*.csv")}


@pytest.fixture(scope="session")
def texts(corpus_output: Path) -> dict[str, str]:
    """doc_id -> normalized text from documents.jsonl."""
    lines = (corpus_output / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    return {row["doc_id"]: row["text"] for row in map(json.loads, lines)}
