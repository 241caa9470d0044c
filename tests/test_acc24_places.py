"""Locations and employers read on dev24's classes of text (made-up sentences)."""

from .mention_helpers import employers as _employers, places as _places


# ---- first-level subdivisions of countries besides the US (pycountry)


def test_german_laender_are_places_as_named():
    assert _places("Plumbers in Hessen earn more than in Sachsen-Anhalt.") == ["Hessen", "Sachsen-Anhalt"]
    assert _places("| Nordrhein-Westfalen | 3.100 € |") == ["Nordrhein-Westfalen"]


def test_subdivision_names_also_read_without_accents():
    assert _places("Teachers in Tamil Nadu and Karnātaka") == ["Tamil Nadu", "Karnātaka"]
    assert _places("Welders in Thuringen earn 2.800 €") == ["Thuringen"]


def test_subdivision_is_the_area_of_a_city_before_it():
    assert _places("Nurses in Pune, Maharashtra earn more") == ["Pune, Maharashtra"]


def test_subdivision_names_that_are_words_need_a_city_or_a_cue():
    assert _places("Delta pays its crews more; Rivers and Plateau are words.") == []
    assert _places("Nelson said pay rose.") == []


def test_other_countries_codes_are_not_read_as_places():
    assert _places("Most jobs in HR pay more; jobs in PR too.") == []


def test_island_group_needs_a_cue():
    assert _places("Clinics in Mindanao pay less.") == ["Mindanao"]
    assert _places("Agents at Luzon Examplar BPO earn more.") == []


# ---- employers


def test_name_opening_with_an_abbreviation_is_whole():
    assert _employers("Nurses at St. Bernadette's Medical Center earn ₱30,000.") == ["St. Bernadette's Medical Center"]
    assert _employers("Mt. Examplar Hospital pays new nurses $40 an hour.") == ["Mt. Examplar Hospital"]


def test_company_name_goes_on_after_ampersand_past_its_head():
    assert _employers("Nurses at Examplar Heart Hospital & Research Institute earn more.") == \
        ["Examplar Heart Hospital & Research Institute"]


def test_government_ministry_with_its_country_is_an_employer():
    assert _employers("Examplian Ministry of Health hospitals offer nurses SAR 4,000.") == [
        "Examplian Ministry of Health"]
    # a ministry that reports a statistic is a source, its remit read whole
    assert _employers("Examplia's Ministry of Labour, Trade and Welfare said wages rose to ¥300,000.") == []


def test_company_speaking_of_its_own_workers_is_their_employer():
    assert _employers("Quillby Coffee Co. says its baristas average $18 an hour.") == ["Quillby Coffee Co."]
    assert _employers("Quillby Coffee Co. says its data shows $18 an hour.") == []


def test_site_the_payers_post_on_is_no_payer():
    assert _employers("Here is what employers on Jobquill offered this year: $15 an hour.") == []
    assert _employers("Jobquill offered baristas $15 an hour.") == ["Jobquill"]


def test_numbered_list_of_chains_lists_employers():
    text = ("Here is what the largest chains advertised this spring:\n\n"
            "  1. Quillby Coffee: $15.00 to $20.00 per hour\n"
            "  2. Brindle Beans (franchise stores): $12-$14 per hour\n")
    assert _employers(text) == ["Quillby Coffee", "Brindle Beans"]


def test_numbered_list_of_rates_lists_no_employers():
    text = "A few current rates:\n\n1. Examplia North: 21,48 € per hour\n2. Examplia South: 20,10 € per hour\n"
    assert _employers(text) == []
