"""Readings added for the dev10 round: period words of other languages and modified units,
bonus-like pay, costs a worker pays, shares that are no statistic, counts that are no period."""

from __future__ import annotations

import pytest

from extract.qualifiers import qualify


def _q(sentence: str, amount: str):
    at = sentence.index(amount)
    return qualify(sentence, at, at + len(amount))


PERIODS = [  # (sentence, amount, period)
    ("A first officer earns $98 per flight hour in year 1.", "$98", "hour"),
    ("earns $98 per flight hour in year 1, rising to $162 by year 5", "$162", "hour"),
    ("In São Paulo R$ 40 per working day is common.", "R$ 40", "day"),
    ("that is 320 kr per holiday day.", "320 kr", "day"),
    ('Ads say "lön: 45 000 kr/mån".', "45 000 kr", "month"),
    ("Danish ones say kr 44.500 pr. md.", "kr 44.500", "month"),
    ("NOK 650 000 per år, paid monthly", "NOK 650 000", "year"),
    ("offered R$ 8.500,00 por mês under CLT", "R$ 8.500,00", "month"),
    ('"$25,000 MXN mensuales + prestaciones de ley"', "$25,000 MXN", "month"),
    ("an offer of MXN 420k al año", "MXN 420k", "year"),
    # negatives: a count of things per year, another amount's period
    ("It hires about 40 graduates a year and its posting advertised $71,201.", "$71,201", None),
    ("Rent costs around 9 500 kr a month, and a coffee at a café is 42 kr.", "42 kr", None),
    ("A health plan costs R$ 950 per employee per month, and firms add an allowance of R$ 200.", "R$ 200", None),
    ("First Officer · Cascadia · from $121.50/hr + $10K sign-on", "$10K", None),
    ("royalties paid out C$11,400 per head after launch", "C$11,400", None),
    # positives kept: an elliptical amount shares the period
    ("Mex$9,500 to Mex$12,000 a month, and bilingual agents about Mex$16,000.", "Mex$16,000", "month"),
]


@pytest.mark.parametrize("sentence, amount, period", PERIODS)
def test_period(sentence: str, amount: str, period: str | None) -> None:
    assert _q(sentence, amount).period == period


CATEGORIES = [  # (sentence, amount, category, pay_component)
    ("captains can clear $400,000 a year once profit sharing is included", "$400,000", "salary", "total"),
    ("paid out 9.5% of earnings as profit sharing; the average check was $21,400.", "$21,400", "salary", "bonus"),
    ("the whole team shares a royalty pool, which paid out C$11,400 per head", "C$11,400", "salary", "bonus"),
    ("the legal minimum aguinaldo is $15,000 MXN.", "$15,000 MXN", "salary", "bonus"),
    ("gave every member a one-time lump sum of $2,500.", "$2,500", "salary", None),
    ("his offer came with stock options valued at $40,000 over four years.", "$40,000", "salary", None),
    ("experienced Unreal developers command £550/day", "£550", "salary", None),
    ('A typical ad reads "$25,000 MXN mensuales + prestaciones de ley".', "$25,000 MXN", "salary", "base"),
    ("Many commuters also split a crash pad near the airport for about $450 a month.", "$450", "cost", None),
    ("pilots who leave must repay a prorated training contract of up to $18,000.", "$18,000", "cost", None),
    ("PSAC dues are deducted too, about $58 a month for most members.", "$58", "cost", None),
    ("Salary Guide 2025, print edition: CHF 29", "CHF 29", "cost", None),
    ("Careers Premium: $7.99 a month, cancel anytime.", "$7.99", "cost", None),
    ("after the game sold 1.2 million copies at C$39.99.", "C$39.99", "cost", None),
    # negatives: a market valued stays a market
    ("The start-up was valued at $2 billion.", "$2 billion", "market", None),
]


@pytest.mark.parametrize("sentence, amount, category, component", CATEGORIES)
def test_category_and_component(sentence: str, amount: str, category: str, component: str | None) -> None:
    q = _q(sentence, amount)
    assert (q.category, q.pay_component) == (category, component)


STATISTICS = [  # (sentence, amount, statistic)
    ("It is above the £28,000 median that the survey reports.", "£28,000", "median"),
    ("Income tax averages 32.4%, and a state tax is charged on income above 625 800 kr a year.", "625 800 kr", None),
    ("a salary of at least 80% of the median, which means at least 28 480 kr a month.", "28 480 kr", None),
    ("The median was $5,000 a month.", "$5,000", "median"),
    ("the average base pay is R$ 10.245 per month", "R$ 10.245", "mean"),
]


@pytest.mark.parametrize("sentence, amount, statistic", STATISTICS)
def test_statistic(sentence: str, amount: str, statistic: str | None) -> None:
    assert _q(sentence, amount).statistic == statistic
