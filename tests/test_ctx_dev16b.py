"""Context detectors: readings added for the dev16 round 2 (invented sentences)."""
from __future__ import annotations

import pytest

from extract.context import find_employers, find_roles
from .mention_helpers import places as _places


# ---------------------------------------------------------------- locations
@pytest.mark.parametrize(("text", "expected"), [
    # a city named with or without "City" (the gazetteer's alternate name)
    ("| Bacolod | Acme | ₱14,000 |", ["Bacolod"]),
    ("Rents are lower in Iloilo City.", ["Iloilo City"]),
    # subdivision names without their bracketed number, and "<region> Region"
    ("Minimum pay in Central Visayas rose to ₱477.", ["Central Visayas"]),
    ("Davao Region pays ₱510.", ["Davao Region"]),
    ("workers in NCR earn the minimum.", ["NCR"]),
    ("Pay in Delhi NCR is higher.", ["Delhi NCR"]),
    # a province after a cue
    ("Agents in Pampanga earn less.", ["Pampanga"]),
    # hyphenated metro areas without their state: every city in one state
    ("plumbers in Chicago-Naperville-Elgin make $52.15", ["Chicago-Naperville-Elgin"]),
    ("Dallas-Fort Worth pays more.", ["Dallas-Fort Worth"]),
    # negatives: cities of different states, a brand
    ("Dallas-Chicago routes; Coca-Cola bottlers", []),
])
def test_places(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a table row opening with an unlisted town and its province names the row's place,
    # and the town is read again after a cue or as a field, not as a surname
    ("| Exampleton, Pampanga | Acme | ₱16,500 |\nAgents in Exampleton earn more. Acme BPO, Exampleton · ₱26k",
     ["Exampleton, Pampanga", "Exampleton", "Exampleton"]),
    ("| Exampleton, Pampanga | Acme | ₱16,500 |\nOur analyst Jane Exampleton said so. Mr. Exampleton too.",
     ["Exampleton, Pampanga"]),
    # an unlisted town placed by a state code
    ("Rates in Exampleton Falls, NJ, rose.", ["Exampleton Falls, NJ"]),
    # negatives: a department or a month is no town; a code that is no state
    ("Pay in Sales, NJ, rose; in Exampleton, IT teams", []),
    ("| March, Pampanga | 4 |", []),
])
def test_unlisted_towns(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


# ---------------------------------------------------------------- roles
@pytest.mark.parametrize(("text", "expected"), [
    ("Chartered accountants with five years earn more", ["chartered accountant"]),
    ("a chartered professional accountant earns", ["chartered professional accountant"]),
    # British spelling folds to the canonical title (dev12 convention; dev16 gold keeps it as written)
    ("nurse anaesthetists earn more", ["nurse anesthetist"]),  # folded: tests/test_context_dev12.py
    ("nurse anesthetists earn more", ["nurse anesthetist"]),
    # a speaker title before a verb of writing or quoting is who states the figure
    ("the sum recruiters also write as ¥7.1 million", []),
    ("Headhunters typically quote ¥9m for this", []),
    # negatives: the title as the subject of pay stays a role
    ("recruiter salaries are ¥5m", ["recruiter"]),
    ("recruiters earn ¥5m", ["recruiter"]),
])
def test_roles(text: str, expected: list[str]) -> None:
    assert [m.value for m in find_roles(text)] == expected


# ---------------------------------------------------------------- employers
@pytest.mark.parametrize(("text", "expected"), [
    ("At Example Pipe & Drain in Exampleton, TX, techs earn $26 an hour.", ["Example Pipe & Drain"]),
    ("Pay rose. At Harbor Light Contact Solutions in Exampleton, agents start on ₱24,000.",
     ["Harbor Light Contact Solutions"]),
    # negatives: a holiday, a level, a department, one word
    ("At Christmas Eve in London, pay doubles.", []),
    ("At Senior Level in Ohio, pay is higher.", []),
    ("At Sales Operations in Leeds, staff earn more.", []),
])
def test_opening_at(text: str, expected: list[str]) -> None:
    assert [m.value for m in find_employers(text)] == expected
