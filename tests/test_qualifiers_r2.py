"""Qualifier readings added in accuracy round 2 (invented sentences)."""

from __future__ import annotations

import pytest

from extract.qualifiers import qualify


def _q(sentence: str, amount: str):
    i = sentence.index(amount)
    return qualify(sentence, i, i + len(amount))


@pytest.mark.parametrize(
    ("labels", "component"),
    [
        # a label of one component word alone, a statistic word before it passed over
        (["Avg. basic"], "base"),
        (["Median basic"], "base"),
        (["Basic"], "base"),
        (["Average total"], "total"),
        # negatives: more words than the label word; a statistic alone
        (["Basic needs"], None),
        (["Average"], None),
    ],
)
def test_component_labels(labels: list[str], component: object) -> None:
    assert qualify("Dh4,100", 0, 7, labels=labels).pay_component == component


@pytest.mark.parametrize(
    ("sentence", "amount", "period"),
    [
        # a working week of so many hours
        ("On a 36-hour week that works out at $1,980.", "$1,980", "week"),
        ("Over a standard 37.5-hour working week, that is about £600.", "£600", "week"),
        # a restatement after a year, or of another order, keeps its period to itself
        ("The survey puts annual pay for welders at $52,000 in 2024, or $1,000 a week.", "$52,000", "year"),
        ("Junior roles start at £21,000 to £24,000, or roughly £11 an hour on temp contracts.", "£21,000 to £24,000", None),
        # a sum of another order after a period stated for an amount before it
        ("Welders earn $1,125 a week, compared with $43,500 for all workers.", "$43,500", None),
        # negatives: coordinated amounts of one order share the period; a conversion of another currency
        ("Pay is $40,000, or $45,000 a year with overtime.", "$40,000", "year"),
        ("Welders earn $1,000 a week, and fitters about $1,100.", "$1,100", "week"),
        ("Nurses earn AED 16,525 a month (roughly US$4,500).", "US$4,500", "month"),
        ("A 40-hour course costs $400.", "$400", None),
        ("Is $3,500 a good salary? · What the 36-hour week means", "$3,500", None),
        ("Trainees work a 36-hour week at $27.15 per hour, about $50,825 annualized.", "$50,825", "year"),
        ("The minimum is 1 985 € gross a month on a 37-hour week.", "1 985 €", "month"),
        ("The minimum is A$32 per hour, or A$1,152 for a 36-hour week.", "A$1,152", "week"),
        # amounts of one period may differ tenfold: the cash wage and the tipped median
        ("Servers get a cash wage of $2.83 an hour, and the tipped median is above $31.", "$31", "hour"),
    ],
)
def test_periods(sentence: str, amount: str, period: object) -> None:
    assert _q(sentence, amount).period == period


@pytest.mark.parametrize(
    ("sentence", "amount", "category"),
    [
        # what a commuter pays
        ("Parking near the depot is $220 a month.", "$220", "cost"),
        # negatives: a flat amount of pay
        ("Bilingual staff receive a flat $800 a year.", "$800", "salary"),
        ("Couriers earn $150 a day.", "$150", "salary"),
    ],
)
def test_categories(sentence: str, amount: str, category: str) -> None:
    assert _q(sentence, amount).category == category
