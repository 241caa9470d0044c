"""Detect amounts of work experience and seniority words in plain text.

Pure functions over a string; vocabulary lives in ``rules/experience.yaml`` and
``rules/seniority.yaml`` (see the comments there for every decision).

- :func:`find_experience`: numeric amounts of work experience
  (``4-7 years of field experience``, ``(0-3 Years)``, ``at least three years of
  relevant experience``), with their bounds in years.
- :func:`find_seniority`: seniority words mapped to ``entry | junior | mid |
  senior | late``.
- :func:`nearest`: the mention (of any kind) that qualifies a money span.

A number of years alone is only a candidate: it counts when the words around it
say it is work experience, so course lengths, repayment periods, date ranges,
ages and time horizons are left out.

>>> [(e.text, e.min_years, e.max_years) for e in find_experience(
...     "Requires 4+ years of experience; a mid-level engineer with 4-7 years "
...     "of field experience earns more. The program lasts 4 to 6 years of study.")]
[('4+ years of experience', 4.0, None), ('4-7 years of field experience', 4.0, 7.0)]
>>> [(m.text, m.value) for m in find_seniority("Mid-Career (6-11 Years)$98,765")]
[('Mid-Career', 'mid')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache, wraps
from typing import Callable, Iterable, Iterator, Optional, Protocol, Sequence, TypeVar

from .fold import folded, holds_any
from .patterns import trie
from .rules import RuleError, load, require, unique
from .types import Experience, Mention

_SENIORITY_LABELS = ("entry", "junior", "mid", "senior", "late")

# --------------------------------------------------------------------------- small regexes

# words, split where glued text changes from lower to upper case ("SalaryEntry"); an acronym's
# plural is one word ("NQs", "RNs")
_LETTERS = re.compile(r"[A-Z]{2,}s(?![a-z])|[A-Z]+(?![a-z])|[A-Z]?[a-z]+")
_WORD = re.compile(r"[\w'’+/&-]+")
_SPACE_OR_HYPHEN = re.compile(r"[\s-]+")
# a number written with digits: 1-2 digits, optional decimals; not part of a
# longer number, a year (2018), an amount ($40-60,000) or a decimal (7.5)
_DIGITS = r"(?<![\d,$£€¥₹])(?<!\d\.)\d{1,2}(?:\.\d{1,2})?(?![\d,]|\.\d)"
# the first number of an amount does not continue a range of numbers ("2018-28")
_NOT_RANGE_END = r"(?<!\d[-–])"
# a written number may repeat itself in digits: "two (2) years"
_PAREN_DIGITS = r"(?:\s*\(\d{1,2}\))?"
_RANGE_SEP = r"\s*(?P<sep>-|–|—|\bto\b|\band\b)\s*"
_PLUS = r"(?P<plus>\s*\+)?"
_OR_MORE = r"(?P<ormore>\s+or\s+more)?"
_UNIT_GAP = r"(?:\s*-\s*|\s*)"
_POSSESSIVE = r"(?:'s|’s|'|’)?"
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w'’]*)")
# the last word of a stretch (searched in a slice: a word opens after no word character)
_PREV_WORD = re.compile(r"(?<![\w'’])([\w'’]+)[^\w\n]*$")
# the after-window ends at the end of the clause or at the next number
_AFTER_STOP = re.compile(r"[.;!?:()\n,\d]")
# the before-window starts after the last sentence end
_BEFORE_STOP = re.compile(r"[.;!?\n](?=[^.;!?\n]*$)")
# what may stand between a seniority label and its experience amount
_LABEL_GAP = re.compile(r"[\s(:–—-]{0,4}")
# a range connector and a number right after a level word: "NQ–2 PQE" (0 to 2 years)
_OPENS_YEARS_RANGE = re.compile(r"[-–—]\d|[ \t]+to[ \t]+\d")
_CLAUSE_BREAK = re.compile(r"[;,]|\s[–—]\s|—|\b(?:while|whereas|but|although|though)\b", re.I)

# a word starts after a non-word character or at a lower-to-upper case change
# (text extracted from web pages glues words: "ExperiencedMinimum 5 years")
_CAMEL = r"(?-i:(?<=[a-z])(?=[A-Z]))"
_WORD_START = r"(?:(?<!\w)|" + _CAMEL + ")"

# a list item or line that opens with the amount: "• 2-4 years: $61,500"
_LABEL_LINE_START = r"[ \t]*(?:[•*·–—-][ \t]*)?"
# (a remark in brackets may stand before the colon: "• 2-4 years (first roles): $58,700")
_LABEL_LINE_END = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?:")
# a bulleted pay list whose label names a level or title before the amount:
# "• Trainee (0–2 years): S$3,850", "• Payroll lead, 7+ years: RM14k", "• Senior / principal (11+ years): £96k"
_LABEL_BEFORE = re.compile(r"[ \t]*[•*·][ \t]*(?:[A-Za-z][\w'’.-]*[ \t]*[,/]?[ \t]*){0,4}\(?")
# ... and after the amount at most three words (maybe then a remark in brackets), then a colon and
# a value with a digit ("• 2–6 years post-qualification: about R840 000", "• 1-3 years behind the wheel: $57,000")
_LABEL_AFTER = re.compile(r"\)?(?P<words>(?:[ \t]+[A-Za-z][\w'’-]*){0,3})(?:[ \t]*\([^()\n]{1,30}\))?"
                          r"[ \t]*:[^\n\d]{0,24}\d")

_WINDOW = 120  # characters looked at on each side of a candidate
_SHORT = 1000  # texts shorter than this (labels, windows) get a large result cache
_REACH = 60  # characters a number + qualifier may span before its unit


def _alternation(phrases: Iterable[str]) -> str:
    """Regex alternation of literal phrases, longest first, any white space between words.

    A phrase opening with a letter or digit starts a word (:data:`_WORD_START`); one
    ending with a letter or digit is not followed by a lower-case letter. The
    phrases are shaped as a trie (:func:`_phrase_trie`) when they allow it.
    """
    phrases = set(phrases)
    if phrases and all(_trie_ready(phrase) for phrase in phrases):
        return _phrase_trie(phrases)
    parts = []
    for phrase in sorted(phrases, key=lambda p: (-len(p), p)):
        body = r"\s+".join(re.escape(word) for word in phrase.split())
        parts.append(_head(phrase[0]) + body + _tail(phrase[-1]))
    return "|".join(parts)


def _head(first: str) -> str:
    return _WORD_START if first.isalnum() else ""


def _tail(last: str) -> str:
    return r"(?-i:(?![a-z]))" if last.isalnum() else ""


def _trie_ready(phrase: str) -> bool:
    """Single spaces between words and no character with case variants but lower-case ASCII:
    two phrases then never match the same text unless one is the start of the other."""
    return phrase == " ".join(phrase.split()) and all(
        (c.isascii() and not c.isupper()) or c.lower() == c == c.upper() for c in phrase)


def _phrase_trie(phrases: Iterable[str]) -> str:
    """:func:`_alternation` of :func:`_trie_ready` phrases, shaped as a trie (:func:`extract.patterns.trie`).

    At a position the regex engine then follows only the phrases that go on with
    the text's next character instead of trying every phrase in turn (much
    faster with ``re.IGNORECASE``). Of the phrases matching at one position,
    each is the start of the longer ones; the trie tries a longer one before a
    shorter one, so it matches (and backtracks) as the alternation longest first.

    >>> _phrase_trie(["mo", "min.", "min"]) == _WORD_START + r"m(?:in(?:\.|(?-i:(?![a-z])))|o(?-i:(?![a-z])))"
    True
    """
    return trie(phrases, blank=r"\s+", head=_head, tail=_tail)


def _literals(phrases: Iterable[str]) -> str:
    """Bare alternation of literal phrases, longest first (word edges checked by :func:`_edges`).

    Without look-arounds in front, the regex engine scans for the first letters
    quickly; a pattern opening with a look-behind is tried at every position.
    """
    return "|".join(
        r"[\s-]+".join(re.escape(word) for word in _SPACE_OR_HYPHEN.split(phrase.strip()))
        for phrase in sorted(set(phrases), key=lambda p: (-len(p), p))
    )


def _edges(text: str, start: int, end: int, *, joiners: str) -> bool:
    """True when ``text[start:end]`` is a whole word: not glued to letters or ``joiners``.

    A lower-to-upper case change counts as a word edge ("SalaryEntry-Level").
    """
    if start > 0:
        prev = text[start - 1]
        if (prev.isalpha() or prev == "_" or prev in joiners) and not (prev.islower() and text[start].isupper()):
            return False
    if end < len(text):
        nxt = text[end]
        if (nxt.isalpha() or nxt == "_" or nxt in joiners) and not (text[end - 1].islower() and nxt.isupper()):
            return False
    return True


_Found = TypeVar("_Found")


def _cached_by_text(find: Callable[[str], list[_Found]]) -> Callable[[str], list[_Found]]:
    """``find`` with its results remembered per text.

    Two stages read each document, and labels and windows repeat across
    documents. The found records are frozen; every caller gets a list of its own.
    """
    short = lru_cache(maxsize=4096)(lambda text: tuple(find(text)))
    long = lru_cache(maxsize=4)(lambda text: tuple(find(text)))

    @wraps(find)
    def cached(text: str) -> list[_Found]:
        return list((short if len(text) < _SHORT else long)(text))

    return cached


# Case-insensitive search on the lower-case twin of the text (experience and seniority read the same document).
_folded = lru_cache(maxsize=4)(folded)


def _by_first_letter(words: Iterable[str]) -> Optional[tuple[re.Pattern[str], ...]]:
    """Patterns for :func:`_folded` text, one :func:`extract.patterns.trie` per first letter.

    None when a word is not ASCII or not one word (white space or a hyphen in it).
    A pattern that opens with one literal character is searched for with a tight
    loop; one alternation of many words stops at every one of their first letters.
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        if not word.isascii() or _SPACE_OR_HYPHEN.search(word):
            return None
        groups.setdefault(word[0].lower(), []).append(word.lower())
    return tuple(re.compile(trie(group)) for _, group in sorted(groups.items()))


def _leftmost_longest(patterns: Sequence[re.Pattern[str]], text: str) -> Iterator[re.Match[str]]:
    """The matches ``finditer`` of the alternation of ``patterns`` would give.

    Assumes patterns of non-empty words that cannot match at the same position
    (:func:`_by_first_letter`): left to right, each match starting at or after
    the end of the previous one.

    >>> [m.group() for m in _leftmost_longest(_by_first_letter(["mo", "month", "yr"]), "5 months 2yr mo")]
    ['month', 'yr', 'mo']
    """
    nxt = [pattern.search(text) for pattern in patterns]
    pos = 0
    while True:
        best: Optional[re.Match[str]] = None
        for k, match in enumerate(nxt):
            if match is not None and match.start() < pos:
                match = nxt[k] = patterns[k].search(text, pos)
            if match is not None and (best is None or match.start() < best.start()):
                best = match
        if best is None:
            return
        yield best
        pos = best.end()


# --------------------------------------------------------------------------- rules: experience


@dataclass(frozen=True, slots=True)
class _ExperienceRules:
    candidate: re.Pattern[str]
    # after a candidate: a range connector and a number with its own unit ("6 months| to 2 years")
    range_rest: re.Pattern[str]
    candidate_start: re.Pattern[str]  # where a candidate may start (a necessary condition)
    unit: re.Pattern[str]
    folded_unit: Optional[tuple[re.Pattern[str], ...]]  # ``unit`` for :func:`_folded` text, by first letter
    unit_scale: dict[str, float]
    numbers: dict[str, float]
    zero_words: frozenset[str]  # "NQ" of "NQ-2 PQE": zero years, only before a range connector
    articles: frozenset[str]
    lower: frozenset[str]
    upper: frozenset[str]
    range_intro: frozenset[str]
    open_after: re.Pattern[str]  # "+", "or more" (open above) and "or less" (group "below")
    cue_after: re.Pattern[str]
    cue_context: re.Pattern[str]
    stop_after: re.Pattern[str]
    cue_before: re.Pattern[str]
    stops_before: frozenset[str]
    cues_right_before: frozenset[str]
    stop_without_cue: re.Pattern[str]
    cue_paren: re.Pattern[str]
    label_line: re.Pattern[str]
    between: frozenset[str]
    max_words_after: int
    max_words_before: int
    self_cued: frozenset[str]  # units that mean "years of experience" ("YOE")
    cue_right_after: re.Pattern[str]  # "3 years as chef"
    requirement_openers: frozenset[str]  # "At least two years at ..." opening a sentence
    unit_label: Optional[re.Pattern[str]]  # "YOE: 3": a self-cued unit labelling a bare number
    # the first words of the self-cued units, to look for in :func:`_folded` text (None: not ASCII)
    folded_self_cued: Optional[tuple[str, ...]]
    age_marker: re.Pattern[str]  # labels of an age list ("21 and older")
    not_in_parentheses_after: frozenset[str]  # "Diploma (3 years)": the length of the thing named
    reached_before: re.Pattern[str]  # "Once they have 9 months": the amount reached, open above


def _phrases(data: dict, key: str, *, where: str) -> list[str]:
    items = require(data, key, list, where=where)
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise RuleError(f"{where}: {key!r} entries must be non-empty strings, got {item!r}")
    return unique([item.casefold() for item in items], where=f"{where}:{key}")


def _norm(phrase: str) -> str:
    return " ".join(phrase.casefold().split())


def _starts(phrases: Iterable[str]) -> re.Pattern[str]:
    """Where a candidate may start: before a digit or the first word of a phrase (zero width).

    Mirrors how :func:`_alternation` opens a phrase (at a word start when the
    phrase opens with a letter or digit, a word edge after its first word when
    that ends with a letter or digit) and how a number opens (:data:`_DIGITS`);
    the candidate pattern then only runs there. The words are tested as a
    :func:`extract.patterns.trie`: each character once, not once per word.

    >>> [m.start() for m in _starts(["a", "at least"]).finditer("a 2, $54,321 at average 7.5")]
    [0, 13, 24]
    """
    at_word = {p.split()[0] for p in phrases if p[0].isalnum()}
    anywhere = {p.split()[0] for p in phrases if not p[0].isalnum()}
    # a digit only where a number of the candidate may open (not inside "$54,321" or "2018");
    # "(?=\d)" first: at most positions the test fails there, before the look-behinds run
    parts = [r"(?=\d)(?=" + _NOT_RANGE_END + _DIGITS + ")"]
    for words, head in ((at_word, _WORD_START), (anywhere, "")):
        # a first word ending with a letter or digit ends at a word edge: "a" does not open "average"
        edged = {w for w in words if w[-1].isalnum()}
        for group, tail in ((edged, r"(?![a-z])"), (words - edged, "")):
            if group:
                parts.append(head + "(?=(?i:" + trie(group) + ")" + tail + ")")
    return re.compile("|".join(parts))


@lru_cache(maxsize=1)
def _experience_rules() -> _ExperienceRules:
    where = "rules/experience.yaml"
    data = load("experience")
    if not isinstance(data, dict):
        raise RuleError(f"{where}: top level must be a mapping")
    units = require(data, "units", dict, where=where)
    scale_of = {"year": 1.0, "month": 1.0 / 12.0}
    if set(units) - set(scale_of):
        raise RuleError(f"{where}: unknown unit kinds {sorted(set(units) - set(scale_of))}")
    unit_scale: dict[str, float] = {}
    for kind, words in units.items():
        for word in _phrases(units, kind, where=f"{where}:units"):
            if word in unit_scale:
                raise RuleError(f"{where}: unit {word!r} listed twice")
            unit_scale[word] = scale_of[kind]
    raw_numbers = require(data, "number_words", dict, where=where)
    numbers: dict[str, float] = {}
    for word, value in raw_numbers.items():
        if not isinstance(value, (int, float)) or isinstance(value, bool) or value <= 0:
            raise RuleError(f"{where}: number_words[{word!r}] must be a positive number")
        numbers[str(word).casefold()] = float(value)
    articles = _phrases(data, "article_numbers", where=where)
    quals = require(data, "qualifiers", dict, where=where)
    lower = _phrases(quals, "lower", where=f"{where}:qualifiers")
    upper = _phrases(quals, "upper", where=f"{where}:qualifiers")
    approx = _phrases(quals, "approx", where=f"{where}:qualifiers")
    intro = _phrases(quals, "range_intro", where=f"{where}:qualifiers")
    unique(lower + upper + approx + intro, where=f"{where}:qualifiers")
    max_after = require(data, "max_words_after", int, where=where)
    max_before = require(data, "max_words_before", int, where=where)

    between = _phrases(data, "words_before_unit", where=where)
    self_cued = [_norm(u) for u in _phrases(data, "self_cued_units", where=where)]
    if set(self_cued) - set(unit_scale):
        raise RuleError(f"{where}: self_cued_units {sorted(set(self_cued) - set(unit_scale))} are not units")
    openers = _phrases(data, "requirement_openers", where=where)
    if {_norm(q) for q in openers} - {_norm(q) for q in lower}:
        raise RuleError(f"{where}: requirement_openers must be lower qualifiers")
    zero_words = _phrases(data, "zero_words", where=where)
    starters = [*lower, *upper, *approx, *intro, *numbers, *articles, *zero_words]
    number = "(?:" + _DIGITS + "|(?<!\\w)(?:" + _alternation(numbers) + ")" + _PAREN_DIGITS + ")"
    article = "(?:" + _alternation(articles) + ")"
    # a zero word opens only a range: "NQ-2 PQE", not "NQ salaries"
    zero = "(?:" + _alternation(zero_words) + ")(?=" + _RANGE_SEP.replace("?P<sep>", "?:") + number + ")"
    unit = r"(?:" + _alternation(unit_scale) + r")(?!\w)"
    candidate = re.compile(
        r"(?P<qual>(?:" + _alternation(lower + upper + approx + intro) + r")\s*)?"
        r"(?P<a>" + _NOT_RANGE_END + number + "|" + article + "|" + zero + ")"
        # the low end may carry its own unit ("6 months to 2 years", "1 year to 3 years")
        r"(?:(?:" + _UNIT_GAP + r"(?P<unit_a>" + unit + r"))?" + _RANGE_SEP + r"(?P<b>" + number + r"))?"
        + _PLUS + _OR_MORE
        + r"(?:\s+(?:" + _alternation(between) + r"))?" + _UNIT_GAP
        + r"(?P<unit>" + _alternation(unit_scale) + r")(?!\w)" + _POSSESSIVE,
        re.IGNORECASE,
    )
    return _ExperienceRules(
        candidate=candidate,
        range_rest=re.compile(_RANGE_SEP + number + _UNIT_GAP + unit, re.IGNORECASE),
        candidate_start=_starts(starters),
        unit=re.compile(_literals(unit_scale), re.IGNORECASE),
        folded_unit=_by_first_letter(unit_scale),
        unit_scale=unit_scale,
        numbers=numbers,
        zero_words=frozenset(_norm(w) for w in zero_words),
        articles=frozenset(articles),
        lower=frozenset(_norm(q) for q in lower),
        upper=frozenset(_norm(q) for q in upper),
        range_intro=frozenset(_norm(q) for q in intro),
        open_after=re.compile(
            r"\s*(?:\+|(?P<below>" + _alternation(_phrases(data, "open_below_after", where=where)) + ")|(?:"
            + _alternation(_phrases(data, "open_above_after", where=where)) + "))",
            re.IGNORECASE,
        ),
        cue_after=re.compile(_alternation(_phrases(data, "cues_after", where=where)), re.IGNORECASE),
        cue_context=re.compile(
            _alternation(_phrases(data, "cues_after_context", where=where)), re.IGNORECASE
        ),
        stop_after=re.compile(_alternation(_phrases(data, "stops_after", where=where)), re.IGNORECASE),
        cue_before=re.compile(_alternation(_phrases(data, "cues_before", where=where)), re.IGNORECASE),
        stops_before=frozenset(_phrases(data, "stops_before", where=where)),
        cues_right_before=frozenset(_phrases(data, "cues_right_before", where=where)),
        stop_without_cue=re.compile(
            r"[ \t]+(?:" + _alternation(_phrases(data, "stops_after_without_cue", where=where)) + ")",
            re.IGNORECASE,
        ),
        cue_paren=re.compile(
            r"[ \t]*\((?:" + _alternation(_phrases(data, "cues_in_parentheses", where=where)) + r")\)",
            re.IGNORECASE,
        ),
        label_line=re.compile(_LABEL_LINE_START),
        between=frozenset(between),
        max_words_after=max_after,
        max_words_before=max_before,
        self_cued=frozenset(self_cued),
        cue_right_after=re.compile(
            r"[ \t]+(?:" + _alternation(_phrases(data, "cues_right_after", where=where)) + r")[ \t]",
            re.IGNORECASE,
        ),
        requirement_openers=frozenset(_norm(q) for q in openers),
        unit_label=(
            re.compile(
                r"(?<!\w)(?:" + _alternation(self_cued) + r")[ \t]*[:=]?[ \t]*"
                r"(?P<a>\d{1,2}(?:\.\d)?)(?![\d.,])(?:[ \t]*[-–][ \t]*(?P<b>\d{1,2}(?:\.\d)?)(?![\d.,]))?(?P<plus>[ \t]*\+)?",
                re.IGNORECASE,
            )
            if self_cued
            else None
        ),
        folded_self_cued=(tuple(sorted({u.split()[0] for u in self_cued}))
                          if all(u.isascii() for u in self_cued) else None),
        age_marker=re.compile(_alternation(_phrases(data, "age_markers", where=where)), re.IGNORECASE),
        not_in_parentheses_after=frozenset(_norm(w) for w in _phrases(data, "not_in_parentheses_after", where=where)),
        reached_before=_reached_before(data, where=where),
    )


def _reached_before(data: dict, *, where: str) -> re.Pattern[str]:
    """The opener (and optional subject + verb) right before an amount reached: "once they have "."""
    reached = require(data, "reached", dict, where=where)
    openers = _phrases(reached, "openers", where=f"{where}:reached")
    verbs = _phrases(reached, "verbs", where=f"{where}:reached")
    return re.compile(
        r"(?<![\w'’])(?:" + _alternation(openers) + r")(?:[ \t]+[\w'’-]+)?[ \t]+(?:" + _alternation(verbs)
        + r")[ \t]+\Z",
        re.IGNORECASE,
    )


# --------------------------------------------------------------------------- rules: seniority


@dataclass(frozen=True, slots=True)
class _SeniorityTerm:
    value: str
    requires_next: Optional[frozenset[str]]
    next_words: int
    exclude_next: frozenset[str]
    exclude_prev: frozenset[str]


@dataclass(frozen=True, slots=True)
class _SeniorityRules:
    pattern: re.Pattern[str]
    first_words: frozenset[str]
    # ``first_words`` in :func:`_folded` text, one pattern per first letter (None: not ASCII)
    folded_first_words: Optional[tuple[re.Pattern[str], ...]]
    # where a one-letter first word ("s" of "sênior") may stand, in the text itself (None: there is none)
    one_letter_words: Optional[re.Pattern[str]]
    terms: dict[str, _SeniorityTerm]
    label_terms: dict[str, str]
    coded_label_terms: dict[str, str]  # count only before a parenthesised level code or years: "Staff (L6)"


def _word_set(term: dict, key: str, lists: dict[str, list[str]], *, where: str) -> frozenset[str]:
    words: set[str] = set()
    for item in term.get(key, []):
        if not isinstance(item, str):
            raise RuleError(f"{where}: {key} entries must be strings, got {item!r}")
        if item.startswith("@"):
            if item[1:] not in lists:
                raise RuleError(f"{where}: unknown word list {item!r}")
            words.update(lists[item[1:]])
        else:
            words.add(item.casefold())
    return frozenset(words)


def _positive_int(value: object, *, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise RuleError(f"{where}: next_words must be a positive integer, got {value!r}")
    return value


@lru_cache(maxsize=1)
def _seniority_rules() -> _SeniorityRules:
    where = "rules/seniority.yaml"
    data = load("seniority")
    if not isinstance(data, dict):
        raise RuleError(f"{where}: top level must be a mapping")
    labels = require(data, "labels", list, where=where)
    if tuple(labels) != _SENIORITY_LABELS:
        raise RuleError(f"{where}: labels must be {list(_SENIORITY_LABELS)}, got {labels}")
    lists = {
        name: _phrases(data["word_lists"], name, where=f"{where}:word_lists")
        for name in require(data, "word_lists", dict, where=where)
    }
    terms: dict[str, _SeniorityTerm] = {}
    for term in require(data, "terms", list, where=where):
        if not isinstance(term, dict) or not isinstance(term.get("phrase"), str):
            raise RuleError(f"{where}: every term needs a string 'phrase', got {term!r}")
        unknown = set(term) - {"phrase", "value", "requires_next", "next_words", "exclude_next", "exclude_prev"}
        if unknown:
            raise RuleError(f"{where}: term {term['phrase']!r} has unknown keys {sorted(unknown)}")
        if term.get("value") not in _SENIORITY_LABELS:
            raise RuleError(f"{where}: term {term['phrase']!r} has unknown value {term.get('value')!r}")
        key = _SPACE_OR_HYPHEN.sub(" ", term["phrase"].casefold()).strip()
        if key in terms:
            raise RuleError(f"{where}: duplicate phrase {term['phrase']!r}")
        terms[key] = _SeniorityTerm(
            value=term["value"],
            requires_next=(
                _word_set(term, "requires_next", lists, where=where) if "requires_next" in term else None
            ),
            next_words=_positive_int(term.get("next_words", 1), where=f"{where}: {term['phrase']!r}"),
            exclude_next=_word_set(term, "exclude_next", lists, where=where),
            exclude_prev=_word_set(term, "exclude_prev", lists, where=where),
        )
    pattern = re.compile(_literals(terms), re.IGNORECASE)
    first_words = frozenset(_LETTERS.match(key).group() for key in terms)  # type: ignore[union-attr]
    label_terms: dict[str, str] = {}
    coded_label_terms: dict[str, str] = {}
    for group, into in (("label_terms", label_terms), ("coded_label_terms", coded_label_terms)):
        for phrase, value in require(data, group, dict, where=where).items():
            key = _SPACE_OR_HYPHEN.sub(" ", str(phrase).casefold()).strip()
            if value not in _SENIORITY_LABELS:
                raise RuleError(f"{where}: {group}[{phrase!r}] has unknown value {value!r}")
            if key in label_terms or key in coded_label_terms or (key in terms and terms[key].value != value):
                raise RuleError(f"{where}: {group}[{phrase!r}] duplicates or contradicts a phrase")
            into[key] = value
    return _SeniorityRules(
        pattern=pattern,
        first_words=first_words,
        folded_first_words=_by_first_letter(w for w in first_words if len(w) > 1),
        one_letter_words=_one_letter_words(w for w in first_words if len(w) == 1),
        terms=terms,
        label_terms=label_terms,
        coded_label_terms=coded_label_terms,
    )


# --------------------------------------------------------------------------- seniority

# where _LETTERS.finditer starts a word: after a non-letter, at a lower-to-upper
# change, or at the last capital of a run that goes on in lower case ("HTMLParser")
_LETTERS_START = re.compile(r"(?<![A-Za-z])|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def _one_letter_words(letters: Iterable[str]) -> Optional[re.Pattern[str]]:
    """Where one of the (lower-case ASCII) ``letters`` may be a whole ``_LETTERS`` word.

    No lower-case letter follows it, and it opens a word (:data:`_LETTERS_START`;
    the third way needs a lower-case letter after it). The pattern opens with the
    letter, so that the regex engine skips to it; what precedes it is checked behind it.

    >>> [m.start() for m in _one_letter_words("s").finditer("Example's pay, sS, xS, Sx, ss")]
    [8, 15, 16, 20]
    """
    lower = "".join(sorted(set(letters)))
    if not lower:
        return None
    both = lower + lower.upper()
    return re.compile(f"[{both}](?:(?<![A-Za-z][{both}])|(?<=[a-z][{lower.upper()}]))(?![a-z])")


def _phrase_starts(text: str, rules: _SeniorityRules) -> Iterator[int]:
    """Starts of the ``_LETTERS`` words of ``text`` that may open a seniority phrase, in order.

    The same offsets as ``[w.start() for w in _LETTERS.finditer(text) if
    w.group().casefold() in rules.first_words]``, without a Python step per word:
    the (rare) first words are searched in the folded text (a one-letter word in
    the text itself: a letter is not rare), then checked.

    >>> list(_phrase_starts("SalarySenior Lead, SENIORs, unseasoned", _seniority_rules()))
    [6, 13]
    """
    if rules.folded_first_words is None:
        yield from (w.start() for w in _LETTERS.finditer(text) if w.group().casefold() in rules.first_words)
        return
    folded = _folded(text)
    hits: set[int] = set()
    for pattern in rules.folded_first_words:
        hit = pattern.search(folded)
        while hit is not None:
            hits.add(hit.start())
            hit = pattern.search(folded, hit.start() + 1)  # words may overlap
    if rules.one_letter_words is not None:
        hits.update(m.start() for m in rules.one_letter_words.finditer(text))
    for at in sorted(hits):
        if _LETTERS_START.match(text, at) is not None:
            word = _LETTERS.match(text, at)
            if word is not None and word.group().casefold() in rules.first_words:
                yield at


def _next_word(text: str, pos: int) -> Optional[str]:
    match = _NEXT_WORD.match(text, pos)
    return match.group(1).casefold().replace("’", "'") if match else None


def _next_words(text: str, pos: int, n: int) -> list[str]:
    words: list[str] = []
    while len(words) < n:
        match = _NEXT_WORD.match(text, pos)
        if match is None:
            break
        words.append(match.group(1).casefold().replace("’", "'"))
        pos = match.end()
    return words


def _prev_word(text: str, pos: int) -> Optional[str]:
    """The last word in the 40 characters before ``pos``, before nothing but spaces and punctuation on its line.

    >>> _prev_word("at least 5 (five) years", 18), _prev_word("a\\n", 2), _prev_word("2\\n ", 4)
    ('five', 'a', None)
    """
    match = _PREV_WORD.search(text[max(0, pos - 40) : pos])
    return match.group(1).casefold().replace("’", "'") if match else None


def _prev_excluded(word: Optional[str], excluded: frozenset[str]) -> bool:
    if word is None:
        return False
    return word in excluded or ("'" in word and "'" + word.rsplit("'", 1)[1] in excluded)


@_cached_by_text
def find_seniority(text: str) -> list[Mention]:
    """Seniority words in ``text`` (kind ``"seniority"``), in document order.

    >>> [(m.text, m.value) for m in find_seniority(
    ...     "The average entry-level starting salary is $82,941; a Senior ML engineer earns more.")]
    [('entry-level', 'entry'), ('starting', 'entry'), ('Senior', 'senior')]
    >>> find_seniority("Starting out in one of these roles helps; graduate school is optional.")
    []
    >>> [(m.text, m.value) for m in find_seniority("Experienced (12-18 Years) and Lead Engineer")]
    [('Experienced', 'senior'), ('Lead', 'senior')]
    >>> [(m.text, m.value) for m in find_seniority("• Intermediate (4-6 years): $90k\\n• Lead time: 2 weeks")]
    [('Intermediate', 'mid')]
    """
    rules = _seniority_rules()
    found: list[Mention] = []
    if "•" in text:
        found = [m for m in _item_label_seniority(text) if m is not None]
        if found:
            return sorted([*found, *(m for m in _running_seniority(text, rules)
                                      if not any(f.start < m.end and m.start < f.end for f in found))],
                          key=lambda m: m.start)
    return _running_seniority(text, rules)


# A list item opened by a short label and a colon ("• Intermediate (4-6 years): $78,000"): the label
# is read as a whole table label is.
# The scan starts at the bullet, a literal, so that it skips fast; the line start is checked after.
_ITEM_LABEL = re.compile(r"•[ \t]*(?P<label>[A-Z][\w -]{0,24}(?:[ ]\([^()\n]{1,30}\))?):")
_LINE_OPENING = re.compile(r"(?:\A|\n)[ \t]*\Z")


def _item_label_seniority(text: str) -> Iterator[Optional[Mention]]:
    """The seniority each list item's label names as a whole, offsets into ``text``."""
    for m in _ITEM_LABEL.finditer(text):
        if not _LINE_OPENING.search(text, max(0, m.start() - 8), m.start()):
            continue
        hit = find_label_seniority(m.group("label"))
        if hit is not None:
            base = m.start("label")
            yield Mention(base + hit.start, base + hit.end, hit.text, hit.value, "seniority", rule=hit.rule)


def _running_seniority(text: str, rules: "_SeniorityRules") -> list[Mention]:
    """Seniority phrases of running text, in document order."""
    found: list[Mention] = []
    # a cheap pass over words finds where a phrase may start; the phrase pattern
    # then only runs there
    for start in _phrase_starts(text, rules):
        match = rules.pattern.match(text, start)
        if match is None or not _edges(text, match.start(), match.end(), joiners="-0123456789"):
            continue
        key = _SPACE_OR_HYPHEN.sub(" ", match.group().casefold())
        term = rules.terms[key]
        nxt = _next_word(text, match.end())
        if term.requires_next is not None and not any(
            word in term.requires_next for word in _next_words(text, match.end(), term.next_words)
        ):
            continue
        if nxt is not None and nxt in term.exclude_next:
            continue
        if term.exclude_prev and _prev_excluded(_prev_word(text, match.start()), term.exclude_prev):
            continue
        if _OPENS_YEARS_RANGE.match(text, match.end()) is not None:
            continue  # "NQ–2 PQE": the low end of a range of years, not the level of the amount
        if found and match.start() < found[-1].end:
            continue  # inside a longer phrase found before ("new graduates")
        found.append(
            Mention(match.start(), match.end(), match.group(), term.value, "seniority", rule=f"seniority:{key}")
        )
    return found


# --------------------------------------------------------------------------- experience


def _number(token: str, rules: _ExperienceRules) -> float:
    token = token.strip()
    paren = token.find("(")
    if paren > 0:  # "two (2)": the word decides
        token = token[:paren].strip()
    word = token.casefold()
    if word in rules.articles:
        return 1.0
    if word in rules.numbers:
        return rules.numbers[word]
    if word in rules.zero_words:
        return 0.0
    return float(token)


def _after_cue(text: str, pos: int, rules: _ExperienceRules) -> tuple[Optional[int], bool]:
    """End of the experience cue after ``pos`` (None when none) and whether a stop word came first."""
    limit = min(len(text), pos + _WINDOW)
    stop = _AFTER_STOP.search(text, pos, limit)
    if stop is not None:
        limit = stop.start()
    words = 0
    for word in _WORD.finditer(text, pos, limit):
        words += 1
        if words > rules.max_words_after:
            limit = word.start()
            break
    head = rules.cue_after.search(text, pos, limit)
    bad = rules.stop_after.search(text, pos, head.start() if head is not None else limit)
    if bad is not None:
        return None, True
    cue = head if head is not None else rules.cue_context.search(text, pos, limit)
    return (cue.end() if cue is not None else None), False


def _before_window(text: str, pos: int, rules: _ExperienceRules) -> int:
    """Start of the last ``max_words_before`` words before ``pos`` in its sentence."""
    lo = max(0, pos - _WINDOW)
    sentence = _BEFORE_STOP.search(text, lo, pos)
    if sentence is not None:
        lo = sentence.end()
    words = list(_WORD.finditer(text, lo, pos))[-rules.max_words_before :]
    return words[0].start() if words else pos


def _before_cue(text: str, lo: int, pos: int, rules: _ExperienceRules) -> bool:
    if lo < pos and rules.cue_before.search(text, lo, pos) is not None:
        return True
    return _prev_word(text, pos) in rules.cues_right_before


def _stopped_before(text: str, pos: int, rules: _ExperienceRules) -> bool:
    word = _prev_word(text, pos)
    return word is not None and word in rules.stops_before and "\n" not in text[pos - len(word) - 2 : pos].strip()


def _opens_label_line(text: str, start: int, end: int, rules: _ExperienceRules) -> bool:
    """True when the amount is the label of its line: only a bullet before it, a colon after.

    >>> rules = _experience_rules()
    >>> _opens_label_line("x\\n• 1-4 years: $9", 4, 13, rules)
    True
    >>> _opens_label_line("pay after 1-4 years: $9", 10, 19, rules)
    False
    """
    line_start = text.rfind("\n", 0, start) + 1
    return (rules.label_line.fullmatch(text, line_start, start) is not None
            and _LABEL_LINE_END.match(text, end) is not None)


def _in_list_label(text: str, start: int, end: int) -> Optional[int]:
    """Where the label ends when the amount stands in the label of a bulleted pay line
    (a value with a digit follows the colon): after the words that follow the amount.

    >>> _in_list_label("• Trainee (0–2 years): S$3,850", 11, 20)
    20
    >>> _in_list_label("• 2–6 years post-training: R815 000", 2, 11)
    25
    >>> _in_list_label("• Loan term, 5 years: none", 13, 20), _in_list_label("Pay rose after 1-4 years: $5", 15, 24)
    (None, None)
    """
    line_start = text.rfind("\n", 0, start) + 1
    if _LABEL_BEFORE.fullmatch(text, line_start, start) is None:
        return None
    after = _LABEL_AFTER.match(text, end)
    if after is None:
        return None
    if len(after.group("words").split()) > 2 and _HAS_LETTER.search(text, line_start, start):
        return None  # three words after it only when the amount opens the item ("• 1-3 years behind the wheel:")
    return after.end("words") if after.group("words") else end


_HAS_LETTER = re.compile(r"[A-Za-z]")


def _labelled(lo: int, pos: int, label_ends: list[int], text: str) -> Optional[str]:
    """How a seniority word before ``pos`` marks the amount as experience, if it does.

    ``"label"`` when it ends right before ("Entry Level (0-3 Years)"),
    ``"seniority"`` when it ends in the window ``[lo, pos)`` ("Senior engineers
    with 10+ years"), else None.
    """
    i = bisect_left(label_ends, pos + 1) - 1
    if i < 0:
        return None
    if _LABEL_GAP.fullmatch(text, label_ends[i], pos) is not None:
        return "label"
    return "seniority" if label_ends[i] > lo else None


def _bounds(match: re.Match[str], opened: str, rules: _ExperienceRules) -> Optional[tuple[Optional[float], Optional[float]]]:
    """(min, max) in years; ``opened`` is the side a tail after the unit leaves open: "above", "below" or ""."""
    scale = rules.unit_scale[match.group("unit").casefold()]
    qual = _norm(match.group("qual") or "")
    unit_a = match.group("unit_a")
    low = _number(match.group("a"), rules) * (rules.unit_scale[unit_a.casefold()] if unit_a else scale)
    high: Optional[float] = low
    if match.group("b") is not None:
        high = _number(match.group("b"), rules) * scale
        if high < low:
            return None
        if match.group("sep").casefold() == "and" and qual not in rules.range_intro:
            return None
    open_above = opened == "above" or bool(match.group("plus")) or bool(match.group("ormore"))
    if open_above or (qual in rules.lower and match.group("b") is None):
        high = None
    elif opened == "below" and match.group("b") is None:
        low = None  # "2 years or less"
    elif qual in rules.upper:
        low = None if match.group("b") is None else low
    if qual in rules.range_intro and match.group("b") is None:
        return None
    return (None if low is None else round(low, 2)), (None if high is None else round(high, 2))


def _units(text: str, rules: _ExperienceRules) -> Iterator[re.Match[str]]:
    """``rules.unit.finditer(text)``, searched in the folded text when the units allow."""
    if rules.folded_unit is None:
        return rules.unit.finditer(text)
    return _leftmost_longest(rules.folded_unit, _folded(text))


def _ending_at(text: str, lo: int, unit_end: int, rules: _ExperienceRules) -> Optional[re.Match[str]]:
    """The first match of ``rules.candidate.finditer(text, lo, unit_end + 2)`` whose unit ends at ``unit_end``.

    Same matches as that loop, but the pattern is only tried where
    ``rules.candidate_start`` says a candidate may start.
    """
    stop = unit_end + 2
    pos = lo
    for start in rules.candidate_start.finditer(text, lo, stop):
        if start.start() < pos:
            continue  # inside the previous match
        match = rules.candidate.match(text, start.start(), stop)
        if match is None:
            continue
        if match.end("unit") == unit_end:
            return match
        pos = match.end()
    return None


def _candidates(text: str, rules: _ExperienceRules) -> Iterator[re.Match[str]]:
    """Number + unit matches, found from the (rare) unit words backwards.

    Running the full candidate pattern at every position of a long document is
    slow (it opens with long alternations); units are few, so the pattern only
    runs on the short stretch before each unit and must end on that unit.
    """
    done = 0
    for unit in _units(text, rules):
        if not _edges(text, unit.start(), unit.end(), joiners=""):
            continue
        before = _prev_word(text, unit.start())  # the number, or "more" of "3 or more years"
        if before is None or not (
            before[-1].isdigit() or before in rules.numbers or before in rules.articles or before in rules.between
        ):
            continue
        best = _ending_at(text, max(done, unit.start() - _REACH), unit.end(), rules)
        if best is not None:
            rest = rules.range_rest.match(text, best.end()) if best.group("b") is None else None
            if rest is not None and (
                rest.group("sep").casefold() != "and" or _norm(best.group("qual") or "") in rules.range_intro
            ):
                continue  # "6 months| to 2 years": the low end of a range read at the next unit
            done = best.end()
            yield best


def names_a_unit(text: str) -> bool:
    """Does ``text`` hold an experience unit (``years``, ``mos``)? Every experience record ends on one.

    A cheap exact pre-test: a table row or label without one need not be read
    by :func:`find_experience` or :func:`find_label_experience`.

    >>> names_a_unit("Senior (5+ Yrs)"), names_a_unit("Berlin $80,000")
    (True, False)
    """
    return _experience_rules().unit.search(text) is not None


# An amount right before "a year"/"a month": the article is a pay period's ("$5,000 a month",
# "12 lakh a year", "41 000 kr a month"): a number, maybe followed by a magnitude or currency
# written as a short word or a sign.
_AMOUNT_BEFORE = re.compile(r"\d(?:[ \t]?(?:[^\W\d_]{1,8}\.?|[^\w\s]{1,2}))?[ \t]+\Z")


@_cached_by_text
def find_experience(text: str) -> list[Experience]:
    """Numeric amounts of work experience in ``text``, sorted, non-overlapping.

    ``min_years``/``max_years`` are in years (months are divided by 12); an open
    bound is None (``20+ years``: 20 and None; ``up to 2 years``: None and 2).

    >>> [(e.text, e.min_years, e.max_years) for e in find_experience(
    ...     "Entry Level (0-3 Years)$63,500\\nLate-Career (25+ Years)$142,000")]
    [('(0-3 Years)', 0.0, 3.0), ('(25+ Years)', 25.0, None)]
    >>> [(e.text, e.min_years, e.max_years) for e in find_experience(
    ...     "a veteran welder with 17 years of field experience and above earns more")]
    [('17 years of field experience and above', 17.0, None)]
    >>> [e.text for e in find_experience("Duration: 4 to 10 months. Repay it for around 3 years.")]
    []
    >>> [e.text for e in find_experience("Ads list PLN 14,755 a month for senior rigging artists.")]
    []
    """
    rules = _experience_rules()
    label_ends: Optional[list[int]] = None  # seniority words, found when first needed
    found: list[Experience] = []
    for match in _candidates(text, rules):
        start, end = match.span()
        number_start = match.start("a")
        if _stopped_before(text, number_start if not match.group("qual") else start, rules):
            continue
        is_article = match.group("a").casefold() in rules.articles
        if is_article and _AMOUNT_BEFORE.search(text, max(0, start - 12), start):
            continue  # "PLN 14,755 a month for senior artists": a pay period, not experience
        opened = ""
        tail = rules.open_after.match(text, end)
        if tail is not None:
            end, opened = tail.end(), _opened(tail)
        cue_end, stopped = _after_cue(text, end, rules)
        if stopped:
            continue
        trigger = "cue_after"
        if cue_end is None:
            if is_article or rules.stop_without_cue.match(text, end) is not None:
                continue  # "a six-month contract": the length of the job, not experience
            lo = _before_window(text, start, rules)
            if match.group("unit").casefold() in rules.self_cued:
                found.append(_experience(match, text, start, end, opened, "self_cued", rules))
                continue
            if rules.cue_right_after.match(text, end) is not None:
                found.append(_experience(match, text, start, end, opened, "cue_as", rules))
                continue
            if _opens_requirement(text, start, match, rules):
                found.append(_experience(match, text, start, end, opened, "requirement", rules))
                continue
            if label_ends is None:
                label_ends = sorted(m.end for m in find_seniority(text))
            label = _labelled(lo, start, label_ends, text)
            if label is not None:
                trigger = label
            elif _before_cue(text, lo, start, rules):
                trigger = "cue_before"
            elif rules.cue_paren.match(text, end) is not None:
                trigger = "cue_paren"  # Indeed's "Forklift: 2 years (Preferred)"
            elif _opens_label_line(text, start, end, rules):
                if _in_age_list(text, start, rules):
                    continue  # "• 20 years: €9,80" under "• 21 and older: €12,25"
                trigger = "label_line"  # "• 2-4 years: $61,500"
            elif (label_end := _in_list_label(text, start, end)) is not None:
                if _in_age_list(text, start, rules):
                    continue
                trigger = "list_label"  # "• Trainee (0–2 years): S$3,850"
                end = label_end
            elif _paren_band(text, start, end, match, bool(opened)):
                trigger = "paren_band"  # "Leads (8+ years) earn"
            else:
                continue
            if _paren_after_excluded(text, start, end, rules):
                continue  # "Diploma (3 years)": the length of the course, not experience
        if cue_end is not None:
            end = cue_end
            tail = rules.open_after.match(text, end)
            if tail is not None:
                end, opened = tail.end(), _opened(tail)
        elif start > 0 and text[start - 1] == "(" and text[end : end + 1] == ")":
            start, end = start - 1, end + 1
        if (match.group("b") is None and not match.group("qual")
                and rules.reached_before.search(text, max(0, start - 40), start) is not None):
            opened = "above"  # "once they have 9 months on board": at least that long
        bounds = _bounds(match, opened, rules)
        if bounds is None:
            continue
        form = "range" if match.group("b") is not None else "single"
        found.append(
            Experience(start, end, text[start:end], bounds[0], bounds[1], rule=f"experience:{form}:{trigger}")
        )
    cued = rules.folded_self_cued  # None: not ASCII, not looked for in folded text
    if rules.unit_label is not None and (cued is None or holds_any(_folded(text), cued)):
        for label in rules.unit_label.finditer(text):
            low = float(label.group("a"))
            high = float(label.group("b")) if label.group("b") else low
            if high < low:
                continue
            found.append(Experience(
                label.start(), label.end(), text[label.start() : label.end()], low,
                None if label.group("plus") else high, rule="experience:single:unit_label",
            ))
    return _non_overlapping(found)


_OPEN_PAREN_AFTER_WORD = re.compile(r"(?P<word>[A-Za-z][\w'’-]*)[ \t]*\(\Z")
# the last word of a bracket's opening words, then a comma, right before an amount inside it
_PAREN_WORD_BEFORE = re.compile(r"\((?:[A-Za-z'’-]+[ \t]+){0,3}(?P<word>[A-Za-z][\w'’-]*)[ \t]*[,:][ \t]*\Z")


def _opened(tail: re.Match[str]) -> str:
    """The side an ``open_after`` tail leaves open: "below" for "or less", else "above"."""
    return "below" if tail.group("below") else "above"


def _paren_band(text: str, start: int, end: int, match: re.Match[str], open_above: bool) -> bool:
    """A band of years alone in brackets right after a word: "Leads (8+ years)", "Managers (6-10 years)".

    Only a range or an open amount: a single number in brackets is often a length
    ("Cost (4 years)").

    >>> rules = _experience_rules()
    >>> m = rules.candidate.search("Leads (8+ years) earn")
    >>> _paren_band("Leads (8+ years) earn", m.start(), m.end(), m, False)
    True
    >>> m = rules.candidate.search("Cost (4 years) total")
    >>> _paren_band("Cost (4 years) total", m.start(), m.end(), m, False)
    False
    """
    if text[end : end + 1] != ")" or _OPEN_PAREN_AFTER_WORD.search(text, max(0, start - 40), start) is None:
        return False
    return match.group("b") is not None or open_above or bool(match.group("plus")) or bool(match.group("ormore"))


def _paren_after_excluded(text: str, start: int, end: int, rules: _ExperienceRules) -> bool:
    """True when the bracketed amount follows a word naming a course or a term ("Diploma (3 years)").

    >>> rules = _experience_rules()
    >>> _paren_after_excluded("Senior Diploma (3 years)", 16, 23, rules)
    True
    >>> _paren_after_excluded("Senior engineers (3 years)", 18, 25, rules)
    False
    >>> s = "Trainee driver (in training, 12-18 months)"
    >>> _paren_after_excluded(s, s.index("12"), len(s) - 1, rules)
    True
    >>> s = "Lead driver (depot, 12 years)"
    >>> _paren_after_excluded(s, s.index("12"), len(s) - 1, rules)
    False
    """
    if start == 0:
        return False
    if text[start - 1] != "(":
        # "Trainee driver (in training, 12-18 months)": the bracket names the course before the amount
        word = _PAREN_WORD_BEFORE.search(text, max(0, start - 40), start)
    else:
        word = _OPEN_PAREN_AFTER_WORD.search(text, max(0, start - 40), start)
    return word is not None and _norm(word.group("word")) in rules.not_in_parentheses_after


def _experience(
    match: re.Match[str], text: str, start: int, end: int, opened: str, trigger: str, rules: _ExperienceRules
) -> Experience:
    bounds = _bounds(match, opened, rules) or (None, None)
    form = "range" if match.group("b") is not None else "single"
    return Experience(start, end, text[start:end], bounds[0], bounds[1], rule=f"experience:{form}:{trigger}")


_SENTENCE_OPEN = re.compile(r"(?:^|[.!?]|[•*·–—-])[ \t]*\Z")


def _opens_requirement(text: str, start: int, match: re.Match[str], rules: _ExperienceRules) -> bool:
    """True when a requirement qualifier ("At least", "Minimum") opens the sentence or line of the amount.

    >>> rules = _experience_rules()
    >>> m = rules.candidate.search("Pay is good. Minimum 3 years")
    >>> _opens_requirement("Pay is good. Minimum 3 years", m.start(), m, rules)
    True
    >>> m = rules.candidate.search("It ran for at least 3 years")
    >>> _opens_requirement("It ran for at least 3 years", m.start(), m, rules)
    False
    """
    qual = match.group("qual")
    if qual is None or _norm(qual) not in rules.requirement_openers or match.group("b") is not None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return _SENTENCE_OPEN.search(text, max(line_start, start - 8), start) is not None


_LIST_LINE = re.compile(r"[ \t]*[•*·–—-]")


def _in_age_list(text: str, start: int, rules: _ExperienceRules) -> bool:
    """True when a label of the bulleted list around ``start`` names an age ("21 and older").

    >>> rules = _experience_rules()
    >>> _in_age_list("• 21 and older: $9\\n• 20 years: $8", 21, rules)
    True
    >>> _in_age_list("• 0-2 years: $9\\n• 3-5 years: $8", 17, rules)
    False
    """
    line_start = text.rfind("\n", 0, start) + 1
    lo = line_start
    for _ in range(12):  # earlier items of the same list
        prev = text.rfind("\n", 0, max(0, lo - 1)) + 1
        if lo == 0 or _LIST_LINE.match(text, prev) is None:
            break
        lo = prev
    hi = line_start
    for _ in range(13):  # this item and the following ones
        nl = text.find("\n", hi)
        if nl < 0:
            hi = len(text)
            break
        if _LIST_LINE.match(text, nl + 1) is None:
            hi = nl
            break
        hi = nl + 1
    for line in text[lo:hi].splitlines():
        colon = line.find(":")
        if colon > 0 and rules.age_marker.search(line, 0, colon) is not None:
            return True
    return False


def _non_overlapping(found: list[Experience]) -> list[Experience]:
    kept: list[Experience] = []
    for exp in sorted(found, key=lambda e: (e.start, -(e.end - e.start))):
        if kept and exp.start < kept[-1].end:
            continue
        kept.append(exp)
    return kept


# --------------------------------------------------------------------------- table and list labels

# a label's trailing parenthesized part: "Top of band (9+ years)", "Lead (10+ yrs)"
_LABEL_PAREN = re.compile(r"\(([^()]*)\)\s*$")
_LABEL_TRIM = re.compile(r"^[\s•*·:–—-]+|[\s:–—-]+$")


def _trimmed(label: str, start: int, end: int) -> tuple[int, int]:
    lead = _LABEL_TRIM.match(label, start, end)
    if lead is not None:
        start = lead.end()
    tail = _LABEL_TRIM.search(label, start, end)
    if tail is not None and tail.end() == end:
        end = tail.start()
    return start, end


def find_label_experience(label: str) -> Optional[Experience]:
    """The experience level a table header or row label stands for, with no cue around it.

    In a pay table a label that is only an amount of years (``10+ years``,
    ``0–2 years``) or ends with one in parentheses (``Top of scale (8+
    years)``) is a level of experience. A label naming a course, a loan or any
    other stop word of ``rules/experience.yaml`` is not. Offsets are into
    ``label``.

    >>> [(e.text, e.min_years, e.max_years) for e in map(find_label_experience,
    ...     ["10+ years", "Top of band (9+ years)", " 0–2 years ", "Less than 1 year"])]
    [('10+ years', 10.0, None), ('9+ years', 9.0, None), ('0–2 years', 0.0, 2.0), ('Less than 1 year', None, 1.0)]
    >>> [find_label_experience(t) for t in ["Degree (4 years)", "Senior", "2019", "Band 5 (2 years of study)"]]
    [None, None, None, None]
    """
    rules = _experience_rules()
    paren = _LABEL_PAREN.search(label)
    start, end = _trimmed(label, *(paren.span(1) if paren else (0, len(label))))
    match = rules.candidate.fullmatch(label, start, end)
    opened = ""
    if match is None:
        tail = rules.open_after.search(label, start, end)
        if tail is None or tail.end() != end:
            return None
        match = rules.candidate.fullmatch(label, start, tail.start())
        if match is None:
            return None
        opened = _opened(tail)
    if match.group("a").casefold() in rules.articles or rules.stop_after.search(label) is not None:
        return None
    bounds = _bounds(match, opened, rules)
    if bounds is None:
        return None
    form = "range" if match.group("b") is not None else "single"
    return Experience(start, end, label[start:end], bounds[0], bounds[1], rule=f"experience:{form}:table_label")


def find_label_seniority(label: str) -> Optional[Mention]:
    """The seniority a whole table label names (``Lead``, ``Principal``, ``Graduate``, ``Junior``).

    A level column holds bare words that are not seniority in running text
    (``Lead`` needs a job noun after it there); as the whole label, words of
    ``label_terms`` in ``rules/seniority.yaml`` and every seniority phrase count;
    ``coded_label_terms`` (``Staff``) only before a parenthesised level code or
    years (``Staff (L6/E6)``), since alone they also name a group of employees.
    A trailing amount of years (``Lead (10+ years)``) is ignored. Offsets are into ``label``.

    >>> [(m.text, m.value) for m in map(find_label_seniority, ["Lead", "Principal (10+ years)", "Graduate", "Entry-level"])]
    [('Lead', 'senior'), ('Principal', 'senior'), ('Graduate', 'entry'), ('Entry-level', 'entry')]
    >>> [(m.text, m.value) for m in map(find_label_seniority, ["Entry (L3/E3)", "Mid", "Staff (L6/E6)"])]
    [('Entry', 'entry'), ('Mid', 'mid'), ('Staff', 'senior')]
    >>> [find_label_seniority(t) for t in ["Staff", "Berlin", "Lead time", "Top of band (9+ years)"]]
    [None, None, None, None]
    >>> [(m.text, m.value) for m in map(find_label_seniority, ["Lead / Principal (9+ yrs)"])], find_label_seniority("Junior / Lead")
    ([('Lead / Principal', 'senior')], None)
    """
    rules = _seniority_rules()
    paren = _LABEL_PAREN.search(label)
    start, end = _trimmed(label, 0, paren.start() if paren else len(label))
    if start >= end:
        return None
    key = _SPACE_OR_HYPHEN.sub(" ", label[start:end].casefold()).strip()
    value = rules.label_terms.get(key)
    if value is None and paren is not None:
        value = rules.coded_label_terms.get(key)
    if value is None and key in rules.terms and rules.terms[key].requires_next is None:
        value = rules.terms[key].value
    if value is None and "/" in key:  # "Lead / Principal": two names of one rung
        values = {_label_term(rules, part.strip()) for part in key.split("/")}
        value = values.pop() if len(values) == 1 else None
    if value is None:
        return None
    return Mention(start, end, label[start:end], value, "seniority", rule=f"seniority:label:{key}")


def _label_term(rules: "_SeniorityRules", key: str) -> Optional[str]:
    """The seniority a whole label word names (``label_terms``, or a term needing nothing after it)."""
    value = rules.label_terms.get(key)
    if value is None and key in rules.terms and rules.terms[key].requires_next is None:
        value = rules.terms[key].value
    return value


# --------------------------------------------------------------------------- linking helper


class Spanned(Protocol):
    """Anything with character offsets."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


T = TypeVar("T", bound=Spanned)


def same_clause(text: str, start: int, end: int) -> bool:
    """True when no clause break (``;``, ``,``, a spaced dash, ``while``/``but``...) lies in ``text[start:end]``.

    >>> same_clause("Entry pay is $50k, while senior pay is $90k", 0, 16)
    True
    >>> same_clause("Entry pay is $50k, while senior pay is $90k", 17, 31)
    False
    """
    return _CLAUSE_BREAK.search(text, start, max(start, end)) is None


def nearest(mentions: Iterable[T], start: int, end: int, *, text: Optional[str] = None) -> Optional[T]:
    """The mention that qualifies the money span ``[start, end)`` within one sentence.

    Pass only mentions of the money's sentence, list item or table row. Order of
    preference: a mention in the same clause (closest preceding, then closest
    following), then the closest preceding mention, then the closest following
    one. Clauses are only known when ``text`` (the document text the offsets
    point into) is given; they break at ``;``, ``,``, a dash between spaces and
    ``while``/``whereas``/``but``/``although``. A mention overlapping the money
    span counts as preceding at distance 0. None when there is no mention.

    >>> text = "Entry-level pay is $50k, while senior engineers earn $90k."
    >>> found = find_seniority(text)
    >>> [nearest(found, m.start(), m.end(), text=text).value for m in re.finditer(r"\\$\\d+k", text)]
    ['entry', 'senior']
    >>> nearest([], 0, 5) is None
    True
    """
    before: list[tuple[int, int, T]] = []
    after: list[tuple[int, int, T]] = []
    for i, mention in enumerate(mentions):
        if mention.start < end:
            before.append((max(0, start - mention.end), i, mention))
        else:
            after.append((max(0, mention.start - end), i, mention))
    before.sort(key=lambda item: item[:2])
    after.sort(key=lambda item: item[:2])
    if text is not None:
        # only the closest mention on each side can share the money's clause
        if before and _CLAUSE_BREAK.search(text, min(before[0][2].end, start), start) is None:
            return before[0][2]
        if after and _CLAUSE_BREAK.search(text, end, after[0][2].start) is None:
            return after[0][2]
    if before:
        return before[0][2]
    if after:
        return after[0][2]
    return None
