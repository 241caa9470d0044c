"""A pay scale named without whose it is takes the role named just before it (dev9 round, link9b).

Invented passages in the shape of a union pay-scale explainer: a table intro or a
sentence that names a scale (``salary schedule``, ``the old scale``) but no role
reads as the scale of the role the text was just talking about; without a scale
noun, or across a section heading, nothing is inherited. An employer anaphor whose
previous sentence names two employers stays unset.
"""

from __future__ import annotations

from typing import Any, Optional

import pytest

from tests.test_link import check

_GRID = ("<table><tr><th>Step</th><th>Diploma</th><th>Degree</th></tr>"
         "<tr><td>1</td><td>€41,200</td><td>€44,900</td></tr>"
         "<tr><td>5</td><td>€48,300</td><td>€52,100</td></tr></table>")


def _page(*paragraphs: str) -> str:
    return "<html><body>" + "".join(paragraphs) + "</body></html>"


_NURSES = "<p>Harbour Health pays nurses by grade. A nurse with a degree starts at €44,900 a year.</p>"

SCALE_INTRO = [
    # the intro names the scale and its employer, the paragraph above names whose it is
    (_page(_NURSES, "<p>Harbour Health nursing salary schedule, 2025 (annual base pay):</p>", _GRID), "€48,300", "role", "nurse"),
    (_page(_NURSES, "<p>Harbour Health pay scale from 1 July:</p>", _GRID), "€52,100", "role", "nurse"),
    (_page(_NURSES, "<p>Harbour Health pay scale from 1 July:</p>", _GRID), "€41,200", "employer", "Harbour Health"),
    # negatives: an intro naming no scale, or a heading between the role and the intro
    (_page(_NURSES, "<p>Harbour Health figures for 2025 (annual base pay):</p>", _GRID), "€48,300", "role", None),
    (_page(_NURSES, "<h2>Other staff</h2>", "<p>Harbour Health salary schedule, 2025:</p>", _GRID), "€48,300", "role", None),
    # an intro naming its own role keeps it
    (_page(_NURSES, "<p>Harbour Health salary schedule for midwives, 2025:</p>", _GRID), "€48,300", "role", "midwife"),
]

SCALE_ANAPHOR = [
    ("A welder with ten years on the job earns $31.40 an hour. The old scale topped out at $29.10.", "$29.10", "role", "welder"),
    ("A welder with ten years on the job earns $31.40 an hour. The top step now pays $33.00.", "$33.00", "role", "welder"),
    # negative: no scale noun, so no anaphor
    ("A welder with ten years on the job earns $31.40 an hour. The fund held $29.10 per share.", "$29.10", "role", None),
]

TWO_EMPLOYERS = [
    # whose scale "its" top step is, is unclear after two employers
    ("Northfield School District starts teachers at $50,100 and Lakeside School District at $49,800. "
     "The highest step pays $98,000.", "$98,000", "employer", None),
]


@pytest.mark.parametrize("text, amount, field, expected", SCALE_INTRO + SCALE_ANAPHOR + TWO_EMPLOYERS)
def test_pay_scale_context(text: str, amount: str, field: str, expected: Optional[Any]) -> None:
    check(text, amount, field, expected)


PRIOR_VALUE = [
    # ", up from" gives the amount's earlier value: the same pay, the same level
    ("The starting salary for welders rises to $48,000, up from $45,500 last year.", "$45,500", "seniority", "entry"),
    ("The starting salary for welders fell to $44,000, down from about $45,500.", "$45,500", "seniority", "entry"),
    # negative: a second amount in another clause, not an earlier value, keeps no level
    ("The starting salary for welders is $48,000, and veterans earn $70,000.", "$70,000", "seniority", None),
]


@pytest.mark.parametrize("text, amount, field, expected", PRIOR_VALUE)
def test_prior_value_shares_level(text: str, amount: str, field: str, expected: Optional[Any]) -> None:
    check(text, amount, field, expected)
