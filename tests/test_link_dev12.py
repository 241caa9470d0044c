"""dev12 readings of extract/link.py: how a figure takes its context from around it.

An item's label holds for all its amounts; a sentence pointing back at "that figure" keeps the role of the
sentence before; a table's credit line naming whose pay it is gives the role; an intro paragraph's earlier
sentences give its list a role and year the intro sentence lacks. All texts invented.
"""

from __future__ import annotations

from typing import Optional

import pytest

from extract.link import _figure_anaphor_pattern, _link_rules
from extract.types import Fact

from .test_link import facts_of


def fact_at(text: str, amount: str) -> Fact:
    return next(f for f in facts_of(text) if f.text == amount)


# --------------------------------------------------------------------------- an item's label, several amounts

LEVELS = """Pay by level

The survey reports the 25th, 50th and 75th percentiles, in that order:
• Junior nurse (1-3 years): $50,000 / $55,000 / $61,000
• Senior nurse (6-9 years): $70,000 / $78,000 / $86,000
"""


@pytest.mark.parametrize("amount, low, high", [
    ("$50,000", 1.0, 3.0),
    ("$55,000", 1.0, 3.0),  # the label's experience reaches every amount of the item
    ("$61,000", 1.0, 3.0),
    ("$78,000", 6.0, 9.0),
    ("$86,000", 6.0, 9.0),
])
def test_label_experience_reaches_every_amount(amount: str, low: float, high: float) -> None:
    fact = fact_at(LEVELS, amount)
    assert (fact.experience_min_years, fact.experience_max_years) == (low, high)


CLAUSES = "Juniors with 1-3 years earn $50,000, while seniors earn $90,000 in the capital.\n"
SECOND_LABEL = "• Juniors (1-3 years): $50,000; seniors: $90,000\n"


@pytest.mark.parametrize("text, amount, low", [
    (CLAUSES, "$50,000", 1.0),
    (CLAUSES, "$90,000", None),  # no label: the experience stays in its clause
    (SECOND_LABEL, "$50,000", 1.0),
    (SECOND_LABEL, "$90,000", None),  # another label among the amounts
])
def test_label_experience_negatives(text: str, amount: str, low: Optional[float]) -> None:
    assert fact_at(text, amount).experience_min_years == low


# --------------------------------------------------------------------------- a figure pointing back

@pytest.mark.parametrize("text, found", [
    ("London pushes that figure up", True),
    ("a more conservative median of $5", True),
    ("These figures exclude bonuses", True),
    ("a median of $5", False),
    ("bump that number", False),
    ("the figure", False),
])
def test_figure_anaphor_pattern(text: str, found: bool) -> None:
    assert bool(_link_rules().figure_anaphor.search(text)) is found


def test_figure_anaphor_pattern_from_data() -> None:
    p = _figure_anaphor_pattern({"figure_anaphor": {"before": ["that"], "nouns": ["figure"]}}, "t")
    assert p.search("that  figure") is not None and p.search("that figures") is None


@pytest.mark.parametrize("text, amount, role", [
    ("Surveyors report a median of $70,000 for pharmacists. Rural pay drags that figure down: "
     "most offers sit near $60,000.\n", "near $60,000", "pharmacist"),
    ("Survey A puts the median for pharmacists at $70,000. Survey B reports a lower median of $64,000.\n",
     "$64,000", "pharmacist"),
    # negative: nothing points back, and the paragraph's role stays with its sentence
    ("Survey A puts the median for pharmacists at $70,000. A family in the city spends $2,000 on rent.\n",
     "$2,000", None),
])
def test_figure_anaphor_role(text: str, amount: str, role: Optional[str]) -> None:
    assert fact_at(text, amount).role == role


# --------------------------------------------------------------------------- an intro paragraph's earlier sentences

INTRO_EARLIER = """Where do welders earn most? By sector:
• Energy: $72,000
• Shipbuilding: $64,000

Acme's 2025 Salary Guide reports pay for each level. Nationwide figures, in that order:
• Junior welder: $40,000 / $45,000
"""


@pytest.mark.parametrize("amount, role, year", [
    ("$72,000", "welder", None),  # the role of the question before "By sector:"
    ("$64,000", "welder", None),
    ("$40,000", "welder", 2025),  # the guide's year from the sentence before the intro sentence
    ("$45,000", "welder", 2025),
])
def test_intro_paragraph_earlier_sentences(amount: str, role: str, year: Optional[int]) -> None:
    fact = fact_at(INTRO_EARLIER, amount)
    assert (fact.role, fact.as_of_year) == (role, year)


NO_INTRO = """Welders earned more in 2024.

• Energy: $72,000
"""


def test_no_intro_no_year() -> None:
    assert fact_at(NO_INTRO, "$72,000").as_of_year is None  # a blank line and no intro cue: not its intro


# --------------------------------------------------------------------------- a table's credit line

CREDITED = """| City | Median |
| --- | --- |
| Springfield | $61,000 |
| Shelbyville | $58,000 |

Source: Acme Pay Survey, salaries reported by pharmacists, May 2025
"""

CREDITED_DATA = CREDITED.replace("salaries reported by pharmacists", "analysis of pharmacist and clerk data")


@pytest.mark.parametrize("text, amount, role", [
    (CREDITED, "$61,000", "pharmacist"),
    (CREDITED, "$58,000", "pharmacist"),
    (CREDITED_DATA, "$61,000", None),  # a title modifying "data" names no one whose pay it is
])
def test_credit_line_role(text: str, amount: str, role: Optional[str]) -> None:
    assert fact_at(text, amount).role == role
