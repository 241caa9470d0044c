"""Normalization readings of the dev18 accuracy round: foreign period and pay words, allowances,
pay packages, a caption's add-on phrase, pay of its own after another amount's period.

Every sentence is invented; cases are grouped by the reading they check, negatives beside them.
"""
from __future__ import annotations

import pytest

from extract.qualifiers import qualify
from tests.test_qualifiers import qualify_at as _q


# period phrases of other languages (rules/qualifiers.yaml period lists)
FOREIGN_PERIODS = [
    ("Un tester guadagna 31.500 € lordi annui.", "31.500 €", "year"),
    ("Offerta: RAL 41.000 € più benefit.", "41.000 €", "year"),
    ("Lo stipendio è di 1.720 € netti al mese.", "1.720 €", "month"),
    ("Pagano 14 € all'ora ai camerieri.", "14 €", "hour"),
    ("Il rimborso è di 95 € al giorno.", "95 €", "day"),
    ("Si arriva a 640 € a settimana in alta stagione.", "640 €", "week"),
    ("Les serveurs gagnent 610 € par semaine.", "610 €", "week"),
    ("Le stagiaire touche 12 € par heure.", "12 €", "hour"),
    ("Er verdient 880 € pro Woche.", "880 €", "week"),
    ("Cobra 410 € por semana.", "410 €", "week"),
    ("Zarabia 9 100 zł miesięcznie.", "9 100 zł", "month"),
    # negatives: no period word, or one that is not a pay period
    ("Il corso costa 2.300 € in totale.", "2.300 €", None),
    ("Ha speso 70 € per il treno.", "70 €", None),
]


@pytest.mark.parametrize("sentence,amount,period", FOREIGN_PERIODS)
def test_foreign_period(sentence: str, amount: str, period: str | None) -> None:
    assert _q(sentence, amount).period == period


# pay words of other languages, gross and net: salary
FOREIGN_PAY = [
    ("Il suo stipendio è 2.050 €.", "2.050 €", "salary"),
    ("Circa 1.830 € netti, dopo le tasse.", "1.830 €", "salary"),
    ("Un salaire brut de 3 150 € est courant.", "3 150 €", "salary"),
    ("Das Bruttogehalt liegt bei 4.350 €.", "4.350 €", "salary"),
    # negatives: a price names no pay word, a net price is not read as net pay in English
    ("Il biglietto costa 12 € a persona.", "12 €", "other"),
    ("The rent for a studio is 980 € a month.", "980 €", "cost"),
]


@pytest.mark.parametrize("sentence,amount,category", FOREIGN_PAY)
def test_foreign_pay_words(sentence: str, amount: str, category: str) -> None:
    assert _q(sentence, amount).category == category


# an allowance for where or how one works is pay; one meeting an expense is not
ALLOWANCES = [
    ("Staff in the capital get an inner-city allowance of £2,750.", "£2,750", "salary"),
    ("Night workers receive a shift allowance of $410 a month.", "$410", "salary"),
    ("Employees get a transport allowance of R$ 310 a month.", "R$ 310", "other"),
    ("Remote staff claim a home office allowance of €480 a year.", "€480", "other"),
    ("A work boot allowance of up to $85 a year applies.", "$85", "other"),
    ("Lunch comes as a ticket restaurant of 7 € per working day.", "7 €", "other"),
    ("Dues include a £4,500 death benefit.", "£4,500", "other"),
]


@pytest.mark.parametrize("sentence,amount,category", ALLOWANCES)
def test_allowance_category(sentence: str, amount: str, category: str) -> None:
    assert _q(sentence, amount).category == category


def test_allowance_takes_no_earlier_period() -> None:
    s = "A clerk on ₦410,000 a month also gets a leave allowance of ₦270,000."
    assert _q(s, "₦410,000").period == "month"
    assert _q(s, "₦270,000").period is None


# a pay package is total pay; the parts of a sum are not
PACKAGES = [
    ("A new recruit starts on a package of about £36,800.", "£36,800", "total"),
    ("Typical weekly packages run at $2,210 for ICU nurses.", "$2,210", "total"),
    ("The offer package is $171K base + $45K/yr in RSUs.", "$45K", None),
    ("The offer package is $171K base + $45K/yr in RSUs.", "$171K", "base"),
    # negative: a relocation package is not pay at all
    ("There is a relocation package of up to $6,500.", "$6,500", None),
]


@pytest.mark.parametrize("sentence,amount,component", PACKAGES)
def test_package_component(sentence: str, amount: str, component: str | None) -> None:
    assert _q(sentence, amount).pay_component == component


# a caption's add-on phrase speaks of the column that names it; the other columns take the main phrase
CAPTION = "Median annual base salary for welders by region, with typical contract day rates:"
CAPTION_CASES = [
    (("Leeds", "Contract day rate", CAPTION), (None, None, "day")),
    (("Leeds", "Senior (5+ yrs)", CAPTION), ("median", "base", "year")),
    (("Leeds", "Mid-level", CAPTION), ("median", "base", "year")),
    # negative: a label whose "with" phrase is not a column of its own keeps its whole reading
    (("Senior", "Pay for welders with ten years' service, per year"), (None, None, "year")),
]


@pytest.mark.parametrize("labels,expected", CAPTION_CASES)
def test_caption_add_on(labels: tuple[str, ...], expected: tuple[str | None, ...]) -> None:
    q = qualify("$640", 0, 4, labels=labels)
    assert (q.statistic, q.pay_component, q.period) == expected


# pay paid apart (an allowance) is neither base nor total; nor is what comes on top of basic pay
SEPARATE = [
    ("Site allowance of A$70 per day on top of package.", "A$70", None),
    ("A basic of Dh7,000 plus a Dh2,250 monthly housing allowance.", "Dh2,250", None),
    ("A basic of Dh7,000 plus a Dh2,250 monthly housing allowance.", "Dh7,000", "base"),
    ("On top of basic pay, staff in the capital get weighting of £2,950 per annum.", "£2,950", None),
    # negative: base pay stated for the amount itself
    ("Basic pay is £31,400 per annum.", "£31,400", "base"),
]


@pytest.mark.parametrize("sentence,amount,component", SEPARATE)
def test_separate_pay_component(sentence: str, amount: str, component: str | None) -> None:
    assert _q(sentence, amount).pay_component == component
