"""Linking read on dev37/dev38's classes of text (made-up sentences)."""

from tests.test_link import fact_at


def test_a_glued_rows_level_label_before_a_title_gives_the_title():
    text = ("Pay by level\n\n"
            "The table below shows base salary ranges per annum for 2025 for residential roles in Leeds.\n\n"
            "LevelExperienceLeeds\n"
            "Graduate Civil Engineer0-2 years£31,000 - £36,000\n"
            "Intermediate Civil Engineer3-5 years£40,000 - £48,000\n"
            "Principal Civil Engineer10+ years£70,000 - £85,000\n")
    for amount in ("£31,000", "£40,000", "£70,000"):
        assert fact_at(text, amount).role == "civil engineer", amount
    assert fact_at(text, "£31,000").seniority == "entry"


def test_a_table_intro_role_is_kept_when_only_a_count_column_names_the_title():
    text = ("The states below paid occupational therapists the highest annual mean wages in 2024.\n\n"
            "| State | Annual mean wage | OTs employed |\n|---|---|---|\n"
            "| Oregon | $112,300 | 2,140 |\n| Maine | $104,800 | 910 |\n")
    assert fact_at(text, "$112,300").role == "occupational therapist"
    assert fact_at(text, "$104,800").role == "occupational therapist"


def test_a_year_dating_a_rate_in_an_aside_does_not_date_the_amount():
    text = ("With the pension levy at 9% (rising to 10% on 1 March 2026), a welder on a £40,000 base "
            "is on a package of about £43,600.")
    assert fact_at(text, "£40,000").as_of_year is None
    assert fact_at(text, "£43,600").as_of_year is None


def test_a_dating_aside_with_no_other_figure_still_dates_the_amount():
    text = "The median wage for welders (as of May 2024) was $51,000 a year."
    assert fact_at(text, "$51,000").as_of_year == 2024


def test_the_same_year_takes_the_year_named_before_in_the_paragraph():
    text = ("Skilled welders earned a median of €31.20 an hour in 2022. "
            "Helpers earned less, with a median of €22.40 an hour in the same year.")
    assert fact_at(text, "€22.40").as_of_year == 2022


def test_the_same_year_reaches_no_other_paragraph():
    text = ("Skilled welders earned a median of €31.20 an hour in 2022.\n\n"
            "Helpers earned less, with a median of €22.40 an hour in the same year.")
    assert fact_at(text, "€22.40").as_of_year is None



def test_that_salary_restating_an_earlier_amount_takes_its_context():
    text = ("Northwind Logistics advertised dispatcher jobs in Omaha starting at $54,000 per year. "
            "That starting salary works out to roughly $4,500 a month before taxes.")
    fact = fact_at(text, "$4,500")
    assert fact.location == fact_at(text, "$54,000").location == "Omaha"
    assert fact.role == "dispatcher"


def test_that_salary_of_another_value_is_no_restatement():
    text = ("Northwind Logistics advertised dispatcher jobs in Omaha starting at $54,000 per year. "
            "That salary works out to more than the $3,100 a month paid by rivals.")
    assert fact_at(text, "$3,100").location is None
