"""Linking readings added in accuracy round 2 (invented sentences)."""

from __future__ import annotations

import pytest

from tests.test_link import facts_of

_GLUED_TABLE = ("Pay by region\n\n{caption}\n\nRegionAvg. basicAvg. total package\n"
                "NorthDh4,100Dh7,300\nSouthDh3,900Dh6,800\n")


@pytest.mark.parametrize(
    ("caption", "amount", "role", "component"),
    [
        # a caption line right above a table gives its role, however long it is
        ("Average monthly pay for staff welders with 3-6 years on the job, by region and employer type (2023)",
         "Dh4,100", "welder", "base"),
        ("Average monthly pay for staff welders with 3-6 years on the job, by region and employer type (2023)",
         "Dh6,800", "welder", "total"),
        # negative: a caption naming no job gives none
        ("Average monthly pay with 3-6 years on the job, by region and employer type (2023)", "Dh4,100", None, "base"),
    ],
)
def test_long_caption_gives_role(caption: str, amount: str, role: object, component: object) -> None:
    found = {f.text: f for f in facts_of(_GLUED_TABLE.format(caption=caption))}[amount]
    assert (found.role, found.pay_component) == (role, component)


@pytest.mark.parametrize(
    ("intro", "component"),
    [
        # the sentence before the list's intro qualifies its own amount, not the list's
        ("Remote roles come with sign-on bonuses of $5,000 to $8,000. Some recent postings:", None),
        # negative: the same sentence naming no amount speaks of the list
        ("Remote roles come with sign-on bonuses. Some recent postings:", "bonus"),
    ],
)
def test_intro_sentence_with_own_amount(intro: str, component: object) -> None:
    text = f"{intro}\n• Acme Foods (Leeds), Line Cook: $21/hr\n• Bolt Diner (York), Line Cook: $23/hr\n"
    assert {f.text: f for f in facts_of(text)}["$23"].pay_component == component


@pytest.mark.parametrize(
    ("text", "amount", "role"),
    [
        # a sentence naming no one goes on about the job of the sentence before it
        ("Few welders earn the award rate. On offshore rigs, rates of $60 to $70 an hour are common.\n",
         "$60 to $70", "welder"),
        ("Plumbers in the north earn £32,000. Further south, employers advertise closer to £38,000.\n", "closer to £38,000", None),
        ("Plumbers in the north earn £32,000. Further south, pay is closer to £38,000.\n", "closer to £38,000", "plumber"),
        # negatives: people of its own (a level), the payer, someone in general; two jobs before; another paragraph
        ("Few welders earn the award rate. Graduates are offered $40,000 a year.\n", "$40,000", None),
        ("Most welders earn $52,000. Meanwhile I make $39,000.\n", "$39,000", None),
        ("Few welders earn the award rate. Someone on $57,500 a year nets about $3,850 a month.\n",
         "$57,500", None),
        ("Welders and plumbers are in demand. On offshore rigs, rates of $60 to $70 an hour are common.\n",
         "$60 to $70", None),
        ("Few welders earn the award rate.\n\nOn offshore rigs, rates of $60 to $70 an hour are common.\n",
         "$60 to $70", None),
    ],
)
def test_role_of_previous_sentence(text: str, amount: str, role: object) -> None:
    assert {f.text: f for f in facts_of(text)}[amount].role == role
