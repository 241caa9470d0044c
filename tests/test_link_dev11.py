"""dev11 readings of extract/link.py: an organisation's own HR / pay-plan page, forum posts as job cards."""

from __future__ import annotations

import pytest

from extract.link import _words_pattern, is_post_header
from extract.types import Fact

from .test_link import facts_of


def fact_at(text: str, amount: str) -> Fact:
    return next(f for f in facts_of(text) if f.text == amount)


# --------------------------------------------------------------------------- post headers

@pytest.mark.parametrize("line, expected", [
    # forum threads (dev11 salary-sharing thread shape, invented handles)
    ("u/copper_kettle · Mar 3, 2025, 10:07 AM · ▲ 1.1k", True),
    ("lantern_keeper · MOD · Mar 3, 2025, 9:00 AM", True),
    ("@jdoe42 | 3 hours ago", True),
    ("night.owl7 – 2 days ago", True),
    # negatives: schedules, bylines, labels
    ("Keynote – 9:30 AM – Main hall", False),
    ("By Jane Doe · 7 min read", False),
    ("u/someone · MOD", False),
    ("Shift: 7:00 – 15:30", False),
    ("u/a_very_long_handle · posted a reply at 10:07 AM to the thread about pay in the city of somewhere", False),
])
def test_is_post_header(line: str, expected: bool) -> None:
    assert is_post_header(line) is expected


@pytest.mark.parametrize("text, found", [
    ("Human Resources › Pay plans", ["Human Resources", "Pay plans"]),
    ("Classification and Compensation · Updated", ["Classification and Compensation"]),
    ("HRM news", []),  # a word inside another is none
])
def test_hr_words(text: str, found: list[str]) -> None:
    p = _words_pattern({"w": ["human resources", "pay plans", "pay plan", "classification and compensation", "hr"]},
                       "w", "t")
    assert [m.group() for m in p.finditer(text)] == found


# --------------------------------------------------------------------------- forum posts as cards (invented thread)

THREAD = """Salary thread: what do you make?

u/copper_kettle · Mar 3, 2025, 10:07 AM · ▲ 80
Payroll specialist at a logistics firm in Denver, CO. $61,000 base. Rent is $1,400 a month.

u/glass_heron · Mar 3, 2025, 11:15 AM · ▲ 40
Not tech! Dental hygienist in Tampa, FL. $44/hr and I work four days.

u/quiet_lark · Mar 3, 2025, 12:02 PM · ▲ 12
Glassdoor says the average payroll specialist in Denver makes $58,000. Meanwhile I make $39,000.
"""


@pytest.mark.parametrize("amount, role, location", [
    ("$61,000", "payroll specialist", "Denver, CO"),  # the head sentence names the job
    ("$44", "dental hygienist", "Tampa, FL"),  # first sentence naming a job, past an interjection
    ("$39,000", None, None),  # a head crediting a source speaks of others: no head
])
def test_post_head_gives_context(amount: str, role: str | None, location: str | None) -> None:
    fact = fact_at(THREAD, amount)
    assert fact.role == role
    assert (fact.location is None) == (location is None)
    if location is not None:
        assert fact.location is not None and fact.location.startswith(location.split(",")[0])


def test_no_thread_without_two_headers() -> None:
    text = "u/copper_kettle · Mar 3, 2025, 10:07 AM\nPayroll specialist in Denver, CO.\n\nI paid $1,400 a month.\n"
    assert fact_at(text, "$1,400").role is None


# --------------------------------------------------------------------------- own HR / pay-plan page (invented)

HR_PAGE = """Human Resources › Pay plans › Transit
Transit Operator Pay Plan
Pay for operators is set by the labor contract. The City pays operators $27.10 an hour at the first step, and the City adds a $1.25/hr night premium. We review the plan each year.
Open jobs
• Bus Operator – City of Elmbrook – $27.10–$33.40/hr
• Mechanic – City of Elmbrook – $31.00/hr
• Dispatcher – Elmbrook Regional Dispatch – $25.00/hr
"""


@pytest.mark.parametrize("text, amount, own", [
    (HR_PAGE, "$27.10", True),  # the page's own pay ("The City pays": its kind alone)
    (HR_PAGE, "$1.25", True),
    (HR_PAGE.replace("City of Elmbrook", "County of Elmbrook").replace("the City", "the County")
     .replace("The City", "The County"), "$27.10", True),
    (HR_PAGE.replace("Transit Operator Pay Plan", "Transit operators' pay"), "$27.10", True),  # cue in the first line
    (HR_PAGE.replace("Human Resources › Pay plans › Transit", "Transit news")
     .replace("Transit Operator Pay Plan", "Transit operators' pay"), "$27.10", False),  # no HR cue
    (HR_PAGE.replace("The City", "It").replace("the City", "it").replace("We ", "They "),
     "$27.10", False),  # the page never speaks of itself
])
def test_own_hr_page_employer(text: str, amount: str, own: bool) -> None:
    name = "County of Elmbrook" if "County of" in text else "City of Elmbrook"
    assert (fact_at(text, amount).employer == name) is own


@pytest.mark.parametrize("amount, employer", [
    ("$27.10–$33.40", "City of Elmbrook"),  # the listing's full name, not its bare kind
    ("$25.00", "Elmbrook Regional Dispatch"),  # a listing naming another employer keeps it
])
def test_own_hr_page_listings(amount: str, employer: str) -> None:
    assert fact_at(HR_PAGE, amount).employer == employer
