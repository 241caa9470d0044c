"""Assignment of context, round 27: invented sentences, never article text.

Grouped by the cause each table covers; negatives in the same tables.
"""

from __future__ import annotations

from typing import Optional

import pytest

from extract.link import publisher_stem
from tests.test_link import facts_of


class _ByText(dict):
    """Facts by their expression; a key not found is looked up as a part of one (``$61,000`` of ``$61,000 a year``)."""

    def __missing__(self, amount: str) -> object:
        for text, fact in self.items():
            if amount in text:
                return fact
        raise KeyError(f"{amount!r} not in {sorted(self)}")


def _by_text(text: str) -> dict[str, object]:
    return _ByText({f.text: f for f in facts_of(text)})


# --------------------------------------------------------------------------- the publisher's own survey

_FOOTER = "\n\nQuokka Insights Pty Ltd · 4 Example Lane, Perth · © 2031\n"
_OWN_SURVEY = ("Welder pay survey 2031\n\nWe asked 900 welders what they earn. Our survey shows what we found.\n\n"
               "Welders in our sample earn a median of $71,000 a year.\n\n"
               "Source: Quokka Insights Welder Survey 2031 (n=900)." + _FOOTER)
_THIRD_PERSON = ("Welder pay survey 2031\n\nThe site asked 900 welders what they earn.\n\n"
                 "Welders in the sample earn a median of $71,000 a year.\n\n"
                 "Source: Quokka Insights Welder Survey 2031 (n=900)." + _FOOTER)
_OTHER_SOURCE = ("Welder pay survey 2031\n\nWe asked 900 welders what they earn. Our survey shows what we found.\n\n"
                 "Welders earn a median of $71,000 annually, according to Glassdoor." + _FOOTER)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the page speaks of its survey in the first person: the publisher's own data has no source
        (_OWN_SURVEY, None),
        # negatives: a site naming its database in the third person is cited as a source; another source stays
        (_THIRD_PERSON, "Quokka Insights Welder Survey"),
        (_OTHER_SOURCE, "Glassdoor"),
    ],
)
def test_publisher_own_survey(text: str, source: Optional[str]) -> None:
    fact = _by_text(text)["$71,000"]
    assert fact.source == source  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("name", "stem"),
    [("Quokka Insights Pty Ltd", "Quokka Insights"), ("Fernbrook Media Inc.", "Fernbrook Media"),
     ("Solo", "Solo"), ("Limited", "Limited")],
)
def test_publisher_stem(name: str, stem: str) -> None:
    assert publisher_stem(name) == stem


# --------------------------------------------------------------------------- a table's lead sentence

def _led_table(lead: str) -> str:
    return (f"<html><body><main><p>Rents are high everywhere. {lead}</p>"
            "<table><caption>Welder pay by town, 2031</caption>"
            "<tr><th>Town</th><th>Junior</th><th>Senior</th></tr>"
            "<tr><td>Avonby</td><td>€31.000</td><td>€45.000</td></tr>"
            "<tr><td>Brackwell</td><td>€29.000</td><td>€42.000</td></tr></table></main></body></html>")


@pytest.mark.parametrize(
    ("lead", "statistic"),
    [
        # the sentence above the caption states the statistic, with a pay noun of another language too
        ("The table shows median RAL by town and level.", "median"),
        ("The table shows the average Gehalt by town and level.", "mean"),
        ("The table shows median salaries by town and level.", "median"),
        # negative: a statistic word qualifying no pay noun
        ("The table shows the median town by level.", None),
    ],
)
def test_lead_sentence_states_statistic(lead: str, statistic: Optional[str]) -> None:
    facts = _by_text(_led_table(lead))
    assert {f.statistic for f in facts.values()} == {statistic}  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- a list intro's earlier sentence

_LIST = "\n\n• Harlow Audit LLP: $61,000\n• Pembly Finance: $66,000\n"
_EARLIER_WITH_AMOUNT = ("Large firms hire graduate auditors at $50,000 to $55,000. Elsewhere, auditors with "
                        "two years of experience report:" + _LIST)
_EARLIER_LEVEL_ONLY = "This list is about graduate auditors. Employers reported these offers:" + _LIST


@pytest.mark.parametrize(
    ("text", "amount", "seniority"),
    [
        # the earlier sentence's level belongs to its own amounts, not to the list below
        (_EARLIER_WITH_AMOUNT, "$61,000", None),
        (_EARLIER_WITH_AMOUNT, "$66,000", None),
        (_EARLIER_WITH_AMOUNT, "$50,000 to $55,000", "entry"),
        # negative: an earlier sentence with no amount of its own still gives the list its level
        (_EARLIER_LEVEL_ONLY, "$61,000", "entry"),
    ],
)
def test_intro_rest_level(text: str, amount: str, seniority: Optional[str]) -> None:
    assert _by_text(text)[amount].seniority == seniority  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- a note clause carving out columns

def _credited(note: str) -> str:
    return ("<html><body><main><p>The table shows median pay for welders by town.</p>"
            "<table><tr><th>Town</th><th>Gross annual pay</th><th>Net per month</th></tr>"
            "<tr><td>Avonby</td><td>$61,000</td><td>$3,900</td></tr>"
            "<tr><td>Brackwell</td><td>$58,000</td><td>$3,700</td></tr></table>"
            f"<p>{note}</p></main></body></html>")


_CARVED = _credited("Source: Glassdoor. Net figures: our own calculation for a single earner.")
_PLAIN_NOTE = _credited("Source: Glassdoor. Figures are rounded to the nearest hundred.")


@pytest.mark.parametrize(
    ("text", "amount", "source"),
    [
        # the labelled clause names the net column: its cells are the page's own calculation
        (_CARVED, "$3,900", None),
        (_CARVED, "$3,700", None),
        # the other columns keep the credit line's source
        (_CARVED, "$61,000", "Glassdoor"),
        # negative: a note naming no column leaves every column to the credit line
        (_PLAIN_NOTE, "$3,900", "Glassdoor"),
    ],
)
def test_note_clause_takes_columns(text: str, amount: str, source: Optional[str]) -> None:
    assert _by_text(text)[amount].source == source  # type: ignore[attr-defined]
