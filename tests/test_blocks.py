"""Blocks: one per non-blank line, trimmed, with its kind."""

from __future__ import annotations

import pytest

from extract.blocks import line_kind, split_blocks


def _by_line(text: str) -> list[tuple[int, int, str]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + len(line.rstrip()), line_kind(line)))
        pos += len(line) + 1
    return out


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Pay\n\nThey earn $5.\n  • Entry: $1\n", [("Pay", "heading"), ("They earn $5.", "paragraph"),
                                                   ("• Entry: $1", "list_item")]),
        ("  1. First\n2) Second\n", [("1. First", "list_item"), ("2) Second", "list_item")]),
        ("\u00a0 Title \u2003\r\n\n", [("Title", "heading")]),
        ("•\n  x", [("•", "heading"), ("x", "heading")]),  # a lone bullet is no list item
        ("", []),
        (" \n\t\n", []),
        ("a\rb\n \x0c c\x85\n\u2028", [("a\rb", "heading"), ("c", "heading")]),  # only \n ends a line
    ],
)
def test_split_blocks(text: str, expected: list[tuple[str, str]]) -> None:
    blocks = split_blocks(text)
    assert [(text[b.start : b.end], b.kind) for b in blocks] == expected
    assert [(b.start, b.end, b.kind) for b in blocks] == _by_line(text)
