"""Qualifier readings added in the dev15 round (invented sentences)."""

from __future__ import annotations

import pytest

from extract.qualifiers import qualify


@pytest.mark.parametrize(
    ("sentence", "amount", "labels", "category"),
    [
        # a heading denying a category in a relative clause names what its items are not
        ("Parking permit: $300 a year", "$300 a year", ("Expenses that aren't pay",), "cost"),
        ("Safety boots: about $150", "about $150", ("Costs that are not wages",), "cost"),
        ("Union dues: $40 a month", "$40 a month", ("Costs which aren’t salary",), "cost"),
        # negatives: no denial, or the relative clause denies something else
        ("Night shift: $300 a week", "$300 a week", ("Pay that is not taxed",), "salary"),
        ("Night shift: $300 a week", "$300 a week", ("Extra pay",), "salary"),
        ("Parking permit: $300 a year", "$300 a year", ("Costs",), "cost"),
    ],
)
def test_denied_category_in_label(sentence: str, amount: str, labels: tuple[str, ...], category: str) -> None:
    start = sentence.index(amount)
    assert qualify(sentence, start, start + len(amount), labels=labels).category == category
