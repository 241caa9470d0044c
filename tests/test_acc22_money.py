"""Money and table readings added in accuracy round dev22: Vietnamese magnitude words with the decimal
comma, Swedish tkr (a magnitude that carries the krona), hyphenated magnitudes, open bounds by a wide
margin ("well over", "north of"), a bare amount compared with the money amount before it, a code
glued after an amount that opens the next cell, and bare grouped cells of a table whose caption
declares the currency. Invented sentences; negatives next to the positives."""
from __future__ import annotations

from typing import Optional

import pytest

from extract.money import find_money
from extract.tables import find_text_tables, find_values

Expected = Optional[tuple[str, Optional[float], Optional[float], str]]

# (text, expected (surface, min, max, currency) of the LAST amount, or None for no amount)
CASES: list[tuple[str, Expected]] = [
    # Vietnamese triệu (million) / tỷ (billion) / nghìn (thousand), a comma before decimals
    ("A junior tester earns 9 triệu đồng a month.", ("9 triệu đồng", 9e6, 9e6, "VND")),
    ("Team leads get about 32,5 triệu đồng gross.", ("about 32,5 triệu đồng", 32.5e6, 32.5e6, "VND")),
    ("Offers run from 18 to 26 triệu đồng monthly.", ("18 to 26 triệu đồng", 18e6, 26e6, "VND")),
    ("A CTO can make more than 2,4 tỷ đồng a year.", ("more than 2,4 tỷ đồng", 2.4e9, None, "VND")),
    ("Lunch costs 45 nghìn đồng.", ("45 nghìn đồng", 45e3, 45e3, "VND")),
    # the Vietnamese word alone names the dong; a point groups thousands in this language
    ("Net pay\t~17,8 triệu\t+5%", ("~17,8 triệu", 17.8e6, 17.8e6, "VND")),
    ("The bonus pool is 1.200 triệu.", ("1.200 triệu", 1.2e9, 1.2e9, "VND")),
    # ... but not when it counts something
    ("The city has 9,3 triệu người.", None),
    # Swedish tkr / Mkr: thousands and millions of kronor
    ("Testers land at roughly 44 tkr a month.", ("roughly 44 tkr", 44e3, 44e3, "SEK")),
    ("Architects ask for 70–85 tkr per month.", ("70–85 tkr", 70e3, 85e3, "SEK")),
    ("The seed round was 12 Mkr.", ("12 Mkr", 12e6, 12e6, "SEK")),
    # a magnitude word joined by a hyphen
    ("Work began on the $12-billion refinery.", ("$12-billion", 12e9, 12e9, "USD")),
    ("a €2-million-a-year contract", ("€2-million", 2e6, 2e6, "EUR")),
    ("Rates of $30-45 an hour", ("$30-45", 30.0, 45.0, "USD")),
    # a bare amount compared with the money amount before it takes its currency
    ("Leads end the year with 900 million VND, versus 720 million on base pay alone.",
     ("720 million", 720e6, 720e6, "VND")),
    ("The budget fell to £4.1 million from 4.6 million a year earlier.", ("4.6 million", 4.6e6, 4.6e6, "GBP")),
    # ... not a count, nor a number of another order
    ("It raised $8 million, versus 2 million downloads.", ("$8 million", 8e6, 8e6, "USD")),
    ("Pay is €52,500 a year from 3,100 survey answers.", ("€52,500", 52500.0, 52500.0, "EUR")),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_last_amount(text: str, expected: Expected) -> None:
    found = find_money(text)
    if expected is None:
        assert found == []
        return
    m = found[-1]
    assert (m.text, m.amount_min, m.amount_max, m.currency) == expected


@pytest.mark.parametrize("text,lo,hi,approx", [
    ("Controllers earn well over CHF 14,000 a month.", 14000.0, None, False),
    ("Partners negotiate packages north of €250,000.", 250000.0, None, False),
    ("Interns are paid well under $20 an hour.", None, 20.0, False),
    # SPEC: "just under", "a little over" are approximate amounts, not open bounds
    ("Analysts earn just under $90,000.", 90000.0, 90000.0, True),
    ("Analysts earn a little over $90,000.", 90000.0, 90000.0, True),
])
def test_wide_margin_bounds(text: str, lo: Optional[float], hi: Optional[float], approx: bool) -> None:
    m = find_money(text)[-1]
    assert (m.amount_min, m.amount_max, m.approx) == (lo, hi, approx)


def test_north_of_a_place_is_no_bound() -> None:
    m = find_money("Camps north of Whitehorse pay $55 an hour.")[-1]
    assert (m.text, m.amount_min, m.amount_max) == ("$55", 55.0, 55.0)


def test_glued_code_opens_next_cell() -> None:
    line = "Payroll Officer1-3 yearsQAR 8,000 - 11,000QAR 7,500 - 10,500"
    assert [(m.text, m.amount_min, m.amount_max, m.currency) for m in find_money(line)] == [
        ("QAR 8,000 - 11,000", 8000.0, 11000.0, "QAR"),
        ("QAR 7,500 - 10,500", 7500.0, 10500.0, "QAR"),
    ]
    # a code written after each amount stays its suffix
    assert find_money("Doha 12,000QAR 14,000QAR")[0].text == "12,000QAR"


def test_code_range_cells_of_glued_table() -> None:
    text = ("Monthly pay by role (QAR per month)\n"
            "RoleExperienceDohaLusail\n"
            "Payroll Officer1-3 yearsQAR 8,000 - 11,000QAR 7,500 - 10,500\n"
            "Finance Lead10+ yearsQAR 40,000+QAR 38,000+\n")
    row = text.splitlines()[2]
    assert [row[v.start : v.end] for v in find_values(row)][-2:] == [
        "QAR 8,000 - 11,000", "QAR 7,500 - 10,500"]
    (table,) = find_text_tables(text)
    cells = {(c.row, c.col): c.text for c in table.cells}
    assert cells[(1, 2)] == "QAR 8,000 - 11,000" and cells[(2, 3)] == "QAR 38,000+"
    assert cells[(0, 3)] == "Lusail"


CAPTIONED = ("Pay by grade\n"
             "Monthly gross pay by grade, Jakarta, 2024 (IDR)\n"
             "Grade\tExperience\tMedian\tRange\n"
             "Staff\t0-2 years\t9.500.000\t7.000.000 - 12.000.000\n"
             "Lead\t6+ years\t24.000.000\t19.000.000 - 31.000.000\n")


def test_caption_declares_bare_cells() -> None:
    found = [(m.text, m.amount_min, m.amount_max, m.currency) for m in find_money(CAPTIONED)]
    assert ("9.500.000", 9.5e6, 9.5e6, "IDR") in found
    assert ("19.000.000 - 31.000.000", 19e6, 31e6, "IDR") in found
    assert len(found) == 4  # years of experience are no money
    assert not any(t.startswith(("0-2", "6+")) for t, *_ in found)


def test_counts_in_a_row_of_marked_amounts_stay_counts() -> None:
    text = ("Wages by city, 2024 (Canadian dollars)\n"
            "City\tMedian\tOpen jobs\n"
            "Calgary\t$31.00\t1,320\n")
    assert [m.text for m in find_money(text)] == ["$31.00"]


def test_no_caption_no_bare_cells() -> None:
    text = "Grade\tMedian\nStaff\t9.500.000\nLead\t24.000.000\n"
    assert find_money(text) == []


def test_k_amount_with_period_after_a_pay_word_of_its_sentence() -> None:
    text = ("The median advertised tester salary across all regions was 47k a month. "
            "Our blog got 38k a month in visits.")
    assert [(m.text, m.amount_min, m.period) for m in find_money(text)] == [("47k", 47000.0, "month")]
