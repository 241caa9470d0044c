"""Money readings added in the dev10 accuracy round: local number formats and bare-sign currencies."""

from __future__ import annotations

from typing import Optional

import pytest

from extract.money import currency_named, find_money


def _read(text: str) -> list[tuple[str, Optional[float], Optional[float], Optional[str], Optional[str]]]:
    return [(m.text, m.amount_min, m.amount_max, m.currency, m.period) for m in find_money(text)]


# Local number formats (Brazil, Mexico, Switzerland, Denmark/Norway): positives and negatives.
LOCAL_FORMATS = [
    ("A developer earns R$ 12 mil.", [("R$ 12 mil", 12000.0, 12000.0, "BRL", None)]),
    ("R$ 18 mil to R$ 22 mil monthly", [("R$ 18 mil to R$ 22 mil", 18000.0, 22000.0, "BRL", "month")]),
    ("leads start from R$ 5 mil.", [("R$ 5 mil", 5000.0, None, "BRL", None)]),
    ("a budget of $5 mil.", [("$5 mil", 5e6, 5e6, "USD", None)]),  # negative: mil stays a million
    ("earn Mex$9,500 to Mex$12,000 a month", [("Mex$9,500 to Mex$12,000", 9500.0, 12000.0, "MXN", "month")]),
    ("start between Fr. 85'000.– and Fr. 95'000.–, says", [("Fr. 85'000.– and Fr. 95'000.–", 85000.0, 95000.0, "CHF", None)]),
    ("Analyst · Fr. 90'000.– to 100'000.–", [("Fr. 90'000.– to 100'000.–", 90000.0, 100000.0, "CHF", None)]),
    ("AML AnalystCHF 85'000CHF 108'000", [("CHF 85'000", 85000.0, 85000.0, "CHF", None), ("CHF 108'000", 108000.0, 108000.0, "CHF", None)]),
    ("Zürich · CHE-312.456.789 · 2025", []),  # negative: a company number, not a fund code amount
    ("pay in Denmark is kr. 137,15 an hour", [("kr. 137,15", 137.15, 137.15, "DKK", "hour")]),
    ("Danish ads say kr 44.500 pr. md.", [("kr 44.500", 44500.0, 44500.0, "DKK", "month")]),
    ("Swedish ads: lön 45 000 kr/mån", [("45 000 kr", 45000.0, 45000.0, "SEK", "month")]),
]


@pytest.mark.parametrize("text, expected", LOCAL_FORMATS)
def test_local_formats(text: str, expected: list) -> None:
    assert _read(text) == expected


# "kr" follows the country named nearest before it on its line.
KR_CONTEXT = [
    ("Swedish ads say 45 000 kr, Danish ones kr 44.500.", ["SEK", "DKK"]),
    ("In Norway a nurse earns kr 48 300.", ["NOK"]),
    ("The fee is 300 kr.", ["SEK"]),  # negative: no cue, the default
]


@pytest.mark.parametrize("text, codes", KR_CONTEXT)
def test_kr_context(text: str, codes: list[str]) -> None:
    assert [m.currency for m in find_money(text)] == codes


# A plain "$" in a list or table introduced by a currency declaration takes that currency;
# outside that block it stays USD.
DECLARED = [
    ("Rates of pay in Canadian dollars:\n• EC-02: $68,000 to $81,000\n• EC-07: 118 593 $ to 137 838 $\nA posting offered $71,201.",
     ["CAD", "CAD", "USD"]),
    ("Monthly pay (in MXN):\nJunior\t$18,000\nSenior\t$60,000", ["MXN", "MXN"]),
    ("Pay in the UK:\n• Junior: $50,000", ["USD"]),  # negative: no currency named
    ("Rates in Canadian dollars:\n• A: US$5", ["USD"]),  # negative: an explicit dollar stays
]


@pytest.mark.parametrize("text, codes", DECLARED)
def test_declared_currency(text: str, codes: list[str]) -> None:
    assert [m.currency for m in find_money(text)] == codes


@pytest.mark.parametrize(
    "text, code",
    [
        ("IT group: annual rates of pay in Canadian dollars, effective 2024", "CAD"),
        ("All figures are quoted in Mexican pesos", "MXN"),
        ("Salaries (in AUD)", "AUD"),
        ("Pay in the UK is high", None),
        ("Jobs in CAN and US", None),
    ],
)
def test_currency_named(text: str, code: Optional[str]) -> None:
    assert currency_named(text) == code
