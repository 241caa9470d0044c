"""Money written the Indian way on dev32's class of text: a stepped pay scale, a lakh of crores (made-up sentences)."""

from extract.money import find_money


def _found(text: str) -> list[tuple[str, float, float | None]]:
    return [(m.text, m.amount_min, m.amount_max) for m in find_money(text)]


def test_a_stepped_pay_scale_runs_from_its_first_figure_to_its_last():
    s = "Clerks are placed on the scale ₹26000-1200/5-32000-1500/4-38000 from their first day."
    assert _found(s) == [("₹26000-1200/5-32000-1500/4-38000", 26000.0, 38000.0)]


def test_a_plain_range_and_a_phone_number_are_no_scale():
    assert _found("Helpers earn ₹500-600 a day.") == [("₹500-600", 500.0, 600.0)]
    assert _found("Call 555-1200/5 for details.") == []


def test_a_lakh_of_crores_is_a_trillion():
    s = "State banks earned over ₹2.3 lakh crore in profit last year."
    assert _found(s) == [("over ₹2.3 lakh crore", 2.3e12, None)]
