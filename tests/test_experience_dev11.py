"""Experience readings from the dev11 round: forum YOE, "years as", requirements, service, age lists."""
from __future__ import annotations

import pytest

from extract.experience import find_experience

Row = tuple[str, list[tuple[str, float | None, float | None]]]

FORUM: list[Row] = [
    ("Backend engineer in Charlotte, 5 YOE. Base is fine.", [("5 YOE", 5, 5)]),
    ("YOE: 3\nBase: 85k", [("YOE: 3", 3, 3)]),
    ("YOE 10+", [("YOE 10+", 10, None)]),
    ("YOE:\nBase / bonus / equity:", []),
    ("7 YOE, 210 TC: 172k base", [("7 YOE", 7, 7)]),
    ("I started two years ago.", []),
]

REQUIREMENTS: list[Row] = [
    ("€ 2.450 per month. At least two years at a hotel front desk.", [("At least two years", 2, None)]),
    ("Minimum 3 years as chef de partie.", [("Minimum 3 years", 3, None)]),
    ("lieutenant candidates need 2+ years as a sergeant", [("2+ years", 2, None)]),
    ("Sergeant candidates need at least five years of sworn service",
     [("at least five years of sworn service", 5, None)]),
    ("a teacher with 16+ years of service is paid more", [("16+ years of service", 16, None)]),
    ("It ran for at least 3 years at the old site.", []),
    ("Over 10 years, the city grew.", []),
    ("paid in three installments of $5,000 over the first two years.", []),
    ("once they complete the 12-month probation.", []),
    ("A minimum of twelve (12) months of service in current position prior to applying.", []),
    ("a bonus of one month's salary for every year of service", []),
    # a pay period after any amount, whatever its magnitude or currency, is no experience
    ("Ads list 12 lakh a year for senior environment artists.", []),
    ("Ads list 41 000 kr a month for senior environment artists.", []),
    ("pays 3 crore a year for senior environment artists", []),
    ("Roles require a year of experience.", [("a year of experience", 1, 1)]),
]

LISTS: list[Row] = [
    ("• 10 to 14 years of service: 2.5% of base pay", [("10 to 14 years of service", 10, 14)]),
    ("• 15-19 years: 5% of base pay\n• 20 or more years: 5% plus $3,000",
     [("15-19 years", 15, 19), ("20 or more years", 20, None)]),
    ("• 21 and older: €14,40\n• 20 years: €11,52\n• 19 years: €8,64", []),
    ("• Aged 16-17: £6.40\n• 18 years: £8.60", []),
]


@pytest.mark.parametrize(("text", "expected"), FORUM + REQUIREMENTS + LISTS)
def test_dev11_experience(text: str, expected: list[tuple[str, float | None, float | None]]) -> None:
    assert [(e.text, e.min_years, e.max_years) for e in find_experience(text)] == expected
