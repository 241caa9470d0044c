"""Accuracy round dev24, area qual: money detection and the per-amount qualifiers (bounds, period,
category, statistic, pay component). Made-up sentences in the style of each class of error fixed."""

from __future__ import annotations

import pytest

from extract.money import find_money
from tests.test_qualifiers import qualify_at as _q


def _money(text: str):
    return [(m.text, m.amount_min, m.amount_max, m.currency, m.period) for m in find_money(text)]


# --- money: a per-unit suffix in another language on both ends of a range -------------------------

@pytest.mark.parametrize("text, lo, hi, period", [
    ("Workshops in Graz pay 17,20 €/Stunde to 19 €/Stunde for fitters.", 17.2, 19.0, "hour"),
    ("Les cuisiniers touchent 2 100 €/mois à 2 400 €/mois.", 2100.0, 2400.0, "month"),
    ("A welder in Bilbao earns 24.000 €/año.", 24000.0, 24000.0, "year"),
])
def test_slash_period_in_another_language(text, lo, hi, period):
    (found,) = _money(text)
    assert found[1:3] == (lo, hi) and found[4] == period


# --- bounds: "minimum of" naming a level by its value, not a floor ---------------------------------

@pytest.mark.parametrize("text, amount", [
    ("Portland's own minimum of $15.45 an hour applies to all employers.", "$15.45"),
    ("On the state minimum of € 1.980,00, that is a modest wage.", "€ 1.980,00"),
    ("Tips must lift servers to the federal minimum of $7.25.", "$7.25"),
])
def test_named_minimum_is_a_value(text, amount):
    (found,) = find_money(text)
    assert found.text == amount and found.amount_min == found.amount_max


@pytest.mark.parametrize("text", [
    "The posting comes with a minimum of $48,000 and room to negotiate.",
    "The role has a minimum of $52,000.",
])
def test_indefinite_minimum_stays_a_floor(text):
    (found,) = find_money(text)
    assert found.amount_max is None and found.amount_min is not None


# --- category ------------------------------------------------------------------------------------

def test_price_noun_inside_a_chain_name_is_not_a_price():
    assert _q("Joe's Coffee: $15.75-$19.00 an hour in Oregon", "$15.75-$19.00").category == "salary"


def test_price_noun_after_a_preposition_of_time_is_not_a_price():
    s = "Usual starting pay after the final exam (Abschlussprüfung): 2.500–2.700 € per month"
    assert _q(s, "2.500–2.700 €").category == "salary"
    assert _q("The final exam costs €240.", "€240").category == "cost"


def test_meal_allowances_in_the_plural_are_not_pay():
    s = "Travel expenses: meal allowances are tax-free up to 24 € a day"
    assert _q(s, "up to 24 €").category == "other"


def test_amount_summed_to_a_yearly_sum_is_pay_without_its_period():
    s = "On the agreed floor of € 2.100,00, that adds up to roughly € 29.400 per year."
    q = _q(s, "€ 2.100,00")
    assert q.category == "salary" and q.period is None
    assert _q(s, "roughly € 29.400").period == "year"


# --- period --------------------------------------------------------------------------------------

def test_period_of_the_wage_a_share_is_taken_of_is_not_the_amounts():
    s = "Holiday bonus: 40 percent of a monthly wage in most firms; elsewhere a flat 300 to 600 €"
    assert _q(s, "300 to 600 €").period is None


# --- statistic -----------------------------------------------------------------------------------

def test_average_reaches_an_elliptical_second_amount_past_the_first_ones_noun():
    s = "Its cashiers average about $16 an hour in base pay, and nearly $24 an hour once benefits are counted."
    assert _q(s, "nearly $24").statistic == "mean"


# --- pay component -------------------------------------------------------------------------------

def test_component_noun_right_after_an_amount_is_its_own():
    s = "Its cashiers average about $16 an hour in base pay, and nearly $24 an hour once benefits are counted."
    assert _q(s, "about $16").pay_component == "base"


def test_extras_counted_in_with_words_between_make_total_pay():
    s = ("Drivers average $21 an hour, and close to $27 an hour once benefits such as health cover "
         "and a pension match are counted.")
    assert _q(s, "close to $27").pay_component == "total"


def test_extras_counted_in_for_another_verb_are_not_the_amounts():
    s = "A locum on $2,900 a week earns only a little more once benefits are counted."
    assert _q(s, "$2,900").pay_component is None


def test_pay_before_tips_is_base_and_tips_included_is_total():
    assert _q("A cook on $17 an hour makes $35,360 a year before tips.", "$35,360").pay_component == "base"
    assert _q("Part-timers take closer to $24,000, tips included.", "closer to $24,000").pay_component == "total"


@pytest.mark.parametrize("phrase", ["total annual compensation", "total annual income"])
def test_total_with_a_period_adjective(phrase):
    s = f"A new teacher's {phrase} comes to roughly $61,000, or about $5,100 a month."
    assert _q(s, "roughly $61,000").pay_component == "total"
    assert _q(s, "about $5,100").pay_component == "total"


def test_total_income_including_named_extras_is_total_not_bonus():
    s = "A fitter can reach a total annual income of about 44.000 € including Weihnachtsgeld and overtime."
    assert _q(s, "about 44.000 €").pay_component == "total"


def test_intro_cue_before_a_clause_break_does_not_reach_the_list():
    intro = "Ads usually state only the monthly base pay, but the yearly total is often higher:"
    assert _q("On-call allowance: 20 to 35 € per night on standby", "20 to 35 €", labels=(intro,)).pay_component is None


def test_intro_naming_allowances_and_bonuses_gives_no_item_a_component():
    intro = "Civil servants also receive allowances and bonuses on top of their basic pay:"
    assert _q("Rice allowance: ₱1,500 a month", "₱1,500", labels=(intro,)).pay_component is None
    assert _q("Cash gift: ₱4,000 a year", "₱4,000", labels=(intro,)).pay_component == "bonus"
    assert _q("Bonuses paid in December: ₱9,000", "₱9,000", labels=("Bonuses:",)).pay_component == "bonus"
