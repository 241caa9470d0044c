"""Readings added in accuracy round dev8c: funding subjects, agencies, logistics acronyms,
report editions followed by a verb. Cases are written for the reading, not copied from articles."""
from __future__ import annotations

import pytest

from extract.context import find_years
from .mention_helpers import employers as _employers, places as _places


# A company named as the subject of a funding sentence.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brackwater closed a $30 million Series A in May.", ["Brackwater"]),
        ("Teslin Robotics raised $12 million in seed funding last year.", ["Teslin Robotics"]),
        ("Quorvia secured a $90 million funding round led by two funds.", ["Quorvia"]),
        # negatives: no funding noun after the verb, or no capitalized subject
        ("Brackwater (BRK) closed at $187.42 on Friday.", []),
        ("Congress raised the minimum wage to $9.", []),
        ("the startup raised $12 million in seed funding.", []),
    ],
)
def test_funding_subject(text: str, expected: list[str]) -> None:
    assert _employers(text) == expected


# "<place> agency <Name>": agency names a company before a name, a public body after one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marseille agency Studio Verre starts designers at 30 000 €.", ["Studio Verre"]),
        ("Pay at ad agency Brightline rose.", ["Brightline"]),
        # negatives: an appositive agency after a name is a public body, not an employer
        ("The Wage Council, a state agency, has kept the rate.", []),
        ("according to recruitment agency Hayden Search, pay rose.", []),
        ("Rates run from A$50 to A$70 per hour, per recruitment agency Hayden Search.", []),
    ],
)
def test_agency_apposition(text: str, expected: list[str]) -> None:
    assert _employers(text) == expected


# A name followed by a logistics acronym is a company, not a row-label place.
@pytest.mark.parametrize(
    ("text", "employers", "places"),
    [
        ("Picker (Days)\nReading 3PL\nAllentown, PA 18109\n$19.25 an hour", ["Reading 3PL"], ["Allentown, PA"]),
        ("Pay by city\nReading 3PL\n$19.25 an hour", ["Reading 3PL"], []),
        # negatives: a number after a row label is still a value
        ("Pay by city\nReading 85,000\nBoston 3 roles", [], ["Reading", "Boston"]),
    ],
)
def test_logistics_acronym(text: str, employers: list[str], places: list[str]) -> None:
    assert _employers(text) == employers
    assert _places(text) == places


# A report title and its edition year followed by a verb: the data year.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talent is scarce. Hartwell' Salary Survey 2025 puts analysts at ¥6 million.", ["2025"]),
        ("The Pay Guide 2024 shows nurses at $40 an hour.", ["2024"]),
        ("Hartwell's Salary Survey 2023", ["2023"]),
        # negatives: no title noun before the year, or a noun (not a verb) after it
        ("Survey 2025 puts analysts at ¥6 million.", []),
        ("The Salary Survey 2025 participants were asked.", []),
        ("growth (2018-28) from 2021-2028", []),
    ],
)
def test_edition_before_verb(text: str, expected: list[str]) -> None:
    assert [m.value for m in find_years(text)] == expected
