"""Recover tables from flattened text lines and normalize HTML tables.

Two routes lead to the same :class:`~extract.types.Table`:

* :func:`find_text_tables` reads tables that survive in plain text only as
  lines: Markdown pipe tables, tab- or multi-space-separated columns, and rows
  whose cells were glued together when a page was flattened
  (``Austin, TX$71,250$58k``). Glued rows are split by the shapes of their
  values (money, money ranges, percentages, numbers); a glued header line is
  split at case transitions and header words (``rules/tables.yaml``) into as
  many columns as its rows have cells.
* :func:`from_html` normalizes a table that ingest parsed from HTML: header
  row detection, layout tables (no data) dropped.

:func:`cell_context` gives a money cell its labels: row label, column header,
caption.

>>> t = find_text_tables("Starter Band (0-3 Years)$64,500\\nLead (8+ Years)$117,000\\n")[0]
>>> [(c.row, c.col, c.text) for c in t.cells]
[(0, 0, 'Starter Band (0-3 Years)'), (0, 1, '$64,500'), (1, 0, 'Lead (8+ Years)'), (1, 1, '$117,000')]
>>> cell_context(t, t.cells[1])
('Starter Band (0-3 Years)',)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Iterable, Literal, Optional, Sequence

from .money import confirmed_symbols, find_money, leads_next_number, money_rules
from .rules import RuleError, load, require, unique
from .types import Cell, CellSpan, HtmlTable, Table

ValueKind = Literal["money", "percent", "number"]
GapKind = Literal["glued", "vocab", "year", "space"]

# --------------------------------------------------------------------------- vocabulary


@dataclass(frozen=True, slots=True)
class _Vocab:
    """Validated content of ``rules/tables.yaml``."""

    heads: frozenset[str]
    modifiers: frozenset[str]
    words: frozenset[str]
    function_words: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    max_label_words: int
    max_label_chars: int
    max_row_chars: int
    max_cell_chars: int
    max_html_cell_chars: int


@dataclass(frozen=True, slots=True)
class _Patterns:
    """Compiled value shapes; each is a small regex tested on its own."""

    money_symbol: re.Pattern[str]  # "$71,250", "US$1.2M", "£25,000", "$300K+", "$25/hr"
    money_code: re.Pattern[str]  # "USD 98,300", "AED 7,000 - 10,000"
    money_after: re.Pattern[str]  # "45.000 €", "25,000 GBP"
    money_range: re.Pattern[str]  # "$50k-$70k", "$40-60,000", "$50,000 to $70,000"
    percent: re.Pattern[str]  # "16%", "5.2 %", "+2.8%"
    number: re.Pattern[str]  # "31,000", "4.5"
    value_end: frozenset[str]  # the characters other than digits a value can end with
    # What a line must hold for a shape to match in it (a cheap test before each pattern):
    symbol_hint: re.Pattern[str]  # a currency symbol (money_symbol, money_range) ...
    symbol_words: tuple[str, ...]  # ... or a letter mark (a substring test is faster than a regex scan)
    range_hint: re.Pattern[str]  # a range joiner (money_range)
    code_hint: re.Pattern[str]  # a currency code (money_code)
    after_hint: re.Pattern[str]  # a currency code or a symbol written after the amount (money_after)
    # An empty-cell mark ("—", "n/a") ending a row after a value: a cell of its own ("$15.00$15.00—").
    placeholder_tail: re.Pattern[str]
    empty_end: frozenset[str]  # the last characters of the empty-cell marks
    word_end: frozenset[str]  # the last characters of the magnitude words ("₹28 LPA", "₹8 lakh")
    word_tail: re.Pattern[str]  # a line ending in an amount with a magnitude word or a bound qualifier
    # A bound qualifier of the money rules ending a row after its last amount ("$45,000 and above",
    # "45,000 or more"): part of that amount's cell.
    bound_tail: re.Pattern[str]


def _words(data: dict, key: str, *, where: str) -> frozenset[str]:
    items = [str(x) for x in require(data, key, list, where=where)]
    unique(items, where=f"{where}.{key}")
    return frozenset(x.casefold() for x in items)


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    data = load("tables")
    header = require(data, "header", dict, where="tables.yaml")
    where = "tables.yaml:header"
    heads = _words(header, "heads", where=where)
    modifiers = _words(header, "modifiers", where=where)
    words = _words(header, "words", where=where)
    function_words = _words(header, "function_words", where=where)
    for a, b, name in ((heads, modifiers, "heads/modifiers"), (heads, words, "heads/words"),
                       (modifiers, words, "modifiers/words")):
        if a & b:
            raise RuleError(f"{where}: {name} overlap: {sorted(a & b)}")
    phrases = [str(p) for p in require(header, "phrases", list, where=where)]
    unique(phrases, where=f"{where}.phrases")
    return _Vocab(
        heads=heads,
        modifiers=modifiers,
        words=words,
        function_words=function_words,
        phrases=tuple(tuple(p.casefold().split()) for p in phrases),
        max_label_words=require(data, "max_label_words", int, where="tables.yaml"),
        max_label_chars=require(data, "max_label_chars", int, where="tables.yaml"),
        max_row_chars=require(data, "max_row_chars", int, where="tables.yaml"),
        max_cell_chars=require(data, "max_cell_chars", int, where="tables.yaml"),
        max_html_cell_chars=require(data, "max_html_cell_chars", int, where="tables.yaml"),
    )


def _alternation(items: Iterable[str]) -> str:
    """Escaped alternation, longest first so that ``bn`` wins over ``b``."""
    return "|".join(re.escape(x) for x in sorted(set(items), key=lambda s: (-len(s), s)))


def _led(items: Iterable[str], *, not_after: str = "", after: Sequence[str] = ()) -> str:
    """Alternation of ``items`` led by their first characters, so a scan skips other characters fast.

    ``not_after`` is a character class that must not come right before an item
    (a two-character look-behind taken after the first character). ``after``
    holds fixed-width patterns one of which must come right before an item
    (look-behinds taken after the first character too: a pattern opening with a
    look-behind is tried at every position).

    >>> _led(["Rs", "RM", "KSh"], not_after="[A-Z]")
    '(?:K(?<![A-Z].)(?:Sh)|R(?<![A-Z].)(?:M|s))'
    >>> _led(["US", "UK"], after=["k", "bn"])
    '(?:U(?:(?<=k.)|(?<=bn.))(?:K|S))'
    """
    groups: dict[str, list[str]] = {}
    for item in items:
        groups.setdefault(item[0], []).append(item[1:])
    guard = f"(?<!{not_after}.)" if not_after else ""
    if after:
        guard += "(?:" + "|".join(f"(?<={a}.)" for a in after) + ")"
    return "(?:" + "|".join(f"{re.escape(c)}{guard}(?:{_alternation(rest)})" for c, rest in sorted(groups.items())) + ")"


# An amount: Indian lakh grouping, grouped thousands (``,``, ``.``, Swiss ``'``, a thin space) with
# optional decimals, or plain digits with optional decimals.
_AMOUNT = r"(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[,.'’\u2009\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?!\d)"
# After a currency mark, thousands may also be grouped by plain spaces ("R455 000", "€ 45 000");
# never a bare number ("2024 300" is two numbers).
_MARKED_AMOUNT = rf"(?:\d{{1,3}}(?:[ \u00a0]\d{{3}})+(?:,\d{{1,2}})?(?!\d)|{_AMOUNT})"
_RANGE_JOIN = r"(?:\s?[-–—]\s?|\s+to\s+)"
_PLUS = r"(?:\+(?![\d.]))?"  # "$300K+", but not the sign of a glued "+2.8%"


def _money_signs() -> tuple[list[str], list[str]]:
    """The currency signs of the money rules: the one-character signs ("€", "₵") and the signs led by
    a capital ("GH₵", "Gh¢", "E£"; not the dollars, which ``dollar_prefixes`` reads with its guards).

    >>> signs, words = _money_signs()
    >>> "₵" in signs, "GH₵" in words, "Gh¢" in words, "R$" in words, "$" in signs
    (True, True, True, False, True)
    """
    symbols = money_rules().symbols
    signs = sorted(k for k in symbols if len(k) == 1 and not k.isalnum())
    words = sorted(k for k in symbols if len(k) > 1 and k[:-1].isascii() and k[:-1].isalpha() and k[0].isupper()
                   and not k[-1].isalnum() and k[-1] not in "$.")
    return signs, words


@lru_cache(maxsize=8)
def _patterns(letters: frozenset[str] = frozenset()) -> _Patterns:
    """The value shapes; ``letters``: letter symbols the text confirms as currency marks (``R``)."""
    data = load("tables")
    where = "tables.yaml"
    symbols = [str(x) for x in unique(require(data, "currency_symbols", list, where=where), where=where)]
    prefixes = [str(x) for x in unique(require(data, "dollar_prefixes", list, where=where), where=where)]
    codes = [str(x) for x in unique(require(data, "currency_codes", list, where=where), where=where)]
    words = [str(x) for x in unique(require(data, "symbol_words", list, where=where), where=where)]
    words += sorted(w for w in money_rules().local_abbreviations if w[:1].isupper() and w not in words)  # "Dh", "Ksh"
    signs, sign_words = _money_signs()
    symbols += [s for s in signs if s not in symbols]  # "₵", "₾": every sign the money rules read
    words += [w for w in sign_words if w not in words]  # "GH₵", "E£"
    words += sorted(letters - set(words))
    mags = [str(x) for x in require(data, "magnitude_suffixes", list, where=where)]
    mag_words = [str(x) for x in unique(require(data, "magnitude_words", list, where=where), where=where)]
    periods = [str(x) for x in unique(require(data, "period_suffixes", list, where=where), where=where)]
    empty = [str(x) for x in unique(require(data, "empty_cells", list, where=where), where=where)]
    if len(set(mags)) != len(mags):
        raise RuleError(f"{where}: duplicate magnitude suffix")
    if any(not w[:1].isupper() for w in words):
        raise RuleError(f"{where}: symbol_words must start with an upper-case letter: {words}")
    sym_class = "[" + "".join(re.escape(s) for s in symbols) + "]"
    # a letter mark may follow a lower-case label it was glued to, never an upper-case letter; a
    # mixed-case mark of three letters or more may ("Porter IIIKSh 41,760": no capitalised word ends so)
    free = [w for w in words if len(w.rstrip(".")) >= 3 and not w.isupper()]
    guarded = [w for w in words if w not in free]
    word_symbol = "(?:" + "|".join(
        x for x in (_led(guarded, not_after="[A-Z]") if guarded else "", _led(free) if free else "") if x
    ) + r")(?=\s?\d)"
    # letter marks the money rules read after an amount ("8 000 zł", "45 000 Kč", "350 Ft"): not the
    # prefix marks above, not dollars, not capitals only (codes are listed; "TL" is also a word)
    known = set(symbols) | set(words)
    after_words = sorted(
        k for k in money_rules().symbols
        if k not in known and not k.endswith("$") and any(c.isalpha() for c in k)
        and not (k.isascii() and k.isupper()) and not k.endswith(".")
    )
    after_letters = rf"(?:{_alternation(after_words)})(?![^\W\d_])" if after_words else "(?!)"
    # a capitalized dollar prefix may follow a lower-case label it was glued to ("Sous chefS$4,700"),
    # never an upper-case letter
    dollar = _led([f"{p}$" for p in prefixes], not_after="[A-Z]")
    # a dollar prefix glued to the end of the cell before it: a magnitude after digits ("61kC$97k")
    # or a two-capital region code after a comma ("Halifax, NSC$64,200")
    glued_dollar = _led([f"{p}$" for p in prefixes], after=[*(rf"\d{re.escape(m)}" for m in sorted(set(mags))), ", [A-Z]{2}"])
    symbol = rf"(?:{sym_class}|{dollar}|{glued_dollar}|{word_symbol})"
    # a glued magnitude ends at a non-letter, or where the next cell's currency mark is glued on
    confirmed = rf"|(?:{_alternation(letters)})\s?\d" if letters else ""
    mag_end = rf"(?:(?![A-Za-z])|(?=[A-Z]{{1,3}}\$|[A-Z]{{3}}\s?\d{confirmed}))"
    # a magnitude letter that starts a letter mark before a number opens the next cell ("68,000KSh 40,000")
    mag = rf"(?:(?!(?:{_alternation(words)})\s?\d)(?:{_alternation(mags)}){mag_end}|\s?(?:{_alternation(mag_words)})(?![A-Za-z]))?"
    period = rf"(?:\s?/\s?(?:{_alternation(periods)})\b)?"
    code = rf"{_led(codes)}(?![A-Za-z])"
    after_symbols = "[" + "".join(re.escape(s) for s in symbols if s != "$") + "]"
    bounds = sorted(k for k, kind in money_rules().suffix_kinds.items() if kind in ("min", "max") and k != "+")
    bound_words = rf"(?i:{_alternation(bounds)})(?![^\W\d_])"
    return _Patterns(
        # a "+" right before a digit signs the next glued value ("$17.13+2.8%"): it is no "plus"
        money_symbol=re.compile(rf"{symbol}\s?{_MARKED_AMOUNT}{mag}{_PLUS}{period}"),
        # a code may follow a lower-case label it was glued to ("SwitzerlandCHF 88'000"), not a capital
        # (and a range after it, the code repeated or not: "AED 7,000 - 10,000", "USD 40k to USD 60k")
        money_code=re.compile(
            rf"{_led(codes, not_after='[A-Z]')}(?![A-Za-z])\s?{_AMOUNT}{mag}"
            rf"(?:{_RANGE_JOIN}(?:{code}\s?)?{_AMOUNT}{mag}(?!\s?%))?{_PLUS}{period}"
        ),
        # the mark after the amount confirms it: thousands may be grouped by spaces ("45 000 €")
        # (a magnitude letter one space after the number, when a sign follows it: "56 K€", as money reads it)
        money_after=re.compile(
            rf"(?<![\d.,]){_MARKED_AMOUNT}(?:[ \u00a0](?:{_alternation(mags)})(?={after_symbols})|{mag})"
            rf"\s?(?:{after_symbols}|{code}|{after_letters})"
        ),
        money_range=re.compile(
            rf"{symbol}\s?{_MARKED_AMOUNT}{mag}{_RANGE_JOIN}(?:{symbol}\s?)?{_MARKED_AMOUNT}{mag}{_PLUS}{period}"
        ),
        # a change may carry its sign, glued after the previous value or not ("+2.8%", "−1.5%")
        # decimals after a point or a comma ("+3,5%")
        percent=re.compile(r"(?:[+±−](?=\d)|(?<![\d.,]))\d+(?:[.,]\d+)?\s?%"),
        number=re.compile(rf"(?<![\d.,]){_AMOUNT}(?:[kK](?![A-Za-z]))?(?![%\d])"),
        value_end=frozenset(["+", "%", "k", "K", *symbols, *(w[-1] for w in [*mags, *periods, *codes])]),
        # many prose lines end with a letter: those of a magnitude word are checked on the tail
        word_end=frozenset(c for w in [*mag_words, *after_words, *bounds] for c in (w[-1].lower(), w[-1].upper())),
        word_tail=re.compile(rf"\d\s?(?:{_alternation([*mag_words, *after_words])})$|[\dkKmM][ \u00a0]*{bound_words}$"),
        bound_tail=re.compile(rf"(?<=[\dkKmM])[ \u00a0]*{bound_words}$"),
        # most prose lines end with "." or a letter: those of an empty-cell mark are checked on the tail
        empty_end=frozenset(w[-1].lower() for w in empty) | frozenset(w[-1].upper() for w in empty),
        symbol_hint=re.compile(sym_class),
        symbol_words=tuple(words),
        range_hint=re.compile(r"[-–—]|\sto\s"),
        code_hint=re.compile(_led(codes)),
        after_hint=re.compile(rf"{after_symbols}|{_led(codes)}" + (rf"|{_led(after_words)}" if after_words else "")),
        placeholder_tail=re.compile(rf"(?<=[\w%+{''.join(re.escape(x) for x in symbols)}])\s?(?i:{_alternation(empty)})$"),
    )


# --------------------------------------------------------------------------- values


@lru_cache(maxsize=1)
def _letter_hint() -> re.Pattern[str]:
    """A letter symbol of the money rules (``R``, ``N``, ``Sh``) right before a digit: what a line must
    hold for :func:`extract.money.confirmed_symbols` to change how it reads."""
    letters = money_rules().shaped_symbols
    return re.compile(rf"(?:{_alternation(letters)})\s?\d") if letters else re.compile(r"(?!)")


_DIGIT = re.compile(r"\d")
# Thousands groups hold exactly three digits, so a digit right after the last
# group starts the next glued cell ("$85,1800.4 %" is "$85,180" and "0.4 %").
_GLUED_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?=\d)")
_GLUED_HINT = re.compile(r",\d{4}")  # what a line must hold for _GLUED_GROUPS to match


@dataclass(frozen=True, slots=True)
class _Value:
    start: int
    end: int
    kind: ValueKind


def _shapes(text: str, symbol: bool, code: bool, pats: _Patterns) -> list[tuple[int, int, ValueKind]]:
    """Every match of every value shape in ``text`` (overlapping); ``symbol``, ``code``: the line's hints."""
    found: list[tuple[int, int, ValueKind]] = []
    for kind, pattern, possible in (
        ("money", pats.money_range, symbol and pats.range_hint.search(text) is not None),
        ("money", pats.money_symbol, symbol),
        ("money", pats.money_code, code),
        ("money", pats.money_after, code or pats.after_hint.search(text) is not None),
        ("percent", pats.percent, "%" in text),
        ("number", pats.number, True),
    ):
        if possible:  # the pattern cannot match a line without its hint
            found.extend((m.start(), m.end(), kind) for m in pattern.finditer(text)  # type: ignore[misc]
                         if pattern is not pats.money_after or not _leads_next(text, m))
    return found


_MARK_AFTER = re.compile(r"[^\d\s.,]+\Z")  # the currency mark ending an amount written before it


def _leads_next(text: str, m: re.Match[str]) -> bool:
    """Whether the mark closing an amount-then-mark match belongs to the number glued after it, as the
    money detector reads it (``142₹33.4 LPA`` is ``142`` | ``₹33.4 LPA``; ``45.000€62.000€`` keeps
    its marks after the amounts).

    >>> [_leads_next(t, _patterns().money_after.search(t)) for t in ("87₹21.6 LPA₹19 LPA", "45.000€62.000€")]
    [True, False]
    """
    if not text[m.end() : m.end() + 1].isdigit():
        return False
    return leads_next_number(text, m.end(), _MARK_AFTER.search(m.group()).group())


def find_values(line: str, *, letters: frozenset[str] = frozenset()) -> tuple[_Value, ...]:
    """Leftmost-longest non-overlapping value shapes in ``line``.

    >>> [line[v.start:v.end] for line in ["TX$71,250$58k$1.2M"] for v in find_values(line)]
    ['$71,250', '$58k', '$1.2M']
    >>> [(v.kind, v.start) for v in find_values("From $50k-$70k, 16% of 31,000")]
    [('money', 5), ('percent', 16), ('number', 23)]
    >>> [line[v.start:v.end] for line in ["212,430$37.15$77,2700.6 %"] for v in find_values(line)]
    ['212,430', '$37.15', '$77,270', '0.6 %']

    ``letters``: letter symbols the text confirms as currency marks (:func:`extract.money.confirmed_symbols`),
    read as marks in this line too, glued to a lower-case label or to the cell before them:

    >>> [line[v.start:v.end] for line in ["MetroR455 000R31kR1.5m"] for v in find_values(line, letters=frozenset("R"))]
    ['R455 000', 'R31k', 'R1.5m']
    """
    if _DIGIT.search(line) is None:
        return ()  # every value has a digit
    pats = _patterns(letters)
    symbol = pats.symbol_hint.search(line) is not None or any(w in line for w in pats.symbol_words)
    code = pats.code_hint.search(line) is not None
    cuts = [m.end() for m in _GLUED_GROUPS.finditer(line)] if _GLUED_HINT.search(line) is not None else []
    if cuts:
        found = []
        for start, end in zip([0, *cuts], [*cuts, len(line)]):
            found.extend((start + a, start + b, kind) for a, b, kind in _shapes(line[start:end], symbol, code, pats))
    else:
        found = _shapes(line, symbol, code, pats)
    found.sort(key=lambda f: (f[0], -f[1]))
    out: list[_Value] = []
    pos = 0
    for start, end, kind in found:
        if start >= pos:
            out.append(_Value(start, end, kind))
            pos = end
    return tuple(out)


def _whole_value(text: str) -> Optional[ValueKind]:
    """The kind of value ``text`` consists of, or None.

    >>> _whole_value("$50k-$70k"), _whole_value("16%"), _whole_value("Boston, MA")
    ('money', 'percent', None)
    """
    stripped = text.strip()
    values = find_values(stripped)
    if len(values) == 1 and values[0].start == 0 and values[0].end == len(stripped):
        return values[0].kind
    return None


def _is_money(text: str) -> bool:
    return _whole_value(text) == "money"


# --------------------------------------------------------------------------- lines

_BULLET = re.compile(r"\s*(?:[•●▪◦‣∙·*+]|-(?!\d)|\d{1,2}[.)])\s+\S")
_SENTENCE_TAIL = re.compile(r"[.!?:;,]\s*$")
_LABEL_TAIL = re.compile(r"[:=,;\-–—]\s*$")
_LETTER = re.compile(r"[^\W\d_]")
# A count with thousands separators ("104,310"): a cell of its own wherever it is glued.
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")
# A label that is only a count or an open-ended step ("390" glued to "$51.08", "15+" glued to
# "$89,520"): the row's first cell, not a label.
_BARE_COUNT = re.compile(r"\d+(?:[-–]\d+)?\+?")
# Digits glued to the end of a label word or a closing parenthesis ("Hawaii390", "Schools520").
_GLUED_DIGITS = re.compile(r"(?<=[^\W\d_)])\d+$|(?<=\))\d+$")
# Where two text cells of a label were glued ("Cape TownWestern Cape"): a capitalised word after
# three lower-case letters; not after a short capitalised prefix of one name ("KwaZulu", "MacArthur").
# Or a short code of capitals glued before a capitalised word ("HEnrolled Nurse": a grade "H", then
# the title), as headers split after an acronym. Or a grade or code ending in digits glued before a
# capitalised word ("BPS-14Elementary Teacher", "Band 3Nurse Practitioner").
_LABEL_GLUE = re.compile(
    r"(?<=[a-zß-öø-ÿ]{3})(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])|(?<=[A-Z])(?=[A-Z][a-z]{2})|(?<=\d)(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2})"
)
# Items of an inline list set apart by a middle dot or bullet ("Welder · avg"), or one ending the label.
_ITEM_SEPARATOR = re.compile(r"\s[·•]\s|[·•]$")
# A text cell glued after the last amount of a flattened row: a capitalized word or a few words
# ("...Dh13,900DHA", "...$52,000Remote", "...€4.100Frankfurt am Main"). Searched in the last
# _TEXT_TAIL_CHARS characters of a line.
_TEXT_TAIL = re.compile(r"(?<=\d)[A-Z][A-Za-z]*(?:[ &/-][A-Za-z]+){0,4}$")
_TEXT_TAIL_CHARS = 48
# A years-of-experience cell at the end of a row label, after a letter or a closing bracket
# ("Trainee0-3 years", "Staff12+ years", "Lead5 to 9 years", "Analyst (Level II)2-4 years",
# "Architect15 years+"). Glued, it is a cell of its own; after a space ("Nurse 2-5 years") it is
# one only when the header has a column for it.
_YEARS_CELL = r"\d{1,2}(?:[ ]?[-–][ ]?\d{1,2}|[ ]to[ ]\d{1,2}|\+)?[ ](?:years?|yrs?)\.?(?:\+(?!\S))?"
_GLUED_YEARS = re.compile(rf"(?:(?<=[^\W\d_])|(?<=[)\]]))(?P<space>[ ]?){_YEARS_CELL}$", re.I)
# A row of bare amounts with thousands separators glued to a years cell, the currency named by the
# header ("0-2 years13,000–18,000" under "ExperienceMonthly pay (NIS)"). Other labels glued to bare
# numbers stay no row ("Hospitals104,310" is a count).
_GROUPED_AMOUNT = r"\d{1,3}(?:[,.'’\u2009\u202f]\d{3})+"
_BARE_AMOUNT = re.compile(rf"{_GROUPED_AMOUNT}(?:{_RANGE_JOIN}{_GROUPED_AMOUNT})?")
_BARE_ROW = re.compile(rf"(?P<label>{_YEARS_CELL})[ ]?(?P<values>(?:{_BARE_AMOUNT.pattern}[ ]?)+)$", re.I)


def _has_digit(text: str) -> bool:
    """``any(ch.isdigit() for ch in text)``, with one regex pass in the usual case.

    ``\\d`` (decimal digits) finds most digits; the other digits ``isdigit``
    accepts (superscripts, circled digits) are not ASCII, so only text with
    non-ASCII characters is checked character by character.

    >>> _has_digit("Senior $90k"), _has_digit("Area in km²"), _has_digit("Median pay")
    (True, True, False)
    """
    return _DIGIT.search(text) is not None or (not text.isascii() and any(map(str.isdigit, text)))


@dataclass(frozen=True, slots=True)
class _Line:
    index: int
    start: int  # offset of the first non-space character
    end: int  # offset after the last non-space character
    text: str  # stripped line

    @property
    def blank(self) -> bool:
        return not self.text


class _Lines:
    """The lines of a text; each is built as a :class:`_Line` only when asked for.

    Most lines are prose that no rule reads past a cheap test on the raw line.

    >>> lines = _Lines("a\\n  b |c \\n")
    >>> len(lines), lines[1], lines[2].blank
    (3, _Line(index=1, start=4, end=8, text='b |c'), True)
    """

    __slots__ = ("text", "raw", "_starts", "_built")

    def __init__(self, text: str) -> None:
        self.text = text
        self.raw = text.split("\n")
        self._starts = list(accumulate((len(r) + 1 for r in self.raw), initial=0))
        self._built: dict[int, _Line] = {}

    def holding(self, needles: Iterable[str]) -> list[int]:
        """Indices of the raw lines holding one of ``needles`` (strings without a line break), in order.

        The text is searched, not each line: most lines hold none.

        >>> _Lines("a  b\\nc\\nd\\te  f\\n").holding(["  ", "\\t"])
        [0, 2]
        """
        found: set[int] = set()
        for needle in needles:
            at = self.text.find(needle)
            while at >= 0:
                index = bisect_right(self._starts, at) - 1
                found.add(index)
                at = self.text.find(needle, self._starts[index + 1])
        return sorted(found)

    def __len__(self) -> int:
        return len(self.raw)

    def __getitem__(self, index: int) -> _Line:
        line = self._built.get(index)
        if line is None:
            raw = self.raw[index]
            lead = len(raw) - len(raw.lstrip())
            stripped = raw.strip()
            start = self._starts[index] + lead
            line = self._built[index] = _Line(index, start, start + len(stripped), stripped)
        return line


@dataclass(frozen=True, slots=True)
class _Piece:
    """A cell candidate: offsets relative to its line, stripped text."""

    start: int
    end: int
    text: str


def _piece(line: str, start: int, end: int) -> _Piece:
    raw = line[start:end]
    lead = len(raw) - len(raw.lstrip())
    stripped = raw.strip()
    return _Piece(start + lead, start + lead + len(stripped), stripped)


# --------------------------------------------------------------------------- glued rows


@dataclass(frozen=True, slots=True)
class _GluedRow:
    cells: tuple[_Piece, ...]
    has_label: bool
    # a table row only under a header that fits: "Label $value" with one spaced-out amount, or
    # "0-2 years13,000–18,000" with amounts in bare numbers
    spaced: bool = False
    # The other reading when the label ends in digits glued to it ("Hawaii390$51.08"): those
    # digits as a cell of their own; or when two text cells were glued into it ("OsloViken$9k"):
    # each a cell of its own. Taken when the other rows and the header have that many columns.
    split: Optional[tuple[_Piece, ...]] = None
    bare: bool = False  # amounts without a currency mark: a row only under a header split by its glue

    def widths(self) -> frozenset[int]:
        """The cell counts the row may have."""
        return frozenset((len(self.cells), len(self.split))) if self.split else frozenset((len(self.cells),))

    def cells_for(self, width: int) -> tuple[_Piece, ...]:
        """The row's cells in the reading with ``width`` cells."""
        return self.split if self.split is not None and len(self.split) == width else self.cells


def parse_glued_row(line: str, *, letters: frozenset[str] = frozenset()) -> Optional[_GluedRow]:
    """Split one flattened row into a label and the values glued after it.

    The values must run to the end of the line; plain numbers need white space
    around them (``31,00045`` is not two cells), money and percentages may be
    glued. A ``Label: value`` line or a list item is not a row; a label with one
    spaced-out amount (``Acme $90k``) is a row only under a fitting header.

    >>> [p.text for p in parse_glued_row("Austin, TX$104,350$79k$108k$137k").cells]
    ['Austin, TX', '$104,350', '$79k', '$108k', '$137k']
    >>> [p.text for p in parse_glued_row("Senior$50k-$70k").cells]
    ['Senior', '$50k-$70k']
    >>> [p.text for p in parse_glued_row("Trainee0-3 years$71,000").cells]
    ['Trainee', '0-3 years', '$71,000']
    >>> [p.text for p in parse_glued_row("0-2$55k120").cells]
    ['0-2', '$55k', '120']
    >>> [p.text for p in parse_glued_row("Vermont$13.75$13.75—").cells]
    ['Vermont', '$13.75', '$13.75', '—']
    >>> [p.text for p in parse_glued_row("Leeds£31,200£38,900NHS Trust").cells]
    ['Leeds', '£31,200', '£38,900', 'NHS Trust']
    >>> parse_glued_row("Median Hourly Wage: $31,450") is None
    True
    """
    vocab = _vocab()
    if not line or len(line) > vocab.max_row_chars or _BULLET.match(line):
        return None
    empty = _patterns().placeholder_tail.search(line)
    if empty is not None:  # "$15.00—": the last cell is empty, marked by a dash
        row = parse_glued_row(line[:empty.start()], letters=letters)
        if row is None or (not row.has_label and len(row.cells) < 2):
            return None
        mark = _piece(line, empty.start(), len(line))
        split = (*row.split, mark) if row.split is not None else None
        return _GluedRow((*row.cells, mark), row.has_label, row.spaced, split)
    bound = _patterns().bound_tail.search(line, max(0, len(line) - 24))
    if bound is not None and bound.start() > 0:  # "$45,000 and above": the qualifier stays in the last cell
        row = parse_glued_row(line[:bound.start()], letters=letters)
        if row is None:
            return None
        last = _piece(line, row.cells[-1].start, len(line))
        split = (*row.split[:-1], last) if row.split is not None else None
        return _GluedRow((*row.cells[:-1], last), row.has_label, row.spaced, split)
    values = find_values(line, letters=letters)
    if not values or values[-1].end != len(line):
        tail = _TEXT_TAIL.search(line, max(0, len(line) - _TEXT_TAIL_CHARS)) if line[-1:].isalpha() else None
        if tail is None or tail.start() == 0:
            return None
        # "Dh13,900DHA": a text cell glued after the last amount of a row of two amounts or more
        row = parse_glued_row(line[:tail.start()], letters=letters)
        if row is None or not row.has_label or row.spaced or len(row.cells) < 3 or not _is_money(row.cells[-1].text):
            return None
        mark = _piece(line, tail.start(), len(line))
        split = (*row.split, mark) if row.split is not None else None
        return _GluedRow((*row.cells, mark), row.has_label, row.spaced, split)
    first = len(values) - 1
    while first > 0:
        prev, cur = values[first - 1], values[first]
        gap = line[prev.end:cur.start]
        if gap and not gap.isspace():
            break
        if not gap and "number" in (prev.kind, cur.kind) and not _glued_count(line, prev, cur) and not (
            prev.kind == "percent" and cur.kind == "number"  # "+3.1%121.6": a percent sign ends its cell
        ):
            break
        first -= 1
    chain = list(values[first:])
    while chain and chain[0].kind == "number" and chain[0].start > 0 and not line[chain[0].start - 1].isspace():
        if _GROUPED.fullmatch(line, chain[0].start, chain[0].end):
            break  # a count with thousands separators is a cell even when glued to the label
        chain.pop(0)  # a plain number glued to the label belongs to the label
    if not chain or not any(v.kind == "money" for v in chain):
        return _bare_row(line)
    label = _piece(line, 0, chain[0].start)
    cells = [_Piece(v.start, v.end, line[v.start:v.end]) for v in chain]
    if _BARE_COUNT.fullmatch(label.text):  # "390$51.08$106,250", "15+$89,520": a row whose first cell is a count
        cells.insert(0, label)
        label = _Piece(label.start, label.start, "")
    if not label.text:
        return _GluedRow(tuple(cells), False) if len(cells) >= 2 else None
    if (
        len(label.text) > vocab.max_label_chars
        or len(label.text.split()) > vocab.max_label_words
        or _LABEL_TAIL.search(label.text)
        or not _LETTER.search(label.text)
    ):
        return None
    spaced = line[chain[0].start - 1].isspace() and len(cells) < 2
    if spaced and _ITEM_SEPARATOR.search(label.text):
        return None  # "Plumber · median $31/hour": a teaser card of a link list, not a table row
    years = _GLUED_YEARS.search(label.text)
    if years is not None and years.start() > 0:  # "Trainee0-3 years$71,000": a years column after the label
        cut = label.start + years.start()
        split = (_piece(line, label.start, cut), _piece(line, cut, label.end), *cells)
        if not years.group("space"):
            return _GluedRow(split, True, spaced)
        if _norm(split[0].text.rsplit(None, 1)[-1]) not in vocab.function_words:  # not "Nurse with 2-5 years"
            return _GluedRow((label, *cells), True, spaced, split)  # "Nurse 2-5 years$71k": one cell or two
    count = _GLUED_DIGITS.search(label.text) if label.text[-1].isdigit() else None
    if count is not None and count.start() > 0:  # "Hawaii390$51.08": label "Hawaii390", or "Hawaii" and "390"
        cut = label.start + count.start()
        split = (_piece(line, label.start, cut), _piece(line, cut, label.end), *cells)
        return _GluedRow((label, *cells), True, spaced, split)
    glue = [label.start + m.start() for m in _LABEL_GLUE.finditer(label.text)]
    if glue:  # "OsloViken$9k": label "OsloViken", or "Oslo" and "Viken"
        cuts = [label.start, *glue, label.end]
        split = tuple(_piece(line, a, b) for a, b in zip(cuts, cuts[1:]))
        return _GluedRow((label, *cells), True, spaced, (*split, *cells))
    return _GluedRow((label, *cells), True, spaced)


def _bare_row(line: str) -> Optional[_GluedRow]:
    """A pay-by-experience row whose amounts are bare grouped numbers: a row only under a header its glue splits.

    >>> [p.text for p in _bare_row("10+ years45.000–60.000").cells]
    ['10+ years', '45.000–60.000']
    >>> _bare_row("Founded in 3 years 1,200")  # the label is not a years cell
    """
    m = _BARE_ROW.match(line)
    if m is None:
        return None
    at = m.start("values")
    cells = [_piece(line, 0, m.end("label"))]
    cells += [_piece(line, at + v.start(), at + v.end()) for v in _BARE_AMOUNT.finditer(m.group("values"))]
    return _GluedRow(tuple(cells), True, spaced=True, bare=True)


def _glued_count(line: str, prev: _Value, cur: _Value) -> bool:
    """Is the number of two glued values, the other money or a percentage, a count cell of its own?

    Only a count written with thousands separators is (``104,310$40.62``,
    ``12%1,200``), or digits after an amount that ends with a magnitude letter
    (``$55k120``); other digits glued to an amount (``Level 2$50,000``) end the label.
    """
    if (prev.kind == "number") == (cur.kind == "number"):
        return False
    count = prev if prev.kind == "number" else cur
    if count is cur and line[prev.end - 1].isalpha():
        return True  # "$55k120": a magnitude letter ends the amount, the digits after it are a cell
    return _GROUPED.fullmatch(line, count.start, count.end) is not None


# --------------------------------------------------------------------------- headers

_TOKEN = re.compile(r"\S+")
# Where two glued header cells meet inside a token: a case transition ("CityAverage",
# "(1)Hourly", after a footnote mark "wage²Annual"), a value after a percentage or parenthesis ("10%25%", "(Median)75%"), or a
# percentage or ordinal glued to a word ("Percentile10%", "Percentile10th"; not a year:
# "Salary2023" is one cell).
_CASE_GAP = re.compile(
    # not inside a three-letter ratio abbreviation ("YoY", "QoQ": a capital after one capitalised
    # lower-case letter, then no lower case)
    # nor a unit capital glued to its number and ending the word ("1K rent", "4K video"; "Q1Q2" splits)
    r"(?<=[a-z0-9)\]%*†‡¹²³⁰⁴⁵⁶⁷⁸⁹])(?<!(?<![A-Z])[A-Z][a-z])(?!(?<=\d)[A-Z](?![A-Za-z0-9]))(?=[A-Z])"
    r"|(?<=[a-z0-9)\]%*†‡¹²³⁰⁴⁵⁶⁷⁸⁹])(?=[A-Z][a-z])"
    r"|(?<=[A-Z])(?=[A-Z][a-z]{2})"  # after an acronym: "USSwitzerland" is "US" | "Switzerland"
    r"|(?<=[%)\]])(?=\d)"
    r"|(?<=[^\W\d_])(?=\d+(?:\.\d+)?\s?%|\d+(?:st|nd|rd|th)(?![a-z]))"
)
# A year glued to a word or to another year ("Province20232024Delta"): a weak boundary, taken
# only when the rows need that many columns ("Salary2023" over one column stays one cell).
# A word's year is cut off only when more glued cells follow it: another year or a capital.
_YEARS = r"(?:(?:19|20)\d\d)+(?!\d)"  # a run of glued years ("20252026")
_YEAR_GAP = re.compile(
    rf"(?<=[^\W\d_])(?=(?:19|20)\d\d(?:{_YEARS}|[A-Z]))|(?<=(?<!\d)(?:19|20)\d\d)(?={_YEARS})"
)
_WORD_EDGE = re.compile(r"^[^\w$£€%-]+|[^\w$£€%.-]+$")


@dataclass(frozen=True, slots=True)
class _Gap:
    at: int  # offset in the header line where the next word starts
    kind: GapKind
    score: int


def _norm(word: str) -> str:
    return _WORD_EDGE.sub("", word).casefold()


def _wordbreak(piece: str, known: frozenset[str]) -> Optional[list[int]]:
    """Split offsets when a case-less glued piece is a run of known header words."""
    low = piece.casefold()
    if low in known or len(low) > 40:
        return None
    best: list[Optional[list[int]]] = [None] * (len(low) + 1)
    best[0] = []
    for end in range(1, len(low) + 1):
        for start in range(max(0, end - 16), end):
            prev = best[start]
            if prev is not None and end - start > 1 and low[start:end] in known:
                best[end] = prev + [start]
                break
    result = best[len(low)]
    return result[1:] if result and len(result) > 1 else None


# A case-less glued piece, optionally with a "+N" qualifier ("BABA+15": lanes "BA" and "BA+15").
_CASELESS = re.compile(r"([^\W\d_]+)(?:\+\d+)?")


def _casebreak(sub: str, known: frozenset[str]) -> Optional[list[int]]:
    """Split offsets inside a glued upper- or lower-case piece made of known header words.

    A trailing ``+N`` qualifier stays with the last word.

    >>> known = frozenset(["ba", "ma", "annual", "salary"])
    >>> _casebreak("BABA+15", known), _casebreak("ANNUALSALARY", known), _casebreak("BA+15", known)
    ([2], [6], None)
    >>> _casebreak("Salary", known), _casebreak("BAND", known)
    (None, None)
    """
    m = _CASELESS.fullmatch(sub)
    if m is None:
        return None
    word = m.group(1)
    if not (word.isupper() or word.islower()):
        return None
    return _wordbreak(word, known)


def _header_words(line: str) -> tuple[list[tuple[int, int]], list[GapKind]]:
    """Words of a header line (offsets) and the kind of gap before each next word."""
    vocab = _vocab()
    known = vocab.heads | vocab.modifiers | vocab.words | vocab.function_words
    spans: list[tuple[int, int]] = []
    kinds: list[GapKind] = []
    for tok in _TOKEN.finditer(line):
        cuts = [m.start() for m in _CASE_GAP.finditer(tok.group())]
        years = {m.start() for m in _YEAR_GAP.finditer(tok.group())} if _DIGIT.search(tok.group()) else set()
        bounds = sorted({0, *cuts, *years, len(tok.group())})
        for i in range(len(bounds) - 1):
            a, b = tok.start() + bounds[i], tok.start() + bounds[i + 1]
            sub = line[a:b]
            inner = _casebreak(sub, known)
            sub_bounds = [0, *(inner or []), len(sub)]
            for j in range(len(sub_bounds) - 1):
                if spans:
                    if j > 0:
                        kinds.append("vocab")
                    elif i > 0:
                        kinds.append("year" if bounds[i] in years and bounds[i] not in cuts else "glued")
                    else:
                        kinds.append("space")
                spans.append((a + sub_bounds[j], a + sub_bounds[j + 1]))
    return spans, kinds


_GAP_BASE: dict[str, int] = {"glued": 3, "vocab": 2, "year": 1, "space": 0}


def _gaps(line: str) -> tuple[list[tuple[int, int]], list[_Gap]]:
    vocab = _vocab()
    spans, kinds = _header_words(line)
    words = [_norm(line[a:b]) for a, b in spans]
    in_phrase = [False] * len(kinds)
    for phrase in vocab.phrases:
        n = len(phrase)
        for i in range(len(words) - n + 1):
            if tuple(words[i:i + n]) == phrase:
                for k in range(i, i + n - 1):
                    in_phrase[k] = True
    gaps = []
    for k, kind in enumerate(kinds):
        left, right = words[k], words[k + 1]
        score = _GAP_BASE[kind]
        # a parenthesis closes its cell's note ("(Median)75%"): no modifier leans past it
        closed = line[spans[k][1] - 1] in ")]"
        score += (left in vocab.heads) - 2 * (left in vocab.modifiers and not closed)
        score += (right in vocab.modifiers) - (right in vocab.heads)
        if left in vocab.function_words or right in vocab.function_words:
            score -= 2
        if in_phrase[k]:
            score -= 3
        if kind == "space" and line[spans[k + 1][0]] in "([":
            score -= 3  # a note or footnote marker belongs to the words before it: "Employment (1)"
        gaps.append(_Gap(spans[k + 1][0], kind, score))
    return spans, gaps


@dataclass(frozen=True, slots=True)
class _HeaderSplit:
    cells: tuple[_Piece, ...]
    strong: bool  # every boundary came from the glue itself (case or vocabulary)


def split_header(line: str, n: int) -> Optional[_HeaderSplit]:
    """Split a (possibly glued) header line into exactly ``n`` column labels.

    Boundaries are scored: a glued case transition is strong evidence, a space
    between a head word (``Salary``) and a modifier (``Average``) is good
    evidence, a space inside a known phrase or next to a function word is
    counter-evidence. The best ``n - 1`` boundaries are taken; the split is
    refused when one of them is implausible or a glued boundary is left over.

    >>> [c.text for c in split_header("CityAverage SalaryEntry-Level Salary", 3).cells]
    ['City', 'Average Salary', 'Entry-Level Salary']
    >>> [c.text for c in split_header("Job Title Median Salary", 2).cells]
    ['Job Title', 'Median Salary']
    >>> split_header("Salary by Experience", 2) is None
    True
    >>> [c.text for c in split_header("Province20232024Delta", 4).cells]
    ['Province', '2023', '2024', 'Delta']
    >>> [c.text for c in split_header("TownAvg. 2K flat / monthQ1Q2", 4).cells]
    ['Town', 'Avg. 2K flat / month', 'Q1', 'Q2']
    """
    if n < 1:
        return None
    spans, gaps = _gaps(line)
    if not spans or len(gaps) < n - 1:
        return None
    order = sorted(range(len(gaps)), key=lambda k: (-gaps[k].score, gaps[k].kind == "space", k))
    chosen = sorted(order[: n - 1])
    rest = order[n - 1:]
    if any(gaps[k].score < 0 for k in chosen):
        return None
    if any(gaps[k].kind == "glued" and gaps[k].score > 0 for k in rest):
        return None  # a glued case transition left unsplit: the header has more columns
    cuts = [0, *(gaps[k].at for k in chosen), len(line)]
    cells = tuple(_piece(line, cuts[i], cuts[i + 1]) for i in range(n))
    strong = all(gaps[k].kind != "space" for k in chosen)
    return _HeaderSplit(cells, strong)


def _header_candidate(line: _Line, *, letters: frozenset[str]) -> bool:
    text = line.text
    if not text or len(text) > _vocab().max_row_chars or _BULLET.match(text) or "|" in text:
        return False
    if _SENTENCE_TAIL.search(text) or not _LETTER.search(text):
        return False
    return not any(v.kind == "money" for v in find_values(text, letters=letters))


# --------------------------------------------------------------------------- table assembly


def _make_table(
    rows: Sequence[tuple[_Line, Sequence[tuple[int, _Piece]]]],
    *,
    header: Optional[Sequence[Optional[str]]],
    rule: str,
) -> Table:
    """Build a Table from rows of (line, [(col, piece)]); row 0 is the header when given."""
    cells = []
    for r, (line, pieces) in enumerate(rows):
        for col, p in pieces:
            if not p.text:
                continue
            head = header[col] if header is not None and col < len(header) else None
            cells.append(Cell(r, col, line.start + p.start, line.start + p.end, p.text, head or None))
    return Table(
        start=rows[0][0].start,
        end=rows[-1][0].end,
        origin="text",
        cells=tuple(cells),
        has_header=header is not None,
        caption=None,
        rule=rule,
    )


def _fit_header(line: str, n: int, *, labelled: bool) -> tuple[Optional[_HeaderSplit], int]:
    """The header line split over ``n`` columns, and its offset (1: an empty corner over the labels)."""
    split = split_header(line, n)
    if split is None and n > 2 and labelled:
        shifted = split_header(line, n - 1)  # empty corner cell over the labels
        if shifted is not None and shifted.strong:
            return shifted, 1
    return split, 0


def _glued_tables(lines: _Lines, used: set[int]) -> list[Table]:
    parsed: dict[int, _GluedRow] = {}
    max_row_chars = _vocab().max_row_chars
    pats = _patterns()
    value_end = pats.value_end
    empty_end, empty_tail = pats.empty_end, pats.placeholder_tail
    word_end, word_tail = pats.word_end, pats.word_tail
    # A glued row ends with a value (most lines are prose): a raw line is read further
    # when its last character may end a value, or is white space (stripped below).
    letter_hint = _letter_hint()
    letters: Optional[frozenset[str]] = None  # read from the whole text, when a line may need them
    maybe = [i for i, raw in enumerate(lines.raw)
             if raw and (raw[-1] in value_end or raw[-1].isdigit() or raw[-1].isspace()
                         or (raw[-1] in empty_end and empty_tail.search(raw[-8:]) is not None)
                         or (raw[-1] in word_end and word_tail.search(raw[-16:]) is not None)
                         or (raw[-1].isalpha() and _TEXT_TAIL.search(raw, max(0, len(raw) - _TEXT_TAIL_CHARS)) is not None))]
    for i in maybe:
        text = lines.raw[i].strip()  # the text of lines[i], without building it
        if not text or i in used:
            continue
        if not (text[-1].isdigit() or text[-1] in value_end) and not (
            text[-1] in empty_end and empty_tail.search(text[-8:]) is not None
        ) and not (text[-1] in word_end and word_tail.search(text[-16:]) is not None) and not (
            text[-1].isalpha() and _TEXT_TAIL.search(text, max(0, len(text) - _TEXT_TAIL_CHARS)) is not None
        ):
            continue
        if len(text) > max_row_chars or not _has_digit(text):
            continue
        if letters is None and letter_hint.search(text) is not None:
            letters = confirmed_symbols(lines.text)
        row = parse_glued_row(text, letters=letters or frozenset())
        if row is not None:
            parsed[i] = row
    # Runs of rows with a common width; a row with two readings takes the run's.
    runs: list[tuple[list[int], frozenset[int]]] = []
    for idx in sorted(parsed):
        widths = parsed[idx].widths()
        if runs:
            last = runs[-1][0][-1]
            contiguous = idx - last <= 2 and all(lines[j].blank for j in range(last + 1, idx))
            common = runs[-1][1] & widths
            if contiguous and common:
                runs[-1] = (runs[-1][0] + [idx], common)
                continue
        runs.append(([idx], widths))
    tables = []
    for run, widths in runs:
        head_line = lines[run[0] - 1] if run[0] > 0 else None
        if head_line is not None and (head_line.index in used or not _header_candidate(head_line, letters=letters or frozenset())):
            head_line = None
        # When every row reads both ways, digits glued to a label stay in it, unless only
        # the wider reading fits the header ("StateEmployment..." over "Hawaii390$51.08").
        n, split, offset = min(widths), None, 0
        if head_line is not None:
            for width in sorted(widths):
                split, offset = _fit_header(head_line.text, width, labelled=all(parsed[i].has_label for i in run))
                if split is not None:
                    n = width
                    break
        cells = {i: parsed[i].cells_for(n) for i in run}
        if split is not None and len(run) < 2 and not (split.strong and n >= 3):
            split = None
        if split is None and len(run) < 2:
            continue
        if any(parsed[i].spaced for i in run) and (split is None or len(run) < 2):
            continue  # "Label $value" lines without a header read as prose
        if any(parsed[i].bare for i in run) and not split.strong:
            continue  # bare numbers under a header split only at spaces ("Key figures"): a list
        rows: list[tuple[_Line, Sequence[tuple[int, _Piece]]]] = []
        header: Optional[list[Optional[str]]] = None
        if split is not None and head_line is not None:
            header = [None] * offset + [c.text for c in split.cells]
            rows.append((head_line, [(offset + i, c) for i, c in enumerate(split.cells)]))
            used.add(head_line.index)
        for i in run:
            rows.append((lines[i], list(enumerate(cells[i]))))
            used.add(i)
        tables.append(_make_table(rows, header=header, rule="glued_header" if header else "glued_rows"))
    return tables


# --------------------------------------------------------------------------- delimited rows

_PIPE_SEPARATOR = re.compile(r"\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?")
_MULTISPACE = re.compile(r"[ \u00a0]{2,}|\t")
_TAB = re.compile(r"\t")


def _split(line: str, sep: re.Pattern[str]) -> list[_Piece]:
    pieces = []
    pos = 0
    for m in sep.finditer(line):
        pieces.append(_piece(line, pos, m.start()))
        pos = m.end()
    pieces.append(_piece(line, pos, len(line)))
    return pieces


def _split_pipe(line: str) -> list[_Piece]:
    body_start = 1 if line.startswith("|") else 0
    body_end = len(line) - 1 if line.endswith("|") and len(line) > 1 else len(line)
    pieces = []
    pos = body_start
    for m in re.finditer(r"\|", line[body_start:body_end]):
        pieces.append(_piece(line, pos, body_start + m.start()))
        pos = body_start + m.end()
    pieces.append(_piece(line, pos, body_end))
    return pieces


def _has_value(pieces: Sequence[_Piece]) -> bool:
    return any(_whole_value(p.text) for p in pieces if p.text)


def _delimited_group(
    group: list[tuple[_Line, list[_Piece]]], *, rule: str, min_data_rows: int
) -> Optional[Table]:
    first_is_header = not _has_value(group[0][1]) and any(_has_value(p) for _, p in group[1:])
    data = group[1:] if first_is_header else group
    if len(data) < min_data_rows or not all(_has_value(p) for _, p in data):
        return None
    header = [p.text for p in group[0][1]] if first_is_header else None
    rows = [(ln, list(enumerate(p))) for ln, p in group]
    return _make_table(rows, header=header, rule=rule)


def _delimited_tables(lines: _Lines, used: set[int], *, rule: str) -> list[Table]:
    vocab = _vocab()
    split: dict[int, list[_Piece]] = {}
    separators: set[int] = set()
    # A cheap test on the raw line first: it holds the delimiter (for multispace: two
    # spaces, a no-break space or a tab, as _MULTISPACE needs).
    delimiters = {"pipe": ("|",), "tsv": ("\t",)}.get(rule, ("  ", "\u00a0", "\t"))
    for i in lines.holding(delimiters):
        ln = lines[i]
        t = ln.text
        if ln.index in used or not t or _BULLET.match(t):
            continue
        if rule == "pipe":
            if "|" not in t:
                continue
            if _PIPE_SEPARATOR.fullmatch(t):
                separators.add(ln.index)
                continue
            pieces = _split_pipe(t)
        elif rule == "tsv":
            if "\t" not in t:
                continue
            pieces = _split(t, _TAB)
        else:
            if len(t) > vocab.max_row_chars or not _MULTISPACE.search(t):
                continue
            pieces = _split(t, _MULTISPACE)
        if len(pieces) >= 2 and all(len(p.text) <= vocab.max_cell_chars for p in pieces):
            split[ln.index] = pieces
    tables = []
    done = 0  # lines before it are read
    for idx in sorted(split):
        if idx < done:
            continue
        group = [(lines[idx], split[idx])]
        nxt = idx + 1
        if rule == "pipe" and nxt in separators:
            # Markdown: header, separator, body rows with the header's width
            nxt += 1
            while nxt in split and len(split[nxt]) == len(split[idx]):
                group.append((lines[nxt], split[nxt]))
                nxt += 1
            if len(group) >= 2:
                rows = [(ln, list(enumerate(p))) for ln, p in group]
                tables.append(_make_table(rows, header=[p.text for p in group[0][1]], rule=rule))
                used.update(range(idx, nxt))
            done = nxt
            continue
        while nxt in split and len(split[nxt]) == len(split[idx]):
            group.append((lines[nxt], split[nxt]))
            nxt += 1
        table = _delimited_group(group, rule=rule, min_data_rows=2 if rule == "multispace" else 1)
        if table is not None and len(group) >= 2:
            tables.append(table)
            used.update(range(idx, nxt))
        done = nxt
    return tables


# --------------------------------------------------------------------------- public API


def find_text_tables(text: str) -> list[Table]:
    """Tables that survive in plain text as lines (origin ``"text"``), in text order.

    Rules, tried in this order on lines not yet claimed: ``pipe`` (Markdown),
    ``tsv``, ``multispace`` (2+ spaces), then glued rows (``glued_header`` when
    the line above splits into the rows' column count, else ``glued_rows``).

    >>> text = "StateMedian PayEntry-Level Pay\\nAustin, TX$71,250$58k\\nDenver, CO$83,900$61k\\n"
    >>> t = find_text_tables(text)[0]
    >>> t.rule, t.has_header, [(c.row, c.text, c.header) for c in t.cells if c.col == 2]
    ('glued_header', True, [(0, 'Entry-Level Pay', 'Entry-Level Pay'), (1, '$58k', 'Entry-Level Pay'), (2, '$61k', 'Entry-Level Pay')])
    >>> find_text_tables("  • Median Hourly Wage: $31,450\\n  • Number of Jobs: 52,000\\n")
    []
    """
    lines = _Lines(text)
    used: set[int] = set()
    tables: list[Table] = []
    if "|" in text:
        tables += _delimited_tables(lines, used, rule="pipe")
    if "\t" in text:
        tables += _delimited_tables(lines, used, rule="tsv")
    tables += _delimited_tables(lines, used, rule="multispace")
    tables += _glued_tables(lines, used)
    tables.sort(key=lambda t: t.start)
    return tables


def _trim(span: CellSpan) -> tuple[int, int, str]:
    raw = span.text
    lead = len(raw) - len(raw.lstrip())
    stripped = raw.strip()
    return span.start + lead, span.start + lead + len(stripped), stripped


def _numeric(text: str) -> bool:
    """Whether an HTML cell holds a value: a shape of this module's, or an amount with a currency the money
    detector reads, whatever its mark ("8 000 – 11 500 zł", "45 000 Kč").

    >>> [_numeric(t) for t in ("$64k", "12%", "8 000 – 11 500 zł", "45 000 Kč", "Junior")]
    [True, True, True, True, False]
    """
    if not text:
        return False
    if _whole_value(text) is not None or any(v.kind == "money" for v in find_values(text)):
        return True
    return _has_digit(text) and any(m.currency is not None for m in find_money(text))


def _nested(spans: Iterable[tuple[int, int]]) -> bool:
    """True when one cell's span overlaps another's: a table laid out inside a cell."""
    end = -1
    for start, stop in sorted(set(spans)):
        if start < end:
            return True
        end = max(end, stop)
    return False


def from_html(table: HtmlTable) -> Optional[Table]:
    """Normalize an ingested HTML table (origin ``"html"``); None for a layout table.

    The header row is a leading run of all-``<th>`` rows (their texts joined per
    column), or a first row of labels over rows holding values. A table with a
    single column, no numeric or money cell, a cell of running text (a nested
    layout) or cells overlapping cells holds no data. A cell spanning several
    columns is kept once per row; a cell spanning several rows is repeated in
    each (it labels each of them).

    >>> cs = [CellSpan(0, 0, 0, 4, "City", True), CellSpan(0, 1, 4, 8, "Mean", True),
    ...       CellSpan(1, 0, 9, 13, "Rome"), CellSpan(1, 1, 13, 17, "€40k")]
    >>> t = from_html(HtmlTable(0, 17, tuple(cs)))
    >>> [(c.row, c.col, c.text, c.header) for c in t.cells]
    [(0, 0, 'City', 'City'), (0, 1, 'Mean', 'Mean'), (1, 0, 'Rome', 'City'), (1, 1, '€40k', 'Mean')]
    """
    grid: dict[tuple[int, int], tuple[int, int, str, bool]] = {}
    for span in table.cells:
        start, end, text = _trim(span)
        if "\n" in text or len(text) > _vocab().max_html_cell_chars:
            return None  # running text or a table nested in a layout cell
        grid[(span.row, span.col)] = (start, end, text, span.is_header)
    filled = {k: v for k, v in grid.items() if v[2]}
    if not filled:
        return None
    if len({c for _, c in filled}) < 2:
        return None
    if not any(_numeric(v[2]) for v in filled.values()):
        return None
    if _nested((v[0], v[1]) for v in filled.values()):
        return None
    row_ids = sorted({r for r, _ in filled})
    by_row = {r: sorted((c, v) for (rr, c), v in filled.items() if rr == r) for r in row_ids}
    n_head = 0
    for r in row_ids:
        if all(v[3] for _, v in by_row[r]):
            n_head += 1
        else:
            break
    if n_head == len(row_ids):
        n_head = 1 if len(row_ids) > 1 else 0
    if n_head == 0 and len(row_ids) > 1:
        first_labels = not any(_numeric(v[2]) for _, v in by_row[row_ids[0]])
        if first_labels and any(_numeric(v[2]) for r in row_ids[1:] for _, v in by_row[r]):
            n_head = 1
    headers: dict[int, str] = {}
    head_cells: dict[int, tuple[int, int, str, bool]] = {}
    for r in row_ids[:n_head]:
        seen: set[tuple[int, int]] = set()
        for c, v in by_row[r]:
            parts = headers.get(c)
            headers[c] = v[2] if parts is None else parts if parts.endswith(v[2]) else f"{parts} {v[2]}"
            if (v[0], v[1]) not in seen:
                seen.add((v[0], v[1]))
                head_cells[c] = v
    cells: list[Cell] = []
    if n_head:
        for c, v in sorted(head_cells.items()):
            cells.append(Cell(0, c, v[0], v[1], v[2], headers.get(c)))
    out_row = 1 if n_head else 0
    for r in row_ids[n_head:]:
        seen = set()
        for c, v in by_row[r]:
            if (v[0], v[1]) in seen:
                continue
            seen.add((v[0], v[1]))
            cells.append(Cell(out_row, c, v[0], v[1], v[2], headers.get(c)))
        out_row += 1
    return Table(
        start=table.start,
        end=table.end,
        origin="html",
        cells=tuple(cells),
        has_header=bool(n_head),
        caption=table.caption.strip() if table.caption and table.caption.strip() else None,
        rule="html_header" if n_head else "html",
    )


def cell_context(table: Table, cell: Cell) -> tuple[str, ...]:
    """Labels that give ``cell`` its context: row label, column header, caption.

    The row label is the first non-money cell of the cell's row (other than the
    cell itself); header-row cells take only the caption.

    >>> t = Table(0, 9, "text", (Cell(0, 0, 0, 3, "Rome", None), Cell(0, 1, 3, 9, "€40k", "Mean")),
    ...           caption="Pay in Italy")
    >>> cell_context(t, t.cells[1])
    ('Rome', 'Mean', 'Pay in Italy')
    """
    labels: list[str] = []
    if not (table.has_header and cell.row == 0):
        for other in sorted((c for c in table.cells if c.row == cell.row), key=lambda c: c.col):
            if other.col != cell.col and other.text and not _is_money(other.text):
                labels.append(other.text)
                break
        if cell.header:
            labels.append(cell.header)
    if table.caption:
        labels.append(table.caption)
    out: list[str] = []
    for label in labels:
        if label not in out:
            out.append(label)
    return tuple(out)
