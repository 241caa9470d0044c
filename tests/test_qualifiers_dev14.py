"""Qualifier readings added in the dev14 round (invented sentences)."""

from __future__ import annotations

import pytest

from extract.qualifiers import qualify


@pytest.mark.parametrize(
    ("sentence", "amount", "statistic"),
    [
        # a statistic after the amount that opens the next clause belongs to that clause's amount
        ("The survey puts the mean wage for welders at $94,480, and the median wage at $86,070.", "$94,480", "mean"),
        ("The survey puts the mean wage for welders at $94,480, and the median wage at $86,070.", "$86,070", "median"),
        # negatives: a statistic after the amount in its own clause still reaches it
        ("Welders earned $50,000 on average.", "$50,000", "mean"),
        ("The median welder salary is $50,000, and bonuses add $5,000.", "$50,000", "median"),
    ],
)
def test_statistic_of_next_clause(sentence: str, amount: str, statistic: str) -> None:
    start = sentence.index(amount)
    assert qualify(sentence, start, start + len(amount)).statistic == statistic
