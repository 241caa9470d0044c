"""extract.link.restates: an amount in another currency that restates the one before it."""

from __future__ import annotations

import pytest

from extract.link import restates
from extract.money import find_money

RESTATEMENTS = [
    ("her €80,000 base is about US$87,000 at today's rate", True),
    ("a salary of ¥9 million works out to roughly $59,000", True),
    ("At those rates £50,000 equals some A$95,000.", True),
    # negatives: the same currency (a net amount, a later figure), no linking verb, a contrast
    ("A $40,000 bonus often lands as roughly $26,000 after tax", False),
    ("The base is $120,000 and the bonus is $20,000", False),
    ("a base of C$150,000 while the US offer is $150,000", False),
    ("She earns £50,000; in Sydney the same job pays A$95,000.", False),
]


@pytest.mark.parametrize("text, expected", RESTATEMENTS)
def test_restates(text: str, expected: bool) -> None:
    first, second = find_money(text)[:2]
    assert restates(text, first, second) is expected
