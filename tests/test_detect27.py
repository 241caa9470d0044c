"""Detector readings added in the dev19 accuracy round (invented sentences)."""

import pytest

from extract.context import find_employers, find_roles
from .mention_helpers import roles as _roles


# an abbreviation the text defines for a title, or uses in the plural while naming the title in full
@pytest.mark.parametrize("text, expected", [
    ("A registered dietitian (RD) earns well; an RD with ten years earns more.",
     [("registered dietitian", "registered dietitian"), ("RD", "registered dietitian")]),
    ("Every chartered accountant knows it. Senior CAs bill more.",
     [("chartered accountant", "chartered accountant"), ("CAs", "chartered accountant")]),
    ("The project manager survey. IT PMs out-earn construction PMs.",
     [("project manager", "project manager"), ("IT PMs", "it project manager"),
      ("construction PMs", "construction project manager")]),
    # negatives: a clock time, a state code, no full title, two titles with the same initials
    ("A project manager logs off at 6 PM. PMs rarely do.",
     [("project manager", "project manager"), ("PMs", "project manager")]),
    ("A chartered accountant (CA) moved to Fresno, CA last year.",
     [("chartered accountant", "chartered accountant")]),
    ("PMs earn more than ever.", []),
    ("Product managers and project managers alike: PMs earn more.",
     [("Product managers", "product manager"), ("project managers", "project manager")]),
])
def test_abbreviated_roles(text: str, expected: list[tuple[str, str]]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("CMA holders in India start at 6 lakh.", "cost and management accountant"),
    ("A CMA in the United States earns more.", "certified management accountant"),
])
def test_regional_cma(text: str, expected: str) -> None:
    assert [m.value for m in find_roles(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    # an indefinite "<Place>-based" noun names a kind of company
    ("The top offer came from a Pune-based NBFC this year.", []),
    ("The top offer came from an Oslo-based SME.", []),
    ("Offers came from Leeds-based Quillby this year.", ["Quillby"]),
    # a list whose items end in company heads lists companies, whatever its intro says
    ("Reported pay for people with five years, as collected by a survey, reads like this:\n"
     "- Ardent Quill LLP (audit): 12 lakh\n- Bluefen Partners: 14 lakh\n- Corran Steel Ltd: 13 lakh\n",
     ["Ardent Quill LLP", "Bluefen Partners", "Corran Steel Ltd"]),
    ("Pay reads like this:\n- Entry level: 12 lakh\n- Corran Steel Ltd: 13 lakh\n", ["Corran Steel Ltd"]),
])
def test_employers(text: str, expected: list[str]) -> None:
    assert [m.value for m in find_employers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Police pay rose. Inspectors in the capital earn more than sergeants.", ["inspector", "sergeant"]),
    ("Building inspectors earn more.", []),
    ("Inspectors visit the plant.", []),
])
def test_police_ranks(text: str, expected: list[str]) -> None:
    assert [m.value for m in find_roles(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Our staff registered nurses earn more.", []),
    ("A staff RN on nights earns more.", []),
    ("A Staff Data Engineer earns more.", ["senior"]),
    ("Staff software developers earn more.", ["senior"]),
])
def test_staff_level(text: str, expected: list[str]) -> None:
    from extract.experience import find_seniority
    assert [m.value for m in find_seniority(text)] == expected
