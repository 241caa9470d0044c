"""Example tables for extract.money, grouped by where the cases came from.

Each case: input text -> expected mentions as (text, amount_min, amount_max,
currency[, period[, approx]]). An empty list is a negative: nothing is money.
"""

from __future__ import annotations

from typing import Any, Optional

import pytest

from extract.money import find_money, parse_amount

Case = tuple[str, list[tuple[Any, ...]]]


def _check(text: str, expected: list[tuple[Any, ...]], *, default_currency: str = "USD") -> None:
    found = find_money(text, default_currency=default_currency)
    for m in found:
        assert text[m.start : m.end] == m.text
    got = [(m.text, m.amount_min, m.amount_max, m.currency, m.period, m.approx) for m in found]
    assert len(got) == len(expected), got
    for g, e in zip(got, expected):
        assert g[: len(e)] == e, (g, e)


def _ids(cases: list[Any]) -> list[str]:
    return [c[0][:40] for c in cases]


def xfail(text: str, expected: list[tuple[Any, ...]], reason: str) -> Any:
    return pytest.param(text, expected, marks=pytest.mark.xfail(strict=True, reason=reason), id=text[:40])


# --------------------------------------------------------------------------- SPEC.md examples
SPEC: list[Any] = [
    ("$100,481 to $302,894", [("$100,481 to $302,894", 100481, 302894, "USD")]),
    ("$40-60,000", [("$40-60,000", 40000, 60000, "USD")]),
    ("$300K+", [("$300K+", 300000, None, "USD")]),
    ("$138,351 and above", [("$138,351 and above", 138351, None, "USD")]),
    ("up to $154,000", [("up to $154,000", None, 154000, "USD")]),
    ("under $50k", [("under $50k", None, 50000, "USD")]),
    ("$3 per hour to $14 per hour", [("$3 per hour to $14", 3, 14, "USD", "hour")]),
    ("$76,000 per year and goes up to $154,000",
     [("$76,000", 76000, 76000, "USD", "year"), ("up to $154,000", None, 154000, "USD")]),
    ("just under $129,000", [("just under $129,000", 129000, 129000, "USD", None, True)]),
    ("a little over $88,000", [("a little over $88,000", 88000, 88000, "USD", None, True)]),
    ("closer to $73,000", [("closer to $73,000", 73000, 73000, "USD", None, True)]),
    ("over $164,000 (Rs 1.17 crore)",
     # the conversion takes the qualifiers of the amount it converts: open above too (SPEC, facts.csv)
     [("over $164,000", 164000, None, "USD"), ("Rs 1.17 crore", 11700000, None, "INR")]),
    ("between $72,000 and $313,797", [("$72,000 and $313,797", 72000, 313797, "USD")]),
    ("anywhere from $100,481 to $302,894", [("$100,481 to $302,894", 100481, 302894, "USD")]),
]

# --------------------------------------------------------------------------- issue 3 "must handle"
ISSUE: list[Any] = [
    ("USD 140,923", [("USD 140,923", 140923, 140923, "USD")]),
    ("USD3.14", [("USD3.14", 3.14, 3.14, "USD")]),
    ("40,000 EUR", [("40,000 EUR", 40000, 40000, "EUR")]),
    ("20 dollars", [("20 dollars", 20, 20, "USD")]),
    ("500 pounds sterling", [("500 pounds sterling", 500, 500, "GBP")]),
    ("3 million pounds", [("3 million pounds", 3000000, 3000000, "GBP")]),
    ("40 euros", [("40 euros", 40, 40, "EUR")]),
    ("5,000 rupees", [("5,000 rupees", 5000, 5000, "INR")]),
    ("Rs. 50,000", [("Rs. 50,000", 50000, 50000, "INR")]),
    ("US$4.7 billion", [("US$4.7 billion", 4.7e9, 4.7e9, "USD")]),
    ("C$85,000", [("C$85,000", 85000, 85000, "CAD")]),
    ("A$120,000", [("A$120,000", 120000, 120000, "AUD")]),
    ("CAD 90k", [("CAD 90k", 90000, 90000, "CAD")]),
    ("£45,000", [("£45,000", 45000, 45000, "GBP")]),
    ("€45.000", [("€45.000", 45000, 45000, "EUR")]),
    ("1.234,56 €", [("1.234,56 €", 1234.56, 1234.56, "EUR")]),
    ("CHF 1'049,95", [("CHF 1'049,95", 1049.95, 1049.95, "CHF")]),
    ("₹12 LPA", [("₹12 LPA", 1200000, 1200000, "INR", "year")]),
    ("¥5,000,000", [("¥5,000,000", 5000000, 5000000, "JPY")]),
    ("$5m", [("$5m", 5000000, 5000000, "USD")]),
    ("$2.5 mn", [("$2.5 mn", 2500000, 2500000, "USD")]),
    ("$3bn", [("$3bn", 3e9, 3e9, "USD")]),
    ("$3B", [("$3B", 3e9, 3e9, "USD")]),
    ("₹5 lakh", [("₹5 lakh", 500000, 500000, "INR")]),
    ("two million dollars", [("two million dollars", 2000000, 2000000, "USD")]),
    ("a thousand dollars", [("a thousand dollars", 1000, 1000, "USD")]),
    ("$53K-$91K", [("$53K-$91K", 53000, 91000, "USD")]),
    ("$17-$24 Per Hour", [("$17-$24", 17, 24, "USD", "hour")]),
    ("from $50,000 to $60,000", [("$50,000 to $60,000", 50000, 60000, "USD")]),
    ("Salary: 20 - 25k", [("20 - 25k", 20000, 25000, "USD")]),
    ("or more: $80,000 or more", [("$80,000 or more", 80000, None, "USD")]),
    ("at least $60,000", [("at least $60,000", 60000, None, "USD")]),
    ("less than $30,000", [("less than $30,000", None, 30000, "USD")]),
    ("as high as $250,000", [("$250,000", None, 250000, "USD")]),
    ("about $70,000", [("about $70,000", 70000, 70000, "USD", None, True)]),
    ("roughly $70,000", [("roughly $70,000", 70000, 70000, "USD", None, True)]),
    ("~$70k", [("~$70k", 70000, 70000, "USD", None, True)]),
    ("$60,000 yearly", [("$60,000", 60000, 60000, "USD", "year")]),
    ("$60,000 annually", [("$60,000", 60000, 60000, "USD", "year")]),
    ("£30,000 per annum", [("£30,000", 30000, 30000, "GBP", "year")]),
    ("£30,000 p.a.", [("£30,000", 30000, 30000, "GBP", "year")]),
    ("$90k/yr", [("$90k", 90000, 90000, "USD", "year")]),
    ("£35,000/annum", [("£35,000", 35000, 35000, "GBP", "year")]),
    ("$25 hourly", [("$25", 25, 25, "USD", "hour")]),
    ("$25 an hour", [("$25", 25, 25, "USD", "hour")]),
    ("$25/hr", [("$25", 25, 25, "USD", "hour")]),
    ("$4,000 per month", [("$4,000", 4000, 4000, "USD", "month")]),
    ("$4,000 monthly", [("$4,000", 4000, 4000, "USD", "month")]),
    ("$900 per week", [("$900", 900, 900, "USD", "week")]),
    ("$300 per day", [("$300", 300, 300, "USD", "day")]),
    ("£450 daily rate", [("£450", 450, 450, "GBP", "day")]),
    ("GA$89,469$64k$89k$115k", [("$89,469", 89469, 89469, "USD"), ("$64k", 64000, 64000, "USD"),
                                ("$89k", 89000, 89000, "USD"), ("$115k", 115000, 115000, "USD")]),
    ("Salary: 20,000 - 25,000 per annum", [("20,000 - 25,000", 20000, 25000, "USD", "year")]),
    ("Pay: 14.39 - 17.55/hour", [("14.39 - 17.55", 14.39, 17.55, "USD", "hour")]),
]

# --------------------------------------------------------------------------- seed-article forms
SEED: list[Any] = [
    ("the average yearly salary for machine learning engineers is a whopping $150,917.",
     [("$150,917", 150917, 150917, "USD", None)]),
    ("Salaries can even go as high as $300K+!", [("$300K+", 300000, None, "USD")]),
    ("is $119,647 per year and $104,108 per year for software engineers",
     [("$119,647", 119647, 119647, "USD", "year"), ("$104,108", 104108, 104108, "USD", "year")]),
    ("is $82,941 a year", [("$82,941", 82941, 82941, "USD", "year")]),
    ("projected to be worth almost $31 billion by 2024.",
     [("almost $31 billion", 31e9, 31e9, "USD", None, True)]),
    ("Entry Level (0-4 Years)$78,000", [("$78,000", 78000, 78000, "USD")]),
    ("Late-Career (20+ Years)$150,000", [("$150,000", 150000, 150000, "USD")]),
    ("Cost: $0 (or minimal)", [("$0", 0, 0, "USD")]),
    ("Cost: Avg. $34,740 (4 years)", [("$34,740", 34740, 34740, "USD", None)]),
    ("Cost: Avg. $50,000+ (in addition to Bachelor’s Degree)", [("$50,000+", 50000, None, "USD")]),
    ("cost around $10,000 to $20,000.", [("around $10,000 to $20,000", 10000, 20000, "USD", None, True)]),
    ("income threshold (usually $40-60,000 per year)", [("$40-60,000", 40000, 60000, "USD", "year", False)]),
    ("cost an average of $13,600 for a full-time education", [("$13,600", 13600, 13600, "USD", None, False)]),
    ("offer around USD 140,923 yearly as the average income",
     [("around USD 140,923", 140923, 140923, "USD", "year", True)]),
    ("make around $96,000 and above,", [("around $96,000 and above", 96000, None, "USD", None, True)]),
    ("can make up to $113,143 and more.", [("up to $113,143 and more", 113143, None, "USD")]),
    ("grossing nearly $200,000 per year.", [("nearly $200,000", 200000, 200000, "USD", "year", True)]),
    ("earns between $72,000 to $313,797 as", [("$72,000 to $313,797", 72000, 313797, "USD")]),
    ("Mean Annual Salary: $114,121", [("$114,121", 114121, 114121, "USD", None)]),
    ("Projected Job Growth Outlook (2018-28): 16%", []),
    ("Number of People Employed: 31,000", []),
    ("With a projected growth of 38.6% from 2021-2028, engineers", []),
    ("85% of CEOs say that AI will change", []),
    ("Duration: 1.5 to 2 years", []),
    ("Some job postings require 2-4 years of professional experience", []),
    ("Check out these 13 best machine learning courses", []),
    ("programs run between 3 months and 1 year", []),
]

# --------------------------------------------------------------------------- hand-written: UK / EU / India
UK_EU_INDIA: list[Any] = [
    ("£25,000 - £30,000 per annum", [("£25,000 - £30,000", 25000, 30000, "GBP", "year")]),
    ("£25k-£30k + benefits", [("£25k-£30k", 25000, 30000, "GBP")]),
    ("£30-35k", [("£30-35k", 30000, 35000, "GBP")]),
    ("£12.50 per hour", [("£12.50", 12.5, 12.5, "GBP", "hour")]),
    ("£11.44 ph", [("£11.44", 11.44, 11.44, "GBP", "hour")]),
    ("up to £45,000 plus bonus", [("up to £45,000", None, 45000, "GBP")]),
    ("£450 - £500 per day", [("£450 - £500", 450, 500, "GBP", "day")]),
    ("Competitive salary of £40,000 pa", [("£40,000", 40000, 40000, "GBP", "year")]),
    ("€50.000 - €60.000 per jaar", [("€50.000 - €60.000", 50000, 60000, "EUR")]),
    ("45 000 € brut annuel", [("45 000 €", 45000, 45000, "EUR")]),
    ("EUR 55,000", [("EUR 55,000", 55000, 55000, "EUR")]),
    ("55,000 EUR per year", [("55,000 EUR", 55000, 55000, "EUR", "year")]),
    ("CHF 120'000", [("CHF 120'000", 120000, 120000, "CHF")]),
    ("₹8,00,000 per annum", [("₹8,00,000", 800000, 800000, "INR", "year")]),
    ("₹6-10 LPA", [("₹6-10 LPA", 600000, 1000000, "INR", "year")]),
    ("INR 12 lakh", [("INR 12 lakh", 1200000, 1200000, "INR")]),
    ("Rs 1.5 crore", [("Rs 1.5 crore", 15000000, 15000000, "INR")]),
    ("25 lakh rupees", [("25 lakh rupees", 2500000, 2500000, "INR")]),
    ("₹50,000 a month", [("₹50,000", 50000, 50000, "INR", "month")]),
    ("SGD 6,000 monthly", [("SGD 6,000", 6000, 6000, "SGD", "month")]),
    ("S$6,000", [("S$6,000", 6000, 6000, "SGD")]),
    ("AU$95,000", [("AU$95,000", 95000, 95000, "AUD")]),
    ("NZ$80,000", [("NZ$80,000", 80000, 80000, "NZD")]),
    ("HK$40,000", [("HK$40,000", 40000, 40000, "HKD")]),
    ("R$ 8.500", [("R$ 8.500", 8500, 8500, "BRL")]),
    ("50 000 SEK", [("50 000 SEK", 50000, 50000, "SEK")]),
    ("ZAR 450,000", [("ZAR 450,000", 450000, 450000, "ZAR")]),
    ("¥6,000,000 a year", [("¥6,000,000", 6e6, 6e6, "JPY", "year")]),
    ("10 million yen", [("10 million yen", 1e7, 1e7, "JPY")]),
    ("a salary of 40,000 Swiss francs", [("40,000 Swiss francs", 40000, 40000, "CHF")]),
    ("Salary: £28,000 (Rs 29 lakh)", [("£28,000", 28000, 28000, "GBP"), ("Rs 29 lakh", 2.9e6, 2.9e6, "INR")]),
]

# --------------------------------------------------------------------------- hand-written: US hourly / job postings
JOB_POSTINGS: list[Any] = [
    # a place or a qualifier after the period phrase keeps the period
    ("Nurses in Texas earned $36.10 an hour in 2023.", [("$36.10", 36.1, 36.1, "USD", "hour")]),
    ("It pays $9,000 a year and benefits.", [("$9,000", 9000, 9000, "USD", "year")]),
    ("$50,000 a year or more", [("$50,000 a year or more", 50000, None, "USD", "year")]),
    ("earn $20 an hour or less.", [("$20 an hour or less", None, 20, "USD", "hour")]),
    ("a raise of $5,000 a year ago", [("$5,000", 5000, 5000, "USD", None)]),
    ("Employer Provided Salary:$25-$28 Per Hour", [("$25-$28", 25, 28, "USD", "hour")]),
    # "hr" glued to the amount is hourly; apart it may be human resources, and it never makes a bare number pay
    ("Pay $17-22hr (Based on Experience)", [("$17-22", 17, 22, "USD", "hour")]),
    ("Starting at $18hr", [("Starting at $18", 18, None, "USD", "hour")]),
    ("Pay $20 / hr", [("$20", 20, 20, "USD", "hour")]),
    ("a $5 million HR budget", [("$5 million", 5e6, 5e6, "USD", None)]),
    ("Work 40hr weeks for $800", [("$800", 800, 800, "USD", None)]),
    # a pay label makes a number without a currency pay, across filler words
    ("It offers a base salary ranging from 90k to 100k, plus commission", [("90k to 100k", 90000, 100000, "USD", None)]),
    ("Revenue ranging from 90k to 100k", []),
    ("$81K-$132K (Glassdoor est.)", [("$81K-$132K", 81000, 132000, "USD", None)]),
    ("Pay Range: $120,000 - $150,000 per year", [("$120,000 - $150,000", 120000, 150000, "USD", "year")]),
    ("Salary:  $130,000.00 USD Annually - $150,000.00 USD Annually",
     [("$130,000.00 USD Annually - $150,000.00 USD", 130000, 150000, "USD", "year")]),
    ("The base pay range is $52,500 and $70,000.", [("$52,500 and $70,000", 52500, 70000, "USD")]),
    ("Annual Salary Range: $76,000-$79,000Comprehensive Benefits", [("$76,000-$79,000", 76000, 79000, "USD")]),
    ("Pay: $18.50/hour", [("$18.50", 18.5, 18.5, "USD", "hour")]),
    ("$15.00-$21.00/hourly", [("$15.00-$21.00", 15, 21, "USD", "hour")]),
    ("Compensation: $95K - $110K + equity", [("$95K - $110K", 95000, 110000, "USD")]),
    ("$100k–$120k base", [("$100k–$120k", 100000, 120000, "USD")]),
    ("$45 - $55 an hour", [("$45 - $55", 45, 55, "USD", "hour")]),
    # "Starting at" on a card is a floor (dev5 gold, as "From $42 an hour" in dev4)
    ("starting at $22 per hour", [("starting at $22", 22, None, "USD", "hour")]),
    ("Hourly rate: 25.50", [("25.50", 25.5, 25.5, "USD")]),
    ("Salary: 85000", [("85000", 85000, 85000, "USD")]),
    ("$2,500 signing bonus", [("$2,500", 2500, 2500, "USD")]),
    ("OTE $180,000", [("$180,000", 180000, 180000, "USD")]),
    ("Salary from 16,500 to 18,000", [("16,500 to 18,000", 16500, 18000, "USD")]),
    ("$60K – $80K DOE", [("$60K – $80K", 60000, 80000, "USD")]),
    ("USD $75,000.00/Yr.", [("USD $75,000.00", 75000, 75000, "USD", "year")]),
    ("32000 - 41000/annum", [("32000 - 41000", 32000, 41000, "USD", "year")]),
    ("20.81/hour", [("20.81", 20.81, 20.81, "USD", "hour")]),
    ("Salary: 30-45000", [("30-45000", 30000, 45000, "USD")]),
    ("$1,000 - $2,000 a week", [("$1,000 - $2,000", 1000, 2000, "USD", "week")]),
    ("$60,000 to $80,000 yearly", [("$60,000 to $80,000", 60000, 80000, "USD", "year")]),
]

# --------------------------------------------------------------------------- other libraries' forms (hand-written)
GENERAL: list[Any] = [
    ("10k$", [("10k$", 10000, 10000, "USD")]),
    ("3.14US$", [("3.14US$", 3.14, 3.14, "USD")]),
    ("US$ 3.14", [("US$ 3.14", 3.14, 3.14, "USD")]),
    ("GBP 3.01", [("GBP 3.01", 3.01, 3.01, "GBP")]),
    ("CNY3", [("CNY3", 3, 3, "CNY")]),
    ("42 KWD", [("42 KWD", 42, 42, "KWD")]),
    ("20Rs", [("20Rs", 20, 20, "INR")]),
    ("Rs20", [("Rs20", 20, 20, "INR")]),
    ("ten dollars", [("ten dollars", 10, 10, "USD")]),
    ("a dollar", [("a dollar", 1, 1, "USD")]),
    ("twenty five thousand dollars", [("twenty five thousand dollars", 25000, 25000, "USD")]),
    ("between 10 and 20 dollars", [("10 and 20 dollars", 10, 20, "USD")]),
    ("10-20 dollars", [("10-20 dollars", 10, 20, "USD")]),
    ("under seven euros", [("under seven euros", None, 7, "EUR")]),
    ("at most 7€", [("at most 7€", None, 7, "EUR")]),
    ("no more than 7 euros", [("no more than 7 euros", None, 7, "EUR")]),
    ("over 1.42 dollars", [("over 1.42 dollars", 1.42, None, "USD")]),
    ("It costs 10 us dollar and 100 chinese yuan.", [("10 us dollar", 10, 10, "USD"), ("100 chinese yuan", 100, 100, "CNY")]),
    ("$ 20,000.00 $ 37,305.97 expenses", [("$ 20,000.00", 20000, 20000, "USD"), ("$ 37,305.97", 37305.97, 37305.97, "USD")]),
    ("10 $ is not much, nor is 10 €", [("10 $", 10, 10, "USD"), ("10 €", 10, 10, "EUR")]),
    ("buy it for USD 200.", [("USD 200", 200, 200, "USD")]),
    ("the price is 100 ₡", [("100 ₡", 100, 100, "CRC")]),
    ("Its GDP is $2.174T.", [("$2.174T", 2.174e12, 2.174e12, "USD")]),
    ("The annual revenue is -15€ ($-99.99).", [("-15€", -15, -15, "EUR"), ("$-99.99", -99.99, -99.99, "USD")]),
    ("a twenty-pound bag of rice for $10", [("$10", 10, 10, "USD")]),
    ("$1\u00a0298,00", [("$1\u00a0298,00", 1298, 1298, "USD")]),
    ("12,34,567.89 rupees", [("12,34,567.89 rupees", 1234567.89, 1234567.89, "INR")]),
    ("50 million USD", [("50 million USD", 5e7, 5e7, "USD")]),
    ("75 USD million", [("75 USD million", 7.5e7, 7.5e7, "USD")]),
    ("£ 8.10 million", [("£ 8.10 million", 8.1e6, 8.1e6, "GBP")]),
    ("$ 70 - a - share price", [("$ 70", 70, 70, "USD")]),
    ("sales of $1.17 billion a year earlier", [("$1.17 billion", 1.17e9, 1.17e9, "USD", None)]),
    ("AED 8000 (USD 2179)", [("AED 8000", 8000, 8000, "AED"), ("USD 2179", 2179, 2179, "USD")]),
    ("$1,695.00", [("$1,695.00", 1695, 1695, "USD")]),
    ("From $ 24.95", [("$ 24.95", 24.95, None, "USD")]),  # "from" before one amount: a floor
    ("$30.56/Month", [("$30.56", 30.56, 30.56, "USD", "month")]),
    ("2 399 Kč", [("2 399 Kč", 2399, 2399, "CZK")]),
    ("530,42 zł", [("530,42 zł", 530.42, 530.42, "PLN")]),
    ("1.727 Ft", [("1.727 Ft", 1727, 1727, "HUF")]),
    ("12,90 €", [("12,90 €", 12.9, 12.9, "EUR")]),
    ("five lakhs rupees", [("five lakhs rupees", 500000, 500000, "INR")]),
    ("four crore rupees", [("four crore rupees", 4e7, 4e7, "INR")]),
    ("£2,000", [("£2,000", 2000, 2000, "GBP")]),
    ("361 million pounds", [("361 million pounds", 3.61e8, 3.61e8, "GBP")]),
    ("323 million euros", [("323 million euros", 3.23e8, 3.23e8, "EUR")]),
    ("450,000 yen", [("450,000 yen", 450000, 450000, "JPY")]),
    xfail("thirteen dollars and forty-five cents", [("thirteen dollars and forty-five cents", 13.45, 13.45, "USD")],
          "cents after a unit word are not read"),
    xfail("ringgit 42", [("ringgit 42", 42, 42, "MYR")], "currency nouns before the number are not read"),
    xfail("c $ 300 million", [("c $ 300 million", 3e8, 3e8, "CAD")], "spaced lower-case c $ is not read as CAD"),
]

# --------------------------------------------------------------------------- dev articles, round 2 (bounds, approx, periods)
DEV_ROUND2: list[Any] = [
    # SPEC: only a range connector joins amounts (`and` only after between/from), so a
    # min/max pair is two open bounds, like "$76,000 per year and goes up to $154,000"
    ("with a minimum of £5,132 and a maximum of £7,952 a year.",
     [("a minimum of £5,132", 5132, None, "GBP"), ("a maximum of £7,952", None, 7952, "GBP", "year")]),
    ("Rates are at least $40 and up to $55 an hour.", [("at least $40", 40, None, "USD"), ("up to $55", None, 55, "USD", "hour")]),
    ("a maximum of £7,952 and a minimum of £5,132", [("a maximum of £7,952", None, 7952, "GBP"), ("a minimum of £5,132", 5132, None, "GBP")]),
    ("at least $90,000, up to $70,000 in bonus", [("at least $90,000", 90000, None, "USD"), ("up to $70,000", None, 70000, "USD")]),
    ("Pay: $50,000 and up", [("$50,000 and up", 50000, None, "USD")]),
    # approx
    ("Apprentices start near $16 an hour.", [("near $16", 16, 16, "USD", "hour", True)]),
    # "before"/"after" right after the period phrase qualify the pay, not the time
    ("A nurse earns £15.33 an hour before enhancements.", [("£15.33", 15.33, 15.33, "GBP", "hour")]),
    ("around €52,000 a year before tax", [("around €52,000", 52000, 52000, "EUR", "year", True)]),
    ("$60,000 a year after graduation", [("$60,000", 60000, 60000, "USD", "year")]),
    ("It was $40,000 a year earlier.", [("$40,000", 40000, 40000, "USD", None)]),
    ("she earned $50,000 a year ago", [("$50,000", 50000, 50000, "USD", None)]),
    # "+ super" is an add-on, not an open bound
    ("AUD 120k + super", [("AUD 120k", 120000, 120000, "AUD")]),
    ("Salary: A$95,000 + super", [("A$95,000", 95000, 95000, "AUD")]),
]


# --------------------------------------------------------------------------- negatives
NEGATIVES: list[Any] = [
    # vague quantities are not amounts
    ("It costs a few thousand euros.", []),
    ("several million dollars", []),
    ("a couple hundred dollars", []),
    ("In 2024 the company hired 31,000 people.", []),
    ("Revenue grew 16% in 2018-28.", []),
    ("Call us at (555) 123-4567 or +1 800 555 0199.", []),
    ("The meeting is on 25-09 at 10:30.", []),
    ("Rated 4.5/5 by 1,200 users", []),
    ("Upgrade to version 3.10.2 today", []),
    ("echo $HOME and $PATH", []),
    ("awk '{print $1}' file.txt", []),
    ("s/(foo)/\\$1bar/", []),
    ("Use ${1} in the template", []),
    ("print($1abc)", []),
    ("The salary survey 2024 was published", []),
    ("We have 40 hours per week of support", []),
    ("Top 3 Daily Responsibilities", []),
    ("a 20-pound dumbbell", []),
    ("he weighs 200 pounds", []),
    ("billions of dollars were spent", []),
    ("3 times per year", []),
    ("The ratio was 3:1 in 2021", []),
    ("Step 1: install Python 3.11", []),
    ("ISO 9001 certified since 1998", []),
    ("Population: 8,400,000", []),
    ("Los Angeles, CA 90001", []),
    ("TOP 10 tips", []),
    ("ALL 5 members agreed", []),
    ("a few dollars more", []),
]


@pytest.mark.parametrize("text,expected", SPEC, ids=_ids(SPEC))
def test_spec_examples(text: str, expected: list[tuple[Any, ...]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize("text,expected", ISSUE, ids=_ids(ISSUE))
def test_issue_forms(text: str, expected: list[tuple[Any, ...]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize("text,expected", SEED, ids=_ids(SEED))
def test_seed_article_forms(text: str, expected: list[tuple[Any, ...]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize("text,expected", UK_EU_INDIA, ids=_ids(UK_EU_INDIA))
def test_uk_eu_india(text: str, expected: list[tuple[Any, ...]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize("text,expected", JOB_POSTINGS, ids=_ids(JOB_POSTINGS))
def test_job_postings(text: str, expected: list[tuple[Any, ...]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize("text,expected", GENERAL, ids=[c[0][:40] if isinstance(c, tuple) else c.id for c in GENERAL])
def test_general_forms(text: str, expected: list[tuple[Any, ...]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize("text,expected", NEGATIVES, ids=_ids(NEGATIVES))
def test_not_money(text: str, expected: list[tuple[Any, ...]]) -> None:
    _check(text, expected)


def test_label_amount_takes_dominant_currency() -> None:
    text = "The role pays £40,000 in London.\nSalary: 20,000 - 25,000 per annum"
    found = find_money(text)
    assert [m.currency for m in found] == ["GBP", "GBP"]
    assert found[1].rule == "label_amount_range"


def test_label_amount_falls_back_to_default_currency() -> None:
    found = find_money("Salary: 20,000 - 25,000 per annum", default_currency="EUR")
    assert [(m.amount_min, m.currency) for m in found] == [(20000, "EUR")]


def test_rule_ids() -> None:
    rules = [m.rule for m in find_money("$5 to $10, USD 20, 30 EUR, ten dollars")]
    assert rules == ["symbol_range", "code_prefix", "code_suffix", "number_words"]


def test_mentions_sorted_and_disjoint() -> None:
    text = "Pay: $40-60,000 a year, over $164,000 (Rs 1.17 crore), GA$89,469$64k$89k$115k " * 20
    found = find_money(text)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    assert all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize(
    "s,expected",
    [
        ("$89,469", (89469, 89469, "USD")),
        ("$64k", (64000, 64000, "USD")),
        ("$40-60,000", (40000, 60000, "USD")),
        ("20,000", (20000, 20000, None)),
        ("14.39 - 17.55", (14.39, 17.55, None)),
        ("£30k+", (30000, None, "GBP")),
        ("Avg. $13,600", (13600, 13600, "USD")),
        ("Unknown", None),
        ("", None),
    ],
)
def test_parse_amount(s: str, expected: Optional[tuple[Any, ...]]) -> None:
    m = parse_amount(s)
    if expected is None:
        assert m is None
    else:
        assert m is not None and (m.amount_min, m.amount_max, m.currency) == expected
        assert s[m.start : m.end] == m.text


def test_linear_time_on_pathological_runs() -> None:
    import time

    for chunk in ("1,", "$", "-", "1.", "$1-", "1 ", "k$"):
        text = chunk * 20000
        t0 = time.perf_counter()
        find_money(text)
        assert time.perf_counter() - t0 < 5.0, chunk


# An article line (a block) never continues into the next: a marker or qualifier ending one
# line does not attach to an amount starting the next ("$" in the anchors matched before a final "\n").
LINE_BREAKS: list[Any] = [
    ("Pay in USD\n50,000 people applied.", []),
    ("Rent is about \u00a3\n45,000 a year.", []),
    ("Prices in C$\n12 stores.", []),
    ("Pay rises up to\n$50,000 for seniors.", [("$50,000", 50000, 50000, "USD", None, False)]),
    ("Senior engineers earn around\n$120,000 a year.", [("$120,000", 120000, 120000, "USD", "year", False)]),
    ("Pay rises up to $50,000 for seniors.", [("up to $50,000", None, 50000, "USD", None, False)]),  # same line
    ("Rent is about \u00a3 45,000 a year.", [("about \u00a3 45,000", 45000, 45000, "GBP", "year", True)]),
    # a range never spans a line break, and "and" needs its intro word on the amount's line
    ("Juniors: $50,000 -\n$60,000 for seniors", [("$50,000", 50000, 50000, "USD", None, False),
                                                  ("$60,000", 60000, 60000, "USD", None, False)]),
    ("Pay ranges widely\n$50,000 and $60,000 are common", [("$50,000", 50000, 50000, "USD", None, False),
                                                          ("$60,000", 60000, 60000, "USD", None, False)]),
    ("Pay ranges widely: $50,000 and $60,000 are common", [("$50,000 and $60,000", 50000, 60000, "USD", None, False)]),
    ("The base pay range is between:\n\n$50,000 and $60,000", [("$50,000 and $60,000", 50000, 60000, "USD", None, False)]),
]


@pytest.mark.parametrize("text,expected", LINE_BREAKS, ids=_ids(LINE_BREAKS))
def test_line_breaks(text: str, expected: list[tuple[Any, ...]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize("text,expected", DEV_ROUND2, ids=_ids(DEV_ROUND2))
def test_dev_round2(text: str, expected: list[tuple[Any, ...]]) -> None:
    _check(text, expected)


# --------------------------------------------------------------------------- accuracy round dev5
# African, Asian and Eastern European currency forms, open bounds worded as verbs.
# Sentences written for these tests (not copied from the dev set); negatives in the same tables.
DEV5_CURRENCIES: list[Any] = [
    # rand / naira: one capital letter glued to a number shaped like money
    ("Average earnings hit R31 250 last year.", [("R31 250", 31250, 31250, "ZAR")]),
    ("Cleaners earn R32.50 an hour.", [("R32.50", 32.5, 32.5, "ZAR", "hour")]),
    ("Analysts earn R540 000 to R690 000 per annum.", [("R540 000 to R690 000", 540000, 690000, "ZAR", "year")]),
    ("Directors: R2.4 million and above", [("R2.4 million and above", 2.4e6, None, "ZAR")]),
    ("| R60 000 – R85 000 |", [("R60 000 – R85 000", 60000, 85000, "ZAR")]),
    ("Engineers take home N650,000 to N1.2 million a month.", [("N650,000 to N1.2 million", 650000, 1.2e6, "NGN", "month")]),
    ("a bonus averaging N2 million", [("N2 million", 2e6, 2e6, "NGN")]),
    ("Our R&D budget grew; Windows Server 2008 R2 ships.", []),
    ("Take the R27 towards the coast; exit at N12.", []),
    ("Wear N95 masks and R2 units.", []),
    # "$1;" after code is a positional variable, "S$25;" is a price
    ("The guide costs S$30; the PDF is free.", [("S$30", 30, 30, "SGD")]),
    ("awk '{print $2;}'", []),
    ("the R2 (a version) and the R5 model", []),
    ("model R1,000 units", []),
    # Kenyan shilling spellings
    ("a clerk earns KSh 95,000 to KSh 140,000 per month", [("KSh 95,000 to KSh 140,000", 95000, 140000, "KES", "month")]),
    ("rent runs Ksh 40,000–55,000 a month", [("Ksh 40,000–55,000", 40000, 55000, "KES", "month")]),
    ("Kshs. 12,500 per week", [("Kshs. 12,500", 12500, 12500, "KES", "week")]),
    ("TSh 800,000 or USh 1,200,000", [("TSh 800,000", 800000, 800000, "TZS"), ("USh 1,200,000", 1.2e6, 1.2e6, "UGX")]),
    ("GH₵ 4,500 a month", [("GH₵ 4,500", 4500, 4500, "GHS", "month")]),
    # juta / jt (million), ribu (thousand)
    ("Rp 15–22 juta", [("Rp 15–22 juta", 15e6, 22e6, "IDR")]),
    ("Rp 40 juta to Rp 60 juta a month", [("Rp 40 juta to Rp 60 juta", 40e6, 60e6, "IDR", "month")]),
    ("Rp 8jt per bulan", [("Rp 8jt", 8e6, 8e6, "IDR")]),
    ("Rp 500 ribu", [("Rp 500 ribu", 500000, 500000, "IDR")]),
    # won after a magnitude or a grouped number; never a verb after a small number
    ("starting pay rose to 48 million won", [("48 million won", 48e6, 48e6, "KRW")]),
    ("a 30,000 won lunch", [("30,000 won", 30000, 30000, "KRW")]),
    ("Of the 12 races, 7 won by a length.", []),
    # subunits: the document's dollar / euro, else USD
    ("Drivers get 58 cents per mile.", [("58 cents", 0.58, 0.58, "USD", None)]),
    ("Fees: €3 plus 20 cents per call", [("€3", 3, 3, "EUR"), ("20 cents", 0.2, 0.2, "EUR")]),
    ("a 50 pence coin", [("50 pence", 0.5, 0.5, "GBP")]),
    ("up 12 percent", []),
    # lakh / crore with no sign are rupees; not when they count something
    ("architects earn around 1.5 crore.", [("around 1.5 crore", 1.5e7, 1.5e7, "INR", None, True)]),
    ("freshers get 4 lakh per annum", [("4 lakh", 4e5, 4e5, "INR", "year")]),
    ("a city of 1.4 crore people", []),
    ("2 lakh users signed up", []),
    # ¥: JPY unless the line or its section heading is about China
    ("CHINA: SALARIES\n\nGraduates were offered closer to ¥7,900.", [("closer to ¥7,900", 7900, 7900, "CNY")]),
    ("expected 10,000 yuan but got ¥8,000", [("10,000 yuan", 10000, 10000, "CNY"), ("¥8,000", 8000, 8000, "CNY")]),
    ("JAPAN\n\nShanghai ¥9,000\nTokyo ¥240,000", [("¥9,000", 9000, 9000, "CNY"), ("¥240,000", 240000, 240000, "JPY")]),
    ("Rent is ¥120,000 a month.", [("¥120,000", 120000, 120000, "JPY", "month")]),
    # kr: Swedish unless the line or section is about Norway, Denmark or Iceland
    ("A Malmo tester earns 48,000 kr a month.", [("48,000 kr", 48000, 48000, "SEK", "month")]),
    ("In Oslo, nurses earn 52 000 kr a month.", [("52 000 kr", 52000, 52000, "NOK", "month")]),
    ("DENMARK\n\nPay: kr 41.000 per month", [("kr 41.000", 41000, 41000, "DKK", "month")]),
    ("the 5 kraken", []),
    # local symbols and names (babel's CLDR symbols and rules/money.yaml)
    ("Цена: 4 500 Р", [("4 500 Р", 4500, 4500, "RUB")]),
    ("всего 720 р.", [("720 р.", 720, 720, "RUB")]),
    ("в 2024 Россия", []),
    ("Цена 410 лв. с ДДС", [("410 лв.", 410, 410, "BGN")]),
    ("77 BGN", [("77 BGN", 77, 77, "BGN")]),
    ("pret 89,90 lei", [("89,90 lei", 89.9, 89.9, "RON")]),
    ("cena 5400 dinara", [("5400 dinara", 5400, 5400, "RSD")]),
    ("giá 150.000 đ", [("150.000 đ", 150000, 150000, "VND")]),
    ("giá 150.000 đồng", [("150.000 đồng", 150000, 150000, "VND")]),
    ("1.250 د.إ", [("1.250 د.إ", 1250, 1250, "AED")]),
    ("السعر 2,100.00 درهم", [("2,100.00 درهم", 2100, 2100, "AED")]),
]

DEV5_BOUNDS: list[Any] = [
    # "from" before one amount is a floor; not a former value, not a "from ... to" range
    ("junior roles from €26.000.", [("€26.000", 26000, None, "EUR")]),
    ("A Lisbon start-up hires testers from €21.000.", [("€21.000", 21000, None, "EUR")]),
    ("sales are down from $9m", [("$9m", 9e6, 9e6, "USD")]),
    ("Shared flats from S$950", [("S$950", 950, None, "SGD")]),
    ("Reports from €4.99/month", [("€4.99", 4.99, None, "EUR", "month")]),
    ("pay rose to $70,000 from $64,000 last year", [("$70,000", 70000, 70000, "USD"), ("$64,000", 64000, 64000, "USD")]),
    ("revenue of $5.1bn, up from $4.6bn", [("$5.1bn", 5.1e9, 5.1e9, "USD"), ("$4.6bn", 4.6e9, 4.6e9, "USD")]),
    ("wages went from $12 in 2019 to $15 now", [("$12", 12, 12, "USD"), ("$15", 15, 15, "USD")]),
    ("anywhere from $40,000 to $55,000", [("$40,000 to $55,000", 40000, 55000, "USD")]),
    ("Starting at $21.25", [("Starting at $21.25", 21.25, None, "USD")]),
    # caps and "exceed": the verb bounds the amount, outside the span
    ("an allowance capped at AED 45,000 per child", [("AED 45,000", None, 45000, "AED")]),
    ("claims must not exceed $800", [("$800", None, 800, "USD")]),
    ("fees can exceed AED 70,000 a year per child", [("AED 70,000", 70000, None, "AED", "year")]),
    ("bonuses often exceed £10,000", [("£10,000", 10000, None, "GBP")]),
    # a restatement in another period keeps the open bound
    ("up to €6.500 per month, or €78.000 a year", [("up to €6.500", None, 6500, "EUR", "month"), ("€78.000", None, 78000, "EUR", "year")]),
    ("at least $4,000 a month, or $48,000 a year", [("at least $4,000", 4000, None, "USD", "month"), ("$48,000", 48000, None, "USD", "year")]),
    ("up to $30 an hour or $45 an hour with overtime", [("up to $30", None, 30, "USD", "hour"), ("$45", 45, 45, "USD", "hour")]),
    ("up to $500, or $700 for families", [("up to $500", None, 500, "USD"), ("$700", 700, 700, "USD")]),
]

DEV6_BOUNDS: list[Any] = [
    # verbs of passing a level: open above, the verb outside the span
    ("PAs often clear $160,000 once bonuses count", [("$160,000", 160000, None, "USD")]),
    ("engineers can cross ₹1.2 crore a year", [("₹1.2 crore", 1.2e7, None, "INR", "year")]),
    ("bonuses topped $1 million", [("$1 million", 1e6, None, "USD")]),
    # a ceiling reached, or a cap verb whose "at" closes its clause: open below
    ("pay tops out at $95,000", [("$95,000", None, 95000, "USD")]),
    ("the agreement caps a Grade 2 nurse at AUD 1,790.60 per week", [("AUD 1,790.60", None, 1790.6, "AUD", "week")]),
    ("The council capped pay for managers at $150,000 a year", [("$150,000", None, 150000, "USD", "year")]),
    # a glued "-plus" is open above; "+ bonus" after a cap keeps the cap
    ("will reach $30-plus by 2028", [("$30-plus", 30, None, "USD")]),
    ("pays up to $150,000 + bonus", [("up to $150,000", None, 150000, "USD")]),
    # a change of level: "to X from Y", "edges up to X" are plain amounts
    ("which climbs to $17.13 an hour from $16.66.", [("$17.13", 17.13, 17.13, "USD", "hour"), ("$16.66", 16.66, 16.66, "USD")]),
    ("the rate goes to $16 from $15.50.", [("$16", 16, 16, "USD"), ("$15.50", 15.5, 15.5, "USD")]),
    ("the rate edges up to $16.90 an hour from $16.50", [("$16.90", 16.9, 16.9, "USD", "hour"), ("$16.50", 16.5, 16.5, "USD")]),
    # negatives: a cap verb elsewhere, "goes up to" is a cap, "at" without a cap verb, open forms kept
    ("Pay goes up to $120k for seniors", [("up to $120k", None, 120000, "USD")]),
    ("Hiring caps, with nurses paid at $40", [("$40", 40, 40, "USD")]),
    ("Salaries were at $50,000 in 2020", [("$50,000", 50000, 50000, "USD")]),
    ("Pay is $110,000 and counting", [("$110,000", 110000, 110000, "USD")]),
    ("Shift leads earn $26 an hour or more", [("$26 an hour or more", 26, None, "USD", "hour")]),
    ("workers earning $7.25 or less", [("$7.25 or less", None, 7.25, "USD")]),
    ("Roles from $60k.", [("$60k", 60000, None, "USD")]),
    ("Base of $90k plus bonus", [("$90k", 90000, 90000, "USD")]),
    # periods written in other languages after the amount; a period word before an amount still counts
    ("ganha R$ 8.500 por mês", [("R$ 8.500", 8500, 8500, "BRL", "month")]),
    ("cobra $1.200.000 al mes", [("$1.200.000", 1.2e6, 1.2e6, "USD", "month")]),
    ("4.500 € pro Monat brutto", [("4.500 €", 4500, 4500, "EUR", "month")]),
    ("R$ 50 por hora", [("R$ 50", 50, 50, "BRL", "hour")]),
    ("the por mesa $5", [("$5", 5, 5, "USD")]),
    ("$50,000 a year from now", [("$50,000", 50000, 50000, "USD", None)]),
]


# --------------------------------------------------------------------------- dev7: codes after ranges, glued cells, units
DEV7_FORMS: list[Any] = [
    # a trailing code after a range of plain-"$" amounts names both ends
    ("$17.85 – $20.25 CAD", [("$17.85 – $20.25 CAD", 17.85, 20.25, "CAD")]),
    ("mostly between $85,000 and $105,000 CAD.", [("$85,000 and $105,000 CAD", 85000, 105000, "CAD")]),
    ("Clerk – $17.60 – $19.00 CAD/hr", [("$17.60 – $19.00 CAD", 17.6, 19.0, "CAD", "hour")]),
    ("$50k-$60k AUD", [("$50k-$60k AUD", 50000, 60000, "AUD")]),
    # negatives: a qualified start keeps its own dollar; "and" without "between" is no range
    ("US$20 – $25 CAD", [("US$20", 20, 20, "USD"), ("$25 CAD", 25, 25, "CAD")]),
    ("$100 and $200 CAD", [("$100", 100, 100, "USD"), ("$200 CAD", 200, 200, "CAD")]),
    ("$90,000.00 USD", [("$90,000.00 USD", 90000, 90000, "USD")]),
    # flattened table rows: a marker glued to the end of the cell before it opens the next cell
    ("Toronto, ONC$78,500C$61kC$97k+3.1%121.6",
     [("C$78,500", 78500, 78500, "CAD"), ("C$61k", 61000, 61000, "CAD"), ("C$97k", 97000, 97000, "CAD")]),
    ("Calgary, ABC$88,500C$5k–C$9k", [("C$88,500", 88500, 88500, "CAD"), ("C$5k–C$9k", 5000, 9000, "CAD")]),
    ("Research scientist$128,000CHF 118,000€74,000",
     [("$128,000", 128000, 128000, "USD"), ("CHF 118,000", 118000, 118000, "CHF"), ("€74,000", 74000, 74000, "EUR")]),
    ("$61kCHF 50k", [("$61k", 61000, 61000, "USD"), ("CHF 50k", 50000, 50000, "CHF")]),
    # negatives: a state code glued to "$", unknown capitals, a unit after a magnitude
    ("Austin, TX$81,300$60k", [("$81,300", 81300, 81300, "USD"), ("$60k", 60000, 60000, "USD")]),
    ("ABC$5", [("$5", 5, 5, "USD")]),
    ("Sydney, NSWA$5", [("$5", 5, 5, "USD")]),
    # a suffix qualifier followed by an amount in the same phrase opens that amount
    ("drop any report below $20,000 or above $750,000 as a likely error",
     [("below $20,000", None, 20000, "USD"), ("above $750,000", 750000, None, "USD")]),
    ("$50,000 or more.", [("$50,000 or more", 50000, None, "USD")]),
    ("$1m and above\t$1.5m+", [("$1m and above", 1e6, None, "USD"), ("$1.5m+", 1.5e6, None, "USD")]),
    # an article and a currency noun naming the unit are no amount
    ("83.4 rupees to a dollar", [("83.4 rupees", 83.4, 83.4, "INR")]),
    ("It is an index, not a dollar amount", []),
    ("401(k) with a dollar-for-dollar match", []),
    # negatives: an amount of one, and "to" without an amount of the other currency before it
    ("a dollar", [("a dollar", 1, 1, "USD")]),
    ("they earn a dollar an hour more", [("a dollar", 1, 1, "USD", "hour")]),
    ("the fee rose to a dollar", [("a dollar", 1, 1, "USD")]),
    ("a thousand dollars", [("a thousand dollars", 1000, 1000, "USD")]),
    # an ordinal glued to a bare number is a rank
    ("CityMedian base salary10th percentile90th percentile", []),
    ("Median salary 10th percentile", []),
    ("Salary: 45,000", [("45,000", 45000, 45000, "USD")]),
]


@pytest.mark.parametrize("text,expected", DEV7_FORMS, ids=_ids(DEV7_FORMS))
def test_dev7_forms(text: str, expected: list[tuple[Any, ...]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize("text,expected", DEV6_BOUNDS, ids=_ids(DEV6_BOUNDS))
def test_dev6_bounds_and_periods(text: str, expected: list[tuple[Any, ...]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize("text,expected", DEV5_CURRENCIES, ids=_ids(DEV5_CURRENCIES))
def test_dev5_currencies(text: str, expected: list[tuple[Any, ...]]) -> None:
    _check(text, expected)


@pytest.mark.parametrize("text,expected", DEV5_BOUNDS, ids=_ids(DEV5_BOUNDS))
def test_dev5_bounds(text: str, expected: list[tuple[Any, ...]]) -> None:
    _check(text, expected)


# --------------------------------------------------------------------------- fast paths equal their regex spec
# _symbol_before and prefix_before find by lookup / backwards what the forward
# $-anchored searches of symbol_before and prefix_qualifier find; _NUMBER starts
# with its digit. Random strings built from the vocabulary's own pieces, seeded.

from extract import money  # noqa: E402

_SPEC_NUMBER = money.re.compile(
    r"(?<!\d)(?<!\d[.,'’])"
    r"(?P<int>\d{1,2},(?:\d{2},)+\d{3}(?!\d)"
    r"|\d{1,3}(?P<sep>[,.'’\u00a0\u202f\u2009 ])\d{3}(?!\d)(?:(?P=sep)\d{3}(?!\d))*"
    r"|\d+)"
    r"(?P<dec>[.,]\d+)?"
    r"(?!\d)"
)


def _random_texts(pieces: list[str], *, n: int, seed: int, glue: tuple[str, ...] = ("",)) -> list[str]:
    import random

    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) + rnd.choice(glue) for _ in range(rnd.randint(1, 7))) for _ in range(n)]


def test_number_regex_equals_its_lookbehind_first_spec() -> None:
    texts = _random_texts(list("0123456789,.'’ x\u00a0"), n=20000, seed=1) + ["1,23,456.78 12.345.678 1'000 3 000 000"]
    for text in texts:
        want = [(m.span(), m.span("int"), m.group("sep"), m.span("dec")) for m in _SPEC_NUMBER.finditer(text)]
        assert [(m.span(), m.span("int"), m.group("sep"), m.span("dec")) for m in money._NUMBER.finditer(text)] == want


def test_symbol_lookup_equals_symbol_regex() -> None:
    rules = money.money_rules()
    pieces = list(rules.symbols) + ["a", "S", "x", " ", "\u00a0", "-", "5", "R", "s", "\\", "\n"]
    for text in _random_texts(pieces, n=20000, seed=2):
        for lead in range(len(text) + 1):
            m = rules.symbol_before.search(text, max(0, lead - 8), lead)
            want = (m.start(), m.group("sym")) if m else None
            assert money._symbol_before(text, max(0, lead - 8), lead, rules) == want, (text, lead)


def test_backwards_prefix_equals_forward_search() -> None:
    rules = money.money_rules()
    pieces = sorted({w for p in rules.prefix_kinds for w in p.split()}) + ["A", "OVER", "x", "ſome", "$", "(", "5"]
    for k, text in enumerate(_random_texts(pieces, n=6000, seed=3, glue=(" ", "", "  ", "\n", "\u00a0", "\n\n"))):
        for end in range(len(text) + 1):
            lo = max(0, end - (30 if k % 3 else 9))
            m = rules.prefix_qualifier.search(text, lo, end)
            want = (m.start("q"), m.group("q")) if m else None
            assert money.prefix_before(text, lo, end, rules) == want, (text, lo, end)


def _spec_words_in(text: str, vocabulary: frozenset[str]) -> list[tuple[int, int]]:
    return [m.span() for m in money.re.finditer(r"[A-Za-z]+", text) if m.group().lower() in vocabulary]


def test_words_in_equals_a_scan_of_every_word() -> None:
    vocabulary = frozenset({"dollars", "euro", "kip", "rand"})
    pieces = ["Dollars", "dollars", "DOLLARS", "euro", "Euros", "kip", "kips", "rand", "grand", "\u00e9", "\u212aip",
              "\u0130", "d\u00f6llars", "5", " ", "-", ".", "\n", "\u2019", "\U0001F4B0", "\ud800"]
    for text in _random_texts(pieces, n=20000, seed=4, glue=("", " ", "", "\u00a0")):
        assert money._words_in(text, vocabulary) == _spec_words_in(text, vocabulary), text


def test_prechecks_never_skip_a_match() -> None:
    """The cheap character tests that skip a regex hold wherever that regex matches."""
    rules = money.money_rules()
    pieces = list(rules.symbols) + list(rules.dollar_prefixes) + ["USD", "usd", "Eur", "is", "around", "a", " ", "\u00a0",
                                                                   "-", "\n", "5", "k", "K", "\u212a", "lakh", "mn"]
    examples = ["US $5", "C $ 5", "(NZ $-5", "is $5", "AUD$\n5", "usd $ -5", "Rs. 5", "EUR\n5", "5 lakh", "5\u00a0mn", "5K"]
    for text in examples + _random_texts(pieces, n=6000, seed=5):
        for lead in range(len(text) + 1):
            lo = max(0, lead - 8)
            ends = [end for end in money._marker_ends(text, lead) if end > lo]
            before = {text[end - 1] for end in ends}
            glued = money._GLUED_QUALIFIED_DOLLAR.search(text, lo, lead)
            if glued and rules.is_dollar_prefix(glued.group("q")):
                assert any(map(rules.is_dollar_prefix, (money._letters_before_dollar(text, e) for e in ends))), (text, lead)
            if glued or rules.symbol_before.search(text, lo, lead) or money._CODE_BEFORE.search(text, lo, lead):
                assert before & rules.marker_last_chars, (text, lead)
            if money._CODE_BEFORE.search(text, lo, lead):
                assert before & money._ASCII_LETTERS, (text, lead)
            if rules.magnitude_spaced.match(text, lead):
                first = text[lead : lead + 1]
                assert money._may_be_letter(first) or (first in " \u00a0" and money._may_be_letter(text[lead + 1 : lead + 2]))
            if rules.magnitude_glued.match(text, lead):
                assert text[lead : lead + 1] in money._ASCII_LETTERS


def test_prefix_currency_equals_the_general_marker_lookup() -> None:
    """The one- and two-character shortcuts of _prefix_currency find what _marker_before finds."""
    rules = money.money_rules()
    pieces = (list(rules.symbols) + list(rules.dollar_prefixes) + ["USD", "usd", "Usd", "ALL", "to", "of", "salary", "k", "ſ",
              "\u212a", "a", "x", " ", " ", "\u00a0", "-", "\u2212", "\\", "{", "=", "(", ":", ",", "\n", "5", "12"])
    examples = ["pay $5", "64k$5", "C$5", "US $5", "R$5", "\\$5", "USD 5", "Rs 5", "to 5", "(5", "$ 5", "円5", "x円5", "US$-5"]
    for text in examples + _random_texts(pieces, n=20000, seed=6):
        for lead in range(len(text) + 1):
            assert money._prefix_currency(text, lead, rules) == money._marker_before(text, lead, rules), (text, lead)


def test_character_tests_never_skip_a_match() -> None:
    """_may_start_at / _may_end_at say no only where the pattern they guard cannot match."""
    rules = money.money_rules()
    pieces = (sorted({w for p in list(rules.period_of) + list(rules.suffix_kinds) + list(rules.prefix_kinds) for w in p.split()})
              + list(rules.symbols) + ["USD", "usd", "dollars", "pounds", "sterling", "percent", "per cent", "%", "A", "PER",
                                       "ſ", "\u212a", "\u0130", "\u0131", "x", "5", "/", "+", "-", "\n", "\t", ".", ",", "$"])
    suffix_markers = (money._QUALIFIED_DOLLAR_AFTER, rules.symbol_after, money._CODE_AFTER, money._WORDS_AFTER)
    for text in _random_texts(pieces, n=8000, seed=7, glue=("", " ", "  ", "\u00a0", "\t", "\n")):
        for pos in range(len(text) + 1):
            if rules.period_after.match(text, pos):
                assert money._may_start_at(text, pos, rules.period_first_chars), (text, pos)
            if rules.suffix_qualifier.match(text, pos):
                assert money._may_start_at(text, pos, rules.suffix_first_chars), (text, pos)
            if any(p.match(text, pos) for p in suffix_markers):
                assert money._may_start_at(text, pos, rules.suffix_marker_first_chars), (text, pos)
            if money._CODE_AFTER.match(text, pos):
                assert money._may_start_at(text, pos, money._ASCII_LETTERS), (text, pos)
            if rules.prefix_qualifier.search(text, max(0, pos - 30), pos):
                assert money._may_end_at(text, pos, rules.prefix_last_chars), (text, pos)
            assert money._percent_after(text, pos) == bool(money._PERCENT_AFTER.match(text, pos)), (text, pos)


def test_may_join_never_skips_a_range_connector() -> None:
    """_may_join says no only where neither range pattern can match the whole gap."""
    rules = money.money_rules()
    pieces = ["-", "–", "—", "−", "to", "TO", "To", "through", "thru", "till", "until", "and", "AND", "x", "5", "$", ",",
              "ſ", "\u212a", "\u0130", " ", "\u00a0", "\t", "\n", "\u2009"]
    for text in _random_texts(pieces, n=6000, seed=8, glue=("", " ", "\u00a0", "\n")):
        for start in range(len(text) + 1):
            for stop in range(start, len(text) + 1):
                if rules.range_connector.fullmatch(text, start, stop) or rules.range_and.fullmatch(text, start, stop):
                    assert money._may_join(text, start, stop, rules.range_first_chars), (text, start, stop)


def test_cap_and_approximation_gates_never_skip_a_match() -> None:
    """_may_end_at with _AT_LAST / _OF_LAST says no only where _AT_BEFORE / approx_noun cannot end there."""
    rules = money.money_rules()
    pieces = ["at", "AT", "At", "of", "OF", "Of", "a", "an", "roughly", "close to", "package", "caps", "nearly a fee of",
              "Roughly an", "ſ", "\u212a", "x",
              "5", "$", "\n", "\t", "'", "-"]
    for text in _random_texts(pieces, n=8000, seed=9, glue=("", " ", "  ", "\u00a0", "\t", "\n")):
        for pos in range(len(text) + 1):
            if money._AT_BEFORE.search(text, max(0, pos - 6), pos):
                assert money._may_end_at(text, pos, money._AT_LAST), (text, pos)
            if rules.approx_noun is not None and rules.approx_noun.search(text, max(0, pos - 60), pos):
                assert money._may_end_at(text, pos, money._OF_LAST), (text, pos)
