"""Linking, attribution, places and employers read on dev27's classes of text (made-up sentences)."""

from extract.attribution import find_attributions
from tests.test_link import fact_at
from .attribution_helpers import sources as _sources
from .mention_helpers import employers as _employers


# ---- attribution cues: the site a list's ads were read on


def test_ads_read_on_a_known_site_credit_the_site():
    assert _sources("Title\n\nHere are some plumbing jobs we found on Indeed last month:") == [
        ("found on Indeed", "Indeed")]
    assert _sources("Title\n\nBased on adverts posted on Indeed over the summer, here is what firms offer:") == [
        ("Based on adverts posted on Indeed", "Indeed")]
    assert _sources("Title\n\nAccording to listings on Glassdoor, cooks earn $15 an hour.") == [
        ("According to listings on Glassdoor", "Glassdoor")]


def test_ads_on_an_unknown_name_are_no_source():
    assert _sources("Title\n\nAccording to listings on Quorvex Street, rents are $900.") == []
    assert _sources("Title\n\nHere is the hat I found on Main Street:") == []


def test_a_count_of_ads_on_the_publishers_own_site_is_no_source():
    # the comma of "2,100" is no aside: the ads still make an unknown name no source
    assert _sources("Title\n\nBased on 2,100 driver postings on Quorvexjobs in 2024, here is what fleets pay:") == []


def test_a_sites_profiles_are_its_data():
    assert _sources("Title\n\nPayScale's profiles show that junior cooks earn $14 an hour.") == [
        ("PayScale's profiles show", "PayScale")]


def test_a_list_intro_naming_the_site_credits_its_items():
    text = ("Pay guide\n\nEmployers post their own figures. Here are a few plumbing jobs we found on Indeed in May:\n\n"
            "• Quorvex Pipes, Dayton, OH: plumber, $28 an hour\n• Linden Mechanical, Akron, OH: plumber, $31 an hour\n")
    assert fact_at(text, "$28").source == "Indeed"
    assert fact_at(text, "$31").source == "Indeed"


def test_a_scale_titled_after_an_acronym_credits_the_acronym():
    text = "Title\n\nGrade\tMinimum\nNurse\t€40,000\n\nSource: NWA Consolidated Salary Scales, May 2024\n"
    assert [a.source for a in find_attributions(text)] == ["NWA"]
    # two words are no title after a publisher: kept whole
    assert [a.source for a in find_attributions("Title\n\nSource: NWA Survey\n")] == ["NWA Survey"]


# ---- employers


def test_an_acronym_the_page_spells_as_another_name_is_not_the_company():
    text = "Most firms pay the AWS, an Annual Wage Supplement of one month, on top of the AWS base."
    assert "Amazon Web Services" not in _employers(text)
    text = "Certified by the American Welding Society, inspectors with AWS credentials earn $40 an hour."
    assert "Amazon Web Services" not in _employers(text)
    assert "Amazon Web Services" in _employers("Engineers at AWS earn $200,000 a year.")


def test_a_list_introduced_by_famous_names_lists_employers():
    text = ("Pay is set by each firm. Here is what some of the best-known names are offering:\n\n"
            "• Quorvex Dental: €50,000 for a dentist\n• Linden Smiles: €52,000 for a dentist\n")
    assert _employers(text) == ["Quorvex Dental", "Linden Smiles"]


def test_list_labels_giving_a_place_after_the_name_list_employers():
    text = ("Here are a few jobs we saw last week:\n\n"
            "• Quorvex Pipes, Dayton, OH: plumber, $28 an hour\n"
            "• Linden Yards, Mobile, AL: welder, $24 an hour\n")
    assert _employers(text) == ["Quorvex Pipes", "Linden Yards"]
    # places alone are no companies
    assert _employers("Pay by city:\n\n• Dayton, OH: $28 an hour\n• Mobile, AL: $24 an hour\n") == []
