"""Typed records handed from one stage to the next.

Every record is a frozen dataclass. Offsets are character offsets into the
normalized document text (``start`` inclusive, ``end`` exclusive), and
``text[start:end] == record.text`` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Optional

BlockKind = Literal["heading", "paragraph", "list_item", "table_row", "caption", "line"]
Period = Literal["year", "month", "week", "day", "hour"]
Category = Literal["salary", "cost", "market", "other"]
Statistic = Literal["mean", "median"]
PayComponent = Literal["base", "bonus", "total"]
Seniority = Literal["entry", "junior", "mid", "senior", "late"]


# --------------------------------------------------------------------------- ingest


@dataclass(frozen=True, slots=True)
class Block:
    """A structural unit of the text: one line-level block (paragraph, list item, row...)."""

    start: int
    end: int
    kind: BlockKind


@dataclass(frozen=True, slots=True)
class CellSpan:
    """One cell of a table recovered by ingest (HTML) with its offsets in the text."""

    row: int
    col: int
    start: int
    end: int
    text: str
    is_header: bool = False


@dataclass(frozen=True, slots=True)
class HtmlTable:
    """A data table read from HTML; its rows were written into the text one per line."""

    start: int
    end: int
    cells: tuple[CellSpan, ...]
    caption: Optional[str] = None


@dataclass(frozen=True, slots=True)
class Document:
    """An ingested input: normalized text plus its block structure."""

    doc_id: str
    path: str
    format: str  # "txt" | "md" | "html"
    sha256: str
    text: str
    title: Optional[str] = None
    blocks: tuple[Block, ...] = ()
    html_tables: tuple[HtmlTable, ...] = ()


@dataclass(frozen=True, slots=True)
class DocumentError:
    """An input that could not be read; it still gets a row in documents.csv."""

    doc_id: str
    path: str
    format: str
    sha256: Optional[str]
    error: str


# --------------------------------------------------------------------------- detectors


@dataclass(frozen=True, slots=True)
class Money:
    """A money mention: one amount or one range, with what the expression itself says."""

    start: int
    end: int
    text: str
    amount_min: Optional[float]
    amount_max: Optional[float]
    currency: Optional[str]  # ISO 4217; None when the text names none (caller supplies default)
    period: Optional[Period] = None  # only a period stated inside or right after the span
    approx: bool = False
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Qualifiers:
    """What the words around an amount say about it."""

    category: Category = "other"
    statistic: Optional[Statistic] = None
    pay_component: Optional[PayComponent] = None
    period: Optional[Period] = None


@dataclass(frozen=True, slots=True)
class Experience:
    """A numeric amount of work experience (``20+ years``: min 20, max None)."""

    start: int
    end: int
    text: str
    min_years: Optional[float]
    max_years: Optional[float]
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Mention:
    """A context mention (role, seniority, location, employer, year) with its normalized value."""

    start: int
    end: int
    text: str
    value: str
    kind: str  # "role" | "seniority" | "location" | "employer" | "year"
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Attribution:
    """A claim credited to a named source; ``claim_*`` is the scope it covers."""

    start: int
    end: int
    text: str
    source: str  # canonical name
    cue: str  # "according to", "says", "source:", ...
    kind: Literal["inline", "credit", "intro"] = "inline"
    claim_start: int = -1
    claim_end: int = -1
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell with its offsets in the text."""

    row: int
    col: int
    start: int
    end: int
    text: str
    header: Optional[str] = None


@dataclass(frozen=True, slots=True)
class Table:
    """A table recovered from HTML or from flattened text lines."""

    start: int
    end: int
    origin: Literal["html", "text"]
    cells: tuple[Cell, ...]
    has_header: bool = False
    caption: Optional[str] = None
    rule: str = ""

    def n_rows(self) -> int:
        return 1 + max((c.row for c in self.cells), default=-1)


# --------------------------------------------------------------------------- link output


@dataclass(frozen=True, slots=True)
class Fact:
    """A money mention with its context: one row of facts.csv."""

    doc_id: str
    start: int
    end: int
    text: str
    sentence: str
    category: Category
    amount_min: Optional[float]
    amount_max: Optional[float]
    currency: str
    period: Optional[Period]
    annual_min: Optional[float]
    annual_max: Optional[float]
    approx: bool
    statistic: Optional[Statistic] = None
    pay_component: Optional[PayComponent] = None
    role: Optional[str] = None
    seniority: Optional[Seniority] = None
    experience_min_years: Optional[float] = None
    experience_max_years: Optional[float] = None
    location: Optional[str] = None
    employer: Optional[str] = None
    source: Optional[str] = None
    as_of_year: Optional[int] = None
    table_id: Optional[str] = None
    confidence: float = 1.0

    @property
    def fact_id(self) -> str:
        return f"{self.doc_id}:{self.start}"


@dataclass(frozen=True, slots=True)
class ExperienceRow:
    """An experience mention with the seniority, role and facts it is tied to."""

    experience: Experience
    seniority: Optional[Seniority] = None
    role: Optional[str] = None
    fact_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DocResult:
    """Everything extracted from one document: the unit every executor hands back."""

    document: Document | DocumentError
    facts: tuple[Fact, ...] = ()
    experience: tuple[ExperienceRow, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    tables: tuple[Table, ...] = ()
