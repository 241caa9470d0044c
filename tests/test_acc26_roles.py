"""Roles and seniority classes fixed in accuracy round 26 (training-contract titles, school leadership,
glosses inside a title, plurals of "<noun> of <field>" titles, the subject of a reported clause);
made-up sentences, never article text."""

from __future__ import annotations

import pytest

from tests.test_link import fact_at
from .mention_helpers import levels as _levels, roles as _roles


# --------------------------------------------------------------------------- training-contract titles


@pytest.mark.parametrize(("text", "expected"), [
    # the trainee of a profession's contract keeps the word, as "trainee solicitor" does
    ("A second-year trainee accountant in Leeds is paid less.", [("trainee accountant", "trainee accountant")]),
    ("Trainee Accountants (ICAEW) earn less.", [("Trainee Accountants", "trainee accountant")]),
    # articles of accountancy, written either way
    ("Articled clerks at mid-tier firms earn more than article clerks at small ones.",
     [("Articled clerks", "article clerk"), ("article clerks", "article clerk")]),
    # a trainee of a trade stays the trade's worker
    ("Trainee welders start low.", [("welders", "welder")]),
])
def test_training_contract_titles(text, expected):
    assert _roles(text) == expected


def test_article_clerks_are_the_entry_level():
    assert _levels("Second-year article clerks earn more.") == [("article clerks", "entry")]
    assert ("first-year", "entry") in _levels("Most first-year clerks in Pretoria start low.")


def test_first_year_article_clerk_pay():
    text = "Audit firms in Pretoria pay first-year article clerks between R15 000 and R19 000 a month.\n"
    fact = fact_at(text, "R15 000")
    assert (fact.role, fact.seniority) == ("article clerk", "entry")


# --------------------------------------------------------------------------- school leadership


def test_principal_is_a_school_post_in_a_school_text():
    text = "Teachers earn less than deputy principals. Principals of large schools earn most."
    assert _roles(text) == [("Teachers", "teacher"), ("deputy principals", "deputy principal"),
                            ("Principals", "school principal")]


def test_principal_elsewhere_is_a_level_or_a_word():
    # no school named: a rung, an amount
    assert _roles("Principal engineers earn more; the principal amount is due.") == [("engineers", "engineer")]
    # in a school text, still a rung before another title
    assert "school principal" not in [v for _, v in _roles("Teachers earn less than a Principal Consultant.")]


def test_principal_pay_said_by_a_guide():
    text = ("Teachers in Doha earn QAR 14,000 a month. The Acme Schools Guide says principals of large schools "
            "in Doha can earn over QAR 50,000 a month.\n")
    assert fact_at(text, "QAR 50,000").role == "school principal"


def test_speaker_after_a_reporting_verb_stays_a_speaker():
    text = "Pay rose, says the head of engineering at Acme. Engineers at Acme earn $150,000.\n"
    assert "head of engineering" not in [v for _, v in _roles(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # the plural of a "<noun> of <field>" title is on its first word
    ("Heads of department at large schools earn more.", [("Heads of department", "department head")]),
    ("A head of department earns more.", [("head of department", "department head")]),
])
def test_of_title_plurals(text, expected):
    assert _roles(text) == expected


# --------------------------------------------------------------------------- a gloss inside a title


@pytest.mark.parametrize(("text", "expected"), [
    ("Supply (cover) teachers are paid by the day.", [("Supply (cover) teachers", "supply teacher")]),
    ("Locum (relief) pharmacists earn more per hour.", [("Locum (relief) pharmacists", "locum pharmacist")]),
    # a with-modifier job noun after a gloss: the title around it
    ("Warehouse (FLT) operatives earn more.", [("Warehouse (FLT) operatives", "warehouse operative")]),
    # no modifier before the gloss: the job noun alone
    ("Pay (gross) teachers get is low.", [("teachers", "teacher")]),
])
def test_gloss_inside_a_title(text, expected):
    assert _roles(text) == expected


def test_supply_teacher_day_rate():
    text = "Supply (cover) teachers in Leeds are usually paid £150 to £200 a day.\n"
    assert fact_at(text, "£150").role == "supply teacher"
