"""Attribution readings met in the dev10 articles (unions, statistics offices, recruiters), with negatives."""
from __future__ import annotations

import pytest

from extract.attribution import find_attributions
from extract.experience import find_experience


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym or translation in parentheses between the name and its verb
        ("Pay. SCB (Statistics Sweden) reports that pay rose.", [("SCB (Statistics Sweden) reports", "Statistics Sweden")]),
        ("Odd: Danmarks Statistik (Statistics Denmark) measures pay per hour.",
         [("Danmarks Statistik (Statistics Denmark) measures", "Statistics Denmark")]),
        # a union's pay tables; an intro crediting a publisher
        ("According to the pay tables published by Exampleforbundet, the union, pay rose.",
         [("According to the pay tables published by Exampleforbundet", "Exampleforbundet")]),
        ("Annual rates of pay as of June 22, 2025, as published by TBS:",
         [("as published by TBS", "Treasury Board of Canada Secretariat")]),
        # an aside between a known name and its verb
        ("Pay is high. Glassdoor, for its part, lists the average salary at £44,218 per year.",
         [("Glassdoor, for its part, lists", "Glassdoor")]),
        # a credit line: a description after the name; one source per column
        ("Year 1 $98.00\nSource: Air Line Pilots Association contract summaries\n",
         [("Source: Air Line Pilots Association", "Air Line Pilots Association")]),
        ("Table\n\nSources: Statistics Sweden (SCB) for Sweden, Statistics Norway (SSB) for Norway, Statistics Denmark for Denmark.\n",
         [("Sources: Statistics Sweden", "Statistics Sweden"), ("Statistics Norway", "Statistics Norway"),
          ("Statistics Denmark for Denmark", "Statistics Denmark")]),  # span: known gap, source right
        # negatives: job ads are the employers' words, a nationality or a city is no source
        ("Pay is monthly. Swedish job ads say things like pay: 45 000 kr.", []),
        ("Job ads from Examplegrad studios list PLN 14,000 a month for artists.", []),
        # ... but an aside mentioning ads does not hide an organisation's own cue
        ("Exampletrack, which tracks online job ads, counted 5,000 postings.",
         [("Exampletrack, which tracks online job ads, counted", "Exampletrack")]),
    ],
)
def test_dev10_attributions(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.text, a.source) for a in find_attributions(text)] == expected


def test_short_name_takes_the_organisation_owning_a_report() -> None:
    text = ("According to Examplescreen Research's 2025 Salary Survey, pay rose. "
            "Examplescreen's data show that juniors earn less.")
    assert {a.source for a in find_attributions(text)} == {"Examplescreen Research"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Job ads list PLN 14,000 a month for senior environment artists.", []),
        ("They pay $5k a year for senior environment roles.", []),
        ("a developer with 5+ years of experience", [(5.0, None)]),
    ],
)
def test_dev10_experience(text: str, expected: list[tuple[float | None, float | None]]) -> None:
    assert [(e.min_years, e.max_years) for e in find_experience(text)] == expected
