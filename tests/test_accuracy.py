"""Accuracy floors against the hand-made gold in tests/gold (a regression fails CI)."""

from __future__ import annotations

import pytest

from extract.evaluate import CONTEXT_FIELDS, NORMALIZATION_FIELDS, Report, evaluate

from .conftest import GOLD


@pytest.fixture(scope="module")
def report(corpus_output) -> Report:
    return evaluate(corpus_output, GOLD)


# Over all 163 gold articles, the 146 blind dev5-dev40 ones included (measured: experience
# 0.977, context fields 0.951, facts fully right 6860/8790 = 0.780; dev37 and dev38 measure, after one
# round of work on them, 0.769 and 0.803, dev39 0.688 and dev40 0.769 after one; before dev38-dev40 joined the 154 articles
# measured context 0.949 and facts 6401/8298 = 0.771, and the floors were set to stay close under that).
FLOORS = {
    "money detection": (lambda r: r.detection.f1, 0.98),
    "normalization fields": (lambda r: r.group(NORMALIZATION_FIELDS).f1, 0.95),
    "experience": (lambda r: r.experience.f1, 0.95),
    "seniority": (lambda r: r.fields["seniority"].f1, 0.90),
    "experience field": (lambda r: r.fields["experience"].f1, 0.90),
    "attributions": (lambda r: r.attributions.f1, 0.95),
    "source": (lambda r: r.fields["source"].f1, 0.90),
    "table cells": (lambda r: r.tables.f1, 0.98),
    "context fields": (lambda r: r.group(CONTEXT_FIELDS).f1, 0.945),
    "facts fully right": (lambda r: r.fully_right, 0.77),
}


@pytest.mark.parametrize("name", FLOORS)
def test_floor(report: Report, name: str) -> None:
    measure, floor = FLOORS[name]
    assert measure(report) >= floor, f"{name} {measure(report):.3f} < {floor}\n{report.table()}"


def test_table_facts_context(report: Report) -> None:
    """Table cells' location, seniority and statistic come from row label and column header."""
    for name in ("location", "seniority", "statistic"):
        assert report.fields[name].f1 >= 0.9, report.table()
