"""Link readings of accuracy round 3: a footer's address is no figure's place, an exchange rate has no place."""
from __future__ import annotations

import pytest

from extract.link import _footer_line
from tests.test_link import fact_at


@pytest.mark.parametrize(
    ("line", "footer"),
    [
        # invented footers: a copyright notice or a telephone number among "·" fields
        ("Pay Desk · Bahnhofweg 4, 3012 Bern · +41 31 555 77 90 · Newsletter: CHF 9 per month", True),
        ("Wage Weekly · 5 King Street, Leeds · Premium £4.25 a month · © 2026", True),
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
        ("Developers in Porto earn about €2,850 monthly, with the euro at roughly US$1.08.", "US$1.08", None),
        ("Engineers in Toronto earn C$120,000, about US$88,000 at C$1.36 to the US dollar.", "C$1.36", None),
        # a footer's address is the publisher's, not a price's place
        ("Nurses in Leeds earn £32,000 a year.\n\nWage Weekly · 5 King Street, Leeds · Premium £4.25 a month · © 2026\n",
         "£4.25", None),
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
        ("The licence test costs $175, and a course in Denver runs $8,500.", "$175", None),
        # ... and is that amount's own
        ("Locum medics are paid $1,500 a day, and a surgeon covering nights in Nevada can earn $300/hr.", "$300", "Nevada"),
        # negatives: a place after both amounts, or in the amount's own clause, stays
        ("With a salary of C$84,000, a surveyor takes home about C$5,250 a month in Alberta.", "C$5,250", "Alberta"),
        ("Cooks earn $19 an hour in Ohio, and dishwashers $16.", "$19", "Ohio"),
    ],
)
def test_place_of_a_later_clause(text: str, amount: str, location: str | None) -> None:
    assert fact_at(text, amount).location == location


@pytest.mark.parametrize(
    ("text", "amount", "year"),
    [
        # a year stated after a later amount of another clause is that amount's
        ("Junior pilots now earn about $83,500, up from below $47,500 in 2018.", "$83,500", None),
        ("Pickers earn $21 to $24 per hour, plus bonuses that averaged $2.40 an hour in 2023.", "$21 to $24", None),
        ("Pickers earn $21 to $24 per hour, plus bonuses that averaged $2.40 an hour in 2023.", "$2.40", 2023),
        # negatives: a restatement, or one clause, shares the year
        ("The median wage for welders was $23.40 per hour, or $48,670 yearly, as of June 2022.", "$23.40", 2022),
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
