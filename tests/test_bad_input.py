"""Bad input: each unreadable file is an error row with a reason; the rest still yield facts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import ftfy
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.ingest import IngestError, _has_mojibake, _repair, decode, normalize

HERE = Path(__file__).resolve().parent.parent


@pytest.fixture()
def bad_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "cp1252.txt").write_bytes("The average salary is \u201caround\u201d $50,000 per year.".encode("cp1252"))
    (folder / "mojibake.txt").write_bytes("Glassdoor\u2019s average: $60,000 a year.".encode("utf-8").decode("cp1252").encode("utf-8"))
    (folder / "truncated.html").write_text("<html><body><p>Nurses earn $40 an hour.</p><div class=\"x", encoding="utf-8")
    (folder / "good.html").write_text("<html><body><p>Nurses earn $40 an hour.</p></body></html>", encoding="utf-8")
    (folder / "bom.md").write_bytes("\ufeff# Pay\n\nEngineers earn \u00a345,000 a year.".encode("utf-8"))
    return folder


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extract", *args], capture_output=True, text=True, cwd=HERE)


def test_bad_files_become_error_rows_and_run_exits_zero(bad_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc = run_cli("run", str(bad_folder), "--out", str(out), "--quiet")
    assert proc.returncode == 0, proc.stderr
    docs = pd.read_csv(out / "documents.csv", keep_default_na=False).set_index("doc_id")
    assert docs.loc["binary", "status"] == "error" and "binary" in docs.loc["binary", "error"]
    assert docs.loc["empty", "status"] == "error" and "empty" in docs.loc["empty", "error"]
    assert docs.loc["truncated", "status"] == "error" and "truncated" in docs.loc["truncated", "error"]
    for ok in ("cp1252", "mojibake", "good", "bom"):
        assert docs.loc[ok, "status"] == "ok", ok
        assert docs.loc[ok, "error"] == ""
    facts = pd.read_csv(out / "facts.csv", keep_default_na=False)
    assert set(facts["doc_id"]) == {"cp1252", "mojibake", "good", "bom"}
    texts = dict(line.split('"text": ', 1) for line in (out / "documents.jsonl").read_text().splitlines())
    assert any("\u201caround\u201d" in t for t in texts.values())
    assert any("Glassdoor\u2019s" in t for t in texts.values())
    assert facts.set_index("doc_id").loc["bom", "currency"] == "GBP"


def test_nothing_processed_exits_non_zero(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    proc = run_cli("run", str(folder), "--out", str(tmp_path / "out"), "--quiet")
    assert proc.returncode == 1
    assert "could be processed" in proc.stderr


def test_unwritable_output_exits_with_reason(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    proc = run_cli("run", str(HERE / "corpus"), "--out", str(blocker / "out"), "--quiet")
    assert proc.returncode == 2
    assert "cannot write" in proc.stderr


@pytest.mark.parametrize(
    "data, expected",
    [
        (b"plain ascii", "plain ascii"),
        ("caf\u00e9".encode("utf-8"), "caf\u00e9"),
        ("\ufeffbom".encode("utf-8"), "bom"),
        ("\u2018quoted\u2019 \u20ac5".encode("cp1252"), "\u2018quoted\u2019 \u20ac5"),
        ("na\u00efve".encode("latin-1"), "na\u00efve"),
        ("It\u2019s".encode("utf-8").decode("cp1252").encode("utf-8"), "It\u2019s"),  # mojibake repaired
        ("\u00c2\u00a0\u00a3500".encode("utf-8"), "\u00a0\u00a3500"),  # stray Â before a no-break space
    ],
)
def test_decode(data: bytes, expected: str) -> None:
    assert decode(data) == expected


@pytest.mark.parametrize("data, reason", [(b"", "empty"), (b"\x00\x01\x02\x03" * 100, "binary")])
def test_decode_refuses(data: bytes, reason: str) -> None:
    with pytest.raises(IngestError, match=reason):
        decode(data)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("a\r\nb", "a\nb\n"),
        ("  - item one\n  * item two", "\u2022 item one\n\u2022 item two\n"),
        ("$1\u200b00,000", "$100,000\n"),
        ("x\u00a0y\u2009z", "x y z\n"),
        ("\uff11\uff12\uff13", "123\n"),
        ("a\n\n\n\nb", "a\n\nb\n"),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


# ftfy's fixers act on these characters, or on runs of them (mojibake): the fast path of
# ``_repair`` must agree with ftfy on every mix of them with ordinary text.
_REPAIR_ALPHABET = st.sampled_from([
    "a", "Z", " ", "\n", "\r", "\r\n", "$", "5", "&", "&amp;", "&lt;", "<b>", "<", "\u00e9", "e\u0301",
    "\u00c3\u00a9", "\u00e2\u20ac\u2122", "\u00c2\u00a0", "\u00c2", "\u00a0", "\u2019", "\u2022", "\u2013",
    "\u00a3", "\u20ac", "\u0080", "\u0085", "\u009f", "\x1b[36m", "\x07", "\ufeff", "\ufb01", "\uff11",
    "\u3000", "\u2028", "\u2029", "\ud83d", "\ud83d\ude00", "\U0001f600", "\u200b", "\u0130", "\u00df",
])


@settings(max_examples=400, deadline=None, derandomize=True)
@given(parts=st.lists(_REPAIR_ALPHABET, max_size=40))
def test_repair_equals_ftfy(parts: list[str]) -> None:
    text = "".join(parts)
    assert _repair(text) == ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False, fix_line_breaks=True)


@pytest.mark.parametrize("path", sorted((HERE / "corpus").iterdir()) + sorted((HERE / "tests" / "crashes").iterdir()),
                         ids=lambda p: p.name)
def test_repair_equals_ftfy_on_corpus(path: Path) -> None:
    text = path.read_bytes().decode("utf-8", errors="replace")
    assert _repair(text) == ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False, fix_line_breaks=True)


@settings(max_examples=600, deadline=None, derandomize=True)
@given(text=st.text(alphabet=st.sampled_from("aZx 1\u00a0\u03b1\u0416\u00a6\u00c3\u00a9\u00e2\u20ac\u00c2\u2019\u00ac\u2022\n"),
                    max_size=12))
def test_has_mojibake_equals_ftfy_is_bad(text: str) -> None:
    assert _has_mojibake(text) == ftfy.badness.is_bad(text)
