"""Detection classes fixed in accuracy round 23 (roles, seniority, employers); made-up sentences."""

from __future__ import annotations

import pytest

from extract.context import find_employers
from extract.experience import find_seniority
from .mention_helpers import role_values as _roles


@pytest.mark.parametrize("text, expected", [
    # a language skill is no part of the title (corpus gold convention): the job is the agent's
    ("Bilingual customer service agents in Lisbon earn more.", ["customer service agent"]),
    # the machines a trade runs
    ("Heavy equipment operators earn C$35 an hour.", ["heavy equipment operator"]),
    # chip-industry fields and stages
    ("Wafer fab engineers and chip design engineers are in demand.", ["wafer fab engineer", "chip design engineer"]),
    ("Our semiconductor engineers start at 45,000 a year.", ["semiconductor engineer"]),
    ("Senior verification engineers earn about $150,000.", ["verification engineer"]),
    # a doctor is a job on its own
    ("Doctors in rural clinics earn less than surgeons.", ["doctor", "surgeon"]),
    # named hospital training posts
    ("A resident doctor in Lagos earns about NGN 400,000 a month.", ["resident physician"]),
    # care workers on a regulator's register do the same job
    ("Registered care workers in Cardiff are paid at least £13.", ["care worker"]),
])
def test_roles(text: str, expected: list[str]) -> None:
    assert _roles(text) == expected


def test_medicine_trade_reads_bare_hospital_grades() -> None:
    text = ("Resident physicians in Lima earn little. Residents on night duty get an allowance, "
            "and consultants earn three times as much; specialists sit between.")
    assert _roles(text) == ["resident physician", "resident physician", "consultant", "specialist"]


def test_bare_grades_stay_unread_outside_medicine() -> None:
    assert _roles("Residents of the town pay council tax; consultants bill by the day.") == []


@pytest.mark.parametrize("text, expected", [
    ("A senior care worker on £14 an hour earns more.", ["senior"]),
    ("The home offers senior care at £1,100 a week.", []),
    ("First-year audit associates start at $70,000.", ["entry"]),
    ("a first-year tax accountant earns less", ["entry"]),
    ("In her first year salary rose 5%.", []),
])
def test_seniority(text: str, expected: list[str]) -> None:
    assert [m.value for m in find_seniority(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Brookfield Home Care is offering night carers £24,000.", ["Brookfield Home Care"]),
    ("Vantoro was advertising support agents at $900 a month.", ["Vantoro"]),
    ("A contract in Mesa, AZ advertised at $2,500 a week.", []),
    ("Analysts were offering no forecast.", []),
])
def test_employers_by_pay_verb(text: str, expected: list[str]) -> None:
    assert [m.value for m in find_employers(text)] == expected
