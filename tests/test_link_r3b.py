"""Link readings of accuracy round 3: a footer's address is no figure's place, an exchange rate has no place."""
from __future__ import annotations

import pytest

from extract.link import _footer_line
from tests.test_link import fact_at


@pytest.mark.parametrize(
    ("line", "footer"),
    [
        # invented footers: a copyright notice or a telephone number among "·" fields
        ("Pay Desk · Hauptstrasse 9, 8001 Zürich · +41 44 555 01 23 · Newsletter: CHF 9 per month", True),
        ("Wage Weekly · 5 King Street, Leeds · Premium £3.99 a month · © 2026", True),
        ("Example Media · 2 Park Road, Perth WA 6000 · Call 1300 555 019 · Alerts A$3 a month", True),
        ("© 2026 Example Media · 2 Park Road, Perth · Report PDF: A$19", True),
        # job cards and listings joined by "·" are no footers
        ("Charge Nurse · Tulsa · Up to $52 per hour", False),
        ("Line Cook · Leeds · 2 shifts a week · £12.50/hr", False),
        ("Welder · Perth WA · Ref 2231 · A$48/hr", False),
        ("Nurses in Leeds earn £32,000 a year.", False),
    ],
)
def test_footer_line(line: str, footer: bool) -> None:
    assert _footer_line(line, 0) is footer


@pytest.mark.parametrize(
    ("text", "amount", "location"),
    [
        # an exchange rate is the price of a currency: no place (invented sentences)
        ("Developers in Lisbon earn about €3,000 a month, with the euro at roughly US$1.08.", "US$1.08", None),
        ("Engineers in Toronto earn C$120,000, about US$88,000 at C$1.36 to the US dollar.", "C$1.36", None),
        # a footer's address is the publisher's, not a price's place
        ("Nurses in Leeds earn £32,000 a year.\n\nWage Weekly · 5 King Street, Leeds · Premium £3.99 a month · © 2026\n",
         "£3.99", None),
        # negatives: a place stated for pay stays
        ("Nurses in Leeds earn £32,000 a year.", "£32,000", "Leeds"),
        ("Charge Nurse · Tulsa · Up to $52 per hour", "$52", "Tulsa"),
    ],
)
def test_location_of_rates_and_footers(text: str, amount: str, location: str | None) -> None:
    assert fact_at(text, amount).location == location


@pytest.mark.parametrize(
    ("text", "amount", "location"),
    [
        # a place named after the amount, in a later clause before that clause's own amount, is the later clause's
        ("Locum medics are paid $1,500 a day, and a surgeon covering nights in Nevada can earn $300/hr.", "$1,500", None),
        ("Porters usually gross $900 a week, while warehouse shifts in Ohio can top $1,200 a week.", "$900", None),
        ("The exam costs $150, and a bootcamp in Denver runs $9,000.", "$150", None),
        # ... and is that amount's own
        ("Locum medics are paid $1,500 a day, and a surgeon covering nights in Nevada can earn $300/hr.", "$300", "Nevada"),
        # negatives: a place after both amounts, or in the amount's own clause, stays
        ("On a salary of C$90,000, an accountant takes home about C$5,600 a month in Alberta.", "C$5,600", "Alberta"),
        ("Cooks earn $19 an hour in Ohio, and dishwashers $16.", "$19", "Ohio"),
    ],
)
def test_place_of_a_later_clause(text: str, amount: str, location: str | None) -> None:
    assert fact_at(text, amount).location == location


@pytest.mark.parametrize(
    ("text", "amount", "year"),
    [
        # a year stated after a later amount of another clause is that amount's
        ("Junior pilots now earn about $85,000, up from under $45,000 in 2018.", "$85,000", None),
        ("Pickers earn $21 to $24 per hour, plus bonuses that averaged $2.40 an hour in 2023.", "$21 to $24", None),
        ("Pickers earn $21 to $24 per hour, plus bonuses that averaged $2.40 an hour in 2023.", "$2.40", 2023),
        # negatives: a restatement, or one clause, shares the year
        ("The median wage for welders was $24.10 per hour, or $50,100 annually, as of May 2023.", "$24.10", 2023),
        ("Welders earned $48,000 in 2023.", "$48,000", 2023),
    ],
)
def test_year_of_a_later_amount(text: str, amount: str, year: int | None) -> None:
    assert fact_at(text, amount).as_of_year == year


@pytest.mark.parametrize(
    ("text", "amount", "employer"),
    [
        # a ward or department beside a card's title is no employer (invented cards)
        ("Related jobs\nRegistered Nurse – Cardiology · Doha · QAR 14,000/month\n", "QAR 14,000", None),
        ("Related jobs\nStaff Nurse – ICU · Leeds · £38,000 a year\n", "£38,000", None),
    ],
)
def test_department_is_no_card_employer(text: str, amount: str, employer: str | None) -> None:
    assert fact_at(text, amount).employer == employer
