"""Linking readings added in the dev15 round (invented sentences)."""

from __future__ import annotations

import pytest

from tests.test_link import facts_of

_LEVEL_TABLE = ("{intro}\nCityAverage salaryFresher (0-1 yr)Senior (8+ yrs)\n"
                "Leeds£41,000£25,000£58,000\nYork£38,000£23,000£52,000\nSource: Glassdoor\n")


@pytest.mark.parametrize(
    ("intro", "amount", "statistic"),
    [
        # the intro names the levels apart from its average: the average is the Average column's only
        ("Average annual salary of welders by city, with fresher and senior pay, 2025:", "£25,000", None),
        ("Average annual salary of welders by city, with fresher and senior pay, 2025:", "£52,000", None),
        ("Average annual salary of welders by city, with fresher and senior pay, 2025:", "£41,000", "mean"),
        # the intro's average of each level is carried
        ("Average annual salary of welders by city, with average fresher and senior pay, 2025:", "£25,000", "mean"),
        # negatives: an intro naming no level speaks of the level columns too
        ("Average annual salary of welders by city, 2025:", "£25,000", "mean"),
        ("Average annual salary of welders by city, 2025:", "£52,000", "mean"),
    ],
)
def test_intro_statistic_not_on_levels_it_names_apart(intro: str, amount: str, statistic: object) -> None:
    found = {f.text: f for f in facts_of(_LEVEL_TABLE.format(intro=intro))}
    assert found[amount].statistic == statistic
