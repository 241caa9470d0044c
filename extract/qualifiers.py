"""What the words around a money amount say about it: category, statistic, pay component, period.

:func:`qualify` reads one sentence (or list item, table row) and optional labels
(a list item's label, a column header, a caption). For each facet it takes the cue
nearest to the amount:

- a cue *before* the amount reaches it even across another amount (an elliptical
  second amount inherits: "the avg. yearly salary ... is $81,000 per year and
  $65,000 per year for medics"), unless a clause break ("while",
  "but", ";") stands between with another amount;
- a cue *after* the amount counts only when no other amount is nearer to it;
- labels are read when the sentence has no cue for that facet.

Cue words live in ``rules/qualifiers.yaml``.

>>> qualify("Average Base Salary: $60,500", 21, 28)
Qualifiers(category='salary', statistic='mean', pay_component='base', period=None)
>>> qualify("Cost: Avg. $12,400", 11, 18)
Qualifiers(category='cost', statistic='mean', pay_component=None, period=None)
>>> qualify("$77,000", 0, 7, labels=["Average Salary"])
Qualifiers(category='salary', statistic='mean', pay_component=None, period=None)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Iterator, Mapping, NamedTuple, Optional, Sequence

from .fold import folded
from .patterns import longest_first, trie
from .money import find_money, money_rules, prefix_before
from .rules import RuleError, load, require, unique
from .types import Money, Qualifiers

__all__ = ["qualify", "qualify_each", "qualifiers_of", "QualifierRules", "qualifier_rules"]

_FACETS = ("category", "statistic", "pay_component", "period")
_LABELS: Mapping[str, tuple[str, ...]] = {
    "category": ("salary", "cost", "market", "other", "none"),
    "statistic": ("mean", "median", "percentile"),  # "percentile": a rank SPEC does not name, read as null
    "pay_component": ("base", "bonus", "total", "none"),
    "period": ("year", "month", "week", "day", "hour", "none"),
}
# Penalty on cues after the amount: "Courses cost an average of $9,000 for..."
_AFTER_WEIGHT = 1.5
_ARTICLE_BEFORE = re.compile(r"(?i)(?<![A-Za-z])an?\s+$")
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
_NOUN_RIGHT_AFTER = re.compile(r"[ \t\u00a0]+[A-Za-z]")  # a word right after a period adjective: its noun
# "a year", "an hour", "each month": the period phrases that double as time references
_ARTICLE_PHRASE = re.compile(r"(?i)(?:an?|each|every)\s")
_WORDS_AHEAD = re.compile(r"(?:[\s-]+[\w'.-]+){1,3}")
_WORD_BEHIND = re.compile(r"([A-Za-z]+)\s+$")
_NAME_WORD_BEHIND = re.compile(r"(?<![\w$€£¥₩])([A-Za-z]+)\s+$")  # a whole word: not the "K" of "$300K"
# a capitalized word right after this one ("Course Report"), and where a sentence or label opens (not mid-sentence)
_OWNER_BEHIND = re.compile(r"(?<![\w$€£¥₩])[A-Z][a-z]+['’]s[ \t\u00a0]+$")  # "Peet's ": a name's possessive
_NAME_WORD_AHEAD = re.compile(r"[A-Za-z'-]*[ \t\u00a0]+[A-Z][a-z]")
_SENTENCE_OPENING = re.compile(r"(?:\A|[.!?:;\"“‘'(\[•|–—-])[ \t\u00a0]*\Z")
_LABEL_WORDS = re.compile(r"[A-Za-z][A-Za-z .-]*[A-Za-z]|[A-Za-z]")
# "+ 10% bonus", "a 10% bonus": a bonus stated as a share is an add-on, not this amount
# between a share-of-pay bonus ("a 10% bonus target") and an amount it does not state the value of
_ADD_ON_BREAK = re.compile(r"[,;]|\b(?:and|or|plus|with)\b", re.I)
_SHARE_BEFORE = re.compile(r"(?:%|\bper\s?cent|\+)\s*$", re.I)
# "a supplement of 5% of basic pay, worth £1,163": a component named as the base of a share is another amount
_SHARE_OF_BEFORE = re.compile(r"(?:%|\bper\s?cent)\s+of\s+(?:(?:an?|one|the|their|his|her|its|your|annual|yearly)\s+)?$", re.I)
_ANY_WORD = re.compile(r"[A-Za-z]+")
# the base a share is taken of, a few words after "% of": "6% of each booking they close" names no price of the amount
# (or the base a tax rate is levied on: "pays the higher 40% rate on income above €42,000")
_SHARE_BASE_BEFORE = re.compile(r"(?:%|\bper\s?cent)\s+(?:(?:of|(?:(?:tax|income)\s+)?(?:rate|band|bracket|tax)\s+on)\s+)"
                                r"(?:[A-Za-z]+\s+){0,2}$", re.I)
# a percentage right after a statistic word: "tax averages 32.4%"
# ("averages around 32%": an approximation word may stand before the share)
_SHARE_AFTER = re.compile(r"[ \t\u00a0]+(?:of[ \t\u00a0]+|at[ \t\u00a0]+)?(?:(?:about|around|roughly|approximately|nearly|almost|some)[ \t\u00a0]+)?"
                          r"\d[\d.,]*[ \t\u00a0]*(?:%|per[ \t\u00a0]?cent\b)", re.I)
# "(about $120,000)": a conversion of the amount before it
_CONVERSION_GAP = re.compile(r"(?:[ \t\u00a0]+[A-Za-z./]+){0,3}[ \t\u00a0]*[(\[][ \t\u00a0]*(?:about|approx\.?|approximately|around|roughly|or|~|≈)?[ \t\u00a0]*")
# a determiner right before an amount: the amount modifies the noun after it ("a $2,500 learning budget")
_DETERMINER_BEFORE = re.compile(r"(?i)(?<![A-Za-z])(?:an?|the|its|their|his|her|our|your)\s+$")
# after-cues of statistic and component stay in the amount's own phrase
_AFTER_STOP = re.compile(r"[,;]")
# a comma and a word opening a new clause: a cue right after an earlier amount, before it, stays that amount's
# a comma or semicolon opening a new clause: before a clause break or coordinator (rules)
_CLAUSE_COMMA = re.compile(r"[,;][ \t]*(?=[A-Za-z])")
# ... unless the cue is an "including" phrase after one comma and at most three words: "¥11 million here, including bonus"
_INCLUDING_TAIL = re.compile(r"[ \t]*(?:\w+[ \t]+){0,2}(?:\w+)?,[ \t]*")  # a year may close it: "in 2023, including"
# an amount's period phrase right after it, if any (" an hour", " per month"): the start of the gaps below
_RATE_PHRASE = r"(?:[ \t\u00a0]+(?:a|an|per|each|every)[ \t\u00a0]+[A-Za-z]+)?"
_RATE_GAP = re.compile(_RATE_PHRASE + r"[ \t\u00a0,]*", re.I)  # " an hour, "
_INCLUSION = re.compile(r"(?i)(?<![a-z])(?:incl|counted)")  # a component cue saying what an amount counts in ("tips included")
# market sizes are never quoted per hour, day, week or month
_SHORT_PERIODS = frozenset({"hour", "day", "week", "month"})
_WEAK_REACH = 20  # characters between a category noun and the weak cue it overrides
# "CHF 730 per semester": the amount is per some other unit
# ... or per some sum of money ("$1.98 per $1,000 of assessed value": the next amount starts right after "per")
_PER_UNIT = re.compile(r"\s*per\s+(?:[A-Za-z]+|\d|\Z)")
# up to two words between an amount and its head noun ("$2,500 yearly learning budget"); a conjunction,
# or determiner starts a phrase of its own ("$900,000 and a bonus of ...")
# (a hyphenated compound is one word: "the ¥5,000 monthly tax-free threshold")
_HEAD_NOUN_GAP = re.compile(r"[ \t\u00a0-]*(?:(?!(?:and|or|plus|with|a|an|the|but|while)[ \t\u00a0-])[A-Za-z]+(?:-[A-Za-z]+)*[ \t\u00a0-]+){0,2}", re.I)


@dataclass(frozen=True, eq=False)  # compared by identity: a key of the per-text cue caches
class QualifierRules:
    """Compiled cue patterns of ``rules/qualifiers.yaml``."""

    patterns: Mapping[str, "CuePattern"]
    cues: "CueSet"  # the four facets' patterns, scanned together
    values: Mapping[str, Mapping[str, str]]
    mean_after_article: frozenset[str]
    clause_break: "CuePattern"
    clause_opener: "CuePattern"  # after a comma: a clause break or a coordinator
    period_blockers: frozenset[str]
    statistic_blockers: "CuePattern"
    period_not_after: frozenset[str]
    period_noun_prepositions: frozenset[str]
    weak_category_cues: frozenset[str]
    rate_units: frozenset[str]
    currency_nouns: frozenset[str]
    component_excluded: re.Pattern[str]  # an exclusion word and the list before a component cue ending the text
    # facet -> cue phrase (lower case, single spaces) -> its value, whether it is an "on ..." phrase, whether weak
    phrase_facts: Mapping[str, Mapping[str, tuple[str, bool, bool]]]
    charge_verbs: frozenset[str] = frozenset()  # cost cues that are pay when a worker is their subject
    payer_phrases: frozenset[str] = frozenset()  # cost cues that are pay when a worker is their object
    worker_nouns: frozenset[str] = frozenset()
    job_head_nouns: frozenset[str] = frozenset()  # "a ₹7 LPA testing job": an amount describing a job is its pay
    payer_nouns: frozenset[str] = frozenset()
    total_labels: frozenset[str] = frozenset()  # a label that is nothing but one of these states total pay
    base_labels: frozenset[str] = frozenset()  # a label that is nothing but one of these states base pay ("Basic")
    base_word: Optional[re.Pattern[str]] = None  # one of base_labels as an amount's head noun ("€68,000 basic for a manager")
    time_after: frozenset[str] = frozenset()  # "a year earlier": a time reference even right after an amount
    negated: Optional[re.Pattern[str]] = None  # "costs, not pay": a denial ending the text before a cue
    comparison: Optional["CuePattern"] = None  # "$4,200 less than the average": a difference from a statistic
    consequence: Optional[re.Pattern[str]] = None  # ", so most recoup the fee": a clause of its own after a comma
    sentence_only: frozenset[str] = frozenset()  # category cues not read in labels ("Coding Bootcamps" as a heading)
    amount_connectors: frozenset[str] = frozenset()  # words that coordinate amounts ("or", "to", "up")
    subject_prepositions: frozenset[str] = frozenset()  # "specialists in Rust or Go": an "or" inside the subject
    after_amount_only: frozenset[str] = frozenset()  # period cues read only right after an amount ("R36 200 pm")
    working_time: frozenset[str] = frozenset()  # period cues of a working week, yielding to any other ("40-hour week")
    add_on_joiner: Optional[re.Pattern[str]] = None  # "$4,750 a month plus bonuses": a bonus after it is on top
    price_label_heads: frozenset[str] = frozenset()  # "• Analytics Certificate (Coursera): US$39": a price label
    product_tiers: frozenset[str] = frozenset()  # a product's paid tier right before a price ("Acme Premium $4.99")
    net_pay: Optional["CuePattern"] = None  # a label of net pay ("Fresher in-hand"): no pay component from other labels
    separate_pay: frozenset[str] = frozenset()  # pay paid apart ("a leave allowance of ₦275,000"): no other amount's period
    derivation: Optional["CuePattern"] = None  # "adds up to", "works out to": the next amount is derived, its period its own
    counted_in: Optional[re.Pattern[str]] = None  # "once benefits such as ... are counted": a total of pay and extras
    time_object: Optional[re.Pattern[str]] = None  # "after the journeyman's exam ": a price noun naming a point in time
    name_cues: frozenset[str] = frozenset()  # category cues that are also words of names ("Back Market: 50-68 k€")
    change_head: Optional[re.Pattern[str]] = None  # "a $1 raise": an amount heading a change of pay takes no component
    name_heads: frozenset[str] = frozenset()  # category cues ending a name keep their sense ("Federal Pell Grants")
    restating: Optional[re.Pattern[str]] = None  # "while at Grab the figure is closer to $X": the earlier figure again
    composition: Optional["CuePattern"] = None  # "A typical package includes:": the items are parts of the total
    profit_share: Optional[re.Pattern[str]] = None  # "a share of their practice's profits": profit sharing, pay
    percentile_rank: Optional[re.Pattern[str]] = None  # "the highest 10 percent": a percentile, no mean or median
    parts_listed: Optional[re.Pattern[str]] = None  # " a year in salary, bonus and stock": a sum of listed pay parts
    place_cues: frozenset[str] = frozenset()  # market cues that name a place after "in" ("in four major markets")
    place_lead: Optional[re.Pattern[str]] = None  # a preposition of place and up to three words, ending the text


def _branch(phrase: str) -> str:
    r"""The regex of one cue phrase: its words joined by blanks, whole words at letter edges.

    >>> _branch("per year")
    '(?<![A-Za-z])per\\s+year(?![A-Za-z])'
    >>> _branch("/yr")
    '/yr(?![A-Za-z])'
    """
    words = phrase.split()
    body = r"\s+".join(re.escape(w) for w in words)
    left = r"(?<![A-Za-z])" if words[0][0].isalpha() else ""
    right = r"(?![A-Za-z])" if words[-1][-1].isalpha() or words[-1][-1] == "." else ""
    return left + body + right


_LEAD_WORD = re.compile(r"[A-Za-z]+", re.I)


class CuePattern:
    """Cue phrases found exactly as one case-insensitive alternation of their :func:`_branch`
    patterns, longest first, would find them (the tests hold it to that), but word by word.

    ``re`` tries every branch of a long alternation at every position of the
    text. Here one scan with a prefix tree of the phrases' first words finds
    the places where a phrase may start (and those of a phrase's leading
    non-letter, such as ``/`` or ``;``); only the phrases starting with that
    word are tried there, in the alternation's order.

    >>> cues = CuePattern(["pay", "base pay", "per year", "/yr"])
    >>> [m.group() for m in cues.finditer("Base  pay of $9/yr, repayable per year")]
    ['Base  pay', '/yr', 'per year']
    >>> cues.search("the base pay", 5).group()
    'pay'
    >>> cues.search("pays", 0) is None
    True
    """

    def __init__(self, phrases: Sequence[str]) -> None:
        by_word: dict[str, list[str]] = {}
        other: list[str] = []
        leads: set[tuple[str, str]] = set()
        for phrase in sorted(set(phrases), key=len, reverse=True):  # the alternation's order
            first = phrase.split()[0]
            lead = _LEAD_WORD.match(first)
            if lead is not None:  # starts with a letter, so with a word edge
                by_word.setdefault(folded(lead.group()), []).append(_branch(phrase))
            else:
                other.append(_branch(phrase))
                leads.add(_lead(phrase))
        self.phrases = tuple(sorted(set(phrases), key=len, reverse=True))
        self._by_word = {word: re.compile("|".join(branches), re.I) for word, branches in by_word.items()}
        self._other = re.compile("|".join(other), re.I) if other else None
        self._leads = frozenset(leads)
        self._starts = _starts(self._by_word, self._leads)

    def _matches(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        after = pos  # matches do not overlap
        by_word = self._by_word
        for start in self._starts.finditer(text, pos, endpos):
            at = start.start()
            if at < after:
                continue
            word = start.group(1)
            pattern = self._other if word is None else by_word.get(folded(word))
            found = pattern.match(text, at, endpos) if pattern is not None else None
            if found is not None:
                after = found.end()
                yield found

    def finditer(self, text: str, pos: int = 0, endpos: Optional[int] = None) -> list[re.Match[str]]:
        """All matches, left to right (as ``re.Pattern.finditer``)."""
        return list(self._matches(text, pos, len(text) if endpos is None else endpos))

    def search(self, text: str, pos: int = 0, endpos: Optional[int] = None) -> Optional[re.Match[str]]:
        """The first match in ``text[pos:endpos]`` (as ``re.Pattern.search``)."""
        return next(self._matches(text, pos, len(text) if endpos is None else endpos), None)


def _lead(phrase: str) -> tuple[str, str]:
    """The leading non-letter of a phrase and the character after it, lower case (``" "`` for a blank,
    ``""`` for any character: none, or one that is not ASCII).

    >>> _lead("13th salary"), _lead("+ super"), _lead("/yr"), _lead(";"), _lead("年薪")
    (('1', '3'), ('+', ' '), ('/', 'y'), (';', ''), ('年', ''))
    """
    words = phrase.split()
    after = words[0][1:2] or (" " if len(words) > 1 else "")
    return words[0][0], after.lower() if after.isascii() else ""


def _starts(words: Iterable[str], leads: Iterable[tuple[str, str]], *, flags: int = re.I) -> re.Pattern[str]:
    """Where a phrase may start: one of its first ``words`` as a whole word (group 1), or one of its leading
    non-letters (:func:`_lead`) before a character that may follow it there (the "1" of "13th", not of "$1,200").

    A start matches that one character only, so no start hides another. With no words, the leads only.
    """
    words = list(words)
    pattern = r"(?<![A-Za-z])(" + trie(words) + r")(?![A-Za-z])" if words else ""
    after: dict[str, set[str]] = {}
    for c, nxt in leads:
        after.setdefault(c, set()).add(nxt)
    for c, nexts in sorted(after.items()):
        pattern += "|" if pattern else ""
        if "" in nexts:  # any character may follow
            pattern += re.escape(c)
        else:
            pattern += re.escape(c) + "(?=[" + "".join(r"\s" if n == " " else re.escape(n) for n in sorted(nexts)) + "])"
    return re.compile(pattern, flags)


def _plain_lower(phrase: str) -> bool:
    """Is the phrase lower-case ASCII, so that its matches in a lower-case twin are its ``re.I`` matches?"""
    return phrase.isascii() and phrase == phrase.lower()


_Named = tuple[str, re.Pattern[str]]  # a vocabulary's name and one of its compiled phrase patterns


class CueSet:
    """Several cue vocabularies found in one scan of a text (each as its own :class:`CuePattern` finds it).

    The places where a phrase may start are found on a lower-case twin of the text
    (:func:`~extract.fold.folded`) without ``re.IGNORECASE``, which ``re`` scans much
    faster: the first words, and the leading non-letters that have no case. A leading
    letter with case (the "å" of "år") is found on the text itself.

    >>> cues = CueSet({"category": CuePattern(["pay", "base pay"]), "period": CuePattern(["per year", "/yr"])})
    >>> {name: [m.group() for m in found] for name, found in cues.find("base pay of $9/yr, paid per year").items()}
    {'category': ['base pay'], 'period': ['/yr', 'per year']}
    """

    def __init__(self, patterns: Mapping[str, CuePattern]) -> None:
        self._names = tuple(patterns)
        by_word: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
        for name, pattern in patterns.items():
            for word, compiled in pattern._by_word.items():
                by_word.setdefault(word, []).append((name, compiled))
        self._by_word = {word: tuple(found) for word, found in by_word.items()}
        self._other = tuple((name, p._other) for name, p in patterns.items() if p._other is not None)
        leads = frozenset().union(*(p._leads for p in patterns.values()))
        cased = frozenset(lead for lead in leads if lead[0].lower() != lead[0].upper())
        self._lower_starts = _starts(self._by_word, leads - cased, flags=0)
        self._cased_starts = _starts((), cased) if cased else None
        # the phrases matched on the twin as well, when they are lower-case ASCII (whose case folding is plain)
        if not cased and all(_plain_lower(p) for pattern in patterns.values() for p in pattern.phrases):
            self._lower_by_word: Optional[dict[str, tuple[tuple[str, re.Pattern[str]], ...]]] = {
                word: tuple((name, re.compile(compiled.pattern)) for name, compiled in found)
                for word, found in self._by_word.items()}
            self._lower_other = tuple((name, re.compile(compiled.pattern)) for name, compiled in self._other)
        else:
            self._lower_by_word = None

    def find(self, text: str) -> dict[str, list[re.Match[str]]]:
        """Each vocabulary's matches in ``text``, left to right (matches of a lower-case twin of it may stand in: read their spans)."""
        lowered = folded(text)
        starts = [(m.start(), m.group(1)) for m in self._lower_starts.finditer(lowered)]
        if self._cased_starts is not None:
            cased = [(m.start(), None) for m in self._cased_starts.finditer(text)]
            if cased:
                starts = sorted(starts + cased, key=lambda start: start[0])
        if self._lower_by_word is None:  # phrases matched on the text
            return self._scan(text, starts, self._by_word, self._other)
        # all on the twin, case-sensitive: the same spans (the matches are of the twin)
        return self._scan(lowered, starts, self._lower_by_word, self._lower_other)

    def _scan(self, source: str, starts: Iterable[tuple[int, Optional[str]]], by_word: Mapping[str, tuple[_Named, ...]],
              other: tuple[_Named, ...]) -> dict[str, list[re.Match[str]]]:
        """Try, at each start, the phrases its first word (lower case) may begin, or those with no first word (None)."""
        found: dict[str, list[re.Match[str]]] = {name: [] for name in self._names}
        after = dict.fromkeys(self._names, 0)  # the matches of one vocabulary do not overlap
        for at, word in starts:
            for name, pattern in other if word is None else by_word.get(word, ()):
                if at >= after[name]:
                    m = pattern.match(source, at)
                    if m is not None:
                        after[name] = m.end()
                        found[name].append(m)
        return found


@lru_cache(maxsize=1)
def qualifier_rules() -> QualifierRules:
    """Load and validate ``rules/qualifiers.yaml`` once per process."""
    data = load("qualifiers")
    where = "rules/qualifiers.yaml"
    patterns: dict[str, CuePattern] = {}
    values: dict[str, dict[str, str]] = {}
    for facet in _FACETS:
        table = require(data, facet, dict, where=where)
        seen: dict[str, str] = {}
        for label, words in table.items():
            if label not in _LABELS[facet] or (label == "none" and facet not in ("category", "pay_component", "period")):
                raise RuleError(f"{where}: {facet}: unknown label {label!r}")
            for w in words:
                key = " ".join(str(w).lower().split())
                if key in seen:
                    raise RuleError(f"{where}: {facet}: cue {w!r} listed twice")
                seen[key] = label
        if facet == "period":
            for key, label in _modified_periods(data, where=where).items():
                if key in seen:
                    raise RuleError(f"{where}: period: cue {key!r} listed twice")
                seen[key] = label
        patterns[facet] = CuePattern(list(seen))
        values[facet] = seen
    breaks = [str(b) for b in require(data, "clause_breaks", list, where=where)]
    weak = frozenset(str(w).lower() for w in require(data, "weak_category_cues", list, where=where))
    base_labels = frozenset(" ".join(str(w).lower().split()) for w in require(data, "base_labels", list, where=where))
    return QualifierRules(
        patterns=patterns,
        cues=CueSet(patterns),
        values=values,
        mean_after_article=frozenset(str(w).lower() for w in require(data, "mean_after_article", list, where=where)),
        clause_break=CuePattern(breaks),
        clause_opener=CuePattern([*breaks, *(str(w) for w in require(data, "clause_coordinators", list, where=where))]),
        period_blockers=frozenset(str(w).lower() for w in require(data, "period_blockers", list, where=where)),
        statistic_blockers=CuePattern([str(w) for w in require(data, "statistic_blockers", list, where=where)]),
        period_not_after=frozenset(str(w).lower() for w in require(data, "period_not_after", list, where=where)),
        period_noun_prepositions=frozenset(str(w).lower() for w in require(data, "period_noun_prepositions", list, where=where)),
        weak_category_cues=weak,
        rate_units=frozenset(str(w).lower() for w in require(data, "rate_units", list, where=where)),
        currency_nouns=frozenset(str(w).lower() for w in require(data, "currency_nouns", list, where=where)),
        component_excluded=_excluded_list(require(data, "component_exclusions", list, where=where)),
        phrase_facts={facet: {key: (value, key.startswith("on "), key in weak) for key, value in seen.items()}
                      for facet, seen in values.items()},
        charge_verbs=_words_of(data, "charge_verbs", known=values["category"], label="cost"),
        payer_phrases=_words_of(data, "payer_phrases", known=values["category"], label="cost"),
        worker_nouns=frozenset(str(w).lower() for w in require(data, "worker_nouns", list, where=where)),
        payer_nouns=frozenset(str(w).lower() for w in require(data, "payer_nouns", list, where=where)),
        job_head_nouns=frozenset(str(w).lower() for w in require(data, "job_head_nouns", list, where=where)),
        total_labels=frozenset(" ".join(str(w).lower().split()) for w in require(data, "total_labels", list, where=where)),
        base_labels=base_labels,
        base_word=_base_word_pattern(base_labels) if base_labels else None,
        time_after=frozenset(str(w).lower() for w in require(data, "period_time_after", list, where=where)),
        negated=_negation_pattern(require(data, "cue_negations", list, where=where)),
        comparison=CuePattern([str(w) for w in require(data, "statistic_comparisons", list, where=where)]),
        consequence=_opener_pattern(require(data, "consequence_openers", list, where=where)),
        sentence_only=_words_of(data, "sentence_only_cues", known=values["category"], label="cost"),
        amount_connectors=frozenset(str(w).lower() for w in require(data, "amount_connectors", list, where=where)),
        subject_prepositions=frozenset(str(w).lower() for w in require(data, "subject_prepositions", list, where=where)),
        after_amount_only=_words_of(data, "period_after_amount_only", known=values["period"], label="month"),
        working_time=_words_of(data, "period_working_time", known=values["period"], label="week"),
        add_on_joiner=_joiner_pattern(require(data, "bonus_add_on_joiners", list, where=where)),
        separate_pay=_words_of(data, "separate_pay_nouns", known=values["category"], label="salary"),
        time_object=_time_object_pattern(require(data, "time_prepositions", list, where=where)),
        derivation=CuePattern(unique([str(w) for w in require(data, "derivation_verbs", list, where=where)],
                                     where=f"{where}: derivation_verbs")),
        counted_in=_counted_in_pattern(require(data, "counted_in", dict, where=where), where=where),
        product_tiers=frozenset(unique([str(w) for w in require(data, "product_tiers", list, where=where)],
                                       where=f"{where}: product_tiers")),
        price_label_heads=frozenset(str(w).lower() for w in unique([str(w) for w in require(data, "price_label_heads", list, where=where)],
                                                                    where=f"{where}: price_label_heads")),
        net_pay=CuePattern(unique([str(w) for w in require(data, "net_pay_labels", list, where=where)],
                                  where=f"{where}: net_pay_labels")),
        name_cues=_words_of(data, "name_category_cues", known=values["category"], label="market"),
        change_head=_change_head_pattern(unique([str(w) for w in require(data, "change_nouns", list, where=where)],
                                                where=f"{where}: change_nouns")),
        name_heads=_words_of(data, "name_head_cues", known=values["category"], label="other"),
        restating=_restating_pattern(unique([str(w) for w in require(data, "restating_subjects", list, where=where)],
                                            where=f"{where}: restating_subjects"),
                                     unique([str(w) for w in require(data, "gapped_subjects", list, where=where)],
                                            where=f"{where}: gapped_subjects"),
                                     unique([str(w) for w in require(data, "gapped_place_nouns", list, where=where)],
                                            where=f"{where}: gapped_place_nouns")),
        composition=CuePattern(unique([str(w) for w in require(data, "composition_words", list, where=where)],
                                      where=f"{where}: composition_words")),
        profit_share=_profit_share_pattern(require(data, "profit_share", dict, where=where), where=where),
        parts_listed=_parts_listed_pattern(unique([str(w) for w in require(data, "pay_parts", list, where=where)],
                                                  where=f"{where}: pay_parts")),
        place_cues=_words_of(require(data, "place_category_cues", dict, where=where), "cues", known=values["category"],
                             label="market"),
        place_lead=_place_lead_pattern(require(require(data, "place_category_cues", dict, where=where), "prepositions",
                                               list, where=where)),
        percentile_rank=_percentile_rank_pattern(unique([str(w) for w in require(data, "percentile_ranks", list, where=where)],
                                                        where=f"{where}: percentile_ranks")),
    )


def _parts_listed_pattern(words: Sequence[str]) -> re.Pattern[str]:
    r"""Right after an amount (past its period phrase): ``in``, then two or more pay parts joined by commas, ``and``,
    ``&`` or ``plus`` (``a year in salary, bonus and stock awards``).

    >>> p = _parts_listed_pattern(["salary", "bonus", "stock awards"])
    >>> [bool(p.match(t)) for t in (" a year in salary, bonus and stock awards", " in salary and bonus", " in salary",
    ...                              " in salary and fees", " in base, and bonuses", " in salary plus bonus")]
    [True, True, False, False, False, False]
    """
    part = r"(?:(?:their|his|her|its|annual|yearly|cash)[ \t\u00a0]+)?(?:" + longest_first(words, blank=r"[ \t\u00a0]+") + r")(?![\w-])"
    comma, last = r"[ \t\u00a0]*,[ \t\u00a0]*", r"[ \t\u00a0]+(?:and|&)[ \t\u00a0]+"
    # "salary and bonus", "salary, bonus and stock", "salary, bonus, and stock" (not "base, and bonuses are common":
    # a comma before the last "and" only after a list; not "plus": what is added on top of the amount)
    return re.compile(_RATE_PHRASE + r"[ \t\u00a0]+in[ \t\u00a0]+" + part + r"(?:" + last + part + r"|(?:" + comma + part
                      + r")+(?:,?" + last + part + r")?)", re.I)


def _place_lead_pattern(words: Sequence[object]) -> re.Pattern[str]:
    r"""A preposition of place, then at most three words (no figure), ending the text: ``in four major ``.

    >>> p = _place_lead_pattern(["in", "across"])
    >>> [bool(p.search(t)) for t in ("for actuaries in four major ", "in ", "in the $5 billion ", "invested ")]
    [True, True, False, False]
    """
    return re.compile(r"(?i)(?<![\w-])(?:" + longest_first(map(str, words), blank=r"[ \t\u00a0]+") + r")[ \t\u00a0]+"
                      r"(?:[A-Za-z][\w'’.-]*[ \t\u00a0]+){0,3}\Z")


def _percentile_rank_pattern(words: Sequence[str]) -> re.Pattern[str]:
    r"""A rank word, then a share of earners in per cent: ``highest 10 percent``, ``top 10%``, ``lowest-paid 25 per cent``.

    >>> p = _percentile_rank_pattern(["top", "highest", "lowest-paid"])
    >>> [bool(p.search(t)) for t in ("the highest 10 percent earn", "the top 10% of earners", "the lowest-paid 25 per cent",
    ...                               "top 10 employers", "a 10% rise")]
    [True, True, True, False, False]
    """
    return re.compile(r"(?i)(?<![\w-])(?:" + longest_first(words, blank=r"[ \t\u00a0-]+") + r")[ \t\u00a0]+\d{1,2}(?:\.\d)?"
                      r"[ \t\u00a0]*(?:%|per[ \t\u00a0]?cent(?![\w-]))")


def _profit_share_pattern(spec: Mapping[str, object], *, where: str) -> re.Pattern[str]:
    r"""A share noun, ``of``, up to three words (an owner's possessive), then a profit noun.

    >>> p = _profit_share_pattern({"shares": ["share", "cut"], "profits": ["profits"]}, where="test")
    >>> [bool(p.search(t)) for t in ("a share of their practice's profits", "a cut of the profits", "profits rose")]
    [True, True, False]
    """
    def alt(key: str) -> str:
        words = unique([str(w) for w in require(spec, key, list, where=f"{where}: profit_share")], where=f"{where}: profit_share")
        return longest_first(words, blank=r"[ \t\u00a0]+")

    return re.compile(r"(?i)(?<![\w-])(?:" + alt("shares") + r")[ \t\u00a0]+of[ \t\u00a0]+(?:[\w'’-]+[ \t\u00a0]+){0,3}?(?:"
                      + alt("profits") + r")(?![\w-])")


_SIZED_AFTER = re.compile(r"(?i)[a-z-]+\s+(?:of|worth|equal\s+to|amounting\s+to)\s")  # "bonuses of 3 months", "bonuses worth": its own size


def _bonus_on_top(sentence: str, end: int, cue_start: int, rules: QualifierRules) -> bool:
    """Is a bonus named after the amount joined to it as a bonus of its own (a word between the joiner and
    the bonus: ``plus a yearly bonus``, ``with bonuses of 3 months``)? A bare ``plus bonus`` may
    name what the amount includes, so it is left to the cue, unless the bonus states its own size
    (``with bonuses of 3 months``).

    >>> s = "$4,750 a month plus a yearly bonus"
    >>> _bonus_on_top(s, 6, s.index("bonus"), qualifier_rules()), _bonus_on_top("$90,000 plus bonus", 7, 13, qualifier_rules())
    (True, False)
    """
    if rules.add_on_joiner is None:
        return False
    last = None
    for last in rules.add_on_joiner.finditer(sentence, end, cue_start):
        pass
    return last is not None and (bool(sentence[last.end() : cue_start].strip())
                                 or _SIZED_AFTER.match(sentence, cue_start) is not None)


def _change_head_pattern(words: Sequence[str]) -> re.Pattern[str]:
    """A change noun as the head of the amount: right after it, past its period and one modifier ("a $2-an-hour raise",
    "a $3,000 annual raise", "a $1 per hour pay rise").

    >>> p = _change_head_pattern(["raise", "pay rise"])
    >>> [bool(p.match(t)) for t in (" raise", "-an-hour raise", " per hour pay rise", " annual raise", " a year, a raise")]
    [True, True, True, True, False]
    """
    alt = longest_first(words, blank=r"[ \t\u00a0]+")
    return re.compile(r"(?:[ \t\u00a0]+(?:an?|per)[ \t\u00a0]+[A-Za-z]+|-an?-[A-Za-z]+)?[ \t\u00a0]+(?:[A-Za-z]+[ \t\u00a0]+)?"
                      r"(?:" + alt + r")(?![\w-])", re.I)


def _restating_pattern(words: Sequence[str], gapped: Sequence[str] = (), places: Sequence[str] = ("area",)) -> re.Pattern[str]:
    """A clause whose subject restates an earlier figure, up to the amount: a few words, the subject, a verb
    and at most three words more (``while at Acme the figure is closer to``, ``in Leeds, the number was about``);
    or a gapped clause, a pronoun for the earlier subject (``gapped``) and where it holds (a name, and a
    place noun of ``places``), its verb left out (``and those in the Newark area about``).

    >>> p = _restating_pattern(["the figure"], ["those"])
    >>> [bool(p.fullmatch(t)) for t in (" at Acme the figure is closer to ", " the figure for nurses is ", " figures show ")]
    [True, False, False]
    >>> [bool(p.fullmatch(t)) for t in (" those in the Newark, New Jersey, area about ", " those in Ohio earn about ")]
    [True, False]
    """
    restated = (r"[ \t\u00a0,]*(?:[\w'&.\u2013-]+[ \t\u00a0,]+){0,5}?(?:" + longest_first(words) + r")[ \t\u00a0]+"
                r"(?:is|was|sits|stands|comes[ \t\u00a0]+in|rises|drops|falls)(?:[ \t\u00a0]+[A-Za-z-]+){0,3}[ \t\u00a0]*")
    if gapped:  # the place words: a capitalised name, and a place noun closing it ("area", "region")
        restated += (r"|[ \t\u00a0]*(?:" + longest_first(gapped) + r")[ \t\u00a0]+(?:in|at|across|around)[ \t\u00a0]+"
                     r"(?:the[ \t\u00a0]+)?(?-i:[A-Z][\w'&.\u2013-]*,?[ \t\u00a0]+)+(?:(?:" + longest_first(places)
                     + r"),?[ \t\u00a0]+)?"
                     r"(?:" + _APPROXIMATE + r"[ \t\u00a0]*)?")
    return re.compile(restated, re.I)


def _bonus_joined(sentence: str, end: int, cue_start: int, rules: QualifierRules) -> bool:
    """Is a bare bonus noun joined right after the amount (past its period phrase) as something on top of it
    (``plus profit-sharing``, ``+ bonus``)? Then the amount is the pay before the bonus: its base. A bonus with
    words or a size of its own (``plus a yearly bonus of up to $5,000``) is left to :func:`_bonus_on_top`.

    >>> rules = qualifier_rules()
    >>> [_bonus_joined(s, s.index(" "), s.index("bonus"), rules)
    ...  for s in ("€50,000 plus bonus", "$4,750 a month + bonus", "$4,750 plus a yearly bonus", "$9 and bonus",
    ...            "$9, bonus", "$9 plus bonuses of 2 months")]
    [True, True, False, False, False, False]
    """
    if rules.add_on_joiner is None or _SIZED_AFTER.match(sentence, cue_start) is not None:
        return False
    # past the period phrase (the gap may be empty: it always matches; a joiner starts with no blank or comma)
    joiner = rules.add_on_joiner.match(sentence, _RATE_GAP.match(sentence, end, cue_start).end(), cue_start)
    return joiner is not None and not sentence[joiner.end() : cue_start].strip(" \t\u00a0")


def _joiner_pattern(words: Sequence[object]) -> re.Pattern[str]:
    """Any of the words or marks, whole words where they start or end with a letter."""
    parts = [(r"(?<![\w])" if str(w)[0].isalnum() else "") + re.escape(str(w)).replace(r"\ ", r"\s+")
             + (r"(?![\w])" if str(w)[-1].isalnum() else "") for w in sorted(words, key=lambda w: len(str(w)), reverse=True)]
    return re.compile("|".join(parts), re.I)


def _negation_pattern(words: Sequence[object]) -> re.Pattern[str]:
    """A denial ending the text: a negation word after a comma, parenthesis or contrast word, or a
    contrast phrase of several words anywhere ("costs, not ", "(not ", "rather than ").

    >>> p = _negation_pattern(["not", "rather than"])
    >>> [bool(p.search(s)) for s in ("costs, not ", "(not ", "pay rather than ", "does not ", "notable ")]
    [True, True, True, False, False]
    """
    single = [re.escape(str(w)) for w in words if len(str(w).split()) == 1]
    several = [r"\s+".join(re.escape(x) for x in str(w).split()) for w in words if len(str(w).split()) > 1]
    parts = []
    if single:
        parts.append(r"(?:[,;(]|\b(?:and|but))\s*(?:" + "|".join(single) + ")")
    if several:
        parts.append(r"\b(?:" + "|".join(several) + ")")
    return re.compile(r"(?i)(?:" + "|".join(parts) + r")\s+\Z")


def _counted_in_pattern(spec: Mapping[str, object], *, where: str) -> re.Pattern[str]:
    """``counted_in`` of qualifiers.yaml: an opener, one of the extras, then (in the same clause, at most 80
    characters on) a verb of counting them in: "once benefits such as healthcare ... are counted"; or an
    includer and one of the extras, up to two words before it: "including holiday allowance and bonuses".

    >>> p = _counted_in_pattern({"openers": ["once"], "extras": ["allowance", "bonuses"], "verbs": ["included"],
    ...                          "includers": ["including"]}, where="t")
    >>> [bool(p.search(t)) for t in ("once holiday allowance and the bonus are included", "including holiday allowance",
    ...                              "including travel costs", "once the rent is included")]
    [True, True, False, False]
    """
    def alt(key: str) -> str:
        words = unique([str(w) for w in require(spec, key, list, where=where)], where=f"{where}: counted_in: {key}")
        return longest_first(words, blank=r"[ \t\u00a0]+")
    modifiers = r"(?:[A-Za-z-]+[ \t\u00a0]+){0,2}?"  # "once holiday allowance ...", "including year-end bonuses"
    return re.compile(r"(?<![A-Za-z])(?:(?:" + alt("openers") + r")[ \t\u00a0]+(?:(?:the|all|any)[ \t\u00a0]+)?" + modifiers
                      + r"(?:" + alt("extras") + r")(?![A-Za-z])[^.;:!?]{0,80}?(?<![A-Za-z])(?:is|are)[ \t\u00a0]+(?:"
                      + alt("verbs") + r")|(?:" + alt("includers") + r")[ \t\u00a0]+" + modifiers + r"(?:"
                      + alt("extras") + r")(?![A-Za-z])(?![ \t\u00a0]+of(?![A-Za-z])))(?![A-Za-z])", re.I)
    # (not "including a cash bonus of $2.1m": an amount of its own, the head of "of")


def _time_object_pattern(words: Sequence[object]) -> re.Pattern[str]:
    """A preposition of time, then at most three words of its object's noun phrase, ending the text:
    a price noun right after it names when ("after the journeyman's exam"), not what the amount is."""
    alt = longest_first(words, blank=r"\ ")
    return re.compile(r"(?<![A-Za-z])(?:" + alt + r")(?:[ \t\u00a0]+[\w’'-]+){0,3}[ \t\u00a0]+\Z", re.I)


def _opener_pattern(words: Sequence[object]) -> re.Pattern[str]:
    """A comma and one of ``words`` opening a clause ("..., so most recoup ...").

    >>> p = _opener_pattern(["so", "which means"])
    >>> [bool(p.search(s)) for s in (" at £26,500, so most", " , which means", " so-called", " and so")]
    [True, True, False, False]
    """
    alternatives = "|".join(r"\s+".join(re.escape(x) for x in str(w).split()) for w in words)
    return re.compile(r"(?i)[,;]\s*(?:" + alternatives + r")(?![\w-])")


def _modified_periods(data: Mapping[str, object], *, where: str) -> dict[str, str]:
    """The period cues "per <modifier> <unit>", "/<modifier> <unit>" and "for every/each <modifier> <unit>"
    ("per flight hour", "/flight hr", "for every overtime hour").

    >>> found = _modified_periods({"period_unit_modifiers": ["flight"], "period_units": {"hr": "hour"}}, where="t")
    >>> found
    {'per flight hr': 'hour', '/flight hr': 'hour', 'for every flight hr': 'hour', 'for each flight hr': 'hour'}
    """
    modifiers = [" ".join(str(w).lower().split()) for w in require(data, "period_unit_modifiers", list, where=where)]
    units = require(data, "period_units", dict, where=where)
    out: dict[str, str] = {}
    for unit, label in units.items():
        if label not in _LABELS["period"] or label == "none":
            raise RuleError(f"{where}: period_units: unknown label {label!r}")
        for modifier in modifiers:
            for key in (f"per {modifier} {str(unit).lower()}", f"/{modifier} {str(unit).lower()}",
                        f"for every {modifier} {str(unit).lower()}", f"for each {modifier} {str(unit).lower()}"):
                if key in out:
                    raise RuleError(f"{where}: period_unit_modifiers: {modifier!r} listed twice")
                out[key] = str(label)
    return out


def _words_of(data: Mapping[str, object], key: str, *, known: Mapping[str, str], label: str) -> frozenset[str]:
    """A word list of the rule file whose every word is a category cue of ``label``."""
    words = frozenset(str(w).lower() for w in require(data, key, list, where="rules/qualifiers.yaml"))
    for w in sorted(words):
        if known.get(w) != label:
            raise RuleError(f"rules/qualifiers.yaml: {key}: {w!r} is not a {label} cue")
    return words


# the clause before a charge verb: from its last clause break (rules' clause_breaks), sentence
# mark or coordinator (a comma ends it too, unless the verb is a participle)
_SUBJECT_END = re.compile(r"(?i)[;:.!?]|\b(?:and|or)\b")
_COMMA = re.compile(r",")
# the word after a charge verb, past a possessive or article: "bill customers", "charge their clients"
# the object of a charge verb: a word, not the letters of a currency mark ("bill US$25", "charge R$ 90")
_OBJECT_AFTER = re.compile(r"(?i)\s+(?:(?:the|their|your|its|his|her|our|my)\s+)?([A-Za-z]+)(?![A-Za-z$€£¥₹])")
# a charge word used as a noun: after an article or possessive, or before "of"
_NOUN_BEFORE = re.compile(r"(?i)(?<![A-Za-z])(?:an?|the|its|their|his|her|our|your|my|this|that|these|those)\s+$")
_OF_AFTER = re.compile(r"(?i)\s+of\b")
_SUBJECT_REACH = 90  # characters before a charge verb searched for its subject
_PAYER_OBJECT = re.compile(r"[^\d$€£¥₹₩.;:,]{0,60}")  # the object of a payer's verb: its words up to the amount


def _worker_charges(text: str, start: int, end: int, rules: QualifierRules) -> bool:
    """Is the charge verb at ``text[start:end]`` a worker pricing their own work (pay, not a cost)?

    >>> rules = qualifier_rules()
    >>> s = "Video editors typically charge $150 to $400 per video."
    >>> _worker_charges(s, s.index("charge"), s.index("charge") + 6, rules)
    True
    >>> s = "a master electrician may bill customers $100 to $150 per hour."
    >>> _worker_charges(s, s.index("bill"), s.index("bill") + 4, rules)
    False
    >>> s = "Web developers often bill US$30 an hour as contractors."
    >>> _worker_charges(s, s.index("bill"), s.index("bill") + 4, rules)
    True
    >>> s = "Upwork takes 10% of what a freelancer bills, and Gigport charges $0.99 per withdrawal."
    >>> _worker_charges(s, s.index("charges"), s.index("charges") + 7, rules)
    False
    """
    if _NOUN_BEFORE.search(text, max(0, start - 12), start) or _OF_AFTER.match(text, end):
        return False  # "parking charges of $20", "a charge": a noun, not a worker pricing
    obj = _OBJECT_AFTER.match(text, end)
    if obj is not None and obj.group(1).lower() in rules.payer_nouns:
        return False  # "bill customers $100": the price the customers pay
    window_start = max(0, start - _SUBJECT_REACH)
    cut = window_start
    for m in rules.clause_break.finditer(text, window_start, start):
        cut = m.end()
    clause = cut
    joined = None  # where the clause reaches when a bare "and"/"or" only joins two objects
    for m in _SUBJECT_END.finditer(text, cut, start):
        if m.group()[0].isalpha() and _in_prepositional_object(text, max(cut, m.start() - 30), m.start(), rules):
            continue  # "specialists in Rust or Kubernetes can charge": the "or" joins the objects of "in"
        joined = cut if m.group()[0].isalpha() and not text[:m.start()].rstrip().endswith(",") else None
        cut = m.end()
    if not text[start:end].lower().endswith("ing"):
        for m in _COMMA.finditer(text, cut, start):
            cut = joined = m.end()
    if _names_worker(text[cut:start], rules):
        return True
    if text[cut - 1 : cut] == "," and _VERB_OPENS.fullmatch(text, cut, start):
        # "Interim managers, hired through agencies, typically bill ...": the clause after the comma opens
        # on its verb, so its subject stands before the phrase set off by commas
        head = text.find(",", clause, cut - 1)
        if clause < head < cut - 1 and _names_worker(text[clause:head], rules):
            return True
    # "Interim managers covering year-end close or IPO preparation bill ...": the bare "or" joins the objects of a
    # participle; the subject stands before it (a clause opened by ", and" has its own subject)
    return joined is not None and _participle_subject(text[joined:cut], rules)


_PAYER_REACH = 60  # characters before "pay" searched for a payer subject and its place


@lru_cache(maxsize=4)
def _payer_subject(rules: QualifierRules) -> re.Pattern[str]:
    """A payer noun (``payer_nouns``), then at most a short prepositional phrase, ending right before a pay verb.

    >>> p = _payer_subject(qualifier_rules())
    >>> [bool(p.search(t)) for t in ("home students in England ", "tenants ", "nurses in Leeds ", "students, nurses ")]
    [True, True, False, False]
    """
    nouns = longest_first((w for w in rules.payer_nouns if w not in _OBJECT_PRONOUNS), blank=r"[ \t\u00a0]+")
    place = longest_first(rules.subject_prepositions, blank=r"[ \t\u00a0]+")
    return re.compile(r"(?i)(?<![\w-])(?:" + nouns + r")(?:[ \t\u00a0]+(?:" + place + r")[ \t\u00a0]+[^,;:.!?\d$€£¥₹₩]{1,40}?)?[ \t\u00a0]+\Z")


_OBJECT_PRONOUNS = frozenset({"them", "us"})  # payer nouns that are never a subject
_BILLED_AT = re.compile(r"[ \t\u00a0]+at[ \t\u00a0]")  # a passive charge verb pricing work done: "shifts billed at"
_VERB_OPENS = re.compile(r"[ \t\u00a0]*(?:[a-z]+ly[ \t\u00a0]+){0,2}")  # only adverbs before the verb: "typically "
_LAST_WORDS = re.compile(r"[\w.+#-]+")
_PARTICIPLE = re.compile(r"(?<![A-Za-z])[a-z]{3,}ing(?![A-Za-z])")


def _payer_pays(phrase: str, rules: QualifierRules) -> bool:
    """Is the cost phrase a payer paying ("clients pay", "a customer pays"), a payer noun then the verb?

    >>> rules = qualifier_rules()
    >>> _payer_pays("clients pay", rules), _payer_pays("expect to pay", rules), _payer_pays("fees", rules)
    (True, False, False)
    """
    words = phrase.split()
    return len(words) == 2 and words[0] in rules.payer_nouns and words[1] in _PAY_VERBS


_PAY_VERBS = frozenset({"pay", "pays"})


def _participle_subject(clause: str, rules: QualifierRules) -> bool:
    """Does ``clause`` name a worker before a participle (``Interim managers covering year-end close``)?

    >>> rules = qualifier_rules()
    >>> _participle_subject("Interim finance managers covering year-end close or", rules)
    True
    >>> _participle_subject("Freelancers love it and", rules), _participle_subject("Platforms covering fees or", rules)
    (False, False)
    """
    m = _PARTICIPLE.search(clause)
    return m is not None and _names_worker(clause[: m.start()], rules)


def _in_prepositional_object(text: str, pos: int, endpos: int, rules: QualifierRules) -> bool:
    """Does a preposition stand one or two words before ``endpos`` (an "and"/"or" there joins its objects)?

    >>> rules = qualifier_rules()
    >>> s = "specialists in Rust or"
    >>> _in_prepositional_object(s, 0, s.index(" or"), rules), _in_prepositional_object("platforms fees and", 0, 14, rules)
    (True, False)
    """
    words = _LAST_WORDS.findall(text, pos, endpos)[-3:-1]  # the object itself is the last word
    return any(w.lower() in rules.subject_prepositions for w in words)


@lru_cache(maxsize=1024)
def _names_worker(clause: str, rules: QualifierRules) -> bool:
    """Does ``clause`` name a worker: a job title, a bare job noun or one of the worker nouns?"""
    if any(w.lower() in rules.worker_nouns for w in _ANY_WORD.findall(clause)):
        return True
    from .context import find_job_nouns, find_roles  # the role vocabulary; imported late (context is large)

    return bool(find_roles(clause)) or bool(find_job_nouns(clause))


_EXCLUSION_REACH = 80  # characters before a component cue searched for an exclusion word


def _excluded_list(words: Sequence[object]) -> re.Pattern[str]:
    r"""An exclusion word, then at most five listed words (no article or verb among them), ending the text.

    >>> p = _excluded_list(["exclude", "before"])
    >>> [bool(p.search(t)) for t in ("and exclude overtime, shift premiums and ", "before ", "the ")]
    [True, True, False]
    >>> bool(p.search("excluding bonus, the "))
    False
    >>> bool(_excluded_list(["on top of"]).search("On top of the "))  # "On top of the basic salary, ..."
    True
    """
    branch = "|".join(re.escape(" ".join(str(w).lower().split())).replace(r"\ ", r"\s+") for w in words)
    item = r"(?!(?:the|a|an|is|are|was|were|it|this|that|its|their)\b)[\w-]+,?\s+(?:(?:and|or)\s+)?"
    lead = r"(?:(?:the|their|its|his|her|your|our)\s+)?"  # a determiner opening the list: "on top of the basic salary"
    return re.compile(r"\b(?:" + branch + r")\s+" + lead + r"(?:" + item + r"){0,5}$", re.I)


class _Cue(NamedTuple):  # a plain tuple: a sentence's cues are built by the thousand
    start: int
    end: int
    value: str
    value_key_on: bool = False  # "on average": a statistic phrase that stands after its amount
    weak: bool = False  # yields to a category noun right before it ("award worth")
    time_reference: bool = False  # a period phrase like "a year earlier": a pay period only right after an amount
    add_on: bool = False  # "+ 10% bonus": a share on top of an amount before it, the value of an amount right after it


def _after_amount(text: str, pos: int, amounts: Sequence[tuple[int, int]]) -> bool:
    """Does an amount end right before ``pos`` (only blanks between)?"""
    return any(e <= pos and not text[e:pos].strip(" \t\u00a0") for _, e in amounts)


def _cues(text: str, facet: str, rules: QualifierRules, amounts: Sequence[tuple[int, int]] = ()) -> Sequence[_Cue]:
    """The cues of one facet in ``text``; a period phrase that is a time reference counts only right after an amount."""
    return _usable(text, facet, _scan(text, facet, rules), amounts)


def _usable(text: str, facet: str, cues: Sequence[_Cue], amounts: Sequence[tuple[int, int]]) -> Sequence[_Cue]:
    """The cues without the period phrases that are time references, unless right after an amount,
    and without those counting things other than money ("hires about 40 graduates a year").

    >>> s = "It hires about 25 graduates a year and pays $63,450."
    >>> [c.value for c in _usable(s, "period", _scan(s, "period", qualifier_rules()), [(44, 51)])]
    []
    """
    if facet != "period":
        return cues
    working = qualifier_rules().working_time
    if cues and working:
        # "a 37-hour week at $21.60 an hour": a working week is the period of the amount in whose phrase it
        # stands ("or A$1,014.75 for a 36-hour week"), else of the amounts after it when nothing else is
        # ("Over a 36-hour week this is $1,062"), not of one before it ("$4,000 ... · the 37-hour week")
        spans = [c for c in cues if " ".join(text[c.start : c.end].lower().split()) in working]
        if spans:
            first = min((a for a, _ in amounts), default=len(text))
            # the only period cue before the first amount: "On a 40-hour week, that works out at £488.40,
            # or roughly £25,400 a year" (the later "a year" is the later amount's)
            opening = len(spans) == len(cues) or sum(c.start < first for c in cues) == 1
            cues = [c for c in cues if c not in spans or _own_working_week(text, c, cues, amounts)
                    or opening and c.start < first]
    if any(c.time_reference for c in cues):
        cues = [c for c in cues if not c.time_reference or _after_amount(text, c.start, amounts)]
    return [c for c in cues if not _counts_things(text, c.start, amounts) or _equivalent_after(text, c.end, amounts)]


# between a period and an amount that restates the counted thing before it in money: ", or a cash equivalent of"
_EQUIVALENT_GAP = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*or[ \t\u00a0]+(?:an?|the|its|their)[ \t\u00a0]+(?:[A-Za-z-]+[ \t\u00a0]+)?"
                             r"equivalent[ \t\u00a0]+of[ \t\u00a0]+", re.I)


def _equivalent_after(text: str, end: int, amounts: Sequence[tuple[int, int]]) -> bool:
    """Does an amount restating a count of things in money follow the period ending at ``end``
    (``200 litres of petrol a month, or a cash equivalent of about Rs 35,000``)? The period is the amount's too.

    >>> s = "40 meal vouchers a month, or the cash equivalent of about $300"
    >>> _equivalent_after(s, s.index(","), [(s.index("about"), len(s))]), _equivalent_after(s, s.index(","), [])
    (True, False)
    """
    return any(_EQUIVALENT_GAP.fullmatch(text, end, a) is not None for a, _ in amounts if a >= end)


def _own_working_week(text: str, cue: _Cue, cues: Sequence[_Cue], amounts: Sequence[tuple[int, int]]) -> bool:
    """Is the working-week cue in the phrase of the amount right before it, no other period cue between?

    >>> s = "A$31 per hour, or A$1,116 for a 36-hour week"
    >>> rules = qualifier_rules()
    >>> cues = _scan(s, "period", rules)
    >>> _own_working_week(s, cues[-1], cues, [(0, 3), (18, 26)])
    True
    >>> s = "1 650 € a month for a 39-hour week"
    >>> cues = _scan(s, "period", rules)
    >>> _own_working_week(s, cues[-1], cues, [(0, 7)])
    False
    """
    ends = [b for _, b in amounts if b <= cue.start]
    if not ends:
        return False
    end = max(ends)
    return (_ATTACHED_GAP.fullmatch(text, end, cue.start) is not None
            and not any(end <= c.start and c.end <= cue.start for c in cues))


# a number and a plural noun right before a period phrase: "40 graduates a year", "200 flights a month"
# ("1,200 more data professionals a year": a word or two may stand between the number and the noun;
# "2.08 days of paid holiday per month": an of-phrase of a word or two may follow the noun)
_COUNT_BEFORE = re.compile(r"(?<![\w.,])(\d(?:[\d,.]*\d)?)[ \t\u00a0]+(?:(?!(?:the|an?|and|or|of|in)[ \t\u00a0])[a-z-]+[ \t\u00a0]+){0,2}[A-Za-z][a-z-]*[a-rt-z]s[ \t\u00a0]+"
                           r"(?:of[ \t\u00a0]+(?:[a-z-]+[ \t\u00a0]+){1,2})?$")


def _counts_things(text: str, pos: int, amounts: Sequence[tuple[int, int]]) -> bool:
    """Does a count of things (a number that is no amount, then a plural noun) stand right before ``pos``?

    >>> s = "hires 40 graduates a year; earns $50,000 bonuses a year"
    >>> _counts_things(s, s.index("a year"), []), _counts_things(s, s.rindex("a year"), [(33, 40)])
    (True, False)
    >>> s = "staff accrue 2.5 days of paid leave per month"
    >>> _counts_things(s, s.index("per month"), [])
    True
    """
    m = _COUNT_BEFORE.search(text, max(0, pos - 60), pos)
    if m is None:
        return False
    at = m.start(1)
    return text[at - 1 : at] not in _MONEY_MARKS and not any(a <= at < b for a, b in amounts)


_MONEY_MARKS = frozenset("$€£¥₩₹")
_NEGATION_REACH = 16  # characters before a cue searched for a denial ("costs, not ")
# a share right before a period word: "a 10% annual bonus" states the period of the share's bonus
_SHARE_JUST_BEFORE = re.compile(r"(?:%|\bper\s?cent)\s*$", re.I)
# "$91,230, or $43.86 an hour", "£7,495 (or £1,100 a month": the next amount restates it in another unit
_APPROXIMATE = r"(?:about|around|roughly|approximately|approx\.?|nearly|almost|some)[ \t\u00a0]"  # opening a restatement
_RESTATED_GAP = re.compile(r"(?:[ \t\u00a0]+(?:in|for|as\s+of)[ \t\u00a0]+\d{4}(?:[/\u2013-]\d{2,4})?)?[ \t\u00a0]*[,(][ \t\u00a0]*or[ \t\u00a0]+(?:" + _APPROXIMATE + r"[ \t\u00a0]*)?", re.I)
# an appositive restatement: ", roughly ₱84,500 a month" (the approximation word opens the next amount's span)
_APPOSITIVE_GAP = re.compile(r"[ \t\u00a0]*[,(][ \t\u00a0]*")
_APPROXIMATE_START = re.compile(_APPROXIMATE, re.I)
# a relative clause between commas: "Finbeet, which raised €48 million in a Series B, advertises ..."
_RELATIVE_OPEN = re.compile(r",[ \t\u00a0]*(?:which|who|whose)(?![\w-])", re.I)  # a relative clause set off by a comma
_CLAUSE_BREAK = re.compile(r"[,;:()]")


def _scan(text: str, facet: str, rules: QualifierRules) -> tuple[_Cue, ...]:
    """Every cue of one facet in ``text``."""
    return _scan_all(text, rules)[facet]


@lru_cache(maxsize=4096)
def _scan_all(text: str, rules: QualifierRules) -> dict[str, tuple[_Cue, ...]]:
    """Every cue of each facet in ``text``, found in one scan (cached: a sentence is read for each of its amounts)."""
    found = {facet: _facet_cues(text, facet, matches, rules) if matches else ()
             for facet, matches in rules.cues.find(text).items()}
    if rules.profit_share is not None and (share := rules.profit_share.search(text)) is not None:
        # "partners take a share of their practice's profits that can reach £100,000": profit sharing, not a market
        inside = (lambda c: not (share.start() <= c.start and c.end <= share.end()))
        found["category"] = tuple(sorted((*filter(inside, found.get("category", ())), _Cue(share.start(), share.end(), "salary"))))
        found["pay_component"] = tuple(sorted((*filter(inside, found.get("pay_component", ())), _Cue(share.start(), share.end(), "bonus"))))
    if rules.percentile_rank is not None and (ranks := rules.percentile_rank.finditer(text)):
        # "with the highest 10 percent earning more than $200,000": a percentile, no mean or median
        found["statistic"] = tuple(sorted((*found.get("statistic", ()), *(_Cue(m.start(), m.end(), "percentile") for m in ranks))))
    if rules.counted_in is not None and (counted := rules.counted_in.search(text)) is not None:
        # "close to $30 an hour once benefits such as healthcare and tuition are counted": total pay
        found["pay_component"] = tuple(sorted((*found.get("pay_component", ()), _Cue(counted.start(), counted.end(), "total"))))
    return found


def _facet_cues(text: str, facet: str, matches: Sequence[re.Match[str]], rules: QualifierRules) -> tuple[_Cue, ...]:
    """The cues among one facet's phrase matches (masking phrases, persons, names, add-ons left out)."""
    out = []
    facts = rules.phrase_facts[facet]
    charged = False  # a worker pricing their own work earlier in the text (a charge verb read as pay)
    for m in matches:
        key = m.group()
        found = facts.get(key)  # a match of the lower-case twin is its phrase already, unless its blanks differ
        if found is None:
            key = " ".join(key.lower().split())
            found = facts[key]
        value, on_phrase, weak = found
        if value == "none":
            continue  # a masking phrase ("after tax")
        if facet in ("category", "pay_component") and rules.negated is not None \
                and rules.negated.search(text, max(0, m.start() - _NEGATION_REACH), m.start()):
            continue  # "(these are costs, not pay)": what the amount is not
        if facet == "statistic":
            if value == "mean" and _ARTICLE_BEFORE.search(text, 0, m.start()) \
                    and not _statistic_noun_ahead(text, m.end(), rules):
                continue  # "an average engineer": a typical person, not a statistic
            ahead = _WORDS_AHEAD.match(text, m.end())
            blocker = rules.statistic_blockers.search(text, m.end(), ahead.end()) if ahead else None
            if blocker is not None and not _VERB_TO_VALUE.match(text, blocker.end()):
                continue  # "the average four-year degree": the statistic of something else (not "the average
                # total pay rises to $97,000": a verb leading to the statistic's new value)
            if _SHARE_OF_BEFORE.search(text, max(0, m.start() - 30), m.start()) or _SHARE_AFTER.match(text, m.end()):
                continue  # "80% of the median", "income tax averages 32.4%": a share, not the amount's statistic
        add_on = (facet == "pay_component" and value == "bonus" and _SHARE_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None
                  or facet == "period" and _SHARE_JUST_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None)
        if facet == "pay_component" and _SHARE_OF_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "5% of basic pay": the base of a share, not this amount
        if facet == "pay_component" and rules.component_excluded.search(text, max(0, m.start() - _EXCLUSION_REACH), m.start()):
            continue  # "exclude overtime and bonuses": what the amount leaves out
        if facet == "period" and _time_only(text, m, rules):
            continue  # "down from £550 a year earlier": a time, even right after an amount
        if facet == "period" and _SHARE_OF_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "1,500% of monthly base": the period of what a share is of, not of an amount
        if facet != "period" and _in_name(text, m.start()) \
                and not (facet == "category" and key.lower() in rules.name_heads and _NAME_WORD_AHEAD.match(text, m.start()) is None):
            continue  # "the Fair Work Commission": part of a name (not "Federal Pell Grants": a grant by its name)
        if facet == "category" and value == "salary" and key in _PAY_VERBS \
                and _payer_subject(rules).search(text, max(0, m.start() - _PAYER_REACH), m.start()):
            value = "cost"  # "home students in England pay £9,250 a year": what a payer pays, not pay for work
        if facet == "category" and key.lower() in rules.place_cues and rules.place_lead is not None \
                and rules.place_lead.search(text, max(0, m.start() - 40), m.start()):
            continue  # "mean wages for actuaries in four major markets": where they work, not a market's size
        if (facet == "pay_component" or facet == "category" and value != "salary") and _modifies_job_noun(text, m.end()):
            continue  # "a junior revenue manager", "loss adjusters", "package handlers": a word of a job title,
            # not what the amount is
        if facet == "category" and value == "cost" and rules.time_object is not None \
                and rules.time_object.search(text, max(0, m.start() - 50), m.start()):
            continue  # "starting salary after the journeyman's exam: 2.700 €": when, not a price
        if facet == "category" and value == "cost" and key in rules.charge_verbs \
                and _worker_charges(text, m.start(), m.end(), rules):
            value = "salary"  # "Video editors typically charge $150 to $400": the editors' pay
            charged = True
        elif facet == "category" and value == "cost" and charged and _payer_pays(key, rules):
            value = "salary"  # "Tutors charge $40 an hour online, while local parents pay $25": the same rate, paid to them
        elif facet == "category" and value == "cost" and charged and key in rules.charge_verbs \
                and _BILLED_AT.match(text, m.end()):
            value = "salary"  # "locums charge £500 a day, with night shifts billed at £70 an hour": more of their rates
        if facet == "category" and value == "cost" and key in rules.payer_phrases \
                and _names_worker(_PAYER_OBJECT.match(text, m.end()).group(), rules):
            value = "salary"  # "employers expect to pay senior nurses $95,000": the nurses' pay
        out.append(_Cue(m.start(), m.end(), value, on_phrase, weak, facet == "period" and _time_reference(text, m, key, rules), add_on))
    return tuple(out)


def _counted_unit(text: str, start: int, end: int, rules: QualifierRules) -> bool:
    """Is the category cue at ``text[start:end]`` a thing named only in a sentence (``sentence_only_cues``) right
    after ``per``: the unit the amount before it is counted by (``$1,000 per exam``), no predicate of a later amount?

    >>> rules = qualifier_rules()
    >>> [_counted_unit(s, s.index("exam"), s.index("exam") + 4, rules) for s in ("$1,000 per exam", "exam fee: $300")]
    [True, False]
    """
    return text[start:end].lower() in rules.sentence_only and _PER_BEFORE.search(text, max(0, start - 8), start) is not None


_UNIT_GAP = re.compile(r"[ \t\u00a0]*(?:per|each|every)[ \t\u00a0]+", re.I)  # between an amount and its unit noun
_PER_BEFORE = re.compile(r"(?i)(?<![A-Za-z])(?:per|each|every)[ \t\u00a0]+\Z")  # "per exam": a unit counted
_VERB_TO_VALUE = re.compile(r"(?<=s)[ \t\u00a0]+to[ \t\u00a0]+(?:(?:about|around|roughly|nearly|almost|some|over)[ \t\u00a0]+)?"
                            r"(?=[^\s\d]{0,3}[ \t\u00a0]?\d)", re.I)  # "rises to $97,400": a blocker as a verb in the present, leading to an amount
_NOUN_WORDS_AHEAD = re.compile(r"[ \t\u00a0]+([A-Za-z][\w'-]*)(?:[ \t\u00a0]+([A-Za-z][\w'-]*))?(?:[ \t\u00a0]+([A-Za-z][\w'-]*))?")


_PHRASE_PREPOSITIONS = frozenset({"of", "in", "for", "at", "on", "with"})


def _statistic_noun_ahead(text: str, pos: int, rules: QualifierRules) -> bool:
    """Does a noun a statistic may be of (``mean_after_article``) follow ``pos`` within three words, a role or
    place between (``an average paralegal salary of``), before any ``of``?

    >>> rules = qualifier_rules()
    >>> [_statistic_noun_ahead(s, 10, rules) for s in ("an average salary of", "an average welder wage of",
    ...     "an average engineer earns", "an average of", "an average day of work pays")]
    [True, True, False, True, False]
    """
    m = _NOUN_WORDS_AHEAD.match(text, pos)
    if m is None:
        return False
    for i, word in enumerate(m.groups()):
        if word is None or i and word.lower() in _PHRASE_PREPOSITIONS:
            break  # "an average day of work": the noun phrase ended
        if word.lower() in rules.mean_after_article:
            return True
    return False


_NUMBER_AFTER = re.compile(r"[ \t\u00a0]*\d")


def _time_reference(text: str, m: re.Match[str], key: str, rules: QualifierRules) -> bool:
    """Is the period phrase a time reference ("a year earlier", "three days a week"), unless right after an amount?"""
    if key in rules.after_amount_only:
        return True  # "R36 200 pm", not "at 5 pm"
    if key.endswith(" year") and _NUMBER_AFTER.match(text, m.end()):
        return True  # "for the year 2023": which year, not per year
    nxt = _NEXT_WORD.match(text, m.end())
    word = nxt.group(1).lower() if nxt else ""
    if _ARTICLE_PHRASE.match(m.group()) and word in rules.period_blockers:
        return True  # "a year earlier"
    if key.startswith("per ") and word in rules.period_blockers and word not in ("and", "or"):
        return True  # "per year of service"
    behind = _WORD_BEHIND.search(text, max(0, m.start() - 20), m.start())
    if behind is None or behind.group(1).lower() not in rules.period_not_after:
        return False
    # "in annual base salary": a period adjective before its noun, after a preposition, is a pay period
    return not (behind.group(1).lower() in rules.period_noun_prepositions and " " not in key
                and key.isalpha() and _NOUN_RIGHT_AFTER.match(text, m.end()) is not None)


def _new_clause(sentence: str, pos: int, endpos: int, rules: QualifierRules) -> bool:
    """Does a new clause open in ``sentence[pos:endpos]`` (``, and``, ``, while``, ``; but``)?

    >>> rules = qualifier_rules()
    >>> [_new_clause(s, 0, len(s), rules) for s in (" once counted, and in Austin", " once counted; while", " red, white")]
    [True, True, False]
    """
    return next(_clause_openers(sentence, pos, endpos, rules), None) is not None


def _clause_openers(sentence: str, pos: int, endpos: int, rules: QualifierRules) -> Iterator[int]:
    """The ends of the clause openers (``, and``, ``; but``) in ``sentence[pos:endpos]``, left to right."""
    for m in _CLAUSE_COMMA.finditer(sentence, pos, endpos):
        at = m.end()
        found = rules.clause_opener.search(sentence, at, endpos)
        if found is not None and found.start() == at:
            yield found.end()


_CLAUSE_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_ARTICLES = frozenset({"a", "an", "the"})
_OWN_CLAUSE_WORDS = 3  # words between a clause opener and the amount that make the clause more than an ellipsis


def _clause_of_its_own(sentence: str, pos: int, endpos: int, rules: QualifierRules) -> bool:
    """Does a new clause with words of its own (a subject and a verb) open in ``sentence[pos:endpos]``?

    An elliptical second amount (``, and $48,000 in Mombasa``) shares the first one's
    statistic; an amount in a clause of its own (``, and new nurses start at $35,000``) does not.

    >>> rules = qualifier_rules()
    >>> s = " a month, and entry-level nurses start at around "
    >>> _clause_of_its_own(s, 0, len(s), rules)
    True
    >>> s = " a month, and in the capital city "
    >>> _clause_of_its_own(s, 0, len(s), rules)
    False
    """
    for opened in _clause_openers(sentence, pos, endpos, rules):
        words = [w for w in _CLAUSE_WORD.findall(sentence, opened, endpos)
                 if w.lower() not in rules.amount_connectors and w.lower() not in rules.subject_prepositions
                 and w.lower() not in _ARTICLES]
        if len(words) >= _OWN_CLAUSE_WORDS:
            return True
    return False


def _restates_figure(sentence: str, pos: int, endpos: int, rules: QualifierRules) -> bool:
    """Does the last clause opening in ``sentence[pos:endpos]`` restate an earlier figure (``restating_subjects``)?

    >>> rules = qualifier_rules()
    >>> s = " a month, while at Acme the figure is closer to "
    >>> _restates_figure(s, 0, len(s), rules), _restates_figure(" a month, while juniors earn ", 0, 28, rules)
    (True, False)
    >>> s = " a year; in Leeds the number was "
    >>> _restates_figure(s, 0, len(s), rules)
    True
    """
    if rules.restating is None:
        return False
    opened = max((*_clause_openers(sentence, pos, endpos, rules),
                  *(m.end() for m in rules.clause_break.finditer(sentence, pos, endpos))), default=None)
    return opened is not None and rules.restating.fullmatch(sentence, opened, endpos) is not None


def _time_only(text: str, m: re.Match[str], rules: QualifierRules) -> bool:
    """Is the period phrase ("a year", "a month") followed by a word that makes it a time, wherever it stands?

    >>> rules = qualifier_rules()
    >>> s = "down from £550 a year earlier"
    >>> _time_only(s, re.search("a year", s), rules)
    True
    >>> s = "£550 a year before tax"
    >>> _time_only(s, re.search("a year", s), rules)
    False
    """
    if not _ARTICLE_PHRASE.match(m.group()):
        return False
    nxt = _NEXT_WORD.match(text, m.end())
    return nxt is not None and nxt.group(1).lower() in rules.time_after


_JOB_WORD_AFTER = re.compile(r"[ \t\u00a0-]([A-Za-z][A-Za-z'-]*)(?![\w$€£¥₩₹])")


def _modifies_job_noun(text: str, end: int) -> bool:
    """Is the cue ending at ``end`` a modifier of the job noun right after it ("revenue manager", "sales reps")?

    >>> _modifies_job_noun("a junior revenue manager earns 30.000 €", 16), _modifies_job_noun("revenue grew to $5bn", 7)
    (True, False)
    >>> _modifies_job_noun("loss adjusters are paid £40k", 4), _modifies_job_noun("the market, worth $2bn", 10)
    (True, False)
    """
    after = _JOB_WORD_AFTER.match(text, end)
    return after is not None and _is_job_noun(after.group(1))


@lru_cache(maxsize=4096)
def _is_job_noun(word: str) -> bool:
    """Is ``word`` alone a job title or a job noun of the role vocabulary ("manager", "nurses")?"""
    from .context import find_job_nouns, find_roles  # the role vocabulary; imported late (context is large)

    return any(m.start == 0 and m.end == len(word) for m in (*find_roles(word), *find_job_nouns(word)))


def _in_name(text: str, pos: int) -> bool:
    """Is the word at ``pos`` a capitalized part of a name in running prose?

    >>> _in_name("the Fair Work Commission lifted the wage to A$24.10", 14)
    True
    >>> _in_name("Average Base Salary: $60,500", 8)
    False
    >>> _in_name("I said I would not move for anything under $300K TC", 49)
    False
    >>> s = "first offers usually land near $80,000, Course Report finds."
    >>> _in_name(s, s.index("Course")), _in_name("Course fees run to $9,000, per the guide.", 0)
    (True, False)
    >>> _in_name("Joe's Coffee: $17 an hour in Ohio", 6)
    True
    """
    if not text[pos : pos + 1].isupper():
        return False
    if text[pos + 1 : pos + 2].islower() and _OWNER_BEHIND.search(text, max(0, pos - 30), pos) is not None:
        return _running_prose(text)  # "Peet's Coffee: $16.50 an hour": a capital after a name's possessive
    behind = _NAME_WORD_BEHIND.search(text, max(0, pos - 30), pos)
    if behind is None or not behind.group(1)[:1].isupper() or behind.start() == 0:
        # the first word of a name in mid-sentence: "..., Course Report finds"
        if _NAME_WORD_AHEAD.match(text, pos) is None or _SENTENCE_OPENING.search(text, max(0, pos - 30), pos):
            return False
    return _running_prose(text)


@lru_cache(maxsize=1024)
def _running_prose(text: str) -> bool:
    """Are most words of ``text`` lower-case (prose, not a title or a label)?"""
    words = _ANY_WORD.findall(text)
    return sum(w[0].islower() for w in words) * 2 > len(words)


@dataclass(frozen=True, slots=True)
class _Amount:
    """An amount of a sentence and the other amounts around it, as :func:`_pick` reads them."""

    sentence: str
    start: int
    end: int
    others: tuple[tuple[int, int], ...]  # the other amounts, its conversions left out
    conversions: tuple[tuple[int, int], ...]  # "(about $120,000)" right after it: cues after them still reach it
    modifies_noun: bool  # a determiner before it: "a $2,500 yearly learning budget"


def _amount(sentence: str, start: int, end: int, others: Sequence[tuple[int, int]]) -> _Amount:
    conversions = tuple(o for o in others if o[0] >= end and _CONVERSION_GAP.fullmatch(sentence, end, o[0]))
    return _Amount(sentence, start, end, tuple(o for o in others if o not in conversions), conversions,
                   _DETERMINER_BEFORE.search(sentence, max(0, start - 8), start) is not None)


def _pick(cues: Sequence[_Cue], amount: _Amount, rules: QualifierRules, *, facet: str,
          across: Optional[bool] = None) -> Optional[str]:
    """Value of the cue nearest the amount (:func:`_distance`; the first of equally near ones) that is its own
    (:func:`_cue_value`).

    Periods may come after other amounts (a sentence's period, an elliptical list)
    and reach across clause breaks in elliptical chains; categories before the
    amount may cross clause breaks (the topic of the sentence). The cues are
    tried nearest first, so the tests run only up to the cue that is the amount's.
    """
    if facet == "pay_component" and len(cues) > 1:
        cues = _summed(amount.sentence, cues, amount.start)
    across = facet == "period" if across is None else across
    compared = _compared_with_statistic(amount.sentence, amount.end, rules) if facet == "statistic" else None
    if compared is not None and compared.adjacent:
        return None  # "$4,200 less than the average": a difference from the statistic, not the statistic
    for _, i in sorted((d, i) for i, c in enumerate(cues) if (d := _distance(c, amount, facet)) is not None):
        value = _cue_value(cues[i], cues, amount, rules, facet=facet, across=across, compared=compared)
        if value is not None:
            return value
    return None


def _distance(c: _Cue, amount: _Amount, facet: str) -> Optional[float]:
    """How far the cue stands from the amount, as :func:`_pick` ranks cues: characters before it, or
    ``_AFTER_WEIGHT`` times the characters after it, -1 for the amount's head noun; None inside or across it."""
    sentence, start, end = amount.sentence, amount.start, amount.end
    if c.end <= start:
        if facet in ("category", "pay_component") and _HEAD_OF_GAP.fullmatch(sentence, c.end, start):
            return -1.0  # "revenue of more than EUR 7 billion", "a bonus of 3.000 € in total": the amount's head noun
        return float(start - c.end)
    if c.start < end:
        return None
    crossed = any(end <= o[0] and o[1] <= c.start for o in amount.others)
    if amount.modifies_noun and not crossed and _HEAD_NOUN_GAP.fullmatch(sentence, end, c.start):
        return -1.0  # "a $2,500 yearly learning budget": the head noun of the amount
    if facet in ("category", "pay_component") and not crossed and _AS_NOUN_GAP.fullmatch(sentence, end, c.start):
        return -1.0  # "the remaining $9,000 paid as an annual bonus": what the amount is paid as
    if facet == "category" and not crossed and (_IN_NOUN_GAP.fullmatch(sentence, end, c.start)
                                                or _TO_NOUN_GAP.fullmatch(sentence, end, c.start)):
        # "gross C$412,750 each year in turnover", "$275,000 in RSUs": what the amount is;
        # "can add £1 to £2 an hour to your pay": what it is added to
        return -1.0
    return (c.start - end) * _AFTER_WEIGHT


def _cue_value(c: _Cue, cues: Sequence[_Cue], amount: _Amount, rules: QualifierRules, *, facet: str,
               across: bool, compared: Optional["_Comparison"]) -> Optional[str]:
    """The value the cue gives the amount, None when the cue is not the amount's (``cues`` are all the facet's)."""
    sentence, start, end = amount.sentence, amount.start, amount.end
    others, conversions, modifies_noun = amount.others, amount.conversions, amount.modifies_noun
    category = facet == "category"
    if start <= c.start < end:
        return None  # inside the amount itself
    if category and c.end <= start and sentence[c.start : c.end].lower() in rules.sentence_only \
            and _in_remark(sentence, c, start):
        return None  # "Master glazier (three years in training, plus exam): $41": a requirement, not the price
    if category and c.value != "salary" and _SHARE_BASE_BEFORE.search(sentence, max(0, c.start - 40), c.start) and (
            c.start >= end or _ATTACHED_GAP.fullmatch(sentence, c.end, start) is None
            and _SHARE_RESTATED.fullmatch(sentence, c.end, start) is None):
        return None  # "$23 per hour plus 6% of each booking they close": what the share is of, not this amount
        # (a share of pay is pay: "4% of base salary, i.e. about $1,950"; a share of a ceiling restated as an
        # amount is a ceiling: "75 % of the social security ceiling, or 34 776 €")
    if c.end <= start:
        between = [o for o in others if c.end <= o[0] and o[1] <= start]
        if category and c.value == "salary" and _pays_for_goods(sentence, c, start, end, rules):
            return None  # "might pay around $1,900 a month for a one-bedroom apartment": the price of what is bought
        if category and _counted_unit(sentence, c.start, c.end, rules) \
                and any(o[1] <= c.start and _UNIT_GAP.fullmatch(sentence, o[1], c.start) for o in others):
            return None  # "a pass bonus of $1,000 per exam, rising to $5,000": the earlier amount's unit
        if category and _glosses_other(sentence, c, start, others):
            return None  # "up to S$7,400 a month (the ceiling from 2025), so an analyst on S$6,000": the earlier amount's
        if between and in_relative_clause(sentence, c.start, start):
            return None  # "Finbeet, which raised €48 million ..., advertises roles at EUR 75k": the clause's own amount
        if c.add_on and (between or _ADD_ON_BREAK.search(sentence, c.end, start)):
            return None  # "$90,000 + 10% bonus and $5,000", "a 10% bonus, that comes to $375,000": not its value
        if c.value_key_on and any(o[1] <= c.start for o in others):
            return None  # "$1,450 a month on average, and ... $750": the earlier amount's
        if facet in ("statistic", "pay_component") and any(
            o[1] <= c.start and _HEAD_NOUN_GAP.fullmatch(sentence, o[1], c.start) for o in others
        ):
            return None  # "$2,000 sign-on bonus, plus a premium of $2.50": the earlier amount's noun
        if facet == "pay_component" and c.value == "total" and between and _PLUS.search(
                sentence, max(o[1] for o in between), start):
            return None  # "a package ... is $172K base + $45K/yr in RSUs": a part of the sum, not the total
        if facet == "pay_component" and _new_clause(sentence, c.end, start, rules) and any(
            o[1] <= c.start and not _AFTER_STOP.search(sentence, o[1], c.start) for o in others
        ):
            return None  # "$33.75 an hour once tips are counted, and ... a cash wage of $2.13": the earlier amount's
        if facet == "period" and not between and _period_of_other(sentence, c, amount, rules):
            return None  # "R$ 950 per month, and ... an allowance of R$ 200": another amount's period
        if facet == "pay_component" and _own_in_noun(sentence, c, start, end, others, rules):
            return None  # "base pay of $28.37 an hour, plus about $6,750 a year in overtime": the later amount's own noun
        if facet == "pay_component" and not between and _own_noun_after_break(sentence, c, start, others, rules):
            return None  # "₩50 million a year before bonuses; ... the starting salary rose to 53 million won"
        if facet == "pay_component" and not between and _own_clause_after_break(sentence, c.end, start, rules):
            return None  # "pay the same base rate, but ... with overtime a fitter can gross about $3,800": not the base
        if not category and modifies_noun and _after_amount(sentence, c.start, others):
            return None  # "$2.00/hr and a $750 sign-on bonus": the earlier amount's cue; this one has its own noun
        if between:
            last = max(o[1] for o in between)
            if facet == "period" and _RELATIVE_OPEN.search(sentence, last, start) is not None \
                    and not _opening_phrase(sentence, c, others):
                return None  # "rent is €1,300 a month, ... €700 in Toulouse, which is why developers trade €6,000
                # of salary": a relative clause of its own after the amounts the period is stated for
            if facet == "period" and _opening_phrase(sentence, c, others):
                pass  # a period opening the sentence covers all its clauses: "On a yearly basis, ... while ... earn $X"
            elif (brk := rules.clause_break.search(sentence, last, start) if not category else None) is not None \
                    and not _gapped(sentence, brk.end(), start, end) \
                    and not _restates_figure(sentence, last, start, rules):
                return None  # (not "..., while at Acme the figure is closer to $9,800": the same statistic again)
            elif not (facet == "period" and rules.percentile_rank is not None
                      and rules.percentile_rank.search(sentence, last, start)) \
                    and any((facet != "statistic" or not _IN_NOUN_GAP.fullmatch(sentence, last, m.start()))
                     and rules.values["category"].get(" ".join(m.group().lower().split())) != "none"  # not a mask
                     and not _counted_unit(sentence, m.start(), m.end(), rules)  # "$1,000 per exam, rising to $5,000"
                     and not _in_name(sentence, m.start())  # "in Dallas–Fort Worth it comes in at": a word of a name
                     for m in rules.patterns["category"].finditer(sentence, last, start)):
                return None  # the amount has its own predicate ("..., with some grossing $X"; not the
                # earlier amount's noun: "average $18 an hour in base pay, and close to $30")
            if facet == "statistic" and _INCLUDED_GAP.fullmatch(sentence, last, start):
                return None  # "a median of $72,000, which includes $6,000 in bonuses": a part of the median, no median itself
            if facet == "statistic" and _clause_of_its_own(sentence, last, start, rules) \
                    and not _restates_figure(sentence, last, start, rules):
                return None  # "the average salary is $62,000, and new nurses start at around $35,000"
    elif c.start >= end:
        if facet == "pay_component" and c.value == "bonus" and _bonus_joined(sentence, end, c.start, rules):
            return "base"  # "around 50 000 € plus profit-sharing", "$90,000 + bonus": the pay the bonus comes on top of
        if facet == "pay_component" and _AND_NEXT_ITEM.search(sentence, end, c.start) and _headed(sentence, start, rules):
            return None  # "a care allowance of 120 € a month and the annual special payment": the next item's
        if c.add_on:
            return None  # "$90,000 + 10% bonus": a share on top of the amount, not what it is
        crossed = [o for o in others if end <= o[0] and o[1] <= c.start]
        if crossed and not across:
            return None  # another amount stands between: the cue is its own
        if crossed and facet == "period" and _adds_up(sentence, (start, end), crossed):
            pass  # "a $19.50 base rate who picks up a $2 night differential earns $21.50 an hour": a part of the sum
        elif crossed and _own_unit(sentence, end, min(o[0] for o in crossed), rules):
            return None  # "Up to $2,000 sign-on bonus ..., plus $2.50 per hour"
        elif facet == "period" and crossed and not _coordinated(sentence, end, crossed, rules) \
                and not _comparable(sentence, (start, end), crossed):
            return None  # "A grant of $200,000 adds $50,000 a year": the later amount's own period
        if facet == "period" and not conversions and _leads_other(sentence, end, c, others):
            return None  # "a fee of R2 150 ..., plus an annual fee of R2 930": the later amount's period
        if facet == "period" and not crossed and _period_of_noun_of(sentence, end, c, others):
            return None  # "3.600 €, or twelve monthly instalments of 300 €": the instalments' period
        if facet != "period" and rules.clause_break.search(sentence, end, c.start):
            return None  # "..., although trusts cut agency spending"
        if facet == "pay_component" and rules.counted_in is not None and rules.counted_in.match(sentence, c.start) \
                and _INCLUSION.match(sentence, c.start) is None and not _RATE_GAP.fullmatch(sentence, end, c.start):
            return None  # "a traveler on $3,420 a week earns only modestly more once benefits are counted": the verb's
        if facet == "pay_component" and c.value == "bonus" and _bonus_on_top(sentence, end, c.start, rules):
            return None  # "monthly ¥380,000 plus semi-annual bonuses", "$5,000 with a bonus of": pay before the bonus
        if category and rules.consequence is not None and rules.consequence.search(sentence, end, c.start):
            return None  # "jobs at about £26,500, so most recoup the fee": a clause about something else
        if facet == "statistic" and (_PLUS.search(sentence, end, c.start) or compared is not None and compared.at < c.start):
            return None  # "..., plus an average bonus of", "..., comfortably above the median": not this amount's statistic
        if facet == "statistic" and any(o[0] >= c.end for o in others) and _new_clause(sentence, end, c.start, rules):
            return None  # "the mean wage at $94,480, and the median wage at $86,070": the next clause's amount's
        if facet == "period" and _restated_before(
                sentence, end, c.start, others, conversions,
                own_before=lambda: any(b.end <= start for b in cues)
                or bool(crossed) and not _comparable(sentence, (start, end), crossed)):
            return None  # "$91,230, or $43.86 an hour", "£7,495 (or £1,100 a month)": the restatement's own period
        if category and c.value == "cost" and not crossed and _PURPOSE_GAP.fullmatch(sentence, end, c.start) \
                and _pick([b for b in cues if b.end <= start], amount, rules, facet="category") == "salary":
            return None  # "tutors report charging ... over AED 500 an hour for IB exam preparation": the service paid for
        gap_from = max([end] + [o[1] for o in conversions if o[1] <= c.start])
        if category and c.value in ("cost", "other") and not crossed and _added_on(sentence, gap_from, c, cues, start):
            return None  # "SAR 26,000 a month, plus housing, medical insurance ...": what comes on top, not what it is
        if (facet == "pay_component" and _AFTER_STOP.search(sentence, gap_from, c.start)
                and not (_INCLUSION.search(sentence, c.start, c.end)
                         and _INCLUDING_TAIL.fullmatch(sentence, gap_from, c.start))):
            return None  # "$121,000, and half of them received a bonus" (not "¥11 million here, including bonus",
            # "closer to $28,000, tips included")
        if facet == "statistic" and not c.value_key_on and sentence[end : c.start].strip(" \t\u00a0"):
            if _NEXT_WORD.match(sentence, c.end) and not _statistic_noun_ahead(sentence, c.end, rules):
                return None  # "far less than the average four-year degree" (not "the average official rate")
        nearest_other = min((abs(o[0] - c.end) if o[0] >= c.end else c.start - o[1] for o in others), default=None)
        if not across and nearest_other is not None and nearest_other < c.start - end \
                and not (facet == "pay_component" and not crossed and _IN_NOUN_GAP.fullmatch(sentence, end, c.start)):
            return None  # (not "$18 an hour in base pay, and $30 ...": what the amount is, right after it)
    else:
        return None  # across the amount's edge
    value = c.value
    if category and sentence[c.start : c.end].lower() in rules.name_cues and _in_capitalised_name(sentence, c.start) \
            and not _market_sized(sentence, start, end):
        return None  # "Back Market: 50-68 k€", "Whole Foods Market pays $17": a word of a name, not a market size
    if c.weak:
        strong = _strong_before(cues, c, others, sentence=sentence, job_nouns=rules.job_head_nouns)
        if strong is None and category and c.value == "market" and not _market_sized(sentence, start, end) \
                and not _labelled_thing(sentence, c.start):
            return None  # "it is worth £7,265 a year": a weak "worth" on a pay-sized amount is no market size
        value = strong or c.value
    return value


_AND_NEXT_ITEM = re.compile(r"\b(?:and|plus)\b", re.I)
_HEAD_OF_BEHIND = re.compile(r"([A-Za-z-]+)[ \t\u00a0]+of[ \t\u00a0]+\Z")


def _headed(sentence: str, start: int, rules: QualifierRules) -> bool:
    """Does a category noun head the amount through "of" (``a care allowance of 120 €``)?

    >>> rules = qualifier_rules()
    >>> [_headed(s, s.index("1"), rules) for s in ("a care allowance of 120 €", "a total of 120 €")]
    [True, False]
    """
    m = _HEAD_OF_BEHIND.search(sentence, max(0, start - 40), start)
    return m is not None and rules.values["category"].get(m.group(1).lower()) is not None


def _pays_for_goods(sentence: str, cue: _Cue, start: int, end: int, rules: QualifierRules) -> bool:
    """Is ``cue`` the verb "pay" right before the amount, with a price noun after it in a "for" phrase?

    The payer buys something (``might pay around $1,900 a month for a one-bedroom apartment``);
    an employer paying a worker names the worker, not a thing bought (``pay nurses $40 for a night``).

    >>> s = "might pay around $1,900 a month for a one-bedroom apartment"
    >>> rules = qualifier_rules()
    >>> [_pays_for_goods(s, _cues(s, "category", rules)[0], 10, 23, rules) for s in (s, s.replace(" for", ","))]
    [True, False]
    """
    if sentence[cue.start : cue.end].lower() not in _PAY_VERBS or not _BLANKS_ONLY.fullmatch(sentence, cue.end, start):
        return False
    return any(d.value == "cost" and d.start >= end and _PURPOSE_GAP.fullmatch(sentence, end, d.start)
               for d in _cues(sentence, "category", rules))


_CAPITALISED_BEHIND = re.compile(r"(?<![\w$€£¥₩])[A-Z][\w&'’.-]*[ \t\u00a0]+\Z")


def _in_capitalised_name(sentence: str, pos: int) -> bool:
    """Is the word at ``pos`` capitalised after another capitalised word (a name: "Back Market", "Whole Foods Market")?

    >>> [_in_capitalised_name(s, s.index("Market")) for s in ("Back Market: 50-68 k€", "Market size: $9", "the Market")]
    [True, False, False]
    """
    return sentence[pos : pos + 1].isupper() and _CAPITALISED_BEHIND.search(sentence, max(0, pos - 40), pos) is not None


# a scale word or seven digits and more: "$12 billion", "€5bn", "£1.2m", "$2,500,000"
_MARKET_SIZE = re.compile(r"(?i)million|billion|trillion|crore|\d[ \t\u00a0]?(?:mn|bn|m|b)\b|\d[,.'\u00a0\u202f ]\d{3}[,.'\u00a0\u202f ]\d{3}")


# an amount in billions or more: "$12.4 billion", "€3bn", "US$1.2 trillion"
_BILLIONS = re.compile(r"(?i)billion|trillion|\d[ \t\u00a0]?(?:bn|tn)\b")


def _labelled_thing(sentence: str, pos: int) -> bool:
    """Does the line open with a ``Label:`` right before ``pos`` (the label names the thing valued there)?

    >>> _labelled_thing("• Annual flight: worth about $900", 17), _labelled_thing("it is worth $900", 6)
    (True, False)
    """
    m = _OPENING_LABEL.match(sentence, 0, pos)
    return m is not None and m.end() == pos


def _market_sized(sentence: str, start: int, end: int) -> bool:
    """Is the amount ``sentence[start:end]`` of the size of a market, a revenue or a fund (a million and more)?

    >>> [_market_sized(s, 0, len(s)) for s in ("$12 billion", "€5bn", "£1.2m", "$2,500,000", "£8,418", "$167,000")]
    [True, True, True, True, False, False]
    """
    return _MARKET_SIZE.search(sentence, start, end) is not None


# between the parts a sum names: "base salary plus bonus and profit sharing", "base + commission"
_SUM_JOIN = re.compile(r"[ \t]*(?:\+|&|,|,?[ \t]*(?:plus|and)\b)[ \t]*", re.I)
# between a total and the parts it counts in: "total annual pay with bonus", "total earnings, including commission"
# (the part with up to two modifiers: "total remuneration, including long-term incentives")
_COUNTED_JOIN = re.compile(r"[ \t]*(?:\+|&|,|,?[ \t]*(?:plus|and|with|including|incl\.?)(?![\w.]))[ \t]*"
                           r"(?:[A-Za-z][\w-]*[ \t]+){0,2}", re.I)


def _summed(sentence: str, cues: Sequence[_Cue], start: int) -> Sequence[_Cue]:
    """The cues with each sum of parts before the amount at ``start`` (a base cue, then bonus cues
    joined by ``plus``/``and``/``+``) read as one ``total`` cue: ``Its total pay range, base salary plus
    bonus and profit sharing, runs from $X`` is total pay. After the amount (``$90k base plus bonus``)
    the parts stay apart: the amount is the base, the bonus is on top. A total cue followed by the parts it
    counts in (``total annual pay with bonus can be more than $X``) stays one ``total`` cue.

    >>> s = "Pay, base salary plus bonus and profit sharing, runs from $1"
    >>> [c.value for c in _summed(s, _scan(s, "pay_component", qualifier_rules()), s.index("$"))]
    ['total']
    >>> s = "a $90k base plus bonus"
    >>> [c.value for c in _summed(s, _scan(s, "pay_component", qualifier_rules()), s.index("$"))]
    ['base', 'bonus']
    >>> s = "their total yearly earnings with commission reach $1"
    >>> [c.value for c in _summed(s, _scan(s, "pay_component", qualifier_rules()), s.index("$"))]
    ['total']
    """
    out: list[_Cue] = []
    i, n = 0, len(cues)
    while i < n:
        c = cues[i]
        j = i
        if c.value in ("base", "total") and c.end <= start:
            join = _SUM_JOIN if c.value == "base" else _COUNTED_JOIN
            while j + 1 < n and cues[j + 1].value == "bonus" and cues[j + 1].end <= start \
                    and join.fullmatch(sentence, cues[j].end, cues[j + 1].start) is not None:
                j += 1
        if j > i:
            out.append(_Cue(c.start, cues[j].end, "total"))
            i = j + 1
        else:
            out.append(c)
            i += 1
    return out


_REMARK_CLOSE = re.compile(r"[^()\n]{0,80}\)")  # the rest of a parenthetical remark, to its closing bracket


def _in_remark(sentence: str, cue: _Cue, start: int) -> bool:
    """Is the cue inside a parenthetical remark that closes before the amount at ``start``?

    >>> s = "Master welder (two years in, plus exam): $47 an hour"
    >>> _in_remark(s, _Cue(s.index("exam"), s.index("exam") + 4, "cost"), s.index("$"))
    True
    >>> s = "Exam fee (first attempt): $38"
    >>> _in_remark(s, _Cue(0, 8, "cost"), s.index("$"))
    False
    """
    opening = sentence.rfind("(", 0, cue.start)
    if opening < 0 or sentence.find(")", opening, cue.start) >= 0:
        return False
    close = _REMARK_CLOSE.match(sentence, cue.end)
    return close is not None and close.end() <= start


def _glosses_other(sentence: str, cue: _Cue, start: int, others: Sequence[tuple[int, int]]) -> bool:
    """Is the cue inside a parenthetical remark, closed before the amount at ``start``, that glosses an earlier
    amount (the remark opens in that amount's phrase)?

    >>> s = "up to S$7,400 a month (the ceiling from 2025), so an analyst on S$6,000"
    >>> _glosses_other(s, _Cue(s.index("ceiling"), s.index("ceiling") + 7, "other"), s.index("S$6"), ((6, 13),))
    True
    """
    if not _in_remark(sentence, cue, start):
        return False
    opening = sentence.rfind("(", 0, cue.start)
    return any(o[1] <= opening and _ATTACHED_GAP.fullmatch(sentence, o[1], opening) for o in others)


# between an amount and a period cue of its own phrase: a few words, no comma ("R$ 950 per employee per month")
_ATTACHED_GAP = re.compile(r"[^,;:.\n]{0,25}")
# a share restated as an amount right after what it is a share of: "75 % of the annual ceiling, or 34 776 €"
_SHARE_RESTATED = re.compile(r"[ \t\u00a0]*[,(][ \t\u00a0]*(?:or|i\.e\.,?|that is,?)[ \t\u00a0]+(?:" + _APPROXIMATE + r"[ \t\u00a0]*)?", re.I)


def _period_of_other(sentence: str, cue: _Cue, amount: _Amount, rules: QualifierRules) -> bool:
    """Is the period cue before the amount another amount's, which the amount does not share?

    It is when an amount ends before the cue and the amount names a thing of its own:
    a category other than pay between the cue and it ("..., and a coffee is 42 kr",
    "a remote-work allowance of R$ 175"), pay of its own (``separate_pay_nouns``: "also receives a leave
    allowance of ₦275,000"), or a bonus noun right after it ("$88.75/hr + $12K sign-on").

    >>> rules = qualifier_rules()
    >>> s = "R$ 640 per staff member per month, and companies add a remote-work allowance of R$ 175."
    >>> _period_of_other(s, _cues(s, "period", rules)[0], _amount(s, 80, 86, ((0, 6),)), rules)
    True
    >>> s = "Mex$8,200 a month, and bilingual agents about Mex$13,500."
    >>> _period_of_other(s, _cues(s, "period", rules)[0], _amount(s, 46, 56, ((0, 9),)), rules)
    False
    >>> s = "a deposit of €2,000 plus monthly rent of €900"
    >>> _period_of_other(s, _cues(s, "period", rules)[0], _amount(s, 41, 45, ((13, 19),)), rules)
    False
    """
    ends = [o[1] for o in amount.others if o[1] <= cue.start]
    if not ends or not _ATTACHED_GAP.fullmatch(sentence, max(ends), cue.start):
        return False  # the period cue is not in the phrase of an amount before it
    if _INCLUDED_GAP.fullmatch(sentence, cue.end, amount.start):
        return False  # "₹7,20,000 per year, which includes ₹60,000 in bonuses": a part of a yearly sum is yearly
    noun = _NOUN_OF_AMOUNT.match(sentence, cue.end)
    if noun is not None:
        lead = _BOUND_LEAD.match(sentence, noun.end())
        if amount.start in (noun.end(), lead.end() if lead is not None else -1):
            return False  # "plus monthly rent of ₩1.1 million": the adjective of the noun the amount is the value of
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, cue.end, amount.start)]
    clause = breaks[-1] if breaks else cue.end  # the amount's own clause: "a month once allowances are added, while"
    if any(c.value in ("cost", "other") or sentence[c.start : c.end].lower() in rules.separate_pay
           for c in _cues(sentence, "category", rules) if clause <= c.start and c.end <= amount.start):
        return True
    after = rules.patterns["pay_component"].search(sentence, amount.end, min(len(sentence), amount.end + 40))
    if (after is not None and _HEAD_NOUN_GAP.fullmatch(sentence, amount.end, after.start()) is not None
            and rules.values["pay_component"].get(" ".join(after.group().lower().split())) == "bonus"):
        return True
    # last, as it reads the sentence's money mentions (find_money)
    owner = next(o for o in amount.others if o[1] == max(ends))
    return (owner[1] <= amount.start and _same_currency(sentence, (amount.start, amount.end), owner)
            and not _comparable(sentence, (amount.start, amount.end), (owner,), ratio=_ANOTHER_ORDER))
    # "or £1,140 per week, versus £41,260 for all workers": a sum of another order


_PLUS = re.compile(r"\bplus\b|\+", re.I)
_WITH_OR_PLUS = re.compile(r"\bplus\b|\+|\bwith\b", re.I)
# a perk's participle after its noun: "with room and board provided", "plus meals included"
_PROVIDED_AFTER = re.compile(r"[ \t\u00a0]+(?:provided|included|supplied|covered|paid|free|thrown[ \t\u00a0]+in)\b", re.I)
_LIST_STOP = re.compile(r"[;:.!?]")  # a mark that ends a list of things added on


def _added_on(sentence: str, gap_from: int, cue: _Cue, cues: Sequence[_Cue], start: int) -> bool:
    """Is the category cue after the amount in a list of things added on top of it ("plus housing, medical
    insurance"), while a cue of another category stands before the amount (what the amount itself is)?

    >>> s = "Offers ran to €5,000 a month, plus housing and health insurance"
    >>> cues = _scan(s, "category", qualifier_rules())
    >>> _added_on(s, s.index(" a month"), cues[-1], cues, s.index("€"))
    True
    >>> s = "Rigger, $41 an hour with room and board provided"
    >>> cues = _scan(s, "category", qualifier_rules())
    >>> _added_on(s, s.index(" an hour"), cues[-1], cues, s.index("$"))
    True
    >>> s = "Rent is €900 a month plus insurance"
    >>> cues = _scan(s, "category", qualifier_rules())
    >>> _added_on(s, s.index(" a month"), cues[-1], cues, s.index("€"))
    False
    """
    if _LIST_STOP.search(sentence, gap_from, cue.start):
        return False
    if _PLUS.search(sentence, gap_from, cue.start) is not None and any(o.end <= start and o.value != cue.value for o in cues):
        return True
    # nothing before: what is provided with it ("$48 an hour with room and board provided") is on top of it
    return (_PROVIDED_AFTER.match(sentence, cue.end) is not None and _WITH_OR_PLUS.search(sentence, gap_from, cue.start) is not None
            and not any(o.end <= start for o in cues))
_GAP_WORD = re.compile(r"[^\s,/\u2013\u2014-]+")  # a word between two amounts (blanks, commas, slashes, dashes apart)
_GAP_STOP = re.compile(r"[;:.!?()\[\]]")  # a mark that no coordination of amounts crosses
_GAP_REACH = 40  # characters between coordinated amounts
_GAP_OTHER_WORDS = 2  # words between coordinated amounts that are not connectors ("for juniors and")


def _coordinated(sentence: str, end: int, crossed: Sequence[tuple[int, int]], rules: QualifierRules) -> bool:
    """Are the amount and the amounts after it up to a period cue coordinated (only connectors between)?

    A period after a later amount reaches back only across a list or alternative of amounts
    (``$40,000 or $45,000 a year``, ``$30, $35 and up to $40 an hour``), not across a
    clause of its own (``a grant of $200,000 adds $50,000 a year``).

    >>> rules = qualifier_rules()
    >>> s = "from $40,000 or about $45,000 a year; a grant of $200,000 adds $50,000 a year"
    >>> _coordinated(s, 12, ((22, 29),), rules), _coordinated(s, 56, ((62, 69),), rules)
    (True, False)
    """
    at = end
    for o in sorted(crossed):
        if o[0] - at > _GAP_REACH or _GAP_STOP.search(sentence, at, o[0]):
            return False
        if rules.derivation is not None and rules.derivation.search(sentence, at, o[0]):
            return False  # "€ 2.732,41, that adds up to roughly € 38.250 per year": a sum of its own
        words = [w.lower() for w in _GAP_WORD.findall(sentence, at, o[0])]
        if words:
            joined = sum(w in rules.amount_connectors for w in words)
            if not joined or len(words) - joined > _GAP_OTHER_WORDS:
                return False
        at = o[1]
    return True


_COMPARABLE = 2.0  # at most this ratio between amounts that share a period stated after the later one
# at least this ratio between an amount and one before it sets them in different periods ("£1,008 a week,
# against £37,430"): amounts of one period, a wage and its tipped median, may differ tenfold
_ANOTHER_ORDER = 20.0


@lru_cache(maxsize=256)
def _money_of(sentence: str) -> tuple[Money, ...]:
    """The money mentions of ``sentence``, found once for :func:`_values` and :func:`_currencies`."""
    return tuple(find_money(sentence))


@lru_cache(maxsize=256)
def _values(sentence: str) -> dict[tuple[int, int], float]:
    """The value (its upper bound, else its lower) of each money mention in ``sentence``, by span."""
    out = {}
    for m in _money_of(sentence):
        value = m.amount_max if m.amount_max is not None else m.amount_min
        if value:
            out[(m.start, m.end)] = value
    return out


@lru_cache(maxsize=256)
def _currencies(sentence: str) -> dict[tuple[int, int], Optional[str]]:
    """The currency of each money mention in ``sentence``, by span."""
    return {(m.start, m.end): m.currency for m in _money_of(sentence)}


def _same_currency(sentence: str, span: tuple[int, int], other: tuple[int, int]) -> bool:
    """Are both amounts found in ``sentence``, in one currency (``$1,140`` and ``$41,260``, not a conversion)?

    >>> s = "£1,140 a week, against £41,260 (about US$52,000)"
    >>> _same_currency(s, (23, 30), (0, 6)), _same_currency(s, (38, 48), (0, 6))
    (True, False)
    """
    found = _currencies(sentence)
    return span in found and other in found and found[span] == found[other]


def _comparable(sentence: str, span: tuple[int, int], crossed: Sequence[tuple[int, int]], *,
                ratio: float = _COMPARABLE) -> bool:
    """Is the amount of the same order as the amounts after it (``$146,937, with some ... nearly $200,000 per year``)?

    >>> s = "an average of $146,937, with some professionals grossing nearly $200,000 per year"
    >>> _comparable(s, (14, 22), ((57, 72),)), _comparable("A grant of $200,000 adds $50,000 a year", (11, 19), ((25, 32),))
    (True, False)
    """
    values = _values(sentence)
    own = values.get(span)
    if own is None:
        return False
    for o in crossed:
        other = values.get(o)
        if other is None or max(own, other) > ratio * min(own, other):
            return False
    return True


_SUM_TOLERANCE = 0.005  # the share of a sum by which its parts may miss it (rounding)


def _adds_up(sentence: str, span: tuple[int, int], crossed: Sequence[tuple[int, int]]) -> bool:
    """Is the amount a part of a sum the sentence works out, with another amount of its currency adding up to the
    last amount crossed (``a $19.50 base rate who picks up a $2 night differential earns $21.50 an hour``)? The
    parts of a sum are counted in the unit of the sum, so they share its period.

    >>> s = "a $19.50 base rate who picks up a $2 night differential earns $21.50 an hour"
    >>> _adds_up(s, (2, 8), ((34, 36), (62, 68))), _adds_up(s, (34, 36), ((62, 68),))
    (True, True)
    >>> _adds_up("A grant of $200,000 adds $50,000 a year", (11, 19), ((25, 32),))
    False

    The two parts and the sum are three amounts in a row (``a $50,000 sign-on paid as $30K ... and $20K ...,
    and $320,000 in RSUs ..., i.e. $80K/yr`` is no sum of $50,000 and $30K).
    """
    values = _values(sentence)
    order = sorted(values)
    total_span = max(crossed)
    if span not in values or total_span not in values:
        return False
    at, last = order.index(span), order.index(total_span)
    if last - at == 2:  # the first part: the second stands between it and the sum
        other = order[at + 1]
    elif last - at == 1 and at > 0:  # the second part: the first stands before it
        other = order[at - 1]
    else:
        return False
    own, part, total = values[span], values[other], values[total_span]
    return own < total and part < total and abs(own + part - total) <= _SUM_TOLERANCE * total \
        and _same_currency(sentence, other, span) and _same_currency(sentence, other, total_span)


# an amount stated as a part of the amount before it: "$96,000 a year, which includes $8,000 in bonuses",
# "₹16 lakh per annum, of which ₹2 lakh", "..., including $4,000": it shares that amount's period, not its statistic
_INCLUDED_GAP = re.compile(r"[^,;:.!?()\n]{0,25},[ \t\u00a0]*(?:(?:which|that)[ \t\u00a0]+(?:includes?|included|covers?)|including|of[ \t\u00a0]+which)[ \t\u00a0]+", re.I)
# "$9,000 paid as an annual bonus", "₹50,000 is paid out as a joining bonus": the noun the amount is paid as
_AS_NOUN_GAP = re.compile(r"(?:[ \t\u00a0]+(?:is|are|was|were|gets|get)[ \t\u00a0]+)?[ \t\u00a0]+(?:paid(?:[ \t\u00a0]+out)?|awarded|granted|"
                          r"given|payable)[ \t\u00a0]+as[ \t\u00a0]+(?:(?:an?|the|its|their|his|her|one|two)[ \t\u00a0]+)?"
                          r"(?:[A-Za-z-]+[ \t\u00a0]+){0,2}", re.I)
# between an amount and the noun of its "in" phrase: an optional period, "in", an optional modifier
# ("$41.2 billion in third-quarter revenue", "C$412,750 each year in turnover", "$275,000 in RSUs")
_IN_NOUN_GAP = re.compile(_RATE_PHRASE + r"[ \t\u00a0]+in[ \t\u00a0]+(?:[A-Za-z-]+[ \t\u00a0]+)?", re.I)
# between a noun and the amount its "of" phrase gives the value of: "revenue of more than EUR 7 billion"
_HEAD_OF_GAP = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+")


# "AED 500 an hour for IB exam preparation": what the amount is paid for, a few words after "for"
_PURPOSE_GAP = re.compile(_RATE_PHRASE + r"[ \t\u00a0,]*for[ \t\u00a0]+"
                          r"(?:[\w'-]+[ \t\u00a0]+){0,3}", re.I)
# "£1 to £2 an hour to your pay", "$3,000 onto the cost of": the amount is added to the noun after it
_TO_NOUN_GAP = re.compile(_RATE_PHRASE + r"[ \t\u00a0]+(?:to|onto)[ \t\u00a0]+"
                          r"(?:your|their|his|her|its|our|my|the)[ \t\u00a0]+(?:[A-Za-z-]+[ \t\u00a0]+)?", re.I)
# the noun a period adjective stands before, and what links it to its value: "monthly instalments of 300 €",
# "the annual retention fee is €420"
_NOUN_OF_AMOUNT = re.compile(r"[ \t\u00a0]+[A-Za-z-]+(?:[ \t\u00a0]+[A-Za-z-]+)?[ \t\u00a0]+(?:of|is|was|will[ \t\u00a0]+be)[ \t\u00a0]+",
                             re.I)
_BOUND_LEAD = re.compile(r"(?:up[ \t\u00a0]+to|about|around|roughly|some|just)[ \t\u00a0]+", re.I)
_WORD_IN_GAP = re.compile(r"[A-Za-z]")
_SHARE_AHEAD = re.compile(r"\d[\d.,]*[ \t\u00a0]*(?:%|per[ \t\u00a0]?cent\b)", re.I)  # "5%", "10 per cent"


def _period_of_noun_of(sentence: str, end: int, cue: _Cue, others: Sequence[tuple[int, int]]) -> bool:
    """Is the period cue after the amount (words between) the adjective of a noun whose value is a later amount?

    >>> s = "costs 3.600 €, or twelve monthly instalments of 300 €"
    >>> _period_of_noun_of(s, 13, _Cue(s.index("monthly"), s.index("monthly") + 7, "month"), ((s.index("300"), len(s)),))
    True
    >>> s = "€52,000–€61,000 base, and an annual bonus of up to €4,500"
    >>> _period_of_noun_of(s, 15, _Cue(s.index("annual"), s.index("annual") + 6, "year"), ((s.index("up to"), len(s)),))
    True
    >>> s = "the sign-up fee is R950 and the annual renewal fee is R400"
    >>> _period_of_noun_of(s, 23, _Cue(s.index("annual"), s.index("annual") + 6, "year"), ((s.index("R400"), len(s)),))
    True
    >>> s = "earns $4,000 monthly"
    >>> _period_of_noun_of(s, 12, _Cue(13, 20, "month"), ())
    False
    >>> s = "earn about $70,000, and firms add an annual bonus of 5% to 10%"
    >>> _period_of_noun_of(s, 18, _Cue(s.index("annual"), s.index("annual") + 6, "year"), ())
    True
    """
    if not _WORD_IN_GAP.search(sentence, end, cue.start):
        return False  # "$4,000 monthly instalments of ...": the cue is the amount's own
    m = _NOUN_OF_AMOUNT.match(sentence, cue.end)
    if m is None:
        return False
    lead = _BOUND_LEAD.match(sentence, m.end())
    at = m.end() if lead is None else lead.end()
    if _SHARE_AHEAD.match(sentence, at):
        return True  # "..., and corporate roles add an annual bonus of 5% to 10%": the share's period
    return any(o[0] == m.end() or o[0] == at for o in others)


def _leads_other(sentence: str, end: int, cue: _Cue, others: Sequence[tuple[int, int]]) -> bool:
    """Does the period cue after the amount stand in the phrase of a later amount, nearer to it?

    >>> s = "a fee of R2 150 for registration, plus an annual fee of R2 930"
    >>> _leads_other(s, 15, _Cue(s.index("annual"), s.index("annual") + 6, "year"), ((56, 62),))
    True
    """
    if _ATTACHED_GAP.fullmatch(sentence, end, cue.start) is not None:
        return False  # "a £500 inside day rate and a £500 ...": the cue is in the amount's own phrase
    nxt = min((o[0] for o in others if o[0] >= cue.end), default=None)
    return (nxt is not None and nxt - cue.end < cue.start - end
            and _ATTACHED_GAP.fullmatch(sentence, cue.end, nxt) is not None)


_OPENING_PHRASE = re.compile(r"[ \t\u00a0]*(?:[A-Za-z][\w'-]*[ \t\u00a0]+){0,5}")  # the words opening a sentence before a cue
_SENTENCE_STOP = re.compile(r"[.!?][ \t\u00a0]+(?=[A-Z])")  # the end of a sentence inside a text, a capital after it
_OPENING_COMMA = re.compile(r"(?:[ \t\u00a0]+[A-Za-z][\w'-]*){0,2}[ \t\u00a0]*,")  # the rest of its phrase, to a comma


def _opening_phrase(sentence: str, cue: _Cue, others: Sequence[tuple[int, int]]) -> bool:
    """Is the cue in a short phrase opening the sentence and set off by a comma, before any amount
    (``On a yearly basis, ...``, ``Over a full year, ...``)? Such a phrase covers the whole sentence
    (a text of two sentences, split where an abbreviation ends one, opens again after the first's stop).

    >>> s = "On a yearly basis, that puts juniors at $50K, while seniors earn over $90,000."
    >>> c = _Cue(s.index("yearly"), s.index("yearly") + 6, "year")
    >>> _opening_phrase(s, c, ((40, 44),)), _opening_phrase("Seniors earn $9 a year, while ...", _Cue(15, 21, "year"), ((13, 15),))
    (True, False)
    """
    opened = 0
    for stop in _SENTENCE_STOP.finditer(sentence, 0, cue.start):
        opened = stop.end()
    if _OPENING_PHRASE.fullmatch(sentence, opened, cue.start) is None:
        return False
    comma = _OPENING_COMMA.match(sentence, cue.end)
    return comma is not None and not any(opened <= o[0] < comma.end() for o in others)


def _own_noun_after_break(sentence: str, cue: _Cue, start: int, others: Sequence[tuple[int, int]],
                          rules: QualifierRules) -> bool:
    """Is the cue in the phrase of an earlier amount, and does a clause break follow it, after which the
    amount has a pay noun of its own? (A gapped clause, "; in Canada it is C$72,100", has none: it shares the cue.)

    >>> rules = qualifier_rules()
    >>> s = "about $50,000 a year before bonuses; at Acme, the starting salary rose to $53,000"
    >>> _own_noun_after_break(s, _scan(s, "pay_component", rules)[0], s.index("$53"), ((0, 13),), rules)
    True
    >>> s = "$76,400 a year in base pay; in Canada it is C$72,100"
    >>> _own_noun_after_break(s, _scan(s, "pay_component", rules)[0], s.index("C$"), ((0, 7),), rules)
    False
    """
    if not any(o[1] <= cue.start and _ATTACHED_GAP.fullmatch(sentence, o[1], cue.start) for o in others):
        return False
    brk = rules.clause_break.search(sentence, cue.end, start)
    return brk is not None and rules.patterns["category"].search(sentence, brk.end(), start) is not None


def _own_in_noun(sentence: str, cue: _Cue, start: int, end: int, others: Sequence[tuple[int, int]],
                 rules: QualifierRules) -> bool:
    """Is the cue before an earlier amount, and does this amount name what it is right after it, ``in`` a pay
    noun of its own (``in overtime``, ``in tips``)? The earlier amount's component is then not this one's.

    >>> rules = qualifier_rules()
    >>> s = "a base wage of $28 an hour, plus about $6,750 a year in overtime"
    >>> c = _scan(s, "pay_component", rules)[0]
    >>> _own_in_noun(s, c, s.index("$6"), s.index(" a year in"), ((15, 18),), rules)
    True
    >>> _own_in_noun(s, c, s.index("$6"), s.index(" a year in"), (), rules)
    False
    """
    if not any(cue.end <= o[0] and o[1] <= start for o in others):
        return False
    gap = _IN_NOUN_GAP.match(sentence, end)
    if gap is None:
        return False
    noun = rules.patterns["category"].search(sentence, gap.end(), min(len(sentence), gap.end() + 40))
    return noun is not None and noun.start() == gap.end()


def _own_clause_after_break(sentence: str, pos: int, endpos: int, rules: QualifierRules) -> bool:
    """Does a contrasting clause break (``but``, ``while``, ``although``) in ``sentence[pos:endpos]`` open a clause
    with words of its own (at least ``_OWN_CLAUSE_WORDS`` of them, not counting connectors, prepositions and
    articles)? A semicolon goes on with the same topic (``received a bonus; the typical payout was``): not one.

    >>> rules = qualifier_rules()
    >>> s = "the same base rate, but the hours are longer and a fitter grosses "
    >>> _own_clause_after_break(s, 18, len(s), rules), _own_clause_after_break("base salary, however, is ", 11, 25, rules)
    (True, False)
    """
    brk = None
    for found in rules.clause_break.finditer(sentence, pos, endpos):
        if found.group()[:1].isalpha():
            brk = found
    if brk is None:
        return False
    words = [w for w in _CLAUSE_WORD.findall(sentence, brk.end(), endpos)
             if w.lower() not in rules.amount_connectors and w.lower() not in rules.subject_prepositions
             and w.lower() not in _ARTICLES]
    return len(words) >= _OWN_CLAUSE_WORDS


def in_relative_clause(sentence: str, pos: int, amount: int) -> bool:
    """Does ``pos`` lie in a relative clause (", which ...", ", who ...") that does not hold the
    amount starting at ``amount``? The clause runs to its next comma, or to the sentence's end.

    >>> s = "Acme, which raised $5 million last year, pays interns $20 an hour."
    >>> in_relative_clause(s, s.index("raised"), s.index("$20")), in_relative_clause(s, s.index("pays"), s.index("$20"))
    (True, False)
    >>> in_relative_clause(s, s.index("last"), s.index("$5"))
    False
    """
    if "," not in sentence:
        return False
    opened = None
    for m in _RELATIVE_OPEN.finditer(sentence, 0, pos):
        opened = m
    if opened is None or _CLAUSE_BREAK.search(sentence, opened.end(), pos):
        return False  # no clause, or it closed before ``pos``
    close = sentence.find(",", pos)
    return not opened.start() <= amount < (close if close >= 0 else len(sentence))


# a gapped clause: a few words and a comma before the amount, nothing after it ("; those in government, C$104,000.")
_GAPPED_BEFORE = re.compile(r"[ \t\u00a0,]*(?:[A-Za-z'-]+[ \t\u00a0]+){0,5}[A-Za-z'-]+[ \t\u00a0]*,[ \t\u00a0]*")
_GAPPED_AFTER = re.compile(r"[ \t\u00a0]*[.!?]?[ \t\u00a0]*")
_GAPPED_PLACE = re.compile(r"(?:[ \t\u00a0]+(?:in|at|for|across|among)(?:[ \t\u00a0]+[\w'-]+){1,4})?[ \t\u00a0]*[.!?]?[ \t\u00a0]*",
                           re.I)


@lru_cache(maxsize=1)
def _gapped_lead() -> re.Pattern[str]:
    """What may open a gapped clause before its amount: an adverb of rules/qualifiers.yaml ``gapped_lead_adverbs``
    ("..., but only R$ 4.310 in the Northeast")."""
    adverbs = require(load("qualifiers"), "gapped_lead_adverbs", list, where="rules/qualifiers.yaml")
    return re.compile(r"[ \t\u00a0]*(?:(?:" + longest_first(adverbs) + r")[ \t\u00a0]+)?", re.I)


def _gapped(sentence: str, clause_start: int, start: int, end: int) -> bool:
    """Is the amount the only remnant of a clause whose verb and noun are left out (gapping)?

    ``... a median base of C$91,000; those in government, C$104,000.``: the second clause
    repeats the first but for its subject and amount, so it shares its statistic and component.

    >>> s = "a median base of C$91,000; those in government, C$104,000."
    >>> _gapped(s, s.index(";") + 1, s.index("C$104"), len(s) - 1)
    True
    >>> s = "a median base of C$95,000; by contrast, C$40,000 goes to rent."
    >>> _gapped(s, s.index(";") + 1, s.index("C$40"), s.index(" goes"))
    False
    >>> s = "an average monthly income of R$ 5.420 nationally, but only R$ 4.310 in the Northeast."
    >>> _gapped(s, s.index("but") + 3, s.index("R$ 4"), s.index(" in the"))
    True
    >>> _gapped(s, s.index("but") + 3, s.index("R$ 4"), s.index(" in the") + 4)
    False
    """
    if _GAPPED_BEFORE.fullmatch(sentence, clause_start, start) is not None:
        return _GAPPED_AFTER.fullmatch(sentence, end) is not None
    # "..., but only R$ 4.310 in the Northeast.": the amount and where it holds are all that is left
    return _gapped_lead().fullmatch(sentence, clause_start, start) is not None \
        and _GAPPED_PLACE.fullmatch(sentence, end) is not None


def _restated_before(sentence: str, end: int, cue_start: int, others: Sequence[tuple[int, int]],
                     conversions: Sequence[tuple[int, int]], *, own_before: Callable[[], bool]) -> bool:
    """Does an amount between ``end`` and a cue restate the amount in another unit?

    A parenthesis opening with "or" always does (``£8,995 (or £1,250 a month)``: another way
    to pay); ", or" does when the amount has a period cue of its own before it
    (``the mean annual wage at $91,230, or $43.86 an hour``, ``annual pay at £58,500 in 2022,
    or £1,125 a week``), or when it is of another order than the amount (``own_before``:
    ``start at £21,500 to £24,500, or roughly £11 an hour``). ``own_before`` is called only when it
    decides (it may read the sentence's money mentions).

    >>> s = "wage at $91,230, or $43.86 an hour"
    >>> _restated_before(s, 15, s.index("an hour"), ((20, 26),), (), own_before=lambda: True)
    True
    >>> _restated_before(s, 15, s.index("an hour"), ((20, 26),), (), own_before=lambda: False)
    False
    >>> s = "from $40,000 or $45,000 a year"
    >>> _restated_before(s, 12, s.index("a year"), ((16, 23),), (), own_before=lambda: True)
    False
    >>> s = "annual pay at £58,500 in 2022, or £1,125 a week"
    >>> _restated_before(s, 21, s.index("a week"), ((34, 40),), (), own_before=lambda: True)
    True
    >>> s = "annual pay at £36,000, roughly £3,000 a month"
    >>> _restated_before(s, 21, s.index("a month"), ((23, 37),), (), own_before=lambda: True)
    True
    """
    crossed = [o for o in (*others, *conversions) if end <= o[0] and o[1] <= cue_start]
    if not crossed:
        return False
    first = min(o[0] for o in crossed)
    gap = _RESTATED_GAP.fullmatch(sentence, end, first)
    if gap is not None:
        return "(" in gap.group() or own_before()
    # "annual salary at $36,000, roughly $3,000 a month"
    return (len(crossed) == 1 and _APPROXIMATE_START.match(sentence, first) is not None and own_before()
            and _APPOSITIVE_GAP.fullmatch(sentence, end, first) is not None)


# blanks and commas, then at most one adverb, before a comparison: "$4,200 less than", ", comfortably above"
_BLANKS = re.compile(r"[ \t\u00a0,]*")
_ADVERBS = re.compile(r"(?:[A-Za-z]+[ \t\u00a0]+){1,2}")  # "sits well above", "comfortably above"
_PHRASE_END = re.compile(r"[,;:()]")
_COMPARISON_REACH = 60  # characters after a comparison word searched for the statistic it compares with


class _Comparison(NamedTuple):
    at: int  # where the comparison word starts
    adjacent: bool  # right after the amount ("$4,200 less than"): the amount is a difference


def _compared_with_statistic(sentence: str, end: int, rules: QualifierRules) -> Optional[_Comparison]:
    """The comparison of the amount ending at ``end`` with a statistic right after it, if any.

    ``$4,200 less than the average`` (adjacent: a difference, no statistic of its own);
    ``$9 lakh a year, in line with the median`` or ``The mean wage, $85,180, sits above the
    median`` (after a comma or a word: the amount is not that statistic, but may be another).
    The statistic must stand in the comparison's own phrase: ``$125,000, compared with
    $131,000`` compares two amounts.

    >>> rules = qualifier_rules()
    >>> s = "roughly $4,200 less than the electrician average; $9 lakh, in line with the median; $5, against $6 on average"
    >>> [_compared_with_statistic(s, s.index(a) + len(a), rules) for a in ("$4,200", "$9 lakh", "$5")]
    [_Comparison(at=15, adjacent=True), _Comparison(at=59, adjacent=False), None]
    """
    if rules.comparison is None:
        return None
    at = _BLANKS.match(sentence, end).end()
    period = rules.patterns["period"].search(sentence, at, at + 16)
    if period is not None and period.start() == at:  # "₹9 lakh a year, in line with the median"
        at = _BLANKS.match(sentence, period.end()).end()
    found = rules.comparison.search(sentence, at, at + 30)
    if found is None:
        return None
    if found.start() != at and _ADVERBS.fullmatch(sentence, at, found.start()) is None:
        return None
    stop = _PHRASE_END.search(sentence, found.end(), found.end() + _COMPARISON_REACH)
    limit = stop.start() if stop is not None else min(len(sentence), found.end() + _COMPARISON_REACH)
    if any(ch in _MONEY_MARKS or ch.isdigit() for ch in sentence[found.end() : limit]):
        return None  # another amount is what it is compared with
    if rules.patterns["statistic"].search(sentence, found.end(), limit) is None:
        return None
    return _Comparison(found.start(), found.start() == at and not sentence[end:at].strip(" \t\u00a0"))


# "An offer of €4.500 a month with both is worth": a noun and its amount, the subject of a weak cue
_OF_AMOUNT = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+(?:about|around|roughly|some|up[ \t\u00a0]+to[ \t\u00a0]+)?", re.I)
_SUBJECT_STOP = re.compile(r"[,;:()]")
_COPULA_BEFORE = re.compile(r"(?i)(?<![A-Za-z])(?:is|are|was|were|be|been)[ \t\u00a0]+(?:[a-z]+ly[ \t\u00a0]+)?\Z")  # "is worth"


def _strong_before(cues: Sequence[_Cue], weak: _Cue, others: Sequence[tuple[int, int]], *, sentence: str = "",
                   job_nouns: frozenset[str] = frozenset()) -> Optional[str]:
    """The value of a category cue just before a weak cue ("award worth"), if any.

    A cue farther back counts when it is the noun of the clause's subject with its own
    amount ("an offer of €4.200 a month ... is worth €58.630"): no comma or clause break between.

    >>> s = "An offer of €4.200 a month with both is therefore worth €58.630 per year."
    >>> rules = qualifier_rules()
    >>> _strong_before(_scan(s, "category", rules), _scan(s, "category", rules)[-1], ((12, 18),), sentence=s)
    'salary'

    So does the pay noun heading the subject of ``is worth`` (the clause's first category cue, no amount between,
    not one of ``job_nouns``, jobs counted):
    "the total package of a teacher with 7 years of experience is worth 2 million baht" (not "the market for pay
    software in Europe is worth $2 billion", whose subject is a market).

    >>> s = "Overall, the package of a senior nurse with ten years on the ward is worth roughly 1.9 million rand a year."
    >>> _strong_before(_scan(s, "category", rules), _scan(s, "category", rules)[-1], (), sentence=s)
    'salary'
    >>> s = "The market for pay software in Europe is worth $2 billion."
    >>> _strong_before(_scan(s, "category", rules), _scan(s, "category", rules)[-1], (), sentence=s) is None
    True
    >>> s = "AI jobs are projected to be worth $40 billion by 2030."  # jobs counted: their worth is a market's
    >>> _strong_before(_scan(s, "category", rules), _scan(s, "category", rules)[-1], (), sentence=s,
    ...                job_nouns=rules.job_head_nouns) is None
    True
    """
    for c in cues:
        if sentence and c.end <= weak.start and not c.weak and c.value == "salary":
            lead = _OF_AMOUNT.match(sentence, c.end)
            if (lead is not None and any(o[0] == lead.end() for o in others)
                    and not _SUBJECT_STOP.search(sentence, c.end, weak.start)):
                return c.value
    if sentence and _COPULA_BEFORE.search(sentence, max(0, weak.start - 24), weak.start):
        opening = max((m.end() for m in _SUBJECT_STOP.finditer(sentence, 0, weak.start)), default=0)
        head = next((c for c in cues if opening <= c.start and c.end <= weak.start and not c.weak), None)
        if head is not None and head.value == "salary" and sentence[head.start : head.end].lower() not in job_nouns \
                and not any(head.end <= o[0] and o[1] <= weak.start for o in others):
            return head.value
    for c in reversed(cues):
        if c.end <= weak.start and _reach(sentence, c.end, weak.start) <= _WEAK_REACH and not c.weak:
            if not any(c.end <= o[0] and o[1] <= weak.start for o in others):
                return c.value
            return None
        if c.end <= weak.start:
            return None
    return None


_REMARK = re.compile(r"[ \t\u00a0]*\([^()]*\)")  # a parenthetical remark: "a meal voucher (paper, or a card) worth"


def _reach(sentence: str, pos: int, endpos: int) -> int:
    """Characters from ``pos`` to ``endpos``, parenthetical remarks left out (the whole span when no sentence is given).

    >>> s = "a meal voucher (paper, or more often a card) worth"
    >>> _reach(s, s.index(" ("), s.index("worth"))
    1
    """
    if not sentence:
        return endpos - pos
    return endpos - pos - sum(len(m.group()) for m in _REMARK.finditer(sentence, pos, endpos))


def _own_unit(sentence: str, end: int, next_start: int, rules: QualifierRules) -> bool:
    """Does the amount have its own noun or unit, or a clause break, before the next amount?

    ``$2,000 sign-on bonus``, ``CHF 730 per semester``: a period stated later in the
    sentence belongs to the later amount, not to this one.
    """
    if rules.clause_break.search(sentence, end, next_start) or _PER_UNIT.match(sentence, end, next_start):
        return True
    ahead = _WORDS_AHEAD.match(sentence, end, next_start)
    if ahead is None:
        return False
    return bool(rules.patterns["category"].search(ahead.group()) or rules.patterns["pay_component"].search(ahead.group()))


def qualify(sentence: str, start: int, end: int, *, labels: Sequence[str] = (),
            amounts: Optional[Sequence[Money]] = None, offset: int = 0) -> Qualifiers:
    """Category, statistic, pay component and period of the amount at ``sentence[start:end]``.

    ``amounts`` are the sentence's money mentions when the caller has them
    already (their offsets minus ``offset`` fall in ``sentence``, so a caller may
    pass a document's mentions with the sentence's start); otherwise they are found here.

    >>> s = "the avg. yearly salary for nurses is $81,000 per year and $65,000 per year for medics"
    >>> q = qualify(s, s.index("$65"), s.index("$65") + 7)
    >>> (q.statistic, q.period, q.category)
    ('mean', 'year', 'salary')
    >>> s = "earning above an income threshold (usually $30-50,000 per year)"
    >>> qualify(s, s.index("$"), s.index("$") + 10).category
    'other'
    >>> s = "an average plumber earns between $40,000 to $90,000"
    >>> qualify(s, s.index("$40"), len(s)).statistic is None
    True
    >>> qualify("The sector is projected to be worth almost $12 billion.", 39, 57).category
    'market'
    >>> qualify("$21.50", 0, 6, labels=["Hourly Wage"]).period
    'hour'
    >>> qualify("That works out to $61,000 a year.", 18, 25).category
    'salary'
    """
    return qualify_each(sentence, start, end, label_sets=(labels,), amounts=amounts, offset=offset)[0]


def qualify_each(sentence: str, start: int, end: int, *, label_sets: Sequence[Sequence[str]],
                 amounts: Optional[Sequence[Money]] = None, offset: int = 0) -> list[Qualifiers]:
    """:func:`qualify` with each list of labels in turn, the sentence read once for all of them.

    >>> s = "Pay: $21.50"
    >>> [q.period for q in qualify_each(s, 5, 11, label_sets=[(), ["Hourly Wage"]])]
    [None, 'hour']
    """
    rules = qualifier_rules()
    found_money = find_money(sentence) if amounts is None else amounts
    spans = tuple((m.start - offset, m.end - offset) for m in found_money)
    own = next((m for m in found_money if m.start - offset < end and start < m.end - offset), None)
    read = _read_sentence(sentence, start, end, spans, rules)
    # the amount's own unit and an exchange-rate reading do not depend on the labels: read once
    per_unit, rate = _rate_unit(sentence, end, rules), exchange_rate(sentence, start, end)
    out = []
    own_noun: Optional[bool] = None  # does the amount describe a job (read once, when needed)
    before: Sequence[str] = ()
    read_before = read
    for labels in label_sets:
        n = len(before)
        if n and len(labels) >= n and tuple(labels[:n]) == tuple(before):
            # labels that extend the last set: read only the new ones (the earlier ones name the column)
            found = _with_labels(read_before, labels[n:], rules, earlier=tuple(labels[:n]))
        else:
            found = _with_labels(read, labels, rules)
        if found[3] is None and len(labels) > 1:  # a caption of several periods: the one its noun in a header takes
            found = (*found[:3], _period_by_noun(tuple(labels), rules))
        before, read_before = labels, found
        category, statistic, component, period = found
        if statistic == "percentile":
            statistic = None  # "the 25th and 75th percentiles at $X and $Y": neither mean nor median, nor a sign of pay
        if category == "market" and period in _SHORT_PERIODS and not (own is not None and own.period):
            # "raised US$42 million ..., offers engineers S$8,500 monthly": a period reached across
            # another amount is that amount's, not a market size's
            amount = _amount(sentence, start, end, _others(spans, start, end))
            period = _pick(_cues(sentence, "period", rules, spans), amount, rules, facet="period", across=False)
            found = (category, statistic, component, period)
        period = period or (own.period if own is not None else None)
        if category == "market" and period in _SHORT_PERIODS:
            # "benefits worth $15 to $25 an hour": a market size is never per hour
            cues = [c for c in _cues(sentence, "category", rules, spans) if c.value != "market"]
            category = _pick(cues, _amount(sentence, start, end, _others(spans, start, end)), rules, facet="category")
        # with no category cue at all, an amount per unit of time ("works out to $X a year"),
        # a pay component or a statistic ("the median was $X"), or one compared with a statistic
        # ("comfortably above the local median"), is pay
        if category in (None, "cost") and _BILLIONS.search(sentence, start, end) is not None:
            # "exports reached $8.7 billion", "the pipeline's final cost: $34 billion": no pay and no price
            # someone pays is counted in billions; a project of that size is an investment
            category = "market"
        category = category or ("salary" if period or component or statistic
                                or _compared_with_statistic(sentence, end, rules) is not None
                                or _sums_to_pay(sentence, end, spans, found_money, rules) else "other")
        if own is not None and (own.amount_min is None or own.amount_max is None) \
                and _share_of_money_before(sentence, start, rules):
            category = "other"  # "pays 4.5% of your salary up to 47 625 kr a month": a cap on what a share is of
        if category != "salary" and own_noun is None:
            own_noun = _describes_job(sentence, start, end, rules)
        if category != "salary" and own_noun:
            category = "salary"  # "a ₹6 LPA analyst", "a €90k engineering role": the amount describes a job
        if component in ("base", "total") and _separate_pay(sentence, start, end, rules):
            component = None  # "Site allowance of A$80 per day on top of package": pay apart from base or total
        if component is not None and rules.change_head is not None and rules.change_head.match(sentence, end):
            component = None  # "more than a $1 raise": the size of a change of pay, no part of it
        stated = None if per_unit else found[3]
        if rate:  # the price of a currency: no pay period, and a statistic only as what follows calls it
            # ("about ₦1,510 per US dollar, the average official rate in February")
            after = [c for c in _cues(sentence, "statistic", rules, spans) if c.start >= end]
            statistic = _pick(after, _amount(sentence, start, end, _others(spans, start, end)), rules,
                              facet="statistic") if after else None
            category, stated = "other", None
        out.append(qualifiers_of(category, statistic, component if category == "salary" else None, stated))
    return out


_DERIVATION_REACH = 40  # characters between an amount and a derivation verb leading to the next amount


def _share_of_money_before(sentence: str, start: int, rules: QualifierRules) -> bool:
    """Does a share of a sum of money stand right before the amount ("4.5% of your salary up to ...")?
    A share of people ("the lowest-paid 10 percent of agents made less than $30,050") is not one.

    >>> rules = qualifier_rules()
    >>> [_share_of_money_before(s, s.index(" up") + 1, rules) for s in ("pays 4.5% of your salary up to $4,000",
    ...     "10 percent of agents made up to $30,050")]
    [True, False]
    """
    share = _SHARE_BASE_BEFORE.search(sentence, max(0, start - 40), start)
    return share is not None and rules.patterns["category"].search(sentence, share.start(), start) is not None


def _sums_to_pay(sentence: str, end: int, spans: Sequence[tuple[int, int]], found: Sequence[Money],
                 rules: QualifierRules) -> bool:
    """Does the next amount, stated per unit of time, derive from this one (``On the minimum of € 2.732,41,
    that adds up to roughly € 38.250 per year``)? Summed over a period, the amount is pay as that one is.

    >>> s = "On the floor of € 2.000, that adds up to € 28.000 per year."
    >>> found = find_money(s)
    >>> _sums_to_pay(s, found[0].end, [(m.start, m.end) for m in found], found, qualifier_rules())
    True
    """
    if rules.derivation is None:
        return False
    nxt = next(((m, sp) for m, sp in zip(found, spans) if sp[0] >= end), None)
    if nxt is None or nxt[1][0] - end > _DERIVATION_REACH or not nxt[0].period:
        return False
    return rules.derivation.search(sentence, end, nxt[1][0]) is not None


# up to three words right after an amount, no punctuation between: the head of its noun phrase
_WORDS_AFTER = re.compile(r"[ \t\u00a0]+([A-Za-z][\w-]*(?:[ \t\u00a0]+[A-Za-z][\w-]*){0,2})")
# the noun an amount is the value of: "allowance of up to", "Housing allowance: "
_NOUN_OF_BEFORE = re.compile(r"([A-Za-z]+)[ \t\u00a0]*(?:of[ \t\u00a0]+(?:up[ \t\u00a0]+to[ \t\u00a0]+|about[ \t\u00a0]+|around[ \t\u00a0]+)?|:[ \t\u00a0]*)\Z", re.I)


def _separate_pay(sentence: str, start: int, end: int, rules: QualifierRules) -> bool:
    """Is the amount pay paid apart (``separate_pay_nouns``), by the noun it is the value of?

    >>> rules = qualifier_rules()
    >>> s = "a basic of Dh6,200 plus a Dh1,875 housing allowance"
    >>> [_separate_pay(s, s.index(a), s.index(a) + len(a), rules) for a in ("Dh6,200", "Dh1,875")]
    [False, True]
    >>> _separate_pay("Shift allowance: R900 a month", 17, 21, rules), _separate_pay("Pay: R900", 5, 9, rules)
    (True, False)
    >>> _separate_pay("Total pay is R9,900 when allowances are included", 13, 19, rules)
    False
    """
    before = _NOUN_OF_BEFORE.search(sentence, max(0, start - 40), start)
    if before is not None and before.group(1).lower() in rules.separate_pay:
        return True
    if _DETERMINER_BEFORE.search(sentence, max(0, start - 8), start) is None:
        return False  # "is AED 16,200 when allowances are included": no noun phrase of the amount's own
    after = _WORDS_AFTER.match(sentence, end)
    return after is not None and any(w.lower() in rules.separate_pay for w in after.group(1).split())


def _describes_job(sentence: str, start: int, end: int, rules: QualifierRules) -> bool:
    """Does the amount, after a determiner, describe a worker or a job ("a ₹6 LPA analyst", "a €90k role")?

    >>> rules = qualifier_rules()
    >>> s = "a ₹3 lakh course helps a ₹8 LPA analyst land a ₹14 LPA data science job"
    >>> [_describes_job(s, s.index(a), s.index(a) + len(a), rules) for a in ("₹3 lakh", "₹8 LPA", "₹14 LPA")]
    [False, True, True]
    >>> _describes_job("a $500 fee for nurses", 2, 6, rules), _describes_job("Nurses earn $50 an hour", 12, 15, rules)
    (False, False)
    """
    if _DETERMINER_BEFORE.search(sentence, max(0, start - 8), start) is None:
        return False
    after = _WORDS_AFTER.match(sentence, end)
    if after is None:
        return False
    phrase = after.group(1)
    if any(w.lower() in rules.job_head_nouns for w in phrase.split()):
        return True
    from .context import find_job_nouns, find_roles  # the role vocabulary; imported late (context is large)

    return any(m.start == 0 for m in (*find_roles(phrase), *find_job_nouns(phrase)))


# "per mile", "a 12-hour shift", "/ delivery": a rate word, up to two modifiers, the unit
_BLANKS_ONLY = re.compile(r"[ \t\u00a0]*")
_RATE_AFTER = re.compile(r"\s*(?:per|an?|each|every|/)\s*(?:[\w-]+\s+){0,2}?([A-Za-z]+)\b")


# "per US dollar", "to the dollar", "against the euro": a rate word, one optional modifier, the noun
_PER_CURRENCY = re.compile(r"\s*(?:per|to\s+(?:the|one|a|1)|against\s+the|for\s+(?:one|a|1|each))\s+"
                           r"(?:(?:U\.S\.|[A-Za-z]+)\s+)?([A-Za-z]+)\b")
# "with the dollar at roughly", "the euro trading at", "an exchange rate of"
# (an approximation word before the amount, rules/money.yaml prefix_qualifiers, is passed over)
_CURRENCY_AT = re.compile(r"\b([A-Za-z]+)\s+(?:(?:was|is|stood|trading|traded|trades|sat|sits)\s+)?(?:at|of)\s+\Z")
_EXCHANGE_RATE = re.compile(r"\bexchange\s+rate\s+(?:of|at|is|was)\s+\Z", re.I)
_RATE_LINKS = frozenset({"at", "of", "is", "was"})  # the last word of _CURRENCY_AT and _EXCHANGE_RATE


def exchange_rate(sentence: str, start: int, end: int) -> bool:
    """Is the amount at ``sentence[start:end]`` an exchange rate (the price of a currency)?

    >>> s = "swings with the exchange rate (recently around C$1.40 to the US dollar)"
    >>> exchange_rate(s, s.index("C$"), s.index(" to the"))
    True
    >>> s = "costs about COP 450.000 a month, with the dollar at roughly COP 4.150."
    >>> [exchange_rate(s, s.index("COP 4."), len(s) - 1), exchange_rate(s, s.index("COP 450"), s.index(" a month"))]
    [True, False]
    >>> s = "Drivers earn $0.65 per mile and $20 per delivery"
    >>> [exchange_rate(s, 13, 18), exchange_rate(s, 32, 35)]
    [False, False]
    """
    nouns = qualifier_rules().currency_nouns
    after = _PER_CURRENCY.match(sentence, end)
    if after is not None and after.group(1).lower() in nouns:
        return True
    window = sentence[max(0, start - 60) : start]
    if _RATE_LINKS.isdisjoint(window.lower().split()):
        return False  # most amounts: no "at", "of", "is", "was" that a rate's phrase would end with
    rules = money_rules()
    approx = prefix_before(window, 0, len(window), rules)  # rules.prefix_qualifier.search(window), read backwards
    if approx is not None and rules.prefix_kinds[" ".join(approx[1].lower().split())][0] == "approx":
        window = window[: approx[0]]
    before = _CURRENCY_AT.search(window)
    if before is not None and before.group(1).lower() in nouns:
        return True
    return _EXCHANGE_RATE.search(window) is not None


# what may stand between a rate's currency noun and the date it is quoted on: "(", ", as of ", " in ", then a day and month
_RATE_DATE_GAP = re.compile(r"[ \t]*(?:\(|,[ \t]*(?:as\s+of\b|on\b)?|\bin\b|\bas\s+of\b|\bon\b)?[ \t]*(?:\d{1,2}[ \t]+)?(?:[A-Z][a-z]+\.?[ \t]+)?(?:\d{1,2},?[ \t]+)?")


def dates_rate(sentence: str, rate_end: int, year_start: int) -> bool:
    """Does the year at ``year_start`` date the exchange rate ending at ``rate_end`` (its currency noun,
    then the date, nothing else between)?

    >>> s = "At roughly 1,473 to the US dollar (June 2024), the average is worth $158"
    >>> dates_rate(s, s.index(" to the"), s.index("2024"))
    True
    >>> dates_rate(s, s.index(" to the"), s.index("(June"))
    True
    >>> s = "At 1.35 to the dollar, salaries in 2025 rose"
    >>> dates_rate(s, s.index(" to the"), s.index("2025"))
    False
    """
    noun = _PER_CURRENCY.match(sentence, rate_end)
    if noun is None or noun.group(1).lower() not in qualifier_rules().currency_nouns:
        return False
    return _RATE_DATE_GAP.fullmatch(sentence, noun.end(), year_start) is not None


def statistics_named(text: str) -> frozenset[str]:
    """The statistics (``mean``, ``median``, ...) the cue words of ``text`` name.

    >>> sorted(statistics_named("Avg. Monthly Wage")), sorted(statistics_named("Annual Bonus"))
    (['mean'], [])
    """
    return frozenset(c.value for c in _scan(text, "statistic", qualifier_rules()))


def names_category(sentence: str) -> bool:
    """Does ``sentence`` hold any category cue (pay, cost, market or other words)?

    An amount in a sentence without one is read as the continuation of the
    sentence before ("the rate goes to $16 from $15.50").

    >>> [names_category(s) for s in ("In upstate New York, the rate goes to $16 from $15.50.",
    ...                              "Last year the same scales ran from £31,650 to £49,084.")]
    [False, False]
    >>> [names_category(s) for s in ("Nurses earn $40 an hour.", "Rent costs $900.", "A tax of $5.")]
    [True, True, True]
    """
    return bool(_scan(sentence, "category", qualifier_rules()))


def _rate_unit(sentence: str, end: int, rules: QualifierRules) -> bool:
    """Is the amount ending at ``end`` a rate per something other than time (``$0.65 per mile``)?

    A rate per unit that is stated per period as well (``$900 per person a year``) keeps its period.

    >>> rules = qualifier_rules()
    >>> [_rate_unit(s, 4, rules) for s in ("$720 per 12-hour shift", "$0.6 a mile", "$720 per week", "$720 a year",
    ...                                    "$900 per person a year", "$900 per person, a year later")]
    [True, True, False, False, False, True]
    """
    m = _RATE_AFTER.match(sentence, end)
    if m is None or m.group(1).lower() not in rules.rate_units:
        return False
    at = _BLANKS_ONLY.match(sentence, m.end()).end()
    period = rules.patterns["period"].search(sentence, at, at + 20)
    return period is None or period.start() != at or _time_only(sentence, period, rules)


_RECORDS: dict[tuple[Optional[str], ...], Qualifiers] = {}


def qualifiers_of(category: str, statistic: Optional[str], pay_component: Optional[str],
                  period: Optional[str]) -> Qualifiers:
    """The :class:`Qualifiers` record of these values, one shared record per combination (a few hundred exist).

    >>> qualifiers_of("salary", "mean", None, "year") is qualifiers_of("salary", "mean", None, "year")
    True
    """
    key = (category, statistic, pay_component, period)
    record = _RECORDS.get(key)
    if record is None:
        record = _RECORDS[key] = Qualifiers(category, statistic, pay_component, period)  # type: ignore[arg-type]
    return record


def _others(spans: Sequence[tuple[int, int]], start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The amounts not overlapping ``[start, end)``."""
    return tuple(a for a in spans if not (a[0] < end and start < a[1]))


def _read_sentence(sentence: str, start: int, end: int, spans: tuple[tuple[int, int], ...],
                   rules: QualifierRules) -> tuple[Optional[str], ...]:
    """The value of each facet (in ``_FACETS`` order) read from the sentence alone, without labels.

    A text of nothing but the amount (a table cell ``$120,000``) is not scanned:
    a cue starts at a non-blank character, and every one of those lies inside the
    amount, where no cue counts (:func:`_pick`).
    """
    if _only_amount(sentence, start, end):
        return (None,) * len(_FACETS)
    category, statistic, component, period = _read_cues(sentence, start, end, spans, rules)
    if category == "salary" and rules.parts_listed is not None and _listed_parts_total(sentence, end, rules):
        component = "total"  # "over $1.2 million a year in salary, bonus and stock awards": the sum of the parts
    if component is None:
        component = _opening_label_component(sentence, start, rules) or _base_word_after(sentence, end, rules)
    scope = _own_scope(sentence, start, end, spans)
    if scope is not None and (period is not None or scope):
        period = scope or None  # "$1,930 per week, or roughly $24,870 for the full contract": the contract's sum
    if _priced_tier(sentence, start, rules) or _price_label(sentence, start, rules):
        category = "cost"  # "Acme Premium $6.49/month": the price of a product's paid tier
    return category, statistic, component, period


def _listed_parts_total(sentence: str, end: int, rules: QualifierRules) -> bool:
    """Is the amount stated ``in`` a list of pay parts (``pay_parts``), among them a pay-component cue of another
    kind than the rest (``salary, bonus and stock``; not ``bonuses and profit sharing``, all bonus)?"""
    m = rules.parts_listed.match(sentence, end) if rules.parts_listed is not None else None
    if m is None:
        return False
    kinds = {c.value for c in _scan(sentence, "pay_component", rules) if c.start >= end and c.end <= m.end()}
    parts = len(_PART_SPLIT.split(sentence[end : m.end()]))
    return bool(kinds) and (len(kinds) > 1 or parts > _component_count(sentence, end, m.end(), rules))


_PART_SPLIT = re.compile(r",[ \t\u00a0]*(?:(?:and|&)[ \t\u00a0]+)?|[ \t\u00a0]+(?:and|&)[ \t\u00a0]+", re.I)


def _component_count(sentence: str, start: int, end: int, rules: QualifierRules) -> int:
    """How many pay-component cues stand in ``sentence[start:end]``."""
    return sum(1 for c in _scan(sentence, "pay_component", rules) if c.start >= start and c.end <= end)


# a capitalised word right before an amount, with or without a colon: "Acme Premium $6.49", "Pro: $12"
_TIER_BEFORE = re.compile(r"(?<![A-Za-z])([A-Z][a-z]+)[ \t\u00a0]*:?[ \t\u00a0]*\Z")
# a list item's or a line's opening label: "• Total: $2,548 per week", "Base: $28/hr"
_OPENING_LABEL = re.compile(r"[ \t\u00a0]*(?:[•*·–-][ \t\u00a0]*)?([A-Za-z][\w ().&/-]{0,60}?)[ \t\u00a0]*:[ \t\u00a0]*")


def _opening_label_component(sentence: str, start: int, rules: QualifierRules) -> Optional[str]:
    """The pay component an opening ``Label:`` of the line states by one word (``Total``, ``Base``), for its
    amount right after it, or a later one restating it (``Total: $2,100 per week, or roughly $27,000 ...``).

    >>> rules = qualifier_rules()
    >>> [_opening_label_component(s, s.rindex("$"), rules) for s in ("• Total: $2,100 per week", "Base: about $26/hr",
    ...     "Total rooms: $90", "Rent: $900", "The total is $5", "Total: $2,100 per week, or roughly $27,000",
    ...     "Total: $2,100 per week and a bonus of $500")]
    ['total', 'base', None, None, None, 'total', None]
    """
    m = _OPENING_LABEL.match(sentence, 0, start)
    if m is None:
        return None
    if not (_AMOUNT_LEAD.fullmatch(sentence, m.end(), start) or _RESTATING_BEFORE.search(sentence, m.end(), start)):
        return None
    return _component_label(m.group(1), rules)


_AMOUNT_LEAD = re.compile(r"[ \t\u00a0]*(?:(?:about|around|roughly|approx\.?|approximately|up to|from|~)[ \t\u00a0]*)?", re.I)


# what may follow a word of base_labels standing as the amount's head noun: a mark, the end, a word of the
# sentence's frame ("€68,000 basic for a store manager", "up to €72,000 basic, plus bonus"), not a noun it modifies
_BASE_WORD_END = r"(?=[ \t\u00a0]*(?:[,;.:)+/]|\Z|(?:for|plus|and|with|before|per|a|an|in|at|on|or|excluding|to)\b))"


def _base_word_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """A word of ``base_labels`` right after an amount (or its period phrase: ``SAR 7,000 a month basic``),
    as its head noun (built once with the rules)."""
    return re.compile(_PERIOD_PHRASE + r"[ \t\u00a0]+(?:" + longest_first(sorted(words)) + r")" + _BASE_WORD_END, re.I)


# a period phrase right after an amount: " a month", " per year"
_PERIOD_PHRASE = r"(?:[ \t\u00a0]+(?:a|an|per|each|every)[ \t\u00a0]+(?:hour|day|week|month|year))?"


def _base_word_after(sentence: str, end: int, rules: QualifierRules) -> Optional[str]:
    """``base`` when a word of ``base_labels`` is the amount's head noun (``€68,000 basic for a manager``,
    not ``$2,000 basic needs``).

    >>> rules = qualifier_rules()
    >>> [_base_word_after(s, s.index("0 ") + 1, rules) for s in ("up to €72,000 basic, plus bonus",
    ...     "€68,000 basic for a manager", "$2,000 basic needs budget", "$50 basic", "SAR 7,000 a month basic, while")]
    ['base', 'base', None, 'base', 'base']
    """
    return "base" if rules.base_word is not None and rules.base_word.match(sentence, end) else None


# right after an amount: "for the full contract", "over the whole assignment": the span the sum covers
_SCOPE_AFTER = re.compile(r"[ \t\u00a0]+(?:for|over|across)[ \t\u00a0]+(?:the|a|an|each|this|that|its|their|your)"
                          r"[ \t\u00a0]+(?:(?:full|whole|entire|complete)[ \t\u00a0]+)?([A-Za-z-]+)", re.I)
_SCOPE_PERIODS = frozenset({"hour", "day", "week", "month", "year"})
_RESTATING_BEFORE = re.compile(r"[,(][ \t\u00a0]*or[ \t\u00a0]+(?:" + _APPROXIMATE + r"[ \t\u00a0]*|~[ \t\u00a0]*)?\Z", re.I)


def _own_scope(sentence: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> Optional[str]:
    """The span a restatement (", or roughly") of an earlier amount covers: its pay period (``for the year``),
    ``""`` for a span that is no pay period (``for the full contract``), None for no such restatement.

    >>> s = "$2,140 per week, or roughly $27,360 for the full contract"
    >>> _own_scope(s, s.index("$27"), s.index(" for"), ((0, 6), (s.index("$27"), s.index(" for"))))
    ''
    >>> s = "$2,100 per week, or roughly $109,000 for the year"
    >>> _own_scope(s, s.index("$109"), s.index(" for"), ((0, 6), (s.index("$109"), s.index(" for"))))
    'year'
    >>> _own_scope("earns $9,000 for the project", 6, 12, ((6, 12),)) is None
    True
    """
    scope = _SCOPE_AFTER.match(sentence, end)
    if scope is None:
        return None
    lead = _RESTATING_BEFORE.search(sentence, max(0, start - 30), start)
    if lead is None or not any(e <= lead.start() for _, e in spans):
        return None
    period = scope.group(1).lower()
    return period if period in _SCOPE_PERIODS else ""


# a label's head noun: its last word before a parenthesis or a provider ("Certificate on Coursera", "Exam (NBDHE)")
_LABEL_HEAD = re.compile(r"([A-Za-z]+)[ \t\u00a0]*(?:(?:on|from|via|through|at|by)[ \t\u00a0]+[A-Z][\w.&-]*[ \t\u00a0]*)?"
                         r"(?:\([^()]{0,40}\)[ \t\u00a0]*)?:[ \t\u00a0]*\Z")


def _price_label(sentence: str, start: int, rules: QualifierRules) -> bool:
    """Does the amount follow right after an opening label whose head noun names something bought?

    >>> rules = qualifier_rules()
    >>> [_price_label(s, s.index("$"), rules) for s in ("• Data Certificate (Coursera): $39 a month",
    ...     "- State licence application: $90", "Lifeguard certification: $7,300 annually", "Salary: $9",
    ...     "• Analytics Certificate on Coursera: $39 a month")]
    [True, True, False, False, True]
    """
    m = _OPENING_LABEL.match(sentence, 0, start)
    if m is None or not _AMOUNT_LEAD.fullmatch(sentence, m.end(), start):
        return False
    head = _LABEL_HEAD.search(sentence, m.start(1), m.end())
    if head is not None and rules.time_object is not None and rules.time_object.search(sentence, m.start(1), head.start(1)):
        return False  # "Starting pay after the final exam: 2.500 €": the exam names when, the pay is the head
    return head is not None and head.group(1).lower() in rules.price_label_heads


def _priced_tier(sentence: str, start: int, rules: QualifierRules) -> bool:
    """Does a product's paid tier (``product_tiers``, capitalised) stand right before the amount?

    >>> rules = qualifier_rules()
    >>> [_priced_tier(s, s.index("$"), rules) for s in ("Acme Premium $6.49/month", "Premium: $9", "a premium $40")]
    [True, True, False]
    """
    m = _TIER_BEFORE.search(sentence, max(0, start - 16), start)
    return m is not None and m.group(1) in rules.product_tiers


def _read_cues(sentence: str, start: int, end: int, spans: tuple[tuple[int, int], ...],
               rules: QualifierRules) -> tuple[Optional[str], ...]:
    """:func:`_read_sentence` by scanning the sentence's cues."""
    scanned = _scan_all(sentence, rules)
    if not any(scanned.values()):
        return (None,) * len(_FACETS)
    amount = _amount(sentence, start, end, _others(spans, start, end))
    return tuple(_pick(_unglossed(sentence, start, _usable(sentence, facet, scanned[facet], spans)), amount, rules, facet=facet)
                 if scanned[facet] else None for facet in _FACETS)


_GLOSS_REACH = 30  # characters between a cue and the parenthesis that glosses it


def _unglossed(sentence: str, start: int, cues: Sequence[_Cue]) -> Sequence[_Cue]:
    """The cues without those inside a parenthesis, before the amount, that glosses a cue right before it.

    ``Its total pay (base plus bonus) runs to R1 080 000``: the parts listed in the
    parenthesis say what total pay is made of; the amount is total pay.

    >>> s = "Its total pay (base plus bonus) runs to R1 080 000"
    >>> rules = qualifier_rules()
    >>> [c.value for c in _unglossed(s, s.index("R1"), _scan(s, "pay_component", rules))]
    ['total']
    """
    if len(cues) < 2 or "(" not in sentence:
        return cues
    drop = set()
    for m in _GLOSS.finditer(sentence, 0, start):
        inside = [c for c in cues if m.start() < c.start and c.end < m.end()]
        if inside and any(c.end <= m.start() and m.start() - c.end <= _GLOSS_REACH
                          and not _FIGURE.search(sentence, c.end, m.start()) for c in cues):
            drop.update(inside)
    return [c for c in cues if c not in drop] if drop else cues


_FIGURE = re.compile(r"\d")


def _only_amount(sentence: str, start: int, end: int) -> bool:
    """Is ``sentence`` blank outside ``[start, end)``?

    >>> _only_amount(" $120,000 ", 1, 9), _only_amount("$120,000 a year", 0, 8)
    (True, False)
    """
    return (not sentence[:start] or sentence[:start].isspace()) and (not sentence[end:] or sentence[end:].isspace())


def _with_labels(read: tuple[Optional[str], ...], labels: Sequence[str], rules: QualifierRules, *,
                 earlier: tuple[str, ...] = ()) -> tuple[Optional[str], ...]:
    """Each facet's value from the sentence, else from the first label that has a cue for it.

    A label with an add-on phrase (a caption ``Median annual base salary ..., with
    typical contract day rates``) is read by :func:`_caption_values`, the labels
    before it (``earlier`` ones included) naming the amount's column.
    """
    if not labels or None not in read:
        return read
    found = list(read)
    # a label of net pay ("Fresher in-hand (per month)"): the caption's "CTC" is not its component
    net = found[2] is None and any(_net_label(e, rules) for e in earlier)
    for i, label in enumerate(labels):
        if _add_on_at(label) is None:
            values = _label_values(label, rules)
            if values[1] == "percentile":  # a header "10th percentile" names no statistic of SPEC's; others may
                values = (values[0], None, *values[2:])
        else:
            values = _caption_values(label, (*earlier, *labels[:i]), rules)
        if values[3] is not None and found[3] is None:
            values = _second_noun_period(label, values, (*earlier, *labels[:i], *labels[i + 1 :]), rules)
        for n, value in enumerate(values):
            if found[n] is None and not (net and n == 2):
                found[n] = value
        net = net or found[2] is None and _net_label(label, rules)
        if None not in found:
            break
    return tuple(found)


# the phrase a caption adds after its main noun phrase: "..., with typical contract day rates"
_CAPTION_ADD_ON = re.compile(r",?[ \t\u00a0]+(?:with|plus|alongside)[ \t\u00a0]+|,[ \t\u00a0]+and[ \t\u00a0]+", re.I)


@lru_cache(maxsize=1024)
def _add_on_at(label: str) -> Optional[tuple[int, int]]:
    """The span of a label's add-on phrase (``, with``), if any (cached: a header labels each amount of its column)."""
    m = _CAPTION_ADD_ON.search(label)
    return None if m is None else m.span()


@lru_cache(maxsize=1024)
def _net_label(label: str, rules: QualifierRules) -> bool:
    """Is ``label`` a label of net pay (``net_pay_labels``)?"""
    return rules.net_pay is not None and rules.net_pay.search(label) is not None


@lru_cache(maxsize=1024)
def _cue_words(label: str, rules: QualifierRules) -> frozenset[str]:
    """The cue phrases of a label, lower case and without a plural ``s`` (``day rates`` is ``day rate``),
    and the pay period it names (``day rates`` and ``(per day)`` both name ``period:day``)."""
    scanned = _scan_all(label, rules)
    words = frozenset(" ".join(label[c.start : c.end].lower().split()).removesuffix("s")
                      for cues in scanned.values() for c in cues)
    return words | frozenset(f"period:{c.value}" for c in scanned["period"] if not c.time_reference)


def _caption_values(label: str, named: Sequence[str], rules: QualifierRules) -> tuple[Optional[str], ...]:
    """The values of a label with an add-on phrase, for the amount whose other labels are ``named``.

    A caption's add-on phrase (``..., with typical contract day rates``) speaks of the
    column whose header names its cue (``Contract day rate``): that column takes the
    add-on's values only. The other columns take the whole label's values, and for a
    facet the whole label leaves open because its parts disagree (``annual`` and ``day
    rates``), the main phrase's.

    >>> rules = qualifier_rules()
    >>> caption = "Median annual base salary by region, plus usual contract day rates (2031):"
    >>> _caption_values(caption, ("Eastvale", "Contract day rate"), rules)[1:]
    (None, None, 'day')
    >>> _caption_values(caption, ("Eastvale", "Senior (6+ yrs)"), rules)[1:]
    ('median', 'base', 'year')
    >>> _caption_values("Salaries for nurses with five years' service, per year", ("Senior",), rules)[3]
    'year'
    >>> caption = "Median annual pay for nurses, with the 25th and 75th percentiles:"
    >>> _caption_values(caption, ("Leeds", "25th percentile"), rules)[1:]
    ('percentile', None, 'year')
    """
    m = _add_on_at(label)
    if m is None:
        return _label_values(label, rules)
    add_on = label[m[1] :]
    own = _cue_words(add_on, rules)
    whole = _label_values(label, rules)
    if own and any(own & _cue_words(other, rules) for other in named):
        values = _label_values(add_on, rules)
        if values[0] is not None:
            return values
        # an add-on naming only other statistics of the main noun ("..., with the 10th and 90th percentiles"):
        # the main phrase's period and component still hold
        return tuple(v if v is not None else w for v, w in zip(values, whole))
    if None not in whole:
        return whole
    main = _label_values(label[: m[0]], rules)
    return tuple(w if w is not None else v for w, v in zip(whole, main))


# between two coordinated pay nouns: "salaries and (locum) day rates", "wages or hourly pay"
_NOUN_COORDINATION = re.compile(r"[ \t\u00a0]*(?:,[ \t\u00a0]*)?(?:and|or|&|plus)[ \t\u00a0]+(?:[A-Za-z-]+[ \t\u00a0]+){0,2}", re.I)


@lru_cache(maxsize=1024)
def _later_noun_period(label: str, rules: QualifierRules) -> Optional[frozenset[str]]:
    """The cue words of the pay noun a label's period belongs to, when that noun is coordinated after
    another pay noun the period does not reach (``advertised salaries and locum day rates``); else None.

    A period before the first noun (``annual salaries and bonuses``) speaks of both.

    >>> rules = qualifier_rules()
    >>> [_later_noun_period(s, rules) is not None for s in ("Typical salaries and locum day rates:",
    ...     "Salaries and annual bonuses", "Annual salaries and bonuses", "Hourly day rates:", "Pay and benefits per year")]
    [True, True, False, False, False]
    """
    scanned = _scan_all(label, rules)
    periods = [c for c in scanned["period"] if not c.time_reference]
    if not periods or len({c.value for c in periods}) > 1:
        return None
    first = periods[0]
    pay = [c for c in scanned["category"] if c.value == "salary"]
    # the noun the period is a word of ("day rates") or stands right before ("annual bonuses")
    noun = next((c for c in pay if c.start < first.end and first.start < c.end
                 or c.start >= first.end and not label[first.end : c.start].strip(" \t\u00a0")), None)
    if noun is None:
        return None
    before = [c for c in pay if c.end <= min(first.start, noun.start)]
    if not before or _NOUN_COORDINATION.fullmatch(label, before[-1].end, min(first.start, noun.start)) is None:
        return None
    return _cue_words(label[min(first.start, noun.start) : max(first.end, noun.end)], rules)


def _second_noun_period(label: str, values: tuple[Optional[str], ...], others: Sequence[str],
                        rules: QualifierRules) -> tuple[Optional[str], ...]:
    """``values`` without the period when the label's period is a later coordinated noun's
    (:func:`_later_noun_period`) that none of the amount's other labels names: an intro
    ``advertised salaries and locum day rates`` gives ``day`` to the ``Locum day rate`` column only.

    >>> rules = qualifier_rules()
    >>> intro = "The chart shows posted salaries and contract day rates."
    >>> [_second_noun_period(intro, (None, None, None, "day"), (h,), rules)[3] for h in ("Mean salary", "Contract day rate")]
    [None, 'day']
    """
    own = _later_noun_period(label, rules)
    if own is None or any(own & _cue_words(other, rules) for other in others):
        return values
    return (*values[:3], None)


@lru_cache(maxsize=1024)
def _period_by_noun(labels: tuple[str, ...], rules: QualifierRules) -> Optional[str]:
    """The period a label of several periods gives the noun another label names (cached per label list).

    A caption ``average annual salary and hourly rate`` states a period for each
    of its nouns; a column headed ``Average salary`` takes the period written
    before ``salary``.

    >>> rules = qualifier_rules()
    >>> caption = "Pay by state: average annual salary and hourly rate, 2025"
    >>> [_period_by_noun((header, "Queensland", caption), rules) for header in ("Average salary", "Avg hourly rate", "Median")]
    ['year', 'hour', None]
    """
    named: list[tuple[str, str]] = []  # (noun after a period cue, its period) of labels stating several periods
    for label in labels:
        cues = [c for c in _usable(label, "period", _scan(label, "period", rules), ()) if not c.add_on]
        if len({c.value for c in cues}) < 2:
            continue
        for c in cues:
            nxt = _NEXT_WORD.match(label, c.end)
            if nxt is not None:
                named.append((nxt.group(1).lower(), c.value))
    if not named:
        return None
    values = set()
    for label in labels:
        words = {w.lower() for w in _ANY_WORD.findall(label)}
        if len(_scan(label, "period", rules)) > 1:
            continue
        values |= {value for noun, value in named if noun in words}
    return values.pop() if len(values) == 1 else None


_GLOSS = re.compile(r"\([^()\n]*\)")  # a parenthesis: what the words before it are made of


def _outside_gloss(label: str, cues: Sequence[_Cue]) -> Sequence[_Cue]:
    """The cues outside parentheses, when there are any: a parenthesis glosses the words before it.

    ``average total pay (base plus bonus and profit sharing)`` states total pay;
    the parts listed inside do not compete with it.
    """
    if len(cues) < 2 or "(" not in label:
        return cues
    glosses = [(m.start(), m.end()) for m in _GLOSS.finditer(label)]
    outside = [c for c in cues if not any(a <= c.start < b for a, b in glosses)]
    return outside if outside else cues


def _component_label(label: str, rules: QualifierRules) -> Optional[str]:
    """The pay component a label states by one word alone, after any statistic word: ``total`` for a
    word of ``total_labels`` (``Total``, ``Total (USD)``), ``base`` for one of ``base_labels`` (the
    ``Avg. basic`` column of a Gulf pay table beside ``Avg. total package``).

    >>> rules = qualifier_rules()
    >>> [_component_label(label, rules) for label in ("Total", "TOTAL (USD)", "Total:", "Total rooms", "Base",
    ...                                                "Avg. basic", "Median Basic", "Basic needs", "Average",
    ...                                                "Median annual total", "Monthly base")]
    ['total', 'total', 'total', None, 'base', 'base', 'base', None, None, 'total', 'base']
    """
    words = _LABEL_WORDS.findall(_GLOSS.sub(" ", label))
    if len(words) != 1:
        return None
    parts = words[0].lower().split()
    statistic, period = rules.values["statistic"], rules.values["period"]
    while len(parts) > 1 and (parts[0] in statistic or parts[0].rstrip(".") in statistic or parts[0] in period):
        parts = parts[1:]  # "Median annual total", "Monthly base": a statistic or a period word before it
    phrase = " ".join(parts)
    if phrase in rules.total_labels:
        return "total"
    return "base" if phrase in rules.base_labels else None


_COORDINATION = re.compile(r"[ \t\u00a0]*(?:,|,?[ \t\u00a0]*(?:and|or|&))[ \t\u00a0]*", re.I)


def _listing_components(label: str, cues: Sequence[_Cue], scanned: Mapping[str, Sequence[_Cue]],
                        rules: QualifierRules) -> Sequence[_Cue]:
    """The pay-component cues of a label that speak of every amount under it.

    A list follows its intro's last clause: a cue before a clause break (``Ads mention only the
    base pay, but the annual total is higher:``) is about something the list is contrasted with.
    A cue coordinated with another kind of pay (``allowances and bonuses``) names one kind of the
    items listed, not each item's. A total named as what the list takes apart (``A typical package
    includes:``, ``how packages are built:``) is the sum of the items, not each item's component.

    >>> rules = qualifier_rules()
    >>> [_label_values(s, rules)[2] for s in ("Ads state only the base pay, but the total is higher:",
    ...     "Nurses also receive allowances and bonuses:", "Bonuses paid last year:", "Base pay, by city:",
    ...     "A typical package for a site engineer includes:", "Total package by city:")]
    [None, None, 'bonus', 'base', None, 'total']
    """
    brk = None
    for brk in rules.clause_break.finditer(label):
        pass
    if brk is not None:
        cues = [c for c in cues if c.start >= brk.end()]
    if cues and rules.composition is not None and rules.composition.search(label) is not None:
        cues = [c for c in cues if c.value != "total"]
    if not cues:
        return cues
    pay = [c for c in scanned["category"] if c.value == "salary"
           and not any(o.start < c.end and c.start < o.end for o in scanned["pay_component"])]
    return [c for c in cues if not any(_COORDINATION.fullmatch(label, p.end, c.start) or _COORDINATION.fullmatch(label, c.end, p.start)
                                       for p in pay)]


def _bracketed(label: str, cue: _Cue) -> _Cue:
    """A period cue read only after an amount is a pay period in a label when it alone fills a bracket
    (a column header ``SGB median (pm)``, as ``(p.a.)``), not a time (``Shift (5 pm)``).

    >>> [_bracketed(s, _Cue(s.index("pm"), s.index("pm") + 2, "month", time_reference=True)).time_reference
    ...  for s in ("Median (pm)", "Shift (5 pm)", "Median pm")]
    [False, True, True]
    """
    if cue.time_reference and label[cue.start - 1 : cue.start] == "(" and label[cue.end : cue.end + 1] == ")":
        return cue._replace(time_reference=False)
    return cue


@lru_cache(maxsize=1024)
def _label_values(label: str, rules: QualifierRules) -> tuple[Optional[str], ...]:
    """The value of each facet (in ``_FACETS`` order) that one label states: its cue nearest the label's end.

    Cached: a column header or a list's intro labels each of its amounts. A label
    of nothing but a word of ``total_labels`` (the ``Total`` column after columns
    of base and bonus) states total pay.

    >>> rules = qualifier_rules()
    >>> [_label_values(label, rules)[2] for label in ("Total", "Total ($)", "Server (incl. tips)", "Total rooms")]
    ['total', 'total', 'total', None]
    """
    scanned = _scan_all(label, rules)  # one scan for the four facets
    component = None if scanned["pay_component"] else _component_label(label, rules)
    if component is not None:
        scanned = {**scanned, "pay_component": (_Cue(0, len(label), component, False, False, False),)}
    if any(c.time_reference for c in scanned["period"]):
        scanned = {**scanned, "period": tuple(_bracketed(label, c) for c in scanned["period"])}
    values = []
    for facet in _FACETS:
        label_cues = _outside_gloss(label, [c for c in _usable(label, facet, scanned[facet], ()) if not c.add_on
                                            and not (facet == "category" and rules.sentence_only
                                                     and label[c.start : c.end].lower() in rules.sentence_only)])
        if facet == "pay_component" and label_cues:
            label_cues = _listing_components(label, label_cues, scanned, rules)
        if facet != "category" and len({c.value for c in label_cues}) > 1:
            values.append(None)  # "Hourly and annual mean wage": the label states no one period for its figures
            continue
        values.append(label_cues[-1].value if label_cues else None)  # the cue nearest the label's end, next to its value
    return tuple(values)
