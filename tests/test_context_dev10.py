"""Context readings added after the dev10 blind set: job nouns and modifiers of aviation, games,
finance control and retail; hyphenated modifier compounds; "A / B" title lines; middle-dot
listing lines; company heads that begin a name; function names and levels that are no company."""

from __future__ import annotations

import pytest

from extract.context import find_employers, find_roles

ROLE_CASES = [
    # aviation and maritime ranks
    ("a captain in year 12 earns", ["captain"]),
    ("new flight attendants earn $31 per flight hour", ["flight attendant"]),
    ("777 first officers earn $248 per hour", ["first officer"]),
    ("Summit Air FO\t$98", ["first officer"]),
    # games and media crafts
    ("senior 3D artists rarely go beyond", ["3d artist"]),
    ("A gameplay programmer with 5+ years", ["gameplay programmer"]),
    ("experienced Unreal developers command more", ["unreal developer"]),
    ("Producers sit at the other end; an associate producer earns", ["producer", "associate producer"]),
    # finance control functions
    ("hiring a senior AML analyst", ["aml analyst"]),
    ("market risk managers in Zurich", ["market risk manager"]),
    ("an audit assistant starts at", ["audit assistant"]),
    ("pays its Head of Internal Audit a fixed salary", ["head of internal audit"]),
    # retail, clerical, a row label
    ("an adult shop assistant with one year", ["shop assistant"]),
    ("A CR-03 data entry clerk earns", ["data entry clerk"]),
    ("| Cleaner | 26 500 kr |", ["cleaner"]),
    # hyphenated compounds of modifiers
    ("Bilingual customer-service agents earn", ["customer-service agent"]),
    ("Call-centre agents are paid", ["call-centre agent"]),
    # "A / B" title line: one job named twice
    ("Housekeeper / Room Attendant\nThe Alder Hotel", ["housekeeper", "housekeeper"]),
    # negatives
    ("cleaner energy is cheaper; much cleaner air", []),
    ("the first developer hired", []),
    ("well-paid agents", []),
    ("Nurses / pharmacists earn more than cashiers.", ["nurse", "pharmacist", "cashier"]),
]


@pytest.mark.parametrize(("text", "values"), ROLE_CASES)
def test_roles_dev10(text: str, values: list[str]) -> None:
    assert [m.value for m in find_roles(text)] == values


EMPLOYER_CASES = [
    # middle-dot listing lines: title, company, place
    ("• IT Security Analyst (IT-03) · Tarvel Services Canada · Gatineau, QC · C$91,862", ["Tarvel Services Canada"]),
    ("Director, Group Internal Audit · Bank Orlen · Zurich · from CHF 260k", ["Bank Orlen"]),
    ("• QA Tester (6-month contract) · Pixelmoor QA · Warsaw · PLN 35 an hour", ["Pixelmoor QA"]),
    # a capitalized company head begins the name; lower case it is the kind of company
    ("Bank Orlen is hiring a senior analyst.", ["Bank Orlen"]),
    ("the bank Orlen pays well", ["Orlen"]),
    # negatives: functions, levels and pay factors, contract forms, currency symbols
    ("Risk\n\nRisk pays better than compliance at every level.", []),
    ("Experience pays more than job title.", []),
    ("Entry-level hires usually come in at IT-01.", []),
    ("so PJ offers are usually 30% higher", []),
    ("the income of all workers at R$ 3.410 in 2025", []),
    ("Pay rises · Big Lenders · Zurich · 2025", []),
    ("Data analyst · Remote · CHF 90k", []),
]


@pytest.mark.parametrize(("text", "values"), EMPLOYER_CASES)
def test_employers_dev10(text: str, values: list[str]) -> None:
    assert [m.value for m in find_employers(text)] == values
