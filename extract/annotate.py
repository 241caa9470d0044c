"""Annotate: text -> spaCy ``Doc`` with one span group per detector.

Every detector is a pure function over a string (``extract.money.find_money``
...); the components here only call it and turn its records into spans. Each
span carries its record on ``span._.value`` and the id of the rule that fired
on ``span._.rule``. The pipeline is spaCy's blank English, with a light
tokenizer (:mod:`extract.tokenizer`), plus these rule components; no
statistical model is needed.

>>> nlp = load()
>>> doc = nlp("According to Glassdoor, the average salary is $98,765 per year.")
>>> [(s.text, s._.value.amount_min) for s in doc.spans["money"]]
[('$98,765', 98765.0)]
>>> [s._.value.source for s in doc.spans["attribution"]]
['Glassdoor']
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable, Iterable, Optional, Sequence

import numpy
import spacy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from . import attribution, context, experience, money, tables
from .blocks import split_blocks
from .sentences import split_sentences
from .tokenizer import TOKENIZER
from .types import Block, Document, Table

PIPES = ("salary_sentences", "money_detector", "experience_detector", "table_detector",
         "attribution_detector", "context_detector")



def _record(span: Span) -> Any:
    group, _, i = span.id_.rpartition(":")
    return span.doc._.records[group][int(i)]


# Records live on the Doc: spaCy keys span extension *values* by character
# offsets, so two spans over one glued token (`TX$71,250$58k`) would share one.
if not Span.has_extension("value"):
    Span.set_extension("value", getter=_record)
    Span.set_extension("rule", getter=lambda span: getattr(_record(span), "rule", ""))
for _name in ("blocks", "html_tables", "default_currency", "records", "text"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def text_of(doc: Doc) -> str:
    """The document's text, joined once: ``Doc.text`` rebuilds it from every token on each access."""
    if doc._.text is None:
        doc._.text = doc.text
    return doc._.text


def blocks_of(doc: Doc) -> tuple:
    """The document's blocks: from ingest when known, else split from the text."""
    if doc._.blocks is None:
        doc._.blocks = split_blocks(text_of(doc))
    return doc._.blocks


def add_spans(doc: Doc, group: str, records: Iterable[Any], *, label: Callable[[Any], str] = lambda r: "") -> None:
    """Keep records in ``doc._.records[group]`` and show them as spans of ``doc.spans[group]``.

    ``span._.value`` returns a span's record and ``span._.rule`` the rule that fired.
    """
    if doc._.records is None:
        doc._.records = {}
    kept = doc._.records[group] = list(records)  # a record is kept even if no token lies under it
    default = group.upper()
    spans = (doc.char_span(r.start, r.end, label=label(r) or default, span_id=f"{group}:{i}", alignment_mode="expand")
             for i, r in enumerate(kept))
    doc.spans[group] = [span for span in spans if span is not None]


def mark_table_rows(blocks: Sequence[Block], found: Sequence[Table]) -> tuple[Block, ...]:
    """Blocks lying inside a table become ``table_row`` blocks (credit lines then cover them)."""
    if not found:
        return tuple(blocks)  # most documents have no table: no block to test
    spans = [(t.start, t.end) for t in found]
    return tuple(Block(b.start, b.end, "table_row") if any(s <= b.start < e for s, e in spans) else b for b in blocks)


@Language.factory("salary_sentences", assigns=["token.is_sent_start"])
def make_sentences(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Sentence boundaries that never cross a line, with abbreviation handling."""

    def component(doc: Doc) -> Doc:
        values = numpy.full(len(doc), -1, dtype="int64")  # 1: starts a sentence, -1: does not
        if len(doc):
            text = text_of(doc)
            starts = doc.to_array(IDX)
            values[0] = 1
            values[_token_at(starts, [s.start for s in split_sentences(text)])] = 1
            values[_after_line_breaks(starts, text)] = 1
        # one array write: setting token.is_sent_start checks the whole Doc each time (quadratic)
        doc.from_array([SENT_START], values.view("uint64").reshape(-1, 1))
        return doc

    return component


def _token_at(starts: numpy.ndarray, offsets: Sequence[int]) -> numpy.ndarray:
    """Indices of the tokens starting exactly at the given character offsets (others are skipped)."""
    wanted = numpy.asarray(offsets, dtype=starts.dtype)
    at = numpy.searchsorted(starts, wanted)
    inside = at < len(starts)
    at, wanted = at[inside], wanted[inside]
    return at[starts[at] == wanted]


_NEWLINE = re.compile(r"\n")


def _after_line_breaks(starts: numpy.ndarray, text: str) -> numpy.ndarray:
    """Indices of the tokens right after a token holding a line break (the last token has none after it).

    The tokenizer never mixes white space and other characters in a token, so the
    token holding a ``\\n`` is a white-space token: found by its offset, with no
    Python step per token.
    """
    breaks = numpy.asarray([m.start() for m in _NEWLINE.finditer(text)], dtype=starts.dtype)
    holding = numpy.searchsorted(starts, breaks, side="right") - 1  # the token each line break lies in
    after = holding + 1
    return after[after < len(starts)]


@Language.factory("money_detector", assigns=["doc.spans"], default_config={"default_currency": "USD"})
def make_money(nlp: Language, name: str, default_currency: str) -> Callable[[Doc], Doc]:
    """Money amounts and ranges (``doc.spans["money"]``)."""

    def component(doc: Doc) -> Doc:
        currency = doc._.default_currency or default_currency
        add_spans(doc, "money", money.find_money(text_of(doc), default_currency=currency))
        return doc

    return component


@Language.factory("experience_detector", assigns=["doc.spans"])
def make_experience(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Experience ranges (``doc.spans["experience"]``) and seniority words (``["seniority"]``)."""

    def component(doc: Doc) -> Doc:
        add_spans(doc, "experience", experience.find_experience(text_of(doc)))
        add_spans(doc, "seniority", experience.find_seniority(text_of(doc)), label=lambda m: m.value)
        return doc

    return component


@Language.factory("attribution_detector", assigns=["doc.spans"])
def make_attribution(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Attributions to named sources with the scope they cover (``doc.spans["attribution"]``)."""

    def component(doc: Doc) -> Doc:
        found = attribution.find_attributions(text_of(doc))
        scoped = attribution.scope_attributions(text_of(doc), blocks_of(doc), found)
        add_spans(doc, "attribution", scoped, label=lambda a: a.source)
        return doc

    return component


@Language.factory("table_detector", assigns=["doc.spans"])
def make_tables(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Tables from HTML (given by ingest) and from flattened text (``doc.spans["table"]``)."""

    def component(doc: Doc) -> Doc:
        found = [t for t in (tables.from_html(h) for h in doc._.html_tables or ()) if t is not None]
        taken = [(t.start, t.end) for t in found]
        for table in tables.find_text_tables(text_of(doc)):
            if not any(table.start < e and s < table.end for s, e in taken):
                found.append(table)
        found.sort(key=lambda t: t.start)
        add_spans(doc, "table", found, label=lambda t: t.origin)
        doc._.blocks = mark_table_rows(blocks_of(doc), found)
        return doc

    return component


@Language.factory("context_detector", assigns=["doc.spans"])
def make_context(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Roles, locations, employers, years and anaphors (one span group each)."""

    finders = {"role": context.find_roles, "location": context.find_locations, "employer": context.find_employers,
               "year": context.find_years, "anaphor": context.find_anaphors}

    def component(doc: Doc) -> Doc:
        for group, find in finders.items():
            add_spans(doc, group, find(text_of(doc)), label=lambda m: m.value)
        return doc

    return component


@lru_cache(maxsize=1)
def load() -> Language:
    """The spaCy pipeline: blank English with a light tokenizer, plus the rule components, built once.

    The detectors read characters, so the tokenizer (:mod:`extract.tokenizer`) cuts
    only what lets their spans fall on token boundaries: English exceptions and
    affix rules are not needed.
    """
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    for pipe in PIPES:
        nlp.add_pipe(pipe)
    return nlp


RENEW_AFTER = 5000  # documents annotated with one pipeline before a fresh one is built


class _Renewed:
    """The pipeline :func:`annotate` uses, built again every :data:`RENEW_AFTER` documents.

    spaCy's vocabulary keeps a lexeme and a string for every new token it sees
    (every new number), about 6 MB per thousand salary articles: in a run over
    a large corpus the worker would grow without end. Building the pipeline
    again (a fraction of a second) starts from an empty vocabulary.
    """

    def __init__(self) -> None:
        self.nlp: Optional[Language] = None
        self.used = 0

    def __call__(self) -> Language:
        if self.nlp is None or self.used >= RENEW_AFTER:
            if self.nlp is not None:
                load.cache_clear()
            self.nlp, self.used = load(), 0
        self.used += 1
        return self.nlp


_pipeline = _Renewed()


def annotate(document: Document, *, nlp: Optional[Language] = None) -> Doc:
    """Run the pipeline on an ingested document, passing its blocks and HTML tables along."""
    nlp = nlp or _pipeline()
    doc = nlp.make_doc(document.text)
    doc._.text = document.text
    doc._.blocks = document.blocks
    doc._.html_tables = document.html_tables
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc
