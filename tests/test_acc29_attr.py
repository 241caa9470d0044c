"""Attribution classes fixed in the dev29/dev30 accuracy round (made-up sentences in the style of each class)."""

from extract.attribution import canonical_source, find_attributions, scope_attributions
from extract.blocks import split_blocks

from .attribution_helpers import source_of as _source_of, sources as _sources

# --- a firm's name (Partners, Group, Ltd ...) ends the publisher inside a report's title


def test_firm_word_ends_the_publisher_of_a_report_title():
    assert canonical_source("Harbour Talent Partners GCC Energy Salary Survey 2025") == "Harbour Talent Partners"
    assert canonical_source("Kestrel Consulting Group Pay Report") == "Kestrel Consulting Group"
    assert canonical_source("Ostra Advisors Ltd Rewards Survey") == "Ostra Advisors Ltd"


def test_titles_without_a_firm_word_stay_whole():
    assert canonical_source("Marlow Legal Salary Survey 2024") == "Marlow Legal Salary Survey"
    assert canonical_source("Partners Salary Survey") == "Partners Salary Survey"  # no name before it
    assert canonical_source("Kestrel Group") == "Kestrel Group"  # no report title after it


def test_credit_line_of_a_partners_survey_gives_the_firm():
    text = "Grade\tPay\nJunior\tQAR 9,000\nSource: Harbour Talent Partners Qatar Builders Pay Survey 2025.\n"
    assert _sources(text) == [("Source: Harbour Talent Partners Qatar Builders Pay Survey 2025", "Harbour Talent Partners")]


# --- a statistics office and a job platform named as the text writes them


def test_statistics_office_keeps_the_name_written():
    text = "Badan Pusat Statistik (BPS) reports that the average wage was Rp 3 juta in 2024."
    assert [s for _, s in _sources(text)] == ["Badan Pusat Statistik"]
    assert canonical_source("Statistics Indonesia") == "Statistics Indonesia"


def test_job_platform_report_gives_the_platform():
    assert canonical_source("Glints Developer Pay Report 2026") == "Glints"
    assert canonical_source("Kalibrr Salary Survey") == "Kalibrr"


# --- "In the X survey," opening a sentence credits that survey


def test_in_the_survey_opening_a_sentence_is_a_cue():
    text = "In the Corvo survey, nurses in Leeds reported these median salaries:\n• Theatre: £41,000\n• Ward: £36,000\n"
    assert _sources(text) == [("In the Corvo survey", "Corvo")]
    assert _source_of(text, "£36,000") == "Corvo"


def test_in_a_survey_mid_sentence_or_of_a_country_is_no_cue():
    assert _sources("Pay is higher in the Corvo survey than elsewhere.") == []
    assert _sources("Pay rose. In the Canada survey, nurses earn $9.") == []


def test_short_form_of_a_report_takes_the_report_name():
    text = ("According to the Corvo Nursing Pay Survey 2025, ward nurses earn £36,000.\n\n"
            "In the Corvo survey, theatre nurses earn £41,000.\n")
    assert [s for _, s in _sources(text)] == ["Corvo Nursing Pay Survey", "Corvo Nursing Pay Survey"]


# --- an acronym the text defines as a common term is no source


def test_acronym_defined_as_a_term_is_no_source():
    text = ("Pay rises with years of practice experience (YPE). Nurses with 3 YPE reported median pay of £40,000.")
    assert _sources(text) == []


def test_acronym_defined_as_an_organisation_is_still_its_name():
    text = "The Harbour Nurses Guild (HNG) says pay is $5. The HNG also says pay is $6."
    assert [s for _, s in _sources(text)] == ["Harbour Nurses Guild", "Harbour Nurses Guild"]


# --- an acronym whose full name the text credits elsewhere


def test_acronym_takes_the_full_name_credited_elsewhere():
    text = ("Agents earn $50,000, according to HAB.\n\nBrokers earn $70,000.\nSource: Home Agents Board\n\n"
            "HAB reports that the median agent spent $4,000 on fees.")
    assert [s for _, s in _sources(text)] == ["Home Agents Board"] * 3


# --- an examination of ads on a site, after a lead cue, credits the site


def test_review_of_postings_on_a_site_credits_the_site():
    text = "Based on our review of 1,200 plumber postings on Indeed in May, pay looks like this:\n\n1. Helper: $18 an hour.\n"
    assert _sources(text) == [("Based on our review of 1,200 plumber postings on Indeed", "Indeed")]
    assert _source_of(text, "$18") == "Indeed"
    text = "According to an analysis of 900 listings on ZipRecruiter, welders earn $24 an hour."
    assert [s for _, s in _sources(text)] == ["ZipRecruiter"]


# --- a source's seat between its name and its verb


def test_seat_of_a_union_local_before_its_verb():
    text = "IBEW Local 77 in Seattle lists a journeyman rate of $60/hr. Apprentices start at half of it, about $30."
    assert _sources(text) == [("IBEW Local 77 in Seattle lists", "IBEW Local 77")]
    assert _source_of(text, "$30") == "IBEW Local 77"


def test_a_month_is_no_seat():
    assert _sources("Examplejobs in March reported pay of $9.") == []


# --- an unnamed group speaking ends a named source's reach


def test_unnamed_speakers_end_the_reach():
    text = ("According to the Harbour Builders Council, contracts worth $9 billion were signed. "
            "Industry analysts value the market at about $40 billion. Recruiters now expect pay near $90,000.")
    assert _source_of(text, "$9 billion") == "Harbour Builders Council"
    assert _source_of(text, "$40 billion") is None
    assert _source_of(text, "$90,000") is None


def test_a_group_earning_does_not_end_the_reach():
    text = "According to Glassdoor, nurses earn $80,000. Recruiters earn $70,000 on average."
    assert _source_of(text, "$70,000") == "Glassdoor"


def test_in_the_survey_frames_its_own_sentence():
    text = ("In the 2025 Harbour Graduate Survey, law graduates reported a median of $6,000. "
            "Interns are paid far less, about $1,500.")
    assert [s for _, s in _sources(text)] == ["Harbour Graduate Survey"]
    assert _source_of(text, "$6,000") == "Harbour Graduate Survey"
    assert _source_of(text, "$1,500") is None


# --- a cue in a section's title claims nothing; a caption over rows does


def test_cue_in_a_section_title_is_no_attribution():
    text = "What Examplejobs reports\n\nNurses earn $70,000 on average.\n"
    scoped = scope_attributions(text, split_blocks(text), find_attributions(text))
    assert scoped == []
    text = "Pay by city, according to Glassdoor\n• Leeds: $40,000\n• York: $38,000\n"
    scoped = scope_attributions(text, split_blocks(text), find_attributions(text))
    assert [a.source for a in scoped] == ["Glassdoor"]  # a caption over rows stays


# --- a statistics office's modelled wage figures after its name


def test_wage_estimates_credit_a_known_source():
    text = "The table below shows the BLS wage estimates for welders.\n\nState\tPay\nOhio\t$50,000\n"
    assert _sources(text) == [("BLS wage estimates", "Bureau of Labor Statistics")]
    assert _source_of(text, "$50,000") == "Bureau of Labor Statistics"


def test_heading_stating_a_figure_keeps_its_source():
    text = "ZipRecruiter reports $25 an hour for new hires\n\nThat is more than last year.\n"
    assert _source_of(text, "$25") == "ZipRecruiter"
