""""Rs" is the rupee of the country the text is about (rules/money.yaml contextual_symbols; made-up sentences)."""

import pytest

from extract.money import find_money


@pytest.mark.parametrize("text, currency", [
    ("Teachers in Lahore earn Rs. 45,000 a month.", "PKR"),
    ("A Karachi school pays Rs 1.2 lakh a month.", "PKR"),
    ("Nurses in Colombo earn Rs 150,000.", "LKR"),
    ("Drivers in Kathmandu make Rs 30,000 a month.", "NPR"),
    ("In Mumbai, analysts earn Rs 8 lakh a year.", "INR"),
    ("The stipend is Rs 50,000.", "INR"),  # no country named: the Indian rupee
])
def test_rs_is_the_rupee_of_the_country_named(text, currency):
    assert [m.currency for m in find_money(text)] == [currency]
