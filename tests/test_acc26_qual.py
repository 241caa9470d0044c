"""dev26 round, qualifiers: a payer's outlay, what an amount is added to or paid for, a working week
opening a sentence, limits one may sign off, total remuneration, a refresher course."""

from __future__ import annotations

import pytest

from extract.money import find_money
from extract.qualifiers import qualify


def _q(sentence: str, text: str):
    """The qualifiers of the amount written ``text`` in ``sentence``."""
    m = next(m for m in find_money(sentence) if sentence[m.start : m.end] == text)
    return qualify(sentence, m.start, m.end)


@pytest.mark.parametrize("sentence, text", [
    ("If your employer gives no housing, expect to pay around CHF 2,100 a month for a studio in Zug.", "around CHF 2,100"),
    ("Expect to pay between $900 and $1,400 for a welding ticket course.", "$900 and $1,400"),
    ("Where kit is not supplied you should expect to pay €80 to €120 for safety boots.", "€80 to €120"),
])
def test_expect_to_pay_is_a_price(sentence, text):
    assert _q(sentence, text).category == "cost"


def test_expect_to_pay_a_worker_is_pay():
    s = "Clinics expect to pay senior hygienists A$52 an hour."
    assert _q(s, "A$52").category == "salary"


def test_amount_added_to_pay_is_pay():
    s = "A forklift ticket can add 80p to £1.50 an hour to your wage."
    assert _q(s, "80p to £1.50").category == "salary"


def test_amount_added_to_a_cost_stays_a_cost():
    s = "A travel card adds about €95 a month to your commuting costs."
    assert _q(s, "about €95").category == "cost"


def test_price_noun_naming_the_service_paid_for():
    s = ("Private tutors in Leeds say they charge $60–$90 an hour for beginners, "
         "and over $150 an hour for bar exam coaching.")
    assert _q(s, "$60–$90").category == "salary"
    assert _q(s, "over $150").category == "salary"


def test_price_noun_after_amount_without_pay_predicate_is_a_price():
    assert _q("Registration is $350 for the exam.", "$350").category == "cost"


def test_working_week_opening_the_sentence():
    s = "Over a 38-hour week, this comes to €720 gross, or about €37,400 a year."
    assert (_q(s, "€720").period, _q(s, "€720").category) == ("week", "salary")
    assert _q(s, "about €37,400").period == "year"


def test_working_week_does_not_override_a_rate_right_after():
    s = "Pickers work a 39-hour week at €15.20 an hour."
    assert _q(s, "€15.20").period == "hour"


def test_signing_authority_is_no_pay():
    s = "Branch managers may approve loans within a signing limit of up to $250,000."
    q = _q(s, "up to $250,000")
    assert (q.category, q.pay_component) == ("other", None)


def test_total_remuneration_is_total():
    s = "Their total remuneration, including share awards, often passes €4 million."
    assert _q(s, "€4 million").pay_component == "total"


def test_refresher_course_is_a_price():
    s = "The first certificate costs $600, while a refresher for renewing operators is about $150."
    assert _q(s, "about $150").category == "cost"
