"""Attribution readings added in the dev9 accuracy round (cue shapes, publishers, offices)."""

from __future__ import annotations

import pytest

from extract.attribution import _publisher, canonical_source, find_attributions


def _found(text: str) -> list[tuple[str, str]]:
    return [(a.text, a.source) for a in find_attributions(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an acronym opening a name is no pronoun
        ("According to IT Jobs Watch, the median is £525 a day.",
         [("According to IT Jobs Watch", "IT Jobs Watch")]),
        ("IT Jobs Watch data show a median of £575 a day.", [("IT Jobs Watch data show", "IT Jobs Watch")]),
        ("It Jobs said pay rose.", []),
        # staff of a named institute speak for it
        ("Consultants start at Rs 42 LPA, placement officials at IIM Examplepur said.",
         [("IIM Examplepur said", "IIM Examplepur")]),
        ("Consultants start at Rs 42 LPA, a placement cell member said.", []),
        # "as tracked by" is a lead cue; the credit line under it too
        ("Rates are per day, as tracked by Example Rate Watch.\n\nSource: Example Rate Watch\n",
         [("as tracked by Example Rate Watch", "Example Rate Watch"), ("Source: Example Rate Watch", "Example Rate Watch")]),
        ("Rates are per day, tracked by hand.", []),
        # a modifier before the report noun after an owner's code-like report name
        ("The Office of Example Instruction's S-275 personnel report shows a median of $81,950.",
         [("The Office of Example Instruction's S-275 personnel report shows", "Office of Example Instruction")]),
        # a credit line naming an office of an institution credits the institution
        ("Table\n\nSource: IIT Example Office of Career Services\n",
         [("Source: IIT Example Office of Career Services", "IIT Example")]),
        # the publisher named in the byline after its authors: its own data is no source
        ("Pay report\n\nBy Jane Doe and John Roe · Example Jobs · 3 May 2025\n\nTable\nSource: Example Jobs submissions\n", []),
    ],
)
def test_cue_shapes_dev9(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Example University Office of Career Services", "Example University"),
        ("IIT Example Office of Placements", "IIT Example"),
        ("Office of Example Instruction", "Office of Example Instruction"),  # the office itself
        ("Executive Office of the President", "Executive Office of the President"),  # one word: an adjective
        ("New York State Office of Budget", "New York State Office of Budget"),  # a state's office
        ("Office for National Statistics", "Office for National Statistics"),
        ("IT Jobs Watch", "IT Jobs Watch"),
        ("It", None),
    ],
)
def test_canonical_office_and_acronym(name: str, expected: str | None) -> None:
    assert canonical_source(name) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Pay in Tokyo\n\nBy Jane Doe and John Roe · Example Jobs · 3 May 2025\n", {"example jobs", "ej"}),
        ("Pay in Tokyo\n\nBy Jane Doe | Example Times | 3 May 2025\n", {"example times", "et"}),
        ("Pay rose in 2024 across the region.\n\nBy the end of the year, pay rose.\n", set()),
    ],
)
def test_byline_publisher(text: str, expected: set[str]) -> None:
    found = _publisher(text)
    assert expected <= found and (expected or not found)  # the authors' field may be kept too


def test_short_name_takes_first_credited_full_name() -> None:
    text = ("Table\n\nSource: Example School District\n\nExample estimates the average at $84,600. "
            "The Example Education Association puts base pay at $79,000. That is $282 a day, which Example says.")
    sources = [a.source for a in find_attributions(text)]
    assert sources[0] == "Example School District"
    assert sources.count("Example Education Association") == 1
    assert set(sources) == {"Example School District", "Example Education Association"}
