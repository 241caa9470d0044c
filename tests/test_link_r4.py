"""Linking readings added in accuracy round 4 (invented sentences)."""

from __future__ import annotations

from typing import Optional

import pytest

from extract.link import _clause_start
from tests.test_link import fact_at, facts_of

_AVERAGE = ("Welder pay in Ruritania\n\nAccording to PayRoo, the average welder in Ruritania earns R$ 4,125 per month.\n\n"
            "In dollar terms\n\n{line}\n")


@pytest.mark.parametrize(
    ("line", "amount", "role", "statistic"),
    [
        # a definite amount naming its figure refers back to the earlier figure of that value
        ("At about R$ 5 to the US dollar, the R$ 4,125 monthly average is worth about $825.", "R$ 4,125", "welder", "mean"),
        ("This R$ 4,125 figure is modest.", "R$ 4,125", "welder", "mean"),
        # ... and its conversion takes what it then is
        ("At about R$ 5 to the US dollar, the R$ 4,125 monthly average is worth about $825.", "$825", "welder", "mean"),
        # negative: another value
        ("At about R$ 5 to the US dollar, the R$ 4,375 monthly average is worth about $875.", "R$ 4,375", None, "mean"),
    ],
)
def test_back_reference(line: str, amount: str, role: Optional[str], statistic: Optional[str]) -> None:
    fact = fact_at(_AVERAGE.format(line=line), amount)
    assert (fact.role, fact.statistic if role else statistic) == (role, statistic)


@pytest.mark.parametrize(
    ("sentence", "amount", "period", "statistic"),
    [
        # ", or" restating in another period the same value: the restatement takes the first's qualifiers
        ("The median welder earns about $2,500 a month, or just under $30,000 a year.", "$30,000", "year", "median"),
        ("Median welder pay is $400 a week, or $20,800 a year.", "$20,800", "year", "median"),
        # negative: no restatement, its own sentence
        ("Welders earn $2,500 a month. Riggers make $45,000 a year.", "$45,000", "year", None),
    ],
)
def test_or_restatement(sentence: str, amount: str, period: str, statistic: Optional[str]) -> None:
    fact = fact_at(sentence, amount)
    assert (fact.period, fact.statistic) == (period, statistic)


@pytest.mark.parametrize(
    ("text", "amount", "year"),
    [
        # a date in parentheses after an exchange rate dates the rate, not the amounts after it
        ("At roughly 1,200 pesos to the US dollar (June 2024), the welder's wage is about $300 a month.", "$300", None),
        ("At roughly 1,200 pesos to the US dollar, as of June 2024, welders earn about $300 a month.", "$300", None),
        # negatives: a year of the amount's own clause
        ("At roughly 1,200 pesos to the US dollar, welders earned about $300 a month in 2024.", "$300", 2024),
        ("In 2024 welders earned about $300 a month.", "$300", 2024),
    ],
)
def test_rate_date(text: str, amount: str, year: Optional[int]) -> None:
    assert fact_at(text, amount).as_of_year == year


_PACKAGE = ("What is in a welder's pay package?\n\nA typical offer at a shipyard looks like this:\n\n"
            "• Basic salary: $3,000 per month\n• Site allowance: $400 monthly\n\n{line}\n")


@pytest.mark.parametrize(
    ("line", "amount", "role"),
    [
        # the paragraph right after a list, naming no one, goes on about the list's job
        ("After tax and pension, monthly take-home comes to roughly $2,700.", "$2,700", "welder"),
        # negatives: another group, a job of its own
        ("For comparison, the median for all full-time employees is $2,900.", "$2,900", None),
        ("Riggers on the same yard take home $2,500.", "$2,500", "rigger"),
    ],
)
def test_paragraph_after_list(line: str, amount: str, role: Optional[str]) -> None:
    assert fact_at(_PACKAGE.format(line=line), amount).role == role


_GLUED = ("Pay by role and level (CHF per year)\n\nPositionJuniorSenior\n"
          "Claims HandlerCHF 70'000CHF 95'000\nRisk AnalystCHF 80'000CHF 110'000\n")


@pytest.mark.parametrize(
    ("amount", "role"),
    [
        # the row label of a glued table row is the title of its amounts
        ("CHF 70'000", "claims handler"),
        ("CHF 110'000", "risk analyst"),
    ],
)
def test_glued_row_title(amount: str, role: str) -> None:
    assert fact_at(_GLUED, amount).role == role


def test_glued_header_no_title() -> None:
    # negative: the header row's words name no one's pay
    assert all(f.role in ("claims handler", "risk analyst") for f in facts_of(_GLUED))


@pytest.mark.parametrize(
    ("text", "at", "start"),
    [
        ("After tax, pay is $5.", 16, 10),
        ("Pay is $5.", 7, 0),
        ("A; b: c, d $5", 11, 8),
    ],
)
def test_clause_start(text: str, at: int, start: int) -> None:
    assert _clause_start(text, 0, at) == start
