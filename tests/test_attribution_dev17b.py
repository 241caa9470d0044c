"""Attribution readings added in accuracy round 2 on dev17. Invented sentences (source names
invented or from the gazetteer, claims made up); negatives in the same tables."""
from __future__ import annotations

import pytest

from extract.attribution import canonical_source, find_attributions

CREDIT_LINES = [
    # a credit line naming several sources, each with what it covers: unknown names count too
    ("Sources: Glassdoor (salaries); Examplo Homes (rents)",
     [("Sources: Glassdoor", "Glassdoor"), ("Examplo Homes", "Examplo Homes")]),
    ("Source: Examplo Board (hotel columns); Kitchen Guild Collective (hawker column)",
     [("Source: Examplo Board", "Examplo Board"), ("Kitchen Guild Collective", "Kitchen Guild Collective")]),
    ("Source: Department of Labour (public posts); Examplo Jobs SA job board (school posts)",
     [("Source: Department of Labour", "Department of Labour"), ("Examplo Jobs SA", "Examplo Jobs SA")]),
    ("Source: Glassdoor; Examplo Homes",
     [("Source: Glassdoor", "Glassdoor"), ("Examplo Homes", "Examplo Homes")]),
    # negatives: an unknown name after a comma, no scope; the author's own work
    ("Source: Glassdoor, Examplo Homes", [("Source: Glassdoor", "Glassdoor")]),
    ("Source: Glassdoor; Author's calculations", [("Source: Glassdoor", "Glassdoor")]),
]

LOWER_CASE_BRANDS = [
    # a site named by its domain, a camel-case brand opening in lower case, after a cue
    ("Source: examplejobs.ch", [("Source: examplejobs.ch", "examplejobs.ch")]),
    ("Source: examplo.co.uk", [("Source: examplo.co.uk", "examplo.co.uk")]),
    ("According to levels.fyi, pay is $5.", [("According to levels.fyi", "Levels.fyi")]),
    ("Source: proExamplo", [("Source: proExamplo", "proExamplo")]),
    ("according to iExamplo data, pay is $5.", [("according to iExamplo data", "iExamplo")]),
    # negatives: no cue before; an abbreviation; a lower-case word
    ("Visit examplejobs.ch for more.", []),
    ("Source: e.g. the survey", []),
    ("according to the latest data, pay is $5.", []),
]

SUBJECTS = [
    # a report title with its year after it, a possessive owner, an aside before the verb
    ("Examplo Office's Pay Tables 2023 show that bakers earned $2,140.",
     [("Examplo Office's Pay Tables 2023 show", "Examplo Office")]),
    ("Examplo Office's 2023 Spending Review shows $4.2 billion set aside.",
     [("Examplo Office's 2023 Spending Review shows", "Examplo Office")]),
    ("EXO's ENOE survey, by contrast, puts the average at $8,960.",
     [("EXO's ENOE survey, by contrast, puts", "EXO")]),
    ("Glassdoor, however, says pay is $5.", [("Glassdoor, however, says", "Glassdoor")]),
    # a one-word name credited earlier in the text is a name when it opens a sentence
    ("According to Examplo's 2023 survey, pay rose. Gross, usually. Examplo says offers average $19,000.",
     [("According to Examplo's 2023 survey", "Examplo"), ("Examplo says", "Examplo")]),
    # negatives: a common word opening a sentence; a plural noun with no owner
    ("Pay rose. Gross says offers average $19,000.", []),
    ("Pay rose. Tables show that.", []),
]


@pytest.mark.parametrize(("text", "expected"), CREDIT_LINES + LOWER_CASE_BRANDS + SUBJECTS)
def test_attributions(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.text, a.source) for a in find_attributions(text)] == expected


@pytest.mark.parametrize(("name", "canonical"), [
    ("SingStat", "Singapore Department of Statistics"),
    ("Department of Statistics Singapore", "Singapore Department of Statistics"),
    ("Badan Pusat Statistik", "Badan Pusat Statistik"),  # named as written (dev30 gold; Destatis in the corpus gold)
    ("Departamento Administrativo Nacional de Estadística", "DANE"),
])
def test_statistics_offices(name: str, canonical: str) -> None:
    assert canonical_source(name) == canonical
