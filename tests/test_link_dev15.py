"""Linking readings added in the dev15 round (invented sentences)."""

from __future__ import annotations

import pytest

from tests.test_link import facts_of

_LEVEL_TABLE = ("{intro}\nCityAverage salaryFresher (1-2 yrs)Senior (9+ yrs)\n"
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


@pytest.mark.parametrize(
    ("text", "amount", "role", "period"),
    [
        # a line of several priced listings is read one listing at a time
        ("Related jobs: Welder – Acme Steel, Leeds – £18/hr · Electrician – Volt Group, York – £45k + bonus"
         " · Plumber – Pipe Co, Hull – £30,000–£35,000\n", "£30,000–£35,000", "plumber", None),
        ("Related jobs: Welder – Acme Steel, Leeds – £18/hr · Electrician – Volt Group, York – £45k + bonus"
         " · Plumber – Pipe Co, Hull – £30,000–£35,000\n", "£45k", "electrician", None),
        ("Related jobs: Welder · Leeds · £18/hr — Plumber · Hull · £30,000\n", "£30,000", "plumber", None),
        ("Related jobs: Welder · Leeds · £18/hr — Plumber · Hull · £30,000\n", "£18", "welder", "hour"),
        # negatives: one listing of fields; a sentence with one period for both amounts
        ("Plumber · Pipe Co · Hull · £30,000–£35,000\n", "£30,000–£35,000", "plumber", None),
        ("Welders earn £18 to £22 an hour.\n", "£18 to £22", "welder", "hour"),
    ],
)
def test_line_of_listings(text: str, amount: str, role: object, period: object) -> None:
    found = {f.text: f for f in facts_of(text)}[amount]
    assert (found.role, found.period) == (role, period)


def test_listing_pay_part_not_carried() -> None:
    text = ("Related jobs: Welder – Acme Steel, Leeds – £40k + super · Fitter – Bolt Ltd, York – £30,000–£35,000\n")
    assert {f.text: f for f in facts_of(text)}["£30,000–£35,000"].pay_component is None
