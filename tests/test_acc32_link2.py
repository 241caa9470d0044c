"""Linking read on dev32/dev33's second round of classes (made-up sentences): the reach of a table intro's
note and statistic, conversions after a period, and a sentence going on with the figures before it."""

from tests.test_link import fact_at

_RANGE_TABLE = ("<table><tr><th>Region</th><th>Median wage</th><th>Usual range</th></tr>"
                "<tr><td>North</td><td>$1,100</td><td>$900 – $1,300</td></tr>"
                "<tr><td>South</td><td>$1,040</td><td>$850 – $1,250</td></tr></table>")


def test_a_note_after_a_table_intro_gives_every_column_its_period():
    text = ("<html><body><main><p>The table below lists median pay for welders by region in 2023. "
            "All figures are gross weekly wages.</p>" + _RANGE_TABLE + "</main></body></html>")
    assert fact_at(text, "$900").period == "week"
    assert fact_at(text, "$1,100").period == "week"
    assert fact_at(text, "$900").statistic is None  # the range column is no median


def test_a_comment_after_a_table_intro_is_no_note_on_its_figures():
    text = ("<html><body><main><p>The table below lists median pay for welders by region in 2023. "
            "Many welders are paid weekly.</p>" + _RANGE_TABLE + "</main></body></html>")
    assert fact_at(text, "$900").period is None


def test_a_note_after_a_table_intro_names_the_currency_of_its_dollars():
    text = ("<html><body><main><p>The table below shows pay for welders by grade. "
            "All amounts are annual salaries in Canadian dollars.</p>"
            "<table><tr><th>Grade</th><th>Salary</th></tr><tr><td>Grade 1</td><td>$52,000</td></tr>"
            "<tr><td>Grade 2</td><td>$58,500</td></tr></table></main></body></html>")
    assert fact_at(text, "$52,000").currency == "CAD"
    assert fact_at(text, "$52,000").period == "year"


def _tenure_table(header: str) -> str:
    return ("<html><body><main><p>The table below shows average earnings for welders in Ohio by tenure.</p>"
            f"<table><tr><th>Tenure</th><th>{header}</th><th>Yearly Bonus</th><th>Typical range</th></tr>"
            "<tr><td>1-4 years</td><td>$1,050</td><td>$2,400</td><td>$900 – $1,200</td></tr>"
            "<tr><td>5-9 years</td><td>$1,180</td><td>$3,100</td><td>$1,000 – $1,350</td></tr>"
            "</table></main></body></html>")


def test_an_intro_statistic_the_header_agrees_with_reaches_the_other_pay_columns():
    text = _tenure_table("Avg. Weekly Wage")
    assert fact_at(text, "$1,050").statistic == "mean"
    assert fact_at(text, "$2,400").statistic == "mean"
    assert fact_at(text, "$900").statistic is None  # a range is another measure


def test_an_intro_statistic_the_header_contradicts_stays_off_the_other_columns():
    text = _tenure_table("Median Weekly Wage")
    assert fact_at(text, "$1,050").statistic == "median"
    assert fact_at(text, "$2,400").statistic is None


def test_a_conversion_after_an_amount_and_its_period_takes_its_context():
    text = ("According to Statistik Austria, the median pay of welders in Austria was 3.200 € a month in 2023. "
            "That works out to about 38.400 € a year (roughly US$41,000).")
    fact = fact_at(text, "US$41,000")
    assert (fact.statistic, fact.location, fact.as_of_year) == ("median", "Austria", 2023)
    assert fact.currency == "USD" and fact.period == "year"


def test_a_sentence_opening_with_that_and_a_verb_goes_on_with_the_figures_before():
    text = ("Welders in Ohio earned an average of $24 an hour in 2022, plus overtime of about $3,000 a year. "
            "That puts their yearly income at roughly $53,000.")
    fact = fact_at(text, "$53,000")
    assert (fact.location, fact.as_of_year, fact.role) == ("Ohio", 2022, "welder")


def test_that_opening_a_clause_mid_sentence_is_no_pointer_to_the_sentence_before():
    text = ("Welders in Ohio earned an average of $24 an hour in 2022. "
            "Plumbers say that puts them behind, at $51,000 a year.")
    assert fact_at(text, "$51,000").location is None
