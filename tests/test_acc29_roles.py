"""Roles on unseen trades: WordNet's job nouns (rules/occupations.yaml), real estate and law trades,
and job nouns set aside by "not" (made-up sentences)."""

import re

import pytest

from extract import rules
from extract.context import find_roles


def roles(text: str) -> list[str]:
    return [m.value for m in find_roles(text)]


def test_occupations_file_is_well_formed():
    data = rules.load("occupations")
    nouns = data["job_nouns"]
    assert len(nouns) > 500
    assert all(re.fullmatch(r"[a-z]+", n) and re.fullmatch(r"[a-z]+", p) for n, p in nouns.items())
    assert not set(nouns) & set(data["exclude"])  # the tool leaves the excluded nouns out


@pytest.mark.parametrize("text, role", [
    ("A newly registered physiotherapist starts on $71,003 a year.", "physiotherapist"),
    ("Orthodontists in private practice earn over $250,000.", "orthodontist"),
    ("Stonemasons make about £32,000.", "stonemason"),
    ("Most longshoremen earn $45 an hour.", "longshoreman"),  # a "-man" noun's plural
])
def test_wordnet_job_nouns_are_roles(text, role):
    assert roles(text) == [role]


@pytest.mark.parametrize("text", [
    "Glassdoor reviewers report a base of €70k.",  # excluded: contributors to a pay site
    "A sole trader pays about 1 800 zł a month in contributions.",
    "Freelancers charge $40 an hour.",
    "Customers pay $5 a month.",  # no job noun
])
def test_excluded_and_common_nouns_are_no_roles(text):
    assert roles(text) == []


def test_hand_written_rules_decide_before_wordnet():
    # "journeyman" is a grade of a trade in rules/roles.yaml, not a job of its own
    assert roles("Plumbers earn $30 an hour; a journeyman makes $38.") == ["plumber", "plumber"]


def test_real_estate_trade_reads_bare_agents():
    text = ("Real estate is a commission business. Most agents earn $50,000 a year, "
            "and top producers clear $200,000.")
    assert roles(text)[-2:] == ["real estate agent", "real estate agent"]


def test_law_trade_reads_bare_trainees():
    text = "At City law firms, trainees earn £50,000 in their first year."
    assert roles(text) == ["trainee solicitor"]


def test_bare_trainees_elsewhere_are_no_role():
    assert roles("Trainees at the bakery earn £9 an hour.") == []


@pytest.mark.parametrize("text, expected", [
    ("The figures are for real estate agents (not brokers) as of May.", ["real estate agent"]),
    ("Nurses, rather than doctors, earn the overtime.", ["nurse"]),
    ("Everyone except cleaners got $500.", []),
])
def test_job_nouns_set_aside_are_no_roles(text, expected):
    assert roles(text) == expected
