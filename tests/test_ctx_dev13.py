"""dev13 readings of context: titles, list credit lines and a table intro's level.

A title whose modifier names only the setting every such job has is the bare role ("public school
teachers" are teachers) while a more specific title keeps its words ("middle school teacher"); a list's
credit line below it dates its items; a level a table intro names that one column's header holds is that
column's, not a column naming its own statistic. All texts invented.
"""

from __future__ import annotations

from typing import Optional

import pytest

from extract.annotate import annotate
from extract.context import find_roles
from extract.ingest import parse
from extract.link import link
from extract.types import Fact


def facts_of(text: str) -> list[Fact]:
    document = parse(text.encode(), doc_id="t", path="t.txt", fmt="txt", sha256="")
    doc = annotate(document)
    facts, _ = link(doc, doc_id="t", blocks=doc._.blocks)
    return facts


def fact_at(text: str, amount: str) -> Fact:
    return next(f for f in facts_of(text) if f.text == amount)


# --------------------------------------------------------------------------- setting words in a title


@pytest.mark.parametrize("text, roles", [
    ("Public school teachers in Ohio earned $61,000.", ["teacher"]),
    ("School teachers earn more than they did.", ["teacher"]),
    ("Middle school teachers: $58,000 a year", ["middle school teacher"]),
    ("Kindergarten teachers came in lower.", ["kindergarten teacher"]),
    ("Preschool teachers are paid by the hour.", ["preschool teacher"]),
    ("Elementary school teachers earn $55,000.", ["elementary school teacher"]),
    # negatives: the setting word stays where it makes another job
    ("School counselors earn $60,000.", ["school counselor"]),
    ("A school nurse earns $48,000.", ["school nurse"]),
    ("Teachers earn $50,000.", ["teacher"]),
])
def test_setting_words_in_a_title(text: str, roles: list[str]) -> None:
    assert [m.value for m in find_roles(text)] == roles


# --------------------------------------------------------------------------- a list's credit line dates it

CREDITED = """Nurse pay at a glance
  • Staff nurses: $70,100 per year
  • Charge nurses: $81,300 per year
Source: Hospital Wage Survey, June 2023

Travel nurses were paid more, at $95,000.
"""

UNCREDITED = """Nurse pay at a glance
  • Staff nurses: $70,100 per year
  • Charge nurses: $81,300 per year

Some hospitals raised pay in 2023.
"""


@pytest.mark.parametrize("text, amount, year", [
    (CREDITED, "$70,100", 2023),
    (CREDITED, "$81,300", 2023),
    (CREDITED, "$95,000", None),  # the paragraph after the credit line is not dated by it
    (UNCREDITED, "$70,100", None),  # a paragraph below the list is no credit line
])
def test_list_credit_line_year(text: str, amount: str, year: Optional[int]) -> None:
    assert fact_at(text, amount).as_of_year == year


# --------------------------------------------------------------------------- a table intro's level per column

BY_REGION = """Nurse pay by region
The table shows the average annual salary for staff nurses and the average starting salary in each region.

Region\tAverage Salary\tStarting Salary
North\t$71,200\t$52,300
South\t$64,900\t$47,800
"""

CONVERTED = """Starting pay for nursing graduates, 2024

Country\tMonthly starting pay\tIn US dollars
Japan\t¥250,000\t$1,700
Chile\tCLP 900,000\t$950
"""


@pytest.mark.parametrize("text, amount, level", [
    (BY_REGION, "$52,300", "entry"),  # the Starting column
    (BY_REGION, "$47,800", "entry"),
    (BY_REGION, "$71,200", None),  # the Average column names its own statistic: not the intro's level
    (BY_REGION, "$64,900", None),
    (CONVERTED, "$1,700", "entry"),  # the same figures in dollars keep the caption's level
    (CONVERTED, "$950", "entry"),
])
def test_table_intro_level_by_column(text: str, amount: str, level: Optional[str]) -> None:
    assert fact_at(text, amount).seniority == level
