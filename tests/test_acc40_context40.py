"""Classes fixed in the dev40 accuracy round (roles, places, employers), on made-up sentences."""
from extract.context import find_employers, find_locations, find_roles


def _values(mentions):
    return [m.value for m in mentions]


def test_sentence_first_word_written_lower_case_elsewhere_is_no_employer():
    t = "Freshly hired clerks start on $2,000 a month. A freshly hired clerk in Lagos earns more."
    assert "Freshly" not in _values(find_employers(t))


def test_capitalized_company_still_a_pay_subject():
    assert "Zorvane Freight" in _values(find_employers("Zorvane Freight posted a driver job at $20 an hour."))


def test_hospital_heads_in_their_own_language_and_medical_centre_abbreviation():
    assert _values(find_employers("Lindenhof Ziekenhuis pays ward nurses €3.100.")) == ["Lindenhof Ziekenhuis"]
    assert _values(find_employers("Vorden MC recently advertised nurse vacancies at €3.500.")) == ["Vorden MC"]


def test_defined_organisation_acronym_still_heads_a_name():
    t = "Each university medical centre (UMC) has its own deal. Vorden UMC pays nurses € 3.900."
    assert "Vorden UMC" in _values(find_employers(t))


def test_singular_verb_after_and_keeps_one_name():
    t = "Birch Gas and Electric lists a journeyman lineman rate of $70 an hour."
    assert _values(find_employers(t)) == ["Birch Gas and Electric"]


def test_listing_verbs_and_one_of_aside():
    t = "Quorvex, one of the largest contractors in the state, advertised electrician openings at $35 an hour."
    assert _values(find_employers(t)) == ["Quorvex"]
    assert _values(find_employers("Ardent Commercial & Industrial listed welder roles at $30 an hour.")) \
        == ["Ardent Commercial & Industrial"]


def test_source_site_for_a_country_is_no_employer():
    assert find_employers("Glassdoor India lists an average of ₹9 LPA for analysts.") == []


def test_company_in_town_before_listing_verb_is_the_company():
    t = "A vacancy at Quorvex Labs in Exampleton lists KES 2 million a year."
    assert "Exampleton" not in _values(find_employers(t))


def test_listed_employer_label_then_city_is_no_district():
    t = "Vacancies we saw:\n• Quorvex Academy, Mombasa: KSh 900 a day\n• Ardent College, Nairobi: KSh 800 a day"
    assert _values(find_locations(t)) == ["Mombasa", "Nairobi"]


def test_power_line_trade_is_its_own_role():
    assert _values(find_roles("Journeyman linemen earn $50 an hour; lineworkers on storm duty more.")) \
        == ["lineman", "lineman"]


def test_school_section_head_and_pv_installer_and_specialised_nurse():
    assert _values(find_roles("A head of primary can earn $40,000.")) == ["head of primary"]
    assert _values(find_roles("Solar PV installers earn $25 an hour.")) == ["solar pv installer"]
    assert _values(find_roles("Specialized nurses earn more.")) == ["specialised nurse"]
    assert _values(find_roles("Highly specialised engineers earn more.")) != ["specialised engineer"]
