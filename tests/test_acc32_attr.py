"""Attribution classes fixed in the dev32/dev33 accuracy round (made-up sentences in the style of each class)."""

from extract.attribution import canonical_source

from .attribution_helpers import source_names as _names, source_of as _source_of, sources as _sources

# --- a body's acronym, its exam's or product's code, a year and a report noun: the body


def test_acronym_code_and_year_give_the_first_acronym():
    assert canonical_source("RRB NTPC 2025") == "RRB"
    assert canonical_source("the KPSC FDA 2023") == "KPSC"


def test_acronym_run_without_a_year_or_a_report_noun_stays_whole():
    assert canonical_source("RRB NTPC") == "RRB NTPC"


def test_country_code_or_legal_form_is_no_publisher_of_a_code():
    assert canonical_source("UK ONS 2024") == "Office for National Statistics"  # the country, then the office
    assert canonical_source("KLM LLP 2024") == "KLM LLP"  # a firm's legal form, no exam code


def test_recruitment_notification_credits_the_board_not_the_exam():
    text = "As per the RRB NTPC 2025 notification, the application fee is Rs 500 for most candidates."
    assert _names(text) == ["RRB"]
    assert _source_of(text, "Rs 500") == "RRB"


def test_lower_case_report_noun_after_codes_without_a_year():
    assert _names("According to the KPSC FDA notice, the pay scale starts at Rs 21,400.") == ["KPSC"]
    assert _names("According to the WBSSC SLST circular, a teacher draws Rs 28,900.") == ["WBSSC"]


def test_credit_line_of_a_dated_notification():
    text = "Post\tPay\nClerk\tRs 19,900\nSource: RRB NTPC 2025 notification\n"
    assert _names(text) == ["RRB"]


def test_defined_acronym_of_the_board_gives_its_full_name():
    text = ("The Example Recruitment Board (ERB) runs the exam for 40 banks. "
            "As per the ERB PO 2025 notification, basic pay starts at Rs 41,000 a month.")
    assert _names(text) == ["Example Recruitment Board"]  # README: a defined acronym is given in full


# --- a survey's title, then who made it: the maker


def test_survey_title_by_an_office_credits_the_office():
    text = ("According to the Household Earnings Survey on Pay and Hours by the Ministry of Labour and "
            "Employment, cooks earned an average of Rs 18,000 a month.")
    assert _names(text) == ["Ministry of Labour and Employment"]
    assert _source_of(text, "Rs 18,000") == "Ministry of Labour and Employment"


def test_survey_title_from_an_agency_credits_the_agency():
    text = "According to the Labour Force Survey from the Ruritania Statistics Agency, pay rose to 4,100 crowns."
    assert _names(text) == ["Ruritania Statistics Agency"]


def test_survey_of_a_sample_by_a_known_office():
    assert _names("A Survey of Pharmacists by the Bureau of Labor Statistics shows pay of $60 an hour.") == [
        "Bureau of Labor Statistics"]


def test_survey_title_alone_stays_the_source():
    text = "According to the Northern Pay Survey, welders earn $31 an hour. The survey was written by Jane Roe."
    assert _names(text) == ["Northern Pay Survey"]


# --- "as <participle> by": a body announcing or computing the figure


def test_as_notified_by_an_association():
    text = "• Dearness allowance: at 12% of basic, as notified by the Ruritanian Banks' Association, it comes to Rs 4,900."
    assert _names(text) == ["Ruritanian Banks' Association"]
    assert _source_of(text, "Rs 4,900") == "Ruritanian Banks' Association"


def test_as_estimated_by_an_office():
    assert _names("Median pay is $52,000, as estimated by the Example Wage Office.") == ["Example Wage Office"]


def test_plain_as_notified_names_no_source():
    assert _names("Pay is revised every year, as notified in the gazette, to $5.") == []


# --- a counted quantity that opens with a comparison


def test_counts_more_than_is_a_claim():
    text = "Pay varies by state. EXNC, the Example Nursing Council, counts more than 900,000 nurses."
    assert _names(text) == ["EXNC"]
    assert _names("Glassdoor lists at least 300 openings for cooks in Lyon.") == ["Glassdoor"]


# --- a site's users at an employer in a city: the site reaches its whole report


def test_site_users_at_employer_in_a_city_report():
    text = ("Glassdoor users at Santa Clara Regional Medical Center in San Jose report base pay of $60 to $70 an hour. "
            "At Example Health, nurses report around $55 an hour.")
    assert _sources(text)[0] == (
        "Glassdoor users at Santa Clara Regional Medical Center in San Jose report", "Glassdoor")
    assert _source_of(text, "$55") == "Glassdoor"


def test_employer_name_of_more_than_six_words_and_no_seat_is_no_cue():
    text = "Glassdoor users at one two three four five six seven eight report $5."
    assert _names(text) == []


# --- people telling the author end a source's reach


def test_people_telling_the_author_end_the_reach():
    text = ("According to Example Bank's 2025 hiring advertisement, the package is Rs 18 lakh a year. "
            "Officers posted in Pune tell us their take-home pay is about Rs 70,000 a month.")
    assert _source_of(text, "Rs 18 lakh") == "Example Bank"
    assert _source_of(text, "Rs 70,000") is None


def test_sentence_without_telling_the_author_stays_in_reach():
    text = ("According to Example Bank's 2025 hiring advertisement, the package is Rs 18 lakh a year. "
            "Officers posted in Pune take home about Rs 70,000 a month.")
    assert _source_of(text, "Rs 70,000") == "Example Bank"


def test_acronym_before_a_place_and_a_report_noun_stays_whole():
    assert _names("According to the EXA Scotland data, porters earn £24,000.") == ["EXA Scotland"]
