"""Money classes read in the dev35/dev36 round (made-up sentences in the style of each class)."""

from extract.money import find_money


def _found(text):
    return [(m.text, m.amount_min, m.amount_max, m.currency) for m in find_money(text)]


def test_bare_myriad_amounts_take_the_pages_cjk_currency():
    text = ("Designers in Shenzhen start near ¥12,000 a month. A lead on 30k × 15 takes home about 45万 a year, "
            "some packages go above 150万, and the grid reads 18万–26万 | 60万+ at the top.")
    found = _found(text)
    assert ("about 45万", 450000.0, 450000.0, "CNY") in found
    assert ("above 150万", 1500000.0, None, "CNY") in found
    assert ("18万–26万", 180000.0, 260000.0, "CNY") in found
    assert ("60万+", 600000.0, None, "CNY") in found


def test_bare_myriad_amounts_need_a_cjk_currency_and_count_nothing():
    assert _found("The city added 12万 residents while rents stayed at $1,500.") == [("$1,500", 1500.0, 1500.0, "USD")]
    assert [t for t, *_ in _found("Tokyo pays ¥400,000; 10万人 applied, 50万 visitors came.")] == ["¥400,000"]


def test_k_amount_times_salary_months_is_pay():
    found = _found("In Hangzhou a ¥20,000 offer is common; 30k × 15 beats 35k x 12, and a post says 18-28K·13薪.")
    assert ("30k", 30000.0, 30000.0, "CNY") in found
    assert ("35k", 35000.0, 35000.0, "CNY") in found
    assert ("18-28K", 18000.0, 28000.0, "CNY") in found
    assert [t for t, *_ in _found("The app has 30k × 3 downloads and ¥5,000 fees.")] == ["¥5,000"]


def test_nis_is_the_shekel_before_money_shaped_numbers():
    found = _found("Analysts earn NIS 21,000–29,000 a month, between NIS 9,500 and NIS 14,000 for juniors.")
    assert ("NIS 21,000–29,000", 21000.0, 29000.0, "ILS") in found
    assert ("NIS 9,500 and NIS 14,000", 9500.0, 14000.0, "ILS") in found
    assert _found("The NIS 2 directive took effect; NIS2 audits began.") == []


def test_ambiguous_codes_read_before_money_shaped_numbers_only():
    found = _found("Average pay was TRY 318.450 in 2023, or PEN 4,200 in Lima.")
    assert ("TRY 318.450", 318450.0, 318450.0, "TRY") in found
    assert ("PEN 4,200", 4200.0, 4200.0, "PEN") in found
    assert _found("TRY 3 TIMES. Take the PEN-300 course. We scored 5 TRY.") == []


def test_glued_text_table_cells_take_the_header_lines_currency():
    text = ("Pay by tenure:\n\nTenureMonthly pay (NIS)\n1-3 years11,500–16,000\n4-7 years17,000–24,000\n"
            "8+ years26,000 and above\n\nSource: A survey")
    found = _found(text)
    assert ("11,500–16,000", 11500.0, 16000.0, "ILS") in found
    assert ("26,000 and above", 26000.0, None, "ILS") in found
    assert _found("TenureHeadcount\n1-3 years1,500\n") == []


def test_well_beyond_is_an_open_floor_but_beyond_alone_is_not():
    assert _found("Directors can take pay far beyond €90,000.") == [("far beyond €90,000", 90000.0, None, "EUR")]
    assert _found("Juniors rarely go beyond €40,000.") == [("€40,000", 40000.0, 40000.0, "EUR")]
