"""Robustness and security: hostile and broken input never loses data, hangs a run or corrupts output.

Groups: hostile files (one table, each with its expected outcome), file system
hazards (symlinks, special files, permissions, odd names), nothing lost,
the per-document time budget, linear time of every detector on crafted
patterns, crash safety under SIGKILL, and the lock against concurrent runs.

Tests run as root in CI, where ``chmod 000`` does not stop reading: the
permission case then patches ``os.open`` to raise EACCES for that file (and
uses chmod when not root); a FIFO named ``*.txt`` is the real unreadable file.

``python tests/test_robustness.py`` prints the detectors' timings on 100 KB
and 1 MB of each pattern (the test uses 3 KB and 30 KB to stay fast).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Callable

import pandas as pd
import pytest

from extract import dataset, ingest, write
from extract.pipeline import extract, inputs, process
from extract.types import DocResult, DocumentError
from tests.test_fuzz import check_result

ROOT = Path(__file__).resolve().parent.parent
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture(scope="module", autouse=True)
def warm() -> None:
    from extract import parallel

    parallel.warm()
    process(ROOT / "tests" / "crashes" / "txt_stray_nul_bytes.txt", "w")


def run_bytes(tmp_path: Path, name: str, data: bytes, **kw: object) -> DocResult:
    path = tmp_path / name
    path.write_bytes(data)
    result = process(path, Path(name).stem, root=tmp_path, **kw)
    check_result(result)
    return result


def facts(result: DocResult) -> list[tuple[str, float | None, str]]:
    return [(f.text, f.amount_min, f.currency) for f in result.facts]


# --------------------------------------------------------------------------- hostile files

NESTED = 10_000
OK, ERROR = "ok", "error"
SAL = "Engineers earn $90,000 a year."

# (name, bytes, status, expected facts (text, amount_min, currency) or error substring)
HOSTILE = [
    # broken files
    ("zero_byte.txt", b"", ERROR, "empty"),
    ("binary.txt", bytes(range(256)) * 64, ERROR, "binary"),
    ("png_named_txt.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(2000), ERROR, "binary"),
    ("nul_bytes.txt", b"Nurses earn $40 an hour.\x00 " + SAL.encode() * 3 + b"\x00", OK, [("$40", 40.0, "USD")] + [("$90,000", 90000.0, "USD")] * 3),
    ("invalid_utf8.txt", b"Pay is \xff\xfe $50,000 a year \xc3\x28 ok", OK, [("$50,000", 50000.0, "USD")]),
    ("mixed_encodings.txt", "Caf\u00e9 pays \u20ac50,000 a year. ".encode() + "Na\u00efve \u00a340,000.".encode("cp1252"), OK, [("\u20ac50,000", 50000.0, "EUR"), ("\u00a340,000", 40000.0, "GBP")]),
    ("utf16_bom.txt", SAL.encode("utf-16"), OK, [("$90,000", 90000.0, "USD")]),
    ("utf16_no_bom.txt", SAL.encode("utf-16-le"), OK, [("$90,000", 90000.0, "USD")]),
    ("only_whitespace.txt", b"  \n\n\t \n", ERROR, "no text"),
    ("only_invisible.txt", "\u200b\ufeff\u200e\u2066".encode(), ERROR, "no text"),
    # HTML
    ("unclosed_tags.html", b"<html><body><p>Nurses earn $40 an hour.<div><p>Doctors earn $200,000 a year<li>x<b>bold</body></html>", OK, [("$40", 40.0, "USD"), ("$200,000", 200000.0, "USD")]),
    ("truncated.html", b"<html><body><p>Nurses earn $40 an hour.</p><div class=\"x", ERROR, "truncated"),
    ("entities.html", b"<html><body><p>Engineers earn &pound;45,000 a year and &#8364;50,000 in Berlin, or &#x24;70,000.</p></body></html>", OK, [("\u00a345,000", 45000.0, "GBP"), ("\u20ac50,000", 50000.0, "EUR"), ("$70,000", 70000.0, "USD")]),
    ("nested_divs.html", b"<html><body>" + b"<div>" * NESTED + b"<p>Nurses earn $40 an hour.</p>" + b"</div>" * NESTED + b"</body></html>", OK, [("$40", 40.0, "USD")]),
    ("nested_unclosed.html", b"<html><body>" + b"<div><span>" * NESTED + b"Nurses earn $40 an hour.</body></html>", OK, [("$40", 40.0, "USD")]),
    ("nested_tables.html", b"<html><body>" + b"<table><tr><td>" * 2000 + b"Pay: $40 an hour" + b"</td></tr></table>" * 2000 + b"</body></html>", OK, [("$40", 40.0, "USD")]),
    ("script_only.html", b"<html><head><script>var pay='$5';</script></head><body></body></html>", ERROR, "no text"),
    # invisible, spaces, digits, scripts
    ("zero_width_in_number.txt", "The salary is $1\u200b00,000 a year.".encode(), OK, [("$100,000", 100000.0, "USD")]),
    ("bidi_in_number.txt", "Pay: \u202e$2\u202c00,000 a year, \u2067$30\u2069,000 a month, $4\u200e5,000.".encode(), OK, [("$200,000", 200000.0, "USD"), ("$30,000", 30000.0, "USD"), ("$45,000", 45000.0, "USD")]),
    ("nbsp_thin_spaces.txt", "Pay: $\u00a050,000 a year or \u00a345\u2009000.".encode(), OK, [("$ 50,000", 50000.0, "USD"), ("\u00a345 000", 45000.0, "GBP")]),
    ("fullwidth_digits.txt", "Salary: \uff04\uff11\uff10\uff10,\uff10\uff10\uff10 a year.".encode(), OK, [("$100,000", 100000.0, "USD")]),
    ("emoji.txt", "\U0001F4B0 Engineers earn $90,000 a year \U0001F680\U0001F1FA\U0001F1F8 \U0001F468\u200d\U0001F4BB".encode(), OK, [("$90,000", 90000.0, "USD")]),
    ("right_to_left.txt", "\u0627\u0644\u0631\u0627\u062a\u0628 $50,000 \u0633\u0646\u0648\u064a\u0627. \u05e9\u05db\u05e8 \u20aa20,000".encode(), OK, [("$50,000", 50000.0, "USD"), ("\u20aa20,000", 20000.0, "ILS")]),
    ("control_chars.txt", b"Pay: $5 an hour, \x1b[1mbold\x1b[0m. " + SAL.encode() * 4, OK, [("$5", 5.0, "USD")] + [("$90,000", 90000.0, "USD")] * 4),
    ("symbol_run.txt", b"Pay is $5 an hour. " + b"$" * 20_000, OK, [("$5", 5.0, "USD")]),
    ("markdown_unclosed.md", b"# Pay ##\n\nPay is $5 an hour.\n" + b"[" * 20_000 + b"\n" + b" __a" * 5000, OK, [("$5", 5.0, "USD")]),
    ("name with spaces \u00e9 \u65e5\u672c.txt", SAL.encode(), OK, [("$90,000", 90000.0, "USD")]),
]


@pytest.mark.parametrize("name, data, status, expected", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_file(tmp_path: Path, name: str, data: bytes, status: str, expected: object) -> None:
    started = time.perf_counter()
    result = run_bytes(tmp_path, name, data)
    assert time.perf_counter() - started < 20, "a hostile file must not take this long"
    if status == ERROR:
        assert isinstance(result.document, DocumentError)
        assert expected in result.document.error
    else:
        assert not isinstance(result.document, DocumentError), result.document
        assert facts(result) == expected


@pytest.fixture(scope="module")
def big_files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 50 MB single-line file and a 100,000-line file, made once."""
    folder = tmp_path_factory.mktemp("big")
    line = b"Engineers earn $90,000 a year. " * 32
    with open(folder / "single_line_50mb.txt", "wb") as fh:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    lines = ("Nurses earn $%d an hour." % (i // 100) if i % 100 == 0 else "x" for i in range(100_000))
    (folder / "lines_100k.txt").write_text("\n".join(lines), encoding="utf-8")
    return folder


def test_50mb_single_line_is_refused_unread(big_files: Path) -> None:
    started = time.perf_counter()
    result = process(big_files / "single_line_50mb.txt", "big", root=big_files)
    assert time.perf_counter() - started < 2
    assert isinstance(result.document, DocumentError) and "too large" in result.document.error
    assert result.document.sha256 is None


def test_100k_lines(big_files: Path) -> None:
    started = time.perf_counter()
    result = process(big_files / "lines_100k.txt", "lines", root=big_files)
    check_result(result)
    assert len(result.facts) == 1000
    assert len(result.document.blocks) == 100_000
    assert time.perf_counter() - started < 30


def test_text_longer_than_the_tokenizer_limit(tmp_path: Path) -> None:
    result = run_bytes(tmp_path, "long.txt", b"Pay is $5 an hour. " * (ingest.MAX_CHARS // 19 + 10))
    assert isinstance(result.document, DocumentError) and "too long" in result.document.error
    assert result.document.sha256  # read and hashed, then refused


# --------------------------------------------------------------------------- file system hazards


@pytest.fixture()
def tree(tmp_path: Path) -> tuple[Path, Path]:
    """An input folder with symlinks in and out, and a secret outside it."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Secret pay: $999,999 a year.", encoding="utf-8")
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "good.txt").write_text(SAL, encoding="utf-8")
    (root / "link_out.txt").symlink_to(outside / "secret.txt")
    (root / "link_abs_etc.txt").symlink_to("/etc/hostname" if Path("/etc/hostname").exists() else "/etc/passwd")
    (root / "link_in.txt").symlink_to(root / "good.txt")
    (root / "broken_link.txt").symlink_to(root / "missing.txt")
    (root / "loop_a.txt").symlink_to(root / "loop_b.txt")
    (root / "loop_b.txt").symlink_to(root / "loop_a.txt")
    (root / "dir_out").symlink_to(outside, target_is_directory=True)
    (root / "folder.txt").mkdir()  # a folder named like a file is searched, not read
    (root / "folder.txt" / "inner.txt").write_text(SAL, encoding="utf-8")
    return root, outside


def test_symlinks_out_of_the_folder_are_not_followed(tree: tuple[Path, Path]) -> None:
    root, _ = tree
    results = {doc_id: process(path, doc_id, root=base) for path, doc_id, base in inputs([root])}
    errors = {k: r.document.error for k, r in results.items() if isinstance(r.document, DocumentError)}
    assert "outside the input folder" in errors["link_out"]
    assert "outside the input folder" in errors["link_abs_etc"]
    assert "cannot read" in errors["broken_link"]
    assert set(errors) >= {"loop_a", "loop_b"}
    assert not isinstance(results["link_in"].document, DocumentError)
    assert not isinstance(results["folder.txt/inner"].document, DocumentError)
    for k, r in results.items():
        assert all("999,999" not in f.text for f in r.facts), k
        if k.startswith("dir_out/"):  # rglob may descend into a linked folder: its files are refused
            assert "outside the input folder" in errors[k]


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    link = tmp_path / "via_link.txt"
    link.symlink_to(fifo)
    for path in (fifo, link):
        started = time.perf_counter()
        result = process(path, path.stem, root=tmp_path)
        assert time.perf_counter() - started < 5
        assert isinstance(result.document, DocumentError) and "not a regular file" in result.document.error


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(SAL, encoding="utf-8")
    if IS_ROOT:  # root reads through chmod 000: make the open fail as it would for a user
        real_open = os.open

        def denying_open(file: object, *args: object, **kw: object) -> int:
            if Path(str(file)) == path:
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kw)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "open", denying_open)
    else:
        path.chmod(0)
    try:
        result = process(path, "locked", root=tmp_path)
    finally:
        path.chmod(0o644)
    assert isinstance(result.document, DocumentError)
    assert result.document.error == "cannot read file: Permission denied"


# --------------------------------------------------------------------------- nothing lost


def test_every_input_is_listed_once_with_a_status(tmp_path: Path, tree: tuple[Path, Path]) -> None:
    root, _ = tree
    for name, data, _, _ in HOSTILE:
        (root / "hostile").mkdir(exist_ok=True)
        (root / "hostile" / name).write_bytes(data)
    expected = {doc_id for _, doc_id, _ in inputs([root])}
    out = tmp_path / "out"
    summary = extract([root], out, workers=1)
    docs = pd.read_csv(out / "documents.csv", keep_default_na=False, dtype=str)
    assert docs["doc_id"].is_unique
    assert set(docs["doc_id"]) == expected and summary.documents == len(expected)
    assert set(docs["status"]) == {"ok", "error"}
    assert (docs["error"] != "").equals(docs["status"] == "error")
    assert not docs["error"].str.contains("\n").any()
    assert "hostile/name with spaces \u00e9 \u65e5\u672c" in set(docs["doc_id"])
    texts = [json.loads(line) for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    ok = set(docs.loc[docs["status"] == "ok", "doc_id"])
    assert {t["doc_id"] for t in texts} >= ok
    by_id = {t["doc_id"]: t["text"] for t in texts}
    frame = pd.read_csv(out / "facts.csv", keep_default_na=False, dtype=str)
    for row in frame.itertuples():
        assert by_id[row.doc_id][int(row.start):int(row.end)] == row.text


# --------------------------------------------------------------------------- time budget


@pytest.fixture
def runaway(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A document whose analysis never ends."""
    from extract import annotate

    def forever(document: object) -> None:
        while True:
            time.sleep(0.01)

    monkeypatch.setattr(annotate, "annotate", forever)
    path = tmp_path / "slow.txt"
    path.write_text(SAL, encoding="utf-8")
    return path


def _in_a_thread(run: Callable[[], DocResult]) -> DocResult:
    box: list[DocResult] = []
    worker = threading.Thread(target=lambda: box.append(run()))
    worker.start()
    worker.join(60)
    return box[0]


@pytest.mark.parametrize("where", ["main thread", "other thread"])
def test_time_budget_turns_a_runaway_document_into_an_error_row(runaway: Path, where: str) -> None:
    """SIGALRM in the main thread; in another (Dask workers run documents in threads) a timer thread raises."""
    run = lambda: process(runaway, "slow", root=runaway.parent, time_budget=0.5)  # noqa: E731
    started = time.perf_counter()
    result = run() if where == "main thread" else _in_a_thread(run)
    assert time.perf_counter() - started < 5
    assert isinstance(result.document, DocumentError)
    assert result.document.error == "time budget exceeded (0.5 s)"
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.default_int_handler, None)


def test_time_budget_leaves_fast_documents_alone(tmp_path: Path) -> None:
    result = run_bytes(tmp_path, "fast.txt", SAL.encode(), time_budget=30)
    assert facts(result) == [("$90,000", 90000.0, "USD")]
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_time_budget_in_a_thread_never_fires_after_the_document(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text(SAL, encoding="utf-8")

    def run() -> DocResult:
        result = process(path, "t", root=tmp_path, time_budget=0.3)
        time.sleep(0.6)  # past the budget: a late exception would surface here and lose the result
        return result

    assert facts(_in_a_thread(run)) == [("$90,000", 90000.0, "USD")]


# --------------------------------------------------------------------------- linear time


def _detectors() -> dict[str, Callable[[str], object]]:
    from extract import attribution, blocks, context, experience, money, sentences, tables

    return {
        "money.find_money": money.find_money,
        "experience.find_experience": experience.find_experience,
        "experience.find_seniority": experience.find_seniority,
        "attribution.find_attributions": attribution.find_attributions,
        "tables.find_text_tables": tables.find_text_tables,
        "context.find_roles": context.find_roles,
        "context.find_anaphors": context.find_anaphors,
        "context.find_locations": context.find_locations,
        "context.find_employers": context.find_employers,
        "context.find_years": context.find_years,
        "sentences.split_sentences": sentences.split_sentences,
        "blocks.split_blocks": blocks.split_blocks,
        "ingest.normalize": ingest.normalize,
        "ingest.markdown_to_text": ingest.markdown_to_text,
    }


PATTERNS = {
    "digits": "1", "commas": ",", "dollars": "$", "dashes": "-", "spaces": " ", "$1,": "$1,", "$1": "$1",
    "1-": "1-", "$1k-": "$1k-", "1.": "1.", "-$": "-$", "[": "[", " __a": " __a", "years": "5 years ",
    "Source: ": "Source: ", "tab $1": "\t$1",
}


def _timed(fn: Callable[[str], object], text: str, repeat: int) -> float:
    """Best CPU seconds of ``repeat`` runs: CPU time, so other processes on a busy machine barely count."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        fn(text)
        best = min(best, time.process_time() - started)
    return best


def scaling(fn: Callable[[str], object], unit: str, small: int, large: int) -> tuple[float, float]:
    """CPU seconds on ``small`` and ``large`` characters of ``unit`` repeated (best of a few runs)."""
    make = lambda n: (unit * (n // len(unit) + 1))[:n]  # noqa: E731
    fn(make(100))  # load rules
    return _timed(fn, make(small), 3), _timed(fn, make(large), 2)


@pytest.mark.parametrize("name", list(_detectors()))
def test_detectors_run_in_linear_time(name: str) -> None:
    """10x the input may cost at most 30x the time (quadratic would be 100x)."""
    fn = _detectors()[name]
    slow = []
    for pattern, unit in PATTERNS.items():
        small, large = scaling(fn, unit, 3_000, 30_000)
        if large > 0.05 and large / max(small, 1e-4) > 30:
            small, large = scaling(fn, unit, 3_000, 30_000)  # one retry against a noisy machine
            if large > 0.05 and large / max(small, 1e-4) > 30:
                slow.append(f"{pattern!r}: {small:.3f}s -> {large:.3f}s")
    assert not slow, f"{name} is superlinear on " + "; ".join(slow)


# --------------------------------------------------------------------------- crash safety

SMALL = sorted((ROOT / "corpus").glob("*.txt"))[:2]

LOOP = """
import os, sys
from pathlib import Path
from extract import parallel
from extract.pipeline import extract
parallel.warm()
groups = [[Path(p) for p in group.split(",")] for group in sys.argv[1].split(";")]
for out in sys.argv[2:]:  # one writer per output folder, forked once the pipeline is loaded
    pid = os.fork()
    if pid == 0:
        while True:
            for group in groups:
                extract(group, Path(out), workers=1)
    print(pid, flush=True)
sys.stdin.read()  # until the test is done killing
for _ in sys.argv[2:]:
    os.wait()
"""


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_sigkill_at_any_moment_leaves_a_complete_dataset(tmp_path: Path) -> None:
    """Runs alternating between two inputs are SIGKILLed at several moments; the output is always one
    complete dataset (byte-identical to a finished run), and the next run completes."""
    a, b = [str(SMALL[0])], [str(SMALL[0]), str(SMALL[1])]
    good: list[dict[str, bytes]] = []
    for group in (a, b):
        extract([Path(p) for p in group], tmp_path / "ref", workers=1)
        good.append(snapshot(tmp_path / "ref"))
    assert good[0] != good[1]
    kill_after = [0.05, 0.4, 0.9, 1.6, 2.5]
    outs = [tmp_path / f"out{i}" for i in range(len(kill_after))]
    for out in outs:
        extract([Path(p) for p in a], out, workers=1)  # the previous dataset
    parent = subprocess.Popen([sys.executable, "-c", LOOP, ";".join([",".join(b), ",".join(a)]), *map(str, outs)],
                              cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert parent.stdout is not None
        pids = [int(parent.stdout.readline()) for _ in outs]
        started = time.perf_counter()
        for pid, delay in zip(pids, kill_after):
            time.sleep(max(0.0, started + delay - time.perf_counter()))
            os.kill(pid, signal.SIGKILL)
    finally:
        parent.communicate("", timeout=30)
    procs = list(zip(pids, outs, kill_after))
    for proc, out, delay in procs:
        old = out.parent / f".{out.name}.old"
        found = snapshot(out) if out.exists() else snapshot(old)  # killed between the two renames
        assert found in good, f"killed after {delay}s: output is not a complete dataset"
        extract([Path(p) for p in b], out, workers=1)  # the next run completes (and mends a half swap)
        assert snapshot(out) == good[1]
        assert not old.exists()
        assert not list(tmp_path.glob(f".{out.name}.tmp-*")), "the next run deletes what the killed one left"


def test_recover_mends_a_swap_interrupted_between_renames(tmp_path: Path) -> None:
    out = tmp_path / "out"
    extract([SMALL[0]], out, workers=1)
    before = snapshot(out)
    out.rename(tmp_path / ".out.old")  # as if killed after the first rename of swap()
    with write.locked(out):
        assert snapshot(out) == before


def test_a_second_run_on_the_same_output_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    extract([SMALL[0]], out, workers=1)
    before = snapshot(out)
    with write.locked(out):
        with pytest.raises(write.OutputError, match="another run"):
            extract([SMALL[1]], out, workers=1)
        proc = subprocess.run([sys.executable, "-m", "extract", "run", str(SMALL[1]), "--out", str(out),
                               "--quiet", "--no-cache", "-j", "1"], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 2 and "another run" in proc.stderr
    assert snapshot(out) == before


def test_two_runs_started_at_once_do_not_corrupt_the_output(tmp_path: Path) -> None:
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "extract", "run", *map(str, SMALL), "--out", str(out), "--quiet", "--no-cache", "-j", "1"]
    procs = [subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    codes = []
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        codes.append(proc.returncode)
        assert proc.returncode == 0 or (proc.returncode == 2 and "another run" in err), err
    assert 0 in codes
    extract(SMALL, tmp_path / "ref", workers=1)
    assert snapshot(out) == snapshot(tmp_path / "ref")


# --------------------------------------------------------------------------- measurements for the report

if __name__ == "__main__":
    for name, fn in _detectors().items():
        for pattern, unit in PATTERNS.items():
            small, large = scaling(fn, unit, 100_000, 1_000_000)
            print(f"{name:32} {pattern!r:12} 100KB {small:8.4f}s  1MB {large:8.4f}s  ratio {large / max(small, 1e-4):6.1f}",
                  flush=True)
