"""Attribution readings added in accuracy round dev16. Invented sentences (source names from the
gazetteer, claims made up); negatives in the same tables."""
from __future__ import annotations

import pytest

from extract.attribution import find_attributions

CASES = [
    # a source styled in lower case, as subject and on a credit line
    ("doda's latest salary ranking puts the average at ¥5,100,000.", [("doda's latest salary ranking puts", "Doda")]),
    ("Source: doda (salaries); SUUMO (rents)", [("Source: doda", "Doda"), ("SUUMO", "SUUMO")]),
    # a name with a lower-case word after its first
    ("Source: Journal officiel, grille 2024.", [("Source: Journal officiel", "Journal officiel")]),
    # "of the" inside a name
    ("Revenue grew, according to the IT and Business Process Association of the Philippines.",
     [("according to the IT and Business Process Association of the Philippines",
       "IT and Business Process Association of the Philippines")]),
    # a known job board after a known-only lead cue, and as the subject of "shows"
    ("Based on Jobberman's Pay Guide 2023, cashiers earn ₦85,000.", [("Based on Jobberman's Pay Guide 2023", "Jobberman")]),
    ("per OpenWork reviews, engineers earn ¥6m.", [("per OpenWork", "OpenWork")]),
    ("OpenWork, where employees post their pay, shows a median of ¥6m.",
     [("OpenWork, where employees post their pay, shows", "OpenWork")]),
    # a ranking as evidence
    ("Glassdoor's salary ranking puts nurses first.", [("Glassdoor's salary ranking puts", "Glassdoor")]),
    # negatives
    ("The ranking puts Boston first.", []),
    ("Visit mydoda today for deals.", []),
    ("Journal entries were posted.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_attributions(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.text, a.source) for a in find_attributions(text)] == expected
