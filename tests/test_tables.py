"""Tables: glued/pipe/tab/multi-space text tables, HTML tables, cell context."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Optional

import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.tables import (
    cell_context,
    find_text_tables,
    find_values,
    from_html,
    parse_glued_row,
    split_header,
)
from extract.types import Cell, CellSpan, HtmlTable, Table

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = ROOT / "tests" / "gold"


# --------------------------------------------------------------------------- helpers


def _html(markup: str, *, sep: str = "") -> tuple[str, list[HtmlTable]]:
    """Flatten every outermost <table> one row per line (cells joined by ``sep``).

    Colspan/rowspan are expanded: a spanned cell is written once and its
    CellSpan repeats with the same offsets for every grid position it covers.
    """
    soup = BeautifulSoup(markup, "html.parser")
    text = ""
    tables = []
    for tag in soup.find_all("table"):
        if tag.find_parent("table") is not None:
            continue
        caption_tag = tag.find("caption")
        caption = " ".join(caption_tag.get_text(" ").split()) if caption_tag else None
        if caption:
            text += caption + "\n"
        grid: dict[tuple[int, int], tuple[int, str, bool]] = {}
        rows = [tr for tr in tag.find_all("tr") if tr.find_parent("table") is tag]
        for r, tr in enumerate(rows):
            c = 0
            for td in tr.find_all(["td", "th"], recursive=False):
                while (r, c) in grid:
                    c += 1
                cell_text = " ".join(td.get_text(" ").split())
                is_header = td.name == "th" or td.find_parent("thead") is not None
                for dr in range(int(td.get("rowspan", 1))):
                    for dc in range(int(td.get("colspan", 1))):
                        grid[(r + dr, c + dc)] = (id(td), cell_text, is_header)
                c += int(td.get("colspan", 1))
        start = len(text)
        written: dict[int, tuple[int, int]] = {}
        cells = []
        for r in range(1 + max(r for r, _ in grid)):
            line_cells = []
            for c in range(1 + max(c for _, c in grid)):
                if (r, c) not in grid:
                    continue
                ident, cell_text, is_header = grid[(r, c)]
                if ident not in written:
                    if line_cells:
                        text += sep
                    written[ident] = (len(text), len(text) + len(cell_text))
                    text += cell_text
                    line_cells.append(cell_text)
                s, e = written[ident]
                cells.append(CellSpan(r, c, s, e, cell_text, is_header))
            text += "\n"
        tables.append(HtmlTable(start, len(text) - 1, tuple(cells), caption))
        text += "\n"
    return text, tables


def _grid(table: Table) -> list[tuple[int, int, Optional[str], str]]:
    return [(c.row, c.col, c.header, c.text) for c in table.cells]


def _rows(table: Table) -> list[list[str]]:
    rows: dict[int, list[str]] = {}
    for c in sorted(table.cells, key=lambda c: (c.row, c.col)):
        rows.setdefault(c.row, []).append(c.text)
    return [rows[r] for r in sorted(rows)]


def _check_spans(text: str, tables: list[Table]) -> None:
    for t in tables:
        for c in t.cells:
            assert text[c.start:c.end] == c.text
            assert t.start <= c.start <= c.end <= t.end


# --------------------------------------------------------------------------- value shapes

VALUE_CASES = {
    # spec / issue examples
    "glued money": ("GA$89,469$64k$89k$115k", ["$89,469", "$64k", "$89k", "$115k"]),
    "range is one value": ("Senior$50k-$70k", ["$50k-$70k"]),
    "range with spaces and to": ("$50,000 to $70,000", ["$50,000 to $70,000"]),
    "shared currency range": ("$40-60,000", ["$40-60,000"]),
    "magnitude M": ("$1.2M", ["$1.2M"]),
    "pound": ("£25,000", ["£25,000"]),
    "euro dot thousands": ("€45.000", ["€45.000"]),
    "euro after": ("45.000 €", ["45.000 €"]),
    "iso code": ("USD 140,923", ["USD 140,923"]),
    "US dollar prefix": ("US$120k", ["US$120k"]),
    "open above": ("$300K+", ["$300K+"]),
    "per hour suffix": ("$25/hr", ["$25/hr"]),
    "lakh grouping": ("₹12,50,000", ["₹12,50,000"]),
    "percent and number": ("16% 31,000", ["16%", "31,000"]),
    # flattened statistics and news tables (counts, percentages, other currencies)
    "won with magnitude word": ("South Korea₩3.1 million$2,280", ["₩3.1 million", "$2,280"]),
    "yen then dollars": ("Japan¥237,300$1,580", ["¥237,300", "$1,580"]),
    "letter mark glued to a label": ("Kuala LumpurRM7,000 – RM11,000", ["RM7,000 – RM11,000"]),
    "letter mark with juta": ("Rp 18–28 juta", ["Rp 18–28 juta"]),
    "code glued to a label": ("SwitzerlandCHF 88'000CHF 110'000", ["CHF 88'000", "CHF 110'000"]),
    "real": ("R$5,000", ["R$5,000"]),
    "amount glued to a percentage": ("$85,1800.4 %", ["$85,180", "0.4 %"]),
    "count, money, money, percent": ("137,960$40.95$85,1800.4 %", ["137,960", "$40.95", "$85,180", "0.4 %"]),
    "count glued after a label": ("Hospitals104,310$40.62", ["104,310", "$40.62"]),
    # news tables with a change column: a sign glued after the previous amount starts the next value
    "signed change glued to money": ("$16.66$17.13+2.8%", ["$16.66", "$17.13", "+2.8%"]),
    "minus-signed change": ("$16.66$16.20−2.8%", ["$16.66", "$16.20", "−2.8%"]),
    "open above before a percentage that is spaced": ("$300K+ 5%", ["$300K+", "5%"]),
    # negatives
    "plus before a letter stays open above": ("$100k+bonus", ["$100k+"]),
    "state code is not a dollar prefix": ("Los Angeles, CA$101,267", ["$101,267"]),
    "no value in words": ("Average Salary", []),
    "letter mark inside a capitalised word": ("FORM 10", ["10"]),
    "code inside a capitalised word": ("ABCUSD 5", ["5"]),
    "lakh grouping is not cut": ("₹12,50,000", ["₹12,50,000"]),
    # dev7: a dollar prefix glued after a magnitude or a comma's region code opens the next cell
    "C$ after a region code": ("Toronto, ONC$78,500", ["C$78,500"]),
    "C$ after a magnitude": ("C$78,500C$61kC$97k+3.1%121.6", ["C$78,500", "C$61k", "C$97k", "+3.1%", "121.6"]),
    "range of glued C$": ("ABC$88,500C$5k–C$9k", ["$88,500", "C$5k–C$9k"]),
    "code after an amount is the next cell": ("$128,000CHF 118,000€74,000", ["$128,000", "CHF 118,000", "€74,000"]),
    "code after a magnitude": ("$61kCHF 50k", ["$61k", "CHF 50k"]),
    # negatives: one capital after a comma is a state code's letter; a unit after a magnitude
    "state code ending in a prefix letter": ("Los Angeles, CA$5k", ["$5k"]),
    "magnitude before a word is not taken": ("$5kBonus", ["$5"]),
}


@pytest.mark.parametrize("line, expected", VALUE_CASES.values(), ids=VALUE_CASES.keys())
def test_find_values(line: str, expected: list[str]) -> None:
    assert [line[v.start:v.end] for v in find_values(line)] == expected


# --------------------------------------------------------------------------- glued rows

ROW_CASES = {
    # rows that must not be split inside a cell
    "city with comma": ("Atlanta, GA$89,469$64k$89k$115k", ["Atlanta, GA", "$89,469", "$64k", "$89k", "$115k"]),
    "two-word city": ("New York, NY$118,604$86k$119k$149k", ["New York, NY", "$118,604", "$86k", "$119k", "$149k"]),
    "level with years": ("Entry Level (0-4 Years)$78,000", ["Entry Level (0-4 Years)", "$78,000"]),
    "open-ended years": ("Late-Career (20+ Years)$150,000", ["Late-Career (20+ Years)", "$150,000"]),
    "money range one cell": ("Senior Engineer$120k-$150k$135k", ["Senior Engineer", "$120k-$150k", "$135k"]),
    "label ending in a digit": ("Level 2$50,000", ["Level 2", "$50,000"]),
    # dev7: a number glued after a percentage is a cell; region code glued to C$
    "index after a signed change": (
        "San Francisco, CA$104,200$78k$139k+4.1%178.4",
        ["San Francisco, CA", "$104,200", "$78k", "$139k", "+4.1%", "178.4"],
    ),
    "region code glued to C$": (
        "Toronto, ONC$78,500C$61kC$97k+3.1%121.6", ["Toronto, ON", "C$78,500", "C$61k", "C$97k", "+3.1%", "121.6"],
    ),
    "code glued after an amount": (
        "Research scientist$128,000CHF 118,000€74,000€68,000",
        ["Research scientist", "$128,000", "CHF 118,000", "€74,000", "€68,000"],
    ),
    "spaced values": ("Berlin €45.000 €60.000", ["Berlin", "€45.000", "€60.000"]),
    "percent beside money": ("Remote$95k12%", ["Remote", "$95k", "12%"]),
    "values only": ("$50k$60k$70k", ["$50k", "$60k", "$70k"]),
    "years column glued to the label": ("Junior0-2 years$88,000", ["Junior", "0-2 years", "$88,000"]),
    "open years column glued": ("Principal10+ years$175,000", ["Principal", "10+ years", "$175,000"]),
    "label ending in a digit then years": ("Band 5 2 years$31,099", ["Band 5 2 years", "$31,099"]),
    # statistics tables flattened with a count column (occupation wage profiles)
    "grouped count glued to label and money": (
        "General Medical and Surgical Hospitals104,310$40.62$84,490",
        ["General Medical and Surgical Hospitals", "104,310", "$40.62", "$84,490"],
    ),
    "count after a parenthesis": (
        "Nursing Care Facilities (Skilled Nursing Facilities)4,870$42.15$87,670",
        ["Nursing Care Facilities (Skilled Nursing Facilities)", "4,870", "$42.15", "$87,670"],
    ),
    "city and state code then count": ("Vallejo, CA1,240$60.77$126,400", ["Vallejo, CA", "1,240", "$60.77", "$126,400"]),
    "row without label": ("137,960$40.95$85,1800.4 %", ["137,960", "$40.95", "$85,180", "0.4 %"]),
    "row starting with a bare count": ("390$51.08$106,250", ["390", "$51.08", "$106,250"]),
    "percentage then count then money": ("Remote12%1,200$95k", ["Remote", "12%", "1,200", "$95k"]),
    "count glued after money": ("Remote$95k1,200", ["Remote", "$95k", "1,200"]),
    "label with footnote marker": ("Annual Wage (2)$60,570$70,840", ["Annual Wage (2)", "$60,570", "$70,840"]),
    "other currencies": ("South Korea₩3.1 million$2,280", ["South Korea", "₩3.1 million", "$2,280"]),
    "short digits glued to a label stay in it": ("Hawaii390$51.08$106,250", ["Hawaii390", "$51.08", "$106,250"]),
    "quarter label": ("Q1$5M$6M", ["Q1", "$5M", "$6M"]),
    # news tables: a change column with signs, an empty cell marked by a dash or "n/a"
    "signed change column": ("Washington$16.66$17.13+2.8%", ["Washington", "$16.66", "$17.13", "+2.8%"]),
    "em dash empty cell": ("Illinois$15.00$15.00—", ["Illinois", "$15.00", "$15.00", "—"]),
    "spaced n/a empty cell": ("Texas $7.25 $7.25 N/A", ["Texas", "$7.25", "$7.25", "N/A"]),
    # negatives
    "label: value": ("Mean Annual Salary: $114,121", None),
    "label: count and money": ("Number of jobs, 2023: 139,400$5", None),
    "count only, no money": ("Hospitals104,310", None),
    "bullet": ("• Cost: Avg. $13,600", None),
    "prose sentence": ("The average salary for engineers is $114,121 per year.", None),
    "percent only": ("Projected Job Growth Outlook (2018-28): 16%", None),
    "number only": ("Number of People Employed 31,000", None),
    "glued plain number": ("Employed31,000", None),
    "long prose label": ("In many of the large cities of the country the typical engineer makes$90k", None),
    "dash after prose": ("The average salary for engineers is $114,121 per year —", None),
    "a dash alone is no row": ("Illinois—", None),
    "word ending in na is not an empty cell": ("Salary in Ghana", None),
}


@pytest.mark.parametrize("line, expected", ROW_CASES.values(), ids=ROW_CASES.keys())
def test_parse_glued_row(line: str, expected: Optional[list[str]]) -> None:
    row = parse_glued_row(line)
    assert (None if row is None else [p.text for p in row.cells]) == expected
    if row is not None:
        assert all(line[p.start:p.end] == p.text for p in row.cells)


SPLIT_CASES = {
    "state": ("Hawaii390$51.08$106,250", ["Hawaii", "390", "$51.08", "$106,250"]),
    "after a state code": ("Vallejo, CA240$60.77$126,400", ["Vallejo, CA", "240", "$60.77", "$126,400"]),
    "after a parenthesis": ("Branch (OEWS)520$43.12", ["Branch (OEWS)", "520", "$43.12"]),
    # negatives: no other reading
    "digit after a space": ("Level 2$50,000", None),
    "grouped count is already a cell": ("California15,480$54.62", None),
    "years column": ("Junior0-2 years$88,000", None),
}


@pytest.mark.parametrize("line, expected", SPLIT_CASES.values(), ids=SPLIT_CASES.keys())
def test_glued_row_other_reading(line: str, expected: Optional[list[str]]) -> None:
    row = parse_glued_row(line)
    assert row is not None
    assert (None if row.split is None else [p.text for p in row.split]) == expected
    if row.split is not None:
        assert all(line[p.start:p.end] == p.text for p in row.split)


# --------------------------------------------------------------------------- headers

HEADER_CASES = {
    "glued five": (
        "CityAverage SalaryEntry-Level SalaryMid-Career SalaryLate-Career Salary", 5,
        ["City", "Average Salary", "Entry-Level Salary", "Mid-Career Salary", "Late-Career Salary"],
    ),
    "spaced five": (
        "City Average Salary Entry-Level Salary Mid-Career Salary Late-Career Salary", 5,
        ["City", "Average Salary", "Entry-Level Salary", "Mid-Career Salary", "Late-Career Salary"],
    ),
    "phrase kept": ("Job Title Median Salary Hourly Wage", 3, ["Job Title", "Median Salary", "Hourly Wage"]),
    "all caps glued": ("LOCATIONAVERAGE", 2, ["LOCATION", "AVERAGE"]),
    "state and hourly": ("StateHourlyAnnual", 3, ["State", "Hourly", "Annual"]),
    "years of experience": ("Years of Experience Salary", 2, ["Years of Experience", "Salary"]),
    # statistics tables: footnote markers, percentile columns
    "footnote markers stay with their cell": (
        "IndustryEmployment (1)Hourly mean wageAnnual mean wage (2)", 4,
        ["Industry", "Employment (1)", "Hourly mean wage", "Annual mean wage (2)"],
    ),
    "no label column": (
        "Employment (1)Mean hourly wageMean annual wage (2)Wage RSE (3)", 4,
        ["Employment (1)", "Mean hourly wage", "Mean annual wage (2)", "Wage RSE (3)"],
    ),
    "two-word first cell": (
        "Metropolitan areaEmployment (1)Hourly mean wageAnnual mean wage (2)", 4,
        ["Metropolitan area", "Employment (1)", "Hourly mean wage", "Annual mean wage (2)"],
    ),
    "percentile columns": (
        "Percentile10%25%50% (Median)75%90%", 6, ["Percentile", "10%", "25%", "50% (Median)", "75%", "90%"],
    ),
    "ordinal columns": ("Percentile10th25th50th", 4, ["Percentile", "10th", "25th", "50th"]),
    "superscript footnote marks": (
        "StateEmployment¹Hourly mean wage²Annual mean wage²", 4,
        ["State", "Employment¹", "Hourly mean wage²", "Annual mean wage²"],
    ),
    "a year glued to a word stays in its cell": (
        "RoleSalary2023Salary2024", 3, ["Role", "Salary2023", "Salary2024"],
    ),
    "glued years between a label and a head": (
        "Jurisdiction20252026Change", 4, ["Jurisdiction", "2025", "2026", "Change"],
    ),
    "a year glued before a capital": ("State2024Change", 3, ["State", "2024", "Change"]),
    "news table header": ("CountryMonthly starting payIn US dollars", 3, ["Country", "Monthly starting pay", "In US dollars"]),
    # dev7: a ratio abbreviation stays whole; a capitalised word after an acronym starts a cell
    "ratio abbreviation and ordinals": (
        "CityMedian base salary10th percentile90th percentileYoY changeCost of living index", 6,
        ["City", "Median base salary", "10th percentile", "90th percentile", "YoY change", "Cost of living index"],
    ),
    "acronym glued to a word": ("RoleUSSwitzerlandGermanyIreland", 5, ["Role", "US", "Switzerland", "Germany", "Ireland"]),
    "ratio abbreviation before a capital word": ("YoYChange", 2, ["YoY", "Change"]),
    # negatives: a heading is not a header
    "ratio abbreviation is one cell": ("QoQ", 2, None),
    "heading with function word": ("Salary by Experience", 2, None),
    "a note is not a column": ("Employment (1)", 2, None),
    "too few words": ("Salary", 2, None),
    "strong boundary left over": ("CityAverageMedian", 2, None),
    "a spaced year stays with its word": ("Salary2023 Salary2024", 2, ["Salary2023", "Salary2024"]),
    "a trailing year is not cut off": ("Region2023 Salary", 2, None),
    "a long digit run is not years": ("Code12345678", 2, None),
}


@pytest.mark.parametrize("line, n, expected", HEADER_CASES.values(), ids=HEADER_CASES.keys())
def test_split_header(line: str, n: int, expected: Optional[list[str]]) -> None:
    split = split_header(line, n)
    assert (None if split is None else [c.text for c in split.cells]) == expected


# --------------------------------------------------------------------------- text tables

CITY_TABLE = (
    "Here are the average salaries across several metropolitan areas.\n\n"
    "CityAverage SalaryEntry-Level SalaryMid-Career SalaryLate-Career Salary\n"
    "Atlanta, GA$89,469$64k$89k$115k\n"
    "New York, NY$118,604$86k$119k$149k\n"
    "Los Angeles, CA$101,267$73k$101k$132k\n"
    "\nNext paragraph.\n"
)

LEVEL_TABLE = (
    "Data analysts transform data.\n\n"
    "Entry Level (0-4 Years)$78,000\n"
    "Mid-Career (5-10 Years)$114,121\n"
    "Experienced (10-20 Years)$125,000\n"
    "Late-Career (20+ Years)$150,000\n"
)

TEXT_TABLE_CASES = {
    # shapes from the issue
    "glued header table": (
        CITY_TABLE, "glued_header",
        [["City", "Average Salary", "Entry-Level Salary", "Mid-Career Salary", "Late-Career Salary"],
         ["Atlanta, GA", "$89,469", "$64k", "$89k", "$115k"],
         ["New York, NY", "$118,604", "$86k", "$119k", "$149k"],
         ["Los Angeles, CA", "$101,267", "$73k", "$101k", "$132k"]],
    ),
    "header-less level table": (
        LEVEL_TABLE, "glued_rows",
        [["Entry Level (0-4 Years)", "$78,000"], ["Mid-Career (5-10 Years)", "$114,121"],
         ["Experienced (10-20 Years)", "$125,000"], ["Late-Career (20+ Years)", "$150,000"]],
    ),
    "rows separated by blank lines": (
        "Junior$60k-$80k\n\nSenior$90k-$120k\n", "glued_rows",
        [["Junior", "$60k-$80k"], ["Senior", "$90k-$120k"]],
    ),
    "glued header over one wide row": (
        "RoleBase SalaryBonus\nData Scientist$120,000$15,000\n", "glued_header",
        [["Role", "Base Salary", "Bonus"], ["Data Scientist", "$120,000", "$15,000"]],
    ),
    "header with empty corner": (
        "Average SalaryMedian Salary\nParis€52.000€48.000\nLyon€45.000€41.000\n", "glued_header",
        [["Average Salary", "Median Salary"], ["Paris", "€52.000", "€48.000"], ["Lyon", "€45.000", "€41.000"]],
    ),
    "markdown pipe": (
        "| Role | Salary |\n|---|---:|\n| Data Analyst | $70,000 |\n| Data Engineer | $110,000 |\n", "pipe",
        [["Role", "Salary"], ["Data Analyst", "$70,000"], ["Data Engineer", "$110,000"]],
    ),
    "tab separated": (
        "Level\tSalary\tShare\nJunior\t£30,000\t20%\nSenior\t£60,000\t35%\n", "tsv",
        [["Level", "Salary", "Share"], ["Junior", "£30,000", "20%"], ["Senior", "£60,000", "35%"]],
    ),
    "spaced label and one value under a header": (
        "Company Salary range\nAcme $90k - $120k\nGlobex $100k - $140k\n", "glued_header",
        [["Company", "Salary range"], ["Acme", "$90k - $120k"], ["Globex", "$100k - $140k"]],
    ),
    "multi-space": (
        "Role            Hourly   Annual\nCashier         $14      $29,120\nSupervisor      $21      $43,680\n",
        "multispace",
        [["Role", "Hourly", "Annual"], ["Cashier", "$14", "$29,120"], ["Supervisor", "$21", "$43,680"]],
    ),
}


STATS_TABLES = (
    "Industries with the highest employment, May 2024:\n\n"
    "IndustryEmployment (1)Hourly mean wageAnnual mean wage (2)\n"
    "General Medical and Surgical Hospitals104,310$40.62$84,490\n"
    "Colleges, Universities, and Professional Schools520$43.12$89,690\n"
    "\nSource: a statistics office\n"
)

TEXT_TABLE_CASES.update({
    # flattened statistics tables: counts glued between label and money, footnote markers
    "count column, one row with short count": (
        STATS_TABLES, "glued_header",
        [["Industry", "Employment (1)", "Hourly mean wage", "Annual mean wage (2)"],
         ["General Medical and Surgical Hospitals", "104,310", "$40.62", "$84,490"],
         ["Colleges, Universities, and Professional Schools", "520", "$43.12", "$89,690"]],
    ),
    "every count short: the header decides": (
        "StateEmployment (1)Hourly mean wageAnnual mean wage (2)\nAlaska170$48.36$100,590\nHawaii390$51.08$106,250\n",
        "glued_header",
        [["State", "Employment (1)", "Hourly mean wage", "Annual mean wage (2)"],
         ["Alaska", "170", "$48.36", "$100,590"], ["Hawaii", "390", "$51.08", "$106,250"]],
    ),
    "single row without label under its header": (
        "Employment (1)Mean hourly wageMean annual wage (2)Wage RSE (3)\n137,960$40.95$85,1800.4 %\n\nSource: x\n",
        "glued_header",
        [["Employment (1)", "Mean hourly wage", "Mean annual wage (2)", "Wage RSE (3)"],
         ["137,960", "$40.95", "$85,180", "0.4 %"]],
    ),
    "percentile table": (
        "Percentile10%25%50% (Median)75%90%\nHourly Wage$29.12$34.06$39.87$46.45$54.21\n"
        "Annual Wage (2)$60,570$70,840$82,930$96,620$112,760\n",
        "glued_header",
        [["Percentile", "10%", "25%", "50% (Median)", "75%", "90%"],
         ["Hourly Wage", "$29.12", "$34.06", "$39.87", "$46.45", "$54.21"],
         ["Annual Wage (2)", "$60,570", "$70,840", "$82,930", "$96,620", "$112,760"]],
    ),
    "news table in several currencies": (
        "Starting pay, 2024\nCountryMonthly starting payIn US dollars\nJapan¥237,300$1,580\n"
        "South Korea₩3.1 million$2,280\nIndia₹35,000$420\nSource: our analysis\n",
        "glued_header",
        [["Country", "Monthly starting pay", "In US dollars"], ["Japan", "¥237,300", "$1,580"],
         ["South Korea", "₩3.1 million", "$2,280"], ["India", "₹35,000", "$420"]],
    ),
    "quarters keep their digits": (
        "Q1$5M$6M\nQ2$7M$8M\n", "glued_rows", [["Q1", "$5M", "$6M"], ["Q2", "$7M", "$8M"]],
    ),
    "news table: glued years, signed changes, empty cells": (
        "Selected hourly minimum wages\nJurisdiction20252026Change\nWashington$16.66$17.13+2.8%\n"
        "Illinois$15.00$15.00—\nFederal$7.25$7.25—\nSource: a think tank\n",
        "glued_header",
        [["Jurisdiction", "2025", "2026", "Change"], ["Washington", "$16.66", "$17.13", "+2.8%"],
         ["Illinois", "$15.00", "$15.00", "—"], ["Federal", "$7.25", "$7.25", "—"]],
    ),
    "year rows": ("2023$85,000\n2024$90,000\n", "glued_rows", [["2023", "$85,000"], ["2024", "$90,000"]]),
})


@pytest.mark.parametrize("text, rule, rows", TEXT_TABLE_CASES.values(), ids=TEXT_TABLE_CASES.keys())
def test_find_text_tables(text: str, rule: str, rows: list[list[str]]) -> None:
    tables = find_text_tables(text)
    assert len(tables) == 1
    table = tables[0]
    assert (table.rule, table.origin, table.caption) == (rule, "text", None)
    assert _rows(table) == rows
    _check_spans(text, tables)


def test_glued_header_cells_carry_their_column_header() -> None:
    table = find_text_tables(CITY_TABLE)[0]
    assert table.has_header and table.n_rows() == 4
    cell = next(c for c in table.cells if c.text == "$86k")
    assert (cell.row, cell.col, cell.header) == (2, 2, "Entry-Level Salary")
    assert CITY_TABLE[table.start:table.end].startswith("CityAverage")
    assert CITY_TABLE[table.start:table.end].endswith("$132k")


def test_header_with_empty_corner_leaves_label_column_headless() -> None:
    table = find_text_tables(TEXT_TABLE_CASES["header with empty corner"][0])[0]
    assert [(c.col, c.header) for c in table.cells if c.row == 1] == [
        (0, None), (1, "Average Salary"), (2, "Median Salary")]


def test_headerless_rows_have_no_header() -> None:
    table = find_text_tables(LEVEL_TABLE)[0]
    assert not table.has_header
    assert {c.header for c in table.cells} == {None}
    assert [c.row for c in table.cells if c.col == 0] == [0, 1, 2, 3]


NO_TABLE_CASES = {
    "bulleted label: value list": (
        "  • Mean Annual Salary: $114,121\n  • Projected Job Growth Outlook (2018-28): 16%\n"
        "  • Number of People Employed: 31,000\n"
    ),
    "plain label: value lines": "Mean Annual Salary: $114,121\nMedian Annual Salary: $104,000\n",
    "prose with money": (
        "According to one survey, the average salary is $114,121 per year.\n"
        "Engineers in large cities earn $130,000, and seniors earn $160,000.\n"
    ),
    "single glued line": "Some intro.\n\nEntry Level (0-4 Years)$78,000\n\nMore prose follows here.\n",
    "growth outlook line": "Projected Job Growth Outlook (2018-28): 16%\nProjected Job Growth Outlook (2019-29): 11%\n",
    "rows of different widths": "Boston, MA$105,749$76k\nJunior$60k\n",
    "prose with double spaces": (
        "Pay rose sharply.  Analysts expect more.\nIt was a good year.  Wages went up by $2,000.\n"
    ),
    "pipe rows without values": "| a | b |\n| c | d |\n",
    "spaced label and one value without header": "Engineers earn about $114,121\nAnalysts earn about $80,000\n",
    "spaced lines under a heading that does not fit": (
        "Salary by Experience\nJuniors earn $60k\nSeniors earn $90k\n"
    ),
    "quick facts with counts": (
        "Quick Facts: Respiratory Therapists\n• Median pay, May 2024: $82,930 per year ($39.87 per hour)\n"
        "• Number of jobs, 2023: 139,400\n• Job outlook, 2023-33: 12% (much faster than average)\n"
    ),
    "unbulleted label: value lines with counts": "Registered nurses: $94,480\nAll occupations: $49,500\n",
    "prose mentioning a count and pay": (
        "Lightcast counted 24,600 unique postings between January and March 2025.\n"
        "Advertised pay in those postings ranged from $32 to $48 an hour.\n"
    ),
    "single row without label and no header": "Some intro.\n\n137,960$40.95$85,180\n\nMore prose.\n",
}


@pytest.mark.parametrize("text", NO_TABLE_CASES.values(), ids=NO_TABLE_CASES.keys())
def test_no_text_table(text: str) -> None:
    assert find_text_tables(text) == []


def test_several_text_tables_in_order() -> None:
    text = CITY_TABLE + "\n" + LEVEL_TABLE
    tables = find_text_tables(text)
    assert [t.rule for t in tables] == ["glued_header", "glued_rows"]
    assert tables[0].end < tables[1].start
    _check_spans(text, tables)


# --------------------------------------------------------------------------- HTML tables

HTML_THEAD = """
<table><caption>Salary by city</caption>
<thead><tr><th>City</th><th>Average Salary</th><th>Entry-Level Salary</th></tr></thead>
<tbody><tr><td>Atlanta, GA</td><td><b>$89,469</b></td><td>$64k</td></tr>
<tr><td><a href="#">New York, NY</a></td><td>$118,604</td><td><span>$86k</span></td></tr></tbody>
</table>"""

HTML_FIRST_ROW = """
<table><tr><td>Level</td><td>Salary</td></tr>
<tr><td>Junior</td><td>£30,000</td></tr><tr><td>Senior</td><td>£60,000</td></tr></table>"""

HTML_NO_HEADER = """
<table><tr><td>Entry Level (0-4 Years)</td><td>$78,000</td></tr>
<tr><td>Mid-Career (5-10 Years)</td><td>$114,121</td></tr></table>"""

HTML_SPANS = """
<table>
<tr><th rowspan="2">Role</th><th colspan="2">Salary</th></tr>
<tr><th>Low</th><th>High</th></tr>
<tr><td rowspan="2">Engineer</td><td>$90k</td><td>$120k</td></tr>
<tr><td colspan="2">$100k</td></tr>
</table>"""

HTML_LAYOUT_ONE_COLUMN = "<table><tr><td>Menu</td></tr><tr><td>$5 off today</td></tr></table>"
HTML_LAYOUT_NO_DATA = "<table><tr><td>Home</td><td>About us</td></tr><tr><td>Jobs</td><td>Blog</td></tr></table>"
HTML_LAYOUT_NESTED = (
    "<table><tr><td>Sidebar</td><td>" + "Long article text about careers and pay. " * 12
    + "<table><tr><td>Junior</td><td>$50k</td></tr></table></td></tr></table>"
)


def test_html_thead_nested_markup_and_caption() -> None:
    text, (raw,) = _html(HTML_THEAD)
    table = from_html(raw)
    assert table is not None and table.has_header and table.origin == "html"
    assert table.caption == "Salary by city"
    assert _grid(table) == [
        (0, 0, "City", "City"), (0, 1, "Average Salary", "Average Salary"),
        (0, 2, "Entry-Level Salary", "Entry-Level Salary"),
        (1, 0, "City", "Atlanta, GA"), (1, 1, "Average Salary", "$89,469"), (1, 2, "Entry-Level Salary", "$64k"),
        (2, 0, "City", "New York, NY"), (2, 1, "Average Salary", "$118,604"), (2, 2, "Entry-Level Salary", "$86k"),
    ]
    assert all(text[c.start:c.end] == c.text for c in table.cells)


def test_html_first_row_of_labels_is_the_header() -> None:
    _, (raw,) = _html(HTML_FIRST_ROW)
    table = from_html(raw)
    assert table is not None and table.has_header
    assert [(c.row, c.header, c.text) for c in table.cells if c.col == 1] == [
        (0, "Salary", "Salary"), (1, "Salary", "£30,000"), (2, "Salary", "£60,000")]


def test_html_without_header() -> None:
    _, (raw,) = _html(HTML_NO_HEADER)
    table = from_html(raw)
    assert table is not None and not table.has_header
    assert _rows(table) == [["Entry Level (0-4 Years)", "$78,000"], ["Mid-Career (5-10 Years)", "$114,121"]]
    assert {c.header for c in table.cells} == {None}


def test_html_colspan_rowspan() -> None:
    _, (raw,) = _html(HTML_SPANS)
    table = from_html(raw)
    assert table is not None and table.has_header
    assert _grid(table) == [
        (0, 0, "Role", "Role"), (0, 1, "Salary Low", "Low"), (0, 2, "Salary High", "High"),
        (1, 0, "Role", "Engineer"), (1, 1, "Salary Low", "$90k"), (1, 2, "Salary High", "$120k"),
        (2, 0, "Role", "Engineer"), (2, 1, "Salary Low", "$100k"),
    ]
    # the row-spanning label repeats with the same offsets; the col-spanning value is kept once
    engineers = [c for c in table.cells if c.text == "Engineer"]
    assert len({(c.start, c.end) for c in engineers}) == 1


@pytest.mark.parametrize(
    "markup", [HTML_LAYOUT_ONE_COLUMN, HTML_LAYOUT_NO_DATA, HTML_LAYOUT_NESTED],
    ids=["single column", "no numeric cell", "nested layout"],
)
def test_html_layout_table_is_none(markup: str) -> None:
    _, tables = _html(markup)
    assert [from_html(t) for t in tables] == [None]


def test_html_overlapping_cells_are_layout() -> None:
    cells = (CellSpan(0, 0, 0, 20, "Junior $50k Senior", False), CellSpan(0, 1, 7, 11, "$50k", False),
             CellSpan(1, 0, 21, 25, "Lead", False), CellSpan(1, 1, 26, 30, "$90k", False))
    assert from_html(HtmlTable(0, 30, cells)) is None


def test_html_several_tables() -> None:
    _, tables = _html(HTML_THEAD + HTML_LAYOUT_NO_DATA + HTML_FIRST_ROW)
    results = [from_html(t) for t in tables]
    assert [None if r is None else r.n_rows() for r in results] == [3, None, 3]


# --------------------------------------------------------------------------- both routes agree

AGREE_CASES = {"thead": HTML_THEAD, "first-row labels": HTML_FIRST_ROW, "no header": HTML_NO_HEADER}


@pytest.mark.parametrize("sep", ["", "\t"], ids=["glued", "tab"])
@pytest.mark.parametrize("markup", AGREE_CASES.values(), ids=AGREE_CASES.keys())
def test_html_and_flattened_text_agree(markup: str, sep: str) -> None:
    text, (raw,) = _html(markup, sep=sep)
    html_table = from_html(raw)
    text_tables = find_text_tables(text)
    assert html_table is not None and len(text_tables) == 1
    assert _grid(text_tables[0]) == _grid(html_table)
    assert [(c.start, c.end) for c in text_tables[0].cells] == [(c.start, c.end) for c in html_table.cells]


# --------------------------------------------------------------------------- cell context


def test_cell_context_row_label_header_caption() -> None:
    _, (raw,) = _html(HTML_THEAD)
    table = from_html(raw)
    assert table is not None
    cell = next(c for c in table.cells if c.text == "$86k")
    assert cell_context(table, cell) == ("New York, NY", "Entry-Level Salary", "Salary by city")
    header_cell = table.cells[1]
    assert cell_context(table, header_cell) == ("Salary by city",)


def test_cell_context_headerless_text_table() -> None:
    table = find_text_tables(LEVEL_TABLE)[0]
    cell = next(c for c in table.cells if c.text == "$150,000")
    assert cell_context(table, cell) == ("Late-Career (20+ Years)",)


def test_cell_context_skips_money_cells_for_the_row_label() -> None:
    table = Table(0, 20, "text", (Cell(0, 0, 0, 4, "$50k", "Low"), Cell(0, 1, 4, 8, "$70k", "High"),
                                   Cell(0, 2, 8, 14, "Remote", "Where")))
    assert cell_context(table, table.cells[1]) == ("Remote", "High")


# --------------------------------------------------------------------------- corpus vs gold


def _gold_triples(tables: list[dict]) -> list[tuple[str, Optional[str], str]]:
    out = []
    for t in tables:
        header = t["header"]
        for row in t["rows"]:
            for i, text in enumerate(row):
                out.append((row[0], header[i] if header else None, text))
    return out


def _system_triples(tables: list[Table]) -> list[tuple[str, Optional[str], str]]:
    out = []
    for t in tables:
        rows: dict[int, list[Cell]] = {}
        for c in t.cells:
            rows.setdefault(c.row, []).append(c)
        for r, cells in rows.items():
            if t.has_header and r == 0:
                continue
            cells.sort(key=lambda c: c.col)
            out.extend((cells[0].text, c.header, c.text) for c in cells)
    return out


def _f1(gold: list, system: list) -> float:
    remaining = list(gold)
    hits = 0
    for item in system:
        if item in remaining:
            remaining.remove(item)
            hits += 1
    if not gold and not system:
        return 1.0
    precision = hits / len(system) if system else 0.0
    recall = hits / len(gold) if gold else 0.0
    return 0.0 if hits == 0 else 2 * precision * recall / (precision + recall)


# The seed articles (plain text); the dev_* evaluation articles (Markdown, HTML,
# postings) are scored through the whole pipeline in tests/test_accuracy.py.
GOLD_DOCS = sorted(p.stem for p in GOLD.glob("*.json") if not p.stem.startswith("dev"))


def test_gold_documents_present() -> None:
    assert len(GOLD_DOCS) >= 3
    assert all((CORPUS / f"{d}.txt").exists() for d in GOLD_DOCS)


@pytest.mark.parametrize("doc_id", GOLD_DOCS)
def test_tables_match_gold(doc_id: str) -> None:
    text = (CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8")
    gold = json.loads((GOLD / f"{doc_id}.json").read_text(encoding="utf-8"))["tables"]
    tables = find_text_tables(text)
    _check_spans(text, tables)
    assert [(
        [c.text for c in t.cells if c.row == 0] if t.has_header else None,
        _rows(t)[1:] if t.has_header else _rows(t),
    ) for t in tables] == [(g["header"], g["rows"]) for g in gold]
    assert _f1(_gold_triples(gold), _system_triples(tables)) >= 0.98


# --------------------------------------------------------------------------- speed and robustness


def test_prose_heavy_document_is_cheap() -> None:
    paragraph = ("Engineers who specialise in data earn around $120,000 a year, while 16% of them "
                 "report bonuses of $10k or more.  Growth is expected to continue through 2028.\n\n")
    text = paragraph * 2000  # ~360 KB
    find_text_tables("warm up $1")
    t0 = time.perf_counter()
    assert find_text_tables(text) == []
    assert time.perf_counter() - t0 < 1.0


def test_long_runs_of_digits_and_symbols_are_linear() -> None:
    text = ("1,2" * 3000) + "\n" + ("$" * 5000) + "\n" + ("-$1" * 3000) + "\n" + ("9" * 20000)
    t0 = time.perf_counter()
    find_text_tables(text)
    for line in text.split("\n"):
        find_values(line)
    assert time.perf_counter() - t0 < 2.0


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab A$£€1,.-|\t %:\n•()kK")), max_size=300))
def test_find_text_tables_never_crashes_and_keeps_spans(text: str) -> None:
    tables = find_text_tables(text)
    _check_spans(text, tables)
    for t in tables:
        assert [c.row for c in t.cells] == sorted(c.row for c in t.cells)


# --------------------------------------------------------------------------- rules validation


def test_rules_letter_marks_must_be_capitalised(monkeypatch: pytest.MonkeyPatch) -> None:
    import extract.tables as tables
    from extract.rules import RuleError, load

    data = dict(load("tables"))
    data["symbol_words"] = [*data["symbol_words"], "dh"]
    monkeypatch.setattr(tables, "load", lambda name: data)
    tables._patterns.cache_clear()
    try:
        with pytest.raises(RuleError, match="upper-case"):
            tables._patterns()
    finally:
        tables._patterns.cache_clear()


def test_rules_magnitude_words_are_unique(monkeypatch: pytest.MonkeyPatch) -> None:
    import extract.tables as tables
    from extract.rules import RuleError, load

    data = dict(load("tables"))
    data["magnitude_words"] = [*data["magnitude_words"], "million"]
    monkeypatch.setattr(tables, "load", lambda name: data)
    tables._patterns.cache_clear()
    try:
        with pytest.raises(RuleError):
            tables._patterns()
    finally:
        tables._patterns.cache_clear()
