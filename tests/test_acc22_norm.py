"""Accuracy round dev22, area norm: categories, periods, statistics and pay components of amounts.

Made-up sentences in the style of each class of error fixed.
"""

from tests.test_qualifiers import qualify_at as _q


# --- vocabulary (rules/qualifiers.yaml) ---------------------------------------------------------

def test_taxable_income_above_an_amount_is_a_threshold():
    s = "A top rate of 45% applies to taxable income above €120 000 a year."
    assert _q(s, "above €120 000").category == "other"
    s = "The levy is 12% on taxable profits above R 2 million."
    assert _q(s, "above R 2 million").category == "other"


def test_taxable_pay_is_still_pay():
    assert _q("Gross taxable pay after pension: about £61,200 a year", "about £61,200").category == "salary"


def test_social_insurance_benefit_is_not_pay():
    s = "The state's parental benefit is capped at NOK 1 900 per day, so most employers top it up."
    assert _q(s, "NOK 1 900").category == "other"
    s = "Unemployment benefits of up to $450 a week are paid for 26 weeks."
    assert _q(s, "up to $450").category == "other"


def test_plural_packages_are_pay_and_total():
    s = "Controllers with audit experience can negotiate packages above £9,000 a month."
    q = _q(s, "£9,000")
    assert (q.category, q.pay_component, q.period) == ("salary", "total", "month")


def test_pay_before_allowances_is_base():
    s = "Treasury leads at Doha banks earn up to QAR 48,000 a month before allowances."
    q = _q(s, "up to QAR 48,000")
    assert (q.category, q.pay_component) == ("salary", "base")


def test_a_qualification_test_is_a_price():
    s = "The bend test usually runs $250 to $400 per attempt."
    assert _q(s, "$250 to $400").category == "cost"


def test_a_test_job_title_is_no_price():
    s = "Senior test analysts in Leeds are on £450 a day."
    assert _q(s, "£450").category == "salary"


def test_a_sum_over_a_full_year_is_annual():
    s = "Rates run $40 to $44/hr. Over a full year, that comes to about $85,000 in base pay."
    assert _q(s, "about $85,000").period == "year"


def test_a_bonus_for_every_hour_worked_is_hourly():
    s = "The contractor adds a retention bonus of $3.50 for every hour worked on site."
    assert _q(s, "$3.50").period == "hour"


# --- statistic -----------------------------------------------------------------------------------

def test_an_average_role_pay_noun_is_a_mean():
    s = "Glassdoor lists an average electrician wage of $31.20 per hour in Manitoba."
    assert _q(s, "$31.20").statistic == "mean"
    s = "PayScale shows an average dental hygienist salary of $78,400 a year."
    assert _q(s, "$78,400").statistic == "mean"


def test_an_average_person_is_no_statistic():
    s = "An average electrician earns $31.20 per hour in Manitoba."
    assert _q(s, "$31.20").statistic is None


def test_a_tax_that_averages_a_share_gives_no_statistic():
    s = "Local income tax averages around 31%, and a state tax of 20% applies to taxable income above 600 000 kr a year."
    q = _q(s, "above 600 000 kr")
    assert (q.statistic, q.category) == (None, "other")


# --- category by size ----------------------------------------------------------------------------

def test_a_cost_in_billions_is_an_investment():
    s = "The new rail link (final cost: $19 billion) and roughly $6 billion in port upgrades keep crews busy."
    assert _q(s, "$19 billion").category == "market"
    assert _q(s, "roughly $6 billion").category == "market"


def test_a_cost_in_thousands_stays_a_cost():
    assert _q("The course costs $4,900 in total.", "$4,900").category == "cost"


# --- period of a rate per unit -------------------------------------------------------------------

def test_a_rate_per_unit_and_per_period_keeps_the_period():
    s = "Dental cover costs about €1,400 per person a year."
    assert _q(s, "about €1,400").period == "year"


def test_a_rate_per_unit_alone_has_no_period():
    s = "Relief welders get $720 per 12-hour shift, or about $95,000 a year."
    assert _q(s, "$720").period is None


# --- a period stated once for the sentence -------------------------------------------------------

def test_an_opening_period_phrase_covers_every_clause():
    s = ("On an annual basis, that puts junior fitters at around $60K to $70K, "
         "while foremen on night shifts routinely clear $120,000.")
    assert _q(s, "$120,000").period == "year"


def test_a_period_in_the_first_clause_alone_does_not_cover_a_contrasting_clause():
    s = "Yearly pay for junior fitters is about $60K, while foremen on night shifts routinely clear $120,000."
    assert _q(s, "$120,000").period is None


# --- pay component across a contrasting clause ---------------------------------------------------

def test_a_base_rate_does_not_reach_gross_pay_in_a_contrasting_clause():
    s = ("Camp jobs pay the same base rate as town jobs, but the shifts run longer and "
         "a rigger on rotation can gross about $4,100 a week.")
    assert _q(s, "about $4,100").pay_component is None


def test_a_bonus_goes_on_after_a_semicolon():
    s = "A third of the surveyed nurses got a bonus; the typical payout was about $2,500."
    assert _q(s, "about $2,500").pay_component == "bonus"


# --- a worker's own price ------------------------------------------------------------------------

def test_workers_described_by_a_participle_bill_their_own_pay():
    s = "Contract controllers handling audits or systems migrations bill £700 to £900 per day."
    assert _q(s, "£700 to £900").category == "salary"


def test_a_company_that_bills_sets_a_price():
    s = "Payroll bureaus handling audits or migrations bill £700 to £900 per day."
    assert _q(s, "£700 to £900").category == "cost"


# --- a cap on the base of a share ----------------------------------------------------------------

def test_a_cap_on_the_salary_a_share_is_taken_of_is_a_threshold():
    s = "The employer pays 6% of your salary up to €5 000 a month into the plan."
    assert _q(s, "up to €5 000").category == "other"


def test_a_closed_amount_after_a_share_is_still_pay():
    s = "The bonus is 10% of base salary, i.e. about €6 000 a year."
    assert _q(s, "about €6 000").category == "salary"
