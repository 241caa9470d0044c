"""Round acc40 (money, tables): a currency sign typed with a lookalike character, "a dollar" naming
the currency as a unit after "to", and flattened tables whose amounts carry a sign led by capitals."""

from __future__ import annotations

import pytest

from extract.money import find_money
from extract.tables import find_text_tables, find_values, parse_glued_row


def _read(text: str) -> list[tuple[str, object, object, object]]:
    return [(m.text, m.amount_min, m.amount_max, m.currency) for m in find_money(text)]


@pytest.mark.parametrize("text, expected", [
    # the cedi sign written with the cent sign, spaced or glued, alone, in ranges and after qualifiers
    ("Clerks start on GH¢ 1,250 a month.", [("GH¢ 1,250", 1250.0, 1250.0, "GHS")]),
    ("Drivers earn GH¢980 monthly.", [("GH¢980", 980.0, 980.0, "GHS")]),
    ("Rates run from GH¢ 40 to GH¢ 65 per shift.", [("GH¢ 40 to GH¢ 65", 40.0, 65.0, "GHS")]),
    ("A cook makes under GH¢ 1,200.", [("under GH¢ 1,200", None, 1200.0, "GHS")]),
    ("Porters are paid 1,100 GH¢ each month.", [("1,100 GH¢", 1100.0, 1100.0, "GHS")]),
    # the narrow cedi sign alone
    ("A guard takes home ₵2,300.", [("₵2,300", 2300.0, 2300.0, "GHS")]),
])
def test_cedi_sign_lookalike(text: str, expected: list[tuple[str, object, object, object]]) -> None:
    assert _read(text) == expected


def test_cent_sign_alone_stays_cents() -> None:
    assert _read("Stamps cost 45¢ each.") == [("45¢", 0.45, 0.45, "USD")]


@pytest.mark.parametrize("text", [
    "Local wages are tied to a dollar figure set each spring.",
    "Some contracts are pegged to a dollar amount.",
])
def test_article_and_currency_before_a_unit_noun_after_to(text: str) -> None:
    assert _read(text) == []


def test_article_and_currency_after_to_still_an_amount() -> None:
    assert _read("Tips fell to a dollar a table.") == [("a dollar", 1.0, 1.0, "USD")]


def test_glued_row_with_capital_led_sign() -> None:
    row = parse_glued_row("Senior ClerkGrade 7GH₵1,905.20GH₵2,204.75")
    assert row is not None
    assert [p.text for p in row.cells][-2:] == ["GH₵1,905.20", "GH₵2,204.75"]
    assert [line for line in ["Grade 4E£8,500E£9,900"] for v in find_values(line)
            if line[v.start:v.end] == "E£8,500"]


def test_glued_table_with_capital_led_sign() -> None:
    text = ("Pay grades\n\n"
            "Civil Service GradeSalary BandLowest Monthly PayHighest Monthly Pay\n"
            "Clerk IIBand 3GH₵1,510.40GH₵1,744.90\n"
            "Clerk IBand 4GH₵1,690.00GH₵1,952.30\n"
            "Senior ClerkBand 5GH₵1,880.60GH₵2,171.10\n"
            "Source: a made-up commission\n")
    tables = find_text_tables(text)
    assert len(tables) == 1
    rows: dict[int, list[str]] = {}
    for cell in tables[0].cells:
        rows.setdefault(cell.row, []).append(cell.text)
    assert rows[1] == ["Clerk II", "Band 3", "GH₵1,510.40", "GH₵1,744.90"]
    assert rows[3][-1] == "GH₵2,171.10"
    assert [c.header for c in tables[0].cells if c.text == "GH₵1,744.90"] == ["Highest Monthly Pay"]


@pytest.mark.parametrize("text, expected", [
    # the cedi as Ghanaian text spells it: "Gh" with the sign or its lookalike, or a letter c
    ("Cleaners get Gh¢ 850 a month.", [("Gh¢ 850", 850.0, 850.0, "GHS")]),
    ("Nurses earn GHc 4,100 monthly.", [("GHc 4,100", 4100.0, 4100.0, "GHS")]),
    ("A tutor charges Ghc120 an hour.", [("Ghc120", 120.0, 120.0, "GHS")]),
    ("The board pays GHC 3,250 a month.", [("GHC 3,250", 3250.0, 3250.0, "GHS")]),
    # the old code is also a compiler's name: money only before a number shaped like money
    ("The build needs GHC 9.4 or later.", []),
])
def test_ghanaian_cedi_spellings(text: str, expected: list[tuple[str, object, object, object]]) -> None:
    assert _read(text) == expected
