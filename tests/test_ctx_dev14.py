"""Detector readings added in the dev14 accuracy round (invented sentences; negatives alongside)."""
from __future__ import annotations

import pytest

from extract.context import find_employers, find_locations, find_roles


@pytest.mark.parametrize(
    "text, expected",
    [
        # titles whose function word is no modifier elsewhere
        ("Median pay for human resource managers rose.", ["human resource manager"]),
        ("Learning and Development Manager · £50,000", ["learning and development manager"]),
        ("Chief people officers earn the most.", ["chief people officer"]),
        ("Our CHRO earns more.", ["chief human resources officer"]),
        ("PGY2 Pharmacy Resident: $47,300", ["pharmacy resident"]),
        # ledger teams and posts filled
        ("Hubs pay accounts payable associates less.", ["accounts payable associate"]),
        ("It offers accounts executives a starting salary.", ["accounts executive"]),
        ("Charge nurses add an allowance each shift.", ["charge nurse"]),
        ("Float nurses cover several wards.", ["float nurse"]),
        ("Relief pharmacists often bill more.", ["relief pharmacist"]),
        # a plural job noun before "of <Name>" names a body, not a title
        ("Members of United Welders of Exampleshire earn $30.", []),
        ("Registered Nurses earn more.", ["registered nurse"]),
        ("An Area Manager of Stores earns more.", ["area manager"]),
    ],
)
def test_roles(text: str, expected: list[str]) -> None:
    assert [m.value for m in find_roles(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # flattened table rows: the row label glued to the first cell
        ("Kuala LumpurRM6,200RM9,900", ["Kuala Lumpur"]),
        ("Shah AlamRM5,100RM7,900", ["Shah Alam"]),
        ("HalifaxC$44.60C$57.10", ["Halifax"]),
        ("FORMRM5 is a code", []),
        # a seat suffix and a workplace noun
        ("The Penang-based chipmaker Examplechip is hiring.", ["Penang"]),
        ("Warrington-based Examplefirm is hiring.", ["Warrington"]),
        ("The Ohio-based discount chain with 900 stores raised pay.", []),
        ("The role at its Warrington depot pays well.", ["Warrington"]),
        ("The role at its Warrington pays well.", []),
        ("A Reading-based firm Exampleco is hiring.", []),
        ("A plant-based diet.", []),
    ],
)
def test_locations(text: str, expected: list[str]) -> None:
    assert [m.value for m in find_locations(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Exampleshire Health Authority, which runs clinics, pays nurses more.", ["Exampleshire Health Authority"]),
        ("• Greywell Housing Association pays its staff £40,000.", ["Greywell Housing Association"]),
        ("A payroll clerk at RM6,400 a month.", []),
        ("A payroll clerk at C$6,400 a month.", []),
        ("Accountants at Zeta Labs earn more.", ["Zeta Labs"]),
    ],
)
def test_employers(text: str, expected: list[str]) -> None:
    assert [m.value for m in find_employers(text)] == expected
