"""Context readings added in accuracy round dev8 (law firms, hospitality, trucking, startups, districts)."""

from __future__ import annotations

import pytest

from extract.context import find_employers, find_locations, find_roles


def _values(mentions: list) -> list[str]:
    return [m.value for m in mentions]


# Job titles of law firms, hospitality and trucking (written for these tests, not copied).
ROLES = [
    # law-firm titles
    ("Equity partners took home $3 million and non-equity partners $700,000.", ["equity partner", "non-equity partner"]),
    ("Trainee solicitors start on £50,000; solicitors earn more.", ["trainee solicitor", "solicitor"]),
    ("She works as a litigation paralegal in Leeds.", ["litigation paralegal"]),
    # hospitality
    ("Servers and waiters average $25 an hour with tips.", ["server", "waiter"]),
    ("Banquet Server", ["banquet server"]),
    ("Front Desk Agent – Nights", ["front desk agent"]),
    # trucking: segment words name the run, the job is truck driver
    ("OTR drivers earn 60 cents a mile; long-haul drivers more.", ["truck driver", "truck driver"]),
    ("Regional drivers gross $1,500 a week.", ["truck driver"]),
    ("A freight dispatcher earns $50,000; transportation managers $100,000.", ["freight dispatcher", "transportation manager"]),
    # negatives
    ("Our partners include three banks.", []),
    ("The driver of growth was demand.", []),
    pytest.param("The cloud server costs $200 a month.", [],
                 marks=pytest.mark.xfail(strict=True, reason="'server' is read as the restaurant job wherever it stands")),
]


@pytest.mark.parametrize("text,expected", ROLES)
def test_dev8_roles(text: str, expected: list[str]) -> None:
    assert _values(find_roles(text)) == expected


# A company a cue named once is that company wherever it is written the same way.
EMPLOYERS = [
    ("Tarnwick pays well. | Tarnwick (Series A) | $150,000 |", ["Tarnwick", "Tarnwick"]),
    ("Tarnwick is headquartered in Leeds. One Tarnwick engineer earns £70,000.", ["Tarnwick", "Tarnwick"]),
    ("The law firm Ardmore & Pike pays well. Ardmore & Pike associate pay, 2025", ["Ardmore & Pike", "Ardmore & Pike"]),
    # negatives: a longer name, a product, a source, a bare company head
    ("Tarnwick pays well. Tarnwick Labs is another company.", ["Tarnwick", "Tarnwick Labs"]),
    ("Tarnwick pays well. Tarnwick's new drug lists at $900.", ["Tarnwick"]),
    ("The Association pays $20. The State Nurses Association said so.", ["Association"]),
    ("Tarnwick pays $90. According to Tarnwick, pay rose.", ["Tarnwick"]),
]


@pytest.mark.parametrize("text,expected", EMPLOYERS)
def test_dev8_employers(text: str, expected: list[str]) -> None:
    assert _values(find_employers(text)) == expected


PLACES = [
    ("Analysts at banks in Marunouchi earn ¥9 million.", ["Marunouchi"]),
    ("Start-ups in Pangyo and Gangnam pay more.", ["Pangyo", "Gangnam"]),
    ("Traders in Canary Wharf earn £120,000.", ["Canary Wharf"]),
    # negative: an unknown capitalized word after "in" is no place
    ("Engineers in March earn more.", []),
]


@pytest.mark.parametrize("text,expected", PLACES)
def test_dev8_places(text: str, expected: list[str]) -> None:
    assert _values(find_locations(text)) == expected
