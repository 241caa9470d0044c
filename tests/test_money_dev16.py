"""Money readings added in accuracy round dev16: the Philippine peso's letter and code spelling,
the French milliard. Invented sentences; negatives in the same tables."""
from __future__ import annotations

from typing import Optional

import pytest

from extract.money import find_money

# (text, expected (surface, min, max, currency) of the first amount, or None for no amount)
PESO_CASES = [
    # "P" glued to a number shaped like money
    ("Trainees earn P14,500 a month.", ("P14,500", 14500.0, 14500.0, "PHP")),
    ("The allowance is up to P6,000 a year.", ("up to P6,000", None, 6000.0, "PHP")),
    ("Leads make P31,000+ in Cebu.", ("P31,000+", 31000.0, None, "PHP")),
    ("A clerk in Gaborone earns P4,500 a month.", ("P4,500", 4500.0, 4500.0, "BWP")),
    # the code as written in running text
    ("New hires start at Php 17k–21k a month.", ("Php 17k–21k", 17000.0, 21000.0, "PHP")),
    ("a signing bonus of PhP 3,000", ("PhP 3,000", 3000.0, 3000.0, "PHP")),
    # negatives: a letter and a small number is a label, not money
    ("Phase P2 and P3 trials began.", None),
    ("Form P60 lists 12 items.", None),
]

MILLIARD_CASES = [
    ("Clinics earned some 14 milliards € last year.", ("some 14 milliards €", 14e9, 14e9, "EUR")),
    ("a budget of €2 milliards", ("€2 milliards", 2e9, 2e9, "EUR")),
    ("a milliard of stars", None),
]


def _first(text: str) -> Optional[tuple[str, Optional[float], Optional[float], str]]:
    found = find_money(text)
    if not found:
        return None
    m = found[0]
    return (m.text, m.amount_min, m.amount_max, m.currency)


@pytest.mark.parametrize(("text", "expected"), PESO_CASES)
def test_peso_letter_and_code(text: str, expected: object) -> None:
    assert _first(text) == expected


@pytest.mark.parametrize(("text", "expected"), MILLIARD_CASES)
def test_milliard(text: str, expected: object) -> None:
    assert _first(text) == expected
