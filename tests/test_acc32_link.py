"""Linking read on dev32/dev33's classes of text (made-up sentences)."""

from tests.test_link import fact_at


def test_a_country_written_before_a_sources_name_is_not_the_amounts_place():
    text = ("According to the U.S. Bureau of Labor Statistics, the median annual wage for dental hygienists "
            "was $87,530 in May 2023.")
    assert fact_at(text, "$87,530").location is None
    assert fact_at(text, "$87,530").source == "Bureau of Labor Statistics"


def test_a_place_the_amount_is_for_stays_beside_a_source():
    text = "According to the Bureau of Labor Statistics, dental hygienists in Texas earned a median of $84,120."
    assert fact_at(text, "$84,120").location == "Texas"


def test_a_restatement_after_or_closing_a_longer_clause_takes_its_qualifiers():
    text = ("At Northwind, a reserve dispatcher earns about $3,150 a month in base pay before overtime, "
            "or roughly $37,800 a year.")
    fact = fact_at(text, "$37,800")
    assert fact.period == "year"
    assert fact.pay_component == fact_at(text, "$3,150").pay_component == "base"


def test_an_amount_after_or_of_another_value_is_no_restatement():
    text = "Reserve dispatchers earn about $3,150 a month in base pay before overtime, or about $52,000 a year."
    assert fact_at(text, "$52,000").pay_component is None


def test_an_event_year_in_a_list_intro_paragraph_does_not_date_the_list():
    text = ("The new pay law was signed in 2021 and took effect in 2022. It sets two monthly floors:\n\n"
            "- Senior midwife: R$ 5.100,00 per month\n- Midwife: R$ 3.900,00 per month\n")
    assert fact_at(text, "5.100,00").as_of_year is None


def test_a_report_year_in_a_list_intro_paragraph_dates_the_list():
    text = ("Acme's 2024 Salary Guide covers midwives in three regions. Its figures, in that order:\n\n"
            "- North: £38,000\n- South: £41,500\n")
    assert fact_at(text, "£38,000").as_of_year == 2024


def test_a_year_in_an_intro_sentence_stating_figures_dates_the_list():
    text = ("Midwives earned a median of $81,000 in 2023, the agency says. By region:\n\n"
            "- North: $78,000\n- South: $84,500\n")
    assert fact_at(text, "$78,000").as_of_year == 2023
