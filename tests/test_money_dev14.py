"""Money readings added in the dev14 accuracy round (invented rows; negatives alongside)."""
from __future__ import annotations

import pytest

from extract.money import find_money


@pytest.mark.parametrize(
    "text, expected",
    [
        # a flattened table row glues the row label to the first cell's currency code
        ("Kuala LumpurRM6,200RM9,900", ["RM6,200", "RM9,900"]),
        ("ExamplevilleRs 500Rs 700", ["Rs 500", "Rs 700"]),
        # a capitalized code after a capital, or a one-letter symbol, is still no glued cell
        ("FORM5 rules apply", []),
        ("ModelR5 launched", []),
    ],
)
def test_glued_row_label(text: str, expected: list[str]) -> None:
    assert [m.text for m in find_money(text, default_currency=None)] == expected
