"""Linking readings of the dev25 link round (invented passages, never article text)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_link import fact_at

# --------------------------------------------------------------------------- a source's country edition


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # the country after a job site's name is the site's edition, not where the pay is
        ("Indeed Canada reports a median of $61,000 a year for welders.\n", "$61,000", None),
        ("According to salaries reported on Glassdoor Kenya, here is what banks pay tellers:\n"
         "• Equity Bank: KSh 55,000 a month\n", "KSh 55,000", None),
        # negatives: the site's data about a country ("Glassdoor's Kenya data"), a place of its own
        ("Glassdoor's Kenya data puts tellers at KSh 55,000 a month.\n", "KSh 55,000", "Kenya"),
        ("Indeed Canada reports a median of $61,000 a year for welders in Alberta.\n", "$61,000", "Alberta"),
    ],
)
def test_source_edition_is_no_place(text: str, amount: str, expected: Any) -> None:
    assert fact_at(text, amount).location == expected


# --------------------------------------------------------------------------- routes


_POSTINGS = ("Openings on our board this week:\n"
             "• Norrland Haulage (Umeå, Sweden): Sweden–Norway runs; €0.45 per km plus overnight allowance.\n"
             "• Baltic Lines (Gdańsk, Poland): Poland/Germany regional; €21 an hour.\n"
             "• Metro Movers: local work in the Dallas–Fort Worth area; $24 an hour.\n")


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        # a route or pair written as one modifier is where the work goes: the item's own place wins
        ("€0.45", "Umeå, Sweden"),
        ("€21", "Gdańsk, Poland"),
    ],
)
def test_route_is_no_place(amount: str, expected: str) -> None:
    assert fact_at(_POSTINGS, amount).location == expected


def test_pair_naming_one_area_is_a_place() -> None:
    # negative: a pair followed by an area noun names one area
    assert fact_at(_POSTINGS, "$24").location not in (None, "")


# --------------------------------------------------------------------------- a named figure restated


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # "That 2024 average works out to" restates the average two sentences back (8.4 lakh / 12)
        ("According to PayWatch, the average welder salary in India is ₹8.4 LPA in 2024. Most welders earn between "
         "₹2 lakh and ₹15 lakh a year. That 2024 average works out to about ₹70,000 a month.\n",
         "about ₹70,000", ("mean", "welder", "India", "PayWatch", 2024, "month")),
        # "puts the annual equivalent at" restates the hourly median (31.00 x 2080)
        ("According to StatsBureau, the median wage for crane operators in Norway is $31.00 an hour. StatsBureau puts "
         "the annual equivalent at roughly $64,500 for a full-time operator.\n",
         "roughly $64,500", ("median", "crane operator", "Norway", "StatsBureau", None, "year")),
        # negative: an equivalent of another value restates nothing
        ("According to StatsBureau, the median wage for crane operators in Norway is $31.00 an hour. StatsBureau puts "
         "the annual equivalent at roughly $80,000 for a full-time operator.\n",
         "roughly $80,000", (None, "crane operator", None, "StatsBureau", None, "year")),
    ],
)
def test_named_restatement(text: str, amount: str, expected: tuple) -> None:
    f = fact_at(text, amount)
    assert (f.statistic, f.role, f.location, f.source, f.as_of_year, f.period) == expected


# --------------------------------------------------------------------------- a relative clause on the amount


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # a relative clause right after the amount dates the amount itself
        ("Sponsors must pay bakers at least the income floor of $61,200 a year, which applies from 1 March 2025.\n",
         "$61,200", 2025),
        # negative: a relative clause on another name before the amount dates that name's figure
        ("Crumbly, which opened in 2019, pays bakers $52,000 a year.\n", "$52,000", None),
    ],
)
def test_relative_clause_year(text: str, amount: str, expected: Any) -> None:
    assert fact_at(text, amount).as_of_year == expected
