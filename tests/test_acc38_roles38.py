"""Round acc38 (roles): compound titles read the way a reader reads them on any page."""

from __future__ import annotations

from extract.context import find_roles


def _values(text: str) -> list[str]:
    return [m.value for m in find_roles(text)]


def test_title_case_title_makes_the_lower_case_repeats_that_title() -> None:
    # the page writes "Reinsurance Analyst" as a title (Title Case) once and the same words twice in prose
    text = ("Careers | Reinsurance Analyst Jobs in Leeds\n"
            "A posting for a reinsurance analyst in York paid £30,000. An experienced reinsurance analyst earns more.")
    assert _values(text).count("reinsurance analyst") == 3


def test_title_case_writing_counts_as_one_naming() -> None:
    text = "Careers | Reinsurance Analyst Jobs in Leeds\nA posting for a reinsurance analyst in York paid £30,000."
    assert _values(text).count("reinsurance analyst") == 2
    # no Title Case writing: one naming in prose is not a title the page repeats
    assert "reinsurance analyst" not in _values("A posting for a reinsurance analyst in York paid £30,000.")


def test_title_glued_to_a_table_cell_digit() -> None:
    # a text table whose row label lost its cell boundary: "Harbour Pilot3-5 years$90,000"
    # (the page names its job nouns in prose too: the text's words are what the head index looks up)
    text = ("What a harbour pilot or a nurse earns\nLevelExperienceBase\n"
            "Senior Harbour Pilot3-5 years$90,000\nHead Nurse10+ years$120,000")
    assert _values(text)[-2:] == ["harbour pilot", "head nurse"]
    assert _values("the engineers earn more; engineering2go pays less") == []  # a letter after: no job noun


def test_assistant_after_a_title_is_one_title() -> None:
    text = "Occupational therapist assistants (OTAs) earn less than occupational therapists; OTAs start at $25."
    assert _values(text) == ["occupational therapist assistant", "occupational therapist",
                             "occupational therapist assistant"]
    assert _values("A pharmacist aide earns $15 an hour.") == ["pharmacist aide"]


def test_rung_word_opens_a_title_of_unlisted_words() -> None:
    text = "Consultancies bill senior hydrographic analysts out at $1,100 a day and principal reservoir engineers at $1,900."
    assert _values(text) == ["hydrographic analyst", "reservoir engineer"]
    # "new" says when someone was hired, no rung; without a rung word no title is read from unlisted words
    assert _values("They pay new reservoir engineers $90,000.") == []
    assert _values("They pay reservoir engineers $90,000.") == []


def test_recruiter_in_apposition_to_a_name_reports() -> None:
    text = "Sydney recruiter Harbourline Talent found that senior reservoir engineers bill $1,500 a day."
    assert _values(text) == ["reservoir engineer"]
    assert _values("A recruiter earns $80,000 in Sydney.") == ["recruiter"]


def test_software_development_engineer_in_test() -> None:
    assert _values("Contract SDETs charge €400 a day.") == ["software development engineer in test"]
    assert _values("software development engineers in test earn more than software development engineers") == [
        "software development engineer in test", "software development engineer"]


def test_newcomers_are_entry_level_unless_new_to_a_place() -> None:
    from extract.experience import find_seniority
    assert [m.value for m in find_seniority("Most newcomers start on $3,000 a month.")] == ["entry"]
    assert find_seniority("Newcomers to Norway often start on hourly pay.") == []


def test_generic_clinician_is_the_page_title() -> None:
    text = ("Optometrist pay\nOptometrists earn $90,000. Optometrists in Ohio earn more, and optometrists in "
            "Texas less. Senior clinicians earn $120,000.")
    assert _values(text)[-1] == "optometrist"
    # no title named three times: the generic noun stays as written
    assert _values("Optometrists earn $90,000; senior clinicians earn $120,000.")[-1] == "clinician"


def test_a_word_the_page_makes_a_title_word_opens_its_other_titles() -> None:
    text = ("Reinsurance analyst pay\nA reinsurance analyst earns $80,000; senior reinsurance analysts more. "
            "Summer reinsurance interns earn $30 an hour.")
    assert _values(text)[-1] == "reinsurance intern"
    # a word written before one job noun once, and no page title: no title word
    assert _values("Summer reinsurance interns earn $30 an hour.") == ["intern"]


def test_consulting_before_a_profession_is_a_title_word() -> None:
    assert _values("Independent consulting engineers bill $1,200 a day.") == ["consulting engineer"]
