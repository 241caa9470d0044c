"""Readings found on the dev8 articles (second context pass): trade roles, pay grades, caption years."""
import pytest

from extract.context import find_roles, find_years

TRADE_ROLES = [
    # law-firm text: bare associates and partners are the profession's ranks
    ("Acme & Co associate compensation, US offices (the law firm's scale)", ["associate"]),
    ("Big Law firms start associates at a high salary.", ["associate"]),
    ("Average compensation for US law firm partners rose.", ["partner"]),
    # trucking text: bare drivers are truck drivers
    ("Most OTR carriers pay company drivers by the mile.", ["truck driver"]),
    ("Trucking pays well. Private fleet drivers did better still.", ["truck driver"]),
    # negatives: no trade cue, or a modifier makes another title
    ("Store associates and warehouse associates earn less.", ["store associate", "warehouse associate"]),
    ("Our partners and associates thank you.", []),
    ("Drivers for the rideshare app earn per trip.", []),
    ("Law firms hire business partners and delivery drivers.", ["delivery driver"]),
    ("an associate professor at a law school", ["associate professor"]),
]


@pytest.mark.parametrize("text, roles", TRADE_ROLES)
def test_trade_roles(text: str, roles: list[str]) -> None:
    assert [m.value for m in find_roles(text)] == roles


TITLES = [
    ("A Level C3 technician is on a gross monthly wage.", ["technician"]),
    ("Grade 5 officers earn more.", ["officer"]),
    ("Inventory control clerk: around $21 hourly", ["inventory control clerk"]),
    ("Yard jockey jobs in Dallas, TX", ["yard jockey"]),
    # negatives: a bare job noun with no grade stays unread
    ("The technician came at level best.", []),
    ("Officers of the club met.", []),
]


@pytest.mark.parametrize("text, roles", TITLES)
def test_titles(text: str, roles: list[str]) -> None:
    assert [m.value for m in find_roles(text)] == roles


YEARS = [
    ("Acme associate compensation, US offices, 2025 (annual)", ["2025"]),
    ("Median pay by city, 2024 (est)\nnext", ["2024"]),
    ("Bonuses have cooled since 2022, when resorts offered up to $5,000.", ["2022"]),
    ("Back in 2019, when the rule changed, pay fell.", ["2019"]),
    # negatives: a trend since a year; a parenthetical that is no note; a year inside a sentence
    ("Pay has risen 20% since 2022.", []),
    ("Pay rose, 2024 (see the table below for all the details)", []),
    ("We moved in 2020 and pay, 2021 was fine, rose.", ["2020"]),
]


@pytest.mark.parametrize("text, years", YEARS)
def test_years(text: str, years: list[str]) -> None:
    assert [m.value for m in find_years(text)] == years
