"""Role readings of accuracy round 3b: ranks named by their unit, kitchen brigade, school duty posts."""

from __future__ import annotations

from typing import Optional

import pytest

from extract.context import find_roles


def _role(text: str) -> Optional[str]:
    roles = find_roles(text)
    return roles[0].value if roles else None


@pytest.mark.parametrize("text, expected", [
    # fire and police ranks named by their unit
    ("The deputy fire chief was appointed in May.", "deputy fire chief"),
    ("Battalion Chiefs work 24-hour shifts.", "battalion chief"),
    ("Police Trainees are paid during the academy.", "police trainee"),
    ("a K9 handler receives an allowance", "k-9 handler"),
    # kitchen brigade
    ("Head chef wanted for a busy bistro.", "head chef"),
    ("Two chefs de partie joined the team.", "chef de partie"),
    ("commis chefs start on the minimum", "commis chef"),
    ("Our sous-chef runs the pass.", "sous chef"),
    # school duty posts and coaches
    ("• Department chair: a stipend", "department chair"),
    ("• Club adviser: a stipend", "club adviser"),
    ("• Varsity head coach: a stipend", "head coach"),
    # negatives: the words alone, or in other senses, name no job
    ("The chief reason is cost.", None),
    ("He paid per head for the dinner.", None),
    ("They took the coach to the airport.", None),
    ("Pull up a chair.", None),
    ("a football club in the city", None),
])
def test_unit_ranks_and_brigade(text: str, expected: Optional[str]) -> None:
    assert _role(text) == expected
