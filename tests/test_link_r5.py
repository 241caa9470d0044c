"""Round 5 linking: the entry level read from a verb of starting out right before a pay amount."""

from __future__ import annotations

from typing import Optional

import pytest

from tests.test_link import fact_at


# invented sentences, shaped like the salary guides' "X usually start at ..." answers
@pytest.mark.parametrize("text, amount, seniority", [
    ("Dispatchers usually start at $19,500 to $23,000 a month in Puebla.", "$19,500", "entry"),
    ("Ward clerks typically start around $21 an hour.", "$21", "entry"),
    ("Most new welders start between $18 and $22 an hour.", "$18", "entry"),
    ("Graduate surveyors started on £29,000 a year.", "£29,000", "entry"),
    # negatives: a floor, a transitive use, years stated, a level word already there
    ("Hourly contracts for analysts start from €25 per hour.", "€25", None),
    ("The depot starts local drivers at $20 an hour.", "$20", None),
    ("Foremen with 7+ years in the trade start at $72,000 a year.", "$72,000", None),
    ("Senior engineers start at $150,000 a year.", "$150,000", "senior"),
    ("Nurses earn $70,000 a year.", "$70,000", None),
])
def test_start_verb(text: str, amount: str, seniority: Optional[str]) -> None:
    assert fact_at(text, amount).seniority == seniority
