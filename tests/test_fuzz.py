"""Fuzzing: any input gives a valid result, and every input that once failed is replayed.

- hypothesis over the whole per-document pipeline (``process`` on a file holding
  ``st.text()``) and over ``ingest.parse`` on ``st.binary()``: no exception, a
  valid :class:`DocResult`, a dataset that validates, and the span invariant
  ``text[start:end] == record.text`` for facts, experience and attributions;
- ``tests/crashes/``: a corpus of every input that once crashed, hung or broke
  an invariant, each replayed through the same checks. Add the file of any new
  failure there (its name says what it was).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import dataset, ingest
from extract.pipeline import process
from extract.types import DocResult, Document, DocumentError

CRASHES = Path(__file__).resolve().parent / "crashes"
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)


def check_result(result: DocResult) -> None:
    """The invariants every per-document result keeps, whatever the input."""
    assert isinstance(result, DocResult)
    doc = result.document
    if isinstance(doc, DocumentError):
        assert doc.error and "\n" not in doc.error, doc.error
        assert not (result.facts or result.experience or result.attributions or result.tables)
        return
    assert isinstance(doc, Document)
    text = doc.text
    assert text.strip(), "an ok document has text"
    assert "\r" not in text and "\x00" not in text and "\u200b" not in text
    for block in doc.blocks:
        assert 0 <= block.start <= block.end <= len(text)
    for fact in result.facts:
        assert text[fact.start:fact.end] == fact.text, fact
        assert fact.doc_id == doc.doc_id
    for row in result.experience:
        exp = row.experience
        assert text[exp.start:exp.end] == exp.text, exp
    for attr in result.attributions:
        assert text[attr.start:attr.end] == attr.text, attr
    for table in result.tables:
        for cell in table.cells:
            assert 0 <= cell.start <= cell.end <= len(text)
    data = dataset.build([result])  # validates every frame against the schema
    status = data.documents.set_index("doc_id").loc[doc.doc_id, "status"]
    assert status == "ok"


def run_file(data: bytes, suffix: str, *, time_budget: float = 60.0) -> DocResult:
    """``process`` on a temporary file holding ``data``."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"doc{suffix}"
        path.write_bytes(data)
        return process(path, "doc", root=Path(folder), time_budget=time_budget)


@pytest.fixture(scope="module", autouse=True)
def warm() -> None:
    """Load the pipeline once, so hypothesis examples do not pay for it."""
    from extract import parallel

    parallel.warm()
    run_file(b"Nurses earn $40 an hour.", ".txt")


# --------------------------------------------------------------------------- hypothesis

money_ish = st.sampled_from(["$", "\u00a3", "\u20ac", "1", "0", ",", ".", "-", "\u2013", "k", "K", " ", "\n", "\t",
                             "year", "per hour", "salary", "according to Glassdoor", "years of experience",
                             "Senior", "\u200b", "\u00a0", "<td>", "</td>", "<tr>", "<table>", "&pound;", "\u2022 ",
                             "|", "Source:", "USD", "%", "(", ")", "million", "to", "between", "and"])
articleish = st.lists(st.one_of(money_ish, st.text(max_size=8)), max_size=60).map("".join)


@FUZZ
@given(content=st.one_of(st.text(), articleish), suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_process_any_text(content: str, suffix: str) -> None:
    result = run_file(content.encode("utf-8", errors="surrogatepass"), suffix)
    check_result(result)


@FUZZ
@given(data=st.binary(max_size=2048), fmt=st.sampled_from(["txt", "md", "html"]))
def test_parse_any_bytes(data: bytes, fmt: str) -> None:
    try:
        doc = ingest.parse(data, doc_id="doc", path="doc", fmt=fmt, sha256="0" * 64)
    except ingest.IngestError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert doc.text.strip() and doc.text.endswith("\n")
    for block in doc.blocks:
        assert 0 <= block.start <= block.end <= len(doc.text)
    for table in doc.html_tables:
        for cell in table.cells:
            assert doc.text[cell.start:cell.end] == cell.text


@FUZZ
@given(text=st.text(alphabet=st.sampled_from("$1,.-\u2013 k\u200b\u00a0\uff11\n"), max_size=300))
def test_normalize_is_idempotent(text: str) -> None:
    once = ingest.normalize(text)
    assert ingest.normalize(once) == once


# --------------------------------------------------------------------------- crash corpus


def crash_files() -> list[Path]:
    return sorted(p for p in CRASHES.iterdir() if p.is_file() and p.name != "README.md")


def test_crash_corpus_is_not_empty() -> None:
    assert len(crash_files()) >= 5


@pytest.mark.parametrize("path", crash_files(), ids=lambda p: p.name)
def test_crash_corpus_replays(path: Path) -> None:
    result = run_file(path.read_bytes(), path.suffix, time_budget=30.0)
    check_result(result)
    assert not (isinstance(result.document, DocumentError) and "budget" in result.document.error)
