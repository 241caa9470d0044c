"""Linking readings of the dev23 link round (invented passages, never article text)."""

from __future__ import annotations

from typing import Optional

import pytest

from tests.test_link import fact_at

# --------------------------------------------------------------------------- a coordinated clause of its own

_CLAUSES = ("A junior welder on $21.00 an hour would take home about $43,700 a year, and a plumber "
            "working 45 hours at the union rate makes $1,460 a week.\n")
_ELLIPSIS = "Nurses in Leeds earn £15.90 an hour, and in York £15.40.\n"


@pytest.mark.parametrize(
    ("text", "amount", "role"),
    [
        # the subject of the next clause ("a plumber ... makes") is the next amount's, not this one's
        (_CLAUSES, "about $43,700", "welder"),
        (_CLAUSES, "$1,460", "plumber"),
        # negative: an elliptical clause ("and in York £15.40") keeps the sentence's subject
        (_ELLIPSIS, "£15.40", "nurse"),
    ],
)
def test_clause_of_its_own_ends_the_zone(text: str, amount: str, role: Optional[str]) -> None:
    assert fact_at(text, amount).role == role


# --------------------------------------------------------------------------- "there" pointing back at a place

_THERE_OPENING = ("Oslo is the outlier. There, newly qualified nurses start closer to NOK 560,000 a year.\n")
_THERE_INSIDE = ("Houston also pays for the nights. Welders on night rotas there earn an extra $400 a month.\n")
_EXISTENTIAL = ("Oslo is the outlier. There are nurses who start at NOK 480,000 a year.\n")
_QUESTION = ("Oslo is the outlier. Is there a premium of NOK 40,000 for nights?\n")
_TWO_PLACES = ("Oslo and Bergen are the outliers. There, nurses start closer to NOK 560,000 a year.\n")


@pytest.mark.parametrize(
    ("text", "amount", "location"),
    [
        (_THERE_OPENING, "NOK 560,000", "Oslo"),
        (_THERE_INSIDE, "$400", "Houston"),
        # negatives: the existential "there", and a sentence before naming two places (which one?)
        (_EXISTENTIAL, "NOK 480,000", None),
        (_QUESTION, "NOK 40,000", None),
        (_TWO_PLACES, "NOK 560,000", None),
    ],
)
def test_there_takes_the_place_before(text: str, amount: str, location: Optional[str]) -> None:
    assert fact_at(text, amount).location == location


# --------------------------------------------------------------------------- recruiters who see offers

_OBSERVER = ("Spanish-speaking agents are in demand. Our recruiters see offers between $19,000 and $24,000 MXN "
             "a month.\n")
_RECRUITER_PAY = "Agency recruiters earn $52,000 a year in Toronto.\n"


@pytest.mark.parametrize(
    ("text", "amount", "role"),
    [
        # the recruiters observe the offers: the offers are not recruiters' pay
        (_OBSERVER, "$19,000 and $24,000 MXN", None),
        # negative: recruiters who earn the amount are its role
        (_RECRUITER_PAY, "$52,000", "recruiter"),
    ],
)
def test_observing_recruiter_is_no_role(text: str, amount: str, role: Optional[str]) -> None:
    assert fact_at(text, amount).role == role
