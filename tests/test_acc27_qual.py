"""Qualifier and money readings fixed in the dev27 round (made-up sentences in the style of each class)."""

from extract.money import find_money
from extract.qualifiers import qualify, qualify_each


def _q(sentence: str, amount: str, labels=()):
    i = sentence.index(amount)
    return qualify(sentence, i, i + len(amount), labels=list(labels))


def test_intro_period_of_a_later_coordinated_noun_stays_in_its_column():
    intro = "The chart below lists posted salaries and contract day rates across the region."
    caption = "Posted nurse pay by county, 2025"
    salary = qualify_each("£41,300", 0, 7, label_sets=[("Kent", "Median salary", caption),
                                                      ("Kent", "Median salary", caption, intro)])
    rate = qualify_each("£280", 0, 4, label_sets=[("Kent", "Contract day rate", caption),
                                                 ("Kent", "Contract day rate", caption, intro)])
    assert salary[-1].period is None
    assert rate[-1].period == "day"


def test_period_before_the_first_noun_still_covers_both():
    q = qualify_each("$61,000", 0, 7, label_sets=[("Ohio", "Base"), ("Ohio", "Base", "Annual salaries and bonuses:")])
    assert q[-1].period == "year"


def test_period_adjective_of_a_later_fee_is_not_the_earlier_fee_s():
    s = "Members pay a joining fee of €95 and the annual renewal fee is €40."
    assert _q(s, "€95").period is None
    assert _q(s, "€40").period == "year"


def test_percentiles_take_no_statistic_from_a_median_before_them():
    s = "Nurses earned a median hourly wage of $41.20, with the 10th and 90th percentiles at $30.10 and $58.75."
    assert _q(s, "$41.20").statistic == "median"
    assert _q(s, "$30.10").statistic is None
    assert _q(s, "$58.75").statistic is None


def test_percentile_add_on_of_a_caption_keeps_the_main_period():
    caption = "Median annual pay for welders, with the 25th and 75th percentiles, 2024:"
    q = qualify_each("$52k", 0, 4, label_sets=[("Texas", "25th percentile", caption)])
    assert q[0].period == "year" and q[0].statistic is None


def test_the_figure_restates_the_earlier_statistic_across_a_clause_break():
    s = "Staff at Acme report a median base pay of $6,100 per month, whereas at Beta the figure is nearer $7,000."
    q = _q(s, "$7,000")
    assert (q.statistic, q.pay_component, q.period) == ("median", "base", "month")
    other = _q("The median salary is $6,100 a month, whereas juniors earn $4,000.", "$4,000")
    assert other.statistic is None


def test_basic_as_the_amount_s_head_noun_is_base_pay():
    assert _q("Store manager: up to £41,000 basic, plus commission", "£41,000").pay_component == "base"
    assert _q("a cook on S$2,300 basic a month", "S$2,300").pay_component == "base"
    assert _q("The grant covers $900 basic needs for a family.", "$900").pay_component is None


def test_or_so_after_an_amount_is_approximate():
    m = find_money("most apprentices spend another $850 or so on boots and gloves")[0]
    assert m.text == "$850 or so" and m.approx and m.amount_min == m.amount_max == 850


def test_threshold_of_a_tax_rate_is_other():
    s = "A nurse on €51,000 pays the 40% rate on income above €40,000 and keeps about €3,300 a month."
    assert _q(s, "above €40,000").category == "other"
    assert _q(s, "€51,000").category == "salary"


def test_price_plus_vat_is_a_cost_but_net_plus_vat_invoice_is_pay():
    assert _q("Recruiters can list a vacancy for £95 + VAT.", "£95").category == "cost"
    s = "Contractors on B2B invoice a median of 24 000 zł net + VAT a month."
    assert _q(s, "24 000 zł").category == "salary"


def test_work_permit_qualifying_salary_is_a_threshold():
    s = "The minimum qualifying salary for the skilled visa rose to £38,700 a year in April."
    assert _q(s, "£38,700").category == "other"


def test_a_grant_named_as_a_proper_noun_is_still_a_grant():
    s = "State Opportunity Grants worth up to $5,200 a year help students cover tuition."
    assert _q(s, "$5,200").category == "other"


def test_perk_provided_with_a_rate_does_not_make_it_a_cost():
    s = "Acme Drilling, Minot, ND: rig welder on a 14-on, 7-off rotation, $44 an hour with meals and lodging provided"
    assert _q(s, "$44").category == "salary"


def test_in_a_good_year_and_for_the_year_state_a_yearly_sum():
    assert _q("top brokers can earn over $400,000 in a good year.", "over $400,000").period == "year"
    assert _q("so total cash pay for the year comes to $96,000.", "$96,000").period == "year"
    assert _q("Revenue for the year 2023 was $9,000.", "$9,000").period is None


def test_percentage_points_are_not_a_share_of_the_statistic():
    # "on average 5 percent": the average is a share's; "5 percentage points" names no share
    assert _q("Wages for welders rose to $52,000 on average 5 percent above inflation.", "$52,000").statistic is None
    assert _q("Wages for welders rose to $52,000 on average 5 percentage points above inflation.",
              "$52,000").statistic == "mean"
