"""Roles of the dev32/dev33 round (made-up sentences): a foreign job name glossed once by an English title,
WordNet's vehicle nouns and a hospital's units before a job noun, a rail text's drivers, and the words of a
new hire's level."""

import pytest

from extract import rules
from extract.context import find_roles
from extract.experience import find_seniority


def roles(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_roles(text)]


# ---- a foreign job name glossed by an English title


def test_a_gloss_in_parentheses_after_a_title_names_it_elsewhere():
    text = ("Pharmacists (yakuzaishi) earned ¥420,000 a month. "
            "A new yakuzaishi starts lower, and yakuzaishis in Osaka earn less.")
    assert roles(text) == [("Pharmacists", "pharmacist"), ("yakuzaishi", "pharmacist"),
                           ("yakuzaishis", "pharmacist")]


def test_a_foreign_name_glossed_by_a_title_in_parentheses_names_it_elsewhere():
    text = ("Infirmier (registered nurse): €2,100 a month\n"
            "Sage-femme (midwife): €2,300 a month\n"
            "Most infirmiers in Lyon earn €2,400, and sage-femmes about €2,500.")
    assert [v for _, v in roles(text)] == ["registered nurse", "registered nurse", "midwife", "midwife",
                                           "registered nurse", "midwife"]


def test_a_name_with_an_english_word_is_no_foreign_name():
    # "aide" is a job noun of the vocabulary: "Aide-soignant" is not read as a name of its own
    text = "Aide-soignant (nursing assistant): €1,800 a month. Aides-soignants earn €1,900."
    assert [v for _, v in roles(text)] == ["nursing assistant"]


def test_a_name_of_the_form_noun_de_noun_is_read_by_its_first_noun_too():
    text = ("Operário de obra (construction laborer): R$ 2.100\n"
            "Many operários de obra earn more in São Paulo, where operários average R$ 2.600.")
    assert [v for _, v in roles(text)] == ["construction laborer"] * 4


def test_a_level_word_or_an_english_adjective_in_parentheses_is_no_name():
    text = ("Shift supervisors (hourly) earn $19.50. Hourly staff get tips. "
            "Line cooks (casual) earn $17; casual work pays less. Chefs (senior) earn more.")
    values = [v for _, v in roles(text)]
    assert "shift supervisor" in values and values.count("shift supervisor") == 1
    assert values.count("line cook") == 1


def test_a_title_before_a_gloss_needs_a_function_word_or_a_line_start_before_it():
    # "paid" is an English participle: no foreign name of the nurse
    text = "The highest paid (registered nurses) earn $90,000, the highest paid doctors more."
    assert [v for _, v in roles(text)] == ["registered nurse", "doctor"]


# ---- WordNet's vehicle nouns and a hospital's units


def test_vehicle_nouns_from_wordnet_are_listed_with_their_verbs():
    data = rules.load("occupations")
    assert {"train", "tram", "ambulance", "lorry", "taxi"} <= set(data["vehicle_nouns"])
    assert {"train", "truck"} <= set(data["vehicle_verbs"]) <= set(data["vehicle_nouns"])
    assert not set(data["vehicle_nouns"]) & set(data["exclude_vehicles"])


@pytest.mark.parametrize("text, role", [
    ("Tram drivers in Melbourne earn A$80,000.", "tram driver"),
    ("Ambulance drivers earn £24,000.", "ambulance driver"),
    ("UK train drivers earn £60,000.", "train driver"),
    ("Lorry drivers earn £35,000 a year.", "lorry driver"),
])
def test_a_vehicle_before_a_job_noun_is_a_word_of_the_title(text, role):
    assert [v for _, v in roles(text)] == [role]


@pytest.mark.parametrize("text", [
    "Hospitals train nurses for two years.",
    "We train nurses on the job.",
    "It costs £100,000 to train nurses.",
])
def test_a_vehicle_noun_that_is_the_verb_is_no_word_of_the_title(text):
    assert [v for _, v in roles(text)] == ["nurse"]


@pytest.mark.parametrize("text, role", [
    ("Ward managers earn €5,000 a month.", "ward manager"),
    ("Intensive care nurses earn €4,500 a month.", "intensive care nurse"),
    ("Critical care nurses earn $98,000.", "critical care nurse"),
    ("Hospital nurses earn €3,900 a month.", "nurse"),  # the setting is no word of the title
])
def test_a_hospital_unit_before_a_job_noun_is_a_word_of_the_title(text, role):
    assert [v for _, v in roles(text)] == [role]


def test_a_rail_texts_bare_drivers_are_train_drivers():
    text = "What do train drivers earn? Trainee drivers earn £30,000; qualified drivers £60,000."
    assert [v for _, v in roles(text)] == ["train driver"] * 3
    assert [v for _, v in roles("Delivery drivers earn £25,000; drivers at Acme earn more.")][0] == "delivery driver"


# ---- the words of a new hire's level


@pytest.mark.parametrize("text", [
    "A newly recruited clerk joins at grade 4.",
    "The CTC of new joinees is ₹8 lakh.",
    "Officer (Scale I): entry grade; basic ₹36,000.",
])
def test_new_hire_words_are_entry(text):
    assert [m.value for m in find_seniority(text)] == ["entry"]


def test_the_starting_pay_of_a_grade_is_no_level():
    assert find_seniority("Manager (Scale II): starting basic ₹64,820.") == []
