"""Table readings added in the dev9 accuracy round (invented examples of the shapes met there).

* a pay schedule flattened with glued cells: a header of degree lanes glued in capitals
  (``BA`` then ``BA+15``), rows led by a step number, the last one open-ended (``15+``);
* a branch-wise table in Indian units: a count glued to the label, amounts in ``LPA``
  (lakh per annum) with the rupee sign glued after the count;
* rows ending in a magnitude word (``crore``) are candidates at all.
"""

from __future__ import annotations

from typing import Optional

import pytest

from extract.tables import find_text_tables, find_values, parse_glued_row, split_header

# --------------------------------------------------------------------------- value shapes

VALUE_CASES = {
    # Indian units: a magnitude word after the amount
    "lpa": ("₹19.6 LPA", ["₹19.6 LPA"]),
    "lpa glued run": ("₹19.6 LPA₹17 LPA", ["₹19.6 LPA", "₹17 LPA"]),
    "lac": ("Rs 9 lac", ["Rs 9 lac"]),
    # a count glued before a rupee sign: the sign leads the next amount, it does not close the count
    "count then rupee": ("Information Technology215₹19.6 LPA", ["215", "₹19.6 LPA"]),
    "count then euro": ("Lyon12€41.000", ["12", "€41.000"]),
    # negatives: an after-symbol that nothing follows still closes its amount
    "euro after": ("Lyon 41.000 €", ["41.000 €"]),
    "code after": ("Leeds 25,000 GBP", ["25,000 GBP"]),
    # negatives: a run of cells each written with its mark after it keeps the marks after the amounts
    "euro after glued run": ("Berlin45.000€62.000€", ["45.000€", "62.000€"]),
    "lpa inside a word": ("₹19 LPAX", ["₹19"]),
}


@pytest.mark.parametrize("line, expected", VALUE_CASES.values(), ids=VALUE_CASES.keys())
def test_find_values(line: str, expected: list[str]) -> None:
    assert [line[v.start:v.end] for v in find_values(line)] == expected


# --------------------------------------------------------------------------- rows

ROW_CASES = {
    # schedule rows: the step number is the first cell, not a label
    "step zero": ("0$48,100$50,200$53,900", ["0", "$48,100", "$50,200", "$53,900"]),
    "open-ended step": ("20+$91,400$95,020$99,870", ["20+", "$91,400", "$95,020", "$99,870"]),
    "branch row": ("Information Technology215₹19.6 LPA₹17 LPA",
                   ["Information Technology215", "₹19.6 LPA", "₹17 LPA"]),
    "lakh row": ("Pune₹8 lakh₹6.5 lakh", ["Pune", "₹8 lakh", "₹6.5 lakh"]),
    # negatives
    "plus without digits": ("+$91,400$95,020", None),
    "step and one amount": ("20+ $91,400", ["20+", "$91,400"]),  # a row only in a run of rows
    "label colon": ("Top step: $91,400", None),
}


@pytest.mark.parametrize("line, expected", ROW_CASES.values(), ids=ROW_CASES.keys())
def test_parse_glued_row(line: str, expected: Optional[list[str]]) -> None:
    row = parse_glued_row(line)
    if expected is None:
        assert row is None or not row.has_label and len(row.cells) < 2
    else:
        assert row is not None and [p.text for p in row.cells] == expected


def test_count_glued_to_label_has_a_split_reading() -> None:
    row = parse_glued_row("Information Technology215₹19.6 LPA₹17 LPA")
    assert row is not None and row.split is not None
    assert [p.text for p in row.split] == ["Information Technology", "215", "₹19.6 LPA", "₹17 LPA"]


# --------------------------------------------------------------------------- headers

HEADER_CASES = {
    "lanes glued in capitals": ("StepBABA+30MAMA+45EdD", 6, ["Step", "BA", "BA+30", "MA", "MA+45", "EdD"]),
    "science lanes": ("StepBSMSMS+15PhD", 5, ["Step", "BS", "MS", "MS+15", "PhD"]),
    "lane with qualifier first": ("LevelBA+15MA", 3, ["Level", "BA+15", "MA"]),
    "branch header": ("DepartmentHiresAverage CTCMedian CTC", 4, ["Department", "Hires", "Average CTC", "Median CTC"]),
    # negatives: a capital word that is not a run of lane names stays whole
    "band is one word": ("StepBAND", 3, None),
    "too many columns": ("StepBABA+15", 4, None),
    "lower-case run of unknown words": ("Stepbandgrade", 3, None),
}


@pytest.mark.parametrize("line, n, expected", HEADER_CASES.values(), ids=HEADER_CASES.keys())
def test_split_header(line: str, n: int, expected: Optional[list[str]]) -> None:
    split = split_header(line, n)
    if expected is None:
        assert split is None
    else:
        assert split is not None and [c.text for c in split.cells] == expected


# --------------------------------------------------------------------------- whole tables

SCHEDULE = (
    "District salary schedule, selected steps:\n"
    "\n"
    "StepBABA+30MAMA+45EdD\n"
    "0$48,100$50,200$53,900$56,300$58,700\n"
    "5$55,400$57,800$62,100$64,800$67,600\n"
    "10$63,900$66,700$71,600$74,700$77,900\n"
    "20+$78,200$81,600$87,600$91,400$95,300\n"
    "\n"
    "Source: the district\n"
)

BRANCHES = (
    "The report gives these figures:\n"
    "\n"
    "DepartmentHiresAverage CTCMedian CTC\n"
    "Information Technology215₹19.6 LPA₹17 LPA\n"
    "Chemical Engineering64₹12.3 LPA₹11 LPA\n"
    "Metallurgy29₹9.8 LPA₹9 LPA\n"
    "Source: the placement office\n"
)


def _grid(text: str) -> tuple[list[Optional[str]], list[list[str]]]:
    (table,) = find_text_tables(text)
    assert table.has_header
    rows: dict[int, dict[int, str]] = {}
    header: dict[int, Optional[str]] = {}
    for cell in table.cells:
        rows.setdefault(cell.row, {})[cell.col] = cell.text
        header[cell.col] = cell.header
    return [header[c] for c in sorted(header)], [[r[c] for c in sorted(r)] for _, r in sorted(rows.items())]


def test_schedule_with_lane_header_and_step_rows() -> None:
    header, rows = _grid(SCHEDULE)
    assert header == ["Step", "BA", "BA+30", "MA", "MA+45", "EdD"]
    assert rows[1] == ["0", "$48,100", "$50,200", "$53,900", "$56,300", "$58,700"]
    assert rows[4] == ["20+", "$78,200", "$81,600", "$87,600", "$91,400", "$95,300"]
    assert len(rows) == 5


def test_branch_table_takes_the_count_column_the_header_names() -> None:
    header, rows = _grid(BRANCHES)
    assert header == ["Department", "Hires", "Average CTC", "Median CTC"]
    assert rows[1] == ["Information Technology", "215", "₹19.6 LPA", "₹17 LPA"]
    assert rows[3] == ["Metallurgy", "29", "₹9.8 LPA", "₹9 LPA"]


def test_rows_ending_in_a_magnitude_word_are_read() -> None:
    text = "FirmTop OfferMedian Offer\nAlpha Capital₹1.4 crore₹0.6 crore\nBeta Markets₹1.1 crore₹0.5 crore\n"
    header, rows = _grid(text)
    assert header == ["Firm", "Top Offer", "Median Offer"]
    assert rows[2] == ["Beta Markets", "₹1.1 crore", "₹0.5 crore"]


NO_TABLE_CASES = {
    "prose ending in lakh": "Freshers were offered about ₹6 lakh\nThe median rose to ₹7 lakh\n",
    "degrees in prose": "She holds a BA and an MA.\nStep 3 pays $59,000.\n",
    "one step row": "Top of the scale\n20+ $91,400\n",
}


@pytest.mark.parametrize("text", NO_TABLE_CASES.values(), ids=NO_TABLE_CASES.keys())
def test_no_text_table(text: str) -> None:
    assert find_text_tables(text) == []
