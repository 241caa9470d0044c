"""Readings added for the dev10 round: glued table rows, table captions, a table's currency."""

from __future__ import annotations

import pytest

from extract.link import _cell_money, _rows_of, names_currency, shared_marker
from extract.tables import find_text_tables


# --------------------------------------------------------------------------- a table's currency

@pytest.mark.parametrize("text, expected", [
    # column headers naming a currency by code
    ("Sweden (SEK)", "SEK"),
    ("Mexico (MXN/month)", "MXN"),
    ("Salary (EUR)", "EUR"),
    # captions and intros naming it by name
    ("IT group: annual rates of pay in Canadian dollars", "CAD"),
    ("Monthly pay, in Mexican pesos", "MXN"),
    # negatives: none, several, an ISO code that is an English word, a bare generic name
    ("Salary", None),
    ("USD vs EUR", None),
    ("ALL roles", None),
    ("Pay in dollars", None),
])
def test_names_currency(text: str, expected: str | None) -> None:
    assert names_currency(text) == expected


@pytest.mark.parametrize("text, expected", [
    # marks several currencies share, or no mark: the table's currency may apply
    ("52 100 kr", True),
    ("kr. 58.900", True),
    ("$18,000–26,000", True),
    ("31,000", True),
    # marks naming one currency: kept
    ("C$97,000", False),
    ("R$ 4.000–6.000", False),
    ("NOK 650 000", False),
    ("€45.000", False),
    ("£30,000", False),
])
def test_shared_marker(text: str, expected: bool) -> None:
    assert shared_marker(text) is expected


# --------------------------------------------------------------------------- glued rows read cell by cell

def _money_texts(text: str) -> list[str]:
    from extract.money import find_money
    tables = find_text_tables(text)
    found = _cell_money(find_money(text, default_currency="USD"), tables, [_rows_of(t) for t in tables],
                        default_currency="USD")
    return [m.text for m in found]


@pytest.mark.parametrize("text, expected", [
    # a trailing code glued to the next cell's leading code
    ("PositionJuniorSenior\nAnalystCHF 85'000CHF 108'000\nManagerCHF 98'000CHF 128'000\n",
     ["CHF 85'000", "CHF 108'000", "CHF 98'000", "CHF 128'000"]),
    # negative: cells already read whole stay as they are
    ("RoleJuniorSenior\nAnalyst$85,000$108,000\nManager$98,000$128,000\n",
     ["$85,000", "$108,000", "$98,000", "$128,000"]),
])
def test_glued_row_amounts(text: str, expected: list[str]) -> None:
    assert _money_texts(text) == expected
