"""Money readings added in the dev9 accuracy round: glued table rows, two-letter shaped
symbols, amounts in words with an implied-currency magnitude, "past" as a floor and "+"
after a period phrase. Examples are written for these tests (not copied from any article)."""

from __future__ import annotations

from typing import Optional

import pytest

from extract.money import find_money


def _one(text: str) -> Optional[tuple[str, Optional[float], Optional[float], str, Optional[str]]]:
    found = find_money(text)
    if not found:
        return None
    m = found[0]
    return m.text, m.amount_min, m.amount_max, m.currency, m.period


# A currency symbol glued between two numbers (a flattened table row: a count cell, then an
# amount cell) belongs to the number after it, unless that number repeats the symbol after it.
GLUED_ROWS = [
    ("Mechanical 64₹9.8 LPA₹8 LPA", ["₹9.8 LPA", "₹8 LPA"]),
    ("Batch 2025 210£41,000£38,500", ["£41,000", "£38,500"]),
    ("Interns 12$4,200$3,900 monthly", ["$4,200", "$3,900"]),
    # negatives: the symbol written after its amount stays a suffix
    ("Prix 1.200€2.400€", ["1.200€"]),
    ("Loyer 850€ par mois", ["850€"]),
    ("billet 500₽", ["500₽"]),
]


@pytest.mark.parametrize("text, spans", GLUED_ROWS)
def test_glued_row_symbol_leads_next_number(text: str, spans: list[str]) -> None:
    assert [m.text for m in find_money(text)][: len(spans)] == spans


# Two-letter shaped symbols: "Sh" (shilling) before a number shaped like money; the
# country is read from the context (Kenyan by default).
SHILLINGS = [
    ("Clerks in Mombasa start on Sh95,000 a month.", ("Sh95,000", 95000.0, 95000.0, "KES", "month")),
    ("The council in Kampala pays Sh1.4 million a month.", ("Sh1.4 million", 1400000.0, 1400000.0, "UGX", "month")),
    ("Teachers in Arusha earn Sh850,000 monthly.", ("Sh850,000", 850000.0, 850000.0, "TZS", "month")),
    ("A ticket costs Sh2,500.", ("Sh2,500", 2500.0, 2500.0, "KES", None)),
    # negatives: not shaped like money, or glued to a word
    ("Sh5 off", None),
    ("Build Sh12 was released", None),
    ("MarSh180,000", None),
]


@pytest.mark.parametrize("text, expected", SHILLINGS)
def test_two_letter_shaped_symbol(text: str, expected: object) -> None:
    assert _one(text) == expected


# Amounts written in words whose magnitude names the currency ("one crore" is rupees),
# kept like "1.2 crore": not when a lower-case noun follows ("two lakh students").
IMPLIED_WORDS = [
    ("Nine graduates got offers above one crore this year.", ("above one crore", 10000000.0, None, "INR", None)),
    ("She was paid two lakh a month.", ("two lakh", 200000.0, 200000.0, "INR", "month")),
    ("a package of fifty lakh, before tax", ("fifty lakh", 5000000.0, 5000000.0, "INR", None)),
    # negatives
    ("one lakh students sat the exam", None),
    ("a few crore spent on ads", None),
    ("fewer crore offers this season", None),
]


@pytest.mark.parametrize("text, expected", IMPLIED_WORDS)
def test_words_with_implied_currency_magnitude(text: str, expected: object) -> None:
    assert _one(text) == expected


# "past" before an amount is a floor, kept in the span (as "above").
PAST_FLOOR = [
    ("overtime can push earnings past $140,000.", ("past $140,000", 140000.0, None, "USD", None)),
    ("Bids went past €2 million.", ("past €2 million", 2000000.0, None, "EUR", None)),
    # negative: no "past" before the amount
    ("earnings of $140,000 in the past year", ("$140,000", 140000.0, 140000.0, "USD", None)),
]


@pytest.mark.parametrize("text, expected", PAST_FLOOR)
def test_past_is_a_floor(text: str, expected: object) -> None:
    assert _one(text) == expected


# "+" glued after a pay-notation period and ending the mention: open above.
PLUS_AFTER_PERIOD = [
    ("Welder jobs in Perth: A$55/hr+", ("A$55/hr+", 55.0, None, "AUD", "hour")),
    ("Remote roles: $4,000/month+.", ("$4,000/month+", 4000.0, None, "USD", "month")),
    ("Rates (£450/day+) apply", ("£450/day+", 450.0, None, "GBP", "day")),
    # negatives: an add-on follows the "+"
    ("Pay A$55/hr + super", ("A$55", 55.0, 55.0, "AUD", "hour")),
    ("A$55/hr+ super for seniors", ("A$55", 55.0, 55.0, "AUD", "hour")),
]


@pytest.mark.parametrize("text, expected", PLUS_AFTER_PERIOD)
def test_plus_after_period_is_open_above(text: str, expected: object) -> None:
    assert _one(text) == expected


# Period notations the detector reads (regression table for this round's articles' forms).
PERIODS = [
    ("£480pd inside IR35", "day"),
    ("£62 p/h umbrella", "hour"),
    ("INR 22 lakh per annum", "year"),
    ("Rs 9.5 LPA", "year"),
    ("₹1,10,000 monthly", "month"),
    ("R780 000 to R1.1 million per annum", "year"),
    # negative: a time reference, not a period
    ("down from £500 a year earlier", None),
]


@pytest.mark.parametrize("text, period", PERIODS)
def test_period_readings(text: str, period: Optional[str]) -> None:
    assert find_money(text)[0].period == period
