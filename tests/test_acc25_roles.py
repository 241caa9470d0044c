"""Roles classes fixed in accuracy round 25 (kitchen brigade titles, a cook as a job on its own and not
the verb, a post named after a full title, a trade's bare noun after a level word, a list item's label
naming one job two ways); made-up sentences, never article text."""

from __future__ import annotations

import pytest

from tests.test_link import fact_at
from .mention_helpers import roles as _roles


# --------------------------------------------------------------------------- cooks


@pytest.mark.parametrize(("text", "expected"), [
    # a cook is a job on its own, as a chef is
    ("Cooks in regional hotels earn less than chefs.", [("Cooks", "cook"), ("chefs", "chef")]),
    ("A casual cook on a Sunday shift is paid more.", [("cook", "cook")]),
    # an award grade after the job noun
    ("- Cook level 3 (qualified): $27.10 an hour", [("Cook", "cook")]),
    # station and service words keep their title
    ("Pastry chefs and grill cooks earn the same.", [("Pastry chefs", "pastry chef"), ("grill cooks", "grill cook")]),
    ("Short-order cooks at diners earn tips.", [("Short-order cooks", "short-order cook")]),
])
def test_cook_is_a_job(text: str, expected: list[tuple[str, str]]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize("text", [
    "Students learn to cook in the first term.",
    "She cooks for a family of five on weekends.",
    "Anyone who can cook will find work.",
])
def test_cook_the_verb_is_no_job(text: str) -> None:
    assert _roles(text) == []


# --------------------------------------------------------------------------- kitchen brigade ranks


@pytest.mark.parametrize(("text", "value"), [
    ("A demi chef de partie earns a little more than a commis.", "demi chef de partie"),
    ("Demi-chefs de partie start lower.", "demi chef de partie"),
    ("The hotel hired a demi-chef last week.", "demi chef de partie"),
    ("Chefs de cuisine run one kitchen each.", "chef de cuisine"),
    ("Kitchen hands earn the award minimum.", "kitchen hand"),
    ("Kitchen porters are paid weekly.", "kitchen porter"),
])
def test_kitchen_ranks(text: str, value: str) -> None:
    assert [v for _, v in _roles(text)] == [value]


def test_demi_rank_is_not_cut_to_the_rank_above() -> None:
    assert _roles("Demi chef de partie, then chef de partie.") == [
        ("Demi chef de partie", "demi chef de partie"), ("chef de partie", "chef de partie")]


# --------------------------------------------------------------------------- a post after a full title


@pytest.mark.parametrize(("text", "expected"), [
    ("Data scientist interns are paid a stipend.", [("Data scientist interns", "data scientist intern")]),
    ("Our business analyst trainee earns less than a business analyst.",
     [("business analyst trainee", "business analyst trainee"), ("business analyst", "business analyst")]),
    # already a title with its post: unchanged; an intern alone stays an intern
    ("Marketing interns earn more than an intern elsewhere.",
     [("Marketing interns", "marketing intern"), ("intern", "intern")]),
])
def test_post_after_a_title(text: str, expected: list[tuple[str, str]]) -> None:
    assert _roles(text) == expected


def test_post_after_a_title_reaches_the_fact() -> None:
    text = "Product manager interns at the bank are paid $3,200 a month."
    assert fact_at(text, "$3,200").role == "product manager intern"


# --------------------------------------------------------------------------- a trade's noun after a level word


def test_trade_noun_after_a_level_word() -> None:
    text = "Trucking firms are hiring. Experienced drivers earn more than newly licensed drivers."
    assert [v for _, v in _roles(text)] == ["truck driver", "truck driver"]


def test_level_word_without_the_trade_keeps_the_bare_noun() -> None:
    assert _roles("Experienced drivers earn more.") == [("drivers", "driver")]


# --------------------------------------------------------------------------- one job named two ways in a label


def test_label_naming_one_job_two_ways() -> None:
    text = "• Sous chef / chef de cuisine (4+ yrs): $72,000 a year"
    assert [v for _, v in _roles(text)] == ["sous chef", "sous chef"]
    assert fact_at(text, "$72,000").role == "sous chef"


def test_two_jobs_in_a_sentence_stay_two() -> None:
    assert [v for _, v in _roles("Cooks / chefs in hotels earn more than in cafés.")] == ["cook", "chef"]
