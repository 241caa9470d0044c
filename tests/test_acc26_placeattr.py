"""Places, employers and attributions read on dev26's classes of text (made-up sentences)."""

from extract.attribution import find_attributions, scope_attributions
from extract.blocks import split_blocks
from .attribution_helpers import sources as _sources
from .mention_helpers import employers as _employers, places as _places


def _claims(text: str) -> dict[str, str]:
    scoped = scope_attributions(text, split_blocks(text), find_attributions(text))
    return {a.source: text[a.claim_start:a.claim_end] for a in scoped}


# ---- statistical regions whose names join two parts with "and the"


def test_region_joined_by_and_the_is_read_whole():
    assert _places("| Yorkshire and the Humber | £11.90 |") == ["Yorkshire and the Humber"]
    assert _places("Pickers in Yorkshire and Humber earn less.") == ["Yorkshire and Humber"]


def test_two_places_joined_by_and_the_stay_two():
    assert _places("Rates in Yorkshire and the South West rose.") == ["Yorkshire", "South West"]
    assert _places("Rents in Leeds and the Midlands rose.") == ["Leeds", "Midlands"]


# ---- districts named as where a home is rented


def test_district_of_a_rented_home_is_the_place():
    assert _places("A two-bed flat in Brackenhollow Heights rents for R14 000 a month.") == [
        "Brackenhollow Heights"]
    assert _places("Studios in Quellmont go for about €900.") == ["Quellmont"]


def test_rented_home_in_a_month_or_a_known_place_adds_nothing():
    assert _places("Flats in October cost more; a room in London costs £900.") == ["London"]


def test_possessive_district_is_still_read_by_its_own_rule():
    assert _places("A flat in Lisbon's Exampleira district costs more.") == ["Exampleira"]


# ---- a place opening an institution's name


def test_city_opening_a_school_name_is_no_place():
    assert _places("Examplecorp runs Dubai American Academy and Doha Examplar School.") == []
    assert _places("Teachers in Doha earn QAR 12,000.") == ["Doha"]


# ---- a worker's credential named by its country


def test_country_of_a_held_credential_is_no_place():
    assert _places("Schools hire nurses with UK nursing registration at SAR 9,000.") == []
    assert _places("Engineers holding US licences earn more.") == []


def test_a_priced_credential_keeps_its_place():
    assert _places("• Queensland plumbing licence: about $300") == ["Queensland"]
    assert _places("Those in the UK with degrees earn more.") == ["UK"]


# ---- employers


def test_known_employer_that_is_a_word_is_read_in_a_payer_list():
    text = ("Big employers publish their rates. Here is what the largest names pay:\n\n"
            "1. Target: $17 an hour for stockers.\n2. Quorvex Retail: $16 an hour.\n")
    assert _employers(text) == ["Target", "Quorvex Retail"]


def test_word_employer_outside_a_payer_list_needs_a_cue():
    assert _employers("Target practice pays off.\n\n• Target: hit it twice") == []


def test_company_with_a_relative_clause_before_its_ad_verb():
    text = "Brindlewood, which runs three academies in Exampleton, advertised maths posts at £38,000."
    assert _employers(text) == ["Brindlewood"]


def test_relative_clause_after_a_plain_noun_names_no_company():
    assert _employers("Most teachers, who earn little, advertised for flatmates.") == []


def test_issuer_of_a_permit_is_no_employer():
    text = "Tutoring needs a licence from the Examplian Ministry of Education; tutors charge $40 an hour."
    assert _employers(text) == []
    assert _employers("Examplian Ministry of Education schools pay teachers $900.") == [
        "Examplian Ministry of Education"]


# ---- attributions


def test_pay_noun_advertised_by_whom_on_a_site():
    text = "The table below is based on salaries advertised for Examplian schools on Glassdoor in 2024."
    assert [s for _, s in _sources(text)] == ["Glassdoor"]


def test_company_labelling_a_list_item_says_about_its_own_figures():
    text = ("Named employers publish their rates:\n\n"
            "1. Quorvex: $17 an hour for pickers at its depots. The company says this is part of a "
            "$40m investment in pay.\n2. Ardentix: $16 an hour.\n")
    assert _sources(text) == [("The company says", "Quorvex")]
    claim = _claims(text)["Quorvex"]
    assert claim.startswith("The company says") and "$17" not in claim


def test_source_opening_a_clause_after_a_colon_claims_from_there():
    text = ("Central jobs pay up to $30 an hour, but wages there go less far: Glassdoor says the "
            "average cashier earns $1,200 a month.")
    claim = _claims(text)["Glassdoor"]
    assert claim.startswith("Glassdoor says") and "$30" not in claim
