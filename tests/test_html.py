"""HTML ingest: main text with block structure, tables kept with cell offsets."""

from __future__ import annotations

import pytest

from extract.ingest import IngestError, html_to_text

PAGE = """<!doctype html><html><head><title>ML pay</title><style>p{}</style></head><body>
<nav><a href="/">Home</a> | <a href="/jobs">Jobs</a></nav>
<article><h1>Machine learning pay</h1>
<p>According to <b>Glassdoor</b>, the average is <span>$114,121</span> per year.</p>
<ul><li>Entry level: $80k</li><li>Senior: $150k</li></ul>
<table><thead><tr><th>City</th><th>Average Salary</th></tr></thead>
<tbody><tr><td>Atlanta, GA</td><td>$89,469</td></tr></tbody></table>
<script>var salary = "$999,999";</script>
<aside><p>Pay guide: nurses earn $40 an hour.</p></aside></article>
<footer>Featured listings cost $79.</footer></body></html>"""


def test_blocks_on_their_own_lines_and_chrome_dropped() -> None:
    title, text, tables = html_to_text(PAGE)
    assert title == "ML pay"
    lines = text.splitlines()
    assert "Machine learning pay" in lines
    assert "According to Glassdoor, the average is $114,121 per year." in lines
    assert "\u2022 Entry level: $80k" in lines and "\u2022 Senior: $150k" in lines
    assert "999,999" not in text and "Home" not in text  # scripts and navigation dropped
    assert "Pay guide: nurses earn $40 an hour." in lines  # an aside in the article is content
    assert "Featured listings" not in text  # the page footer is outside the main text


def test_table_cells_point_into_text() -> None:
    _, text, tables = html_to_text(PAGE)
    (table,) = tables
    assert [(c.row, c.col, c.text, c.is_header) for c in table.cells] == [
        (0, 0, "City", True), (0, 1, "Average Salary", True), (1, 0, "Atlanta, GA", False), (1, 1, "$89,469", False)]
    for cell in table.cells:
        assert text[cell.start:cell.end] == cell.text


def test_colspan_repeats_the_cell() -> None:
    _, text, (table,) = html_to_text("<html><body><table><tr><th colspan=2>Pay</th></tr><tr><td>a</td><td>$1</td></tr></table></body></html>")
    head = [c for c in table.cells if c.row == 0]
    assert [c.text for c in head] == ["Pay", "Pay"] and head[0].start == head[1].start


def test_entities_and_nbsp() -> None:
    _, text, _ = html_to_text("<html><body><p>Pay:&nbsp;&pound;25k or &#8364;30k</p></body></html>")
    assert "Pay: \u00a325k or \u20ac30k" in text


@pytest.mark.parametrize("markup", ["<html><body><p>cut here <di", "<html><body><p>no end</p>"])
def test_truncated_html_is_refused(markup: str) -> None:
    with pytest.raises(IngestError, match="truncated"):
        html_to_text(markup)
