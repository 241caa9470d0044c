"""Round 28 linking: a list item's one-word title under an intro naming the fuller title, and years asked
of the candidate after a sentence's amounts (invented sentences)."""

from __future__ import annotations

from typing import Any, Optional

import pytest

from extract.link import _requirement_verb
from tests.test_link import check, fact_at

CRANE_LIST = ("Crane operator pay by experience, gross per year:\n"
              "• Trainee operators (0-1 years): $41,500\n"
              "• Senior operators (8+ years): $77,250\n"
              "• Riggers (2-4 years): $48,300\n"
              "• Tower crane operators: $83,900\n")
NURSE_LIST = ("Here is what registered nurses earn by level:\n"
              "• Junior nurses: $32.50 an hour\n"
              "• Senior nurses: $49.75 an hour\n")


# a list item naming only the head noun of the intro's title speaks of the intro's job
@pytest.mark.parametrize("text, amount, field, expected", [
    (CRANE_LIST, "$41,500", "role", "crane operator"),
    (CRANE_LIST, "$77,250", "role", "crane operator"),
    (CRANE_LIST, "$77,250", "seniority", "senior"),  # the level of the item's own title stays
    (NURSE_LIST, "$32.50", "role", "registered nurse"),
    (NURSE_LIST, "$49.75", "role", "registered nurse"),
    (NURSE_LIST, "$49.75", "seniority", "senior"),
    # negatives: another head noun, or a title of its own with more words, keeps its own
    (CRANE_LIST, "$48,300", "role", "rigger"),
    (CRANE_LIST, "$83,900", "role", "tower crane operator"),
    ("Our survey of 300 staff, gross per year:\n• Senior operators: $77,250\n", "$77,250", "role", "operator"),
])
def test_item_title_shortens_intro_title(text: str, amount: str, field: str, expected: Any) -> None:
    check(text, amount, field, expected)


# the relocation add-on is no one's pay: the requirement does not make it pay
def test_requirement_does_not_make_pay() -> None:
    text = ("Example Dental Group advertises hygienist posts at $71,000–$79,000 a year plus a relocation allowance of "
            "$3,250, asking for at least three years of experience.")
    assert (fact_at(text, "$3,250").category, fact_at(text, "$3,250").experience_min_years) == ("other", None)


# years closing the sentence after all its amounts, asked by a requirement verb, are the job's
@pytest.mark.parametrize("text, amount, years", [
    ("Example Dental Group advertises hygienist posts at $71,000–$79,000 a year plus a relocation allowance of $3,250, "
     "asking for at least three years of experience.", "$71,000–$79,000", 3.0),
    ("Example Labs hires analysts at $64,500 a year and requires 4+ years of experience.", "$64,500", 4.0),
    # negatives: a contrast still breaks
    ("Clerks earn $30,250 a year plus a $2,000 bonus, while the firm asks for 7 years of prior experience.", "$30,250", None),
    ("Clerks earn $30,250 a year plus a $2,000 bonus, while the firm asks for 7 years of prior experience.", "$2,000", None),
])
def test_requirement_after_amounts(text: str, amount: str, years: Optional[float]) -> None:
    assert fact_at(text, amount).experience_min_years == years


@pytest.mark.parametrize("words, found", [
    ("a $900 allowance, asking for ", ", asking for "),
    ("a $900 allowance and requires ", " and requires "),
    ("posts at $40,000, seeking ", ", seeking "),
    ("a bonus for ", None),
    ("a bonus, and for ", None),
])
def test_requirement_verb(words: str, found: Optional[str]) -> None:
    m = _requirement_verb().search(words)
    assert (m.group() if m else None) == found


# a company an attribution names only as "the company" speaks of its own staff: it is their employer
@pytest.mark.parametrize("text, amount, employer", [
    ("Eastvale Haulage of Dover, Del., is offering a $4,250 sign-on bonus to new drivers. "
     "The company says its drivers averaged $81,350 in total pay in 2022.", "$81,350", "Eastvale Haulage"),
    # negatives: a source written by name ("for its part" is no anaphor of it) is not an employer
    ("Glassdoor, for its part, lists the average welder salary in Leeds at £31,218 per year.", "£31,218", None),
])
def test_company_speaking_of_its_staff(text: str, amount: str, employer: Optional[str]) -> None:
    assert fact_at(text, amount).employer == employer


ITEM = ("Offers shared by readers this spring:\n"
        "• Junior, Example Systems (Leeds): £41,000 base plus a £3,000 sign-on. Total £47,500 in year one.\n"
        "• Pay: £38,000 at a start-up. In Glasgow the same post pays £35,500.\n")


# a list item's opening label says whose pay every sentence of the item gives
@pytest.mark.parametrize("text, amount, field, expected", [
    (ITEM, "£47,500", "seniority", "junior"),
    (ITEM, "£47,500", "location", "Leeds"),
    (ITEM, "£41,000", "location", "Leeds"),
    # negatives: a later sentence's own place stays its own; a label naming no one gives nothing
    (ITEM, "£35,500", "location", "Glasgow"),
    (ITEM, "£35,500", "seniority", None),
])
def test_item_label_covers_item(text: str, amount: str, field: str, expected: Any) -> None:
    check(text, amount, field, expected)


ALLOWANCES = ("A staff nurse posted in Leeds receives these monthly allowances:\n"
              "• Housing: £1,650 (£900–£1,150 in other towns)\n"
              "• Travel: £210; elsewhere £140\n")


# an amount whose own words point to the places other than the one named beyond its sentence is not for it
@pytest.mark.parametrize("text, amount, expected", [
    (ALLOWANCES, "£900–£1,150", None),
    (ALLOWANCES, "£140", None),
    # negatives: the amounts of the named place keep it
    (ALLOWANCES, "£1,650", "Leeds"),
    (ALLOWANCES, "£210", "Leeds"),
])
def test_other_places(text: str, amount: str, expected: Optional[str]) -> None:
    check(text, amount, "location", expected)
