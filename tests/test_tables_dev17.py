"""Table readings added in accuracy round dev17: a capitalized dollar prefix glued to a lower-case
row label opens the first cell. Invented rows; negatives in the same table."""
from __future__ import annotations

import pytest

from extract.tables import find_values

CASES = [
    ("Line cookS$2,900S$2,700S$2,500", ["S$2,900", "S$2,700", "S$2,500"]),
    ("Pastry chefS$3,100S$2,950n/a", ["S$3,100", "S$2,950"]),
    ("VancouverC$61,000C$58,000", ["C$61,000", "C$58,000"]),
    ("TorontoUS$5,200", ["US$5,200"]),
    # negatives: a prefix glued to a capital is no mark; a plain "$" after a word stays "$"
    ("AUS$5", ["$5"]),
    ("Total$45", ["$45"]),
]


@pytest.mark.parametrize("line,values", CASES)
def test_glued_dollar_prefix(line: str, values: list[str]) -> None:
    assert [line[v.start : v.end] for v in find_values(line)] == values
