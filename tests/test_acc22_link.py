"""Linking readings added in the dev22 accuracy round (invented passages, never article text)."""

from __future__ import annotations

from typing import Optional

import pytest

from tests.test_link import fact_at

# --------------------------------------------------------------------------- the publisher's survey cited by name

_FOOTER = "\n\nBilby Recruitment Ltd · 7 Example Quay, Hobart · © 2031\n"
_CITED = ("Chef pay guide 2031\n\nWe placed 400 chefs this year and our consultants tracked every offer. "
          "We publish what we found.\n\n"
          "According to the Bilby Recruitment 2031 Pay Survey, the median head chef earns $74,000 a year.\n\n"
          "Pay by level (per year)\n\nLevelSalary\nCommis chef$48,000\nHead chef$74,000\n\n"
          "Source: Bilby Recruitment 2031 Pay Survey" + _FOOTER)
_CREDIT_ONLY = ("Chef pay guide 2031\n\nWe placed 400 chefs this year and our consultants tracked every offer. "
                "We publish what we found.\n\n"
                "Pay by level (per year)\n\nLevelSalary\nCommis chef$48,000\nHead chef$74,000\n\n"
                "Source: Bilby Recruitment 2031 Pay Survey" + _FOOTER)


@pytest.mark.parametrize(
    ("text", "amount", "source"),
    [
        # the page cites its own survey by name in running text: a named source there and on its credit line
        (_CITED, "$74,000", "Bilby Recruitment"),
        (_CITED, "$48,000", "Bilby Recruitment"),
        # negative: only a credit line under the table names it, on a page speaking as itself: its own data
        (_CREDIT_ONLY, "$48,000", None),
    ],
)
def test_publisher_survey_cited_by_name(text: str, amount: str, source: Optional[str]) -> None:
    fact = fact_at(text, amount)
    assert fact.source == source


# --------------------------------------------------------------------------- a restatement naming its figure

_RESTATED = ("According to the Example Wage Office, plumbers in Norland earned a median annual wage of $58,240 in 2029. "
             "That works out to a median of $28.00 per hour.\n")
_NOT_RESTATED = ("According to the Example Wage Office, plumbers in Norland earned a median annual wage of $58,240 in 2029. "
                 "That works out to a bonus of $28.00 per hour.\n")


@pytest.mark.parametrize(
    ("text", "location", "year"),
    [
        # the restatement names the figure it restates: it takes the place and year of the wage before
        (_RESTATED, "Norland", 2029),
        # negative: another figure ("a bonus of") is no restatement
        (_NOT_RESTATED, None, None),
    ],
)
def test_restatement_naming_its_figure(text: str, location: Optional[str], year: Optional[int]) -> None:
    fact = fact_at(text, "$28.00")
    assert (fact.location, fact.as_of_year) == (location, year)


# --------------------------------------------------------------------------- a place in a source's name

@pytest.mark.parametrize(
    ("text", "location"),
    [
        # the place is a word of the cited source's name, not where the pay is
        ("According to the Ohio Builders Gazette, site foremen at Example Steel earn $92,000 a year.\n", None),
        # negative: a place named outside the cue is the amount's
        ("According to the Builders Gazette, site foremen in Ohio earn $92,000 a year.\n", "Ohio"),
    ],
)
def test_place_in_source_name(text: str, location: Optional[str]) -> None:
    assert fact_at(text, "$92,000").location == location
