"""Roles and seniority classes fixed in accuracy round 24 (trade grades, posts held, people just hired);
made-up sentences, never article text."""

from __future__ import annotations

from typing import Optional

import pytest

from extract.context import find_roles
from tests.test_link import fact_at
from .mention_helpers import levels as _levels, roles as _roles


# --------------------------------------------------------------------------- grades of a trade written alone

_PLUMBING = ("Plumbers in Leeds are in demand, and plumbers in York too. A journeyman earns £19 an hour; "
             "a second-year apprentice about £11.\n")


@pytest.mark.parametrize(("text", "expected"), [
    # a grade alone takes the trade the text is about (here: the only one named)
    (_PLUMBING, [("Plumbers", "plumber"), ("plumbers", "plumber"), ("journeyman", "plumber"),
                 ("apprentice", "plumber")]),
    # German craft grades written in English text: the trade the paragraph named last
    ("Roofers are scarce in Graz. A Geselle earns 2.800 € a month, Gesellen in Wien more.",
     [("Roofers", "roofer"), ("Geselle", "roofer"), ("Gesellen", "roofer")]),
    # the trade of its own sentence wins over the document's main one
    ("Welders earn more than welders' helpers. Welders again. A journeyperson rate of $40 is what "
     "a pipefitter earns.", [("Welders", "welder"), ("welders", "welder"), ("Welders", "welder"),
                             ("journeyperson", "pipefitter"), ("pipefitter", "pipefitter")]),
    # a grade before a title is a word of that title, not a role of its own
    ("Apprentice carpenters and journeyman carpenters earn less.", [("carpenters", "carpenter"),
                                                                  ("carpenters", "carpenter")]),
    # negative: no trade named, no role; two trades equally named in the sentence before: none
    ("An apprentice earns little; a journeyman more.", []),
    ("Welders and plumbers earn more. Apprentices earn less.", [("Welders", "welder"), ("plumbers", "plumber")]),
    # negative: "Apprenticeship" is another word; "Meisterbrief" a compound
    ("Electricians pay no Apprenticeship levy; the Meisterbrief costs more.", [("Electricians", "electrician")]),
])
def test_trade_grades(text: str, expected: list[tuple[str, str]]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(("text", "amount", "role", "seniority"), [
    # the grade gives the amount its trade, and an apprentice is the trade's entry level
    (_PLUMBING, "£19", "plumber", None),
    (_PLUMBING, "about £11", "plumber", "entry"),
    ("Glaziers are rare in Bern. Apprentice pay is CHF 900 a month in the first year.\n",
     "CHF 900", "glazier", "entry"),
])
def test_trade_grade_amounts(text: str, amount: str, role: Optional[str], seniority: Optional[str]) -> None:
    fact = fact_at(text, amount)
    assert (fact.role, fact.seniority) == (role, seniority)


# --------------------------------------------------------------------------- the post a title's workers hold

@pytest.mark.parametrize(("text", "expected"), [
    ("Master welders employed as site managers or team supervisors earn more.", ["welder"]),
    ("Nurses who work as team supervisors earn more.", ["nurse"]),
    # negative: no title before "employed as": the post is the role; coordination ends with the list
    ("Those employed as site managers earn more.", ["site manager"]),
    ("Chefs working as kitchen managers and line cooks earn less; line cooks in Leeds earn least.",
     ["chef", "line cook"]),
])
def test_post_held_is_no_role(text: str, expected: list[str]) -> None:
    assert [v for _, v in _roles(text)] == expected


def test_post_held_gives_the_workers_role() -> None:
    text = "Master roofers employed as site managers or branch heads typically earn 51.000 € a year.\n"
    assert fact_at(text, "51.000 €").role == "roofer"


# --------------------------------------------------------------------------- people just hired, starting workers

@pytest.mark.parametrize(("text", "expected"), [
    ("A newly hired pharmacist earns $48 an hour.", [("newly hired", "entry")]),
    ("New hires get a laptop; new-hire analysts a phone.", [("New hires", "entry"), ("new-hire", "entry")]),
    ("Clinics pay new nurses about $30 an hour.", [("new", "entry")]),
    ("Starting teachers in Ohio earn $44,000.", [("Starting", "entry")]),
    ("A third-year apprentice on site earns $25.", [("third-year", "entry")]),
    ("Apprentice wages rose; the apprentice minimum too.", [("Apprentice", "entry"), ("apprentice", "entry")]),
    # negative: a fourth-year associate is no beginner; a past apprenticeship is no level
    ("Fourth-year associates earn more; she served as an apprentice once.", []),
    # negatives: "new" before no job noun, a place named "New", "starting" as a floor
    ("New rules for new roles apply in New York.", []),
    ("New York nurses earn more.", []),
    ("Rates starting at $30 apply.", []),
])
def test_entry_phrases(text: str, expected: list[tuple[str, str]]) -> None:
    assert _levels(text) == expected


def test_trade_grade_keeps_its_modifiers() -> None:
    # the title's own words before the grade: the level word before them is the title's level
    text = "Electricians are scarce. A first-year electrical apprentice earns $700 a week, which is about $18 an hour.\n"
    assert [(m.text, m.value) for m in find_roles(text)][1] == ("electrical apprentice", "electrician")
    assert (fact_at(text, "about $18").role, fact_at(text, "about $18").seniority) == ("electrician", "entry")


def test_new_before_a_bare_job_noun_leaves_it_bare() -> None:
    # "new" tells when they were hired, no rung of a title: "new engineers" stays a bare job noun (read as
    # the fuller title it stands for), while "junior engineers" is a title of its own
    text = "Acme offers new chip design engineers more, while Beta pays its new engineers less. Junior engineers earn least."
    assert [m.value for m in find_roles(text)] == ["chip design engineer", "engineer"]
    assert [m.text for m in find_roles(text)][1] == "engineers"
    assert text.index("Junior engineers") + len("Junior ") == find_roles(text)[1].start
