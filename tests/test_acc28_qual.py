"""dev28 round, money and qualifiers: legal ceilings, benefits in kind, payers' rates and programme prices as
categories; a bonus joined on top; packages named by period; changes of pay; periods per modified unit and across
a relative clause; statistics of an exchange rate; approximate noun phrases and named minimums.

Sentences are made up in the style of the class, not copied from the dev28 articles.
"""

from __future__ import annotations

import pytest

from extract.money import find_money
from extract.qualifiers import qualify


def _q(sentence: str, text: str):
    m = next(m for m in find_money(sentence) if text in m.text)
    return m, qualify(sentence, m.start, m.end)


@pytest.mark.parametrize("sentence, text, category", [
    # a share of a legal ceiling, restated as an amount, is a threshold
    ("The statute limits the bonus pool at 50 % of the yearly pension ceiling, or 21 300 € per worker.", "21 300", "other"),
    ("Contributions stop at $9,100 a month (the ceiling set in 2025).", "9,100", "other"),
    # a benefit in kind named before a parenthetical remark and "worth"
    ("Staff get a meal voucher (digital, via an app) worth 8 € to 11 € per working day.", "8 €", "other"),
    # payroll taxes are a tax
    ("The employer's part is free of social charges up to 6,50 € per voucher.", "6,50", "other"),
    # what a public payer pays a provider is a price
    ("The state plan reimburses home care at about $26 per hour.", "26", "cost"),
    # the price of a whole programme
    ("A master's in finance from a private school: about ₦8 million for the full programme", "8 million", "cost"),
    # "Market" in a firm's name on a pay-sized amount is no market size
    ("Corner Market pays its cashiers $15.40 an hour.", "15.40", "salary"),
    ("The market for home care is worth $90 billion.", "90 billion", "market"),
])
def test_category(sentence, text, category):
    assert _q(sentence, text)[1].category == category


@pytest.mark.parametrize("sentence, text, component", [
    # a bonus joined on top: the amount is the pay before it
    ("In Nantes a mid-level tester at Acme can expect around 44 000 € plus profit-sharing.", "44 000", "base"),
    ("Store managers earn $61,000 a year + bonus.", "61,000", "base"),
    # ... a bonus with a size of its own leaves the amount's component open
    ("Store managers earn $61,000 a year, plus a quarterly bonus of up to $4,000.", "61,000", None),
    # ... unless the bonus is denied
    ("Temps earn between ₦70,000 and ₦95,000 a month, with no 13th-month bonus.", "₦70,000", None),
    # a package named by its period is the annual salary, not a total
    ("Over 13 months, the same annual package gives a monthly salary of about 3 100 €.", "3 100", None),
    ("That is closer to a salaried package of 64 000 € a year.", "64 000", None),
    ("Their total annual package is $140,000.", "140,000", "total"),
    # the size of a change of pay takes no component
    ("Check the base rate: shift differentials can be worth more than a $2 raise.", "$2", None),
])
def test_pay_component(sentence, text, component):
    assert _q(sentence, text)[1].pay_component == component


@pytest.mark.parametrize("sentence, text, period", [
    ("After 40 hours, a caregiver earns $27.30 for every overtime hour.", "27.30", "hour"),
    ("Pilots log $95 per overtime hour on long-haul rotations.", "95", "hour"),
    # a relative clause of its own after the amounts the period is stated for
    ("Rent runs about 1 100 € a month in Lille, against 900 € in Lyon, which is why many testers accept 5 000 € "
     "less salary.", "5 000", None),
    ("Rent runs about 1 100 € a month in Lille and 900 € in Lyon.", "900", "month"),
])
def test_period(sentence, text, period):
    assert _q(sentence, text)[1].period == period


def test_exchange_rate_statistic():
    s = "Figures were converted at about KSh 129 per US dollar, the average official rate in March 2025."
    m, q = _q(s, "129")
    assert (q.category, q.statistic, q.period) == ("other", "mean", None)
    s = "The average salary is converted at KSh 129 per US dollar."
    assert _q(s, "129")[1].statistic is None


def test_statistic_noun_two_words_ahead():
    s = "Aides earn $17.10 an hour, the average hourly rate across the state."
    assert _q(s, "17.10")[1].statistic == "mean"
    s = "That costs $9,000, far less than the average four-year degree."
    assert _q(s, "9,000")[1].statistic is None


def test_approximate_noun_phrase():
    m = find_money("After costs, that is nearly a permanent salary of 58 000 € a year.")[0]
    assert m.approx and m.text.startswith("58 000")
    m = find_money("It is close to the regional average of $48,200 a month.")[0]
    assert not m.approx
    m = find_money("Readers wrote to complain about a fee of $40.")[0]
    assert not m.approx


def test_named_minimum_with_indefinite_article():
    m = find_money("Aides in the city are owed a separate home care minimum of $19.10 an hour.")[0]
    assert (m.amount_min, m.amount_max) == (19.10, 19.10)
    m = find_money("The role pays a minimum of $19.10 an hour.")[0]
    assert (m.amount_min, m.amount_max) == (19.10, None)
