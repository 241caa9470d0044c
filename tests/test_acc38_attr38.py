"""Attribution classes fixed in the dev37/dev38 accuracy round (made-up sentences in the style of each class)."""

from extract.attribution import canonical_source

from .attribution_helpers import source_names as _names, source_of as _source_of

# --- a statistics office named in its own language is given as written


def test_own_language_office_name_is_its_own_source():
    assert canonical_source("Danmarks Statistik") == "Danmarks Statistik"
    assert canonical_source("Tilastokeskus") == "Tilastokeskus"
    assert canonical_source("Statistics Finland") == "Statistics Finland"


def test_english_gloss_in_parentheses_names_the_office_on_the_whole_page():
    text = ("Statistisk sentralbyrå (Statistics Norway) reports that welders earn NOK 48,000 a month. "
            "Statistisk sentralbyrå also finds that apprentices earn NOK 21,000.")
    assert _names(text) == ["Statistics Norway", "Statistics Norway"]


def test_acronym_in_parentheses_is_no_other_name():
    assert _names("Statistics Sweden (SCB) says that cooks earn 29 000 kr a month.") == ["Statistics Sweden"]


# --- a name opening with a digit as the subject of a cue verb


def test_digit_led_name_before_a_cue_verb_is_a_source():
    text = "Wages vary. 4H reports that roofers earned an average of 240 kr. per hour in 2023."
    assert _names(text) == ["4H"]
    assert _source_of(text, "240 kr.") == "4H"


def test_digit_led_name_after_a_lead_cue():
    assert _names("Pay rose. According to 9K, plumbers earn 250 kr. an hour.") == ["9K"]


def test_digit_led_word_without_a_cue_verb_is_no_source():
    assert _names("Pay rose. 5G networks need technicians paid $40 an hour.") == []
    assert _names("Pay rose. 3D printing shows promise for $30 parts.") == []


# --- an appositive opening with a possessive name between a source and its verb


def test_possessive_appositive_before_the_verb():
    text = "Demand is high. Jobfinder, Norway's biggest job site, finds that welders are offered NOK 300 an hour."
    assert _names(text) == ["Jobfinder"]
    assert _source_of(text, "NOK 300") == "Jobfinder"


def test_possessive_appositive_of_a_person_is_no_source():
    assert _names("Pay is high. Ana Lopes, Acme's head of people, said pay rose by $500.") == []


# --- a known site's users and their verb, with no employer between


def test_known_site_users_report():
    text = "Pay is high. Glassdoor users report a median base salary of A$150,000 for geologists at Acme."
    assert _names(text) == ["Glassdoor"]
    assert _source_of(text, "A$150,000") == "Glassdoor"


def test_unknown_name_users_report_is_no_source():
    assert _names("Pay is high. Acme users report bugs in the $20 app.") == []


# --- a report named through its estimate and a firm by its trade


def test_estimate_by_market_researcher():
    text = "The tutoring market was worth roughly 9 billion rupees in 2024, according to an estimate by market researcher Example Insight."
    assert _names(text) == ["Example Insight"]
    assert _source_of(text, "9 billion rupees") == "Example Insight"


def test_bare_researcher_before_a_person_is_no_descriptor():
    assert _names("The market was worth $9 million, according to researcher Jane Roe.") == []


# --- a market figure's source covers its own sentence only


def test_market_figure_source_stops_at_its_sentence():
    text = ("Dental clinics earned about $12 billion in revenue last year, according to Example Research. "
            "With a median close to $80,000 a year, hygienists are well paid.\n")
    assert _source_of(text, "$12 billion") == "Example Research"
    assert _source_of(text, "$80,000") is None


def test_turnover_source_does_not_reach_a_funding_round():
    text = ("The sector turned over more than €5 billion in 2022, according to INE. "
            "Investors are interested too: a Porto start-up raised €3 million.\n")
    assert _source_of(text, "€3 million") is None


def test_pay_report_still_reaches_the_next_sentence():
    text = ("According to Example Stats, carpenters earned 260 kr. per hour in 2023. "
            "Unskilled workers earned 210 kr. per hour in the same year.\n")
    assert _source_of(text, "210 kr.") == "Example Stats"


def test_market_valuation_and_spending_sources_stop_at_their_sentence():
    text = ("Analysts at Example Research valued the global tutoring market at $7.1 billion in 2024. "
            "Tutorly itself raised a $30 million round in March.\n")
    assert _source_of(text, "$7.1 billion") == "Example Research"
    assert _source_of(text, "$30 million") is None
    text = ("Spending on cloud services in Europe reached roughly €90 billion in 2024, according to Example Research. "
            "Most online courses cost between €29 and €49 a month.\n")
    assert _source_of(text, "€29") is None
