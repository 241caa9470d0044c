"""Money detection, accuracy round 23: local currency marks (LE, E£, SR), Arabic-script amounts,
compound Korean numerals, pence glued to a number, "$ ... pesos", and conversions in parentheses
taking the open bound of the amount they convert. Sentences are made up in the style of each class."""

from __future__ import annotations

import pytest

from extract.money import find_money


def _one(text: str, **kw):
    found = find_money(text, **kw)
    assert len(found) == 1, [(m.text, m.currency) for m in found]
    return found[0]


def _all(text: str, **kw):
    return [(m.text, m.amount_min, m.amount_max, m.currency) for m in find_money(text, **kw)]


# --- Egyptian pound: "LE", "E£"; Saudi riyal: "SR"


@pytest.mark.parametrize("text, lo, hi", [
    ("Interns in Tanta are paid LE 3,750 a month.", 3750, 3750),
    ("Pharmacists earn between LE 7,000 and LE 9,000 monthly.", 7000, 9000),
    ("A clinic in Giza offers E£18k to E£22k per month.", 18000, 22000),
    ("Senior dentists can expect about E£40k.", 40000, 40000),
])
def test_egyptian_pound_marks(text, lo, hi):
    m = _one(text)
    assert (m.amount_min, m.amount_max, m.currency) == (lo, hi, "EGP")


def test_e_pound_is_not_read_as_sterling():
    assert [c for *_, c in _all("Nurses there get E£12k, while in Leeds they get £28k.")] == ["EGP", "GBP"]


def test_saudi_riyal_sr_with_open_bound():
    m = _one("Hospital pharmacists in Jeddah report SR 22,500 and above.")
    assert (m.amount_min, m.amount_max, m.currency) == (22500, None, "SAR")


def test_sr_is_the_seychelles_rupee_when_the_text_says_so():
    assert _one("Hotel chefs in the Seychelles earn SR 18,000 a month.").currency == "SCR"


@pytest.mark.parametrize("text", ["Take SR 99 north to the lake.", "Slide 12: LE 5 SEPTEMBRE"])
def test_shape_bound_marks_need_a_money_shape(text):
    assert find_money(text) == []


def test_shape_bound_mark_confirmed_by_the_text_reads_small_amounts():
    found = _all("Rent is LE 5,000 to LE 6,500 a month; the union fee is around LE 450.")
    assert found[-1] == ("around LE 450", 450, 450, "EGP")


# --- Arabic-script amounts


@pytest.mark.parametrize("text, value", [
    ("A nurse told us she takes home 12 ألف جنيه after overtime.", 12000),
    ("His first job paid ٩ آلاف جنيه only.", 9000),
    ("The hospital spent ٢٫٥ مليون جنيه on scrubs.", 2500000),
    ("Her rent alone is ٤٬٥٠٠ جنيه.", 4500),
])
def test_arabic_amounts(text, value):
    m = _one(text)
    assert (m.amount_min, m.currency) == (value, "EGP")


# --- Korean numerals: parts with small units summed before the large unit


@pytest.mark.parametrize("text, value", [
    ("신입 연봉은 3천8백만원 수준이다.", 38_000_000),
    ("Starting pay in Daejeon is 4천2백만 원 a year.", 42_000_000),
    ("Team leads reach 1억 2천5백만원.", 125_000_000),
    ("Graduates start near 3,600만원.", 36_000_000),
])
def test_korean_compound_numerals(text, value):
    m = _one(text)
    assert (m.text.endswith("원"), m.amount_min, m.currency) == (True, value, "KRW")


def test_korean_compound_numeral_is_one_amount():
    assert len(find_money("Busan: 4천7백만원, a little lower than Seoul.")) == 1


# --- pence glued to a number


def test_pence_in_a_text_with_pounds():
    found = _all("Fuel is refunded at 40p a mile, and some councils pay 28p to 35p; the wage is £12.10.")
    assert found[:2] == [("40p", 0.4, 0.4, "GBP"), ("28p to 35p", 0.28, 0.35, "GBP")]


@pytest.mark.parametrize("text", ["Streams in 720p cost $5.", "The 45p version is sold out."])
def test_pence_need_pounds_and_a_small_number(text):
    assert all(m.currency != "GBP" for m in find_money(text))


# --- "$" pinned by a currency name after the amount


def test_dollar_sign_with_pesos_after_is_the_page_peso():
    found = _all("Base pay is MXN 14,000. Meal vouchers add $900 to $1,100 pesos per month.")
    assert found[-1] == ("$900 to $1,100 pesos", 900, 1100, "MXN")


def test_dollar_sign_with_a_named_dollar_after():
    assert _one("Tips average $250 Canadian dollars a week.").currency == "CAD"


# --- a conversion in parentheses takes the open bound of what it converts


def test_conversion_takes_open_bound():
    found = _all("Directors can make over ₩180 million (1억 8천만 원) a year.")
    assert found == [("over ₩180 million", 180_000_000, None, "KRW"), ("1억 8천만 원", 180_000_000, None, "KRW")]


def test_conversion_in_another_currency_takes_open_bound():
    assert _all("Leads earn up to £90,000 (€104,000).")[-1] == ("€104,000", None, 104000, "EUR")


@pytest.mark.parametrize("text", [
    "Leads earn over £90,000 (roughly €104,000).",  # its own qualifier
    "Leads earn over £90,000 (£70,000 base).",  # a part, not the same value restated
])
def test_not_a_plain_conversion_keeps_its_bounds(text):
    last = find_money(text)[-1]
    assert last.amount_min == last.amount_max
