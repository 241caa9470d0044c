"""Attribution readings added in accuracy round dev22. Invented sentences (source names invented
or from the gazetteer, claims made up); negatives in the same tables."""
from __future__ import annotations

import pytest

from extract.attribution import canonical_source, find_attributions, scope_attributions, source_at
from extract.blocks import split_blocks

SITE_EVIDENCE = [
    # evidence on a site, before the evidence's own plural verb: the site is the source
    ("Job postings on Jobhub.co show clinics offering nurses $31 an hour.",
     [("Job postings on Jobhub.co show", "Jobhub.co")]),
    ("Listings on Indeed also suggest a median of £14 an hour.",
     [("Listings on Indeed also suggest", "Indeed")]),
    ("Salaries advertised on Totaljobs show a range of £28,000 to £35,000.",
     [("Salaries advertised on Totaljobs show", "Totaljobs")]),
    # negatives: a name that is no site (an employer's own ads), no verb of the evidence, a singular verb
    ("Job postings on Examplo Foods show cooks at $15 an hour.", []),
    ("Ads on Glassdoor are plentiful in spring.", []),
    ("A job on Jobhub.co lists a cook role at $15 an hour.", []),
]

NUMBERED_BRANCHES = [
    # a union's numbered branch is one name, its number no year
    ("Examplo Local 312 says journeymen earn $48 an hour.", [("Examplo Local 312 says", "Examplo Local 312")]),
    ("According to IAM Lodge 2024, machinists earn $41 an hour.",
     [("According to IAM Lodge 2024", "IAM Lodge 2024")]),
    # negatives: a year after another word is still dropped from the name
    ("According to the Examplo Survey 2024, pay rose 3%.", [("According to the Examplo Survey 2024", "Examplo Survey")]),
]

CLAUSE_ANAPHORS = [
    # "the union says" opening a clause: the union named before it in the sentence
    ("Under the current agreement for Examplo Local 77 in Ohio, a fitter earns $50.10/hr, "
     "and the union says the full package comes to about $64 an hour.",
     [("the union says", "Examplo Local 77")]),
    ("At Examplo Freight in Texas, drivers start at $22 an hour, and the company says overtime adds $9,000.",
     [("the company says", "Examplo Freight")]),
    # negatives: no union named (an employer, a place), a known site, no clause opener
    ("At Examplo Freight in Texas, drivers start at $22 an hour, and the union says that is too low.", []),
    ("Per Glassdoor, drivers in Texas start at $22 an hour, and the company says overtime adds $9,000.",
     [("Per Glassdoor", "Glassdoor")]),
    ("Under the deal, fitters earn $50 an hour, and the company says overtime adds $9,000.", []),
    ("Examplo Local 77 members earn $50 an hour because the union says so.", []),
]


@pytest.mark.parametrize("text, expected", SITE_EVIDENCE + NUMBERED_BRANCHES + CLAUSE_ANAPHORS)
def test_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.text, a.source) for a in find_attributions(text)] == expected


def test_numbered_branch_keeps_its_number() -> None:
    assert canonical_source("Teamsters Local 1245") == "Teamsters Local 1245"
    assert canonical_source("Examplo Staffing 2027 Pay Survey") == "Examplo Staffing"


def _source_of(text: str, amount: str):
    scoped = scope_attributions(text, split_blocks(text), find_attributions(text))
    found = source_at(scoped, text.index(amount))
    return found.source if found is not None else None


def test_clause_anaphor_covers_its_whole_sentence() -> None:
    text = ("Under the current agreement for Examplo Local 77 in Ohio, a fitter earns $50.10/hr, "
            "and the union says the full package comes to about $64 an hour.")
    assert _source_of(text, "$50.10") == "Examplo Local 77"
    assert _source_of(text, "$64") == "Examplo Local 77"


OWN_DATA_BREAKS = [
    # a sentence reporting the publisher's own data ends the source's report, and what follows it
    ("According to the Examplia Wage Office, cooks earned a median of $21 an hour in 2023. Hotel work pays more: "
     "postings on our board list chefs at $30 to $34 an hour. Over a year, that is $62,000 to $70,000.",
     {"$21": "Examplia Wage Office", "$30 to $34": None, "$62,000": None}),
    ("Glassdoor puts the median at $21 an hour. In Toronto, our own survey of 300 cooks found $24.",
     {"$21": "Glassdoor", "$24": None}),
    # negatives: the report goes on; "our" with no data of ours
    ("According to the Examplia Wage Office, cooks earned a median of $21 an hour. Hotel cooks earned $30.",
     {"$21": "Examplia Wage Office", "$30": "Examplia Wage Office"}),
    ("Glassdoor puts the median at $21 an hour. That is above what our city pays, at $19.",
     {"$21": "Glassdoor", "$19": "Glassdoor"}),
]


@pytest.mark.parametrize("text, expected", OWN_DATA_BREAKS)
def test_own_data_ends_scope(text: str, expected: dict[str, object]) -> None:
    assert {amount: _source_of(text, amount) for amount in expected} == expected


def test_salary_profiles_are_evidence() -> None:
    text = "Based on salary profiles collected by Glassdoor, here is what cooks earn at each stage:"
    assert [(a.text, a.source, a.kind) for a in find_attributions(text)] == [
        ("Based on salary profiles collected by Glassdoor", "Glassdoor", "intro")]
