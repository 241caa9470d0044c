"""Example tables for the readings added to extract.money in the dev8 round: CJK numerals with
myriad units, won written after the amount, wave-dash ranges and bounds, gross/net before a
period, spaced magnitudes before a symbol. Each case: text -> (text, min, max, currency[, period]).
Empty lists are negatives."""

from __future__ import annotations

from typing import Any

import pytest

from extract.money import find_money


def _check(text: str, expected: list[tuple[Any, ...]]) -> None:
    got = [(m.text, m.amount_min, m.amount_max, m.currency, m.period) for m in find_money(text)]
    assert len(got) == len(expected), got
    for g, e in zip(got, expected):
        assert g[: len(e)] == e, (g, e)


# Japanese / Korean / Chinese numerals with myriad units (invented sentences)
CJK: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("月給25万円", [("25万円", 250000, 250000, "JPY")]),
    ("年収1,200万円", [("1,200万円", 12000000, 12000000, "JPY")]),
    ("2億円の予算", [("2億円", 200000000, 200000000, "JPY")]),
    ("1億2000万円", [("1億2000万円", 120000000, 120000000, "JPY")]),
    ("연봉 4,800만원을 받는다", [("4,800만원", 48000000, 48000000, "KRW")]),
    ("2억 5,000만원", [("2억 5,000만원", 250000000, 250000000, "KRW")]),
    ("5억원", [("5억원", 500000000, 500000000, "KRW")]),
    ("3천만원", [("3천만원", 30000000, 30000000, "KRW")]),
    ("시급 9,860원", [("9,860원", 9860, 9860, "KRW")]),
    ("月薪2万元", [("2万元", 20000, 20000, "CNY")]),
    ("¥30万", [("¥30万", 300000, 300000, "JPY")]),
    # ranges: the unit on the second side only, wave dash, tilde
    ("320–410万円", [("320–410万円", 3200000, 4100000, "JPY")]),
    ("1,100–1,300万円", [("1,100–1,300万円", 11000000, 13000000, "JPY")]),
    ("600万〜750万円", [("600万〜750万円", 6000000, 7500000, "JPY")]),
    ("22万～30万円", [("22万～30万円", 220000, 300000, "JPY")]),
    ("4,000만원~5,500만원", [("4,000만원~5,500만원", 40000000, 55000000, "KRW")]),
    ("8,000만원 to 1억 1,000만원", [("8,000만원 to 1억 1,000만원", 80000000, 110000000, "KRW")]),
    # open bounds
    ("月給24万円〜", [("24万円〜", 240000, None, "JPY")]),
    ("4,000만원 이상", [("4,000만원 이상", 40000000, None, "KRW")]),
    ("500万円以上", [("500万円以上", 5000000, None, "JPY")]),
    ("300만원 이하", [("300만원 이하", None, 3000000, "KRW")]),
    ("3,200万円以下", [("3,200万円以下", None, 32000000, "JPY")]),
    # negatives: a myriad unit with no currency counts people or things
    ("10만 명이 참가했다", []),
    ("人口は1億2000万人", []),
    ("3억 명", []),
]

# European forms: gross/net between the amount and its period, a spaced magnitude glued to a symbol
EUROPE: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("le SMIC est de 1 766,92 € brut par mois", [("1 766,92 €", 1766.92, 1766.92, "EUR", "month")]),
    ("earns £2,300 gross a month", [("£2,300", 2300, 2300, "GBP", "month")]),
    ("at 29 000 € brut annuel", [("29 000 €", 29000, 29000, "EUR", "year")]),
    ("€40,000 net per year", [("€40,000", 40000, 40000, "EUR", "year")]),
    ("a median of 48 k€ gross a year", [("48 k€", 48000, 48000, "EUR", "year")]),
    ("hired at 31-34 k€.", [("31-34 k€", 31000, 34000, "EUR")]),
    ("earn 38K€–46K€ RAL", [("38K€–46K€", 38000, 46000, "EUR", "year")]),
    ("$40,000 gross", [("$40,000", 40000, 40000, "USD", None)]),
    ("53 k of them", []),
]

# Bounds after the amount
BOUNDS: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("offered bonuses of $40,000 or more to switch firms", [("$40,000 or more", 40000, None, "USD")]),
    ("pay $50k and up to $60k", [("$50k", 50000, 50000, "USD"), ("up to $60k", None, 60000, "USD")]),
    ("dedicated routes can top $1,900 a week", [("$1,900", 1900, None, "USD", "week")]),
    ("the top $1,900 earners", [("$1,900", 1900, 1900, "USD")]),
]


@pytest.mark.parametrize("text,expected", CJK, ids=[c[0] for c in CJK])
def test_cjk_numerals(text: str, expected: list[tuple[Any, ...]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize("text,expected", EUROPE, ids=[c[0] for c in EUROPE])
def test_gross_net_and_spaced_magnitude(text: str, expected: list[tuple[Any, ...]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize("text,expected", BOUNDS, ids=[c[0] for c in BOUNDS])
def test_bounds_after_amount(text: str, expected: list[tuple[Any, ...]]) -> None:
    _check(text, expected)


def test_myriad_scan_is_linear() -> None:
    """Long runs of digits, commas and myriad units finish fast (no backtracking)."""
    text = ("1," * 20000) + "万" * 5000 + ("1억 " * 5000)
    find_money(text)
