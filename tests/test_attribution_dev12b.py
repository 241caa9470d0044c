"""Attribution readings from the second dev12 round: invented sentences, never article text."""

from __future__ import annotations

import pytest

from extract.attribution import find_attributions, scope_attributions, source_at
from extract.blocks import split_blocks
from .attribution_helpers import source_names as _sources


def _source_of(text: str, amount: str) -> str | None:
    scoped = scope_attributions(text, split_blocks(text), find_attributions(text))
    hit = source_at(scoped, text.index(amount))
    return hit.source if hit is not None else None


# A known source in brackets closing a line's label credits that line.
LABEL_CASES = [
    ("• Median hourly wage (Glassdoor): $31.20\n", ["Glassdoor"]),
    ("Average annual pay (PayScale): £41,000\n", ["PayScale"]),
    ("• Typical day rate (Indeed): €540\n", ["Indeed"]),
    # negatives: an unknown gloss in brackets, a bracket in prose, a bracket not before a colon
    ("• Monthly salary (CLT): R$ 8.000\n", []),
    ("• Median wage (Example Co): $30\n", []),
    ("Pay rose for nurses in the north, in cities where unions are strong and hospitals compete (Glassdoor): $30\n", []),
    ("• Median wage (Glassdoor) is $30\n", []),
]


@pytest.mark.parametrize("text, expected", LABEL_CASES)
def test_label_credit(text: str, expected: list[str]) -> None:
    assert _sources(text) == expected


def test_label_credit_covers_its_item_only() -> None:
    text = "Pay at a glance\n\n• Median hourly wage (Glassdoor): $31.20\n• Typical salary: about $60,000\n"
    assert _source_of(text, "$31.20") == "Glassdoor"
    assert _source_of(text, "$60,000") is None


# A report's sample between the report noun and its verb.
SAMPLE_CASES = [
    ("Example Institute's 2024 pay survey of more than 4,000 members found that pay rose to $70,000.",
     ["Example Institute"]),
    ("The Example Guild's survey of 1,200 freelance translators finds a median of $45 an hour.", ["Example Guild"]),
    ("Glassdoor's study among over 900 employers found a median of $52,000.", ["Glassdoor"]),
    # negative: no report noun before the sample, so no cue
    ("Example Guild of 1,200 members found a venue in March.", []),
]


@pytest.mark.parametrize("text, expected", SAMPLE_CASES)
def test_report_sample(text: str, expected: list[str]) -> None:
    assert _sources(text) == expected


# An employer's own job ad is no source, and ends the scope of a source before it.
AD_CASES = [
    ("In Leeds, Example Building Society lists a senior analyst role at £52,000 a year.", []),
    ("Example Health posts nurse vacancies at $42 an hour.", []),
    ("Example Bank lists a median of $50,000 for tellers in its annual report.", ["Example Bank"]),
    # a known site listing pay is a source
    ("Indeed lists an average of $47 an hour across 2,000 vacancies.", ["Indeed"]),
]


@pytest.mark.parametrize("text, expected", AD_CASES)
def test_employer_ad(text: str, expected: list[str]) -> None:
    assert _sources(text) == expected


def test_employer_ad_ends_scope() -> None:
    text = ("Analysts earn $60,000, according to Glassdoor. Example Co, a bank, advertises analyst roles "
            "at $65,000. Example Two pays its analysts $70,000.\n")
    assert _source_of(text, "$60,000") == "Glassdoor"
    assert _source_of(text, "$65,000") is None
    assert _source_of(text, "$70,000") is None


def test_next_sentence_without_ad_still_covered() -> None:
    text = "Analysts earn $60,000, according to Glassdoor. Seniors earn $80,000.\n"
    assert _source_of(text, "$80,000") == "Glassdoor"


# People reporting on a site: the site is credited.
REPORTER_CASES = [
    ("Annual pay by company, as reported by employees on Glassdoor:\n", ["Glassdoor"]),
    ("Median rates, as reported by users on PayScale, are below.\n", ["PayScale"]),
    # negatives: no site after the group, a vague group with no preposition
    ("Median rates, as reported by employees in Leeds, are below.\n", []),
    ("Median rates, as reported by employees, are below.\n", []),
]


@pytest.mark.parametrize("text, expected", REPORTER_CASES)
def test_reporters_on_site(text: str, expected: list[str]) -> None:
    assert _sources(text) == expected


# A pay noun after a known-only lead cue credits the source only with a participle after it.
PAY_EVIDENCE_CASES = [
    ("Based on salaries advertised on Indeed in 2025, typical bands are:\n", ["Indeed"]),
    ("Based on wages posted on Glassdoor, pay grows like this:\n", ["Glassdoor"]),
    ("Based on pay reported by PayScale users, here is the ladder:\n", ["PayScale"]),
    # negatives: a bare pay noun, a pay noun with no participle, an unknown name with "based on"
    ("Salaries by City\n", []),
    ("Based on salaries in London, Example Co pays well.\n", []),
]


@pytest.mark.parametrize("text, expected", PAY_EVIDENCE_CASES)
def test_pay_nouns_with_participle(text: str, expected: list[str]) -> None:
    assert _sources(text) == expected


# "gives" is a cue verb after a known source only.
GIVES_CASES = [
    ("The Office for National Statistics (ASHE 2024) gives median pay of £38,000 for clerks.",
     ["Office for National Statistics"]),
    ("Glassdoor gives an average of $52,000 for analysts.", ["Glassdoor"]),
    ("BLS figures give a mean of $30 an hour.", ["Bureau of Labor Statistics"]),
    # negatives: an unknown name giving something is no cue
    ("Example Co gives staff a bonus of $2,000 each December.", []),
    ("Jane Doe gave her team a raise of $3,000.", []),
]


@pytest.mark.parametrize("text, expected", GIVES_CASES)
def test_gives_after_known_source(text: str, expected: list[str]) -> None:
    assert _sources(text) == expected


# Several sources of one credit line: only when each is tied to a part.
CREDIT_LIST_CASES = [
    ("Pay table\n\nSources: Glassdoor, PayScale, Numbeo; rents are averages.\n", []),
    ("Pay table\n\nSources: Glassdoor and Indeed\n", []),
    ("Pay table\n\nSources: Glassdoor (GD) for Spain, PayScale for Italy\n", ["Glassdoor", "PayScale"]),
    ("Pay table\n\nSource: Glassdoor, Example Holdings (updated May 2025)\n", ["Glassdoor"]),
    ("Pay table\n\nSources: Glassdoor\n", ["Glassdoor"]),
]


@pytest.mark.parametrize("text, expected", CREDIT_LIST_CASES)
def test_several_sources_in_credit_line(text: str, expected: list[str]) -> None:
    assert _sources(text) == expected


# A trailing cue after a second clause claims that clause, not the first source's.
SCOPE_CASES = [
    ("Glassdoor counted 9,000 open roles in May, and the market will reach $40 billion by 2030, according to "
     "Example Research.", "$40 billion", "Example Research"),
    ("PayScale reports a median of $50,000, and seniors reach $90,000.", "$90,000", "PayScale"),
    ("Indeed lists a median of $31 an hour, while the mean is $33, says Glassdoor.", "$31", "Indeed"),
]


@pytest.mark.parametrize("text, amount, expected", SCOPE_CASES)
def test_trailing_cue_in_second_clause(text: str, amount: str, expected: str) -> None:
    assert _source_of(text + "\n", amount) == expected
