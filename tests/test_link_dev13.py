"""Linking readings added in the dev13 round (invented sentences and tables)."""

from __future__ import annotations

import pytest

from extract.attribution import is_known_source
from extract.context import find_employers, find_roles
from tests.test_link import facts_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # school districts and local governments by their kind
        ("In Ohio, Birchwood ISD raised its starting pay to $50,000.", ["Birchwood ISD"]),
        ("Kesteren Local Municipality is hiring a technician at R 20 000 pm.", ["Kesteren Local Municipality"]),
        ("The eKhaya Metropolitan Municipality pays R30 000.", ["eKhaya Metropolitan Municipality"]),
        # negatives: the kind alone names no company
        ("Engineers in a municipality earn less.", []),
    ],
)
def test_public_employer_heads(text: str, expected: list[str]) -> None:
    assert [m.text for m in find_employers(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("classroom teachers earn more", ["teacher"]),
        ("a middle school teacher", ["middle school teacher"]),  # a specific title keeps its words
    ],
)
def test_classroom_teacher(text: str, expected: list[str]) -> None:
    assert [m.value for m in find_roles(text)] == expected


@pytest.mark.parametrize(
    ("name", "known"),
    [("Glassdoor", True), ("Levels.fyi", True), ("Salary", False), ("USD", False), ("2024", False)],
)
def test_is_known_source(name: str, known: bool) -> None:
    assert is_known_source(name) is known


def _by_text(text: str) -> dict[str, object]:
    return {f.text: f for f in facts_of(text)}


def test_place_inside_employer_name_is_not_location() -> None:
    facts = _by_text("In Ohio, Birchwood Heights ISD raised its starting teacher pay to $50,000 for 2025.\n")
    assert facts["$50,000"].employer == "Birchwood Heights ISD"
    assert facts["$50,000"].location == "Ohio"


@pytest.mark.parametrize(
    ("text", "amount", "employer"),
    [
        # a payer named after the amount, across a clause break, is the later clause's
        ("Teachers are paid by the hour. Rates of $30 to $45 per hour are common; Example Creek ISD pays teachers $40 per hour.\n",
         "$30 to $45", None),
        ("Teachers are paid by the hour. Rates of $30 to $45 per hour are common; Example Creek ISD pays teachers $40 per hour.\n",
         "$40", "Example Creek ISD"),
    ],
)
def test_employer_stays_in_its_clause(text: str, amount: str, employer: object) -> None:
    facts = _by_text(text)
    assert facts[amount].employer == employer


_LEVEL_TABLE = (
    "Average annual pay for surveyors in each city:\n\n"
    "| City | {avg} | {entry} |\n| --- | --- | --- |\n"
    "| Denver | $80,000 | $55,000 |\n| Austin | $78,000 | $52,000 |\n"
)


@pytest.mark.parametrize(
    ("avg", "entry", "statistic"),
    [
        ("Average", "Entry level", "mean"),  # a bare level label: the intro's average at another level
        ("Average salary", "Entry-level salary", None),  # the header states its own measure
        ("Average salary", "Typical range", None),  # another figure, no level
    ],
)
def test_level_column_takes_intro_statistic(avg: str, entry: str, statistic: object) -> None:
    fact = _by_text(_LEVEL_TABLE.format(avg=avg, entry=entry))["$55,000"]
    assert fact.statistic == statistic


def test_level_column_named_by_intro_statistic() -> None:
    text = ("The average salary and the average starting salary of nurses in each state:\n\n"
            "| State | Average salary | Starting salary |\n| --- | --- | --- |\n"
            "| Ohio | $80,000 | $55,000 |\n| Iowa | $78,000 | $52,000 |\n")
    assert _by_text(text)["$55,000"].statistic == "mean"


@pytest.mark.parametrize(
    ("header", "source"),
    [
        ("Median pay (Glassdoor)", "Glassdoor"),
        ("Median pay (Indeed)", "Indeed"),
        ("Median pay (USD)", None),  # a currency in parentheses names no source
    ],
)
def test_column_header_source(header: str, source: object) -> None:
    text = ("Median pay for nurses by city:\n\n"
            f"| City | {header} |\n| --- | --- |\n| Ohio | $80,000 |\n| Iowa | $78,000 |\n\n"
            "Sources: Glassdoor, Indeed.\n")
    assert _by_text(text)["$80,000"].source == source
