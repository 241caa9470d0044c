"""Category readings of accuracy round 3: what a reader pays a publisher, a job board or a tutor is a cost;
pay stated before or after costs taken from it stays pay; pay premiums are not a product's Premium tier."""
from __future__ import annotations

import pytest

from extract.qualifiers import qualify


def _category(sentence: str, amount: str) -> str:
    start = sentence.index(amount)
    return qualify(sentence, start, start + len(amount)).category


@pytest.mark.parametrize(
    ("sentence", "amount", "category"),
    [
        # a publisher's or job board's price (invented site footers)
        ("Weekly newsletter: kr 35 per month", "kr 35", "cost"),
        ("Premium: $6.99/month", "$6.99", "cost"),
        ("Examplewage Premium: ₹199/month", "₹199", "cost"),
        ("Premium salary reports from £7.49/month", "£7.49", "cost"),
        ("Get the Pay Guide 2026 (PDF, 30 pages) – S$24.90", "S$24.90", "cost"),
        ("Pro job alerts NZ$5.50/month", "NZ$5.50", "cost"),
        ("Employers: post a vacancy from €59 per week", "€59", "cost"),
        ("Featured job posts from ₦30,000", "₦30,000", "cost"),
        ("ADVERTISEMENT: Board Prep Plus, $299.", "$299", "cost"),
        ("A CV review by one of our advisers is €39.", "€39", "cost"),
        ("Uncapped home broadband runs R599 a month.", "R599", "cost"),
        # pay before or after costs taken from it is still pay
        ("Welders here make about £88k a year before expenses.", "£88k", "salary"),
        ("Most drivers clear $2,350 monthly after platform fees.", "$2,350", "salary"),
        ("Care aides earn A$36.20/hr + penalties", "A$36.20", "salary"),
        # pay premiums are pay (negatives of the Premium tier)
        ("Porters get €14 an hour, with a €1.50/hr premium on nights.", "€1.50", "salary"),
        ("Night shift premium of C$2.10/hr.", "C$2.10", "salary"),
        ("Analysts with Python earn a premium of around €4,000.", "€4,000", "salary"),
        # a worker's charge in a currency whose mark starts with letters ("US$", "R$") is their pay;
        # "us" as the object of the verb is who pays
        ("Flutter developers with five years of experience often bill US$40 an hour.", "US$40", "salary"),
        ("A plumber may bill us $90 an hour.", "$90", "cost"),
        # an amount describing a job or worker is that job's pay, whatever cue stands around it
        ("If a ₹1 lakh bootcamp turns a ₹5 LPA tester into a ₹9 LPA analyst, it pays off.", "₹9 LPA", "salary"),
        ("A £2,000 course can lead to a £45k engineering role.", "£45k", "salary"),
        ("An RM6,500 hire would cost the company around RM7,800 a month.", "RM6,500", "salary"),
        ("A £2,000 course can lead to a £45k engineering role.", "£2,000", "cost"),
        ("A $300 fee for nurses applies.", "$300", "cost"),
        # a plain price stays a cost, plain pay stays pay
        ("Tuition runs $12,000 a year.", "$12,000", "cost"),
        ("Cooks earn $19 an hour.", "$19", "salary"),
    ],
)
def test_category(sentence: str, amount: str, category: str) -> None:
    assert _category(sentence, amount) == category
