"""Attribution classes fixed in the dev24 accuracy round (made-up sentences in the style of each class)."""

from extract.attribution import canonical_source

from .attribution_helpers import source_of as _source_of, sources as _sources

# --- a report named after its publisher gives the publisher


def test_site_before_a_report_title_is_the_publisher():
    assert canonical_source("Paybook.mx Teacher Salary Survey 2026") == "Paybook.mx"
    assert canonical_source("Lohnwelt.at Gehaltsreport 2025") == "Lohnwelt.at"
    assert canonical_source("Talentia.co.uk Salary Report") == "Talentia.co.uk"


def test_compound_report_title_after_a_plain_name():
    assert canonical_source("Lohnwelt Gehaltsstudie 2024") == "Lohnwelt"
    assert canonical_source("Meridian Salarisonderzoek") == "Meridian"


def test_titles_that_show_no_publisher_stay_whole():
    # separate title words after a plain name: which words are the publisher's is unknown
    assert canonical_source("Shape of Careers Survey 2027") == "Shape of Careers Survey"
    assert canonical_source("Meridian Salary Survey") == "Meridian Salary Survey"
    # a web address followed by words that are no report title
    assert canonical_source("Paybook.mx Chief Economist") == "Paybook.mx Chief Economist"
    # a report noun alone after a name is no compound
    assert canonical_source("Meridian Atlas") == "Meridian Atlas"


def test_credit_line_of_a_site_report_names_the_site():
    text = "Pay by city\n\n• Leeds: £30,000\n• York: £28,000\n\nSource: Paybook.co.uk Salary Survey 2026, 900 respondents\n"
    assert [s for _, s in _sources(text)] == ["Paybook.co.uk"]


# --- the publisher's own report, cited by its title, is a source with all its credit lines


_OWN_TITLED = ("Lohnwelt.at · Jobs · Login\n\nPainter pay in Austria\n\n"
               "• Vienna: 2.600 €\n• Graz: 2.400 €\n\nSource: Lohnwelt.at Gehaltsreport 2025, from our users\n\n"
               "Pay by state\n\n• Tirol: 2.500 €\n\nSource: Lohnwelt.at salary reports 2024\n\n© 2025 Lohnwelt.at\n")
_OWN_PLAIN = ("Lohnwelt.at · Jobs · Login\n\nPainter pay in Austria\n\n"
              "• Tirol: 2.500 €\n\nSource: Lohnwelt.at salary reports 2024\n\n© 2025 Lohnwelt.at\n")


def test_publisher_report_cited_by_title_keeps_its_credit_lines():
    assert [s for _, s in _sources(_OWN_TITLED)] == ["Lohnwelt.at", "Lohnwelt.at"]
    assert _source_of(_OWN_TITLED, "2.500 €") == "Lohnwelt.at"


def test_publisher_data_never_cited_by_title_is_no_source():
    assert _sources(_OWN_PLAIN) == []


# --- evidence on a site with a plural verb; people reporting their pay on a site


def test_job_ads_on_a_known_site_tell():
    text = "Job ads on Indeed tell the same story: most clinics offer between $20 and $24 an hour."
    assert _sources(text) == [("Job ads on Indeed tell", "Indeed")]
    assert _source_of(text, "$20") == "Indeed"


def test_job_ads_on_an_unknown_site_credit_the_site():
    # acc35: the site carrying the ads is a named source, known or not (dev36 gold: "Job listings on
    # <site> show"); an employer's name (a company head, a known employer) stays none (test_acc22_attr)
    assert _sources("Job ads on Meridianjobs tell the same story: clinics offer $20 an hour.") == [
        ("Job ads on Meridianjobs tell", "Meridianjobs")]


def test_people_report_their_pay_on_a_known_site():
    text = "Junior chemists at Meridian Labs report on Glassdoor a base pay of about $52,000 a year."
    assert _sources(text) == [("report on Glassdoor", "Glassdoor")]


def test_report_on_as_a_noun_is_no_cue():
    assert _sources("A report on Glassdoor found pay of $5.") == []
    assert _sources("The paper's report on Indeed listed $5.") == []
    assert _sources("Junior chemists report on Meridianjobs a base pay of $52,000.") == []


# --- a company telling what its own staff are paid is the source of that claim


def test_known_employer_telling_its_staff_pay_is_a_source():
    text = "Chains differ.\n\nWalmart says its U.S. store workers now average $17.50 an hour."
    assert _sources(text) == [("Walmart says", "Walmart")]


def test_company_own_news_is_still_no_source():
    assert _sources("Chains differ.\n\nWalmart says its revenue rose to $5 billion.") == []
    assert _sources("Chains differ.\n\nWalmart said it would raise pay to $18 an hour.") == []
    # a sentence-initial common word is no name even before "says its ... average"
    assert _sources("Pay differs.\n\nManagement says its staff average $17.50 an hour.") == []


# --- a comparison the author brings in ends the source's report


def test_for_comparison_ends_the_scope():
    text = ("The Meridian Nurses Union says the raise is not enough and wants $40 an hour. "
            "For comparison, the minimum wage is $12 an hour. Nurses earn $35.\n")
    assert _source_of(text, "$40") == "Meridian Nurses Union"
    assert _source_of(text, "$12") is None
    assert _source_of(text, "$35") is None


def test_report_continues_without_a_comparison():
    text = ("The Meridian Nurses Union says the raise is not enough and wants $40 an hour. "
            "Its members earn $35 on average.\n")
    assert _source_of(text, "$35") == "Meridian Nurses Union"


# --- an acronym the text defines names its source by the full name


def test_acronym_defined_in_the_text_gives_the_full_name():
    text = ("Pay is set by the Meridian Pay Commission (MPC).\n\nGrade\tPay\nA\t$5\n\nSource: MPC\n\n"
            "The Meridian Nurses Union (MNU) says pay is low. The MNU also says $6 is fair.\n")
    assert [s for _, s in _sources(text)] == ["Meridian Pay Commission", "Meridian Nurses Union", "Meridian Nurses Union"]


def test_acronym_that_does_not_abbreviate_the_name_stays():
    # a parenthesis whose letters are not the name's initials defines nothing
    text = "The Meridian Pay Office (XPO) is busy.\n\nTable\n\nSource: XPO\n"
    assert [s for _, s in _sources(text)] == ["XPO"]
