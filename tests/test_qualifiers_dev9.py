"""Readings added in the dev9 round: time phrases after an amount, periodic publications, per-money rates,
average CTCs and fixed pay."""

import pytest

from extract.money import find_money
from extract.qualifiers import qualify


def _q(sentence: str, amount: str):
    for m in find_money(sentence):
        if amount in sentence[m.start : m.end]:
            return qualify(sentence, m.start, m.end, amounts=find_money(sentence))
    raise LookupError(amount)


@pytest.mark.parametrize("sentence, amount, facet, expected", [
    # a year earlier / ago: a time, not the pay period (the elliptical day rate keeps its own period)
    ("The median day rate was £525 this spring, down from £540 a year earlier.", "£540", "period", "day"),
    ("Analysts made $61,000 a year ago and $64,000 today.", "$61,000", "period", None),
    # negative: "a year" followed by an ordinary word is the pay period
    ("Analysts made $61,000 a year before tax.", "$61,000", "period", "year"),
    # a periodic publication gives no pay period
    ("The average salary was $70,100, according to the union's annual survey of members.", "$70,100", "period", None),
    ("Pay averaged $70,100 a year, the annual report said.", "$70,100", "period", "year"),
    # a rate per a sum of money takes no period from a later amount
    ("The rate is $2.10 per $1,000 of value, so a typical owner pays about $900 a year.", "$2.10", "period", None),
    ("Owners pay about $900 a year.", "$900", "period", "year"),
    # an average CTC or package is a mean
    ("The report shows an average CTC of ₹14.2 lakh per annum.", "14.2", "statistic", "mean"),
    ("An average package of ₹9 lakh was reported.", "₹9 lakh", "statistic", "mean"),
    ("An average engineer earns ₹9 lakh.", "₹9 lakh", "statistic", None),
    # the fixed part of a package is its base
    ("Of the ₹40 lakh offer, roughly ₹25 lakh is fixed pay.", "₹25 lakh", "pay_component", "base"),
    ("She was hired at INR 30 lakh per annum, of which INR 22 lakh is fixed.", "INR 22 lakh", "pay_component", "base"),
    ("The chief executive received a fixed salary of €900,000.", "€900,000", "pay_component", "base"),
    ("She was hired at INR 30 lakh per annum.", "INR 30 lakh", "pay_component", None),
])
def test_dev9_readings(sentence: str, amount: str, facet: str, expected: object) -> None:
    assert getattr(_q(sentence, amount), facet) == expected
