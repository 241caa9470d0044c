"""Places and employers read from their syntactic slot (acc38 round, places38): made-up sentences."""
from extract.context import find_employers, find_locations


def _employers(text: str) -> list[str]:
    return [m.value for m in find_employers(text)]


def _places(text: str) -> list[str]:
    return [m.value for m in find_locations(text)]


def test_organisation_word_suffix_names_a_payer():
    assert "Quorvale International School" in _employers("Quorvale International School in Exampleton is one of few.")
    assert "Ardentix Language Centre" in _employers("Ardentix Language Centre, a large chain, hires teachers.")
    assert "Velmora Care Staffing" in _employers("Here is a contract by Velmora Care Staffing for nurses:")


def test_town_named_school_is_shortened_to_the_town_word():
    text = "Teachers at Lakewood International School earn more. A Lakewood teacher gets ฿20,000 for housing."
    found = find_employers(text)
    assert [(m.text, m.value) for m in found][-1] == ("Lakewood", "Lakewood International School")


def test_own_hiring_scheme_and_posted_ad_name_the_payer():
    assert _employers("Quorvex Mining's 2026 intake started on A$99,000 plus super.") == ["Quorvex Mining"]
    assert _employers("In Leeds, Ardentix's graduate development programme pays £30,000.") == ["Ardentix"]
    assert _employers("Velmora advertised senior tester roles in Braga at €40,000.") == ["Velmora"]
    assert _employers("Senior roles advertised at €40,000 were rare; Jobs posted in Leeds paid £9.") == []


def test_amount_at_a_company_is_its_pay_not_a_city_level_holiday_or_date():
    assert _employers("a median of A$150,000 at Quorvex Metals") == ["Quorvex Metals"]
    assert _employers("a bonus of £500 at Christmas; $40 at Level 3; $9 at London") == []
    assert _employers("posts advertised in May 2025 at Job Group K") == []


def test_capitalized_article_makes_a_city_name_a_company_after_a_posting_noun():
    assert _employers("A job posting from the Boston office listed $70,000.") == []  # the city's office
    assert [v.lower() for v in _employers("A job posting from The Hartford for analysts listed $70,000.")] == ["the hartford"]


def test_company_speaking_of_its_own_staff_by_acronym_is_their_employer():
    assert _employers("Velmora Care Staffing says its travel RNs averaged $2,300 a week.") == ["Velmora Care Staffing"]


def test_names_inside_an_aside_describing_a_company_are_not_payers():
    text = "Quorvex, which runs Ardent International School, advertised posts at AED 9,000."
    assert _employers(text) == ["Quorvex"]


def test_possessive_place_describing_a_source_is_no_place_of_the_pay():
    assert _places("Paylo, Norway's biggest job site, finds rates range from 200 kr. to 250 kr.") == []
    assert _places("The levy, Norway's main tax, stands at 22%.") == ["Norway"]


def test_country_before_firms_named_by_trade_is_their_nationality():
    assert _places("U.S. insurers wrote $1 trillion in premiums.") == []
    assert _places("Insurers in the U.S. wrote $1 trillion in premiums.") == ["U.S."]


def test_caption_naming_a_pay_scale_names_its_payer():
    text = "We met staff of Quorvale Academy in May.\nQuorvale Academy teacher salary scale, 2025\nStep 1\t฿90,000"
    assert "Quorvale Academy" in [m.value for m in find_employers(text) if m.rule == "employer.scale_caption"]
    assert _employers("Ordinary pay rose.\nStandard teacher salary scale, 2025\nStep 1\t฿90,000") == []


def test_cued_state_code_may_end_its_sentence():
    assert _places("Mine engineers earn most in QLD. Graduates start lower.") == ["QLD"]
    assert _places("See jobs in WA.gov listings.") == []


def test_job_noun_after_a_company_shaped_name_is_its_staff_not_a_title():
    assert _employers("Ardent Valley Hospital nurses earn $41 an hour.") == ["Ardent Valley Hospital"]
    assert _employers("Tarvo Software Developer pay is high.") == []
