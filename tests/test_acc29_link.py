"""Linking read on dev29/dev30's classes of text (made-up sentences)."""

from tests.test_link import fact_at


def test_a_title_in_an_aside_does_not_replace_the_title_outside_it():
    text = ('Per the survey, the median wage for crane operators (the survey\'s group is "hoist and winch mechanics and '
            'riggers") was $61,200 in 2024.')
    assert fact_at(text, "$61,200").role == "crane operator"


def test_a_gloss_of_a_title_in_parentheses_is_kept():
    text = "Rates run 19 € per hour for a Geselle, rising to 22 € for a Vorarbeiter (foreman)"
    assert fact_at(text, "22 €").role == "foreman"


def test_a_heading_setting_titles_against_each_other_names_no_one_title():
    text = ("Welder pay guide\n\nHelper vs. Journeyman vs. Master Electrician\n\n"
            "Typical hourly pay by level:\n\n"
            "- Beginner helper (0-1 years): $15-$18 per hour\n"
            "- Licensed (2-4 years): $24-$30 per hour\n")
    assert fact_at(text, "$15-$18").role is None


def test_an_amount_outside_a_place_takes_no_other_amounts_place():
    text = "The minimum for clerks is £24,100 a year in Leeds and £21,900 a year outside Leeds."
    assert fact_at(text, "£24,100").location == "Leeds"
    assert fact_at(text, "£21,900").location is None


def test_outside_a_word_that_is_no_place_keeps_the_place():
    text = "UK contract animators usually bill £300 to £420 per day outside IR35."
    assert fact_at(text, "£300").location == "UK"


def test_a_title_opening_a_later_contrast_clause_is_that_amounts():
    text = "Owners reported median earnings of $71,500, while junior designers came in at $43,000."
    assert fact_at(text, "$71,500").role is None
    assert fact_at(text, "$43,000").role == "designer"


def test_the_school_people_graduated_from_is_not_their_employer():
    text = "Chemistry graduates from Ridgeway University are hired as lab technicians at $41,000 a year."
    assert fact_at(text, "$41,000").employer is None
    assert fact_at("Lab technicians at Ridgeway Labs earn $41,000 a year.", "$41,000").employer == "Ridgeway Labs"
