"""Linking readings added in accuracy round 3 (invented sentences)."""

from __future__ import annotations

from typing import Optional

import pytest

from extract.link import label_experience
from tests.test_link import facts_of


@pytest.mark.parametrize(
    ("label", "found"),
    [
        ("6-9 years", ("6-9 years", 6.0, 9.0)),
        # a trailing aside without digits is not the level
        ("2-6 years (early career)", ("2-6 years", 2.0, 6.0)),
        ("25 years or more (final stage)", ("25 years or more", 25.0, None)),
        # the level after the last separator of a step or band label
        ("Grade 4 – 12+ years (top of grid)", ("12+ years", 12.0, None)),
        ("Band B | 3+ years", ("3+ years", 3.0, None)),
        # negatives: no years, a course's length, a step number alone
        ("Grade 4 – Principal", None),
        ("Degree (4 years)", None),
        ("Grade 7 (top)", None),
        ("Night shift", None),
    ],
)
def test_label_experience(label: str, found: Optional[tuple]) -> None:
    exp = label_experience(label)
    got = None if exp is None else (label[exp.start : exp.end], exp.min_years, exp.max_years)
    assert got == found


_LIST = "Welder pay by experience:\n\n• Trainee (0-2 years): $42,500\n{item}\n• Foreman (12+ yrs): $88,000\n"


@pytest.mark.parametrize(
    ("item", "amount", "years"),
    [
        # a list item's label states the years its amount is for
        ("• Journeyman (4-8 yrs): $63,000", "$63,000", (4.0, 8.0)),
        ("• Journeyman (4-8 yrs): $63,000", "$88,000", (12.0, None)),
        ("• 4-8 years (mid-career): $63,000", "$63,000", (4.0, 8.0)),
        # negatives: a label without years, a label holding the amount itself
        ("• Journeyman: $63,000", "$63,000", (None, None)),
        ("• Journeyman, 2024: $63,000", "$63,000", (None, None)),
    ],
)
def test_list_label_experience(item: str, amount: str, years: tuple) -> None:
    found = {f.text: f for f in facts_of(_LIST.format(item=item))}[amount]
    assert (found.experience_min_years, found.experience_max_years) == years


@pytest.mark.parametrize(
    ("lead", "years"),
    [
        ("Hourly minimum by experience:", (19.0, 19.0)),
        # negative: a list of ages is not of years of experience
        ("Hourly youth minimum by age:", (None, None)),
        ("Hourly minimum, lower below the age of 21:", (None, None)),
    ],
)
def test_list_of_ages(lead: str, years: tuple) -> None:
    text = f"{lead}\n\n• 19 years: €9.10\n• 20 years: €10.40\n"
    found = {f.text: f for f in facts_of(text)}["€9.10"]
    assert (found.experience_min_years, found.experience_max_years) == years


@pytest.mark.parametrize(
    ("text", "amount", "years"),
    [
        # years stated in the subject, before all amounts, reach every amount of the sentence
        ("Site leads, usually welders with 11+ years on rigs, earn a base of $93,750 and a bonus of up to $18,000.",
         "up to $18,000", (11.0, None)),
        ("Charge nurses, typically with 7-11 years on the ward, make $46 an hour, with overtime of about $67 an hour.",
         "about $67", (7.0, 11.0)),
        # negatives: a contrast, a semicolon, a new clause with its own subject
        ("Welders with 8+ years earn $90,000, while the median worker makes $50,000.", "$50,000", (None, None)),
        ("Welders with 8+ years earn $90,000; apprentices start at $40,000.", "$40,000", (None, None)),
        ("Welders with 7+ years earn $88,000, and a few contractors now offer $115,000 for offshore work.",
         "$115,000", (None, None)),
    ],
)
def test_subject_experience_reaches_amounts(text: str, amount: str, years: tuple) -> None:
    found = {f.text: f for f in facts_of(text)}[amount]
    assert (found.experience_min_years, found.experience_max_years) == years
