"""Find and normalize money expressions in English text.

Pure functions over a string. :func:`find_money` scans a whole document;
:func:`parse_amount` reads one already located string (a table cell, a span).

The scan works in three small steps, each with its own named regex:

1. *atoms*: a number (digits with separators, optional magnitude) anchored by a
   currency marker before it (``$``, ``USD``, ``C$``) or after it (``EUR``,
   ``euros``, ``€``); amounts written in words before a currency noun
   (``two million dollars``); bare numbers (kept only as range partners, after a
   pay label, or before a pay-notation period like ``/annum``).
2. *mentions*: atoms joined by a range connector (``to``, ``-``, ``and`` after
   ``between``), with the qualifiers around them (``around``, ``up to``, ``+``,
   ``and above``) and the period right after (``per year``, ``/hr``).
3. *currency*: an amount with no currency of its own (after a pay label) takes the
   document's dominant explicit currency, else ``default_currency``.

Vocabulary lives in ``rules/money.yaml``; ISO 4217 codes and names come from
pycountry and babel.

>>> [(m.text, m.amount_min, m.amount_max) for m in find_money("It pays $30-50,000 a year.")]
[('$30-50,000', 30000.0, 50000.0)]
>>> find_money("It pays $30-50,000 a year.")[0].period
'year'
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterable, Iterator, Mapping, Optional

import pycountry
from babel import Locale
from babel.numbers import get_currency_name, get_territory_currencies, list_currencies

from .blocks import line_kind
from .patterns import longest_first
from .rules import RuleError, load, require, unique
from .types import Money, Period

__all__ = ["find_money", "parse_amount", "currency_named", "currencies_in", "confirmed_symbols", "MoneyRules", "money_rules"]

_PERIODS: tuple[str, ...] = ("year", "month", "week", "day", "hour")

# --------------------------------------------------------------------------- regexes
# A number: Indian grouping, grouped thousands (one consistent separator), or plain
# digits; then an optional decimal part. Digits of any script ("١٥"), with the Arabic
# thousands separator and decimal point (U+066C, U+066B) among the separators. Each
# group is exactly three digits, so the pattern cannot backtrack over long digit runs.
# The pattern starts with its first digit (checked by lookbehinds not to continue a
# number: no digit, or digit and separator, before it) so that ``re`` can skip ahead
# to the next digit quickly.
_NUMBER = re.compile(
    r"(?P<int>\d(?<!\d\d)(?<!\d[.,'’\u066b\u066c]\d)"
    r"(?:\d?,(?:\d{2},)+\d{3}(?!\d)"
    r"|\d{0,2}(?P<sep>[,.'’\u00a0\u202f\u2009 \u066c])\d{3}(?!\d)(?:(?P=sep)\d{3}(?!\d))*"
    r"|\d*))"
    r"(?P<dec>[.,\u066b]\d+)?"
    r"(?!\d)"
)
# Optional space, then the rest of a line: where suffixes are looked for.
_WORDS_AFTER = re.compile(r"[ \t\u00a0]*([A-Za-z][A-Za-z.]*)(?:[ \t\u00a0]+([A-Za-z][A-Za-z.]*))?(?:[ \t\u00a0]+([A-Za-z][A-Za-z.]*))?")
_SPACE = re.compile(r"[ \t\u00a0\u202f\u2009]*")
_HYPHENATED_NAME = re.compile(r"-([A-Za-z]+)\b")  # "-baht" of "10,000-baht"
_ONE_SPACE = re.compile(r"[ \t\u00a0\u202f\u2009]?")
_GLUED_QUALIFIED_DOLLAR = re.compile(r"(?<![A-Za-z])(?P<q>[A-Za-z]{1,3})(?P<sp>[ \u00a0]?)\$[ \u00a0]?-?\Z")
_CODE_BEFORE = re.compile(r"(?<![A-Za-z])(?P<code>[A-Za-z]{3})[ \u00a0]?-?\Z")
_CODE_AFTER = re.compile(r"[ \u00a0]?(?P<code>[A-Za-z]{3})(?![A-Za-z])")
_QUALIFIED_DOLLAR_AFTER = re.compile(r"[ \u00a0]?(?P<q>[A-Za-z]{1,3})\$(?![\d])")
# ", CA$75,000" in a glued table row: a region code before the "$", not C$/CA$.
_REGION_BEFORE = re.compile(r", $")
_WORD = re.compile(r"[A-Za-z]+")
_NOT_DIGIT = re.compile(r"\D")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_NAME_OK = re.compile(r"[a-z][a-z' -]*[a-z]")
_CODE_AFTER_VAR = re.compile(r"[}\];|=`\"]")
_CODE_CONTEXT = re.compile(r"[\\{`=]$")
_LETTER_AFTER = re.compile(r"[a-z_]")
# a slashed abbreviation glued after an amount: the next cell of a flattened row ("S$4,300n/a"), not code
_NEXT_CELL_ABBREVIATION = re.compile(r"[a-z]\.?/[a-z]\.?(?![A-Za-z\d])")
_PERCENT_AFTER = re.compile(r"\s?(?:%|percent\b|per cent\b)", re.I)
_YEARLIKE = re.compile(r"(?:19|20)\d\d$")
# between the two bounds of one range: "a minimum of X and a maximum of Y"
# "and up to $55": "and up" starts the next bound, it is not an open bound of its own
_TO_AFTER = re.compile(r"[ \t\u00a0]+to[ \t\u00a0]+[^\s\d]{0,4}\d", re.I)  # "and up to $Y", not "or more to move"
# An amount right after a suffix qualifier, in the same phrase ("below $30,000 or above $640,000"):
# the words open it instead (a tab separates table cells: "$1m and above<TAB>$1.5m+").
_AMOUNT_NEXT = re.compile(r"[ \u00a0]+[^\s\d]{0,4}\d")

# --------------------------------------------------------------------------- cheap character tests
# Most numbers are followed and preceded by characters no vocabulary pattern can match
# ("$50,000." "($5)"): one or two characters decide, before a regex is tried. Each test
# is a necessary condition of its pattern (tests check it on seeded random strings).
_BLANKS = frozenset(" \u00a0")
_MARKER_GAP = frozenset(" \u00a0-")  # may stand between a prefix currency marker and its number
_LOWER_OR_UNDERSCORE = frozenset("abcdefghijklmnopqrstuvwxyz_")
_CODE_CONTEXT_CHARS = frozenset("\\{`=")
_PERCENT_FIRST = frozenset("%pP")
_AT_LAST = frozenset("tT")  # the last letter of "at" before an amount (_AT_BEFORE)
_OF_LAST = frozenset("fF")  # the last letter of "of" before an amount (approx_noun)


def _may_start_at(text: str, pos: int, firsts: frozenset[str]) -> bool:
    """Whether a pattern of optional blanks then a word starting with one of ``firsts`` may match at ``pos``.

    Any non-ASCII character may (``re.I`` folds some, e.g. the Kelvin sign, to ASCII letters).

    >>> _may_start_at("$5 per year", 2, frozenset("pP")), _may_start_at("$5, per year", 2, frozenset("pP"))
    (True, False)
    """
    c = text[pos : pos + 1]
    if c in _BLANKS:
        c = text[pos + 1 : pos + 2]
        if c in _BLANKS:
            return True
    return c in firsts or not c.isascii()


def _may_end_at(text: str, end: int, lasts: frozenset[str]) -> bool:
    """Whether a word ending with one of ``lasts``, then optional blanks, may end at ``end``.

    >>> _may_end_at("up to $5", 6, frozenset("oO")), _may_end_at("(to) $5", 5, frozenset("oO"))
    (True, False)
    """
    c = text[end - 1 : end] if end > 0 else ""
    if c in _BLANKS:
        c = text[end - 2 : end - 1] if end > 1 else ""
        if c in _BLANKS:
            return True
    return c in lasts or not c.isascii()


def _may_join(text: str, start: int, stop: int, firsts: frozenset[str]) -> bool:
    """Whether ``text[start:stop]`` may be a range connector: white space then a word starting with one of ``firsts``.

    >>> _may_join("$5 - $7", 2, 5, frozenset("-")), _may_join("$5$7", 2, 2, frozenset("-")), _may_join("$5, $7", 2, 4, frozenset("-"))
    (True, False, False)
    """
    if start >= stop:
        return False
    c = text[start]
    return c in firsts or c.isspace() or not c.isascii()


def _percent_after(text: str, pos: int) -> bool:
    """``_PERCENT_AFTER.match(text, pos)``, skipped when the next character cannot start it."""
    c = text[pos : pos + 1]
    if c.isspace():
        c = text[pos + 1 : pos + 2]
    if c not in _PERCENT_FIRST and c.isascii():
        return False
    return _PERCENT_AFTER.match(text, pos) is not None


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class MoneyRules:
    """Compiled vocabulary of ``rules/money.yaml`` plus ISO data from pycountry/babel."""

    symbols: Mapping[str, str]
    symbol_before: re.Pattern[str]  # the spec of _symbol_before, which finds the same by lookup
    symbol_lengths: Mapping[str, tuple[int, ...]]  # last character -> lengths of the symbols ending with it, longest first
    marker_last_chars: frozenset[str]  # the last characters of prefix markers: symbols, "$", ISO code letters
    lone_symbols: frozenset[str]  # one-character symbols that are not ASCII letters ("$", "£", "€")
    lone_symbol_blockers: frozenset[str]  # the second-to-last characters of longer symbols (R$, US$)
    dollar_prefix_last_chars: frozenset[str]  # the last letters of dollar prefixes and codes (C$, USD$)
    letter_tails: frozenset[str]  # the trailing ASCII letters of the markers ending with one ("Rs", "CHF", "ng" of "đồng")
    letter_tail_max: int  # the length of the longest of them
    suffix_marker_first_chars: frozenset[str]  # first characters of markers after a number: letters, symbols
    period_first_chars: frozenset[str]  # first characters of period phrases (both cases) and "/"
    prefix_last_chars: frozenset[str]  # last characters of prefix qualifiers (both cases)
    suffix_first_chars: frozenset[str]  # first characters of suffix qualifiers (both cases) and "+"
    range_first_chars: frozenset[str]  # first characters of range connectors and of range_and words (both cases)
    symbol_after: re.Pattern[str]
    dollar_prefixes: Mapping[str, str]
    iso_codes: frozenset[str]
    lowercase_codes: frozenset[str]
    names: Mapping[str, Optional[str]]
    weak_names: Mapping[str, str]
    name_choices: Mapping[str, frozenset[str]]  # a name that does not pin one currency -> those it may be ("dirhams")
    name_last_words: frozenset[str]
    magnitude_glued: re.Pattern[str]
    magnitude_spaced: re.Pattern[str]
    magnitudes: Mapping[str, float]
    magnitude_periods: Mapping[str, str]
    number_words: re.Pattern[str]
    number_word_last: re.Pattern[str]  # a number word then blanks or dashes, spelled backwards (_number_words_before)
    vague_quantifiers: frozenset[str]
    articles: frozenset[str]  # "a", "an": with a currency noun, an amount unless the noun names a unit
    unit_article_before: frozenset[str]  # "to a dollar", "per dollar": the currency as a unit
    unit_nouns_after: frozenset[str]  # "a dollar amount": the currency qualifies a noun
    unit_numbers: Mapping[str, float]
    scale_numbers: Mapping[str, float]
    prefix_qualifier: re.Pattern[str]
    prefix_qualifier_reversed: re.Pattern[str]  # the same phrases spelled backwards, for prefix_before
    prefix_reversed_by_last: Mapping[str, re.Pattern[str]]  # the same by the phrases' last character (_reversed_by_last)
    prefix_kinds: Mapping[str, tuple[str, bool]]
    suffix_qualifier: re.Pattern[str]
    suffix_kinds: Mapping[str, str]
    range_connector: re.Pattern[str]
    range_and: re.Pattern[str]
    range_and_intro: re.Pattern[str]  # a range_and_intro word before the first amount, on its line
    period_after: re.Pattern[str]
    period_of: Mapping[str, str]
    pay_only_periods: frozenset[str]
    glued_periods: frozenset[str]  # period phrases that count only with no space before them ("22hr", "22/hr")
    period_blockers: frozenset[str]
    pay_label_before: re.Pattern[str]
    not_money_after: re.Pattern[str]
    ordinal_after: re.Pattern[str]  # "10th": an ordinal suffix glued to a bare number
    clock_after: re.Pattern[str] = re.compile(r"(?!)")  # "8pm", "6 a.m.": a clock suffix after a bare number
    shaped_symbols: Mapping[str, str] = field(default_factory=dict)  # "R" -> ZAR: only before a number shaped like money
    shaped_strict: re.Pattern[str] = re.compile(r"(?!)")  # a shaped symbol alone, glued to grouped thousands ("R27 010")
    weak_grouped: frozenset[str] = frozenset()  # weak unit words that are money also after a grouped number ("won")
    subunits: Mapping[str, "Subunit"] = field(default_factory=dict)
    implied_currency: Mapping[str, str] = field(default_factory=dict)  # magnitude word -> the currency it implies
    implied_scale_words: frozenset[str] = frozenset()  # lower-case implied-currency magnitudes that are number words ("crore")
    word_atom_vocabulary: frozenset[str] = frozenset()  # name_last_words | implied_scale_words: one pass finds both
    implied_next_words: frozenset[str] = frozenset()
    contextual: Mapping[str, "ContextualSymbol"] = field(default_factory=dict)
    change_words: frozenset[str] = frozenset()  # words that make "from X" a former value, not a floor
    change_right_before: frozenset[str] = frozenset()  # the same, only right before "from" ("up from")
    level_verbs: frozenset[str] = frozenset()  # "edges up to $X": "up" is the verb's particle, not a cap
    over_verbs: frozenset[str] = frozenset()  # "turns over $X": "over" is the verb's particle, not a floor
    cap_words: frozenset[str] = frozenset()  # "caps a nurse at $X": "at" after one of these marks a cap
    named_bounds: frozenset[str] = frozenset()  # "minimum of": a floor, unless a determiner makes it a named level
    bound_determiners: Optional[re.Pattern[str]] = None  # "the federal minimum of $X": the level's value, not a floor
    approx_noun: Optional[re.Pattern[str]] = None  # "closer to a salaried package of 70 000 €": approximate, out of the span
    shorthand_before: Optional[re.Pattern[str]] = None  # "Base: 92k", "makes between 55 and 60k": a pay word licensing a bare k-amount after it
    shorthand_after: Optional[re.Pattern[str]] = None  # "140k base", "12k bonus": a pay word licensing a bare k-amount before it
    shorthand_word: Optional[re.Pattern[str]] = None  # a pay word anywhere before a k-amount with a period in its sentence
    thousands_after: Optional[re.Pattern[str]] = None  # "230 TC": a bare count of thousands before a forum pay acronym
    shorthand_verbs: frozenset[str] = frozenset()  # words ending in "s" that are not plural nouns ("92k was")
    salary_months_after: re.Pattern[str] = re.compile(r"(?!)")  # "30k × 15": a monthly k-amount times the salary months
    myriad_currencies: frozenset[str] = frozenset()  # the currencies of the myriad languages' territories (CNY, JPY, KRW)
    myriad_units: Mapping[str, float] = field(default_factory=dict)  # CJK numeral units glued after digits ("万", "억")
    myriad: Optional[re.Pattern[str]] = None  # a run of myriad units right after the digits ("万", "천만")
    extra: Mapping[str, object] = field(default_factory=dict)
    local_thousands: Mapping[str, frozenset[str]] = field(default_factory=dict)  # "mil" -> currencies where it is 1,000
    declaration_words: tuple[str, ...] = ()  # "in", "denominated in": before a declared currency's name or code
    page_note: Optional[re.Pattern[str]] = None  # "all figures": the start of a note declaring the page's currency
    section_scope: Optional[re.Pattern[str]] = None  # "this section": a note covering its section only
    subunit_symbol_after: Optional[re.Pattern[str]] = None  # a subunit symbol after the number ("60¢", "60 ¢")
    symbol_thousands: frozenset[str] = frozenset()  # glued magnitudes that mean a thousand right before a symbol ("75 T€")
    code_thousand_prefixes: frozenset[str] = frozenset()  # letters glued before a code that make it thousands ("kCHF")
    subunit_sign_chars: frozenset[str] = frozenset()  # the first characters of the subunit signs ("¢")
    local_abbreviations: frozenset[str] = frozenset()  # the symbol_spellings ("KSh", "Dh", "Dhs"): letter marks of tables too
    point_groups: frozenset[str] = frozenset()  # magnitude words whose languages group thousands by a point ("millones")
    magnitude_link: re.Pattern[str] = re.compile(r"(?!)")  # "de", "d'": between a magnitude word and its currency noun
    comparison_before: re.Pattern[str] = re.compile(r"(?!)")  # "versus", "compared with": right before a bare compared amount
    shape_bound: frozenset[str] = frozenset()  # letter symbols that are money only before a number shaped like money ("SR 35,000")
    shape_bound_strict: re.Pattern[str] = re.compile(r"(?!)")  # one of them before grouped thousands: the shape that confirms it
    glued_subunits: Mapping[str, "Subunit"] = field(default_factory=dict)  # a subunit letter glued after a small number ("45p")
    glued_subunit_after: re.Pattern[str] = re.compile(r"(?!)")
    glued_subunit_chars: frozenset[str] = frozenset()  # their first letters: most numbers are followed by none
    # for each currency of a glued subunit: its signs (each with the longer symbols ending with it) and its code
    written_signs: tuple[tuple[str, tuple[tuple[re.Pattern[str], tuple[str, ...]], ...], re.Pattern[str]], ...] = ()

    def thousand_word(self, word: Optional[str], currency: Optional[str]) -> bool:
        """Whether the magnitude ``word`` means a thousand with ``currency`` (``local_thousands``: "R$ 12 mil")."""
        return word is not None and currency is not None and currency in self.local_thousands.get(word, ())

    def is_dollar_prefix(self, letters: Optional[str]) -> bool:
        """Whether the letters glued before a ``$`` name its dollar (``C$``, ``US $``, ``AUD$``)."""
        return letters is not None and (
            letters in self.dollar_prefixes or letters in self.iso_codes or letters in self.lowercase_codes
        )


@dataclass(frozen=True)
class Subunit:
    """A subunit noun ("cents"): the fraction of the main unit, the currencies that have it, the default one."""

    factor: float
    of: frozenset[str]
    default: str


@dataclass(frozen=True)
class ContextualSymbol:
    """A symbol two currencies share (``¥``): its default and the cue words of each currency."""

    default: str
    own: frozenset[str]
    alternatives: Mapping[str, frozenset[str]]


def _locale_symbols(locales: list[str], *, where: str) -> dict[str, str]:
    """The CLDR symbol of each locale's territory currency, as babel gives it (bidi marks removed;
    symbols ending with "." also without it); a symbol given to two currencies is dropped.

    >>> _locale_symbols(["bg_BG", "kk_KZ"], where="test")
    {'лв.': 'BGN', 'лв': 'BGN', '₸': 'KZT'}
    """
    found: dict[str, set[str]] = {}
    for ident in locales:
        try:
            loc = Locale.parse(ident)
        except (ValueError, LookupError) as exc:
            raise RuleError(f"{where}: unknown locale {ident!r}") from exc
        if not loc.territory:
            raise RuleError(f"{where}: locale {ident!r} names no territory")
        for code in get_territory_currencies(loc.territory)[:1]:
            sym = (loc.currency_symbols.get(code) or "").replace("\u200f", "").replace("\u200e", "").strip()
            if not sym or sym == code or "$" in sym or sym.isascii():
                continue  # ASCII symbols ("R", "kr", "RSD") are ambiguous or codes: rules/money.yaml decides
            for form in (sym, sym.rstrip(".")):
                if form:
                    found.setdefault(form, set()).add(code)
    return {sym: next(iter(codes)) for sym, codes in found.items() if len(codes) == 1}


def _lookalike_symbols(symbols: Mapping[str, str], lookalikes: Mapping[str, list[str]]) -> dict[str, str]:
    """The symbols of 2+ characters holding a currency sign, written with a lookalike of the sign
    instead (the lookalike alone keeps its own meaning).

    >>> _lookalike_symbols({"GH₵": "GHS", "₵": "GHS"}, {"₵": ["¢"]})
    {'GH¢': 'GHS'}
    """
    return {sym.replace(sign, alike): code for sign, alikes in lookalikes.items() for alike in alikes
            for sym, code in symbols.items() if sign in sym and len(sym) > 1}


def _symbol_end(symbol: str) -> str:
    r"""What may not follow a symbol after a number: a letter symbol is not the start of a word
    (a one-letter non-ASCII symbol, "Р", "đ", not the start of any word: "2024 Россия").

    >>> _symbol_end("Р") == r"(?!\w)", _symbol_end("Rs"), _symbol_end("€"), _symbol_end("원")
    (True, '(?![A-Za-z])', '', '')
    """
    if not symbol[-1].isalpha() or (len(symbol) == 1 and unicodedata.east_asian_width(symbol) == "W"):
        return ""  # a wide (CJK, Hangul) symbol: the next word follows with no space ("30万円で", "5,300만원을")
    return r"(?!\w)" if len(symbol) == 1 and not symbol.isascii() else r"(?![A-Za-z])"


def _phrase_alternation(phrases: list[str], *, backwards: bool = False) -> str:
    """:func:`extract.patterns.longest_first` of the phrases, inner spaces matching any run of white space
    (``backwards``: each spelled backwards)."""
    if backwards:
        phrases = [" ".join(phrase.split())[::-1] for phrase in phrases]
    return longest_first(set(phrases), blank=r"\s+")


def _first_chars(phrases: Iterable[object]) -> str:
    """A look-ahead for the first characters of ``phrases``, to open a pattern that is searched for in
    a window: most positions then fail on one character class instead of trying every phrase (a
    pattern opening with a look-behind gets no such skip from the regex engine). Under ``re.I`` the
    class folds case as the phrases do.

    >>> _first_chars(["base pay", "salary", "Stipend"])
    '(?=[Sbs])'
    """
    return "(?=[" + "".join(re.escape(c) for c in sorted({str(p).split()[0][0] for p in phrases})) + "])"


def _by_first_character(alternatives: list[tuple[str, str]]) -> str:
    """The alternation of ``alternatives`` (a phrase, its pattern under ``re.I``, which opens with the
    phrase's first character escaped), grouped by that first character: at each position the regex
    engine tries one group, not every phrase (under ``re.I`` it enters each branch to test its first
    character). The order within a group is kept and the groups exclude each other (checked on the
    characters ``re.I`` folds together), so the same phrase matches first.

    >>> _by_first_character([("per year", r"per\\s+year"), ("annual", "annual"), ("pa", "pa")])
    'p(?:er\\\\s+year|a)|a(?:nnual)'
    """
    groups: dict[str, list[str]] = {}
    for phrase, pattern in alternatives:
        first = re.escape(phrase[0])
        if not pattern.startswith(first) or len(phrase[0].lower()) != 1:
            return "|".join(pattern for _, pattern in alternatives)
        groups.setdefault(phrase[0].lower(), []).append(pattern[len(first) :])
    keys = [re.compile(re.escape(k), re.I) for k in groups]
    probe = {c for k in groups for c in (k, k.upper())} | set("\u0130\u0131\u017f\u212a\u212b")  # İ ı ſ K Å
    if any(sum(k.fullmatch(c) is not None for k in keys) > 1 for c in probe):
        return "|".join(pattern for _, pattern in alternatives)  # two first characters fold together
    return "|".join(re.escape(k) + "(?:" + "|".join(rests) + ")" for k, rests in groups.items())


def _grouped_phrases(phrases: list[str]) -> str:
    """:func:`_phrase_alternation` grouped by the phrases' first characters (:func:`_by_first_character`)."""
    return _by_first_character([(p, _phrase_alternation([p])) for p in sorted(set(phrases), key=len, reverse=True)])


def _both_cases(chars: Iterable[str]) -> frozenset[str]:
    return frozenset(c for char in chars for c in (char, char.lower(), char.upper()))


def _letter_tails(markers: Iterable[str]) -> frozenset[str]:
    """The run of ASCII letters each marker ends with, for those ending with one: a marker written
    before a number ends the run of letters there with its own run (:func:`_letter_marker_may_end`).

    >>> sorted(_letter_tails(["Rs", "đồng", "$", "CHF"]))
    ['CHF', 'Rs', 'ng']
    """
    tails = set()
    for marker in markers:
        start = len(marker)
        while start > 0 and marker[start - 1] in _ASCII_LETTERS:
            start -= 1
        if start < len(marker):
            tails.add(marker[start:])
    return frozenset(tails)


def _reversed_prefix(phrases: list[str]) -> re.Pattern[str]:
    """The prefix-qualifier ``phrases`` spelled backwards, matched at the start of a reversed window
    (blanks, then a phrase whose left edge is no letter): :func:`prefix_before`."""
    alternation = _phrase_alternation(phrases, backwards=True) if phrases else "(?!)"
    return re.compile(r"[ \u00a0]*(?P<q>" + alternation + r")(?![A-Za-z])", re.I)


def _reversed_by_last(phrases: list[str]) -> dict[str, re.Pattern[str]]:
    """The reversed prefix-qualifier pattern split by the phrases' last character, lower-cased: the
    character before an amount (then blanks) picks the few phrases that may end there. Phrases
    ending with a non-ASCII character ("≈") are in every part, and alone under "" (``re.I`` may
    match one to an ASCII letter); a non-ASCII character before the amount takes the whole pattern.

    >>> parts = _reversed_by_last(["about", "up to", "to", "≈"])
    >>> sorted(parts), parts["o"].match(" ot pu syap").group("q"), parts["t"].match("tuoba").group("q")
    (['', 'o', 't'], 'ot pu', 'tuoba')
    """
    other = [p for p in phrases if not p[-1].isascii()]
    lasts = {p[-1].lower() for p in phrases if p[-1].isascii()}
    parts = {c: _reversed_prefix([p for p in phrases if p[-1].lower() == c] + other) for c in lasts}
    parts[""] = _reversed_prefix(other)
    return parts


@lru_cache(maxsize=1)
def money_rules() -> MoneyRules:
    """Load and validate ``rules/money.yaml`` once per process."""
    data = load("money")
    where = "rules/money.yaml"
    symbols = require(data, "symbols", dict, where=where)
    unique(list(symbols), where=f"{where}: symbols")
    iso = frozenset(c.alpha_3 for c in pycountry.currencies)
    retired = require(data, "retired_codes", list, where=where)
    known = frozenset(list_currencies())
    for code in retired:
        if code not in known:
            raise RuleError(f"{where}: retired code {code!r} is not a currency babel knows")
    iso = iso | frozenset(retired)
    spellings: dict[str, str] = {}
    for code, forms in require(data, "symbol_spellings", dict, where=where).items():
        if code not in iso:
            raise RuleError(f"{where}: symbol spellings of unknown ISO code {code!r}")
        for form in forms:
            if form in spellings or form in symbols:
                raise RuleError(f"{where}: symbol spelling {form!r} repeated")
            spellings[form] = code
    symbols = {**_locale_symbols(require(data, "symbol_locales", list, where=where), where=where), **symbols, **spellings}
    symbols = {**_lookalike_symbols(symbols, require(data, "sign_lookalikes", dict, where=where)), **symbols}
    for sym, code in symbols.items():
        if code not in iso:
            raise RuleError(f"{where}: symbol {sym!r} maps to unknown ISO code {code!r}")
    dollar_prefixes = require(data, "dollar_prefixes", dict, where=where)
    for q, code in dollar_prefixes.items():
        if code not in iso:
            raise RuleError(f"{where}: dollar prefix {q!r} maps to unknown ISO code {code!r}")
    ambiguous = frozenset(require(data, "ambiguous_codes", list, where=where))
    for word in require(data, "shape_bound_symbols", list, where=where):
        if word in ambiguous and word in iso:
            symbols.setdefault(word, word)  # "TRY 318.450": a code that is also a word, read as a shape-bound symbol
    lowercase = require(data, "lowercase_codes", list, where=where)
    unique(lowercase, where=f"{where}: lowercase_codes")
    for code in lowercase:
        if code.upper() not in iso:
            raise RuleError(f"{where}: lowercase code {code!r} is not ISO 4217")

    names: dict[str, Optional[str]] = {}
    for code in list_currencies():
        for count in (1, 2):
            name = get_currency_name(code, count=count, locale="en").lower()
            if name and name != code.lower() and _NAME_OK.fullmatch(name):
                names.setdefault(name, code)
    heads = _currency_heads(require(data, "not_unit_heads", list, where=where), where=where)
    for head, codes in heads.items():
        names.setdefault(head, next(iter(codes)) if len(codes) == 1 else None)
    unit_words = require(data, "unit_words", dict, where=where)
    unique(list(unit_words), where=f"{where}: unit_words")
    for word, code in unit_words.items():
        if code is not None and code not in iso:
            raise RuleError(f"{where}: unit word {word!r} maps to unknown ISO code {code!r}")
        names[word.lower()] = code
    weak_spec = require(data, "weak_unit_words", dict, where=where)
    weak: dict[str, str] = {}
    weak_grouped = set()
    for word, spec in weak_spec.items():
        code = require(spec, "code", str, where=f"{where}: weak_unit_words.{word}")
        if code not in iso:
            raise RuleError(f"{where}: weak unit word {word!r} maps to unknown ISO code {code!r}")
        weak[word] = code
        if spec.get("grouped"):
            weak_grouped.add(word.lower())
    for word in weak:
        names.pop(word, None)
    name_last_words = frozenset(n.split()[-1] for n in names) | frozenset(weak)

    symbol_alt = "|".join(  # a capitalized symbol of 2+ characters may follow a lower-case letter (_camel_glued)
        (("(?:(?<![A-Za-z])|(?<=[a-z]))" if len(s) > 1 and s[0].isupper() else r"(?<![A-Za-z])")
         if s[0].isalpha() else "") + re.escape(s)
        for s in sorted(symbols, key=len, reverse=True)
    )
    symbol_before = re.compile(r"(?P<sym>" + symbol_alt + r")[ \u00a0]?-?\Z")
    symbol_after = re.compile(
        r"[ \u00a0]?(?P<sym>"
        + "|".join(re.escape(s) + _symbol_end(s) for s in sorted(symbols, key=len, reverse=True))
        + r")"
    )

    mags = require(data, "magnitudes", list, where=where)
    magnitudes: dict[str, float] = {}
    mag_periods: dict[str, str] = {}
    glued, spaced = [], []
    point_groups: set[str] = set()
    for m in mags:
        word = m["word"]
        if word in magnitudes:
            raise RuleError(f"{where}: duplicate magnitude {word!r}")
        unknown = set(m) - {"word", "value", "glued", "period", "point_groups"}
        if unknown:
            raise RuleError(f"{where}: magnitude {word!r} has unknown keys {sorted(unknown)}")
        magnitudes[word] = float(m["value"])
        if m.get("point_groups"):
            point_groups.add(word)
        if m.get("period") is not None:
            if m["period"] not in _PERIODS:
                raise RuleError(f"{where}: magnitude {word!r} has unknown period {m['period']!r}")
            mag_periods[word] = m["period"]
        (glued if m.get("glued") else spaced).append(word)
    # a glued magnitude ends at a non-letter, or where the next cell's currency marker is glued on
    # ("C$61kC$97k", "$61kCHF 50k", "R310kR1.05m"): capitals then "$", a code or a shaped symbol
    # then a number
    shaped_alt = "|".join(sorted(map(re.escape, require(data, "shaped_symbols", dict, where=where)), key=len, reverse=True))
    magnitude_glued = re.compile(
        r"(?P<mag>" + "|".join(sorted(map(re.escape, glued), key=len, reverse=True)) + r")"
        r"(?:(?![A-Za-z])|(?=[A-Z]{1,3}\$|[A-Z]{3}[ \u00a0]?\d|(?:" + shaped_alt + r")\d))"
    )
    magnitude_spaced = re.compile(
        r"[ \u00a0]?(?P<mag>" + "|".join(sorted(map(re.escape, spaced), key=len, reverse=True)) + r")(?![A-Za-z])", re.I
    )

    nw = require(data, "number_words", dict, where=where)
    units = {k.lower(): float(v) for k, v in require(nw, "units", dict, where=where).items()}
    scales = {k.lower(): float(v) for k, v in require(nw, "scales", dict, where=where).items()}
    articles = frozenset(str(w).lower() for w in unique(require(nw, "articles", list, where=where), where=where))
    if not articles <= set(units):
        raise RuleError(f"{where}: number_words.articles must be units: {sorted(articles - set(units))}")
    word_alt = "|".join(sorted(map(re.escape, set(units) | set(scales)), key=len, reverse=True))
    number_words = re.compile(
        r"(?<![A-Za-z])(?P<words>(?:(?:" + word_alt + r")(?:[ -]+and[ -]+|[ -]+))*(?:" + word_alt + r"))[ -]+\Z",
        re.I,
    )
    # the word that ends a match of number_words, read backwards from the window's end
    number_word_last = re.compile(
        r"[ -]+(?:" + _phrase_alternation([*units, *scales], backwards=True) + r")",
        re.I,
    )

    prefix_kinds: dict[str, tuple[str, bool]] = {}
    for entry in require(data, "prefix_qualifiers", list, where=where):
        kind = entry["kind"]
        if kind not in ("approx", "max", "min", "intro"):
            raise RuleError(f"{where}: unknown prefix qualifier kind {kind!r}")
        for w in entry["words"]:
            key = " ".join(str(w).lower().split())
            if key in prefix_kinds:
                raise RuleError(f"{where}: duplicate prefix qualifier {w!r}")
            prefix_kinds[key] = (kind, bool(entry.get("in_span", True)))
    prefix_qualifier = re.compile(
        r"(?:(?<![A-Za-z])(?P<q>" + _phrase_alternation(list(prefix_kinds)) + r"))[ \u00a0]*\Z", re.I
    )
    suffix_kinds: dict[str, str] = {}
    for entry in require(data, "suffix_qualifiers", list, where=where):
        for w in entry["words"]:
            key = " ".join(str(w).lower().split())
            if key in suffix_kinds:
                raise RuleError(f"{where}: duplicate suffix qualifier {w!r}")
            suffix_kinds[key] = entry["kind"]
    suffix_qualifier = re.compile(
        r"(?:[ \u00a0]*(?P<q>" + _grouped_phrases([k for k in suffix_kinds if k != "+"]) + r")(?![A-Za-z])|(?P<plus>\+)(?![\d$£€]))",
        re.I,
    )
    connectors = require(data, "range_connectors", list, where=where)
    blank = r"[^\S\n]*"  # white space that stays on the line: a range never spans a line break
    range_connector = re.compile(
        blank + "(?:" + "|".join(re.escape(c) + (r"(?![A-Za-z])" if c.isalpha() else "") for c in connectors) + ")" + blank, re.I
    )
    range_and_words = require(data, "range_and", list, where=where)
    range_and = re.compile(blank + "(?:" + "|".join(map(re.escape, range_and_words)) + r")(?![A-Za-z])" + blank, re.I)
    intro_words = require(data, "range_and_intro", list, where=where)
    range_and_intro = re.compile(r"\b(?:" + "|".join(map(re.escape, intro_words)) + r")\b[^.;!?$£€\n]*(?::\s*)?\Z", re.I)

    period_of: dict[str, str] = {}
    pay_only: set[str] = set()
    glued_only: set[str] = set()
    periods = require(data, "periods", dict, where=where)
    for period, spec in periods.items():
        if period not in _PERIODS:
            raise RuleError(f"{where}: unknown period {period!r}")
        for group in ("phrases", "pay_only", "glued"):
            for phrase in spec.get(group, []):
                key = " ".join(str(phrase).lower().split())
                if key in period_of:
                    raise RuleError(f"{where}: duplicate period phrase {phrase!r}")
                period_of[key] = period
                if group == "pay_only":
                    pay_only.add(key)
                if group == "glued":
                    glued_only.add(key)
    period_alt = _by_first_character([
        (p, r"\s*".join(re.escape(w) for w in p.split()) if p.startswith("/") else r"\s+".join(re.escape(w) for w in p.split()))
        for p in sorted(period_of, key=len, reverse=True)
    ])
    period_fillers = [str(w) for w in unique(require(data, "period_fillers", list, where=where), where=f"{where}: period_fillers")]
    filler_words = _grouped_phrases(period_fillers)
    period_after = re.compile(
        r"[ \u00a0]*(?:(?:" + filler_words + r")[ \u00a0]+)?(?P<slash>/[ \u00a0]?)?(?P<p>" + period_alt + r")(?![A-Za-z])", re.I
    )

    labels = require(data, "pay_labels", list, where=where)
    unique(labels, where=f"{where}: pay_labels")
    fillers = require(data, "label_fillers", list, where=where)
    unique([str(f) for f in fillers], where=f"{where}: label_fillers")
    filler_alt = "|".join(re.escape(str(f)) + (r"\.?" if str(f).isalpha() else "") for f in sorted(map(str, fillers), key=len, reverse=True))
    pay_label_before = re.compile(
        _first_chars(labels) + r"(?<![A-Za-z])(?:" + _phrase_alternation(labels) + r")(?:\s*\([^()\n]{0,20}\))?[ \t:=\-–]*"
        r"(?:(?:" + filler_alt + r")(?![A-Za-z])[ \t:=\-–]*){0,4}$",
        re.I,
    )
    not_after = require(data, "not_money_after", list, where=where)
    unique([str(w) for w in not_after], where=f"{where}: not_money_after")
    not_money_after = re.compile(
        r"[ \u00a0]*(?:" + _by_first_character([
            (p, r"\s+".join(re.escape(w) for w in p.split()) + (r"(?![A-Za-z])" if p[-1].isalpha() else ""))
            for p in sorted(map(str, not_after), key=len, reverse=True)
        ]) + r")",
        re.I,
    )
    codes = frozenset(c for c in iso if c not in ambiguous)

    shaped = require(data, "shaped_symbols", dict, where=where)
    for sym, code in shaped.items():
        if not 1 <= len(sym) <= 2 or not sym.isascii() or not sym.isalpha() or not sym[0].isupper() or code not in iso:
            raise RuleError(f"{where}: shaped symbol {sym!r} must be one or two ASCII letters (a capital first) with an ISO code, not {code!r}")
    subunits: dict[str, Subunit] = {}
    for word, spec in require(data, "subunits", dict, where=where).items():
        of = frozenset(require(spec, "of", list, where=f"{where}: subunits.{word}"))
        default = require(spec, "default", str, where=f"{where}: subunits.{word}")
        if not of <= iso or default not in of:
            raise RuleError(f"{where}: subunit {word!r} has unknown currencies or a default outside 'of'")
        subunits[word if not word.isalpha() else word.lower()] = Subunit(float(spec["factor"]), of, default)
    subunit_signs = sorted((w for w in subunits if not w.isalpha()), key=len, reverse=True)
    symbol_thousands = frozenset(str(w) for w in unique(require(data, "symbol_thousands", list, where=where), where=f"{where}: symbol_thousands"))
    if not symbol_thousands <= set(glued):
        raise RuleError(f"{where}: symbol_thousands must be glued magnitudes: {sorted(symbol_thousands - set(glued))}")
    implied: dict[str, str] = {}
    for code, words in require(data, "implied_currency_magnitudes", dict, where=where).items():
        if code not in iso:
            raise RuleError(f"{where}: implied currency {code!r} is not ISO 4217")
        for word in words:
            if word not in magnitudes or word in implied:
                raise RuleError(f"{where}: implied-currency magnitude {word!r} is unknown or repeated")
            implied[word] = code
    contextual: dict[str, ContextualSymbol] = {}
    for sym, spec in require(data, "contextual_symbols", dict, where=where).items():
        if (symbols.get(sym) or shaped.get(sym)) != spec.get("default"):
            raise RuleError(f"{where}: contextual symbol {sym!r} must be a symbol with the same default")
        alternatives = {code: frozenset(w.lower() for w in words) for code, words in require(spec, "alternatives", dict, where=where).items()}
        if not set(alternatives) <= iso:
            raise RuleError(f"{where}: contextual symbol {sym!r} has an unknown alternative currency")
        contextual[sym] = ContextualSymbol(spec["default"], frozenset(w.lower() for w in spec.get("own", [])), alternatives)
        for spelling in spec.get("spellings", []):  # "Dhs", "DH": decided as "Dh"
            if spelling in contextual or symbols.get(spelling) != spec["default"]:
                raise RuleError(f"{where}: contextual spelling {spelling!r} repeated or not a symbol of {spec['default']}")
            contextual[spelling] = contextual[sym]
    floor = require(data, "from_floor", dict, where=where)
    myriad_units = {str(k): float(v) for k, v in require(data, "myriad_units", dict, where=where).items()}
    for unit, value in myriad_units.items():
        if len(unit) != 1 or unit.isascii() or value < 10:
            raise RuleError(f"{where}: myriad unit {unit!r} must be one non-ASCII character worth 10 or more")
    letter_tails = _letter_tails([*symbols, *codes, *lowercase])
    return MoneyRules(
        symbols=dict(symbols),
        symbol_before=symbol_before,
        symbol_lengths={last: tuple(sorted({len(s) for s in symbols if s[-1] == last}, reverse=True))
                        for last in {sym[-1] for sym in symbols}},
        marker_last_chars=frozenset(sym[-1] for sym in symbols) | {"$"} | _ASCII_LETTERS,
        lone_symbols=frozenset(sym for sym in symbols if len(sym) == 1 and sym not in _ASCII_LETTERS),
        lone_symbol_blockers=frozenset(sym[-2] for sym in symbols if len(sym) > 1),
        dollar_prefix_last_chars=frozenset(p[-1] for p in set(dollar_prefixes) | codes | set(lowercase)),
        letter_tails=letter_tails,
        letter_tail_max=max(map(len, letter_tails), default=0),
        suffix_marker_first_chars=_ASCII_LETTERS | {sym[0] for sym in symbols} | {"\t"},
        period_first_chars=_both_cases(p[0] for p in list(period_of) + period_fillers) | {"/"},
        prefix_last_chars=_both_cases(p[-1] for p in prefix_kinds),
        suffix_first_chars=_both_cases(p[0] for p in suffix_kinds) | {"+"},
        range_first_chars=_both_cases(str(c)[0] for c in connectors + range_and_words),
        symbol_after=symbol_after,
        dollar_prefixes=dict(dollar_prefixes),
        iso_codes=codes,
        lowercase_codes=frozenset(lowercase),
        names=names,
        name_choices={name: heads[name] for name, code in names.items() if code is None and name in heads},
        weak_names={k.lower(): v for k, v in weak.items()},
        name_last_words=name_last_words,
        magnitude_glued=magnitude_glued,
        magnitude_spaced=magnitude_spaced,
        magnitudes=magnitudes,
        magnitude_periods=mag_periods,
        number_words=number_words,
        number_word_last=number_word_last,
        vague_quantifiers=frozenset(w.lower() for w in unique(require(data, "vague_quantifiers", list, where=where), where=where)),
        articles=articles,
        unit_article_before=frozenset(str(w).lower() for w in unique(require(nw, "unit_before", list, where=where), where=where)),
        unit_nouns_after=frozenset(str(w).lower() for w in unique(require(nw, "unit_nouns_after", list, where=where), where=where)),
        unit_numbers=units,
        scale_numbers=scales,
        prefix_qualifier=prefix_qualifier,
        prefix_qualifier_reversed=_reversed_prefix(list(prefix_kinds)),
        prefix_reversed_by_last=_reversed_by_last(list(prefix_kinds)),
        prefix_kinds=prefix_kinds,
        suffix_qualifier=suffix_qualifier,
        suffix_kinds=suffix_kinds,
        range_connector=range_connector,
        range_and=range_and,
        range_and_intro=range_and_intro,
        period_after=period_after,
        period_of=period_of,
        pay_only_periods=frozenset(pay_only),
        glued_periods=frozenset(glued_only),
        period_blockers=frozenset(w.lower() for w in require(data, "period_blockers", list, where=where)),
        pay_label_before=pay_label_before,
        not_money_after=not_money_after,
        ordinal_after=re.compile(
            "(?:" + "|".join(map(re.escape, unique([str(w) for w in require(data, "ordinal_suffixes", list, where=where)], where=f"{where}: ordinal_suffixes")))
            + ")(?![A-Za-z])", re.I,
        ),
        clock_after=re.compile(
            r"[ \u00a0]?(?:" + "|".join(map(re.escape, sorted(unique([str(w) for w in require(data, "clock_suffixes", list, where=where)],
                                                                     where=f"{where}: clock_suffixes"), key=len, reverse=True)))
            + r")(?![A-Za-z])", re.I,
        ),
        shaped_symbols=dict(shaped),
        shaped_strict=re.compile(r"(?<![\w&/\\@#'’.-])(?P<symbol>" + "|".join(sorted(map(re.escape, shaped), key=len, reverse=True))
                                 + r")\d{1,3}(?:[ ,\u00a0]\d{3})+(?![\d,])"),
        weak_grouped=frozenset(weak_grouped),
        subunits=subunits,
        implied_currency=implied,
        implied_scale_words=frozenset(w.lower() for w in implied if w.lower() in scales),
        word_atom_vocabulary=name_last_words | frozenset(w.lower() for w in implied if w.lower() in scales),
        implied_next_words=frozenset(w.lower() for w in unique(require(data, "implied_currency_next_words", list, where=where), where=where)),
        contextual=contextual,
        change_words=frozenset(w.lower() for w in unique(require(floor, "change_words", list, where=where), where=where)),
        change_right_before=frozenset(w.lower() for w in unique(require(floor, "right_before", list, where=where), where=where)),
        level_verbs=frozenset(w.lower() for w in unique(require(data, "level_verbs_before_up_to", list, where=where), where=where)),
        over_verbs=frozenset(w.lower() for w in unique(require(data, "verbs_before_over", list, where=where), where=where)),
        cap_words=frozenset(w.lower() for w in unique(require(data, "cap_words_before_at", list, where=where), where=where)),
        **_named_bound_rules(require(data, "named_bounds", dict, where=where), where=where),
        approx_noun=_approx_noun_rule(unique([str(w) for w in require(data, "approx_before_noun", list, where=where)],
                                             where=f"{where}: approx_before_noun")),
        myriad_units=myriad_units,
        myriad_currencies=_language_currencies([str(w) for w in unique(require(data, "myriad_languages", list, where=where),
                                                                       where=f"{where}: myriad_languages")]),
        myriad=re.compile("[" + "".join(map(re.escape, myriad_units)) + "]{1,3}") if myriad_units else None,
        local_thousands=_local_thousands(require(data, "local_thousands", dict, where=where), magnitudes, where=where),
        declaration_words=tuple(unique([str(w) for w in require(data, "currency_declarations", list, where=where)], where=f"{where}: currency_declarations")),
        **_page_note_rules(require(data, "page_declarations", dict, where=where), where=where),
        subunit_symbol_after=re.compile(r"[ \u00a0]?(?P<sym>" + "|".join(map(re.escape, subunit_signs)) + ")") if subunit_signs else None,
        symbol_thousands=symbol_thousands,
        code_thousand_prefixes=frozenset(str(w) for w in unique(require(data, "code_thousand_prefixes", list, where=where),
                                                                where=f"{where}: code_thousand_prefixes")),
        local_abbreviations=frozenset(spellings),
        point_groups=frozenset(point_groups),
        magnitude_link=_link_pattern(require(data, "magnitude_links", list, where=where), where=where),
        comparison_before=re.compile(
            r"(?<![A-Za-z])(?i:" + _phrase_alternation(unique([str(w) for w in require(data, "comparison_words", list, where=where)],
                                                               where=f"{where}: comparison_words")) + r")[ \u00a0]+\Z"),
        subunit_sign_chars=frozenset(w[0] for w in subunit_signs),
        **_shorthand_rules(data, where=where),
        **_shape_bound_rules(require(data, "shape_bound_symbols", list, where=where), symbols, where=where),
        **_glued_subunit_rules(require(data, "glued_subunits", dict, where=where), iso, symbols, where=where),
    )


def _shape_bound_rules(words: list[object], symbols: Mapping[str, str], *, where: str) -> dict[str, object]:
    """The letter symbols of ``shape_bound_symbols`` and the pattern of their strict shape (the
    symbol standing alone, then grouped thousands: "SR 35,000")."""
    bound = [str(w) for w in unique(words, where=f"{where}: shape_bound_symbols")]
    for sym in bound:
        if sym not in symbols or not sym.isascii() or not sym.isalpha():
            raise RuleError(f"{where}: shape-bound symbol {sym!r} must be a letter symbol")
    if not bound:
        return {}
    alt = _phrase_alternation(bound)
    return {"shape_bound": frozenset(bound),
            "shape_bound_strict": re.compile(r"(?<![A-Za-z])(?:" + alt + r")[ \u00a0]?\d{1,3}(?:,\d{3})+(?![\d,])")}


def _named_bound_rules(spec: Mapping[str, object], *, where: str) -> dict[str, object]:
    """``named_bounds`` of money.yaml: the bound phrases a determiner turns into a named level, and that determiner
    ("the", "its", a possessive), then at most three modifiers, right before the phrase."""
    phrases = frozenset(" ".join(str(w).lower().split()) for w in unique(require(spec, "phrases", list, where=where), where=where))
    dets = [str(w) for w in unique(require(spec, "determiners", list, where=where), where=where)]
    breaks = [str(w) for w in unique(require(spec, "not_modifiers", list, where=where), where=where)]
    indefinite = [str(w) for w in unique(require(spec, "indefinite_determiners", list, where=where), where=where)]
    det = r"(?:(?<![A-Za-z])(?:" + "|".join(map(re.escape, dets)) + r")|[A-Za-z][’']s)"
    modifier = r"(?!(?:" + "|".join(map(re.escape, breaks)) + r")(?![\w’'-]))[\w’'-]+"
    # "a separate home care minimum of $18.55": an indefinite article names a level only with a modifier
    indef = r"(?<![A-Za-z])(?:" + "|".join(map(re.escape, indefinite)) + r")(?:[ \u00a0]+" + modifier + r"){1,3}"
    return {"named_bounds": phrases,
            "bound_determiners": re.compile(r"(?:" + det + r"(?:[ \u00a0]+" + modifier + r"){0,3}|" + indef + r")[ \u00a0]+\Z", re.I)}


def _approx_noun_rule(words: list[str]) -> Optional[re.Pattern[str]]:
    """``approx_before_noun`` of money.yaml: an approximation word, then an indefinite noun phrase ending in "of",
    right before an amount (a definite one names a figure stated exactly: "close to the city average of $51,500").

    >>> p = _approx_noun_rule(["closer to", "roughly"])
    >>> [bool(p.search(t)) for t in ("closer to a salaried package of ", "roughly the median of ", "talk about a fee of ")]
    [True, False, False]
    """
    if not words:
        return None
    alt = longest_first(words, blank=r"[ \u00a0]+")
    return re.compile(r"(?<![A-Za-z])(?:" + alt + r")[ \u00a0]+an?(?:[ \u00a0]+[A-Za-z’'-]+){0,3}[ \u00a0]+of[ \u00a0]+\Z", re.I)


def _glued_subunit_rules(spec: Mapping[str, object], iso: frozenset[str], symbols: Mapping[str, str], *,
                         where: str) -> dict[str, object]:
    """The subunit letters of ``glued_subunits`` ("p" of pence), the pattern of one glued after a number, and
    how a text writes their currencies elsewhere (for :func:`_written_currencies`)."""
    subunits: dict[str, Subunit] = {}
    for letter, item in spec.items():
        of = frozenset(require(item, "of", list, where=f"{where}: glued_subunits.{letter}"))
        default = require(item, "default", str, where=f"{where}: glued_subunits.{letter}")
        if not str(letter).isalpha() or not of <= iso or default not in of:
            raise RuleError(f"{where}: glued subunit {letter!r} must be letters with known currencies and a default among them")
        subunits[str(letter)] = Subunit(float(item["factor"]), of, default)
    if not subunits:
        return {}
    alt = _phrase_alternation(list(subunits))
    written = []
    for code in sorted(frozenset().union(*(sub.of for sub in subunits.values()))):
        signs = [sym for sym, c in symbols.items() if c == code and not sym[0].isalpha()]
        longer = [sym for sym, c in symbols.items() if c != code and any(sym.endswith(g) and sym != g for g in signs)]
        written.append((code, tuple((re.compile(re.escape(sign)), tuple(o for o in longer if o.endswith(sign))) for sign in signs),
                        re.compile(r"(?<![A-Za-z])" + code + r"(?![A-Za-z])")))
    return {"glued_subunits": subunits, "glued_subunit_chars": frozenset(w[0] for w in subunits),
            "glued_subunit_after": re.compile(r"(?P<sym>" + alt + r")(?!\w|\.\w)"), "written_signs": tuple(written)}


def _link_pattern(words: list[object], *, where: str) -> re.Pattern[str]:
    """The blanks and link word between a magnitude word and its currency noun (a word ending with an
    apostrophe is glued to the noun: "d'euros").

    >>> p = _link_pattern(["de", "d'"], where="test")
    >>> p.match(" de euros").end(), p.match(" d'euros").end(), p.match(" deuros")
    (4, 3, None)
    """
    items = [str(w) for w in unique(words, where=f"{where}: magnitude_links")]
    if not items:
        raise RuleError(f"{where}: magnitude_links is empty")
    glued = [w for w in items if w[-1] in "'’"]
    spaced = [w for w in items if w[-1] not in "'’"]
    alts = []
    if spaced:
        alts.append(r"(?:" + "|".join(map(re.escape, sorted(spaced, key=len, reverse=True))) + r")[ \u00a0]+")
    if glued:
        alts.append(r"(?:" + "|".join(map(re.escape, sorted(glued, key=len, reverse=True))) + r")(?=[^\W\d_])")
    return re.compile(r"[ \u00a0]+(?:" + "|".join(alts) + ")", re.I)


def _shorthand_rules(data: Mapping[str, object], *, where: str) -> dict[str, object]:
    """The patterns of ``bare_shorthand``: pay words that make a bare k-amount money (forum shorthand)."""
    spec = require(data, "bare_shorthand", dict, where=where)
    before = [str(w) for w in unique(require(spec, "before", list, where=where), where=f"{where}: bare_shorthand.before")]
    fillers = [str(w) for w in unique(require(spec, "fillers", list, where=where), where=f"{where}: bare_shorthand.fillers")]
    after = [str(w) for w in unique(require(spec, "after", list, where=where), where=f"{where}: bare_shorthand.after")]
    thousands = [str(w) for w in unique(require(spec, "thousands_after", list, where=where), where=f"{where}: bare_shorthand.thousands_after")]
    filler_alt = _phrase_alternation(fillers)
    return {
        "shorthand_before": re.compile(
            r"(?<![A-Za-z])(?:" + _phrase_alternation(before) + r")[ \t:=]*(?:(?:" + filler_alt + r")[ \t]+){0,3}[~≈]?\Z", re.I
        ),
        "shorthand_word": re.compile(r"(?<![A-Za-z])(?:" + _phrase_alternation(before) + r")(?![A-Za-z])", re.I),
        "shorthand_after": re.compile(r"[ \u00a0]+(?:" + _phrase_alternation(after) + r")(?![A-Za-z])", re.I),
        "thousands_after": re.compile(r"[ \u00a0]+(?:" + "|".join(map(re.escape, thousands)) + r")(?![A-Za-z])"),
        "salary_months_after": _salary_months_rule(spec, where=where),
        "shorthand_verbs": frozenset(str(w).lower() for w in unique(require(spec, "not_plurals", list, where=where), where=f"{where}: bare_shorthand.not_plurals")),
    }


def _salary_months_rule(spec: Mapping[str, object], *, where: str) -> re.Pattern[str]:
    """The pattern of a number of salary months multiplying a k-amount ("× 16", "·14薪"); group ``n``."""
    signs = [str(w) for w in unique(require(spec, "times_signs", list, where=where), where=f"{where}: bare_shorthand.times_signs")]
    low, high = require(spec, "salary_months", list, where=where)
    if not 1 <= int(low) <= int(high) <= 99:
        raise RuleError(f"{where}: bare_shorthand.salary_months must be two counts of months, fewest first")
    counts = "|".join(str(n) for n in range(int(high), int(low) - 1, -1))
    return re.compile(r"[ \u00a0]*(?:" + "|".join(map(re.escape, signs)) + r")[ \u00a0]*(?:" + counts + r")(?!\d)", re.I)


_NOTE_OPENERS = ("all", "every")  # the words a currency note opens with ("all figures", "every amount")


def _page_note_rules(spec: Mapping[str, object], *, where: str) -> dict[str, re.Pattern[str]]:
    """The patterns of ``page_declarations``: what a currency note covers, and a section scope."""
    subjects = [str(w) for w in unique(require(spec, "subjects", list, where=where), where=f"{where}: page_declarations.subjects")]
    scopes = [str(w) for w in unique(require(spec, "section_scopes", list, where=where), where=f"{where}: page_declarations.section_scopes")]
    return {
        "page_note": re.compile(r"(?<![A-Za-z])(?i:" + "|".join(_NOTE_OPENERS) + r")[ \u00a0]+(?:(?i:the|of the|our)[ \u00a0]+)?(?:"
                                + _phrase_alternation(subjects) + r")(?![A-Za-z])", re.I),
        "section_scope": re.compile(r"(?<![A-Za-z])(?:" + _phrase_alternation(scopes) + r")(?![A-Za-z])", re.I),
    }


def _currency_heads(excluded: list[str], *, where: str) -> dict[str, frozenset[str]]:
    """The head nouns of the English names of the currencies in use today ("zloty", "zlotys",
    "dirhams"), each with the currencies it may name, but for the ``excluded`` common words.

    >>> heads = _currency_heads(["real", "reals"], where="t")
    >>> heads["zlotys"], sorted(heads["dirham"]), "real" in heads
    (frozenset({'PLN'}), ['AED', 'MAD'], False)
    """
    unique([str(w) for w in excluded], where=f"{where}: not_unit_heads")
    skip = frozenset(str(w).lower() for w in excluded)
    current = {code for codes in _territory_currencies().values() for code in codes}
    heads: dict[str, set[str]] = {}
    for code in current:
        for count in (1, 2):
            head = get_currency_name(code, count=count, locale="en").lower().split()[-1]
            if head not in skip and _NAME_OK.fullmatch(head) and head != code.lower():
                heads.setdefault(head, set()).add(code)
    return {head: frozenset(codes) for head, codes in heads.items()}


@lru_cache(maxsize=1)
def _territory_currencies() -> dict[str, frozenset[str]]:
    """The currencies in use today in each territory babel knows."""
    from babel.core import get_global

    return {territory: frozenset(get_territory_currencies(territory)) for territory in get_global("territory_currencies")}


def _language_currencies(languages: list[str]) -> frozenset[str]:
    """The currencies of the territories where one of ``languages`` is official (babel).

    >>> sorted({"CNY", "JPY", "KRW", "USD"} & _language_currencies(["zh", "ja", "ko"]))
    ['CNY', 'JPY', 'KRW']
    """
    from babel.languages import get_official_languages

    wanted = set(languages)
    return frozenset(code for territory, currencies in _territory_currencies().items()
                     if wanted & set(get_official_languages(territory, de_facto=True)) for code in currencies)


def _local_thousands(spec: Mapping[str, list[str]], magnitudes: Mapping[str, float], *, where: str) -> dict[str, frozenset[str]]:
    """For each magnitude word, the currencies with which it means a thousand: those used only in
    territories where one of the given languages is official (babel's territory data).

    >>> sorted({"BRL", "MXN", "USD", "EUR"} & _local_thousands({"mil": ["es", "pt"]}, {"mil": 1e6}, where="t")["mil"])
    ['BRL', 'MXN']
    """
    from babel.languages import get_official_languages

    out: dict[str, frozenset[str]] = {}
    for word, languages in spec.items():
        if word not in magnitudes:
            raise RuleError(f"{where}: local_thousands word {word!r} is no magnitude")
        inside: set[str] = set()
        outside: set[str] = set()
        for territory, currencies in _territory_currencies().items():
            official = set(get_official_languages(territory, de_facto=True))
            (inside if official & set(languages) else outside).update(currencies)
        out[word] = frozenset(inside - outside)
    return out


def _declaration_pattern(words: list[str], names: Mapping[str, Optional[str]], codes: frozenset[str]) -> re.Pattern[str]:
    """The words of a currency declaration followed by a currency name of two or more words
    ("in Canadian dollars") or an upper-case ISO code ("in CAD")."""
    lead = _phrase_alternation(words)
    name_alt = _phrase_alternation(sorted(names))
    code_alt = "|".join(sorted(codes))
    return re.compile(
        rf"(?<![A-Za-z])(?i:{lead})[ \u00a0]+(?:(?P<name>(?i:{name_alt}))(?![A-Za-z])|(?P<code>{code_alt})(?![A-Za-z]))"
    )


@lru_cache(maxsize=1)
def _long_names() -> dict[str, str]:
    """The currency names of two words or more ("canadian dollars"), lower-case, with their codes."""
    return {k: v for k, v in money_rules().names.items() if v is not None and " " in k.strip()}


@lru_cache(maxsize=1)
def _declaration() -> re.Pattern[str]:
    """The declaration pattern of the loaded rules, compiled on first use (few documents need it)."""
    rules = money_rules()
    return _declaration_pattern(list(rules.declaration_words), _long_names(), rules.iso_codes)


@lru_cache(maxsize=1)
def _long_name_pattern() -> re.Pattern[str]:
    return re.compile(r"(?<![A-Za-z])(?:" + _phrase_alternation(sorted(_long_names())) + r")(?![A-Za-z])", re.I)


@lru_cache(maxsize=1)
def _long_name_ends() -> frozenset[str]:
    """The last words of the long currency names ("dollars", "francs"): a text holding none of
    them names no currency by a long name, and the long alternation need not run over it."""
    return frozenset(name.split()[-1] for name in _long_names())


def _may_name_long(text: str) -> bool:
    ends = _long_name_ends()
    return any(word in ends for word in _WORDS.findall(text.lower()))


def _may_name_currency(text: str) -> bool:
    """Whether ``text`` may name a currency by an ISO code or a long name (a cheap test first)."""
    codes = money_rules().iso_codes
    return any(m.group() in codes for m in _ISO_WORD.finditer(text)) or _may_name_long(text)


_ISO_WORD = re.compile(r"(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])")


def currencies_in(text: str) -> frozenset[str]:
    """The currencies ``text`` names by ISO code (not one of the ambiguous codes) or by a name of
    two words or more, with no declaration needed (a table header "Sweden (SEK)").

    >>> sorted(currencies_in("Sweden (SEK) vs rates in Canadian dollars")), currencies_in("ALL roles")
    (['CAD', 'SEK'], frozenset())
    """
    rules = money_rules()
    found = {m.group() for m in _ISO_WORD.finditer(text) if m.group() in rules.iso_codes}
    if _may_name_long(text):
        names = _long_names()
        found.update(names[" ".join(m.group().lower().split())] for m in _long_name_pattern().finditer(text))
    return frozenset(found)


def currency_named(text: str) -> Optional[str]:
    """The currency that ``text`` (a caption, the line introducing a list or table) declares its
    amounts to be in, or None.

    >>> currency_named("IT group: annual rates of pay in Canadian dollars, effective 2024")
    'CAD'
    >>> currency_named("Monthly pay (in MXN):"), currency_named("Pay in the UK is high"), currency_named("Fees in US dollars")
    ('MXN', None, 'USD')
    """
    if not _may_name_currency(text):
        return None  # most lines: no currency named, the declaration pattern need not run
    m = _declaration().search(text)
    return None if m is None else _declared_code(m)


def _declared_code(m: re.Match[str]) -> Optional[str]:
    """The currency a match of :func:`_declaration` names: its code, or the code of its name."""
    return m.group("code") or money_rules().names.get(m.group("name").lower())


# --------------------------------------------------------------------------- atoms


@dataclass(slots=True)  # never changed once built, but made ~9,000 times per 150 documents: no frozen __init__
class _Atom:
    """One amount: a number with its currency marker and magnitude."""

    start: int  # includes a prefix currency marker
    end: int  # includes magnitude and suffix currency marker
    num_start: int
    num_end: int  # end of digits (before magnitude)
    value: float
    currency: Optional[str]
    kind: str  # symbol | code_prefix | code_suffix | symbol_suffix | name_suffix | number_words | bare
    has_prefix: bool
    magnitude: float = 1.0
    small_plain: bool = False  # 1-3 digits, no separator, no decimals: may take a range partner's magnitude
    round_thousands: bool = False  # grouped, ending in ,000
    period: Optional[str] = None  # stated by the magnitude (LPA)
    choices: Optional[frozenset[str]] = None  # a subunit's currencies: the document's dominant one if among them
    pinned: bool = False  # a plain "$" whose currency a code after the amount names ("$20.25 CAD")
    factor: float = 1.0  # a subunit's fraction of the main unit ("65 cents": 0.01)
    thousands: bool = False  # its currency is counted in thousands ("kCHF 110"): a bare range partner is too
    mag_word: Optional[str] = None  # the magnitude word read after it ("mil")


def parse_number(int_part: str, sep: Optional[str], dec: Optional[str], *, has_magnitude: bool = False) -> float:
    """Value of a matched number; decides thousands vs decimal separators.

    >>> parse_number("1,234", ",", None)
    1234.0
    >>> parse_number("45.000", ".", None)
    45000.0
    >>> parse_number("2.174", ".", None, has_magnitude=True)
    2.174
    >>> parse_number("1.234", ".", ",56")
    1234.56
    >>> parse_number("12,34,567", None, ".89")
    1234567.89
    >>> parse_number("12", None, ",90")
    12.9
    """
    if sep is not None and sep == "." and int_part.count(".") == 1 and has_magnitude and dec is None:
        return float(int_part)
    digits = int_part if int_part.isdigit() else int_part.replace(sep or ",", "")  # the one separator (Indian grouping: commas)
    if not digits.isdigit():
        digits = _NOT_DIGIT.sub("", int_part)
    value = float(digits)
    if dec:
        value = float(f"{digits}.{dec[1:]}")
    return value


_MYRIAD = 10000.0  # the first large CJK unit (万, 만): the smaller ones count within a group of four digits


def _myriad_value(units: str, rules: MoneyRules) -> float:
    """The factor of a run of CJK numeral units: their product (``千万`` = 1000 x 10000).

    >>> _myriad_value("万", money_rules()), _myriad_value("천만", money_rules())
    (10000.0, 10000000.0)
    """
    value = 1.0
    for unit in units:
        value *= rules.myriad_units[unit]
    return value


def _myriad_group(text: str, pos: int, rules: MoneyRules) -> tuple[float, float, float, int]:
    """A group of a CJK amount whose first number ends at ``pos``, before its units: the parts with a
    small unit (千, 百, 十; each smaller than the one before) are summed, then a run of large units
    (万, 億) multiplies the sum ("5천5백만" = 5,500 x 10,000). Returns (factor of the first number,
    value of the later parts, the large unit or 1, end): the group is first x factor + later.

    >>> _myriad_group("5천5백만원", 1, money_rules())
    (10000000.0, 5000000.0, 10000.0, 5)
    >>> _myriad_group("2천만원", 1, money_rules()), _myriad_group("3억 명", 1, money_rules())
    ((10000000.0, 0.0, 10000.0, 3), (100000000.0, 0.0, 100000000.0, 2))
    """
    myriad, units = rules.myriad, rules.myriad_units
    first, later, small = 0.0, 0.0, math.inf
    number: Optional[float] = None  # the value of a later part's digits
    end = pos
    while myriad is not None:
        u = myriad.match(text, pos)
        if u is None:
            break
        smalls = math.prod(units[c] for c in u.group() if units[c] < _MYRIAD)
        large = math.prod(units[c] for c in u.group() if units[c] >= _MYRIAD)
        if number is not None and (smalls == 1.0 or smalls >= small):
            break  # "5천 3천": not one group
        if number is None:
            first = smalls
        else:
            later += number * smalls
        end = u.end()
        if large != 1.0:
            return first * large, later * large, large, end
        small = smalls
        m = _NUMBER.match(text, end)  # the next part, glued: "5천5백"
        if m is None or m.group("dec") is not None or not m.group("int").isdigit():
            break
        number, pos = float(m.group("int")), m.end()
    return first, later, 1.0, end


def _myriad_tail(text: str, pos: int, unit: float, rules: MoneyRules) -> tuple[float, int]:
    """The smaller groups that continue a CJK amount after a large unit (``1억 2,000만``: 2,000만 after
    ``1억``; ``1億2000万``; ``1억 5천5백만``), up to two, each with a smaller unit than the one before:
    (value added, end).

    >>> _myriad_tail("1억 2,000만원", 2, 1e8, money_rules())
    (20000000.0, 9)
    >>> _myriad_tail("1억 5천5백만원", 2, 1e8, money_rules())
    (55000000.0, 8)
    >>> _myriad_tail("3억 명", 2, 1e8, money_rules())
    (0.0, 2)
    """
    added = 0.0
    for _ in range(2):
        if rules.myriad is None or unit <= _MYRIAD:
            break
        at = pos + 1 if text[pos : pos + 1] in _BLANKS else pos
        m = _NUMBER.match(text, at)
        if m is None or m.group("dec") is not None or rules.myriad.match(text, m.end()) is None:
            break
        factor, later, large, end = _myriad_group(text, m.end(), rules)
        if max(factor, large) >= unit:
            break
        int_part, sep = m.group("int"), m.group("sep")
        added += (float(int_part) if int_part.isdigit() else parse_number(int_part, sep, None)) * factor + later
        pos, unit = end, factor
    return added, pos


def _spaced_glued_magnitude(text: str, pos: int, rules: MoneyRules) -> Optional[re.Match[str]]:
    """A glued magnitude one space after the number, when a currency symbol is glued right after it
    (``53 k€``, ``35 K€``): the two read as one unit.

    >>> _spaced_glued_magnitude("53 k€ gross", 3, money_rules()).group("mag")
    'k'
    >>> _spaced_glued_magnitude("53 k of them", 3, money_rules()) is None
    True
    """
    mg = rules.magnitude_glued.match(text, pos)
    if mg is None:
        return None
    s = rules.symbol_after.match(text, mg.end())
    return mg if s is not None and s.start("sym") == mg.end() and not s.group("sym")[0].isalpha() else None


def _hyphened_magnitude(text: str, pos: int, rules: MoneyRules) -> Optional[re.Match[str]]:
    """A magnitude word joined to the number by a hyphen at ``pos`` (``$40-billion``, ``$3-million``):
    a word of three letters or more, so that "$5-m" or "$40-k" stay what they were.

    >>> _hyphened_magnitude("the $40-billion plant", 7, money_rules()).group("mag")
    'billion'
    >>> _hyphened_magnitude("$40-bn", 3, money_rules()) is None, _hyphened_magnitude("$40-60", 3, money_rules())
    (True, None)
    """
    ms = rules.magnitude_spaced.match(text, pos + 1)
    return ms if ms is not None and ms.start("mag") == pos + 1 and len(ms.group("mag")) >= 3 else None


def _symbol_glued_after(text: str, pos: int, rules: MoneyRules) -> bool:
    """Whether a currency sign (not letters) is glued right at ``pos`` ("T€": the "€" after "T").

    >>> _symbol_glued_after("75 T€", 4, money_rules()), _symbol_glued_after("75 T €", 4, money_rules())
    (True, False)
    """
    s = rules.symbol_after.match(text, pos)
    return s is not None and s.start("sym") == pos and not s.group("sym")[0].isalpha()


def _money_shaped(text: str, marker: str, at: int, grouped_or_scaled: bool, bound: frozenset[str],
                  rules: MoneyRules) -> bool:
    """Does a shape-bound letter symbol (``SR``, ``TRY``) stand with a number shaped like money: grouped
    thousands or a magnitude, a text that writes it so elsewhere (``bound``), or a period after it (``at``)?"""
    return grouped_or_scaled or marker in bound or _period_at(text, at, rules)[0]


def _number_atoms(text: str, rules: MoneyRules) -> list[_Atom]:
    atoms: list[_Atom] = []
    taken = 0  # the end of a CJK amount whose later parts are read with it ("1억 2,000만원")
    confirmed: Optional[frozenset[str]] = None  # the shaped symbols the text confirms (read when first needed)
    bound: Optional[frozenset[str]] = None  # the shape-bound symbols the text confirms (read when first needed)
    written: Optional[frozenset[str]] = None  # the currencies the text writes with a sign or code (read when first needed)
    for m in _NUMBER.finditer(text):
        ns, ne = m.span()
        if ns < taken:
            continue
        int_part, sep, dec = m.groups()
        # magnitude: a word right after the number, or after one space (looked for only there)
        pos = ne
        if dec is None and text[ne : ne + 1] == "." and _ZERO_CENTS.match(text, ne):
            pos = ne = ne + 2  # "Fr. 72'000.–": the dash stands for zero cents
        mag = 1.0
        mag_period: Optional[str] = None
        mag_word: Optional[str] = None
        tail = 0.0
        first = text[pos : pos + 1]
        mg = rules.magnitude_glued.match(text, pos) if first in _ASCII_LETTERS else None
        if mg is None and first in _BLANKS and text[pos + 1 : pos + 2] in _ASCII_LETTERS:
            mg = _spaced_glued_magnitude(text, pos + 1, rules)
        my = rules.myriad.match(text, pos) if mg is None and first in rules.myriad_units and rules.myriad is not None else None
        if my:
            mag, tail, large, pos = _myriad_group(text, pos, rules)
            more, pos = _myriad_tail(text, pos, max(mag, large), rules)
            tail += more
            taken = pos
        elif mg:
            mag = rules.magnitudes[mg.group("mag")]
            if mg.group("mag") in rules.symbol_thousands and _symbol_glued_after(text, mg.end(), rules):
                mag = 1000.0  # "75 T€": German Tausend before the currency sign
            pos = mg.end()
        elif _may_be_letter(first) or (first in " \u00a0-" and _may_be_letter(text[pos + 1 : pos + 2])):
            ms = _hyphened_magnitude(text, pos, rules) if first == "-" else rules.magnitude_spaced.match(text, pos)
            if ms:
                word = ms.group("mag")
                key = next((k for k in rules.magnitudes if k.lower() == word.lower() and (k == word or len(k) > 2)), None)
                if key is not None:
                    mag = rules.magnitudes[key]
                    mag_period = rules.magnitude_periods.get(key)
                    mag_word = key
                    pos = ms.end()
        if dec is None and int_part.isdigit():  # plain digits: what parse_number returns
            value = float(int_part) * mag + tail
        else:
            # "1.200 millones": a point groups thousands in the language of the magnitude word
            value = parse_number(int_part, sep, dec, has_magnitude=mag != 1.0 and mag_word not in rules.point_groups) * mag + tail
        prev_end = atoms[-1].end if atoms else -1
        # a dash right after the previous amount joins a range ("56 K€-70 K€"): no minus sign
        neg = ns > 0 and text[ns - 1] in "-−" and (ns < 2 or not text[ns - 2].isalnum()) and prev_end != ns - 1
        lead = ns - 1 if neg else ns
        if neg:
            value = -value
        small_plain = sep is None and dec is None and len(int_part) <= 3 and mag == 1.0 and "," not in int_part
        round_k = len(int_part) >= 5 and int_part.endswith("000") and dec is None and mag == 1.0
        # prefix currency
        cur, kind, start, has_prefix = _prefix_currency(text, lead, rules)
        if start < prev_end and kind in ("symbol", "code_prefix") and (
            lead == prev_end or (lead == prev_end + 1 and text[prev_end] in "-–—")
        ):
            # the marker closes the amount before, glued to this one ("2.690 €2.950 €", "56 K€-70 K€"):
            # this one has its own mark after it ("3 GBP 1 pence" stays one amount)
            cur, kind, start, has_prefix = None, "", lead, False
        if kind == "symbol" and (marker := text[start:lead].strip(" \u00a0-")) in rules.shape_bound:  # "SR 99", "PEN-300"
            bound = _confirmed_bound(text, rules) if bound is None else bound
            if not _money_shaped(text, marker, pos, sep is not None or mag != 1.0, bound, rules):
                cur, kind, start, has_prefix = None, "", lead, False  # "SR 99": a route, not riyals
        end = pos
        pinned = False
        factor = 1.0
        choices: Optional[frozenset[str]] = None
        glued_sub = (rules.glued_subunit_after.match(text, pos) if cur is None and kind == "" and pos == ne and not neg
                     and 0 < value < 100 and text[pos : pos + 1] in rules.glued_subunit_chars else None)
        if glued_sub is not None:
            sub = rules.glued_subunits[glued_sub.group("sym")]
            if written is None:
                written = _written_currencies(text, rules)
            if written & sub.of:  # "45p" in a text that writes pounds
                value, cur, kind, end = round(value * sub.factor, 9), sub.default, "name_suffix", glued_sub.end()
                choices, factor = sub.of, sub.factor
        if cur is None and kind == "":
            suffix_at = pos
            cur, kind, end = _suffix_currency(text, pos, rules, has_magnitude=mag != 1.0, grouped=sep is not None)
            if kind == "" and mag_word is not None:
                link = rules.magnitude_link.match(text, pos)  # "4.735 millones de euros", "3 millions d'euros"
                if link is not None:
                    cur, kind, end = _suffix_currency(text, link.end(), rules, has_magnitude=True, grouped=sep is not None)
                    if kind not in ("name_suffix", "code_suffix", "symbol_suffix"):
                        cur, kind, end = None, "", pos
                    else:
                        suffix_at = link.end()
            if kind == "symbol_suffix" and (marker := text[suffix_at:end].strip()) in rules.shape_bound:
                bound = _confirmed_bound(text, rules) if bound is None else bound
                if not _money_shaped(text, marker, end, sep is not None or mag != 1.0, bound, rules):
                    cur, kind, end = None, "", pos  # "scored 3 TRY": a word, not lira
            if kind == "name_suffix" and cur is None:
                choices = rules.name_choices.get(text[suffix_at:end].strip().rstrip(".").lower())  # "dirhams": the page's own
            if kind == "subunit":
                word = text[pos:end].strip()
                sub = rules.subunits[word if word in rules.subunits else word.lower()]
                value, kind, cur, choices, factor = round(value * sub.factor, 9), "name_suffix", sub.default, sub.of, sub.factor
            elif kind == "":
                kind, end = "bare", pos
                if confirmed is None and _shaped_marker(text, lead, rules, spaced=True):
                    confirmed = confirmed_symbols(text, rules)
                shaped = _shaped_symbol(text, lead, pos, rules, grouped=sep is not None, magnitude=mag != 1.0,
                                        confirmed=confirmed or frozenset())
                if shaped is not None:
                    cur, kind, start, has_prefix = shaped[0], "symbol", lead - shaped[1], True
                elif mag_word in rules.implied_currency and _implied_currency_ok(text, pos, rules):
                    cur, kind = rules.implied_currency[mag_word], "magnitude_currency"
        elif _may_start_at(text, pos, _ASCII_LETTERS):
            # "$90,000.00 USD": a code repeating (or pinning down) the prefix currency
            c = _CODE_AFTER.match(text, pos)
            if c and c.group("code").upper() in rules.iso_codes and (
                c.group("code").upper() == cur or (kind == "symbol" and text[lead - 1 : lead].strip() in ("$", ""))
            ) and not (c.start("code") == pos and _NUMBER_NEXT.match(text, c.end())):
                # (a code glued to the amount and followed by a number opens the next cell: "$134,000CHF 121,000")
                pinned = text[start:lead].strip() == "$"  # "$140,000 USD": the code pins the "$" down
                cur, end = c.group("code").upper(), c.end()
            elif kind == "symbol" and text[start:lead].strip() == "$":
                named, named_kind, named_end = _suffix_currency(text, pos, rules, has_magnitude=mag != 1.0, grouped=sep is not None)
                if named_kind == "name_suffix":  # "$1,800 pesos": the name pins the "$" down
                    phrase = text[pos:named_end].strip().rstrip(".").lower()
                    cur, end, pinned = named, named_end, True
                    choices = rules.name_choices.get(phrase) if named is None else None
        if rules.thousand_word(mag_word, cur):
            value, mag = value / mag * 1000.0, 1000.0  # "R$ 12 mil": a thousand in Portuguese and Spanish
        thousands = kind == "code_prefix" and mag == 1.0 and _thousand_prefix(text, start, rules)
        if thousands:
            value, start = value * 1000.0, start - 1  # "kCHF 110": thousands of francs
        if start and text[start - 1] in _CODE_CONTEXT_CHARS and kind in ("symbol", "code_prefix") and text[start:lead].rstrip().endswith("$"):
            continue  # "\\$5", "{$1", "=$2": code (what _CODE_CONTEXT finds before start)
        if kind == "symbol" and small_plain and len(int_part) <= 2 and text[start:lead] == "$" and _CODE_AFTER_VAR.match(text, end):
            continue  # "{print $1}", "$2;": a positional variable in code
        if kind in ("symbol", "code_prefix") and mag == 1.0 and text[end : end + 1] in _LOWER_OR_UNDERSCORE:  # _LETTER_AFTER
            # "$1abc", "$HOME"-like code, "USD3x": not an amount; "$5 million" already consumed
            if not rules.period_after.match(text, end) and not _NEXT_CELL_ABBREVIATION.match(text, end):
                continue
        atoms.append(
            _Atom(start, end, lead, pos, value, cur, kind or "bare", has_prefix, mag,
                  small_plain, round_k, mag_period, choices, pinned, factor, thousands, mag_word)
        )
        if kind == "code_suffix" and end < len(text):
            # "75 USD million"
            ms = rules.magnitude_spaced.match(text, end)
            if ms and ms.group("mag").lower() in ("million", "billion", "thousand", "trillion", "mn", "bn"):
                key = ms.group("mag").lower()
                atoms[-1] = replace(atoms[-1], end=ms.end(), value=atoms[-1].value * rules.magnitudes[key])
    return atoms


def _confirmed_bound(text: str, rules: MoneyRules) -> frozenset[str]:
    """The shape-bound symbols ``text`` writes at least twice before grouped thousands ("SR 35,000"):
    in such a text they are money before any number.

    >>> sorted(_confirmed_bound("LE 4,200 or LE 9,500; SR 99", money_rules()))
    ['LE']
    """
    counts = Counter(m.group().rstrip("0123456789, \u00a0") for m in rules.shape_bound_strict.finditer(text))
    return frozenset(sym for sym, n in counts.items() if n >= 2)


def _written_currencies(text: str, rules: MoneyRules) -> frozenset[str]:
    """The currencies of the glued subunits that ``text`` writes elsewhere with a sign of their own
    ("£", not the "£" of "E£") or their ISO code.

    >>> _written_currencies("a 45p rise on £12.60", money_rules()), _written_currencies("E£25k, 720p", money_rules())
    (frozenset({'GBP'}), frozenset())
    """
    found = set()
    for code, signs, code_pattern in rules.written_signs:  # built once with the rules
        for sign, longer in signs:
            for m in sign.finditer(text):
                if not any(text.endswith(other, 0, m.end()) for other in longer):
                    found.add(code)
                    break
        if code not in found and code_pattern.search(text):
            found.add(code)
    return frozenset(found)


def _thousand_prefix(text: str, start: int, rules: MoneyRules) -> bool:
    """Whether a letter of ``code_thousand_prefixes`` stands glued before the currency code at ``start``
    ("kCHF 110", "kEUR 85"), alone (not the end of a word).

    >>> r = money_rules()
    >>> _thousand_prefix("pay kCHF 110", 5, r), _thousand_prefix("OKCHF 110", 2, r), _thousand_prefix("CHF 110", 0, r)
    (True, False, False)
    """
    if start < 1 or text[start - 1] not in rules.code_thousand_prefixes:
        return False
    before = text[start - 2] if start >= 2 else ""
    return not before or not (before.isalnum() or unicodedata.category(before) == "Sc")  # a word, or a currency sign


_NEXT_WORD = re.compile(r"[ \t\u00a0]*([A-Za-z]+)")
# ".–" after a whole amount: Swiss notation for no cents ("Fr. 72'000.–"), not a range dash
_ZERO_CENTS = re.compile(r"\.[–—-](?=[\s,;:.)]|\Z)")
_NUMBER_NEXT = re.compile(r"[ \u00a0]?\d")


def _shaped_symbol(text: str, lead: int, pos: int, rules: MoneyRules, *, grouped: bool, magnitude: bool,
                   confirmed: frozenset[str] = frozenset()) -> Optional[tuple[str, int]]:
    """The currency of a one- or two-letter symbol before the number (``R27 010``, ``N3 million``,
    ``Sh180,000``) and the symbol's length up to the number, or None.

    The symbol must be glued on and stand alone (no letter, digit or joiner before it), and the
    number be shaped like money: grouped thousands, a magnitude, or a pay period right after it.
    In a text that ``confirmed`` the symbol (:func:`confirmed_symbols`) looser shapes count as
    well: any number ("R720", "R18.50"), one space after the symbol ("R 26 500"), and a cell of a
    glued table row, after a lower-case letter or a digit ("LimpopoR455 000R240k").

    >>> r = money_rules()
    >>> [_shaped_symbol(t, 1, len(t), r, grouped=g, magnitude=False) for t, g in (("R27 010", True), ("R27", False), ("N95", False))]
    [('ZAR', 1), None, None]
    >>> _shaped_symbol("R28.79 an hour", 1, 6, r, grouped=False, magnitude=False), _shaped_symbol("QR5,000", 2, 7, r, grouped=True, magnitude=False)
    (('ZAR', 1), None)
    >>> _shaped_symbol("on Sh180,000", 5, 12, r, grouped=True, magnitude=False), _shaped_symbol("USh180,000", 3, 10, r, grouped=True, magnitude=False)
    (('KES', 2), None)
    >>> [_shaped_symbol(t, k, len(t), r, grouped=g, magnitude=False, confirmed=frozenset({"R"}))
    ...  for t, k, g in (("fee R720", 5, False), ("at R 26 500", 5, True), ("CapeR521 000", 5, True), ("QR5,000", 2, True))]
    [('ZAR', 1), ('ZAR', 2), ('ZAR', 1), None]
    """
    marker = _shaped_marker(text, lead, rules, spaced=bool(confirmed))
    symbol = marker.rstrip()
    if not marker or (symbol != marker and (symbol not in confirmed or not grouped)):
        return None
    shaped = grouped or magnitude or _period_at(text, pos, rules)[0] is not None
    before = text[lead - len(marker) - 1 : lead - len(marker)] if lead > len(marker) else ""
    if before and (before.isalnum() or before in "_-.&/\\@#'’"):
        glued_cell = symbol in confirmed and (grouped or magnitude) and (before.islower() or before.isdigit())
        if not glued_cell:
            return None
    if not shaped and symbol not in confirmed:
        return None
    if rules.not_money_after.match(text, pos) and _period_at(text, pos, rules)[0] is None:
        return None
    return rules.shaped_symbols[symbol], len(marker)


def _shaped_marker(text: str, lead: int, rules: MoneyRules, *, spaced: bool = False) -> str:
    """The shaped symbol (``rules.shaped_symbols``) ending right at ``lead``, longest first; "" if none.
    ``spaced``: also a one-letter symbol and one space ("R 26 500"), returned with its space.

    >>> r = money_rules()
    >>> _shaped_marker("Sh180", 2, r), _shaped_marker("R27", 1, r), _shaped_marker("27", 0, r), _shaped_marker("R 27", 2, r, spaced=True)
    ('Sh', 'R', '', 'R ')
    """
    if lead >= 2 and text[lead - 2 : lead] in rules.shaped_symbols:
        return text[lead - 2 : lead]
    if lead >= 1 and text[lead - 1 : lead] in rules.shaped_symbols:
        return text[lead - 1 : lead]
    if spaced and lead >= 2 and text[lead - 1] == " " and text[lead - 2 : lead - 1] in rules.shaped_symbols:
        return text[lead - 2 : lead]
    return ""


def confirmed_symbols(text: str, rules: Optional[MoneyRules] = None) -> frozenset[str]:
    """The shaped symbols ``text`` writes at least twice in their strictest shape, standing alone
    and glued to grouped thousands ("R27 010", "N800,000"): in such a text the symbol is that
    currency in looser shapes too (and a currency mark in a glued table row).

    >>> sorted(confirmed_symbols("Pay: R27 010 or R31 500; N95 masks")), confirmed_symbols("R27 010 once")
    (['R'], frozenset())
    """
    rules = rules or money_rules()
    counts = Counter(m.group("symbol") for m in rules.shaped_strict.finditer(text))
    return frozenset(symbol for symbol, n in counts.items() if n >= 2)



def _implied_currency_ok(text: str, pos: int, rules: MoneyRules) -> bool:
    """Whether an amount with a currency-implying magnitude (``1.2 crore``) ending at ``pos`` is money:
    no lower-case word follows, other than a few that may follow an amount.

    >>> r = money_rules()
    >>> _implied_currency_ok("earn 1.2 crore.", 14, r), _implied_currency_ok("1.2 crore people", 9, r)
    (True, False)
    """
    w = _NEXT_WORD.match(text, pos)
    if w is None:
        return True
    word = w.group(1)
    return not word.islower() or word in rules.implied_next_words


def _marker_ends(text: str, lead: int) -> list[int]:
    """Where a currency marker right before ``lead`` may end: the prefix patterns end with an
    optional space and an optional dash (never a line break: a line does not continue into the next).

    >>> _marker_ends("US$ -5", 5), _marker_ends("USD\\n5", 4)
    ([5, 4, 3], [4])
    """
    if text[lead - 1 : lead] not in " \u00a0-":  # the usual case: the marker, if any, ends at lead
        return [lead]
    ends = [lead]
    if lead >= 1 and text[lead - 1] in " \u00a0-":
        ends.append(lead - 1)
    if lead >= 2 and text[lead - 1] == "-" and text[lead - 2] in " \u00a0":
        ends.append(lead - 2)
    return ends


def _may_be_letter(char: str) -> bool:
    """Whether a case-insensitive pattern may match a letter at ``char`` (ASCII letters, and
    any non-ASCII character: ``re.I`` folds some, e.g. the Kelvin sign, to ASCII letters)."""
    return char in _ASCII_LETTERS or not char.isascii()


def _prefix_currency(text: str, lead: int, rules: MoneyRules) -> tuple[Optional[str], str, int, bool]:
    """Currency marker right before the number: (code, kind, start, has_prefix).

    What :func:`_marker_before` finds; the usual cases are decided from the one or
    two characters before the number: a one-character symbol that nothing before it
    can lengthen (``($5``, `` £5``), or a character that no marker ends with (``(5``).

    >>> _prefix_currency("pay: $5", 6, money_rules()), _prefix_currency("C$5", 2, money_rules())
    (('USD', 'symbol', 5, True), ('CAD', 'symbol', 0, True))
    """
    last = text[lead - 1 : lead]
    if last in rules.lone_symbols and _lone_symbol(text, lead, rules):
        return rules.symbols[last], "symbol", lead - 1, True
    if last not in rules.marker_last_chars:
        if last not in _MARKER_GAP:
            return None, "", lead, False
        if last in _BLANKS and lead >= 2:  # a marker may end before the blank: "USD 5", "Rs 5", "$ 5"
            before = text[lead - 2]
            if before not in rules.marker_last_chars:
                return None, "", lead, False
            if before in _ASCII_LETTERS and not _letter_marker_may_end(text, lead - 1, rules):
                return None, "", lead, False  # "to 5", "salary 5": the word ends with no symbol or code
    return _marker_before(text, lead, rules)


def _letter_marker_may_end(text: str, end: int, rules: MoneyRules) -> bool:
    """Whether a marker ending with an ASCII letter (a symbol "Rs", a code, also glued to a label or a
    magnitude: "61kCHF") may end at ``end``: the run of letters there ends with the letters a marker
    ends with (``rules.letter_tails``). Else :func:`_marker_before` finds no marker ending there.

    >>> r = money_rules()
    >>> _letter_marker_may_end("pay USD", 7, r), _letter_marker_may_end("AnalystCHF", 10, r), _letter_marker_may_end("March", 5, r)
    (True, True, False)
    """
    start = end
    while start > 0 and end - start < rules.letter_tail_max and text[start - 1] in _ASCII_LETTERS:
        start -= 1
    return any(text[i:end] in rules.letter_tails for i in range(start, end))


def _lone_symbol(text: str, lead: int, rules: MoneyRules) -> bool:
    """Whether the marker before ``lead`` is the one-character symbol there alone: no dollar
    prefix (``C$``, ``US $``) or longer symbol (``R$``) ends with it, no ``\\`` escapes it,
    no word is glued to it when it is a letter.

    >>> [_lone_symbol(t, len(t), money_rules()) for t in ("pay $", "64k$", "C$", "US $", "R$", "\\\\$")]
    [True, True, False, False, False, False]
    """
    last, before = text[lead - 1], text[lead - 2 : lead - 1]
    if before == "\\":
        return False
    if before in _ASCII_LETTERS or before in _BLANKS:
        k = lead - 3 if before in _BLANKS else lead - 2  # where the letters of "C$", "US $" would end
        if last == "$" and text[k : k + 1] in rules.dollar_prefix_last_chars and rules.is_dollar_prefix(_letters_before_dollar(text, lead)):
            return False
        if last == "$" and before in _ASCII_LETTERS and _glued_marker(text, lead, rules) is not None:
            return False
        if before in _ASCII_LETTERS and last.isalpha():
            return False
    if before in rules.lone_symbol_blockers:
        return not any(text[lead - n : lead] in rules.symbols for n in rules.symbol_lengths[last] if 1 < n <= lead)
    return True


def _marker_before(text: str, lead: int, rules: MoneyRules) -> tuple[Optional[str], str, int, bool]:
    """:func:`_prefix_currency` in general: the markers that may end before ``lead`` are looked up."""
    lo = max(0, lead - 8)
    ends = [end for end in _marker_ends(text, lead) if end > lo]
    before = {text[end - 1] for end in ends}  # the marker's last character
    if not before & rules.marker_last_chars:  # most bare numbers: no marker can end here
        return None, "", lead, False
    for end in ends:
        g = _glued_marker(text, end, rules) if text[end - 1] in _ASCII_LETTERS or text[end - 1] == "$" else None
        if g is not None:
            return g[1], ("symbol" if text[end - 1] == "$" else "code_prefix"), g[0], True
    glued = [_letters_before_dollar(text, end) for end in ends]  # worth a search only when one is a code
    q = _GLUED_QUALIFIED_DOLLAR.search(text, lo, lead) if any(map(rules.is_dollar_prefix, glued)) else None
    if q:
        letters, spaced = q.group("q"), q.group("sp")
        code = rules.dollar_prefixes.get(letters)
        if code is None and (letters in rules.iso_codes or letters in rules.lowercase_codes):
            code = letters.upper()
        region = _REGION_BEFORE.search(text, max(0, q.start() - 2), q.start()) and len(letters) == 2
        if code is not None and (not spaced or len(letters) >= 2) and not region:
            return code, "symbol", q.start(), True
    s = _symbol_at(text, lo, ends, rules)
    if s:
        start, sym = s
        if sym == "$" and start > 0 and text[start - 1] == "\\":
            return None, "", lead, False
        return rules.symbols[sym], "symbol", start, True
    c = _CODE_BEFORE.search(text, lo, lead) if before & _ASCII_LETTERS else None
    if c:
        code = c.group("code")
        if code in rules.iso_codes or code in rules.lowercase_codes:
            return code.upper(), "code_prefix", c.start(), True
    return None, "", lead, False


_REGION_GLUE = (", ", ",\u00a0")
_CAPITALS_AFTER_LOWER = re.compile(r"[a-z][A-Z]{1,2}\Z")  # a dollar prefix glued to a lower-case row label


def _glued_marker(text: str, end: int, rules: MoneyRules) -> Optional[tuple[int, str]]:
    """A currency marker ending at ``end`` that is glued to the end of the cell before it (a flattened
    table row): after a magnitude glued to a number (``61kC$97k``, ``61kCHF 50k``) or after a
    two-capital region code that follows a comma (``Halifax, NSC$64,200``): (start, currency).

    >>> r = money_rules()
    >>> _glued_marker("$61kC$", 6, r), _glued_marker("Toronto, ONC$", 13, r), _glued_marker("$61kCHF 5", 7, r)
    ((4, 'CAD'), (11, 'CAD'), (4, 'CHF'))
    >>> _glued_marker("Austin, TX$", 11, r), _glued_marker("ABC$", 4, r), _glued_marker("61kg", 4, r)
    (None, None, None)
    >>> _glued_marker("Sous chefS$", 11, r), _glued_marker("TorontoUS$", 10, r), _glued_marker("Total$", 6, r)
    ((9, 'SGD'), (7, 'USD'), None)
    """
    dollar = text[end - 1 : end] == "$"
    stop = end - 1 if dollar else end
    i = stop
    while i > 0 and stop - i < 6 and text[i - 1] in _ASCII_LETTERS:
        i -= 1
    if i == stop or i == 0:
        return None
    if text[i - 1].isdigit():
        m = rules.magnitude_glued.match(text, i)
        cut = m.end() if m else stop
    elif not dollar and stop - i >= 4 and text[stop - 4].islower() and text[stop - 3 : stop].isupper():
        cut = stop - 3  # a code glued to the row label before it: "Tax AnalystCHF 71'000"
    elif text[max(0, i - 2) : i] in _REGION_GLUE and text[i : i + 2].isupper():
        cut = i + 2
    elif dollar and (capitals := _CAPITALS_AFTER_LOWER.search(text, i, stop)) is not None:
        cut = capitals.start() + 1  # "Sous chefS$4,700"
    else:
        return None
    letters = text[cut:stop]
    if not letters:
        return None
    if dollar:
        code = rules.dollar_prefixes.get(letters)
        if code is None and (letters in rules.iso_codes or letters in rules.lowercase_codes):
            code = letters.upper()
    else:
        code = letters if len(letters) == 3 and letters in rules.iso_codes else None
    return (cut, code) if code is not None else None


def _letters_before_dollar(text: str, end: int) -> Optional[str]:
    """The run of 1-3 letters before a ``$`` ending at ``end`` (then an optional space): ``C$``, ``US $``;
    the letters a match of ``_GLUED_QUALIFIED_DOLLAR`` ending there would read.

    >>> _letters_before_dollar("C$", 2), _letters_before_dollar("(US $", 5), _letters_before_dollar("around $", 8)
    ('C', 'US', None)
    """
    if end < 2 or text[end - 1] != "$":
        return None
    i = end - 2 if text[end - 2] in " \u00a0" else end - 1
    k = 0
    while k < 4 and i - k > 0 and text[i - k - 1] in _ASCII_LETTERS:
        k += 1
    return text[i - k : i] if 1 <= k <= 3 else None


def _symbol_before(text: str, lo: int, lead: int, rules: MoneyRules) -> Optional[tuple[int, str]]:
    """The currency symbol right before ``lead`` (then an optional space and dash): (start, symbol).

    What ``rules.symbol_before.search(text, lo, lead)`` finds (the leftmost start,
    then the longest symbol), by looking the few possible endings up in the symbol
    table instead of trying every symbol at every position of the window.

    >>> _symbol_before("pays US$ -5", 0, 10, money_rules())
    (5, 'US$')
    >>> _symbol_before("in CHRs 5", 0, 8, money_rules()) is None
    True
    """
    return _symbol_at(text, lo, _marker_ends(text, lead), rules)


def _camel_glued(text: str, start: int, sym: str) -> bool:
    """Whether a capitalized symbol of two or more characters at ``start`` follows a lower-case letter:
    a flattened table row glues the row label to the first cell ("PenangRM4,600", "YarmouthC$44.60").

    >>> [_camel_glued(t, t.index(s), s) for t, s in (("KlangRM4", "RM"), ("FORM4", "RM"), ("xR5", "R"))]
    [True, False, False]
    """
    return len(sym) > 1 and sym[0].isupper() and text[start - 1].islower()


def _symbol_at(text: str, lo: int, ends: list[int], rules: MoneyRules) -> Optional[tuple[int, str]]:
    """:func:`_symbol_before` given the marker's possible ends."""
    found: Optional[tuple[int, str]] = None
    for end in ends:
        for n in rules.symbol_lengths.get(text[end - 1 : end], ()):
            start = end - n
            if start < lo:
                continue
            sym = text[start:end]
            if sym not in rules.symbols:
                continue
            if sym[0].isalpha() and start > 0 and text[start - 1] in _ASCII_LETTERS \
                    and not _camel_glued(text, start, sym):
                continue  # a letter symbol glued to a word
            if found is None or start < found[0] or (start == found[0] and n > len(found[1])):
                found = (start, sym)
    return found


def leads_next_number(text: str, end: int, sym: str) -> bool:
    """Whether a symbol ending at ``end`` and glued between two numbers belongs to the next one: a
    flattened table row ("87₹21.6 LPA₹19 LPA", "9£36,000£33,500": a count, then amounts with the
    symbol before them), unless the run of glued cells ends with the symbol ("1.800€2.000€": written
    after each amount). At most 12 cells are followed.

    >>> [leads_next_number(t, t.index("₹") + 1, "₹") for t in ("142₹33.4 LPA", "142₹ 33", "142₹33₹", "1₹2₹3")]
    [True, False, False, True]
    """
    pos = end
    for _ in range(12):
        n = _NUMBER.match(text, pos)
        if n is None:
            return False  # nothing glued after the symbol, or the run ends with it: a suffix
        after = _SPACE.match(text, n.end()).end()
        if not text.startswith(sym, after):
            return True
        pos = after + len(sym)
    return False


def _code_leads_next(text: str, pos: int, c: re.Match[str]) -> bool:
    """Whether a currency code glued right after the number ending at ``pos`` opens the next cell of
    a flattened row ("10,000AED 6,500 - 9,500": the code is written before each amount), unless the
    next amount ends with the same code ("1.800EUR 2.000EUR": written after each).

    >>> [_code_leads_next(t, 6, _CODE_AFTER.match(t, 6)) for t in ("10,000AED 6,500", "10,000 AED 6,500", "11,800EUR 12,000EUR")]
    [True, False, False]
    """
    if c.start("code") != pos:
        return False
    n = _NUMBER.match(text, _SPACE.match(text, c.end()).end())
    if n is None or n.start() > c.end() + 1:
        return False
    return not text.startswith(c.group("code"), _SPACE.match(text, n.end()).end())


def _suffix_currency(
    text: str, pos: int, rules: MoneyRules, *, has_magnitude: bool, grouped: bool = False
) -> tuple[Optional[str], str, int]:
    """Currency marker right after the number (and magnitude): (code, kind, end); kind ``subunit``
    for a subunit noun (``62 cents``: the caller scales the value).

    >>> _suffix_currency("62 cents per mile", 2, money_rules(), has_magnitude=False)
    ('USD', 'subunit', 8)
    >>> _suffix_currency("50,000 won a year", 6, money_rules(), has_magnitude=False, grouped=True)
    ('KRW', 'name_suffix', 10)
    >>> _suffix_currency("Arsenal 2 won", 9, money_rules(), has_magnitude=False)
    (None, '', 9)
    >>> _suffix_currency("a 5,000-rupee bonus", 7, money_rules(), has_magnitude=False, grouped=True)
    ('INR', 'name_suffix', 13)
    """
    if text.startswith("-", pos):  # a compound adjective: "a 5,000-rupee bonus" (a full name only)
        h = _HYPHENATED_NAME.match(text, pos)
        code = rules.names.get(h.group(1).lower()) if h else None
        return (code, "name_suffix", h.end()) if code and h else (None, "", pos)  # type: ignore[union-attr]
    if not _may_start_at(text, pos, rules.suffix_marker_first_chars):  # "5,", "5)": no marker can start here
        return None, "", pos
    sign = text[pos + 1 : pos + 2] if text[pos : pos + 1] in _BLANKS else text[pos : pos + 1]  # "60¢", "60 ¢"
    sub = rules.subunit_symbol_after.match(text, pos) if sign in rules.subunit_sign_chars else None
    if sub:
        return rules.subunits[sub.group("sym")].default, "subunit", sub.end()
    q = _QUALIFIED_DOLLAR_AFTER.match(text, pos)
    if q:
        letters = q.group("q")
        code = rules.dollar_prefixes.get(letters)
        if code is None and (letters in rules.iso_codes or letters in rules.lowercase_codes):
            code = letters.upper()
        if code is not None:
            return code, "symbol_suffix", q.end()
    s = rules.symbol_after.match(text, pos)
    if s:
        end = s.end()
        sym = s.group("sym")
        nxt = text[end : end + 2].lstrip(" ")
        if not (sym.endswith("$") and nxt[:1].isdigit()) and not (sym == "$" and nxt[:1] == "-"):
            if not leads_next_number(text, end, sym):
                return rules.symbols[sym], "symbol_suffix", end
    c = _CODE_AFTER.match(text, pos)
    if c:
        code = c.group("code")
        if (code in rules.iso_codes or code in rules.lowercase_codes) and not _code_leads_next(text, pos, c):
            return code.upper(), "code_suffix", c.end()
    w = _WORDS_AFTER.match(text, pos)
    if w:
        words = [g for g in w.groups() if g]
        for n in (3, 2, 1):
            if len(words) < n:
                continue
            phrase = " ".join(words[:n]).lower()
            stripped = phrase.rstrip(".") if phrase not in rules.names else phrase
            if stripped in rules.names:
                end = w.start(n) + len(words[n - 1]) - (len(phrase) - len(stripped))
                return rules.names[stripped], "name_suffix", end
            if n == 1 and stripped in rules.subunits:
                return rules.subunits[stripped].default, "subunit", w.start(1) + len(words[0].rstrip("."))
            if n == 1 and stripped in rules.weak_names:
                sterling = len(words) > 1 and words[1].lower() == "sterling"
                if has_magnitude or sterling or (grouped and stripped in rules.weak_grouped):
                    end = w.end(2) if sterling else w.start(1) + len(words[0].rstrip("."))
                    return rules.weak_names[stripped], "name_suffix", end
    return None, "", pos


def _word_atoms(text: str, rules: MoneyRules) -> list[_Atom]:
    """Amounts written in words before a currency noun: ``two million dollars``."""
    atoms = []
    # one pass finds the currency names and the implied-currency scale words ("crore")
    spans = _words_in(text, rules.word_atom_vocabulary)
    for ustart, uend in spans:
        if text[ustart:uend].lower() not in rules.name_last_words:
            continue
        # the full name may span 1-3 words ending here ("us dollar", "malaysian ringgits")
        name_start, code, found = ustart, None, False
        head = text[max(0, ustart - 40) : uend].lower()
        for n in (3, 2, 1):
            parts = re.findall(r"[a-z.]+", head)[-n:]
            phrase = " ".join(parts)
            if len(parts) == n and phrase in rules.names:
                code, found = rules.names[phrase], True
                name_start = uend - len(phrase) if head.endswith(phrase) else ustart
                break
        if not found:
            word = text[ustart:uend].lower()
            if word not in rules.weak_names:
                continue
            code = rules.weak_names[word]
        window_lo = max(0, name_start - 80)
        nw = _number_words_before(text, window_lo, name_start, rules)
        if not nw:
            continue
        before = re.search(r"([A-Za-z]+)[ -]+\Z", text[max(0, nw.start("words") - 20) : nw.start("words")])
        if before and before.group(1).lower() in rules.vague_quantifiers:
            continue  # "a few thousand euros"
        words = re.findall(r"[A-Za-z]+", nw.group("words").lower())
        value, has_scale = _words_value(words, rules)
        if value is None:
            continue
        if not found and not has_scale:
            continue
        if len(words) == 1 and words[0] in rules.articles and _currency_as_unit(text, nw.start("words"), uend, rules):
            continue  # "83.4 rupees to a dollar", "a dollar amount": the currency as a unit, no amount
        if "-" in text[nw.end("words") : name_start] and not found:
            continue
        atoms.append(_Atom(nw.start("words"), uend, nw.start("words"), nw.end("words"), value, code, "number_words", False))
    atoms.extend(_implied_word_atoms(text, rules, spans=spans))
    return atoms


def _implied_word_atoms(text: str, rules: MoneyRules, *, spans: Optional[list[tuple[int, int]]] = None) -> list[_Atom]:
    """Amounts in words ending with a magnitude that names its currency (``one crore``, ``two lakh``),
    kept when no lower-case word other than ``rules.implied_next_words`` follows ("a lakh people").

    >>> [(a.value, a.currency) for a in _implied_word_atoms("31 bids above one crore, down", money_rules())]
    [(10000000.0, 'INR')]
    >>> _implied_word_atoms("one lakh students applied; a few crore", money_rules())
    []
    """
    atoms: list[_Atom] = []
    for mstart, mend in _words_in(text, rules.implied_scale_words) if spans is None else spans:
        word = text[mstart:mend]
        if word.lower() not in rules.implied_scale_words:
            continue
        code = rules.implied_currency.get(word) or rules.implied_currency.get(word.lower())
        nw = _number_words_before(text, max(0, mstart - 80), mstart, rules)
        if code is None or not nw or not _implied_currency_ok(text, mend, rules):
            continue
        before = re.search(r"([A-Za-z]+)[ -]+\Z", text[max(0, nw.start("words") - 20) : nw.start("words")])
        if before and before.group(1).lower() in rules.vague_quantifiers:
            continue
        words = re.findall(r"[A-Za-z]+", nw.group("words").lower())
        value, _ = _words_value(words + [word.lower()], rules)
        if value is not None:
            atoms.append(_Atom(nw.start("words"), mend, nw.start("words"), mend, value, code, "number_words", False))
    return atoms


def _number_words_before(text: str, lo: int, end: int, rules: MoneyRules) -> Optional[re.Match[str]]:
    """``rules.number_words.search(text, lo, end)``: number words ending right before ``end`` (then blanks
    or dashes). The search tries every position of the window; it runs only when the window, read
    backwards, opens with blanks or dashes and a number word (most windows end with digits or other words).

    >>> r = money_rules()
    >>> _number_words_before("earns two million dollars", 0, 18, r).group("words"), _number_words_before("earns 2 million dollars", 0, 8, r)
    ('two million', None)
    """
    if rules.number_word_last.match(text[lo:end][::-1]) is None:
        return None
    return rules.number_words.search(text, lo, end)


_WORD_AT = re.compile(r"[ \t\u00a0]*([A-Za-z]+)")
_LAST_WORD = re.compile(r"([A-Za-z]+)[ \t\u00a0]+\Z")
_DIGIT_NEAR = re.compile(r"\d")


def _currency_as_unit(text: str, start: int, end: int, rules: MoneyRules) -> bool:
    """Whether an article and a currency noun (``text[start:end]``, "a dollar") name the currency as a
    unit rather than an amount: after a word that compares currencies ("to a dollar", "per dollar",
    "against the dollar"), or before a hyphen or a noun the currency qualifies ("a dollar amount",
    "a dollar-for-dollar match"). "a dollar a day", "costs a dollar" are amounts.

    >>> r = money_rules()
    >>> [_currency_as_unit(t, t.index("a dollar"), t.index("a dollar") + 8, r)
    ...  for t in ("83.4 rupees to a dollar", "not a dollar amount", "a dollar-for-dollar", "it costs a dollar", "rose to a dollar",
    ...            "pegged to a dollar amount")]
    [True, True, True, False, False, True]
    """
    if text[end : end + 1] == "-":
        return True
    before = _LAST_WORD.search(text, max(0, start - 20), start)
    word = before.group(1).lower() if before is not None else ""
    # "to" compares only after an amount of the other currency ("83.4 rupees to a dollar"; "rose to a dollar")
    if word in rules.unit_article_before and (word != "to" or _DIGIT_NEAR.search(text, max(0, start - 30), start) is not None):
        return True
    after = _WORD_AT.match(text, end)
    return after is not None and after.group(1).lower() in rules.unit_nouns_after


# For UTF-8 bytes: ASCII letters lower-cased, every other byte a space (other characters' bytes are >= 0x80)
_LOWER_LETTERS_ONLY = bytes(ord(chr(b).lower()) if chr(b) in _ASCII_LETTERS else 0x20 for b in range(256))


@lru_cache(maxsize=8)
def _encoded(vocabulary: frozenset[str]) -> frozenset[bytes]:
    return frozenset(word.encode("utf-8") for word in vocabulary)


def _words_in(text: str, vocabulary: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the words (whole runs of ASCII letters) whose lower case is in ``vocabulary``, in text order.

    The distinct words of the text, lower-cased, are listed at C speed: its UTF-8
    bytes with ASCII letters lower-cased and every other byte made a space, split
    on spaces. Only the spellings of the few words in the vocabulary are then read
    (at the same byte offsets) and located, so no Python code runs per word of the text.

    >>> _words_in("Ten Dollars, petrodollars or 5 d\u00f6llars DOLLARS", frozenset({"dollars"}))
    [(4, 11), (39, 46)]
    """
    data = text.encode("utf-8", "surrogatepass")
    lowered = data.translate(_LOWER_LETTERS_ONLY)
    found = _encoded(vocabulary).intersection(lowered.split())
    if not found:
        return []
    spellings = set()
    padded = b" " + lowered + b" "
    for word in found:
        n = len(word)
        i = padded.find(b" " + word + b" ")
        while i >= 0:  # at i in padded, i.e. i + 1 - 1 in data
            spellings.add(data[i : i + n].decode("ascii"))
            i = padded.find(b" " + word + b" ", i + n + 1)
    spans = []
    for spelling in spellings:
        n = len(spelling)
        i = text.find(spelling)
        while i >= 0:
            if not (i and text[i - 1] in _ASCII_LETTERS) and text[i + n : i + n + 1] not in _ASCII_LETTERS:
                spans.append((i, i + n))
            i = text.find(spelling, i + 1)
    return sorted(spans)


def _words_value(words: list[str], rules: MoneyRules) -> tuple[Optional[float], bool]:
    """Value of number words: ``['two', 'million']`` -> 2e6; (None, False) if not a number.

    >>> _words_value(["twenty", "five", "thousand"], money_rules())
    (25000.0, True)
    """
    total, current, seen, has_scale = 0.0, 0.0, False, False
    for k, w in enumerate(words):
        if w == "and" or (w in ("a", "an") and k + 1 < len(words)):
            continue
        if w in rules.unit_numbers:
            current += rules.unit_numbers[w]
            seen = True
        elif w in rules.scale_numbers:
            scale = rules.scale_numbers[w]
            has_scale = True
            current = (current or 1.0) * scale
            if scale >= 1000:
                total += current
                current = 0.0
            seen = True
        else:
            return None, False
    if not seen:
        return None, False
    return total + current, has_scale


# --------------------------------------------------------------------------- mentions


@dataclass(slots=True)
class _Draft:
    start: int
    end: int
    lo: Optional[float]
    hi: Optional[float]
    currency: Optional[str]
    rule: str
    approx: bool = False
    period: Optional[str] = None
    explicit: bool = True  # has a currency of its own
    choices: Optional[frozenset[str]] = None  # a subunit's currencies: the dominant one if among them
    plain_dollar: bool = False  # written with a plain "$": a declaration of its list or table may name its dollar
    words: Optional["_MagnitudeWords"] = None  # the magnitude words of its ends, read again once its currency is known


@dataclass(frozen=True)
class _MagnitudeWords:
    """The magnitude words (``mil``) read as millions at each end of a draft."""

    lo: Optional[str]
    hi: Optional[str]

    def local(self, lo: Optional[float], hi: Optional[float], currency: Optional[str],
              rules: "MoneyRules") -> tuple[Optional[float], Optional[float]]:
        """The bounds with each ``local_thousands`` word read as a thousand for ``currency`` ("$55 mil"
        on a page in pesos: 55,000)."""
        if lo is not None and rules.thousand_word(self.lo, currency):
            lo = lo / 1000.0
        if hi is not None and rules.thousand_word(self.hi, currency):
            hi = hi / 1000.0
        return lo, hi


# The word after a period phrase, and whether an amount follows it ("an hour from $13.42").
_NEXT_WORD = re.compile(r"[ \u00a0]*([A-Za-z]+)(?P<amount>[ \u00a0]+[^\w\s]{0,3}[A-Z]{0,3}[ \u00a0]?\d)?")


def _period_at(text: str, pos: int, rules: MoneyRules) -> tuple[Optional[str], int, bool]:
    """Period phrase right at ``pos``: (period, end, pay_only)."""
    if not _may_start_at(text, pos, rules.period_first_chars):
        return None, pos, False
    p = rules.period_after.match(text, pos)
    if not p:
        return None, pos, False
    key = " ".join(p.group("p").lower().split()).replace("/ ", "/")
    key = key if key in rules.period_of else " ".join(p.group("p").lower().split())
    period = rules.period_of.get(key)
    if period is None:
        return None, pos, False
    if key in rules.glued_periods and p.group("slash") is None and p.start("p") != pos:
        return None, pos, False  # a space before a glued-only phrase ("$5 million HR")
    nxt = _NEXT_WORD.match(text[p.end() : p.end() + 30])
    if nxt and nxt.group(1).lower() in rules.period_blockers and not key.startswith(("per ", "/", "p")):
        if not nxt.group("amount"):  # "an hour from $13.42" states the period; "a year from now" does not
            return None, pos, False
    return period, p.end(), key in rules.pay_only_periods or p.group("slash") is not None


class _Periods:
    """:func:`_period_at` for one text, computed once per position (several steps ask at the same end)."""

    def __init__(self, text: str, rules: MoneyRules) -> None:
        self.text, self.rules = text, rules
        self._found: dict[int, tuple[Optional[str], int, bool]] = {}

    def at(self, pos: int) -> tuple[Optional[str], int, bool]:
        found = self._found.get(pos)
        if found is None:
            found = self._found[pos] = _period_at(self.text, pos, self.rules)
        return found


# A pay scale written as its steps, each an increment and how many times it is paid, then the figure
# it reaches ("48480-2000/7-62480-2340/2-67160", the Indian government's notation): the scale runs from
# its first figure to its last.
_STEPPED_SCALE = re.compile(r"\d[\d,]*(?:-\d[\d,]*/\d{1,2}-\d[\d,]*)+(?![\d/])")


def _stepped_scale_end(text: str, a: _Atom, atoms: list[_Atom], i: int) -> Optional[int]:
    """The index of the last atom of a stepped pay scale that ``atoms[i]`` (with a currency) opens, else None.

    >>> t = "₹48480-2000/7-62480-2340/2-67160"
    >>> atoms = _number_atoms(t, money_rules())
    >>> atoms[_stepped_scale_end(t, atoms[0], atoms, 0)].value
    67160.0
    >>> atoms = _number_atoms("₹500-600", money_rules())
    >>> _stepped_scale_end("₹500-600", atoms[0], atoms, 0) is None
    True
    """
    if a.kind == "bare" or a.num_end >= len(text) or text[a.num_end] != "-":
        return None  # the cheap test first: most amounts are not followed by a hyphen
    m = _STEPPED_SCALE.match(text, a.num_start)
    if m is None:
        return None
    k = i
    while k + 1 < len(atoms) and atoms[k + 1].end <= m.end():
        k += 1
    return k if atoms[k].end == m.end() and atoms[k].value > a.value else None


def _scan(text: str, *, default_currency: Optional[str], bare_ok: bool) -> list[Money]:
    rules = money_rules()
    periods = _Periods(text, rules)
    atoms = _number_atoms(text, rules)
    word_atoms = _word_atoms(text, rules)
    if word_atoms:
        taken = [(a.start, a.end) for a in atoms if a.kind != "bare"]
        for w in word_atoms:
            if not any(s < w.end and w.start < e for s, e in taken):
                atoms.append(w)
        atoms.sort(key=lambda a: a.start)
    drafts: list[_Draft] = []
    contexts = _SymbolContexts(text, rules)
    i = 0
    n = len(atoms)
    while i < n:
        a = atoms[i]
        # --- range with the next atom
        b: Optional[_Atom] = None
        per_a, pend, _ = periods.at(a.end)
        j = i + 1
        stepped = _stepped_scale_end(text, a, atoms, i)
        if stepped is not None:
            b, j = atoms[stepped], stepped  # a pay scale written as its steps: from the first to the last
        elif j < n:
            cand = atoms[j]
            for gap_start in ((pend, a.end) if per_a else (a.end,)):
                if not _may_join(text, gap_start, cand.start, rules.range_first_chars):
                    continue  # also when cand.start < gap_start
                c = rules.range_connector.fullmatch(text, gap_start, cand.start)
                if not c and rules.range_and.fullmatch(text, gap_start, cand.start) and rules.range_and_intro.search(text, max(0, a.start - 60), a.start):
                    c = True  # type: ignore[assignment]
                if c and cand.pinned and _plain_dollar(text, a, rules):
                    a = replace(a, currency=cand.currency, choices=cand.choices)  # "$18.40 – $21.70 CAD": the code names both ends
                elif c and a.pinned and _plain_dollar(text, cand, rules):
                    cand = replace(cand, currency=a.currency, pinned=True)  # "between $45,000 MXN and $70,000"
                elif c and _qualified_dollar(text, a, rules) and _plain_dollar(text, cand, rules):
                    cand = replace(cand, currency=a.currency)  # "C$12,000–$20,000": the first end names the dollar
                if c and _compatible(a, cand):
                    b = cand
                    break
        hi_atom = b or a
        lo_val, hi_val = a.value, (b.value if b else a.value)
        lo_word = a.mag_word
        if b is not None:
            scale = b.magnitude if b.magnitude != 1.0 and a.magnitude == 1.0 else 1.0
            if a.thousands and b.kind == "bare" and b.magnitude == 1.0 and b.value < lo_val / 10:
                hi_val *= 1000.0  # "kCHF 110–125": the code counts both ends in thousands
            if scale != 1.0 and lo_val * scale <= hi_val:
                lo_val *= scale
                lo_word = b.mag_word
            elif a.small_plain and b.round_thousands and not b.has_prefix and lo_val * 1000 <= hi_val <= lo_val * 1000 * 10:
                lo_val *= 1000
            elif b.factor != 1.0 and a.kind == "bare" and a.magnitude == 1.0:
                lo_val = round(lo_val * b.factor, 9)  # "55-65 cents", "60–70¢": the unit of the upper end
            if lo_val > hi_val:
                b = None
                hi_atom, lo_val, hi_val, lo_word = a, a.value, a.value, a.mag_word
        cur = a.currency if a.kind != "bare" else (b.currency if b is not None and b.kind != "bare" else None)
        explicit = cur is not None or (a.kind != "bare") or (b is not None and b.kind != "bare")
        kind = a.kind if a.kind != "bare" else (b.kind if b is not None else "bare")
        start, end = a.start, hi_atom.end
        if b is not None and b.kind == "bare" and a.kind in ("symbol_suffix", "code_suffix", "name_suffix"):
            b = None
        d = _Draft(start, end, lo_val, hi_val, cur, kind + ("_range" if b is not None else ""))
        words_lo, words_hi = lo_word if lo_val >= 1e6 else None, hi_atom.mag_word if hi_val >= 1e6 else None
        if words_lo is not None or words_hi is not None:
            d.words = _MagnitudeWords(words_lo, words_hi)  # most amounts have none: nothing to read again
        d.period = a.period or (b.period if b is not None else None)
        d.explicit = kind != "bare"
        d.choices = a.choices
        d.plain_dollar = cur == "USD" and (_plain_dollar(text, a, rules) or (a.kind == "symbol_suffix" and text[a.num_end : a.end].strip() == "$"))
        if cur is not None and rules.contextual:
            m = a if a.kind != "bare" or b is None else b  # the end that writes the sign: "40.000–44.000 kr."
            marker = text[m.start : m.num_start].strip() or text[m.num_end : m.end].strip()
            if marker not in rules.contextual and marker.endswith("."):
                marker = marker[:-1]  # "kr.": the abbreviation of "kr"
            if marker in rules.contextual:
                d.currency = contexts.currency(marker, a.start)
        if b is None:
            d.end = a.end
        _qualify_bounds(text, d, rules, periods)
        drafts.append(d)
        i = j + 1 if b is not None else i + 1

    _restated_bounds(text, drafts, periods)
    _converted_bounds(text, drafts, periods)
    # keep: explicit currency; or bare after a pay label / before a pay-notation period
    out: list[_Draft] = []
    shorthand: set[str] = set()  # the bare k-amounts accepted as shorthand pay ("92k")
    unlicensed: list[_Draft] = []  # bare k-amounts without a pay word of their own
    myriads: list[_Draft] = []  # bare amounts with a large CJK unit ("45万"): money on a page in such a currency
    cells: Optional[_Declarations] = None  # the currencies captions declare for their tables (read when first needed)
    for d in drafts:
        if _percent_after(text, d.end):
            continue
        if not d.explicit:
            if not _bare_is_money(text, d, rules, periods, bare_ok=bare_ok):
                if not bare_ok and (_grouped_cell(text, d, rules) or _glued_row_cell(text, d, rules)):
                    cells = cells or _Declarations(text, rules)
                    code, dollar = cells.header_currency(d.start)  # its column's header: "Base salary (CHF)"
                    if code is None and not _row_has_marked(text, d, drafts):
                        code, dollar = cells.table_currency(d.start), False
                    if code is not None:
                        d.plain_dollar = dollar  # a header "Pay ($)": a declaration may name its dollar
                        d.currency, d.explicit, d.rule = code, True, "declared_cell" + ("_range" if d.rule.endswith("_range") else "")
                        out.append(d)
                        continue
                code = _compared_currency(text, d, out[-1] if out else None, rules)
                if code is not None:
                    d.currency, d.explicit, d.rule = code, True, "compared_amount" + ("_range" if d.rule.endswith("_range") else "")
                    out.append(d)
                    continue
                if _shorthand_pay(text, d, rules):
                    k = _K_LETTER.search(text, d.start, d.end)
                    if k is not None:  # the amount as written, without its qualifier: "92k" of "~92k"
                        shorthand.add(text[_NOT_DIGITS.match(text, d.start).end() : k.end()])  # type: ignore[union-attr]
                    d.rule = "shorthand_amount" + ("_range" if d.rule.endswith("_range") else "")
                    out.append(d)
                elif _K_AMOUNT.fullmatch(text, d.start, d.end):
                    unlicensed.append(d)
                elif rules.myriad_currencies and _myriad_amount(text, d, rules):
                    myriads.append(d)
                continue
            d.rule = "label_amount" + ("_range" if d.rule.endswith("_range") else "") if not bare_ok else d.rule
        out.append(d)
    restated = [d for d in unlicensed if text[d.start : d.end] in shorthand and not _counts_after(text, d.end, rules)]
    if restated:
        for d in restated:
            d.rule = "shorthand_restated"
        out.extend(restated)
    local = Counter(d.currency for d in out if d.explicit and d.currency in rules.myriad_currencies) if myriads else None
    if local:
        code = local.most_common(1)[0][0]  # "45万 a year" on a page quoting yuan: yuan
        for d in myriads:
            d.currency, d.explicit, d.rule = code, True, "myriad_amount" + ("_range" if d.rule.endswith("_range") else "")
        out.extend(myriads)
    if restated or local:
        out.sort(key=lambda d: d.start)
    declared = _Declarations(text, rules) if any(d.plain_dollar for d in out) else None
    counts = Counter((declared is not None and d.plain_dollar and declared.noted_currency(d.start)) or d.currency
                     for d in out if d.explicit and d.currency and d.choices is None)
    dominant = counts.most_common(1)[0][0] if counts else default_currency
    result: list[Money] = []
    last_end = -1
    for d in out:
        if d.start < last_end:
            continue
        cur = d.currency if d.explicit else dominant
        if d.plain_dollar and declared is not None:
            cur = declared.currency(d.start) or cur
        if d.choices is not None and dominant in d.choices:
            cur = dominant
        lo, hi = d.lo, d.hi
        if d.words is not None and cur != d.currency:
            lo, hi = d.words.local(lo, hi, cur, rules)  # "$55 mil" on a page that declares pesos
        result.append(
            Money(d.start, d.end, text[d.start : d.end], lo, hi, cur, d.period, d.approx, d.rule)
        )
        last_end = d.end
    return result


_WORDS = re.compile(r"[^\W\d_]+")


def _in_block(line: str) -> bool:
    """Whether a line is a list item or a table row (cells split by tabs or pipes)."""
    stripped = line.strip()
    first = stripped[:1]
    if first.isalpha():  # most lines: a paragraph, unless cells are split by tabs
        return "\t" in stripped
    return "\t" in stripped or first == "|" or line_kind(stripped) == "list_item"


class _Declarations:
    """The currency declared for the amount at an offset: by the line that introduces its list or
    table ("Annual rates of pay in Canadian dollars:", a caption "(in CAD)"), else by a note on the
    currency of its section or page ("all figures in this guide are in Australian dollars").
    Lines are remembered."""

    def __init__(self, text: str, rules: MoneyRules) -> None:
        self.text, self.rules = text, rules
        self._intro: dict[int, Optional[str]] = {}
        self._notes: Optional[list[tuple[int, int, str]]] = None
        self._sentences: dict[int, list[tuple[int, int, str]]] = {}
        self._headers: dict[int, list[tuple[Optional[str], bool]]] = {}  # a table's first row -> its columns' currencies
        self._first_rows: dict[int, int] = {}  # a table row's start -> its table's first row's

    def currency(self, pos: int) -> Optional[str]:
        """The declared currency of the amount at ``pos``, or None: by its own sentence, else by the
        line introducing its list or table, else by a note on its section or page.

        >>> d = _Declarations("Rates in Canadian dollars:\\n• A: $5\\n• B: $6\\nLater $7", money_rules())
        >>> d.currency(32), d.currency(40), d.currency(48)
        ('CAD', 'CAD', None)
        """
        return self._sentence_currency(pos) or self._list_currency(pos) or self.noted_currency(pos)

    def _sentence_currency(self, pos: int) -> Optional[str]:
        """The currency the sentence holding ``pos`` declares for its amounts, before or after them
        ("$27 an hour in Canadian dollars, and $19 at the low end"), or None.

        >>> t = "It is $27 in Canadian dollars, with $19 at the low end. Later $7."
        >>> d = _Declarations(t, money_rules())
        >>> d.currency(t.index("$27")), d.currency(t.index("$19")), d.currency(t.index("$7"))
        ('CAD', 'CAD', None)
        """
        text = self.text
        line_start = text.rfind("\n", 0, pos) + 1
        spans = self._sentences.get(line_start)
        if spans is None:
            line_end = text.find("\n", pos)
            line = text[line_start : len(text) if line_end < 0 else line_end]
            spans = self._sentences[line_start] = _sentence_declarations(line)
        at = pos - line_start
        return next((code for start, end, code in spans if start <= at < end), None)

    def noted_currency(self, pos: int) -> Optional[str]:
        """The currency a note declares for the section or page ``pos`` stands in, or None."""
        if self._notes is None:
            self._notes = _currency_notes(self.text, self.rules)
        return next((code for start, end, code in self._notes if start <= pos < end), None)

    def table_currency(self, pos: int) -> Optional[str]:
        """The currency the caption or intro line of the table row holding ``pos`` declares for its
        cells ("Gross monthly salary by level (VND)" above the table), or None."""
        return self._list_currency(pos) or self.noted_currency(pos)

    def header_currency(self, pos: int) -> tuple[Optional[str], bool]:
        """The currency the header of the column holding ``pos`` (a cell of a pipe- or tab-separated
        row) declares for its cells, and whether it is declared by a plain "$"; (None, False) when
        the header names none. Headers are read once per table.

        >>> t = "| Level | Pay (CHF per year) | Staff |\\n|---|---|---|\\n| Junior | 85'000 | 1,200 |"
        >>> d = _Declarations(t, money_rules())
        >>> d.header_currency(t.index("85'000")), d.header_currency(t.index("1,200"))
        (('CHF', False), (None, False))
        >>> t = "Role\\tSalary (£)\\nJunior\\t45,000"
        >>> _Declarations(t, money_rules()).header_currency(t.index("45,000"))
        ('GBP', False)
        """
        text = self.text
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        line = text[start : len(text) if end < 0 else end]
        sep = "|" if line.lstrip().startswith("|") else "\t" if "\t" in line else None
        if sep is None:
            return self._glued_header_currency(start)
        column = line.count(sep, 0, pos - start) - (1 if sep == "|" else 0)
        first = start  # the table's first row: its header (rows read top down find the row above's)
        while first > 0:
            known = self._first_rows.get(first)
            if known is not None:
                first = known
                break
            prev = text.rfind("\n", 0, first - 1) + 1
            above = text[prev : first - 1]
            if not (above.lstrip().startswith("|") if sep == "|" else "\t" in above):
                break
            first = prev
        self._first_rows[start] = first
        if first == start:
            return None, False  # the header row itself
        headers = self._headers.get(first)
        if headers is None:
            end = text.find("\n", first)
            headers = self._headers[first] = [_header_currency(cell, self.rules) for cell in _row_cells(text[first : len(text) if end < 0 else end], sep)]
        return headers[column] if 0 <= column < len(headers) else (None, False)

    def _glued_header_currency(self, start: int) -> tuple[Optional[str], bool]:
        """The currency the header line of a glued plain-text table declares for the row starting at
        ``start`` ("TenureMonthly pay (NIS)" above "1-3 years11,500–16,000"): the first line up
        that is no glued row, read as one header cell.

        >>> t = "Level\\u00a0Pay (NIS)\\nJunior11,500–16,000\\nSenior26,000 and above"
        >>> d = _Declarations(t, money_rules())
        >>> d.header_currency(t.index("Senior")), d.header_currency(t.index("Level"))
        (('ILS', False), (None, False))
        """
        text = self.text
        first = start
        while first > 0:
            prev = text.rfind("\n", 0, first - 1) + 1
            if not _GLUED_ROW.match(text, prev, first - 1):
                break
            first = prev
        if first == 0 or first == start and not _GLUED_ROW.match(text, start, max(start, text.find("\n", start))):
            return None, False
        prev = text.rfind("\n", 0, first - 1) + 1
        header = text[prev : first - 1]
        if not header.strip() or len(header) > 120:
            return None, False
        return _header_currency(header, self.rules)

    def _list_currency(self, pos: int) -> Optional[str]:
        text = self.text
        start = text.rfind("\n", 0, pos) + 1
        if start in self._intro:
            return self._intro[start]
        end = text.find("\n", pos)
        if not _in_block(text[start : len(text) if end < 0 else end]):
            self._intro[start] = None
            return None
        first = start
        for _ in range(500):
            if start == 0:
                return None
            cached = self._intro.get(start)
            if cached is not None or start in self._intro:
                self._intro[first] = cached
                return cached
            prev = text.rfind("\n", 0, start - 1) + 1
            line = text[prev : start - 1]
            start = prev
            if not line.strip() or _in_block(line):
                continue
            found = (currency_named(line) or _unit_named(line)) if _may_name_currency(line) else None
            self._intro[first] = found
            return found
        return None


def _row_cells(line: str, sep: str) -> list[str]:
    """The cells of a table row split by ``sep`` (a pipe row's outer pipes dropped)."""
    if sep == "|":
        line = line.strip()
        line = line[1:-1] if line.endswith("|") and len(line) > 1 else line[1:]
    return line.split(sep)


_HEADER_LETTERS = re.compile(r"[(\[](?P<sym>[A-Za-z]{2,4}\.?)(?=[\s)\]/,])")  # a letter symbol in brackets: "Pay (NIS)", "(Rs per month)"
_HEADER_SYMBOL = re.compile(r"(?:^|(?<=[\s(\[/]))(?P<sym>[^\w\s()\[\]/]{1,3}|[A-Za-z]{1,3}[^\w\s()\[\]/])(?=$|[\s)\]/,])")


def _header_currency(cell: str, rules: MoneyRules) -> tuple[Optional[str], bool]:
    """The currency a column header declares for its cells, by a code or name ("Base salary (CHF
    per year)", "Salary in euros") or a lone symbol ("Pay (£)"), and whether that is a plain "$".

    >>> [_header_currency(h, money_rules()) for h in ("Salary (EUR)", "Pay (£)", "Pay ($/yr)", "Staff", "Years (5)")]
    [('EUR', False), ('GBP', False), ('USD', True), (None, False), (None, False)]
    >>> [_header_currency(h, money_rules()) for h in ("Monthly pay (NIS)", "Pay (Rs per month)", "Team (QA)")]
    [('ILS', False), ('INR', False), (None, False)]
    """
    if _may_name_currency(cell):
        code = currency_named(cell) or _unit_named(cell)
        if code is not None:
            return code, False
    found = {m.group("sym") for m in (*_HEADER_SYMBOL.finditer(cell), *_HEADER_LETTERS.finditer(cell)) if m.group("sym") in rules.symbols}
    if len(found) != 1:
        return None, False
    sym = found.pop()
    return rules.symbols[sym], sym == "$"


_NUMBER_AFTER_NAME = re.compile(r"[\s\u00a0]{0,2}[-+~]?\d")  # a number right after a currency's name
_SENTENCE_END = re.compile(r"[.!?;](?=\s|\Z)")  # not a decimal point
_COMMA_NEXT = re.compile(r"[ \u00a0]*,")


@lru_cache(maxsize=1)
def _declaration_hint() -> re.Pattern[str]:
    """Where a sentence's declaration may stand: a declaration word right after an amount (and its
    period) or opening a sentence; what a line must hold for :func:`_sentence_declarations` to find one.

    >>> bool(_declaration_hint().search("It is $5/hr in CAD.")), bool(_declaration_hint().search("Wages in CAD rose"))
    (True, False)
    """
    leads = _phrase_alternation(list(money_rules().declaration_words))
    return re.compile(
        r"(?:(?P<amount>\d)[kKmM]?(?:[ \u00a0]?/[ \u00a0]?[A-Za-z]{1,6}|[ \u00a0]+(?:a|an|per)[ \u00a0]+[A-Za-z]{2,8})?[ \u00a0]+"
        r"|(?:^|[.!?;][ \u00a0]+)[(\[\"“]*)"
        rf"(?P<lead>(?i:{leads}))[ \u00a0]"
    )


def _sentence_declarations(line: str) -> list[tuple[int, int, str]]:
    """The sentences of ``line`` (start, end) that declare one currency for their amounts ("in
    Canadian dollars" after an amount, or opening the sentence before a comma), with its code; a
    code written before a number is that amount's own ("in CAD 5,000"), no declaration; a currency
    named inside a noun phrase declares nothing ("Wages in Canadian dollars rose").

    >>> _sentence_declarations("Pay is $5 in Canadian dollars. Tips are $2 in CAD 3. Rent is $9.")
    [(0, 30, 'CAD')]
    >>> _sentence_declarations("In Canadian dollars, it is $5."), _sentence_declarations("Wages in Canadian dollars rose; $5.")
    ([(0, 30, 'CAD')], [])
    """
    found: list[tuple[int, str]] = []
    declaration = _declaration()
    for h in _declaration_hint().finditer(line):
        m = declaration.match(line, h.start("lead"))
        if m is None or _NUMBER_AFTER_NAME.match(line, m.end()):
            continue
        if h.start("amount") < 0 and not _COMMA_NEXT.match(line, m.end()):
            continue  # an opening declaration is set apart by a comma: "In Canadian dollars, ..."
        code = _declared_code(m)
        if code:
            found.append((h.start("lead"), code))
    if not found:
        return []
    out: list[tuple[int, int, str]] = []
    start = 0
    for end in [*(m.end() for m in _SENTENCE_END.finditer(line)), len(line)]:
        if end <= start:
            continue
        codes = {code for at, code in found if start <= at < end}
        if len(codes) == 1:
            out.append((start, end, codes.pop()))
        start = end
    return out


def _unit_named(line: str) -> Optional[str]:
    """The one currency an intro line names as the unit of what follows, with no declaration
    word, not as the currency of an amount of its own, or None.

    >>> _unit_named("Bids in 2023 (gross pay, Canadian dollars per year):"), _unit_named("Paid 5 CAD or 3 EUR:")
    ('CAD', None)
    >>> _unit_named("Earlier offers of 5 Canadian dollars:"), _unit_named("Offers (CAD 5,000 and up):")
    (None, None)
    """
    named = currencies_in(line)
    if len(named) != 1:
        return None
    codes = money_rules().iso_codes
    for m in (*(m for m in _ISO_WORD.finditer(line) if m.group() in codes), *_long_name_pattern().finditer(line)):
        if _NUMBER_AFTER_NAME.match(line, m.end()) or line[max(0, m.start() - 3) : m.start()].rstrip()[-1:].isdigit():
            return None
    return next(iter(named))


_NOTE_END = re.compile(r"[.;!?)](?=\s|$)|$", re.M)  # where a currency note's sentence ends


def _currency_notes(text: str, rules: MoneyRules) -> list[tuple[int, int, str]]:
    """The scopes (start, end, currency) of the notes in ``text`` that declare the currency of their
    section or of the whole page, sections first.

    >>> page = "Pay guide\\nNote: all figures in this guide are in Australian dollars.\\nPay is $5."
    >>> _currency_notes(page, money_rules()) == [(0, len(page), "AUD")]
    True
    >>> text = "Intro $1.\\nQuebec\\nHere (all amounts in this section are Canadian dollars) $2.\\nOntario\\n$3."
    >>> [(text[s:e].split()[0], code) for s, e, code in _currency_notes(text, money_rules())]
    [('Quebec', 'CAD')]
    >>> _currency_notes("All figures are rounded. Pay in Canada is $5.", money_rules())
    []
    """
    sections: list[tuple[int, int, str]] = []
    pages: list[tuple[int, int, str]] = []
    for m in _note_starts(text, rules):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        if _in_block(text[line_start:line_end]):
            continue
        rest = text[m.end() : _NOTE_END.search(text, m.end(), line_end).start()]
        code = currency_named(rest)
        if code is None:
            continue
        if rules.section_scope.search(rest):
            sections.append((*_section(text, line_start, line_end), code))
        else:
            pages.append((0, len(text), code))
    return sections + pages


def _note_starts(text: str, rules: MoneyRules) -> Iterator[re.Match[str]]:
    """The matches of ``rules.page_note``, tried only where one of its opening words is written
    (found by plain string search, far faster than the pattern scanning every position)."""
    starts: set[int] = set()
    for word in _NOTE_OPENERS:
        for form in (word, word.capitalize(), word.upper()):
            i = text.find(form)
            while i >= 0:
                starts.add(i)
                i = text.find(form, i + 1)
    for i in sorted(starts):
        m = rules.page_note.match(text, i)
        if m is not None:
            yield m


def _section(text: str, line_start: int, line_end: int) -> tuple[int, int]:
    """The section the line [line_start, line_end) stands in: from the heading above it to the next
    heading, or to the text's ends. A heading is a line :func:`~extract.blocks.line_kind` calls one
    that holds no digit (a glued table row looks like a heading, but holds its numbers)."""
    start, end, offset = 0, len(text), 0
    for line in text.split("\n"):
        if line.strip() and not any(c.isdigit() for c in line) and line_kind(line) == "heading":
            if offset <= line_start:
                start = offset
            elif offset > line_end:
                end = offset
                break
        offset += len(line) + 1
    return start, end


_RESTATEMENT = re.compile(r",?[ \t\u00a0]+or[ \t\u00a0]+")
_CONVERSION_OPEN = re.compile(r"[ \t\u00a0]*\([ \t\u00a0]*")  # "over ₩150 million (": a bare parenthesis opening a conversion


class _SymbolContexts:
    """The currency of a contextual symbol (``¥``) from the cue words of its line, else of the nearest
    heading above that has cues (the section's heading), else of the whole text when only one
    currency's cues occur in it (read lines are remembered)."""

    def __init__(self, text: str, rules: MoneyRules) -> None:
        self.text, self.rules = text, rules
        self._lines: dict[int, frozenset[str]] = {}
        self._document: dict[str, Optional[str]] = {}

    def _words(self, line_start: int) -> tuple[frozenset[str], int]:
        end = self.text.find("\n", line_start)
        end = len(self.text) if end < 0 else end
        words = self._lines.get(line_start)
        if words is None:
            words = self._lines[line_start] = frozenset(_WORDS.findall(self.text[line_start:end].lower()))
        return words, end

    def _decide(self, spec: ContextualSymbol, words: frozenset[str]) -> Optional[str]:
        if words & spec.own:
            return spec.default
        for code, cues in spec.alternatives.items():
            if words & cues:
                return code
        return None

    def currency(self, symbol: str, pos: int) -> str:
        """The currency of ``symbol`` written at ``pos``.

        >>> c = _SymbolContexts("CHINA: PAY\\n\\nThey earn ¥8,500.\\nJapan pays ¥9,000.", money_rules())
        >>> c.currency("¥", 22), c.currency("¥", 44)
        ('CNY', 'JPY')
        """
        spec = self.rules.contextual[symbol]
        start = self.text.rfind("\n", 0, pos) + 1
        found = self._nearest_before(spec, start, pos)
        if found is None:
            words, _ = self._words(start)
            found = self._decide(spec, words)
        for _ in range(200):  # the nearest heading above, within a few screens
            if found is not None or start == 0:
                break
            start = self.text.rfind("\n", 0, start - 1) + 1
            words, end = self._words(start)
            line = self.text[start:end]
            if line.strip() and line_kind(line) == "heading":
                found = self._decide(spec, words)
        if found is None:
            if symbol not in self._document:
                self._document[symbol] = self._only_one(spec)
            found = self._document[symbol]
        return found or spec.default

    def _nearest_before(self, spec: ContextualSymbol, start: int, pos: int) -> Optional[str]:
        """The currency of the cue word nearest before ``pos`` on its line ("Swedish ads say 45 000 kr,
        Danish ones kr 39.800": each amount follows its own country).

        >>> c = _SymbolContexts("Swedish ads say 41 000 kr, Danish ones kr 39.800.", money_rules())
        >>> c.currency("kr", 23), c.currency("kr", 39)
        ('SEK', 'DKK')
        """
        words = _WORDS.findall(self.text[start:pos].lower())
        for word in reversed(words):
            found = self._decide(spec, frozenset((word,)))
            if found is not None:
                return found
        return None

    def _only_one(self, spec: ContextualSymbol) -> Optional[str]:
        """The one currency whose cues occur in the whole text; when several do, the one the page's title
        and intro name (a Danish guide that compares Sweden once); else None.

        >>> t = "Carpenter pay guide\\n\\nDanish carpenters earn well.\\n\\nIn Sweden pay is lower.\\n\\nRent: 9.000 kr."
        >>> _SymbolContexts(t, money_rules()).currency("kr", t.index("9.000"))
        'DKK'
        """
        codes = self._codes_in(spec, self.text)
        if len(codes) > 1:
            codes = self._codes_in(spec, self.text[: _head_end(self.text)])
        return codes.pop() if len(codes) == 1 else None

    @staticmethod
    def _codes_in(spec: ContextualSymbol, text: str) -> set[str]:
        """The currencies whose cue words occur in ``text``."""
        vocabulary = spec.own.union(*spec.alternatives.values())
        words = {text[a:b].lower() for a, b in _words_in(text, vocabulary)}
        codes = {spec.default} if words & spec.own else set()
        codes |= {code for code, cues in spec.alternatives.items() if words & cues}
        return codes


def _head_end(text: str) -> int:
    """The end of the page's head: its title lines and the first paragraph after them (the intro)."""
    offset = 0
    for line in text.split("\n"):
        offset += len(line) + 1
        if line.strip() and line_kind(line) == "paragraph":
            break
    return min(offset, len(text))


def _restated_bounds(text: str, drafts: list[_Draft], periods: _Periods) -> None:
    """An amount restating the one before it in another period ("up to €6.500 a month, or €78.000 per
    year") takes its open bound."""
    for prev, d in zip(drafts, drafts[1:]):
        if (prev.lo is None) == (prev.hi is None) or d.lo != d.hi or d.lo is None:
            continue
        if prev.currency != d.currency or prev.period is None or d.period is None or prev.period == d.period:
            continue
        period, period_end, _ = periods.at(prev.end)
        if period is None or not _RESTATEMENT.fullmatch(text, period_end, d.start):
            continue
        if prev.lo is None:
            d.lo = None
        else:
            d.hi = None


def _converted_bounds(text: str, drafts: list[_Draft], periods: _Periods) -> None:
    """An amount in parentheses right after an open-bounded one, with no qualifier of its own, converts
    it and takes its open bound ("over ₩150 million (1억 5천만 원)", "up to $80,000 (€74,000)"); in the
    same currency only when it restates the same value ("over $150,000 ($120,000 base)" does not).
    One with its own qualifier keeps its bounds ("₹1.2 crore or more (roughly $140,000)")."""
    for prev, d in zip(drafts, drafts[1:]):
        if (prev.lo is None) == (prev.hi is None) or d.lo != d.hi or d.lo is None or d.approx:
            continue
        bound = prev.lo if prev.lo is not None else prev.hi
        if prev.currency == d.currency and d.lo != bound:
            continue
        _, gap_from, _ = periods.at(prev.end)
        if not _CONVERSION_OPEN.fullmatch(text, max(gap_from, prev.end), d.start):
            continue
        if prev.lo is None:
            d.lo = None
        else:
            d.hi = None


def _plain_dollar(text: str, a: _Atom, rules: MoneyRules) -> bool:
    """Whether ``a`` is written with a plain ``$`` (no qualifier, no code after it): its dollar is open.

    >>> t = "$17.85 - C$20"
    >>> [_plain_dollar(t, a, money_rules()) for a in _number_atoms(t, money_rules())]
    [True, False]
    """
    return (
        a.kind == "symbol" and not a.pinned and a.currency == rules.symbols.get("$")
        and text[a.start : a.num_start].strip() == "$"
    )


def _qualified_dollar(text: str, a: _Atom, rules: MoneyRules) -> bool:
    """Whether ``a`` is written with a qualified dollar before it (``C$``, ``A$``, ``US$``): it names its dollar.

    >>> t = "C$5 - $7 - $9"
    >>> [_qualified_dollar(t, a, money_rules()) for a in _number_atoms(t, money_rules())]
    [True, False, False]
    """
    if a.kind != "symbol" or a.currency is None:
        return False
    marker = text[a.start : a.num_start].strip()
    return len(marker) > 1 and marker.endswith("$") and rules.is_dollar_prefix(marker[:-1].strip())


def _compatible(a: _Atom, b: _Atom) -> bool:
    """Whether two atoms can be the ends of one range."""
    if a.kind == "bare" and b.kind == "bare":
        return True
    if a.currency and b.currency and a.currency != b.currency:
        return False
    if a.kind in ("symbol", "code_prefix") and b.kind in ("symbol_suffix", "code_suffix", "name_suffix"):
        return False
    return True


def _bare_is_money(text: str, d: _Draft, rules: MoneyRules, periods: _Periods, *, bare_ok: bool) -> bool:
    if rules.not_money_after.match(text, d.end) and not periods.at(d.end)[0]:
        return False
    if rules.ordinal_after.match(text, d.end):
        return False  # "wage90th percentile": a rank, not an amount
    if _clock_time(text, d, rules):
        return False
    if bare_ok:
        return True
    if _counts_after(text, d.end, rules):
        return False  # "pays the wage in 13 tranches": a count after a pay label
    if d.period is not None and periods.at(d.end)[2]:  # a pay-notation period: "32000/annum"
        return True
    if _YEARLIKE.match(text[d.start : d.end]) and d.period is None:
        return False
    lo = max(0, d.start - 60)
    line_start = text.rfind("\n", lo, d.start) + 1
    return rules.pay_label_before.search(text, max(lo, line_start), d.start) is not None


_GROUPED_AMOUNT = re.compile(r"\d{1,3}(?:([.,'’\u00a0\u202f\u2009 ])\d{3})(?:\1\d{3})*(?:[.,]\d{1,2})?")
_RANGE_GAP = re.compile(r"[ \u00a0]*(?:[-–—]|to)[ \u00a0]*")


def _grouped_cell(text: str, d: _Draft, rules: MoneyRules) -> bool:
    """Whether a bare draft may be an amount in a table row: a cell of a tab- or pipe-separated
    line, written with grouped thousands at each end ("11.500.000", "8.000.000 - 15.000.000"), and
    not followed by what it counts.

    >>> t = "Junior\\t1-3 years\\t19.000.000\\t15.000.000 - 25.000.000"
    >>> [_grouped_cell(t, _Draft(t.index(x), t.index(x) + len(x), 0, 0, None, "bare"), money_rules())
    ...  for x in ("1-3", "19.000.000", "15.000.000 - 25.000.000")]
    [False, True, True]
    """
    line_start = text.rfind("\n", 0, d.start) + 1
    line_end = text.find("\n", d.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if "\t" not in line and not line.lstrip().startswith("|"):
        return False
    if d.end not in _grouped_run(text, d.start):
        return False
    return not rules.not_money_after.match(text, d.end) and not _counts_after(text, d.end, rules)


def _grouped_run(text: str, pos: int) -> list[int]:
    """The ends of the amounts of grouped thousands from ``pos`` on, one after another joined by a range's
    dash or ``to`` ("15.000.000 - 25.000.000": both ends); empty when none starts at ``pos``.

    >>> t = "15.000.000 - 25.000.000 x"
    >>> _grouped_run(t, 0), _grouped_run(t, 11)
    ([10, 23], [])
    """
    ends: list[int] = []
    while (m := _GROUPED_AMOUNT.match(text, pos)) is not None:
        ends.append(m.end())
        gap = _RANGE_GAP.match(text, m.end())
        if gap is None or gap.end() == m.end():
            break
        pos = gap.end()
    return ends


# a line of a glued plain-text table: a label glued to a cell of grouped thousands ("3-5 years20,000–28,000")
_GLUED_ROW = re.compile(r"[^\n]*?[^\W\d_][-+~]?\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?![\d])")


def _glued_row_cell(text: str, d: _Draft, rules: MoneyRules) -> bool:
    """Whether a bare draft is the amount cell of a glued plain-text table row: grouped thousands at each
    end, glued to the row label before it ("8+ years26,000 and above"), ending its line.

    >>> t = "Tenure\\u00a0Pay (NIS)\\n1-3 years11,500–16,000\\n8+ years26,000 and above\\nIn 2020 2,000 left"
    >>> [_glued_row_cell(t, _Draft(t.index(x), t.index(x) + len(x), 0, 0, None, "bare"), money_rules())
    ...  for x in ("11,500–16,000", "26,000 and above", "2,000")]
    [True, True, False]
    """
    if d.start == 0 or not text[d.start - 1].isalpha():
        return False
    line_end = text.find("\n", d.end)
    if text[d.end : len(text) if line_end < 0 else line_end].strip():
        return False
    ends = _grouped_run(text, d.start)
    if not ends:
        return False
    end = ends[-1]
    return (not text[end : d.end].strip() or rules.suffix_qualifier.match(text, end) is not None) \
        and not _counts_after(text, end, rules)


_MAGNITUDE_OR_GROUPED = re.compile(r"\d{1,3}(?:[,.\u00a0 ]\d{3})+(?:[.,]\d{1,2})?\Z|.*\d[.,]?[ \u00a0-]?[^\W\d_]+\Z", re.S)


def _row_has_marked(text: str, d: _Draft, drafts: list[_Draft]) -> bool:
    """Whether the line of ``d`` holds an amount with its own currency mark: a row whose amounts carry
    their currency, where a bare number is something else (a count of jobs or of reports)."""
    line_start = text.rfind("\n", 0, d.start) + 1
    line_end = text.find("\n", d.end)
    line_end = len(text) if line_end < 0 else line_end
    return any(o.explicit and line_start <= o.start < line_end and not o.rule.startswith("declared_cell") for o in drafts)


def _compared_currency(text: str, d: _Draft, prev: Optional[_Draft], rules: MoneyRules) -> Optional[str]:
    """The currency of a bare amount compared with the money amount before it in its sentence
    ("600 million VND in total, versus 480 million for base pay"): a comparison word right before
    it, an amount with a magnitude word or grouped thousands, counting nothing after it.

    >>> [(m.text, m.currency) for m in find_money("It hit $7 million, versus 5.2 million in 2022.")]
    [('$7 million', 'USD'), ('5.2 million', 'USD')]
    >>> [m.text for m in find_money("It raised $5 million versus 3 million users; rent was $9. Versus 4 million.")]
    ['$5 million', '$9']
    >>> [m.text for m in find_money("Pay is £33,940 a year from 2,100 salary reports.")]
    ['£33,940']
    """
    if prev is None or not prev.explicit or prev.currency is None or prev.end > d.start:
        return None
    if not _MAGNITUDE_OR_GROUPED.match(text, d.start, d.end):
        return None
    sizes = [v for v in (prev.lo, prev.hi, d.lo, d.hi) if v]
    if not sizes or max(sizes) > 10 * min(sizes):
        return None  # a compared amount is of the same order: "£33,940 a year from 2,100 reports" counts
    between = text[prev.end : d.start]
    if len(between) > 80 or _SENTENCE_END.search(between) or "\n" in between:
        return None
    if rules.comparison_before.search(text, prev.end, d.start) is None:
        return None
    if _counts_after(text, d.end, rules) or not _implied_currency_ok(text, d.end, rules):
        return None
    return prev.currency


_DIGIT_RUN = re.compile(r"\d+(?:[.,]\d+)*")


def _myriad_amount(text: str, d: _Draft, rules: MoneyRules) -> bool:
    """Whether a bare draft is written with a large CJK unit (万, 억: ten thousand or more) after each of
    its numbers ("45万", "18万–26万", "60万+") and counts nothing after it ("10万人", "30万 users").

    >>> r = money_rules()
    >>> [_myriad_amount(t, _Draft(0, n, 0, 0, None, "bare"), r) for t, n in (("18万–26万 |", 7), ("10万人", 3), ("30万 users", 3), ("5千", 2))]
    [True, False, False, False]
    """
    runs = list(_DIGIT_RUN.finditer(text, d.start, d.end))
    if not runs or rules.myriad is None:
        return False
    for run in runs:
        unit = rules.myriad.match(text, run.end())
        if unit is None or _myriad_value(unit.group(), rules) < _MYRIAD:
            return False
    return not text[d.end : d.end + 1].isalnum() and not _counts_after(text, d.end, rules)


def _clock_time(text: str, d: _Draft, rules: MoneyRules) -> bool:
    """Whether a bare number is an hour of the clock: at most 12 (or the minutes of "8:30")
    with a clock suffix after it.

    >>> [m.text for m in find_money("Night pay: 15% more between 9pm and 5 a.m. or after 10:30 pm")]
    []
    >>> [m.text for m in find_money("Salary: 2,000 pm")]  # more than 12: "pm" is per month
    ['2,000']
    """
    if rules.clock_after.match(text, d.end) is None:
        return False
    minutes = d.start >= 2 and text[d.start - 1] == ":" and text[d.start - 2].isdigit()
    hours = [v for v in (d.lo, d.hi) if v is not None]  # "from 7 am" is read as an open bound
    return minutes or (len(hours) > 0 and all(0 < v <= 12 for v in hours))


_K_AMOUNT = re.compile(r"\d+(?:[.,]\d+)?[kK](?![A-Za-z\d])")  # a bare count of thousands: "92k", "101.5k"
_K_LETTER = re.compile(r"(?<=\d)[kK](?![A-Za-z\d])")  # the "k" of a count of thousands, found in linear time
_NOT_DIGITS = re.compile(r"\D*")


_PLURAL_AFTER = re.compile(r"[ \u00a0]+([a-z]{2,}s)(?![A-Za-z])")


def _counts_after(text: str, end: int, rules: MoneyRules) -> bool:
    """Whether the amount ending at ``end`` counts something: a not-money word or a plural noun follows.

    >>> [_counts_after(t, 3, money_rules()) for t in ("92k followers", "92k was fine", "92k lol", "92k.")]
    [True, False, False, False]
    """
    if rules.not_money_after.match(text, end):
        return True
    plural = _PLURAL_AFTER.match(text, end)
    return plural is not None and plural.group(1) not in rules.shorthand_verbs


_SENTENCE_STOP = re.compile(r".*(?:[.!?;](?=\s)|\n)", re.S)  # up to the last sentence end (not a decimal point)


def _pay_word_in_sentence(text: str, start: int, rules: MoneyRules) -> bool:
    """Whether a pay word of ``bare_shorthand.before`` stands earlier in the sentence of ``start``, at
    most 200 characters back: a k-amount with a period after it is then pay ("the median salary across
    all levels was 52k a month").

    >>> [m.text for m in find_money("The median salary across all levels was 52k a month. We get 40k a month.")]
    ['52k']
    """
    lo = max(0, start - 200)
    stop = _SENTENCE_STOP.match(text, lo, start)
    return rules.shorthand_word is not None and rules.shorthand_word.search(text, stop.end() if stop else lo, start) is not None


def _shorthand_pay(text: str, d: _Draft, rules: MoneyRules) -> bool:
    """Whether a bare amount is forum shorthand pay; scales "230 TC" to thousands.

    A k-amount needs a pay word right before it (then a few fillers) or right after
    it; a bare whole number of 10-999 needs a ``thousands_after`` acronym after it.

    >>> [m.text for m in find_money("Base: 92k. TC ~101.5k, 140k base + 12k bonus, 3.1k upvotes")]
    ['92k', '~101.5k', '140k', '12k']
    >>> [(m.text, m.amount_min) for m in find_money("L5, 230 TC: 3 TC, 230 people")]
    [('230', 230000.0)]
    """
    if rules.shorthand_before is None or rules.shorthand_after is None or rules.thousands_after is None:
        return False
    if _K_LETTER.search(text, d.start, d.end) is not None:
        line_start = text.rfind("\n", max(0, d.start - 60), d.start) + 1
        return (
            rules.shorthand_before.search(text, max(0, d.start - 60, line_start), d.start) is not None
            or rules.shorthand_after.match(text, d.end) is not None
            or rules.salary_months_after.match(text, d.end) is not None
            or (d.period is not None and _pay_word_in_sentence(text, d.start, rules))
        )
    if d.lo is None or d.hi is None or d.lo != d.hi or not 10 <= d.lo < 1000 or d.lo != int(d.lo):
        return False
    if not text[d.start : d.end].isdigit() or rules.thousands_after.match(text, d.end) is None:
        return False
    d.lo = d.hi = d.lo * 1000
    return True


def prefix_before(text: str, lo: int, end: int, rules: MoneyRules) -> Optional[tuple[int, str]]:
    """The prefix qualifier ending right before ``end`` (then blanks): (start, phrase as written).

    What ``rules.prefix_qualifier.search(text, lo, end)`` finds, read backwards:
    the reversed window is matched once, at its start, by the reversed phrases
    (longest first, so the leftmost start wins as in the forward search), instead
    of trying every phrase at every position of the window.

    >>> prefix_before("pays a little over $5", 0, 19, money_rules())
    (5, 'a little over')
    >>> prefix_before("pays cover $5", 0, 11, money_rules()) is None
    True
    """
    window = text[max(0, lo - 1) : end][::-1]  # one more character: the phrase's left edge is checked on it
    last = window.lstrip(" \u00a0")[:1]  # the last character of the phrase, if any
    if last.isascii():
        m = rules.prefix_reversed_by_last.get(last.lower(), rules.prefix_reversed_by_last[""]).match(window)
    else:
        m = rules.prefix_qualifier_reversed.match(window)
    if m is None:
        return None
    start = end - m.end("q")
    if start < lo:  # a phrase reaching out of the window: the forward search decides
        f = rules.prefix_qualifier.search(text, lo, end)
        return (f.start("q"), f.group("q")) if f else None
    return start, text[start : end - m.start("q")]




_FROM = re.compile(r"(?:starting\s+)?from", re.I)
_SENTENCE_BREAK = re.compile(r".*(?:[.!?;](?!\d)|\n)", re.S)  # not a decimal point: "to $14.27 an hour from"
_TO_AMOUNT_AFTER = re.compile(r"[^.;!?\n]{0,40}?(?<![A-Za-z])(?:to|and)\s+\S{0,4}\d", re.I)
# "to $X" shortly before "from": the new level and the former one ("goes to $19 from $18.25")
_TO_AMOUNT_BEFORE = re.compile(r"(?<![A-Za-z])to\s+\S{0,4}\d[^.;!?\n]{0,30}\Z", re.I)


def _is_floor_from(text: str, q_start: int, phrase: str, end: int, rules: MoneyRules) -> bool:
    """Whether "from" before one amount makes it a floor ("posts from €31.000"): not a former value
    ("rose to X from Y", "up from $3.8bn") and no second amount after ("from $5 in 2020 to $7").

    >>> r = money_rules()
    >>> [_is_floor_from(t, t.index("from"), "from", len(t), r) for t in ("posts from €31.000", "up from $3.8bn")]
    [True, False]
    >>> _is_floor_from("A workshop lists posts from €31.000", 25, "from", 35, r)
    True
    >>> _is_floor_from("The levy goes to $19 from $18.25", 21, "from", 32, r)
    False
    """
    if not _FROM.fullmatch(phrase):
        return False
    lo = max(0, q_start - 60)
    brk = _SENTENCE_BREAK.match(text, lo, q_start)
    words = _WORDS.findall(text[brk.end() if brk else lo : q_start].lower())
    if rules.change_words.intersection(words) or (words and words[-1] in rules.change_right_before):
        return False
    if _TO_AMOUNT_BEFORE.search(text, brk.end() if brk else lo, q_start) is not None:
        return False
    return _TO_AMOUNT_AFTER.match(text, end) is None


_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \u00a0]+\Z")
_AT_BEFORE = re.compile(r"(?<![A-Za-z])at[ \u00a0]+\Z", re.I)
_CLAUSE_BREAK = re.compile(r".*[.!?;:,\n(]", re.S)


def _verb_particle(text: str, q_start: int, phrase: str, rules: MoneyRules) -> bool:
    """Whether "up to" or "over" before an amount is a verb's particle ("edges up to $14.35", "turns over
    €2 billion"), not a bound.

    >>> r = money_rules()
    >>> [_verb_particle(t, t.index("up to"), "up to", r) for t in ("edges up to $14.35", "pays up to $90k")]
    [True, False]
    >>> [_verb_particle(t, t.index("over"), "over", r) for t in ("turning over €2 billion", "earns over $9")]
    [True, False]
    """
    key = " ".join(phrase.lower().split())
    verbs = rules.level_verbs if key == "up to" else rules.over_verbs if key == "over" else None
    if not verbs:
        return False
    w = _WORD_BEFORE.search(text, max(0, q_start - 20), q_start)
    return w is not None and w.group(1).lower() in verbs


def _named_level(text: str, q_start: int, phrase: str, rules: MoneyRules) -> bool:
    """Whether "minimum of" before an amount names a level by its value ("the federal minimum of $7.25",
    "the KV minimum of € 2.732,41"), not a floor ("with a minimum of £5,132").

    >>> r = money_rules()
    >>> [_named_level(t, t.index("minimum"), "minimum of", r) for t in ("Seattle's own minimum of $9", "with a minimum of $9")]
    [True, False]
    """
    if rules.bound_determiners is None or " ".join(phrase.lower().split()) not in rules.named_bounds:
        return False
    return rules.bound_determiners.search(text, max(0, q_start - 60), q_start) is not None


def _capped_at(text: str, start: int, rules: MoneyRules) -> bool:
    """Whether "at" before an amount closes a cap verb of its clause ("caps a Grade 2 nurse at $X").

    >>> r = money_rules()
    >>> [_capped_at(t, t.index("$"), r) for t in ("caps a Grade 2 nurse at $9", "pays a nurse at $9", "caps, hiring at $9")]
    [True, False, False]
    """
    if _AT_BEFORE.search(text, max(0, start - 6), start) is None:
        return False
    lo = max(0, start - 50)
    brk = _CLAUSE_BREAK.match(text, lo, start)
    return not rules.cap_words.isdisjoint(_WORDS.findall(text[brk.end() if brk else lo : start].lower()))


# "+" glued to a period phrase and ending the mention ("A$60/hr+", "$3,000/month+."); not "+ super",
# "/hr+ benefits" (an add-on follows)
_PLUS_AFTER_PERIOD = re.compile(r"(?P<q>)(?P<plus>\+)(?=\Z|[),.;:!?<\]\n]|[ \t\u00a0]+(?![a-z]))")


_PER_UNIT = re.compile(r"[ \u00a0]+per[ \u00a0]+[a-z]+(?![A-Za-z])")  # the unit of a rate that is no time: "per mile"


_GLUED_PLUS = re.compile(r"(?P<q>)(?P<plus>\+)")
_WORD_ON_LINE = re.compile(r"[^\n]*?(?<!\d)[^\W\d_]")  # a letter not glued to a digit (a magnitude's "k" is)


def _glued_cell_plus(text: str, start: int, end: int) -> bool:
    """Whether the ``+`` at ``end`` closes a cell of a glued plain-text table row: the amount is glued to
    what stands before it (a row label or the cell before) and nothing but amounts follow to the line's
    end, the next cell marked ("Chief actuary15+ years$300,000+$325,000+"); not a sum in prose ("$120k+$20k
    bonus"), nor a change ("C$97k+3.1%").

    >>> t = "Chief15+ years$300,000+$325,000+\\nLead$300k+$325k+\\nIt pays $120k+$20k\\nChief$5+$7 bonus"
    >>> [_glued_cell_plus(t, t.index(a), t.index(a) + len(a)) for a in ("$300,000", "$300k", "$120k", "$5")]
    [True, True, False, False]
    """
    if start == 0 or text[start - 1].isspace() or text[end + 1 : end + 2].isdigit():
        return False  # "C$97k+3.1%": a change in the next cell, not an open bound
    return _WORD_ON_LINE.match(text, end + 1) is None


def _bound_before(text: str, end: int, rules: MoneyRules) -> Optional[tuple[int, str]]:
    """The bound qualifier (``up to``, ``over``) ending right before ``end``, where an approximation
    word starts: (start, phrase); else None.

    >>> r = money_rules()
    >>> _bound_before("earn up to roughly $9", 11, r), _bound_before("earn roughly $9", 5, r)
    ((5, 'up to'), None)
    """
    q = prefix_before(text, max(0, end - 30), end, rules) if _may_end_at(text, end, rules.prefix_last_chars) else None
    if q is None or rules.prefix_kinds[" ".join(q[1].lower().split())][0] not in ("min", "max"):
        return None
    return q


def _qualify_bounds(text: str, d: _Draft, rules: MoneyRules, periods: _Periods) -> None:
    """Fold prefix/suffix qualifiers and the trailing period into the draft."""
    q = prefix_before(text, max(0, d.start - 30), d.start, rules) if _may_end_at(text, d.start, rules.prefix_last_chars) else None
    prefix_kind = None
    if q and q[1][-1:].isalpha() and q[0] + len(q[1]) == d.start and text[d.start : d.start + 1].isalpha():
        q = None  # "ABC$88,500": letters glued to a letter marker are one word, not a qualifier ("ab")
    if q and rules.prefix_kinds[" ".join(q[1].lower().split())][0] == "approx":
        outer = _bound_before(text, q[0], rules)  # "up to roughly 2.100 €": an approximate cap is still a cap
        if outer is not None and not _verb_particle(text, *outer, rules) and not _named_level(text, *outer, rules):
            d.approx, q = True, outer
    if q and _verb_particle(text, q[0], q[1], rules):
        q = None  # "edges up to $14.35": the new level, not a cap
    if q and _named_level(text, q[0], q[1], rules):
        q = None  # "Seattle's own minimum of $20.76": the value of that minimum, not a floor
    if q is None and _may_end_at(text, d.start, _AT_LAST) and _capped_at(text, d.start, rules):
        prefix_kind = "max"  # "caps a welder at AUD 1,645.30": the cap, outside the span
    if q is None and rules.approx_noun is not None and _may_end_at(text, d.start, _OF_LAST) \
            and rules.approx_noun.search(text, max(0, d.start - 60), d.start):
        d.approx = True  # "closer to a salaried package of 70 000 €": the approximation of the noun the amount is the value of
    if q:
        q_start, phrase = q
        key = " ".join(phrase.lower().split())
        prefix_kind, in_span = rules.prefix_kinds[key]
        if prefix_kind == "approx":
            d.approx = True
        if in_span and prefix_kind != "intro":
            d.start = q_start
    s = rules.suffix_qualifier.match(text, d.end) if _may_start_at(text, d.end, rules.suffix_first_chars) else None
    period, period_end, _ = periods.at(d.end)
    if s is None:  # "$50,000 a year or more": the qualifier may follow the period phrase
        after = rules.suffix_qualifier.match(text, period_end) if period and _may_start_at(text, period_end, rules.suffix_first_chars) else None
        if after is not None and after.group("q") is not None and not after.group("plus"):
            s, d.period = after, period
        elif period and _PLUS_AFTER_PERIOD.match(text, period_end) and not text[period_end - 1 : period_end].isspace():
            s, d.period = _PLUS_AFTER_PERIOD.match(text, period_end), period  # "A$60/hr+": open above
        elif period is None and (unit := _PER_UNIT.match(text, d.end)) is not None:
            after = rules.suffix_qualifier.match(text, unit.end())  # "58 cents per mile or more": a rate's unit first
            if after is not None and after.group("q") is not None and not after.group("plus"):
                s = after
        elif text.startswith("+", d.end) and _glued_cell_plus(text, d.start, d.end):
            s = _GLUED_PLUS.match(text, d.end)  # "years$300,000+$325,000+": a cell's "+" before the next cell
    suffix_kind = None
    if s:
        word = s.group("q")
        if word is not None and (word.lower() == "plus" or _TO_AFTER.match(text, s.end()) or _AMOUNT_NEXT.match(text, s.end())):
            word = None  # "plus" after an amount is usually "plus bonus"; "and up to $Y"; "or above $Y"
            s = None
        if s is not None:
            suffix_kind = "min" if s.group("plus") else rules.suffix_kinds[" ".join(word.lower().split())]
            d.end = s.end()
    if suffix_kind == "approx":
        d.approx = True  # "$1,200 or so": an estimate, its bounds as stated
    elif suffix_kind == "min":
        d.hi = None
    elif suffix_kind == "max":
        d.lo = None
    elif prefix_kind == "max" and d.lo == d.hi:
        d.lo = None
    elif prefix_kind == "min" and d.lo == d.hi:
        d.hi = None
    elif prefix_kind == "intro" and d.lo == d.hi and q is not None and _is_floor_from(text, q[0], q[1], d.end, rules):
        d.hi = None
    if d.period is None:
        d.period = periods.at(d.end)[0] if s is not None else period


# --------------------------------------------------------------------------- public API


def find_money(text: str, *, default_currency: str = "USD") -> list[Money]:
    """Every money mention in ``text``, sorted by start and non-overlapping.

    >>> [m.text for m in find_money("Pay is around USD 120,500 yearly, up to $98,000 and more.")]
    ['around USD 120,500', 'up to $98,000 and more']
    >>> m = find_money("Salaries can go as high as $250K+!")[0]
    >>> (m.text, m.amount_min, m.amount_max)
    ('$250K+', 250000.0, None)
    >>> [(m.text, m.currency) for m in find_money("over $150,000 (Rs 1.25 crore)")]
    [('over $150,000', 'USD'), ('Rs 1.25 crore', 'INR')]
    >>> m = find_money("Salary: 27,000 - 32,000 per annum", default_currency="GBP")[0]
    >>> (m.amount_min, m.amount_max, m.currency, m.period, m.rule)
    (27000.0, 32000.0, 'GBP', 'year', 'label_amount_range')
    >>> find_money("In 2024, 31,000 people (16%) called 555-1234; echo $HOME")
    []
    """
    return _scan(text, default_currency=default_currency, bare_ok=False)


def parse_amount(s: str) -> Optional[Money]:
    """Parse one located money string (a table cell, a span); offsets are relative to ``s``.

    A number with no currency marker is accepted (currency None): the caller
    located it as money.

    >>> m = parse_amount("$30-50,000")
    >>> (m.amount_min, m.amount_max, m.currency)
    (30000.0, 50000.0, 'USD')
    >>> parse_amount("€45.000").amount_min
    45000.0
    >>> parse_amount("1.234,56 €").amount_min
    1234.56
    >>> parse_amount("CHF 1'049,95").amount_min
    1049.95
    >>> m = parse_amount("₹12 LPA")
    >>> (m.amount_min, m.currency, m.period)
    (1200000.0, 'INR', 'year')
    >>> parse_amount("20,000").currency is None
    True
    >>> parse_amount("Unknown") is None
    True
    """
    found = _scan(s, default_currency=None, bare_ok=True)
    if not found:
        return None
    explicit = [m for m in found if m.currency is not None]
    return (explicit or found)[0]
