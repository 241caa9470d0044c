"""acc38 tables38: glued table rows whose experience cell follows a bracket, and their headers."""

from __future__ import annotations

from extract.tables import find_text_tables, parse_glued_row


def _cells(line: str) -> list[str]:
    row = parse_glued_row(line)
    assert row is not None
    return [p.text for p in row.cells]


def test_years_cell_after_closing_parenthesis_is_its_own_cell():
    assert _cells("Claims adjuster (level II)3-6 years$61,500-$74,000$64,000-$79,500") == [
        "Claims adjuster (level II)", "3-6 years", "$61,500-$74,000", "$64,000-$79,500"]


def test_years_cell_after_closing_bracket_and_open_step():
    assert _cells("Head surveyor [grade 9]12+ years£95,000+") == ["Head surveyor [grade 9]", "12+ years", "£95,000+"]


def test_years_cell_written_with_to():
    assert _cells("Site lead5 to 9 years$88,000") == ["Site lead", "5 to 9 years", "$88,000"]


def test_count_in_parenthesis_of_label_is_not_a_years_cell():
    # digits inside the label's own note stay in the label
    assert _cells("Adjuster (3-6 exams)$61,500$64,000") == ["Adjuster (3-6 exams)", "$61,500", "$64,000"]


def test_spaced_years_in_prose_label_stay_in_the_label():
    # a space before the digits: not a glued cell
    assert _cells("Nurse after 2-4 years$61,000$64,000") == ["Nurse after 2-4 years", "$61,000", "$64,000"]


_TABLE = (
    "Pay by grade, 2025\n"
    "Job GradeTenureNorth Region PayCoastal Pay\n"
    "Trainee underwriter (grade A)0-1 years$41,000-$47,000$43,000-$49,000\n"
    "Underwriter (grade B)1-4 years$52,000-$61,000$55,000-$64,000\n"
    "Senior underwriter8+ years$90,000+$96,000+\n"
    "Source: a made-up survey\n"
)


def test_glued_table_keeps_every_row_and_reads_its_glued_header():
    tables = find_text_tables(_TABLE)
    assert len(tables) == 1
    t = tables[0]
    assert t.has_header
    header = [c.text for c in sorted(t.cells, key=lambda c: c.col) if c.row == 0]
    assert header == ["Job Grade", "Tenure", "North Region Pay", "Coastal Pay"]
    by_row = {}
    for c in t.cells:
        by_row.setdefault(c.row, {})[c.col] = (c.text, c.header)
    assert by_row[1][1] == ("0-1 years", "Tenure")
    assert by_row[2][0] == ("Underwriter (grade B)", "Job Grade")
    assert by_row[3][1] == ("8+ years", "Tenure")
    assert by_row[3][2] == ("$90,000+", "North Region Pay")
    assert by_row[3][3] == ("$96,000+", "Coastal Pay")


def test_years_cell_open_above_after_the_unit():
    assert _cells("Staff welder11 years+$74,000") == ["Staff welder", "11 years+", "$74,000"]


def test_spaced_years_cell_is_a_second_reading_only():
    row = parse_glued_row("Dental hygienist 3-6 years$58,000$66,000")
    assert row is not None
    assert [p.text for p in row.cells] == ["Dental hygienist 3-6 years", "$58,000", "$66,000"]
    assert row.split is not None
    assert [p.text for p in row.split] == ["Dental hygienist", "3-6 years", "$58,000", "$66,000"]


def test_spaced_years_after_a_function_word_have_no_second_reading():
    row = parse_glued_row("Hygienist with 3-6 years$58,000$66,000")
    assert row is not None and row.split is None


_SPACED = (
    "OccupationYears in RoleAverage SalaryTop Pay\n"
    "Dental hygienist 3-6 years$58,000$66,000\n"
    "Dental therapist 6-9 years$63,000$71,000\n"
    "Practice lead12+ years$80,000$92,000\n"
)


def test_spaced_years_cell_taken_when_the_header_has_its_column():
    (t,) = find_text_tables(_SPACED)
    assert t.has_header
    row1 = {c.col: (c.text, c.header) for c in t.cells if c.row == 1}
    assert row1[0] == ("Dental hygienist", "Occupation")
    assert row1[1] == ("3-6 years", "Years in Role")
    assert row1[3] == ("$66,000", "Top Pay")


def test_spaced_years_stay_in_the_label_when_the_header_has_no_column_for_them():
    text = _SPACED.replace("Years in Role", "").replace("Practice lead12+ years", "Practice lead")
    (t,) = find_text_tables(text)
    row1 = {c.col: (c.text, c.header) for c in t.cells if c.row == 1}
    assert row1[0] == ("Dental hygienist 3-6 years", "Occupation")
    assert row1[1] == ("$58,000", "Average Salary")


def test_code_ending_in_digits_glued_to_a_title_is_a_second_reading():
    row = parse_glued_row("GS-9Claims Examiner (CE)$52,000$61,000")
    assert row is not None
    assert [p.text for p in row.cells][0] == "GS-9Claims Examiner (CE)"
    assert row.split is not None
    assert [p.text for p in row.split][:2] == ["GS-9", "Claims Examiner (CE)"]


def test_code_column_split_when_the_header_has_it():
    text = (
        "Pay GradePositionStarting SalaryTop Step\n"
        "GS-9Claims Examiner (CE)$52,000$61,000\n"
        "GS-11Senior Claims Examiner$63,000$74,000\n"
    )
    (t,) = find_text_tables(text)
    assert t.has_header
    row2 = {c.col: (c.text, c.header) for c in t.cells if c.row == 2}
    assert row2 == {0: ("GS-11", "Pay Grade"), 1: ("Senior Claims Examiner", "Position"),
                    2: ("$63,000", "Starting Salary"), 3: ("$74,000", "Top Step")}


def test_bound_qualifier_after_the_last_amount_stays_in_its_cell():
    assert _cells("Store manager$41,000$52,000 and above") == ["Store manager", "$41,000", "$52,000 and above"]
    assert _cells("Cashier€1.200 or less") == ["Cashier", "€1.200 or less"]


def test_prose_ending_in_a_bound_qualifier_is_no_row():
    assert parse_glued_row("Most shop staff in the region earn $41,000, and some earn $52,000 or more") is None


def test_years_label_with_bare_amounts_needs_a_header():
    row = parse_glued_row("4-6 years31.500–38.000")
    assert row is not None and row.spaced
    assert [p.text for p in row.cells] == ["4-6 years", "31.500–38.000"]
    assert parse_glued_row("Born in 1990 years later 31,500") is None


_BARE = (
    "Tenure bandAnnual gross (SEK)\n"
    "0-3 years410,000–460,000\n"
    "4-8 years470,000–540,000\n"
    "9+ years560,000 or more\n"
)


def test_pay_by_experience_table_with_bare_amounts_under_its_header():
    (t,) = find_text_tables(_BARE)
    assert t.has_header
    cells = {(c.row, c.col): (c.text, c.header) for c in t.cells}
    assert cells[(1, 0)] == ("0-3 years", "Tenure band")
    assert cells[(2, 1)] == ("470,000–540,000", "Annual gross (SEK)")
    assert cells[(3, 1)] == ("560,000 or more", "Annual gross (SEK)")


def test_bare_amount_rows_without_a_header_are_no_table():
    assert find_text_tables(_BARE.split("\n", 1)[1]) == []


# --------------------------------------------------------------------------- experience

from extract.experience import find_experience  # noqa: E402


def _exp(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(e.text, e.min_years, e.max_years) for e in find_experience(text)]


def test_years_asked_for_are_a_requirement_of_experience():
    assert _exp("Most agencies ask for 4+ years before they place a nurse abroad.") == [("4+ years", 4.0, None)]
    assert _exp("The listing asks for at least three years in retail.")[0][1:] == (3.0, None)


def test_years_of_raises_or_rent_asked_for_are_not_experience():
    assert _exp("The union asked for 3 years of raises above inflation.") == []
    assert _exp("Landlords in the capital ask for 2 years of rent in advance.") == []


def test_range_whose_low_end_has_its_own_unit():
    assert _exp("Baristas with 9 months to 3 years of experience earn more.") == [
        ("9 months to 3 years of experience", 0.75, 3.0)]
    assert _exp("Cooks (6 months – 1 year) start on the line.")[0][1:] == (0.5, 1.0)
    assert _exp("between 18 months and 4 years of experience")[0][1:] == (1.5, 4.0)


def test_years_and_months_summed_are_not_a_range():
    # "and" without "between" joins two amounts, not a range
    assert all(e[1] == e[2] for e in _exp("She has 3 years and 6 months of experience"))


def test_bare_amounts_under_a_header_split_only_at_a_space_are_no_table():
    assert find_text_tables("Years worked\n0-2 years12,000\n3-5 years14,450\n") == []
