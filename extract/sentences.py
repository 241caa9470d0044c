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

# A cut between sentences, found in one pass over the whole text: a run of line
# breaks, or a sentence end (``.!?`` plus closing quotes or brackets, before white
# space that stays on its line and a capital, digit, currency sign, bullet or quote).
# Opening with a character class lets the regex engine skip to the next candidate.
_CUT = re.compile(r"[\n.!?](?:(?<=\n)\n*|(?<=[.!?])[.!?]*[\"'”’)\]]*(?=[^\S\n]+[\"'“‘(\[]?[A-Z0-9$£€₹¥•]))")
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
    return list(_split(text))


@lru_cache(maxsize=16)
def _split(text: str) -> tuple[Sentence, ...]:
    # Cached: several stages split the same document.
    abbreviations = _abbreviations()
    out: list[Sentence] = []
    cut = 0
    for end in _CUT.finditer(text):
        start, stop = end.span()
        if text[start] == ".":
            word = _WORD_BEFORE.search(text, max(0, start - 12), start + 1)
            if word and word.group(1).casefold() in abbreviations:
                continue
        piece = text[cut:stop]
        stripped = piece.strip()
        if stripped:
            lead = cut + len(piece) - len(piece.lstrip())
            out.append(Sentence(lead, lead + len(stripped)))
        cut = stop
    piece = text[cut:]
    stripped = piece.strip()
    if stripped:
        lead = cut + len(piece) - len(piece.lstrip())
        out.append(Sentence(lead, lead + len(stripped)))
    return tuple(out)
