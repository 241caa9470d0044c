"""Readings added for the dev12 round: denied cues, prices of courses and exams, job titles holding
a cue word, relative clauses, restated periods, shares with a period, caption periods matched to a
column's noun, comparisons with a statistic. Every sentence is invented."""

from __future__ import annotations

from typing import Optional, Sequence

import pytest

from extract.qualifiers import qualify


def _q(sentence: str, amount: str, labels: Sequence[str] = ()):
    at = sentence.index(amount)
    return qualify(sentence, at, at + len(amount), labels=labels)


CATEGORIES = [  # (sentence, amount, labels, category)
    # a cue denied after a comma or parenthesis names what the amount is not
    ("• A part-time evening diploma in analytics: $4,900", "$4,900", ["Diplomas and exams (all fees, not pay)"], "cost"),
    ("• Cloud architect exam: EUR 150", "EUR 150", ["Training (these are costs rather than salary)"], "cost"),
    ("• Regional weighting: £2,000", "£2,000", ["Extras (paid as salary, not costs)"], "salary"),
    # courses, exams and bootcamps have prices
    ("Weekend welding course, now $299 (was $399).", "$299", [], "cost"),
    ("The licensing exam: A$180.", "A$180", [], "cost"),
    ("A 10-week coding bootcamp runs about £6,500.", "about £6,500", [], "cost"),
    ("Pool access, usually subsidised down to £15 a month", "£15", [], "cost"),
    # "over the course of", "of course": no course of study
    ("Over the course of a year, riders earn about $31,000.", "about $31,000", [], "salary"),
    ("Of course, juniors start lower, at $52,000 a year.", "$52,000", [], "salary"),
    # a job title holding a cue word is no cost
    ("Charge Nurse · Denver, CO · Up to $61 per hour", "Up to $61", [], "salary"),
    ("Senior cost estimators take home about $88,000 a year.", "about $88,000", [], "salary"),
    ("Loan officers average $67,000 a year in base pay.", "$67,000", [], "salary"),
    # a cue in a relative clause is that clause's amount's
    ("Kelpware, which raised $30 million in 2023, advertises designer roles at $95,000–$110,000.", "$95,000–$110,000", [], "salary"),
    ("Kelpware, which raised $30 million in 2023, advertises designer roles at $95,000–$110,000.", "$30 million", [], "market"),
    ("the top-paying sectors advertised packages of A$140,000 or more", "A$140,000", [], "salary"),
    # a consequence clause after a comma is about something else
    ("Graduates usually start at about €31,000, so most repay the tuition within three years.", "about €31,000", [], "other"),
    # negatives: a course price stays a cost when pay is named elsewhere in the sentence
    ("The course costs $2,000, while graduates earn $60,000.", "$2,000", [], "cost"),
    ("The course costs $2,000, while graduates earn $60,000.", "$60,000", [], "salary"),
    ("Plumbers earn $70,000, not $50,000 as often claimed.", "$70,000", [], "salary"),
]


@pytest.mark.parametrize("sentence, amount, labels, category", CATEGORIES)
def test_category(sentence: str, amount: str, labels: Sequence[str], category: str) -> None:
    assert _q(sentence, amount, labels).category == category


PERIODS = [  # (sentence, amount, labels, period)
    # ", or X an hour" restates an amount that has a period of its own
    ("The survey puts the mean annual wage for welders at $51,200, or $24.60 an hour.", "$51,200", [], "year"),
    ("The survey puts the mean annual wage for welders at $51,200, or $24.60 an hour.", "$24.60", [], "hour"),
    # "(or X a month)": another way to pay, not this amount's period
    ("A 16-week course costs €7,200 (or €950 a month over eight months).", "€7,200", [], None),
    # a share with a period word: the share's own bonus
    ("Hiring a data engineer at €70,000–€80,000, plus a 15% annual bonus.", "€70,000–€80,000", [], None),
    ("RSUs of $200,000 vesting 25% a year", "$200,000", [], None),
    # a caption with several periods: the column's noun picks one
    ("$98,000", "$98,000", ["Average salary", "Ohio", "Pay by state: average annual salary and hourly rate, 2025"], "year"),
    ("$41.20", "$41.20", ["Avg hourly rate", "Ohio", "Pay by state: average annual salary and hourly rate, 2025"], "hour"),
    # negatives: a column naming neither noun, and a caption of one period kept as before
    ("$98,000", "$98,000", ["Median", "Ohio", "Pay by state: average annual salary and hourly rate, 2025"], None),
    ("$98,000", "$98,000", ["Average salary", "Ohio", "Average annual salary by state"], "year"),
    # an alternative with "or" and no comma shares the period
    ("New hires earn $40,000 or $45,000 a year.", "$40,000", [], "year"),
]


@pytest.mark.parametrize("sentence, amount, labels, period", PERIODS)
def test_period(sentence: str, amount: str, labels: Sequence[str], period: Optional[str]) -> None:
    assert _q(sentence, amount, labels).period == period


STATISTICS = [  # (sentence, amount, statistic)
    # a difference from a statistic is no statistic
    ("Indeed puts the average welder salary at $52,300, roughly $3,100 less than the fitter average.", "roughly $3,100", None),
    ("₹6 lakh a year, in line with the national median.", "₹6 lakh", None),
    ("Their pay, at roughly $58,000, sits well above the median.", "roughly $58,000", None),
    # ... but the statistic before it stays
    ("The mean wage, $61,400, sits above the median because a few earn far more.", "$61,400", "mean"),
    # a statistic after "plus" is the added amount's
    ("Glassdoor puts the median base pay at $72,000 a year, plus an average annual bonus of about $6,000.", "$72,000", "median"),
    ("Glassdoor puts the median base pay at $72,000 a year, plus an average annual bonus of about $6,000.", "about $6,000", "mean"),
    # "an average bonus of": a statistic of pay
    ("members earned a mean base salary of $98,000 and an average bonus of $9,500.", "$9,500", "mean"),
    # negatives: a comparison with another amount says nothing of this one's statistic
    ("Remote staff earned a median of $101,000, compared with $108,000 for office staff.", "$101,000", "median"),
    ("the median package stood at ₹14 LPA, against ₹15 LPA last year.", "₹14 LPA", "median"),
    ("an average engineer earns between $70,000 and $90,000", "$70,000", None),
]


@pytest.mark.parametrize("sentence, amount, statistic", STATISTICS)
def test_statistic(sentence: str, amount: str, statistic: Optional[str]) -> None:
    assert _q(sentence, amount).statistic == statistic


def test_difference_from_statistic_is_pay() -> None:
    """An amount compared with a statistic of pay, with no category word, is pay."""
    s = "At about R 40 to the dollar, that is roughly R 52,000, comfortably above the local median."
    assert _q(s, "roughly R 52,000").category == "salary"


COMPONENTS = [  # (sentence, amount, pay_component)
    ("Christmas money is usual there; at one insurer it comes to about 2.400 € gross.", "about 2.400 €", "bonus"),
    ("Senior engineer in Hamburg: 76.000 € plus 2.000 € Weihnachtsgeld.", "2.000 €", "bonus"),
    ("the average base pay is £51,000 per year, plus additional cash pay of around £4,000 a year", "around £4,000", "bonus"),
    # negatives
    ("Senior engineer in Hamburg: 76.000 € plus 2.000 € Weihnachtsgeld.", "76.000 €", None),
    ("Bonuses are excluded: the base is $90,000, not the bonus.", "$90,000", "base"),
]


@pytest.mark.parametrize("sentence, amount, component", COMPONENTS)
def test_pay_component(sentence: str, amount: str, component: Optional[str]) -> None:
    assert _q(sentence, amount).pay_component == component


@pytest.mark.parametrize("labels, category", [
    (["Entry level (0-3 years)", "Coding Bootcamps"], "other"),  # a heading naming a topic states no price
    (["Exam fees"], "cost"),  # a fee word in a label still does
    (["Course fee"], "cost"),
])
def test_learner_nouns_in_labels(labels: Sequence[str], category: str) -> None:
    assert _q("$63,000", "$63,000", labels).category == category


GAPPED = [  # (sentence, amount, statistic, pay_component)
    ("Engineers in consulting reported a median base of $91,000; those in industry, $104,000.", "$104,000", "median", "base"),
    ("Nurses report an average base of $70,000; in Ohio, about $66,000.", "about $66,000", "mean", "base"),
    # negatives: a clause with words after its amount says something of its own
    ("Nurses report an average base of $70,000; by contrast, $2,000 goes to parking.", "$2,000", None, None),
    ("Nurses report an average base of $70,000; travel nurses often clear $3,000 a week.", "$3,000", None, None),
]


@pytest.mark.parametrize("sentence, amount, statistic, component", GAPPED)
def test_gapped_clause(sentence: str, amount: str, statistic: Optional[str], component: Optional[str]) -> None:
    q = _q(sentence, amount)
    assert (q.statistic, q.pay_component) == (statistic, component)


@pytest.mark.parametrize("sentence, amount, period", [
    ("Locum Work: How $2,500-a-Week Assignments Pay", "$2,500", "week"),
    ("the $25-an-hour floor", "$25", "hour"),
    ("a $90,000-a-year job", "$90,000", "year"),
    ("a $5,000-plus bonus", "$5,000", None),  # a hyphen with no period word
])
def test_hyphenated_period(sentence: str, amount: str, period: Optional[str]) -> None:
    assert _q(sentence, amount).period == period
