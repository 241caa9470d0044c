"""Table readings added in the dev13 accuracy round (invented examples of the shapes met there).

* a text that writes a letter symbol twice in its strict shape ("R12 300") confirms it as a
  currency mark: glued table cells then read it in looser shapes ("MetroR45 000R20kR1.2m");
* thousands grouped by plain spaces after a currency mark ("R45 000", "€ 45 000"), never in a
  bare number;
* a row label glued from two text cells ("Port TownNorth Cape") splits when the header names
  that many columns; a short capitalised prefix of one name ("KwaMashu", "MacArthur") is no cut;
* a spaced "Label · avg R45 000" line is a teaser of a link list, not a table row.
"""

from __future__ import annotations

from typing import Optional

import pytest

from extract.money import confirmed_symbols
from extract.tables import find_text_tables, find_values, parse_glued_row

R = frozenset({"R"})

# --------------------------------------------------------------------------- confirmed letters

CONFIRMED_CASES = {
    "twice strict": ("Fees R12 300 and R14 250 a year.", ["R"]),
    "comma groups": ("About N450,000 or N520,000 yearly.", ["N"]),
    # negatives: once is not enough, a loose shape does not confirm, nor a letter inside a word
    "once": ("Fees R12 300 a year.", []),
    "loose shapes": ("Rooms R2 and R3, bus N95.", []),
    "inside a word": ("ZAR12 300 and ZAR14 250", []),
}


@pytest.mark.parametrize("text, expected", CONFIRMED_CASES.values(), ids=CONFIRMED_CASES.keys())
def test_confirmed_symbols(text: str, expected: list[str]) -> None:
    assert sorted(confirmed_symbols(text)) == expected


# --------------------------------------------------------------------------- value shapes

VALUE_CASES = {
    "glued rand cells": ("MetroR45 000R20kR1.2m", R, ["R45 000", "R20k", "R1.2m"]),
    "rand after digit": ("Port Town12R45 000", R, ["12", "R45 000"]),
    "spaced rand": ("Metro R 45 000", R, ["R 45 000"]),
    "euro spaced groups": ("Lyon€45 000€52 500", frozenset(), ["€45 000", "€52 500"]),
    "dollar spaced groups": ("Average $1 250 000", frozenset(), ["$1 250 000"]),
    # negatives: an unconfirmed letter is no mark; bare numbers are not space-grouped;
    # a capital before the letter makes it part of a word
    "unconfirmed R": ("MetroR45 000", frozenset(), ["45", "000"]),
    "bare numbers": ("Year 2024 300 jobs", frozenset(), ["2024", "300"]),
    "capital before": ("FOR45 000", R, ["45", "000"]),
    "four digits after space": ("$45 2024", frozenset(), ["$45", "2024"]),
}


@pytest.mark.parametrize("line, letters, expected", VALUE_CASES.values(), ids=VALUE_CASES.keys())
def test_find_values(line: str, letters: frozenset[str], expected: list[str]) -> None:
    assert [line[v.start:v.end] for v in find_values(line, letters=letters)] == expected


# --------------------------------------------------------------------------- glued rows

ROW_CASES = {
    # (line, letters, cells, the other reading or None)
    "two glued labels": ("OsloVikenR45 000R20k", R,
                         ["OsloViken", "R45 000", "R20k"], ["Oslo", "Viken", "R45 000", "R20k"]),
    "spaced labels": ("Port TownNorth Cape$45k$60k", frozenset(),
                      ["Port TownNorth Cape", "$45k", "$60k"], ["Port Town", "North Cape", "$45k", "$60k"]),
    "name prefix kept": ("TownsvilleKwaMashu$45k$60k", frozenset(),
                         ["TownsvilleKwaMashu", "$45k", "$60k"], ["Townsville", "KwaMashu", "$45k", "$60k"]),
    # negatives: one word, a short name with an inner capital
    "one word": ("Springfield$45k$60k", frozenset(), ["Springfield", "$45k", "$60k"], None),
    "inner capital": ("MacArthur$45k$60k", frozenset(), ["MacArthur", "$45k", "$60k"], None),
    "acronym": ("NYC Metro$45k$60k", frozenset(), ["NYC Metro", "$45k", "$60k"], None),
}


@pytest.mark.parametrize("line, letters, cells, split", ROW_CASES.values(), ids=ROW_CASES.keys())
def test_parse_glued_row(line: str, letters: frozenset[str], cells: list[str], split: Optional[list[str]]) -> None:
    row = parse_glued_row(line, letters=letters)
    assert row is not None
    assert [p.text for p in row.cells] == cells
    assert (None if row.split is None else [p.text for p in row.split]) == split


TEASER_CASES = {
    "dot inside": ("Welder · avg R45 000", R),
    "dot at end": ("Plumber Salary · $58K", frozenset()),
    "bullet inside": ("Roofer • median $31/hour", frozenset()),
}


@pytest.mark.parametrize("line, letters", TEASER_CASES.values(), ids=TEASER_CASES.keys())
def test_teaser_line_is_no_row(line: str, letters: frozenset[str]) -> None:
    assert parse_glued_row(line, letters=letters) is None


def test_spaced_row_without_separator_stays() -> None:
    row = parse_glued_row("Welder avg $45,000")
    assert row is not None and row.spaced and [p.text for p in row.cells] == ["Welder avg", "$45,000"]


# --------------------------------------------------------------------------- whole tables

RAND_TABLE = (
    "Fees are about R12 300 a month, or R14 250 in the metros.\n"
    "\n"
    "TownRegionAverageEntry level\n"
    "Port TownNorth CapeR45 000R20k\n"
    "OsloVikenR52 500R1.2m\n"
)


def test_rand_table_with_glued_labels() -> None:
    tables = find_text_tables(RAND_TABLE)
    assert len(tables) == 1
    table = tables[0]
    assert table.rule == "glued_header"
    assert [(c.row, c.col, c.text, c.header) for c in table.cells if c.row == 1] == [
        (1, 0, "Port Town", "Town"),
        (1, 1, "North Cape", "Region"),
        (1, 2, "R45 000", "Average"),
        (1, 3, "R20k", "Entry level"),
    ]
    assert [c.text for c in table.cells if c.row == 2] == ["Oslo", "Viken", "R52 500", "R1.2m"]


def test_glued_labels_stay_whole_when_the_header_fits() -> None:
    text = "CityAverageEntry level\nPort TownNorth Cape$45k$20k\nOsloViken$52k$21k\n"
    table = find_text_tables(text)[0]
    assert [c.text for c in table.cells if c.col == 0] == ["City", "Port TownNorth Cape", "OsloViken"]


def test_rand_rows_need_confirmation() -> None:
    # the same rows in a text that never writes the symbol in its strict shape are no table
    text = "TownRegionAverageEntry level\nPort TownNorth CapeR45 000R20k\nOsloVikenR52 500R1.2m\n"
    assert find_text_tables(text) == []


def test_teaser_list_is_no_table() -> None:
    text = "Related guides\nWelder · avg $45,000\nPlumber · avg $52,000\n"
    assert find_text_tables(text) == []
