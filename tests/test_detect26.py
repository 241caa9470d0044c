"""Readings added in the dev18 accuracy round (detect26): employers and attributions.

Every sentence here is invented; the cases are grouped by the mechanism they pin.
"""
import pytest

from .attribution_helpers import source_names as _sources
from .mention_helpers import employers as _employers


# An adverb between a source and its reporting verb.
@pytest.mark.parametrize("text, expected", [
    ("Harrowgate Partners also notes that managers earn from $135k.", ["Harrowgate Partners"]),
    ("Harrowgate Partners now estimates that analysts earn $90k.", ["Harrowgate Partners"]),
    ("Harrowgate Partners notes that managers earn from $135k.", ["Harrowgate Partners"]),
    # negatives: no reporting verb after the adverb
    ("Harrowgate Partners also hires analysts at $90k.", []),
    ("Jane Smith also works here for $40k.", []),
])
def test_adverb_before_reporting_verb(text, expected):
    assert _sources(text) == expected


# A possessive, then an edition or fiscal year, then the report's name and its verb.
@pytest.mark.parametrize("text, expected", [
    ("Robert Half's FY2023/24 Salary Guide puts welders at $41 an hour.", ["Robert Half"]),
    ("Tamberly's 2023-24 Pay Report shows nurses at $50 an hour.", ["Tamberly"]),
    ("Tamberly's 2023 Pay Report shows nurses at $50 an hour.", ["Tamberly"]),
    # negative: no report noun and verb after the year
    ("Tamberly's 2023 intake earned $50 an hour.", []),
])
def test_possessive_edition_report(text, expected):
    assert _sources(text) == expected


# Counted evidence after a lead cue: what people submit to a site, or a site compiles.
@pytest.mark.parametrize("text, expected", [
    ("Welders earn $30/hr, according to 1,250 pay reports submitted to Wagewell last year.", ["Wagewell"]),
    ("The chart shows pay by town, based on 3.417 salary reports compiled by Wagewell.", ["Wagewell"]),
    ("Welders earn $30/hr, according to 900 profiles reported to Wagewell.", ["Wagewell"]),
    # negatives: no lead cue, or a vague group
    ("Welders sent 1,250 pay reports to Wagewell last year.", []),
    ("Welders earn $30/hr, according to reports from many workers.", []),
])
def test_counted_evidence_after_lead(text, expected):
    assert _sources(text) == expected


# The copyright holder publishes the page: its name in the footer is reported as written (the
# link stage reads no figure's context from a footer line), but its short name elsewhere is not
# read as that company again.
@pytest.mark.parametrize("text, expected", [
    ("Tilbrook's averages: $40/hr.\n© 2025 Tilbrook Media Inc. · 9 Dock Road · Halifax", ["Tilbrook Media Inc."]),
    ("Tilbrook's averages: $40/hr.\nCopyright 2019-2025 Tilbrook Media Inc.",
     ["Tilbrook Media Inc."]),
    # negatives: a company named elsewhere still counts; without a copyright line the short name is read
    ("Welders at Fennick Steel earn $40/hr.\n© 2025 Tilbrook Media Inc.", ["Fennick Steel", "Tilbrook Media Inc."]),
    ("Tilbrook's averages: $40/hr.\nTilbrook Media Inc. pays its editors $40/hr.", ["Tilbrook Media Inc.", "Tilbrook Media Inc."]),
])
def test_copyright_holder_is_no_employer(text, expected):
    assert _employers(text) == expected


# A list of payers: a heading above the intro names them; items read "Name (Place): pay".
@pytest.mark.parametrize("text, expected", [
    ("Top-paying employers\n\nFrom verified offers:\n\n• Qellan Builders (Leeds): £40k\n"
     "• Ostrow Electric (York, UK): £38k", ["Qellan Builders", "Ostrow Electric"]),
    ("Who's hiring now\n\n• Qellan Grocers (head office): £45k for analysts", ["Qellan Grocers"]),
    ("Employers paying the most:\n• Qellan Builders: £40k", ["Qellan Builders"]),
    # negatives: levels and places in a payers' list; a list whose intro names no payers
    ("Pay at top employers:\n• Junior (2-4 years): £29k\n• Senior (9+ years): £60k", []),
    ("Pay at top employers:\n• Leeds (West Yorkshire): £30k", []),
    ("Pay by region\n\n• Qellan Fields (north): £30k", []),
])
def test_listed_payers(text, expected):
    assert _employers(text) == expected


# A name run past a possessive into the place of the company's unit; "<Place>-based <Name>".
@pytest.mark.parametrize("text, expected", [
    ("Developers at Ferrand Bank's Turin hub earn 40.000 €.", ["Ferrand Bank"]),
    ("Leeds-based Quillory, which raised £5m last year, offers juniors £28k.", ["Quillory"]),
    # negatives: a title after "-based"; a possessive before no place
    ("A Leeds-based Data Analyst earns £40k.", []),
])
def test_possessive_place_and_based(text, expected):
    assert _employers(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("UK-based Quorvex pays well.", [("UK", "location.based")]),
    ("Berlin-based Quorvex pays.", [("Berlin", "location.based")]),
])
def test_based_place_is_read_beside_based_employer_names(text, expected):
    """The '-based' employer pattern once shadowed the location detector's pattern of the same name."""
    from extract.context import find_locations

    assert [(m.text, m.rule) for m in find_locations(text)] == expected
