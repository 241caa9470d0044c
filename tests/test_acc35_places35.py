"""Places and employers read by their slot (acc35 round): made-up sentences in the style of each class."""

from extract.context import find_employers, find_locations


def _employers(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_employers(text)]


def _places(text: str) -> list[str]:
    return [m.value for m in find_locations(text)]


def test_defined_acronym_employer_is_spelled_out():
    text = ("Most wardens work for the Northmoor Parks Authority (NPA), which employs 900 rangers. "
            "The NPA pays rangers $48,000 a year.")
    found = _employers(text)
    assert ("NPA", "Northmoor Parks Authority") in found
    assert all(value != "NPA" for _, value in found)


def test_term_acronym_is_not_spelled_out_as_employer():
    assert _employers("Drivers earn cents per mile (CPM); the CPM pays well.") == []


def test_plural_noun_after_one_capitalized_word_is_no_employer():
    assert _employers("New hires start at $41,000 a year.") == []
    assert _employers("Loyalty awards: typically $500 per year.") == []
    assert _employers("Trainee offers advertised by the big groups include a car.") == []
    assert _employers("Quorvane offers $52,000 to trainees.") == [("Quorvane", "Quorvane")]


def test_list_item_with_job_and_place_names_employer_and_place():
    text = ("Recent adverts from the large chains:\n"
            "• Quorvane Resorts International, night manager, Exampleton Bay: £2.100 a month\n"
            "• Brixa, sous chef at a lodge in Tarnby: £1.900 a month\n")
    assert [v for _, v in _employers(text)] == ["Quorvane Resorts International", "Brixa"]
    places = _places(text)
    assert "Exampleton Bay" in places and "Tarnby" in places


def test_list_items_under_corporate_groups_intro():
    text = ("Starting offers published by the big corporate groups include:\n\n"
            "• Pellivet: £36,000 basic\n• Arkwell Care: from £35,500\n")
    assert [v for _, v in _employers(text)] == ["Pellivet", "Arkwell Care"]


def test_opening_at_name_before_staff():
    assert _employers("At Zorvik, mid-level backend developers report 90.000 TL a month.") == [("Zorvik", "Zorvik")]
    assert _employers("At Christmas, nurses earn double time.") == []


def test_possessive_before_levelled_role():
    assert _employers("Trellaby's senior developers receive a bonus of $9,000.") == [("Trellaby", "Trellaby")]


def test_subject_with_based_aside_and_past_verb():
    text = "Korvath, also based in Izmir, advertised senior developer roles at up to 95.000 TL a month."
    assert _employers(text) == [("Korvath", "Korvath")]


def test_subject_with_noun_phrase_apposition():
    text = "Pawcroft, the region's largest night clinic group, advertises vet roles at £70,000."
    assert _employers(text) == [("Pawcroft", "Pawcroft")]


def test_island_groups_and_highlands_as_places():
    assert _places("In the Quorvex Islands, a receptionist earns 1.600 €.") == ["Quorvex Islands"]
    assert _places("Practices in the Examplian Highlands pay more.") == ["Examplian Highlands"]
    assert "Quorvex Islands" in _places("Role\tMadrid\tQuorvex Islands\n")


def test_state_code_glued_to_next_cell():
    text = "CityRateTypical Pay\nDenver, CO31.85%$152,700\nAustin, TX12.50%$99,000\n"
    assert _places(text) == ["Denver, CO", "Austin, TX"]
