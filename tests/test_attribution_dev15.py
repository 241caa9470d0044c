"""Attribution readings added in the dev15 round (invented sentences, never article text)."""
from __future__ import annotations

import pytest

from extract.attribution import canonical_source, find_attributions


def _found(text: str) -> list[tuple[str, str]]:
    return [(a.source, a.cue) for a in find_attributions(text)]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("EIA", "U.S. Energy Information Administration"),
        ("the Energy Information Administration", "U.S. Energy Information Administration"),
        ("ATRI", "American Transportation Research Institute"),
        ("ATA", "American Trucking Associations"),
        ("Immowelt", "Immowelt"),
    ],
)
def test_canonical_dev15(name: str, expected: str) -> None:
    assert canonical_source(name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known site opening its sentence after "On", set off by a comma
        ("Pay varies. On Glassdoor, nurses report a median of $90,000.", [("Glassdoor", "on")]),
        ("On Example Street, rents are high.", []),
        ("Jobs on Indeed, in turn, pay more.", []),  # not at a sentence start
        # a "Data:" credit line
        ("Chart of pay\n\nData: PayScale, May 2025\n", [("PayScale", "source:")]),
        ("Data: 2024\n", []),
        # "as listed on" a known site (a plain "advertised on" is no cue)
        ("Pay at five firms, as listed on Glassdoor:", [("Glassdoor", "as listed on")]),
        ("The table shows what employers advertised on Indeed last year.", []),
        ("Pay at five firms, as listed on Example Jobs Hub:", []),  # known sources only
        # an appositive "based on ..." between the source and its verb
        ("Glassdoor, based on 2.450 pay reports, lists a mean of €47.500.", [("Glassdoor", "lists")]),
        # a known source's own figure, and its statistic written as a modifier
        ("PayScale's figure for nurses is lower, at $60,000.", [("PayScale", "'s")]),
        ("The table compares the BLS mean wage with the offers.", [("Bureau of Labor Statistics", "'s")]),
        ("The Example median wage is $5.", []),  # an unknown name's median: its own
        # an evidence noun after a possessive and a year
        ("Naukri's 2023 salary insights show that welders gain:", [("Naukri", "show")]),
        # a known source alone in brackets closing a line of figures
        ("• US freight spending: $731 billion in 2023 (ATA)\n", [("American Trucking Associations", "(...)")]),
        ("• Revenue: $9 billion (Example Group)\n", []),  # unknown: a gloss
        ("We read data from the Bureau of Labor Statistics (BLS) for 2024.\n", []),  # its own abbreviation
        # parts in parentheses tie each source of a plural credit line to its figures
        ("Table\n\nSources: Glassdoor (salaries), PayScale (bonuses)\n", [("Glassdoor", "source:"), ("PayScale", "source:")]),
        ("Table\n\nSources: Glassdoor, PayScale\n", []),
        # a date and a site's own job ads after a plural credit name no other source
        ("Table\n\nSources: BLS wage survey, May 2023; Example job postings, Q3 2024.\n",
         [("Bureau of Labor Statistics", "source:")]),
        ("Table\n\nSources: BLS, May 2024; Example Survey, 2025.\n", []),
    ],
)
def test_attributions_dev15(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected
