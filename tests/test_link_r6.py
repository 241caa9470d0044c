"""Round 6 linking: years that close a sentence after all its amounts, as a requirement of the job they pay."""

from __future__ import annotations

from typing import Optional

import pytest

from tests.test_link import fact_at


# invented sentences, shaped like job-ad summaries in guides: pay, a bonus, then "; requires N+ years"
@pytest.mark.parametrize("text, amount, years", [
    ("• Acme Clinic (Reno, NV), Staff Dentist: $70-$85/hour plus a $12,000 sign-on bonus; requires 3+ years of clinical experience.",
     "$70-$85", 3.0),
    ("• Acme Clinic (Reno, NV), Staff Dentist: $70-$85/hour plus a $12,000 sign-on bonus; requires 3+ years of clinical experience.",
     "$12,000", 3.0),
    ("• Deputy Sheriff – County of Example – $61,000–$70,000/yr + $5,000 bonus – 4+ yrs sworn experience",
     "$61,000–$70,000", 4.0),
    # negatives: a contrast or comparison, another level between, the last amount's own phrase
    ("Juniors get $51,750 a year, while seniors get $90,000 with 9+ years in the role.", "$51,750", None),
    ("Clerks earn $30,000 a year plus a $2,000 bonus for a two-year commitment.", "$30,000", None),
    ("Agents earn ₱21,547 a month or ₱258,564 a year, more than most reps with 3-4 years of experience earn.",
     "₱21,547", None),
])
def test_trailing_requirement(text: str, amount: str, years: Optional[float]) -> None:
    assert fact_at(text, amount).experience_min_years == years
