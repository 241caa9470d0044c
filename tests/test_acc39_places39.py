"""Places and employers read from syntax and page structure (acc39 round): made-up sentences of each class."""
from extract.context import find_employers, find_locations


def _employers(text: str) -> list[str]:
    return [m.value for m in find_employers(text)]


def _places(text: str) -> list[str]:
    return [m.value for m in find_locations(text)]


def test_title_acronym_defined_is_no_employer():
    t = "Staff rise to Executive Vice President (EVP) later. Officers at EVP earn Rs 900,000."
    assert _employers(t) == []


def test_grade_after_name_is_no_employer():
    assert _employers("Analysts at KPX level earn $90,000; engineers at Zentrova earn $120,000.") == ["Zentrova"]


def test_employer_column_of_a_table():
    t = ("Starting pay at big carriers\n"
         "Company\tRole\tHourly pay\n"
         "Quorvex Freight North\tLoader\t$18.00\n"
         "Target\tPicker\t$17.00\n"
         "Total\tAll\t$17.50\n"
         "Source: postings.")
    found = [(m.text, m.value) for m in find_employers(t)]
    assert ("Quorvex Freight North", "Quorvex Freight North") in found
    assert ("Target", "Target") in found
    assert all(text != "Total" for text, _ in found)


def test_employer_column_markdown_note_dropped():
    t = "| Employer | Pay |\n| --- | --- |\n| Brightwell Labs (Series A) | $90 |\n| Examplix | $80 |"
    assert _employers(t) == ["Brightwell Labs", "Examplix"]


def test_company_in_place_description_pays_nothing():
    assert _employers("In Exampleton, home to Walmart's regional depot, loaders earn $17.") == []
    t = "In Exampleton, home to Quorvex Freight's hub, loaders earn $17. Quorvex Freight pays drivers $25."
    assert [m.start for m in find_employers(t)] == [t.index("Quorvex Freight pays")]


def test_town_named_like_a_function_word():
    assert _places("Most factory staff now earn $20 an hour in Ohio.") == ["Ohio"]


def test_district_and_its_city():
    t = "A flat in Exampleabad-e-Nau, Lahore rents for Rs 40,000, and flats in G-9, Islamabad cost more."
    assert _places(t) == ["Exampleabad-e-Nau, Lahore", "G-9, Islamabad"]


def test_metro_with_en_dash():
    assert _places("In Seattle–Tacoma pay is $19 and in Boston it is $22.")[0] == "Seattle–Tacoma"


def test_parallel_possessive_states():
    assert _places("Oregon's minimum wage is $15.05 and Georgia's is $7.25.") == ["Oregon", "Georgia"]
    assert _places("Oregon's minimum wage is $15.05. Georgia's remarks drew praise.") == ["Oregon"]


def test_subregion_of_a_known_place():
    t = "Loaders in the Quorvex Valley of Northern California average $21 an hour."
    assert _places(t) == ["Quorvex Valley"]
    assert "Kingdom" not in _places("Nurses in the Kingdom of Saudi Arabia earn SAR 9,000.")


def test_place_ending_an_of_name():
    assert _places("The Institute of Examplers Kenya charges KSh 5,000 in Nairobi.") == ["Nairobi"]


def test_ampersand_inside_a_name_and_both_changed_pay():
    t = "In May, Quorvex Legal and B&T Partners both raised trainee salaries to €40,000."
    assert _employers(t) == ["Quorvex Legal", "B&T Partners"]


def test_company_outbidding_the_ones_before():
    t = "Quorvex Legal lifted its trainee pay to €40,000, and Brightwell Hale went further with €42,000."
    assert _employers(t) == ["Quorvex Legal", "Brightwell Hale"]


def test_company_own_programme_possessive_repeats_it():
    t = "Trainees at Zentrova earn Rs 90,000. Graduates who joined Zentrova's programme say their pay is Rs 95,000."
    found = [m.start for m in find_employers(t)]
    assert t.index("Zentrova's") in found
