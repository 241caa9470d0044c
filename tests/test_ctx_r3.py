"""Accuracy round 3 on the detectors: invented sentences, grouped by the reading they test."""

import pytest

from .mention_helpers import employers as _employers, role_values as _roles


# A company recruiting for its own job, with an aside between the name and the verb.
@pytest.mark.parametrize("text, expected", [
    ("Orvel Brix Consulting (Leeds) is recruiting a surveyor at £40k.", ["Orvel Brix Consulting"]),
    ("Talvo Foods Groep in Utrecht advertises the role at €5.000 a month.", ["Talvo Foods Groep"]),
    ("Pellmar Logistics is hiring forklift drivers at $21 an hour.", ["Pellmar Logistics"]),
    ("Quorra Systems (remote, EU) offers €70k.", ["Quorra Systems"]),
    # negatives: a place or a job before the aside is no company
    ("Nurses (RNs) in Texas offers a view.", []),
    ("Texas (USA) pays well.", []),
    ("Hiring in Ohio is recruiting more.", []),
])
def test_aside_subject(text: str, expected: list[str]) -> None:
    assert _employers(text) == expected


# A company named once by a cue, named again by its possessive before a pay noun or an amount.
@pytest.mark.parametrize("text, expected", [
    ("Vantor Air pays well. Vantor Air's sign-on is lower, up to $12K.", ["Vantor Air", "Vantor Air"]),
    ("The startup Kelvra hires. Of Kelvra's ₹1.2 crore, half is fixed.", ["Kelvra", "Kelvra"]),
    ("The startup Kelvra hires. Kelvra's year-2 rate is $248 per hour.", ["Kelvra", "Kelvra"]),
    # negatives: the company's product or history, not its pay
    ("Drugmaker Dravomed grew. Dravomed's new inhaler lists at $1,340.", ["Dravomed"]),
    ("The startup Kelvra hires. Kelvra's founders met in 2019.", ["Kelvra"]),
])
def test_possessive_pay_again(text: str, expected: list[str]) -> None:
    assert _employers(text) == expected


# A title right after "says": the speaker only when the clause ends with it.
@pytest.mark.parametrize("text, expected", [
    ("In Lyon, Hays says a full-stack developer with 4 years of experience earns €47k.", ["full-stack developer"]),
    ("Vexa Research says warehouse operatives in Lyon earn €11 an hour.", ["warehouse operative"]),
    ("Vexa Research says nurses earn $40 an hour.", ["nurse"]),
    # negatives: the speaker
    ("Pay rose, says the recruiter.", []),
    ("Pay rose, according to a recruiter at Vexa.", []),
    ('"Pay rose," says recruiter Jane Doe.', []),
])
def test_title_after_says(text: str, expected: list[str]) -> None:
    assert _roles(text) == expected


# Job nouns and hyphenated modifiers (rules/roles.yaml).
@pytest.mark.parametrize("text, expected", [
    # a vocabulary title (rules/roles.yaml, added for home care) gives its canonical spelling
    ("home-care nurses earn Dh350 per day", ["home care nurse"]),
    ("reach-truck drivers earn €16", ["reach-truck driver"]),
    ("remote-area nurses earn A$3,000 a week", ["remote-area nurse"]),
    ("Quantity Surveyor · avg R612 000", ["quantity surveyor"]),
    ("Lieutenant\tA\t$57.85\t$120,328", ["lieutenant"]),
    ("a detective earns $5", ["detective"]),
    ("handlers earn $18", []),
    # negatives: a compound that grades or schedules the job is no part of the title
    ("well-paid nurses earn more", ["nurse"]),
    ("night-shift nurses earn more", ["nurse"]),
    ("a bus coach trip costs $5", []),
])
def test_job_nouns(text: str, expected: list[str]) -> None:
    assert _roles(text) == expected


# Experience in the labels of a pay-by-experience list (extract/experience.py).
@pytest.mark.parametrize("text, expected", [
    ("• Lead / principal (9+ years): from £87,500", [(9.0, None)]),
    ("• Graduate / trainee surveyor (0-3 years): R26 500 per month", [(0.0, 3.0)]),
    ("• Less than 2 years (new grad): $41.60 per hour", [(None, 2.0)]),
    ("• 2-5 years (early stage): $63,800", [(2.0, 5.0)]),
    ("• 2-4 years on the road: around $58,500", [(2.0, 4.0)]),
    # negatives: an age, a contract's length, a loan
    ("• 21 years (adult rate): €12,25", []),
    ("• Contract of 2 years with renewal option: $5,000", []),
    ("• 5 years of loan repayments: $200", []),
    # a known gap (also without the slash): a label of a non-job term reads as experience
    pytest.param("• Lease / rental (3 years): $900", [], marks=pytest.mark.xfail(strict=True)),
])
def test_experience_list_labels(text: str, expected: list[tuple]) -> None:
    from extract.experience import find_experience
    assert [(m.min_years, m.max_years) for m in find_experience(text)] == expected
