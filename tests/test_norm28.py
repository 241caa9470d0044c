"""Qualifier readings added in accuracy round 3 (norm28): word families of rules/qualifiers.yaml.

Sentences are invented; each row names the amount, and the facet value expected (None: no value).
"""

from __future__ import annotations

from typing import Optional

import pytest

from extract.qualifiers import qualify


def _read(sentence: str, amount: str, facet: str) -> Optional[str]:
    start = sentence.index(amount)
    return getattr(qualify(sentence, start, start + len(amount)), facet)


# Period: slash forms of years in other languages, day rates by their foreign names, units of goods.
PERIOD = [
    ("Ingeniera de datos · Sevilla · 31.000 € brutos/año", "31.000 €", "year"),
    ("Entwickler (m/w/d) · 64.000 €/Jahr", "64.000 €", "year"),
    ("Consultant · 52 k€/an", "52 k€", "year"),
    ("Développeur freelance · TJM 610 €", "610 €", "day"),
    ("Freiberufler · Tagessatz 750 €", "750 €", "day"),
    ("Maestra · 1.700 €/mes", "1.700 €", "month"),
    # negatives: a price per unit of goods takes no pay period from elsewhere in the sentence
    ("Drivers earn $61,000 a year while diesel sold at $1.52 a litre.", "$1.52", None),
    ("A year later heating oil cost $4.10 per gallon.", "$4.10", None),
]


@pytest.mark.parametrize(("sentence", "amount", "expected"), PERIOD)
def test_period(sentence: str, amount: str, expected: Optional[str]) -> None:
    assert _read(sentence, amount, "period") == expected


# Category: posted pay ranges, H-1B filings and equity grants are pay; subscriptions, offer
# reviews and renewals are prices; a public budget that fixes pay is no price.
CATEGORY = [
    ("The posted range for a staff analyst is $171,000 to $240,000 in Denver.", "$171,000 to $240,000", "salary"),
    ("LCA filings for the job ran from $118,200 to $151,000 last year.", "$118,200 to $151,000", "salary"),
    ("Offers included an RSU grant of $275,500 spread over four years.", "$275,500", "salary"),
    ("El sueldo base lo fija el state budget: 1.201,77 € a month for group B.", "1.201,77 €", "salary"),
    ("Paid subscribers ($6/month) read every survey.", "$6", "cost"),
    ("Suscríbete por 4,49 €/mes y lee sin límites.", "4,49 €", "cost"),
    ("Abonnement numérique : 7,99 € par mois", "7,99 €", "cost"),
    ("Career coaching · one-on-one offer review, $95 per session", "$95", "cost"),
    ("Licence renewal: R 1 150 every five years", "R 1 150", "cost"),
    # negatives: a grant that is no equity stays other, a budget that is a price stays a cost
    ("The lab won a research grant of $310,000 from the foundation.", "$310,000", "other"),
    ("Our household budget is $2,300 a month.", "$2,300", "cost"),
]


@pytest.mark.parametrize(("sentence", "amount", "expected"), CATEGORY)
def test_category(sentence: str, amount: str, expected: Optional[str]) -> None:
    assert _read(sentence, amount, "category") == expected


# Pay component: base pay and profit sharing by their names in other languages, "a total of".
COMPONENT = [
    ("El salario base de un técnico es de 1.420 € al mes.", "1.420 €", "base"),
    ("Le salaire de base démarre à 2 950 € brut.", "2 950 €", "base"),
    ("Elle recrute des analystes à 48 000–54 000 € fixe plus variable.", "48 000–54 000 €", "base"),
    ("Das Grundgehalt liegt bei 4.150 € im Monat.", "4.150 €", "base"),
    ("Son intéressement lui a versé 2 400 € en 2023.", "2 400 €", "bonus"),
    ("Staff received 1 900 € from participation schemes last spring.", "1 900 €", "bonus"),
    ("A head nurse earns a total of $128,000 a year with overtime.", "$128,000", "total"),
    # negatives: no component word
    ("Une analyste gagne 3 100 € brut par mois.", "3 100 €", None),
    ("A head nurse earns $128,000 a year.", "$128,000", None),
]


@pytest.mark.parametrize(("sentence", "amount", "expected"), COMPONENT)
def test_pay_component(sentence: str, amount: str, expected: Optional[str]) -> None:
    assert _read(sentence, amount, "pay_component") == expected


# Statistic: a statistic named before an earlier amount does not reach an amount in a clause of its own
# (a subject and a verb after ", and"); an elliptical second amount still shares it.
STATISTIC = [
    ("The average welder earns $4,100 a month, and apprentices in Leeds begin at about $2,300.", "about $2,300", None),
    ("The median fee was $91 per visit, and the top tenth of clinics charged $160.", "$160", None),
    ("The average wage is $31 an hour in Ohio, and $36 in the capital city.", "$36", "mean"),
    ("The median rent is $1,200 in Lyon and $1,600 in Paris.", "$1,600", "median"),
    ("The average welder earns $4,100 a month.", "$4,100", "mean"),
]


@pytest.mark.parametrize(("sentence", "amount", "expected"), STATISTIC)
def test_statistic(sentence: str, amount: str, expected: Optional[str]) -> None:
    assert _read(sentence, amount, "statistic") == expected


# Category of an amount from the noun of its own "in" phrase, from job listings and from a worker's net.
HEAD_IN = [
    ("Busy fleets can gross about $410K a year in revenue.", "about $410K", "market"),
    ("The chain earned €2.3 billion in sales in 2024.", "€2.3 billion", "market"),
    ("The region's hotels generated R4 billion in operating receipts last year.", "R4 billion", "market"),
    ("She negotiated $95,000 in RSUs over four years.", "$95,000", "salary"),
    ("Forklift jobs in Leeds · £24K–£27K", "£24K–£27K", "salary"),
    ("After fuel and tolls, the contractors netted about $68,000.", "about $68,000", "salary"),
    # negatives: a year after "in" names a time, not what the amount is
    ("Freelancers paid $1,200 in 2023 for the licence.", "$1,200", "salary"),
    ("The fee rose to $310 in 2024.", "$310", "cost"),
]


@pytest.mark.parametrize(("sentence", "amount", "expected"), HEAD_IN)
def test_category_of_own_phrase(sentence: str, amount: str, expected: Optional[str]) -> None:
    assert _read(sentence, amount, "category") == expected


# Period: a pay noun in the earlier amount's clause ("once allowances are added") does not keep
# the later, comparable amount from sharing its period; one in the later amount's clause does.
PERIOD_SHARED = [
    ("Clerks gross about R21k a month once allowances are added, and private firms R18,000 to R24,000.",
     "R18,000 to R24,000", "month"),
    ("Clerks gross about R21k a month, and firms add a travel allowance of R1,500.", "R1,500", None),
]


@pytest.mark.parametrize(("sentence", "amount", "expected"), PERIOD_SHARED)
def test_period_shared(sentence: str, amount: str, expected: Optional[str]) -> None:
    assert _read(sentence, amount, "period") == expected
