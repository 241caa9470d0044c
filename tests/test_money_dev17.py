"""Money readings added in accuracy round dev17: Spanish/Portuguese magnitude words read once the
page's declared currency is known, a code after "$" pinning it, a pinned first end naming its plain
partner's currency, "kCHF" thousands, and glued cells of flattened rows. Invented sentences;
negatives in the same tables."""
from __future__ import annotations

from typing import Optional

import pytest

from extract.money import find_money

PESO_NOTE = 'All amounts on this page are in Mexican pesos, written with the "$" sign. '

Expected = Optional[tuple[str, Optional[float], Optional[float], str]]

# (text, expected (surface, min, max, currency) of the LAST amount, or None for no amount)
LOCAL_MAGNITUDE_CASES = [
    # "mil" is a thousand with a currency of a Spanish/Portuguese-speaking country, also one the page declares
    (PESO_NOTE + "Leads earn $48 mil to $66 mil a month.", ("$48 mil to $66 mil", 48000.0, 66000.0, "MXN")),
    (PESO_NOTE + "A clerk earns around $21 mil al mes.", ("around $21 mil", 21000.0, 21000.0, "MXN")),
    ("A coder in Recife earns R$ 11 mil a month.", ("R$ 11 mil", 11000.0, 11000.0, "BRL")),
    # without such a currency "mil" stays a million
    ("The startup raised $7 mil in seed money.", ("$7 mil", 7e6, 7e6, "USD")),
    # millones / milhões are millions, "mil millones" a thousand millions
    (PESO_NOTE + "The director post pays MX$2.3 millones al año.", ("MX$2.3 millones", 2.3e6, 2.3e6, "MXN")),
    (PESO_NOTE + "Ad spend reached $37.8 mil millones last year.", ("$37.8 mil millones", 37.8e9, 37.8e9, "MXN")),
    ("O setor faturou R$ 3,5 bilhões em 2024.", ("R$ 3,5 bilhões", 3.5e9, 3.5e9, "BRL")),
    ("Um diretor recebe R$ 1,2 milhão por ano.", ("R$ 1,2 milhão", 1.2e6, 1.2e6, "BRL")),
]

PINNED_CODE_CASES = [
    # a code after "$" names its currency against the page's note
    (PESO_NOTE + "A US-based lead earns $151,000 USD a year.", ("$151,000 USD", 151000.0, 151000.0, "USD")),
    (PESO_NOTE + "A lead earns $51,000 a month.", ("$51,000", 51000.0, 51000.0, "MXN")),
    # a code on the first end of a range names the plain second end too
    ("Ads sit between $43,750 MXN mensuales and $61,250 for mid-sized firms.",
     ("$43,750 MXN mensuales and $61,250", 43750.0, 61250.0, "MXN")),
    ("Ads sit between $41,000 CAD and $66,000.", ("$41,000 CAD and $66,000", 41000.0, 66000.0, "CAD")),
    # negative: no range connector, two amounts
    ("It pays $41,000 MXN; the US office pays $66,000.", ("$66,000", 66000.0, 66000.0, "USD")),
]

THOUSAND_CODE_CASES = [
    ("- **Lead (8-12 yrs):** kCHF 135–150", ("kCHF 135–150", 135000.0, 150000.0, "CHF")),
    ("Sales lead in Bern · kCHF 140+", ("kCHF 140+", 140000.0, None, "CHF")),
    ("Budget: kEUR 85 per head", ("kEUR 85", 85000.0, 85000.0, "EUR")),
    # negative: a "k" ending a word is no prefix
    ("The clerk paid CHF 140 in fees.", ("CHF 140", 140.0, 140.0, "CHF")),
]

GLUED_ROW_CASES = [
    # a capitalized dollar prefix glued to a lower-case row label, a slashed abbreviation after an amount
    ("Line cookS$2,900S$2,700n/a", ("S$2,700", 2700.0, 2700.0, "SGD")),
    ("Line cookS$2,900n/a", ("S$2,900", 2900.0, 2900.0, "SGD")),
    ("VancouverC$61,000C$58,000", ("C$58,000", 58000.0, 58000.0, "CAD")),
    # negatives: a plain "$" after a word stays a dollar; code-like letters after an amount drop it
    ("Total$45", ("$45", 45.0, 45.0, "USD")),
    ("echo $1abc", None),
]


def _last(text: str) -> Expected:
    found = find_money(text)
    if not found:
        return None
    m = found[-1]
    return (m.text, m.amount_min, m.amount_max, m.currency)


@pytest.mark.parametrize("text,expected", LOCAL_MAGNITUDE_CASES)
def test_local_magnitudes(text: str, expected: Expected) -> None:
    assert _last(text) == expected


@pytest.mark.parametrize("text,expected", PINNED_CODE_CASES)
def test_pinned_codes(text: str, expected: Expected) -> None:
    assert _last(text) == expected


@pytest.mark.parametrize("text,expected", THOUSAND_CODE_CASES)
def test_thousand_codes(text: str, expected: Expected) -> None:
    assert _last(text) == expected


@pytest.mark.parametrize("text,expected", GLUED_ROW_CASES)
def test_glued_rows(text: str, expected: Expected) -> None:
    assert _last(text) == expected
