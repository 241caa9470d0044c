"""Cache: a rerun redoes only what changed; rules, code or content changes invalidate."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract import cache as cache_module
from extract import dataset, parallel, pipeline, rules
from extract.cache import Cache, code_version
from extract.cli import main
from extract.types import DocResult, DocumentError

from .test_parallel import SPEC_FILES, same_bytes, write_corpus


@pytest.fixture()
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """doc_ids actually processed (serial runs only: workers are other processes)."""
    parallel.warm()  # its warm-up document is not a corpus document
    seen: list[str] = []
    process = pipeline.process

    def counting(path: Path, doc_id: str, *, root: Path | None = None) -> DocResult:
        seen.append(doc_id)
        return process(path, doc_id, root=root)

    monkeypatch.setattr(pipeline, "process", counting)
    return seen


def test_rerun_processes_only_the_new_document(tmp_path: Path, calls: list[str]) -> None:
    corpus = write_corpus(tmp_path / "in", 6)
    cache_dir = tmp_path / "cache"
    first = pipeline.extract([corpus], tmp_path / "a", cache_dir=cache_dir)
    assert first.cached == 0 and len(calls) == 8
    calls.clear()
    again = pipeline.extract([corpus], tmp_path / "b", cache_dir=cache_dir)
    assert calls == [] and again.cached == 8
    assert same_bytes(tmp_path / "a", tmp_path / "b", SPEC_FILES) == dict.fromkeys(SPEC_FILES, True)
    (corpus / "zz_new.txt").write_text("Testers earn $61,000 a year.\n", encoding="utf-8")
    third = pipeline.extract([corpus], tmp_path / "c", cache_dir=cache_dir)
    assert calls == ["zz_new"] and third.cached == 8 and third.documents == 9
    assert "from cache" in third.line()


def test_cached_run_writes_the_same_bytes_as_an_uncached_one(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "in", 5)
    pipeline.extract([corpus], tmp_path / "fill", cache_dir=tmp_path / "cache")
    cached = pipeline.extract([corpus], tmp_path / "cached", workers=2, cache_dir=tmp_path / "cache")
    pipeline.extract([corpus], tmp_path / "plain")
    assert cached.cached == 7
    assert same_bytes(tmp_path / "cached", tmp_path / "plain", SPEC_FILES) == dict.fromkeys(SPEC_FILES, True)


def test_changed_document_is_processed_again(tmp_path: Path, calls: list[str]) -> None:
    corpus = write_corpus(tmp_path / "in", 4)
    pipeline.extract([corpus], tmp_path / "a", cache_dir=tmp_path / "cache")
    calls.clear()
    (corpus / "doc002.txt").write_text("Now: $70,000 a year.\n", encoding="utf-8")
    pipeline.extract([corpus], tmp_path / "b", cache_dir=tmp_path / "cache")
    assert calls == ["doc002"]
    assert "$70,000" in (tmp_path / "b" / "facts.csv").read_text(encoding="utf-8")


def test_rule_change_invalidates_every_entry(tmp_path: Path, calls: list[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    rules_copy = tmp_path / "rules"
    shutil.copytree(rules.RULES_DIR, rules_copy)
    monkeypatch.setattr(rules, "RULES_DIR", rules_copy)  # fingerprint() reads this folder
    corpus = write_corpus(tmp_path / "in", 3)
    pipeline.extract([corpus], tmp_path / "a", cache_dir=tmp_path / "cache")
    calls.clear()
    pipeline.extract([corpus], tmp_path / "b", cache_dir=tmp_path / "cache")
    assert calls == []
    some_rule = sorted(rules_copy.glob("*.yaml"))[0]
    some_rule.write_text(some_rule.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    pipeline.extract([corpus], tmp_path / "c", cache_dir=tmp_path / "cache")
    assert len(calls) == 5


def test_code_change_changes_the_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = Cache.open(tmp_path)
    monkeypatch.setattr(cache_module, "code_version", lambda: "edited-code")
    after = Cache.open(tmp_path)
    assert before.version != after.version
    assert before.key(b"x", doc_id="a", path="a.txt", root=".") != after.key(b"x", doc_id="a", path="a.txt", root=".")
    assert len(code_version()) == 16


@pytest.mark.parametrize(
    "change",
    [
        dict(data=b"other bytes"),
        dict(doc_id="b"),
        dict(path="in/sub/a.txt"),
        dict(root="elsewhere"),
    ],
)
def test_key_depends_on_content_and_origin(tmp_path: Path, change: dict) -> None:
    cache = Cache.open(tmp_path)
    base = dict(data=b"same bytes", doc_id="a", path="in/a.txt", root="in")
    assert cache.key(**base) == cache.key(**base)
    changed = {**base, **change}
    assert cache.key(**changed) != cache.key(**base)


def test_corrupt_entry_is_a_miss_and_unreadable_input_is_not_cached(tmp_path: Path) -> None:
    cache = Cache.open(tmp_path / "cache")
    key = cache.key(b"x", doc_id="a", path="a.txt", root=".")
    result = DocResult(DocumentError("a", "a.txt", "txt", None, "empty file"))
    cache.put(key, result)
    assert cache.get(key) == result
    entry = next((tmp_path / "cache").rglob("*.pkl"))
    entry.write_bytes(b"not a pickle")
    assert cache.get(key) is None
    assert cache.key_of(tmp_path / "missing.txt", doc_id="missing", root=tmp_path) is None


def test_cli_caches_beside_the_output_unless_no_cache(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "in", 2)
    runner = CliRunner()
    first = runner.invoke(main, ["run", str(corpus), "--out", str(tmp_path / "x" / "out"), "--workers", "1"])
    assert first.exit_code == 0, first.output
    assert list((tmp_path / "x" / ".cache" / "extract").rglob("*.pkl"))
    again = runner.invoke(main, ["run", str(corpus), "--out", str(tmp_path / "x" / "out"), "--workers", "1"])
    assert "4 from cache" in again.output
    plain = runner.invoke(main, ["run", str(corpus), "--out", str(tmp_path / "y" / "out"), "--workers", "1",
                                 "--no-cache"])
    assert plain.exit_code == 0 and "from cache" not in plain.output
    assert not (tmp_path / "y" / ".cache").exists()


def test_unchanged_rerun_reads_encoded_batches_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = write_corpus(tmp_path / "in", 6)
    monkeypatch.setattr(parallel, "BATCH", 3)
    pipeline.extract([corpus], tmp_path / "a", cache_dir=tmp_path / "cache")
    builds: list[int] = []
    build = dataset.build
    monkeypatch.setattr(dataset, "build", lambda results: builds.append(1) or build(results))
    again = pipeline.extract([corpus], tmp_path / "b", cache_dir=tmp_path / "cache")
    assert builds == [] and again.cached == 8  # no document rebuilt, no batch re-validated
    assert same_bytes(tmp_path / "a", tmp_path / "b", SPEC_FILES) == dict.fromkeys(SPEC_FILES, True)
    (corpus / "doc000.html").write_text("<html><body><p>Now $1,500 a week.</p></body></html>", encoding="utf-8")
    third = pipeline.extract([corpus], tmp_path / "c", cache_dir=tmp_path / "cache")
    assert len(builds) == 1 and third.cached == 7  # only the changed document's batch is rebuilt


def test_unchanged_rerun_starts_no_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = write_corpus(tmp_path / "in", 4)
    pipeline.extract([corpus], tmp_path / "a", cache_dir=tmp_path / "cache")

    def no_pool() -> None:
        raise AssertionError("a process pool was started although every batch was in the cache")

    monkeypatch.setattr(parallel, "_context", no_pool)
    again = pipeline.extract([corpus], tmp_path / "b", workers=2, cache_dir=tmp_path / "cache")
    assert again.cached == 6
    assert same_bytes(tmp_path / "a", tmp_path / "b", SPEC_FILES) == dict.fromkeys(SPEC_FILES, True)


def test_unchanged_rerun_never_loads_spacy(tmp_path: Path) -> None:
    """A rerun served by the cache starts fast: the analysis stages (spaCy, the rule tables) and pandas stay unloaded."""
    corpus = write_corpus(tmp_path / "in", 4)
    pipeline.extract([corpus], tmp_path / "a", cache_dir=tmp_path / "cache")
    script = ("import sys; from pathlib import Path; from extract import pipeline; "
              f"s = pipeline.extract([Path({str(corpus)!r})], Path({str(tmp_path / 'b')!r}), "
              f"cache_dir=Path({str(tmp_path / 'cache')!r})); "
              "print(s.cached, sorted(m for m in ('spacy', 'pandas', 'pandera', 'bs4', 'extract.link') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert proc.stdout.split() == ["6", "[]"]


def test_cache_key_never_reads_what_ingest_refuses(tmp_path: Path) -> None:
    """A symlink to a FIFO or out of the folder is not read (it would block or escape), only refused."""
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(tmp_path / "pipe")
    (folder / "pipe.txt").symlink_to(tmp_path / "pipe")
    (tmp_path / "outside.txt").write_text("Pay: $5")
    (folder / "outside.txt").symlink_to(tmp_path / "outside.txt")
    cache = Cache.open(tmp_path / "cache")
    assert cache.key_of(folder / "pipe.txt", doc_id="pipe", root=folder) is None
    assert cache.key_of(folder / "outside.txt", doc_id="outside", root=folder) is None
    summary = pipeline.extract([folder], tmp_path / "out", cache_dir=tmp_path / "cache")
    assert summary.errors == summary.documents == 2


def test_timed_out_document_is_not_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A timeout says the machine was busy, not what the document holds: the next run tries again."""
    corpus = write_corpus(tmp_path / "in", 1)
    def timed_out(path: Path, doc_id: str, *, root: Path | None = None) -> DocResult:
        return DocResult(DocumentError(doc_id, str(path), "txt", None, f"{pipeline.TIMEOUT_REASON} (0.1 s)"))

    monkeypatch.setattr(pipeline, "process", timed_out)
    cache_dir = tmp_path / "cache"
    pipeline.extract([corpus], tmp_path / "a", cache_dir=cache_dir)
    cache = Cache.open(cache_dir)
    items = pipeline.inputs([corpus])
    assert all(cache.get(cache.key_of(p, doc_id=d, root=r)) is None for p, d, r in items)
