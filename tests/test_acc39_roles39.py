"""Roles and seniority read from page structure on new sites (acc39 round, roles39).

Made-up sentences in the style of each class: table cells as title boundaries, a cell holding a title
alone, a place's name used as a common noun in a title, slash-joined job nouns, a body's name after a
title, partnership tiers, grade acronyms, trainees as the entry level.
"""

from extract.context import find_roles
from extract.experience import find_seniority


def _values(text: str) -> list[str]:
    return [m.value for m in find_roles(text)]


def test_tab_ends_a_modifier_chain() -> None:
    """A tab separates table cells: the employer's cell is no part of the next cell's title."""
    text = "Employer\tRole\tPay\nNorthwind Freight Logistics\tForklift operator\t$21.00\n"
    assert "forklift operator" in _values(text)
    assert not any("freight" in v or "logistics" in v for v in _values(text))


def test_cell_holding_a_title_alone() -> None:
    """A title alone in a table cell is read whole, its words capitalized only by the cell's start."""
    text = ("Employer\tTypical role\tStarting pay\n"
            "Quillmart\tInbound dock associate\t$18.50\n"
            "Brightway\tSortation hub associate\t$19.25\n")
    values = _values(text)
    assert "inbound dock associate" in values
    assert "sortation hub associate" in values


def test_cell_title_needs_no_repetition_but_running_text_does() -> None:
    text = "Quillmart hires an inbound dock associate for $18.50 an hour."
    assert "inbound dock associate" not in _values(text)


def test_place_name_written_as_a_common_noun() -> None:
    """'Bank' is a place's name too; a page writing 'bank tellers' in lower case uses it as a noun."""
    text = ("Bank Teller Salary Guide\n"
            "A bank teller in Lahore earns more than most clerks. Bank tellers also get overtime.")
    values = _values(text)
    assert values.count("bank teller") >= 2


def test_capitalized_place_before_a_job_noun_stays_a_place() -> None:
    text = "Reading Plumbers Earn More\nPlumbers in the town of Reading earn more than plumbers elsewhere."
    assert "reading plumber" not in _values(text)


def test_slash_pair_is_one_job() -> None:
    assert _values("A stocker/cashier on nights makes $19 an hour.") == ["stocker/cashier"]
    # a plural first noun lists two jobs
    assert _values("Pay for nurses/pharmacists rose.") == ["nurse", "pharmacist"]


def test_title_before_a_possessive_body_name() -> None:
    values = _values("Lawyers at the Chief Crown Solicitor's Office are paid on a public scale.")
    assert values == ["lawyer"]


def test_partnership_tiers() -> None:
    assert _values("• Salaried partners: £140,000 and above") == ["salaried partner"]
    assert _values("Senior in-house counsel at a bank earn €150,000.") == ["in-house counsel"]


def test_grade_acronym_is_no_job() -> None:
    text = ("Officers start at Grade C and rise to Deputy General Manager (DGM). Staff at DGM level earn most.\n"
            "Grade\tPay\nDGM\tRs 300,000\n")
    assert "deputy general manager" not in [m.value for m in find_roles(text) if m.text == "DGM"]
    assert not [m for m in find_roles(text) if m.text == "DGM"]


def test_acronym_without_grade_word_stays_a_title() -> None:
    text = "A chartered accountant (CA) earns more; a CA with ten years earns most."
    assert _values(text) == ["chartered accountant", "chartered accountant"]


def test_trainees_are_entry() -> None:
    assert [m.value for m in find_seniority("In Leeds, trainees generally earn £30,000.")] == ["entry"]
    assert [m.value for m in find_seniority("Trainee solicitors earn £40,000.")] == ["entry"]
    # people who are not trainees yet are no level
    assert find_seniority("Firms fund the course for future trainees.") == []


def test_level_acronym_defined_before_a_title() -> None:
    """'Newly qualified (NQ) solicitors' defines NQ as a level of that title: an NQ is a solicitor."""
    text = "Newly qualified (NQ) accountants in Leeds earn £38,000; a Bristol NQ can expect £36,000."
    values = _values(text)
    assert values == ["accountant", "accountant"]
    # an acronym of other words is no such definition
    assert _values("Fully certified (ABC) welders earn more; an ABC earns less.") == ["welder"]
