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


def test_a_publisher_citing_its_own_analysis_by_name_after_a_lead_cue_is_the_source():
    text = ("Examplejobs Careers | Find Jobs | Salary Guide\n\nTeacher Pay in Ruritania\n\n"
            "According to Examplejobs's analysis of 800 vacancies posted on the site in 2024, private school "
            "teachers earn the following monthly salaries:\n\n- Cities: $2,000 to $3,000\n- Towns: $1,500\n\n"
            "© 2025 Examplejobs Careers. All rights reserved.\n")
    assert fact_at(text, "$1,500").source == "Examplejobs"


def test_an_acronym_taking_more_than_one_letter_of_a_word_is_given_in_full():
    text = ("The Ruritanian Association of Graduate Nurses (RAGRAN) has pushed for more. "
            "RAGRAN argues that a new nurse should earn at least $5,000 a month.")
    assert fact_at(text, "$5,000").source == "Ruritanian Association of Graduate Nurses"


def test_a_company_listing_its_own_jobs_rate_is_no_source():
    hits = find_attributions("Northwind Power lists a top-step journeyman lineman rate of $68.20/hr under its "
                             "contract with the union.")
    assert hits == []


def test_a_company_listing_an_average_rate_is_still_a_source():
    hits = find_attributions("Example Analytics lists an average rate of $68.20/hr for linemen.")
    assert [h.source for h in hits] == ["Example Analytics"]


def test_a_union_local_listing_its_members_rate_is_a_source():
    hits = find_attributions("Example Local 41 in Denver lists a journeyman rate of $52.10/hr effective May 2025.")
    assert [h.source for h in hits] == ["Example Local 41"]


def test_including_named_allowances_and_bonuses_is_total_pay():
    text = "The median gross annual income of care staff was €39.500 in 2024, including holiday allowance and bonuses."
    assert fact_at(text, "€39.500").pay_component == "total"


def test_once_named_extras_are_included_is_total_pay_not_bonus():
    text = "Senior midwives earn over €58k a year once holiday allowance and the year-end bonus are included."
    assert fact_at(text, "over €58k").pay_component == "total"


def test_including_a_bonus_of_an_amount_stays_that_bonus():
    text = "She received total pay of $9.1 million last year, including a cash bonus of $1.4m."
    assert fact_at(text, "$1.4m").pay_component == "bonus"


def test_keeping_a_licence_valid_is_a_cost():
    text = "New nurses must keep their board licence valid, currently $180 a year, and most earn $64,000 a year."
    assert fact_at(text, "$180").category == "cost"
    assert fact_at(text, "$64,000").category == "salary"
