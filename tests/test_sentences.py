"""Sentence splitting: one pass over the whole text equals the line-by-line definition."""

from __future__ import annotations

import re

import pytest

from extract.sentences import Sentence, _abbreviations, split_sentences

# The definition, line by line (the module splits the whole text in one pass).
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9$£€₹¥•])")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")


def _by_line(text: str) -> list[Sentence]:
    out: list[Sentence] = []

    def append(base: int, chunk: str, start: int, end: int) -> None:
        piece = chunk[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append(Sentence(base + start + lead, base + start + lead + len(piece.strip())))

    for line in re.finditer(r"[^\n]+", text):
        base, chunk, cut = line.start(), line.group(), 0
        for end in _END.finditer(chunk):
            word = _WORD_BEFORE.search(chunk, max(0, end.start() - 12), end.start() + 1)
            if end.group().startswith(".") and word and word.group(1).casefold() in _abbreviations():
                continue
            append(base, chunk, cut, end.end())
            cut = end.end()
        append(base, chunk, cut, len(chunk))
    return out


@pytest.mark.parametrize(
    "text, expected",
    [
        # ordinary prose
        ("It pays $5. It rose! Did it? Yes.", ["It pays $5.", "It rose!", "Did it?", "Yes."]),
        ("The avg. pay is $5. Next", ["The avg. pay is $5.", "Next"]),
        ("We need a Sr. Data Engineer. Jr. roles too", ["We need a Sr. Data Engineer.", "Jr. roles too"]),
        ("He said “Stop.” Then left.", ["He said “Stop.”", "Then left."]),
        # a line break always ends a sentence; an end before a line break needs none
        ("One.\nTwo\n\n\n  • Three: $3\r\n", ["One.", "Two", "• Three: $3"]),
        ("End.\nNext line", ["End.", "Next line"]),
        # negatives: no capital after, no space, or a number with decimals
        ("pay rose 3.5 percent. and fell", ["pay rose 3.5 percent. and fell"]),
        ("Salary.com lists $5", ["Salary.com lists $5"]),
        ("", []),
        ("\n \n", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    got = split_sentences(text)
    assert [text[s.start : s.end] for s in got] == expected
    assert got == _by_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "A. B. C.\nD!  E?\tF\r\nG.\u2028H",
        "e.g. Foo. i.e. Bar.\n\nvs. Baz.   \n  ",
        "Pay: $5.\n.\n!\n?? Next.",
        "x.\n\n\ny. Z",
    ],
)
def test_one_pass_equals_line_by_line(text: str) -> None:
    assert split_sentences(text) == _by_line(text)


def test_result_is_a_fresh_list() -> None:
    first = split_sentences("A. B.")
    first.clear()
    assert len(split_sentences("A. B.")) == 2
