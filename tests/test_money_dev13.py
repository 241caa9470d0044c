"""Letter symbols (R, N, Sh) in a text that confirms them: looser shapes count (dev13 round; invented text)."""
from __future__ import annotations

from typing import Optional

import pytest

from extract.money import find_money

CONFIRMING = " Typical pay is R31 500 a month, or R378 000 a year."  # two strictly shaped rand amounts


def _found(text: str) -> list[tuple[str, Optional[float], Optional[str]]]:
    return [(m.text, m.amount_min, m.currency) for m in find_money(text)]


CASES = [
    pytest.param("The annual fee is R640." + CONFIRMING, ("R640", 640.0, "ZAR"), id="plain-number"),
    pytest.param("At R17.90 to the dollar, that is a lot." + CONFIRMING, ("R17.90", 17.9, "ZAR"), id="decimals"),
    pytest.param("Technicians earn R 26 500 pm." + CONFIRMING, ("R 26 500", 26500.0, "ZAR"), id="space-after-symbol"),
    pytest.param("PolokwaneLimpopoR455 000R240kR910k" + CONFIRMING, ("R240k", 240000.0, "ZAR"), id="glued-cell-after-magnitude"),
    pytest.param("PolokwaneLimpopoR455 000R240kR910k" + CONFIRMING, ("R455 000", 455000.0, "ZAR"), id="glued-cell-after-letter"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_confirmed_symbol_shapes(text: str, expected: tuple[str, float, str]) -> None:
    assert expected in _found(text)


NEGATIVES = [
    pytest.param("The annual fee is R640. Take the R27 to town.", id="not-confirmed-plain"),
    pytest.param("Technicians earn R 26 500 pm.", id="not-confirmed-space"),
    pytest.param("PolokwaneLimpopoR455 000", id="not-confirmed-glued"),
    pytest.param("Qatar pays QR5,000 and QR6,000." + CONFIRMING, id="capital-before-is-another-symbol"),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_unconfirmed_or_other_symbols(text: str) -> None:
    assert not [m for m in find_money(text) if m.currency == "ZAR" and m.text not in ("R31 500", "R378 000")]
