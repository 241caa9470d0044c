"""Split text into sentences that never cross a line (block) boundary.

A sentence ends at ``.``, ``!`` or ``?`` (plus closing quotes or brackets)
followed by white space and a capital letter, digit, currency sign, bullet or
opening quote, unless the word before the period is a known abbreviation
(``avg.``, ``e.g.``; listed in ``rules/sentences.yaml``). Every line is at
least one sentence of its own.

>>> text = "The avg. pay is $5. It rose! New line\\n• Item: $3"
>>> [text[s.start:s.end] for s in split_sentences(text)]
['The avg. pay is $5.', 'It rose!', 'New line', '• Item: $3']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import rules

_LINE = re.compile(r"[^\n]+")
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9$£€₹¥•])")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence's character span."""

    start: int
    end: int


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    items = rules.require(rules.load("sentences"), "abbreviations", list, where="rules/sentences.yaml")
    return frozenset(str(a).casefold() for a in rules.unique(items, where="rules/sentences.yaml"))


def split_sentences(text: str) -> list[Sentence]:
    """Return sentence spans, trimmed of white space, in text order."""
    abbreviations = _abbreviations()
    out: list[Sentence] = []
    for line in _LINE.finditer(text):
        base, chunk = line.start(), line.group()
        cut = 0
        for end in _END.finditer(chunk):
            word = _WORD_BEFORE.search(chunk, max(0, end.start() - 12), end.start() + 1)
            if end.group().startswith(".") and word and word.group(1).casefold() in abbreviations:
                continue
            _append(out, base, chunk, cut, end.end())
            cut = end.end()
        _append(out, base, chunk, cut, len(chunk))
    return out


def _append(out: list[Sentence], base: int, chunk: str, start: int, end: int) -> None:
    piece = chunk[start:end]
    stripped = piece.strip()
    if stripped:
        lead = len(piece) - len(piece.lstrip())
        out.append(Sentence(base + start + lead, base + start + lead + len(stripped)))
