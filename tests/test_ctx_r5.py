"""Readings of accuracy round 5 (detect22): places labelling table rows, districts named after a
city's possessive, and employers named by "at <Name> in <known place>". Invented text only."""

from __future__ import annotations

import pytest

from .mention_helpers import employers as _employers, places as _places


# A column of row labels holds one kind of thing: among known places, a place-shaped label is a place.
@pytest.mark.parametrize("text, expected", [
    # glued rows of a flattened table (label, then a currency glued to the figure)
    ("CityMedianTop\nDubaiDh8,350Dh14,200\nSharjahDh6,150Dh10,700\nExamplevaleDh5,900Dh9,800",
     ["Dubai", "Sharjah", "Examplevale"]),
    ("ProvinceAverage\nGautengR427 500\nWestern CapeR372 500\nNorth ExamplelandR351 000",
     ["Gauteng", "Western Cape", "North Exampleland"]),
    # a markdown table: the header row has no value and is no row of the run
    ("| Region | Median |\n|---|---|\n| Zurich | CHF 104'300 |\n| Geneva | CHF 117'600 |\n| Exampleberg | CHF 88'900 |",
     ["Zurich", "Geneva", "Exampleberg"]),
    # negatives: a total row, a job title row, too few known labels, rows apart
    ("| Zurich | CHF 1 |\n| Geneva | CHF 2 |\n| Total | CHF 3 |", ["Zurich", "Geneva"]),
    ("| Zurich | CHF 1 |\n| Geneva | CHF 2 |\n| Software Engineer | CHF 3 |", ["Zurich", "Geneva"]),
    ("| Zurich | CHF 1 |\n| Examplevale | CHF 2 |\n| Exampleberg | CHF 3 |", ["Zurich"]),
    ("Zurich 1\n\nGeneva 2\n\nExampleberg 3", ["Zurich", "Geneva"]),
    ("| Zurich | CHF 1 |\n| Geneva | CHF 2 |\n| Senior | CHF 3 |", ["Zurich", "Geneva"]),
])
def test_column_of_place_labels(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


# "in <City>'s <District>": the district, the finer place, is the place named.
@pytest.mark.parametrize("text, expected", [
    ("A studio in Lisbon's Exampleira district costs about 1.100 € a month.", ["Exampleira"]),
    ("A flat in Zurich's Kreis 9 rents for CHF 2'400; in Geneva's Exemple-Vives, more.", ["Kreis 9", "Exemple-Vives"]),
    # negatives: no "in" before the city, a lower-case word, a department, a longer name
    ("Rents rose in Zurich; Zurich's Exampleira is dear.", ["Zurich", "Zurich"]),
    ("in Berlin's tech scene pay is high", ["Berlin"]),
    ("in Berlin's Sales team pay is high", ["Berlin"]),
    ("in Berlin's Example Street Market pay is high", ["Berlin"]),
])
def test_possessive_district(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


# "at <Name> in <known place>": a one-word name, or a name inside a sentence.
@pytest.mark.parametrize("text, expected", [
    ("At Examplio in Berlin, lead designers make €78,500.", ["Examplio"]),
    ("Agents on premium accounts at Quixa Meridian BPO in Manila earn ₱26,000.", ["Quixa Meridian BPO"]),
    # negatives: an unknown place after "in", a holiday, a level, a seniority word
    ("At Examplio in Exampleton, staff earn more.", []),
    ("At Christmas in Berlin, pay doubles.", []),
    ("At Senior in Paris, nurses earn more.", []),
])
def test_at_name_in_known_place(text: str, expected: list[str]) -> None:
    assert _employers(text) == expected


# A place naming a currency ("US dollars", "Singapore dollar") is the money's name, not a place.
@pytest.mark.parametrize("text, expected", [
    ("Offers are quoted in US dollars at a fixed rate.", []),
    ("At ₱55 to the US dollar, that is about $640.", []),
    ("Hong Kong Dollars are pegged; rents in Hong Kong are high.", ["Hong Kong"]),
    # negatives: the place itself, a word that only starts like a currency noun, a comma between
    ("Cooks in the US earn $19 an hour.", ["US"]),
    ("Singapore dollarization is a myth.", ["Singapore"]),
    ("Pay in Singapore, dollars aside, is high.", ["Singapore"]),
])
def test_place_naming_a_currency(text: str, expected: list[str]) -> None:
    assert _places(text) == expected
