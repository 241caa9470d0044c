"""Linking, attribution, places and employers read on dev28's classes of text (made-up sentences)."""

from tests.test_link import fact_at
from .attribution_helpers import sources as _sources
from .mention_helpers import employers as _employers


# ---- attribution cues


def test_compound_participle_evidence_on_a_site_credits_the_site():
    assert _sources("Based on user-submitted figures on Indeed, this is what clerks earn at four firms:") == [
        ("Based on user-submitted figures on Indeed", "Indeed")]
    assert _sources("Based on published figures on the West coast, nurses earn $30.") == []


def test_a_statistic_before_earnings_is_a_claim_not_own_results():
    assert _sources("Cardwell Trust, a charity that studies care work, reports that median weekly earnings "
                    "for carers were $610 in 2021.")[0][1] == "Cardwell Trust"
    assert _sources("Cardwell Trust, a charity, reported earnings of $6 million in 2021.") == []


def test_year_between_lead_cue_and_name():
    assert _sources("The rate is $19, according to a 2023 Gallup analysis.") == [
        ("according to a 2023 Gallup analysis", "Gallup")]


def test_classification_in_a_relative_clause_is_no_claim():
    assert _sources("Orderlies, which the BLS counts as aides, earned a median of $17 an hour.") == []
    assert _sources("The BLS estimates as many as 5,000 aides earn $18.")[0][1] == "Bureau of Labor Statistics"


# ---- employers


def test_described_name_that_reports_is_a_source_not_an_employer():
    assert _employers("Cardwell Trust, a nonprofit that studies care work, reports that aides earn $15.") == []
    assert _employers("Cardwell Trust, a nonprofit, pays its aides $15.") == ["Cardwell Trust"]


def test_payers_listed_after_a_long_paragraph_and_two_per_item():
    text = ("Consultancies pay less than product firms, and the gap has grown since the pandemic as clients cut "
            "budgets and rates. Here is what analysts in Leeds report earning per year at a few well-known "
            "employers, according to salaries shared on Glassdoor in 2025:\n"
            "• Quorvex: £52,000\n• Linden Market: £48,000 to £55,000\n• Ardentix and Velbrook Partners: £40,000\n")
    assert _employers(text) == ["Quorvex", "Linden Market", "Ardentix", "Velbrook Partners"]


_PAYER_LIST = ("Here is what data analysts in Leeds report earning per year at a few employers:\n\n"
               "• Quorvex: £52,000\n• Linden Market: £48,000 to £55,000\n• Ardentix and Velbrook Partners: £40,000\n")


def test_a_market_word_in_a_listed_payer_is_no_market_figure():
    fact = fact_at(_PAYER_LIST, "£48,000")
    assert (fact.category, fact.employer, fact.role) == ("salary", "Linden Market", "data analyst")
    assert fact_at("The UK analytics market is worth £48 billion.", "£48 billion").category == "market"


def test_an_item_naming_two_payers_gives_both():
    assert fact_at(_PAYER_LIST, "£40,000").employer == "Ardentix; Velbrook Partners"


def test_a_name_begun_by_a_word_before_its_common_words():
    assert _employers("Rates vary, and Tovada Home Health Care advertises aide jobs at $16 an hour.") == [
        "Tovada Home Health Care"]
    assert _employers("Rates vary; Parcelon pays new-grad SDE I hires $129,500.") == ["Parcelon"]


def test_job_postings_from_two_named_companies():
    assert _employers("Job postings from Quorvex Care and Ardent Homes offices in Leeds list $15 an hour.") == [
        "Quorvex Care", "Ardent Homes"]
    text = "Job postings from Quorvex Care and Ardent Homes offices in Leeds list rates of £15 to £16 an hour."
    assert fact_at(text, "£15").employer == "Quorvex Care; Ardent Homes"


def test_a_clause_of_another_payer_leaves_the_earlier_amount_its_year():
    text = ("Quorvex paid its staff about €1,100 in profit-sharing for 2023, and at Ardent Labs engineers "
            "regularly receive €4,000 or more a year in bonuses.")
    later = fact_at(text, "€4,000")
    assert (later.employer, later.as_of_year) == ("Ardent Labs", None)
    assert fact_at(text, "€1,100").as_of_year == 2023
    same = "Quorvex paid its engineers about €1,100 a month in 2023, or roughly €13,200 a year."
    assert fact_at(same, "€13,200").as_of_year == 2023


def test_a_list_intro_dates_an_item_whose_own_year_is_a_later_amounts():
    text = ("Hourly minimums as of 1 July 2024:\n\n"
            "1. Leeds: £11.40 per hour, rising to £12.00 on 1 April 2025\n"
            "2. York: £11.10 per hour\n")
    assert fact_at(text, "£11.40").as_of_year == 2024
    assert fact_at(text, "£12.00").as_of_year == 2025
    assert fact_at(text, "£11.10").as_of_year == 2024


def test_a_dated_report_in_the_cue_dates_its_figures():
    text = "Leeds pays carers about £12.10 an hour, while York pays roughly £11.80, according to a 2024 Cardwell analysis."
    assert [fact_at(text, a).as_of_year for a in ("£12.10", "£11.80")] == [2024, 2024]
    undated = "Leeds pays carers about £12.10 an hour, according to a Cardwell analysis."
    assert fact_at(undated, "£12.10").as_of_year is None


def test_places_set_each_to_an_amount_are_not_a_later_amounts():
    text = ("A room costs around £900 a month in Leeds, against roughly £700 in York and about £600 in Hull, "
            "which is why many analysts trade £5,000 of salary for a northern city.")
    assert fact_at(text, "£5,000").location is None
    assert fact_at(text, "£600").location == "Hull"
    one = "Nurses average £38,000 a year in Leeds, with overtime adding roughly £4,000 a year."
    assert fact_at(one, "£4,000").location == "Leeds"


# ---- places


def test_a_state_written_with_state_is_the_state():
    from extract.context import find_locations
    assert [m.value for m in find_locations("a flat $300 per day in New York State")] == ["New York State"]
    assert [m.value for m in find_locations("pay at Ohio State is high")] == []
    assert [m.value for m in find_locations("a deal negotiated by the New York State Nurses Association")] == []


def test_paying_for_a_service_is_no_employer():
    assert _employers("Medicorp pays for most long-term home care in the region.") == []
    assert _employers("Quorvex Labs pays $5 an hour.") == ["Quorvex Labs"]


def test_a_year_opening_a_later_clause_with_its_own_amount_is_that_clauses():
    text = ("Firms hand out vouchers worth €9 to €13 per working day; in 2024 the employer's share is exempt "
            "up to €7.18 per voucher.")
    assert fact_at(text, "€9").as_of_year is None
    assert fact_at(text, "€7.18").as_of_year == 2024
    kept = "Nurses earned about €3,100 a month; that was in 2024."
    assert fact_at(kept, "€3,100").as_of_year == 2024
