"""Unit tables for the context detectors (extract/context.py).

Each table row is (text, expected values in order); an empty list is a negative.
Rows are grouped by where the case came from: the issue, the SPEC, the seed
articles, and generality (UK / India / EU / US postings and salary articles
written for these tests). A recall check over the seed corpus reports, per
kind, how many gold facts have a mention with the gold value in their own line.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extract.context import find_anaphors, find_employers, find_locations, find_roles, find_years
from extract.types import Mention

ROOT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------- roles

ROLES_ISSUE = [
    ("An ML engineer earns more.", ["machine learning engineer"]),
    ("MLEs are in demand.", ["machine learning engineer"]),
    ("what machine learning engineering jobs earn on average", ["machine learning engineer"]),
    ("the average machine learning engineering salary", ["machine learning engineer"]),
    ("the average ML engineer salary is high", ["machine learning engineer"]),
    ("AI engineer salary is usually high", ["ai engineer"]),
    ("artificial intelligence engineers tend to make more", ["ai engineer"]),
    ("data scientists make around $96,000", ["data scientist"]),
    ("Registered nurses and electricians", ["registered nurse", "electrician"]),
    ("Senior machine learning engineer salary", ["machine learning engineer"]),
    ("the typical software engineer", ["software engineer"]),
    ("top data analysts", ["data analyst"]),
    # negatives
    ("particularly software engineering and data science", []),
    ("machine learning is a new field", []),
    ("Engineers design algorithms to learn", []),
    ("AI and machine learning specialists hold the second-highest spot", []),
]

ROLES_SPEC = [
    ("`machine learning engineer` (also ML engineer, MLE)", ["machine learning engineer"] * 3),
    ("data scientist, software engineer, ai engineer, data analyst, business analyst",
     ["data scientist", "software engineer", "ai engineer", "data analyst", "business analyst"]),
]

ROLES_SEED = [
    ("The average entry-level starting salary for machine learning engineers is $82,941 a year",
     ["machine learning engineer"]),
    ("A mid-level machine learning engineer with 5-9 years of experience", ["machine learning engineer"]),
    ("And a senior ML engineer can earn $155,431 per year", ["machine learning engineer"]),
    ("Among all job titles, none serve this need better than business analysts.", ["business analyst"]),
    ("an average google machine learning engineer earns", ["machine learning engineer"]),
    ("Machine Learning Engineer Salary VS Data Scientist", ["machine learning engineer", "data scientist"]),
    ("Are Machine Learning Engineers Well Paid?", ["machine learning engineer"]),
    ("Collaborate with product management and engineering groups", []),
    ("only after data analysts and scientists", ["data analyst"]),
]

ROLES_GENERAL = [
    # dev5: speakers are not the paid job; a seniority phrase is not part of the title
    ("Joining bonuses have become common for AI roles, recruiters say.", []),
    ("says recruiter Acme Page in its 2024 salary guide", []),
    ('"Pay rose," said Jane Doe, HR director at Acme Logistics, which', []),
    ("said Ann Lee, chief human resources officer at Acme Software.", []),
    ("Recruiters usually suggest at least 1.5 times your package", []),
    ("Newly licensed respiratory therapists commonly start at $30", ["respiratory therapist"]),
    ("Licensed practical nurses earn $28 an hour", ["licensed practical nurse"]),
    ("Data scientists say they earn more", ["data scientist"]),
    ("Recruiters earn $60,000 on average", ["recruiter"]),
    ("Registered nurses in Texas earned $36.10 an hour", ["registered nurse"]),
    ("Senior Data Engineer - London - £70k", ["data engineer"]),
    ("Software developers at Infosys earn ₹6 LPA in Bangalore", ["software developer"]),
    ("Electricians in Manchester earn £32,000 a year.", ["electrician"]),
    ("Lead Backend Developer, Berlin, €85,000", ["backend developer"]),
    ("A junior accountant in Toronto makes C$55,000.", ["accountant"]),
    ("Mechanical engineers in Germany earn €60k.", ["mechanical engineer"]),
    ("Band 5 | Staff nurse | £29,970", ["staff nurse"]),
    ("Band 6 | Nurse specialist | £37,338", ["nurse specialist"]),
    ("Walmart store managers earn $120,000", ["store manager"]),
    ("Full Stack Developer | Bengaluru | ₹12,00,000", ["full-stack developer"]),
    ("Chief Technology Officer salary", ["chief technology officer"]),
    ("Nurse practitioners and physician assistants", ["nurse practitioner", "physician assistant"]),
    ("Petroleum engineers and civil engineers", ["petroleum engineer", "civil engineer"]),
    ("How to Become a Registered Nurse", ["registered nurse"]),
    ("Hire electrical engineers today", ["electrical engineer"]),
    # negatives
    ("Our engineers and developers love it.", []),
    ("The manager said no.", []),
    ("Nursing is a calling.", []),
]


def _values(mentions: list[Mention]) -> list[str]:
    return [m.value for m in mentions]


def _check_invariants(text: str, mentions: list[Mention], kind: str) -> None:
    last_end = -1
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.kind == kind
        assert m.start >= last_end, "mentions overlap or are unsorted"
        last_end = m.end


@pytest.mark.parametrize(
    "text,expected",
    [pytest.param(t, e, id=f"issue-{i}") for i, (t, e) in enumerate(ROLES_ISSUE)]
    + [pytest.param(t, e, id=f"spec-{i}") for i, (t, e) in enumerate(ROLES_SPEC)]
    + [pytest.param(t, e, id=f"seed-{i}") for i, (t, e) in enumerate(ROLES_SEED)]
    + [pytest.param(t, e, id=f"general-{i}") for i, (t, e) in enumerate(ROLES_GENERAL)],
)
def test_find_roles(text: str, expected: list[str]) -> None:
    found = find_roles(text)
    _check_invariants(text, found, "role")
    assert _values(found) == expected


def test_role_span_excludes_seniority() -> None:
    (m,) = find_roles("Senior Data Engineer - London")
    assert m.text == "Data Engineer"


# --------------------------------------------------------------------------- locations

LOCATIONS_ISSUE_SPEC = [
    ("Salaries in San Francisco, CA are high", ["San Francisco, CA"]),
    ("Coding bootcamps in New York City cost around $10,000", ["New York City"]),
    ("the average in the United States", ["United States"]),
    ("pay in the US and the United Kingdom", ["US", "United Kingdom"]),
    ("jobs in the Bay Area", ["Bay Area"]),
    ("Atlanta, GA$89,469$64k$89k$115k", ["Atlanta, GA"]),
    ("New York, NY$118,604$86k$119k$149k", ["New York, NY"]),
    ("Phoenix, AZ$88,452$62k$88k$113k", ["Phoenix, AZ"]),
    # negatives: common words and person names need a cue
    ("New hires get more.", []),
    ("Nice work. Reading is fun.", []),
    ("Jackson Pollock painted. Eugene said hi.", []),
    ("Mobile apps are popular.", []),
    ("Our Phoenix office is hiring.", []),
]

LOCATIONS_SEED = [
    ("across several major American metropolitan areas", []),
    ("skilled in languages such as Python, R, and sometimes C.", []),
    ("Coding in Python, Scala, Java, R, and/or Julia", []),
    ("non-coding bootcamps in New York City.", ["New York City"]),
]

LOCATIONS_GENERAL = [
    ("Registered nurses in Texas earned $36.10 an hour", ["Texas"]),
    ("Senior Data Engineer - London - £70k", ["London"]),
    ("Software developers at Infosys earn ₹6 LPA in Bangalore", ["Bangalore"]),
    ("Full Stack Developer | Bengaluru | ₹12,00,000", ["Bengaluru"]),
    ("Lead Backend Developer, Berlin, €85,000", ["Berlin"]),
    ("the average pay at India's biggest IT employers", ["India"]),
    ("Location: Manchester\nSalary: £45,000", ["Manchester"]),
    ("Location: Leeds", ["Leeds"]),
    ("Average salary in the U.S. for 2023", ["U.S."]),
    ("Portland, Oregon and Seattle, Washington are hubs.", ["Portland, Oregon", "Seattle, Washington"]),
    ("Salaries in Phoenix are high.", ["Phoenix"]),
    ("Reading, UK", ["Reading, UK"]),
    ("Hospitals in Mumbai and Delhi pay nurses", ["Mumbai", "Delhi"]),
    ("Washington, D.C. pays well.", ["Washington, D.C."]),
    ("Data Scientist Salary in San Francisco Bay Area", ["San Francisco Bay Area"]),
    ("Nurses in the UK are paid less than in Australia.", ["UK", "Australia"]),
    ("Offices in San Francisco, New York, and Chicago", ["San Francisco", "New York", "Chicago"]),
    ("Austin, TX, Denver, CO", ["Austin, TX", "Denver, CO"]),
    ("Bangalore, India", ["Bangalore, India"]),
    ("California, Colorado and Texas", ["California", "Colorado", "Texas"]),
    # dev5: districts before their city, compass parts of a city, metro areas, UK regions
    ("• Tanjong Pagar, Singapore (one-bedroom condo): S$3,800", ["Tanjong Pagar, Singapore"]),
    ("• BGC, Taguig (one-bedroom): ₱45,000", ["BGC, Taguig"]),
    ("• South Jakarta (boarding room): Rp 3–5 juta", ["South Jakarta"]),
    ("rents in North London rose", ["North London"]),
    ("San Jose-Sunnyvale-Santa Clara, CA1,050$63.48", ["San Jose-Sunnyvale-Santa Clara, CA"]),
    ("Minneapolis-St. Paul-Bloomington, MN-WI\t$40", ["Minneapolis-St. Paul-Bloomington, MN-WI"]),
    ("care assistants in Yorkshire are paid up to £13.40 an hour", ["Yorkshire"]),
    ("engineers in Metro Manila who work for Australian and US companies", ["Metro Manila"]),
    ("remote work for US or German employers", []),
    # negatives: a district-like label inside prose, a list of cities, a compass word after a name
    ("However, Singapore pays more.", ["Singapore"]),
    ("• Paris, London: offices", ["Paris", "London"]),
    ("the Middle East Dubai office", ["Middle East", "Dubai"]),
    ("US salaries are higher", ["US"]),
    ("Coca-Cola, XX and Rolls-Royce, UK", ["UK"]),
    # negatives: organisation names containing a place
    ("the New York Times reported", []),
    ("graduates of the University of Michigan", []),
    ("Boston Consulting Group hires", []),
]


@pytest.mark.parametrize(
    "text,expected",
    [pytest.param(t, e, id=f"issue-{i}") for i, (t, e) in enumerate(LOCATIONS_ISSUE_SPEC)]
    + [pytest.param(t, e, id=f"seed-{i}") for i, (t, e) in enumerate(LOCATIONS_SEED)]
    + [pytest.param(t, e, id=f"general-{i}") for i, (t, e) in enumerate(LOCATIONS_GENERAL)],
)
def test_find_locations(text: str, expected: list[str]) -> None:
    found = find_locations(text)
    _check_invariants(text, found, "location")
    assert _values(found) == expected


def test_location_row_label_needs_a_value() -> None:
    assert _values(find_locations("Eugene\t$61,000")) == ["Eugene"]
    assert find_locations("Eugene\nwas here") == []


# --------------------------------------------------------------------------- employers

EMPLOYERS_ISSUE_SEED = [
    ("Glassdoor says that machine learning engineer salary amazon can be anywhere", ["Amazon"]),
    ("Whereas, an average google machine learning engineer earns between", ["Google"]),
    ("Machine learning engineer salary apple can range from", ["Apple"]),
    ("machine learning engineer salary facebook can be from $185,350", ["Facebook"]),
    ("Microsoft offers a pay of $128,514 to $149,789", ["Microsoft"]),
    ("Popular companies such as Google, Apple, Facebook, etc. offer", ["Google", "Apple", "Facebook"]),
    # negatives: sources with a reporting cue are not employers
    ("According to Glassdoor, the average salary", []),
    ("Indeed says that machine learning engineer jobs offer", []),
    ("PayScale argues that they get paid", []),
    ("according to PwC’s Annual Global CEO Survey", []),
    ("an apple a day keeps the doctor away", []),
    ("Apple picking season. Amazon rainforest.", []),
]

EMPLOYERS_GENERAL = [
    ("Software developers at Infosys earn ₹6 LPA in Bangalore", ["Infosys"]),
    ("Google pays its software engineers $200k; Stripe offers $180k.", ["Google", "Stripe"]),
    ("Data engineers at Zeta Labs earn £80k", ["Zeta Labs"]),
    ("Acme's engineers earn $150,000 on average.", ["Acme"]),
    ("Product Managers at Meta make $250k.", ["Meta"]),
    ("Walmart store managers earn $120,000", ["Walmart"]),
    ("Nurses at Kaiser Permanente earn $60 an hour", ["Kaiser Permanente"]),
    # negatives
    ("The company offers a bonus.", []),
    ("Working at home is common.", []),
    ("Target your goals. Visa requirements apply.", []),
    ("Many employers offer perks.", []),
    ("Send CVs to HR.", []),
    ("Extensive training offered to new hires.", []),
]


@pytest.mark.parametrize(
    "text,expected",
    [pytest.param(t, e, id=f"seed-{i}") for i, (t, e) in enumerate(EMPLOYERS_ISSUE_SEED)]
    + [pytest.param(t, e, id=f"general-{i}") for i, (t, e) in enumerate(EMPLOYERS_GENERAL)],
)
def test_find_employers(text: str, expected: list[str]) -> None:
    found = find_employers(text)
    _check_invariants(text, found, "employer")
    assert _values(found) == expected


# --------------------------------------------------------------------------- years

YEARS = [
    # issue / SPEC
    ("jobs are projected to be worth almost $31 billion by 2024.", ["2024"]),
    ("the average salary for 2019 was", ["2019"]),
    ("In 2023, nurses earned more", ["2023"]),
    ("as of 2022 the median was", ["2022"]),
    ("Median pay (2021): $50,000", ["2021"]),
    ("pay rose in May 2023", ["2023"]),
    ("The 2024 salary guide shows $90k", ["2024"]),
    # dev5: month-name dates, label dates, editions, quarters and seasons
    ("• Median pay, May 2024: $82,930 per year", ["2024"]),
    ("Annual wages for nurses, United States, May 2024:", ["2024"]),
    ("Related occupations (median annual wage, May 2024)", ["2024"]),
    ("according to the May 2024 OEWS release", ["2024"]),
    ("rose to R28.79 an hour on 1 March 2025, or", ["2025"]),
    ("were Rs 21,103 in April-June 2024.", ["2024"]),
    ("placement data, January–November 2024 (n = 1,870)", ["2024"]),
    ("is £12.21 an hour from April 2025.", ["2025"]),
    ("Page last updated: April 9, 2025", ["2025"]),
    ("by years of experience (source: Job Board, Q1 2024):", ["2024"]),
    ("as of Q1 2025 the median was", ["2025"]),
    ("offers we saw in job ads in spring 2024:", ["2024"]),
    ("earning more than €46,107 a year (2024 threshold).", ["2024"]),
    ("Acme's 2025 China Salary Guide puts", ["2025"]),
    ("Landing.jobs' 2024 Tech Careers Report", ["2024"]),
    ("according to the Hays GCC Salary Guide 2025, a", ["2025"]),
    ("The 2025 provincial minimum wage is", ["2025"]),
    # negatives: the verb "may", year ranges, a survey's name, an edition without a following name
    ("you may 2024 units", []),
    ("Job outlook, 2023-33: 12%", []),
    ("grow 12 percent from 2023 to 2033", []),
    ("the firm's 2024 and 2025 numbers", []),
    ("what 2025 packages really buy", []),
    # negatives: ranges, open horizons, titles, decades
    ("Projected Job Growth Outlook (2018-28): 16%", []),
    ("With a projected growth of 38.6% from 2021-2028", []),
    ("the fastest-growing tech job skills in 2021 and beyond", []),
    ("According to the Future of Jobs Survey 2020, AI", []),
    ("revolutionize technology in the 2020s", []),
    ("in 1,500 offices", []),
    ("salaries of $2023 per month", []),
]


@pytest.mark.parametrize("text,expected", YEARS)
def test_find_years(text: str, expected: list[str]) -> None:
    found = find_years(text)
    _check_invariants(text, found, "year")
    assert _values(found) == expected


# --------------------------------------------------------------------------- anaphors

ANAPHORS = [
    ("Their pay starts from $80k.", ["Their pay"]),
    ("PayScale argues that they get paid an average of $113,358", ["they get paid"]),
    ("such professionals earn more", ["such professionals"]),
    ("These professionals solve business problems", ["These professionals"]),
    ("Salaries can even go as high as $300K+!", ["Salaries"]),
    ("They then hand off this initial work", ["They"]),
    ("these engineers are well paid", ["these engineers"]),
    ("The role pays well.", ["The role pays"]),
    # negatives
    ("The theory says nothing.", []),
    ("Average salaries rose.", []),
    ("the salaries they quoted", []),
]


@pytest.mark.parametrize("text,expected", ANAPHORS)
def test_find_anaphors(text: str, expected: list[str]) -> None:
    found = find_anaphors(text)
    _check_invariants(text, found, "anaphor")
    assert [m.text for m in found] == expected
    assert all(m.value == "anaphor" for m in found)


# --------------------------------------------------------------------------- robustness


@pytest.mark.parametrize(
    "text",
    ["", "$" * 5000, "1," * 5000, "-" * 5000, "A " * 5000, "Aa " * 3000 + "pays", "in " * 3000 + "2020"],
)
def test_no_crash_on_degenerate_input(text: str) -> None:
    for fn, kind in ((find_roles, "role"), (find_locations, "location"), (find_employers, "employer"),
                     (find_years, "year"), (find_anaphors, "anaphor")):
        _check_invariants(text, fn(text), kind)


# --------------------------------------------------------------------------- seed corpus recall

KIND_FIELDS = {"role": find_roles, "location": find_locations, "employer": find_employers}
_NORM = re.compile(r"^the\s+|[^\w\s]|s\b", re.I)


def _norm(value: str) -> str:
    """Compare values the way the scorer does: case, leading 'the', punctuation, plurals."""
    return " ".join(_NORM.sub("", value.lower().strip()).split())


def _fact_lines(text: str, facts: list[dict]) -> list[tuple[dict, str]]:
    """Each gold fact with the line it stands in (facts are in document order)."""
    out = []
    pos = 0
    for fact in facts:
        at = text.find(fact["text"], pos)
        if at < 0:
            at = text.find(fact["text"])
        if at < 0:
            continue
        pos = at + len(fact["text"])
        lo = text.rfind("\n", 0, at) + 1
        hi = text.find("\n", at)
        out.append((fact, text[lo : hi if hi >= 0 else len(text)]))
    return out


def _recall_counts() -> dict[str, tuple[int, int, int]]:
    """Per kind: (gold values found in their line, gold values, lines with a conflicting value)."""
    counts = {k: [0, 0, 0] for k in KIND_FIELDS}
    for gold_path in sorted((ROOT / "tests" / "gold").glob("*.json")):
        if gold_path.stem.startswith("dev"):
            continue  # the seed articles only: the floors pin their numbers
        text_path = ROOT / "corpus" / f"{gold_path.stem}.txt"
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = text_path.read_text(encoding="utf-8")
        for fact, line in _fact_lines(text, gold["facts"]):
            for kind, fn in KIND_FIELDS.items():
                value = fact.get(kind)
                if value == "?":
                    continue
                found = {_norm(m.value) for m in fn(line)}
                if value is None:
                    counts[kind][2] += bool(found)
                    continue
                counts[kind][1] += 1
                if _norm(value) in found:
                    counts[kind][0] += 1
                elif found:
                    counts[kind][2] += 1
    return {k: (f, t, w) for k, (f, t, w) in counts.items()}


# Facts whose context sits outside their own line (60 city-table rows under an
# intro sentence, list items under a list intro, "they get paid") cannot be
# found in the line itself; every role that is written in its fact's line is
# found. The floors pin today's numbers.
RECALL_FLOORS = {"role": 30 / 95, "location": 1.0, "employer": 1.0}


def test_seed_corpus_line_recall(capsys: pytest.CaptureFixture[str]) -> None:
    counts = _recall_counts()
    with capsys.disabled():
        for kind, (found, total, wrong) in counts.items():
            print(f"\n{kind}: {found} / {total} gold values found in their fact's line; "
                  f"{wrong} fact lines with a different value")
    for kind, (found, total, wrong) in counts.items():
        assert total > 0
        assert found / total >= RECALL_FLOORS[kind] - 1e-9, (kind, found, total)
        assert wrong == 0, (kind, wrong)


# --------------------------------------------------------------------------- round 2: places

from extract.context import find_locations as _find_locations  # noqa: E402

ROUND_TWO_PLACES = [
    # states, territories and provinces (pycountry subdivisions of the listed countries)
    ("Pay in New South Wales rose.", ["New South Wales"]),
    ("Nurses in Queensland and Western Australia", ["Queensland", "Western Australia"]),
    ("remote work in the Northern Territory", ["Northern Territory"]),
    ("Nurses in British Columbia earn more", ["British Columbia"]),
    # a pay zone word stays in the name as written
    ("In inner London it is worth 20%", ["inner London"]),
    ("In outer London the supplement is 15%", ["outer London"]),
    # negatives: the zone word must stand right before the place; 'Wales' alone is Wales
    ("the inner workings of London", ["London"]),
    ("Pay in Wales is lower", ["Wales"]),
]


@pytest.mark.parametrize("text,expected", ROUND_TWO_PLACES)
def test_round_two_places(text: str, expected: list) -> None:
    assert [m.value for m in _find_locations(text)] == expected


# --------------------------------------------------------------------------- round 3 (dev4_ articles; made-up sentences in the same shapes)

from extract.context import find_employer_anaphor, find_employers as _find_employers, find_roles as _find_roles  # noqa: E402

ROUND_THREE_PLACES = [
    # City + province/state abbreviation of the listed countries, only when the city is in that country
    ("Toronto, ON (Hybrid)", ["Toronto, ON"]),
    ("Abbotsford, BC · Permanent", ["Abbotsford, BC"]),
    ("Sydney, NSW · Full-time", ["Sydney, NSW"]),
    ("Melbourne, VIC (Remote within Australia)", ["Melbourne, VIC", "Australia"]),
    ("Austin, ON", []),  # negative: Austin is not in Canada, so no pair (and Austin alone needs a cue)
]


# Round 5 (dev5: SEA, Gulf/Africa, EU, job cards; made-up sentences in the same shapes)
ROUND_FIVE_PLACES = [
    # a currency sign glued to a country code names the currency, not the place
    ("paid US$12,000 a month in Lagos", ["Lagos"]),
    ("worth S$5 and CA$24.00", []),
    # accents dropped, as English texts write them
    ("Salaries in Zurich and Malmo", ["Zurich", "Malmo"]),
    # a list going on after a place found with a cue
    ("offered in Lyon or Nantes", ["Lyon", "Nantes"]),
    ("offered in Lyon or Austin", ["Lyon"]),  # an ambiguous name still needs its own cue
    # a field of its own: a job card's location line, a "·"-separated field
    ("Care Assistant\nLeeds, West Yorkshire\n£12.50 an hour", ["Leeds, West Yorkshire"]),
    ("Payroll Specialist · Petaling Jaya · RM6,000", ["Petaling Jaya"]),
    ("Eugene\nwas here", []),
    ("Leeds is where I go", []),  # not alone on its line
    # subdivisions of more countries
    ("a teacher in Gauteng; the National Capital Region; Selangor", ["Gauteng", "National Capital Region", "Selangor"]),
    # a city the text established as a place is that place again, not inside a longer name
    ("In Leeds pay rose. What Leeds recruiters say. Leeds United and New Leeds.", ["Leeds", "Leeds"]),
    ("What Leeds recruiters say.", []),
]


# Round 5 roles (dev5 shapes, made-up sentences): more job nouns and modifiers, C-suite
# acronyms, title-case chains that stop at a capitalized word before known words.
ROUND_FIVE_ROLES = [
    ("weekend event crew make around S$150 a day", ["event crew"]),
    ("team leaders can earn more", ["team leader"]),
    ("the wage of contact centre agents", ["contact centre agent"]),
    ("the CFO of a listed company", ["chief financial officer"]),
    ("HR Business Partner\tS$7,000", ["hr business partner"]),
    ("senior Go developers and junior React developers", ["go developer", "react developer"]),
    ("Line Cook\nMedical Courier\nSnow Removal Labourer", ["line cook", "medical courier", "snow removal labourer"]),
    ("CDL-A Regional Truck Driver – Home Weekends", ["truck driver"]),
    ("Massage Therapist Jobs", ["massage therapist"]),
    ("Regional Director", ["regional director"]),
    # negatives: a title-case chain going on into a name; a crew, leader or cook without a modifier
    ("the Stack Overflow Developer Survey", []),
    ("the crew and its leader cook dinner", []),
]


@pytest.mark.parametrize("text,expected", ROUND_FIVE_ROLES)
def test_round_five_roles(text: str, expected: list) -> None:
    assert [m.value for m in _find_roles(text)] == expected


# Round 5 employers (dev5 shapes, made-up names): a company noun before the name, more
# company heads, a base before the name, the text's own acronyms, adjectives that name no company.
ROUND_FIVE_EMPLOYERS = [
    ("said a manager at Oslo-based e-commerce firm Quorvel Group.", ["Quorvel Group"]),
    ("Lisbon consultancy Tarvo Digital advertises roles", ["Tarvo Digital"]),
    ("Singapore payments start-up ZapKoin, which raised", ["ZapKoin"]),
    ("Trading house Sorimachi & Co. will lift pay", ["Sorimachi & Co"]),
    ("At Ulvo Payments, senior engineers earn more", ["Ulvo Payments"]),
    ("a manager at Pune-based Drevix Software", ["Drevix Software"]),
    # negatives: a source after a company noun, an acronym the text defines, an adjective,
    # a company shape running on into a longer name
    ("according to staffing firm Quellhire, pay rose", []),
    ("pay the Annual Wage Supplement (AWS), a 13th month", []),
    ("Typical offers rose. Indian offers are quoted in lakhs.", []),
    ("in the National Capital Region", []),
]


@pytest.mark.parametrize("text,expected", ROUND_FIVE_EMPLOYERS)
def test_round_five_employers(text: str, expected: list) -> None:
    assert [m.value for m in find_employers(text)] == expected


@pytest.mark.parametrize("text,expected", ROUND_FIVE_PLACES)
def test_round_five_places(text: str, expected: list) -> None:
    assert [m.value for m in _find_locations(text)] == expected


@pytest.mark.parametrize("text,expected", ROUND_THREE_PLACES)
def test_round_three_places(text: str, expected: list) -> None:
    assert [m.value for m in _find_locations(text)] == expected


ROUND_THREE_ROLES = [
    # full titles: vocabulary modifiers before a known title, lower-case modifier chains
    ("an advanced nurse practitioner earns", ["advanced nurse practitioner"]),
    ("Enrolled nurses earn less", ["enrolled nurse"]),
    ("a clinical nurse specialist", ["clinical nurse specialist"]),
    ("Nurse unit managers earn", ["nurse unit manager"]),
    ("field technicians and claims adjusters", ["field technician", "claims adjuster"]),
    ("branch managers and tellers", ["branch manager", "teller"]),
    # a bare job noun counts when a level word or its employer makes it specific
    ("a junior developer typically earns £35,000", ["developer"]),
    ("Redwater Energy's engineers earn about $140,000", ["engineer"]),
    ("engineers at Zeta Labs earn more", ["engineer"]),
    # negatives: a bare job noun alone, a level word that is not before it, coordination
    ("Engineers design algorithms in software engineering.", []),
    ("the company hired engineers", []),
    ("Senior Data Scientist", ["data scientist"]),
    ("data and machine learning engineers", ["machine learning engineer"]),
]


@pytest.mark.parametrize("text,expected", ROUND_THREE_ROLES)
def test_round_three_roles(text: str, expected: list) -> None:
    assert [m.value for m in _find_roles(text)] == expected


ROUND_THREE_EMPLOYERS = [
    # subject of a pay verb, company head word, "at X" after a pay noun, possessive before a role
    ("Halvorsen Foods paid its chief executive $3.1 million.", ["Halvorsen Foods"]),
    ("Ostrander Group awarded its finance chief a bonus.", ["Ostrander Group"]),
    ("Zeta Robotics offered new hires $90,000.", ["Zeta Robotics"]),
    ("Brookline Mutual's board approved a raise.", ["Brookline Mutual"]),
    ("Pay at Corvid Labs starts at $22 an hour.", ["Corvid Labs"]),
    ("Nurse practitioners at Larkspur Health were paid well.", ["Larkspur Health"]),
    ("Redwater's engineers earn more.", ["Redwater"]),
    # negatives: a title, a source, a name that reports, a possessive before no role
    ("Graduate Software Developer", []),
    ("according to Harbor Analytics, pay rose", []),
    ("Texas's nurses and America's favourite", []),
]


@pytest.mark.parametrize("text,expected", ROUND_THREE_EMPLOYERS)
def test_round_three_employers(text: str, expected: list) -> None:
    assert [m.value for m in _find_employers(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Its chief executive received $4.8 million.", True),
    ("The insurer said pay rose.", True),
    ("The chief executive received $4.8 million.", False),
    ("Itself a bank, Acme pays well.", False),
])
def test_round_three_employer_anaphor(text: str, expected: bool) -> None:
    assert find_employer_anaphor(text, 0, len(text)) is expected


# --------------------------------------------------------------------------- fast paths (performance)
# The detectors run their patterns only where a phrase, key word or literal beginning occurs
# (extract.context._Phrases, _InLines, _Prefixed). These tests check the indexed runs give the
# same matches as running each pattern over the whole text.

import sys
import unicodedata

from extract import context as _context
from extract.fold import folded
from extract import rules as _rules_module


def _example_texts() -> list[str]:
    """Every example text of this module, vocabulary phrases in varied shapes, and odd inputs."""
    tables = [ROLES_ISSUE, ROLES_SPEC, ROLES_SEED, ROLES_GENERAL, LOCATIONS_ISSUE_SPEC, LOCATIONS_SEED, YEARS,
              ANAPHORS, ROUND_TWO_PLACES, ROUND_THREE_PLACES, ROUND_THREE_ROLES, ROUND_THREE_EMPLOYERS,
              ROUND_FIVE_PLACES, ROUND_FIVE_ROLES, ROUND_FIVE_EMPLOYERS]
    texts = [row[0] for table in tables for row in table]
    roles = _rules_module.load("roles")
    employers = _rules_module.load("employers")
    phrases = [a for name, aliases in roles["roles"].items() for a in [name, *aliases]]
    phrases += [*roles["heads"]["standalone"], *roles["heads"]["with_modifier"]]
    phrases += [str(a) for name, aliases in employers["employers"].items() for a in [name, *aliases]]
    shapes = ["{p} earn more.", "Two {p}s at Zeta Labs.", "({p}es)", "{P} pays well; Acme Corp's {p} earns",
              "the {p}-led team", "x{p} {p}x", "Senior {P}\nstaff at Quillfeather Foods in 2023",
              "\u2022 {P}: Those in {p} roles make $5 (2021). They earn more, Q4, 2024"]
    texts += [s.format(p=p, P=p.title()) for p in phrases for s in shapes]
    texts.append("\n".join(texts))
    texts += ["", "\n\n", "İstanbul engineers, ſalaries; Kelvin K", "A.I. engineers \u00e9ngineers"]
    return texts


def _indexed_patterns() -> list:
    role, employer = _context._role_rules(), _context._employer_rules()
    found = [role.alias_ci, role.alias_cs, role.heads, role.field, role.of_title, employer.alias, employer.at_name,
             employer.pay_subject, employer.possessive, employer.company, employer.possessive_name]
    found += [p for _, p in role.anaphors if not isinstance(p, re.Pattern)]
    return [p for p in found if p is not None]


def test_indexed_patterns_match_like_full_scans() -> None:
    patterns = _indexed_patterns()
    assert len(patterns) >= 15, "the anaphor patterns should be indexed by their literal beginnings"
    for text in _fast_path_texts():
        for indexed in patterns:
            fast = [(m.span(), m.groupdict()) for m in indexed.finditer(text)]
            slow = [(m.span(), m.groupdict()) for m in indexed.pattern.finditer(text)]
            assert fast == slow, (indexed.pattern.pattern[:60], text[:80])


def test_years_in_lines_match_full_scans() -> None:
    y = _context._year_rules()
    for text in ["\n".join(_example_texts()), "in 2021\n(2019)\nSalaries by state, 2024\n2023 pay\n12345 in 1999",
                 "Pay, May 2024: $5\nMalt's 2024 Barometer, Salary Guide 2025\n(2024 threshold) Q1 2024)"]:
        fast = [(m.start, m.end, m.rule) for m in _context._year_candidates(text)]
        slow = []
        for pattern, rule in _context._year_patterns(y):
            for m in pattern.finditer(text):
                if not y.min_year <= int(m.group("year")) <= y.max_year or y.blocker.match(text, m.end("year")):
                    continue
                if rule == "year.cue" and y.blocker_before.search(text, max(0, m.start() - 24), m.start()):
                    continue
                slow.append((m.start(), m.end() if rule == "year.paren" else m.end("year"), rule))
        assert fast == slow and fast


@pytest.mark.parametrize(("pattern", "flags", "expected"), [
    (r"\btheir (?:(?:base|total) )?pay\b", re.I, ("their ",)),
    (r"(?:^|(?<=[.!?:]\s))(?:The|That) (?:package|deal)\b", re.M, ("The package", "The deal", "That package",
                                                                  "That deal")),
    (r"\b(?:for|of|in) this (?:role|position|job|vacancy|opening)\b", re.I, ("for this ", "of this ", "in this ")),
    # negatives: nothing literal to look for, or a possibly empty match
    (r"\w+ pays", 0, None),
    (r"(?:They)?\b", 0, None),
    (r"(?i:they) earn", 0, None),
])
def test_literal_beginnings_of_data_patterns(pattern: str, flags: int, expected: object) -> None:
    indexed = _context._prefixed(re.compile(pattern, flags))
    assert (indexed.prefixes if indexed is not None else None) == expected


@pytest.mark.parametrize("ch", ["\u0130", "\u0131", "\u017f", "\u212a"])
def test_letters_lower_case_does_not_fold_like_re_are_found_as_re_finds_them(ch: str) -> None:
    """Dotted I, dotless i, long s, Kelvin sign: roles are read as re.I matches them (a job noun spelt
    with a long s crashed the head lookup, which lower-cased it instead of folding it)."""
    text = (f"A senior data {ch}cientist, a machine learn{ch}ng engineer and a nur{ch}e earn more; "
            f"{ch}oftware engineers {ch}n Texas.")
    plain = text.replace(ch, folded(ch))  # the letter re.I takes it for
    assert [(m.start, m.end, m.value) for m in find_roles(text)] == [(m.start, m.end, m.value) for m in find_roles(plain)]


def test_head_plurals_agree_with_inflect() -> None:
    inflect = pytest.importorskip("inflect")  # a declared dependency: present wherever tests run
    engine = inflect.engine()
    heads = _rules_module.load("roles")["heads"]
    nouns = [*heads["standalone"], *heads["with_modifier"], "coach", "foreman", "boss", "thief", "alumnus", "hero",
             "nanny", "journey", "chief", "salesperson", "criterion", "wolf", "knife", "cook", "surgeon"]
    assert {n: _context._plural(n) for n in nouns} == {n: engine.plural_noun(n) for n in nouns}


def test_role_tables_do_not_import_inflect() -> None:
    """Start-up: inflect takes seconds to import, and the heads in the rules need no irregular plural."""
    import subprocess

    code = "import sys; from extract import context; context._role_rules(); print('inflect' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"


# --------------------------------------------------------------------------- fast paths equal their specs
# Reference implementations kept from before the detectors were restructured for speed: the
# restructured detectors must give exactly their results, on the examples and on seeded random texts.

import random


def _random_texts(count: int, *, seed: int) -> list[str]:
    """Texts of vocabulary words (roles, modifiers, names, places, seniority, cues) in random order."""
    roles = _rules_module.load("roles")
    employers = _rules_module.load("employers")
    words = [a for name, aliases in roles["roles"].items() for a in [name, *aliases]]
    words += [*roles["heads"]["standalone"], *roles["heads"]["with_modifier"], *roles["modifiers"][:60],
              *roles["not_modifiers"][:40], *roles["field_roles"], *roles["cue_nouns"]]
    words += [str(a) for name, aliases in employers["employers"].items() for a in [name, *aliases]][:80]
    words += [*employers["company_heads"], *employers["pay_verbs"], *employers["not_names"][:30]]
    words += ["and", "or", "/", "&", "at", "the", "senior", "junior", "lead", "in", "Texas", "London", "New York",
              "Zeta", "Labs", "Greyfield", "Quillfeather", "earn", "make", "are paid", "salary", "pay", "jobs", "x",
              "Data", "Senior", "Staff", "A.I.", "e.g.", "U.S.", "co-op", "’s", "'s", "s", "es", "$5", "2023"]
    seps = [" ", " ", " ", " ", "  ", "\t", "\n", ", ", ". ", "-", "'s ", "’s ", "s ", "es ", " | ", "\n• ", ": "]
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 30)):
            word = rng.choice(words)
            word = rng.choice([word, word, word.title(), word.upper(), word.lower()])
            parts += [word, rng.choice(seps)]
        out.append("".join(parts))
    return out


def _reference_prev_word(text: str, pos: int) -> "_context._Word | None":
    m = re.search(r"([\w][\w.+#'’/&-]*)[ \t]+\Z", text[max(0, pos - 48):pos])
    return None if m is None else _context._Word(max(0, pos - 48) + m.start(1), m.group(1))


def _reference_modifier_chain(text: str, pos: int, *, title_case: bool, names: frozenset[str]) -> tuple:
    r = _context._role_rules()
    words: list[str] = []
    start = pos
    while len(words) < 3:
        m = _reference_prev_word(text, start)
        if m is None or "\t" in text[m.start + len(m.text):start]:  # a tab ends a table cell
            break
        word = m.text
        low = word.lower()
        if low in r.stop:
            break
        ok = low in r.modifiers or (
            title_case and word[0].isupper() and low not in names
            and word not in _context._place_rules().places and word.strip(".") == word
        )
        if not ok or _context._verb_modifier(r, text, m):  # "we train drivers" (tested on its own)
            break
        if words and low not in r.modifiers and all(w in r.modifiers for w in words):
            break
        words.insert(0, low)
        start = m.start
    coordinated = False
    if words:
        m = _reference_prev_word(text, start)
        if m is not None and m.text.lower() in _context._COORDINATORS:
            before = _reference_prev_word(text, m.start)
            if before is not None and before.text.lower() in r.modifiers:
                coordinated = True
    return start, words, coordinated


def _reference_find_roles(text: str) -> list[Mention]:
    """find_roles as first written: every candidate made, then shapes overlapping the vocabulary dropped."""
    r = _context._role_rules()
    names = _context._proper_names()
    mention, canonical = _context._mention, _context._canonical_role
    found: list[Mention] = []
    loose: list[re.Match[str]] = []  # job nouns needing a modifier after a word no list knows
    for pattern, rule in ((r.alias_ci, "role.alias"), (r.alias_cs, "role.acronym")):
        for m in pattern.pattern.finditer(text) if pattern is not None else ():
            value = canonical(r, m.group(0))
            if value is None:
                continue
            if m.group(0) in r.state_codes and re.search(r"(?:[A-Z][\w.'’-]*,?|(?<![\w-])(?i:in|across|from|to|of)) \Z",
                                                         text[:m.start()]):
                continue
            start, words, coordinated = _reference_modifier_chain(text, m.start(), title_case=False, names=names)
            words = [w for w in words if w in r.modifiers]
            activity = m.group(0).lower().endswith(("ing", "ion"))  # a craft takes no modifiers
            if words and not coordinated and not activity and text[start:m.start()].lower().split() == words:
                phrase = " ".join([*words, value])
                found.append(mention(text, start, m.end(), canonical(r, phrase) or phrase, "role", rule + "_modified"))
            else:
                found.append(mention(text, m.start(), m.end(), value, "role", rule))
    for m in r.of_title.pattern.finditer(text):
        title = canonical(r, m.group("title")) or " ".join(m.group("title").lower().split())
        found.append(mention(text, m.start(), m.end(), f"{title} of {' '.join(m.group('function').lower().split())}",
                             "role", "role.of_function"))
    for m in r.field.pattern.finditer(text):
        start, words, coordinated = _reference_modifier_chain(text, m.start(), title_case=False, names=names)
        if words and not coordinated:
            phrase = " ".join([*words, r.field_head[m.group("field").lower()]])
            found.append(mention(text, start, m.end(), canonical(r, phrase) or phrase, "role", "role.field_jobs"))
    listed = _context._select(found)  # the vocabulary's own roles, before any job noun is read
    heads = [m for m in r.head.finditer(text)
             if not any(v.start < m.end() and m.start() < v.end for v in listed)]
    for first, second in zip(heads, heads[1:]):  # two job nouns glued by a slash, the first singular: one job
        if first.end() + 1 == second.start() and text[first.end()] == "/" \
                and r.head_singular[first.group(0).lower()] == first.group(0).lower():
            found.append(mention(text, first.start(), second.end(),
                                 f"{first.group(0).lower()}/{r.head_singular[second.group(0).lower()]}",
                                 "role", "role.slash_pair"))
    for m in r.head.finditer(text):
        surface = m.group(0)
        singular = r.head_singular[surface.lower()]
        start, words, coordinated = _reference_modifier_chain(text, m.start(), title_case=surface[0].isupper(),
                                                              names=names)
        if coordinated:
            continue
        if not words and singular in r.verb_heads and (  # the verb: "learn to cook", "cooks dinner"
                re.search(r"(?<![\w'’-])" + _context._literal_alternation(r.verb_cues, fold=True) + r" \Z",
                          text[: m.start()], re.I)
                or re.match(r"[ \t]+(?:" + _context._literal_alternation(r.verb_objects, fold=True) + r")(?![\w'’-])",
                            text[m.end():], re.I)):
            continue
        if not words and singular not in r.standalone:
            if _context._bare_title(text, m.start(), m.end()):
                found.append(mention(text, m.start(), m.end(), singular, "role", "role.bare_qualified"))
            elif _context._prev_word(text, m.start()) is not None:
                loose.append(m)
            continue
        nxt = re.match(r"(?:['’]s)? ([A-Z][\w'’-]*)", text[m.end():])
        if any(w not in r.modifiers for w in words) and nxt is not None and nxt.group(1).lower() not in r.cues:
            continue
        phrase = " ".join([*words, singular])
        found.append(mention(text, start, m.end(), canonical(r, phrase) or phrase, "role", "role.shape"))
    vocab = _context._select(m for m in found if m.rule != "role.shape")
    kept = list(vocab)
    for m in found:
        if m.rule == "role.shape" and not any(v.start < m.end and m.start < v.end for v in vocab):
            kept.append(m)
    kept = _context._select(kept)
    for trade in r.trades:  # a trade's bare nouns where no role is, when the document names the trade
        if trade.cue.pattern.search(text) is None:
            continue
        for m in trade.noun.pattern.finditer(text):
            before = re.search(r"(\S+)[ \t]+\Z", text[: m.start()])
            if any(k.start < m.end() and m.start() < k.end and k.rule != "role.bare_qualified"
                   and not (k.rule == "role.shape" and k.value in trade.value) for k in kept) \
                    or (before is not None and before.group(1).lower() in r.modifiers) \
                    or _context._title_follows(text, m.end()):  # a word of another title (tested on its own)
                continue
            kept.insert(0, mention(text, m.start(), m.end(), trade.value[m.group(0).lower()], "role", "role.trade"))
    kept = _context._select(kept)  # a trade's noun first: it wins over the same bare noun after a level word
    loose = [m for m in loose if not any(k.start < m.end() and m.start() < k.end for k in vocab)]
    kept = _context._page_compounds(text, kept, loose)  # titles the page repeats (tests/test_acc35_roles35.py)
    if kept:  # the abbreviations a text defines for its titles, as the detector reads them (tests/test_detect27.py)
        kept = _context._select([*kept, *_context._abbreviated_roles(text, kept)])
    kept = _context._full_short_forms(kept)  # "vets": the full title the page names (tests/test_acc35_roles35.py)
    kept = _context._generic_as_page_role(kept)  # "clinicians": the title the page names most (test_acc38_roles38)
    # the same reading of speakers and level words as the detector (tested on their own above)
    # and of a post after a title, and of a title line naming one job twice (tested on their own)
    kept = _context._with_tails(text, [_context._without_level(text, m) for m in kept
                                       if not _context._speaker(text, m.start, m.end)
                                       and not r.set_aside.search(text, max(0, m.start - 12), m.start)])
    kept = _context._foreign_titles(text, kept) if "(" in text else kept  # a foreign title glossed (tested apart)
    return _context._one_job_named_twice(text, kept)


def _fast_path_texts() -> list[str]:
    odd = ["Engineers\tat Zeta Labs earn", "staff \t at\tQuillfeather Foods", "co-workers at Acme", "at Zeta",
           "Zeta's pay", "Acme & Co Group pays", "O'Brien Labs's engineers", "K\u212aelvin Systems"]
    return [*odd, *_example_texts(), *_random_texts(3000, seed=9)]


def test_find_roles_equals_reference() -> None:
    texts = _fast_path_texts()
    assert sum(len(_reference_find_roles(t)) for t in texts) > 3000  # the texts exercise the detector
    for text in texts:
        assert find_roles(text) == _reference_find_roles(text), text


_REFERENCE_CAP_TOKEN = re.compile(r"(?<![\w.])(?:[A-Z](?:\.[A-Z])+\.?|[A-Z][\w'’]*(?:-[A-Z]?[\w'’]+)*)")


def _reference_place_candidates(text: str) -> list[Mention]:
    """Place candidates as first written: the list of every capitalized token, then names read from it."""
    p = _context._place_rules()
    toks = [(m.start(), m.end()) for m in _REFERENCE_CAP_TOKEN.finditer(text)]
    n, i, out = len(toks), 0, []
    listed = -1
    ambiguous = _context._ambiguous_places()
    while i < n:
        best = None
        j = i
        while j < n and j - i < p.max_tokens:
            if j > i and _context._NAME_GAP.fullmatch(text, toks[j - 1][1], toks[j][0]) is None:
                break
            end = toks[j][1]
            key = text[toks[i][0]:end]
            tier = p.places.get(key)
            if tier is None and key.endswith("."):
                end, tier = end - 1, p.places.get(key[:-1])
            elif tier is None and key.endswith(("'s", "’s")):
                end, tier = end - 2, p.places.get(key[:-2])
            if tier is not None:
                best = (j, end, tier)
            j += 1
        if best is None:
            i += 1
            continue
        j, end, tier = best
        start = toks[i][0]
        i = j + 1
        nxt = _REFERENCE_CAP_TOKEN.match(text, end + 1) if text[end:end + 1] == " " else None
        if (nxt is not None and nxt.group(0) in p.followers) or _context._OF_NAME_BEFORE.search(
                text, max(0, start - 40), start) or (text[end:end + 1] in ("$", "£", "€", "¥") and (
                end - start <= 3 or text[start:end].isupper())):
            continue
        pair = None if text[start:end] in p.areas else p.pair_tail.match(text, end)
        if pair is None and text[start:end] in p.within:
            code = re.match(r" ([A-Z]{2,3})(?![\w'’.-]| [A-Z])", text[end:])
            keys = p.within[text[start:end]]
            if code is not None and (f"US-{code.group(1)}" in keys
                                     or p.code_countries.get(code.group(1), frozenset()) & keys):
                pair = re.compile(r" (?P<code>[A-Z]{2,3})").match(text, end)
        if pair is not None and pair.group("code") in p.code_countries:
            if not p.code_countries[pair.group("code")] & p.within.get(text[start:end], frozenset()):
                pair = None
        elif pair is not None and pair.group("code") is None:
            key = p.area_key.get(text[pair.start() + 1:pair.end()].strip())
            if key is not None:
                keys = p.within.get(text[start:end], ())
                if key not in keys and (key.startswith("US") or key.split("-", 1)[0] not in keys):
                    pair = None  # a city outside the US is known by its country only
            elif _context._LIST_GOES_ON.match(text, pair.end()):
                pair = None
        if pair is not None:
            end = pair.end()
            while i < n and toks[i][0] < end:
                i += 1
            out.append(_context._mention(text, start, end, text[start:end], "location", "location.pair"))
            listed = end
            continue
        rule = None
        if tier == _context._FREE:
            rule = "location.gazetteer"
        elif tier == _context._CUED and (p.cue.search(text, max(0, start - 24), start) or (
                text[start:end] in p.area_key and text[end:end + 6] == " state" and not re.match(
                    r"[\w-]", text[end + 6:end + 7]))):
            rule = "location.cued"
        elif (tier == _context._CUED and listed >= 0 and text[start:end] not in ambiguous
              and re.fullmatch(r",?[ ]+(?:and|or|&)[ ]+|,[ ]*|[ ]*/[ ]*", text[listed:start])):
            rule = "location.listed"
        elif (tier == _context._CUED and _context._LINE_START.search(text, max(0, start - 4), start)
              and _context._ROW_LABEL_TAIL.match(text, end)):
            rule = "location.row_label"
        elif (tier == _context._CUED and text[start:end] not in ambiguous
              and re.search(r"(?:\A|\n|[·|\t])[ \t]*\Z", text[max(0, start - 4):start])):
            field = _context._field_end().match(text, end)
            if field is not None:
                if field.group("region"):
                    end = field.end("region")
                    while i < n and toks[i][0] < end:
                        i += 1
                rule = "location.field"
        if rule is not None:
            listed = end
            out.append(_context._mention(text, start, end, text[start:end], "location", rule))
    return out


def _place_texts() -> list[str]:
    places = ["New York", "New York City", "San Francisco", "Austin", "TX", "ON", "Toronto", "U.S.", "D.C.", "U.K.",
              "Washington", "India's", "Texas’s", "Paris", "Boston", "UK", "London", "New South Wales", "Mumbai",
              "Stratford", "Rio de Janeiro", "University of", "Nice", "Reading", "Bay", "Area", "Canada", "Ontario",
              "St. Louis", "Salt Lake City", "Frankfurt am Main", "in", "the", "based in", "Greater", "A.B.C"]
    seps = [" ", " ", ", ", ". ", "\n", " of ", ",", "-", " and ", ": $5\n", " | ", "\t", "  ", ".", "'s "]
    table = _context._place_rules()
    longest = sorted(n for n in table.places if len(_REFERENCE_CAP_TOKEN.findall(n)) >= table.max_tokens)
    places += longest[:5]  # names as long as a place name is read
    rng = random.Random(11)
    texts = [f"Jobs in {name} pay" for name in longest]
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 20)):
            parts += [rng.choice(places), rng.choice(seps)]
        texts.append("".join(parts))
    return texts


def test_cap_token_equals_reference() -> None:
    for text in [*_fast_path_texts(), *_place_texts(), "A.B.C. X'Y a.X'Y McDonald O'Neil-Smith Ab-cd-Ef"]:
        assert [m.span() for m in _context._CAP_TOKEN.finditer(text)] == [
            m.span() for m in _REFERENCE_CAP_TOKEN.finditer(text)], text


def test_place_candidates_equal_reference() -> None:
    texts = [*_example_texts(), *_place_texts()]
    assert sum(len(_reference_place_candidates(t)) for t in texts) > 5000
    for text in texts:
        assert list(_context._place_candidates(text)) == _reference_place_candidates(text), text


def test_roles_read_every_job_noun_when_a_role_starts_inside_a_word(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modifier chain cut at its 48-character reach can start a role inside a job noun's word:
    find_roles then reads the job nouns the vocabulary covers too, like the reference."""
    import dataclasses

    filler = "." + "x" * 42
    text = f"a junior engineer{filler} data scientist"
    pos = text.index("data scientist")
    cut = text[pos - 48 : pos - 1]  # the word the chain reads before the alias
    assert cut == "neer" + filler
    rules = _context._role_rules()
    monkeypatch.setattr(_context, "_role_rules", lambda: dataclasses.replace(rules, modifiers=rules.modifiers | {cut}))
    _context._alias_role.cache_clear()
    try:
        expected = _reference_find_roles(text)
        assert [m.rule for m in expected] == ["role.bare_qualified"]  # the role inside it is dropped
        assert find_roles(text) == expected
    finally:
        _context._alias_role.cache_clear()


def _reference_followed_by_role(text: str, end: int) -> bool:
    window = text[end : end + 80]
    if not window[:1].isspace():
        return False
    roles = find_roles(window)
    return bool(roles) and window[: roles[0].start].strip() == ""


def test_followed_by_role_equals_reference() -> None:
    """The cheap test before reading roles after an employer name changes no answer."""
    texts = _fast_path_texts()
    answers = [(_context._followed_by_role(t, i), _reference_followed_by_role(t, i))
               for t in texts for i in range(len(t)) if t[i].isspace() and (i == 0 or not t[i - 1].isspace())]
    assert sum(ref for _, ref in answers) > 5000 and sum(not ref for _, ref in answers) > 5000
    assert [a for a in answers if a[0] != a[1]] == []


# The anaphor prefixes are looked for only where their inner words are in the text, and prefixes
# that begin alike in one regex pass (extract.context._Prefixed): the same matches as a full scan.
_PREFIXED_TEXTS = [
    "Those in Texas earn more. Those working remotely less. Those with degrees most.",
    "For this role, the job pays well; this position offers more. In this job they earn.",
    "The package rose. That deal was large. His pay rose; Her salary fell. Which is about right.",
    # negatives: the inner word glued to another, or spelt with a non-ASCII letter
    "the roles pay; the jobbers offer; for thistle; in th\u0131s role",
    "x Those in; \u2022 Those with; Thosein; those in",
]


@pytest.mark.parametrize("text", _PREFIXED_TEXTS)
def test_indexed_anaphor_patterns_match_as_a_full_scan(text: str) -> None:
    for rule_id, indexed in _context._role_rules().anaphors:
        if isinstance(indexed, _context._Prefixed):
            assert list(map(str, indexed.finditer(text))) == list(map(str, indexed.pattern.finditer(text))), rule_id


@pytest.mark.parametrize(("literals", "alike"), [
    (("Those in", "Those with", "Those at"), True),
    (("this role ", "this job "), True),
    # negatives: one literal, or literals that begin differently
    (("their ",), False),
    (("The", "His", "Her"), False),
])
def test_prefixes_that_begin_alike_are_found_in_one_pass(literals: tuple[str, ...], alike: bool) -> None:
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, literals)) + r")")
    indexed = _context._prefixed(pattern)
    assert indexed is not None and (indexed.finder is not None) == alike
    text = " ".join(literals) + ". " + " x".join(literals)
    assert list(map(str, indexed.finditer(text))) == list(map(str, pattern.finditer(text)))


# Employer patterns keyed by the same strings (a possessive 's) share one search for the capitals a
# name may begin at (extract.context._names_before): each still matches as a full scan.
_NAME_BEFORE_TEXTS = [
    "Greyfield Energy's engineers earn more; Wexford Mutual’s board pays; Texas's too.",
    "it's late; the company's staff; Zeta Labs' pay; O'Neil & Sons's workers",
    # negatives: no capital before the possessive, or no possessive at all
    "the firm's pay; its workers' wages",
    "Zeta Labs pays well.",
]


@pytest.mark.parametrize("text", _NAME_BEFORE_TEXTS)
def test_name_patterns_sharing_keys_match_as_a_full_scan(text: str) -> None:
    e = _context._employer_rules()
    for indexed in (e.possessive, e.possessive_name, e.possessive, e.pay_subject, e.company):
        assert list(map(str, indexed.finditer(text))) == list(map(str, indexed.pattern.finditer(text)))


@pytest.mark.parametrize(("text", "pos", "expected"), [
    ("a senior  engineer", 10, "senior"),
    ("senior\tengineer", 7, "senior"),
    # negatives: no blank right before the position, or the text's start
    ("senior-engineer", 7, None),
    ("(engineer", 1, None),
    ("engineer", 0, None),
])
def test_prev_word_needs_a_blank_before(text: str, pos: int, expected: str | None) -> None:
    word = _context._prev_word(text, pos)
    assert (None if word is None else word.text) == expected


def test_scan_keeps_every_word_an_index_looks_up() -> None:
    """The scan keeps only the words some index asks about: each index's words must be among them."""
    r, e = _context._role_rules(), _context._employer_rules()
    indexed = _context._indexed_words()
    for phrases in (r.alias_ci, r.alias_cs, r.heads, r.field, e.alias):
        assert phrases is None or phrases.first_words <= indexed
    for keyed in (e.pay_subject, e.possessive, e.company, e.possessive_name):
        assert {w for w in keyed.words if w is not None} <= indexed
    inner = {w for _, p in r.anaphors if isinstance(p, _context._Prefixed) for ws in p.inner_words for w in ws}
    assert inner and inner <= indexed
    text = "Data scientists at Zeta Labs earn more; for this role, zzyzx"
    assert _context._scan(text).words == indexed & frozenset(
        folded(text).encode().translate(_context._ASCII_WORDS).split())


# Round 6 (dev6 shapes, made-up names): bank and public-service title levels, class years,
# bare titles labelling a table row, modifiers of a title; negatives read as before.
ROUND_SIX_ROLES = [
    ("Vice presidents take home a base of $250k", ["vice president"]),
    ("Managing directors are paid mostly in bonus", ["managing director"]),
    ("Leveraged Finance Vice President – Exampleton – £140k base", ["leveraged finance vice president"]),
    ("Equity Research Analyst – Boston, MA – $150,000", ["equity research analyst"]),
    ("First-year analysts: $110,000", ["analyst"]),
    ("a second-year associate can expect HK$1.2 million", ["associate"]),
    ("Analyst\tExampleton\t$110,000", ["analyst"]),
    ("Summer analysts earn $9,170 a month", ["summer analyst"]),
    ("its constables start on £35,127; sergeants earn more", ["police constable", "sergeant"]),
    ("deputy directors and permanent secretaries", ["deputy director", "permanent secretary"]),
    ("EO\tWork coach\t£29,880", ["work coach"]),
    ("an emergency physician and specialist paramedics", ["emergency physician", "specialist paramedic"]),
    ("Team leads (at least five years): COP 6.000.000", ["team lead"]),
    ("fast-food workers and housekeepers", ["fast-food worker", "housekeeper"]),
    # negatives: a bare title level in running text, a class year before no job noun
    ("Analysts expect pay to rise.", []),
    ("Associates in Exampleton earn a base of £120,000.", []),
    ("a first-year student", []),
]


@pytest.mark.parametrize("text,expected", ROUND_SIX_ROLES)
def test_round_six_roles(text: str, expected: list) -> None:
    assert [m.value for m in _find_roles(text)] == expected


ROUND_SIX_EMPLOYERS = [
    ("Quorvel Health System, which runs 14 hospitals, lifted pay", ["Quorvel Health System"]),
    ("Mount Tarvo Medical Center pays nurses $40", ["Mount Tarvo Medical Center"]),
    ("Teaching Assistant – Drevix Valley Council, Exampleton – £24,790", ["Drevix Valley Council"]),
    ("Harbor & Quill, the Ohio-based discount chain with 1,140 stores, said", ["Harbor & Quill"]),
    ("the Department for Work and Pensions pays work coaches", ["Department for Work and Pensions"]),
    # negatives: a person described by a company word, a code among codes, a pay plan as subject
    ("Smith, a company spokesman, said so.", []),
    ("Maths Teacher (MPS/UPS) – £38,352", []),
    ("plus RSUs granted in US dollars", []),
]


@pytest.mark.parametrize("text,expected", ROUND_SIX_EMPLOYERS)
def test_round_six_employers(text: str, expected: list) -> None:
    assert [m.value for m in find_employers(text)] == expected


ROUND_SIX_PLACES = [
    ("teachers in Inner London and Outer London", ["Inner London", "Outer London"]),
    ("In upstate New York, the rate goes to $16", ["upstate New York"]),
    ("police in England and Wales", ["England and Wales"]),
    ("Under the NSW deal", ["NSW"]),
    ("Texas and California", ["Texas", "California"]),
    # negatives: a place after "&" is part of a name
    ("Harbor & Vine said", []),
]


@pytest.mark.parametrize("text,expected", ROUND_SIX_PLACES)
def test_round_six_places(text: str, expected: list) -> None:
    assert [m.value for m in _find_locations(text)] == expected


# Round seven: the dev5/dev6 articles' misreadings, as general shapes (invented names).
ROUND_SEVEN_ROLES = [
    ("a head of engineering there can ask for more", ["head of engineering"]),
    ("Our VP of Sales earns $200K", ["vice president of sales"]),
    ("heads of product and directors of nursing", ["head of product", "director of nursing"]),
    ("PAs earned a median base salary", ["physician assistant"]),
    ("new PA graduates start around $105K", ["physician assistant"]),
    ("travel nurses earn $2,385 per week", ["travel nurse"]),
    ("software engineering interns make about $9,500 a month", ["software engineering intern"]),
    ("Travel respiratory therapists earn $2,400", ["respiratory therapist"]),
    ("travel costs rose; interns and investigators", []),
    # negatives: an office of state, a function not listed, the state Pennsylvania
    ("the head of state and the director of the company", []),
    ("Clinic – Erie, PA – $50", []),
    ("Staff in PA earn $20", []),
]


@pytest.mark.parametrize("text,expected", ROUND_SEVEN_ROLES)
def test_round_seven_roles(text: str, expected: list) -> None:
    assert [m.value for m in _find_roles(text)] == expected


ROUND_SEVEN_EMPLOYERS = [
    ("Senior engineers at Microsoft India (level 63) report", ["Microsoft"]),
    ("Amazon's Exampleton office pays senior engineers", ["Amazon"]),
    ("Nurses at Mount Tarvo Medical Center struck. Mount Tarvo nurses earn $78.",
     ["Mount Tarvo Medical Center", "Mount Tarvo Medical Center"]),
    ("In the state, the Drevix Valley Council, a county employer, pays aides", ["Drevix Valley Council"]),
    # negatives: a dotted country, a currency code, a place, a public body by apposition,
    # a river at a sentence start, a one-word stem that may be a place or person
    ("first-year analysts at U.S. banks are paid £70k", []),
    ("caps a registered nurse at AUD 1,790.60 per week", []),
    ("Housekeepers at Las Vegas Strip resorts earn $23.50", []),
    ("In Exampleton, the Fast Food Council, a state board, has kept the $20 hourly", []),
    ("Amazon is a river.", []),
    ("Kent Health pays. Kent is a county.", ["Kent Health"]),
]


@pytest.mark.parametrize("text,expected", ROUND_SEVEN_EMPLOYERS)
def test_round_seven_employers(text: str, expected: list) -> None:
    assert [m.value for m in find_employers(text)] == expected


ROUND_SEVEN_PLACES = [
    ("Washington state raised its wage", ["Washington"]),
    ("Jurisdiction\nWashington$16.66$17.13\nWashington keeps the highest minimum",
     ["Washington", "Washington"]),
    ("an emergency physician in West Texas can earn $250/hr", ["West Texas"]),
    ("Registered Nurse – Adelaide SA – A$48.90/hr", ["Adelaide SA"]),
    ("Cashier – Austin TX – $15", ["Austin TX"]),
    ("rent in Mexico City's Roma Norte runs MX$18,000", ["Mexico City", "Roma Norte"]),
    ("Housekeepers at Las Vegas Strip resorts earn", ["Las Vegas Strip"]),
    # negatives: a currency after a short code, a person, a code of no state the city is in,
    # an ambiguous state name alone
    ("US$5 and HK$4", []),
    ("George Washington said", []),
    ("teams in Adelaide IT firms", ["Adelaide"]),
    ("Washington keeps the highest minimum", []),
]


@pytest.mark.parametrize("text,expected", ROUND_SEVEN_PLACES)
def test_round_seven_places(text: str, expected: list) -> None:
    assert [m.value for m in _find_locations(text)] == expected


# Round 7 (dev7 shapes, made-up names): trade, creative, science, education and retail
# titles; a credential or work arrangement is not part of the title.
ROUND_SEVEN_ROLES = [
    ("a senior site foreman up to NZD 120,000", ["site foreman"]),
    ("Entry-level FIFO trade assistants start at", ["trade assistant"]),
    ("A tower crane operator can earn", ["tower crane operator"]),
    ("The median video editor charged", ["video editor"]),
    ("Most new writers start between", ["writer"]),
    ("the typical range for copyeditors", ["copyeditor"]),
    ("Brand identity designers usually price", ["brand identity designer"]),
    ("Lecturer in Early Childhood Studies", ["lecturer"]),
    ("After-School Math Tutor (Part-time)", ["math tutor"]),
    ("Community health workers on the team", ["community health worker"]),
    ("heads of clinical operations command", ["head of clinical operations"]),
    ("a biostatistician in Boston", ["biostatistician"]),
    ("regulatory affairs consultants command", ["regulatory affairs consultant"]),
    ("medical science liaisons earn", ["medical science liaison"]),
    ("Order selectors at the distribution center", ["order selector"]),
    ("overnight stockers earn", ["stocker"]),
    ("Licensed electricians with 3-5 years", ["electrician"]),
    ("• FIFO Electrician – Redbank", ["electrician"]),
    ("licensed practical nurses earn", ["licensed practical nurse"]),
    # negatives: a craft or trade named without a job noun
    ("editing has grown", []),
    ("the trade and the site", []),
]


@pytest.mark.parametrize("text,expected", ROUND_SEVEN_ROLES)
def test_round_seven_roles(text: str, expected: list) -> None:
    assert [m.value for m in _find_roles(text)] == expected


# Round 7 employers: nonprofit, university, pharma and chain names by their shape; a
# source's kind between the cue and its name; sector names and plans that name no company.
ROUND_SEVEN_EMPLOYERS = [
    ("Brightpath Learning Foundation\nBaltimore, MD", ["Brightpath Learning Foundation"]),
    ("Eastbay Youth Collective\nOakland, CA", ["Eastbay Youth Collective"]),
    ("University of Wessex\nWinchester", ["University of Wessex"]),
    ("In Dublin, Ballycarrig Pharma's incoming chief executive", ["Ballycarrig Pharma"]),
    ("Velmora, the Basel drugmaker, paid its chief executive", ["Velmora"]),
    ("Rheinfeld Biologics raised pay", ["Rheinfeld Biologics"]),
    ("Since 1987, Quarry Lane Market has grown. Quarry Lane pays", ["Quarry Lane Market", "Quarry Lane Market"]),
    ("Electrician – Coastline Electrical Services, Gold Coast QLD", ["Coastline Electrical Services"]),
    # negatives
    ("according to a new survey by compensation consultancy Carrow Reward Partners.", []),
    ("every member can join our group RRSP after three months", []),
    ("from Candid's 2024 Nonprofit Compensation Report, which covers", []),
    ("the US Labor Market cooled", []),
    ("Financial Services jobs pay more", []),
    ("the Royal College of Nursing says", []),
]


@pytest.mark.parametrize("text,expected", ROUND_SEVEN_EMPLOYERS)
def test_round_seven_employers(text: str, expected: list) -> None:
    assert [m.value for m in find_employers(text)] == expected


# Round 7 places: national capitals free, AU/UK/German regions, a city's CBD; a shop
# counter and capitals that are also names need a cue.
ROUND_SEVEN_PLACES = [
    ("pay in Canberra and Bern", ["Canberra", "Bern"]),
    ("Wellington pays more", []),  # a person's name too: needs a cue
    ("in Wellington", ["Wellington"]),
    ("jobs in the Pilbara pay", ["Pilbara"]),
    ("A crane operator on a Sydney CBD tower", ["Sydney CBD"]),
    ("managers in the South East typically earn", ["South East"]),
    ("a technician in Hesse earns", ["Hesse"]),
    ("in South East Asia", ["South East Asia"]),
    # negatives
    ("• Deli & Bakery Clerk: $16.25 to $21.75 hourly", []),
    ("Male nurses earn less", []),
    ("Douglas said pay rose", []),
]


@pytest.mark.parametrize("text,expected", ROUND_SEVEN_PLACES)
def test_round_seven_places(text: str, expected: list) -> None:
    assert [m.value for m in _find_locations(text)] == expected


def test_round_seven_industry_names_are_no_employers() -> None:
    assert find_employers("Nursing Care Facilities pay aides $17.60 an hour") == []


# A craft named as a skill (a table row label) names the person doing it.
ROUND_SEVEN_SKILL_LABELS = [
    ("| Graphic design | $55 |", ["graphic designer"]),
    ("| UI/UX design | $90 |", ["ui/ux designer"]),
    ("| Copywriting | $60 |", ["copywriter"]),
    ("| Video editing | $50 |", ["video editor"]),
    ("UI/UX designers earn", ["ui/ux designer"]),
    ("Hindi–English translation", ["translator"]),
    # negatives: a design or an edit that is no craft of a person
    ("the design of the survey", []),
    ("after editing the video", []),
]


@pytest.mark.parametrize("text,expected", ROUND_SEVEN_SKILL_LABELS)
def test_round_seven_skill_labels(text: str, expected: list) -> None:
    assert [m.value for m in _find_roles(text)] == expected


# A job listing line "Title – Employer, Place – pay" names its employer after the title;
# a place's possessive before a company is no part of its name.
ROUND_SEVEN_JOB_LINES = [
    ("• Crane Operator (Tower) – Skyline Lifting, Melbourne VIC – A$68.50 per hour", ["Skyline Lifting"]),
    ("• FIFO Electrician – Ridgeway Minerals, Pilbara WA – A$175k", ["Ridgeway Minerals"]),
    ("• Cashier – Orchard Row, Boise, ID – $16.00 - $19.50 per hour", ["Orchard Row"]),
    ("Dublin's Feonix Bio closed a round", ["Feonix Bio"]),
    # negatives: no job title first, a work mode in the employer field, no pay after the place
    ("Pay rises – Melbourne, Sydney – A$68.50", []),
    ("• Senior Data Analyst – Remote, US – $120k", []),
    ("• Cashier – Orchard Row, Boise, ID – apply now", []),
]


@pytest.mark.parametrize("text,expected", ROUND_SEVEN_JOB_LINES)
def test_round_seven_job_lines(text: str, expected: list) -> None:
    assert [m.value for m in find_employers(text)] == expected


# A flattened table glues the row label's province code to the next cell's currency prefix.
@pytest.mark.parametrize(("text", "expected"), [
    ("Toronto, ONC$78,500C$61k", ["Toronto, ON"]),
    ("Calgary, ABC$88,500", ["Calgary, AB"]),
    # negative: a longer capitalized word is no code
    ("Toronto, ONTARIO", ["Toronto"]),
])
def test_round_seven_glued_codes(text: str, expected: list) -> None:
    assert [m.value for m in _find_locations(text)] == expected


@pytest.mark.parametrize("text", [
    "Skilled Nursing Facilities pay aides $17 an hour",
    "Employment Services pay recruiters $25 an hour",
    "Home Health Care Services pay $16 an hour",
])
def test_round_seven_industries_are_no_employers(text: str) -> None:
    assert find_employers(text) == []


def test_reporting_word_index_equals_window_search() -> None:
    """The speaker check's per-text index of reporting words finds what a search of the 90 characters
    before a role finds, wherever a role may start (not right after a word character or hyphen)."""
    verbs = ["said", "says", "Said", "told", "according to", "accordingly", "unsaid", "said-", "tells", "noted"]
    rng = random.Random(11)
    texts = [t + " " + " ".join(rng.choice(verbs) for _ in range(rng.randint(0, 6)))
             for t in _random_texts(300, seed=12)]
    texts = ["".join(rng.sample(t, len(t))) if i % 7 == 0 else t for i, t in enumerate(texts)]
    word = _context._speech().word.pattern
    checked = 0
    for text in texts:
        for hi in range(len(text) + 1):
            if hi and re.match(r"[\w-]", text[hi - 1]):
                continue
            lo = max(0, hi - 90)
            assert _context._reporting_word_in(text, lo, hi) == (word.search(text, lo, hi) is not None), (text, hi)
            checked += word.search(text, lo, hi) is not None
    assert checked > 200  # the texts hold reporting words before many positions
