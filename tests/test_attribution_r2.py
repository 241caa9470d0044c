"""Round-2 attribution readings (invented sentences)."""
from __future__ import annotations

import pytest

from extract.attribution import find_attributions, scope_attributions
from extract.blocks import split_blocks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known source's bare statistic
        ("The BLS median for welders was $50,000 in 2023.", [("The BLS median", "Bureau of Labor Statistics")]),
        ("Glassdoor's mean is $60,000.", [("Glassdoor's mean", "Glassdoor")]),
        ("Example's median is $5.", []),  # an unknown name's own pay
        # ads as evidence: a count before them, their place before the participle
        ("Based on 2,140 licensed job ads in Doha posted on Bayt, pay is AED 9,000.",
         [("Based on 2,140 licensed job ads in Doha posted on Bayt", "Bayt")]),
        ("Welders advertised on SEEK earn $40 an hour.", []),  # no evidence noun: no cue
        # the company named as the previous sentence's subject
        ("Example Haulage Group, based in Leeds, pays a bonus. The company says drivers average £40,000.",
         [("The company says", "Example Haulage Group")]),
        ("Drivers earn more. The company says so.", []),
        ("In New York pay is high. The firm said so.", []),
        # bodies named by acronym
        ("According to CIHI, spending rose.", [("According to CIHI", "Canadian Institute for Health Information")]),
        ("Spending reached $400 billion, per IQVIA.", [("per IQVIA", "IQVIA")]),
        ("The MIA has said the country needs accountants.", [("The MIA has said", "Malaysian Institute of Accountants")]),
    ],
)
def test_cues(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.text, a.source) for a in find_attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # a possessive statistic covers its own sentence only
        ("Glassdoor's median for welders is $60,000. A lone filer on $47,500 pays tax.\n",
         "Glassdoor's median for welders is $60,000."),
        # another employer's own pay ends the claim
        ("Example Lines pays a bonus. The company says welders average $71,500. Other Transport offers hires $3,000.\n",
         "The company says welders average $71,500. "),
    ],
)
def test_scope(text: str, claim: str) -> None:
    scoped = scope_attributions(text, split_blocks(text), find_attributions(text))
    assert [text[a.claim_start:a.claim_end] for a in scoped] == [claim]
