"""Ingest's fast paths give exactly what the plain passes they replace give.

Each fast path (skip a pass that cannot change the text, examine only some
lines) is checked against the straightforward pass, written out here as the
specification, on example tables and on generated text.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import ftfy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import ingest

# ----------------------------------------------------------------------------- specifications


def plain_normalize(text: str) -> str:
    """normalize() as one plain pass per step (its specification)."""
    text = text.translate(ingest._TABLE)
    text = re.sub(r"[^\w\s]{65,}", ingest._split_run, text)
    bullet = r"^[ \t]*[•●▪◦‣∙·■□➢➤►▶✓✔*+-][ \t]+(?=\S)"
    text = re.sub(bullet, ingest.BULLET, text, flags=re.M)
    text = re.sub(r"[ \t]+$", "", text, flags=re.M)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n ") + "\n" if text.strip() else ""


def plain_repair(text: str) -> str:
    """_repair() as ftfy does it (its specification): ftfy.fix_text, which fixes line by line."""
    return ftfy.fix_text(text, ingest._FTFY)


# Pieces that make ingest's passes act: mojibake, entities, controls, odd spaces,
# bullets, combining marks (not NFC), ligatures and full-width forms, tags.
PIECES = [
    "a", "Pay", " ", "  ", "\t", "\n", "\n\n\n", "\r\n", "\r", "$", "$5", "!", "-", "* ", "• ", "  - ", "1. ",
    "&", "&amp;", "&nbsp;", "<", "<p>", "\u2019", "\u2022", "\u00a3", "\u00e9", "e\u0301", "\u0301",
    "\u00e2\u20ac\u2122", "\u00c3\u00a9", "\u00c2 ", "a\u00c3 ", "\u00c2\u00a0", "\u0153x", "\x85", "\x9d",
    "\x1b[31m", "\x00", "\x07", "\x0c", "\ufb01", "\uff04", "\uff21", "\u00a0", "\u2003", "\u200b", "\u00ad",
    "\u2028", "\u202e", "\ufe0f", "\U0001f4b0", "\U0001f4b0\U0001f4c8", "\u2014\u201c",
]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


# ----------------------------------------------------------------------------- repair


@pytest.mark.parametrize(
    "text",
    [
        # mojibake and entities, before and after the first tag
        "It\u00e2\u20ac\u2122s fine\nCaf\u00c3\u00a9 &amp; bar\n",
        "<p>It\u00e2\u20ac\u2122s &amp; more</p>\n&amp; after a tag\n",
        "first &amp;\nthen <b>\n&lt; stays\n",
        # characters an ftfy fixer acts on alone
        "line\r\nbreaks\rand \x85 C1 \x9d\n",
        "\ufb01ne \uff21\uff22 \x1b[1mbold\n",
        # not NFC: every non-ASCII line is examined
        "cafe\u0301\nplain \u2019 line\n",
        # correct non-ASCII text is kept as it is
        "\u2022 Entry: \u00a345,000 \u2014 \u201cfair\u201d\n\U0001f4b0\U0001f4c8\n",
        # negatives: nothing to do
        "plain ascii\n",
        "",
    ],
)
def test_repair_equals_line_by_line(text: str) -> None:
    assert ingest._repair(text) == plain_repair(text)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_repair_equals_line_by_line_generated(text: str) -> None:
    assert ingest._repair(text) == plain_repair(text)


def test_mojibake_hint_is_derived_from_ftfy() -> None:
    """ftfy's badness regex has the shape the fast path needs (else every line is examined)."""
    assert ingest._ALONE is not None
    assert ingest._SUSPECT_NFC is not ingest._SUSPECT


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([p for p in PIECES if "\n" not in p and "\r" not in p]), max_size=12).map("".join))
def test_every_mojibake_line_is_suspect(line: str) -> None:
    """A line ftfy's badness regex finds mojibake in always holds a suspect character."""
    if ftfy.badness.BADNESS_RE.search(line):
        assert ingest._SUSPECT_NFC.search(line)


# ----------------------------------------------------------------------------- normalize


def test_translate_equals_str_translate_on_every_table_character() -> None:
    every = "".join(f"a{chr(c)}b" for c in sorted(ingest._TABLE))
    assert ingest._translate(every) == every.translate(ingest._TABLE)


@pytest.mark.parametrize(
    "text",
    [
        # bullets on the first line, after blank lines, indented, and not bullets
        "  \u2022 Pay:\u00a0$5\u200b0  \r\n\n\n\nNext",
        "- a\n\n* b\n\t+  c\n-d\n--- e\n\u2022\n",
        # punctuation runs around the cut length
        "x " + "$" * 64 + " y\n" + "!" * 65 + "\n" + "-" * 200,
        "a" + "$" * 63 + "\u2022" * 5 + "b",
        # trailing blanks and blank lines
        "a \t\n \nb\t\n\n\n\n\nc  ",
        "\n\n\n\n",
        # negatives
        "plain\n",
        "",
    ],
)
def test_normalize_equals_plain_passes(text: str) -> None:
    assert ingest.normalize(text) == plain_normalize(text)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_normalize_equals_plain_passes_generated(text: str) -> None:
    assert ingest.normalize(text) == plain_normalize(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["$", "!", "-", "\u2022", "a", " ", "\n"]), max_size=400).map("".join))
def test_punct_runs_cut_like_the_plain_pass(text: str) -> None:
    assert ingest._cut_punct_runs(text) == re.sub(r"[^\w\s]{65,}", ingest._split_run, text)


# ----------------------------------------------------------------------------- HTML text


@pytest.mark.parametrize(
    "markup, text",
    [
        ("<p>Pay: $5</p><p>a  b\u00a0c\td</p>", "Pay: $5\na b c d\n"),  # runs of white space collapse
        ("<ul><li>one</li><li> two <b>x</b></li></ul>", "\u2022 one\n\u2022 two x\n"),
        ("<p>a<!-- note --><span hidden>h</span><i aria-hidden='true'>i</i>b<br>c</p>", "ab\nc\n"),
        ("<p>a</p><script>var x</script><nav>menu</nav><p>b</p>", "a\nb\n"),
    ],
)
def test_html_text(markup: str, text: str) -> None:
    assert ingest.html_to_text(f"<html><body>{markup}</body></html>")[1] == text


def test_printable_text_holds_no_white_space_but_spaces() -> None:
    """The walk leaves printable strings without "  " uncollapsed: every other space character is unprintable."""
    spaces = [chr(c) for c in range(0x110000) if re.fullmatch(r"\s", chr(c))]
    assert " " in spaces and [c for c in spaces if c.isprintable()] == [" "]


# ----------------------------------------------------------------------------- reading


def _stale_fstat(monkeypatch: pytest.MonkeyPatch, size: int) -> None:
    """fstat reports ``size`` bytes, as if the file grew after it was called."""
    real = os.fstat

    def fstat(fd: int) -> os.stat_result:
        fields = tuple(real(fd))
        return os.stat_result(fields[:6] + (size,) + fields[7:10])

    monkeypatch.setattr(ingest.os, "fstat", fstat)


@pytest.mark.parametrize("reported", [100, 3, 0])  # the true size; the file grew; a size fstat does not know
def test_read_bytes_reads_to_the_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reported: int) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 100)
    _stale_fstat(monkeypatch, reported)
    assert ingest.read_bytes(path, root=tmp_path) == b"x" * 100
    with pytest.raises(ingest.IngestError, match="file too large"):
        ingest.read_bytes(path, root=tmp_path, max_bytes=50)
