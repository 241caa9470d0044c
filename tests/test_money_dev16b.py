"""Money: readings added for the dev16 round 2 (invented sentences)."""
from __future__ import annotations

import pytest

from extract.money import find_money


@pytest.mark.parametrize(("text", "expected"), [
    # Japanese man (10,000) romanized and joined to the currency noun
    ('written as "640 man-yen" in ads', [("640 man-yen", 6_400_000.0, "JPY")]),
    ("an offer of 450 man yen a year", [("450 man yen", 4_500_000.0, "JPY")]),
    # negatives: "man" alone counts people; "man-years" is effort
    ("640 man were hired", []),
    ("3 man-years of work", []),
])
def test_man_yen(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(m.text, m.amount_min, m.currency) for m in find_money(text)] == expected
