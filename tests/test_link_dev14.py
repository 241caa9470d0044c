"""Linking readings added in the dev14 round (invented sentences)."""

from __future__ import annotations

import pytest

from extract.link import _link_rules
from tests.test_link import facts_of


def _role_of(text: str, amount: str) -> object:
    return {f.text: f for f in facts_of(text)}[amount].role


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Nationally, the median wage is", True),
        ("The mean annual wage was", True),
        ("the average gross hourly pay", True),
        ("Across the country, the median is", True),
        ("The lowest 25 percent earned", True),
        ("the top 25% made", True),
        # negatives: no pay noun or share after the statistic
        ("the average officer logged", False),
        ("the median age is", False),
        ("the lowest grade pays", False),
        ("the top employers pay", False),
    ],
)
def test_definite_statistic(text: str, found: bool) -> None:
    assert bool(_link_rules().definite_statistic.search(text)) is found


@pytest.mark.parametrize(
    ("text", "amount", "role"),
    [
        # a statistic with "the" goes on about the title of the paragraph's sentence before
        ("Welders in Norway earned a median of $50,000 in 2023. The mean annual wage was $52,000.\n",
         "$52,000", "welder"),
        ("The agency publishes wages for dental hygienists. Nationally, the median wage is $37.25 per hour.\n",
         "$37.25", "dental hygienist"),
        ("The agency publishes wages for dental hygienists. Across the country, the median is $37.25 per hour.\n",
         "$37.25", "dental hygienist"),
        # ... and through sentences naming nobody
        ("Welders earned a median of $50,000. The mean was $52,000. The lowest 25 percent earned less than $31,500.\n",
         "less than $31,500", "welder"),
        # negatives: two different jobs before; people of its own in the sentence; another paragraph
        ("Plumbers and electricians were surveyed. The median wage was $30 an hour.\n", "$30", None),
        ("Welders earned $50,000. The average rate of a freelance developer is $500.\n", "$500", None),
        ("Welders earned $50,000.\nThe median wage in the state was $45,000.\n", "$45,000", None),
    ],
)
def test_definite_statistic_carries_role(text: str, amount: str, role: object) -> None:
    assert _role_of(text, amount) == role


@pytest.mark.parametrize(
    ("text", "amount", "role"),
    [
        # a count of the job's adverts: the title is whose pay the list gives
        ("From our analysis of 1,200 welder vacancies, pay varies by sector:\n• Shipyards: $60,000\n", "$60,000",
         "welder"),
        # negative: a count of people is the size of a firm
        ("Welders at the firm with 1,200 lawyers earn $40,000.\n", "$40,000", "welder"),
        ("The firm with 1,200 welders paid its new hires $40,000.\n", "$40,000", None),
    ],
)
def test_counted_things(text: str, amount: str, role: object) -> None:
    assert _role_of(text, amount) == role


@pytest.mark.parametrize(
    ("text", "amount", "role"),
    [
        # a list's intro naming no job: the section heading right above it names whose pay
        ("Welder pay by experience\nOur survey shows how pay grows with time:\n• 2-4 years: $50,000\n", "$50,000",
         "welder"),
        # negatives: the heading names several jobs; the intro names its own
        ("Pay for welders and plumbers\nOur survey shows how pay grows with time:\n• 2-4 years: $50,000\n",
         "$50,000", None),
        ("Welder pay by experience\nWhat plumbers earn, by years:\n• 2-4 years: $50,000\n", "$50,000", "plumber"),
    ],
)
def test_heading_above_intro(text: str, amount: str, role: object) -> None:
    assert _role_of(text, amount) == role


@pytest.mark.parametrize(
    ("text", "amount", "role"),
    [
        # an answer naming no job speaks of its question's
        ("How much does a welder make in Norway? Most are paid about $50,000.\n", "about $50,000", "welder"),
        ("FAQ\nDo welders make six figures?\nNo. Even new graduates usually start near $50,000 a year.\n",
         "near $50,000", "welder"),
        ("**Which state pays welders the most?**\nAlaska, with an annual mean of $70,000.\n", "$70,000", "welder"),
        # negatives: no question; the answer names people of its own; the question names two jobs
        ("Welders are in demand.\nMost are paid about $50,000.\n", "about $50,000", None),
        ("Do welders make six figures?\nNo, but instructors do, at $110,000.\n", "$110,000", None),
        ("Do welders or plumbers earn more?\nMost earn about $50,000.\n", "about $50,000", None),
    ],
)
def test_answer_takes_question_role(text: str, amount: str, role: object) -> None:
    assert _role_of(text, amount) == role


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # an answer's threshold or workers in general: no one job's pay
        ("Do welders get paid overtime?\nUsually not. Employees earning more than $2,600 a month are not covered.\n",
         "more than $2,600"),
        ("Do welders get paid overtime?\nRarely. Pay above the contribution ceiling ($96,000 a year) covers it.\n",
         "$96,000"),
    ],
)
def test_answer_threshold_takes_no_role(text: str, amount: str) -> None:
    assert _role_of(text, amount) is None


def test_answer_after_a_nearer_title() -> None:
    # the answer names a title before the amount's sentence: the question's is not taken over it
    text = "How much do welders make?\nMost plumbers start at $30 an hour. In big cities pay can exceed $40 an hour.\n"
    assert _role_of(text, "$30") == "plumber"
    assert _role_of(text, "$40") != "welder"


def _fact_of(text: str, amount: str) -> object:
    return {f.text: f for f in facts_of(text)}[amount]


@pytest.mark.parametrize(
    ("text", "amount", "statistic", "role"),
    [
        # "That is ..." restates the amount before in another period: its qualifiers and context
        ("In Chile, the average welder salary is $4,500 per month. That is $54,000 a year.\n",
         "$54,000", "mean", "welder"),
        # the one of equal yearly value among several
        ("The survey puts the mean annual wage for welders at $79,320, and the median annual wage at $73,410. "
         "That comes to roughly $6,610 a month.\n", "roughly $6,610", "mean", "welder"),
        # negatives: another value is no restatement; no "That is" opening
        ("The average welder salary is $4,500 per month. That is $20,000 a year less than plumbers.\n",
         "$20,000", None, "plumber"),
        # (no restatement, so no statistic; the role is the one job the sentence before names)
        ("The average welder salary is $4,500 per month. Bonuses add $3,000 a year.\n", "$3,000", None, "welder"),
    ],
)
def test_sentence_restatement(text: str, amount: str, statistic: object, role: object) -> None:
    fact = _fact_of(text, amount)
    assert (fact.statistic, fact.role) == (statistic, role)


@pytest.mark.parametrize(
    ("text", "amount", "location"),
    [
        # a place named as excluded is where the amount is not
        ("Typical welder salaries outside Oslo in 2025:\n• Junior: $40,000\n", "$40,000", None),
        ("Welders outside of Oslo earn $40,000.\n", "$40,000", None),
        # negatives: the place itself
        ("Typical welder salaries in Oslo in 2025:\n• Junior: $40,000\n", "$40,000", "Oslo"),
        ("Welders in Oslo earn $40,000.\n", "$40,000", "Oslo"),
    ],
)
def test_excluded_place(text: str, amount: str, location: object) -> None:
    assert _fact_of(text, amount).location == location
