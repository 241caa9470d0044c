"""Role and seniority readings added in accuracy round 2 on dev17 (invented sentences;
negatives in the same tables)."""
from __future__ import annotations

import pytest

from extract.context import find_roles
from extract.experience import find_seniority

SENIORITY = [
    # Portuguese / Spanish ladders in titles and ads
    ("Júnior (1–3 yrs): R$ 3.900", [("Júnior", "junior")]),
    ("Pleno (4–6 yrs): R$ 8.200", [("Pleno", "mid")]),
    ("Sênior (6+ years): R$ 12 mil", [("Sênior", "senior")]),
    ("Desenvolvedor Back-end Pleno · Examplo · R$ 9.000/mês", [("Pleno", "mid")]),
    ("Analista de Dados Sénior · Examplo", [("Sénior", "senior")]),
    ("Analista Semi Senior · Examplo", [("Semi Senior", "mid")]),
    # negatives: "pleno" as the word "full"
    ("Examplo opened its office en pleno centro.", []),
    ("Hiring stalled despite pleno empleo.", []),
]

ROLES = [
    ("hospital pharmacists in Examplo earn more", [("hospital pharmacists", "hospital pharmacist")]),
    ("school principals can earn up to $150,000", [("school principals", "school principal")]),
    ("a deputy principal earns", [("deputy principal", "deputy principal")]),
    ("a Head of Mathematics post pays", [("Head of Mathematics", "head of mathematics")]),
    ("exam markers earn about $20 a script", [("exam markers", "exam marker")]),
    ("sports coaches at the school earn $30 an hour", [("sports coaches", "sports coach")]),
    ("ESL teachers abroad earn $1,800 a month", [("ESL teachers", "esl teacher")]),
    ("a departmental head earns", [("departmental head", "department head")]),
    # negatives
    ("the principal amount is $5,000", []),
    ("the head of state earns", []),
]


@pytest.mark.parametrize(("text", "expected"), SENIORITY)
def test_seniority(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in find_seniority(text)] == expected


@pytest.mark.parametrize(("text", "expected"), ROLES)
def test_roles(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in find_roles(text)] == expected
