"""Link readings added in the dev9 round: table intros before a note sentence, captions under statistic headers."""

import pytest

from extract.link import _caption_label
from extract.types import Cell, Table


def _table(caption: str) -> Table:
    return Table(start=0, end=0, origin="html", cells=(), has_header=True, caption=caption)


@pytest.mark.parametrize("caption, headers, expected", [
    ("Average annual salaries, 2025", ("Role", "Average salary", "Typical range"), " annual salaries, 2025"),
    ("Median pay by city", ("City", "Median", "Upper quartile"), " pay by city"),
    # negatives: a header row without a statistic leaves the caption whole
    ("Average annual salaries, 2025", ("Role", "Salary", "Range"), "Average annual salaries, 2025"),
    ("Pay by city", ("City", "Median"), "Pay by city"),
])
def test_caption_label(caption: str, headers: tuple[str, ...], expected: str) -> None:
    header = {n: Cell(row=0, col=n, start=0, end=0, text=t) for n, t in enumerate(headers)}
    assert _caption_label(_table(caption), header) == expected
