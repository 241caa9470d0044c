"""Example tables for extract.qualifiers, grouped by where the cases came from.

Each case: (sentence, the amount as written in it, labels) -> (category, statistic,
pay_component, period). The amount's offsets are found with ``str.index``.
"""

from __future__ import annotations

import re
from typing import Any, Optional

import pytest

from extract.qualifiers import exchange_rate, names_category, qualify
from extract.rules import RuleError

Expected = tuple[str, Optional[str], Optional[str], Optional[str]]


def qualify_at(sentence: str, amount: str, labels: tuple[str, ...] = ()):
    """The qualifiers of the first occurrence of ``amount`` in ``sentence`` (shared by the round test files)."""
    start = sentence.index(amount)
    return qualify(sentence, start, start + len(amount), labels=labels)


def _check(sentence: str, amount: str, labels: tuple[str, ...], expected: Expected) -> None:
    start = sentence.index(amount)
    q = qualify(sentence, start, start + len(amount), labels=labels)
    assert (q.category, q.statistic, q.pay_component, q.period) == expected


# --------------------------------------------------------------------------- seed gold decisions
SEED: list[Any] = [
    ("In fact, the average yearly salary for machine learning engineers is a whopping $150,917.", "$150,917", (),
     ("salary", "mean", None, "year")),
    ("Salaries can even go as high as $300K+!", "$300K+", (), ("salary", None, None, None)),
    ("(For reference, the avg. yearly salary for data scientists is $119,647 per year and $104,108 per year for software engineers)",
     "$119,647", (), ("salary", "mean", None, "year")),
    ("(For reference, the avg. yearly salary for data scientists is $119,647 per year and $104,108 per year for software engineers)",
     "$104,108", (), ("salary", "mean", None, "year")),
    ("• The average entry-level starting salary for machine learning engineers is $82,941 a year", "$82,941", (),
     ("salary", "mean", None, "year")),
    ("• A mid-level machine learning engineer with 5-9 years of experience can expect to earn $112,095 per year",
     "$112,095", (), ("salary", None, None, "year")),
    ("Not only that, but machine learning jobs are projected to be worth almost $31 billion by 2024.",
     "almost $31 billion", (), ("market", None, None, None)),
    ("According to Glassdoor, the average salary for machine learning engineers is $114,121 per year.", "$114,121", (),
     ("salary", "mean", None, "year")),
    ("• Mean Annual Salary: $114,121", "$114,121", (), ("salary", "mean", None, "year")),
    ("Today, data scientists earn an average total income of $146,937, with some professionals grossing nearly $200,000 per year.",
     "$146,937", (), ("salary", "mean", "total", "year")),
    ("Today, data scientists earn an average total income of $146,937, with some professionals grossing nearly $200,000 per year.",
     "nearly $200,000", (), ("salary", None, "total", "year")),
    ("Coding bootcamps cost an average of $13,600 for a full-time education.", "$13,600", (), ("cost", "mean", None, None)),
    ("• Cost: $0 (or minimal)", "$0", (), ("cost", None, None, None)),
    ("• Cost: Avg. $13,600", "$13,600", (), ("cost", "mean", None, None)),
    ("• Average Base Salary: $70,700", "$70,700", (), ("salary", "mean", "base", None)),
    ("• Cost: Avg. $34,740 (4 years)", "$34,740", (), ("cost", "mean", None, None)),
    ("• Cost: Avg. $30,000 to $100,000 (in addition to Bachelor’s Degree)", "$30,000 to $100,000", (),
     ("cost", "mean", None, None)),
    ("Coding bootcamps in New York City cost around $10,000 to $20,000.", "around $10,000 to $20,000", (),
     ("cost", None, None, None)),
    ("Once students are employed and making above a certain income threshold (usually $40-60,000 per year) they begin paying a fixed percent of their income, often for around 2 years.",
     "$40-60,000", (), ("other", None, None, "year")),
    ("• Indeed says that machine learning engineer jobs offer around USD 140,923 yearly as the average income",
     "around USD 140,923", (), ("salary", "mean", None, "year")),
    ("• On the other hand, PayScale argues that they get paid an average of $113,358 per year", "$113,358", (),
     ("salary", "mean", None, "year")),
    ("• Glassdoor finds the average machine learning engineering salary to be $131,001 on a yearly average", "$131,001", (),
     ("salary", "mean", None, "year")),
    ("• Whereas, the recruitment tycoon LinkedIn says that the average pay for machine learning engineering jobs is USD 130,000",
     "USD 130,000", (), ("salary", "mean", None, None)),
    ("• Junior machine learning engineer salary with around 1-4 years of experience is usually $112,057 as they have a mix of theoretical and practical knowledge.",
     "$112,057", (), ("salary", None, None, None)),
    ("• Senior machine learning engineer salary with 10-19 years of experience is a yearly average salary of $150,360.",
     "$150,360", (), ("salary", "mean", None, "year")),
    ("Payscale says that while data scientists make around $96,000 and above, machine learning engineers can make up to $113,143 and more.",
     "up to $113,143 and more", (), ("salary", None, None, None)),
    ("• Whereas, an average google machine learning engineer earns between $72,000 to $313,797 as the highest payer for an ML engineer",
     "$72,000 to $313,797", (), ("salary", None, None, None)),
    ("• On the other hand, machine learning engineer salary facebook can be from $185,350 to $207,430 as a yearly average, which is a much higher starting salary than the rest says Salary",
     "$185,350 to $207,430", (), ("salary", "mean", None, "year")),
    ("• Microsoft offers a pay of $128,514 to $149,789 for its machine learning engineer employees", "$128,514 to $149,789", (),
     ("salary", None, None, None)),
    ("• Glassdoor says that machine learning engineer salary amazon can be anywhere from $100,481 to $302,894 for machine learning engineers",
     "$100,481 to $302,894", (), ("salary", None, None, None)),
]

# --------------------------------------------------------------------------- labels: table headers, list labels
LABELS: list[Any] = [
    ("Atlanta, GA$89,469$64k$89k$115k", "$89,469", ("Average Salary",), ("salary", "mean", None, None)),
    ("Atlanta, GA$89,469$64k$89k$115k", "$64k", ("Entry-Level Salary",), ("salary", None, None, None)),
    ("Philadelphia, PA$93,496$67k$93k$119k", "$93,496", ("Average Salary",), ("salary", "mean", None, None)),
    ("Entry Level (0-4 Years)$78,000", "$78,000", (), ("other", None, None, None)),
    ("Boston | $34.50", "$34.50", ("Hourly Wage",), ("salary", None, None, "hour")),
    ("Nurse | $6,200", "$6,200", ("Median Monthly Pay",), ("salary", "median", None, "month")),
    ("$120,000", "$120,000", ("Mean Annual Salary",), ("salary", "mean", None, "year")),
    ("$15,000", "$15,000", ("Average Bonus",), ("salary", "mean", "bonus", None)),
    ("$210,000", "$210,000", ("Total Compensation",), ("salary", None, "total", None)),
    ("$9,500", "$9,500", ("Tuition",), ("cost", None, None, None)),
    ("$4.2 billion", "$4.2 billion", ("Market size (2023)",), ("market", None, None, None)),
    ("The median salary is $95,000.", "$95,000", ("Hourly Wage",), ("salary", "median", None, "hour")),
]

# --------------------------------------------------------------------------- hand-written generality cases
GENERAL: list[Any] = [
    ("The median base salary for nurses is $77,600 a year.", "$77,600", (), ("salary", "median", "base", "year")),
    ("Product managers earn a median of £65,000.", "£65,000", (), ("salary", "median", None, None)),
    ("The job pays $22 an hour.", "$22", (), ("salary", None, None, "hour")),
    ("Hourly wages start at $18.", "$18", (), ("salary", None, None, "hour")),
    ("Engineers receive an annual bonus of $12,000.", "$12,000", (), ("salary", None, "bonus", "year")),
    ("Total compensation averages $250,000 at senior levels.", "$250,000", (), ("salary", "mean", "total", None)),
    ("OTE is £60,000 with uncapped commission.", "£60,000", (), ("salary", None, "total", None)),
    ("Tuition fees are £9,250 per year.", "£9,250", (), ("cost", None, None, "year")),
    ("The course costs $499.", "$499", (), ("cost", None, None, None)),
    ("Monthly rent averages $2,100 in the city.", "$2,100", (), ("cost", "mean", None, "month")),
    ("The AI market is valued at $150 billion.", "$150 billion", (), ("market", None, None, None)),
    ("The startup raised $20 million in funding.", "$20 million", (), ("market", None, None, None)),
    ("Annual revenue reached €3.2 billion.", "€3.2 billion", (), ("market", None, None, "year")),
    ("Contractors charge a daily rate of £500.", "£500", (), ("salary", None, None, "day")),
    ("Tuition averages $13,500, and the average graduate lands a job paying $69,000.", "$69,000", (), ("salary", "mean", None, None)),  # a contractor's rate is pay for work
    ("The tax-free allowance is £12,570.", "£12,570", (), ("other", None, None, None)),
    ("Juniors earn $60,000, while seniors average $120,000.", "$60,000", (), ("salary", None, None, None)),
    ("Juniors earn $60,000, while seniors average $120,000.", "$120,000", (), ("salary", "mean", None, None)),
    ("An average worker earns $50,000.", "$50,000", (), ("salary", None, None, None)),
    ("An average of $50,000 is paid.", "$50,000", (), ("salary", "mean", None, None)),
    ("The role offers a base salary of $140,000 plus a $20,000 bonus.", "$140,000", (), ("salary", None, "base", None)),
    ("The role offers a base salary of $140,000 plus a $20,000 bonus.", "$20,000", (), ("salary", None, "bonus", None)),
    ("Sales of $1.2 billion were reported a year earlier.", "$1.2 billion", (), ("market", None, None, None)),
    ("Analysts make $70,000 per year on average.", "$70,000", (), ("salary", "mean", None, "year")),
    ("Starting pay is typically $45,000.", "$45,000", (), ("salary", None, None, None)),
    ("Weekly earnings are around £600.", "around £600", (), ("salary", None, None, "week")),
    ("The median household income is $74,580.", "$74,580", (), ("salary", "median", None, None)),
    ("The bootcamp costs $15,000, less than a year of college.", "$15,000", (), ("cost", None, None, None)),
    ("We donated $5,000 to charity.", "$5,000", (), ("other", None, None, None)),
]


# --------------------------------------------------------------------------- dev_* articles (known misses of round 1)
DEV: list[Any] = [
    # category
    ("A one-bedroom apartment in San Francisco rents for about $3,200 a month, roughly double the national median of $1,600.",
     "about $3,200", (), ("cost", None, None, "month")),
    ("A one-bedroom apartment in San Francisco rents for about $3,200 a month, roughly double the national median of $1,600.",
     "$1,600", (), ("cost", "median", None, "month")),
    ("At consultancies the median was $118,000, and at universities $79,000.", "$118,000", (), ("salary", "median", None, None)),
    ("TCS offers ₹7 LPA to graduates hired into its Digital profile.", "₹7 LPA", (), ("salary", None, None, None)),
    ("The government has also committed £2.4 billion to expand nurse training places.", "£2.4 billion", (),
     ("market", None, None, None)),
    ("Union electricians also receive benefits worth $15 to $25 an hour on top of wages.", "$15 to $25", (),
     ("salary", None, None, "hour")),
    ("The role is also eligible for an annual bonus of up to 10% of base salary and a $2,500 yearly learning budget.",
     "$2,500", (), ("other", None, None, "year")),
    ("agency rates for nurses range from £28 to £35 per hour, although trusts have been told to cut agency spending.",
     "£28 to £35", (), ("salary", None, None, "hour")),
    ("a master electrician running their own shop may bill customers $100 to $150 per hour.", "$100 to $150", (),
     ("cost", None, None, "hour")),
    ("In outer London the supplement is 15% (between £4,970 and £5,837).", "£4,970 and £5,837", (), ("salary", None, None, None)),
    # period
    ("A nurse earns £15.33 an hour before enhancements, rising to £18.66 at the top of the band.", "£18.66", (),
     ("salary", None, None, "hour")),
    ("Remote staff earned a median of $125,000, compared with $131,000 for those in an office at least three days a week.",
     "$131,000", (), ("salary", "median", None, None)),
    ("Up to $2,000 sign-on bonus for movers, plus a shift premium of $2.50 per hour for nights.", "Up to $2,000", (),
     ("salary", None, "bonus", None)),
    ("Up to $2,000 sign-on bonus for movers, plus a shift premium of $2.50 per hour for nights.", "$2.50", (),
     ("salary", None, None, "hour")),
    ("Electricians in one state earn a mean wage of $24.12 per hour and those in another $25.30.", "$25.30", (),
     ("salary", "mean", None, "hour")),
    ("Data scientists earn ₹14 lakh a year, while ML engineers earn ₹16.5 lakh and DevOps engineers ₹11 lakh.", "₹11 lakh", (),
     ("salary", None, None, "year")),
    ("Contract analysts are usually paid by the hour, typically $45 to $65.", "$45 to $65", (), ("salary", None, None, "hour")),
    # statistic
    ("Trade school programs cost between $5,000 and $15,000, far less than the average four-year degree.",
     "$5,000 and $15,000", (), ("cost", None, None, None)),
    ("Salaries were converted at the average 2023 exchange rate, so a salary of £70,000 counts here.", "£70,000", (),
     ("salary", None, None, None)),
    ("The average salary increase was 14%, and the typical candidate moved from £58,000 to £66,000.", "£58,000 to £66,000", (),
     ("salary", None, None, None)),
    ("The average HVAC technician earns $27.10 per hour, with overtime adding roughly $8,000 a year.", "roughly $8,000", (),
     ("salary", None, None, "year")),
    ("It says the average data engineer earns $126,585 a year, and says entry-level engineers can expect about $92,000.",
     "about $92,000", (), ("salary", None, None, "year")),
    # pay component
    ("Their total compensation, including bonuses and equity, came to a median of $151,500.", "$151,500", (),
     ("salary", "median", "total", None)),
    ("They earn a median of $121,000, and half of them received a bonus last year.", "$121,000", (),
     ("salary", "median", None, None)),
    ("Salary: £45,000 - £55,000 per annum + 10% bonus", "£45,000 - £55,000", (), ("salary", None, None, "year")),
    ("Engineers can earn over ₹1 crore a year (about $120,000) including stock.", "over ₹1 crore", (),
     ("salary", None, "total", "year")),
    ("Engineers can earn over ₹1 crore a year (about $120,000) including stock.", "about $120,000", (),
     ("salary", None, "total", "year")),
]

# --------------------------------------------------------------------------- dev2_* articles (written for this round)
DEV2: list[Any] = [
    ("She received total compensation of $14.6 million last year, including a cash bonus of $2.1m.", "$2.1m", (),
     ("salary", None, "bonus", None)),
    ("the board had also approved a one-off retention award worth $5 million.", "$5 million", (), ("salary", None, None, None)),
    ("A bonus of that size in a year when the company cut 900 jobs sends a message about the $5 million award.", "$5 million", (),
     ("salary", None, "bonus", None)),
    ("The regulator said the penalty would have been £1.6m had the bank settled.", "£1.6m", (), ("cost", None, None, None)),
    ("The bank reported a pre-tax profit of £412 million for the first half.", "£412 million", (), ("market", None, None, None)),
    ("The deal values the company at about £600 million.", "about £600 million", (), ("market", None, None, None)),
    ("The shares jumped, valuing the chipmaker at roughly US$31 billion.", "roughly US$31 billion", (), ("market", None, None, None)),
    ("The Fair Work Commission lifted the national minimum wage by 3.75% to A$24.10 an hour.", "A$24.10", (),
     ("salary", None, None, "hour")),
    ("After tax and social contributions that leaves roughly €2.900 net per month for a single person.", "roughly €2.900", (),
     ("salary", None, None, "month")),
    ("A monthly public transport ticket is €49.", "€49", (), ("cost", None, None, "month")),
    ("Rent costs €1.450 a month on average, and a room in a shared flat still goes for €750 to €900 per month.",
     "€750 to €900", (), ("cost", None, None, "month")),
    ("Health insurance: CHF 350 to CHF 450 a month (mandatory, paid by the employee)", "CHF 350 to CHF 450", (),
     ("cost", None, None, "month")),
    ("Tuition is CHF 730 per semester, but students must show at least CHF 21,000 a year to cover living costs.", "CHF 730", (),
     ("cost", None, None, None)),
    ("Benefits include a C$1,500 annual wellness allowance.", "C$1,500", (), ("other", None, None, "year")),
    ("Safety boots reimbursed up to $200 per year.", "up to $200", (), ("other", None, None, "year")),
    ("AUD 120k + super", "AUD 120k", (), ("salary", None, "base", None)),
    ("Shifts are 10 hours, four nights a week, at $30 an hour.", "$30", (), ("salary", None, None, "hour")),
    ("International students pay A$35,000 to A$45,000 a year.", "A$35,000 to A$45,000", (), ("cost", None, None, "year")),
    # negatives kept by the new rules
    ("A market worth $2 billion.", "$2 billion", (), ("market", None, None, None)),
    ("Revenue of $40 million a year.", "$40 million", (), ("market", None, None, "year")),
    ("The company pays $5,000 once a year.", "$5,000", (), ("salary", None, None, None)),
    ("Staff work 40 hours per week for $900.", "$900", (), ("other", None, None, None)),
    ("The average salary is $80,000.", "$80,000", (), ("salary", "mean", None, None)),
    ("Base pay is $100,000 with a 15% bonus.", "$100,000", (), ("salary", None, "base", None)),
    ("A $20,000 signing bonus is offered.", "$20,000", (), ("salary", None, "bonus", None)),
    ("Tuition, including fees, is $30,000.", "$30,000", (), ("cost", None, None, None)),
]


@pytest.mark.parametrize("sentence,amount,labels,expected", SEED, ids=[c[1] for c in SEED])
def test_seed_gold_decisions(sentence: str, amount: str, labels: tuple[str, ...], expected: Expected) -> None:
    _check(sentence, amount, labels, expected)


@pytest.mark.parametrize("sentence,amount,labels,expected", LABELS, ids=[f"{c[1]}|{c[2]}" for c in LABELS])
def test_labels(sentence: str, amount: str, labels: tuple[str, ...], expected: Expected) -> None:
    _check(sentence, amount, labels, expected)


@pytest.mark.parametrize("sentence,amount,labels,expected", GENERAL, ids=[c[0][:40] for c in GENERAL])
def test_general(sentence: str, amount: str, labels: tuple[str, ...], expected: Expected) -> None:
    _check(sentence, amount, labels, expected)


def test_period_not_read_from_a_neighbouring_sentence() -> None:
    text = "The average yearly salary is $150,917. Salaries can go as high as $300K+!"
    second = text.split(". ")[1]
    q = qualify(second, second.index("$"), second.index("$") + 6)
    assert q.period is None


def test_rule_file_rejects_unknown_label(monkeypatch: pytest.MonkeyPatch) -> None:
    from extract import qualifiers

    qualifiers.qualifier_rules.cache_clear()
    monkeypatch.setattr(qualifiers, "load", lambda name: {"category": {"wages": ["pay"]}})
    with pytest.raises(RuleError):
        qualifiers.qualifier_rules()
    qualifiers.qualifier_rules.cache_clear()


@pytest.mark.parametrize("sentence,amount,labels,expected", DEV, ids=[c[1] for c in DEV])
def test_dev_articles(sentence: str, amount: str, labels: tuple[str, ...], expected: Expected) -> None:
    _check(sentence, amount, labels, expected)


@pytest.mark.parametrize("sentence,amount,labels,expected", DEV2, ids=[c[0][:40] for c in DEV2])
def test_dev2_articles(sentence: str, amount: str, labels: tuple[str, ...], expected: Expected) -> None:
    _check(sentence, amount, labels, expected)


# --------------------------------------------------------------------------- fast cue matching
# CuePattern finds cues word by word; it must find exactly what the plain alternation finds.
CUE_TEXTS: list[str] = [
    "Average Base Salary: $60,500 per year (before tax); the median pay/yr was lower",
    "AVG. pay, avg pay, avgpay, re-pay, repay, pay-for-performance, $9/yr, $9 /yr, 9/Yr.",
    "50th percentile of 150th percentiles; + super, +super, a  year, a\tyear, per\u00a0year",
    "while-but;however:although though whereas",
    "caf\u00e9 pay, \u00e9pay, na\u00efve salary, \u017fuper, \u212aPI, \u0130ncome, \u0131ncome",
    "",
    "pay",
]


def _reference_cues() -> dict[str, list[str]]:
    from extract.rules import load

    data = load("qualifiers")
    phrases = {f: [" ".join(str(w).lower().split()) for words in data[f].values() for w in words]
               for f in ("category", "statistic", "pay_component", "period")}
    phrases["clause_breaks"] = [str(b) for b in data["clause_breaks"]]
    phrases["statistic_blockers"] = [str(b) for b in data["statistic_blockers"]]
    return phrases


def _cue_pattern(phrases: list[str]) -> re.Pattern[str]:
    """The specification CuePattern meets: every phrase's branch in one alternation, longest first."""
    from extract.qualifiers import _branch

    return re.compile("|".join(_branch(p) for p in sorted(set(phrases), key=len, reverse=True)), re.I)


@pytest.mark.parametrize("text", CUE_TEXTS)
def test_cue_pattern_matches_the_plain_alternation(text: str) -> None:
    from extract.qualifiers import CuePattern, CueSet

    vocabularies = _reference_cues()
    together = CueSet({name: CuePattern(phrases) for name, phrases in vocabularies.items()}).find(text)
    for name, phrases in vocabularies.items():
        slow, fast = _cue_pattern(phrases), CuePattern(phrases)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]
        assert [m.span() for m in together[name]] == [m.span() for m in slow.finditer(text)]
        for pos in range(len(text) + 1):
            for endpos in (pos, (pos + len(text)) // 2, len(text)):
                a, b = slow.search(text, pos, endpos), fast.search(text, pos, endpos)
                assert (a and a.span()) == (b and b.span()), (text, pos, endpos)


def test_cue_pattern_finds_cues_in_random_text() -> None:
    from hypothesis import given, settings, strategies as st

    from extract.qualifiers import CuePattern, CueSet

    phrases = _reference_cues()
    pieces = sorted({v for group in phrases.values() for p in group for w in p.split() for v in (w, w.upper(), w.title())}) + [
        " ", "  ", "-", "/", ".", ",", "$9", "\u00e9", "\u212a", "\u0130", "\u0131", "\u017f", "P", "x", "\n"]
    patterns = {name: (_cue_pattern(p), CuePattern(p)) for name, p in phrases.items()}
    together = CueSet({name: fast for name, (_, fast) in patterns.items()})

    @settings(max_examples=200, deadline=None, database=None)
    @given(st.lists(st.sampled_from(pieces), max_size=30))
    def check(words: list[str]) -> None:
        text = "".join(words)
        found = together.find(text)
        for name, (slow, fast) in patterns.items():
            expected = [m.span() for m in slow.finditer(text)]
            assert [m.span() for m in fast.finditer(text)] == expected
            assert [m.span() for m in found[name]] == expected

    check()


# A text of nothing but its amount (a table cell) is not scanned for cues: the
# shortcut must give what reading its cues gives, cues inside the amount included.
ONLY_AMOUNT = [
    ("$120,000", "$120,000"),
    ("  $120,000 ", "$120,000"),
    ("$50/yr", "$50/yr"),
    ("$21.50 per hour", "$21.50 per hour"),
    ("Average $60,500", "Average $60,500"),
    ("\t€45k - €50k\u00a0", "€45k - €50k"),
]


@pytest.mark.parametrize("text,amount", ONLY_AMOUNT, ids=[c[0].strip() for c in ONLY_AMOUNT])
def test_amount_only_text_reads_as_its_cues_do(text: str, amount: str) -> None:
    from extract.qualifiers import _only_amount, _read_cues, _read_sentence, qualifier_rules

    start = text.index(amount)
    end = start + len(amount)
    rules = qualifier_rules()
    assert _only_amount(text, start, end)
    assert _read_sentence(text, start, end, ((start, end),), rules) == _read_cues(text, start, end, ((start, end),), rules)


@pytest.mark.parametrize("text,amount", [("$120,000 a year", "$120,000"), ("Pay: $9", "$9"), ("$9 ", "$")])
def test_text_beyond_the_amount_is_read(text: str, amount: str) -> None:
    from extract.qualifiers import _only_amount

    start = text.index(amount)
    assert not _only_amount(text, start, start + len(amount))


# qualify_each reads a label set that extends the one before it from where that one left off
LABEL_SETS = [
    ("$77,000", "$77,000", (("Level", "Average"), ("Level", "Average", "Annual base salary in 2024"))),
    ("Pay: $21.50", "$21.50", (("Hourly Wage",), ("Hourly Wage", "Median bonus"))),
    ("$9", "$9", (("Cost",), ("Salary", "per month"))),  # not an extension: read afresh
    ("$9", "$9", ((), ("Bonus",), ("Bonus", "Mean"), ("Monthly",))),
]


@pytest.mark.parametrize("sentence,amount,label_sets", LABEL_SETS, ids=[str(c[2]) for c in LABEL_SETS])
def test_label_sets_read_together_as_one_by_one(sentence: str, amount: str, label_sets: tuple[tuple[str, ...], ...]) -> None:
    from extract.qualifiers import qualify_each

    start = sentence.index(amount)
    end = start + len(amount)
    expected = [qualify(sentence, start, end, labels=labels) for labels in label_sets]
    assert qualify_each(sentence, start, end, label_sets=label_sets) == expected


# --------------------------------------------------------------------------- round five (invented sentences in the
# shapes the dev5 articles showed: category, pay component and period read in general)

ROUND_FIVE = [
    # pay quoted as cost-to-company, total package, or "including ..." after one comma is total pay
    ("Senior analysts at the bank are hired at ₹24 lakh CTC, of which a fifth is variable.", "₹24 lakh", (), ("salary", None, "total", None)),
    ("A staff engineer can make ¥12 million there, including bonus.", "¥12 million", (), ("salary", None, "total", None)),
    ("Team leads earn KRW 80 million including performance pay.", "KRW 80 million", (), ("salary", None, "total", None)),
    ("Travel nurses can earn $2,800 a week, including housing stipends.", "$2,800", (), ("salary", None, "total", "week")),
    # negative: a bonus in a new clause after a comma is not the amount's component
    ("The median was $121,000, and half of them received a bonus.", "$121,000", (), ("salary", "median", None, None)),
    # subscriptions and levies are what someone pays
    ("Subscribe: €9 a month in Europe, $6.99 a month elsewhere.", "$6.99", (), ("cost", None, None, "month")),
    ("Residents pay a levy of $300 per dependant per month.", "$300", (), ("cost", None, None, "month")),
    # market sizes: gross merchandise value, a grant program
    ("The region's online economy will reach $180 billion in gross merchandise value in 2026.", "$180 billion", (), ("market", None, None, None)),
    ("The ministry announced a $12 million grant program for training places.", "$12 million", (), ("market", None, None, None)),
    # a market size keeps no period reached across another amount
    ("The start-up, which raised $30 million last year, offers engineers $9,000 monthly.", "$30 million", (), ("market", None, None, None)),
    ("The start-up, which raised $30 million last year, offers engineers $9,000 monthly.", "$9,000", (), ("salary", None, None, "month")),
    # day rates
    ("Contractors in the capital earn day rates of $500 to $700.", "$500 to $700", (), ("salary", None, None, "day")),
    # a cue attached to an earlier amount does not reach an amount with its own noun
    ("A night premium of $1.50/hr and a $500 sign-on bonus after 30 days.", "$500", (), ("salary", None, "bonus", None)),
    # ... but an elliptical amount still shares it
    ("Nurses in Ohio averaged $31.20 an hour, and those in Iowa $29.80.", "$29.80", (), ("salary", "mean", None, "hour")),
    # "after a year" is a time, not a pay period
    ("The bonus pays $1,000 after 90 days and the rest after a year.", "$1,000", (), ("salary", None, "bonus", None)),
]

LABEL_CONFLICTS = [
    # a label naming two periods or two statistics states none of them
    ("$41.20", ("Hourly and annual mean wages for welders",), ("salary", "mean", None, None)),
    ("$41.20", ("Median and mean hourly wage",), ("salary", None, None, "hour")),
    # negative: one period, one statistic
    ("$41.20", ("Mean hourly wage",), ("salary", "mean", None, "hour")),
]


@pytest.mark.parametrize("sentence,amount,labels,expected", ROUND_FIVE, ids=[c[0][:40] for c in ROUND_FIVE])
def test_round_five(sentence: str, amount: str, labels: tuple[str, ...], expected: Expected) -> None:
    _check(sentence, amount, labels, expected)


@pytest.mark.parametrize("amount,labels,expected", LABEL_CONFLICTS, ids=[c[1][0] for c in LABEL_CONFLICTS])
def test_label_with_two_values_states_none(amount: str, labels: tuple[str, ...], expected: Expected) -> None:
    _check(amount, amount, labels, expected)


# --------------------------------------------------------------------------- dev6 readings (own sentences)
# gross vs net is tax, not a pay component; all-in / in total / TC are total; a base rate is base;
# a component named after "% of" is the base of a share; "and a bonus of" starts the next amount's phrase;
# "investment banking" names a line of business; "tax-free" says nothing about the category.
DEV6: list[Any] = [
    ("Median monthly gross pay for remote testers: R$ 9.000", "R$ 9.000", (), ("salary", "median", None, "month")),
    ("Average weekly gross income of agency welders was $1,900.", "$1,900", (), ("salary", "mean", None, "week")),
    ("Juniors get $90,000 base and a bonus, or roughly $120,000 all in.", "$120,000", (),
     ("salary", None, "total", None)),
    ("Her all-in pay reached about $310,000 last year.", "about $310,000", (), ("salary", None, "total", None)),
    ("With stock and a 10% target bonus, that is $260,000 a year in total.", "$260,000", (),
     ("salary", None, "total", "year")),
    ("A staff engineer can reach a TC of $500k at a large firm.", "$500k", (), ("salary", None, "total", None)),
    ("Welders earn $140,000 once overtime bonuses are counted.", "$140,000", (), ("salary", None, "total", None)),
    ("The agency pays a base rate of $30 an hour plus allowances.", "$30", (), ("salary", None, "base", "hour")),
    ("Partners get a base of $400,000 to $600,000 and a bonus of more than $2 million.", "more than $2 million", (),
     ("salary", None, "bonus", None)),
    ("Partners get a base of $400,000 to $600,000 and a bonus of more than $2 million.", "$400,000 to $600,000", (),
     ("salary", None, "base", None)),
    ("Rural staff receive a supplement of 8% of basic pay, worth up to £2,500.", "up to £2,500", (),
     ("salary", None, None, None)),
    ("The median total pay for investment banking associates is $240,000 a year.", "$240,000", (),
     ("salary", "median", "total", "year")),
    ("Locums are paid a day rate with tax-free travel stipends of up to $900 a week.", "up to $900", (),
     ("salary", None, None, "week")),
    # negatives: a bonus stated as a share stays an add-on; a real investment stays a market size
    ("Offers pay $150,000 + 15% target bonus.", "$150,000", (), ("salary", None, None, None)),
    ("The fund made an investment of $40 million in the startup.", "$40 million", (), ("market", None, None, None)),
]


@pytest.mark.parametrize("sentence,amount,labels,expected", DEV6, ids=[c[0][:40] for c in DEV6])
def test_dev6_readings(sentence: str, amount: str, labels: tuple[str, ...], expected: Expected) -> None:
    _check(sentence, amount, labels, expected)


# dev6: exchange rates are the price of a currency, not pay, cost or a market
EXCHANGE_RATES = [
    ("swings with the exchange rate (recently around C$1.40 to the US dollar)", "C$1.40", True),
    ("The real traded at about R$ 5,70 per US dollar in March.", "R$ 5,70", True),
    ("with the dollar at roughly COP 4.150.", "COP 4.150", True),
    ("roughly US$2,700 at the official rate of ARS 1.060 per dollar", "ARS 1.060", True),
    ("at an exchange rate of 83.2 rupees", "83.2", True),
    # negatives: rates per a non-currency unit, pay amounts
    ("Drivers earn $0.65 per mile.", "$0.65", False),
    ("A hot desk costs about COP 450.000 a month.", "COP 450.000", False),
    ("Nurses earn $40 per hour.", "$40", False),
    ("He was paid at $90,000 a year.", "$90,000", False),
]


@pytest.mark.parametrize("sentence,amount,expected", EXCHANGE_RATES)
def test_exchange_rate(sentence: str, amount: str, expected: bool) -> None:
    start = sentence.index(amount)
    assert exchange_rate(sentence, start, start + len(amount)) is expected


@pytest.mark.parametrize("sentence,amount", [(s, a) for s, a, e in EXCHANGE_RATES if e][:3])
def test_exchange_rate_is_other(sentence: str, amount: str) -> None:
    start = sentence.index(amount)
    q = qualify(sentence, start, start + len(amount))
    assert (q.category, q.period) == ("other", None)


NAMES_CATEGORY = [
    ("In upstate New York, the rate goes to $16 from $15.50.", False),
    ("Last year the same scales ran from £31,650 to £49,084.", False),
    ("Nurses earn $40 an hour.", True),
    ("A one-bedroom rents for $2,000.", True),
    ("A tax of $5 applies.", True),
]


@pytest.mark.parametrize("sentence,expected", NAMES_CATEGORY)
def test_names_category(sentence: str, expected: bool) -> None:
    assert names_category(sentence) is expected


START_ON = [
    ("Police Scotland negotiates its own deal: its constables start on £35,127.", "£35,127", "salary"),
    ("Graduates started on £28,000.", "£28,000", "salary"),
    ("The project starts on 5 May and costs £3,000.", "£3,000", "cost"),
]


@pytest.mark.parametrize("sentence,amount,category", START_ON)
def test_start_on_is_pay(sentence: str, amount: str, category: str) -> None:
    start = sentence.index(amount)
    assert qualify(sentence, start, start + len(amount)).category == category


# --------------------------------------------------------------------------- dev7: exclusions and glosses
DEV7: list[Any] = [
    # components listed after an exclusion word name what the amount is not; pay stated before or without
    # the bonus is the base pay (as "before allowances" is: rules/qualifiers.yaml pay_component base)
    ("Graduates start at roughly ₩50 million a year before bonuses.", "₩50 million", (), ("salary", None, "base", "year")),
    ("Cashier $17.75 – $21.50", "$17.75 – $21.50", ("Ranges are base pay and exclude overtime, shift premiums and bonuses.",),
     ("salary", None, "base", None)),
    ("They earn $90,000 excluding bonus.", "$90,000", (), ("salary", None, "base", None)),
    # negatives: an article between the exclusion and the cue ends the list; no exclusion word
    ("Excluding bonus, the base salary is $90,000.", "$90,000", (), ("salary", None, "base", None)),
    # (not an exclusion, yet the amount is never the bonus joined on top of it: the pay before it, its base)
    ("They earn $90,000 plus bonus.", "$90,000", (), ("salary", None, "base", None)),
    # a parenthesis glosses the words before it: its parts do not compete with them
    ("• Less than 1 year: $58,900", "$58,900",
     ("According to PayScale, average total pay (base plus bonus and profit sharing) for US data analysts climbs:",),
     ("salary", "mean", "total", None)),
    # negative: with no cue outside the parenthesis, the cue inside it counts
    ("• Cashier: $18,000", "$18,000", ("Pay for new hires (base salary):",), ("salary", None, "base", None)),
]


@pytest.mark.parametrize("sentence,amount,labels,expected", DEV7, ids=[c[0][:40] for c in DEV7])
def test_dev7_articles(sentence: str, amount: str, labels: tuple[str, ...], expected: Expected) -> None:
    _check(sentence, amount, labels, expected)


# --------------------------------------------------------------------------- dev7: what a worker charges is pay
CHARGES: list[Any] = [
    # a job title, bare job noun or worker noun as the subject of charge / bill: the worker's pay
    ("Video editors typically charge $150 to $400 to cut a video.", "$150 to $400", "salary"),
    ("The median freelancer charged $38 an hour in 2025.", "$38", "salary"),
    ("Experienced video editors in the US bill $500 a day or more.", "$500", "salary"),
    ("Plumbers charge $90 to $120 an hour.", "$90 to $120", "salary"),
    # a participle after a comma takes the subject of its main clause
    ("Designers often price by the project instead, charging $1,500 to $5,000 for a logo.", "$1,500 to $5,000", "salary"),
    # negatives: the verb names who pays; a company or platform charges; a worker in an earlier clause
    ("a master electrician running their own shop may bill customers $100 to $150 per hour.", "$100 to $150", "cost"),
    ("Electricians charge their clients $95 an hour for call-outs.", "$95", "cost"),
    ("Gigbridge charges 8% plus $0.99 per withdrawal.", "$0.99", "cost"),
    ("Upwork takes 10% of what a freelancer bills, and Gigbridge charges $0.99 per withdrawal.", "$0.99", "cost"),
    ("Banks charged $35 for an overdraft.", "$35", "cost"),
    ("Payment providers charge $5 for currency conversion.", "$5", "cost"),
    # negatives: a charge noun ("charges of", "a charge") is no worker's pricing
    ("Nurses say parking charges of $20 a day are too high.", "$20", "cost"),
    ("Contractors pay a charge $40 higher than last year.", "$40", "cost"),
]


@pytest.mark.parametrize("sentence,amount,category", CHARGES, ids=[c[0][:40] for c in CHARGES])
def test_worker_charges_are_pay(sentence: str, amount: str, category: str) -> None:
    start = sentence.index(amount)
    assert qualify(sentence, start, start + len(amount)).category == category


# --------------------------------------------------------------------------- dev7: an index is no cost cue
INDEXES: list[Any] = [
    # a price or cost-of-living index names a number, not the category of an amount near it
    ("$78k", "$78k", ("10th percentile", "Cost of living index: Wagewise, US average = 100."), "salary"),
    ("$78k", "$78k", ("10th percentile", "Cost of living index"), "other"),
    ("Wages averaged $52,000 as the consumer price index climbed 3%.", "$52,000", (), "salary"),
    # negatives: cost words outside an index name still read as cost
    ("The cost of living index rose, and a one-bedroom costs $2,000 a month.", "$2,000", (), "cost"),
    ("$1,500", "$1,500", ("Cost of living (monthly)",), "cost"),
    ("Prices rose: a ticket is $9.", "$9", (), "cost"),
]


@pytest.mark.parametrize("sentence,amount,labels,category", INDEXES, ids=[f"{c[0][:30]}|{c[2]}" for c in INDEXES])
def test_index_names_no_category(sentence: str, amount: str, labels: tuple[str, ...], category: str) -> None:
    start = sentence.index(amount)
    assert qualify(sentence, start, start + len(amount), labels=labels).category == category
