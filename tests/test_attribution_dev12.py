"""Attribution readings added in accuracy round dev12 (invented sentences, negatives alongside)."""
from __future__ import annotations

import pytest

from extract.attribution import canonical_source, find_attributions


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # a site's name run together or split apart matches its canonical name
        ("ITJobsWatch", "IT Jobs Watch"),
        ("Zip Recruiter", "ZipRecruiter"),
        ("Stats SA", "Statistics South Africa"),
        ("The Ordre des CPA du Québec", "Ordre des CPA du Québec"),
        ("Jobs and Skills Australia", "Jobs and Skills Australia"),
        # negatives: unknown names stay as written, common words are no source
        ("Examplejobswatch", "Examplejobswatch"),
        ("Experts", None),
    ],
)
def test_canonical_source_dev12(name: str, expected: str | None) -> None:
    assert canonical_source(name) == expected


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(a.source, a.cue) for a in find_attributions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # multi-word public bodies as subjects of a reporting verb
        ("Jobs and Skills Australia puts median pay for welders at $1,500.", [("Jobs and Skills Australia", "puts")]),
        ("IBISWorld values the plumbing industry at $9 billion.", [("IBISWorld", "values")]),
        ("The Ordre des CPA du Québec says juniors earn 50 000 $.", [("Ordre des CPA du Québec", "says")]),
        ("Job Bank, the federal job site, publishes wages for welders.", [("Job Bank", "publishes")]),
        ("Nurse.org, which polled 1,200 of its readers, found a median of $80k.", [("Nurse.org", "found")]),
        ("The Office for National Statistics (ASHE 2024) gives pay of £40,000.", [("Office for National Statistics", "gives")]),
        ("It sits below the median of €50.000 reported by StepStone.", [("StepStone", "reported by")]),
        # negatives
        ("Sales reported by Examplemart rose 4%.", []),
        ("Harbor Example, a chain with 1,100 stores, said Monday it would raise pay to $18.", []),
        ("Examplefirm values its staff.", []),
    ],
)
def test_find_attributions_dev12(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected
