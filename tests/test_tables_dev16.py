"""Glued-header readings added in accuracy round dev16. Invented headers."""
from __future__ import annotations

from typing import Optional

import pytest

from extract.tables import split_header

CASES = [
    # a unit capital glued to its number is inside a cell ("1K rent"), not a boundary
    ("TownPostings (May 2024)Mean yearly payAvg. 2K flat / month", 4,
     ["Town", "Postings (May 2024)", "Mean yearly pay", "Avg. 2K flat / month"]),
    ("CityAvg. 1K rent", 2, ["City", "Avg. 1K rent"]),
    ("ModelPrice 4K", 2, ["Model", "Price 4K"]),
    # quarters still split where a capital follows a digit inside one glued run
    ("YearQ1Q2Q3", 4, ["Year", "Q1", "Q2", "Q3"]),
    # negatives: the unit capital gives no extra column
    ("Model4K", 2, None),
    ("Avg. 1K", 2, None),
]


@pytest.mark.parametrize(("line", "n", "expected"), CASES)
def test_split_header(line: str, n: int, expected: Optional[list[str]]) -> None:
    split = split_header(line, n)
    assert (None if split is None else [c.text for c in split.cells]) == expected
