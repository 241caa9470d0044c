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
    "<html><body><p>x<ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby></p><table><tr><td>漢<rt>kan</rt></td></tr></table></body></html>",
]


@pytest.mark.parametrize("markup", PAGES)
def test_html_to_text_equals_beautifulsoup_reading(markup: str) -> None:
    assert ingest.html_to_text(markup) == ingest._soup_to_text(markup)


def _char_span_range(doc, start: int, end: int) -> tuple[int, int]:
    try:
        span = doc.char_span(start, end, alignment_mode="expand")
    except IndexError:
        return (-2, -2)
    return (-1, -1) if span is None else (span.start, span.end)


@pytest.mark.parametrize("text", [
    "Pay: $5 a  day\n\n• Entry:\t$40k–$50k (TX$71,250$58k).  ",
    "x",
    "  lead and trail  \n",
])
def test_expanded_tokens_equal_char_span(text: str) -> None:
    from extract import annotate

    doc = annotate.load().make_doc(text)
    pairs = [(s, e) for s in range(-1, len(text) + 2) for e in range(s, len(text) + 2)]
    starts, ends = annotate._expanded_tokens(doc, [s for s, _ in pairs], [e for _, e in pairs])
    for (s, e), b, f in zip(pairs, starts.tolist(), ends.tolist()):
        expected = _char_span_range(doc, s, e)
        if expected == (-2, -2):  # char_span raises: so does Span(doc, b, f)
            assert b > f >= 0 or b > len(doc), (s, e)
        else:
            assert (b, f) == expected, (s, e)
