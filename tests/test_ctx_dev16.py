"""Context readings added in accuracy round dev16: employer names and job titles.
Invented sentences and company names; negatives in the same tables."""
from __future__ import annotations

import pytest

from extract.context import find_employers, find_roles

EMPLOYER_CASES = [
    # a legal form in title or lower case ends the name
    ("At Harlow Bank Plc, a senior accountant earns ₦600,000 a month.", ["Harlow Bank Plc"]),
    ("Tellers at Harlow Bank Plc earn ₦300,000.", ["Harlow Bank Plc"]),
    ("Quillon Holdings plc pays analysts £40,000.", ["Quillon Holdings plc"]),
    # a company noun with its name after it is still an apposition
    ("Engineers at payments start-up Paylo earn $90,000.", ["Paylo"]),
    # negatives: a hyphenated descriptive adjective names no company
    ("Engineers at Japanese-owned employers earn ¥6m.", []),
    ("Pay at British-owned banks is higher.", []),
    ("Nurses at family-run clinics earn less.", []),
]


@pytest.mark.parametrize(("text", "expected"), EMPLOYER_CASES)
def test_employers(text: str, expected: list[str]) -> None:
    assert [m.value for m in find_employers(text)] == expected


ROLE_CASES = [
    ("Student nurses on placement are paid €40 a week.", ["student nurse"]),
    ("Nursing students get a small allowance.", ["student nurse"]),
    ("advanced practice nurses can reach €3,500 a month", ["advanced practice nurse"]),
    ("junior tech support representatives earn ₱19,500", ["technical support representative"]),
    ("service techs make $31 per hour", ["service technician"]),
    ("Pipefitter pay by state", ["pipefitter"]),
    ("Steamfitters earn $40 an hour.", ["steamfitter"]),
    ("The bursar earns N120,000 per month.", ["bursar"]),
    # negatives: the head alone stays the plain title
    ("Nurses on placement are paid €40 a week.", ["nurse"]),
    ("Support for students rose.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_CASES)
def test_roles(text: str, expected: list[str]) -> None:
    assert [m.value for m in find_roles(text)] == expected
