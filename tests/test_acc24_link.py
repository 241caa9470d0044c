"""Linking readings of the dev24 link round (invented passages, never article text)."""

from __future__ import annotations

from typing import Optional

import pytest

from tests.test_link import fact_at

# --------------------------------------------------------------------------- a year right after its amount

_TWO_YEARS = "The base rate for a junior clerk was $2,410 a month in 2021 and $2,655 in 2022.\n"
_ONE_YEAR = "Welders earned $31.20 an hour in 2023 and apprentices $18.40.\n"


@pytest.mark.parametrize(
    ("text", "amount", "year"),
    [
        (_TWO_YEARS, "$2,410", 2021),
        # the year right after the amount dates it, before the year named for the amount earlier
        (_TWO_YEARS, "$2,655", 2022),
        # negative: an amount with no year of its own keeps the sentence's
        (_ONE_YEAR, "$18.40", 2023),
    ],
)
def test_attached_year(text: str, amount: str, year: Optional[int]) -> None:
    assert fact_at(text, amount).as_of_year == year


# --------------------------------------------------------------------------- a report's year goes on

_REPORT = ("According to the Bureau of Labor Statistics, plumbers earned a median wage of $29.40 an hour in May 2023. "
           "The top 10% of plumbers earned more than $48.10 an hour.\n")
_OWN_YEAR = ("According to the Bureau of Labor Statistics, plumbers earned a median wage of $29.40 an hour in May 2023. "
             "In 2019, the top 10% of plumbers earned more than $44.00 an hour.\n")
_NO_POINTER = ("According to the Bureau of Labor Statistics, plumbers earned a median wage of $29.40 an hour in May 2023. "
               "Apprentice plumbers often start near $17 an hour.\n")


@pytest.mark.parametrize(
    ("text", "amount", "year"),
    [
        (_REPORT, "$48.10", 2023),
        # negatives: a year of its own, and a sentence not pointing back at the report's statistics
        (_OWN_YEAR, "$44.00", 2019),
        (_NO_POINTER, "$17", None),
    ],
)
def test_report_year_goes_on(text: str, amount: str, year: Optional[int]) -> None:
    assert fact_at(text, amount).as_of_year == year


# --------------------------------------------------------------------------- a conversion in a sentence of its own

_CONVERTED = ("Senior welders at Acme Steel in Dubai can earn around AED 14,000 a month. "
              "That is about ₹318,000 a month at current exchange rates.\n")
_TWO_FIGURES = ("Welders at Acme Steel in Dubai earn AED 9,000 a month, and foremen AED 14,000 a month. "
                "That is about ₹318,000 a month at current exchange rates.\n")


def test_conversion_sentence_takes_the_converted_amounts_context() -> None:
    fact = fact_at(_CONVERTED, "₹318,000")
    assert (fact.location, fact.employer, fact.seniority, fact.role) == ("Dubai", "Acme Steel", "senior", "welder")


def test_conversion_sentence_of_two_figures_is_not_guessed() -> None:
    # negative: which of the two amounts does it convert?
    assert fact_at(_TWO_FIGURES, "₹318,000").employer is None


# --------------------------------------------------------------------------- a column's own title in a table intro

_TABLE = ("Kitchen jobs pay more than they did.\n\n"
          "Line Cook Pay by City\n\n"
          "Where you work matters. The table below shows average base pay, tips and sous chef ranges in three "
          "cities.\n\n"
          "| City | Avg. Line Cook Base Pay | Avg. Tips/hr | Sous Chef (hourly) |\n"
          "|---|---|---|---|\n"
          "| Denver, CO | $19.40/hr | $2.10 | $24-$28 |\n"
          "| Tampa, FL | $16.10/hr | $1.90 | $20-$24 |\n")


@pytest.mark.parametrize(
    ("amount", "role"),
    [
        ("$24-$28", "sous chef"),  # the column the intro's title names
        ("$19.40", "line cook"),  # a column naming its own title
        ("$2.10", "line cook"),  # a column naming none: not the other column's title, but its section heading's
    ],
)
def test_intro_title_of_one_column(amount: str, role: Optional[str]) -> None:
    assert fact_at(_TABLE, amount).role == role


# --------------------------------------------------------------------------- the publisher's board is no payer

_BOARD = ("Pay by role\n\n"
          "Here is what employers on Kettlejobs offered in the first half of 2025:\n\n"
          "- Line cook: $17.00 to $19.50 an hour\n"
          "- Sous chef: $52,000-$60,000 a year\n\n"
          "© 2025 Kettlejobs Media · About · Privacy\n")
_PAYER = ("Kettlejobs pays its own recruiters $58,000 a year.\n\n"
          "© 2025 Kettlejobs Media · About · Privacy\n")


def test_publisher_named_in_copyright_is_no_employer_of_a_list() -> None:
    assert fact_at(_BOARD, "$17.00").employer is None
    assert fact_at(_BOARD, "$52,000").employer is None


def test_publisher_paying_in_its_own_sentence_stays() -> None:
    # negative: the publisher named as the payer in the amount's own sentence
    assert fact_at(_PAYER, "$58,000").employer == "Kettlejobs"


# --------------------------------------------------------------------------- a place of another clause

_CONTRAST = ("Small clinics may offer new graduates less than $2,400 a month, while large hospitals in Boston pay "
             "considerably more.\n")
_FRAME = "In Boston, small clinics offer new graduates $2,400 a month, while large hospitals pay more.\n"
_OTHER_PAYER = ("Acme Foods pays its line cooks in Denver about $41,000 a year plus tips, and Beta Grill pays its "
                "cooks $2,900–$3,300 a month.\n")
_FRAMED_PAYERS = ("In Denver, Acme Foods pays its line cooks about $41,000 a year, and Beta Grill pays its cooks "
                  "$2,900–$3,300 a month.\n")


@pytest.mark.parametrize(
    ("text", "amount", "location"),
    [
        (_CONTRAST, "$2,400", None),  # the contrasted group's place
        (_OTHER_PAYER, "$2,900", None),  # the earlier payer's place
        (_OTHER_PAYER, "$41,000", "Denver"),
        # negatives: a place framing the whole sentence
        (_FRAME, "$2,400", "Boston"),
        (_FRAMED_PAYERS, "$2,900", "Denver"),
    ],
)
def test_place_of_another_clause(text: str, amount: str, location: Optional[str]) -> None:
    assert fact_at(text, amount).location == location


# --------------------------------------------------------------------------- a title the later amount is for

_FOR_LATER = ("A few examples of current rates for electricians:\n\n"
              "1. Region North: €20.10 per hour for a journeyman, rising to €22.90 for a Vorarbeiter (foreman)\n"
              "2. Region South: €19.80 per hour\n")


@pytest.mark.parametrize(("amount", "role"), [("€20.10", "electrician"), ("€22.90", "foreman")])
def test_title_for_the_later_amount(amount: str, role: Optional[str]) -> None:
    assert fact_at(_FOR_LATER, amount).role == role



# --------------------------------------------------------------------------- the writer's aside ends a report

_ASIDE = ("According to PayScale, welders in Ohio earn an average of $48,200 a year. "
          "For comparison, the state minimum wage is $10.45 an hour.\n")
_GOES_ON = ("According to PayScale, welders in Ohio earn an average of $48,200 a year. "
            "In comparison with other trades, that is high: plumbers earn $51,000.\n")


@pytest.mark.parametrize(
    ("text", "amount", "source"),
    [
        (_ASIDE, "$48,200", "PayScale"),
        (_ASIDE, "$10.45", None),  # "For comparison, ...": the writer's own aside
        (_GOES_ON, "$51,000", "PayScale"),  # negative: no comma'd opener, the report goes on
    ],
)
def test_comparison_aside_leaves_the_report(text: str, amount: str, source: Optional[str]) -> None:
    assert fact_at(text, amount).source == source
