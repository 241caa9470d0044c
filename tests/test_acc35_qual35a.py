"""Qualifier, table and experience readings of the acc35 round (made-up sentences in the style of each class)."""

from __future__ import annotations

import pytest

from extract.qualifiers import qualify


def _q(sentence: str, amount: str):
    start = sentence.index(amount)
    return qualify(sentence, start, start + len(amount))


@pytest.mark.parametrize("sentence, amount", [
    ("Senior revenue manager | 6+ years | 61.000 €", "61.000 €"),
    ("Trainee loss adjuster | 0-1 years | £24,000", "£24,000"),
    ("Investment officers | 3-5 years | $48,000", "$48,000"),
])
def test_a_cue_word_inside_a_job_title_gives_no_category(sentence, amount):
    assert _q(sentence, amount).category not in ("market", "cost")


def test_cue_word_before_a_non_job_noun_still_counts():
    assert _q("Revenue growth reached $4 billion last year.", "$4 billion").category == "market"


@pytest.mark.parametrize("sentence, amount", [
    ("Interim finance directors, placed by agencies for short projects, usually bill 700-900 € a day.", "700-900 €"),
    ("According to a recruiter, locums in Wales typically charge £45 an hour.", "£45"),
    ("Locum dentists charge £500 a day, with weekend sessions billed at £80 an hour.", "£80"),
])
def test_workers_pricing_their_own_work_is_pay(sentence, amount):
    assert _q(sentence, amount).category == "salary"


def test_an_agency_set_off_by_commas_still_charges_a_price():
    s = "The agency, based in Leeds, typically charges clients £450 a day."
    assert _q(s, "£450").category == "cost"


@pytest.mark.parametrize("sentence, amount", [
    ("Fees: domestic students in Scotland pay £1,820 a year for the course.", "£1,820"),
    ("Patients at private clinics pay around $120 per visit.", "$120"),
])
def test_a_payer_subject_before_pay_is_a_cost(sentence, amount):
    assert _q(sentence, amount).category == "cost"


def test_a_worker_subject_before_pay_stays_pay():
    assert _q("Hospitals in Ohio pay nurses $38 an hour.", "$38").category == "salary"


def test_pay_listed_beyond_base_pay_takes_no_base_from_its_intro():
    intro = ["Beyond base pay, hospital pharmacists can earn several extras:"]
    q = qualify("Retention bonuses: up to $15,000 in rural hospitals.", 32, 39, labels=intro)
    assert q.pay_component == "bonus"
    q = qualify("Performance awards: usually $800-$2,000 a year.", 28, 39, labels=intro)
    assert q.pay_component == "bonus"


@pytest.mark.parametrize("header, component", [("Median annual total", "total"), ("Monthly base", "base"),
                                               ("Average yearly total", "total")])
def test_a_column_header_with_statistic_and_period_words_names_its_component(header, component):
    q = qualify("$98k", 0, 4, labels=[header, "Typical monthly base pay for welders by city, 2024:"])
    assert q.pay_component == component


def test_a_tax_free_threshold_the_amount_modifies_is_no_pay():
    s = "Wages above the €1,200 monthly tax-free threshold are taxed at 10%."
    assert _q(s, "€1,200").category == "other"


def test_a_capped_contribution_base_is_neither_pay_nor_base_pay():
    s = "Pension contributions of 8% on top of base pay are charged on a contribution base capped at R28,000 a month."
    q = _q(s, "R28,000")
    assert (q.category, q.pay_component) == ("other", None)


def test_a_share_of_profits_is_profit_sharing_pay():
    s = "Equity partners at the chain take a share of their clinic's profits worth up to $90,000 a year."
    q = _q(s, "$90,000")
    assert (q.category, q.pay_component) == ("salary", "bonus")


def test_a_firms_profits_stay_a_market_figure():
    assert _q("The group reported profits of $40 million in 2024.", "$40 million").category == "market"
