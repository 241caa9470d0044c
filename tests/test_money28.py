"""Number-format and table-shape readings of round 28 (invented examples, grouped by reading).

Money: a marker shared by two glued amounts, a dash joining spaced-magnitude ends, a qualified
dollar naming both ends of a range, a sentence's currency declaration after an amount, and the
magnitude words of Spanish, Portuguese, French, Italian and German with their link words.
Tables: comma-decimal percentages, letter marks after amounts, mixed-case marks glued after a
capital, a short grade code glued before a title.
"""

from __future__ import annotations

from typing import Optional

import pytest

from extract.money import find_money
from extract.tables import find_text_tables, find_values, parse_glued_row


def _read(text: str) -> list[tuple[str, float, float, Optional[str]]]:
    return [(m.text, m.amount_min, m.amount_max, m.currency) for m in find_money(text)]


# --------------------------------------------------------------------------- money

GLUED_SUFFIX_MARKS = [
    # two amounts with the mark after each, glued in a flattened row: each keeps its own mark
    ("Lisboa1.870 €2.310 €", [("1.870 €", 1870.0, 1870.0, "EUR"), ("2.310 €", 2310.0, 2310.0, "EUR")]),
    ("Row A3.400 €3.950 €-1,2%", [("3.400 €", 3400.0, 3400.0, "EUR"), ("3.950 €", 3950.0, 3950.0, "EUR")]),
    # negative: a symbol before each amount reads as a prefix
    ("Ghent €41.000€47.500", [("€41.000", 41000.0, 41000.0, "EUR"), ("€47.500", 47500.0, 47500.0, "EUR")]),
]

SPACED_MAGNITUDE_RANGES = [
    ("Seniors earn 61 K€-83 K€ in Lille.", [("61 K€-83 K€", 61000.0, 83000.0, "EUR")]),
    ("Juniors earn 33 k€ - 41 k€ gross.", [("33 k€ - 41 k€", 33000.0, 41000.0, "EUR")]),
    # negative: a minus sign not after an amount stays a sign
    ("The balance moved -40 € overnight.", [("-40 €", -40.0, -40.0, "EUR")]),
]

QUALIFIED_DOLLAR_RANGES = [
    ("Cover costs C$7,500–$9,800 a year.", [("C$7,500–$9,800", 7500.0, 9800.0, "CAD")]),
    ("Rates run A$61 to $74 per hour.", [("A$61 to $74", 61.0, 74.0, "AUD")]),
    # negative: two amounts not joined by a range stay apart, the plain one in its own dollar
    ("It was C$14 or $19 in the end.", [("C$14", 14.0, 14.0, "CAD"), ("$19", 19.0, 19.0, "USD")]),
]

SENTENCE_DECLARATIONS = [
    ("Welders average $31.40/hr in Canadian dollars, with the top tier at $44.10 an hour.",
     ["CAD", "CAD"]),
    ("In Australian dollars, helpers make $23 and leads $36.", ["AUD", "AUD"]),
    ("Crews make $52 an hour in NZD; later crews made $47.", ["NZD", "USD"]),
    # negatives: a currency named inside a noun phrase, or as an amount's own code
    ("Fees in Canadian dollars went up, and a plan costs $42.", ["USD"]),
    ("It pays $18 in CAD 24 units.", ["USD", "CAD"]),
]

FOREIGN_MAGNITUDES = [
    ("Ventas de unos 3.475 millones de euros al año.", [("3.475 millones de euros", 3.475e9, 3.475e9, "EUR")]),
    ("Un fondo de 2,5 millones de euros.", [("2,5 millones de euros", 2.5e6, 2.5e6, "EUR")]),
    ("Receita de 7 milhões de reais.", [("7 milhões de reais", 7e6, 7e6, "BRL")]),
    ("Un budget de 4 millions d'euros.", [("4 millions d'euros", 4e6, 4e6, "EUR")]),
    ("Un fondo di 6,5 milioni di euro.", [("6,5 milioni di euro", 6.5e6, 6.5e6, "EUR")]),
    ("Ein Etat von 9 Millionen Euro.", [("9 Millionen Euro", 9e6, 9e6, "EUR")]),
    # English magnitude: the point stays a decimal point
    ("Revenue was 3.415 million euros.", [("3.415 million euros", 3415000.0, 3415000.0, "EUR")]),
    # negatives: a magnitude and a link word with no currency noun
    ("Unos 4 millones de personas.", []),
    ("Hay 4 millones de hogares.", []),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_SUFFIX_MARKS)
def test_glued_suffix_marks(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), SPACED_MAGNITUDE_RANGES)
def test_spaced_magnitude_ranges(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), QUALIFIED_DOLLAR_RANGES)
def test_qualified_dollar_ranges(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), SENTENCE_DECLARATIONS)
def test_sentence_declarations(text: str, expected: list) -> None:
    assert [m.currency for m in find_money(text)] == expected


@pytest.mark.parametrize(("text", "expected"), FOREIGN_MAGNITUDES)
def test_foreign_magnitudes(text: str, expected: list) -> None:
    assert _read(text) == expected


# --------------------------------------------------------------------------- tables

ROWS = [
    # comma-decimal percentage glued after suffix-marked amounts
    ("Aragón1.940 €2.270 €+1,5%", ["Aragón", "1.940 €", "2.270 €", "+1,5%"]),
    # letter marks after amounts that the money rules know, thousands grouped by spaces
    ("Gdańsk7 400 zł8 900 zł", ["Gdańsk", "7 400 zł", "8 900 zł"]),
    ("Brno39 000 Kč47 000 Kč", ["Brno", "39 000 Kč", "47 000 Kč"]),
    ("Pécs290 Ft340 Ft", ["Pécs", "290 Ft", "340 Ft"]),
    # a mixed-case mark glued after a Roman numeral, and after a magnitude-like capital
    ("Clinical Officer IIKSh 41,250KSh 55,900", ["Clinical Officer II", "KSh 41,250", "KSh 55,900"]),
    ("ThikaKSh 47,000KSh 29,000", ["Thika", "KSh 47,000", "KSh 29,000"]),
    # a magnitude letter one space after the number, the sign glued after it
    ("Rennes48 K€57 K€", ["Rennes", "48 K€", "57 K€"]),
    # negatives: a two-letter mark never continues a capitalised word; a bare number stays no money
    ("Unit HRs 40", None),
    ("Gdańsk 7 400 8 900", None),
]


@pytest.mark.parametrize(("line", "expected"), ROWS)
def test_glued_rows(line: str, expected: Optional[list[str]]) -> None:
    row = parse_glued_row(line)
    assert (None if row is None else [p.text for p in row.cells]) == expected


def test_grade_code_glued_before_title() -> None:
    text = ("Band GradeJob TitleStart PayTop Pay\n"
            "PMidwife IVKSh 30,110KSh 41,020\n"
            "QSenior MidwifeKSh 45,300KSh 58,770\n")
    (table,) = find_text_tables(text)
    rows: dict[int, list[tuple[str, Optional[str]]]] = {}
    for c in table.cells:
        rows.setdefault(c.row, []).append((c.text, c.header))
    assert rows[1] == [("P", "Band Grade"), ("Midwife IV", "Job Title"), ("KSh 30,110", "Start Pay"), ("KSh 41,020", "Top Pay")]
    assert rows[2][:2] == [("Q", "Band Grade"), ("Senior Midwife", "Job Title")]


def test_grade_split_only_when_the_header_is_wider() -> None:
    text = "Role\tPay\nPMidwife IVKSh 30,110KSh 41,020\nQSenior MidwifeKSh 45,300KSh 58,770\n"
    labels = [c.text for t in find_text_tables(text) for c in t.cells if c.col == 0]
    assert "P" not in labels and "PMidwife IV" in labels


@pytest.mark.parametrize(("line", "kinds"), [
    ("x +2,75% y", ["percent"]),
    ("x 12,5 % y", ["percent"]),
    ("x 1,250% y", ["percent"]),
])
def test_comma_decimal_percent(line: str, kinds: list[str]) -> None:
    assert [v.kind for v in find_values(line)] == kinds


ABBREVIATED_MAGNITUDES = [
    ("Oferty od 14 tys. zł miesięcznie.", [("14 tys. zł", 14000.0, 14000.0, "PLN")]),
    ("Budżet 3 mln zł.", [("3 mln zł", 3e6, 3e6, "PLN")]),
    ("Plat 38 tis. Kč hrubého.", [("38 tis. Kč", 38000.0, 38000.0, "CZK")]),
    ("Оклад 90 тыс. руб. в месяц.", [("90 тыс. руб.", 90000.0, 90000.0, "RUB")]),
    ("Zulage 4 Tsd. € im Jahr.", [("4 Tsd. €", 4000.0, 4000.0, "EUR")]),
    # negatives: an abbreviation with no currency mark counts other things
    ("Ma 12 tys. obserwujących.", []),
    ("Mieszka tu 2 mln osób.", []),
]


@pytest.mark.parametrize(("text", "expected"), ABBREVIATED_MAGNITUDES)
def test_abbreviated_magnitudes(text: str, expected: list) -> None:
    assert _read(text) == expected
