"""Places and employers read from syntax and page structure (acc39 round): made-up sentences of each class."""
from extract.context import find_employers, find_locations


def _employers(text: str) -> list[str]:
    return [m.value for m in find_employers(text)]


def _places(text: str) -> list[str]:
    return [m.value for m in find_locations(text)]


def test_title_acronym_defined_is_no_employer():
    t = ("Officers rise from Grade 3 to Deputy General Manager (DGM). At DGM level pay is Rs 300,000, "
         "and staff at DGM or GM grade take home more.")
    assert "Deputy General Manager" not in _employers(t)
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
    t = "In Exampleton, home to Quorvex Freight's hub, loaders earn $17. Quorvex Freight pays drivers $25."
    found = find_employers(t)
    assert [m.start for m in found] == [t.index("Quorvex Freight pays")]


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
