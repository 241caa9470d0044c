"""extract.qualifiers: a component cue right after an earlier amount stays that amount's across a new clause."""

from __future__ import annotations

from typing import Optional

import pytest

from extract.qualifiers import qualify_each
from extract.money import find_money


def component(sentence: str, amount: str) -> Optional[str]:
    spans = find_money(sentence)
    start = sentence.index(amount)
    (q,) = qualify_each(sentence, start, start + len(amount), label_sets=((),), amounts=spans, offset=0)
    return q.pay_component


CASES = [
    # the cue right after the earlier amount, then ", and ... where": not the later amount's
    ("Cooks report a median of $21 an hour once tips are counted, and in Austin, where cooks can be paid $15 an hour, "
     "pay varies.", "$15", None),
    ("Managers are paid $80,000 plus bonus, and assistants $55,000.", "$55,000", None),
    # positives: the cue before the amount in its own clause, or after one comma only
    ("Cooks report a median of $21 an hour, while total pay including tips reaches $30.", "$30", "total"),
    ("Their base salary is $80,000, up from $75,000.", "$80,000", "base"),
]


@pytest.mark.parametrize("sentence, amount, expected", CASES)
def test_component_stays_with_the_earlier_amount(sentence: str, amount: str, expected: Optional[str]) -> None:
    assert component(sentence, amount) == expected
