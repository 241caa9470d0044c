"""Linking readings of the second dev22 link round (invented passages, never article text)."""

from __future__ import annotations

from typing import Optional

import pytest

from tests.test_link import fact_at

# --------------------------------------------------------------------------- a sentence going on with a report

_REPORT = ("According to the Example Labour Office, electricians in Ohio earned a median annual wage of $61,200 "
           "in May 2030. In the same May 2030 survey, the lowest-paid 10 percent earned less than $40,100 a year, "
           "while the top 10 percent made more than $99,800.\n")
_NATIONAL = ("According to the Example Labour Office, electricians in Ohio earned a median annual wage of $61,200 "
             "in May 2030. Nationally, the median wage was $58,300.\n")
_TWO_PLACES = ("The Example Pay Guide lists electricians on $61,200 in Ohio and $66,900 in Oregon. "
               "The same guide puts the lowest 10 percent at $40,100.\n")
_OTHER_SOURCE = ("According to the Example Labour Office, electricians in Ohio earned a median annual wage of $61,200 "
                 "in May 2030. Glassdoor puts the average hourly rate at $31.40.\n")


@pytest.mark.parametrize(
    ("text", "amount", "role", "location"),
    [
        # "the same <named> survey" and "the lowest-paid 10 percent" go on with the report: its job and place
        (_REPORT, "$40,100", "electrician", "Ohio"),
        (_REPORT, "$99,800", "electrician", "Ohio"),
        # negative: a scope of its own ("Nationally") is not the report's place
        (_NATIONAL, "$58,300", "electrician", None),
    ],
)
def test_report_continued(text: str, amount: str, role: Optional[str], location: Optional[str]) -> None:
    fact = fact_at(text, amount)
    assert (fact.role, fact.location) == (role, location)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # negative: the sentence before gives two places: whose the later figure is, is unclear
        (_TWO_PLACES, "$40,100"),
        # negative: another source's figure starts a report of its own
        (_OTHER_SOURCE, "$31.40"),
    ],
)
def test_report_place_not_carried(text: str, amount: str) -> None:
    assert fact_at(text, amount).location is None


# --------------------------------------------------------------------------- a limit set on pay is no pay

_THRESHOLD = ("The Example Labour Board says the salary threshold for that exemption rises to $900 per week "
              "($46,800 a year) on July 1, 2031, so a salaried bookkeeper earning less than that is owed overtime.\n")
_PAY = "The Example Labour Board says a salaried bookkeeper typically earns $900 per week.\n"


@pytest.mark.parametrize(
    ("text", "amount", "category", "role"),
    [
        # a threshold with a period and a job named after it stays other: no one's pay
        (_THRESHOLD, "$900", "other", None),
        (_THRESHOLD, "$46,800", "other", None),
        # negative: the bookkeeper's own weekly pay
        (_PAY, "$900", "salary", "bookkeeper"),
    ],
)
def test_limit_is_no_pay(text: str, amount: str, category: str, role: Optional[str]) -> None:
    fact = fact_at(text, amount)
    assert (fact.category, fact.role) == (category, role)


# --------------------------------------------------------------------------- an intro denying that its list is pay

_DENIED = ("Crews on remote sites are paid a site allowance when no camp is provided. The allowance is not part "
           "of your wage; it is meant to cover a motel and meals. Typical allowance rates this season:\n\n"
           "• Northern sites (Example Ridge): $95 per day\n"
           "• Coastal sites: $80/day\n")
_NOT_DENIED = ("Crews on remote sites are paid a site allowance when no camp is provided. The allowance is taxed "
               "like the rest of your pay. Typical allowance rates this season:\n\n"
               "• Northern sites (Example Ridge): $95 per day\n"
               "• Coastal sites: $80/day\n")
_DENIED_ONE_LINE = ("The day rate an agency quotes is not your salary. A worked example for a full week:\n\n"
                    "• Day rate: £450 per day\n")
_DENIED_OWN_PAY = ("The allowance is not part of your wage. Typical allowance rates and wages this season:\n\n"
                   "• Base wage on northern sites: $38 per hour\n")


@pytest.mark.parametrize(
    ("text", "amount", "category"),
    [
        # the intro says what it lists is no pay: the items are other, though each has a period
        (_DENIED, "$95", "other"),
        (_DENIED, "$80", "other"),
        # negative: an intro that denies nothing
        (_NOT_DENIED, "$95", "salary"),
        # negative: an item naming its own pay noun is pay
        (_DENIED_OWN_PAY, "$38", "salary"),
        # negative: the denial's subject is one line of the list, not what the intro sentence introduces
        (_DENIED_ONE_LINE, "£450", "salary"),
        (_DENIED_OWN_PAY, "$38", "salary"),
    ],
)
def test_intro_denying_pay(text: str, amount: str, category: str) -> None:
    assert fact_at(text, amount).category == category


# --------------------------------------------------------------------------- a contrast clause with a subject of its own

_OTHER_SUBJECT = ("Two postings from this month: Examplepay, a Hanoi fintech, offered backend developers USD 3,000 per month, "
                  "while Lotus Example Vietnam's Hue office hires testers at up to USD 1,900 per month.\n")
_SOURCE_SUBJECT = ("Examplepay, a Hanoi fintech, offered backend developers USD 3,000 per month, while Glassdoor puts the "
                   "average for testers at USD 1,900 per month.\n")
_SAME_PAYER = ("Two postings from this month: Examplepay, a Hanoi fintech, offered junior developers USD 1,500 per month, "
               "while senior developers get up to USD 3,900 per month.\n")
_PLACE_SUBJECT = ("Two postings from this month: Examplepay, a Hanoi fintech, offered backend developers USD 3,000 per month, "
                  "while Saigon developers get up to USD 3,900 per month.\n")


@pytest.mark.parametrize(
    ("text", "amount", "employer"),
    [
        # the clause after "while" opens with a name of its own: the later amount is its payer's, not the first's
        (_OTHER_SUBJECT, "USD 1,900", "Lotus Example Vietnam"),
        (_OTHER_SUBJECT, "USD 3,000", "Examplepay"),
        (_SOURCE_SUBJECT, "USD 1,900", None),
        # negative: the contrast sets another level of the same payer's staff against the first
        (_SAME_PAYER, "USD 3,900", "Examplepay"),
        # negative: a place opening the clause is where, not who pays
        (_PLACE_SUBJECT, "USD 3,900", "Examplepay"),
    ],
)
def test_contrast_clause_subject(text: str, amount: str, employer: Optional[str]) -> None:
    assert fact_at(text, amount).employer == employer
