"""Qualifier readings added in the dev15 round (invented sentences)."""

from __future__ import annotations

import pytest

from extract.qualifiers import qualify


@pytest.mark.parametrize(
    ("sentence", "amount", "labels", "category"),
    [
        # a heading denying a category in a relative clause names what its items are not
        ("Parking permit: $300 a year", "$300 a year", ("Expenses that aren't pay",), "cost"),
        ("Safety boots: about $150", "about $150", ("Costs that are not wages",), "cost"),
        ("Union dues: $40 a month", "$40 a month", ("Costs which aren’t salary",), "cost"),
        # negatives: no denial, or the relative clause denies something else
        ("Night shift: $300 a week", "$300 a week", ("Pay that is not taxed",), "salary"),
        ("Night shift: $300 a week", "$300 a week", ("Extra pay",), "salary"),
        ("Parking permit: $300 a year", "$300 a year", ("Costs",), "cost"),
    ],
)
def test_denied_category_in_label(sentence: str, amount: str, labels: tuple[str, ...], category: str) -> None:
    start = sentence.index(amount)
    assert qualify(sentence, start, start + len(amount), labels=labels).category == category


@pytest.mark.parametrize(
    ("sentence", "amount", "component"),
    [
        # the basic of a package, with its period or plural
        ("These are the monthly basic salaries on offer for welders:", None, "base"),
        ("A welder receives a basic monthly pay of 4.100 € under the agreement.", "4.100 €", "base"),
        ("The yard offers new welders a basic of Dh6,400 a month.", "Dh6,400", "base"),
        # a package with allowances or super counted in
        ("The average total monthly pay is AED 16,200 when allowances are included.", "AED 16,200", "total"),
        ("Rig welder, package A$142,500 incl. super, 3:1 roster", "A$142,500", "total"),
        # the variable part of a package
        ("Welders take home Rs 8,64,000 yearly, of which about Rs 86,000 is variable pay.", "Rs 86,000", "bonus"),
        # negatives: no component word, or the word names another thing
        ("Welders earn $50,000 a year in Ohio.", "$50,000", None),
        ("Basic first-aid training costs $120.", "$120", None),
        ("The welder earns $3,150 a month plus super.", "$3,150", "base"),
    ],
)
def test_package_components(sentence: str, amount: object, component: object) -> None:
    if amount is None:  # an intro: the label of the list items under it
        item = "Entry level: $3,000"
        q = qualify(item, item.index("$"), len(item), labels=(sentence,))
    else:
        start = sentence.index(str(amount))
        q = qualify(sentence, start, start + len(str(amount)))
    assert q.pay_component == component
