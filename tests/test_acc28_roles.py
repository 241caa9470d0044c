"""Roles and seniority classes fixed in accuracy round 28 (care titles and their acronyms, a bank's
graduate trainees, a title glossed by another name, a bare job noun after "at <employer>", French level
words, a level word standing for the worker, freelancers); made-up sentences, never article text."""

from __future__ import annotations

import pytest

from extract.context import find_anaphors, find_job_nouns, find_roles
from tests.test_link import fact_at
from .mention_helpers import levels as _levels, roles as _roles


# --------------------------------------------------------------------------- care titles


@pytest.mark.parametrize(("text", "expected"), [
    # the certified assistant keeps "certified" (no modifier elsewhere), and its acronym names it
    ("Certified nursing assistants in Ohio earn more than a CNA in Texas.",
     [("Certified nursing assistants", "certified nursing assistant"), ("CNA", "certified nursing assistant")]),
    ("Most HHAs work for agencies; a home health aide in Maine earns less.",
     [("HHAs", "home health aide"), ("home health aide", "home health aide")]),
    # care given at home: titles of their own
    ("Home care workers and home care aides are paid by the visit.",
     [("Home care workers", "home care worker"), ("home care aides", "home care aide")]),
    # an aide is a job with what it helps with
    ("Personal care aides and teacher aides earn less than nurses.",
     [("Personal care aides", "personal care aide"), ("teacher aides", "teacher aide"), ("nurses", "nurse")]),
    # "home" alone is no modifier: the service, not the job
    ("Home delivery drivers earn tips.", [("delivery drivers", "delivery driver")]),
])
def test_care_titles(text, expected):
    assert _roles(text) == expected


def test_bare_aides_are_job_nouns():
    assert [m.value for m in find_job_nouns("Aides with more experience earn more.")] == ["aide"]
    assert find_roles("Aides with more experience earn more.") == []


# --------------------------------------------------------------------------- banking titles


@pytest.mark.parametrize(("text", "expected"), [
    ("Graduate trainees at the big lenders earn more.", [("Graduate trainees", "graduate trainee")]),
    ("Relationship managers and client relationship officers", [
        ("Relationship managers", "relationship manager"),
        ("client relationship officers", "client relationship officer")]),
])
def test_banking_titles(text, expected):
    assert _roles(text) == expected


def test_graduate_trainee_keeps_the_entry_level():
    # both words say so ("trainees" is entry on its own since the acc39 round): one level, entry
    assert _levels("Graduate trainees earn less.") == [("Graduate", "entry"), ("trainees", "entry")]


# --------------------------------------------------------------------------- a title glossed by another name


@pytest.mark.parametrize(("text", "expected"), [
    ("Paralegals, which the census counts as legal assistants, earn $60,000.",
     [("Paralegals", "paralegal"), ("legal assistants", "paralegal")]),
    ("Phlebotomists (also called laboratory technicians) earn more.",
     [("Phlebotomists", "phlebotomist"), ("laboratory technicians", "phlebotomist")]),
    ("Certified nursing assistants, also known as nurse aides, earn $19 an hour.",
     [("Certified nursing assistants", "certified nursing assistant"), ("nurse aides", "certified nursing assistant")]),
    # no gloss: a comparison, or a verb with its own object
    ("Welders, who earn more than plumbers, are rare.", [("Welders", "welder"), ("plumbers", "plumber")]),
    ("Nurses, who count chefs as friends, earn more.", [("Nurses", "nurse"), ("chefs", "chef")]),
])
def test_glossed_titles(text, expected):
    assert _roles(text) == expected


def test_glossed_title_gives_its_pay_the_first_title():
    text = "Dental hygienists, which the survey counts as dental assistants, earned a median of $41 an hour."
    assert fact_at(text, "$41").role == "dental hygienist"


# --------------------------------------------------------------------------- "at <employer> engineers"


@pytest.mark.parametrize(("text", "expected"), [
    ("At Norvale Labs engineers receive a yearly bonus.", [("engineers", "engineer")]),
    ("At Norvale, analysts earn more.", [("analysts", "analyst")]),
    # not after a place in lower case, nor without "at"
    ("At the plant engineers earn less.", []),
    ("Norvale engineers earn less.", []),
])
def test_bare_job_noun_after_its_employer(text, expected):
    assert _roles(text) == expected


# --------------------------------------------------------------------------- French level words


@pytest.mark.parametrize(("text", "expected"), [
    ("A confirmé developer in Lille earns more.", [("confirmé", "mid")]),
    ("Débutant (0-2 ans) / Confirmée / Expérimenté", [("Débutant", "entry"), ("Confirmée", "mid"),
                                                     ("Expérimenté", "senior")]),
    # unaccented "confirme" is a French verb form: no level
    ("Il confirme la hausse.", []),
])
def test_french_levels(text, expected):
    assert _levels(text) == expected


def test_french_level_column_header():
    text = ("Pay of testers by city, 2024\n"
            "City\tDébutant\tConfirmé\n"
            "Lille\t33 000 €\t41 000 €\n")
    assert fact_at(text, "41 000").seniority == "mid"
    assert fact_at(text, "33 000").seniority == "entry"


# --------------------------------------------------------------------------- anaphors


def test_level_word_possessive_is_an_anaphor():
    assert [m.text for m in find_anaphors("So the senior's bonus rises. The juniors left.")] == ["the senior's"]


def test_freelancers_take_the_job_just_named():
    text = ("A freelance web developer bills about 400 € a day in Lyon. "
            "Junior freelancers bill 250 € a day.")
    fact = fact_at(text, "250")
    assert (fact.role, fact.seniority) == ("web developer", "junior")
