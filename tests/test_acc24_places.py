"""Locations and employers read on dev24's classes of text (made-up sentences)."""

from extract.context import find_employers, find_locations


def _places(text: str) -> list[str]:
    return [m.value for m in find_locations(text)]


def _employers(text: str) -> list[str]:
    return [m.value for m in find_employers(text)]


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
