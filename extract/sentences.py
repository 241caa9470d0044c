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

# Sentence ends inside a line, found in one pass over the whole text: ``.!?`` plus
# closing quotes or brackets, then white space that stays on its line (the group:
# the gap to the next sentence) before a capital, digit, currency sign, bullet or
# quote. Opening with a character class lets the regex engine skip to the next
# candidate (``[.!?]+`` as the first item would not).
_END = re.compile(r"[.!?][.!?]*[\"'”’)\]]*([^\S\n]+)(?=[\"'“‘(\[]?[A-Z0-9$£€₹¥•])")
# A line trimmed of white space: what is left of it is at least one sentence.
_LINE = re.compile(r"\S(?:[^\n]*\S)?")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence's character span."""

    start: int
    end: int


@lru_cache(maxsize=2)
def _abbreviations(before_number: bool = False) -> frozenset[str]:
    """The abbreviations; with ``before_number``, also those that hold only before a digit (``No. 64``)."""
    data = rules.load("sentences")
    keys = ("abbreviations", "before_numbers") if before_number else ("abbreviations",)
    items = [a for key in keys for a in rules.require(data, key, list, where="rules/sentences.yaml")]
    return frozenset(str(a).casefold() for a in rules.unique(items, where="rules/sentences.yaml"))


@lru_cache(maxsize=1)
def _abbreviation_lasts() -> frozenset[str]:
    """The last characters of the abbreviations: a word ending otherwise (``$5.``) is none of them."""
    return frozenset(a[-1] for a in _abbreviations(True) if a)


def _after_abbreviation(text: str, dot: int, before_number: bool = False) -> bool:
    """Whether the period at ``dot`` ends a known abbreviation (``avg.``, ``e.g.``).

    A unit written after a slash ends its amount, and the sentence with it
    (``$48/hr. Apprentices``), where the same word alone may not (``5 yrs. experience``).

    >>> _after_abbreviation("the avg. pay", 7), _after_abbreviation("pays $5. Then", 7)
    (True, False)
    >>> _after_abbreviation("up to $48/hr. Then", 12), _after_abbreviation("about 5 hrs. Then", 11)
    (False, True)
    >>> _after_abbreviation("Order No. 64", 8, before_number=True), _after_abbreviation("No. The", 2)
    (True, False)
    """
    # casefold works character by character: the word's folded form ends like its last character's
    if text[dot - 1 : dot].casefold()[-1:] not in _abbreviation_lasts():
        return False
    word = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    return word is not None and word.group(1).casefold() in _abbreviations(before_number) \
        and text[word.start() - 1 : word.start()] != "/"


def split_sentences(text: str) -> list[Sentence]:
    """Return sentence spans, trimmed of white space, in text order.

    A text of several lines (a document: several stages split the same one) is
    split once and remembered; a single line is split afresh, so that the many
    lines split one by one never push the document out of the cache.
    """
    return list(_split_document(text) if "\n" in text else _split(text))


def _split(text: str) -> tuple[Sentence, ...]:
    # Each sentence end: its stop, and where the next sentence starts after the gap.
    stops: list[int] = []
    starts: list[int] = []
    for end in _END.finditer(text):
        if text[end.start()] == "." and _after_abbreviation(text, end.start(), text[end.end(1)].isdigit()):
            continue
        stop, start = end.span(1)
        stops.append(stop)
        starts.append(start)
    lines = [line.span() for line in _LINE.finditer(text)]
    if not lines:
        return ()
    line_starts, line_ends = zip(*lines)
    if not stops:
        return tuple(map(Sentence, line_starts, line_ends))
    # Every stop and start lies inside one trimmed line (the punctuation before, a non-space
    # after): within a line, begin < stop < start < stop ... < end. So the k-th sentence runs
    # from the k-th of all begins (line starts and starts) to the k-th of all ends.
    return tuple(map(Sentence, sorted(line_starts + tuple(starts)), sorted(line_ends + tuple(stops))))


_split_document = lru_cache(maxsize=4)(_split)
