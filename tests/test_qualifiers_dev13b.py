"""Readings added in the dev13b round: invented sentences, with negatives."""
import pytest

from extract.qualifiers import qualify


def _q(sentence: str, amount: str):
    start = sentence.index(amount)
    return qualify(sentence, start, start + len(amount))


@pytest.mark.parametrize(("sentence", "amount", "period"), [
    # a period after a later amount reaches back only across coordinated amounts
    ("A bonus of $90,000 lifts pay by $12,000 a year.", "$90,000", None),
    ("Juniors start on $40,000 or about $45,000 a year.", "$40,000", "year"),
    ("The school charges $9,000 up front, or nothing until alumni make over $50,000 a year.", "$9,000", None),
    ("A sign-up fee of $300 for new members, plus an annual fee of $120.", "$300", None),
    ("Analysts average $96,000, with some seniors earning close to $130,000 per year.", "$96,000", "year"),
    # a count with modifiers keeps its own period
    ("The city needs 3,000 more qualified nurses a year and spends $4 billion on care.", "$4 billion", None),
    ("Guides earn 2024 gross pay of $3,000 a month.", "$3,000", "month"),
    # "pm" right after an amount
    ("Site agent: about R41 000 pm", "R41 000", "month"),
    ("Interviews start at 5 pm; the role pays R41 000.", "R41 000", None),
])
def test_period_reach(sentence: str, amount: str, period) -> None:
    assert _q(sentence, amount).period == period


@pytest.mark.parametrize(("sentence", "amount", "category", "component"), [
    ("Designers in Figma or Sketch can charge $90 an hour.", "$90", "salary", None),
    ("Agencies in Ohio and platforms charge $90 an hour.", "$90", "cost", None),
    ("Its total pay (base plus bonus) runs to $140,000 a year.", "$140,000", "salary", "total"),
    # "worth" is a market cue only at market size (norm27)
    ("An offer of $6,000 a month with perks is worth $90K per year in total.", "$90K", "salary", "total"),
    ("The sector is worth $9 billion.", "$9 billion", "market", None),
])
def test_category_readings(sentence: str, amount: str, category: str, component) -> None:
    q = _q(sentence, amount)
    assert (q.category, q.pay_component) == (category, component)
