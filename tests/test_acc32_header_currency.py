"""Bare grouped amounts in a table column whose header declares their currency (made-up tables)."""

from extract.ingest import html_to_text
from extract.money import find_money


def _found(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    return [(m.text, m.amount_min, m.amount_max, m.currency) for m in find_money(text)]


PIPE = (
    "Pay bands at Example Corp\n"
    "| Band | Tenure | Base pay (CHF per year) | Bonus |\n"
    "|---|---|---|---|\n"
    "| Analyst I | 0-2 years | 72'000 – 88'000 | up to CHF 4'000 |\n"
    "| Analyst II | 3-5 years | 91’000 – 99’000 | up to CHF 6'500 |\n"
)


def test_a_pipe_column_header_names_the_currency_of_its_bare_cells():
    assert _found(PIPE) == [
        ("72'000 – 88'000", 72000.0, 88000.0, "CHF"),
        ("up to CHF 4'000", None, 4000.0, "CHF"),
        ("91’000 – 99’000", 91000.0, 99000.0, "CHF"),
        ("up to CHF 6'500", None, 6500.0, "CHF"),
    ]


def test_a_header_symbol_and_a_tab_table():
    text = "Team\tSalary (£)\tHeadcount\nSupport\t31,500\t1,250\nOps\t40,000 - 46,000\t2,400\n"
    assert _found(text) == [("31,500", 31500.0, 31500.0, "GBP"), ("40,000 - 46,000", 40000.0, 46000.0, "GBP")]


def test_an_html_table_header_names_the_currency():
    markup = (
        "<html><body><p>Our teams</p><table>"
        "<tr><th>Role</th><th>Salary (EUR)</th><th>Staff</th><th>Bonus</th></tr>"
        "<tr><td>Designer</td><td>52.000</td><td>1.200</td><td>EUR 2.000</td></tr>"
        "</table></body></html>"
    )
    _, text, _ = html_to_text(markup)
    assert _found(text) == [("52.000", 52000.0, 52000.0, "EUR"), ("EUR 2.000", 2000.0, 2000.0, "EUR")]


def test_a_header_without_currency_keeps_a_count_beside_a_marked_amount():
    text = (
        "Pay by city\n"
        "| City | Open roles | Median pay |\n"
        "|---|---|---|\n"
        "| Springfield | 1,400 | USD 61,000 |\n"
    )
    assert _found(text) == [("USD 61,000", 61000.0, 61000.0, "USD")]


def test_a_currency_column_does_not_lend_its_currency_to_a_count_column():
    text = (
        "| Region | Salary (NOK per year) | Employees |\n"
        "|---|---|---|\n"
        "| North | 610 000 | 3,200 |\n"
    )
    assert _found(text) == [("610 000", 610000.0, 610000.0, "NOK")]
