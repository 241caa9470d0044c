"""Qualifier and experience readings added in the dev32/dev33 round (made-up sentences)."""

import pytest

from extract.experience import find_experience
from extract.qualifiers import qualify


def _q(sentence: str, amount: str):
    start = sentence.index(amount)
    return qualify(sentence, start, start + len(amount))


@pytest.mark.parametrize("sentence, amount, category", [
    # a noun heading the amount through "of" is what the amount is, whatever cue follows
    ("Medora, the region's biggest clinic chain with revenue of more than EUR 3 billion, hires nurses at "
     "40.000 Euro per year.", "more than EUR 3 billion", "market"),
    # what a sector turns over or an operator takes in is a market figure
    ("With the bus sector turning over around 9 billion euros a year, drivers want more.",
     "around 9 billion euros", "market"),
    ("Ferry operators' passenger income reached about £2.1bn last year.", "about £2.1bn", "market"),
    # lodging and language schools are prices; what a cheaper choice saves is neither pay nor a price
    ("Several clinics run staff dormitories at ¥18,000 a month.", "¥18,000", "cost"),
    ("In Leipzig, expect roughly 700 € a month for a small flat.", "roughly 700 €", "cost"),
    ("Spanish language school (six months): roughly €4,000", "roughly €4,000", "cost"),
    ("Sharing a flat can save a trainee over $5,000 a year.", "over $5,000", "other"),
    # paying an amount for a thing bought is its price, not pay
    ("A new cabin agent might pay around $1,400 a month for a one-bedroom apartment.", "around $1,400", "cost"),
])
def test_category(sentence, amount, category):
    assert _q(sentence, amount).category == category


def test_employer_paying_a_worker_stays_pay():
    assert _q("Clinics pay around $1,400 a week to agency nurses.", "around $1,400").category == "salary"


@pytest.mark.parametrize("sentence, amount, component", [
    ("A bus driver on a basic £41,000 a year gets a shift allowance on top.", "£41,000", "base"),
    ("At the state bank the starting basic is ₹52,000 a month.", "₹52,000", "base"),
    ("A regional director can earn over ₹40 lakh per annum including perks.", "over ₹40 lakh", "total"),
    ("The annual special payment, worth around 1.900 €, is paid in November.", "around 1.900 €", "bonus"),
    # a bonus heading its amount keeps it against "in total"
    ("The deal gave every worker a one-off bonus of 1.500 € in total.", "1.500 €", "bonus"),
    # an airline crew's home airport is no base pay
    ("Per diem: $2.10 per hour away from base.", "$2.10", None),
    # the next item of a list of extras is not this amount's component
    ("Extras include a shift allowance of 90 € a month and the annual special payment.", "90 €", None),
])
def test_pay_component(sentence, amount, component):
    assert _q(sentence, amount).pay_component == component


def test_gapped_contrast_keeps_statistic_and_period():
    s = "The survey puts the average monthly income of porters at R$ 3.100 nationally, but only R$ 2.650 in the North."
    q = _q(s, "R$ 2.650")
    assert (q.statistic, q.period) == ("mean", "month")


def test_gapped_contrast_with_own_verb_is_not_gapped():
    s = "The survey puts the average monthly income of porters at R$ 3.100, but R$ 2.650 goes to rent."
    assert _q(s, "R$ 2.650").statistic is None


def test_training_length_in_brackets_is_not_experience():
    assert not list(find_experience("Apprentice fitter (in training, 6-24 months): £21,000"))
    found = [(e.min_years, e.max_years) for e in find_experience("Senior fitter (Leeds, 6-9 years): £48,000")]
    assert found == [(6.0, 9.0)]
