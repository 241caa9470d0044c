"""Qualifiers, linking and sources read on dev40's classes of text (made-up sentences)."""

from extract.attribution import find_attributions
from tests.test_link import fact_at


def test_a_dating_cue_in_a_table_intro_wins_over_an_event_year():
    text = ("Monthly gross pay per grade as of 1 March 2026, after the 2025 pay award agreed with the union:\n\n"
            "| Grade | Start | Top |\n| --- | --- | --- |\n| G4 | €2.700,00 | €3.900,00 |\n")
    assert fact_at(text, "€2.700,00").as_of_year == 2026


def test_an_intro_with_one_year_still_dates_its_list():
    text = "Monthly gross pay per grade in 2026:\n\n- Grade 4: €2.700\n- Grade 5: €3.100\n"
    assert fact_at(text, "€2.700").as_of_year == 2026


def test_the_same_report_takes_the_year_of_its_earlier_figures():
    text = ("According to the Bureau of Labor Statistics, welders earned a median of $51,000 a year in May 2024.\n\n"
            "Pay varies by state.\n\n"
            "In Ohio, welders averaged just under $48,000 a year, according to the same BLS survey.")
    assert fact_at(text, "$48,000").as_of_year == 2024


def test_a_new_report_of_the_same_source_is_not_dated_by_the_old_one():
    text = ("According to the Bureau of Labor Statistics, welders earned a median of $51,000 a year in May 2024.\n\n"
            "In Ohio, welders averaged just under $48,000 a year, according to the BLS.")
    assert fact_at(text, "$48,000").as_of_year is None


def test_a_wage_sheet_published_by_a_union_is_a_source():
    hits = find_attributions("According to the 2025 wage sheet published by Example Union Local 88 in Denver, "
                             "journeymen earn $48.10 an hour.")
    assert [h.source for h in hits] == ["Example Union Local 88"]


def test_a_numbered_local_written_alone_is_its_unions_full_name():
    text = ("According to the 2025 wage sheet published by Example Union Local 88 in Denver, journeymen earn "
            "$48.10 an hour.\n\nIn Denver, according to the same Local 88 wage sheet, the total package "
            "comes to about $80 an hour.")
    assert fact_at(text, "$80").source == "Example Union Local 88"
    assert fact_at(text, "$80").as_of_year == 2025


def test_an_intro_stating_its_own_base_rate_gives_no_component_to_its_list():
    text = ("Where the base journeyman rate is $50.00 per hour, apprentices earn a share of it:\n\n"
            "- Year one: 45% of the journeyman rate, about $22.50/hr\n- Year two: 55%, about $27.50/hr\n")
    assert fact_at(text, "$22.50").pay_component is None
    assert fact_at(text, "$50.00").pay_component == "base"


def test_an_intro_naming_base_pay_without_an_amount_still_gives_it():
    text = "The list below shows annual base salaries by city:\n\n- Denver: $61,000\n- Austin: $58,000\n"
    assert fact_at(text, "$61,000").pay_component == "base"


def test_an_amount_named_in_overtime_does_not_take_the_base_of_the_amount_before():
    text = "Acme reports a base wage of $27.40 an hour, plus about $5,900 a year in overtime."
    assert fact_at(text, "$5,900").pay_component is None
    assert fact_at(text, "$27.40").pay_component == "base"


def test_an_amount_named_in_bonuses_keeps_its_bonus():
    text = "Acme reports a base wage of $27.40 an hour, plus about $5,900 a year in bonuses."
    assert fact_at(text, "$5,900").pay_component == "bonus"
