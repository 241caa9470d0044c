"""Readings added for the dev8 round: tips counted in, sign-on pay, prices of goods, lodging
and fuel, funding rounds, tax brackets, share prices, a bare "Total" header.

Each case: (sentence, the amount as written in it, labels) -> (category, statistic,
pay_component, period). Sentences are paraphrased, not copied from the articles.
"""

from __future__ import annotations

from typing import Any, Optional

import pytest

from extract.qualifiers import qualify

from .test_qualifiers import Expected, _check


TIPS_AND_ONE_OFF_PAY: list[Any] = [
    # tips counted in: total pay
    ("Our bartenders average $30–$36 an hour with tips on busy nights.", "$30–$36", (), ("salary", "mean", "total", "hour")),
    ("Cooks in Austin report a median of $24.10 an hour once tips are counted.", "$24.10", (),
     ("salary", "median", "total", "hour")),
    ("$27.40", "$27.40", ("Server (incl. tips)",), ("salary", None, "total", None)),
    # "+ tips" is an add-on, not a total; a base-wage header stays base
    ("$11.02", "$11.02", ("Server (base wage)",), ("salary", None, "base", None)),
    # a tip is the worker's pay; what is taken home is pay
    ("A 20% tip puts $3.10 in the waiter's pocket.", "$3.10", (), ("salary", None, None, None)),
    pytest.param("A 20% tip on the bill puts $3.10 in the waiter's pocket.", "$3.10", (), ("salary", None, None, None),
                 marks=pytest.mark.xfail(strict=True, reason="the nearer cost cue 'bill' wins over 'tip'")),
    ("A nurse on nights takes home about $1,100 a week.", "$1,100", (), ("salary", None, None, "week")),
    ("Salaried chef jobs over $60,000", "$60,000", (), ("salary", None, None, None)),
    # sign-on pay, equity, a discretionary award
    ("The package adds a $40,000 sign-on paid in two instalments.", "$40,000", (), ("salary", None, "bonus", None)),
    ("She was granted $250,000 in RSUs vesting over four years.", "$250,000", (), ("salary", None, None, None)),
    ("Senior associates may receive a discretionary award of up to $30,000.", "$30,000", (),
     ("salary", None, "bonus", None)),
    ("The bonus target works out to $14,000.", "$14,000", (), ("salary", None, "bonus", None)),
    ("A 10% bonus target works out to $14,000.", "$14,000", (), ("salary", None, "bonus", None)),
    # negatives: a share-of-pay bonus on top of the amount before it, or summed into the amount after a comma
    ("Base $90,000 + 10% bonus", "$90,000", (), ("salary", None, "base", None)),
    ("A $150K base with a 10% bonus and $30K/yr in RSUs comes to $195K TC.", "$30K", (), ("salary", None, None, "year")),
    ("With stock and a 10% target bonus, that comes to roughly $300,000.", "roughly $300,000", (),
     ("salary", None, None, None)),
    ("An offer of €52.000 in Porto goes further than in Paris.", "€52.000", (), ("salary", None, None, None)),
    # "averaging" is a mean
    ("Shift leads earned a base of $61,000, with bonuses averaging around $4,000.", "$4,000", (),
     ("salary", "mean", "bonus", None)),
    # a "TC" after "$300K" is not read as part of a capitalized name
    ("I said I would not move for anything under $300K TC, and they agreed.", "$300K", (),
     ("salary", None, "total", None)),
    # a retention award is pay but neither base nor clearly bonus (negative)
    ("The board approved a one-off retention award worth $3 million.", "$3 million", (), ("salary", None, None, None)),
]

PRICES_AND_OTHER: list[Any] = [
    ("The prix fixe menu is $95 per guest.", "$95", (), ("cost", None, None, None)),
    ("Cocktails $16-$21.", "$16-$21", (), ("cost", None, None, None)),
    ("Rooms at the lodge start from $240/night.", "$240", (), ("cost", None, None, None)),
    ("A studio typically needs a $5,000 deposit before you move in.", "$5,000", (), ("cost", None, None, None)),
    ("Diesel sold for $4.05 a gallon in July.", "$4.05", (), ("cost", None, None, None)),
    ("A new delivery van lists for roughly $60,000.", "roughly $60,000", (), ("cost", None, None, None)),
    ("The startup closed a round at a $300 million post-money valuation.", "$300 million", (),
     ("market", None, None, None)),
    ("The 41% bracket starts at €62,000 of taxable income.", "€62,000", (), ("other", None, None, None)),
    ("The share price closed at $9.80 on Friday.", "$9.80", (), ("other", None, None, None)),
    pytest.param("Preferred investors paid $9.80 per share in the last round.", "$9.80", (), ("other", None, None, None),
                 marks=pytest.mark.xfail(strict=True, reason="'paid' before the amount outweighs 'per share' after it")),
    ("Meal vouchers worth up to 9 € a day are tax-free.", "9 €", (), ("other", None, None, "day")),
    ("Relocation package of up to $5,000.", "$5,000", (), ("other", None, None, None)),
    # negatives: a weekend differential next to a free meal stays pay; a flat amount per hour is pay
    ("Weekend differential of $1/hour, free shift meal and paid time off.", "$1", (), ("salary", None, None, "hour")),
    ("It is usually a flat amount per hour, such as $1 to $3.", "$1 to $3", (), ("salary", None, None, "hour")),
]


@pytest.mark.parametrize("sentence, amount, labels, expected", TIPS_AND_ONE_OFF_PAY)
def test_tips_and_one_off_pay(sentence: str, amount: str, labels: tuple[str, ...], expected: Expected) -> None:
    _check(sentence, amount, labels, expected)


@pytest.mark.parametrize("sentence, amount, labels, expected", PRICES_AND_OTHER)
def test_prices_and_other(sentence: str, amount: str, labels: tuple[str, ...], expected: Expected) -> None:
    _check(sentence, amount, labels, expected)


TOTAL_HEADERS: list[Any] = [
    (("Total",), "total"),
    (("Total (USD)",), "total"),
    (("TOTAL",), "total"),
    (("Grand total",), "total"),
    # negatives: a header naming something else, or a base column
    (("Total rooms",), None),
    (("Base salary",), "base"),
    (("Year-end bonus",), "bonus"),
]


@pytest.mark.parametrize("labels, component", TOTAL_HEADERS)
def test_bare_total_header_states_total_pay(labels: tuple[str, ...], component: Optional[str]) -> None:
    q = qualify("$251,000", 0, 8, labels=("Associate compensation (annual)",) + labels)
    assert q.pay_component == component
