"""Accuracy round dev23, area norm: categories, periods, statistics and pay components of amounts.

Made-up sentences in the style of each class of error fixed.
"""

from tests.test_qualifiers import qualify_at as _q


# --- statistic ------------------------------------------------------------------------------------

def test_fiftieth_percentile_is_the_median():
    s = "Per the agency's guide, the 50th-percentile salary for a payroll clerk in Leeds is £31,200."
    assert _q(s, "£31,200").statistic == "median"


# --- pay component ----------------------------------------------------------------------------------

def test_pay_including_incentives_is_total():
    s = "Lead process engineers at the fab can earn over €140,000 a year including incentives."
    assert _q(s, "over €140,000").pay_component == "total"


def test_pay_before_bonuses_or_incentives_is_base():
    s = "The refinery offers new graduates a starting salary of R420,000 before incentives, and overtime on top."
    assert _q(s, "R420,000").pay_component == "base"
    s = "Junior traders start at around £55,000 before bonuses."
    assert _q(s, "around £55,000").pay_component == "base"


def test_before_bonuses_stays_with_its_amount_across_a_semicolon():
    s = ("Analysts start at about $60,000 a year before bonuses; at Northwind, the starting salary "
         "for new analysts rose to $64,000 this year.")
    assert _q(s, "about $60,000").pay_component == "base"
    assert _q(s, "$64,000").pay_component is None


def test_gapped_clause_after_a_semicolon_shares_the_component():
    s = "The median US nurse earns $81,000 a year in base pay; in Canada it is C$79,500."
    assert _q(s, "C$79,500").pay_component == "base"


def test_list_after_on_top_of_the_basic_salary_is_not_base():
    intro = "On top of the basic salary, a staff nurse's payslip usually includes:"
    assert _q("Weekend shifts: PHP 900-1,200 per shift", "PHP 900-1,200", labels=[intro]).pay_component is None


# --- category ---------------------------------------------------------------------------------------

def test_public_support_package_is_not_pay():
    s = "The state's €3.2 billion battery support package funds new plants and tax credits."
    q = _q(s, "€3.2 billion")
    assert q.category == "market"
    assert q.pay_component is None


def test_high_cost_area_supplement_is_pay_not_a_price():
    s = "Porters on Band 2 earn £23,600 to £24,070 a year, and those in London get a high cost area supplement of 20%."
    assert _q(s, "£23,600 to £24,070").category == "salary"


def test_benefits_added_on_after_plus_do_not_make_pay_a_price():
    s = "Offers for ICU nurses in Doha ranged from QAR 14,000 to QAR 19,000 a month, plus housing, health insurance and flights."
    assert _q(s, "QAR 14,000 to QAR 19,000").category == "salary"


def test_a_price_with_things_added_on_stays_a_price():
    s = "Rent for a studio is €900 a month plus insurance."
    assert _q(s, "€900").category == "cost"


# --- period -----------------------------------------------------------------------------------------

def test_period_adjective_of_the_noun_an_amount_is_the_value_of():
    s = "Lodging near the plant asks a deposit of €2,000 plus monthly rent of €850."
    assert _q(s, "€850").period == "month"


def test_in_annual_base_salary_states_the_period():
    s = "New auditors are being offered between $61,000 and $66,000 in annual base salary."
    assert _q(s, "$61,000 and $66,000").period == "year"


def test_in_a_year_when_is_still_a_time():
    s = "She was paid $40,000 in a year when others got less."
    assert _q(s, "$40,000").period is None


def test_period_of_a_share_base_is_not_the_amount_period():
    s = "The group booked a profit of $9.1 billion in 2024, and the payout reached 800% of monthly base."
    assert _q(s, "$9.1 billion").period is None


def test_annual_bonus_share_after_an_amount_is_not_its_period():
    s = "Controllers earn roughly $120,000 to $140,000, and most firms add an annual bonus of 10% to 15%."
    assert _q(s, "roughly $120,000 to $140,000").period is None


def test_days_counted_per_month_are_no_pay_period():
    s = "Staff accrue 2.5 days of paid leave per month worked, which on £36,000 a year comes to £3,000."
    assert _q(s, "£3,000").period != "month"
