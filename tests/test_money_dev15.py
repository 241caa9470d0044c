"""Money readings added in the dev15 accuracy round: local currency abbreviations, cent ranges,
German thousand-euro marks and qualifiers, implied-rupee magnitudes before pay nouns."""

from __future__ import annotations

from typing import Optional

import pytest

from extract.money import find_money

Row = tuple[str, Optional[float], Optional[float], Optional[str], Optional[str]]


def _read(text: str) -> list[Row]:
    return [(m.text, m.amount_min, m.amount_max, m.currency, m.period) for m in find_money(text)]


# The dirham's local abbreviation (not a CLDR symbol): UAE dirham unless the context names Morocco.
DIRHAM_ABBREVIATIONS = [
    ("A ward nurse earns Dh9,250 per month.", [("Dh9,250", 9250.0, 9250.0, "AED", "month")]),
    ("a basic of Dh4,000 plus a Dhs2,875 housing allowance", [("Dh4,000", 4000.0, 4000.0, "AED", None),
                                                           ("Dhs2,875", 2875.0, 2875.0, "AED", None)]),
    ("supervisors get Dh21k–Dh26k a month", [("Dh21k–Dh26k", 21000.0, 26000.0, "AED", "month")]),
    ("rent is Dh40,000+ a year", [("Dh40,000+", 40000.0, None, "AED", "year")]),
    ("In Tangier a cook earns 3.900 DH per month.", [("3.900 DH", 3900.0, 3900.0, "MAD", "month")]),
    ("Casablanca offers pay Dhs 6,500 monthly", [("Dhs 6,500", 6500.0, 6500.0, "MAD", "month")]),
    # negatives: an acronym that starts like the abbreviation, and the abbreviation inside a word
    ("the DHA 2023 licence rules", []),
    ("Adhs7 is a gene", []),
]


@pytest.mark.parametrize("text, expected", DIRHAM_ABBREVIATIONS)
def test_dirham_abbreviations(text: str, expected: list[Row]) -> None:
    assert _read(text) == expected


# Flattened table rows: the abbreviation glued to the row label and to the cell before it.
GLUED_CELLS = [
    ("KhorfakkanDh4,100Dh8,300", [("Dh4,100", 4100.0, 4100.0, "AED", None), ("Dh8,300", 8300.0, 8300.0, "AED", None)]),
]


@pytest.mark.parametrize("text, expected", GLUED_CELLS)
def test_glued_cells(text: str, expected: list[Row]) -> None:
    assert _read(text) == expected


# Cent ranges: the bare lower end takes the subunit of the upper end; the cent sign.
CENTS = [
    ("carriers offer 48-58 cents per mile", [("48-58 cents", 0.48, 0.58, "USD", None)]),
    ("a premium of 2-4 cents per mile", [("2-4 cents", 0.02, 0.04, "USD", None)]),
    ("regional offers run 52–61¢ a mile", [("52–61¢", 0.52, 0.61, "USD", None)]),
    ("a flat 45¢ per mile", [("45¢", 0.45, 0.45, "USD", None)]),
    ("stamps cost 73 ¢ each", [("73 ¢", 0.73, 0.73, "USD", None)]),
    ("teams earn 74 cents per mile or more", [("74 cents per mile or more", 0.74, None, "USD", None)]),
    # negatives: a count range before a dollar amount keeps its own reading; "per mile" without a bound
    ("drive 400-500 miles for $300", [("$300", 300.0, 300.0, "USD", None)]),
    ("paid 50 cents per mile plus fuel", [("50 cents", 0.5, 0.5, "USD", None)]),
]


@pytest.mark.parametrize("text, expected", CENTS)
def test_cents(text: str, expected: list[Row]) -> None:
    assert _read(text) == expected


# German pay notation: "T€" = thousand euros; "ab" (from), "bis zu" (up to), "rund" (about).
GERMAN = [
    ("Backend-Entwickler · Köln · ab 68 T€", [("ab 68 T€", 68000.0, None, "EUR", None)]),
    ("Budget: 90T€ pro Jahr", [("90T€", 90000.0, 90000.0, "EUR", "year")]),
    ("bis zu 72.000 € im Jahr", [("bis zu 72.000 €", None, 72000.0, "EUR", "year")]),
    ("rund 4.100 € im Monat", [("rund 4.100 €", 4100.0, 4100.0, "EUR", "month")]),
    # negatives: a trillion stays a trillion in dollars; a letter T apart from the sign
    ("a $2T market", [("$2T", 2e12, 2e12, "USD", None)]),
]


@pytest.mark.parametrize("text, expected", GERMAN)
def test_german(text: str, expected: list[Row]) -> None:
    assert _read(text) == expected


def test_german_approx() -> None:
    assert [m.approx for m in find_money("rund 4.100 € im Monat")] == [True]


# A lakh / crore amount without a sign is rupees also before a pay noun or period adjective.
IMPLIED_RUPEES = [
    ("a fresher on a 7 lakh annual CTC", [("7 lakh", 700000.0, 700000.0, "INR", "year")]),
    ("she took a 14 lakh package", [("14 lakh", 1400000.0, 1400000.0, "INR", None)]),
    # negative: a headcount
    ("2.5 crore people use the app", []),
]


@pytest.mark.parametrize("text, expected", IMPLIED_RUPEES)
def test_implied_rupees(text: str, expected: list[Row]) -> None:
    assert _read(text) == expected


# "adds up to" states a sum, not a cap; "goes up to" stays a cap.
UP_TO = [
    ("base plus super adds up to $88,400 a year", [("$88,400", 88400.0, 88400.0, "USD", "year")]),
    ("pay goes up to $61,000", [("up to $61,000", None, 61000.0, "USD", None)]),
]


@pytest.mark.parametrize("text, expected", UP_TO)
def test_up_to(text: str, expected: list[Row]) -> None:
    assert _read(text) == expected
