"""Link: annotated ``Doc`` -> fact records, each money amount with its context.

Context is read the way SPEC says a careful reader does, nearest first:

1. the amount's *zone*: the part of its sentence between the neighbouring
   amounts (``$119,647 for data scientists and $104,108 for software
   engineers`` gives each amount its own role);
2. the rest of its sentence;
3. for a table cell, its row label and column header; for a list item or a
   table, the intro sentence or caption of the list or table (role only);
4. for a sentence with an anaphor (``Their pay``, ``Salaries``), the previous
   sentence of the same paragraph (role only).

Nothing is read from an unrelated paragraph. Sources come from the attribution
scopes. ``confidence`` records how far the context had to be fetched.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice
from operator import attrgetter
from typing import Any, Callable, Iterable, Iterator, Mapping, Optional, Sequence, TypeVar

from spacy.tokens import Doc

from . import rules
from .attribution import canonical_source, is_known_source, source_at
from .context import find_employer_anaphor, find_job_nouns, find_locations, find_roles, title_acronyms
from .money import currencies_in, find_money
from .patterns import BLANKS, trie
from .experience import (find_experience, find_label_experience, find_label_seniority, find_seniority, names_a_unit,
                         nearest, same_clause)
from .qualifiers import _clause_of_its_own, _clause_openers, dates_rate, exchange_rate, in_relative_clause, names_category, qualifier_rules, qualifiers_of, qualify, qualify_each, statistics_named
from .sentences import Sentence, split_sentences
from .types import Attribution, Block, Cell, Experience, ExperienceRow, Fact, Mention, Money, Qualifiers, Table

ANNUAL_FACTORS = {"year": 1, "month": 12, "week": 52, "day": 260, "hour": 2080}  # SPEC's scaling
PERSONAL_CATEGORIES = {"salary"}  # whose pay: role, seniority, experience and employer attach only to pay

CONFIDENCE = {"own": 0.95, "intro": 0.85, "card": 0.8, "anaphor": 0.7, "previous": 0.7, "description": 0.6}
LABEL_RULE_PENALTY = 0.85  # an amount read without a currency sign, from a pay label

_BULLET = re.compile(r"^[•]\s*")
# between an amount (and its period: "47.700 Euro a year (roughly US$51,000)") and its conversion in brackets
_CONVERSION_GAP = re.compile(r"(?:[ \t]+(?:an?|per|each)[ \t]+[a-z]+|[ \t]*/[ \t]*[a-z]+)?"
                             r"\s*[(\[]\s*(?:or|i\.e\.,?|about|approx\.?|approximately|~)?\s*$")
_COORDINATION = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s+)")  # between two coordinated employers
_GAP = re.compile(r"\n[ \t]*\n")  # a blank line: the edge of a card in a plain-text page
_CARD_SEPARATOR = re.compile(r"\s+[-–—•|·]\s+|\s*\t\s*")  # "Acme Ltd - Austin, TX"
_QUOTE = re.compile(r'"[^"\n]{1,2000}"|“[^”\n]{1,2000}”')  # a quotation within one line
_FIELD_SEPARATOR = re.compile(r"[ \t]+[·|–—-][ \t]+")  # between the fields of a one-line listing
_SEPARATOR_MARK = re.compile(r"[ \t][·|–—-][ \t]")  # the mark of a _FIELD_SEPARATOR, with its blanks (no look-behind: scanned fast)
_TRAILING_REMARK = re.compile(r"\s*\([^()]*\)\s*$")  # a remark in parentheses closing a card line
_CAP_NAME = re.compile(r"[A-Z][\w&.'’-]*(?:\s+(?:(?:&|of(?:\s+the)?)\s+)?[A-Z][\w&.'’-]*){0,4}")  # "City of Avon"
_SHORT_LINE_WORDS = 12
_HEADS_PHRASE = re.compile(r"[ \t]*(?:[^\w \t]|$|(?:in|at|across|with|on|from)\b)", re.M)  # the title ends its
# noun phrase ("reported by nurses, 2024"), it modifies no noun after it ("recruiter data")
_ITEM_BREAK = re.compile(r"[:;]")  # another label or clause among an item's amounts
_LABEL_END = re.compile(r"[^:;\n]{0,40}:[ \t]*")  # a label's rest up to its colon, right before an item's amounts
_POSTING_SECTION_REACH = 16  # blocks of section headings and bullet lists between a posting's description and a list
_NOTE_CLAUSE_BREAK = re.compile(r"[ \t]*;[ \t]*|(?<=[a-z)][.!?])[ \t]+(?=[A-Z])")  # between the clauses of a table note
_SHORT_LABEL = re.compile(r"[ \t]*\w[\w.'’-]*(?:[ \t]+[\w.'’-]+){0,3}[ \t]*:[ \t]*")  # "Max: ", "Base salary: "
# a line of capitalized words (a company, "Example Packaging Inc.") is a card line even with a final period
_TITLE_LINE = re.compile(r"[A-Z][\w&'’.-]*(?:[ \t]+(?:&|of|and|the|[A-Z][\w&'’.-]*)){0,7}")
# what joins an amount to the role it is for: "$119,647 (per year) for data scientists"
_FOR_ROLE = re.compile(r"[ \t]*(?:(?:per|a|an)[ \t]+\w+[ \t]+)?(?:for|among)[ \t]+(?:the[ \t]+|all[ \t]+)?")

T = TypeVar("T")
_SPAN = attrgetter("start", "end")  # records sort by span
_COL = attrgetter("col")


# --------------------------------------------------------------------------- indexes


class Spans:
    """Records of one kind sorted by start, for range queries."""

    def __init__(self, records: Sequence[T]) -> None:
        self.records = sorted(records, key=_SPAN)
        self.starts = [r.start for r in self.records]

    def within(self, start: int, end: int) -> list:
        """Records lying entirely inside [start, end)."""
        i = bisect_left(self.starts, start)
        j = bisect_left(self.starts, end, i)  # records from j on start at or after ``end``
        return [record for record in self.records[i:j] if record.end <= end]

    def containing(self, offset: int):
        """The record whose span contains ``offset`` (records must not overlap)."""
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and self.records[i].start <= offset < self.records[i].end:
            return self.records[i]
        return None


class Buckets:
    """Records of several kinds sorted together: each kind's records inside a span, found in one range query.

    An amount reads every kind from the same few spans (its sentence, its row's
    labels, its list's intro), and amounts share them, so each span is looked up once.
    """

    def __init__(self, spans: dict[str, Spans]) -> None:
        records = [record for of_kind in spans.values() for record in of_kind.records]
        kinds = [kind for kind, of_kind in spans.items() for _ in of_kind.records]
        order = sorted(zip(map(_SPAN, records), range(len(records))))  # ties keep their order: each kind its own
        self.records = [records[n] for _, n in order]
        self.kinds = [kinds[n] for _, n in order]
        self.starts = [record.start for record in self.records]
        self._found: dict[tuple[int, int], dict[str, list]] = {}

    def within(self, start: int, end: int) -> dict[str, list]:
        """Each kind's records lying entirely inside [start, end) (as :meth:`Spans.within`); do not change them."""
        found = self._found.get((start, end))
        if found is None:
            found = self._found[(start, end)] = {}
            i = bisect_left(self.starts, start)
            j = bisect_left(self.starts, end, i)
            for n in range(i, j):
                record = self.records[n]
                if record.end <= end:
                    found.setdefault(self.kinds[n], []).append(record)
        return found


class Sentences:
    """The sentences of a text, split once for the whole text when first asked for.

    A sentence never crosses a line (:mod:`extract.sentences`), so the whole
    text's split is the split of each line; the annotator has usually split
    this very text already (:func:`extract.sentences.split_sentences` caches it).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._spans: Optional[Spans] = None

    def containing(self, offset: int) -> Optional[Sentence]:
        """The sentence whose span contains ``offset``, if any."""
        if offset < 0:
            return None
        if self._spans is None:
            self._spans = Spans(split_sentences(self.text))
        return self._spans.containing(offset)

    def within(self, start: int, end: int) -> list[Sentence]:
        """The sentences lying entirely inside [start, end), in order."""
        if self._spans is None:
            self._spans = Spans(split_sentences(self.text))
        return self._spans.within(start, end)


@dataclass(frozen=True)
class Region:
    """Where an amount's context may be read: its zone, sentence and extra label regions."""

    zone: tuple[int, int]
    sentence: tuple[int, int]
    labels: tuple[tuple[int, int], ...] = ()
    foreign: tuple[tuple[int, int], ...] = ()  # stretches of the sentence whose places are other amounts'


@dataclass
class DocIndex:
    """Everything the linker looks up, indexed once per document."""

    text: str
    sentences: Sentences
    blocks: list[Block]
    block_starts: list[int]
    money: list[Money]
    money_spans: Spans
    mentions: dict[str, Spans]  # by kind: role, seniority, location, employer, year, anaphor, experience
    buckets: Buckets
    attributions: list[Attribution]
    tables: list[Table]
    pay_reports: dict[int, bool] = field(default_factory=dict)  # attribution start -> its sentence gave only pay
    runs: list[tuple[int, int]] = field(default_factory=list)  # per block: first and last block of its list or table run
    cards: dict[int, list[Block]] = field(default_factory=dict)  # block index -> its card (memo of _card)
    quotes: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # block index -> its quotations
    field_lines: dict[int, Any] = field(default_factory=dict)  # block index -> memo of _find_field_line
    intros: dict[Block, bool] = field(default_factory=dict)  # memo of _introduces
    cell_at: Optional[dict[tuple[int, int], tuple[int, Cell]]] = None  # amount span -> table number and cell
    cell_contexts: dict[int, dict[int, "CellContext"]] = field(default_factory=dict)  # table number -> memo of _table_contexts
    arounds: dict[Any, "Around"] = field(default_factory=dict)
    row_arounds: dict[tuple[str, int], "Around"] = field(default_factory=dict)  # memo of _row_around  # table id, list's block run or block index -> memo of _around
    intro_roles: dict[tuple[int, int, int], tuple[Optional[Mention], str]] = field(default_factory=dict)  # memo of _intro_role
    intro_labels: dict["Around", tuple[str, ...]] = field(default_factory=dict)  # memo of _extra_labels without a card
    advertised: list[Optional[Mention]] = field(default_factory=list)  # memo of _advertised_role: [] until found
    amounts_in: dict[tuple[int, int], list[Money]] = field(default_factory=dict)  # span -> amounts inside it
    sentence_texts: dict[tuple[int, int], str] = field(default_factory=dict)  # span -> a fact's sentence text
    stated_statistics: dict[tuple[tuple[tuple[int, int], ...], Optional[str]], bool] = field(default_factory=dict)  # memo
    cell_amounts: dict[int, list[Money]] = field(default_factory=dict)  # id of a cell -> the amounts inside it
    table_rows: list[dict[int, list[Cell]]] = field(default_factory=list)  # per table: row -> its cells by column
    card_names: list[str] = field(default_factory=list)  # the company lines of the job cards and listings read
    excluded_places: frozenset[int] = frozenset()  # starts of the places named as excluded ("outside London")
    post_headers: Optional[list[int]] = None  # block indices of a forum thread's post headers (memo of _post_head)
    post_heads: dict[int, tuple[tuple[int, int], ...]] = field(default_factory=dict)  # header block -> its post's head
    credit_scopes: dict[str, Optional["CreditScopes"]] = field(default_factory=dict)  # table id -> memo of _credit_scopes
    column_words: dict[str, dict[int, frozenset[str]]] = field(default_factory=dict)  # table id -> memo of _column_words
    column_parts: dict[tuple[str, int, tuple[int, int]], tuple[int, int]] = field(default_factory=dict)  # memo of _column_part
    column_names: dict[tuple[str, int, int], frozenset[int]] = field(default_factory=dict)  # memo of _named_columns
    job_nouns: dict[tuple[int, int], list[Mention]] = field(default_factory=dict)  # span -> memo of find_job_nouns
    other_scopes: dict[tuple[int, int], bool] = field(default_factory=dict)  # span -> memo of _other_scope

    @classmethod
    def from_doc(cls, doc: Doc, blocks: Sequence[Block]) -> "DocIndex":
        records = doc._.records or {}

        def values(group: str) -> list:
            return list(records.get(group, ()))

        blocks = sorted(blocks, key=attrgetter("start"))
        tables = sorted(values("table"), key=lambda t: t.start)
        table_rows = [_rows_of(table) for table in tables]
        money = _cell_money(values("money"), tables, table_rows,
                            default_currency=getattr(doc._, "default_currency", None) or "USD")
        money_spans = Spans(money)
        cell_amounts: dict[int, list[Money]] = {}
        rows, label_cells = _glued_rows(tables, table_rows), _label_cells(tables, money_spans, cell_amounts)
        seniority = _with_label_mentions(_with_cell_mentions(values("seniority"), rows, find_seniority),
                                         label_cells, find_label_seniority)
        experience = _with_label_mentions(_with_cell_mentions(values("experience"), rows, find_experience, names_a_unit),
                                          label_cells, label_experience, names_a_unit)
        text = getattr(doc._, "text", None) or doc.text  # joined once by annotate (Doc.text rebuilds it)
        experience = _with_list_labels(experience, text, blocks, money_spans, label_experience)
        # a glued header ("LevelExperienceBerlinMunich") hides place names from the running-text pass
        location = _with_cell_mentions(values("location"), rows, find_locations)
        # ... and titles from row labels ("Claims AnalystCHF 87'500")
        roles = [r for r in _with_row_titles(_split_across_cells(values("role"), tables, find_roles), rows)
                 if not _speaker_role(text, r) and not _counted(text, r)]
        roles, employers = _header_mentions(text, tables, table_rows, money_spans, cell_amounts, roles, values("employer"))
        employers = _not_titles(employers, roles)
        years = _credit_years(text, blocks, tables, _caption_years(text, blocks, tables, values("year")))
        location = [m for m in _outside_names(location, employers) if not _place_in_source_name(m, values("attribution"))]
        excluded = frozenset(m.start for m in location if _excluded_place(text, m))
        location = [m for m in location if m.start not in excluded]
        mentions = {k: Spans(seniority if k == "seniority" else location if k == "location" else roles if k == "role"
                             else employers if k == "employer" else years if k == "year" else values(k))
                    for k in ("role", "seniority", "location", "employer", "year", "anaphor")}
        mentions["experience"] = Spans(experience)
        return cls(
            text=text,
            sentences=Sentences(text),
            blocks=blocks,
            block_starts=[b.start for b in blocks],
            money=sorted(money, key=lambda m: m.start),
            money_spans=money_spans,
            mentions=mentions,
            buckets=Buckets(mentions),
            attributions=values("attribution"),
            tables=tables,
            runs=_runs(blocks),
            cell_amounts=cell_amounts,
            table_rows=table_rows,
            excluded_places=excluded,
        )

    def within(self, kind: str, start: int, end: int) -> Sequence:
        """The records of one kind lying entirely inside [start, end), by start (do not change them)."""
        return self.buckets.within(start, end).get(kind, ())

    def last_in(self, kind: str, start: int, end: int) -> Optional[Any]:
        found = self.buckets.within(start, end).get(kind)
        return found[-1] if found else None

    def amounts(self, start: int, end: int) -> list[Money]:
        """The amounts lying entirely inside [start, end) (do not change the list)."""
        found = self.amounts_in.get((start, end))
        if found is None:
            found = self.amounts_in[(start, end)] = self.money_spans.within(start, end)
        return found

    def in_cell(self, cell: Cell) -> list[Money]:
        """The amounts lying entirely inside a table cell (do not change the list)."""
        return _in_cell(cell, self.money_spans, self.cell_amounts)

    def job_nouns_in(self, start: int, end: int) -> list[Mention]:
        """The bare job nouns of ``text[start:end]`` (:func:`~extract.context.find_job_nouns`, offsets in that
        slice), found once per span: the amounts of a sentence ask of the same one (do not change the list)."""
        found = self.job_nouns.get((start, end))
        if found is None:
            found = self.job_nouns[(start, end)] = find_job_nouns(self.text[start:end])
        return found

    def block_index(self, offset: int) -> int:
        return bisect_right(self.block_starts, offset) - 1

    def sentence(self, offset: int) -> tuple[int, int]:
        found = self.sentences.containing(offset)
        if found is None:
            i = self.block_index(offset)
            block = self.blocks[i] if i >= 0 else None
            return (block.start, block.end) if block else (offset, offset)
        return found.start, found.end


def _runs(blocks: Sequence[Block]) -> list[tuple[int, int]]:
    """For each block, the first and last index of the run of blocks of its kind (a list, table rows)."""
    runs: list[tuple[int, int]] = []
    first = 0
    for i, block in enumerate(blocks):
        if i + 1 == len(blocks) or blocks[i + 1].kind != block.kind:
            runs.extend([(first, i)] * (i + 1 - first))
            first = i + 1
    return runs


@dataclass(frozen=True)
class GluedRow:
    """A row of a table flattened into running text, its cells set apart by a space."""

    cells: list[Cell]  # by column
    starts: list[int]  # where each cell starts in ``text``
    text: str


def _rows_of(table: Table) -> dict[int, list[Cell]]:
    """A table's cells by row, each row's cells by column (once per table, for every reader of its rows)."""
    rows: dict[int, list[Cell]] = {}
    for cell in table.cells:
        rows.setdefault(cell.row, []).append(cell)
    for cells in rows.values():
        cells.sort(key=_COL)
    return rows


def _glued_rows(tables: Sequence[Table], table_rows: Sequence[dict[int, list[Cell]]]) -> list[GluedRow]:
    """The rows of the tables read from running text, table by table (once per document, for every detector)."""
    found: list[GluedRow] = []
    for table, rows in zip(tables, table_rows):
        if table.origin != "text":
            continue
        for cells in rows.values():
            starts, pos = [], 0
            for cell in cells:
                starts.append(pos)
                pos += len(cell.text) + 1
            found.append(GluedRow(cells, starts, " ".join(c.text for c in cells)))
    return found


def _with_cell_mentions(found: list, rows: Sequence[GluedRow], detect: Callable[[str], list],
                        may_match: Optional[Callable[[str], bool]] = None) -> list:
    """Add what a detector finds in the rows of a glued table read cell by cell (``Junior0-2 years``).

    Cells of a flattened table were glued together, so a word or number at a
    cell edge may not look like one in the running text. Each row is read again
    with its cells set apart by a space (:func:`_glued_rows`); a record must lie inside one cell.
    A row that fails ``may_match`` (a necessary condition of a finding) is not read.
    """
    out = list(found)
    taken = Spans(found)
    for row in rows:
        if may_match is not None and not may_match(row.text):
            continue
        cells, starts = row.cells, row.starts
        for record in _detected(detect, row.text):
            n = bisect_right(starts, record.start) - 1
            cell = cells[n]
            if record.end > starts[n] + len(cell.text) or taken.within(cell.start, cell.end):
                continue
            shift = cell.start - starts[n]
            out.append(replace(record, start=record.start + shift, end=record.end + shift))
    return sorted(out, key=_SPAN)


def _cell_money(found: list[Money], tables: Sequence[Table], table_rows: Sequence[dict[int, list[Cell]]], *,
                default_currency: str) -> list[Money]:
    """Read again, cell by cell, a row of a flattened table where an amount crosses a cell edge.

    Glued cells (``CHF 87'000CHF 112'000``) may read in running text as one
    amount with a trailing code (``87'000CHF``), hiding the next cell's amount.
    In such a row the crossing amounts are dropped and every cell holding no
    whole amount is read on its own.
    """
    if not tables or not found:
        return found
    spans = Spans(found)
    dropped: set[int] = set()
    added: list[Money] = []
    for table, rows in zip(tables, table_rows):
        if table.origin != "text" or not spans.within(table.start, table.end + 1):
            continue
        for cells in rows.values():
            laid = [c for c in cells if not index_text_mismatch(c) and c.text.strip()]
            if len(laid) < 2:
                continue
            inside = spans.within(laid[0].start, laid[-1].end)
            crossing = [m for m in inside if not any(c.start <= m.start and m.end <= c.end for c in laid)]
            if not crossing:
                continue
            dropped.update(id(m) for m in crossing)
            kept = [m for m in inside if id(m) not in dropped]
            for cell in laid:
                if any(cell.start <= m.start and m.end <= cell.end for m in kept):
                    continue
                for m in _cell_amounts(cell.text, default_currency):
                    added.append(replace(m, start=m.start + cell.start, end=m.end + cell.start))
    if not dropped:
        return found
    return sorted([m for m in found if id(m) not in dropped] + added, key=_SPAN)


@lru_cache(maxsize=4096)
def _cell_amounts(text: str, default_currency: str) -> tuple[Money, ...]:
    """The amounts of one table cell's text, once per distinct text."""
    return tuple(find_money(text, default_currency=default_currency))


def _with_row_titles(found: list, rows: Sequence[GluedRow]) -> list:
    """Add the title a glued row's label cell is, whole (``Claims AnalystCHF 87'500``): a label that
    merely holds a title (``Offices of Physicians``, an industry) names no one's pay."""
    out = list(found)
    taken = Spans(found)
    for row in rows:
        cell = row.cells[0]
        label = cell.text.strip()
        if not label or taken.within(cell.start, cell.end):
            continue
        titles = _detected(find_roles, label)
        if len(titles) == 1 and (titles[0].text == label or label.endswith(titles[0].text)
                                 and _level_words(label[: titles[0].start])):
            shift = cell.start + cell.text.find(label)
            out.append(replace(titles[0], start=titles[0].start + shift, end=titles[0].end + shift))
    return found if len(out) == len(found) else sorted(out, key=_SPAN)  # the running-text order kept when none is added


def _level_words(text: str) -> bool:
    """Is ``text`` nothing but career-level words ("Newly qualified " of "Newly qualified teacher"), a level
    label's word included ("Graduate " of "Graduate Mining Engineer": a row label names its level)?"""
    label = _detected(find_label_seniority, text.strip()) if text.strip() else None
    if label is not None and label.text == text.strip():
        return True
    levels = _detected(find_seniority, text)
    return bool(levels) and not _WORD.search(re.sub("|".join(re.escape(m.text) for m in levels), " ", text))


def _split_across_cells(found: list, tables: Sequence[Table], detect: Callable[[str], list]) -> list:
    """Read again, cell by cell, a mention the running-text pass found across a table's cell edge.

    A header row ``City<TAB>Server (base wage)`` may read as one title ``City Server``
    that lies in no cell, so no column gets it; each cell it crosses is read on its own.
    Only a mention across a tab (cells written apart): a flattened table's cells
    guessed at a space may split one title, which is then surer than the split.
    """
    if not tables or not found:
        return found
    spans = Spans(found)
    dropped: set[int] = set()
    added: list = []
    for table in tables:
        inside = spans.within(table.start, table.end + 1)
        if not inside:
            continue
        cells = sorted((c for c in table.cells if not index_text_mismatch(c)), key=_SPAN)
        starts = [c.start for c in cells]
        for record in inside:
            n = bisect_right(starts, record.start) - 1
            if n >= 0 and record.end <= cells[n].end:
                continue  # inside one cell
            if n < 0 and record.end <= (cells[0].start if cells else record.end):
                continue  # before the first cell (a caption line)
            if "\t" not in record.text:
                continue  # cells guessed at a space ("Artificial | Intelligence Engineer"): the title is surer
            dropped.add(id(record))
            for cell in cells[max(n, 0):]:
                if cell.start >= record.end:
                    break
                if cell.end <= record.start or spans.within(cell.start, cell.end):
                    continue
                for m in _detected(detect, cell.text):
                    added.append(replace(m, start=m.start + cell.start, end=m.end + cell.start))
    if not dropped:
        return found
    return sorted([r for r in found if id(r) not in dropped] + added, key=_SPAN)


def _outside_names(places: list[Mention], employers: list[Mention]) -> list[Mention]:
    """The places not written inside a longer employer name ("Maple Grove" in "Maple Grove ISD"
    names the district, not where the pay is); a place after a name's possessive is kept
    ("Example Clarke's London office": the mention holds it, the name does not).

    >>> ms = [Mention(0, 11, "Maple Grove", "Maple Grove", "location"), Mention(20, 25, "Texas", "Texas", "location")]
    >>> [m.text for m in _outside_names(ms, [Mention(0, 15, "Maple Grove ISD", "Maple Grove ISD", "employer")])]
    ['Texas']
    """
    if not employers or not places:
        return places
    spans = Spans(employers)
    kept = []
    for p in places:
        e = spans.containing(p.start)
        if e is None or p.end > e.end or e.end - e.start <= p.end - p.start or p.text not in e.value \
                or "'s " in e.text or "’s " in e.text:
            kept.append(p)
    return kept


def _not_titles(employers: list[Mention], roles: list[Mention]) -> list[Mention]:
    """The employers that are no job title: a name read on the same words as a title, or standing for a title the
    page names (``Assistant Vice President (AVP)``, then ``at AVP level``), is a grade, not a company.

    >>> rs = [Mention(0, 24, "Assistant Vice President", "assistant vice president", "role")]
    >>> es = [Mention(40, 43, "AVP", "Assistant Vice President", "employer"), Mention(50, 53, "HBL", "HBL", "employer")]
    >>> [e.text for e in _not_titles(es, rs)]
    ['HBL']
    """
    if not employers or not roles:
        return employers
    titles = {r.value.casefold() for r in roles}
    spans = {(r.start, r.end) for r in roles}
    return [e for e in employers if (e.start, e.end) not in spans and e.value.casefold() not in titles]


def _place_in_source_name(place: Mention, attributions: Sequence[Attribution]) -> bool:
    """Is the place a word of the name of a source its attribution cue names (``According to Gulf News``),
    or the country written before that name (``According to the U.S. Bureau of Labor Statistics``)?

    >>> a = Attribution(0, 49, "According to the U.S. Bureau of Labor Statistics", "Bureau of Labor Statistics",
    ...                 "according to")
    >>> _place_in_source_name(Mention(17, 21, "U.S.", "U.S.", "location"), [a])
    True
    """
    return any(a.start <= place.start and place.end <= a.end
               and (place.text in a.source or a.text[place.end - a.start :].lstrip().startswith(a.source))
               for a in attributions)


_EXCLUSION_REACH = 16  # characters before a place searched for a word excluding it


def _excluded_place(text: str, place: Mention) -> bool:
    """Is the place named as excluded (``outside London``, ``excluding Dublin``): where the amount is not?

    >>> _excluded_place("salaries outside Bergen in 2023", Mention(17, 23, "Bergen", "Bergen", "location"))
    True
    >>> _excluded_place("salaries in Bergen in 2023", Mention(12, 18, "Bergen", "Bergen", "location"))
    False
    """
    return _link_rules().place_exclusion.search(text, max(0, place.start - _EXCLUSION_REACH), place.start) is not None


def _employer_prefix(text: str, names: Mapping[str, Mention]) -> Optional[tuple[Mention, int]]:
    """The document's employer whose name opens ``text`` as whole words, and where its name ends
    (the longest such name; ``names`` by casefolded name).

    >>> m = Mention(0, 6, "Acme", "Acme Inc", "employer")
    >>> _employer_prefix("Acme Air Pilot", {"acme air": m, "acme": m})[1]
    8
    >>> _employer_prefix("Acmeville Pilot", {"acme": m}) is None
    True
    """
    folded = text.casefold()
    best: Optional[tuple[Mention, int]] = None
    for word in _HEADER_WORD_END.finditer(folded):
        found = names.get(folded[: word.start()])
        if found is not None:
            best = (found, word.start())
    return best


def _named_elsewhere(cell_text: str, written: Mapping[str, str]) -> list[Mention]:
    """A glued header cell whose whole text is a title the running text reads elsewhere, in the same written
    form (``CISO`` where the text defines ``Chief information security officer (CISO)``), as that title:
    the cell alone lacks the definition. Offsets in the cell.

    >>> _named_elsewhere("CISOs", {"CISO": "chief information security officer"})[0].value
    'chief information security officer'
    >>> _named_elsewhere("Median", {"CISO": "chief information security officer"})
    []
    """
    text = cell_text.strip()
    value = written.get(text[:-1] if text.endswith("s") else text)
    if value is None:
        return []
    start = cell_text.find(text)
    return [Mention(start, start + len(text), text, value, "role", "role.written_elsewhere")]


_HEADER_WORD_END = re.compile(r"(?<=\w)(?=[ \t]+\S)")  # where a word of a header ends and another follows


def _title_across_blank(text: str, cell: Cell, roles: Sequence[Mention]) -> bool:
    """Does a role found in running text run across an edge of ``cell`` where a blank separates it from
    its neighbour (a flattened table's cells guessed at a space, not glued)?

    >>> t = "Artificial Intelligence Engineer"
    >>> r = [Mention(0, 32, t, "ai engineer", "role")]
    >>> _title_across_blank(t, Cell(0, 0, 0, 10, "Artificial"), r)
    True
    >>> _title_across_blank("Air FOAcme", Cell(0, 1, 6, 10, "Acme"), [Mention(4, 10, "FOAcme", "x", "role")])
    False
    """
    for m in roles:
        if m.end <= cell.start or m.start >= cell.end:
            continue
        if (m.start < cell.start and text[cell.start - 1 : cell.start].isspace()) or (
                m.end > cell.end and text[cell.end : cell.end + 1].isspace()):
            return True
    return False


def _header_mentions(text: str, tables: Sequence[Table], table_rows: Sequence[dict[int, list[Cell]]], amounts: Spans,
                     memo: dict[int, list[Money]], roles: list[Mention],
                     employers: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """Read each column header of a pay table on its own: a company the document names followed by a
    role (``Acme Air Captain``, ``Acme Air FO``) is that employer and that role, and a header of a
    flattened table (cells glued together) is read for its role apart from its neighbours.

    Only the header row of a table whose other rows hold amounts, only headers holding no amount.
    The mentions the running-text pass found across or inside such a header are replaced.
    """
    if not tables:
        return roles, employers
    names = {m.text.casefold(): m for m in employers if m.text}
    written = title_acronyms(text, roles)
    new_roles: list[Mention] = []
    new_employers: list[Mention] = []
    read: list[tuple[int, int]] = []
    for table, rows in zip(tables, table_rows):
        if not table.has_header or not amounts.within(table.start, table.end + 1):
            continue
        for cell in rows.get(0, ()):
            if not cell.text.strip() or index_text_mismatch(cell) or _in_cell(cell, amounts, memo):
                continue
            split = _employer_prefix(cell.text, names) if names else None
            if split is not None:
                employer, cut = split
                found = [replace(m, start=m.start + cut, end=m.end + cut) for m in _detected(find_roles, cell.text[cut:])]
                if not found:
                    continue
                new_employers.append(replace(employer, start=cell.start, end=cell.start + cut))
            elif table.origin == "text":  # a glued header: its words run into the next header's
                if _title_across_blank(text, cell, roles):
                    continue  # cells guessed at a space ("Artificial | Intelligence Engineer"): the title is surer
                found = list(_detected(find_roles, cell.text)) or _named_elsewhere(cell.text, written)
                if not found:
                    continue
            else:
                continue
            new_roles.extend(replace(m, start=m.start + cell.start, end=m.end + cell.start) for m in found)
            read.append((cell.start, cell.end))
    if not read:
        return roles, employers

    def outside(m: Mention) -> bool:
        return all(m.end <= a or m.start >= b for a, b in read)

    roles = sorted([m for m in roles if outside(m)] + new_roles, key=_SPAN)
    employers = sorted([m for m in employers if outside(m)] + new_employers, key=_SPAN)
    return roles, employers


# A year set off by a comma in a table's caption line (``Pay by grade, 2023 (EUR gross)``,
# ``Fees by tenure, 2022 contracts``): the year the table's figures are for.
_CAPTION_YEAR = re.compile(r",[ \t]+(?P<year>(?:19|20)\d\d)(?![\d\-–/.,:'’])(?=[ \t]*(?:$|\(|[A-Za-z]))", re.M)


def _caption_years(text: str, blocks: Sequence[Block], tables: Sequence[Table], years: list[Mention]) -> list[Mention]:
    """Add the comma-set year of the line right above each table (its caption) when no year was found there.

    >>> t = "Pay by role, 2025 (gross)\\nRoleSalary"
    >>> b = [Block(0, 25, "paragraph"), Block(26, 36, "table_row")]
    >>> [m.value for m in _caption_years(t, b, [Table(26, 36, "text", (), True)], [])]
    ['2025']
    >>> _caption_years("Pay, 2018-2025\\nRoleSalary", [Block(0, 14, "paragraph"), Block(15, 25, "table_row")],
    ...                [Table(15, 25, "text", (), True)], [])
    []
    """
    def caption(table: Table, starts: list[int], taken: Spans) -> Iterator[Mention]:
        i = bisect_left(starts, table.start) - 1  # the last block before the table: its caption line
        if i < 0:
            return
        above = blocks[i]
        if above.kind == "table_row" or taken.within(above.start, above.end):
            return
        for m in _CAPTION_YEAR.finditer(text, above.start, above.end):
            yield Mention(m.start("year"), m.end("year"), m.group("year"), m.group("year"), "year", "year.caption")

    return _with_table_line_years(years, blocks, tables, caption)


def _with_table_line_years(years: list[Mention], blocks: Sequence[Block], tables: Sequence[Table],
                           found: Callable[[Table, list[int], Spans], Iterable[Mention]]) -> list[Mention]:
    """``years`` with what ``found(table, block starts, years' spans)`` reads on each table's own lines, in order."""
    if not tables:
        return years
    starts = [b.start for b in blocks]
    taken = Spans(years)
    added = [m for table in tables for m in found(table, starts, taken)]
    return sorted(years + added, key=_SPAN) if added else years


# a year closing a credit clause, after a comma: "..., Q4 2024.", "..., May 2023;" (searched up to the clause end)
_CLAUSE_END_YEAR = re.compile(r",[ \t]+(?:(?:[QH][1-4]|[A-Z][a-z]{2,8}\.?)[ \t]+)?(?P<year>(?:19|20)\d\d)(?=[ \t]*[.;]?[ \t]*$)")


def _credit_years(text: str, blocks: Sequence[Block], tables: Sequence[Table], years: list[Mention]) -> list[Mention]:
    """Add the year closing each clause of the credit line right under a table (``Source: Acme Survey (staff
    medians); weekly packages from our listings, Q3 2019``) when no year was found in that clause.

    >>> t = "RoleSalary\\nSource: Acme (rents); pay from our listings, Q3 2019."
    >>> b = [Block(0, 10, "table_row"), Block(11, len(t), "paragraph")]
    >>> [(m.value, t[m.start:m.end]) for m in _credit_years(t, b, [Table(0, 10, "text", (), True)], [])]
    [('2019', '2019')]
    >>> _credit_years("RoleSalary\\nNote: sizes, 2024 prices", [Block(0, 10, "table_row"), Block(11, 35, "paragraph")],
    ...               [Table(0, 10, "text", (), True)], [])
    []
    """
    def credit(table: Table, starts: list[int], taken: Spans) -> Iterator[Mention]:
        i = bisect_left(starts, table.end)  # the first block after the table: its credit line
        if i >= len(blocks) or blocks[i].kind != "paragraph":
            return
        below = blocks[i]
        if _credit_rules().label.match(text, below.start) is None:
            return
        start = below.start
        for brk in [*_NOTE_CLAUSE_BREAK.finditer(text, below.start, below.end), None]:
            end = brk.start() if brk is not None else below.end
            if end > start and not taken.within(start, end):
                m = _CLAUSE_END_YEAR.search(text, start, end)
                if m is not None:
                    yield Mention(m.start("year"), m.end("year"), m.group("year"), m.group("year"), "year", "year.credit")
            if brk is not None:
                start = brk.end()

    return _with_table_line_years(years, blocks, tables, credit)


def _in_cell(cell: Cell, amounts: Spans, memo: dict[int, list[Money]]) -> list[Money]:
    """The amounts lying entirely inside ``cell``, found once per cell (``memo``: by id of the cell)."""
    found = memo.get(id(cell))
    if found is None:
        found = memo[id(cell)] = amounts.within(cell.start, cell.end)
    return found


def _label_cells(tables: Sequence[Table], amounts: Spans, memo: dict[int, list[Money]]) -> list[Cell]:
    """The cells of tables holding amounts that may be read as labels: not blank, no amount, text fitting their span."""
    return [cell for table in tables if amounts.within(table.start, table.end + 1) for cell in table.cells
            if cell.text.strip() and not _in_cell(cell, amounts, memo) and not index_text_mismatch(cell)]


def _with_label_mentions(found: list, cells: Sequence[Cell], detect: Callable[[str], Optional[T]],
                         may_match: Optional[Callable[[str], bool]] = None) -> list:
    """Add what a whole label cell of a pay table stands for (``Lead``, ``10+ years``, ``Graduate``).

    Only tables holding amounts, only cells without one (:func:`_label_cells`), and
    only cells where nothing was found yet: a level column's bare words are read as labels.
    """
    out = list(found)
    taken = Spans(found)
    for cell in cells:
        if (may_match is not None and not may_match(cell.text)) or taken.within(cell.start, cell.end):
            continue
        record = _detected(detect, cell.text)
        if record is not None:
            out.append(replace(record, start=record.start + cell.start, end=record.end + cell.start))
    return sorted(out, key=_SPAN)


@dataclass(frozen=True)
class LabelRules:
    separator: re.Pattern[str]  # the last separator of a label's parts, blanks around it
    aside: re.Pattern[str]  # a trailing aside in parentheses holding no digit
    list_label: re.Pattern[str]  # "• <label>:" opening a list item
    age: re.Pattern[str]  # a word naming an age, in a list's labels or lead-in


@lru_cache(maxsize=1)
def _label_rules() -> LabelRules:
    where = "rules/link.yaml:label_level"
    data = rules.require(rules.load("link"), "label_level", dict, where="rules/link.yaml")
    seps = _listed(data, "separators", where)
    longest = rules.require(data, "list_label_max_chars", int, where=where)
    sep = "|".join(re.escape(s) for s in seps)
    return LabelRules(
        separator=re.compile(r"[ \t]+(?:" + sep + r")[ \t]+"),
        aside=re.compile(r"[ \t]*\([^()\d]*\)[ \t]*$"),
        list_label=re.compile(r"[ \t]*•[ \t]*(?P<label>[^:\n•]{1,%d}?)[ \t]*:" % longest),
        age=_words_pattern(rules.load("link"), "label_age_words", "rules/link.yaml"),
    )


def label_experience(label: str) -> Optional[Experience]:
    """The experience level a row or list label stands for, read whole or in its last part.

    The label is read as :func:`find_label_experience` reads it, then without a trailing aside
    in parentheses that holds no digit, then after its last separator. Offsets are into ``label``.

    >>> [(e.text, e.start) for e in map(label_experience, ["2-5 years (junior band)", "Band C – 6+ years"])]
    [('2-5 years', 0), ('6+ years', 9)]
    >>> [label_experience(t) for t in ["Band C – Senior", "Degree (4 years)", "Step 3 (top)"]]
    [None, None, None]
    """
    found = find_label_experience(label)
    if found is not None:
        return found
    lr = _label_rules()
    aside = lr.aside.search(label)
    end = aside.start() if aside is not None else len(label)
    if aside is not None and end > 0:
        found = find_label_experience(label[:end])
        if found is not None:
            return found
    cut = None
    for cut in lr.separator.finditer(label, 0, end):
        pass  # the last one
    if cut is not None:
        found = find_label_experience(label[cut.end() : end])
        if found is not None:
            return replace(found, start=found.start + cut.end(), end=found.end + cut.end())
    return None


def _with_list_labels(found: list, text: str, blocks: Sequence[Block], amounts: Spans,
                      detect: Callable[[str], Optional[T]]) -> list:
    """Add what a list item's label stands for: ``• Lead (10+ yrs): $150,000`` is pay at ten years or more.

    Only items stating an amount after the label's colon, with none in the label and nothing
    found in the label yet. A list whose labels or lead-in name an age lists ages: what was
    found in its labels is dropped (``• 20 years: €11.52`` under "Below age 21 ...").
    """
    add: list = []
    drop: list[tuple[int, int]] = []
    taken = Spans(found)
    lr = _label_rules()
    ages: dict[int, bool] = {}  # first block of a list -> does the list or its lead-in name an age
    first = 0
    for i, block in enumerate(blocks):
        if block.kind != "list_item":
            continue
        if i == 0 or blocks[i - 1].kind != "list_item":
            first = i  # the list's first item
        match = lr.list_label.match(text, block.start, block.end)
        if match is None:
            continue
        l0, l1 = match.span("label")
        if amounts.within(l0, l1) or not amounts.within(match.end(), block.end):
            continue
        if first not in ages:
            last = i
            while last + 1 < len(blocks) and blocks[last + 1].kind == "list_item":
                last += 1
            lead = blocks[first - 1].start if first > 0 else blocks[first].start
            ages[first] = lr.age.search(text, lead, blocks[last].end) is not None
        if ages[first]:
            drop.append((l0, l1))
            continue
        if taken.within(l0, l1):
            continue
        record = _detected(detect, text[l0:l1])
        if record is not None:
            add.append(replace(record, start=record.start + l0, end=record.end + l0))
    if not add and not drop:
        return found
    if drop:
        gone = {id(r) for l0, l1 in drop for r in taken.within(l0, l1)}
        found = [r for r in found if id(r) not in gone]
    return sorted([*found, *add], key=_SPAN)


@lru_cache(maxsize=4096)
def _detected(detect: Callable[[str], Any], text: str) -> Any:
    """A pure detector's finding in a table row or cell, once per distinct string (rows repeat across pages)."""
    found = detect(text)
    return tuple(found) if isinstance(found, list) else found


def index_text_mismatch(cell: Cell) -> bool:
    """True when a cell's text cannot be laid over its span (offsets would point elsewhere)."""
    return cell.end - cell.start != len(cell.text)


# --------------------------------------------------------------------------- choosing a mention


def pick(index: DocIndex, kind: str, region: Region, money: Money) -> Optional[Mention]:
    """The mention of one kind that qualifies ``money``: zone, then sentence, then labels."""
    return picks(index, region, money).get(kind)


def picks(index: DocIndex, region: Region, money: Money) -> dict[str, Any]:
    """For each kind, the mention that qualifies ``money``: zone, then sentence, then labels.

    Every kind is read from the same spans, so each span is looked up once for all kinds.
    """
    (z0, z1), (s0, s1) = region.zone, region.sentence
    text = index.text
    inside = s0 <= z0 and z1 <= s1  # the zone lies inside the sentence, so its mentions are among the sentence's
    found: dict[str, Any] = {}
    for kind, in_sentence in index.buckets.within(s0, s1).items():
        if (z0, z1) == (s0, s1):  # a table cell: its own zone and sentence
            in_zone = in_sentence
        else:
            in_zone = [r for r in in_sentence if z0 <= r.start and r.end <= z1] if inside else index.within(kind, z0, z1)
        if kind == "location" and len(in_sentence) > 1 and _topic_label(text, in_sentence[0], s0):
            # "Canada: Job Bank reports ... in Ontario": the line's topic label is wider than a place named in it
            in_zone, in_sentence = [r for r in in_zone if r is not in_sentence[0]], in_sentence[1:]
        if kind == "location" and region.foreign:  # "... and Oregon at $60,000": another clause's place
            in_zone = [r for r in in_zone if not _inside(r, region.foreign)]
            in_sentence = [r for r in in_sentence if not _inside(r, region.foreign)]
        if kind == "location" and len(in_sentence) > 1:  # "in Guadalajara contracting with a US start-up"
            home = [r for r in in_sentence if not _company_origin(text, r)]
            if home and len(home) < len(in_sentence):
                in_zone, in_sentence = [r for r in in_zone if r in home], home
        if kind == "location" and not in_zone and in_sentence and s0 < z0 and (z0, z1) != (s0, s1) \
                and index.amounts(s0, z0) and _OWNER.search(text, z0, money.start) is not None:
            # "California's minimum wage is $16.50 and Washington's is $16.66": a later clause's own owner
            in_sentence = [r for r in in_sentence if r.start >= z0]
        if kind == "location" and in_zone:  # "$60,000 a year in Ohio": the place attached to the amount
            attached = _attached_place(text, money, in_zone)
            if attached is not None:
                found[kind] = attached
                continue
        if kind == "location" and len(in_sentence) > 1:
            # "850 € in Lyon and about 700 € in Toulouse, which is why ... trade 6 000 €": places set each to its
            # amount are theirs, not a later amount's
            others = [m for m in index.amounts(s0, s1) if m is not money and m.end <= money.start]
            if len(others) > 1:
                free = _not_attached(text, others, in_sentence)
                if len(in_sentence) - len(free) > 1:
                    in_zone, in_sentence = [r for r in in_zone if r in free], free
        if kind == "year" and in_zone:  # "₱33,575 a month in 2022 and ₱35,097 in 2023": each its own year
            attached = _attached_year(text, money, in_zone)
            if attached is not None:
                found[kind] = attached
                continue
        if kind == "role" and len(in_sentence) > len(in_zone) and _FOR_ROLE.match(text, money.end) is not None:
            # "€20.87 for a journeyman, rising to €23.62 for a Vorarbeiter (foreman)": an amount saying whom it is for
            # leaves the title the later amount is for to that amount (an earlier amount's "for" title, "$38.00 for
            # electricians, with low wages around $25.00", and one shared by "or" amounts go on)
            others = [m for m in index.amounts(s0, s1) if m.start >= max(z1, money.end)]
            in_sentence = [r for r in in_sentence if r in in_zone or not any(_role_for(text, m, r) for m in others)]
        if kind == "role" and not in_zone and in_sentence and z1 < s1 and (z0, z1) != (s0, s1):
            # "Brokers reported $69,800, while sales agents came in at $41,000": a title in the clause a contrast
            # opens for a later amount is that amount's subject, not the earlier amount's
            later = next((m for m in index.money_spans.within(z1, s1) if m.start >= money.end), None)
            if later is not None and z1 < later.start:
                in_sentence = [r for r in in_sentence if r.end <= z1]
        if kind == "employer" and in_sentence:
            # "In Memphis, home to Acme's air hub, the average is $17.80": a company in an aside describing a
            # place is that place's landmark, not the payer
            places = index.within("location", s0, s1)
            if places:
                kept = [r for r in in_sentence if not _in_place_aside(text, r, places, money)]
                if len(kept) < len(in_sentence):
                    in_zone, in_sentence = [r for r in in_zone if r in kept], kept
        if kind == "role" and len(in_sentence) > 1:
            # "the wage for HVAC technicians (the agency's category is "... mechanics ...") was $57,300": a title
            # in an aside the amount stands outside of glosses or renames the title the sentence names outside it
            told = _outside_asides(text, money, in_sentence, s0, s1)
            if told and len(told) < len(in_sentence):
                in_zone, in_sentence = [r for r in in_zone if r in told], told
        for candidates in (in_zone, in_sentence):
            if candidates:
                mention = nearest(candidates, money.start, money.end, text=text)
                if mention is not None:
                    found[kind] = mention
                    break
    if not inside:
        for kind, in_zone in index.buckets.within(z0, z1).items():
            if kind not in found and not index.within(kind, s0, s1):
                mention = nearest(in_zone, money.start, money.end, text=text)
                if mention is not None:
                    found[kind] = mention
    for start, end in region.labels:
        for kind, in_label in index.buckets.within(start, end).items():
            if kind not in found:
                found[kind] = in_label[0]
    excluded = _link_rules().excluded_after.match(text, money.end) if "location" in found else None
    if excluded is not None and excluded.end() in index.excluded_places:
        del found["location"]  # "£26,068 in London and £23,122 a year outside London": everywhere but there
    return found


_ASIDE = re.compile(r"\([^()\n]*\)")  # a parenthesis: an aside within a sentence
# a coordinated clause opening on a capitalized name in the possessive, the owner of what the clause tells
# ("and Washington's is $16.66", "; Ohio's starts at"); not a source's name after a comma ("Lindsey & Africa's")
_OWNER = re.compile(r"(?:;|(?<!\w)(?:and|but|while|whereas)(?!\w))[ \t]+[A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*)*['’]s(?!\w)")

@lru_cache(maxsize=1)
def _place_aside() -> re.Pattern[str]:
    """A comma-set aside right after a place that describes it by what it hosts, ``place_landmarks`` of
    rules/link.yaml (``, home to Acme's air hub,``): no amount and no clause break inside."""
    heads = _phrase_alternation(_listed(rules.load("link"), "place_landmarks", "rules/link.yaml"))
    return re.compile(r",[ \t]+(?:" + heads + r")[ \t]+[^,;:()\n\d]{1,80}?,", re.I)


def _in_place_aside(text: str, employer: Mention, places: Sequence[Mention], money: Money) -> bool:
    """Is ``employer`` named in an aside describing the place right before it by what it hosts (the amount
    standing outside)?

    >>> t = "In Memphis, home to Acme's air hub, the average is $17.80, and Acme, in Ohio, pays $19."
    >>> places = [Mention(t.index(w), t.index(w) + len(w), w, w, "location") for w in ("Memphis", "Ohio")]
    >>> [_in_place_aside(t, Mention(i, i + 4, "Acme", "Acme", "employer"), places,
    ...                  Money(t.index(a), t.index(a) + len(a), a, None, None, None))
    ...  for i, a in ((t.index("Acme"), "$17.80"), (t.rindex("Acme"), "$19"))]
    [True, False]
    """
    for place in places:
        if place.end > employer.start:
            break
        aside = _place_aside().match(text, place.end)
        if aside is not None and employer.end < aside.end() and not place.end <= money.start < aside.end():
            return True
    return False


def _outside_asides(text: str, money: Money, mentions: Sequence[Mention], s0: int, s1: int) -> list[Mention]:
    """The mentions not inside an aside of the sentence ``s0..s1``: a parenthesis not holding the amount, and
    more than the mention alone (``Vorarbeiter (foreman)`` glosses a title: the gloss is kept).

    >>> t = "Pay for fitters (the survey says mechanics) was $9."
    >>> ms = [Mention(t.index(w), t.index(w) + len(w), w, w, "role") for w in ("fitters", "mechanics")]
    >>> [m.text for m in _outside_asides(t, Money(t.index("$9"), t.index("$9") + 2, "$9", None, None, None), ms, 0, len(t))]
    ['fitters']
    """
    asides = [m.span() for m in _ASIDE.finditer(text, s0, s1) if not (m.start() <= money.start and money.end <= m.end())]
    return [r for r in mentions if not any(a0 < r.start and r.end <= a1 and text[a0 + 1 : a1 - 1].strip() != r.text
                                           for a0, a1 in asides)]


_GLOSSED = re.compile(r"(?:[\w'’.-]+[ \t]+){0,2}?(?:[\w'’.-]+[ \t]*\([ \t]*)?")  # "Vorarbeiter (" before "foreman"


def _role_for(text: str, money: Money, role: Mention) -> bool:
    """Is ``role`` the title the amount is for, joined to it by ``for`` (``$23.62 for a foreman``, ``€23 for a
    Vorarbeiter (foreman)``)?

    >>> t = "€20 for a Geselle, rising to €23 for a Vorarbeiter (foreman)"
    >>> r = Mention(t.index("foreman"), len(t) - 1, "foreman", "foreman", "role")
    >>> [_role_for(t, Money(t.index(a), t.index(a) + 3, a, None, None, None), r) for a in ("€20", "€23")]
    [False, True]
    """
    joined = _FOR_ROLE.match(text, money.end)
    return joined is not None and joined.end() <= role.start \
        and _GLOSSED.fullmatch(text, joined.end(), role.start) is not None


@dataclass(frozen=True)
class CompanyOrigin:
    before: re.Pattern[str]  # the preposition and article right before the place (search, to $)
    after: re.Pattern[str]  # up to two words and a company noun right after it (match at its end)


@lru_cache(maxsize=1)
def _company_origin_rules() -> CompanyOrigin:
    """``company_origin_before`` and ``company_nouns`` of rules/link.yaml."""
    where, data = "rules/link.yaml", rules.load("link")
    nouns, preps = _listed(data, "company_nouns", where), _listed(data, "company_origin_before", where)
    return CompanyOrigin(
        re.compile(r"(?<![\w-])(?:" + "|".join(_spaced(p) for p in preps) + r")[ \t]+(?:(?:an?|the)[ \t]+)?$", re.I),
        re.compile(r"[ \t]+(?:[\w&'’-]+[ \t]+){0,2}?(?:" + "|".join(_spaced(n) for n in nouns) + r")(?![\w-])", re.I))


def _company_origin(text: str, place: Mention) -> bool:
    """Does the place say where the company a worker serves is from (``for a US SaaS start-up``)?

    >>> t = "in Lyon for a US SaaS start-up, or for US companies, in US dollars; Paris start-ups pay less"
    >>> [_company_origin(t, Mention(t.index(w), t.index(w) + len(w), w, w, "location")) for w in ("Lyon", "US", "Paris")]
    [False, True, False]
    >>> _company_origin(t, Mention(t.rindex("US"), t.rindex("US") + 2, "US", "US", "location"))
    False
    """
    found = _company_origin_rules()
    return found.after.match(text, place.end) is not None and \
        found.before.search(text, max(0, place.start - 16), place.start) is not None


def _topic_label(text: str, mention: Mention, sentence_start: int) -> bool:
    """Is the mention the label that opens its sentence, before a colon (``Canada: ...``)?

    >>> _topic_label("Canada: pay rose", Mention(0, 6, "Canada", "Canada", "location"), 0)
    True
    >>> _topic_label("Pay in Canada: up", Mention(7, 13, "Canada", "Canada", "location"), 0)
    False
    """
    return text.startswith(":", mention.end) and not text[sentence_start : mention.start].strip(" \t•")


@dataclass(frozen=True)
class LinkRules:
    intro: re.Pattern[str]
    describe_from_next_paragraph: bool
    card_max_lines: int
    card_not_names: frozenset[str]
    intro_statistic: re.Pattern[str]
    statistic_word: re.Pattern[str]
    hiring: re.Pattern[str]  # a hiring cue and the describing words a role may follow it by
    table_note: re.Pattern[str]  # the label of a note under a table ("Source:", "Note:")
    intro_earlier: Optional[re.Pattern[str]] = None  # a cue introducing from before a paragraph's last sentence
    speaker_roles: frozenset[str] = frozenset()  # words of titles of people who report others' pay
    speech_after: re.Pattern[str] = re.compile(r"(?!)")  # a speech verb right after a title ("recruiters say")
    speech_before: re.Pattern[str] = re.compile(r"(?!)")  # a speech verb right before it ("says recruiter ...")
    first_person: re.Pattern[str] = re.compile(r"(?!)")  # a company speaking of itself ("we", "our", "here")
    own_page_first_person: int = 3  # first-person words that make a page the company's own
    public_pay: re.Pattern[str] = re.compile(r"(?!)")  # pay set by law, no company's ("minimum wage")
    restated: re.Pattern[str] = re.compile(r"(?!)")  # the gap of "C$128,000 base comes to about US$94,000" (fullmatch)
    headcount: re.Pattern[str] = re.compile(r"(?!)")  # a head count right before a title ("with 2,340 lawyers"), to $
    or_restated: re.Pattern[str] = re.compile(r"(?!)")  # the gap of "$0.47 per mile, or roughly $960 a week" (fullmatch)
    pay_scale: re.Pattern[str] = re.compile(r"(?!)")  # a pay scale named without whose it is ("salary schedule")
    prior_value: re.Pattern[str] = re.compile(r"(?!)")  # the gap of "rises to $47,310, up from $44,980" (fullmatch)
    caption_max_words: int = _SHORT_LINE_WORDS  # a line right above a table, no sentence, is its caption up to this
    hr_page: re.Pattern[str] = re.compile(r"(?!)")  # an HR / pay-plan page's cue in its first lines ("Human Resources")
    hr_lines: int = 3  # the first lines read for it
    self_noun: re.Pattern[str] = re.compile(r"(?!)")  # the kind of organisation a name names ("City" of "City of ...")
    figure_anaphor: re.Pattern[str] = re.compile(r"(?!)")  # a figure of the sentence before ("that figure", "a lower median")
    byline: re.Pattern[str] = re.compile(r"(?!)")  # the start of a byline ("By Jo Smith · Updated ...")
    copyright: re.Pattern[str] = re.compile(r"(?!)")  # the start of a copyright footer ("© 2025 Acme Inc. ...")
    definite_statistic: re.Pattern[str] = re.compile(r"(?!)")  # "the median wage", "the lowest 25 percent"
    counted_things: re.Pattern[str] = re.compile(r"(?!)")  # right after a title: what a count counts ("vacancies")
    not_answer_pay: re.Pattern[str] = re.compile(r"(?!)")  # an answer's amount that is no one job's pay ("ceiling")
    not_carried: re.Pattern[str] = re.compile(r"(?!)")  # a sentence's subject that is no job of the sentence before ("someone")
    sentence_restatement: re.Pattern[str] = re.compile(r"(?!)")  # "That is " opening a sentence, up to its amount
    restatement_reach: int = 1  # sentences back in the section searched for the amount a restatement restates
    named_restatement: re.Pattern[str] = re.compile(r"(?!)")  # "That 2025 average works out to ", "the annual equivalent at " (to $)
    place_exclusion: re.Pattern[str] = re.compile(r"(?!)")  # right before a place: "outside ", to $
    back_reference: re.Pattern[str] = re.compile(r"(?!)")  # "the " before an amount, then "monthly average" after it
    back_reference_before: re.Pattern[str] = re.compile(r"(?!)")  # "the " right before an amount (search, to $)
    excluded_after: re.Pattern[str] = re.compile(r"(?!)")  # right after an amount: " a year outside " (match)
    title_contrast: re.Pattern[str] = re.compile(r"(?!)")  # "vs." between titles ("Apprentice vs. Master Technician")
    other_measure: re.Pattern[str] = re.compile(r"(?!)")  # a column of another measure than the intro's ("Typical range")
    note_sentence: re.Pattern[str] = re.compile(r"(?!)")  # a sentence opening as a table's note ("All figures are "), match


@lru_cache(maxsize=1)
def _link_rules() -> LinkRules:
    where = "rules/link.yaml"
    data = rules.load("link")
    cues = rules.unique(rules.require(data, "intro_cues", list, where=where), where=where)
    pattern = re.compile(r"(?:" + "|".join(rf"\b{re.escape(c)}\b" for c in cues) + r")|:\s*$", re.I)
    card = rules.require(data, "card", dict, where=where)
    max_lines = rules.require(card, "max_lines", int, where=f"{where}:card")
    not_names = rules.unique(rules.require(card, "not_names", list, where=f"{where}:card"), where=f"{where}:card.not_names")
    stat = rules.require(data, "intro_statistic", dict, where=where)
    words = rules.unique(rules.require(stat, "words", list, where=f"{where}:intro_statistic"), where=f"{where}:intro_statistic.words")
    nouns = rules.unique(rules.require(stat, "pay_nouns", list, where=f"{where}:intro_statistic"), where=f"{where}:intro_statistic.pay_nouns")
    word = r"\b(?:" + "|".join(re.escape(w) for w in words) + r")"
    statistic = re.compile(word + r"[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:" + "|".join(re.escape(n) for n in nouns) + r")\b", re.I)
    hiring_cues = rules.unique(rules.require(data, "hiring_cues", list, where=where), where=f"{where}:hiring_cues")
    reach = rules.require(data, "hiring_reach_words", int, where=where)
    hiring = re.compile(r"\b(?P<cue>(?i:" + "|".join(re.escape(c) for c in hiring_cues) + r"))[ \t]+(?:[\w.'’/-]+[ \t]+){0,%d}" % reach)
    note_labels = rules.unique(rules.require(data, "table_note_labels", list, where=where), where=f"{where}:table_note_labels")
    labelled = r"(?<!\w)(?:" + "|".join(re.escape(n) for n in note_labels) + r")[ \t]*:"
    subjects = rules.unique(rules.require(data, "table_note_subjects", list, where=where), where=f"{where}:table_note_subjects")
    note_verbs = rules.unique(rules.require(data, "table_note_verbs", list, where=where), where=f"{where}:table_note_verbs")
    described = (r"(?:" + "|".join(re.escape(n).replace(r"\ ", r"[ \t]+") for n in subjects) + r")[ \t]+(?:"
                 + "|".join(re.escape(v) for v in note_verbs) + r")\b")
    table_note = re.compile(labelled + r"|^[ \t]*" + described, re.I | re.M)
    earlier = rules.unique(rules.require(data, "intro_cues_earlier", list, where=where), where=f"{where}:intro_cues_earlier")
    intro_earlier = re.compile("|".join(rf"\b{re.escape(c)}\b" for c in earlier), re.I) if earlier else None
    speech, said = rules.load("speech"), "rules/speech.yaml"
    speakers = rules.unique(rules.require(speech, "speaker_roles", list, where=said), where=f"{said}:speaker_roles")
    verbs = [*rules.require(speech, "quote_verbs", list, where=said), *rules.require(speech, "opinion_verbs", list, where=said)]
    observed = rules.unique(rules.require(data, "observer_verbs", list, where=where), where=f"{where}:observer_verbs")
    verb = "(?:" + "|".join(re.escape(v) for v in rules.unique([*verbs, *(v for v in observed if v not in verbs)],
                                                               where=f"{said}:verbs")) + ")"
    listeners = set(rules.require(speech, "listener_verbs", list, where=said))
    verb_before = "(?:" + "|".join(re.escape(v) for v in verbs if v not in listeners) + ")"  # "told the recruiter": the listener
    first = rules.unique(rules.require(speech, "first_person", list, where=said), where=f"{said}:first_person")
    own = rules.require(data, "own_page", dict, where=where)
    public = rules.unique(rules.require(own, "public_pay", list, where=f"{where}:own_page"), where=f"{where}:own_page.public_pay")
    restatement = rules.require(data, "restatement", dict, where=where)
    links = rules.unique(rules.require(restatement, "verbs", list, where=f"{where}:restatement"), where=f"{where}:restatement.verbs")
    # an approximation word ("about US$150,000") is part of the amount's span, so no gap holds one
    restated = re.compile(r"[ \t]+(?:[A-Za-z-]+[ \t]+){0,2}?(?:" + "|".join(_spaced(v) for v in links) + r")[ \t]+", re.I)
    counted = rules.require(data, "headcount", dict, where=where)
    after = rules.unique(rules.require(counted, "after", list, where=f"{where}:headcount"), where=f"{where}:headcount.after")
    then = rules.unique(rules.require(counted, "then", list, where=f"{where}:headcount"), where=f"{where}:headcount.then")
    headcount = re.compile(r"(?<![\w-])(?:" + "|".join(_spaced(w) for w in after) + r")[ \t]+(?!(?:19|20)\d\d\b)"
                           r"(?:\d{1,3}(?:,\d{3})+|\d{1,7})(?:[ \t]+(?:" + "|".join(_spaced(w) for w in then)
                           + r"))?[ \t]+$", re.I)
    return LinkRules(pattern, bool(data.get("describe_from_next_paragraph", False)), max_lines,
                     frozenset(str(n).casefold() for n in not_names), statistic, re.compile(word + r"\b", re.I), hiring,
                     table_note, intro_earlier, frozenset(str(w).casefold() for w in speakers),
                     re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?" + verb + r"\b", re.I),
                     re.compile(r"\b" + verb_before + r"[ \t]+(?:the[ \t]+)?$", re.I),
                     re.compile(r"\b(?:" + "|".join(re.escape(w) for w in first) + r")\b", re.I),
                     rules.require(own, "first_person_min", int, where=f"{where}:own_page"),
                     re.compile(r"\b(?:" + "|".join(re.escape(w) for w in public) + r")\b", re.I),
                     restated, headcount,
                     re.compile(r"[ \t]*(?:[\w/.-]+[ \t]+){0,3}?[\w/.-]*,[ \t]*or[ \t]+", re.I),
                     _pay_scale_pattern(data, where), _prior_value_pattern(data, where),
                     rules.require(data, "caption_max_words", int, where=where),
                     _words_pattern(own, "hr_words", f"{where}:own_page"),
                     rules.require(own, "hr_lines", int, where=f"{where}:own_page"),
                     _words_pattern(own, "self_nouns", f"{where}:own_page"),
                     _figure_anaphor_pattern(data, where),
                     _line_start_pattern(data, "byline_starts", where, then=r"[ \t]+[A-Z]"),
                     _line_start_pattern(data, "copyright_starts", where, then=r"[ \t\d]"),
                     definite_statistic=_definite_statistic_pattern(data, where),
                     counted_things=re.compile(r"[ \t]+(?:" + "|".join(_spaced(w) for w in rules.unique(
                         rules.require(counted, "things", list, where=f"{where}:headcount"),
                         where=f"{where}:headcount.things")) + r")\b", re.I),
                     not_answer_pay=_words_pattern(data, "not_answer_pay", where),
                     not_carried=_words_pattern(data, "not_carried", where),
                     sentence_restatement=_restatement_pattern(data, where),
                     restatement_reach=rules.require(data, "sentence_restatement_reach", int, where=where),
                     named_restatement=_named_restatement_pattern(data, where),
                     place_exclusion=re.compile(r"(?<![\w-])(?:" + "|".join(_spaced(w) for w in sorted(rules.unique(
                         rules.require(data, "place_exclusion", list, where=where), where=f"{where}:place_exclusion"),
                         key=len, reverse=True)) + r")[ \t]+(?:the[ \t]+)?$", re.I),
                     excluded_after=re.compile(_PERIOD_AFTER + r"[ \t]+" + _words_pattern(
                         data, "place_exclusion", where).pattern + r"[ \t]", re.I),
                     title_contrast=_words_pattern(data, "title_contrasts", where),
                     other_measure=_words_pattern(stat, "other_measures", f"{where}:intro_statistic"),
                     note_sentence=re.compile(r"[ \t*_]*" + described, re.I),
                     **_back_reference_patterns(data, where))


def _line_start_pattern(data: Mapping[str, Any], key: str, where: str, *, then: str) -> re.Pattern[str]:
    """One of the words under ``key`` opening a line (after blanks or emphasis marks), as written
    (case-sensitive), then what ``then`` matches: "By Jo Smith", not "By 2026" or "by now".

    >>> p = _line_start_pattern({"k": ["By", "©"]}, "k", "t", then=r"[ ]+[A-Z0-9]")
    >>> [bool(p.match(t)) for t in ("By Jo Smith · Updated", "*© 2025 Acme Inc.", "Bye now", "Paid by Acme", "by now")]
    [True, True, False, False, False]
    """
    words = rules.unique(rules.require(data, key, list, where=where), where=f"{where}:{key}")
    return re.compile(r"[ \t]*(?:[*_]+[ \t]*)?(?:" + _phrase_trie(words)
                      + r")(?=" + then + ")")


def _figure_anaphor_pattern(data: Mapping[str, Any], where: str) -> re.Pattern[str]:
    """A phrase pointing back at a figure just given: a determiner or comparative then a figure noun.

    >>> p = _figure_anaphor_pattern({"figure_anaphor": {"before": ["that", "a lower"], "nouns": ["figure", "median"]}}, "t")
    >>> bool(p.search("London pushes that figure up")), bool(p.search("a lower median of $5")), bool(p.search("the figure"))
    (True, True, False)
    >>> bool(p.search("In that May 2023 figure")), bool(p.search("says that the median")), bool(p.search("that new figure"))
    (True, False, False)
    >>> p = _figure_anaphor_pattern({"figure_anaphor": {"before": ["that"], "nouns": ["figure"], "sentence_verbs": ["puts"]}}, "t")
    >>> bool(p.search("Pay rose. That puts their pay at")), bool(p.search("Pay rose, and that puts")), bool(p.search("so That puts"))
    (True, False, False)
    """
    section = rules.require(data, "figure_anaphor", dict, where=where)
    before = rules.unique(rules.require(section, "before", list, where=f"{where}:figure_anaphor"), where=f"{where}:figure_anaphor.before")
    nouns = rules.unique(rules.require(section, "nouns", list, where=f"{where}:figure_anaphor"), where=f"{where}:figure_anaphor.nouns")
    verbs = section.get("sentence_verbs") or []
    # a demonstrative opening a sentence as its subject, then one of ``sentence_verbs``: "That puts their ... at"
    opener = (r"|(?<![\w,;:’'-])(?<![\w,;:’'-][ \t])(?-i:That|This)[ \t]+(?:" + _phrase_trie(
        rules.unique(verbs, where=f"{where}:figure_anaphor.sentence_verbs")) + r")\b") if verbs else ""
    # up to three capitalized words or numbers may name the report between them ("the same May 2023 survey")
    return re.compile(r"\b(?:" + _phrase_trie(before) + r")[ \t]+(?-i:[A-Z0-9][\w'’.-]*[ \t]+){0,3}(?:"
                      + _phrase_trie(nouns) + r")\b" + opener, re.I)


def _definite_statistic_pattern(data: Mapping[str, Any], where: str) -> re.Pattern[str]:
    """A statistic of the pay just named, with ``the``: one of ``definite_statistic.words`` then up to two
    words and a pay noun of ``intro_statistic.pay_nouns`` ("the median wage", "The mean annual wage") or
    one of ``definite_statistic.verbs`` ("the median is"), or
    one of ``definite_statistic.percentiles`` then a share ("The lowest 25 percent", "the top 10%").

    >>> data = {"definite_statistic": {"words": ["the median"], "percentiles": ["the lowest"], "verbs": ["is"]},
    ...         "intro_statistic": {"pay_nouns": ["wage", "pay"]}}
    >>> p = _definite_statistic_pattern(data, "t")
    >>> [bool(p.search(t)) for t in ("Statewide, the median wage is", "the median gross hourly pay",
    ...                               "The lowest 25 percent made", "the median officer", "the lowest grade",
    ...                               "the median is $5", "the median isn't")]
    [True, True, True, False, False, True, False]
    """
    section = rules.require(data, "definite_statistic", dict, where=where)
    words = rules.unique(rules.require(section, "words", list, where=f"{where}:definite_statistic"),
                         where=f"{where}:definite_statistic.words")
    shares = rules.unique(rules.require(section, "percentiles", list, where=f"{where}:definite_statistic"),
                          where=f"{where}:definite_statistic.percentiles")
    nouns = rules.require(rules.require(data, "intro_statistic", dict, where=where), "pay_nouns", list,
                          where=f"{where}:intro_statistic")
    verbs = rules.unique(rules.require(section, "verbs", list, where=f"{where}:definite_statistic"),
                         where=f"{where}:definite_statistic.verbs")
    return re.compile(r"\b(?:" + _phrase_trie(words) + r")(?:(?:[ \t]+[\w-]+){0,2}?[ \t]+(?:"
                      + _phrase_trie(nouns) + r")|[ \t]+(?:"
                      + _phrase_trie(verbs) + r"))\b|\b(?:"
                      + _phrase_trie(shares) + r")[ \t]+\d{1,2}(?:[ \t]*%|[ \t]+per[ \t]*cent\b)",
                      re.I)


def _listed(data: Mapping[str, Any], key: str, where: str) -> list[str]:
    """The distinct phrases listed under ``key`` (a missing key, a non-list or a repeat raises)."""
    return [str(w) for w in rules.unique(rules.require(data, key, list, where=where), where=f"{where}.{key}")]


def _words_pattern(data: Mapping[str, Any], key: str, where: str) -> re.Pattern[str]:
    """Any of the phrases listed under ``key``, as whole words, any case (longest first).

    >>> p = _words_pattern({"w": ["pay plan", "hr"]}, "w", "t")
    >>> [m.group() for m in p.finditer("HR > Pay  plan; three")]
    ['HR', 'Pay  plan']
    """
    words = _listed(data, key, where)
    return re.compile(r"(?<!\w)(?:" + _phrase_trie(words) + r")(?!\w)", re.I)


def _phrase_trie(words: Iterable[object], **edges: Callable[[str], str]) -> str:
    """:func:`~extract.patterns.longest_first` of the phrases as a trie: the same matches (longest first), but
    ``re`` follows one branch a character instead of trying every phrase at every position of a text.
    ``edges``: the ``head`` and ``tail`` of :func:`~extract.patterns.trie`."""
    return trie([" ".join(str(w).split()) for w in words], blank=BLANKS, **edges)


def _prior_value_pattern(data: Mapping[str, Any], where: str) -> re.Pattern[str]:
    """The gap between an amount and its earlier value: a comma and one of ``prior_value`` (``, up from``;
    an approximation word after it is part of the earlier amount's span).

    An appositive naming the amount may stand between (``£12.21 per hour, the new legal minimum, up from``).

    >>> p = _prior_value_pattern({"prior_value": ["up from"]}, "t")
    >>> bool(p.fullmatch(", up from ")), bool(p.fullmatch(" and ")), bool(p.fullmatch(", up from the "))
    (True, False, False)
    >>> bool(p.fullmatch(" per hour, the new legal minimum, up from ")), bool(p.fullmatch(", and seniors, up from "))
    (True, False)
    """
    cues = rules.unique(rules.require(data, "prior_value", list, where=where), where=f"{where}:prior_value")
    appositive = r"(?:[ \t]+(?:per|a|an)[ \t]+\w+)?(?:[ \t]*,[ \t]*(?:the|an?)[ \t]+[^\W\d_][^,;:.()\n]{0,60}?)?"
    return re.compile(appositive + r"[ \t]*[,;(][ \t]*(?:" + "|".join(_spaced(c) for c in cues) + r")[ \t]+", re.I)


def _pay_scale_pattern(data: Mapping[str, Any], where: str) -> re.Pattern[str]:
    """The nouns of ``pay_scale_nouns`` as one whole-word, case-insensitive pattern."""
    nouns = rules.unique(rules.require(data, "pay_scale_nouns", list, where=where), where=f"{where}:pay_scale_nouns")
    return re.compile(r"\b(?:" + "|".join(_spaced(n) for n in nouns) + r")\b", re.I)


def _back_reference_patterns(data: Mapping[str, Any], where: str) -> dict[str, re.Pattern[str]]:
    """A definite amount naming what it is (``the $52,000 median``, rules/link.yaml ``back_reference``): the
    word before it (searched, anchored at the amount) and the words after it (matched at its end).

    >>> p = _back_reference_patterns({"back_reference": {"before": ["the"], "periods": ["monthly"],
    ...                                                  "nouns": ["average"]}}, "t")
    >>> bool(p["back_reference_before"].search("so the ")), bool(p["back_reference"].match(" monthly average is"))
    (True, True)
    >>> bool(p["back_reference_before"].search("then ")), bool(p["back_reference"].match(" monthly bonus"))
    (False, False)
    """
    ref = rules.require(data, "back_reference", dict, where=where)
    before, periods, nouns = (_listed(ref, key, f"{where}:back_reference") for key in ("before", "periods", "nouns"))
    return {"back_reference_before": re.compile(r"(?<![\w-])(?:" + "|".join(_spaced(w) for w in before) + r")[ \t]+$", re.I),
            "back_reference": re.compile(r"[ \t]+(?:(?:" + "|".join(_spaced(w) for w in periods) + r")[ \t]+)?(?:"
                                         + "|".join(_spaced(w) for w in nouns) + r")\b", re.I)}


def _restatement_pattern(data: Mapping[str, Any], where: str) -> re.Pattern[str]:
    """``sentence_restatement`` (as written) or, after one of ``sentence_restatement_fronts``, in any case;
    then optionally one of ``sentence_restatement_figures``.

    >>> p = _restatement_pattern(rules.load("link"), "rules/link.yaml")
    >>> [bool(p.fullmatch(s)) for s in ("That is ", "On a yearly basis that is ", "Annualised, that comes to ",
    ...                                 "That works out to a median of ", "that is ", "Next year that is ",
    ...                                 "That is a bonus of ", "On a standard 40-hour week, that works out at ",
    ...                                 "On a good day, that is ", "On a 40-hour week that is ")]
    [True, True, True, True, False, False, False, True, True, False]
    """
    words = "|".join(_spaced(w) for w in _listed(data, "sentence_restatement", where))
    fronts = "|".join(_spaced(w) for w in _listed(data, "sentence_restatement_fronts", where))
    figures = "|".join(_spaced(w) for w in _listed(data, "sentence_restatement_figures", where))
    preps = _phrase_trie(_listed(data, "sentence_restatement_basis_preps", where))
    nouns = _phrase_trie(_listed(data, "sentence_restatement_basis_nouns", where))
    basis = r"(?:" + preps + r")[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:" + nouns + r")[ \t]*,"
    return re.compile(r"[ \t]*(?:(?:" + words + r")|(?i:(?:(?:" + fronts + r")[ \t]*,?|" + basis + r")[ \t]+(?:" + words
                      + r")))[ \t]+(?i:(?:" + figures + r")[ \t]+)?")


def _named_restatement_pattern(data: Mapping[str, Any], where: str) -> re.Pattern[str]:
    """The words right before an amount naming it as an earlier figure restated (rules/link.yaml
    ``named_restatement``): a determiner opening the sentence, up to three words and a figure noun of
    ``figure_anaphor``, then a verb of ``restatement`` ("That 2025 average works out to "); or an article,
    maybe a period word, an equivalent noun and a joiner ("puts the annual equivalent at "). Searched to $.

    >>> p = _named_restatement_pattern(rules.load("link"), "rules/link.yaml")
    >>> [bool(p.search(t)) for t in ("That 2025 average works out to ", "This median is ", "so the annual equivalent at ",
    ...                             "That average rose to ", "the equivalent role pays ", "and that average works out to ",
    ...                             "That starting salary works out to ")]
    [True, True, True, False, False, False, True]
    """
    section = rules.require(data, "named_restatement", dict, where=where)
    sub = f"{where}:named_restatement"
    nouns = [*_listed(rules.require(data, "figure_anaphor", dict, where=where), "nouns", f"{where}:figure_anaphor"),
             *_listed(section, "pay_nouns", sub)]
    verbs = _listed(rules.require(data, "restatement", dict, where=where), "verbs", f"{where}:restatement")
    figure = (r"(?-i:^|(?<=[.!?][ \t])|(?<=\n))[ \t]*(?:" + _phrase_trie(_listed(section, "determiners", sub))
              + r")[ \t]+(?:[\w'’-]+[ \t]+){0,3}?(?:" + _phrase_trie(nouns) + r")[ \t]+(?:"
              + _phrase_trie(verbs) + r")[ \t]+")
    equivalent = (r"\b(?:the|an?|its|their)[ \t]+(?:(?:" + _phrase_trie(_listed(section, "periods", sub))
                  + r")[ \t]+)?(?:" + _phrase_trie(_listed(section, "nouns", sub)) + r")[ \t]+(?:(?:"
                  + _phrase_trie(_listed(section, "joiners", sub)) + r")[ \t]+)?")
    return re.compile(r"(?:" + figure + "|" + equivalent + r")$", re.I | re.M)


def _spaced(phrase: str) -> str:
    """A phrase as a pattern whose words may be separated by any run of blanks."""
    return r"[ \t]+".join(re.escape(w) for w in str(phrase).split())


def restates(text: str, before: Money, after: Money) -> bool:
    """Does the amount ``after`` restate ``before`` in another currency, as a conversion?

    >>> from extract.money import find_money
    >>> def pair(s):
    ...     a, b = find_money(s)[:2]
    ...     return restates(s, a, b)
    >>> pair("the reader's C$128,000 base comes to about US$94,000 at current rates")
    True
    >>> pair("A $40,000 relocation bonus often lands as roughly $27,000 after tax")
    False
    >>> pair("a base of C$128,000 while the US offer is $94,000")
    False
    """
    if (before.currency or "USD") == (after.currency or "USD"):
        return False
    return _link_rules().restated.fullmatch(text, before.end, after.start) is not None


def _block_run(index: DocIndex, block_i: int) -> tuple[int, int]:
    """First and last block index of the list (or run of table rows) holding block ``block_i``."""
    return index.runs[block_i]


def _introduces(index: DocIndex, block: Block) -> bool:
    """Does the block introduce what follows it (a heading, or a paragraph ending in an intro cue)?"""
    known = index.intros.get(block)
    if known is None:
        known = index.intros[block] = _reads_as_intro(index, block)
    return known


def _caption_line(index: DocIndex, block: Block) -> bool:
    """Is the block a heading or a short line that is no sentence (a caption, a glued header row)?"""
    if block.kind == "heading":
        return True
    line = index.text[block.start : block.end].rstrip()
    return block.kind == "paragraph" and not line.endswith((".", "!", "?", ":")) and len(line.split()) <= _SHORT_LINE_WORDS


def _is_caption(index: DocIndex, block: Block, cell: Optional["CellContext"]) -> bool:
    """Is the block the caption of the amount's table: an HTML ``<caption>`` however long, or the line right
    above a table that is no sentence, up to ``caption_max_words`` (``Monthly gross pay by grade,
    2023 (EUR, Lyon unless stated, overtime excluded)``)?"""
    if cell is None:
        return False
    caption = cell.table.caption
    if caption:
        return " ".join(index.text[block.start : block.end].split()) == " ".join(str(caption).split())
    if block.kind != "paragraph":
        return False
    line = index.text[block.start : block.end].rstrip()
    return not line.endswith((".", "!", "?")) and len(line.split()) <= _link_rules().caption_max_words


def _reads_as_intro(index: DocIndex, block: Block) -> bool:
    if block.kind == "heading":
        return True
    if block.kind != "paragraph":
        return False
    s0, s1 = _last_sentence(index, block)
    if _link_rules().intro.search(index.text[s0:s1]) or _earlier_intro(index, block) is not None:
        return True
    # a caption line that is no sentence, read as a heading: "Similar trades (mean hourly rate, June 2022)"
    line = index.text[block.start : block.end].rstrip()
    return not line.endswith((".", "!", "?")) and len(line.split()) <= _SHORT_LINE_WORDS


def _intro_role(index: DocIndex, first: int, last: int, *, cell: Optional["CellContext"] = None) -> tuple[Optional[Mention], str]:
    """Role of a list or table spanning blocks first..last: its intro (or a table's caption line, however
    long: ``Mean weekly pay of pharmacists on 2-4 years' practice, by province (2023)``),
    else the card's description."""
    key = (first, last, cell.cell.col if cell is not None else -1)
    known = index.intro_roles.get(key)
    if known is None:
        known = index.intro_roles[key] = _find_intro_role(index, first, last, cell=cell)
    if cell is not None and (first, last, -1) not in index.intro_roles:  # the table's, for its label cells
        index.intro_roles[(first, last, -1)] = _find_intro_role(index, first, last, cell=cell, narrow=False)
    return known


_INTRO_SENTENCE_WORDS = 5  # an intro this long is a sentence, not a label line ("Roles and Responsibilities:")


def _find_intro_role(index: DocIndex, first: int, last: int, *, cell: Optional["CellContext"] = None,
                     narrow: bool = True) -> tuple[Optional[Mention], str]:
    if first > 0 and (_introduces(index, index.blocks[first - 1]) or _is_caption(index, index.blocks[first - 1], cell)):
        s0, s1 = _intro_sentence(index, index.blocks[first - 1])
        part = _column_part(index, cell, (s0, s1)) if cell is not None and narrow else (s0, s1)
        found = _last_outside_range(index, "role", *part)  # "compares pay of travel nurses with that of staff nurses": the column's
        if found is not None and cell is not None and narrow and _role_of_other_column(index, cell, found):
            found = None  # "compares base pay, tips and shift supervisor ranges" over a "Shift Supervisor" column
        if found is None and _link_rules().pay_scale.search(index.text, s0, s1):
            found = _scale_holder(index, first - 1)  # "District salary schedule (2022-23), annual base salary:"
        if found is None:  # "Where do nurses earn most? By setting:": the intro's earlier sentence names it
            found = _before_intro(index, "role", index.blocks[first - 1], s0)
        if found is None and first > 1 and index.blocks[first - 1].kind == "paragraph" \
                and index.blocks[first - 2].kind == "heading" \
                and len(index.text[s0:s1].split()) >= _INTRO_SENTENCE_WORDS:  # "Welder pay by experience" / "PayScale's numbers show:"
            heading = index.blocks[first - 2]
            found = _one_title(index.within("role", heading.start, heading.end))
            if found is not None and _coordinated(index.text, found, heading.start, heading.end):
                found = None  # "Stipends for coaches and department heads": several jobs
        return found, "intro"
    if _link_rules().describe_from_next_paragraph and last + 1 < len(index.blocks) and index.blocks[last + 1].kind == "paragraph":
        following = index.blocks[last + 1]
        found = index.within("role", following.start, following.end)
        if found:
            return found[0], "description"
    return None, "own"


def _other_rows_titled(index: DocIndex, cell: "CellContext") -> bool:
    """Does another body row of the cell's table name a job (a column of posts: ``Subject Specialist``,
    ``Headmaster``)? Then a row naming none holds a post the text does not tell, not the intro's job."""
    table = cell.table
    header = index.table_rows[index.tables.index(table)].get(0, ()) if table.has_header else ()
    body = max((c.end for c in header), default=table.start)
    return any(not cell.row_span[0] <= r.start < cell.row_span[1] for r in index.within("role", body, table.end))


def _level_row(index: DocIndex, cell: "CellContext") -> bool:
    """Does the cell's row label name a career level or years of experience and no job (``Newly qualified``,
    ``3-5 years PQE`` between ``Trainee`` and ``Salaried partner`` rows)? The table is a ladder of the job its
    lead names, and the row one of its rungs."""
    label = cell.labels[0] if cell.labels else None
    if label is None or index.within("role", *label):
        return False
    return bool(index.within("seniority", *label) or index.within("experience", *label))


def _role_of_other_column(index: DocIndex, cell: "CellContext", role: Mention) -> bool:
    """Is ``role`` (named by the table's intro) the title another column's header names, and not the
    cell's own column's? The intro then speaks of that column's figures when it names the title. A column
    holding no amount counts them (``PTs employed``): it is no other pay column."""
    own = other = False
    for c in cell.table.cells:
        if c.row == 0 and cell.table.has_header and any(m.value == role.value for m in index.within("role", c.start, c.end)):
            if c.col == cell.cell.col:
                own = True
            elif any(b.col == c.col and b.row > 0 and index.in_cell(b) for b in cell.table.cells):
                other = True
    return other and not own


def _before_intro(index: DocIndex, kind: str, block: Block, s0: int) -> Optional[Mention]:
    """The last mention of ``kind`` in the sentences of an intro paragraph before its intro sentence (at
    ``s0``): ``Acme's 2025 guide reports salaries for each level. Figures in dollars, in that order:``."""
    if block.kind != "paragraph" or s0 <= block.start:
        return None
    return index.last_in(kind, block.start, s0)


def _scale_holder(index: DocIndex, block_i: int) -> Optional[Mention]:
    """Whose pay scale an intro naming none introduces: the last role named in the nearest paragraph above
    it in its section (``Marlow pays teachers on a grid ... a teacher with a doctorate earns ...`` then
    ``Marlow salary schedule (2022-23):``)."""
    for block in _blocks_above(index, block_i):
        if block.kind == "heading" or _caption_line(index, block):
            return None  # "Apprentice wages (share of the full rate)": a heading line set as a paragraph
        if block.kind == "paragraph":
            found = index.last_in("role", block.start, block.end)
            if found is not None:
                return found
    return None


def _last_sentence(index: DocIndex, block: Block) -> tuple[int, int]:
    sentence = index.sentences.containing(max(block.start, block.end - 1))
    return (sentence.start, sentence.end) if sentence else (block.start, block.end)


def _intro_sentence(index: DocIndex, block: Block) -> tuple[int, int]:
    """The sentence of an introducing block that introduces what follows: its last one, unless only an
    earlier one points at it (``The table below shows ... in 2021. Totals leave out tips.``)."""
    last = _last_sentence(index, block)
    if block.kind != "paragraph" or _link_rules().intro.search(index.text, *last):
        return last
    earlier = _earlier_intro(index, block)
    return earlier if earlier is not None else last


def _earlier_intro(index: DocIndex, block: Block) -> Optional[tuple[int, int]]:
    """The last sentence before a paragraph's last one that points at what follows (``the table below``);
    the sentences after it only comment on it."""
    pattern = _link_rules().intro_earlier
    if pattern is None or block.kind != "paragraph" or pattern.search(index.text, block.start, block.end) is None:
        return None
    sentences = index.sentences.within(block.start, block.end)
    for sentence in reversed(sentences[:-1]):
        if pattern.search(index.text, sentence.start, sentence.end):
            return sentence.start, sentence.end
    return None


# --------------------------------------------------------------------------- tables


@dataclass(frozen=True)
class CellContext:
    table_id: str
    table: Table
    cell: Cell
    row_span: tuple[int, int]
    labels: tuple[tuple[int, int], ...]  # row label cell, column header cell
    label_texts: tuple[str, ...]
    region: Region  # where its mentions are read: the cell, then its labels


def _cell_of(index: DocIndex, money: Money, table_ids: dict[int, str]) -> Optional[CellContext]:
    """The context of the table cell holding ``money`` (the first table, then the first cell, that do)."""
    if index.cell_at is None:
        index.cell_at = {}
        for n, table in enumerate(index.tables):
            for cell in table.cells:
                for m in index.in_cell(cell):
                    if table.start <= m.start < table.end + 1:
                        index.cell_at.setdefault((m.start, m.end), (n, cell))
    found = index.cell_at.get((money.start, money.end))
    if found is None:
        return None
    n, cell = found
    contexts = index.cell_contexts.get(n)
    if contexts is None:
        contexts = index.cell_contexts[n] = _table_contexts(index, n, table_ids[n])
    return contexts[id(cell)]


def _table_contexts(index: DocIndex, n: int, table_id: str) -> dict[int, CellContext]:
    """The context of each cell of table number ``n`` holding an amount (by id of the cell), read in one go.

    A cell's labels are the other cells of its row that hold no amount (label
    first), then its column header (the header row's first cell in its column).
    """
    table = index.tables[n]
    rows = index.table_rows[n]
    header: dict[int, Cell] = {}
    if table.has_header:
        for c in rows.get(0, ()):
            header.setdefault(c.col, c)
    contexts: dict[int, CellContext] = {}
    caption = _caption_label(table, header)
    for cells in rows.values():
        priced = [c for c in cells if index.in_cell(c)]
        if not priced:
            continue
        unpriced = [c for c in cells if not index.in_cell(c)]
        row_span = (min(c.start for c in cells), max(c.end for c in cells))
        row_labels = tuple((c.start, c.end) for c in unpriced)
        row_texts = tuple(c.text for c in unpriced)
        for cell in priced:
            header_cell = header.get(cell.col)
            labels = row_labels + ((header_cell.start, header_cell.end),) if header_cell is not None else row_labels
            texts = tuple(t for t in (cell.header, *row_texts, caption) if t)
            span = (cell.start, cell.end)
            contexts[id(cell)] = CellContext(table_id, table, cell, row_span, labels, texts,
                                             Region(zone=span, sentence=span, labels=labels))
    return contexts


def _level_of_other_column(index: DocIndex, cell: CellContext, level: Optional[Mention]) -> bool:
    """Does another column's header name the ``level`` the table's intro names (an intro naming the
    average salary and the average starting salary above columns ``Average Salary | Starting Salary``:
    the level is that column's, not the whole table's) while this column's header names its own statistic?"""
    if level is None or not cell.table.has_header:
        return False
    own = next((c for c in cell.table.cells if c.row == 0 and c.col == cell.cell.col), None)
    if own is None or not _link_rules().statistic_word.search(own.text):
        return False  # a column of the same figures in other terms ("In US dollars") shares the level
    for c in cell.table.cells:
        if c.row == 0 and c.col != cell.cell.col and any(
                m.value == level.value for m in index.within("seniority", c.start, c.end)):
            return True
    return False


# A parenthesized part of a column header: "Avg. base salary (Glassdoor)".
_HEADER_PAREN = re.compile(r"\(([^()\n]{1,40})\)")


def _column_source(cell: CellContext) -> Optional[str]:
    """The source its column header names in parentheses, if it is a known one: the header is
    nearer the figure than a credit line naming several sources.

    >>> t = Table(start=0, end=0, origin="html", has_header=True, cells=(
    ...     Cell(row=0, col=1, start=0, end=0, text="Median TC (Levels.fyi)"), Cell(row=0, col=2, start=0, end=0, text="Pay (USD)")))
    >>> ctx = lambda col: CellContext("t1", t, Cell(row=1, col=col, start=0, end=0, text="$1"), (0, 0), (), (), Region(zone=(0, 0), sentence=(0, 0)))
    >>> _column_source(ctx(1)), _column_source(ctx(2)), _column_source(ctx(3))
    ('Levels.fyi', None, None)
    """
    if not cell.table.has_header:
        return None
    own = next((c for c in cell.table.cells if c.row == 0 and c.col == cell.cell.col), None)
    if own is None or "(" not in own.text:
        return None
    for m in _HEADER_PAREN.finditer(own.text):
        name = m.group(1).strip()
        if is_known_source(name):
            return canonical_source(name)
    return None


@dataclass(frozen=True)
class CreditScopes:
    """A credit line's clauses that each name the columns their source covers (``Source: Acme (salaries);
    Beta (rents)``): each clause's bracket words and the source detected in it (None: a name not known)."""

    words: tuple[frozenset[str], ...]
    sources: tuple[Optional[str], ...]


@dataclass(frozen=True)
class CreditRules:
    label: re.Pattern[str]  # a credit label opening a note line ("Source:"), matched at the line start
    ignore: frozenset[str]  # bracket words that name no column ("columns", "and")


@lru_cache(maxsize=1)
def _credit_rules() -> CreditRules:
    """``credit_scope`` of rules/link.yaml."""
    where = "rules/link.yaml"
    data = rules.require(rules.load("link"), "credit_scope", dict, where=where)
    labels, ignore = _listed(data, "labels", f"{where}:credit_scope"), _listed(data, "ignore", f"{where}:credit_scope")
    label = re.compile(r"[ \t]*(?:" + "|".join(_spaced(w) for w in labels) + r")[ \t]*:", re.I)
    return CreditRules(label, frozenset(_fold(w) for w in ignore))


_SCOPE_WORD = re.compile(r"[^\W\d_][\w&'’-]*")
_SCOPE_BRACKET = re.compile(r"\(([^()\n]{1,60})\)[ \t.]*$")
_NOTE_SENTENCE_BREAK = re.compile(r"(?<=[a-z)])[.!?][ \t]+(?=[A-Z])")


def _fold(word: str) -> str:
    """A word folded for matching a bracket to a header: lower case, a plural's ``s`` dropped.

    >>> [_fold(w) for w in ("Salaries", "rents", "Hotel", "bus", "SGB")]
    ['salary', 'rent', 'hotel', 'bus', 'sgb']
    """
    w = word.casefold()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss") and not w.endswith("us") and len(w) > 3:
        return w[:-1]
    return w


def scope_words(text: str) -> frozenset[str]:
    """The words of a bracket or header that may name a column (folded, ignore words aside).

    >>> sorted(scope_words("hotel and restaurant columns"))
    ['hotel', 'restaurant']
    >>> sorted(scope_words("Avg. rent (2-bedroom)"))
    ['avg', 'bedroom', 'rent']
    """
    ignore = _credit_rules().ignore
    return frozenset(w for w in (_fold(m.group()) for m in _SCOPE_WORD.finditer(text)) if w not in ignore)


def credit_clause(text: str, start: int) -> bool:
    """Does the note clause starting at ``start`` belong to a credit line (``Source: A (x); B (y)``):
    the line opens with a credit label and no sentence ends before the clause?

    >>> t = "Source: Acme Survey (salaries); Beta Collective (rents)"
    >>> credit_clause(t, t.index("Beta")), credit_clause("Note: pay is gross; Beta rents", 20)
    (True, False)
    >>> t = "Source: Acme Survey. Beta Collective pays more"
    >>> credit_clause(t, t.index("Beta"))
    False
    """
    line = text.rfind("\n", 0, start) + 1
    m = _credit_rules().label.match(text, line)
    return m is not None and m.end() <= start and _NOTE_SENTENCE_BREAK.search(text, m.end(), start + 1) is None


def _credit_scopes(index: DocIndex, cell: CellContext) -> Optional[CreditScopes]:
    """The scoped clauses of the credit line under the cell's table, when two or more clauses have a bracket."""
    if cell.table_id in index.credit_scopes:
        return index.credit_scopes[cell.table_id]
    found: Optional[CreditScopes] = None
    clauses = _credit_clauses(index, _note_clauses(index, index.block_index(cell.table.end - 1) + 1))
    words, sources = [], []
    for c0, c1 in clauses:
        bracket = _SCOPE_BRACKET.search(index.text, c0, c1)
        if bracket is None:
            continue
        words.append(scope_words(bracket.group(1)))
        sources.append(_source_in(index, c0, bracket.start()))
    if len(words) >= 2:
        found = CreditScopes(tuple(words), tuple(sources))
    index.credit_scopes[cell.table_id] = found
    return found


def _scoped_source(index: DocIndex, cell: CellContext, *, pay: bool) -> tuple[bool, Optional[str]]:
    """The source of the credit clause whose bracket covers the cell's column (see ``credit_scope`` in
    rules/link.yaml); (False, None) when the table has no scoped credit line or no bracket decides."""
    scopes = _credit_scopes(index, cell)
    if scopes is None and cell.table.has_header:
        return _column_credit(index, cell)
    if scopes is None or not cell.table.has_header:
        return False, None
    header = {c.col: scope_words(c.text) for c in cell.table.cells if c.row == 0}
    own = header.get(cell.cell.col, frozenset())
    named = [n for n, w in enumerate(scopes.words) if w & own]
    if len(named) == 1:
        return True, scopes.sources[named[0]]
    if named:
        return False, None
    naming_none = [n for n, w in enumerate(scopes.words) if not any(w & h for col, h in header.items() if col != 0)]
    if len(naming_none) == 1:
        return True, scopes.sources[naming_none[0]]
    if pay:
        nouns = _pay_nouns()
        paid = [n for n, w in enumerate(scopes.words) if any(nouns.fullmatch(x) for x in w)]
        if len(paid) == 1:
            return True, scopes.sources[paid[0]]
    return False, None


@dataclass(frozen=True)
class ColumnScopeRules:
    verb: re.Pattern[str]  # a verb of comparing ("compares", "compared")
    join: re.Pattern[str]  # the join after it that opens the foil ("with", "to", "against")
    join_and: re.Pattern[str]  # "and", the join read when no other follows the verb
    contrast: re.Pattern[str]  # a join standing alone ("versus", "vs.")
    stop: frozenset[str]  # words that name no column


@lru_cache(maxsize=1)
def _column_scope_rules() -> ColumnScopeRules:
    """``column_scope`` of rules/link.yaml."""
    data = rules.require(rules.load("link"), "column_scope", dict, where="rules/link.yaml")
    listed = {key: _listed(data, key, "rules/link.yaml:column_scope")
              for key in ("compare_verbs", "compare_joins", "contrast_joins", "stop_words")}

    def words(phrases: Sequence[str]) -> re.Pattern[str]:
        return re.compile(r"(?<![\w-])(?:" + "|".join(_spaced(w) for w in sorted(phrases, key=len, reverse=True))
                          + r")(?![\w-])", re.I)

    joins = [j for j in listed["compare_joins"] if j.casefold() != "and"]
    return ColumnScopeRules(words(listed["compare_verbs"]), words(joins), words(["and"]),
                            words(listed["contrast_joins"]), frozenset(_fold(w) for w in listed["stop_words"]))


def comparison_split(text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    """The join of a sentence comparing two groups, as (where the head ends, where the foil starts): the
    first join after a verb of comparing (``and`` only when no other follows), else a contrast word.

    >>> t = "The table compares average pay for nurses with the median wage of doctors."
    >>> a, b = comparison_split(t, 0, len(t)); t[:a], t[b:]
    ('The table compares average pay for nurses ', ' the median wage of doctors.')
    >>> t = "Union rates (2024) versus our non-union averages:"
    >>> t[comparison_split(t, 0, len(t))[1]:]
    ' our non-union averages:'
    >>> comparison_split("Median pay by city, with bonuses:", 0, 33) is None
    True
    """
    found = _column_scope_rules()
    verb = found.verb.search(text, start, end)
    if verb is not None:
        join = found.join.search(text, verb.end(), end) or found.join_and.search(text, verb.end(), end)
        if join is not None:
            return join.start(), join.end()
    contrast = found.contrast.search(text, start, end)
    return (contrast.start(), contrast.end()) if contrast is not None else None


def column_words(text: str) -> frozenset[str]:
    """The words of a header or clause that may name a column (:func:`scope_words` without the stop words).

    >>> sorted(column_words("the median annual wage of staff nurses there"))
    ['annual', 'median', 'nurse', 'staff', 'wage']
    """
    stop = _column_scope_rules().stop
    return frozenset(w for w in scope_words(text) if w not in stop)


def _column_words(index: DocIndex, cell: CellContext) -> dict[int, frozenset[str]]:
    """Each priced column's header words that set it apart (the words every priced header shares aside);
    {} when the table has no header or fewer than two priced columns."""
    known = index.column_words.get(cell.table_id)
    if known is not None:
        return known
    found: dict[int, frozenset[str]] = {}
    table = cell.table
    if table.has_header:
        priced = {c.col for c in table.cells if c.row > 0 and index.in_cell(c)}
        header = {c.col: column_words(c.text) for c in table.cells if c.row == 0 and c.col in priced}
        if len(header) >= 2:
            shared = frozenset.intersection(*header.values())
            found = {col: words - shared for col, words in header.items() if words - shared}
    index.column_words[cell.table_id] = found
    return found


def _named_columns(index: DocIndex, cell: CellContext, start: int, end: int) -> frozenset[int]:
    """The priced columns of the cell's table whose header words the text ``start..end`` names."""
    words = _column_words(index, cell)
    if not words:
        return frozenset()
    key = (cell.table_id, start, end)
    known = index.column_names.get(key)
    if known is None:
        said = column_words(index.text[start:end])
        known = index.column_names[key] = frozenset(col for col, own in words.items() if own & said)
    return known


def _other_columns_only(index: DocIndex, cell: CellContext, start: int, end: int) -> bool:
    """Does the text name some priced columns of the cell's table, not all of them and not the cell's?"""
    named = _named_columns(index, cell, start, end)
    return _some_columns(index, cell, named) and cell.cell.col not in named


def _some_columns(index: DocIndex, cell: CellContext, named: frozenset[int]) -> bool:
    """Are the priced columns ``named`` some of the cell's table's, not none and not all?"""
    return 0 < len(named) < len(_column_words(index, cell))


_BARE_NAME = re.compile(r"[ \t]*([^,;:()]*?)[ \t]*(?:\([^()]*\))?[ \t.:]*")


def _columns_compared(index: DocIndex, cell: CellContext, span: tuple[int, int], split: tuple[int, int]) -> bool:
    """Does the join stand between two bare column names (``..., Dubai vs Abu Dhabi (AED per month)``): the
    columns compared, the words around them said of both?"""
    foil = _BARE_NAME.fullmatch(index.text, split[1], span[1])
    head_from = max(index.text.rfind(",", span[0], split[0]), index.text.rfind(":", span[0], split[0])) + 1
    if foil is None or head_from <= span[0]:
        return False
    words = _column_words(index, cell)
    named = [frozenset(col for col, own in words.items() if own and own >= column_words(t))
             for t in (foil.group(1), index.text[head_from : split[0]])]
    return all(len(n) == 1 for n in named) and named[0] != named[1] \
        and all(column_words(t) for t in (foil.group(1), index.text[head_from : split[0]]))


def _column_part(index: DocIndex, cell: CellContext, span: tuple[int, int]) -> tuple[int, int]:
    """The part of a table's intro sentence that speaks of the cell's column: for an intro comparing two
    groups (``compares weekly packages of travel nurses with the annual median of staff nurses``), the foil
    after the join for the columns its words name (``Staff median (annual)``), the head before it for the
    other columns; the whole sentence when the foil names no column, or all of them."""
    key = (cell.table_id, cell.cell.col, span)
    known = index.column_parts.get(key)
    if known is not None:
        return known
    found = span
    split = comparison_split(index.text, *span)
    if split is not None and _columns_compared(index, cell, span, split):
        split = None  # "Teacher pay by role, Dubai vs Abu Dhabi (AED per month)": the columns themselves, compared
    if split is not None:
        foil = _named_columns(index, cell, split[1], span[1])
        if _some_columns(index, cell, foil):
            if cell.cell.col not in foil:
                found = (span[0], split[0])
            elif cell.cell.col not in _named_columns(index, cell, span[0], split[0]):
                found = (split[1], span[1])
    index.column_parts[key] = found
    return found


def _column_around(index: DocIndex, around: "Around", cell: CellContext) -> "Around":
    """``around`` with the table intro narrowed to the part speaking of the cell's column (:func:`_column_part`)."""
    if around.intro is None:
        return around
    part = _column_part(index, cell, around.intro)
    return around if part == around.intro else replace(around, intro=part)


def _column_credit(index: DocIndex, cell: CellContext) -> tuple[bool, Optional[str]]:
    """The source of the one credit clause under the table whose words name the cell's column, when another
    clause names other columns only (``Source: Acme Survey, May 2023 (staff medians); weekly packages from our
    listings, Q3 2019``); (False, None) when no clause decides."""
    note = index.block_index(cell.table.end - 1) + 1
    notes = _note_clauses(index, note)
    clauses = _credit_clauses(index, notes)
    own = [span for span in clauses if cell.cell.col in _named_columns(index, cell, *span)]
    if len(own) != 1 or not any(_other_columns_only(index, cell, *span) for span in clauses):
        if clauses and not own:  # "Source: Acme Survey. Net figures: our calculation": a later labelled clause
            # naming some columns only takes them from the credit line, with its own source (or none)
            for c0, c1 in notes:
                if c0 < clauses[0][1] or _SHORT_LABEL.match(index.text, c0, c1) is None:
                    continue
                named = _named_columns(index, cell, c0, c1)
                if cell.cell.col in named and _some_columns(index, cell, named):
                    return True, _source_in(index, c0, c1)
        return False, None
    return True, _source_in(index, *own[0])


def _credit_clauses(index: DocIndex, notes: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The note clauses belonging to a credit line (:func:`credit_clause`, or opened by a credit label)."""
    return [span for span in notes if credit_clause(index.text, span[0]) or _credit_rules().label.match(index.text, span[0])]


def _source_in(index: DocIndex, start: int, end: int) -> Optional[str]:
    """The source of the first attribution starting within ``start..end``, if any."""
    attr = next((a for a in index.attributions if start <= a.start < end), None)
    return attr.source if attr is not None else None


def _caption_label(table: Table, header: Mapping[int, Cell]) -> Optional[str]:
    """A table's caption as a label of its cells: without its statistic words when the header row names
    statistics (``Average annual salaries`` above columns ``Average salary`` and ``Typical range``: the
    columns say which figures are averages).

    >>> t = Table(start=0, end=0, origin="html", cells=(), has_header=True, caption="Average annual salaries")
    >>> _caption_label(t, {0: Cell(row=0, col=0, start=0, end=0, text="Average salary")})
    ' annual salaries'
    >>> _caption_label(t, {0: Cell(row=0, col=0, start=0, end=0, text="Salary")})
    'Average annual salaries'
    """
    caption = table.caption
    if not caption:
        return caption
    word = _link_rules().statistic_word
    if any(word.search(c.text) for c in header.values()):
        return word.sub("", caption)
    return caption


# --------------------------------------------------------------------------- a table's currency


@lru_cache(maxsize=1)
def _shared_marks() -> re.Pattern[str]:
    """A currency mark several currencies write ("$", "kr"; ``table_currency`` in rules/link.yaml)."""
    where = "rules/link.yaml"
    data = rules.require(rules.load("link"), "table_currency", dict, where=where)
    marks = rules.unique(rules.require(data, "shared_marks", list, where=f"{where}:table_currency"),
                         where=f"{where}:table_currency.shared_marks")
    return re.compile(r"(?<![A-Za-z])(?:" + "|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True))
                      + r")(?![A-Za-z])")


_EXPLICIT_DOLLAR = re.compile(r"[A-Za-z]\$")  # a mark naming one currency beside it ("C$", "R$", "US$")


def shared_marker(text: str) -> bool:
    """Does an amount's text name its currency only by a mark several currencies share (or by none)?

    >>> [shared_marker(t) for t in ("52 100 kr", "$18,000–26,000", "31,000", "C$97,000", "NOK 650 000", "€45.000")]
    [True, True, True, False, False, False]
    """
    if _EXPLICIT_DOLLAR.search(text) or currencies_in(text):
        return False
    if _shared_marks().search(text):
        return True
    return not any(not (c.isalnum() or c.isspace() or c in ".,'’–-") for c in text)


@lru_cache(maxsize=4096)
def names_currency(text: str) -> Optional[str]:
    """The one currency a table label or caption names, by ISO code or by name; None for none or several.

    >>> [names_currency(t) for t in ("Sweden (SEK)", "Mexico (MXN/month)", "annual rates of pay in Canadian dollars",
    ...                               "Salary", "USD vs EUR", "ALL roles")]
    ['SEK', 'MXN', 'CAD', None, None, None]
    """
    found = currencies_in(text)
    return next(iter(found)) if len(found) == 1 else None


def _table_currency(index: DocIndex, cell: CellContext, around: "Around") -> Optional[str]:
    """The currency a cell's column header, row labels, caption, intro or the intro's note names (the nearest
    that names one: ``... by grade. All figures are annual salaries in Canadian dollars.``)."""
    for label in cell.label_texts:
        found = names_currency(label)
        if found is not None:
            return found
    if around.intro is not None:
        found = names_currency(index.text[around.intro[0] : around.intro[1]])
        if found is not None:
            return found
        for span in around.notes:
            found = names_currency(index.text[span[0] : span[1]]) \
                if _link_rules().note_sentence.match(index.text, *span) else None
            if found is not None:
                return found
    return None


# --------------------------------------------------------------------------- facts


def link(doc: Doc, *, doc_id: str, blocks: Sequence[Block]) -> tuple[list[Fact], list[ExperienceRow]]:
    """Turn an annotated document into facts and experience rows."""
    index = DocIndex.from_doc(doc, blocks)
    table_ids = {n: f"{doc_id}:t{n}" for n in range(len(index.tables))}
    facts: list[Fact] = []
    used_experience: dict[int, list[str]] = {}
    previous: Optional[Fact] = None
    for i, money in enumerate(index.money):
        fact, exp = _fact(index, money, i, doc_id=doc_id, table_ids=table_ids, earlier=facts)
        if previous is not None and (_CONVERSION_GAP.fullmatch(index.text, previous.end, money.start)
                                     or restates(index.text, index.money[i - 1], money)
                                     or _or_restates(index, previous, fact)):
            own_place = fact.location
            fact = _inherit(fact, previous)  # `$164,000 (Rs 1.17 crore)`: the conversion takes its qualifiers
            close = index.text.find(")", money.end, money.end + _ASIDE_REACH)
            if close > 0 and _other_places().search(index.text, money.end, close) is not None:
                fact = replace(fact, location=own_place)  # "KSh 14,230 (KSh 7,615 in other towns)": not that place's
        else:
            referred = _referred_to(index, fact, facts)
            if referred is not None:  # "the ₦487,265 monthly average": the earlier figure's whose and what
                fact = _as_referred(fact, referred)
            restated = _restated_before(index, fact, facts)
            if restated is not None:  # "... is RM3,200 per month. That is RM38,400 a year"
                # another value in the same currency is another period's: not the restated one's
                fact = _inherit(fact, restated, period=fact.currency != restated.currency
                                or fact.amount_min == restated.amount_min)
        if exp is not None:
            used_experience.setdefault(exp.start, []).append(fact.fact_id)
        facts.append(fact)
        previous = fact
    own = _own_company(index)
    if own is not None:
        facts = [_as_own(index, fact, own) for fact in facts]
    else:
        publishers = _publishers(index)
        if publishers:  # "compared with PayGauge's non-union averages" over "© 2025 PayGauge Media Inc.": the site's data
            facts = [_without_publisher(index, fact, publishers) for fact in facts]
            own_data = _publisher_data(publishers)
            if _speaks_as_itself(index) and not _cites_own_data(index, own_data):
                # "we surveyed ...", "our survey": the publisher's own survey, reported as its own data
                facts = [replace(f, source=None) if f.source and own_data.match(f.source) else f for f in facts]
    return facts, _experience_rows(index, used_experience)


@lru_cache(maxsize=1)
def _company_heads() -> re.Pattern[str]:
    """A legal form or company head closing a name (``company_heads`` of rules/employers.yaml)."""
    where = "rules/employers.yaml"
    heads = rules.require(rules.load("employers"), "company_heads", list, where=where)
    return re.compile(r"(?:[ \t,]+(?:" + "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
                      + r"))+[ \t]*$")


def publisher_stem(name: str) -> str:
    """A publisher's name without its legal form (``Acme Talent Ltd`` -> ``Acme Talent``).

    >>> publisher_stem("Acme Talent Ltd"), publisher_stem("Beta Media Group Inc."), publisher_stem("Gamma")
    ('Acme Talent', 'Beta Media', 'Gamma')
    """
    stem = _company_heads().sub("", name).strip()
    return stem or name


def _speaks_as_itself(index: DocIndex) -> bool:
    """Does the page speak in the first person (``we``, ``our``) at least ``first_person_min`` times?"""
    rules_ = _link_rules()
    return next(islice(rules_.first_person.finditer(index.text), rules_.own_page_first_person - 1, None), None) is not None


def _publisher_data(publishers: frozenset[str]) -> re.Pattern[str]:
    """Matches a source named after the page's own publisher (``Acme Talent Pay Survey 2031`` on a
    page whose footer is ``Acme Talent Ltd``): the site's own survey, reported as its own data (source null)."""
    stems = sorted({publisher_stem(p) for p in publishers}, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(s) for s in stems) + r")(?![\w-])", re.I)


def _cites_own_data(index: DocIndex, own_data: re.Pattern[str]) -> bool:
    """Does the page cite its publisher's own survey by name in running text, as it would another's
    (``According to the Acme Talent 2025 Salary Survey, ...``)? Then that survey is a named source on
    the whole page, its credit lines too; a page only crediting it under a table reports its own data."""
    return any(a.kind == "inline" and own_data.match(a.source) for a in index.attributions)


def _publishers(index: DocIndex) -> frozenset[str]:
    """The employer names found on the page's footer lines (:func:`_footer_line`): its publisher. A name
    found elsewhere is the publisher too when a copyright line holds it as a word (``© 2025 BrewCrew Jobs``
    over "what employers on BrewCrew offered"), though not read there as a company."""
    text = index.text
    records = index.mentions["employer"].records
    found = {m.value for m in records if _footer_line(text, text.rfind("\n", 0, m.start) + 1)}
    lines = [line.group() for line in _copyright_lines().finditer(text)]
    if lines:
        for value in {m.value for m in records} - found:
            word = re.compile(r"(?<![\w-])" + re.escape(value) + r"(?![\w-])")
            if any(word.search(line) for line in lines):
                found.add(value)
    return frozenset(found)


@lru_cache(maxsize=1)
def _copyright_lines() -> re.Pattern[str]:
    """A whole line opening with a copyright mark (``copyright_starts`` of rules/link.yaml)."""
    return re.compile(r"^(?:" + _link_rules().copyright.pattern + r").*$", re.M)


def _without_publisher(index: DocIndex, fact: Fact, publishers: frozenset[str]) -> Fact:
    """The fact without the page's publisher among its employers when it was read beyond the amount's own
    sentence (a table's or list's intro: ``compared with PayGauge's averages``): a site reporting its own data is
    no one's employer there. Its own sentence may name it as a payer (``Acme Media pays its reporters $60,000``);
    on a company's own careers page :func:`_own_company` decides first."""
    if fact.employer is None:
        return fact
    if fact.table_id is None:
        s0, s1 = index.sentence(fact.start)
        if any(m.value in publishers for m in index.within("employer", s0, s1)):
            return fact
    names = fact.employer.split("; ")
    kept = [n for n in names if n not in publishers]
    return fact if len(kept) == len(names) else replace(fact, employer="; ".join(kept) or None)


_OWN_WORDS = re.compile(r"[A-Z][\w&'’.-]*")


def _own_company(index: DocIndex) -> Optional[str]:
    """The company whose own page this is (see ``own_page`` in rules/link.yaml), if any.

    Every job card or listing read names one company, the page's first line
    names it (or its first words: "Briar Lane" for "Briar Lane Market"),
    and the page speaks in the first person.
    """
    listed = [*index.card_names]  # the company lines read from cards, and the listings' company fields
    listed.extend(m.value for m in index.mentions["employer"].records if m.rule == "employer.job_line")
    names = set(listed)
    if len(names) != 1 or not index.blocks:
        return _own_hr_page(index, listed)
    name = names.pop()
    title = index.text[index.blocks[0].start : index.blocks[0].end]
    words = name.split()
    if not _OWN_WORDS.fullmatch(words[0]) or not any(
            re.search(r"(?<!\w)" + re.escape(" ".join(words[:n])) + r"(?!\w)", title) for n in range(len(words), 0, -1)):
        return _own_hr_page(index, listed)
    return name if _speaks_as_itself(index) else None


def _own_hr_page(index: DocIndex, listed: Sequence[str]) -> Optional[str]:
    """The organisation whose own HR or pay-plan page this is (``hr_words`` in rules/link.yaml), if any.

    One of the page's first lines names an HR page, over half the jobs listed
    name one organisation whose name holds a ``self_nouns`` word ("City of
    ..."), and the page speaks of it in the first person or as "the City".
    """
    if not listed:
        return None
    name, count = Counter(listed).most_common(1)[0]
    if 2 * count <= len(listed):
        return None
    rules_ = _link_rules()
    noun = rules_.self_noun.search(name)
    if noun is None or not any(rules_.hr_page.search(index.text, b.start, b.end)
                               for b in index.blocks[: rules_.hr_lines]):
        return None
    itself = re.compile(r"\b(?:the|The)[ \t]+" + re.escape(noun.group()[:1].upper() + noun.group()[1:]) + r"\b")
    said = 0
    for pattern in (rules_.first_person, itself):
        for _ in pattern.finditer(index.text):
            said += 1
            if said >= rules_.own_page_first_person:
                return name
    return None


def _as_own(index: DocIndex, fact: Fact, own: str) -> Fact:
    """On a company's own page, its pay with no company, source or public rate named is the company's
    (as is its pay credited to it by its kind alone: "the County pays" on the County of Elmbrook's page)."""
    if fact.category != "salary" or fact.source is not None:
        return fact
    if fact.employer is not None:
        noun = _link_rules().self_noun
        if not (noun.fullmatch(fact.employer) and any(noun.fullmatch(w) for w in own.casefold().split()
                                                      if w.casefold() == fact.employer.casefold())):
            return fact
    if _link_rules().public_pay.search(fact.sentence) or _quote_of(index, fact.start) is not None:
        return fact
    return replace(fact, employer=own)


def _role(index: DocIndex, money: Money, region: Region, cell: Optional[CellContext], around: Around,
          found: Optional[Mention]) -> tuple[Optional[Mention], str]:
    """The amount's role (``found`` is the one :func:`picks` found): own sentence or row, list/table intro
    (or the card description), card title, anaphor."""
    if found is not None and cell is None:
        fuller_item = _fuller_intro_title(index, found)  # "Welder pay by level:" / "• Senior welders: $31/hr"
        if fuller_item is not None:
            return fuller_item, "intro"
    if found is not None and found.rule == "role.bare_qualified" and cell is None:
        fuller = _fuller_antecedent(index, found, region)  # "data analysts ... Entry-level analysts"
        return (fuller, "anaphor") if fuller is not None else (found, "own")
    if found is not None:
        return found, "own"
    block_i = index.block_index(money.start)
    if block_i < 0:
        return None, "own"
    block = index.blocks[block_i]
    if cell is not None or block.kind in ("list_item", "table_row"):
        first, last = _block_run(index, block_i)
        if cell is not None:
            first, last = index.block_index(cell.table.start), index.block_index(cell.table.end - 1)
        found, how = _intro_role(index, first, last, cell=cell)
        if found is None and cell is not None and around.lead is not None \
                and (not _other_rows_titled(index, cell) or _level_row(index, cell)):
            # "The table below shows base pay for certified controllers." over a caption line naming no one
            found = _last_outside_range(index, "role", *_column_part(index, cell, around.lead))
            if found is not None and _role_of_other_column(index, cell, found):
                found = None
            how = "intro" if found is not None else how
        if found is None and around.card_title is not None:  # a section of a job posting: "Benefits"
            found = index.last_in("role", *around.card_title)
            return found, "card" if found is not None else how
        if found is None:  # a note under the table: "Median base salary of software developers per year"
            found = next((r for span in around.notes if not _link_rules().table_note.search(index.text, *span)
                          and not credit_clause(index.text, span[0]) for r in index.within("role", *span)), None)
            how = "intro" if found is not None else how
        if found is None:  # a credit line naming whose pay it is: "Source: Acme Survey, pay reported by nurses"
            found = next((r for span in around.notes for r in index.within("role", *span)
                          if not _in_source_name(index, r) and _HEADS_PHRASE.match(index.text, r.end)), None)
            how = "intro" if found is not None else how
        if found is None and cell is None and block.kind == "list_item":
            found = _heading_title(index, first)  # "What is in an accountant's pay package?" over a list naming no one
            how = "intro" if found is not None else how
        return found, how
    if around.card_title is not None:
        found = index.last_in("role", *around.card_title)
        if found is not None:
            return found, "card"
    found, how = _antecedent(index, money, region, block)
    if found is None and block.kind == "paragraph" and block_i > 0 and index.blocks[block_i - 1].kind == "list_item" \
            and not index.text[block.start : region.sentence[0]].strip() \
            and len(index.amounts(*region.sentence)) == 1 \
            and not _link_rules().not_carried.search(index.text, _clause_start(index.text, region.sentence[0], money.start),
                                                     region.sentence[1]) \
            and not index.job_nouns_in(*region.sentence):
        found = _list_role(index, block_i - 1)  # "... Total gross: ₦405,000. / After PAYE, take-home comes to ₦338,000"
        how = "previous" if found is not None else how
    return found, how


_ASIDE_REACH = 80  # characters after an amount in parentheses searched for the parenthesis closing it


@lru_cache(maxsize=1)
def _other_places() -> re.Pattern[str]:
    """``other_places`` of rules/link.yaml: words for the places other than the one the context names.

    >>> bool(_other_places().search("$900 in other towns")), bool(_other_places().search("$900 in Leeds"))
    (True, False)
    """
    words = _listed(rules.load("link"), "other_places", "rules/link.yaml")
    return re.compile(_phrase_alternation(words), re.I)


_ITEM_LABEL = re.compile(r"[ \t]*[•*-]?[ \t]*[^:;.!?\n]{1,80}:")  # "• New grad, Acme L3 (Seattle):"


def _item_label(index: DocIndex, sentence: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """The label opening a list item, for a later sentence of the same item: ``• Junior, Acme (Leeds): £41k
    base. Total £52k in year one.``: the label says whose pay the whole item gives. () when none."""
    block_i = index.block_index(sentence[0])
    if block_i < 0:
        return ()
    block = index.blocks[block_i]
    if block.kind != "list_item" or sentence[0] <= block.start or sentence[1] > block.end:
        return ()
    label = _ITEM_LABEL.match(index.text, block.start, sentence[0])
    if label is None or index.amounts(block.start, label.end()):
        return ()
    return ((block.start, label.end()),)


def _clause_start(text: str, s0: int, start: int) -> int:
    """Where the clause holding ``start`` begins: after the last comma, semicolon or colon before it in its sentence."""
    return max(s0, *(text.rfind(mark, s0, start) + 1 for mark in ",;:"))


def _list_role(index: DocIndex, item_i: int) -> Optional[Mention]:
    """The role every item of the list ending at block ``item_i`` takes from its intro or its section's heading:
    the paragraph right after a list, naming no one, goes on about the same job."""
    first, last = _block_run(index, item_i)
    found, _ = _intro_role(index, first, last)
    return found if found is not None else _heading_title(index, first)


_HEADING_LIST_GAP = 1  # paragraphs (the list's intro) between a section's heading and its list
_HEADING_QUESTION_WORDS = 14  # a question line this short standing alone heads a section ("What is in a welder's pay?")


def _heading_title(index: DocIndex, block_i: int) -> Optional[Mention]:
    """The one job title named by the heading of the section holding block ``block_i``: the nearest heading
    or standalone question line above it, never the page's title (the article's topic alone names no one's pay).
    """
    above = list(islice(_blocks_above(index, block_i), _HEADING_LIST_GAP + 1))  # the list's intro at most between
    heading = next((block for block in above if block.kind == "heading" or (
        block.kind == "paragraph" and _QUESTION_END.search(index.text, block.start, block.end) is not None
        and len(index.text[block.start : block.end].split()) <= _HEADING_QUESTION_WORDS)), None)
    if heading is None or any(b.kind != "paragraph" for b in above[: above.index(heading)]) \
            or next((b for b in index.blocks if b.kind == "heading"), None) is heading:
        return None
    roles = [r for r in index.within("role", heading.start, heading.end) if not _in_source_name(index, r)]
    found = _one_title(roles)
    return None if found is None or _coordinated(index.text, found, heading.start, heading.end) else found


def _in_source_name(index: DocIndex, role: Mention) -> bool:
    """Is the title a word of a credited source's name (``Source: Nurses Guild``)?"""
    return any(a.start < role.end and role.start < a.end for a in index.attributions)


def _fuller_intro_title(index: DocIndex, own: Mention) -> Optional[Mention]:
    """The fuller title of a list's intro that a list item's own one-word title shortens.

    ``Crane operator pay by experience:`` over ``• Senior operators (5+ years): $38/hr``: the item names the
    head noun of the intro's title, so it speaks of the same job; a title of its own with more words
    (``• Tower crane operators``) or another head noun (``• Riggers``) keeps its own.
    """
    if " " in own.value:
        return None
    block_i = index.block_index(own.start)
    if block_i < 0 or index.blocks[block_i].kind != "list_item":
        return None
    first, last = _block_run(index, block_i)
    intro, how = _intro_role(index, first, last)
    if intro is None or how != "intro" or not intro.value.endswith(" " + own.value):
        return None
    return intro


def _previous_in_paragraph(index: DocIndex, at: int, s0: int) -> Optional[Sentence]:
    """The sentence right before the one starting at ``s0``, when it is in the paragraph (block) holding ``at``."""
    block_i = index.block_index(at)
    previous = index.sentences.containing(s0 - 2) if s0 >= 2 else None
    if block_i < 0 or previous is None or previous.start < index.blocks[block_i].start:
        return None
    return previous


def _fuller_antecedent(index: DocIndex, bare: Mention, region: Region) -> Optional[Mention]:
    """A fuller title for a bare job noun, named in the previous sentence of the same paragraph."""
    previous = _previous_in_paragraph(index, bare.start, region.sentence[0])
    if previous is None:
        return None
    for role in reversed(index.within("role", previous.start, previous.end)):
        if role.value.endswith(" " + bare.value):
            return role
    return None


@lru_cache(maxsize=1)
def _present_time() -> re.Pattern[str]:
    """``present_time`` of rules/link.yaml: words of now (``today``, ``these days``).

    >>> [m.group() for m in _present_time().finditer("In 2021 he earned less; today, and these days, more")]
    ['today', 'these days']
    """
    return _words_pattern(rules.load("link"), "present_time", "rules/link.yaml")


@lru_cache(maxsize=1)
def _year_anaphor_words() -> re.Pattern[str]:
    """``year_anaphors`` of rules/link.yaml: words referring back to a year named before (``the same year``)."""
    return _words_pattern(rules.load("link"), "year_anaphors", "rules/link.yaml")


def _year_anaphor(index: DocIndex, sentence: tuple[int, int]) -> Optional[Mention]:
    """The year ``in the same year`` of the sentence refers to: the last one named before it in its paragraph.

    Only a sentence naming no year of its own asks; a paragraph naming none gives none.
    """
    s0, s1 = sentence
    if _year_anaphor_words().search(index.text, s0, s1) is None:
        return None
    block_i = index.block_index(s0)
    if block_i < 0 or index.blocks[block_i].kind != "paragraph":
        return None
    return index.last_in("year", index.blocks[block_i].start, s0)


@lru_cache(maxsize=1)
def _pay_denial() -> re.Pattern[str]:
    """``pay_denials`` of rules/link.yaml, then a pay noun ending its clause ("is not part of your wage;").

    >>> p = _pay_denial()
    >>> [bool(p.search(t)) for t in ("The LOA is not part of your wage; it covers meals", "Tips are not wages.",
    ...                              "Overtime is not part of base pay", "is not a salary survey", "is not paid")]
    [True, True, False, False, False]
    """
    where = "rules/link.yaml"
    section = rules.require(rules.load("link"), "pay_denials", dict, where=where)
    denials = _listed(section, "denials", f"{where}:pay_denials")
    owners = _listed(section, "owners", f"{where}:pay_denials")
    nouns = _listed(section, "nouns", f"{where}:pay_denials")
    return re.compile(r"(?<![\w-])(?:" + _phrase_trie(denials) + r")[ \t]+(?:(?:"
                      + _phrase_trie(owners) + r")[ \t]+)?(?:"
                      + _phrase_trie(nouns) + r")(?=[ \t]*(?:[;,.:)!?]|$|(?:and|but|so|because)\b))",
                      re.I)


_SUBJECT_WORD = re.compile(r"[A-Za-z][\w'’-]+")
_NO_SUBJECT_WORDS = frozenset({"the", "this", "that", "these", "those", "its", "your", "their", "our", "an", "it", "they"})


def _denies_pay(index: DocIndex, first: tuple[int, int], intro: tuple[int, int]) -> bool:
    """Does the intro paragraph of a list or table (its sentences from ``first`` to its intro sentence
    ``intro``) say that what it lists is no pay (``pay_denials``)? In the intro sentence, or in an earlier
    one whose subject the intro sentence names ("The LOA is not part of your wage ... Typical LOA rates:";
    not "The assignment rate is not your salary. A worked example:", which denies one line of the list)."""
    text = index.text
    for m in _pay_denial().finditer(text, min(first[0], intro[0]), intro[1]):
        if m.start() >= intro[0]:
            return True
        s0 = index.sentence(m.start())[0]
        words = {w.casefold() for w in _SUBJECT_WORD.findall(text, s0, m.start())} - _NO_SUBJECT_WORDS
        if any(_names_word(text, intro, w) for w in words):
            return True
    return False


@lru_cache(maxsize=1)
def _limit_nouns() -> re.Pattern[str]:
    """``limit_nouns`` of rules/link.yaml: a limit set on pay, no pay itself (``threshold``, ``ceiling``).

    >>> [bool(_limit_nouns().search(t)) for t in ("the salary threshold rises to $844", "a cap of $5", "capital")]
    [True, True, False]
    """
    return _words_pattern(rules.load("link"), "limit_nouns", "rules/link.yaml")


def _names_limit(text: str) -> bool:
    """Does ``text`` (an amount's sentence) name a limit set on pay (``limit_nouns``)?"""
    return _limit_nouns().search(text) is not None


@lru_cache(maxsize=1)
def _other_payers() -> re.Pattern[str]:
    """Plural nouns naming payers in general (``other_payers`` in rules/employers.yaml)."""
    where = "rules/employers.yaml"
    nouns = rules.unique(rules.require(rules.load("employers"), "other_payers", list, where=where),
                         where=f"{where}:other_payers")
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
                      + r")(?![\w-])", re.I)


def _other_payer_between(index: DocIndex, start: int, end: int) -> bool:
    """Is a payer named in general (``districts``) between the employer's own amount after ``start``
    and ``end``? (``Example's clinics start at $29``: a noun before the employer's amount is its own, and
    so is one after ``its``: "..., while teachers at its mid-market schools start closer to $10,000".)"""
    between = index.amounts(start, end)
    if not between:
        return False
    text, own = index.text, _own_payer()
    return any(own.search(text, max(between[0].end, m.start() - _OWN_PAYER_REACH), m.start()) is None
               for m in _other_payers().finditer(text, between[0].end, end))


_FRAME_WORDS = 3  # words before a name at a sentence's start that leave it framing the whole sentence ("At Acme, ...")
_WORD = re.compile(r"[\w'’-]+")


def _inner_clause_employer(index: DocIndex, employer: Mention, money: Money, sentence: tuple[int, int]) -> bool:
    """Is the company named inside an earlier clause of the sentence, set off from the amount's by a semicolon,
    with no amount of its own? Not when it frames the sentence from its start ("At Acme, juniors earn $50,000;
    seniors earn $80,000")."""
    s0 = sentence[0]
    if not (s0 <= employer.start and employer.end <= money.start):
        return False
    brk = index.text.find(";", employer.end, money.start)
    if brk < 0 or index.amounts(s0, brk):
        return False
    return len(_WORD.findall(index.text, s0, employer.start)) > _FRAME_WORDS


_OWN_PAYER_REACH = 40  # characters before a payer noun searched for the possessive making it the employer's own


@lru_cache(maxsize=1)
def _own_payer() -> re.Pattern[str]:
    """``own_payer_possessives`` of rules/link.yaml, then up to two words, right before a payer noun."""
    words = _phrase_alternation(_listed(rules.load("link"), "own_payer_possessives", "rules/link.yaml"))
    return re.compile(r"(?:" + words + r")[ \t]+(?:[\w'’-]+[ \t]+){0,2}$", re.I)


_CAPITALIZED_SUBJECT = re.compile(r"[ \t,]*(?:the[ \t]+)?(?-i:[A-Z][\w&'’.-]*)", re.I)


def _named_subject_between(index: DocIndex, employer: Mention, end: int) -> bool:
    """Does a clause set against the employer's own amount (after a ``place_clauses.contrasts`` word) open
    with a name of its own before ``end``: no title, level, place or the employer itself ("NovaPay offered
    ... USD 4,500 per month, while Sakura Digital's Da Nang office hires ... at up to ...", "..., while
    Glassdoor puts the average at ...")? Then the later amount is that subject's, not the employer's."""
    between = index.amounts(employer.end, end)
    if not between:
        return False
    text = index.text
    contrast = _place_clause_rules().contrast.search(text, between[0].end, end)
    if contrast is None:
        return False
    name = _CAPITALIZED_SUBJECT.match(text, contrast.end(), end)
    if name is None:
        return False
    at = name.end() - 1  # in the name's first word
    return not any(m.start <= at < m.end and (kind != "employer" or m.value == employer.value)
                   for kind in ("role", "seniority", "location", "employer") for m in index.within(kind, contrast.end(), end))


def _employer_antecedent(index: DocIndex, money: Money, sentence: tuple[int, int], *, role_anaphor: bool) -> Optional[Mention]:
    """The company of the previous sentence, when this one refers back to it.

    ``Marrowpine Mills paid its chief executive $2.7 million. The package
    included a base salary of $860,000``: the role came from the sentence
    before, so does the employer. ``Its chief executive received $3.9
    million``: ``its`` refers to the company just named. Same paragraph only.
    """
    s0, _ = sentence
    block_i = index.block_index(money.start)
    if block_i < 0 or s0 < 2:
        return None
    previous = index.sentences.containing(s0 - 2)
    if previous is None or previous.start < index.blocks[block_i].start:
        return None
    if not role_anaphor and not find_employer_anaphor(index.text, s0, money.start):
        return None
    if _other_payers().search(index.text, s0, money.start):
        return None  # "Hard-to-staff districts also offer ...": payers of its own, unnamed
    speaking = next((a for a in index.attributions if a.kind == "inline" and s0 <= a.start and a.end <= money.start
                     and a.source.casefold() not in a.text.casefold()
                     and find_employer_anaphor(index.text, a.start, a.end)), None)
    if speaking is not None and not index.within("employer", previous.start, previous.end):
        # "Acme Freight is hiring ... The company says its drivers averaged $88,000": the company an
        # attribution names only by "the company" (resolved by the attribution detector) speaks of its staff
        return Mention(speaking.start, speaking.end, speaking.text, speaking.source, "employer", "employer.speaking")
    named = {m.value for m in index.within("employer", previous.start, previous.end)}
    if len(named) > 1:  # "Elmford starts ... and Oak Vale at ... Elmford's highest step pays": whose is unclear
        return None
    return index.last_in("employer", previous.start, previous.end)


def _antecedent(index: DocIndex, money: Money, region: Region, block: Block) -> tuple[Optional[Mention], str]:
    """The role an anaphor (``Their pay``, ``Those in Texas``, bare ``analysts``) refers back to."""
    s0, _ = region.sentence
    anaphors = index.within("anaphor", s0, money.start)
    if any(a.rule == "anaphor.this_role" for a in anaphors):
        title = _posting_title(index, index.block_index(money.start))
        if title is not None:
            return title, "anaphor"
    previous = index.sentences.containing(s0 - 2) if s0 >= 2 else None
    if previous is not None and previous.start >= block.start:
        if (anaphors or _link_rules().pay_scale.search(index.text, s0, money.start)  # "The old schedule topped out at"
                or _link_rules().figure_anaphor.search(index.text, s0, region.sentence[1])):  # "London drags that figure up"
            found = index.last_in("role", previous.start, previous.end)
            if found is None:  # "Statewide, the median wage is $37. ... that median works out to": the paragraph's title
                found = _one_title(_last_named_roles(index, previous, block))
            if found is not None:
                return found, "anaphor"
        if (_link_rules().definite_statistic.search(index.text, s0, money.start)  # "Nationally, the median wage is"
                and not index.job_nouns_in(s0, region.sentence[1])):  # "the average rate of a freelance developer"
            found = _one_title(_last_named_roles(index, previous, block))
            if found is not None:
                return found, "anaphor"
        if (index.within("role", previous.start, previous.end)  # cheap tests first
                # not a worked example: "On a $72,000 salary, a 15% bonus adds $10,800" (another clause's amounts
                # aside: "London jobs pay up to £14.50 ...: SpareRoom says the rent is about £1,050")
                and len(index.amounts(*_colon_clause(index.text, money, region.sentence))) == 1
                and not index.job_nouns_in(s0, region.sentence[1])
                and not index.within("seniority", s0, region.sentence[1])  # "offers graduates 45.000 EUR": people of its own
                and not _link_rules().not_answer_pay.search(index.text, s0, region.sentence[1])
                and not _link_rules().not_carried.search(index.text, s0, region.sentence[1])):
            # a sentence naming no one goes on about the one job of the sentence before it in its paragraph:
            # "Very few electricians are paid the award. On commercial sites, rates of $48-$56/hr are common."
            found = index.last_in("role", previous.start, previous.end)
            if found is not None and _one_title(index.within("role", previous.start, previous.end)) is not None:
                return found, "previous"
    elif block.start == s0 and _same_referent(index, s0, region.sentence[1]):
        # a paragraph opening on the same worker told of before goes on with the last sentence above it
        before = _rstrip_end(index.text, max(0, s0 - _BLANK_REACH), s0) - 1
        previous = index.sentences.containing(before) if before >= 0 else None
    else:
        previous = None
    earlier = [index.within("role", previous.start, previous.end)] if previous is not None else []
    heading = _section_heading(index, index.block_index(money.start))
    if heading is not None:  # "What truck drivers earn" ... "Offers we see for drivers ... run $0.55"
        earlier.append(index.within("role", heading.start, heading.end))
    nouns = index.job_nouns_in(s0, region.sentence[1]) if any(earlier) else None
    for roles in earlier:
        for noun in reversed(nouns or ()):
            for role in reversed(roles):
                if role.value == noun.value or role.value.endswith(" " + noun.value):
                    return role, "anaphor"
    question = _question(index, s0, block)
    if question is not None and not (index.job_nouns_in(s0, region.sentence[1]) if nouns is None else nouns) \
            and not _link_rules().not_answer_pay.search(index.text, s0, region.sentence[1]):
        found = _one_title(index.within("role", *question))  # "How much does a welder make? Most earn $50,000"
        if found is not None and not _coordinated(index.text, found, *question):
            return found, "anaphor"
    return None, "own"


_BLANK_REACH = 80  # characters searched back over the blank lines between a paragraph and the sentence above it


@lru_cache(maxsize=1)
def _same_referent_words() -> re.Pattern[str]:
    """``same_referent`` of rules/link.yaml, right before a bare job noun (``that same associate``)."""
    return re.compile(r"(?:" + _phrase_alternation(_listed(rules.load("link"), "same_referent", "rules/link.yaml"))
                      + r")[ \t]+$", re.I)


def _same_referent(index: DocIndex, start: int, end: int) -> bool:
    """Does ``text[start:end]`` name a bare job noun as the same one told of before (``so that same associate would
    earn``)? It goes on with the sentence before, across a paragraph break."""
    words = _same_referent_words()
    return any(words.search(index.text, max(start, n.start + start - 40), n.start + start) is not None
               for n in index.job_nouns_in(start, end))


def _colon_clause(text: str, money: Money, sentence: tuple[int, int]) -> tuple[int, int]:
    """The part of the sentence holding ``money`` between colons and semicolons."""
    s0, s1 = sentence
    before = max(text.rfind(":", s0, money.start), text.rfind(";", s0, money.start))
    after = [p for p in (text.find(":", money.end, s1), text.find(";", money.end, s1)) if p >= 0]
    return (before + 1 if before >= 0 else s0), (min(after) if after else s1)


# a telephone number as a field of a one-line footer: "+45 33 12 40 50", "Call 020 7946 0588", "Tel. +61 2-7010-4388"
_PHONE_FIELD = re.compile(r"[ \t*_]*(?:[A-Za-z.]+[ \t]+){0,2}\+?\d{1,4}(?:[ -]\d{2,4}){2,4}[ \t*_]*")
_MIDDLE_DOT = re.compile(r"[ \t]·[ \t]")  # between the fields of a footer line


def _footer_line(text: str, line_start: int) -> bool:
    """Is the line at ``line_start`` a page footer: a copyright line, or a line of fields joined by
    "·" one of which is a copyright notice or a telephone number?

    Its names are the publisher and its address, never the employer or place of a figure on it.

    >>> _footer_line("© 2025 Acme · Leith · PDF: £5", 0), _footer_line("Acme · 9 Main St, Leith · +44 20 7946 0321 · PDF: £5", 0)
    (True, True)
    >>> _footer_line("Acme · Leith · Newsletter: £5 a month · © 2025", 0)
    True
    >>> _footer_line("Charge Nurse · Tulsa · Up to $52 per hour", 0), _footer_line("Cook · 12 shifts · $19/hr", 0)
    (False, False)
    """
    copyright = _link_rules().copyright
    if copyright.match(text, line_start):
        return True
    end = text.find("\n", line_start)
    line = text[line_start : len(text) if end < 0 else end]
    if "·" not in line:
        return False
    fields = _MIDDLE_DOT.split(line)
    return len(fields) > 2 and any(copyright.match(f) or _PHONE_FIELD.fullmatch(f) for f in fields)


_QUESTION_END = re.compile(r"\?[ \t*_]*$")  # "...?" or "**...?**"


def _question(index: DocIndex, s0: int, block: Block) -> Optional[tuple[int, int]]:
    """The question an answer at sentence ``s0`` of ``block`` replies to: the sentence right before in its
    paragraph when that ends with ``?``, else the line right above its paragraph when that is a question (a
    FAQ's) and the paragraph names no title before the answer."""
    previous = index.sentences.containing(s0 - 2) if s0 >= 2 else None
    if previous is not None and previous.start >= block.start \
            and _QUESTION_END.search(index.text, previous.start, _rstrip_end(index.text, previous.start, previous.end)):
        return previous.start, previous.end
    block_i = index.block_index(block.start)  # "Do welders make six figures?" / "Yes. Even new graduates ..."
    if block_i < 1 or index.blocks[block_i - 1].kind not in ("paragraph", "heading"):
        return None
    above = index.blocks[block_i - 1]
    if not _QUESTION_END.search(index.text, above.start, _rstrip_end(index.text, above.start, above.end)):
        return None
    if index.within("role", block.start, s0):
        return None  # "Most new graduate RNs start at $32 ... starting pay can exceed $60": a nearer title
    return above.start, above.end


def _rstrip_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over trailing whitespace of ``text[start:end]``."""
    return start + len(text[start:end].rstrip())


_STATISTIC_CHAIN = 3  # sentences back a paragraph's statistics go on about the title named last


def _last_named_roles(index: DocIndex, previous: Sentence, block: Block) -> list[Mention]:
    """The titles of the nearest sentence naming any, from ``previous`` back within ``block``, at most
    ``_STATISTIC_CHAIN`` sentences (``Pharmacists earned a median of ... The mean was ... The lowest 10
    percent earned ...``: the paragraph still speaks of the title named first)."""
    sentence = previous
    for _ in range(_STATISTIC_CHAIN):
        roles = index.within("role", sentence.start, sentence.end)
        if roles or sentence.start < 2:
            return roles
        if index.job_nouns_in(sentence.start, sentence.end):
            return []  # "B2B designers in Romania invoice ...": people of its own, no title named
        sentence = index.sentences.containing(sentence.start - 2)
        if sentence is None or sentence.start < block.start:
            return []
    return []


_COORDINATED_BEFORE = re.compile(r"(?:,|\band|\bor|&|/)[ \t]*$", re.I)
_COORDINATED_AFTER = re.compile(r"[ \t]*(?:,|and\b|or\b|&|/)", re.I)


def _coordinated(text: str, role: Mention, start: int, end: int) -> bool:
    """Is the title one of several joined by ``and``, ``or``, ``&``, ``/``, a comma or set against others by
    ``vs.`` within start..end?

    >>> _coordinated("Pay for coaches and department heads", Mention(20, 36, "department heads", "department head", "role"), 0, 36)
    True
    >>> _coordinated("Welder pay, 2025", Mention(0, 6, "Welder", "welder", "role"), 0, 16)
    False
    """
    if _COORDINATED_BEFORE.search(text[max(start, role.start - 8) : role.start]) or _COORDINATED_AFTER.match(text[role.end : end]):
        return True
    contrast = _link_rules().title_contrast
    before = [m.end() for m in contrast.finditer(text, max(start, role.start - _CONTRAST_REACH), role.start)]
    rest = text[role.end : end]
    return bool(before and not text[before[-1] : role.start].strip(" \t")) \
        or contrast.match(text, role.end + len(rest) - len(rest.lstrip(" \t")), end) is not None


_CONTRAST_REACH = 12  # characters before a title searched for a word setting it against another ("vs. ")


def _one_title(roles: Sequence[Mention]) -> Optional[Mention]:
    """The one title a sentence names, its fullest form first named ("registered nurses ... nurses"); None
    when it names two different jobs ("technicians ... sales assistants")."""
    if not roles:
        return None
    fullest = max(roles, key=lambda r: len(r.value))
    if all(r.value == fullest.value or fullest.value.endswith(" " + r.value) for r in roles):
        return next(r for r in roles if r.value == fullest.value)
    return None


_SECTION_REACH = 12  # blocks searched back for the heading of an amount's section


def _blocks_above(index: DocIndex, block_i: int) -> Iterator[Block]:
    """The blocks above block ``block_i``, nearest first, at most ``_SECTION_REACH`` of them."""
    for j in range(block_i - 1, max(-1, block_i - 1 - _SECTION_REACH), -1):
        yield index.blocks[j]


def _section_heading(index: DocIndex, block_i: int) -> Optional[Block]:
    """The heading of the section holding block ``block_i``: the nearest heading above it."""
    return next((block for block in _blocks_above(index, block_i) if block.kind == "heading"), None)


@dataclass(frozen=True)
class Around:
    """Where an amount's context comes from beyond its own sentence, and how it was found."""

    intro: Optional[tuple[int, int]] = None  # the sentence introducing its list or table
    card: tuple[tuple[int, int], ...] = ()  # the header lines of a job-posting card
    card_title: Optional[tuple[int, int]] = None
    lead: Optional[tuple[int, int]] = None  # the sentence introducing a table above its caption line
    notes: tuple[tuple[int, int], ...] = ()  # the clauses of a table's note below it that speak of the amount's row
    post: bool = False  # the card is the head of a forum post
    intro_rest: Optional[tuple[int, int]] = None  # the intro paragraph's sentences before its intro sentence
    credit: tuple[tuple[int, int], ...] = ()  # the clauses of a list's credit line below it: read for a year only

    def spans(self) -> tuple[tuple[int, int], ...]:
        """The intro, lead and note clauses: the texts read as the amount's wider labels, nearest first."""
        return tuple(span for span in (self.intro, self.lead) if span is not None) + self.notes


def _fact(index: DocIndex, money: Money, i: int, *, doc_id: str, table_ids: dict[int, str],
          earlier: Sequence[Fact] = ()) -> tuple[Fact, Optional[Experience]]:
    text = index.text
    cell = _cell_of(index, money, table_ids)
    around = _around(index, money, cell)
    if cell is not None:
        around = _column_around(index, around, cell)
    if around.post and source_at(index.attributions, money.start) is not None:
        around = _NOWHERE  # a figure the poster credits to a source is not the poster's own pay
    if cell is not None and around.notes:
        around = _row_around(index, around, cell)
    listing = False  # the amount is the pay field of a job listed in one line
    if cell is None and not around.card:
        line = _field_line(index, money)
        if line is not None:  # "Backend Developer · Onda Digital · Braga · €30.000–€36.000": a card in one line
            around = replace(around, card=(line[0],), card_title=line[1])
            listing = True
    extra_labels = _extra_labels(index, around, money)
    if cell is not None:
        region = cell.region
        sentence_span = whole = cell.row_span
        own_text, offset, own_labels = cell.cell.text, cell.cell.start, cell.label_texts
    else:
        whole = index.sentence(money.start)
        sentence_span = _listing_of(index, money, whole)  # one listing of a line of several
        region = Region(zone=_zone(index, i, sentence_span), sentence=sentence_span, labels=_item_label(index, sentence_span),
                        foreign=_foreign(index, i, sentence_span))
        own_text, offset, own_labels = text[sentence_span[0] : sentence_span[1]], sentence_span[0], ()
    amounts = index.amounts(offset, offset + len(own_text))
    label_sets = (own_labels, own_labels + extra_labels) if extra_labels else (own_labels,)
    q, *wider = qualify_each(own_text, money.start - offset, money.end - offset, label_sets=label_sets,
                             amounts=amounts, offset=offset)
    if wider:
        q = _widen(q, wider[0], statistic=_intro_states_statistic(index, around, cell),
                   component=bool(around.spans()) and not _intro_figure(index, around))
    denied = q.category == "salary" and around.intro is not None and not around.card \
        and _denies_pay(index, around.intro_rest or around.intro, around.intro) \
        and not any(names_category(t) for t in (own_text, *own_labels))
    if denied:  # "The LOA is not part of your wage. Typical LOA rates: / • Kitimat: $160/day": no pay, though per day
        q = qualifiers_of("other", q.statistic, None, q.period)

    confidence = CONFIDENCE["own"] * (LABEL_RULE_PENALTY if money.rule.startswith("label") else 1.0)
    found: dict[str, Optional[Mention]] = {}
    hows: list[str] = []
    picked = picks(index, region, money)
    if not around.spans() and not around.card and not around.credit:  # nothing to read beyond its own text
        for kind in ("seniority", "location", "employer", "year"):
            found[kind] = picked.get(kind)
        hows.extend(("own",) * 4)
        exp, how = picked.get("experience"), "own"
    else:
        for kind in ("seniority", "location", "employer", "year"):
            found[kind], how = _context(index, kind, picked.get(kind), around, card_kind=kind != "year",
                                        title_last=kind == "location")
            hows.append(how)
        exp, how = _context(index, "experience", picked.get("experience"), around, card_kind=False)
    if cell is not None and hows[0] == "intro" and _level_of_other_column(index, cell, found["seniority"]):
        found["seniority"] = None  # "the average salary and the average starting salary": the Starting column's
    level = found["seniority"]
    required: Optional[Experience] = None  # years asked of the candidate after all the sentence's amounts
    if cell is None:  # a level belongs to its clause when the sentence has other amounts
        found["seniority"] = _clause_bound(index, found["seniority"], money, i, sentence_span)
        if found["employer"] is not None and found["employer"].start >= money.end:
            # "Rates of $28 to $44 are common; Example Creek pays $37.25": a payer named after the amount,
            # across a clause break, is the later clause's
            found["employer"] = _clause_bound(index, found["employer"], money, i, sentence_span)
        elif found["employer"] is not None and sentence_span[0] <= found["employer"].start \
                and (_other_payer_between(index, found["employer"].end, money.start)
                     or _named_subject_between(index, found["employer"], money.start)):
            found["employer"] = None  # "Example Creek pays $42. Other districts offer up to $10,000": a nearer payer
        elif found["employer"] is not None and _inner_clause_employer(index, found["employer"], money, sentence_span):
            found["employer"] = None  # "... a permit from the Ministry of Labour; tutors charge $40 an hour"
        if found["location"] is not None and found["location"].start >= money.end and any(
                found["location"].end <= m.start < sentence_span[1] for m in index.money[i + 1 :]):
            # "$1,350 a day, and nurses covering weekends in North Dakota can earn $180/hr": a place named after
            # the amount, across a clause break before another amount, is the later clause's
            found["location"] = _clause_bound(index, found["location"], money, i, sentence_span)
            if found["location"] is None:  # "In Madrid, X pays €42,000, while Barcelona start-ups offer €38,000"
                found["location"] = _clause_bound(index, index.last_in("location", sentence_span[0], money.start),
                                                  money, i, sentence_span)
        elif found["location"] is not None and found["location"].start >= money.end \
                and _place_clause_rules().set_against.search(text, money.end, found["location"].start) is not None:
            # "clinics offer graduates less than $25k, while large hospitals in Boston pay more": the place of the
            # group set against the amount's
            found["location"] = index.last_in("location", sentence_span[0], money.start)
        if found["location"] is not None and found["employer"] is not None \
                and _other_payers_place(index, found["location"], found["employer"], money, i, sentence_span):
            found["location"] = None  # "Acme pays staff in Leeds £48,000, and Beta pays its fitters £3,300"
        if _subject_experience(index, exp, money, sentence_span):
            pass
        elif _trailing_experience(index, exp, money, sentence_span):
            required = exp  # "..., asking for 3+ years": the job's requirement, no sign that the amount is pay
        else:
            exp = _clause_bound(index, exp, money, i, sentence_span)
    hows.append(how)
    role, how = _role(index, money, region, cell, around, picked.get("role"))
    hows.append(how)
    own_role = picked.get("role")
    titles = (role, own_role) if how == "intro" and cell is None and own_role is not None else (role,)
    if found["seniority"] is None and level is not None and any(t is not None and _modifies(index.text, level, t)
                                                                for t in titles):
        found["seniority"] = level  # "senior engineers ... was $274,000, and the top decile cleared $395,000"
    seniority = found["seniority"]
    if seniority is None and role is not None and (how in ("card", "anaphor") or cell is None and how == "own"
                                                   and region.sentence[0] <= role.start < region.sentence[1]):
        # "Senior Data Engineer" ... "this position pays"; "a pleno (mid-level) analyst on R$ 7 mil ...,
        # or roughly R$ 95 mil": the level is a word of the title, and goes where the title goes
        seniority = _title_seniority(index, role)
    if seniority is None and how == "intro" and cell is None and own_role is not None and own_role is not role \
            and region.sentence[0] <= own_role.start < region.sentence[1]:
        seniority = _title_seniority(index, own_role)  # "• Senior operators: $38/hr" under "Crane operator pay:"
    employer = found["employer"]
    line_start = text.rfind("\n", 0, money.start) + 1
    if cell is None and _footer_line(text, line_start):
        # "© 2025 Acme Media Inc. · 9 Harbour Road, Leith · Report PDF: $24.99": the publisher and its address
        employer = found["location"] = None
        around = replace(around, card=())
    if employer is None and around.card:
        employer = _card_employer(index, around)
    elif around.card and _link_rules().self_noun.fullmatch(employer.value):
        fuller = _card_employer(index, around)  # "City" read in "Mechanic – City of Elmbrook – $31.00/hr"
        if fuller is not None and employer.value.casefold() in fuller.value.casefold().split():
            employer = fuller

    quote = _quote_of(index, money.start) if cell is None else None
    if quote is not None:  # quoted speech: the speaker's title is not the amount's role, nor always their company
        role, employer = _quoted(index, money, quote, sentence_span, role, how, employer)

    category = q.category
    if listing and category == "market":
        category = "salary"  # "Stocker – Fernhill Market, Tulsa, OK – $14/hr": the market word is the company's name
    in_card_head = bool(around.card) and any(a <= money.start < b for a, b in around.card)
    role_says_pay = role is not None and (how != "card" or in_card_head)  # not a benefit in the description
    level_says_pay = seniority is not None and (hows[0] != "card" and how != "card" or in_card_head)
    rate = category == "other" and exchange_rate(own_text, money.start - offset, money.end - offset)
    # a limit the law or a scheme sets ("the salary threshold for that exemption rises to $844 per week") is
    # no one's pay, though a job is named around it
    role_says_pay = role_says_pay and not (category == "other" and _names_limit(own_text))
    if category == "other" and not rate and not denied and (level_says_pay or (exp and exp is not required)
                                             or (role_says_pay and (money.period or q.period or in_card_head))):
        category = "salary"  # an amount tied to a career level, a job's pay per period, or a card's pay line is pay
    pay_component = q.pay_component
    if category == "other" and not rate and cell is None and not around.card:
        continued = _continues_pay(index, money, sentence_span, own_text, earlier)
        if continued is not None:  # "... the floor is $14.75 an hour. Elsewhere in the state, the rate falls to $13.90"
            category = "salary"
            if sentence_span == whole:  # a listing's pay part is not the one of the listing before it
                pay_component = pay_component or continued.pay_component
    personal = category in PERSONAL_CATEGORIES
    if employer is None and personal and cell is None and not around.card and quote is None:
        employer = _employer_antecedent(index, money, sentence_span, role_anaphor=how == "anaphor")
        if employer is not None:
            hows[2] = "anaphor"
    for h, m in zip(hows, (seniority, found["location"], employer, found["year"], exp, role)):
        if h == "previous" and not personal:
            continue  # a job carried from the sentence before, not kept for an amount that is no one's pay
        if h != "own" and m is not None:  # a mention used, fetched from beyond the amount's own text
            confidence = min(confidence, CONFIDENCE[h])
    attributed = source_at(index.attributions, money.start)
    if attributed is not None and attributed.kind == "inline" and category != "salary" and cell is None:
        if _leaves_pay_report(index, attributed, money) and not (category == "other" and _pay_sentence(index, money)):
            attributed = None  # an amount of no clear kind next to reported pay goes on with that report

    if seniority is None and personal and cell is None and exp is None and not around.card:
        seniority = _starting_level(text, money)  # "Most new translators start between $1.10 and $1.60 per word"
    period = money.period or q.period
    scale = ANNUAL_FACTORS.get(period) if period and category == "salary" else None
    s0, s1 = whole
    year = found["year"]
    if year is not None and cell is None and in_relative_clause(text[s0:s1], year.start - s0, money.start - s0) \
            and not (money.end <= year.start and _OWN_RELATIVE.match(text, money.end) is not None):
        # (", which applies from 1 July 2024" right after the amount speaks of the amount itself)
        year = None  # "Plumvane, which raised €31 million in 2022, advertises roles at EUR 68k": the round's year
    if year is not None and cell is None and year.end <= money.start:
        rate_before = next((m for m in reversed(index.money[:i]) if s0 <= m.start and m.end <= year.start), None)
        if rate_before is not None and dates_rate(text, rate_before.end, year.start):
            year = None  # "At ₦1,617 per US dollar (June 2031), the average is worth $241": the rate's date
    if year is not None and cell is None and _other_figure_aside(index, money, year):
        year = None  # "With the levy at 11% (rising to 11.5% on 1 July 2024), a $160,000 base": the rate's date
    if year is not None and cell is None and s0 <= year.start and year.end <= money.start \
            and not same_clause(text, year.end, money.start):
        told = next((m for m in reversed(index.money[:i]) if s0 <= m.start and m.end <= year.start), None)
        if told is not None and same_clause(text, told.end, year.start) and year.start - told.end <= _TOLD_YEAR_REACH \
                and index.within("employer", year.end, money.start):
            # "Beta paid about €1,200 for 2023, and at Acme engineers receive €5,000": the year of the earlier
            # amount, another payer's
            year = None
    if year is not None and cell is None and s0 <= year.start and year.end <= money.start:
        now = _present_time().search(text, year.end, money.start)
        if now is not None and not same_clause(text, year.end, now.start()) \
                and index.amounts(s0, now.start()):
            # "In 2019 she was on €41,000 at a bakery; today she earns €64,000", "I made $4,600 a week in 2021,
            # and now I get $2,800": the year is the earlier
            # figure's, the later one is of now
            year = None
    if year is not None and cell is None and money.end <= year.start < s1:
        nxt = next((m for m in index.money[i + 1 :] if m.start >= money.end), None)
        if nxt is not None and nxt.end <= year.start and not same_clause(text, money.end, nxt.start) \
                and _link_rules().or_restated.fullmatch(text, money.end, nxt.start) is None:
            year = None  # "earns about $74,000, up from $52,000 in 2017": the later amount's year
        elif ";" in text[money.end : year.start] and any(year.end <= m.start < s1 for m in index.money[i + 1 :]):
            year = None  # "worth €9 to €13 a day; in 2024 the share is exempt up to €7.18": the later clause's
    if year is None and found["year"] is None and cell is None and not index.within("year", s0, s1):
        year = _year_anaphor(index, whole)  # "... in 2023. Laborers earned 219 kr. an hour in the same year."
        if year is not None:
            confidence = min(confidence, CONFIDENCE["anaphor"])
    if year is None and found["year"] is not None and hows[3] == "own" and around.spans():
        # "As of January 1, 2025: / 3. Florida: $13 per hour, rising to $14 on September 30, 2025": the item's
        # year is its later amount's, the list's intro dates this one
        year = _context(index, "year", None, around, card_kind=False)[0]
    location = found["location"] if not rate else None  # the price of a currency is no place's
    if location is not None and cell is None and s0 <= location.start and location.end <= money.start \
            and in_relative_clause(text[s0:s1], location.start - s0, money.start - s0):
        location = None  # "Taaleem, which runs Dubai British School, advertised posts at AED 13,500": the name's
    if location is not None and cell is None and not (whole[0] <= location.start < whole[1]) \
            and _other_places().search(text, *region.zone) is not None:
        location = None  # "Housing: KSh 14,230 (KSh 7,615 in other towns)" under "... posted in Nairobi"
    carried_place = None
    if location is None and not rate and cell is None and not around.spans() and not around.card:
        carried_place = _report_place(index, money, whole, earlier)
        if carried_place is None:  # "New York is the exception. There, associates start at ..."
            carried_place = _there_place(index, money, whole)
        if carried_place is not None:  # "In the same May 2023 survey, the lowest-paid 10 percent earned ..."
            confidence = min(confidence, CONFIDENCE["anaphor"])
    carried_year = None
    if year is None and personal and cell is None and not around.spans() and not around.card:
        # the date of the pay figures before; a market figure of the same report ("estimates that the sector
        # contributes £68.1 billion a year") is not dated by the month its pay was surveyed
        carried_year = _report_year(index, money, whole, earlier)
        if carried_year is not None:
            confidence = min(confidence, CONFIDENCE["anaphor"])
    if year is None and carried_year is None and attributed is not None and attributed.kind == "inline" \
            and s0 <= attributed.start < s1:
        carried_year = _edition_year(attributed.text)  # "..., according to a 2024 PHI analysis": its figures' year
    if year is None and carried_year is None and attributed is not None and attributed.kind == "inline" \
            and s0 <= attributed.start < s1:
        carried_year = _same_report_year(index, attributed, earlier)  # "according to the same BLS survey"
    currency = money.currency or "USD"
    if cell is not None:  # "52 100 kr" under "Sweden (SEK)"
        named = _table_currency(index, cell, around)
        if named is not None and named != currency and shared_marker(money.text):
            currency = named
    source = (_column_source(cell) if cell is not None else None) or (attributed.source if attributed else None)
    if cell is not None and source is not None and attributed is not None and attributed.kind == "credit":
        scoped, named = _scoped_source(index, cell, pay=category == "salary")
        if scoped:  # "Source: Acme Survey (salaries); Beta Rents (rents)": the clause covering its column
            source = named
    fact = Fact(
        doc_id=doc_id, start=money.start, end=money.end, text=money.text,
        sentence=_sentence_text(index, s0, s1), category=category,
        amount_min=money.amount_min, amount_max=money.amount_max, currency=currency,
        period=period,
        annual_min=money.amount_min * scale if scale and money.amount_min is not None else None,
        annual_max=money.amount_max * scale if scale and money.amount_max is not None else None,
        approx=money.approx, statistic=q.statistic, pay_component=pay_component,
        role=role.value if role and personal else None,
        seniority=seniority.value if seniority and personal else None,  # type: ignore[arg-type]
        experience_min_years=exp.min_years if exp and personal else None,
        experience_max_years=exp.max_years if exp and personal else None,
        location=location.value if location else carried_place,
        employer=_employers(index, employer) if employer and personal else None,
        source=source,
        as_of_year=int(year.value) if year else carried_year,
        table_id=cell.table_id if cell else None,
        confidence=round(confidence, 2),
    )
    return fact, exp if personal else None


_FIGURE = re.compile(r"\d(?:[\d.,]*\d)?[ \t]*(?:%|per[ \t]?cent\b)", re.I)  # a percentage: a figure of its own


def _other_figure_aside(index: DocIndex, money: Money, year: Mention) -> bool:
    """Is ``year`` inside a parenthesis the amount stands outside of, holding another figure (a percentage,
    another amount)? The year dates that figure: ``at 11% (rising to 11.5% on 1 July 2024), a $160,000 base``."""
    text = index.text
    open_ = text.rfind("(", max(0, year.start - _ASIDE_REACH), year.start)
    if open_ < 0 or ")" in text[open_:year.start] or "\n" in text[open_:year.start]:
        return False
    close = text.find(")", year.end, year.end + _ASIDE_REACH)
    if close < 0 or "(" in text[year.end:close] or open_ <= money.start < close:
        return False
    return _FIGURE.search(text, open_, close) is not None or bool(index.amounts(open_, close + 1))


_EDITION_YEAR = re.compile(r"(?<![\w/–-])((?:19|20)\d\d)(?![\w/–-])")


def _edition_year(cue: str) -> Optional[int]:
    """The one year a source's cue dates its report by ("according to a 2024 Example analysis"), else None."""
    years = _EDITION_YEAR.findall(cue)
    return int(years[0]) if len(years) == 1 else None


@lru_cache(maxsize=1)
def _same_report() -> re.Pattern[str]:
    """``same_report`` of rules/link.yaml: words of a cue pointing back at a report cited before."""
    return _words_pattern(rules.load("link"), "same_report", "rules/link.yaml")


def _same_report_year(index: DocIndex, cue: Attribution, earlier: Sequence[Fact]) -> Optional[int]:
    """The year of the report a cue points back at (``according to the same BLS survey``): the one year of the
    earlier figures credited to the same source by its last cue before, else that cue's edition year."""
    if _same_report().search(cue.text) is None:
        return None
    before = [a for a in index.attributions if a.source == cue.source and a.start < cue.start]
    if not before:
        return None
    last = before[-1]
    lo, hi = min(last.start, last.claim_start), max(last.end, last.claim_end)
    years = {f.as_of_year for f in earlier if f.source == cue.source and lo <= f.start < hi}
    if len(years) == 1 and None not in years:
        return years.pop()
    return _edition_year(last.text) if not years - {None} else None


def _report_place(index: DocIndex, money: Money, sentence: tuple[int, int], earlier: Sequence[Fact]) -> Optional[str]:
    """The place of the report a sentence naming none goes on with (:func:`_report_value`). Not when it names
    a place of its own, other places (``other_places``) or a scope of its own (``own_scope``: "Nationally,
    the median is ...")."""
    s0, s1 = sentence
    if index.within("location", s0, s1) or _other_scope(index, s0, s1):
        return None
    return _report_value(index, money, sentence, earlier, "location")


def _report_year(index: DocIndex, money: Money, sentence: tuple[int, int], earlier: Sequence[Fact]) -> Optional[int]:
    """The year of the report a sentence naming none goes on with (:func:`_report_value`): "baristas earned a
    median of $14.52 in May 2024. The top 10% of baristas earned more than $19.18" is May 2024's top decile."""
    if index.within("year", *sentence):
        return None
    return _report_value(index, money, sentence, earlier, "as_of_year")


def _report_value(index: DocIndex, money: Money, sentence: tuple[int, int], earlier: Sequence[Fact],
                  name: str) -> Any:
    """The value of field ``name`` (place, year) of the report a sentence goes on with: the one value of the
    pay figures of the sentence before in its paragraph, when this one points back at that report before its
    amount (``figure_anaphor``: "In the same May 2023 survey, ...") or speaks of its statistics
    (``definite_statistic``: "The lowest 10 percent earned ..."). Not when it names a source other than the
    report's ("Malt puts the average daily rate at ...": a report of its own)."""
    s0, s1 = sentence
    text, link_rules = index.text, _link_rules()
    roles = index.within("role", s0, s1)
    points_back = any(not any(r.start < m.end() and m.start() < r.end for r in roles)  # not "reports that data engineers"
                      for m in link_rules.figure_anaphor.finditer(text, s0, money.start))
    if not points_back and link_rules.definite_statistic.search(text, s0, money.start) is None:
        return None
    previous = _previous_in_paragraph(index, money.start, s0)
    if previous is None:
        return None
    report = [f for f in earlier if previous.start <= f.start < previous.end and f.category == "salary"]
    values = {getattr(f, name) for f in report}
    if len(values) != 1 or None in values:
        return None  # "lists HRBPs on £55,000 in London and £48k in Manchester. The same guide has ...": whose?
    sources = {f.source for f in report}
    if any(a.kind == "inline" and s0 <= a.start < s1 and a.source not in sources for a in index.attributions):
        return None
    return values.pop()


def _other_scope(index: DocIndex, s0: int, s1: int) -> bool:
    """Does the sentence ``s0..s1`` name other places (``other_places``) or a scope of its own (``own_scope``)?
    Asked once per sentence (memo on the index): each of its amounts that names no place asks it."""
    found = index.other_scopes.get((s0, s1))
    if found is None:
        text = index.text
        found = index.other_scopes[(s0, s1)] = (_other_places().search(text, s0, s1) is not None
                                                or _own_scope().search(text, s0, s1) is not None)
    return found


@lru_cache(maxsize=1)
def _place_adverb() -> re.Pattern[str]:
    """A "there" not followed by an ``existential_there`` word of rules/link.yaml ("there are" is no place)."""
    words = _phrase_alternation(sorted(_existential_words()))
    return re.compile(r"(?<![\w-])there(?![\w-])(?![ \t]*(?:" + words + r"))", re.I)


def _there_place(index: DocIndex, money: Money, sentence: tuple[int, int]) -> Optional[str]:
    """The place a sentence naming none points back at with "there" before its amount (``New York is the
    exception. There, associates start at ...``): the one place named by the sentence before it in its
    paragraph. Not the existential "there" (``there are``, ``is there``).
    """
    s0, s1 = sentence
    text = index.text
    there = _place_adverb().search(text, s0, money.start)
    if there is None or _existential(text, s0, there.start()):
        return None
    if _other_scope(index, s0, s1):
        return None
    previous = _previous_in_paragraph(index, money.start, s0)
    if previous is None:
        return None
    places = {m.value for m in index.within("location", previous.start, previous.end)}
    return places.pop() if len(places) == 1 else None


def _existential(text: str, s0: int, at: int) -> bool:
    """Is the "there" at ``at`` the inverted existential one (``is there``, ``Are there``)?"""
    before = re.search(r"([\w'’]+)[ \t]+\Z", text[max(s0, at - 20):at])
    return before is not None and before.group(1).casefold() in _existential_words()


@lru_cache(maxsize=1)
def _existential_words() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in _listed(rules.load("link"), "existential_there", "rules/link.yaml"))


@lru_cache(maxsize=1)
def _own_scope() -> re.Pattern[str]:
    """``own_scope`` of rules/link.yaml: words giving a sentence a scope of its own ("nationally")."""
    return _words_pattern(rules.load("link"), "own_scope", "rules/link.yaml")


def _starting_level(text: str, money: Money) -> Optional[Mention]:
    """The entry level read from a verb of starting out right before a pay amount: people who "start on",
    "start at" or "start between" an amount are paid what newcomers get. A floor ("rates start from $25",
    the ``floor_openers`` opening the amount's span) and a transitive use ("starts drivers at $20") are not.

    >>> t = "Dispatchers usually start at $3,400 a month."
    >>> _starting_level(t, Money(t.index("$"), t.index(" a month"), "$3,400", 3400.0, 3400.0, "USD")).value
    'entry'
    >>> t = "Hourly contracts start from $25."
    >>> _starting_level(t, Money(t.index("from"), len(t) - 1, "from $25", 25.0, None, "USD")) is None
    True
    >>> t = "The firm starts drivers at $20."
    >>> _starting_level(t, Money(t.index("$"), len(t) - 1, "$20", 20.0, 20.0, "USD")) is None
    True
    """
    rules_ = _start_rules()
    line_start = text.rfind("\n", 0, money.start) + 1
    found = rules_.verb.search(text, max(line_start, money.start - rules_.reach), money.start)
    if found is None or rules_.floor.match(money.text):
        return None
    return Mention(found.start("verb"), found.end("verb"), found.group("verb"), rules_.level, "seniority", "link.start_verb")


@dataclass(frozen=True)
class StartRules:
    verb: re.Pattern[str]  # a starting verb and its preposition, right before an amount (search, to its start)
    floor: re.Pattern[str]  # an amount's span opening with a floor word ("from $25")
    level: str
    reach: int


@lru_cache(maxsize=1)
def _start_rules() -> StartRules:
    where = "rules/link.yaml:start_verb"
    data = rules.require(rules.load("link"), "start_verb", dict, where="rules/link.yaml")
    verbs, joiners, floors = (_listed(data, key, where) for key in ("verbs", "joiners", "floor_openers"))
    level = str(rules.require(data, "level", str, where=where))
    if level not in rules.load("seniority")["labels"]:
        raise rules.RuleError(f"{where}: unknown seniority label {level!r}")
    verb = re.compile(r"(?<![\w-])(?P<verb>" + _phrase_alternation(verbs) + r")[ \t]+(?:(?:" + _phrase_alternation(joiners)
                      + r")[ \t]+)?$", re.I)
    floor = re.compile(r"(?:" + _phrase_alternation(floors) + r")", re.I)
    return StartRules(verb, floor, level, max(len(w) for w in [*verbs, *joiners]) * 2 + 4)


_CONTINUATION_RATIO = 3.0  # how far apart two amounts of one quantity may be


def _continues_pay(index: DocIndex, money: Money, sentence: tuple[int, int], own_text: str,
                   earlier: Sequence[Fact]) -> Optional[Fact]:
    """The pay of the sentence before that a sentence with no category word goes on about, if any.

    ``In the capital, the floor is $14.75 an hour. Elsewhere in the state, the
    rate falls to $13.90 from $13.25``: the second sentence names no kind of money,
    so its amounts are the same quantity as the last amount of the sentence
    before, in the same paragraph, when that one is pay in the same currency and
    of the same size (within a factor of three: an exchange rate or a market
    total after a salary is not a continuation of it). A bound open below
    (``up to $5,000``) is any size under it: ``Sign-on bonuses ... up to $5,000.
    Today $500 to $1,500 is typical`` goes on about the same bonus.
    """
    if not earlier or names_category(own_text):
        return None
    block_i = index.block_index(money.start)
    if block_i < 0:
        return None
    block_start = index.blocks[block_i].start
    previous = next((f for f in reversed(earlier) if f.start < sentence[0]), None)
    if previous is None or previous.start < block_start or previous.category != "salary" or previous.table_id:
        return None
    if (previous.currency or "USD") != (money.currency or "USD"):
        return None
    mine_low = money.amount_min if money.amount_min is not None else money.amount_max
    mine_high = money.amount_max if money.amount_max is not None else money.amount_min
    theirs_high = previous.amount_max if previous.amount_max is not None else previous.amount_min
    theirs_low = previous.amount_min if previous.amount_max is None or previous.amount_min is not None else 0.0
    if not mine_low or not mine_high or not theirs_high:
        return None
    if mine_low <= theirs_high * _CONTINUATION_RATIO and mine_high * _CONTINUATION_RATIO >= theirs_low:
        return previous
    return None


_HEADCOUNT_REACH = 40  # characters before a title searched for a head count


def _counted(text: str, role: Mention) -> bool:
    """Is the title a head count's noun (``a firm with 2,340 lawyers``), the size of a group rather than a role?

    >>> _counted("the firm with 2,340 lawyers told", Mention(20, 27, "lawyers", "lawyer", "role"))
    True
    >>> _counted("firms of 35 or fewer lawyers", Mention(21, 28, "lawyers", "lawyer", "role"))
    True
    >>> _counted("Band 5 nurses earn", Mention(7, 13, "nurses", "nurse", "role"))
    False
    >>> _counted("the class of 2021 associates", Mention(18, 28, "associates", "associate", "role"))
    False
    >>> _counted("our analysis of 1,750 welder vacancies", Mention(22, 28, "welder", "welder", "role"))
    False
    """
    rules_ = _link_rules()
    if rules_.counted_things.match(text, role.end):
        return False  # "1,750 payroll clerk vacancies": the count is of the job's adverts, the title is whose
    return rules_.headcount.search(text, max(0, role.start - _HEADCOUNT_REACH), role.start) is not None


def _speaker_role(text: str, role: Mention) -> bool:
    """Is the role the title of someone reporting pay (``recruiters say``, ``says recruiter Michael Page``)?

    Only titles of people whose trade is talking about others' pay (rules/speech.yaml
    ``speaker_roles``), right before or after a speech verb: their title is no amount's role.
    """
    rules_ = _link_rules()
    if not any(word in rules_.speaker_roles for word in role.value.split()):
        return False
    return (rules_.speech_after.match(text, role.end) is not None
            or rules_.speech_before.search(text, max(0, role.start - 40), role.start) is not None)


def _quote_of(index: DocIndex, offset: int) -> Optional[tuple[int, int]]:
    """The quotation (``"..."`` or ``“...”``, within one line) holding ``offset``, if any."""
    block_i = index.block_index(offset)
    if block_i < 0:
        return None
    return next(((a, b) for a, b in _quotes(index, block_i) if a < offset < b), None)


def _quotes(index: DocIndex, block_i: int) -> list[tuple[int, int]]:
    """The quotations of block ``block_i``, found once per block."""
    found = index.quotes.get(block_i)
    if found is None:
        block = index.blocks[block_i]
        found = index.quotes[block_i] = [m.span() for m in _QUOTE.finditer(index.text, block.start, block.end)]
    return found


def _quoted(index: DocIndex, money: Money, quote: tuple[int, int], sentence: tuple[int, int],
            role: Optional[Mention], how: str, employer: Optional[Mention]) -> tuple[Optional[Mention], Optional[Mention]]:
    """Role and employer of an amount inside a quotation.

    ``"... a KRW 3.6 million monthly package ...," said Park, HR director at Hanbit
    Freight``: the speaker's title and company, outside the quote, are not the
    amount's. The company is, when the quote speaks of it in the first person
    (``here``, ``we paid``, ``our campus offers``): it is the speaker's company,
    the one named outside the quotes of the paragraph.
    """
    q0, q1 = quote
    if role is not None and how == "own" and not q0 <= role.start < q1:
        role = None
    if employer is not None and not q0 <= employer.start < q1:
        employer = None
    if employer is None and _link_rules().first_person.search(index.text, max(q0, sentence[0]), min(q1, sentence[1])):
        block_i = index.block_index(money.start)
        block, spans = index.blocks[block_i], _quotes(index, block_i)
        employer = next((e for e in index.within("employer", block.start, block.end)
                         if not any(a <= e.start < b for a, b in spans)), None)
    return role, employer


def _extra_labels(index: DocIndex, around: Around, money: Money) -> tuple[str, ...]:
    """The texts read as the amount's further labels: its list's or table's intro (and lead), its card's lines.

    Once per intro: without a card they are the same for every amount under it.
    """
    if not around.card:
        found = index.intro_labels.get(around)
        if found is None:
            found = tuple(index.text[span[0] : span[1]] for span in around.spans())
            if around.intro_rest is not None and around.intro is not None and not names_category(found[0]) \
                    and not index.money_spans.within(*around.intro_rest):
                # "Where do nurses earn most? By unit:"; sentences with amounts of their own qualify those
                # ("... come with joining bonuses of $8,000 to $15,000. Some examples from recent adverts:")
                found += (index.text[around.intro_rest[0] : around.intro_rest[1]],)
            index.intro_labels[around] = found
        return found
    # a card's pay line says nothing about the other amounts of its description
    card_labels = tuple((a, b) for a, b in around.card if a <= money.start < b or not index.money_spans.within(a, b))
    extra_spans = around.spans() + card_labels
    return tuple(index.text[a:b] for a, b in extra_spans)


def _sentence_text(index: DocIndex, start: int, end: int) -> str:
    """A fact's sentence (or table row) as the dataset shows it: no bullet, no edge blanks (once per sentence)."""
    found = index.sentence_texts.get((start, end))
    if found is None:
        found = index.sentence_texts[(start, end)] = _BULLET.sub("", index.text[start:end]).strip()
    return found


# A non-restrictive relative clause: ", which raised ... ," (to its closing comma or the sentence's end).
def _pay_sentence(index: DocIndex, money: Money) -> bool:
    """Does another amount of the amount's sentence read as pay? ``CPAs in public practice reported a
    median base of C$83,000; those in government, C$97,000``: the second goes on with the first's report."""
    m0, m1 = index.sentence(money.start)
    same = [m for m in index.money_spans.within(m0, m1) if m.start != money.start]
    sentence = index.text[m0:m1]
    return any(qualify(sentence, m.start - m0, m.end - m0, amounts=same, offset=m0).category == "salary" for m in same)


def _leaves_pay_report(index: DocIndex, attributed: Attribution, money: Money) -> bool:
    """Does a later sentence's non-pay amount leave the pay report its source made?

    ``... report mean pay of $118,250, according to Guildcert's study. A
    Vantacert exam voucher costs $365``: the source's own sentence gave pay, the
    next sentence names a new money category, so the report has ended. A source
    whose sentence holds no amount keeps its scope (a market forecast may go on
    with it).
    """
    c0, c1 = index.sentence(attributed.start)
    if c0 <= money.start < c1:
        return False
    if attributed.start not in index.pay_reports:  # once per source, not once per fact in its scope
        sentence = index.text[c0:c1]
        own = index.money_spans.within(c0, c1)
        index.pay_reports[attributed.start] = bool(own) and all(
            qualify(sentence, m.start - c0, m.end - c0, amounts=own, offset=c0).category == "salary" for m in own)
    return index.pay_reports[attributed.start]


_FRAME_OPENER = re.compile(r"[ \t*_•-]*(?:(?:in|across|throughout|for)[ \t]+(?:the[ \t]+)?)?$", re.I)  # "In Texas, ..."


def _other_payers_place(index: DocIndex, place: Mention, employer: Mention, money: Money, i: int,
                        sentence: tuple[int, int]) -> bool:
    """Is ``place`` another payer's, named in the clause of an earlier amount of the sentence while the
    amount's own payer is named after that amount (``Acme pays staff in Leeds £48,000, and Beta pays its
    fitters £3,300``)? A place opening the sentence frames every clause (``In Leeds, Acme pays ...``)."""
    s0 = sentence[0]
    if i == 0 or not s0 <= place.start < money.start or _FRAME_OPENER.fullmatch(index.text, s0, place.start):
        return False
    before = index.money[i - 1]
    return before.start >= s0 and place.end <= before.start and before.end <= employer.start < money.start \
        and same_clause(index.text, before.end, employer.start) is False


def _clause_bound(index: DocIndex, found: Optional[T], money: Money, i: int, sentence: tuple[int, int]) -> Optional[T]:
    """Drop a seniority or experience mention across a clause break when the sentence has another amount.

    ``Junior testers start at $57,000; senior testers with 7+ years
    report $91,000``: ``7+ years`` is the second amount's, never the first's.
    """
    if found is None or not (sentence[0] <= found.start < sentence[1]):
        return found
    others = [m for j, m in enumerate(index.money) if j != i and sentence[0] <= m.start < sentence[1]]
    if not others:
        return found
    first = min(m.start for m in (*others, money))
    if (found.end <= first and _LABEL_END.fullmatch(index.text, found.end, first) is not None
            and not _ITEM_BREAK.search(index.text, first, money.start)):
        return found  # "Staff (1-3 years): $58,000 / $66,500": the item's label holds for all its amounts
    while i > 0 and sentence[0] <= index.money[i - 1].start and (
            _link_rules().or_restated.fullmatch(index.text, index.money[i - 1].end, money.start) is not None
            or _link_rules().prior_value.fullmatch(index.text, index.money[i - 1].end, money.start) is not None):
        i, money = i - 1, index.money[i - 1]  # "$0.41 to $0.47 per mile, or roughly $960 a week": read from the first
    lo, hi = (found.end, money.start) if found.end <= money.start else (money.end, found.start)
    return None if same_clause(index.text, lo, hi) is False else found


@lru_cache(maxsize=1)
def _subject_breaks() -> re.Pattern[str]:
    where = "rules/link.yaml"
    words = _listed(rules.load("link"), "subject_experience_breaks", where)
    return re.compile(r";|" + _phrase_alternation(words), re.I)  # whole words where a phrase has them (", and")


@lru_cache(maxsize=1)
def _group_share() -> re.Pattern[str]:
    """``subject_shares`` of rules/link.yaml (after an approximation word), not of another group: to match
    right after a break."""
    where = "rules/link.yaml"
    data = rules.load("link")
    shares = _phrase_alternation(_listed(data, "subject_shares", where))
    approx = _phrase_alternation(_listed(data, "subject_share_approx", where))
    return re.compile(r"[ \t]*(?:(?:" + approx + r")[ \t]+)?(?:" + shares + r")(?![ \t]+of[ \t]+(?!them\b|those\b))",
                      re.I)


def _subject_experience(index: DocIndex, exp: Optional[Experience], money: Money, sentence: tuple[int, int]) -> bool:
    """Are the years stated in the sentence's subject, before all its amounts, and reach this one?

    ``Senior partners, usually lawyers with 12+ yrs, earn a base of $420,000 plus a bonus
    above $2 million``: both amounts are the partners'. Not across a semicolon, a
    contrast or comparison word of ``subject_experience_breaks``, or another job title, unless
    what follows the break is a share of the same group (``subject_shares``: ", and roughly one in
    five reported packages of over R2 million").
    """
    if exp is None or not (sentence[0] <= exp.start and exp.end <= money.start):
        return False
    if index.amounts(sentence[0], exp.start) or index.within("role", exp.end, money.start):
        return False
    text, share = index.text, _group_share()
    return all(brk.group() != ";" and share.match(text, brk.end(), money.start) is not None
               for brk in _subject_breaks().finditer(text, exp.end, money.start))


def _trailing_experience(index: DocIndex, exp: Optional[Experience], money: Money, sentence: tuple[int, int]) -> bool:
    """Are the years a requirement closing the sentence, after all its amounts, and reach this one?

    ``Welder: $31-$38/hour plus a $4,750 signing bonus; requires 3+ years``: the years
    ask for the job both amounts pay. Not when a job title or level, or a contrast or
    comparison word of ``subject_experience_breaks``, lies between this amount and the
    sentence's last one (``Juniors get $47,250, while seniors get $83,750 with 6 years``).
    """
    if exp is None or not (money.end <= exp.start and exp.end <= sentence[1]):
        return False
    before = index.amounts(money.start, exp.start)
    if not before or index.amounts(exp.start, sentence[1]) or index.within("role", money.end, exp.start) \
            or index.within("seniority", money.end, exp.start):
        return False
    breaks, text = _subject_breaks(), index.text
    if breaks.search(text, money.end, max(money.end, before[-1].start)) is not None:
        return False
    # ", asking for at least two years": a verb asking the years of the candidate opens the requirement
    asked = _requirement_verb().search(text, before[-1].end, exp.start)
    # "..., plus $5,000 for a two-year contract" / "..., more than agents with 3 years make": the last
    # amount's own phrase or a comparison, not a requirement of the job (a semicolon only opens one)
    return all(m.group() == ";" for m in breaks.finditer(text, before[-1].end, asked.start() if asked else exp.start))


@lru_cache(maxsize=1)
def _requirement_verb() -> re.Pattern[str]:
    """``requirement_verbs`` of rules/link.yaml, closing the words before the years, with the comma or
    ``and`` joining them to the sentence.

    >>> _requirement_verb().search("a 900 € allowance, asking for ").group()
    ', asking for '
    >>> _requirement_verb().search("a 900 € allowance and requires ").group()
    ' and requires '
    >>> _requirement_verb().search("a bonus for ") is None
    True
    """
    words = _listed(rules.load("link"), "requirement_verbs", "rules/link.yaml")
    return re.compile(r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]+)(?:" + _phrase_alternation(words)
                      + r")(?:[ \t]+for)?[ \t]*$", re.I)


def _modifies(text: str, level: Mention, role: Mention) -> bool:
    """Is the level a word of the title itself (``senior software engineers``)? Then it goes where the title goes.

    >>> t = "pay for senior software engineers"
    >>> _modifies(t, Mention(8, 14, "senior", "senior", "seniority"), Mention(15, 33, "software engineers", "software engineer", "role"))
    True
    >>> _modifies(t, Mention(8, 14, "senior", "senior", "seniority"), Mention(24, 33, "engineers", "engineer", "role"))
    False
    >>> t = "a staff (senior) engineer"
    >>> _modifies(t, Mention(9, 15, "senior", "senior", "seniority"), Mention(17, 25, "engineer", "engineer", "role"))
    True
    """
    if role.start <= level.start and level.end <= role.end:
        return True
    if level.end > role.start:
        return False
    gap = text[level.end : role.start]
    if gap[:1] == ")" and text[level.start - 1 : level.start] == "(":
        gap = gap[1:]  # a level glossed in brackets: "a pleno (mid-level) developer"
    return not gap.strip(" \t-")


def _widen(own: Qualifiers, wider: Qualifiers, *, statistic: bool, component: bool = False) -> Qualifiers:
    """Qualifiers read with the intro or card as labels: category and period always, statistic when told.

    The pay component is read from a list's or table's intro when the amount's
    own text, row and header say none (``The table below shows annual base
    salaries``); never from a card's other lines.
    """
    return qualifiers_of(
        own.category if own.category != "other" else wider.category,
        own.statistic or (wider.statistic if statistic else None),
        own.pay_component or (wider.pay_component if statistic or component else None),
        own.period or wider.period,
    )


def _intro_figure(index: DocIndex, around: Around) -> bool:
    """Does the list's or table's intro sentence state an amount of its own? Its pay component is then that
    amount's (``where the base journeyman rate is $55.50 per hour, apprentices earn:``), not the items' below."""
    return around.intro is not None and bool(index.amounts(*around.intro))


def _intro_states_statistic(index: DocIndex, around: Around, cell: Optional[CellContext]) -> bool:
    """Does the intro say which statistic its figures are (``the average annual pay of ...``)?

    Only when the statistic word qualifies a pay noun, and never for a table whose
    own header row names a statistic (its columns then say which ones are averages),
    except in a column whose header names a career level and no statistic (``Average |
    Entry level | Senior level`` under ``Average annual pay ...``: the same average at
    another level, where a ``Typical range`` column is another figure). Once per intro
    and table column.
    """
    spans = tuple(span for span in (around.intro, around.lead, *around.notes) if span is not None)
    if not spans:
        return False
    key = (spans, f"{cell.table_id}:{cell.cell.col}" if cell is not None else None)
    known = index.stated_statistics.get(key)
    if known is None:
        known = index.stated_statistics[key] = _states_statistic(index, spans, cell)
    return known


def _states_statistic(index: DocIndex, spans: tuple[tuple[int, int], ...], cell: Optional[CellContext]) -> bool:
    pattern = _link_rules().intro_statistic
    if not any(pattern.search(index.text, *span) for span in spans):
        return False
    if cell is not None and cell.table.has_header:
        word = _link_rules().statistic_word
        header = " ".join(c.text for c in cell.table.cells if c.row == 0)
        if word.search(header):
            own = next((c for c in cell.table.cells if c.row == 0 and c.col == cell.cell.col), None)
            if own is None or word.search(own.text):
                return False
            levels = index.within("seniority", own.start, own.end)
            if not levels:
                return _same_statistic_column(index, spans, header, own.text)
            if not _pay_nouns().search(own.text):
                if any(_names_word(index.text, span, levels[0].text) for span in spans):
                    # "Average salary by city, with fresher and senior pay": the intro names the level
                    # apart from its average, which then is the Average column's only
                    return any(_statistic_before(index.text, span, levels[0].text) for span in spans)
                return True  # "Average | Entry level": a bare level label under the intro's average
            # "Average Salary | Starting Salary" states its own measure, unless the intro gives the
            # level its statistic ("the average starting salary")
            return any(_statistic_before(index.text, span, levels[0].text) for span in spans)
    return True


def _same_statistic_column(index: DocIndex, spans: tuple[tuple[int, int], ...], header: str, own: str) -> bool:
    """Does the intro's statistic reach a column whose header names none, in a table whose header row names
    the same one statistic (``The table below shows average earnings ...`` over ``Avg. Monthly Wage | Annual
    Bonus | Total Annual Income``)? Only for a column naming a pay noun or a pay component and no other
    measure (not ``Typical range``, ``Lowest salary``): the intro speaks of every figure of the table then."""
    if not (_pay_nouns().search(own) or qualifier_rules().patterns["pay_component"].search(own)) \
            or _link_rules().other_measure.search(own):
        return False
    pattern = _link_rules().intro_statistic
    stated = frozenset().union(*(statistics_named(m.group()) for span in spans for m in pattern.finditer(index.text, *span)))
    return len(stated) == 1 and statistics_named(header) == stated


@lru_cache(maxsize=1)
def _pay_nouns() -> re.Pattern[str]:
    """The pay nouns of ``intro_statistic`` in rules/link.yaml, as whole words."""
    where = "rules/link.yaml"
    stat = rules.require(rules.load("link"), "intro_statistic", dict, where=where)
    nouns = rules.require(stat, "pay_nouns", list, where=f"{where}:intro_statistic")
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
                      + r")(?![\w-])", re.I)


def _names_word(text: str, span: tuple[int, int], word: str) -> bool:
    """Does ``text[span]`` hold ``word`` as a whole word, in any case?

    >>> t = "Average pay by city, with entry-level and senior pay"
    >>> _names_word(t, (0, len(t)), "Senior"), _names_word(t, (0, len(t)), "Junior"), _names_word(t, (0, 9), "pay")
    (True, False, False)
    """
    low = word.casefold()
    start = 0
    chunk = text[span[0] : span[1]].casefold()
    while True:
        i = chunk.find(low, start)
        if i < 0:
            return False
        j = i + len(low)
        if (i == 0 or not chunk[i - 1].isalnum()) and (j == len(chunk) or not chunk[j].isalnum()):
            return True
        start = i + 1


def _statistic_before(text: str, span: tuple[int, int], level: str) -> bool:
    """Does a statistic word stand right before ``level`` (one word between at most) in ``text[span]``?

    >>> t = "the average salary and the average starting salary in each state"
    >>> _statistic_before(t, (0, len(t)), "Starting"), _statistic_before(t, (0, len(t)), "Senior")
    (True, False)
    """
    word = _link_rules().statistic_word
    chunk = text[span[0] : span[1]]
    low = level.casefold()
    for m in word.finditer(chunk):
        after = chunk[m.end() : m.end() + 40].split()
        if any(w.casefold().strip(",.;:") == low for w in after[:2]):
            return True
    return False


@lru_cache(maxsize=1)
def _dating_cue() -> re.Pattern[str]:
    """``dating_cues`` of rules/link.yaml closing a text, then at most a day and a month before the year.

    >>> p = _dating_cue()
    >>> [bool(p.search(t)) for t in ("scales as of 1 January ", "valid from April ", "after the ", "as of now ")]
    [True, True, False, False]
    """
    cues = _listed(rules.load("link"), "dating_cues", "rules/link.yaml")
    return re.compile(r"(?<!\w)(?:" + _phrase_trie(cues) + r")[ \t]+(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+)?"
                      r"(?-i:[A-Z][a-z]{2,8}\.?[ \t]+)?$", re.I)


def _dated_year(index: DocIndex, span: tuple[int, int]) -> Optional[Mention]:
    """The year of an intro span: the one a dating cue dates (``as of 1 January 2025``), else its last one.

    Another year of the same intro names an event (``after the 2024 pay rise``), not the figures' date.
    """
    years = index.within("year", *span)
    if len(years) < 2:
        return years[-1] if years else None
    text = index.text
    for year in years:
        if _dating_cue().search(text, max(span[0], year.start - 40), year.start):
            return year
    return years[-1]


# Year rules (context.find_years) reading a date in running text: in an intro paragraph's earlier sentence
# stating no amount, such a year dates an event, not the figures listed after it.
_EVENT_YEAR_RULES = frozenset({"year.cue", "year.date", "year.then"})


def _context(index: DocIndex, kind: str, found: Optional[Any], around: Around, *, card_kind: bool,
             title_last: bool = False) -> tuple[Optional[Mention], str]:
    """A mention from the amount's own sentence or row, else its list/table intro, else its card.

    With ``title_last`` the card's place line wins over a region in its title
    (``Sales Manager – APAC`` above ``Melbourne, VIC``).
    """
    if found is not None:
        return found, "own"
    if not index.mentions[kind].records:
        return None, "own"  # the document names nothing of this kind
    for span in around.spans():
        if kind != "year" and span in around.notes and (_link_rules().table_note.search(index.text, *span)
                                                         or _link_rules().note_sentence.match(index.text, *span)
                                                         or credit_clause(index.text, span[0])):
            continue  # a credit clause names a source, no employer or place of the figures: a year only
        found = _last_outside_range(index, kind, *span, keep_all=kind != "seniority") \
            if kind in ("role", "seniority") else _dated_year(index, span) if kind == "year" \
            else index.last_in(kind, *span)
        if found is not None:
            return found, "intro"
    if kind in ("year", "seniority") and around.intro_rest is not None:
        # "Acme's 2025 guide reports ... Figures, in that order:"; "Apprentices earn a share of the full rate. Alberta's
        # schedule:": the intro paragraph's earlier sentence names the year or level of the whole list
        found = index.last_in(kind, *around.intro_rest)
        if found is not None and kind == "year" and found.rule in _EVENT_YEAR_RULES \
                and _dates_no_list(index, found, around.intro):
            found = None  # "Paying the floor started in 2023. The law sets three values:": an event's year, not
            # one dating the list's figures (a report's edition, or a year in a sentence stating figures)
        if found is not None and kind == "seniority" and index.amounts(*index.sentence(found.start)):
            found = None  # "Big Four firms hire freshers at ₹8 LPA. Elsewhere, pay looks like this:": the level of
            # a sentence with amounts of its own is those amounts', not the list's
        if found is not None:
            return found, "intro"
    if kind == "year":
        for span in around.credit:  # "Source: Acme Survey, May 2024" under a list
            found = index.last_in(kind, *span)
            if found is not None:
                return found, "intro"
    if card_kind:
        lines = list(around.card)
        if title_last and around.card_title in lines:
            lines.remove(around.card_title)
            lines.append(around.card_title)
        for start, end in lines:
            hits = index.within(kind, start, end)
            if hits:
                return hits[0], "card"
    return None, "own"


@lru_cache(maxsize=1)
def _level_range() -> re.Pattern[str]:
    """``level_range`` of rules/link.yaml: ``from X (up) to Y`` in an intro, spanning the levels of its rows."""
    data = rules.load("link")["level_range"]
    where = "rules/link.yaml level_range"
    return re.compile(r"(?<![\w-])(?:" + _phrase_alternation(_listed(data, "opens", where)) + r")[ \t]+[^,;:.()\n]{1,60}?"
                      r"[ \t](?:" + _phrase_alternation(_listed(data, "closes", where)) + r")[ \t]+[^,;:()\n]{1,40}?"
                      r"(?=[ \t]*(?:[,;:()\n]|\.(?!\w)|$))", re.I)


def _last_outside_range(index: DocIndex, kind: str, start: int, end: int, *, keep_all: bool = True) -> Optional[Mention]:
    """The last title or level of an intro outside a range of the levels its rows run through (``what bank officers
    earn at each grade, from entry-level Grade III up to Manager``: the officers, at no one level). When every one
    stands in such a range, none, unless they are all one title (``keep_all``: ``from junior developers to
    senior developers``)."""
    found = index.within(kind, start, end)
    if not found:
        return None
    ranges = [m.span() for m in _level_range().finditer(index.text, start, end)]
    if not ranges:
        return found[-1]
    outside = [r for r in found if not any(a <= r.start and r.end <= b for a, b in ranges)]
    if outside:
        return outside[-1]
    return found[-1] if keep_all and len(found) > 1 and len({r.value for r in found}) == 1 else None


def _dates_no_list(index: DocIndex, year: Mention, intro: Optional[tuple[int, int]]) -> bool:
    """Does the event year of an intro paragraph's earlier sentence date no list below it: a sentence stating no
    figures (``Paying the floor started in 2023.``), or one whose year sits in the clause of a figure of its own
    (``the average bonus in 2023 was €6,500. Typical benefits include:``: that figure's year) under an intro
    that does not go on with the same report (``Percentiles from the same survey:``, ``list_continues``)?"""
    text = index.text
    figures = index.amounts(*index.sentence(year.start))
    if not figures:
        return True
    if intro is not None and _list_continues().search(text, *intro) is not None:
        return False
    return any(same_clause(text, min(year.end, m.end), max(year.start, m.start)) for m in figures)


@lru_cache(maxsize=1)
def _list_continues() -> re.Pattern[str]:
    """``list_continues`` of rules/link.yaml: words of a list intro going on with the report before it."""
    return _words_pattern(rules.load("link"), "list_continues", "rules/link.yaml")


def _employers(index: DocIndex, found: Mention) -> str:
    """The employer and those coordinated with it (``Flipkart and Microsoft``), joined with ``; ``."""
    records = index.mentions["employer"].records
    i = next((n for n, r in enumerate(records) if r is found), None)
    if i is None:
        return found.value
    first = last = i
    while first > 0 and _COORDINATION.fullmatch(index.text, records[first - 1].end, records[first].start):
        first -= 1
    while last + 1 < len(records) and _COORDINATION.fullmatch(index.text, records[last].end, records[last + 1].start):
        last += 1
    names: list[str] = []
    for record in records[first : last + 1]:
        if record.value not in names:
            names.append(record.value)
    return "; ".join(names)


def _zone(index: DocIndex, i: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """The stretch of the sentence nearer to amount ``i`` than to its neighbours."""
    start, end = sentence
    if i > 0 and index.money[i - 1].end > start:
        start = index.money[i - 1].end
        attached = _FOR_ROLE.match(index.text, start)  # "$119,647 for data scientists and $104,108 ..."
        if attached is not None:
            role = index.mentions["role"].containing(attached.end())
            if role is not None and role.start == attached.end():
                start = role.end
    if i + 1 < len(index.money) and index.money[i + 1].start < end:
        end = index.money[i + 1].start
        # "... with bonuses of up to £25,000, while partners can take home more than £2m":
        # a contrast word opens the next amount's clause, whose subject is not this amount's
        contrast = qualifier_rules().clause_break.search(index.text, index.money[i].end, end)
        if contrast is not None:
            end = contrast.start()
        else:  # "... would gross £26,300 a year, and a support worker doing 40 hours earns £504": the
            end = _own_clause_start(index.text, index.money[i].end, end)  # next clause's subject is the next amount's
    return start, end


def _own_clause_start(text: str, pos: int, end: int) -> int:
    """Where a coordinated clause with words of its own (``, and a support worker ... earns``) opens
    in ``text[pos:end]``, or ``end``.

    >>> s = "$9 an hour, and a plumber on nights earns $11"
    >>> s[:_own_clause_start(s, 2, s.index("$11"))]
    '$9 an hour'
    >>> s = "$9 an hour, and in Leeds $11"
    >>> _own_clause_start(s, 2, s.index("$11")) == s.index("$11")
    True
    """
    rules_ = qualifier_rules()
    for opened in _clause_openers(text, pos, end, rules_):
        comma = max(text.rfind(",", pos, opened), text.rfind(";", pos, opened))
        if _clause_of_its_own(text, comma, end, rules_):
            return comma
    return end


@dataclass(frozen=True)
class PlaceClauseRules:
    coordinator: re.Pattern[str]  # a coordinator right before a place: "and Oregon", ", Ohio"
    contrast: re.Pattern[str]  # a word setting the rest of the sentence against an amount
    attached: re.Pattern[str]  # the words between an amount and a place attached to it: " a year in "
    set_against: re.Pattern[str]  # after an amount, a clause whose place is another group's or amount's (search)


def _phrase_alternation(words: Sequence[object]) -> str:
    """Phrases as alternatives, longest first, each a whole word where it starts or ends with a word character.

    >>> re.findall(_phrase_alternation(["and", ", and"]), "sand, and band and")
    [', and', 'and']
    """
    return _phrase_trie(words, head=lambda c: r"(?<!\w)" if c.isalnum() else "",
                        tail=lambda c: r"(?!\w)" if c.isalnum() else "")


# an optional period right after an amount (" a year", " per hour", "/hr"): before an attached place, year or clause
_PERIOD_AFTER = r"(?:[ \t]+(?:an?|per|each)[ \t]+[a-z]+|[ \t]*/[ \t]*[a-z]+)?"


@lru_cache(maxsize=1)
def _place_clause_rules() -> PlaceClauseRules:
    where = "rules/link.yaml"
    data = rules.require(rules.load("link"), "place_clauses", dict, where=where)
    words = {key: _listed(data, key, f"{where}:place_clauses")
             for key in ("coordinators", "contrasts", "comparatives", "compared_amounts", "attached")}
    # a contrast word but the comparatives opens a clause set against the amount's ("clinics offer graduates less
    # than $25k a month, while large hospitals in Boston pay more"); a coordinator (maybe an adverb) and a
    # compared_amounts word state another amount only by comparison (", and considerably more in Dubai Marina")
    comparatives = set(words["comparatives"])
    contrasts = _phrase_alternation([w for w in words["contrasts"] if w not in comparatives])
    compared = (r"(?:,|\b(?:and|but|or)\b)[ \t]+(?:(?:and|but|or)[ \t]+)?(?:(?:[a-z]+ly|much|far|even|a[ \t]+(?:little|lot|bit))"
                r"[ \t]+)?(?:" + _phrase_alternation(words["compared_amounts"]) + r")")
    return PlaceClauseRules(
        coordinator=re.compile(r"(?:" + _phrase_alternation(words["coordinators"]) + r")[ \t]+(?:(?:in|the)[ \t]+)?$", re.I),
        contrast=re.compile(_phrase_alternation(words["contrasts"]), re.I),
        # an optional period and a comma, then the preposition
        attached=re.compile(_PERIOD_AFTER + r",?[ \t]+(?:"
                            + _phrase_alternation(words["attached"]) + r")[ \t]+(?:the[ \t]+)?", re.I),
        set_against=re.compile(r"(?:" + contrasts + r")|" + compared, re.I))


def _inside(mention: Mention, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= mention.start and mention.end <= end for start, end in spans)


def _not_attached(text: str, amounts: Sequence[Money], places: Sequence[Mention]) -> list[Mention]:
    """The ``places`` not attached to one of the (earlier) ``amounts`` (:func:`_attached_place`)."""
    pattern = _place_clause_rules().attached
    return [p for p in places if not any(m.end <= p.start and pattern.fullmatch(text, m.end, p.start) for m in amounts)]


def _attached_place(text: str, money: Money, places: Sequence[Mention]) -> Optional[Mention]:
    """The place named right after the amount, joined to it by a preposition (``$60,000 a year in Ohio``)."""
    pattern = _place_clause_rules().attached
    for place in places:
        if place.start > money.end and pattern.fullmatch(text, money.end, place.start) is not None:
            return place
    return None


# a relative clause opening right after an amount (and its period): it speaks of the amount ("$73,150 a year, which
# applies from 1 July 2024")
_OWN_RELATIVE = re.compile(_PERIOD_AFTER + r"[ \t]*,[ \t]*(?:which|that)\b")
_YEAR_GAP = re.compile(_PERIOD_AFTER + r",?[ \t]*", re.I)  # " a month "


def _attached_year(text: str, money: Money, years: Sequence[Mention]) -> Optional[Mention]:
    """The year right after the amount, at most a period between (``₱35,097 in 2023``, ``$41k a year in 2021``):
    it dates that amount, before a year named for an amount earlier in the sentence.

    >>> t = "was $33,575 a month in 2022 and $35,097 in 2023."
    >>> ys = [Mention(t.index(y), t.index(y) + 7, y, y[3:], "year") for y in ("in 2022", "in 2023")]
    >>> [_attached_year(t, Money(t.index(a), t.index(a) + len(a), a, None, None, None), ys).value for a in ("$33,575", "$35,097")]
    ['2022', '2023']
    """
    return next((year for year in years if year.start >= money.end
                 and _YEAR_GAP.fullmatch(text, money.end, year.start) is not None), None)


def _foreign(index: DocIndex, i: int, sentence: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """Stretches of the sentence whose places belong to a later amount's clause, never to amount ``i``.

    ``Ohio is at $40,000 and Oregon at $60,000``: a place right after a coordinator, before the next
    amount, is that amount's subject. ``$2,150 per week, versus $1,350 in Tulsa``: after a contrast word
    followed by another amount, the rest of the sentence is set against this amount.
    """
    money, text, rules_ = index.money, index.text, _place_clause_rules()
    out: list[tuple[int, int]] = []
    j = i + 1
    while j < len(money) and money[j].start < sentence[1]:
        lo = money[j - 1].end
        contrast = rules_.contrast.search(text, money[i].end, money[j].start)
        if contrast is not None:
            out.append((contrast.start(), sentence[1]))
            break
        for place in index.within("location", lo, money[j].start):
            if rules_.coordinator.search(text, lo, place.start) is not None:
                out.append((place.start, money[j].start))
                break
        j += 1
    return tuple(out)


# --------------------------------------------------------------------------- beyond the sentence


_NOWHERE = Around()


def _around(index: DocIndex, money: Money, cell: Optional[CellContext]) -> Around:
    """The intro of the amount's list or table, or the header lines of its job-posting card.

    Once per table, per list (or run of table rows) and per other block.
    """
    if cell is not None and cell.table_id in index.arounds:
        return index.arounds[cell.table_id]
    block_i = index.block_index(money.start)
    if block_i < 0:
        return _NOWHERE
    key: Any = block_i
    if cell is not None:
        key = cell.table_id
    elif index.blocks[block_i].kind in ("list_item", "table_row"):
        key = _block_run(index, block_i)  # every item reads the same intro
    known = index.arounds.get(key)
    if known is None:
        known = index.arounds[key] = _find_around(index, block_i, cell)
    return known


def _find_around(index: DocIndex, block_i: int, cell: Optional[CellContext]) -> Around:
    block = index.blocks[block_i]
    if cell is not None or block.kind in ("list_item", "table_row"):
        first, last = _block_run(index, block_i)
        if cell is not None:
            first, last = index.block_index(cell.table.start), index.block_index(cell.table.end - 1)
        intro = lead = None
        intro_rest = None
        if first > 0 and (_introduces(index, index.blocks[first - 1]) or _is_caption(index, index.blocks[first - 1], cell)):
            intro = _intro_sentence(index, index.blocks[first - 1])
            if index.blocks[first - 1].kind == "paragraph" and index.blocks[first - 1].start < intro[0]:
                intro_rest = (index.blocks[first - 1].start, intro[0])
            # a caption or heading line right above a table, itself under the paragraph that introduces it
            above = index.blocks[first - 2] if first > 1 else None
            if (cell is not None and above is not None and _caption_line(index, index.blocks[first - 1])
                    and above.kind in ("paragraph", "heading") and _introduces(index, above)):
                lead = _intro_sentence(index, above)
        # "The table below shows ... in 2024. All figures are gross monthly salaries.": the intro's note
        trailing = _intro_notes(index, index.blocks[first - 1], intro) if intro is not None else ()
        notes = trailing + (_note_clauses(index, last + 1) if cell is not None else ())
        if cell is None and block.kind == "list_item":
            card = _posting_card(index, first, last)
            if card:
                title = next(((b.start, b.end) for b in card if index.within("role", b.start, b.end)), None)
                return Around(intro=intro, card=tuple((b.start, b.end) for b in card), card_title=title)
            # "Source: Acme Survey, May 2024" under a list: the date of its figures
            return Around(intro=intro, intro_rest=intro_rest, notes=notes, credit=_note_clauses(index, last + 1))
        return Around(intro=intro, lead=lead, notes=notes, intro_rest=intro_rest)
    card = _card(index, block_i)
    if card:
        title = next(((b.start, b.end) for b in card if index.within("role", b.start, b.end)), None)
        return Around(card=tuple((b.start, b.end) for b in card), card_title=title)
    head = _post_head(index, block_i)
    if head:  # a forum post: its head speaks of the poster's job, as a card's lines do
        title = next((span for span in head if index.within("role", *span)), None)
        return Around(card=head, card_title=title, post=True)
    if _amount_line(index, block):
        # lines of nothing but amounts under their heading or intro read like a list without bullets:
        # "Pay Details" / "86,840 - 139,360 USD"; "... per year:" / "Min: $138,800" / "Max: $208,200"
        first = block_i
        while first > 0 and _amount_line(index, index.blocks[first - 1]):
            first -= 1
        if first > 0 and _introduces(index, index.blocks[first - 1]):
            return Around(intro=_intro_sentence(index, index.blocks[first - 1]))
    return _NOWHERE


def _intro_notes(index: DocIndex, block: Block, intro: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """The sentences of an intro paragraph after its intro sentence that read as a note on all the figures
    below (``All figures are gross monthly salaries in reais.``, ``Rates include overtime.``) and state no
    amount: read like a note under a table. The other sentences after it only comment."""
    if block.kind != "paragraph" or intro[1] >= block.end:
        return ()
    pattern = _link_rules().note_sentence
    return tuple((s.start, s.end) for s in index.sentences.within(intro[1], block.end)
                 if pattern.match(index.text, s.start, s.end) and not index.amounts(s.start, s.end))


def _note_clauses(index: DocIndex, block_i: int) -> tuple[tuple[int, int], ...]:
    """The clauses of the note right under a table (``Mean base pay per year; Norway per month.
    Source: Payscope survey, spring 2023.``); () when the block there is no note.

    A note is the line right after the table that holds no amount and carries a
    note or credit label (``Source:``, ``Note:``); its clauses are split at ``;``
    and sentence ends, so that each may speak of some rows only (:func:`_row_around`).
    """
    if block_i >= len(index.blocks):
        return ()
    block = index.blocks[block_i]
    if block.kind == "list_item" or index.amounts(block.start, block.end):
        return ()
    if _link_rules().table_note.search(index.text, block.start, block.end) is None:
        return ()
    spans = []
    start = block.start
    for brk in _NOTE_CLAUSE_BREAK.finditer(index.text, block.start, block.end):
        if brk.start() > start:
            spans.append((start, brk.start()))
        start = brk.end()
    if start < block.end:
        spans.append((start, block.end))
    return tuple(spans)


def _row_around(index: DocIndex, around: Around, cell: CellContext) -> Around:
    """``around`` with only the note clauses that speak of the cell's row: those naming one of its
    labels first, then those naming no row of the table (``Sweden and Poland per month`` is for
    those two rows only). Once per row."""
    key = (cell.table_id, cell.cell.row)
    known = index.row_arounds.get(key)
    if known is None:
        rows = index.table_rows[index.tables.index(cell.table)]
        labels = {row: [c.text.strip() for c in cells if c.text.strip() and not index.in_cell(c)
                        and not (cell.table.has_header and row == 0)]
                  for row, cells in rows.items()}
        own, shared = [], []
        for span in around.notes:
            clause = index.text[span[0] : span[1]]
            named = {row for row, texts in labels.items() if any(_names(clause, t) for t in texts)}
            if cell.cell.row in named:
                own.append(span)
            elif not named:
                shared.append(span)
        known = index.row_arounds[key] = replace(around, notes=tuple(own + shared))
    # "Source: Acme, May 2023 (staff medians); weekly packages from our postings, Q4 2024": a clause naming
    # other columns only is not the cell's
    # (among two clauses or more: a note of one clause naming a column's word speaks of the whole table)
    notes = known.notes
    if len(notes) >= 2 and _column_words(index, cell):
        notes = tuple(span for span in notes if span[0] < cell.table.start  # the intro's note: all its figures
                      or not _other_columns_only(index, cell, *span))
    if notes == known.notes and around.intro == known.intro:
        return known
    return replace(known, intro=around.intro, notes=notes)


def _names(clause: str, label: str) -> bool:
    """Does ``clause`` name a row ``label`` as whole words (case-insensitive)?

    >>> _names("Sweden and Poland per month", "Poland"), _names("Median pay per year", "Pay")
    (True, True)
    """
    at = clause.casefold().find(label.casefold())
    if at < 0 or len(label) < 2:
        return False
    end = at + len(label)
    return (at == 0 or not clause[at - 1].isalnum()) and (end == len(clause) or not clause[end].isalnum())


def _amount_line(index: DocIndex, block: Block) -> bool:
    """Does the line hold nothing but its amounts, after at most a short label?

    ``$90,000 and $100,400``, ``86,840 - 139,360 USD``, ``Max: $208,200``.
    """
    amounts = index.amounts(block.start, block.end)
    if not amounts:
        return False
    head = index.text[block.start : amounts[0].start]
    gaps = zip([m.end for m in amounts], [m.start for m in amounts[1:]] + [block.end])
    if any(c.isalnum() for a, b in gaps for c in index.text[a:b]):
        return False
    return not any(c.isalnum() for c in head) or _SHORT_LABEL.fullmatch(head) is not None


def _short_line(index: DocIndex, block: Block) -> bool:
    """A card line: a few words, not a sentence (a title-cased name may end in ``Inc.``)."""
    line = index.text[block.start : block.end].rstrip()
    words = line.split()
    if len(words) > _SHORT_LINE_WORDS:
        return False
    return not line.endswith((".", "!", "?")) or _TITLE_LINE.fullmatch(line) is not None


def _card(index: DocIndex, block_i: int) -> list[Block]:
    """The card holding block ``block_i`` (see :func:`_find_card`), found once per block."""
    if block_i not in index.cards:
        index.cards[block_i] = _find_card(index, block_i)
    return index.cards[block_i]


def _find_card(index: DocIndex, block_i: int) -> list[Block]:
    """Header lines of a job-posting card holding block ``block_i``, title first; [] when none.

    A card is a run of short lines (title, company, place, pay) the way job
    boards and recruiter pages print a vacancy:
    ``Lead Platform Engineer / Acme Ltd / Denver, CO / $112,000 - $138,000 a year``.
    The amount's own block is the last line of the run or the text right under it.
    The run is set off by a blank line above (plain text), or, where a page
    was flattened without blank lines (HTML cards), by a sentence above it; the
    latter needs a title line and at least one more header line. The title is
    the first line of the run that names a role (badges like ``Posted 2 days
    ago`` left over from the card above are dropped).
    """
    rules_ = _link_rules()
    lines: list[Block] = []
    i = block_i
    if _short_line(index, index.blocks[i]):
        lines.append(index.blocks[i])
    gap = False
    while i > 0 and len(lines) < rules_.card_max_lines:
        prev = index.blocks[i - 1]
        if _GAP.search(index.text, prev.end, index.blocks[i].start):
            gap = True
            break
        if not _short_line(index, prev):
            break
        lines.insert(0, prev)
        i -= 1
    opened = i == 0 or gap or _GAP.search(index.text, index.blocks[i - 1].end, index.blocks[i].start) is not None
    if not lines or (len(lines) == 1 and lines[0].start == index.blocks[block_i].start):
        return []
    if opened:
        title = lines[0]
        return lines if index.within("role", title.start, title.end) else []
    if i > 0 and _short_line(index, index.blocks[i - 1]):
        return []  # the run goes on above the window: not a card's head
    at = next((n for n, b in enumerate(lines) if index.within("role", b.start, b.end)), None)
    if at is None:
        return []
    lines = lines[at:]
    header = [b for b in lines if b.start != index.blocks[block_i].start]
    if any(b.kind == "list_item" for b in header):
        return []  # bullet points of a description are no card head
    return lines if len(header) >= 2 else []


@dataclass(frozen=True)
class PostRules:
    """How a forum post's header line looks (``post_header`` in rules/link.yaml)."""

    handle: re.Pattern[str]  # a poster's handle as a line's first field (fullmatch)
    age: re.Pattern[str]  # when it was posted, as a clock time or "3 hours ago"
    max_words: int
    quote: re.Pattern[str]  # a line quoting another post (match)


_NONBLANK = re.compile(r"\S")
_POST_HEAD_SENTENCES = 3  # a post's head is its first sentence naming a job among its first ones
_CLOCK = r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])"  # "10:07" of "10:07 AM"


@lru_cache(maxsize=1)
def _post_rules() -> PostRules:
    where = "rules/link.yaml:post_header"
    data = rules.require(rules.load("link"), "post_header", dict, where="rules/link.yaml")
    marks, ages, quotes = (_listed(data, key, where) for key in ("handle_marks", "age_words", "quote_marks"))
    marked = "(?:" + "|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True)) + r")[\w.-]{2,40}"
    handle = re.compile(marked + r"|[\w.-]{0,40}[\d_][\w.-]{0,40}|[a-z][a-z.-]{1,40}")
    age = re.compile(_CLOCK + r"|(?<!\w)\d{1,3}[ \t]*[a-z]{0,8}[ \t]+(?:" + "|".join(re.escape(a) for a in ages) + r")\b")
    return PostRules(handle, age, rules.require(data, "max_words", int, where=where),
                     re.compile("[ \t]*(?:" + "|".join(re.escape(q) for q in quotes) + ")"))


def is_post_header(line: str) -> bool:
    """Is ``line`` the header of a forum post: a poster's handle first, then when it was posted?

    >>> is_post_header("u/velvet_turnip · Mar 3, 2024, 8:41 PM · ▲ 2.3k")
    True
    >>> is_post_header("marrowpine_mod · MOD · Mar 3, 2024, 7:15 PM")
    True
    >>> is_post_header("@jdoe | 3 hours ago")
    True
    >>> is_post_header("Keynote – 9:30 AM – Main hall")  # a capitalized word is no handle
    False
    >>> is_post_header("u/someone · MOD")  # no time
    False
    """
    r = _post_rules()
    fields = _FIELD_SEPARATOR.split(line.strip(), maxsplit=1)
    if len(fields) < 2 or len(line.split()) > r.max_words or r.handle.fullmatch(fields[0]) is None:
        return False
    return r.age.search(fields[1]) is not None


def _post_head(index: DocIndex, block_i: int) -> tuple[tuple[int, int], ...]:
    """The head of the forum post holding block ``block_i`` (see ``post_header`` in rules/link.yaml); () when none.

    A thread has two post headers at least; a post runs from its header to the
    next. Its head is its first sentence (the first of its first few naming a
    job), or its run of short ``Label: value`` lines, past lines quoting another post.
    """
    if index.post_headers is None:
        # a header has a field separator: only the lines holding one are read (one scan of the text finds them)
        lines = sorted({index.block_index(m.start() + 1) for m in _SEPARATOR_MARK.finditer(index.text)})
        headers = [i for i in lines if i >= 0 and index.blocks[i].kind in ("paragraph", "heading")
                   and is_post_header(index.text[index.blocks[i].start : index.blocks[i].end])]
        index.post_headers = headers if len(headers) >= 2 else []
    headers = index.post_headers
    h = bisect_right(headers, block_i) - 1
    if h < 0 or headers[h] == block_i:
        return ()
    header = headers[h]
    if header not in index.post_heads:
        end = headers[h + 1] if h + 1 < len(headers) else len(index.blocks)
        index.post_heads[header] = _find_post_head(index, header + 1, end)
    return index.post_heads[header]


def _find_post_head(index: DocIndex, first: int, end: int) -> tuple[tuple[int, int], ...]:
    quote = _post_rules().quote
    i = first
    while i < end and quote.match(index.text, index.blocks[i].start):
        i += 1
    if i >= end:
        return ()
    labels: list[tuple[int, int]] = []
    while i < end:
        b = index.blocks[i]
        line = index.text[b.start : b.end]
        colon = line.find(":")
        if colon <= 0 or len(line[:colon].split()) > 3 or len(line.split()) > _SHORT_LINE_WORDS:
            break
        labels.append((b.start, b.end))
        i += 1
    if labels:
        return tuple(labels)
    block = index.blocks[i]
    head = first = index.sentence(block.start)
    for _ in range(_POST_HEAD_SENTENCES):  # "Not tech! Registered nurse in the ICU, ...": the first naming a job
        if index.within("role", *head) or head[1] >= block.end:
            break
        after = _NONBLANK.search(index.text, head[1], block.end)
        nxt = index.sentence(after.start()) if after is not None else head
        if nxt[0] <= head[0]:
            break
        head = nxt
    if not index.within("role", *head):
        head = first
    if any(a.claim_start < head[1] and head[0] < a.claim_end for a in index.attributions):
        return ()  # "Glassdoor says the average analyst ... makes": the poster speaks of others' pay
    return (head,)


def _field_line(index: DocIndex, money: Money) -> Optional[tuple[tuple[int, int], tuple[int, int]]]:
    """The line and its title field, when the amount stands in a job listing printed as one line of fields.

    ``Backend Developer · Onda Digital · Braga · €30.000–€36.000`` (a related-jobs
    box): at least three fields set apart by ``·`` or ``|``, the first naming a
    role, the amount a field of its own. A line of several such listings, each
    with its pay (``Welder – Acme, Leeds – £30k · Fitter – Bolt Ltd, York – £28k``),
    is read one listing at a time (:func:`_listings`). Once per line.
    """
    block_i = index.block_index(money.start)
    if block_i < 0:
        return None
    if block_i not in index.field_lines:
        block = index.blocks[block_i]
        index.field_lines[block_i] = [f for f in (_find_field_line(index, a, b)
                                                  for a, b in _listings(index, block.start, block.end)) if f]
    for line, title, priced in index.field_lines[block_i]:
        if any(a <= money.start and money.end <= b for a, b in priced):
            return line, title
    return None


_LISTING_BREAKS = tuple(re.compile(r"[ \t]+" + mark + r"[ \t]+") for mark in ("·", r"\|", "—", "–"))
_LISTING_MARKS = ("·", "|", "—", "–")  # the marks of _LISTING_BREAKS, tried in this order


def _listings(index: DocIndex, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut into listings at the first mark of ``·``, ``|``, ``—``, ``–`` (with
    blanks around) that leaves an amount in every piece, and at least two pieces: a line of several
    priced listings (``Welder · Leeds · £30k — Fitter · York · £28k``); else the whole stretch, as one."""
    text = index.text
    chunk = text[start:end]
    for mark, pattern in zip(_LISTING_MARKS, _LISTING_BREAKS):
        if mark not in chunk:
            continue
        bounds = [start]
        for m in pattern.finditer(text, start, end):
            if not index.money_spans.containing(m.start()):
                bounds.extend((m.start(), m.end()))
        if len(bounds) == 1:
            continue
        bounds.append(end)
        pieces = list(zip(bounds[::2], bounds[1::2]))
        if all(index.amounts(a, b) for a, b in pieces):
            return pieces
    return [(start, end)]


def _listing_of(index: DocIndex, money: Money, sentence: tuple[int, int]) -> tuple[int, int]:
    """The listing of a line of several priced listings that holds the amount; else its sentence."""
    for a, b in _listings(index, *sentence):
        if a <= money.start and money.end <= b:
            return a, b
    return sentence


def _find_field_line(index: DocIndex, start: int, end: int) -> Optional[tuple[tuple[int, int], tuple[int, int], list[tuple[int, int]]]]:
    seps = [m for m in _FIELD_SEPARATOR.finditer(index.text, start, end)
            if not index.money_spans.containing(m.start())]  # "$16.00 - $19.50" is one field
    if len(seps) < 2:
        return None
    starts = [start] + [m.end() for m in seps]
    ends = [m.start() for m in seps] + [end]
    fields = list(zip(starts, ends))
    if not index.within("role", *fields[0]):
        return None
    priced = [f for f in fields[1:] if index.amounts(*f)]
    return ((start, end), fields[0], priced) if priced else None


def _posting_card(index: DocIndex, first: int, last: int) -> list[Block]:
    """The card of the job posting a bulleted list (blocks first..last) belongs to; [] when none.

    A posting's sections (``Requirements``, ``Benefits``) are short headings and
    bullet lists under the card's description: ``• $4,250 moving stipend`` is the
    posting's. Only a card with a pay line, only a list whose items name no job of their own (a list of other
    jobs is no part of the posting), and only across headings and lists up to
    the description paragraph right under the card.
    """
    if index.within("role", index.blocks[first].start, index.blocks[last].end):
        return []
    j = first - 1
    while j >= 0 and first - j <= _POSTING_SECTION_REACH:
        block = index.blocks[j]
        if block.kind == "list_item" or (block.kind == "heading" and _short_line(index, block)
                                         and not index.amounts(block.start, block.end)):
            j -= 1
            continue
        card = _card(index, j) if block.kind == "paragraph" else []
        return card if any(index.amounts(b.start, b.end) for b in card) else []  # a posting prints its pay
    return []


def _title_seniority(index: DocIndex, role: Mention) -> Optional[Mention]:
    """The seniority word written right before a role (``Senior Data Engineer``), if any."""
    found = index.last_in("seniority", max(0, role.start - 40), role.start)
    if found is not None and _modifies(index.text, found, role):
        return found
    return None


def _posting_title(index: DocIndex, block_i: int) -> Optional[Mention]:
    """The role ``this position`` refers to: the nearest job-posting title above block ``block_i``,
    else the role the posting advertises."""
    for j in range(block_i - 1, -1, -1):
        card = _card(index, j)
        if card:
            return index.last_in("role", card[0].start, card[0].end)
    return _advertised_role(index)


def _advertised_role(index: DocIndex) -> Optional[Mention]:
    """The first role named right after a hiring cue (``seeking a highly motivated Data Analyst``), once per document."""
    if not index.advertised:
        index.advertised.append(_find_advertised_role(index))
    return index.advertised[0]


def _find_advertised_role(index: DocIndex) -> Optional[Mention]:
    roles = index.mentions["role"]
    for cue in _link_rules().hiring.finditer(index.text):
        # the describing words after the cue are matched greedily: the role starts at one of them
        sentence = index.sentence(cue.start())
        i = bisect_left(roles.starts, cue.end("cue"))
        while i < len(roles.records) and roles.records[i].start <= min(cue.end(), sentence[1]):
            role = roles.records[i]
            if index.text[role.start - 1] in " \t":
                return role
            i += 1
    return None


def _card_employer(index: DocIndex, around: Around) -> Optional[Mention]:
    """The company line of a card: a capitalized name that is no role, place, pay or label."""
    stop = _link_rules().card_not_names
    for start, end in around.card:
        if (start, end) == around.card_title:
            continue
        line = index.text[start:end]
        if ":" in line or _link_rules().byline.match(line):
            continue  # "By Jo Smith · Updated 3 June": the page's author, no company
        offset = 0
        for part in _CARD_SEPARATOR.split(line):
            at = line.index(part, offset)
            offset = at + len(part)
            part = _TRAILING_REMARK.sub("", part)  # "Shopwell (independent contractor)"
            part = _before_place(index, start + at, part)  # "Example Facilities, Penrith NSW"
            name = part.strip()
            if not name or any(ch.isdigit() for ch in name) or _CAP_NAME.fullmatch(name) is None or name.casefold() in stop:
                continue
            s0 = start + at
            if index.within("location", s0, s0 + len(part)) or index.within("role", s0, s0 + len(part)):
                continue
            index.card_names.append(name)
            return Mention(s0, s0 + len(part), part, name, "employer", "employer.card")
    return None


def _before_place(index: DocIndex, start: int, part: str) -> str:
    """A card field ``Name, Place`` without its place.

    What follows the first comma must be a place: a named one, or capitalized
    words (``Gold Coast QLD``, a place the gazetteer does not know).
    """
    comma = part.find(",")
    if comma < 0:
        return part
    rest = part[comma + 1 :].strip()
    s0 = start + comma + 1 + part[comma + 1 :].find(rest[:1]) if rest else start + len(part)
    head = len(part[:comma]) - len(part[:comma].lstrip())
    if any(m.start <= start + head for m in index.within("location", start, start + len(part))):
        return part  # "Boston, MA": the field is a place
    if rest and (index.within("location", s0, start + len(part)) or _CAP_NAME.fullmatch(rest)):
        return part[:comma]
    return part


_TOLD_YEAR_REACH = 40  # characters from an amount to a year after it in its clause that dates that amount only
_RESTATED_TOLERANCE = 0.03  # how far a restatement in another period may round its amount


def _restated_before(index: DocIndex, money: Fact, earlier: Sequence[Fact]) -> Optional[Fact]:
    """The earlier pay amount that a sentence opening ``That is`` (rules/link.yaml ``sentence_restatement``)
    right before this amount restates in another period, or that an amount after ``, or`` following such
    an opening restates too ("that works out at £488.40 before tax, or roughly £25,400 a year").

    The sentence right before in the paragraph is read first: its last pay amount in the same currency, and
    when both state a period, the one whose yearly value it equals (within ``_RESTATED_TOLERANCE``); with
    no pay amount of its currency there, its one pay amount, when their periods agree (a conversion). Up to
    ``sentence_restatement_reach`` sentences back in the section (the restatement may open its paragraph),
    or after ``, or``, only an amount of equal value is taken."""
    text, rules_ = index.text, _link_rules()
    s0, _ = index.sentence(money.start)
    opener = rules_.sentence_restatement.match(text, s0, money.start)
    if opener is None:
        if rules_.named_restatement.search(text, s0, money.start) is None:
            return None
        # "That 2025 average works out to about ₹54,000 a month", "puts the annual equivalent at C$55,000":
        # the figure named, of equal value in another period, may stand sentences before
        for previous in _sentences_before(index, s0, rules_.restatement_reach):
            equal = next((f for f in reversed(earlier) if previous[0] <= f.start < previous[1]
                          and f.category == "salary" and f.currency == money.currency and _equals_restated(f, money)),
                         None)
            if equal is not None:
                return equal
        return None
    strict = opener.end() != money.start  # an amount after the restated one: it must equal the earlier value
    if strict:
        chain = index.amounts(opener.end(), money.start)
        if not chain or chain[0].start != opener.end() or any(
                rules_.or_restated.fullmatch(text, a.end, b.start) is None
                for a, b in zip(chain, [*chain[1:], money])):
            return None
    for n, previous in enumerate(_sentences_before(index, s0, rules_.restatement_reach)):
        paid = [f for f in earlier if previous[0] <= f.start < previous[1] and f.category == "salary"]
        before = [f for f in paid if f.currency == money.currency]
        if not strict and n == 0 and paid and previous[1] > index.blocks[index.block_index(s0)].start:
            if not before:  # "... can earn around SAR 9,500 monthly. That is about ₱142,000 a month": a conversion
                converted = [f for f in paid if f.period == money.period or money.period is None]
                return converted[-1] if converted and len(paid) == 1 else None
            factor = ANNUAL_FACTORS.get(money.period or "")
            if factor is None or money.amount_min is None:
                return before[-1]
            mine = money.amount_min * factor  # "mean $81,240 ... median $74,400 ... That works out to $6,200 a month"
            return next((f for f in reversed(before) if _same_value(f, mine)), None)
        equal = next((f for f in reversed(before) if _equals_restated(f, money)), None)
        if equal is not None or paid:
            return equal
    return None


def _sentences_before(index: DocIndex, s0: int, reach: int) -> Iterator[tuple[int, int]]:
    """Up to ``reach`` sentences before the one starting at ``s0``, nearest first: those of its paragraph,
    then of the paragraphs above it, up to the section's heading or another kind of block."""
    block_i = index.block_index(s0)
    while block_i >= 0 and reach > 0:
        block = index.blocks[block_i]
        if block.kind != "paragraph":
            return
        for sentence in reversed(index.sentences.within(block.start, min(s0, block.end))):
            yield sentence.start, sentence.end
            reach -= 1
            if reach == 0:
                return
        block_i -= 1


def _same_value(fact: Fact, yearly: float) -> bool:
    """Is the fact's yearly value ``yearly`` (within ``_RESTATED_TOLERANCE``)?"""
    return bool(fact.annual_min) and abs(fact.annual_min - yearly) <= _RESTATED_TOLERANCE * yearly


def _equals_restated(before: Fact, after: Fact) -> bool:
    """Is ``after`` a single amount of ``before``'s (lower) value in another period: its own period, or with
    none stated, one of SPEC's periods ("at least £12.21 per hour" ... "that works out at £488.40")?"""
    if after.amount_min is None or after.amount_min != after.amount_max or after.amount_min == before.amount_min:
        return False  # ("at least £12.21" restated by "£488.40": the lower end is the value restated)
    factors = (ANNUAL_FACTORS[after.period],) if after.period in ANNUAL_FACTORS else ANNUAL_FACTORS.values()
    return any(_same_value(before, after.amount_min * factor) for factor in factors)


# The gap of a restatement after ", or" whose value is checked: the rest of the first amount's clause
# ("$2,675 a month in base pay before per diem, or roughly $32,000 a year"), no sentence break in it.
_OR_RESTATED_GAP = re.compile(r"[^.;:!?\n()$€£¥₹]{0,60},[ \t]*or[ \t]+")


def _or_restates(index: DocIndex, before: Fact, after: Fact) -> bool:
    """``$163 a month, or just under $2,000 a year``: an amount after ``, or`` closing the clause of the one
    before, in the same currency and another period, whose yearly value equals the one before it (within
    ``_RESTATED_TOLERANCE``)."""
    if before.currency != after.currency or before.period == after.period or before.category != "salary" \
            or not before.annual_min or after.amount_min is None or before.amount_max != before.amount_min \
            or after.amount_max != after.amount_min:
        return False
    factor = ANNUAL_FACTORS.get(after.period or "")
    if factor is None or _OR_RESTATED_GAP.fullmatch(index.text, before.end, after.start) is None:
        return False
    mine = after.amount_min * factor
    return abs(before.annual_min - mine) <= _RESTATED_TOLERANCE * mine


def _referred_to(index: DocIndex, fact: Fact, earlier: Sequence[Fact]) -> Optional[Fact]:
    """The earlier pay figure a definite amount refers back to (``the ₦487,265 monthly average equals
    ...``, rules/link.yaml ``back_reference``): the first earlier salary amount of the same value and currency."""
    if fact.amount_min is None or fact.amount_min != fact.amount_max or fact.role is not None:
        return None
    rules_ = _link_rules()
    if rules_.back_reference.match(index.text, fact.end) is None \
            or rules_.back_reference_before.search(index.text, max(0, fact.start - 8), fact.start) is None:
        return None
    return next((f for f in earlier if f.category == "salary" and f.currency == fact.currency
                 and f.amount_min == fact.amount_min and f.amount_max == fact.amount_max and f.role is not None
                 and (f.period is None or fact.period is None or f.period == fact.period)), None)


def _as_referred(fact: Fact, referred: Fact) -> Fact:
    """A back reference takes whose pay and what figure its earlier statement gave; where, when and who
    reported it stay as its own sentence says."""
    period = fact.period or referred.period
    scale = ANNUAL_FACTORS.get(period) if period else None
    return replace(
        fact, category="salary", period=period, role=referred.role, seniority=fact.seniority or referred.seniority,
        statistic=fact.statistic or referred.statistic, pay_component=fact.pay_component or referred.pay_component,
        annual_min=fact.amount_min * scale if scale and fact.amount_min is not None else None,
        annual_max=fact.amount_max * scale if scale and fact.amount_max is not None else None,
    )


def _inherit(fact: Fact, parent: Fact, *, period: bool = True) -> Fact:
    """A conversion in parentheses takes the qualifiers of the amount it converts (its period too, unless
    ``period`` is false)."""
    period = fact.period or (parent.period if period else None)
    scale = ANNUAL_FACTORS.get(period) if period and parent.category == "salary" else None
    return replace(
        fact, category=parent.category, period=period, statistic=parent.statistic,
        pay_component=parent.pay_component, role=parent.role, seniority=parent.seniority,
        experience_min_years=parent.experience_min_years, experience_max_years=parent.experience_max_years,
        location=parent.location, employer=parent.employer, source=fact.source or parent.source,
        as_of_year=parent.as_of_year, approx=fact.approx or parent.approx,
        annual_min=fact.amount_min * scale if scale and fact.amount_min is not None else None,
        annual_max=fact.amount_max * scale if scale and fact.amount_max is not None else None,
    )


# --------------------------------------------------------------------------- experience rows


def _experience_rows(index: DocIndex, used: dict[int, list[str]]) -> list[ExperienceRow]:
    rows = []
    for exp in index.mentions["experience"].records:
        s0, s1 = index.sentence(exp.start)
        region = Region(zone=(s0, s1), sentence=(s0, s1))
        seniority = pick(index, "seniority", region, exp)
        role = pick(index, "role", region, exp)
        if role is not None and role.rule == "role.bare_qualified":
            role = _fuller_antecedent(index, role, region) or role  # as its amount's role
        if role is None:
            block_i = index.block_index(exp.start)
            if block_i >= 0 and index.blocks[block_i].kind in ("list_item", "table_row"):
                first, last = _block_run(index, block_i)
                table = next((t for t in index.tables if t.start <= exp.start < t.end + 1), None)
                if table is not None:
                    first, last = index.block_index(table.start), index.block_index(table.end - 1)
                role, _ = _intro_role(index, first, last)
        rows.append(ExperienceRow(exp, seniority.value if seniority else None,  # type: ignore[arg-type]
                                  role.value if role else None, tuple(used.get(exp.start, ()))))
    return rows
