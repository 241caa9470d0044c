"""Normalization readings of the dev18/dev19 round (norm27): invented sentences, negatives in the same tables."""
from __future__ import annotations

import pytest

from tests.test_qualifiers import qualify_at as _q


# A weak "worth" makes a market size only of an amount of that size; a pay-sized one is read by its other cues.
@pytest.mark.parametrize(
    "sentence, amount, category",
    [
        # from dev18: a pay-scale step and a band's top "worth" a pay-sized sum
        ("The step from grade 3 to grade 4 is worth £6,150 a year to a sergeant.", "£6,150", "salary"),
        ("With the employer's super the band tops out worth about $151,400, including super, at the top step.", "$151,400", "salary"),
        # negatives: a market size stays one
        ("The sector is projected to be worth almost $14 billion by 2030.", "$14 billion", "market"),
        ("The deal is worth €2.5m to the agency.", "€2.5m", "market"),
        ("The contract is worth $3,400,000 over three years.", "$3,400,000", "market"),
        # a noun right before "worth" still decides
        ("She got a retention award worth $40,000.", "$40,000", "salary"),
    ],
)
def test_weak_worth(sentence: str, amount: str, category: str) -> None:
    assert _q(sentence, amount).category == category


# An amount in billions with no category cue is a market size; pay is never counted in billions.
@pytest.mark.parametrize(
    "sentence, amount, category",
    [
        ("Software exports from the region reached $9.3 billion in 2022.", "$9.3 billion", "market"),
        ("The national pipeline lists more than NZ$85 billion of projects.", "NZ$85 billion", "market"),
        ("The agency paid €3bn in total compensation last year.", "€3bn", "salary"),  # a pay cue still wins
        ("The firm lists 140 roles; one was filled at $2.4 million.", "$2.4 million", "other"),  # millions: no default
        ("The fund has $3 billion in the bank.", "$3 billion", "other"),  # holdings are no market
    ],
)
def test_billions_default_to_market(sentence: str, amount: str, category: str) -> None:
    assert _q(sentence, amount).category == category


# An opening "Total:" / "Base:" label states the component of the amount right after it and of its restatement.
@pytest.mark.parametrize(
    "sentence, amount, component",
    [
        ("• Total: $2,310 per week", "$2,310", "total"),
        ("• Total: $2,310 per week, or roughly $29,900 for the whole assignment", "$29,900", "total"),
        ("Base: about $27/hr", "$27", "base"),
        # negatives: a label of something else, a later amount that is no restatement, no label
        ("• Total rooms: $95 a night", "$95", None),
        ("• Total: $2,310 per week and a bonus of $400", "$400", "bonus"),
        ("The total came to $5,400 a month.", "$5,400", None),
    ],
)
def test_opening_label_component(sentence: str, amount: str, component: str | None) -> None:
    assert _q(sentence, amount).pay_component == component


# A restatement over a span that is no pay period ("for the full contract") takes no period from the first amount.
@pytest.mark.parametrize(
    "sentence, amount, period",
    [
        ("They earn $2,310 per week, or roughly $29,950 for the full contract.", "$29,950", None),
        ("They earn $2,310 per week, or about $26,000 over the whole assignment.", "$26,000", None),
        # negatives: the restatement's span is a pay period; no restatement
        ("They earn $2,310 per week, or roughly $120,000 for the year.", "$120,000", "year"),
        ("They earn $2,310 per week, or $46 an hour.", "$46", "hour"),
        ("They earn $2,310 per week.", "$2,310", "week"),
    ],
)
def test_restated_scope(sentence: str, amount: str, period: str | None) -> None:
    assert _q(sentence, amount).period == period


# A period adjective of a noun whose value is a later amount ("monthly instalments of X") is that amount's.
@pytest.mark.parametrize(
    "sentence, amount, period",
    [
        ("The course costs 3.600 €, or twelve monthly instalments of 300 €.", "3.600 €", None),
        ("The course costs 3.600 €, or twelve monthly instalments of 300 €.", "300 €", "month"),
        ("They offer €52,000–€61,000 base, and an annual bonus of up to €5,000.", "€52,000–€61,000", None),
        ("The college charges a $285 registration fee and annual fees of C$415.", "$285", None),
        # negatives: the adjective right after the amount is its own; a period with no "noun of"
        ("She earns €4,100 monthly.", "€4,100", "month"),
        ("He makes $1,900 weekly instalments of pay.", "$1,900", "week"),
        ("Interns get $2,000, paid monthly.", "$2,000", "month"),
    ],
)
def test_period_of_a_later_noun(sentence: str, amount: str, period: str | None) -> None:
    assert _q(sentence, amount).period == period


# What a reader or a candidate buys: a product's paid tier, a priced list label, a fee, a payer paying.
@pytest.mark.parametrize(
    "sentence, amount, category",
    [
        ("© 2025 Example Media · Example Premium $3.49/month", "$3.49", "cost"),
        ("Upgrade to Pro: $11 a month", "$11", "cost"),
        ("• Cloud Analytics Certificate (Coursera): US$39 a month", "US$39", "cost"),
        ("• Cloud Analytics Professional Certificate on Coursera: US$39 a month", "US$39", "cost"),
        ("- Regional licence application: $90–$250", "$90–$250", "cost"),
        ("- National Board Examination (XYZ): $410", "$410", "cost"),
        ("Agencies keep a margin even when the end client pays them €48–62 an hour.", "€48–62", "cost"),
        ("The evening diploma is self-funded: at £7,400 a year for two years.", "£7,400", "cost"),
        # negatives: pay for holding a certification; a "premium" of pay; a plain pay label
        ("• Paramedic certification: $7,800 annually", "$7,800", "salary"),
        ("Specialists earn a premium of roughly €2,900 a year.", "€2,900", "salary"),
        ("Salary: $64,000 a year", "$64,000", "salary"),
    ],
)
def test_prices(sentence: str, amount: str, category: str) -> None:
    assert _q(sentence, amount).category == category


# One-off recognition and spot payments are bonuses; KiwiSaver/superannuation on top marks base pay;
# "offering" is an offer; "grosses" is pay.
@pytest.mark.parametrize(
    "sentence, amount, category, component",
    [
        ("Managers can make one-off recognition payments of between £40 and £400.", "£40 and £400", "salary", "bonus"),
        ("Staff may receive a spot bonus of $250 for extra shifts.", "$250", "salary", "bonus"),
        ("A fintech, which raised NZ$19 million last year, is offering leads NZ$140k–NZ$155k + KiwiSaver.",
         "NZ$140k–NZ$155k", "salary", "base"),
        ("A contractor who bills 205 days a year grosses around $164,000.", "$164,000", "salary", None),
        # negative: the funding amount stays a market figure
        ("A fintech, which raised NZ$19 million last year, is offering leads NZ$140k–NZ$155k + KiwiSaver.",
         "NZ$19 million", "market", None),
    ],
)
def test_pay_words(sentence: str, amount: str, category: str, component: str | None) -> None:
    q = _q(sentence, amount)
    assert (q.category, q.pay_component) == (category, component)


# A column header of net pay takes no pay component from a caption speaking of CTC or packages.
@pytest.mark.parametrize(
    "labels, component",
    [
        (("Graduate take-home (per month)", "Pune", "Average annual CTC by city, with graduate CTC and take-home pay:"), None),
        (("Graduate in-hand (monthly)", "Pune", "Average CTC by city, and monthly pay:"), None),
        # negatives: a CTC column under the same caption
        (("Graduate CTC", "Pune", "Average annual CTC by city, with graduate CTC and take-home pay:"), "total"),
    ],
)
def test_net_pay_header(labels: tuple[str, ...], component: str | None) -> None:
    assert _q("₹61,000", "₹61,000", labels=labels).pay_component == component


# A caption's add-on after ", and" speaks of the column whose header names its period.
@pytest.mark.parametrize(
    "labels, expected",
    [
        (("Contract rate (per day)", "Nelson", "Median base salary for staff roles, and typical contract day rates, by region:"),
         (None, None, "day")),
        (("Staff PM (p.a.)", "Nelson", "Median base salary for staff roles, and typical contract day rates, by region:"),
         ("median", "base", "year")),
    ],
)
def test_caption_add_on_after_and(labels: tuple[str, ...], expected: tuple) -> None:
    q = _q("$880–$1,020", "$880–$1,020", labels=labels)
    assert (q.statistic, q.pay_component, q.period) == expected
