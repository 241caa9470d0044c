"""Linking readings added in the dev17 round (invented passages, never article text)."""

from __future__ import annotations

from typing import Optional

import pytest

from extract.link import _fold, credit_clause, scope_words
from tests.test_link import facts_of

# --------------------------------------------------------------------------- a credit line with column scopes

_SCOPED = ("<html><body><p>Nurse pay by town, per month:</p>"
           "<table><tr><th>Town</th><th>Median salary</th><th>Night median</th><th>Avg. rent</th></tr>"
           "<tr><td>Leeds</td><td>£2,400</td><td>£2,900</td><td>£900</td></tr></table>"
           "<p>Sources: Glassdoor (salaries); Zoopla (rents)</p></body></html>")
_COLUMNS = ("Pay of cooks by workplace, per month:\n\nTownHotelCafeStall\nLeeds£2,350£2,200£2,050\n"
            "York£2,450£2,300£2,150\n\nSource: Glassdoor (hotel and cafe columns); Northfold Cooks Guild (stall column)\n")
_UNSCOPED = ("<html><body><p>Nurse pay by town, per month:</p>"
             "<table><tr><th>Town</th><th>Median salary</th><th>Avg. rent</th></tr>"
             "<tr><td>Leeds</td><td>£2,400</td><td>£900</td></tr></table>"
             "<p>Source: Glassdoor</p></body></html>")


@pytest.mark.parametrize(
    ("text", "amount", "source"),
    [
        # the bracket naming a word of the column header decides
        (_SCOPED, "£2,400", "Glassdoor"),
        # a pay column no bracket names takes the bracket of pay nouns
        (_SCOPED, "£2,900", "Glassdoor"),
        # the rent column's source is the one whose bracket names rents, not the first one named
        (_SCOPED, "£900", "Zoopla"),
        (_COLUMNS, "£2,350", "Glassdoor"),
        (_COLUMNS, "£2,200", "Glassdoor"),
        (_COLUMNS, "£2,150", "Northfold Cooks Guild"),
        # negative: a credit line without brackets covers every column
        (_UNSCOPED, "£2,400", "Glassdoor"),
        (_UNSCOPED, "£900", "Glassdoor"),
    ],
)
def test_scoped_credit_source(text: str, amount: str, source: Optional[str]) -> None:
    assert {f.text: f for f in facts_of(text)}[amount].source == source


@pytest.mark.parametrize("amount", ["£2,350", "£2,050", "£2,450"])
def test_credit_clause_names_no_employer(amount: str) -> None:
    assert {f.text: f for f in facts_of(_COLUMNS)}[amount].employer is None


@pytest.mark.parametrize(
    ("text", "clause", "expected"),
    [
        ("Source: Acme Survey (salaries); Beta Collective (rents)", "Beta", True),
        ("Sources: Acme; Beta Collective", "Beta", True),
        ("Data source: Acme; Beta Collective", "Beta", True),
        # negatives: a note, or a new sentence after the credit
        ("Note: pay is gross; Beta Collective rents", "Beta", False),
        ("Source: Acme Survey. Beta Collective pays more", "Beta", False),
        ("Acme Survey; Beta Collective", "Beta", False),
    ],
)
def test_credit_clause(text: str, clause: str, expected: bool) -> None:
    assert credit_clause(text, text.index(clause)) is expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("hotel and restaurant columns", {"hotel", "restaurant"}),
        ("salaries", {"salary"}),
        ("Avg. rent (3-bedroom)", {"avg", "rent", "bedroom"}),
        ("all rows", set()),
    ],
)
def test_scope_words(text: str, words: set[str]) -> None:
    assert scope_words(text) == words


@pytest.mark.parametrize(("word", "folded"), [("Rents", "rent"), ("Salaries", "salary"), ("bus", "bus"),
                                               ("class", "class"), ("SGB", "sgb")])
def test_fold(word: str, folded: str) -> None:
    assert _fold(word) == folded


# --------------------------------------------------------------------------- a level that is a word of the title


@pytest.mark.parametrize(
    ("text", "amount", "seniority"),
    [
        # a level glossed in brackets before the title goes with the title to the sentence's later amount
        ("A pleno (mid-level) nurse on $3,000 a month earns 14 salaries a year, or roughly $42,000.\n",
         "roughly $42,000", "mid"),
        ("A senior developer on $8,000 a month earns 14 salaries a year, or roughly $112,000.\n",
         "roughly $112,000", "senior"),
        # negatives: no level on the title; a level of another clause's title
        ("A developer on $8,000 a month earns 14 salaries a year, or roughly $112,000.\n", "roughly $112,000", None),
        pytest.param("Senior developers earn $9,000 a month; the national average wage is $3,000.\n", "$3,000", None,
                     marks=pytest.mark.xfail(strict=True, reason="the role reaches across the semicolon (before dev17)")),
    ],
)
def test_title_level_travels(text: str, amount: str, seniority: Optional[str]) -> None:
    assert {f.text: f for f in facts_of(text)}[amount].seniority == seniority


# --------------------------------------------------------------------------- restatements and company origins


@pytest.mark.parametrize(
    ("text", "amount", "field", "expected"),
    [
        # a restatement fronted by its period takes the qualifiers of the amount it restates
        ("Remote welders in Peru earn US$ 3,000 to US$ 4,000 a month. On a yearly basis that is roughly "
         "$36,000–$48,000, far below what welders earn in Canada.\n", "$36,000", "location", "Peru"),
        ("Remote welders in Peru earn US$ 3,000 to US$ 4,000 a month. Annualised, that comes to "
         "$36,000–$48,000.\n", "$36,000", "location", "Peru"),
        # a place right before a company noun says where the company is from
        ("A developer in Lyon working for a US SaaS start-up invoices US$4,000 a month.\n", "US$4,000", "location", "Lyon"),
        ("Welders in Quito contracting with US and Canadian firms earn US$3,000 a month.\n", "US$3,000", "location", "Quito"),
        # negatives: the only place named stays; a place that is not before a company noun
        ("Welders in Texas at Ohio firms earn $5,000 a month.\n", "$5,000", "location", "Texas"),
        ("Welders in Quito earn US$3,000 a month, paid in US dollars.\n", "US$3,000", "location", "Quito"),
        # a place opening the company's noun phrase without "for"/"with" is where the work is
        ("In Lyon, a bakery pays €30,000, while Paris start-ups advertise €40,000 for the same job.\n", "€40,000",
         "location", "Paris"),
    ],
)
def test_restatement_and_company_origin(text: str, amount: str, field: str, expected: Optional[str]) -> None:
    fact = next(f for f in facts_of(text) if amount in f.text)
    assert getattr(fact, field) == expected
