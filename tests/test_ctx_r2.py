"""Round-2 detector readings: places, titles and seniority labels (invented sentences)."""
from __future__ import annotations

import pytest

from extract.context import find_locations, find_roles
from extract.experience import find_seniority


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place alone in brackets after the name opening a list item
        ("• Example Mining Co (Karratha): fitter, $60/hr", ["Karratha"]),
        ("• Example Office (Reading): clerk, £12/hr", []),  # a common word stays unread
        ("• Bureau of Examples (BEX): $5", []),
        # numbered postal districts
        ("• Example Bank (Dublin 2) hires analysts", ["Dublin 2"]),
        ("Rents in Dublin 8, near the canal, are high.", ["Dublin 8"]),
        pytest.param("Rents in Dublin 8 are high.", ["Dublin 8"],  # a lower-case word after the number reads
                     marks=pytest.mark.xfail(strict=True, reason="as a count: 'Dublin 12 firms'")),
        ("In Dublin 12 firms are hiring; Dublin 2024 figures.", ["Dublin", "Dublin"]),
        # city districts named as the place
        ("A flat in Powai rents for ₹40,000 and one in Gachibowli for ₹30,000.", ["Powai", "Gachibowli"]),
    ],
)
def test_places(text: str, expected: list[str]) -> None:
    assert [m.value for m in find_locations(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a schedule or a kind of workplace before the job noun is not part of the title
        ("Night shift nurses earn a premium.", ["nurse"]),
        ("Day shift electricians earn $40.", ["electrician"]),
        ("Retail chain pharmacists start at $50 an hour.", ["pharmacist"]),
        ("Underground shift supervisors earn $200,000.", ["shift supervisor"]),
        ("Supply chain analysts earn $70,000.", ["supply chain analyst"]),
        # a qualification named after a job noun is a course
        ("The Associate Diploma costs £3,000.", []),
        ("An Associate Degree in nursing costs $9,000; law firm associates earn $200,000.", ["associate"]),
        # new job nouns
        ("A barista earns $15 an hour.", ["barista"]),
        ("A content marketer earns €40,000; a growth marketeer €50,000.", ["content marketer", "growth marketeer"]),
        ("Marketers love data.", []),
        # residents of a pharmacy text are pharmacy residents; elsewhere they are people living there
        ("Most PharmDs do a residency. Programs pay residents $50,000.", ["pharmacy resident"]),
        ("Example City residents pay no tax on their $50,000.", []),
    ],
)
def test_roles(text: str, expected: list[str]) -> None:
    assert [m.value for m in find_roles(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("• Intermediate (4-6 years): $83,500 to $96,000", [("Intermediate", "mid")]),
        ("• Lead: $120,000", [("Lead", "senior")]),
        ("• Lead time: two weeks", []),
        ("• Professional development: $500", []),
        ("Intermediate electricians earn $90,000.", [("Intermediate", "mid")]),
    ],
)
def test_list_item_seniority(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in find_seniority(text)] == expected
