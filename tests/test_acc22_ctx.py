"""Accuracy round dev22, context detection: employers named by a job-board cue, places of towns and
metros, and titles. Invented text only."""

from __future__ import annotations

import pytest

from .mention_helpers import employers as _employers, places as _places, role_values as _roles


# A company named as the subject of its own job ad, by cues a job board's data uses.
@pytest.mark.parametrize("text, expected", [
    # "<Name> advertising a ... role" (the verb before an article)
    ("Listings on Examplejobs show Quorvex Capital advertising a controller role at AED 40,000.", ["Quorvex Capital"]),
    # two companies joined by "and", an aside between the subject and its verb
    ("Harlow & Finch and Brandt & Mayer, for instance, advertised clerk roles at $60,000.",
     ["Harlow & Finch", "Brandt & Mayer"]),
    ("Quorvex and Tamsin Rowe offered junior staff $40,000.", ["Quorvex", "Tamsin Rowe"]),
    # "<Name>'s <Place> office hires"
    ("Meanwhile Ardentix Lanka's Colombo office hires testers at LKR 200,000.", ["Ardentix Lanka"]),
    # "a recent <Name> posting"
    ("A recent Korvane posting for riggers offered $41/hr.", ["Korvane"]),
    # a payer noun of industry, then "including" a list of names
    ("Cement producers in the region, including Quorvex and Ardentix, post jobs at $30 an hour.",
     ["Quorvex", "Ardentix"]),
    # negatives: no company before the verb or the ad noun; a source's posting; jobs, not names
    ("Digital advertising pays well.", []),
    ("A recent Indeed posting listed $30/hr.", []),
    ("Nurses and Midwives, for example, advertised nothing.", []),
    ("A recent Senior posting offered $5.", []),
])
def test_employers_by_job_ad_cues(text: str, expected: list[str]) -> None:
    assert _employers(text) == expected


# Places: a town with its province, a town labelling a list item, a region named by a compass
# adjective, a metro after a sentence's first word, a group seated in a place, a workplace noun
# after a smaller city, the next item of a ranking.
@pytest.mark.parametrize("text, expected", [
    ("Welders in Red Deer, Alberta earn $38 an hour.", ["Red Deer, Alberta"]),
    ("• Exampleton, BC: $150/day\n• Sampleford, AB: $140/day", ["Exampleton, BC", "Sampleford, AB"]),
    ("Crews in Northern Alberta see $45/hr.", ["Northern Alberta"]),
    ("The Dallas-Fort Worth-Arlington area pays $61,000.", ["Dallas-Fort Worth-Arlington"]),
    ("Leeds-based tech firms pay juniors £32,000.", ["Leeds"]),
    ("Analysts at DIFC-based banks earn AED 40,000.", ["DIFC"]),
    ("Red Deer refinery postings list $44/hr.", ["Red Deer"]),
    ("Paris leads, followed by Lyon at €48,000.", ["Paris", "Lyon"]),
    # negatives: a city not in that province; one company's seat; a nationality; a landmark; a body
    ("Welders in Boston, Alberta earn $38 an hour.", ["Boston", "Alberta"]),
    ("the Ohio-based chain with 900 stores pays $15", []),
    ("A UAE national engineer earns AED 30,000; the US national average is $60,000.", ["US"]),
    ("A flat near Hoan Kiem lake rents for 9 million VND.", []),
    ("Listed on the Dubai Financial Market, it pays AED 9,000.", []),
])
def test_places(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


# A trade or a delivery bridge before a title stays in it.
@pytest.mark.parametrize("text, expected", [
    ("a welding foreman can make $48/hr", ["welding foreman"]),
    ("bridge system engineers earn VND 50 million", ["bridge system engineer"]),
    ("welding pays well; the bridge toll is $5", []),
])
def test_trade_modifiers(text: str, expected: list[str]) -> None:
    assert _roles(text) == expected
