"""Round 28 detector readings: inline lists of payers, level codes after a name, branch offices of sources."""

import pytest

from extract.attribution import find_attributions
from extract.context import find_employers


def _employers(text: str) -> list[str]:
    return [m.text for m in find_employers(text)]


# Invented sentences (no article text).
@pytest.mark.parametrize(
    "text, expected",
    [
        # names listed after a payer noun and its colon or "such as"
        ("We compare the two employers readers ask about: Zorbex (T-levels) and Quilmarr (G-levels).",
         ["Zorbex", "Quilmarr"]),
        ("Firms such as Tevrano, Ostrik and Wendle Labs pay more.", ["Tevrano", "Ostrik", "Wendle Labs"]),
        # negatives: no closing "and"; places; jobs
        ("Top employers: Zorbex, Quilmarr.", []),
        ("Hospitals in regions such as Ontario and Quebec pay more.", []),
        ("Hospitals hire: Nurses and Midwives.", []),
    ],
)
def test_enumerated_employers(text: str, expected: list[str]) -> None:
    assert _employers(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a level code after a company named before is its ladder, not a longer name
        ("Firms such as Zorbex and Quilmarr pay.\n• Zorbex L4 (Denver): $90K base", ["Zorbex", "Quilmarr", "Zorbex"]),
        ("Firms such as Zorbex and Quilmarr pay.\n• Quilmarr SDE II: $80K", ["Zorbex", "Quilmarr", "Quilmarr"]),
        # negative: a capitalized word after the name continues a longer name
        ("Firms such as Zorbex and Quilmarr pay. Zorbex Harbour is a town.", ["Zorbex", "Quilmarr"]),
        # a possessive range names the payer again
        ("Firms such as Zorbex and Quilmarr pay. Zorbex's posted range is wide.", ["Zorbex", "Quilmarr", "Zorbex"]),
    ],
)
def test_named_again(text: str, expected: list[str]) -> None:
    assert _employers(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("New-grad pay has stalled this year.", []),
        ("Junior pays less than expected.", []),
        ("Zentrova Labs pays well.", ["Zentrova Labs"]),
    ],
)
def test_career_stage_is_no_pay_subject(text: str, expected: list[str]) -> None:
    assert _employers(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the short name's office in a city is the short name
        ("The union TQRA said pay rose 3%.\n\nSource: TQRA Lisbon pay calculator\n", ["TQRA", "TQRA"]),
        # negative: a longer name that is no place keeps the full name
        ("The union Varnell said pay rose 3%.\n\nSource: Varnell Workforce\n", ["Varnell Workforce", "Varnell Workforce"]),
    ],
)
def test_source_office(text: str, expected: list[str]) -> None:
    assert [a.source for a in find_attributions(text)] == expected
