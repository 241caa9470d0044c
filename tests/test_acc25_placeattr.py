"""Places, employers and attributions read on dev25's classes of text (made-up sentences)."""

from .attribution_helpers import sources as _sources
from .mention_helpers import employers as _employers, places as _places


# ---- a job site's national edition: the source, not a place


def test_source_name_before_a_country_is_no_place():
    assert _places("Indeed Canada lists a median of C$24 an hour for cooks.") == []
    assert _places("Glassdoor UK puts the median at £41,000.") == []


def test_country_without_a_source_before_it_stays_a_place():
    assert _places("Cooks in Canada earn C$24 an hour, says the union.") == ["Canada"]


# ---- a participle before the pay noun, then the site the pay is on


def test_self_reported_pay_on_a_site_credits_the_site():
    text = "According to self-reported salaries on Glassdoor Canada as of May 2025, here is what banks pay:"
    assert _sources(text) == [("According to self-reported salaries on Glassdoor Canada", "Glassdoor")]
    assert _sources("Based on advertised wages on Indeed, welders earn $31 an hour.") == [
        ("Based on advertised wages on Indeed", "Indeed")]


def test_pay_at_a_company_is_not_a_source():
    assert _sources("According to reported salaries at Quorvex Freight, drivers earn $30 an hour.") == []


# ---- employers in list labels


def test_known_employer_then_its_city_in_a_label():
    text = "Here is what some large employers pay their analysts:\n\n• Amazon, Pune: ₹11 LPA base\n• Quorvex Data: ₹9 LPA"
    assert _employers(text) == ["Amazon", "Quorvex Data"]
    assert _places(text) == ["Pune"]


def test_unknown_town_then_its_state_in_a_label_stays_a_place():
    assert _places("• Exampleton, BC: $29 an hour") == ["Exampleton, BC"]


def test_operators_and_carriers_introduce_lists_of_payers():
    text = ("Recent roles advertised by large operators include:\n\n"
            "1. Quorvale (Perth): sous chef, $88,000 + super.\n"
            "2. Tallowind Group Dining: head chef, $112k base.\n")
    assert _employers(text) == ["Quorvale", "Tallowind Group Dining"]
    text = ("What carriers are paying\nA snapshot of jobs posted this month:\n"
            "• Quorvex Haulage (Regina, SK): $0.61/mile\n• Bright Lane Express (Laval, QC): C$0.57 per mile\n")
    assert _employers(text) == ["Quorvex Haulage", "Bright Lane Express"]


def test_pay_form_labels_are_no_employers():
    text = "Most fleets pay by the mile. Common pay structures:\n• Hourly: $26 an hour\n• Weekly: $1,400 a week\n"
    assert _employers(text) == []


# ---- a nationality adjective opening a company name that ends in a company head


def test_nationality_opens_a_company_name_before_its_head():
    assert _employers("Canadian Quorvex Co. pays cooks $27 an hour.") == ["Canadian Quorvex Co."]
    assert _employers("1. British Tallowind Ltd (Leeds): chef, £38,000") == ["British Tallowind Ltd"]


def test_nationality_before_a_plural_noun_is_no_name():
    assert _employers("Australian employers pay cooks $30 an hour.") == []


# ---- a part of a state or country, as named


def test_part_of_an_area_is_kept_as_named():
    assert _places("Miners in northern Saskatchewan earn C$48 an hour.") == ["northern Saskatchewan"]
    assert _places("| Level | Perth | Regional Queensland |") == ["Perth", "Regional Queensland"]
    assert _places("Nurses in rural Ontario get a bonus.") == ["rural Ontario"]


def test_area_prefix_inside_a_longer_name_is_not_read():
    assert _places("The Quorvex Regional Australia office hires.") == ["Australia"]
    assert _places("Teachers in regional Perth earn more.") == ["Perth"]


# ---- islands, resorts in a label, routes, cues


def test_island_after_a_cue_is_a_place():
    assert _places("Resort cooks on Quorvex Island earn $31 an hour.") == ["Quorvex Island"]


def test_unlisted_town_in_a_label_paren_is_the_item_place():
    text = "3. Tallowind Tours (Exampleton Resort, NT): cooks, $31 an hour"
    assert _places(text) == ["Exampleton Resort, NT"]


def test_two_areas_joined_by_a_dash_are_a_route():
    assert _places("• Quorvex Haulage (Regina, SK): Manitoba–Ontario lanes; $0.61/mile") == ["Regina, SK"]
    assert _places("Cross-border Canada–U.S. runs pay more in Winnipeg, MB.") == ["Winnipeg, MB"]


def test_around_and_metro_cue_a_smaller_city():
    assert _places("Drivers around Fort McMurray earn $40 an hour.") == ["Fort McMurray"]
    assert _places("Rents in Metro Vancouver rose; Vancouver was dearest.") == ["Vancouver", "Vancouver"]
