"""Qualifier readings added in the dev17 round (invented labels)."""

from __future__ import annotations

from typing import Optional

import pytest

from extract.qualifiers import _label_values, qualifier_rules

_PERIOD = 3  # index of the period in _label_values' facets


@pytest.mark.parametrize(
    ("label", "period"),
    [
        # a bracket holding only a period abbreviation read after amounts is the column's period
        ("Union median (pm)", "month"),
        ("Average salary (p.a.)", "year"),
        # negatives: a time of day, the word alone outside a bracket
        ("Shift start (5 pm)", None),
        ("Median pm", None),
    ],
)
def test_bracketed_period_label(label: str, period: Optional[str]) -> None:
    assert _label_values(label, qualifier_rules())[_PERIOD] == period
