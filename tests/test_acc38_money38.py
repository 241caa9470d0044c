"""Accuracy round 38, money: one currency rule for every mention shape of an ambiguous sign, a page's
head deciding between several countries, hyphenated currency names, an approximate bound, a glued
table cell's "+".

Each case: input text -> expected mentions as (text, amount_min, amount_max, currency[, period[, approx]]).
"""

from __future__ import annotations

from typing import Any

import pytest

from extract.money import find_money

Case = tuple[str, list[tuple[Any, ...]]]


def _check(text: str, expected: list[tuple[Any, ...]]) -> None:
    got = [(m.text, m.amount_min, m.amount_max, m.currency, m.period, m.approx) for m in find_money(text)]
    assert len(got) == len(expected), got
    for g, e in zip(got, expected):
        assert g[: len(e)] == e, (g, e)


NORWAY = "Electrician pay in Norway\n\nNorwegian electricians are well paid.\n\n"
DENMARK_VS_SWEDEN = (
    "Baker pay guide 2025\n\nBakers in Denmark are paid under a collective agreement.\n\n"
    "Unlike in Sweden, there is no statutory minimum.\n\nShift pay\n\n"
)

CASES: list[Case] = [
    # a range whose sign is written once, after its upper end, resolves the sign as a single amount does
    (NORWAY + "Apprentices earn 18.000–21.000 kr. a month.", [("18.000–21.000 kr.", 18000.0, 21000.0, "NOK", "month")]),
    (NORWAY + "Apprentices earn 19.500 kr. a month.", [("19.500 kr.", 19500.0, 19500.0, "NOK", "month")]),
    (NORWAY + "Journeymen earn 310–340 kr per hour.", [("310–340 kr", 310.0, 340.0, "NOK", "hour")]),
    # with no country named the sign keeps its default (README: kr is SEK)
    ("Apprentices earn 18.000–21.000 kr. a month.", [("18.000–21.000 kr.", 18000.0, 21000.0, "SEK")]),
    # two countries named on the page: the one its title and intro name decides for an unmarked section
    (DENMARK_VS_SWEDEN + "Night shifts add 45–60 kr. an hour.", [("45–60 kr.", 45.0, 60.0, "DKK", "hour")]),
    (DENMARK_VS_SWEDEN + "Night shifts add 52 kr. an hour.", [("52 kr.", 52.0, 52.0, "DKK", "hour")]),
    # a currency name in a compound adjective
    ("Staff who stay the full year get a 15,000-rupee bonus.", [("15,000-rupee", 15000.0, 15000.0, "INR", None)]),
    ("The council pays a 500-euro grant to each trainee.", [("500-euro", 500.0, 500.0, "EUR")]),
    ("A 2-dollar-an-hour raise came with it.", [("2-dollar", 2.0, 2.0, "USD")]),
    ("Scores rose 10-20 points.", []),
    # an approximation word between a bound and the amount keeps the bound
    ("Senior testers can reach up to roughly 3.400 € a month.", [("up to roughly 3.400 €", None, 3400.0, "EUR", "month", True)]),
    ("Leads are paid more than about $140,000 a year.", [("more than about $140,000", 140000.0, None, "USD", "year", True)]),
    ("Rates sit at about $52 an hour.", [("about $52", 52.0, 52.0, "USD", "hour", True)]),
    # "over" as a verb's particle is no floor, with or without an approximation word
    ("The chain turns over roughly €3 billion a year.", [("roughly €3 billion", 3e9, 3e9, "EUR", "year", True)]),
    ("The chain turned over €3 billion last year.", [("€3 billion", 3e9, 3e9, "EUR")]),
    # a glued plain-text table row: a cell's "+" right before the next cell is an open bound
    ("Principal engineer12+ years$210,000+$240,000+", [("$210,000+", 210000.0, None), ("$240,000+", 240000.0, None)]),
    ("Director$180k-$220k$250k+", [("$180k-$220k", 180000.0, 220000.0), ("$250k+", 250000.0, None)]),
    # a sum in prose stays two closed amounts
    ("The offer was $120k+$15k bonus.", [("$120k", 120000.0, 120000.0), ("$15k", 15000.0, 15000.0)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][-40:] for c in CASES])
def test_cases(text: str, expected: list[tuple[Any, ...]]) -> None:
    _check(text, expected)
