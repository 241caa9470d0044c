"""Table readings added in the dev15 accuracy round: letter-abbreviation currency cells and a text
cell glued after the last amount of a flattened row."""

from __future__ import annotations

from typing import Optional

import pytest

from extract.tables import find_text_tables, parse_glued_row

ROWS = [
    ("KhorfakkanDh4,100Dh8,300", ["Khorfakkan", "Dh4,100", "Dh8,300"]),
    ("KhorfakkanDh4,100Dh8,300EHS", ["Khorfakkan", "Dh4,100", "Dh8,300", "EHS"]),
    ("Leeds£31,200£38,900NHS Trust", ["Leeds", "£31,200", "£38,900", "NHS Trust"]),
    # negatives: prose ending in a word glued to a number, and one amount before a glued word
    ("It went up 5% in Covid19A", None),
    ("Pay rose to $52,000Remote", None),
]


@pytest.mark.parametrize("line, expected", ROWS)
def test_glued_rows(line: str, expected: Optional[list[str]]) -> None:
    row = parse_glued_row(line)
    assert (None if row is None else [p.text for p in row.cells]) == expected


TABLE = (
    "Pay by town\n\n"
    "TownAvg. basicAvg. totalRegulator\n"
    "KhorfakkanDh4,100Dh8,300EHS\n"
    "Kalba TownDh3,900Dh7,700EHS\n"
    "Dibba Al-HisnDh4,300Dh8,900MOHAP\n"
)


def test_glued_table_with_text_column() -> None:
    tables = find_text_tables(TABLE)
    assert len(tables) == 1
    cells = {(c.row, c.col): (c.text, c.header) for c in tables[0].cells}
    assert cells[(0, 3)] == ("Regulator", "Regulator")
    assert cells[(2, 0)] == ("Kalba Town", "Town")
    assert cells[(3, 2)] == ("Dh8,900", "Avg. total")
    assert cells[(3, 3)] == ("MOHAP", "Regulator")
