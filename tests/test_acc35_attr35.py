"""Attribution classes fixed in the dev35/dev36 accuracy round (made-up sentences in the style of each class)."""

from extract.attribution import canonical_source

from .attribution_helpers import source_of, sources

# --- a descriptor noun opening a sentence tells what the source is; it is no word of its name


def test_opening_descriptor_is_not_part_of_the_name():
    assert canonical_source("Recruiter Lumenstaff’s Pay Survey") == "Lumenstaff"
    assert canonical_source("Consultancy Orrin Partners") == "Orrin Partners"
    assert canonical_source("Platform Paybook") == "Paybook"


def test_names_that_open_with_a_trade_word_of_their_own_stay_whole():
    # union, network, office and bureau open real names: they are not read as descriptors
    assert canonical_source("Network Railways") == "Network Railways"
    assert canonical_source("Union Quarry Bank") == "Union Quarry Bank"


def test_survey_named_after_its_publisher_and_its_credit_line_give_the_publisher():
    text = ("Pay rose again. Recruiter Lumenstaff's 2025 Catering Salary Survey, based on 800 placements, "
            "finds that chef pay rose by 4%. Its figures are below.\n"
            "Median annual pay\nRole\tLisbon\nHead chef\t31.000 €\n"
            "Source: Lumenstaff Catering Salary Survey 2025. Figures exclude tips.\n")
    assert [s for _, s in sources(text)] == ["Lumenstaff", "Lumenstaff"]
    assert source_of(text, "31.000 €") == "Lumenstaff"


# --- an apposition after a source and before its verb


def test_apposition_opening_with_an_is_read():
    text = "Remote pay is higher. Ostrava Talent, an Ostrava-based tech recruiter, says seniors earn €5,000 a month."
    assert sources(text) == [("Ostrava Talent, an Ostrava-based tech recruiter, says", "Ostrava Talent")]
    assert source_of(text, "€5,000") == "Ostrava Talent"


def test_apposition_after_a_defined_acronym_and_the_anaphor_of_its_description():
    text = ("Overtime is common. The Northern Pilots Guild (NPG), the union that represents regional pilots, "
            "says rosters are tight. Many crews fly six days, and the union estimates that overtime adds "
            "$18,000 a year to a captain's pay.")
    names = [s for _, s in sources(text)]
    assert names == ["Northern Pilots Guild", "Northern Pilots Guild"]
    assert source_of(text, "$18,000") == "Northern Pilots Guild"


def test_apposition_with_no_verb_after_it_is_no_cue():
    text = "Orrin Partners, an Ostrava-based recruiter, placed 40 nurses at €2,100 a month."
    assert sources(text) == []


# --- one edition of a recurring report after a lead cue


def test_edition_of_a_report_is_the_report():
    text = ("According to the 2025 edition of the Encuesta Salarial Tecnológica, a volunteer survey, "
            "the median developer earns 2.400 € a month.")
    assert [s for _, s in sources(text)] == ["Encuesta Salarial Tecnológica"]
    assert source_of(text, "2.400 €") == "Encuesta Salarial Tecnológica"


def test_latest_issue_of_a_publishers_report_gives_the_publisher():
    text = "According to the latest issue of Paybook's Salary Guide, nurses earn £32,000."
    assert [s for _, s in sources(text)] == ["Paybook"]


# --- ads on a named site: the site carries them, known or not


def test_listings_on_an_unknown_site_credit_the_site():
    text = "Pay differs by firm. Job listings on Jobnest show Acme Security hiring analysts at ₪15,000 a month."
    assert [s for _, s in sources(text)] == ["Jobnest"]
    assert source_of(text, "₪15,000") == "Jobnest"


def test_listings_on_a_day_or_a_place_credit_nothing():
    assert sources("Job ads on Monday show analysts at $20 an hour.") == []
    assert sources("Job postings on Long Island show analysts at $20 an hour.") == []


def test_ads_from_employers_between_a_known_site_and_its_verb():
    text = "Contract towers pay less. Indeed job postings from Acme Air and Tower Co show controllers earning $30 per hour."
    assert [s for _, s in sources(text)] == ["Indeed"]
    assert source_of(text, "$30") == "Indeed"


def test_ads_from_an_employer_alone_name_no_source():
    assert sources("Job ads from Example City show drivers earning $20 an hour.") == []


# --- a site written as a lower-case domain with a long top-level word


def test_lower_case_domain_with_a_long_top_level_word():
    text = "Start-ups raised about $2.1 billion in 2024, according to fundings.watch, below the peak."
    assert [s for _, s in sources(text)] == ["fundings.watch"]
    assert source_of(text, "$2.1 billion") == "fundings.watch"


def test_lower_case_domain_ending_a_sentence():
    text = "Start-ups raised about $2.1 billion in 2024, according to fundstats.io."
    assert [s for _, s in sources(text)] == ["fundstats.io"]


# --- a two-word reporting verb


def test_points_out_is_a_reporting_verb():
    text = "Staffing is short. The Example Nurses Union also points out that agency nurses earn $52 an hour."
    assert [s for _, s in sources(text)] == ["Example Nurses Union"]
    assert source_of(text, "$52") == "Example Nurses Union"
