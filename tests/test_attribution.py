"""Attribution detection, canonical source names, scopes, and accuracy against gold.

Example tables are grouped by where the cases came from; negatives sit in the
same tables with an empty expectation.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import attribution as attribution_module
from extract.attribution import canonical_source, find_attributions, scope_attributions, source_at
from extract.blocks import split_blocks
from extract.rules import RuleError
from extract.types import Attribution

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
CORPUS = ROOT / "corpus"
# The seed articles (plain text); the dev_* evaluation articles are scored through
# the whole pipeline in tests/test_accuracy.py.
SEED_IDS = sorted(p.stem for p in GOLD.glob("*.json") if not p.stem.startswith("dev"))


def found(text: str) -> list[tuple[str, str, str, str]]:
    return [(a.text, a.source, a.cue, a.kind) for a in find_attributions(text)]


def one(span: str, source: str, cue: str, kind: str = "inline") -> tuple[str, str, str, str]:
    return (span, source, cue, kind)


# --------------------------------------------------------------------------- detection

SPEC_CASES = [
    ("According to Glassdoor, the average is $100.", [one("According to Glassdoor", "Glassdoor", "according to")]),
    ("PayScale says that pay rises.", [one("PayScale says", "PayScale", "says")]),
    ("Glassdoor finds the median to be $5.", [one("Glassdoor finds", "Glassdoor", "finds")]),
    ("The pay is $5 a year says Salary", [one("says Salary", "Salary.com", "says")]),
    ("Pay by level\n\nSource: PayScale\n", [one("Source: PayScale", "PayScale", "source:", "credit")]),
    ("Depending on the data compiled by PayScale, here is a rundown:",
     [one("data compiled by PayScale", "PayScale", "data compiled by", "intro")]),
    ("In a study conducted by Glassdoor, pay rose.",
     [one("a study conducted by Glassdoor", "Glassdoor", "a study conducted by")]),
    ("85% of CEOs say that AI will change work, according to PwC’s Annual Global CEO Survey.",
     [one("according to PwC’s Annual Global CEO Survey", "PwC", "according to")]),
    # negatives: vague groups
    ("85% of CEOs say that AI will change work.", []),
    ("Experts argue that pay will rise.", []),
]

ISSUE_CASES = [
    ("PayScale reports that pay rose.", [one("PayScale reports", "PayScale", "reports")]),
    ("PayScale estimates the median at $5.", [one("PayScale estimates", "PayScale", "estimates")]),
    ("PayScale predicts a rise.", [one("PayScale predicts", "PayScale", "predicts")]),
    ("PayScale has observed a rise.", [one("PayScale has observed", "PayScale", "has observed")]),
    ("According to data amassed from PayScale, here is how pay grows:",
     [one("According to data amassed from PayScale", "PayScale", "according to", "intro")]),
    ("Nurses earn $36, per the Bureau of Labor Statistics.",
     [one("per the Bureau of Labor Statistics", "Bureau of Labor Statistics", "per")]),
    ("Glassdoor data [1] is our basis.", [one("Glassdoor data [1]", "Glassdoor", "data")]),
    ("Nurses earn $77,600 (Source: BLS).", [one("Source: BLS", "Bureau of Labor Statistics", "source:", "credit")]),
    ("The Bureau of Labor Statistics predicts a 16% increase.",
     [one("The Bureau of Labor Statistics predicts", "Bureau of Labor Statistics", "predicts")]),
    ("Ziprecruiter finds yearly pay to be $5.", [one("Ziprecruiter finds", "ZipRecruiter", "finds")]),
    ("According to a Forrester report, spending will rise.",
     [one("According to a Forrester report", "Forrester", "according to")]),
    ("Spending grows, an Analytics Insight report found.",
     [one("Analytics Insight report found", "Analytics Insight", "found")]),
    # negatives
    ("Many companies report higher pay.", []),
    ("Microsoft offers a pay of $150,000 to its engineers.", []),
    ("I say the pay is fine. We found that it rose. Our data shows more.", []),
]

SEED_CASES = [
    ("  • Indeed says that jobs offer around USD 140,923 yearly", [one("Indeed says", "Indeed", "says")]),
    ("  • On the other hand, PayScale argues that they get paid $5",
     [one("PayScale argues", "PayScale", "argues")]),
    ("  • Salary has observed the yearly average to be USD 121,233",
     [one("Salary has observed", "Salary.com", "has observed")]),
    ("  • Whereas, the recruitment tycoon LinkedIn says that pay is USD 130,000",
     [one("LinkedIn says", "LinkedIn", "says")]),
    ("  • Pay can be from $185,350 to $207,430, higher than the rest says Salary",
     [one("says Salary", "Salary.com", "says")]),
    ("📈 According to the Future of Jobs Survey 2020, AI specialists hold the second spot.",
     [one("According to the Future of Jobs Survey 2020", "Future of Jobs Survey", "according to")]),
    ("According to Forbes, AI skills are predicted to grow. Not only that, but jobs are worth more.",
     [one("According to Forbes", "Forbes", "according to")]),
    # negatives from the seed articles
    ("Instead of conducting niche surveys, we have amassed data from popular job posting websites.", []),
    ("From the job entries posted on recruitment websites, here is what jobs earn on average:", []),
    ("Here’s a machine learning engineer job description from Snapchat to give you an idea:", []),
    ("Many experts argue that the pandemic has accelerated job growth.", []),
    ("Indeed, the pay is high.", []),
]

GENERALITY_CASES = [
    # US statistics agencies
    ("According to the U.S. Bureau of Labor Statistics, nurses earned a median of $77,600.",
     [one("According to the U.S. Bureau of Labor Statistics", "Bureau of Labor Statistics", "according to")]),
    ("Per the BLS, the median hourly wage was $36.10.", [one("Per the BLS", "Bureau of Labor Statistics", "per")]),
    ("BLS data show wages rose 4%.", [one("BLS data show", "Bureau of Labor Statistics", "show")]),
    ("The Census Bureau estimates that median income was $74,580.",
     [one("The Census Bureau estimates", "Census Bureau", "estimates")]),
    # UK
    ("Data from the Office for National Statistics shows average weekly earnings of £640.",
     [one("Data from the Office for National Statistics", "Office for National Statistics", "data from")]),
    ("The ONS reports that regular pay grew by 7.8%.",
     [one("The ONS reports", "Office for National Statistics", "reports")]),
    ("Hays Salary Guide 2024 shows IT salaries rising.", [one("Hays Salary Guide 2024 shows", "Hays", "shows")]),
    # India
    ("According to Naukri.com, freshers earn Rs 3.5 lakh per annum.",
     [one("According to Naukri.com", "Naukri", "according to")]),
    ("As per AmbitionBox, the salary ranges from ₹4 lakh to ₹12 lakh.",
     [one("As per AmbitionBox", "AmbitionBox", "as per")]),
    ("AmbitionBox estimates the average salary at ₹6.5 LPA.",
     [one("AmbitionBox estimates", "AmbitionBox", "estimates")]),
    # other sites and shapes
    ("Levels.fyi says the median total compensation is $180,000.", [one("Levels.fyi says", "Levels.fyi", "says")]),
    ("The average salary, says Glassdoor, is $95,000.", [one("says Glassdoor", "Glassdoor", "says")]),
    ("Pay is high, according to ZipRecruiter.", [one("according to ZipRecruiter", "ZipRecruiter", "according to")]),
    ("Glassdoor's data shows a median of $120,000.", [one("Glassdoor's data shows", "Glassdoor", "shows")]),
    ("A 2023 survey by Robert Half found that most workers want raises.",
     [one("survey by Robert Half", "Robert Half", "survey by")]),
    ("The World Economic Forum’s Future of Jobs Report says AI jobs will grow.",
     [one("The World Economic Forum’s Future of Jobs Report says", "World Economic Forum", "says")]),
    ("According to Stack Overflow's 2023 Developer Survey, developers earn $85,000.",
     [one("According to Stack Overflow's 2023 Developer Survey", "Stack Overflow", "according to")]),
    ("Based on a Hays survey, pay is up.", [one("Based on a Hays survey", "Hays", "based on")]),
    # several sources of one credit line, none tied to a part: which claim each covers is unknown
    ("Sources: PayScale; Glassdoor", []),
    ("Sources: PayScale for Spain; Glassdoor for Italy",
     [one("Sources: PayScale for Spain", "PayScale", "source:", "credit"), one("Glassdoor for Italy", "Glassdoor", "source:", "credit")]),
    ("In its 2023 report, Gartner predicts that AI will grow.", [one("Gartner predicts", "Gartner", "predicts")]),
    ("The UK's Office for National Statistics (ONS) reported that median weekly pay was £682.",
     [one("The UK's Office for National Statistics (ONS) reported", "Office for National Statistics", "reported")]),
    ("According to the latest Annual Survey of Hours and Earnings (ASHE), median pay rose.",
     [one("According to the latest Annual Survey of Hours and Earnings", "Office for National Statistics",
          "according to")]),
    ("According to Indeed.co.uk, the average is £45,000.",
     [one("According to Indeed.co.uk", "Indeed", "according to")]),
    ("Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2022",
     [one("Source: U.S. Bureau of Labor Statistics", "Bureau of Labor Statistics", "source:", "credit")]),
    ("Figure 1. Median pay by state. Source: BLS",
     [one("Source: BLS", "Bureau of Labor Statistics", "source:", "credit")]),
    ("Research from Stanford shows that pay rises.", [one("Research from Stanford", "Stanford", "research from")]),
    ("According to the NACE Salary Survey, majors earn $75,900.",
     [one("According to the NACE Salary Survey", "National Association of Colleges and Employers", "according to")]),
    ("Payscale India says freshers earn ₹5 lakh.", [one("Payscale India says", "PayScale", "says")]),
    # negatives
    ("While Python shows strong demand, Java lags.", []),
    ("Glassdoor data scientists earn $150,000.", []),
    ("Salary estimates for this role vary widely.", []),
    ("The median salary is $30 per Hour in Texas.", []),
    ("Research shows that pay rises with experience.", []),
    ("According to him, salaries are high. According to our research, they rose.", []),
    ("All information will be kept confidential according to EEO guidelines.", []),
    ("As TD puts career development first, it hires often.", []),
    ("Based on the East coast, we are an expanding firm.", []),
    ("Your salary will increase based on an annual COLA increase.", []),
    ("Google pays engineers $200,000.", []),
    ("Data from California shows a rise.", []),
    ("The report says pay will rise.", []),
]

# Round 2, from the dev2_/dev3_ evaluation articles (made-up names and amounts)
ROUND_TWO_CASES = [
    # a trailing credit after the claim with a report verb that is also a noun
    ("Graduates get ₹7 LPA at the firm, compared with ₹3 LPA elsewhere, Naukri reports.",
     [one("Naukri reports", "Naukri", "reports")]),
    ("Pay rose 4% last year, the BLS reports.", [one("BLS reports", "Bureau of Labor Statistics", "reports")]),
    ("Pay rose 4% last year, Examplejobs reports.", [one("Examplejobs reports", "Examplejobs", "reports")]),
    # a known source as the subject of a report verb that is also a noun
    ("The BLS projects employment of analysts to grow 32%.",
     [one("The BLS projects", "Bureau of Labor Statistics", "projects")]),
    ("The industry association Bitkom counts more than 100,000 open positions.",
     [one("Bitkom counts", "Bitkom", "counts")]),
    # a relative clause or appositive between the source and its verb
    ("Kununu, where employees rate their employers, reports a wider spread.",
     [one("Kununu, where employees rate their employers, reports", "Kununu", "reports")]),
    ("Glassdoor, which has millions of reviews, found that pay rose.",
     [one("Glassdoor, which has millions of reviews, found", "Glassdoor", "found")]),
    # a descriptor noun between the cue and an unknown name
    ("Rates run from $55 to $75 per hour, per recruitment agency Examplestaff.",
     [one("per recruitment agency Examplestaff", "Examplestaff", "per")]),
    # a report or survey title after a known source keeps the source's name
    ("According to the StepStone Salary Report, developers earn €62,500.",
     [one("According to the StepStone Salary Report", "StepStone", "according to")]),
    ("according to the ISC2 Cybersecurity Workforce Study", [one("according to the ISC2 Cybersecurity Workforce Study", "ISC2", "according to")]),
    # negatives: a name after a preposition is not the subject; an aside that is a place
    ("The typical nurse job on SEEK lists a salary of $95,000.", []),
    ("In Berlin, where rents are high, says one tenant, pay is low.", []),
    ("Prices start at $30 per hour, per person.", []),
    # the author's own list of sources is no claim attribution
    ("We compared the numbers from StepStone, Glassdoor and Kununu.", []),
    ("We pulled numbers from Examplebox and Glassdoor to show pay.", []),
]

ROUND_THREE_CASES = [
    # a company reporting its own news is not a source of a claim (dev4_company_pay_news, dev2_business_news shapes)
    ("Examplefoods said it would cut 900 jobs.", []),
    ("Harbor & Pike reported a pre-tax profit of £412 million.", []),
    ("Brightline Mutual reported its first loss in a decade.", []),
    # a known source keeps its cues whatever follows; an unknown name with an evidence noun or a claim stays a source
    ("Glassdoor said it had seen pay rise 4%.", [one("Glassdoor said", "Glassdoor", "said")]),
    ("PayScale reported a median salary of $98,000.", [one("PayScale reported", "PayScale", "reported")]),
    ("Example Jobs says pay rose 4% last year.", [one("Example Jobs says", "Example Jobs", "says")]),
]

# Round 5, from the dev5_ evaluation articles' shapes (made-up names and amounts)
ROUND_FIVE_CASES = [
    # an organisation's name with a comma, after a country's possessive
    ("Canada's Department of Employment, Workforce and Labour said the average wage was $3,000.",
     [one("Canada's Department of Employment, Workforce and Labour said", "Department of Employment, Workforce and Labour",
          "said")]),
    # a possessor that is no country is the source
    ("Examplia's Ministry of Health said pay rose.", [one("Examplia's Ministry of Health said", "Examplia", "said")]),
    ("According to the Ministry of Trade, Industry and Energy, pay rose.",
     [one("According to the Ministry of Trade, Industry and Energy", "Ministry of Trade, Industry and Energy",
          "according to")]),
    ("China's National Bureau of Statistics reported that wages rose.",
     [one("China's National Bureau of Statistics reported", "National Bureau of Statistics", "reported")]),
    # a statistics office named by its country; an office reporting on others, not on itself
    ("Statistics Korea data show that pay rose.", [one("Statistics Korea data show", "Statistics Korea", "show")]),
    ("Statistics Norway (SSB) reported average annual earnings of NOK 600,000.",
     [one("Statistics Norway (SSB) reported", "Statistics Norway", "reported")]),
    ("Statistics Kenya's Quarterly Employment Statistics show that earnings rose.",
     [one("Statistics Kenya's Quarterly Employment Statistics show", "Statistics Kenya", "show")]),
    ("The Examplia National Bureau of Statistics reports in its Economic Survey that pay rose.",
     [one("The Examplia National Bureau of Statistics reports", "Examplia National Bureau of Statistics", "reports")]),
    # a possessor's report: the possessor is the source
    ("The Examplia Statistics Authority's latest Occupational Wages Survey puts the average at ₱22,000.",
     [one("The Examplia Statistics Authority's latest Occupational Wages Survey puts",
          "Examplia Statistics Authority", "puts")]),
    ("The Federal Statistical Office's wage survey put the median at CHF 9,000.",
     [one("The Federal Statistical Office's wage survey put", "Federal Statistical Office", "put")]),
    ("Example.jobs' 2024 Tech Careers Report found that pay rose.",
     [one("Example.jobs' 2024 Tech Careers Report found", "Example.jobs", "found")]),
    ("US$200 billion in 2024, the e-Example SEA 2024 report estimates.",
     [one("e-Example SEA 2024 report estimates", "e-Example SEA", "estimates")]),
    # lower-case possessors and descriptors before the name
    ("According to the government's Periodic Labour Survey, pay rose.",
     [one("According to the government's Periodic Labour Survey", "Periodic Labour Survey", "according to")]),
    ("Engineers start at SEK 34 000, according to the engineers' union Examplefack.",
     [one("according to the engineers' union Examplefack", "Examplefack", "according to")]),
    ("A developer earns €50.000 in Madrid, says recruiter Examplepage in its 2024 guide, against €40.000 elsewhere.",
     [one("says recruiter Examplepage", "Examplepage", "says")]),
    # a name in commas after its descriptor; an aside marking a one-word name
    ("Spain's statistics institute, EXI, put the average at €26,948.", [one("EXI, put", "EXI", "put")]),
    ("Exampleunion, the white-collar union, says its members got a 4% raise.",
     [one("Exampleunion, the white-collar union, says", "Exampleunion", "says")]),
    ("Examplecast, which tracks online job ads, counted 24,600 postings.",
     [one("Examplecast, which tracks online job ads, counted", "Examplecast", "counted")]),
    # BLS programs and releases; a credit with a parenthesis
    ("It led with $49.80, according to the May 2024 OEWS release.",
     [one("according to the May 2024 OEWS", "Bureau of Labor Statistics", "according to")]),
    ("The BLS Employment Projections program expects employment to grow 12 percent.",
     [one("The BLS Employment Projections program expects", "Bureau of Labor Statistics", "expects")]),
    ("Source (both tables): U.S. Bureau of Labor Statistics",
     [one("Source (both tables): U.S. Bureau of Labor Statistics", "Bureau of Labor Statistics", "source:",
          "credit")]),
    ("Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS)",
     [one("Source: U.S. Bureau of Labor Statistics", "Bureau of Labor Statistics", "source:", "credit")]),
    # negatives: people quoted are not sources (SPEC), nor a company quoted about itself
    ('"We hire on skills," said Jane Example, head of human resources at Example Co.', []),
    ('"Pay is up," said Example Co.', []),
    ("Pay rose, said Lee Example, HR director at Example Logistics, which raised its pay.", []),
    ("Jane Example, the chief executive of Example Co, said pay rose 5%.", []),
    ('Jane Example said: "Pay rose."', []),
    # negatives: the author's own list of sources; the masthead publisher's own analysis
    ("We combined national statistics, Glassdoor data and surveys to compare pay.", []),
    ("Example Business Daily\nPay news\n\nPay by country\n\nSource: EBD analysis of government data\n", []),
    # a known source quoted keeps its cue
    ('"Pay rose 4%," said Glassdoor.', [one("said Glassdoor", "Glassdoor", "said")]),
]

ROUND_SIX_CASES = [
    # evidence phrases: words between the participle and "by"; data "shared on" a site
    ("Pay rose, according to an analysis released Tuesday by the Example Policy Institute.",
     [one("according to an analysis released Tuesday by the Example Policy Institute", "Example Policy Institute",
          "according to")]),
    ("Cooks are offered $22 an hour, according to job postings tracked by Indeed.",
     [one("according to job postings tracked by Indeed", "Indeed", "according to")]),
    ("According to offers shared on Blind, a package is $185K base.",
     [one("According to offers shared on Blind", "Blind", "according to")]),
    ("Blind threads show packages of ₹75 lakh.", [one("Blind threads show", "Blind", "show")]),
    # new cue verbs: "counters that", "breaks down"
    ("The Example Policies Institute, a business-backed group, counters that the raises cost $2 billion.",
     [one("The Example Policies Institute, a business-backed group, counters", "Example Policies Institute",
          "counters")]),
    ("ExampleRemote breaks down monthly pay by experience:",
     [one("ExampleRemote breaks down", "ExampleRemote", "breaks down", "intro")]),
    # a one-word name opening a sentence, written elsewhere after a comma or lower-case words
    ("Pay rose, said Jane Doe, Exampleunion's officer. Exampleunion counts about 2,400 open posts.",
     [one("Exampleunion counts", "Exampleunion", "counts")]),
    ("Exampleunion counts about 2,400 open posts.", []),  # a capitalized word met only there
    ("Data Science Salaries in 2023\n\nSalaries reported in euros were converted.", []),  # a title is no name
    # an office named by its state; an organisation whose name holds a plural possessive
    ("The New York State Comptroller estimated that the bonus pool reached $31.5 billion.",
     [one("The New York State Comptroller estimated", "New York State Comptroller", "estimated")]),
    ("According to the School Teachers' Review Body (STRB), teachers earn £32,916.",
     [one("According to the School Teachers' Review Body", "School Teachers' Review Body", "according to")]),
    # a report's title after a year in a credit line
    ("Pay by specialty\n\nSource: Example Medical Staffing 2025 Travel Pay Survey\n",
     [one("Source: Example Medical Staffing 2025 Travel Pay Survey", "Example Medical Staffing", "source:", "credit")]),
    # a relative clause: the verb's object stands before the name
    ("It sits below the median of R$ 9.400 a month that ExampleRemote reports for backend developers.",
     [one("ExampleRemote reports", "ExampleRemote", "reports")]),
    ("He said that Examplecorp reports strong growth.", []),  # a complement clause: its object follows
    # negatives: an organisation's own demand; a person quoted (", who", a surname named before)
    ("The Example Workers Union said it would push for $25 an hour.", []),
    ("A combo now sells for $7.29, said Tom Example, who runs 14 restaurants.", []),
    ('"I made $39," said Maria Example, a nurse. A flat rents for $2,450 a month, Example said.', []),
    # negatives: the article describing its own sources
    ("This guide draws on ExampleRemote's report plus Glassdoor data and national statistics.", []),
]

ROUND_SEVEN_CASES = [
    # a report owned by a name: possessive, year and title words before the noun, then the verb
    ("For comparison, Exampleco's 2018 Freelancer Income Survey put the average at $21 per hour.",
     [one("Exampleco's 2018 Freelancer Income Survey put", "Exampleco", "put")]),
    ("In the UK, EXAMPLA's 2024 pay survey found that chiefs earned a median of £125,000.",
     [one("EXAMPLA's 2024 pay survey found", "EXAMPLA", "found")]),
    ("Rates vary. Exampletrans.com's community rates show translators charging €0.10 per word.",
     [one("Exampletrans.com's community rates show", "Exampletrans.com", "show")]),
    # "from" / "come from" credit a name only with its report after it
    ("The figures below come from Examplecand's 2024 Nonprofit Compensation Report, which covers 110,000 groups.",
     [one("come from Examplecand's 2024 Nonprofit Compensation Report", "Examplecand", "come from", "intro")]),
    ("The chart shows hourly rates from Examplebridge's 2025 survey for mid-level freelancers.",
     [one("from Examplebridge's 2025 survey", "Examplebridge", "from")]),
    ("She moved from Examplebridge's office in 2020 and earns $90,000.", []),  # no report noun
    ("He came from Examplecorp in 2019 and now earns $90,000.", []),
    # a lead cue with both an evidence phrase and a descriptor
    ("Pay rose 4%, according to a new survey by compensation consultancy Example Reward Partners.",
     [one("according to a new survey by compensation consultancy Example Reward Partners",
          "Example Reward Partners", "according to")]),
    # staff of an organisation speak for it; other words before "at" still block the subject
    ("Analysts at Example View Research valued the market at $5.6 billion in 2024.",
     [one("Example View Research valued", "Example View Research", "valued")]),
    ("A job at Example View Research valued at $90,000 a year.", []),
    # negatives: a person named with a title before, quoted; a company's own plans after a time adverbial
    ('"We compete with US companies," Exampgen chairman Felix Example said at the annual meeting.', []),
    ("Not everyone is hiring. Examplecorp said in April it would cut 180 jobs.", []),
    ("Examplecorp said last week it will cut 180 jobs.", []),
]

ROUND_EIGHT_CASES = [
    # a brand written with a leading number; its report's title names it
    ("Median tips by city, according to the 9tables Restaurant Pay Report:",
     [one("according to the 9tables Restaurant Pay Report", "9tables Restaurant Pay Report", "according to", "intro")]),
    ("Pay by city\n\nCity\tPay\nAustin\t$1\n\nSource: 9tables. Tips after tip-out.\n",
     [one("Source: 9tables", "9tables", "source:", "credit")]),
    ("Tips rose 5% in 2025, according to 9tables.", [one("according to 9tables", "9tables", "according to")]),
    # negatives: ordinals, amounts with a unit, a number glued to a word
    ("The 2nd quarter saw $40k offers; 10mins later the 3rd round, per 10th street.", []),
    # a firm named by its partners, comma and ampersand
    ("Pay was $1.6 million in 2024, according to Exampley, Doe & Roe's Partner Compensation Survey.",
     [one("according to Exampley, Doe & Roe's Partner Compensation Survey", "Exampley, Doe & Roe", "according to")]),
    # negative: a list of places after a comma is no firm
    ("Pay is up, according to Exampley. Austin, Dallas & Houston lead.", [one("according to Exampley", "Exampley", "according to")]),
    # a plural possessive before a report's title names the owner
    ("Talent is scarce. Jane Examplers' Salary Survey 2025 puts assistants at $60,000.",
     [one("Jane Examplers' Salary Survey 2025 puts", "Jane Examplers", "puts")]),
    # an office or a division of a firm speaks for it
    ("Pay is up.\n\nExample Recruitment's Kansai office says sales managers in Osaka are offered $80,000.",
     [one("Example Recruitment's Kansai office says", "Example Recruitment", "says")]),
    # negative: an unknown firm's own plans, said by its press office
    ("Examplecorp's press office said it would pay $5.", []),
    # a report's title before "compared" (an evidence verb)
    ("Examplejobs' Tech Careers Report 2025 compared gross pay for developers in three cities:",
     [one("Examplejobs' Tech Careers Report 2025 compared", "Examplejobs", "compared", "intro")]),
    ("Examplecorp compared offers from two banks.", []),
    # a sentence-initial possessive owning data is a name when never written in lower case
    ("Negotiate the equity. Examplecarta's data shows the median round raised $35 million in 2024.",
     [one("Examplecarta's data shows", "Examplecarta", "shows")]),
    ("Pay fell. Government's data shows a rise. The government said so.", []),
    ("Pay fell. Monday's data shows a rise.", []),
    # a data noun commented on is no credit of a claim
    ("BLS figures tend to undercount cash tips, which is why listings run higher.", []),
    ("Median pay is $5 (BLS figures).", [one("BLS figures", "Bureau of Labor Statistics", "figures")]),
    # the publisher named in a byline near the top credits its own data: no source
    ("Salary Guide 2025: Pay in Tokyo\n\nExample Talent Partners · Tech Desk · Updated 3 February 2025\n\n"
     "Pay by role\n\nRole\tPay\nEngineer\t$1\n\nSource: Example Talent Partners placement data, 2024.\n", []),
]

KNOWN_FAILURES = [
    pytest.param("SOURCE: 9tables\n", [one("SOURCE: 9tables", "9tables", "source:", "credit")],
                 marks=pytest.mark.xfail(strict=True, reason="brands opening with a number are searched after "
                                                             "lower-case or capitalized cues only"),
                 id="all-capital-cue-digit-brand"),
    pytest.param("According to levels.fyi, pay is $180,000.", [one("According to levels.fyi", "Levels.fyi", "according to")],
                 id="lowercase-brand"),
    pytest.param("Glassdoor and PayScale both say pay rose.",
                 [one("Glassdoor", "Glassdoor", "say"), one("PayScale both say", "PayScale", "say")],
                 marks=pytest.mark.xfail(strict=True, reason="coordinated subjects are not split"),
                 id="coordinated-subjects"),
]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # a short form takes the full name written elsewhere in the document
        ("Source: Exampline Workforce 2025 Trades Survey\n\nPay is up, according to Exampline.",
         ["Exampline Workforce", "Exampline Workforce"]),
        # a name ending with a report noun is its owner's report
        ("Pay is up, according to Examplebridge.\n\nSource: Examplebridge Freelance Rates Report 2025\n",
         ["Examplebridge", "Examplebridge"]),
        # negatives: a different word that only starts alike; a known source keeps its name
        ("Pay is up, according to Exampl. Rents are up, according to Examplers Group.", ["Exampl", "Examplers Group"]),
        ("Pay is up, according to Indeed. Hiring is up, according to Indeed Hiring Lab.", ["Indeed", "Indeed Hiring Lab"]),
        # a source's office in a country is the source; its report after a credit line is too
        ("Pay is up, according to Example Walters Korea. Example Walters says more.", ["Example Walters", "Example Walters"]),
        ("Pay, according to the 9tables Restaurant Pay Report:\n\nSource: 9tables\n", ["9tables", "9tables"]),
        # negative: a word after the name that is no country
        ("Pay is up, according to Example Walters Group. Example Walters says more.",
         ["Example Walters Group", "Example Walters Group"]),
    ],
)
def test_one_name_per_source_in_a_document(text: str, sources: list[str]) -> None:
    assert [a.source for a in find_attributions(text)] == sources


def _params(cases: list, group: str) -> list:
    return [pytest.param(text, expected, id=f"{group}-{i}") for i, (text, expected) in enumerate(cases)]


@pytest.mark.parametrize(
    ("text", "expected"),
    _params(SPEC_CASES, "spec")
    + _params(ISSUE_CASES, "issue")
    + _params(SEED_CASES, "seed")
    + _params(GENERALITY_CASES, "general")
    + _params(ROUND_TWO_CASES, "round2")
    + _params(ROUND_THREE_CASES, "round3")
    + _params(ROUND_FIVE_CASES, "round5")
    + _params(ROUND_SIX_CASES, "round6")
    + _params(ROUND_SEVEN_CASES, "round7")
    + _params(ROUND_EIGHT_CASES, "round8")
    + KNOWN_FAILURES,
)
def test_find_attributions(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Payscale", "PayScale"),
        ("Ziprecruiter", "ZipRecruiter"),
        ("the BLS", "Bureau of Labor Statistics"),
        ("U.S. Bureau of Labor Statistics", "Bureau of Labor Statistics"),
        ("Salary", "Salary.com"),
        ("Glassdoor Economic Research", "Glassdoor"),
        ("Indeed Hiring Lab", "Indeed Hiring Lab"),
        ("PwC’s Annual Global CEO Survey", "PwC"),
        ("Future of Jobs Survey 2020", "Future of Jobs Survey"),
        ("Analytics Insight", "Analytics Insight"),
        ("Salary Reports", "Salary Reports"),  # a whole-name-only alias is no prefix
        ("China's National Bureau of Statistics", "National Bureau of Statistics"),
        ("Statistics Sweden", "Statistics Sweden"),
        ("Research Firms", None),  # a common word first, and no country after it
        ("May 2024 OEWS", "Bureau of Labor Statistics"),
        ("Example.jobs' 2024 Tech Careers Report", "Example.jobs"),
        ("Example Medical Staffing 2025 Travel Pay Survey", "Example Medical Staffing"),  # the year opens a title
        ("ExampleRemote 2025 LatAm Remote Pay Report", "ExampleRemote"),
        ("Stack Overflow 2024 Developer Survey", "Stack Overflow"),
        ("School Teachers' Review Body", "School Teachers' Review Body"),  # a plural possessive inside a name
        ("Example Nurses and Midwives' Association", "Example Nurses and Midwives' Association"),
        ("Examplia's Research Body", "Examplia"),  # a singular possessive is an owner
        ("New York State Comptroller", "New York State Comptroller"),  # a state names the office
        ("New Research", None),
        ("Blind", "Blind"),
        ("Indeed.co.uk", "Indeed"),  # a known site's address
        ("Exampletrans.com", "Exampletrans.com"),  # an unknown site keeps its address as written
        ("Experts", None),
        ("We", None),
        ("The", None),
        ("2020", None),
    ],
)
def test_canonical_source(name: str, canonical: Optional[str]) -> None:
    assert canonical_source(name) == canonical


# --------------------------------------------------------------------------- scope


def scoped(text: str) -> list[Attribution]:
    return scope_attributions(text, split_blocks(text), find_attributions(text))


def sources_of_amounts(text: str) -> list[Optional[str]]:
    """Source of every ``$`` amount in ``text``, by source_at."""
    attrs = scoped(text)
    out = []
    start = text.find("$")
    while start >= 0:
        hit = source_at(attrs, start)
        out.append(hit.source if hit else None)
        start = text.find("$", start + 1)
    return out


SCOPE_CASES = [
    # issue: the following sentence continues the same report
    ("According to the BLS, RNs in California earned $53.62 an hour. Those in Texas earned $36.10.",
     ["Bureau of Labor Statistics", "Bureau of Labor Statistics"]),
    # a sentence before the cue is not covered; a new paragraph ends the scope
    ("Nurses earn $1. According to Glassdoor, they earn $2. Mostly $3.\n\nOthers earn $4.",
     [None, "Glassdoor", "Glassdoor", None]),
    # another source ends the previous one
    ("According to Glassdoor, it is $1. PayScale says it is $2. And $3.", ["Glassdoor", "PayScale", "PayScale"]),
    # two cues in one sentence split at the clause break
    ("Glassdoor says $1, while PayScale says $2.", ["Glassdoor", "PayScale"]),
    # the author's own voice ends an inline scope
    ("According to Glassdoor, it is $1. We think it is $2.", ["Glassdoor", None]),
    # a trailing cue covers its sentence
    ("Pay is $5, according to ZipRecruiter. It was $6.", ["ZipRecruiter", "ZipRecruiter"]),
    # a list item's own cue covers just that item
    ("Pay:\n\n  • Glassdoor says $1\n  • Whereas, some earn $2\n  • Pay is $3 says Salary\n",
     ["Glassdoor", None, "Salary.com"]),
    # an intro covers the list below it, blank lines allowed, not past a heading
    ("Depending on the data compiled by PayScale, here is a rundown:\n\n  • Entry: $1\n\n  • Senior: $2\n\n"
     "Other pay\n\nIt is $3.", ["PayScale", "PayScale", None]),
    # an inline cue in a paragraph ending with ':' reaches the list it introduces
    ("According to Indeed, pay varies by city:\n  • Austin: $1\n  • Boston: $2\n\nElsewhere it is $3.",
     ["Indeed", "Indeed", None]),
    # an inline cue in a paragraph that does not introduce a list stops at the paragraph
    ("According to Indeed, pay is $1.\n  • Austin: $2\n", ["Indeed", None]),
    # a credit line covers the list above it ...
    ("Pay by level:\n\n  • Entry: $1\n  • Senior: $2\n\n\nSource: PayScale\n\nLater $3.",
     ["PayScale", "PayScale", None]),
    # ... or the paragraph above when no list is there, and never crosses a heading
    ("Engineers earn $1 on average.\n\nSource: BLS\n\nPay table\n\nSource: ONS\n",
     ["Bureau of Labor Statistics"]),
    # a parenthesised credit covers its own sentence only
    ("Nurses earn $1 (Source: BLS). Teachers earn $2.", ["Bureau of Labor Statistics", None]),
    # a credit in a list's intro line covers the list
    ("Monthly pay by experience (source: Example Jobs, Q1 2024):\n  • Junior: $1\n  • Senior: $2\n\nOther $3.",
     ["Example Jobs", "Example Jobs", None]),
    # a credit line covers glued rows above it (a table flattened to lines)
    ("Mean wages, May 2024:\n\nEmploymentMean hourly wage\n137,960$40.95\n\nSource: BLS\n\nLater $3.",
     ["Bureau of Labor Statistics", None]),
    # a source of prices covers its own sentence only, not the pay after it
    ("Consumer prices rose 211% in 2023, according to INDEX, and pay is renegotiated. A developer earns $1.",
     [None]),
    ("Prices rose, according to the BLS. Pay rose too. Wages rose 4% to $2, according to the BLS. Then $3.",
     ["Bureau of Labor Statistics", "Bureau of Labor Statistics"]),
    # "below" before a noun phrase is a preposition, not an intro to the list after
    ("Pay sits below the median of $1 that ExampleRemote reports for developers.\n  • Junior: $2\n",
     ["ExampleRemote", None]),
    # a relative-clause cue credits its antecedent, not the sentence before it nor the next one
    ("Ads offer $1, below the median of $2 that ExampleRemote reports for developers. Others pay $3.",
     [None, "ExampleRemote", None]),
    # an unnamed document or group in a lead cue ends the source's scope; the report's anaphor does not
    ("According to Example Rates, partners billed $1. Paralegal time ran $2. The firm bills $3, according to a fee "
     "application filed in court. Later $4.", ["Example Rates", "Example Rates", None, None]),
    ("According to Example Rates, partners billed $1. Paralegals billed $2, according to the same survey.",
     ["Example Rates", "Example Rates"]),
    ("According to Example Rates, partners billed $1. Fees ran $2/hr. The firm bills $3, according to court filings.",
     ["Example Rates", "Example Rates", None]),
    # a subject source after ", and" claims its own clause, not the one before
    ("Drivers are paid $1 to $2 per kilometre, and Example Bank reports a median wage of $3 an hour.",
     [None, None, "Example Bank"]),
    ("Drivers earn $1, Example Bank reports.", ["Example Bank"]),
    # a fuel price's source covers its own sentence only
    ("Diesel averaged $3.71 a gallon in 2025, according to the Example Energy Agency. A tractor costs $180,000.",
     ["Example Energy Agency", None]),
    # an intro ("the table below") covers the table under its caption and header lines
    ("The table below shows pay, based on data compiled by Example Consulting. Totals are base plus bonus.\n"
     "Pay by title, 2025\nTitle\tBase\tBonus\nAnalyst\t$1\t$2\nAssociate\t$3\t$4\nOther pay\nIt is $5.",
     ["Example Consulting"] * 4 + [None]),
    # ... but a list under a heading belongs to the heading
    ("According to data amassed from PayScale, here is the effect of skills:\n\nTop employers\n\n  • Acme pays $1\n",
     [None]),
    # a list item's cue beats the intro's scope (innermost wins)
    ("According to Glassdoor, here are the figures:\n  • Entry: $1\n  • Indeed says $2\n",
     ["Glassdoor", "Indeed"]),
]


@pytest.mark.parametrize(("text", "expected"), SCOPE_CASES)
def test_scope_by_amount(text: str, expected: list[Optional[str]]) -> None:
    assert sources_of_amounts(text) == expected


def _with_table_rows(text: str, rows: str) -> list:
    """Blocks of ``text`` with the lines starting with ``rows`` marked as table rows (as the pipeline does)."""
    from extract.types import Block

    return [Block(b.start, b.end, "table_row") if text.startswith(rows, b.start) else b for b in split_blocks(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a caption line under a table credits the table
        ("| City | Pay |\n| Austin | $1 |\n| Boston | $2 |\n\nMedian pay. Source: Glassdoor, June 2024.\n\nLater $3.",
         ["Glassdoor", "Glassdoor", None]),
        # a plural credit covers both tables above it with their intros and header lines
        ("Pay\n\nBy industry:\n\nIndustryWage\n| Hospitals | $1 |\n\nTop industries:\n\nIndustryWage\n"
         "| Clinics | $2 |\n\nSource (both tables): BLS\n\nOther $3.",
         ["Bureau of Labor Statistics", "Bureau of Labor Statistics", None]),
        # a singular credit covers only the table right above it
        ("Pay\n\nBy industry:\n\n| Hospitals | $1 |\n\nTop industries:\n\n| Clinics | $2 |\n\nSource: BLS\n",
         [None, "Bureau of Labor Statistics"]),
    ],
)
def test_credit_scope_over_tables(text: str, expected: list[Optional[str]]) -> None:
    attrs = scope_attributions(text, _with_table_rows(text, "|"), find_attributions(text))
    got = []
    start = text.find("$")
    while start >= 0:
        hit = source_at(attrs, start)
        got.append(hit.source if hit else None)
        start = text.find("$", start + 1)
    assert got == expected


def test_scope_claim_text_and_invariants() -> None:
    text = "Pay\n\nIt pays $5. Indeed says $6. Then $7.\n  • Glassdoor finds $8\n  • $9\n"
    attrs = scoped(text)
    assert [text[a.claim_start : a.claim_end] for a in attrs] == [
        "Indeed says $6. Then $7.",
        "• Glassdoor finds $8",
    ]
    for a in attrs:
        assert a.claim_start <= a.start < a.end <= a.claim_end


def test_credit_line_under_heading_covers_itself_only() -> None:
    text = "Pay table\n\nSource: ONS\n"
    (attr,) = scoped(text)
    assert (attr.claim_start, attr.claim_end) == (attr.start, attr.end)


def test_source_at_prefers_innermost_then_latest() -> None:
    outer = Attribution(0, 3, "abc", "A", "says", claim_start=0, claim_end=50)
    inner = Attribution(10, 13, "def", "B", "says", claim_start=10, claim_end=20)
    twin = Attribution(12, 15, "ghi", "C", "says", claim_start=12, claim_end=22)
    assert source_at([outer, inner], 15) is inner
    assert source_at([outer, inner], 30) is outer
    assert source_at([outer, inner], 50) is None
    assert source_at([inner, twin], 16) is twin
    assert source_at([], 0) is None


# --------------------------------------------------------------------------- robustness


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Aa Bb:;,.$•\n()’'Source according to says PayScale 2020")), max_size=300))
def test_no_crash_and_span_integrity(text: str) -> None:
    attrs = scoped(text)
    assert attrs == sorted(attrs, key=lambda a: a.start)
    for a in attrs:
        assert text[a.start : a.end] == a.text
        assert 0 <= a.claim_start <= a.claim_end <= len(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_no_crash_on_any_text(text: str) -> None:
    for a in scoped(text):
        assert text[a.start : a.end] == a.text


@pytest.mark.parametrize(
    "text",
    [
        "Alpha " * 20000 + "says",  # one long capitalized run
        "A. " * 20000,
        "$1,000,000," * 5000 + " according to",
        "Source: " * 10000,
        "According to " * 10000 + "Glassdoor",
    ],
    ids=["cap-run", "initials", "digits", "credit-cues", "lead-cues"],
)
def test_linear_time_on_long_runs(text: str) -> None:
    began = time.perf_counter()
    scoped(text)
    assert time.perf_counter() - began < 3.0


def test_rule_files_are_validated(monkeypatch: pytest.MonkeyPatch) -> None:
    real = attribution_module.load

    def with_duplicate(name: str):
        data = real(name)
        if name == "sources":
            return {"sources": [*data["sources"], {"name": "Copy", "aliases": ["glassdoor"]}]}
        return data

    attribution_module._vocab.cache_clear()
    monkeypatch.setattr(attribution_module, "load", with_duplicate)
    try:
        with pytest.raises(RuleError, match="listed twice"):
            find_attributions("According to Glassdoor, pay is $5.")
    finally:
        monkeypatch.setattr(attribution_module, "load", real)
        attribution_module._vocab.cache_clear()
    assert found("According to Glassdoor, pay is $5.") == [one("According to Glassdoor", "Glassdoor", "according to")]


def test_rule_entries_must_be_strings(monkeypatch: pytest.MonkeyPatch) -> None:
    real = attribution_module.load

    def with_bool(name: str):
        data = real(name)
        if name == "attribution":
            return {**data, "scope_breakers": [*data["scope_breakers"], False]}
        return data

    attribution_module._vocab.cache_clear()
    monkeypatch.setattr(attribution_module, "load", with_bool)
    try:
        with pytest.raises(RuleError, match="non-empty strings"):
            find_attributions("PayScale says so.")
    finally:
        monkeypatch.setattr(attribution_module, "load", real)
        attribution_module._vocab.cache_clear()


# --------------------------------------------------------------------------- accuracy on the seed gold


@dataclass(frozen=True)
class Score:
    tp: int
    n_pred: int
    n_gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "Score") -> "Score":
        return Score(self.tp + other.tp, self.n_pred + other.n_pred, self.n_gold + other.n_gold)


def _seed(doc_id: str) -> tuple[str, dict]:
    text = (CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8")
    gold = json.loads((GOLD / f"{doc_id}.json").read_text(encoding="utf-8"))
    return text, gold


def attribution_score(doc_id: str) -> Score:
    text, gold = _seed(doc_id)
    predicted = Counter(a.source.casefold() for a in find_attributions(text))
    expected = Counter(a["source"].casefold() for a in gold["attributions"])
    return Score(sum((predicted & expected).values()), sum(predicted.values()), sum(expected.values()))


def fact_source_score(doc_id: str) -> tuple[Score, list[str]]:
    """Score the facts' ``source`` as SPEC does (non-null values), locating gold facts in order."""
    text, gold = _seed(doc_id)
    attrs = scope_attributions(text, split_blocks(text), find_attributions(text))
    tp = n_pred = n_gold = 0
    wrong: list[str] = []
    position = 0
    for fact in gold["facts"]:
        if fact.get("source") == "?":
            continue
        offset = text.find(fact["text"], position)
        if offset < 0:
            wrong.append(f"not found: {fact['text']!r}")
            continue
        position = offset + len(fact["text"])
        hit = source_at(attrs, offset)
        got = hit.source if hit else None
        n_pred += got is not None
        n_gold += fact["source"] is not None
        tp += got is not None and got == fact["source"]
        if got != fact["source"]:
            wrong.append(f"{fact['text']!r}: gold {fact['source']!r}, got {got!r}")
    return Score(tp, n_pred, n_gold), wrong


def test_seed_gold_is_present() -> None:
    assert len(SEED_IDS) >= 3


@pytest.mark.parametrize("doc_id", SEED_IDS)
def test_fact_sources_match_gold(doc_id: str) -> None:
    score, wrong = fact_source_score(doc_id)
    assert wrong == []
    assert score.f1 >= 0.90 or score.n_gold == 0


def test_attribution_and_fact_source_f1_on_seed_gold() -> None:
    attr_total = Score(0, 0, 0)
    fact_total = Score(0, 0, 0)
    for doc_id in SEED_IDS:
        attr, fact = attribution_score(doc_id), fact_source_score(doc_id)[0]
        attr_total, fact_total = attr_total + attr, fact_total + fact
        print(f"{doc_id}: attributions P={attr.precision:.3f} R={attr.recall:.3f} F1={attr.f1:.3f}; "
              f"fact source P={fact.precision:.3f} R={fact.recall:.3f} F1={fact.f1:.3f}")
    print(f"all: attributions F1={attr_total.f1:.3f}, fact source F1={fact_total.f1:.3f}")
    assert attr_total.f1 >= 0.95
    assert fact_total.f1 >= 0.90


# --------------------------------------------------------------------------- the name-run scan equals its plain form

import re  # noqa: E402

# The name-run pattern as first written: the look-behind before the first capital.
_PLAIN_NAME_RUN = re.compile(
    rf"(?<![\w.&*’'\-])(?:{attribution_module._CAP_WORD})"
    rf"(?:[ \t]+(?:(?:of|for|the|and|de|&)[ \t]+)?(?:{attribution_module._CAP_WORD}|\d{{4}}\b))*+"
)

NAME_RUN_TEXTS = [
    "According to the U.S. BLS, pay rose. PwC’s Annual CEO Survey and Salary.com agree.",
    "O*NET data; x.Y, a-B, 'Quoted' Name; U.S.A.B. vs U.S. and Bureau of Labor Statistics 2023 report",
    "ABC.D. E.F Mc'Donald’s A. B.C HTMLParser X-Ray &Co *Star",
]


@pytest.mark.parametrize("text", NAME_RUN_TEXTS)
def test_name_run_equals_plain_pattern(text: str) -> None:
    assert [m.span() for m in attribution_module._NAME_RUN.finditer(text)] == [
        m.span() for m in _PLAIN_NAME_RUN.finditer(text)
    ]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="AaBZz.’'-&*+_ \t\n19,", max_size=40))
def test_name_run_equals_plain_pattern_fuzz(text: str) -> None:
    test_name_run_equals_plain_pattern(text)


# --------------------------------------------------------------------------- trie-shaped hint equals the alternation

_PHRASES = ["says", "said", "salary data", "salary survey", "data", "has found", "has", "find", "finds"]


@pytest.mark.parametrize("text", [
    " says", " said it", "\tsalary  data", " salary survey", " salary", " sa", " has found", " has\tfound",
    " hasn't", " finds", " fin", " data", " dat", "says", " Says", " salary\ndata",
])
def test_any_of_matches_where_the_alternation_does(text: str) -> None:
    import re

    from extract.attribution import _any_of
    from extract.patterns import longest_first as _alternation

    trie = re.compile(r"[ \t]+(?:" + _any_of(_PHRASES) + ")")
    plain = re.compile(r"[ \t]+(?:" + _alternation(_PHRASES) + ")")
    assert (trie.match(text) is None) == (plain.match(text) is None)
