"""Qualifier readings added in the dev13 round: invented sentences, negatives in the same tables."""
from __future__ import annotations

import pytest

from extract.qualifiers import qualify


def _q(sentence: str, amount: str):
    i = sentence.index(amount)
    return qualify(sentence, i, i + len(amount))


# Dutch period and pay words (rules/qualifiers.yaml period / category)
@pytest.mark.parametrize(("sentence", "amount", "period"), [
    ("Een projectleider verdient € 3.900 bruto per maand.", "€ 3.900", "month"),
    ("Het salaris ligt rond €48.000 per jaar.", "€48.000", "year"),
    ("Invallers krijgen €22 per uur.", "€22", "hour"),
    ("Een dagtarief van €350 per dag is normaal.", "€350", "day"),
    ("Abonnement: €9,50 maandelijks", "€9,50", "month"),
    # negative: no period word at all
    ("Een cursus kost €1.200.", "€1.200", None),
])
def test_dutch_periods(sentence: str, amount: str, period: str | None) -> None:
    assert _q(sentence, amount).period == period


@pytest.mark.parametrize(("sentence", "amount", "category"), [
    # a sector's spend is a market size
    ("Analysts put national advertising spend at €3,4 billion for the year.", "€3,4 billion", "market"),
    ("Ad spending in the region reached $900 million.", "$900 million", "market"),
    # a price before or after a subsidy, or stated with its sales tax
    ("Diploma in Project Management: S$3,200 before subsidies", "S$3,200", "cost"),
    ("List a vacancy from £299 excl. VAT", "£299", "cost"),
    # a tax deduction caps an amount: neither pay nor a price
    ("The home-office deduction covers only up to $1,500.", "$1,500", "other"),
    # a profit share is pay
    ("Partners: £180k to £250k a year, plus profit share", "£180k", "salary"),
    # a capitalized cue word starting a name mid-sentence names the name, not a price
    ("Junior offers land near $75,000, Course Report finds.", "$75,000", "salary"),
    # negatives: the same words in their ordinary use
    ("The course costs $2,400.", "$2,400", "cost"),
    ("Contract testers earn £400 a day.", "£400", "salary"),
])
def test_category_cues(sentence: str, amount: str, category: str) -> None:
    assert _q(sentence, amount).category == category
