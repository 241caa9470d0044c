"""Qualifier readings added in the dev16 round (invented sentences)."""

from __future__ import annotations

import pytest

from extract.qualifiers import qualify


def _q(sentence: str, amount: str):  # type: ignore[no-untyped-def]
    start = sentence.index(amount)
    return qualify(sentence, start, start + len(amount))


@pytest.mark.parametrize(
    ("sentence", "amount", "category"),
    [
        # the price a share is taken of is not what the amount is
        ("Installers get $24 per hour plus 5% of every ticket they close.", "$24", "salary"),
        ("Installers get $24 per hour plus 5% of every ticket, and the best clear $95,000 a year.", "$95,000", "salary"),
        # a requirement in a remark on the label is not the amount's price
        ("Master welder (three years as a fitter, plus exam): $41 to $53 per hour", "$41 to $53", "salary"),
        # "(tax not included)" says nothing of the category
        ("The certification exam is $315 (tax not included).", "$315", "cost"),
        # negatives: the share's base is the amount, a share of pay is pay, the label is the price
        ("Agents keep 3% of the ticket price of $400.", "$400", "cost"),
        ("A step is worth 2.5% of salary, or roughly $3,150 a year.", "roughly $3,150", "salary"),
        ("Exam fee (first attempt): $38", "$38", "cost"),
        ("Download our Welding Guide (PDF) – $19.90", "$19.90", "cost"),
    ],
)
def test_category(sentence: str, amount: str, category: str) -> None:
    assert _q(sentence, amount).category == category


@pytest.mark.parametrize(
    ("sentence", "amount", "component"),
    [
        # a bonus joined on top of the amount is not its component
        ("Developers earn $5,250 a month plus a yearly bonus.", "$5,250", None),
        ("A developer on $5,275 a month with bonuses of 2 months earns more.", "$5,275", None),
        # ... a bare bonus noun joined right after it makes the amount the pay before the bonus (dev28 round)
        ("Analysts earn $90,000 + bonus.", "$90,000", "base"),
        # negatives: the amount is the bonus
        ("Analysts earn a $10,000 bonus.", "$10,000", "bonus"),
        ("Analysts get $10,000 as a signing bonus.", "$10,000", "bonus"),
    ],
)
def test_bonus_on_top(sentence: str, amount: str, component: object) -> None:
    assert _q(sentence, amount).pay_component == component


@pytest.mark.parametrize(
    ("sentence", "amount", "period"),
    [
        # an appositive restatement has its own period; the amount keeps the one before it
        ("The median annual salary for welders in Texas is $36,000, roughly $3,000 a month.", "$36,000", "year"),
        ("The median annual salary for welders in Texas is $36,000, roughly $3,000 a month.", "roughly $3,000", "month"),
        # negatives: no period of its own before, or no approximation word
        ("Rates run $30, about $35 an hour.", "$30", "hour"),
        ("Welders earn $30, $35 or $40 an hour.", "$30", "hour"),
    ],
)
def test_appositive_restatement(sentence: str, amount: str, period: object) -> None:
    assert _q(sentence, amount).period == period
