"""Linking readings added in accuracy round 26 on dev18 (invented passages, never article text):
a table intro comparing two groups gives each column its own group; a credit line's clauses naming
some columns only are not read for the others; a credit clause's closing year; a year before
"today" in an earlier clause; a scale holder not sought past a heading line; a list intro's earlier
sentence giving the list's level; the page's publisher named in its footer is no employer."""

from __future__ import annotations

from typing import Optional

import pytest

from extract.link import column_words, comparison_split
from tests.test_link import facts_of


def _table(intro: str, credit: str = "", *, first: str = "Avg. weekly pay", second: str = "Median (annual)") -> str:
    return (f"<html><body><main><p>{intro}</p>"
            f"<table><tr><th>State</th><th>{first}</th><th>{second}</th></tr>"
            "<tr><td>Ohio</td><td>$2,100</td><td>$117,000</td></tr>"
            "<tr><td>Iowa</td><td>$1,900</td><td>$109,000</td></tr></table>"
            + (f"<p>{credit}</p>" if credit else "") + "</main></body></html>")


_COMPARED = _table("The table compares average weekly pay for travel nurses in two states with the median "
                   "annual wage of staff pharmacists there.")
_VERSUS = _table("Weekly pay offered to welders versus the annual median of electricians:")
_NO_FOIL = _table("The table compares travel nurses in two states with pharmacists.")
_PLAIN = _table("The table shows weekly pay and the annual median for travel nurses and pharmacists.")


@pytest.mark.parametrize(
    ("text", "amount", "role"),
    [
        # the head of the comparison goes to the columns the foil does not name
        (_COMPARED, "$2,100", "travel nurse"),
        (_COMPARED, "$1,900", "travel nurse"),
        # the foil goes to the columns its words name ("median", "annual")
        (_COMPARED, "$117,000", "pharmacist"),
        (_VERSUS, "$2,100", "welder"),
        (_VERSUS, "$109,000", "electrician"),
        # negatives: a foil naming no column, and an intro comparing nothing, speak of every column
        (_NO_FOIL, "$2,100", "pharmacist"),
        (_NO_FOIL, "$117,000", "pharmacist"),
        (_PLAIN, "$2,100", "pharmacist"),
    ],
)
def test_compared_groups_by_column(text: str, amount: str, role: Optional[str]) -> None:
    assert {f.text: f for f in facts_of(text)}[amount].role == role


_INTRO = "The table shows pay for travel nurses by state."
_TWO_CLAUSES = _table(_INTRO, "Source: Glassdoor, Oct. 2023 (staff medians); weekly pay from our own postings, Q4 2024.")
_ONE_CLAUSE = _table(_INTRO, "Source: Glassdoor, salaries reported by nurses, January 2025.")


@pytest.mark.parametrize(
    ("text", "amount", "year", "source"),
    [
        # each clause goes to the column its words name
        (_TWO_CLAUSES, "$117,000", 2023, "Glassdoor"),
        (_TWO_CLAUSES, "$109,000", 2023, "Glassdoor"),
        (_TWO_CLAUSES, "$2,100", 2024, None),
        (_TWO_CLAUSES, "$1,900", 2024, None),
        # negative: a credit line of one clause covers every column, whatever words it shares with one header
        (_ONE_CLAUSE, "$2,100", 2025, "Glassdoor"),
        (_ONE_CLAUSE, "$117,000", 2025, "Glassdoor"),
    ],
)
def test_credit_clause_by_column(text: str, amount: str, year: Optional[int], source: Optional[str]) -> None:
    fact = {f.text: f for f in facts_of(text)}[amount]
    assert (fact.as_of_year, fact.source) == (year, source)


@pytest.mark.parametrize(
    ("text", "head", "foil"),
    [
        ("We compare pay for cooks with that of bakers.", "We compare pay for cooks ", " that of bakers."),
        ("Union rates compared to our averages:", "Union rates compared ", " our averages:"),
        ("The chart compares cooks and bakers.", "The chart compares cooks ", " bakers."),
        ("Hourly rates vs. yearly salaries", "Hourly rates ", " yearly salaries"),
        # negatives: no verb of comparing, no contrast word
        ("Median pay by city, with bonuses:", None, None),
        ("Rates rose from 2020 to 2024 and fell after.", None, None),
    ],
)
def test_comparison_split(text: str, head: Optional[str], foil: Optional[str]) -> None:
    split = comparison_split(text, 0, len(text))
    assert (None, None) == (head, foil) if split is None else (text[: split[0]], text[split[1] :]) == (head, foil)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Non-union averages (hourly)", ["average", "hourly", "non-union"]),
        ("the median of the staff there", ["median", "staff"]),
        # negative: stop words only
        ("of the and for", []),
    ],
)
def test_column_words(text: str, expected: list[str]) -> None:
    assert sorted(column_words(text)) == expected


@pytest.mark.parametrize(
    ("text", "amount", "year"),
    [
        ("In 2019 she was paid $40,000 at a bank; today she earns $65,000 at a start-up.", "$40,000", 2019),
        ("In 2019 she was paid $40,000 at a bank; today she earns $65,000 at a start-up.", "$65,000", None),
        ("Back in 2018 he made $30,000, but these days he makes $52,000.", "$52,000", None),
        # negatives: no word of now, or the year in the amount's own clause
        ("In 2019 she was paid $40,000 at a bank and $44,000 at an insurer.", "$44,000", 2019),
        ("In 2024, welders now earn $48,000 on average.", "$48,000", 2024),
    ],
)
def test_year_before_now(text: str, amount: str, year: Optional[int]) -> None:
    assert {f.text: f for f in facts_of(text)}[amount].as_of_year == year


_SCALE = ("Welders who move into a foreman role add $3 an hour.\n\n"
          "Apprentice wages (share of the full rate)\n\n"
          "Apprentices do not get a flat wage. The province's wage schedule, applied to a rate of $40.00/hr:\n\n"
          "• 1st period: 50% → $20.00/hr\n"
          "• 2nd period: 65% → $26.00/hr\n")
_SCALE_PLAIN = ("Welders who move into a foreman role add $3 an hour.\n\n"
                "The province's wage schedule, applied to a rate of $40.00/hr:\n\n"
                "• 1st period: 50% → $20.00/hr\n")


@pytest.mark.parametrize(
    ("text", "amount", "role", "seniority"),
    [
        # a heading line set as a paragraph ends the section: no holder ("foreman") is sought above it;
        # the intro paragraph's earlier sentence names the level of the list, and the apprentices' trade
        # is the one the page names (README Decisions: an apprentice's role is the trade)
        (_SCALE, "$20.00", "welder", "entry"),
        (_SCALE, "$26.00", "welder", "entry"),
        # negative: with no heading line between, the paragraph above names the scale's holder
        (_SCALE_PLAIN, "$20.00", "foreman", None),
    ],
)
def test_scale_section(text: str, amount: str, role: Optional[str], seniority: Optional[str]) -> None:
    fact = {f.text: f for f in facts_of(text)}[amount]
    assert (fact.role, fact.seniority) == (role, seniority)


_PUBLISHED = ("Welder Pay in Examplia\n\n"
              "Union welders earn $42 an hour. Rates by town, compared with Northvale's non-union averages:\n\n"
              "• Alton: $35 an hour\n\n"
              "Northvale Media Inc. pays its own reporters $60,000 a year.\n\n"
              "© 2025 Northvale Media Inc. · 12 Harbour Road · (555) 555-0100\n")
_UNPUBLISHED = _PUBLISHED.replace("© 2025 Northvale Media Inc. · 12 Harbour Road · (555) 555-0100", "Contact us.")


@pytest.mark.parametrize(
    ("text", "amount", "employer"),
    [
        # the publisher named on the footer, read from a list's intro: its own data, no employer
        (_PUBLISHED, "$35", None),
        # negatives: its own sentence names it as the payer; a page naming no publisher
        (_PUBLISHED, "$60,000", "Northvale Media Inc."),
        (_UNPUBLISHED, "$60,000", "Northvale Media Inc."),
        (_UNPUBLISHED, "$35", "Northvale Media Inc."),
    ],
)
def test_publisher_is_no_employer(text: str, amount: str, employer: Optional[str]) -> None:
    assert {f.text: f for f in facts_of(text)}[amount].employer == employer


@pytest.mark.parametrize(
    ("text", "amount", "year"),
    [
        # the earlier figure stands before its year, the later one after the word of now
        ("I made $3,900 a week in 2019, and now I get $2,500 a week.", "$2,500", None),
        ("I made $3,900 a week in 2019, and now I get $2,500 a week.", "$3,900", 2019),
        # negative: no earlier figure
        ("In 2021, and even now, cooks got $2,800 a month.", "$2,800", 2021),
    ],
)
def test_year_of_earlier_figure(text: str, amount: str, year: Optional[int]) -> None:
    assert {f.text: f for f in facts_of(text)}[amount].as_of_year == year
