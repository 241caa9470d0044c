"""Attribution classes fixed in the dev39 accuracy round (made-up sentences in the style of each class)."""

from extract.attribution import canonical_source

from .attribution_helpers import source_names as _names, source_of as _source_of

# --- a month and year before a report noun is a date, and "the same ... survey" continues the report


def test_month_alone_is_no_source():
    assert canonical_source("June 2027") is None
    assert canonical_source("October") is None


def test_season_or_quarter_before_a_year_is_no_source():
    assert canonical_source("Autumn 2027") is None
    assert canonical_source("Q2 2027") is None
    assert canonical_source("Sept. 2027") is None
    assert canonical_source("Winter") == "Winter"  # no year: a name may be a season's word


def test_same_dated_survey_continues_the_source_named_before():
    text = ("The Example Statistics Office reports that cleaners earned a median of $15.10 per hour in June 2027. "
            "The same June 2027 survey found that porters earned $17.40 per hour.")
    assert _names(text) == ["Example Statistics Office"]
    assert _source_of(text, "$17.40") == "Example Statistics Office"


# --- a report with a year in its title, "by <Publisher>": the publisher


def test_dated_report_by_publisher_credits_the_publisher():
    text = "According to the 2027 Retail Pay Survey by Example Talent Partners, a store manager earns $5,100 a month."
    assert _names(text) == ["Example Talent Partners"]
    assert _source_of(text, "$5,100") == "Example Talent Partners"


def test_dated_report_without_a_maker_keeps_its_title():
    text = "According to the 2027 Retail Pay Survey, Example Stores pays a store manager $5,100 a month."
    assert _names(text) == ["Retail Pay Survey"]


# --- a newspaper reports on others: its masthead noun makes it an organisation


def test_newspaper_reporting_profit_of_other_firms_is_a_source():
    text = ("Partners share profits. The Example Herald has reported that profit per partner at the largest "
            "firms ranges from $900,000 to $1.2 million.")
    assert _names(text) == ["Example Herald"]
    assert _source_of(text, "$900,000") == "Example Herald"


def test_company_reporting_its_own_profit_is_still_no_source():
    assert _names("Results are out. Example Holdings reported a profit of $4 million.") == []


# --- a body recommending a rate, named later by a short form of its full name


def test_body_recommending_a_rate_is_the_source_under_its_full_name():
    text = ("The Example Nursing Council of Wales reports that 9,000 nurses are registered. "
            "Pay varies, but the Example Nursing Council recommends that students earn at least £11.40 per hour.")
    assert _names(text) == ["Example Nursing Council of Wales", "Example Nursing Council of Wales"]
    assert _source_of(text, "£11.40") == "Example Nursing Council of Wales"


# --- a company announcing the pay it sets for its own staff is that pay's source


def test_company_announcing_raised_pay_is_the_source():
    text = ("Carriers lead the market. In March 2027, Example Freight announced it was raising average hourly pay "
            "for its drivers to $31 per hour.")
    assert _names(text) == ["Example Freight"]
    assert _source_of(text, "$31") == "Example Freight"


def test_company_saying_it_has_lifted_wages_is_the_source():
    assert _names("Example Freight said it has lifted starting wages to $21 an hour.") == ["Example Freight"]


def test_company_announcing_other_news_is_no_source():
    assert _names("The Example Regional Health Agency announced a $12 million grant program for clinics.") == []


def test_company_saying_it_would_raise_pay_is_its_own_intent():
    assert _names("Example Freight said it would raise starting wages to $21 an hour.") == []


# --- the author's own method sentence after an opening phrase credits no claim


def test_method_sentence_after_an_opening_phrase_is_no_attribution():
    text = ("To build this guide, we read pay data on Example.jobs and checked the latest figures "
            "published by the Example Reserve Bank.")
    assert _names(text) == []


def test_figures_published_by_a_body_outside_a_method_sentence_still_credit_it():
    text = "Pay rose. Last year, figures published by the Example Reserve Bank showed average pay of $5,000."
    assert _names(text) == ["Example Reserve Bank"]


def test_report_with_edition_year_after_its_title_by_publisher():
    text = "According to the Example Retail Pay Survey 2027 by Example Talent Partners, cashiers earn $2,300 a month."
    assert _names(text) == ["Example Talent Partners"]


def test_company_announcing_that_it_raises_wages_is_the_source():
    text = "Chains compete. Example Mart announced that it was raising average hourly wages to $17.50."
    assert _names(text) == ["Example Mart"]


def test_company_announcing_a_pay_increase_is_the_source():
    text = "Chains compete. Example Mart announced an increase in starting pay to $15 an hour for its cashiers."
    assert _names(text) == ["Example Mart"]
    assert _source_of(text, "$15") == "Example Mart"


# --- an employer raising its own pay opens its own claim: the source before it stops there


def test_employer_raising_its_own_rate_ends_the_source_scope():
    text = ("The Example Office puts median pay for cooks at $38,000 per year. Example Bistro Group in Leeds "
            "recently raised its starting rate to $14.20 an hour. Its head cooks earn about $19 per hour.")
    assert _source_of(text, "$38,000") == "Example Office"
    assert _source_of(text, "$14.20") is None
    assert _source_of(text, "$19") is None


def test_sentence_without_an_employer_raising_pay_continues_the_source():
    text = ("The Example Office puts median pay for cooks at $38,000 per year. "
            "Head cooks in Leeds earn about $19 per hour.")
    assert _source_of(text, "$19") == "Example Office"
