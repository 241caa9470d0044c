"""Qualifier readings of the acc38 round: percentile ranks, charge verbs after "on", "is worth" subjects,
markets as places, counted units, incentive and Glassdoor bonus names, pension contribution caps."""

import pytest

from extract.qualifiers import qualifier_rules, qualify


def _q(sentence: str, amount: str, labels=()):
    start = sentence.index(amount)
    return qualify(sentence, start, start + len(amount), labels=labels)


def test_rules_read_on_as_a_word():
    # YAML 1.1 reads a bare `on` as a boolean; the preposition must stay a word
    assert "on" in qualifier_rules().subject_prepositions


def test_worker_billing_after_a_prepositional_or_is_pay():
    s = ("Junior engineers earn $30 an hour, while freelance engineers who work on bridges or tunnels "
         "usually bill $700 to $1,000 a day.")
    q = _q(s, "$700 to $1,000")
    assert (q.category, q.period) == ("salary", "day")


@pytest.mark.parametrize("rank", ["the top 10 percent", "the lowest 25%", "the highest-paid 10 per cent"])
def test_percentile_rank_takes_no_median_from_another_clause(rank):
    s = f"The median pay for welders was $48,000 last year, with {rank} earning more than $71,000."
    assert _q(s, "more than $71,000").statistic is None
    assert _q(s, "$48,000").statistic == "median"


def test_statistic_blocker_as_a_verb_to_the_new_value():
    s = "Base pay averages $60,000; counting overtime, their average total pay rises to $66,500 per year."
    q = _q(s, "$66,500")
    assert (q.statistic, q.pay_component) == ("mean", "total")
    # the noun still blocks: an average rise is the statistic of a rise
    assert _q("The average rise was $2,000 a year.", "$2,000").statistic is None


def test_pay_noun_heading_the_subject_of_is_worth():
    s = "All told, the total package of a head chef with ten years of experience is worth roughly 3.2 million pesos a year."
    q = _q(s, "roughly 3.2 million pesos")
    assert (q.category, q.pay_component) == ("salary", "total")
    assert _q("The market for payroll software is worth $4 billion.", "$4 billion").category == "market"
    assert _q("Nursing jobs across the county are projected to be worth $9 billion by 2030.", "$9 billion").category == "market"


def test_markets_after_in_name_places():
    labels = ["Survey data show these annual median wages for nurses in five large markets:"]
    assert _q("Houston: $88,100", "$88,100", labels=labels).category == "salary"
    assert _q("The payroll services market was valued at $25 billion.", "$25 billion").category == "market"


def test_per_exam_is_a_counted_unit():
    s = "Firms pay an exam bonus of $500 per exam, climbing to about $2,500 for the final licensing exams"
    q = _q(s, "about $2,500")
    assert (q.category, q.pay_component) == ("salary", "bonus")
    assert _q("The licensing exams cost $400 each.", "$400").category == "cost"


@pytest.mark.parametrize("sentence,amount", [
    ("Site managers at the big miners can also earn a short-term incentive of up to A$25,000.", "up to A$25,000"),
    ("PayScale puts total pay at $70k, including about $3,000 a year in additional cash compensation.", "about $3,000"),
])
def test_bonus_names(sentence, amount):
    assert _q(sentence, amount).pay_component == "bonus"


def test_additional_pay_with_overtime_is_no_bonus():
    s = "Nurses in Leeds average £41,000 in total pay, including about £2,900 in overtime and other additional pay."
    assert _q(s, "about £2,900").pay_component is None


def test_pension_contribution_cap_is_other():
    s = "Pension caps: concessional contributions are capped at $27,500 a year for most workers."
    assert _q(s, "$27,500").category == "other"


def test_price_per_exam_stays_a_cost():
    s = "Prep courses from the big vendors run $150-$600 per exam, and self-funded candidates spend far more."
    assert _q(s, "$150-$600").category == "cost"


def test_amount_in_listed_pay_parts_is_total():
    s = "Filings show two directors earning more than $2.4 million a year in salary, bonuses and stock options."
    assert _q(s, "more than $2.4 million").pay_component == "total"
    assert _q("She took home $310,000 in base and equity last year.", "$310,000").pay_component == "total"
    assert _q("They received $5,000 in bonuses.", "$5,000").pay_component == "bonus"


def test_money_offered_to_those_who_sign_is_a_bonus():
    s = "A rural clinic in Idaho is offering up to $15,000 to therapists who sign a three-year contract."
    assert _q(s, "up to $15,000").pay_component == "bonus"


@pytest.mark.parametrize("sentence,amount,component", [
    ("Kununu puts bonuses at roughly €5.100 a year in bonuses and profit sharing.", "roughly €5.100", "bonus"),
    ("Senior staff get about $140K in base salary plus stock and bonus.", "about $140K", "base"),
    ("An analyst can expect ~S$6,900 a month in base, and bonuses of two months are common.", "~S$6,900", "base"),
])
def test_listed_parts_not_a_sum(sentence, amount, component):
    assert _q(sentence, amount).pay_component == component


@pytest.mark.parametrize("rank", ["the lowest 10 percent", "the top 10%"])
def test_percentile_rank_shares_the_statistic_period(rank):
    s = f"Welders earned a median annual wage of $48,000, with {rank} earning less than $31,000."
    assert _q(s, "less than $31,000").period == "year"


def test_period_word_of_a_later_amount_noun_past_an_amount_between():
    s = ("Graduates start on $70,000, rising to $82,000 after two years, plus an annual "
         "incentive of up to $9,000.")
    assert _q(s, "$70,000").period is None
