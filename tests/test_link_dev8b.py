"""Attachment readings of the dev8b round (invented texts, not taken from any article).

A title after a head count, a table header read across a cell edge, a bare job
noun under a section heading, a level that is a word of its title, an amount
restated after ", or roughly", a sentence going on about the pay before it.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_link import check


HEADCOUNT = "Harlow Reed, a consultancy with 2,400 engineers, told staff that entry pay will rise to $95,000."
SMALL_FIRMS = "At firms of 40 or fewer nurses, the median was $71,000."
BAND = "Band 6 nurses earn £37,000 a year."

HTML_TABLE = """<html><body><main>
<p>Median hourly pay by city:</p>
<table><thead><tr><th>City</th><th>Server (base)</th><th>Bartender (with tips)</th></tr></thead>
<tbody><tr><td>Leeds</td><td>£11.50</td><td>£16.20</td></tr></tbody></table>
</main></body></html>"""

SECTION = """What crane operators earn

Most sites pay by the hour. Offers we see for operators with 2 years on the job run $34 to $39 an hour.
"""

LEVEL_TITLE = ("The median for senior data engineers in Leeds was £68,000 in 2024, and the top tenth cleared £90,000.")
LEVEL_OTHER = ("Junior chefs start at £24,000, while sous chefs earn £36,000.")

RESTATED = "Entry-level couriers usually start at $0.50 per stop, or roughly $700 a week."

CONTINUED = ("Referral bonuses have shrunk since 2021, when some hospitals offered up to $8,000 to nurses. "
             "Today $1,000 to $2,000 is typical for most wards.")
CONTINUED_NO = ("Nurses earn $40 an hour. Today $4,000 is typical.")

NEW_CLAUSE = ("Cooks report a median of $21 an hour once overtime is included, and in Austin, "
              "where cooks can be paid $15 an hour, the median is $19.")

CASES = [
    # a title after a head count is the size of a group, not the role of the pay
    (HEADCOUNT, "$95,000", "role", None),
    (SMALL_FIRMS, "$71,000", "role", None),
    (BAND, "£37,000", "role", "nurse"),  # "Band 6" is a grade, not a count
    # a header row's title read across a cell edge (City<TAB>Cook) reaches its column
    (HTML_TABLE, "£11.50", "role", "server"),
    (HTML_TABLE, "£16.20", "role", "bartender"),
    # a bare job noun refers back to the title in its section's heading
    (SECTION, "$34 to $39", "role", "crane operator"),
    # a level that is a word of the attached title goes with it; another clause's level does not
    (LEVEL_TITLE, "£90,000", "seniority", "senior"),
    (LEVEL_OTHER, "£24,000", "seniority", "junior"),
    (LEVEL_OTHER, "£36,000", "seniority", None),
    # an amount restated after ", or roughly" keeps the level of the amount it restates
    (RESTATED, "$700", "seniority", "entry"),
    # a sentence going on about the bonus before it: pay, and the same component
    (CONTINUED, "$1,000 to $2,000", "category", "salary"),
    (CONTINUED, "$1,000 to $2,000", "pay_component", "bonus"),
    (CONTINUED_NO, "$4,000", "category", "other"),  # a hundred times the wage: not the same quantity
]


@pytest.mark.parametrize("text, amount, field, expected", CASES)
def test_attachment_dev8b(text: str, amount: str, field: str, expected: Any) -> None:
    check(text, amount, field, expected)
