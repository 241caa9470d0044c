"""Roles read from the page's own evidence: titles it repeats and labels, short forms of job nouns (acc35)."""

from extract.context import find_roles


def _values(text: str) -> list[str]:
    return [m.value for m in find_roles(text)]


def test_a_title_the_page_repeats_and_labels_keeps_its_unlisted_words() -> None:
    text = ("Yield analyst pay\n"
            "A yield analyst at a cruise line earns more than a data analyst. Yield analysts also get bonuses.")
    assert _values(text) == ["yield analyst", "yield analyst", "data analyst", "yield analyst"]


def test_a_title_written_once_or_never_as_a_label_is_not_read_from_repetition() -> None:
    once = "Yield analysts earn $60,000; other staff earn less."
    assert _values(once) == []
    unlabeled = "Depot drivers earn $20 an hour. For depot drivers overtime starts at 40 hours."
    assert "depot driver" not in _values(unlabeled)


def test_a_standalone_job_noun_takes_repeated_words_only_when_the_page_writes_them_in_title_case() -> None:
    text = ("Rail Signal Controller Pay Guide\n"
            "Rail signal controllers earn $90,000, and senior rail signal controllers more.")
    assert _values(text) == ["rail signal controller"] * 3
    plain = "Cruise nurses earn less than cruise nurses on land, said the union."
    assert _values(plain) == ["nurse", "nurse"]


def test_repeated_words_that_are_no_title_words_are_not_read() -> None:
    # verbs, employment terms, language skills and numbers before a job noun, however often written
    text = ("Contract agent pay\n• Contract agent: $20\nAcme told agents; Acme told agents again.\n"
            "Bilingual agent pay\n• Bilingual agent: $22\n")
    values = _values(text)
    assert "contract agent" not in values and "told agent" not in values and "bilingual agent" not in values


def test_a_title_after_a_word_that_may_be_its_own_is_not_cut() -> None:
    # "licensed" may begin the title: the words after it are not taken as the whole title
    text = ("Marine Pilot Guide\nLicensed harbour pilots earn $200,000. Licensed harbour pilots work shifts.")
    assert "harbour pilot" not in [v for v in _values(text) if v != "marine pilot"][1:]


def test_an_acronym_the_page_uses_as_a_body_name_is_not_a_title_word() -> None:
    text = ("Port Crane Operator Guide\nThe PSA pays crane operators well. PSA crane operators earn $5,000.\n"
            "• PSA crane operator: $5,000\nThe PSA's budget grew.")
    assert "psa crane operator" not in _values(text)


def test_a_short_form_takes_the_full_title_the_page_names_most() -> None:
    uk = "Veterinary surgeons in Leeds earn £48,000; newly qualified vets start lower and a locum vet bills daily."
    assert _values(uk) == ["veterinary surgeon", "veterinary surgeon", "locum veterinary surgeon"]
    us = "Veterinarians in Ohio earn $110,000 and most vets own their practice."
    assert _values(us) == ["veterinarian", "veterinarian"]
    alone = "Vets earn $100,000."
    assert _values(alone) == ["veterinarian"]


def test_a_short_form_used_as_a_verb_is_no_role() -> None:
    # heads.verbs: after a modal, "to" or a pronoun, or before an object, "vet" is the verb
    assert _values("Agencies must vet the applicants; we vet them twice, to vet a locum takes days.") == []
    assert _values("Vets earn more when they vet nothing.") == ["veterinarian"]
