"""Readings added in the dev13 round (invented sentences, never article text)."""
from __future__ import annotations

import pytest

from extract.attribution import canonical_source, find_attributions, scope_attributions
from extract.blocks import split_blocks
from .attribution_helpers import source_names as _sources


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # an acronym written alone only, before its report's title words: the body
        ("NEA Rankings & Estimates", "National Education Association"),
        ("NEA Estimates", "National Education Association"),
        ("NEA Example Group", "NEA Example Group"),  # other words: another name
        # a word grouping the figures is no source; it may open one
        ("State", None),
        ("Industry", None),
        ("State Street", "State Street"),
        # gazetteer
        ("ECSA", "Engineering Council of South Africa"),
    ],
)
def test_canonical_dev13(name: str, expected: str | None) -> None:
    assert canonical_source(name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue naming one of a list of three or more sources credits no claim
        ("We pull together the latest figures from PayScale, Indeed, Example Jobs and Other Co.", []),
        ("Here is what the latest data from Example Office, Glassdoor, Example Jobs and Other Co says.", []),
        ("According to PayScale, New York, Boston and Miami pay the most.", ["PayScale"]),
        ("In Germany, Glassdoor puts the median at €5,000.", ["Glassdoor"]),
        # verbs after a known source only
        ("Glassdoor paints a brighter picture: its median is $5,000.", ["Glassdoor"]),
        ("Levels.fyi, which collects offers, tells a different story: its median is $9,000.", ["Levels.fyi"]),
        ("Example Co paints its offices every year.", []),
        # a known source's reporters at a company, then their verb
        ("Glassdoor reviewers at Example Media report base pay of $70,000.", ["Glassdoor"]),
        ("Example reviewers at Other Media report base pay of $70,000.", []),
        # a known source's own statistic of pay
        ("Glassdoor's US average base pay for nurses is $5,000.", ["Glassdoor"]),
        ("Glassdoor's median salary for nurses is $5,000.", ["Glassdoor"]),
        ("Glassdoor's office in Chicago is large.", []),
        ("Example's average base pay is $5,000.", []),
        # a verb with no claim
        ("It is paid only if your contract or Example CAO says so.", []),
        # a body's fee schedule
        ("The ECSA's 2025 fee schedule lists an application fee of R2 150.", ["Engineering Council of South Africa"]),
        # a grouping word after an evidence noun
        ("2025 Pay Salary Guide by State", []),
    ],
)
def test_cues_dev13(text: str, expected: list[str]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # plural credit lines: tied by the columns they label, or untied
        ("City | Base (Glassdoor) | Total (PayScale)\nX | $1 | $2\n\nSources: Glassdoor, PayScale\n",
         ["Glassdoor", "PayScale"]),
        ("City | Base | Total\nX | $1 | $2\n\nSources: Glassdoor, PayScale\n", []),
        # several sources each tied to a part by a bracket
        ("Table\n\nSource: Glassdoor (salaries); PayScale (share of postings)\n", ["Glassdoor", "PayScale"]),
    ],
)
def test_credit_lines_dev13(text: str, expected: list[str]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "money", "covered"),
    [
        # another body's acronym opening a sentence ends the reach
        ("Per the BLS, pay is $9. Fees are $5. ABCD membership costs $4.\n", "$4", False),
        ("Per the BLS, pay is $9. Fees are $5. ABCD membership costs $4.\n", "$5", True),
        # a country code or the same source does not
        ("Per the BLS, pay is $9. US cooks earn $5.\n", "$5", True),
        ("According to the Bureau of Labor Statistics, pay is $9. BLS figures put cooks at $5.\n", "$5", True),
    ],
)
def test_reach_dev13(text: str, money: str, covered: bool) -> None:
    scoped = scope_attributions(text, split_blocks(text), find_attributions(text))
    at = text.index(money)
    assert any(a.claim_start <= at < a.claim_end for a in scoped) is covered
