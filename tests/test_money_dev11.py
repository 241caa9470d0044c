"""Forum shorthand pay (bare k-amounts), foreign between-and ranges and glued k-amount table rows (dev11 round)."""
from __future__ import annotations

from typing import Optional

import pytest

from extract.money import find_money
from extract.tables import parse_glued_row


def _found(text: str) -> list[tuple[str, Optional[float], Optional[float], Optional[str]]]:
    return [(m.text, m.amount_min, m.amount_max, m.currency) for m in find_money(text)]


# --- forum shorthand: a bare k-amount needs a pay word next to it (invented sentences)
SHORTHAND = [
    pytest.param("Base: 92k", [("92k", 92000.0, 92000.0, "USD")], id="label-colon-before"),
    pytest.param("TC: ~101.5k", [("~101.5k", 101500.0, 101500.0, "USD")], id="acronym-label-approx"),
    pytest.param("TC ~150k after the raise.", [("~150k", 150000.0, 150000.0, "USD")], id="acronym-no-colon"),
    pytest.param("My current base is 81k.", [("81k", 81000.0, 81000.0, "USD")], id="base-is"),
    pytest.param("Offer was 120k plus equity.", [("120k", 120000.0, 120000.0, "USD")], id="offer-was"),
    pytest.param("She makes somewhere between 55 and 60k.", [("55 and 60k", 55000.0, 60000.0, "USD")], id="makes-between-range"),
    pytest.param("It's 140k base + 12k bonus.", [("140k", 140000.0, 140000.0, "USD"), ("12k", 12000.0, 12000.0, "USD")], id="word-after"),
    pytest.param("Senior, 230 TC, remote.", [("230", 230000.0, 230000.0, "USD")], id="thousands-acronym"),
    pytest.param("£40k now; base: 45k next year.", [("£40k", 40000.0, 40000.0, "GBP"), ("45k", 45000.0, 45000.0, "GBP")], id="dominant-currency"),
    pytest.param("The salary ranges from 62k to 78k.", [("62k to 78k", 62000.0, 78000.0, "USD")], id="salary-ranges-from"),
    pytest.param("Base pay runs 64k to 70k.", [("64k to 70k", 64000.0, 70000.0, "USD")], id="pay-runs"),
    pytest.param("The job pays 58k.", [("58k", 58000.0, 58000.0, "USD")], id="pays"),
    pytest.param("Wages start at 41k.", [("41k", 41000.0, 41000.0, "USD")], id="wages-start-at"),
    pytest.param("My salary is currently 77k.", [("77k", 77000.0, 77000.0, "USD")], id="salary-is-currently"),
    # negatives: counts, ratings and k-amounts with no pay word
    pytest.param("Thread has 3.1k upvotes and 1.3k comments.", [], id="neg-counts"),
    pytest.param("▲ 1.3k", [], id="neg-score"),
    pytest.param("I ran 10k this morning.", [], id="neg-distance"),
    pytest.param("Went from 48 to 53k subscribers.", [], id="neg-range-no-pay-word"),
    pytest.param("3 TC and 5 TC members", [], id="neg-small-acronym"),
    pytest.param("Level 210 TC tc", [("210", 210000.0, 210000.0, "USD")], id="acronym-case-sensitive-first-only"),
    pytest.param("210 tc", [], id="neg-acronym-lowercase"),
    pytest.param("Bonus: 10% target", [], id="neg-percent"),
    pytest.param("I paid 30k for the car.", [], id="neg-paid-price"),
    pytest.param("The base has 12k soldiers.", [], id="neg-base-noun-filler"),
]


@pytest.mark.parametrize(("text", "expected"), SHORTHAND)
def test_shorthand(text: str, expected: list[tuple[str, Optional[float], Optional[float], Optional[str]]]) -> None:
    assert _found(text) == expected


# --- a restatement of an accepted shorthand amount is money; others are not
RESTATED = [
    pytest.param("Base: 92k. Honestly 92k does not go far.", ["92k", "92k"], id="restated"),
    pytest.param("Base: 92k. My 5k run and 90k followers.", ["92k"], id="neg-other-k-amounts"),
    pytest.param("He has 92k followers and base: 92k.", ["92k"], id="neg-restated-count"),
    pytest.param("Nothing about pay, only 92k here.", [], id="neg-no-licensed-amount"),
]


@pytest.mark.parametrize(("text", "expected"), RESTATED)
def test_restated(text: str, expected: list[str]) -> None:
    assert [m.text for m in find_money(text)] == expected


# --- "between X and Y" in other languages
BETWEEN = [
    pytest.param("Tussen € 2.500 en € 2.900 bruto per maand.", ("€ 2.500 en € 2.900", 2500.0, 2900.0, "EUR"), id="nl"),
    pytest.param("Zwischen 50.000 € und 60.000 € brutto.", ("50.000 € und 60.000 €", 50000.0, 60000.0, "EUR"), id="de"),
    pytest.param("Entre 30 000 € et 35 000 € par an.", ("30 000 € et 35 000 €", 30000.0, 35000.0, "EUR"), id="fr"),
]


@pytest.mark.parametrize(("text", "expected"), BETWEEN)
def test_between_foreign(text: str, expected: tuple[str, float, float, str]) -> None:
    assert _found(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Je krijgt € 2.500 en een fiets.", id="neg-nl-no-intro"),
        pytest.param("Betaald € 2.500 en € 2.900 bonus.", id="neg-nl-two-amounts"),
    ],
)
def test_between_needs_intro(text: str) -> None:
    assert len(find_money(text)) == 2 or all(m.amount_min == m.amount_max for m in find_money(text))


# --- glued text table rows with k-amounts (invented rows)
GLUED = [
    pytest.param("0-2$55k120", ["0-2", "$55k", "120"], id="count-range-k-count"),
    pytest.param("10+$180k75", ["10+", "$180k", "75"], id="plus-count"),
    pytest.param("Denver$72k310", ["Denver", "$72k", "310"], id="label-k-count"),
    pytest.param("Level 2$50,000", ["Level 2", "$50,000"], id="neg-digits-glued-before"),
]


@pytest.mark.parametrize(("line", "cells"), GLUED)
def test_glued_k_rows(line: str, cells: list[str]) -> None:
    row = parse_glued_row(line)
    assert row is not None and [c.text for c in row.cells] == cells


def test_glued_plain_amount_then_digits_is_not_split() -> None:
    assert parse_glued_row("$50,00045") is None or [c.text for c in parse_glued_row("$50,00045").cells] != ["$50,000", "45"]
