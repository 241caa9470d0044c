"""Column headers naming an employer and a role; a caption's comma-set year (readings from the dev10 round)."""
from __future__ import annotations

import pytest

from extract.link import _CAPTION_YEAR, _caption_years, _employer_prefix, _title_across_blank
from extract.types import Block, Cell, Mention, Table

_ACME = Mention(0, 8, "Acme Air", "Acme Air", "employer")
_NORTH = Mention(0, 10, "North Rail", "North Rail Ltd", "employer")
_NAMES = {"acme air": _ACME, "north rail": _NORTH}


@pytest.mark.parametrize(
    "header, employer, cut",
    [
        # a company the document names, then the role: the column is that company's role
        ("Acme Air FO", "Acme Air", 8),
        ("Acme Air Captain", "Acme Air", 8),
        ("north rail Conductor", "North Rail Ltd", 10),
        # negatives: no named company opens the header, or the name is part of a longer word
        ("Captain", None, None),
        ("Acme Airways Captain", None, None),
        ("Acme Air", None, None),  # the name alone: no role after it
        ("Senior Acme Air Captain", None, None),
    ],
)
def test_employer_prefix(header: str, employer: str | None, cut: int | None) -> None:
    found = _employer_prefix(header, _NAMES)
    assert (found[0].value if found else None, found[1] if found else None) == (employer, cut)


@pytest.mark.parametrize(
    "text, cell, role_span, expected",
    [
        # cells guessed at a space: the running-text title is surer than the split
        ("Artificial Intelligence Engineer", Cell(0, 0, 0, 10, "Artificial"), (0, 32), True),
        ("Artificial Intelligence Engineer", Cell(0, 1, 11, 32, "Intelligence Engineer"), (0, 32), True),
        # glued cells: a title across the edge is an artefact of the gluing
        ("Acme FOAcme Captain", Cell(0, 1, 7, 19, "Acme Captain"), (5, 19), False),
        # a title inside the cell, or none near it
        ("Pilot Captain", Cell(0, 1, 6, 13, "Captain"), (6, 13), False),
        ("Pilot Captain", Cell(0, 0, 0, 5, "Pilot"), (6, 13), False),
    ],
)
def test_title_across_blank(text: str, cell: Cell, role_span: tuple[int, int], expected: bool) -> None:
    role = Mention(role_span[0], role_span[1], text[role_span[0] : role_span[1]], "x", "role")
    assert _title_across_blank(text, cell, [role]) is expected


@pytest.mark.parametrize(
    "caption, year",
    [
        ("Annual base salaries by position, 2025 (CHF gross, bonus excluded)", "2025"),
        ("Hourly rates by year of service, 2025 contracts (USD per hour)", "2025"),
        ("Nurse pay by state, 2023", "2023"),
        # negatives: ranges, dates, amounts and years not set off by a comma
        ("Pay by role, 2018-2025", None),
        ("Pay by role, 2018–28", None),
        ("Pay by role in 2025 contracts", None),
        ("Pay, March 3, 2024: overview", None),
        ("Pay by role, 2025/26 season", None),
        ("Pay by role, 2025.5 average", None),
        ("Headcount, 1500 staff", None),
    ],
)
def test_caption_year_pattern(caption: str, year: str | None) -> None:
    m = _CAPTION_YEAR.search(caption)
    assert (m.group("year") if m else None) == year


def _doc(caption: str, *, above_kind: str = "paragraph", years: tuple[Mention, ...] = ()) -> list[str]:
    text = caption + "\nRoleSalary"
    start = len(caption) + 1
    blocks = [Block(0, len(caption), above_kind), Block(start, len(text), "table_row")]  # type: ignore[arg-type]
    table = Table(start, len(text), "text", (), True)
    return [m.value for m in _caption_years(text, blocks, [table], list(years))]


@pytest.mark.parametrize(
    "caption, above_kind, years, expected",
    [
        ("Salaries by position, 2025 (CHF gross)", "paragraph", (), ["2025"]),
        ("Salaries by position, 2025", "heading", (), ["2025"]),
        # negatives: a year already read there wins; a table row above is no caption; no comma-set year
        ("Salaries by position, 2025 (CHF gross)", "paragraph", (Mention(0, 4, "in 2024", "2024", "year"),), ["2024"]),
        ("Salaries by position, 2025 (CHF gross)", "table_row", (), []),
        ("Salaries by position in 2025 contracts", "paragraph", (), []),
    ],
)
def test_caption_years(caption: str, above_kind: str, years: tuple[Mention, ...], expected: list[str]) -> None:
    assert _doc(caption, above_kind=above_kind, years=years) == expected
