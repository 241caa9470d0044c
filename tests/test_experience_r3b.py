"""Experience readings of accuracy round 3b: bracketed bands, amounts reached, activities after the years."""

from __future__ import annotations

from typing import Optional

import pytest

from extract.experience import find_experience

Bounds = tuple[Optional[float], Optional[float]]


def _bounds(text: str) -> list[Bounds]:
    return [(e.min_years, e.max_years) for e in find_experience(text)]


# a band of years alone in brackets right after a title, in running text
@pytest.mark.parametrize("text, expected", [
    ("Team leads (8+ years) usually earn more.", [(8.0, None)]),
    ("Supervisors (6-10 years) are paid by the band.", [(6.0, 10.0)]),
    ("Architects (12+ yrs) command a premium.", [(12.0, None)]),
    # negatives: a course, a loan or a cost in brackets is a length, and a lone number is no band
    ("An advanced Diploma (3-4 years) is offered.", []),
    ("The loan (5+ years) was refinanced.", []),
    ("Total cost (4 years) is listed.", []),
    ("• Senior Certificate (2 years): $40,000", []),
])
def test_bracketed_band(text: str, expected: list[Bounds]) -> None:
    assert _bounds(text) == expected


# an amount reached ("once they have", "after you complete") is a threshold: open above
@pytest.mark.parametrize("text, expected", [
    ("Once they have 18 months on site, crews earn more.", [(1.5, None)]),
    ("After you complete three years of service, pay steps up.", [(3.0, None)]),
    ("When staff reach 5 years of experience they get a raise.", [(5.0, None)]),
    # negatives: a plain requirement stays exact, a range keeps both ends
    ("Engineers with 3 years of experience earn more.", [(3.0, 3.0)]),
    ("Once they have 2-4 years of experience, analysts move up.", [(2.0, 4.0)]),
])
def test_amount_reached(text: str, expected: list[Bounds]) -> None:
    assert _bounds(text) == expected


# the activity or requirement after the years makes the amount experience
@pytest.mark.parametrize("text, expected", [
    ("6+ years in copper mining required.", [(6.0, None)]),
    ("2-4 years of technical writing, ideally in software.", [(2.0, 4.0)]),
    ("a tutor with 10 or more years in the classroom is paid more", [(10.0, None)]),
    ("5 years in sales preferred.", [(5.0, 5.0)]),
    # negatives: a term or duration with a requirement word is no experience
    ("The 10 years required to repay the loan are long.", []),
    ("Pay is spread over 12 months a year, as required.", []),
])
def test_activity_after_years(text: str, expected: list[Bounds]) -> None:
    assert _bounds(text) == expected
