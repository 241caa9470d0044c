"""Linking readings of the dev26 link round (invented passages, never article text)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_link import fact_at

# --------------------------------------------------------------------------- a restatement opening its paragraph

_RESTATED = ("From 1 March 2025 the starting rate for forklift drivers is at least £11.80 per hour.\n\n"
             "On a standard 40-hour week, that works out at £472.00 before tax, or roughly £24,540 a year.\n")
_NOT_EQUAL = ("From 1 March 2025 the starting rate for forklift drivers is at least £11.80 per hour.\n\n"
              "On a standard 40-hour week, that works out at £510.00 before tax.\n")


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # the week's pay restates the hourly rate of the paragraph above (11.80 x 40): its job, level and year
        (_RESTATED, "£472.00", ("salary", "forklift driver", "entry", 2025)),
        # ... and so does the year's after ", or" (11.80 x 2080)
        (_RESTATED, "£24,540", ("salary", "forklift driver", "entry", 2025)),
        # negative: an amount of another value restates nothing from beyond its paragraph
        (_NOT_EQUAL, "£510.00", ("salary", None, None, None)),
    ],
)
def test_restatement_across_paragraph(text: str, amount: str, expected: tuple) -> None:
    fact = fact_at(text, amount)
    assert (fact.category, fact.role, fact.seniority, fact.as_of_year) == expected


def test_restatement_keeps_its_own_period() -> None:
    # the restated amount is another period's: it does not take the hourly rate's period
    assert fact_at(_RESTATED, "£472.00").period != "hour"


# --------------------------------------------------------------------------- the earlier value after an appositive

@pytest.mark.parametrize(
    ("text", "amount", "seniority"),
    [
        ("The starting wage for cleaners is £11.20 per hour, the new legal floor, up from £10.40 in 2023.\n",
         "£10.40", "entry"),
        # negative: another group's pay after a contrast is not the earlier value
        ("The starting wage for cleaners is £11.20 per hour, while supervisors earn £14.10 in 2023.\n",
         "£14.10", None),
    ],
)
def test_prior_value_after_appositive(text: str, amount: str, seniority: Any) -> None:
    assert fact_at(text, amount).seniority == seniority


# --------------------------------------------------------------------------- a tax or school year dates its sentence

@pytest.mark.parametrize(
    ("text", "amount", "year"),
    [
        ("For the 2026 tax year the personal allowance is R101 200.\n", "R101 200", 2026),
        ("Fees rose in the 2024 academic year to $9,400.\n", "$9,400", 2024),
        # negative: a span of years names none
        ("In the 2025-26 tax year the allowance is R101 200.\n", "R101 200", None),
    ],
)
def test_period_year(text: str, amount: str, year: Any) -> None:
    assert fact_at(text, amount).as_of_year == year


# --------------------------------------------------------------------------- a source cue in a later clause

_LATER_CUE = ("In Leeds, forklift driver roles typically pay £12.40 to £13.20 an hour. York jobs can pay up to £14.00 an "
              "hour, but rents are high: RentHub says a room costs about £650 a month.\n")


def test_source_cue_after_colon_is_its_clause() -> None:
    assert fact_at(_LATER_CUE, "£14.00").source is None
    assert fact_at(_LATER_CUE, "£650").source == "RentHub"


def test_previous_job_carried_past_another_clause_amount() -> None:
    # "York jobs" names no job: the one job of the sentence before (the rent after the colon is no worked example)
    assert fact_at(_LATER_CUE, "£14.00").role == "forklift driver"


# --------------------------------------------------------------------------- what is not carried from the sentence before

@pytest.mark.parametrize(
    ("text", "amount", "role"),
    [
        ("Welders who switch employers do better. According to the ONS, average weekly earnings in the manufacturing "
         "industry reached £690 in 2024.\n", "£690", None),
        # negative: no group of its own, so the sentence goes on about the welders
        ("Welders who switch employers do better. According to the ONS, average weekly earnings reached £690 in 2024.\n",
         "£690", "welder"),
        # the same source's statistic ("Its median ...") goes on about the job just named
        ("According to PayRadar, the median base salary for a nurse in Leeds is £2,900 per month. Its median base "
         "salary for Hull is slightly higher, at around £3,050 a month, which reflects larger family allowances.\n",
         "£3,050", "nurse"),
    ],
)
def test_carried_role(text: str, amount: str, role: Any) -> None:
    assert fact_at(text, amount).role == role


# --------------------------------------------------------------------------- years of the subject reach a share of it

@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Engineers with 10+ years of experience reported a median package of $190,000, and roughly one in five "
         "reported packages of over $250,000.\n", 10.0),
        # negative: another group after the break
        ("Engineers with 10+ years of experience reported a median package of $190,000, and some agencies pay over "
         "$250,000.\n", None),
    ],
)
def test_subject_years_reach_a_share(text: str, years: Any) -> None:
    assert fact_at(text, "$250,000").experience_min_years == years


# --------------------------------------------------------------------------- employers

@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("Acme Learning pays experienced teachers $5,000 a month, while starting salaries for teachers at its smaller "
         "schools are closer to $3,800.\n", "Acme Learning"),
        # negative: schools in general are other payers
        ("Acme Learning pays experienced teachers $5,000 a month, while starting salaries for teachers at rival "
         "schools are closer to $3,800.\n", None),
    ],
)
def test_payer_noun_after_its(text: str, employer: Any) -> None:
    assert fact_at(text, "$3,800").employer == employer


def test_company_inside_an_earlier_clause() -> None:
    # the ministry issuing a permit, in a clause set off by a semicolon, pays no one
    text = ("Tutoring needs a permit from the Ministry of Education and Skills; licensed tutors report charging $40 "
            "per hour.\n")
    assert fact_at(text, "$40").employer is None


def test_company_framing_the_sentence_reaches_past_semicolon() -> None:
    text = "At Acme Corp, junior analysts earn $50,000; senior analysts earn $80,000.\n"
    assert fact_at(text, "$80,000").employer == "Acme Corp"


# --------------------------------------------------------------------------- places that are not the amount's

@pytest.mark.parametrize(
    ("text", "amount", "location"),
    [
        # a place in a relative clause before the amount describes the company, not where the pay is
        ("Brightway, which runs two schools in Leeds, pays teachers £3,200 per month.\n", "£3,200", None),
        ("Brightway advertised teacher posts in Leeds at £3,200 per month.\n", "£3,200", "Leeds"),
        # where a credential people hold is from
        ("American schools hire teachers with US state licences and pay over ten months, so a $4,100 monthly salary "
         "for a teacher there is worth less.\n", "$4,100", None),
        ("Many schools in Canada hire teachers and pay $4,100 a month.\n", "$4,100", "Canada"),
        # ... but a place before a credential with no one holding it is read as before
        ("The licence fee for electricians in Ontario is about $200.\n", "$200", "Ontario"),
        # a place after a clause stating another amount by comparison
        ("Expect to pay around $1,900 a month for a flat downtown, and considerably more in Vancouver.\n", "$1,900", None),
    ],
)
def test_place_not_the_amounts(text: str, amount: str, location: Any) -> None:
    assert fact_at(text, amount).location == location


# --------------------------------------------------------------------------- a glued row label: level + title

_GLUED = ("Nurse pay by level, Leeds vs Hull (GBP per month, 2024)\n"
          "RoleExperienceLeedsHull\n"
          "Staff nurse1-3 years£2,400–2,900£2,500–3,000\n"
          "Newly qualified nurse0-2 years£2,100–2,500£2,200–2,600\n"
          "Source: NurseJobs listings, 2024\n")


@pytest.mark.parametrize("amount", ["£2,100–2,500", "£2,200–2,600"])
def test_level_and_title_row_label(amount: str) -> None:
    fact = fact_at(_GLUED, amount)
    assert (fact.role, fact.seniority) == ("nurse", "entry")


# --------------------------------------------------------------------------- a caption comparing its own columns

_COMPARED = ("Nurse base salaries by grade, Lagos vs Abuja (NGN per month, 2024)\n\n"
             "| Grade | Lagos | Abuja |\n|---|---|---|\n"
             "| Staff nurse | NGN 250,000 | NGN 230,000 |\n| Nurse manager | NGN 410,000 | NGN 395,000 |\n")


@pytest.mark.parametrize("amount", ["NGN 250,000", "NGN 230,000", "NGN 395,000"])
def test_caption_comparing_its_columns(amount: str) -> None:
    # "Lagos vs Abuja" names the two columns compared: the rest of the caption (base, per month, 2024)
    # is said of both, not split between them
    fact = fact_at(_COMPARED, amount)
    assert (fact.period, fact.pay_component, fact.as_of_year) == ("month", "base", 2024)
