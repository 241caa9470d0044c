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
