"""Readings added in accuracy round dev12 for years, employers, places and credit lines (invented sentences)."""
from __future__ import annotations

import pytest

from extract.context import find_employers, find_locations, find_years
from extract.link import _link_rules
from extract.qualifiers import in_relative_clause

# --- years: a report's name with its year, a dated source in brackets, "2025 data", "in early 2025"
YEAR_CASES = [
    ("according to the Velmora Gehaltsreport 2026, analysts earn", ["2026"]),
    ("Tandem's Salary Guide 2024 lists welders at", ["2024"]),
    ("the Pay Barometer 2023 shows", ["2023"]),
    ("The statistics office (WAGES 2022) gives a median of", ["2022"]),
    ("Quorra's 2025 data puts pay at:", ["2025"]),
    ("According to Lintel's 2024 figures, this is what", ["2024"]),
    ("Based on adverts posted in early 2025, bands are", ["2025"]),
    ("offers made in late 2023 rose", ["2023"]),
    # negatives: a bare title word, a section number, a word that only starts like a title
    ("Report 2025", []),
    ("Section 2024 of the act", []),
    ("Reported 2025 numbers", []),
    ("early 2025", []),
]


@pytest.mark.parametrize("text, years", YEAR_CASES)
def test_find_years_dev12(text: str, years: list[str]) -> None:
    assert [m.value for m in find_years(text)] == years


# --- employers: the first word of a longer company name in the possessive names it again
EMPLOYER_CASES = [
    ("Tarnby Valley Medical Group hires. Tarnby's nurses earn $40 an hour.",
     [("Tarnby Valley Medical Group", "Tarnby Valley Medical Group"), ("Tarnby", "Tarnby Valley Medical Group")]),
    # negative: the first word alone, no possessive, may be a region
    ("Tarnby Valley Medical Group hires. Tarnby is a quiet region.",
     [("Tarnby Valley Medical Group", "Tarnby Valley Medical Group")]),
]


@pytest.mark.parametrize("text, found", EMPLOYER_CASES)
def test_find_employers_dev12(text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in find_employers(text)] == found


# --- places: "<Country>-wide" is the country; "<Body word> <Country>" is a body's name
LOCATION_CASES = [
    ("Canada-wide annual figures, in that order:", ["Canada"]),
    ("Australia-wide rates rose", ["Australia"]),
    ("Statistics Canada says the median is", []),
    ("Jobs and Skills Australia puts weekly pay at", []),
    ("CPA Canada's survey found that", []),
    # negatives: a place with a hyphenated name stays; a plain country stays; an unknown stem is nothing
    ("pay across Australia and in Canada", ["Australia", "Canada"]),
    ("Zorbland-wide figures", []),
]


@pytest.mark.parametrize("text, places", LOCATION_CASES)
def test_find_locations_dev12(text: str, places: list[str]) -> None:
    assert [m.value for m in find_locations(text)] == places


# --- credit lines: a byline never names a card's company; a copyright footer is the publisher's
CREDIT_CASES = [
    ("byline", "By Jo Arden · Updated 2 May 2025 · 6 min read", True),
    ("byline", "Reviewed by Sam Lee, RN", True),
    ("byline", "By 2026, nurses will earn more", False),
    ("byline", "Paid by Acme", False),
    ("copyright", "© 2025 Brightline Media Inc. · 12 Front Street, Toronto · PDF: $9.99", True),
    ("copyright", "Copyright 2024 Acme Ltd", True),
    ("copyright", "Costs rose 5% in 2024", False),
]


@pytest.mark.parametrize("kind, line, expected", CREDIT_CASES)
def test_credit_lines(kind: str, line: str, expected: bool) -> None:
    assert bool(getattr(_link_rules(), kind).match(line)) is expected


# --- a year in a ", which ...," clause belongs to that clause only
ASIDE_TEXT = "Veltro, which raised $9 million in 2024, advertises roles at $80,000."
ASIDE_CASES = [
    ("amount after the clause", ASIDE_TEXT.index("2024"), ASIDE_TEXT.index("$80,000"), True),
    ("amount inside the clause", ASIDE_TEXT.index("2024"), ASIDE_TEXT.index("$9 million"), False),
    ("no clause", 0, ASIDE_TEXT.index("$80,000"), False),
]


@pytest.mark.parametrize("case, pos, money, expected", ASIDE_CASES)
def test_in_relative_clause(case: str, pos: int, money: int, expected: bool) -> None:
    assert in_relative_clause(ASIDE_TEXT, pos, money) is expected
