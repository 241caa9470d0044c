"""Round 29, money qualifiers, experience and seniority: post-qualification years, NQ, open-below
experience, basic after an amount, package intros, shares of people, pay-scale ends."""

import pytest

from extract.experience import find_experience, find_label_experience, find_seniority
from extract.money import find_money
from extract.qualifiers import qualifier_rules, qualify, _label_values


def _exp(text):
    return [(e.text, e.min_years, e.max_years) for e in find_experience(text)]


def _q(sentence, amount):
    start = sentence.index(amount)
    return qualify(sentence, start, start + len(amount))


@pytest.mark.parametrize("text, expected", [
    # PQE is itself a count of years of experience, as YOE is
    ("A 4 PQE lawyer in Dublin is on €98,000.", [("4 PQE", 4, 4)]),
    ("Banking associate, 2–4 PQE, Edinburgh: £70,000", [("2–4 PQE", 2, 4)]),
    ("Counsel roles want 7+ PQE.", [("7+ PQE", 7, None)]),
    ("partners-in-waiting at 9 PQE and above earn more", [("9 PQE and above", 9, None)]),
    ("lawyers with 6 years' PQE command a premium", [("6 years' PQE", 6, 6)]),
    # newly qualified is zero years at the low end of a range
    ("Tax Solicitor, NQ-3 PQE, Cardiff: £45,000", [("NQ-3 PQE", 0, 3)]),
    ("NQ salaries in Bristol rose to £60,000", []),
    # an amount open below after the unit
    ("1 year or less$41,000", []),
    ("drivers with 3 years or less of experience earn $52,000", [("3 years or less of experience", None, 3)]),
])
def test_experience_years(text, expected):
    assert _exp(text) == expected


def test_label_open_below():
    e = find_label_experience("4 years or fewer")
    assert (e.min_years, e.max_years) == (None, 4)
    e = find_label_experience("16 years or more")
    assert (e.min_years, e.max_years) == (16, None)


@pytest.mark.parametrize("text, expected", [
    ("The firm pays its NQs £95,000 in London.", [("NQs", "entry")]),
    ("NQ\t£62,000\t£58,000", [("NQ", "entry")]),
    ("Lawyers, NQ–2 PQE, Leeds: £50,000", []),  # the low end of a range of years, not a level
    ("most new agents earn little at first", [("new", "entry")]),
    ("A brand-new agent often earns under $15,000", [("brand-new", "entry")]),
    ("registered nurses (RNs) and LPNs earn more", []),
])
def test_seniority(text, expected):
    assert [(m.text, m.value) for m in find_seniority(text)] == expected


@pytest.mark.parametrize("sentence, amount, component", [
    ("an accountant starts on around AED 9,000 a month basic, while managers earn more", "AED 9,000", "base"),
    ("might take home QAR 30,000 a month in total, of which only QAR 18,000 is basic.", "QAR 18,000", "base"),
    ("might take home QAR 30,000 a month in total, of which only QAR 18,000 is basic.", "QAR 30,000", "total"),
    ("bonus-eligible fitters in Perth often pass A$150,000.", "A$150,000", None),
    ("commission-based brokers regularly clear $250,000 a year.", "$250,000", None),
])
def test_pay_component(sentence, amount, component):
    assert _q(sentence, amount).pay_component == component


def test_signing_bonus_takes_no_period():
    s = "The bank advertises analyst roles at RM 9,000 a month, plus a signing bonus of RM 5,000."
    assert _q(s, "RM 9,000").period == "month"
    assert _q(s, "RM 5,000").period is None


@pytest.mark.parametrize("sentence, amount, period", [
    ("Startups offer Rp15-20 juta per bulan for juniors.", "Rp15-20 juta", "month"),
    ("Senior engineers earn Rp 400 juta per tahun.", "Rp 400 juta", "year"),
])
def test_indonesian_periods(sentence, amount, period):
    assert _q(sentence, amount).period == period


def test_pass_is_a_floor():
    s = "Many experienced welders pass $95,000 with overtime."
    (m,) = find_money(s)
    assert (m.amount_min, m.amount_max) == (95000, None)


@pytest.mark.parametrize("sentence, amount, category", [
    # a share of people is no cap on a share of money
    ("the lowest-paid 10 percent of cooks earned less than $24,000 a year.", "$24,000", "salary"),
    ("the plan pays 5% of your salary up to $3,000 a month.", "up to $3,000", "other"),
    # the ends of a pay scale are pay
    ("Band 7 nurses can reach £57,000 at the top of the scale.", "£57,000", "salary"),
    # a sales job is no sales figure; a home sale is a price
    ("Managers reported a median income of $90,000, while sales associates came in at $38,000.", "$38,000", "salary"),
    ("On a $450,000 home sale, a 5% commission is $22,500.", "$450,000", "cost"),
])
def test_category(sentence, amount, category):
    assert _q(sentence, amount).category == category


@pytest.mark.parametrize("label, component", [
    ("A typical package for a hotel manager includes:", None),
    ("Here is how these packages are built:", None),
    ("Total package by city:", "total"),
    ("Dubai has become a base for engineers who work remotely, usually as contractors:", None),
])
def test_intro_component(label, component):
    assert _label_values(label, qualifier_rules())[2] == component
