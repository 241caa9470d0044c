"""Qualifier readings added in accuracy round 4 (invented sentences)."""

from __future__ import annotations

from typing import Optional

import pytest

from extract.money import find_money
from extract.qualifiers import dates_rate, qualify


@pytest.mark.parametrize(
    ("sentence", "component"),
    [
        # parts summed before the amount name its total
        ("Total pay, base salary plus bonus and profit sharing, runs from $60,000 to $90,000 a year.", "total"),
        ("Base plus commission: $70,000", "total"),
        ("Base pay + bonus comes to $8,000 a month.", "total"),
        # a package's gross sum
        ("Total gross: $5,200 a month", "total"),
        # negatives: the parts after the amount (bonus on top), a bonus alone, a base alone
        ("He earns $87,645 base plus bonus.", "base"),
        ("The annual bonus reaches $9,000.", "bonus"),
        ("Base salary: $4,000 a month", "base"),
        ("Gross pay reaches $4,000 a month.", None),
    ],
)
def test_summed_component(sentence: str, component: Optional[str]) -> None:
    m = find_money(sentence)[0]
    assert qualify(sentence, m.start, m.end).pay_component == component


@pytest.mark.parametrize(
    ("sentence", "year", "dated"),
    [
        ("At roughly 875 to the US dollar (May 2025), the wage is $300", "(May", True),
        ("At roughly 875 to the euro, as of 3 May 2025, the wage is $300", "2025", True),
        # known gap: the rate's noun followed by a word reads as its modifier ("dollar in")
        pytest.param("At 875 to the dollar in 2025 the wage is $300", "2025", True,
                     marks=pytest.mark.xfail(strict=True, reason="'dollar in' read as modifier and noun")),
        # negatives: words of another clause between, no currency noun after the rate
        ("At 875 to the dollar, salaries in 2025 rose", "2025", False),
        ("At 875 per month (May 2025), the wage is $300", "(May", False),
    ],
)
def test_dates_rate(sentence: str, year: str, dated: bool) -> None:
    rate_end = sentence.index("875") + 3
    assert dates_rate(sentence, rate_end, sentence.index(year)) is dated
