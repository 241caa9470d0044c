"""Attribution classes fixed in the dev23 accuracy round (made-up sentences in the style of each class)."""

from extract.attribution import find_attributions, scope_attributions, source_at
from extract.blocks import split_blocks
from .attribution_helpers import sources as _sources


# --- names of official bodies joined by Romance articles


def test_spanish_article_joins_a_body_name():
    text = "According to the Instituto Nacional de las Mujeres (INMUJERES), the gap is MX$2,000 a month."
    assert _sources(text) == [("According to the Instituto Nacional de las Mujeres", "Instituto Nacional de las Mujeres")]


def test_portuguese_contraction_joins_a_body_name():
    text = "According to the Ministério do Trabalho e Emprego, the floor is R$1,500 a month."
    assert [s for _, s in _sources(text)] == ["Ministério do Trabalho e Emprego"]


# --- evidence with a sample, a participle and a date before "by"


def test_survey_with_sample_and_date_before_by():
    text = "The numbers come from a survey of 900 nurses conducted in May 2024 by Harbor Health Partners, a staffing firm."
    assert _sources(text) == [("a survey of 900 nurses conducted in May 2024 by Harbor Health Partners",
                               "Harbor Health Partners")]


def test_owned_survey_with_a_sample_without_number():
    text = "Talentia's 2024 survey of graduate pay shows a gap of $4,000 between large and small firms."
    assert [s for _, s in _sources(text)] == ["Talentia"]


# --- ads and offers: their collector is a source, their author is not


def test_offers_collected_by_a_recruiter_credit_it():
    text = "Job offers collected by Meridian Search last month ranged from $70,000 to $90,000."
    assert [s for _, s in _sources(text)] == ["Meridian Search"]


def test_offers_made_by_an_employer_credit_nobody():
    assert _sources("Offers made by Meridian Foods last month ranged from $70,000 to $90,000.") == []
    assert _sources("Job ads from Meridian City list pay of $20 an hour.") == []


# --- a known source's guide


def test_possessive_guide_with_adverb():
    text = "Robert Half's guide also shows bilingual staff earning 8% more."
    assert [s for _, s in _sources(text)] == ["Robert Half"]


def test_guide_title_on_a_credit_line_is_no_other_source():
    text = "Pay by city\n\n• Leeds: £30,000\n• York: £28,000\n\nSource: Meridian Group, Salary Guide 2026\n"
    assert [s for _, s in _sources(text)] == ["Meridian Group"]


# --- "the <noun> says": an organisation already credited


def test_definite_head_of_a_credited_name():
    text = ("According to the Harbor Wage Foundation, the rate is £12 an hour. "
            "The Foundation says 900 employers now pay it.")
    assert _sources(text) == [("According to the Harbor Wage Foundation", "Harbor Wage Foundation"),
                              ("The Foundation says", "Harbor Wage Foundation")]


def test_definite_head_later_in_the_text_and_its_office():
    text = ("According to the Coastal Nurses Guild, pay is $30 an hour.\n\n"
            "Other states pay less.\n\n"
            "Contracts abroad pay about $40 an hour, the guild's overseas placement office says.\n\n"
            "Yet the guild estimates that 2,000 nurses left in 2024.")
    assert [(a.text, a.source) for a in find_attributions(text)][1:] == [
        ("the guild's overseas placement office says", "Coastal Nurses Guild"),
        ("the guild estimates", "Coastal Nurses Guild")]


def test_generic_noun_takes_the_description_given_to_the_name():
    text = ("Offers seen by Orchard Talent, a London-based nursing recruiter, ranged from £40,000 to £48,000. "
            "Including overtime, the recruiter estimates total pay of about £55,000.")
    found = find_attributions(text)
    assert [(a.text, a.source) for a in found] == [("Offers seen by Orchard Talent", "Orchard Talent"),
                                                   ("the recruiter estimates", "Orchard Talent")]
    scoped = scope_attributions(text, split_blocks(text), found)
    assert source_at(scoped, text.index("£55,000")).source == "Orchard Talent"


def test_generic_noun_does_not_reach_another_paragraph():
    text = ("According to Orchard Talent, a recruiter, pay is £40,000.\n\n"
            "Care homes pay £30,000. The recruiter estimates the gap at £10,000.")
    assert [s for _, s in _sources(text)] == ["Orchard Talent"]


def test_noun_not_naming_the_credited_source_credits_nothing():
    text = "According to Orchard Talent, pay is £40,000. The union says it is too low. The survey says £38,000."
    assert [s for _, s in _sources(text)] == ["Orchard Talent"]
