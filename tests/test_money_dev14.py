"""Money readings added in the dev14 accuracy round (invented rows; negatives alongside)."""
from __future__ import annotations

import pytest

from extract.money import find_money


@pytest.mark.parametrize(
    "text, expected",
    [
        # a flattened table row glues the row label to the first cell's currency code
        ("Kuala LumpurRM5,800RM9,500", ["RM5,800", "RM9,500"]),
        ("ExamplevilleRs 500Rs 700", ["Rs 500", "Rs 700"]),
        # a capitalized code after a capital, or a one-letter symbol, is still no glued cell
        ("FORM5 rules apply", []),
        ("ModelR5 launched", []),
    ],
)
def test_glued_row_label(text: str, expected: list[str]) -> None:
    assert [m.text for m in find_money(text, default_currency=None)] == expected
