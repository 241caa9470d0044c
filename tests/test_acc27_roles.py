"""Roles classes fixed in accuracy round 27 (a trade's kind of work before its job noun, the post a
pharmacist holds, certifications naming a post, a designation in Title Case read only as written, bare
"locums" where the text names whose locums they are); made-up sentences, never article text."""

from __future__ import annotations

import pytest

from tests.test_link import fact_at
from .mention_helpers import roles as _roles


# --------------------------------------------------------------------------- kinds of welding


@pytest.mark.parametrize(("text", "expected"), [
    ("Pipeline welders in Texas earn overtime.", [("Pipeline welders", "pipeline welder")]),
    ("Most 6G pipe welders are paid by the hour.", [("pipe welders", "pipe welder")]),
    ("Seasoned underwater welders work offshore.", [("underwater welders", "underwater welder")]),
    ("Acme Fab, Ohio: fabrication welder, day shift", [("fabrication welder", "fabrication welder")]),
    # the kind is a word of the title only right before its job noun
    ("The pipeline team hired two welders.", [("welders", "welder")]),
])
def test_kind_of_welding_keeps_its_title(text: str, expected: list[tuple[str, str]]) -> None:
    assert _roles(text) == expected


def test_pipeline_welder_is_the_amounts_role() -> None:
    fact = fact_at("Pipeline welders on gas projects make $41 an hour.", "$41")
    assert fact.role == "pipeline welder"


# --------------------------------------------------------------------------- posts and certifications


def test_supervising_pharmacist_is_a_post() -> None:
    assert _roles("A supervising pharmacist runs the shop floor.") == [
        ("supervising pharmacist", "supervising pharmacist")]
    assert fact_at("Supervising pharmacists earn up to €70,500 basic.", "€70,500").role == "supervising pharmacist"


def test_certified_welding_inspector_and_its_acronym() -> None:
    text = "Becoming a Certified Welding Inspector takes an exam. The typical CWI salary is $81,000."
    assert [v for _, v in _roles(text)] == ["certified welding inspector", "certified welding inspector"]
    assert fact_at(text, "$81,000").role == "certified welding inspector"


def test_qualified_person_only_as_written() -> None:
    text = "A Qualified Person (QP) at a drug plant signs off batches; senior QPs earn more."
    assert [v for _, v in _roles(text)] == ["qualified person", "qualified person"]
    assert _roles("The most qualified person gets the job.") == []
    assert _roles("We pay the best-qualified persons well.") == []


def test_a_qualified_person_before_another_title_keeps_the_amount() -> None:
    text = "Qualified Person roles at drug makers pay €95,000, while lab pharmacists start lower."
    assert fact_at(text, "€95,000").role == "qualified person"


# --------------------------------------------------------------------------- locums


def test_bare_locums_are_the_locums_the_text_names() -> None:
    text = "Locum pharmacist rates rose. Chains now pay locums €38 an hour; a busy locum can earn more."
    assert [v for _, v in _roles(text)] == ["locum pharmacist"] * 3
    assert fact_at(text, "€38").role == "locum pharmacist"


def test_bare_locums_of_doctors() -> None:
    text = "Locum doctors fill rota gaps. Trusts pay locums £110 an hour."
    assert fact_at(text, "£110").role == "locum doctor"


def test_bare_locums_with_no_named_locum_job_are_no_role() -> None:
    assert _roles("Pharmacists are scarce. Owners pay locums well.") == [("Pharmacists", "pharmacist")]
