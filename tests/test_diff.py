"""Dataset diffs: identities, moves, every output format, the CLI's exit codes, golden failure messages.

All rows here are synthetic (made-up amounts and sentences), built with the
dataset's own column table so the CSVs look exactly like a run's output.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
import yaml

from extract.dataset import TABLES, Dataset, frame
from extract.diff import (
    DiffError, diff_datasets, format_json, format_markdown, format_text, golden_message, load_dataset,
    snapshot_frames,
)
from extract.write import write_files

from .test_golden import _records, check_golden

ROOT = Path(__file__).resolve().parent.parent
SENT_A = "Analysts earn $52,000 a year on average."
SENT_B = "A junior tester makes between $30,000 and $41,000."


def fact(doc_id: str, start: int, text: str, lo: float | None, hi: float | None, sentence: str,
         **kw: Any) -> dict[str, Any]:
    """A complete facts.csv row with neutral defaults."""
    row = dict(doc_id=doc_id, fact_id=f"{doc_id}:{start}", start=start, end=start + len(text), text=text,
               sentence=sentence, category="salary", amount_min=lo, amount_max=hi, currency="USD", period=None,
               annual_min=None, annual_max=None, approx=False, statistic=None, pay_component=None, role=None,
               seniority=None, experience_min_years=None, experience_max_years=None, location=None, employer=None,
               source=None, as_of_year=None, table_id=None, confidence=0.9)
    row.update(kw)
    return row


def exp(doc_id: str, start: int, text: str, lo: float | None, hi: float | None, **kw: Any) -> dict[str, Any]:
    row = dict(doc_id=doc_id, exp_id=f"{doc_id}:{start}", start=start, end=start + len(text), text=text,
               min_years=lo, max_years=hi, seniority=None, role=None, fact_ids=None)
    row.update(kw)
    return row


def attr(doc_id: str, start: int, text: str, source: str, claim: tuple[int, int], **kw: Any) -> dict[str, Any]:
    row = dict(doc_id=doc_id, attr_id=f"{doc_id}:{start}", start=start, end=start + len(text), text=text,
               source=source, cue="according to", claim_start=claim[0], claim_end=claim[1], claim_text="x")
    row.update(kw)
    return row


def cell(doc_id: str, row: int, col: int, text: str, header: str | None = None) -> dict[str, Any]:
    return dict(doc_id=doc_id, table_id=f"{doc_id}:t0", origin="text", row=row, col=col, header=header, text=text)


BASE_FACTS = [
    fact("doc-a", 14, "$52,000", 52000.0, 52000.0, SENT_A, period="year"),
    fact("doc-a", 100, "$30,000 and $41,000", 30000.0, 41000.0, SENT_B, seniority="junior"),
    fact("doc-b", 7, "$12 an hour", 12.0, 12.0, "Cashiers get $12 an hour.", period="hour"),
]


def dataset(facts: list[dict[str, Any]] = BASE_FACTS, *, experience: tuple = (), attributions: tuple = (),
            tables: tuple = ()) -> dict[str, pd.DataFrame]:
    docs = sorted({r["doc_id"] for r in facts} | {"doc-a", "doc-b"})
    documents = [dict(doc_id=d, path=f"{d}.txt", format="txt", sha256="0" * 64, n_chars=500, title=None,
                      status="ok", error=None) for d in docs]
    return {"documents": frame("documents", documents), "facts": frame("facts", facts),
            "experience": frame("experience", list(experience)), "attributions": frame("attributions", list(attributions)),
            "tables": frame("tables", list(tables))}


def write(frames: dict[str, pd.DataFrame], folder: Path) -> Path:
    """Write frames exactly as a run does (CSV, JSONL, Parquet, datapackage)."""
    folder.mkdir(parents=True, exist_ok=True)
    docs = frames["documents"]["doc_id"].tolist()
    write_files(Dataset(**frames, texts={d: "" for d in docs}), folder)
    return folder


def counts(diff) -> dict[str, tuple[int, int, int, int]]:
    return {c.file: (c.added, c.removed, c.changed, c.moved) for c in diff.counts}


# --------------------------------------------------------------------------- identities and moves

FACT_CASES = {
    "unchanged": (BASE_FACTS, (0, 0, 0, 0), []),
    "added fact": (BASE_FACTS + [fact("doc-b", 40, "$15", 15.0, 15.0, "Leads get $15.")], (1, 0, 0, 0), ["added"]),
    "removed fact": (BASE_FACTS[1:], (0, 1, 0, 0), ["removed"]),
    "changed role (null -> value)": (
        [fact("doc-a", 14, "$52,000", 52000.0, 52000.0, SENT_A, period="year", role="data analyst")] + BASE_FACTS[1:],
        (0, 0, 1, 0), ["changed"]),
    "changed amount at the same start is a change, not a move": (
        [fact("doc-a", 14, "$52,000", 52000.0, 60000.0, SENT_A, period="year")] + BASE_FACTS[1:],
        (0, 0, 1, 0), ["changed"]),
    "moved: qualifier now inside the span": (
        [fact("doc-a", 8, "about $52,000", 52000.0, 52000.0, SENT_A, period="year", approx=True)] + BASE_FACTS[1:],
        (0, 0, 0, 1), ["moved"]),
    "moved: text inserted earlier shifts every span": (
        [dict(r, start=r["start"] + 5, end=r["end"] + 5, fact_id=f"{r['doc_id']}:{r['start'] + 5}")
         for r in BASE_FACTS[:2]] + BASE_FACTS[2:],
        (0, 0, 0, 2), ["moved", "moved"]),
    # negatives: a different amount or sentence at another offset is a removal plus an addition
    "new start, different amount: not a move": (
        [fact("doc-a", 20, "$53,000", 53000.0, 53000.0, SENT_A, period="year")] + BASE_FACTS[1:],
        (1, 1, 0, 0), ["removed", "added"]),
    "new start, different sentence: not a move": (
        [fact("doc-a", 20, "$52,000", 52000.0, 52000.0, "Other text.", period="year")] + BASE_FACTS[1:],
        (1, 1, 0, 0), ["removed", "added"]),
    "same amount and sentence in another document: not a move": (
        BASE_FACTS[1:] + [dict(BASE_FACTS[0], doc_id="doc-b", fact_id="doc-b:14")],
        (1, 1, 0, 0), ["removed", "added"]),
}


@pytest.mark.parametrize("new_facts, expected, kinds", FACT_CASES.values(), ids=FACT_CASES.keys())
def test_fact_identity(new_facts: list[dict], expected: tuple, kinds: list[str]) -> None:
    diff = diff_datasets(dataset(), dataset(new_facts))
    assert counts(diff)["facts"] == expected
    assert sorted(r.kind for r in diff.rows) == sorted(kinds)
    assert diff.same == (expected == (0, 0, 0, 0))


def test_changed_row_lists_only_changed_columns() -> None:
    new = [fact("doc-a", 14, "$52,000", 52000.0, 52000.0, SENT_A, period="year", role="data analyst",
                confidence=0.5)] + BASE_FACTS[1:]
    (row,) = diff_datasets(dataset(), dataset(new)).rows
    assert (row.file, row.doc_id, row.kind, row.key) == ("facts", "doc-a", "changed", {"start": 14, "end": 21})
    assert [(c.column, c.old, c.new) for c in row.columns] == [("role", None, "data analyst"), ("confidence", 0.9, 0.5)]


def test_move_ignores_ids_and_offsets_but_reports_other_columns() -> None:
    new = [fact("doc-a", 8, "about $52,000", 52000.0, 52000.0, SENT_A, period="year", approx=True)] + BASE_FACTS[1:]
    (row,) = diff_datasets(dataset(), dataset(new)).rows
    assert row.kind == "moved" and row.old_key == {"start": 14, "end": 21} and row.key == {"start": 8, "end": 21}
    assert [(c.column, c.old, c.new) for c in row.columns] == [("text", "$52,000", "about $52,000"),
                                                               ("approx", False, True)]


def test_repeated_amounts_pair_in_document_order() -> None:
    old = [fact("d", s, "$9", 9.0, 9.0, "It is $9 or $9.", role=r) for s, r in ((6, "cook"), (12, "baker"))]
    new = [fact("d", s + 3, "$9", 9.0, 9.0, "It is $9 or $9.", role=r) for s, r in ((6, "cook"), (12, "chef"))]
    rows = diff_datasets(dataset(old), dataset(new)).rows
    assert [(r.kind, r.old_key["start"], r.key["start"]) for r in rows] == [("moved", 6, 9), ("moved", 12, 15)]
    assert [[(c.column, c.old, c.new) for c in r.columns] for r in rows] == [[], [("role", "baker", "chef")]]


OTHER_CASES = {
    "experience moved": (
        dict(experience=[exp("doc-a", 50, "3-5 years", 3.0, 5.0)]),
        dict(experience=[exp("doc-a", 61, "3-5 years", 3.0, 5.0)]), "experience", (0, 0, 0, 1)),
    "experience changed max_years": (
        dict(experience=[exp("doc-a", 50, "3-5 years", 3.0, 5.0)]),
        dict(experience=[exp("doc-a", 50, "3-5 years", 3.0, None)]), "experience", (0, 0, 1, 0)),
    "experience different range elsewhere: not a move": (
        dict(experience=[exp("doc-a", 50, "3-5 years", 3.0, 5.0)]),
        dict(experience=[exp("doc-a", 61, "3-6 years", 3.0, 6.0)]), "experience", (1, 1, 0, 0)),
    "attribution moved with its claim": (
        dict(attributions=[attr("doc-a", 0, "According to Acme", "Acme", (0, 40))]),
        dict(attributions=[attr("doc-a", 10, "According to Acme", "Acme", (10, 50))]), "attributions", (0, 0, 0, 1)),
    "attribution changed source": (
        dict(attributions=[attr("doc-a", 0, "According to Acme", "Acme", (0, 40))]),
        dict(attributions=[attr("doc-a", 0, "According to Acme", "Acme Corp", (0, 40))]), "attributions",
        (0, 0, 1, 0)),
    "table cell changed text": (
        dict(tables=[cell("doc-a", 0, 0, "City"), cell("doc-a", 1, 0, "Springfield", "City")]),
        dict(tables=[cell("doc-a", 0, 0, "City"), cell("doc-a", 1, 0, "Shelbyville", "City")]), "tables",
        (0, 0, 1, 0)),
    "table row added": (
        dict(tables=[cell("doc-a", 0, 0, "City")]),
        dict(tables=[cell("doc-a", 0, 0, "City"), cell("doc-a", 1, 0, "Springfield", "City")]), "tables",
        (1, 0, 0, 0)),
}


@pytest.mark.parametrize("old, new, file, expected", OTHER_CASES.values(), ids=OTHER_CASES.keys())
def test_other_file_identities(old: dict, new: dict, file: str, expected: tuple) -> None:
    diff = diff_datasets(dataset(**old), dataset(**new))
    assert counts(diff)[file] == expected
    assert sum(c.total for c in diff.counts if c.file != file) == 0


def test_attribution_claim_that_does_not_follow_the_move_is_reported() -> None:
    old = dataset(attributions=[attr("doc-a", 0, "According to Acme", "Acme", (0, 40))])
    new = dataset(attributions=[attr("doc-a", 10, "According to Acme", "Acme", (10, 90))])
    (row,) = diff_datasets(old, new).rows
    assert row.kind == "moved" and [(c.column, c.old, c.new) for c in row.columns] == [("claim_end", 40, 90)]


def test_document_added_and_changed() -> None:
    new = dataset(BASE_FACTS + [fact("doc-c", 0, "$1", 1.0, 1.0, "$1.")])
    new["documents"].loc[0, "title"] = "A title"
    diff = diff_datasets(dataset(), new)
    assert counts(diff)["documents"] == (1, 0, 1, 0) and counts(diff)["facts"] == (1, 0, 0, 0)
    assert list(diff.by_document()) == ["doc-a", "doc-c"]


# --------------------------------------------------------------------------- loading both kinds of sources


def test_csv_folders_round_trip(tmp_path: Path) -> None:
    old = write(dataset(), tmp_path / "old")
    new_frames = dataset([fact("doc-a", 14, "$52,000", 52000.0, 52000.0, SENT_A, period="year",
                               role="data analyst")] + BASE_FACTS[1:])
    new = write(new_frames, tmp_path / "new")
    assert diff_datasets(old, old).same
    diff = diff_datasets(old, new)
    assert counts(diff)["facts"] == (0, 0, 1, 0) and diff.old_name == str(old)


def test_text_that_looks_like_null_stays_text(tmp_path: Path) -> None:
    new = dataset([fact("doc-a", 14, "$52,000", 52000.0, 52000.0, SENT_A, period="year", role="NA")]
                  + BASE_FACTS[1:])
    (row,) = diff_datasets(write(dataset(), tmp_path / "old"), write(new, tmp_path / "new")).rows
    assert [(c.column, c.old, c.new) for c in row.columns] == [("role", None, "NA")]


def test_golden_snapshot_folder_against_output_folder(tmp_path: Path) -> None:
    frames = dataset()
    golden = tmp_path / "golden"
    golden.mkdir()
    for doc_id in ("doc-a", "doc-b"):
        snap = {name: _records(frames[name][frames[name]["doc_id"] == doc_id]) for name in
                ("facts", "experience", "attributions", "tables")}
        (golden / f"{doc_id}.yml").write_text(yaml.safe_dump(snap), encoding="utf-8")
    out = write(frames, tmp_path / "out")
    diff = diff_datasets(golden, out)
    assert diff.same and diff.only_one_side == ("documents",)
    assert "not compared" in format_text(diff)
    single = diff_datasets(golden / "doc-b.yml", out)
    assert counts(single)["facts"] == (2, 0, 0, 0)  # doc-a's facts are new relative to doc-b's snapshot


def test_snapshot_frames_take_doc_id_from_the_name() -> None:
    frames = snapshot_frames({"facts": [{"start": 3, "text": "$4", "amount_min": 4}], "experience": []}, doc_id="x")
    assert frames["facts"].loc[0, "doc_id"] == "x" and str(frames["facts"]["amount_min"].dtype) == "Float64"
    assert list(frames["experience"].columns) == [c.name for c in TABLES["experience"][0]]


@pytest.mark.parametrize("make", [lambda p: p / "missing", lambda p: p])
def test_unreadable_sources_raise(tmp_path: Path, make) -> None:
    with pytest.raises(DiffError):
        load_dataset(make(tmp_path))


# --------------------------------------------------------------------------- formats


def sample_diff():
    new = [fact("doc-a", 8, "about $52,000", 52000.0, 52000.0, SENT_A, period="year", approx=True),
           fact("doc-a", 100, "$30,000 and $41,000", 30000.0, 41000.0, SENT_B, seniority="junior",
                role="data scientist"),
           fact("doc-b", 40, "$15", 15.0, 15.0, "Leads get $15.")]
    return diff_datasets(dataset(), dataset(new), old_name="before", new_name="after")


def test_format_text() -> None:
    text = format_text(sample_diff())
    lines = text.splitlines()
    assert lines[0] == "dataset diff: before -> after"
    assert lines[1].split() == ["file", "added", "removed", "changed", "moved"]
    assert lines[3].split() == ["facts", "1", "1", "1", "1"]
    assert "4 rows differ in 2 documents." in lines
    assert text.index("\ndoc-a\n") < text.index("\ndoc-b\n")  # details grouped by document, in order
    assert '    > [14:21] -> [8:21] "about $52,000"' in lines
    assert "        approx: false -> true" in lines
    assert "        role: null -> data scientist" in lines
    assert any(line.startswith('    - [7:18] "$12 an hour"  category=salary') for line in lines)
    assert any(line.startswith('    + [40:43] "$15"') for line in lines)


def test_format_markdown() -> None:
    md = format_markdown(sample_diff())
    assert "| file | added | removed | changed | moved |" in md
    assert "| facts | 1 | 1 | 1 | 1 |" in md
    assert "#### `doc-a`" in md and "#### `doc-b`" in md
    assert "  - role: null → `data scientist`" in md
    assert "- **moved** [14:21] → [8:21] `about $52,000`" in md


def test_format_json_is_stable_and_complete() -> None:
    out = format_json(sample_diff())
    assert out == format_json(sample_diff())
    data = json.loads(out)
    assert data["same"] is False and data["summary"]["facts"] == dict(added=1, removed=1, changed=1, moved=1,
                                                                       compared=True)
    rows = {(r["kind"], d["doc_id"]): r for d in data["documents"] for r in d["rows"]}
    assert rows[("changed", "doc-a")]["columns"] == {"role": {"old": None, "new": "data scientist"}}
    assert rows[("moved", "doc-a")]["old_key"] == {"start": 14, "end": 21}
    assert rows[("added", "doc-b")]["values"]["amount_min"] == 15


def test_unchanged_in_every_format() -> None:
    diff = diff_datasets(dataset(), dataset())
    assert diff.same and diff.rows == () and diff.total == 0
    assert format_text(diff).endswith("no differences.")
    assert "No differences." in format_markdown(diff)
    assert json.loads(format_json(diff))["same"] is True


def test_details_are_bounded_but_counts_complete() -> None:
    new = [dict(r, role="x") for r in BASE_FACTS]
    diff = diff_datasets(dataset(), dataset(new), max_rows=2)
    assert counts(diff)["facts"] == (0, 0, 3, 0) and len(diff.rows) == 2 and diff.omitted == 1
    assert "1 more differing rows not shown" in format_text(diff)


# --------------------------------------------------------------------------- CLI


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extract", "diff", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_cli_exit_codes(tmp_path: Path) -> None:
    old = write(dataset(), tmp_path / "old")
    new = write(dataset(BASE_FACTS[1:]), tmp_path / "new")
    same = cli(str(old), str(old))
    assert (same.returncode, same.stdout.strip().splitlines()[-1]) == (0, "no differences.")
    changed = cli(str(old), str(new))
    assert changed.returncode == 1 and '- [14:21] "$52,000"' in changed.stdout
    assert cli(str(old), str(new), "--format", "md").stdout.startswith("### Dataset diff")
    assert json.loads(cli(str(old), str(new), "--format", "json").stdout)["summary"]["facts"]["removed"] == 1
    missing = cli(str(old), str(tmp_path / "nope"))
    assert missing.returncode == 2 and "error:" in missing.stderr
    assert cli(str(old), str(new), "--format", "xml").returncode == 2


# --------------------------------------------------------------------------- golden failures


@pytest.fixture
def original_datadir(tmp_path: Path) -> Path:
    """Golden files of these tests live in a temporary folder, never in tests/test_golden."""
    return tmp_path / "golden"


def test_golden_failure_shows_readable_diff_and_regen(data_regression, original_datadir: Path) -> None:
    frames = dataset()
    snap = {name: _records(frames[name][frames[name]["doc_id"] == "doc-a"])
            for name in ("facts", "experience", "attributions", "tables")}
    original_datadir.mkdir()
    from pytest_regressions.data_regression import RegressionYamlDumper
    (original_datadir / "doc-a.yml").write_text(
        yaml.dump(snap, Dumper=RegressionYamlDumper, default_flow_style=False, allow_unicode=True, indent=2),
        encoding="utf-8")
    check_golden(data_regression, snap, doc_id="doc-a", stored_dir=original_datadir)  # unchanged: passes
    changed = {**snap, "facts": [dict(snap["facts"][0], role="data scientist")] + snap["facts"][1:]}
    with pytest.raises(AssertionError) as info:
        check_golden(data_regression, changed, doc_id="doc-a", stored_dir=original_datadir)
    message = str(info.value)
    assert message.startswith("golden snapshot of doc-a changed.")
    assert "facts              0        0        1      0" in message
    assert '    ~ [14:21] "$52,000"\n        role: null -> data scientist' in message
    assert "`make regen`" in message
    assert message.index("role: null -> data scientist") < message.index("Raw YAML diff:")


def test_golden_message_for_layout_only_change(tmp_path: Path) -> None:
    stored = tmp_path / "d.yml"
    stored.write_text(yaml.safe_dump({"facts": [{"start": 1, "text": "$2", "amount_min": 2.0}]}), encoding="utf-8")
    message = golden_message(stored, {"facts": [{"text": "$2", "start": 1, "amount_min": 2}]}, doc_id="d")
    assert "no row differs" in message and "make regen" in message


# --------------------------------------------------------------------------- scale


def synthetic(n: int, *, seed: int) -> pd.DataFrame:
    """n facts over n/50 documents, vectorized."""
    rng = np.random.default_rng(seed)
    idx = np.arange(n)
    doc = np.char.add("doc", (idx // 50).astype(str))
    start = (idx % 50) * 100
    amount = rng.integers(10, 500, n).astype(float) * 1000
    df = pd.DataFrame({"doc_id": doc, "start": start, "end": start + 8, "text": "$" + pd.Series(amount).astype(str),
                       "sentence": "Sentence " + pd.Series(idx).astype(str), "category": "salary",
                       "amount_min": amount, "amount_max": amount, "currency": "USD", "approx": False,
                       "role": None, "confidence": 0.8})
    df["fact_id"] = df["doc_id"] + ":" + df["start"].astype(str)
    return df


def test_hundred_thousand_facts(capsys) -> None:
    n = 100_000
    old = synthetic(n, seed=1)
    new = old.copy()
    new.loc[new.index % 10 == 0, "role"] = "data scientist"  # 10,000 changed
    moved = new.index % 10 == 1  # 10,000 moved by 3 characters
    new.loc[moved, "start"] += 3
    new.loc[moved, "fact_id"] = new.loc[moved, "doc_id"] + ":" + new.loc[moved, "start"].astype(str)
    new = new[new.index % 10 != 2]  # 10,000 removed
    added = old[old.index % 10 == 3].assign(start=lambda d: d["start"] + 50, end=lambda d: d["end"] + 50,
                                            amount_min=1.0, amount_max=1.0)
    new = pd.concat([new, added], ignore_index=True)  # 10,000 added
    began = time.perf_counter()
    diff = diff_datasets({"facts": old}, {"facts": new})
    counted = time.perf_counter() - began
    text = format_text(diff)
    elapsed = time.perf_counter() - began
    assert counts(diff)["facts"] == (10_000, 10_000, 10_000, 10_000)
    assert len(diff.rows) == 1000 and diff.omitted == 39_000 and "39000 more differing rows" in text
    with capsys.disabled():
        print(f"\n[diff of {n} facts: {counted:.2f} s to diff, {elapsed:.2f} s with text output]")
