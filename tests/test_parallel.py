"""Executors and streaming: the same bytes whatever the executor, results in order, memory flat."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path
from typing import Any, Iterator

import pandas as pd
import pyarrow.parquet as pq
import pytest

from extract import dataset, parallel, pipeline, write
from extract.pipeline import extract, run

SPEC_FILES = ("documents.csv", "documents.jsonl", "facts.csv", "facts.parquet", "experience.csv",
              "attributions.csv", "tables.csv", "datapackage.json")
CSV_FILES = tuple(name for name in SPEC_FILES if name.endswith(".csv"))


def write_corpus(folder: Path, n: int) -> Path:
    """Small made-up documents in every format, a bad file and two inputs sharing a doc_id."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        body = (f"Pay in sector {i}\n\nAnalysts earn about ${40_000 + 997 * i:,} a year, and "
                f"senior analysts with {i % 9 + 2}-{i % 9 + 5} years of experience up to ${90 + i}k.\n"
                f"• Entry level: ${18 + i % 7}.50 an hour\n")
        if i % 3 == 0:
            html = "".join(f"<p>{line}</p>" for line in body.splitlines() if line)
            (folder / f"doc{i:03d}.html").write_text(f"<html><body>{html}</body></html>", encoding="utf-8")
        elif i % 3 == 1:
            (folder / f"doc{i:03d}.md").write_text("# " + body, encoding="utf-8")
        else:
            (folder / f"doc{i:03d}.txt").write_text(body, encoding="utf-8")
    (folder / "doc001.txt").write_text("Same doc_id as doc001.md: $1,234 a month.\n", encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"")
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("parallel") / "in", 23)


@pytest.fixture(scope="module")
def serial_output(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("serial") / "out"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(parallel, "BATCH", 4)
        mp.setattr(write, "ROW_GROUP", 7)
        extract([corpus], out, workers=1)
    return out


def same_bytes(a: Path, b: Path, names: tuple[str, ...]) -> dict[str, bool]:
    return {name: (a / name).read_bytes() == (b / name).read_bytes() for name in names}


def test_serial_output_is_complete(serial_output: Path) -> None:
    docs = pd.read_csv(serial_output / "documents.csv", keep_default_na=False)
    assert len(docs) == 25 and (docs["status"] == "error").sum() == 1
    assert list(docs["doc_id"]) == sorted(docs["doc_id"])
    assert "doc001.txt" in set(docs["doc_id"])
    facts = pd.read_csv(serial_output / "facts.csv", keep_default_na=False)
    assert len(facts) >= 23 * 2
    keys = list(zip(facts["doc_id"], facts["start"]))
    assert keys == sorted(keys)
    assert pq.ParquetFile(serial_output / "facts.parquet").metadata.num_row_groups > 1


@pytest.mark.parametrize("batch", [1, 5])
def test_two_workers_write_the_same_bytes_whatever_the_batching(
        corpus: Path, serial_output: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch: int) -> None:
    monkeypatch.setattr(parallel, "BATCH", batch)
    monkeypatch.setattr(write, "ROW_GROUP", 7)  # the row groups, not the batches, cut facts.parquet
    out = tmp_path / "out"
    extract([corpus], out, workers=2)
    assert same_bytes(serial_output, out, SPEC_FILES) == dict.fromkeys(SPEC_FILES, True)


def test_streamed_files_equal_the_whole_dataset_written_at_once(corpus: Path, serial_output: Path,
                                                                tmp_path: Path) -> None:
    whole = tmp_path / "whole"
    whole.mkdir()
    write.write_files(run([corpus]), whole)
    assert same_bytes(serial_output, whole, CSV_FILES + ("documents.jsonl", "datapackage.json")) == dict.fromkeys(
        CSV_FILES + ("documents.jsonl", "datapackage.json"), True)
    assert pq.read_table(whole / "facts.parquet").equals(pq.read_table(serial_output / "facts.parquet"))


def test_run_in_memory_with_workers_equals_serial(corpus: Path) -> None:
    one, two = run([corpus], workers=1), run([corpus], workers=2)
    for name in dataset.TABLES:
        pd.testing.assert_frame_equal(getattr(one, name), getattr(two, name))
    assert one.texts == two.texts


def test_dask_engine_writes_the_same_csv_bytes_and_parquet_partitions(
        corpus: Path, serial_output: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "BATCH", 4)
    monkeypatch.setattr(write, "ROW_GROUP", 7)
    out = tmp_path / "out"
    summary = extract([corpus], out, workers=2, engine="dask")  # LocalCluster of 2 worker processes
    assert summary.documents == 25 and summary.errors == 1
    assert same_bytes(serial_output, out, SPEC_FILES) == dict.fromkeys(SPEC_FILES, True)
    parts = sorted((out / write.PARTITIONS).glob("part-*.parquet"))
    assert len(parts) > 1
    assert pd.read_parquet(out / write.PARTITIONS).equals(pd.read_parquet(out / "facts.parquet"))


def test_unknown_engine_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown engine"):
        parallel.imap(len, [], engine="spark")  # type: ignore[arg-type]


@pytest.mark.parametrize("workers", [1, 3])
def test_imap_keeps_the_order(workers: int) -> None:
    words = [chr(97 + i % 26) * (i % 11) for i in range(40)]
    assert list(parallel.imap(len, words, workers=workers, warm_first=False)) == [len(w) for w in words]


def test_ordered_window_bounds_the_tasks_in_flight() -> None:
    pulled: list[int] = []

    def tasks() -> Iterator[int]:
        for i in range(100):
            pulled.append(i)
            yield i

    seen = []
    for result in parallel._ordered(lambda task: (lambda: task * 2), tasks(), window=3):
        seen.append(result)
        assert len(pulled) <= len(seen) + 3  # never more than the window ahead of the consumer
    assert seen == [2 * i for i in range(100)]


def test_streaming_does_not_retain_documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """200 documents in batches of 4: at any time only the current batch's objects are alive."""
    corpus = write_corpus(tmp_path / "in", 200)
    monkeypatch.setattr(parallel, "BATCH", 4)
    alive: list[weakref.ref[Any]] = []
    build, encode, add = dataset.build, write.encode, write.Writer.add

    def tracked_build(results: Any) -> dataset.Dataset:
        data = build(results)
        alive.append(weakref.ref(data))
        return data

    def tracked_encode(data: dataset.Dataset, **kw: Any) -> write.Part:
        part = encode(data, **kw)
        alive.append(weakref.ref(part))
        return part

    peak = 0

    def tracked_add(self: write.Writer, part: write.Part) -> None:
        nonlocal peak
        add(self, part)
        gc.collect()
        peak = max(peak, sum(ref() is not None for ref in alive))

    monkeypatch.setattr(dataset, "build", tracked_build)
    monkeypatch.setattr(write, "encode", tracked_encode)
    monkeypatch.setattr(write.Writer, "add", tracked_add)
    summary = extract([corpus], tmp_path / "out", workers=1)
    assert summary.documents == 202
    assert len(alive) >= 2 * 50  # every batch went through build and encode
    assert peak <= 2  # the part being written and its batch's dataset, nothing from earlier batches


def test_summary_counts_documents_errors_and_facts(corpus: Path, serial_output: Path, tmp_path: Path) -> None:
    summary = extract([corpus], tmp_path / "out", workers=1)
    facts = pd.read_csv(serial_output / "facts.csv")
    assert (summary.documents, summary.errors, summary.facts, summary.cached) == (25, 1, len(facts), 0)
    assert "25 documents (1 errors)" in summary.line()


def test_pipeline_task_functions_are_module_level() -> None:
    """Executors pickle tasks by reference: the task functions must be importable by name."""
    assert pipeline.encode_batch.__qualname__ == "encode_batch"
    assert pipeline.process_batch.__qualname__ == "process_batch"
