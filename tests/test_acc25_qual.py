"""dev25 round, qualifiers: lodging an employer charges its staff for, a payer paying a freelancer's
rate, an amount paid as a bonus, an amount stated as a part of the amount before it, an employer's ad."""

from __future__ import annotations

import pytest

from extract.money import find_money
from extract.qualifiers import qualify


def _q(sentence: str, text: str):
    """The qualifiers of the amount written ``text`` in ``sentence``."""
    m = next(m for m in find_money(sentence) if sentence[m.start : m.end] == text)
    return qualify(sentence, m.start, m.end)


@pytest.mark.parametrize("sentence, text", [
    ("Ski lodges pay lift operators $24 an hour, with staff accommodation at $140 a week.", "$140"),
    ("Kitchen hands on the island earn $4,900 a month, with staff housing deducted at about $95 a week.", "about $95"),
    ("Farm workers get $26 an hour; room and board costs them €70 a week.", "€70"),
])
def test_lodging_charged_to_staff_is_a_cost(sentence, text):
    assert _q(sentence, text).category == "cost"


def test_pay_before_the_lodging_stays_pay():
    s = "Ski lodges pay lift operators $24 an hour, with staff accommodation at $140 a week."
    assert _q(s, "$24").category == "salary"


def test_housing_allowance_stays_pay():
    s = "In Doha, Pearl Clinic offers nurses a basic of QAR 9,000 plus a QAR 3,000 housing allowance."
    assert _q(s, "QAR 3,000").category == "salary"


def test_payer_after_a_worker_charging_pays_the_worker():
    s = ("Independent translators usually charge €0.10 a word to agencies, while direct clients pay "
         "€0.14 to €0.18 a word for legal documents.")
    assert _q(s, "€0.14 to €0.18").category == "salary"


def test_payer_with_no_worker_charging_is_a_cost():
    s = "Staffing firms pay their developers in zloty even when the end client pays them €60 an hour."
    assert _q(s, "€60").category == "cost"


@pytest.mark.parametrize("sentence, text", [
    ("Base pay is $58,000, with the remaining $6,000 paid as an annual performance bonus.", "$6,000"),
    ("The offer is R480 000 fixed, and R40 000 is paid out as a joining bonus.", "R40 000"),
])
def test_amount_paid_as_a_bonus_is_a_bonus(sentence, text):
    assert _q(sentence, text).pay_component == "bonus"


def test_fixed_part_before_a_bonus_stays_base():
    s = "Base pay is $58,000, with the remaining $6,000 paid as an annual performance bonus."
    assert _q(s, "$58,000").pay_component == "base"


@pytest.mark.parametrize("sentence, text", [
    ("PayScale puts median total pay for actuaries at $118,000 a year, which includes about $9,000 in bonuses.",
     "about $9,000"),
    ("The median package is ₹18,00,000 per annum, of which ₹2,00,000 is variable pay.", "₹2,00,000"),
])
def test_part_of_a_yearly_median_is_yearly_and_no_median(sentence, text):
    q = _q(sentence, text)
    assert (q.period, q.statistic) == ("year", None)


def test_the_whole_keeps_its_median():
    s = "PayScale puts median total pay for actuaries at $118,000 a year, which includes about $9,000 in bonuses."
    q = _q(s, "$118,000")
    assert (q.period, q.statistic) == ("year", "median")


def test_bonus_right_after_another_amount_keeps_its_own_period():
    s = "Drivers earn $88.75 an hour plus a $12,000 sign-on bonus."
    assert _q(s, "$12,000").period is None


def test_employer_advertising_a_rate_is_pay():
    s = "Some mines advertise in US dollars, usually around US$45 per tonne moved."
    assert _q(s, "around US$45").category == "salary"


@pytest.mark.parametrize("sentence, text", [
    ("Advertise your vacancy to 40,000 nurses for $189.", "$189"),
    ("Advertise with us from £49 a month.", "£49"),
])
def test_a_job_board_selling_ads_is_a_cost(sentence, text):
    assert _q(sentence, text).category == "cost"
