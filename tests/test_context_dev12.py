"""Context readings added after the dev12 blind set (salary guides of six countries): nursing
specialties and hospital units, accounting ladder titles and a country-dependent designation
acronym, installers and instrument trades, slang job nouns, legal forms of company names, a
company advertising its own job, and places named by their own spelling, by a code shared by
two countries, as an example, before a kind of company, or as the place field of a job line.
Every sentence is invented."""

from __future__ import annotations

import pytest

from extract.context import find_employers, find_locations, find_roles
from extract.experience import find_seniority

ROLE_CASES = [
    # nursing specialties and hospital units
    ("experienced NICU nurses earn more", ["nicu nurse"]),
    ("an ICU nurse with two years", ["icu nurse"]),
    ("Labour and delivery nurses are in demand", ["labor and delivery nurse"]),
    ("L&D nurses earn a premium", ["labor and delivery nurse"]),
    ("CRNAs top the list; a certified registered nurse anesthetist earns", [
        "certified registered nurse anesthetist", "certified registered nurse anesthetist"]),
    ("a nurse anaesthetist in Leeds", ["nurse anesthetist"]),
    # accounting ladder
    ("Staff accountants start on", ["staff accountant"]),
    ("a staff auditor at a Big Four firm", ["staff auditor"]),
    ("Controllers (10+ years) earn", ["controller"]),
    ("un poste de contrôleur à Montréal", ["controller"]),
    ("a financial controller in Leeds", ["financial controller"]),
    # product ladder
    ("a Group Product Manager leads several teams", ["group product manager"]),
    # trades
    ("solar installers and insulation installers", ["solar installer", "insulation installer"]),
    ("Instrument electricians on a shutdown", ["instrument electrician"]),
    ("a sparky on a big job; sparkies in the mines", ["electrician", "electrician"]),
    ("two brickies and a plumber", ["bricklayer", "plumber"]),
    # negatives: a bare installer, group words, the chip shop
    ("the installer left early", []),
    ("a focus group met; the group earns", []),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_CASES)
def test_dev12_roles(text: str, expected: list[str]) -> None:
    assert [m.value for m in find_roles(text)] == expected


CPA_CASES = [
    # the designation expands by the country the text names most
    ("Ontario CPAs earn more than most Canadian accountants.", ["chartered professional accountant", "accountant"]),
    ("In the U.S., a CPA earns more than a bookkeeper.", ["certified public accountant", "bookkeeper"]),
    ("A CPA earns more than a bookkeeper.", ["certified public accountant", "bookkeeper"]),
    # the bodies and the credential are not people
    ("CPA Canada surveyed members in Canada.", []),
    ("The Ordre des CPA du Québec says so.", []),
    ("Candidates who hold the CPA designation in Canada", []),
]


@pytest.mark.parametrize(("text", "expected"), CPA_CASES)
def test_dev12_regional_acronym(text: str, expected: list[str]) -> None:
    assert [m.value for m in find_roles(text)] == expected


SENIORITY_CASES = [
    ("Staff accountant (1-3 years)", []),
    ("two staff auditors", []),
    ("Staff Data Scientist", ["senior"]),
    ("a staff engineer", ["senior"]),
]


@pytest.mark.parametrize(("text", "expected"), SENIORITY_CASES)
def test_dev12_staff_titles(text: str, expected: list[str]) -> None:
    assert [m.value for m in find_seniority(text)] == expected


EMPLOYER_CASES = [
    # legal forms stay in the name as written
    ("Meanwhile, Sherbrooke maker Ateliers Exemple inc. is hiring a controller.", ["Ateliers Exemple inc."]),
    ("Nordwerk Logistik GmbH pays its Head of Product well.", ["Nordwerk Logistik GmbH"]),
    ("© 2025 Gumtree Example Pty Ltd", ["Gumtree Example Pty Ltd"]),
    ("Brookvale Widgets AG, a Swiss maker, pays well.", ["Brookvale Widgets AG"]),
    ("In Halifax, Harbourline Credit Union lists a senior analyst role.", ["Harbourline Credit Union"]),
    # a company advertising its own job, an ad from a company, an adverb before the pay verb
    ("Veltrano Systems advertises junior roles at $40,000.", ["Veltrano Systems"]),
    ("A recent ad from Quarrystone Iron for a fitter offers $120,000.", ["Quarrystone Iron"]),
    ("Zentaro FinServ also pays analysts a joining bonus.", ["Zentaro FinServ"]),
    # negatives: a code after a company noun, a title before a product area
    ("wages for clerks (occupation group NOC 12345) rose", []),
    ("Example Media Ltd · Company No. 01234567", ["Example Media Ltd"]),
    ("• Product Owner Lending · Zentaro · Berlin · EUR 70k", ["Zentaro"]),
    ("a listing from Indeed shows pay", []),
]


@pytest.mark.parametrize(("text", "expected"), EMPLOYER_CASES)
def test_dev12_employers(text: str, expected: list[str]) -> None:
    assert [m.value for m in find_employers(text)] == expected


LOCATION_CASES = [
    # a big city by its own spelling
    ("Senior Engineer · Example GmbH · München · 85.000 €", ["München"]),
    ("Jobs in Köln and São Paulo pay more.", ["Köln", "São Paulo"]),
    # a code two countries use for a state: the city decides
    ("Fitter – Example Mining, Karratha WA – $150k", ["Karratha WA"]),
    ("Seattle, WA and Perth, WA", ["Seattle, WA", "Perth, WA"]),
    ("jobs in Austin, ON", ["Austin"]),
    # an example place, a place before a kind of company
    ("In high-cost metros like Oakland, pay is higher.", ["Oakland"]),
    ("Cities such as Leeds pay less.", ["Leeds"]),
    ("Meanwhile, Laval manufacturer Exemple inc. is hiring.", ["Laval"]),
    # the place field of a job line, even a name that is also a word
    ("Graduate Engineer – Example Systems, Reading – £28,000", ["Reading"]),
    ("Nurse – Example Health, Bath (hybrid) – £30,000", ["Bath"]),
    # negatives: an example cue before a name that is also a word or a person
    ("people like Charlotte earn more", []),
    ("Reading is fun; things like Bath salts", []),
    ("Мюнхен", []),
]


@pytest.mark.parametrize(("text", "expected"), LOCATION_CASES)
def test_dev12_locations(text: str, expected: list[str]) -> None:
    assert [m.value for m in find_locations(text)] == expected
