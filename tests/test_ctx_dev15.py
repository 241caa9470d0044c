"""Detector readings added in the dev15 accuracy round (invented sentences; negatives alongside)."""
from __future__ import annotations

import pytest

from extract.context import find_roles
from extract.experience import find_label_seniority, find_seniority
from .mention_helpers import employers as _employers


@pytest.mark.parametrize(
    "text, expected",
    [
        # an acronym the text defines for lower-case words is a term, never a company
        ("Most fleets pay by the mile (PBM). The PBM offers we saw were low.", []),
        ("• Cost per hire (CPH): the CPH pays for itself.", []),
        # ... a capitalized expansion keeps its own readings
        ("Zentrova Labs Group (ZLG) pays its drivers $30.", ["Zentrova Labs Group"]),
        # collective pay agreements set pay; they employ nobody
        ("In the public sector, the TV-L pays an analyst in grade E13 about 5.000 €.", []),
        ("Under the TVöD pays rise each year.", []),
        ("Quorvex Systems pays its analysts 5.000 €.", ["Quorvex Systems"]),
        # a product name before a job noun is the skill, not the employer
        ("Experienced SAP or cloud consultants bill 900 € per day.", []),
        ("Salesforce developers bill $90 an hour.", []),
        ("SAP pays its developers well.", ["SAP"]),
        ("Engineers at Oracle earn more.", ["Oracle"]),
        # the items of a list introduced as payers
        ("Pay at five employers, as listed online:\n\n• Quorvex Data: $90k\n• Linden Grove AI: $80k\n",
         ["Quorvex Data", "Linden Grove AI"]),
        ("Pay at these hospitals:\n• Fernhill Medical: $40/hr\n• Boston: $42/hr\n• Nurse: $38/hr\n",
         ["Fernhill Medical"]),
        ("Pay by city:\n• Quorvex Data: $90k\n", []),  # no payer noun in the intro
        # "<Name>, based in <place>, <pay verb>"
        ("Tallmere Haulage, based in Dayton, Ohio, pays a $5,000 bonus.", ["Tallmere Haulage"]),
        ("Tallmere Haulage, based in Dayton, reported a loss.", []),
    ],
)
def test_employers_dev15(text: str, expected: list[str]) -> None:
    assert _employers(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("• Leading hand electrician (7+ years): $118,500", ["leading hand electrician"]),
        ("Leading hands earn an allowance.", ["leading hand"]),
        ("An HV electrician on a 3:1 swing", ["high voltage electrician"]),
        ("High-voltage electricians earn more.", ["high voltage electrician"]),
        ("Commercial electricians earn $45 an hour.", ["commercial electrician"]),
        ("Residential plumbers charge less.", ["residential plumber"]),
        ("Corporate trainers charge by the day.", ["corporate trainer"]),
        ("Electrical Estimator – Example Co – $105k", ["electrical estimator"]),
        ("Data Cabler – Example Co – $38/hr", ["data cabler"]),
        ("Owner-operators gross more; an owner operator nets less.", ["owner operator", "owner operator"]),
        # negatives: the sector words before no job noun
        ("Commercial real estate prices rose.", []),
        ("Residential property costs more.", []),
        ("The estimator is biased.", []),  # a bare estimator needs its field
        # a bare "developer" is the role only in a text about software developers
        ("Software developers earn more. A developer on 61.200 € a year", ["software developer", "developer"]),
        ("A developer on 61.200 € a year", []),
    ],
)
def test_roles_dev15(text: str, expected: list[str]) -> None:
    assert [m.value for m in find_roles(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Apprentices who completed Year 11 get these rates:", [("Apprentices", "entry")]),
        ("Adult apprentice (over 21), any year — from $26.37/hr", [("Adult apprentice", "entry")]),
        ("Its first-year welders average $59,400.", [("first-year", "entry")]),
        ("First year associates earn $225,000.", [("First year", "entry")]),
        # negatives
        ("The first-year cost is high.", []),
        ("In their first year, they travel.", []),
        ("The Apprentice host", []),
    ],
)
def test_seniority_dev15(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in find_seniority(text)] == expected


@pytest.mark.parametrize(
    "label, expected",
    [
        ("Lead / Principal (9+ yrs)", "senior"),
        ("Entry / Graduate", "entry"),
        ("Junior / Lead", None),  # two rungs: no one seniority
        ("Berlin / Munich", None),
    ],
)
def test_label_seniority_dev15(label: str, expected: str | None) -> None:
    found = find_label_seniority(label)
    assert (found.value if found else None) == expected
