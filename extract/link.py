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
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Optional, Sequence, TypeVar

from spacy.tokens import Doc

from . import rules
from .attribution import source_at
from .experience import nearest
from .qualifiers import qualify
from .sentences import Sentence, split_sentences
from .types import Attribution, Block, Cell, Experience, ExperienceRow, Fact, Mention, Money, Table

ANNUAL_FACTORS = {"year": 1, "month": 12, "week": 52, "day": 260, "hour": 2080}  # SPEC's scaling
PERSONAL_CATEGORIES = {"salary"}  # whose pay: role, seniority, experience and employer attach only to pay

CONFIDENCE = {"own": 0.95, "intro": 0.85, "anaphor": 0.7, "description": 0.6}
LABEL_RULE_PENALTY = 0.85  # an amount read without a currency sign, from a pay label

_BULLET = re.compile(r"^[•]\s*")
_CONVERSION_GAP = re.compile(r"\s*[(\[]\s*(?:or|i\.e\.,?|about|approx\.?|approximately|~)?\s*$")

T = TypeVar("T")


# --------------------------------------------------------------------------- indexes


class Spans:
    """Records of one kind sorted by start, for range queries."""

    def __init__(self, records: Sequence[T]) -> None:
        self.records = sorted(records, key=lambda r: (r.start, r.end))
        self.starts = [r.start for r in self.records]

    def within(self, start: int, end: int) -> list:
        """Records lying entirely inside [start, end)."""
        i = bisect_right(self.starts, start - 1)
        out = []
        for record in self.records[i:]:
            if record.start >= end:
                break
            if record.end <= end:
                out.append(record)
        return out

    def containing(self, offset: int):
        """The record whose span contains ``offset`` (records must not overlap)."""
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and self.records[i].start <= offset < self.records[i].end:
            return self.records[i]
        return None


@dataclass(frozen=True)
class Region:
    """Where an amount's context may be read: its zone, sentence and extra label regions."""

    zone: tuple[int, int]
    sentence: tuple[int, int]
    labels: tuple[tuple[int, int], ...] = ()


@dataclass
class DocIndex:
    """Everything the linker looks up, indexed once per document."""

    text: str
    sentences: Spans
    blocks: list[Block]
    block_starts: list[int]
    money: list[Money]
    mentions: dict[str, Spans]
    experience: Spans
    attributions: list[Attribution]
    tables: list[Table]

    @classmethod
    def from_doc(cls, doc: Doc, blocks: Sequence[Block]) -> "DocIndex":
        records = doc._.records or {}

        def values(group: str) -> list:
            return list(records.get(group, ()))

        blocks = sorted(blocks, key=lambda b: b.start)
        text = getattr(doc._, "text", None) or doc.text  # joined once by annotate (Doc.text rebuilds it)
        return cls(
            text=text,
            sentences=Spans(split_sentences(text)),
            blocks=blocks,
            block_starts=[b.start for b in blocks],
            money=sorted(values("money"), key=lambda m: m.start),
            mentions={k: Spans(values(k)) for k in ("role", "seniority", "location", "employer", "year", "anaphor")},
            experience=Spans(values("experience")),
            attributions=values("attribution"),
            tables=sorted(values("table"), key=lambda t: t.start),
        )

    def block_index(self, offset: int) -> int:
        return bisect_right(self.block_starts, offset) - 1

    def sentence(self, offset: int) -> tuple[int, int]:
        found = self.sentences.containing(offset)
        if found is None:
            i = self.block_index(offset)
            block = self.blocks[i] if i >= 0 else None
            return (block.start, block.end) if block else (offset, offset)
        return found.start, found.end


# --------------------------------------------------------------------------- choosing a mention


def pick(spans: Spans, region: Region, money: Money, *, text: Optional[str] = None) -> Optional[Mention]:
    """The mention of one kind that qualifies ``money``: zone, then sentence, then labels."""
    for start, end in (region.zone, region.sentence):
        found = nearest(spans.within(start, end), money.start, money.end, text=text)
        if found is not None:
            return found
    for start, end in region.labels:
        found = spans.within(start, end)
        if found:
            return found[0]
    return None


@lru_cache(maxsize=1)
def _link_rules() -> tuple[re.Pattern[str], bool]:
    data = rules.load("link")
    cues = rules.unique(rules.require(data, "intro_cues", list, where="rules/link.yaml"), where="rules/link.yaml")
    pattern = re.compile(r"(?:" + "|".join(rf"\b{re.escape(c)}\b" for c in cues) + r")|:\s*$", re.I)
    return pattern, bool(data.get("describe_from_next_paragraph", False))


def _block_run(index: DocIndex, block_i: int) -> tuple[int, int]:
    """First and last block index of the list (or run of table rows) holding block ``block_i``."""
    kind = index.blocks[block_i].kind
    first = last = block_i
    while first > 0 and index.blocks[first - 1].kind == kind:
        first -= 1
    while last + 1 < len(index.blocks) and index.blocks[last + 1].kind == kind:
        last += 1
    return first, last


def _introduces(index: DocIndex, block: Block) -> bool:
    if block.kind == "heading":
        return True
    if block.kind != "paragraph":
        return False
    s0, s1 = _last_sentence(index, block)
    return bool(_link_rules()[0].search(index.text[s0:s1]))


def _intro_role(index: DocIndex, first: int, last: int) -> tuple[Optional[Mention], str]:
    """Role of a list or table spanning blocks first..last: its intro, else the card's description."""
    roles = index.mentions["role"]
    if first > 0 and _introduces(index, index.blocks[first - 1]):
        s0, s1 = _last_sentence(index, index.blocks[first - 1])
        found = _last_in(roles, s0, s1)
        return found, "intro"
    if _link_rules()[1] and last + 1 < len(index.blocks) and index.blocks[last + 1].kind == "paragraph":
        following = index.blocks[last + 1]
        found = roles.within(following.start, following.end)
        if found:
            return found[0], "description"
    return None, "own"


def _last_sentence(index: DocIndex, block: Block) -> tuple[int, int]:
    sentence = index.sentences.containing(max(block.start, block.end - 1))
    return (sentence.start, sentence.end) if sentence else (block.start, block.end)


def _last_in(spans: Spans, start: int, end: int) -> Optional[Mention]:
    found = spans.within(start, end)
    return found[-1] if found else None


# --------------------------------------------------------------------------- tables


@dataclass(frozen=True)
class CellContext:
    table_id: str
    table: Table
    cell: Cell
    row_span: tuple[int, int]
    labels: tuple[tuple[int, int], ...]  # row label cell, column header cell
    label_texts: tuple[str, ...]


def _cell_of(index: DocIndex, money: Money, table_ids: dict[int, str]) -> Optional[CellContext]:
    for n, table in enumerate(index.tables):
        if table.start <= money.start < table.end + 1:
            for cell in table.cells:
                if cell.start <= money.start and money.end <= cell.end:
                    return _cell_context(table, cell, table_ids[n])
    return None


def _cell_context(table: Table, cell: Cell, table_id: str) -> CellContext:
    row_cells = [c for c in table.cells if c.row == cell.row]
    label_cell = next((c for c in row_cells if c.col == 0 and c is not cell), None)
    header_cell = (next((c for c in table.cells if c.row == 0 and c.col == cell.col), None)
                   if table.has_header else None)
    labels = tuple((c.start, c.end) for c in (label_cell, header_cell) if c is not None)
    texts = tuple(t for t in (cell.header, label_cell.text if label_cell else None, table.caption) if t)
    row_span = (min(c.start for c in row_cells), max(c.end for c in row_cells))
    return CellContext(table_id, table, cell, row_span, labels, texts)


# --------------------------------------------------------------------------- facts


def link(doc: Doc, *, doc_id: str, blocks: Sequence[Block]) -> tuple[list[Fact], list[ExperienceRow]]:
    """Turn an annotated document into facts and experience rows."""
    index = DocIndex.from_doc(doc, blocks)
    table_ids = {n: f"{doc_id}:t{n}" for n in range(len(index.tables))}
    facts: list[Fact] = []
    used_experience: dict[int, list[str]] = {}
    previous: Optional[Fact] = None
    for i, money in enumerate(index.money):
        fact, exp = _fact(index, money, i, doc_id=doc_id, table_ids=table_ids)
        if previous is not None and _CONVERSION_GAP.fullmatch(index.text[previous.end : money.start]):
            fact = _inherit(fact, previous)  # `$164,000 (Rs 1.17 crore)`: the conversion takes its qualifiers
        if exp is not None:
            used_experience.setdefault(exp.start, []).append(fact.fact_id)
        facts.append(fact)
        previous = fact
    return facts, _experience_rows(index, used_experience)


def _fact(index: DocIndex, money: Money, i: int, *, doc_id: str, table_ids: dict[int, str]) -> tuple[Fact, Optional[Experience]]:
    text = index.text
    cell = _cell_of(index, money, table_ids)
    if cell is not None:
        region = Region(zone=(cell.cell.start, cell.cell.end), sentence=(cell.cell.start, cell.cell.end), labels=cell.labels)
        sentence_span = cell.row_span
        q = qualify(cell.cell.text, money.start - cell.cell.start, money.end - cell.cell.start, labels=cell.label_texts)
    else:
        sentence_span = index.sentence(money.start)
        region = Region(zone=_zone(index, i, sentence_span), sentence=sentence_span)
        s0, s1 = sentence_span
        q = qualify(text[s0:s1], money.start - s0, money.end - s0)

    confidence = CONFIDENCE["own"] * (LABEL_RULE_PENALTY if money.rule.startswith("label") else 1.0)
    seniority = pick(index.mentions["seniority"], region, money, text=index.text)
    exp = pick(index.experience, region, money, text=index.text)
    category = q.category
    if category == "other" and (seniority or exp):
        category = "salary"  # an amount tied to a career level is pay
    personal = category in PERSONAL_CATEGORIES

    role, how = _role(index, money, region, cell)
    if how != "own":
        confidence = min(confidence, CONFIDENCE[how])
    employer = pick(index.mentions["employer"], region, money, text=index.text)
    location = pick(index.mentions["location"], region, money, text=index.text)
    year = pick(index.mentions["year"], region, money, text=index.text)
    attributed = source_at(index.attributions, money.start)

    period = money.period or q.period
    scale = ANNUAL_FACTORS.get(period) if period and category == "salary" else None
    s0, s1 = sentence_span
    fact = Fact(
        doc_id=doc_id, start=money.start, end=money.end, text=money.text,
        sentence=_BULLET.sub("", text[s0:s1]).strip(), category=category,
        amount_min=money.amount_min, amount_max=money.amount_max, currency=money.currency or "USD",
        period=period,
        annual_min=money.amount_min * scale if scale and money.amount_min is not None else None,
        annual_max=money.amount_max * scale if scale and money.amount_max is not None else None,
        approx=money.approx, statistic=q.statistic, pay_component=q.pay_component,
        role=role.value if role and personal else None,
        seniority=seniority.value if seniority and personal else None,  # type: ignore[arg-type]
        experience_min_years=exp.min_years if exp and personal else None,
        experience_max_years=exp.max_years if exp and personal else None,
        location=location.value if location else None,
        employer=employer.value if employer and personal else None,
        source=attributed.source if attributed else None,
        as_of_year=int(year.value) if year else None,
        table_id=cell.table_id if cell else None,
        confidence=round(confidence, 2),
    )
    return fact, exp if personal else None


def _zone(index: DocIndex, i: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """The stretch of the sentence nearer to amount ``i`` than to its neighbours."""
    start, end = sentence
    if i > 0 and index.money[i - 1].end > start:
        start = index.money[i - 1].end
    if i + 1 < len(index.money) and index.money[i + 1].start < end:
        end = index.money[i + 1].start
    return start, end


def _role(index: DocIndex, money: Money, region: Region, cell: Optional[CellContext]) -> tuple[Optional[Mention], str]:
    roles = index.mentions["role"]
    found = pick(roles, region, money, text=index.text)
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
        return _intro_role(index, first, last)
    s0, _ = region.sentence
    if index.mentions["anaphor"].within(s0, money.start):
        previous = index.sentences.containing(s0 - 2)
        if previous is not None and previous.start >= block.start:
            found = _last_in(roles, previous.start, previous.end)
            if found is not None:
                return found, "anaphor"
    return None, "own"


def _inherit(fact: Fact, parent: Fact) -> Fact:
    """A conversion in parentheses takes the qualifiers of the amount it converts."""
    period = fact.period or parent.period
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
    for exp in index.experience.records:
        s0, s1 = index.sentence(exp.start)
        region = Region(zone=(s0, s1), sentence=(s0, s1))
        seniority = pick(index.mentions["seniority"], region, exp, text=index.text)
        role = pick(index.mentions["role"], region, exp, text=index.text)
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
