"""Fast paths equal the reference ones they replace (round 7 of the throughput work)."""

from __future__ import annotations

import pytest

from extract import ingest

# Invented pages exercising what the lxml reading must treat as BeautifulSoup does.
PAGES = [
    "<html><head><title> Pay  guide </title></head><body><p>Entry: <b>$5</b> <i>an hour</i></p></body></html>",
    "<html><body><main><p>a<!-- note -->b</p></main><p>outside main</p></body></html>",
    "<html><body><article><ul><li>one</li><li>two <br>lines</li></ul></article></body></html>",
    "<html><body><p hidden>gone</p><div aria-hidden='true'>gone</div><p>kept</p>tail<script>x=1</script>after</body></html>",
    "<html><body><table><caption>Pay <rt>ruby</rt>by city</caption><thead><tr><th colspan=2>Pay</th></tr></thead>"
    "<tr><td rowspan=2>a<script>no</script></td><td>$1<!--c-->k</td></tr><tr><td>$2</td></tr>"
    "<tr><td><table><tr><td>inner</td></tr></table></td></tr></table><p>after</p></body></html>",
    "<html><body><h1>Heading one</h1><p>x&nbsp;&amp;&pound;5</p><pre>  a\n  b  </pre></body></html>",
    "<p>no html or body tags at all</p>",
    "\ufeff<html><body><p>bom</p></body></html>",
    "<html><body><p>a<?php echo 1; ?>b</p></body></html>",  # processing instruction: BeautifulSoup reads it
    "<html><head><title>t</title></head></html>",  # no body
    "<html><body>" + "<div>" * 300 + "<p>deep</p>" + "</div>" * 300 + "</body></html>",  # deeper than libxml2's tree
    "<html><body>" + "<div>" * 240 + "<p>deep</p>" + "</div>" * 240 + "</body></html>",
    "<html><body><p>x<ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby></p><table><tr><td>漢<rt>kan</rt></td></tr></table></body></html>",
]


@pytest.mark.parametrize("markup", PAGES)
def test_html_to_text_equals_beautifulsoup_reading(markup: str) -> None:
    assert ingest.html_to_text(markup) == ingest._soup_to_text(markup)

