"""Places and employers found in the dev32/dev33 round (made-up sentences of the same classes)."""

from extract.context import find_employers, find_locations


def employers(text: str) -> list[str]:
    return [m.value for m in find_employers(text)]


def places(text: str) -> list[str]:
    return [m.value for m in find_locations(text)]


def test_acronym_of_a_job_title_is_no_employer():
    text = ("A Claims Assessment Officer (CAO) post at an insurer pays well. The starting pay of an insurer CAO "
            "is $4,000, and a CAO gets a car.")
    assert "CAO" not in employers(text)


def test_acronym_of_a_company_is_still_one():
    text = "Quorvex Data Systems (QDS) pays analysts $90,000; a lender QDS bought pays less."
    assert "Quorvex Data Systems" in employers(text)


def test_pay_item_name_is_no_employer():
    text = "• City Compensatory Allowance (CCA): 4% of basic.\n• Transport Allowance: $300 a month."
    assert employers(text) == []


def test_town_named_like_a_bank_is_no_place():
    assert places("Officers at lenders such as Bank of Exampleton earn $9.") == []


def test_city_possessive_before_its_districts_is_the_city():
    assert "Mumbai" in places("A two-room flat in Mumbai's eastern suburbs rents for ₹40,000.")


def test_place_only_after_its_city_may_name_a_company():
    # "Delta" is a place only after its city ("Warri, Delta"); alone it may be an airline
    assert employers("First-year pay at Delta and Quorvex Air sits at $36 an hour.") == ["Delta", "Quorvex Air"]
    assert places("Nurses in Warri, Delta earn more.") == ["Warri, Delta"]


def test_pay_at_a_list_of_companies():
    text = "Starting pay at Orvanta, Brixley and Talvo Air sits near $30 an hour."
    assert employers(text) == ["Orvanta", "Brixley", "Talvo Air"]


def test_nationality_word_as_a_company_in_a_list():
    assert employers("Top-of-scale pay at Orvanta and American now exceeds $80.") == ["Orvanta", "American"]
    # a nationality before a payer noun or a job is a people's
    assert employers("Pay at Orvanta and American carriers rose to $40.") == ["Orvanta"]


def test_nationality_company_named_again_only_alone():
    text = ("Pay at Orvanta and American now exceeds $80.\n\n| Year | Orvanta | American |\n|---|---|---|\n"
            "| 1 | $30 | $31 |\n\nAmerican pilots earn $200.")
    found = [(m.text, m.start) for m in find_employers(text) if m.text == "American"]
    assert len(found) == 2  # the list and the table header, not "American pilots"


def test_companies_listed_right_after_their_kind_may_be_towns_named_like_words():
    text = "Regional carriers such as Quorvex Air, Envoyant and Republic hire all year."
    assert employers(text) == ["Quorvex Air", "Envoyant", "Republic"]
    # a list after another noun ("cities") lists places
    assert employers("Employers in cities such as Denver and Leeds pay more.") == []


def test_one_company_after_its_kind_and_a_pay_verb():
    assert employers("Intercity operators such as Quorvex North Rail pay the most.") == ["Quorvex North Rail"]
    assert employers("Operators such as Leeds pay the most.") == []


def test_country_in_an_agency_name_is_no_place():
    assert places("According to the U.S. Bureau of Labor Statistics, pay was $50,000.") == []
    assert places("The Examplia Department of Health said pay was $5.") == []
    assert places("Nurses in the U.S. earn $80,000.") == ["U.S."]


def test_possessive_payout_names_the_payer():
    text = "Orvanta pays well. Orvanta's payout for 2024 added $6,500."
    assert [m.text for m in find_employers(text)] == ["Orvanta", "Orvanta"]
