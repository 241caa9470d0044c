"""Currency notes for a page or section, intro lines naming a currency as a unit, and range
connectors of other languages (dev12 round; invented sentences)."""
from __future__ import annotations

from typing import Optional

import pytest

from extract.money import find_money


def _found(text: str) -> list[tuple[str, Optional[float], Optional[float], Optional[str]]]:
    return [(m.text, m.amount_min, m.amount_max, m.currency) for m in find_money(text)]


def _currencies(text: str) -> list[str]:
    return [m.currency for m in find_money(text)]


# --- a note declaring the currency of the page or of its section
NOTES = [
    pytest.param("Plumber pay\n\nNote: all figures in this guide are in New Zealand dollars.\n\nThey earn $61,000 a year.\n\n"
                 "Apprentices start at $23 an hour.", ["NZD", "NZD"], id="page-note-top"),
    pytest.param("Pay is $40 an hour.\n\nAll amounts are in CAD unless stated otherwise.", ["CAD"], id="page-note-footnote"),
    pytest.param("Every salary figure is quoted in Australian dollars.\nA: $70,000. B: US$50,000.", ["AUD", "USD"],
                 id="explicit-marker-wins"),
    pytest.param("Ontario\n\nClerks earn $50,000.\n\nQuebec\n\nHere (all amounts in this section are Canadian dollars) "
                 "clerks earn 48 000 $.\n\nYukon\n\nClerks earn $58,000.", ["USD", "CAD", "USD"], id="section-note"),
    # negatives: a note with no currency, a currency with no note
    pytest.param("All figures are rounded to the nearest hundred.\nPay is $5,100.", ["USD"], id="neg-note-without-currency"),
    pytest.param("Wages in Australian dollars have risen, but this job pays $60,000.", ["USD"], id="neg-no-note"),
    pytest.param("• All amounts in AUD\n\nPay is $60,000.", ["USD"], id="neg-note-in-list-item-covers-no-page"),
]


@pytest.mark.parametrize(("text", "expected"), NOTES)
def test_currency_notes(text: str, expected: list[str]) -> None:
    assert _currencies(text) == expected


# --- the line introducing a list names its currency as a unit ("Canadian dollars per year")
INTROS = [
    pytest.param("Offers made in 2024 (base salary, Canadian dollars per year):\n• Junior: $52,000\n• Senior: $81,000",
                 ["CAD", "CAD"], id="unit-in-parentheses"),
    pytest.param("Typical day rates, NZD:\n• Junior: $400\n• Senior: $650", ["NZD", "NZD"], id="code-after-comma"),
    pytest.param("Offers of 5,000 Canadian dollars and more:\n• Junior: $52,000", ["CAD", "USD"], id="neg-amount-currency"),
    pytest.param("Rates (CAD, EUR):\n• Junior: $52,000", ["USD"], id="neg-two-currencies"),
]


@pytest.mark.parametrize(("text", "expected"), INTROS)
def test_unit_named_by_intro(text: str, expected: list[str]) -> None:
    assert _currencies(text) == expected


# --- "to" in other languages joins a range
CONNECTORS = [
    pytest.param("un poste à 91 000 $ à 98 000 $ par année", [("91 000 $ à 98 000 $", 91000.0, 98000.0, "USD")], id="fr-a"),
    pytest.param("Gehalt 48.000 bis 56.000 € brutto", [("48.000 bis 56.000 €", 48000.0, 56000.0, "EUR")], id="de-bis"),
    pytest.param("salaris 3.100 tot 3.600 euro per maand", [("3.100 tot 3.600 euro", 3100.0, 3600.0, "EUR")], id="nl-tot"),
    pytest.param("de R$ 4.200 a R$ 6.900 por mês", [("R$ 4.200 a R$ 6.900", 4200.0, 6900.0, "BRL")], id="pt-a"),
    # negatives: "a" before a period word is an article, not a connector
    pytest.param("It pays $5,000 a month, $7,000 a month later.", [("$5,000", 5000.0, 5000.0, "USD"), ("$7,000", 7000.0, 7000.0, "USD")],
                 id="neg-article"),
]


@pytest.mark.parametrize(("text", "expected"), CONNECTORS)
def test_foreign_connectors(text: str, expected: list[tuple[str, Optional[float], Optional[float], Optional[str]]]) -> None:
    assert _found(text) == expected


# --- glued lakh and crore abbreviations of Indian pay
INDIAN = [
    pytest.param("₹9L - ₹14L a year", [("₹9L - ₹14L", 900000.0, 1400000.0, "INR")], id="lakh-range"),
    pytest.param("an average of ₹11.6L", [("₹11.6L", 1160000.0, 1160000.0, "INR")], id="lakh-decimal"),
    pytest.param("packages of ₹1.4Cr", [("₹1.4Cr", 14000000.0, 14000000.0, "INR")], id="crore"),
    # negatives: litres and form names are no money
    pytest.param("a 2L bottle and Form 16L", [], id="neg-not-money"),
]


@pytest.mark.parametrize(("text", "expected"), INDIAN)
def test_indian_abbreviations(text: str, expected: list[tuple[str, Optional[float], Optional[float], Optional[str]]]) -> None:
    assert _found(text) == expected
