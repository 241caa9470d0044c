"""Money: currency nouns read from babel's names, clock times and counts after a pay label."""

from __future__ import annotations

import pytest

from extract.money import find_money


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Engineers earn 9,400 zlotys a month.", [("9,400 zlotys", "PLN")]),
        ("A teacher starts on 31,000 baht.", [("31,000 baht", "THB")]),
        ("The stipend is 450,000 forints.", [("450,000 forints", "HUF")]),
        ("Nurses take home 2,600 cedis.", [("2,600 cedis", "GHS")]),
        ("Clerks are paid 3,500 reais.", [("3,500 reais", "BRL")]),
        # a noun several currencies share: the page's own currency when it is one of them
        ("Base pay is AED 9,000; bonuses add 12,000 dirhams.", [("AED 9,000", "AED"), ("12,000 dirhams", "AED")]),
        ("Pay is MXN 18,000, or about 18,000 pesos.", [("MXN 18,000", "MXN"), ("about 18,000 pesos", "MXN")]),
        # ... and none of them when the page names none
        ("She was offered 40,000 dinars.", [("40,000 dinars", None)]),
        # head nouns that are also common words are not currencies
        ("The team scored 25,000 real points.", []),
        ("Hikers walked 25,000 kips of trail.", []),
    ],
)
def test_currency_nouns(text, expected):
    assert [(m.text, m.currency) for m in find_money(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Night pay: 10% extra between 9pm and 5 a.m.", []),
        ("Shift pay applies after 9:30 pm.", []),
        ("Hourly pay from 7 am is the base rate.", []),
        ("The salary is split into 14 instalments.", []),
        ("Pay: 12 payments a year.", []),
        # amounts after a pay label are still money
        ("Salary: 27,000 - 32,000", [("27,000 - 32,000", None)]),
        ("Salary: 45,000 plus benefits", [("45,000", None)]),
        ("Salary: 2,000 pm", [("2,000", None)]),
    ],
)
def test_clock_times_and_counts_are_not_amounts(text, expected):
    assert [(m.text, m.period) for m in find_money(text)] == expected


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("8 000 – 11 500 zł", True),  # a currency mark the table shapes do not list, read by the money detector
        ("45 000 Kč", True),
        ("350 Ft", True),
        ("$64k", True),
        ("Junior", False),
        ("0–2 years", False),
    ],
)
def test_html_table_cell_holds_a_value(cell, expected):
    from extract.tables import _numeric

    assert _numeric(cell) is expected
