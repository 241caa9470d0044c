"""Qualifier classes fixed in the acc39 round (made-up sentences in the style of each class)."""

from extract.qualifiers import qualify


def _q(sentence: str, amount: str):
    i = sentence.index(amount)
    return qualify(sentence, i, i + len(amount))


def test_component_word_modifying_a_job_noun_is_no_component():
    # "package" before a job noun is a word of the title, not a pay package
    s = "The new contract lifts pay for package handlers to $22 per hour next spring."
    assert _q(s, "$22").pay_component is None
    s = "Courier firms hire parcel package drivers at $19.25 an hour."
    assert _q(s, "$19.25").pay_component is None
    # the head noun "package" stays a total
    assert _q("She accepted a package of about $140,000 a year.", "about $140,000").pay_component == "total"


def test_total_with_the_parts_it_counts_in_stays_total():
    s = "Branch heads earn about $9,000 a month, and their total yearly pay with bonus can pass $150,000."
    assert _q(s, "$150,000").pay_component == "total"
    s = "Total compensation with commissions reaches $210,000 for top sellers."
    assert _q(s, "$210,000").pay_component == "total"


def test_incentives_by_their_own_name_are_bonus():
    s = "Top field reps can collect more than $40,000 a year in incentives."
    assert _q(s, "more than $40,000").pay_component == "bonus"
    s = "Quarterly sales incentives of up to $6,000 are common."
    assert _q(s, "up to $6,000").pay_component == "bonus"


def test_profit_per_partner_is_pay():
    s = "Profit per equity partner at the top firms ranged from about £1.2 million to £2 million last year."
    assert _q(s, "about £1.2 million to £2 million").category == "salary"


def test_shift_differential_is_pay_and_parts_of_a_sum_share_its_period():
    s = "A picker on an $18.25 base rate who adds a $1.50 weekend differential makes $19.75 an hour."
    for amount in ("$18.25", "$1.50", "$19.75"):
        q = _q(s, amount)
        assert q.category == "salary" and q.period == "hour", amount
    # amounts that do not add up keep their own periods
    s = "A fee of $200 adds $50 a year to the bill."
    assert _q(s, "$200").period is None


def test_gapped_clause_keeps_the_statistic():
    s = "Drivers in the Denver area average $24.30 per hour, and those in the Tulsa, Oklahoma, area about $19.90 per hour."
    assert _q(s, "about $19.90").statistic == "mean"
    s = "Drivers in Denver average $24.30 per hour, and those in Tulsa earn about $19.90 per hour."
    assert _q(s, "about $19.90").statistic is None


def test_pronoun_restating_the_figure_keeps_the_statistic_past_a_name():
    s = "In Boise the median is near $17.10 an hour, and in Winston–Salem it comes in at about $16.40 an hour."
    assert _q(s, "about $16.40").statistic == "median"


def test_sum_needs_three_amounts_in_a_row():
    # $40,000 + $25K = $65K only by chance: other amounts stand between, no period is shared
    s = ("The offer has $150,000 in base, a $40,000 sign-on paid as $25K in year one and $15K in year two, "
         "and $260,000 in stock vesting over four years, i.e. $65K/yr in stock.")
    assert _q(s, "$40,000").period is None
    assert _q(s, "$25K").period is None


def test_total_with_parts_set_off_by_commas():
    s = "Chief executives are paid apart: their total remuneration, including long-term incentives, is often $9 million."
    assert _q(s, "$9 million").pay_component == "total"


def test_money_equivalent_of_a_counted_quantity_shares_its_period():
    s = "- Meal allowance: 22 meal vouchers a month, or the cash equivalent of about €180"
    assert _q(s, "about €180").period == "month"
    # a count of things alone still gives no period to a later amount
    s = "The firm hires about 30 graduates a year and pays them €41,000."
    assert _q(s, "€41,000").period is None
