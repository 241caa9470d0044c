"""Linking readings added in the dev16 round (invented sentences)."""

from __future__ import annotations

import pytest

from tests.test_link import facts_of


@pytest.mark.parametrize(
    ("text", "amount", "location"),
    [
        # a place right after a coordinator opens the next amount's clause: not the earlier amount's
        ("Welders in Ohio make $50,000 a year, Utah is at $40,000 and Idaho at $60,000.\n", "$40,000", "Utah"),
        ("Welders in Ohio make $50,000 a year, Utah is at $40,000 and Idaho at $60,000.\n", "$60,000", "Idaho"),
        ("Welders in Ohio make $50,000 a year, Utah is at $40,000 and Idaho at $60,000.\n", "$50,000", "Ohio"),
        ("Lagos is at $50 a day and Kano at $40.\n", "$40", "Kano"),
        ("The north is at $50 a day and Kano at $40.\n", "$50", None),
        # a contrast word sets the rest of the sentence against the amount
        ("A studio near the port costs $1,745 a month, versus $935 in Austin.\n", "$1,745", None),
        ("A studio near the port costs $1,745 a month, versus $935 in Austin.\n", "$935", "Austin"),
        # a place attached after its amount beats a place attached to an earlier one
        ("Welders earn $50,000 a year in Texas and $60,000 in Ohio.\n", "$60,000", "Ohio"),
        ("Welders earn $50,000 a year in Texas and $60,000 in Ohio.\n", "$50,000", "Texas"),
        # negatives: a place opening the sentence holds for every amount
        ("In Texas, welders earn $50,000 and fitters $30,000.\n", "$30,000", "Texas"),
        ("Welders in Texas earn $50,000 to $60,000 a year.\n", "$50,000 to $60,000", "Texas"),
    ],
)
def test_place_of_its_clause(text: str, amount: str, location: object) -> None:
    assert {f.text: f for f in facts_of(text)}[amount].location == location


_PACKAGE = ("# Pay in Canada\n\n{heading}\n\nA typical offer at a Calgary firm looks like this:\n\n"
            "• Basic salary: $4,000 per month\n• Housing allowance: $900 monthly\n")


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        # the section's heading or question line names whose pay the list is
        ("What is in a welder's pay package?", "welder"),
        ("## Welder pay package", "welder"),
        # negatives: the heading names no one, or two titles
        ("What is in a pay package?", None),
        ("What do welders and fitters get?", None),
    ],
)
def test_list_takes_heading_title(heading: str, role: object) -> None:
    found = {f.text: f for f in facts_of(_PACKAGE.format(heading=heading))}
    assert (found["$4,000"].role, found["$900"].role) == (role, role)

