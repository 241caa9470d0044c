"""Ingest's faster passes give what the passes they replaced gave.

Blocks are split without a regex per line, and a line whose only fix is an
HTML entity is unescaped without a full ftfy pass. Each is checked against the
plain version, written here as its specification.
"""

from __future__ import annotations

import re

import ftfy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import blocks, ingest
from extract.types import Block

# ----------------------------------------------------------------------------- blocks

_LINE = re.compile(r"\S(?:[^\n]*\S)?")


def plain_split_blocks(text: str) -> tuple[Block, ...]:
    """split_blocks() as one regex over the text (its specification)."""
    return tuple(Block(m.start(), m.end(), blocks.line_kind(m.group())) for m in _LINE.finditer(text))  # type: ignore[arg-type]


LINES = ["Pay", "They earn $5.", " ", "\t", "\n", "\n\n", "\u2022 ", "- ", "12) ", "3. ", "\u0663. ", "\u00a0",
         "\u2003", "\x0b", "\x1c", "\u2028", "\r", "word ", "\u201dend\u201d"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(LINES), max_size=40).map("".join))
def test_split_blocks_equals_regex(text: str) -> None:
    assert blocks.split_blocks(text) == plain_split_blocks(text)


@pytest.mark.parametrize(
    "line, kind",
    [
        # list items: bullets and numbers, also non-ASCII digits (the regex's \d)
        ("\u2022 Entry: $1", "list_item"), ("12) Senior", "list_item"), ("\u0663. Third", "list_item"),
        # negatives: a number or dash without the space after it
        ("2024 pay", "heading"), ("-5% this year.", "paragraph"), ("1.5x more than peers.", "paragraph"),
    ],
)
def test_line_kind(line: str, kind: str) -> None:
    assert blocks.line_kind(line) == kind


# ----------------------------------------------------------------------------- repair

ENTITY_LINES = ["R&D", "&amp;", "&amp;amp;", "&lt;b&gt;", "&nbsp;", "&pound;5", "&#8364;", "&bogus;", "& ",
                "caf\u00c3\u00a9", "It\u00e2\u20ac\u2122s", "\u2019", "e\u0301", "\ufb01", "\x85", "<p>", "a", " "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(ENTITY_LINES), max_size=10).map("".join))
def test_repair_line_equals_ftfy(line: str) -> None:
    for config in (ingest._FTFY, ingest._NO_UNESCAPE):
        assert ingest._repair_line(line, config) == ftfy.fix_and_explain(line, config).text
