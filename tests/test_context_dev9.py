"""Context readings added in the dev9 round: school districts, job cards, mining trades, coded places."""
from __future__ import annotations

import pytest

from extract.context import find_employers, find_locations, find_roles

# (text, role values) -- from the school, mining, campus, allied-health and contractor readings
ROLES = [
    ("Day rates for experienced haul truck operators rose", ["haul truck operator"]),
    ("Maintenance Fitter (HD Mechanical)", ["maintenance fitter"]),
    ("Senior Exploration Geologist", ["exploration geologist"]),
    ("Graduate geologists typically start on", ["geologist"]),
    ("Casual dump truck drivers in the basin", ["dump truck driver"]),
    ("Underground shift supervisors can top", ["shift supervisor"]),
    ("Camp cook jobs: A$1,900 per week", ["camp cook"]),
    ("Product owners with 3-5 years", ["product owner"]),
    ("React Native developers with", ["react native developer"]),
    ("Management consultants will start at", ["management consultant"]),
    ("interns at smaller start-ups get", ["intern"]),
    ("day-to-day substitute teachers will earn", ["substitute teacher"]),
    ("Paraeducators, who bargain separately", ["paraeducator"]),
    ("Department head, middle school: $1,900", ["department head"]),
    ("Assistant coach: $3,100", ["assistant coach"]),
    ("CT technologist: $2,600 per week", ["ct technologist"]),
    ("A PMO analyst quoting £400 a day", ["pmo analyst"]),
    ("hired graduates as software development engineers", ["software development engineer"]),
    # negatives: "fitter" alone is also a comparative adjective; prior work is no trade of its own
    ("staff who are fitter and healthier", []),
    ("two years' experience as a gas fitter", []),
]


@pytest.mark.parametrize(("text", "expected"), ROLES)
def test_roles(text: str, expected: list[str]) -> None:
    assert [m.value for m in find_roles(text)] == expected


SCHOOL = ("Tamarack School District salary schedule:\n"
          "Tamarack's starting salary rises. Tamarack estimates the average. "
          "The Tamarack Education Association puts it lower.")

# (text, employer values)
EMPLOYERS = [
    (SCHOOL, ["Tamarack School District", "Tamarack School District", "Tamarack School District"]),
    ("Senior Exploration Geologist\nKestrel Gold\nTanami region, NT · FIFO ex Darwin\nA$160,000",
     ["Kestrel Gold"]),
    ("Electrician\nCoralline Coal\nMoranbah, QLD · 7/7 roster\nA$180k", ["Coralline Coal"]),
    # negatives: no job title before the name line, or no place after it
    ("Key findings\nPay Rises\nLagos · Nairobi", []),
    ("Electrician\nHigher Pay\nThe pay rose", []),
    ("Overtime paid at time and a half after 10 hours.", []),
    # one-word short names only for school systems, never for a place
    ("Kent Health pays. Kent is a county.", ["Kent Health"]),
]


@pytest.mark.parametrize(("text", "expected"), EMPLOYERS)
def test_employers(text: str, expected: list[str]) -> None:
    assert [m.value for m in find_employers(text)] == expected


# (text, location values)
LOCATIONS = [
    ("Haul Truck Operator\nNewman, WA · FIFO ex Perth · 8/6 roster", ["Newman, WA"]),
    ("Tanami region, NT · FIFO ex Darwin or Alice Springs", ["Tanami region, NT"]),
    ("Agency site nurses in the NT earn up to", ["NT"]),
    ("Camp cook jobs in NT: A$1,900", ["NT"]),
    ("Bengaluru-based Zentrix Systems hired", ["Bengaluru"]),
    ("- Test Analyst · Manchester (hybrid) · £75 p/h", ["Manchester"]),
    ("£450 in the Midlands.", ["Midlands"]),
    ("winter contracts in the Upper Midwest offer", ["Upper Midwest"]),
    # negatives: a departure point, a company's description, codes that are words
    ("FIFO ex Perth", []),
    ("Harbor & Vine, the Ohio-based discount chain", []),
    ("based in OR or IN", []),
]


@pytest.mark.parametrize(("text", "expected"), LOCATIONS)
def test_locations(text: str, expected: list[str]) -> None:
    assert [m.value for m in find_locations(text)] == expected
