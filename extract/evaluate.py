"""Score an output folder against hand-made gold, as SPEC's "How it is scored" says.

- A system fact matches a gold fact of the same document when their non-null
  amounts (as a set) and currency agree; among equal keys, in document order.
- Over matched facts each field is scored as precision and recall of its
  non-null values; gold ``"?"`` is not scored. Strings compare
  case-insensitively after trimming ``the``, punctuation and plurals.
- Experience matches on (min_years, max_years), attributions on source,
  table cells on (row label, column header, cell text).
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional

import pandas as pd

FIELDS = ("bounds", "period", "approx", "category", "statistic", "pay_component", "role", "seniority",
          "experience", "location", "employer", "source", "as_of_year")
NORMALIZATION_FIELDS = ("bounds", "period", "approx", "category", "statistic", "pay_component")
CONTEXT_FIELDS = ("role", "seniority", "experience", "location", "employer", "source", "as_of_year")


@dataclass
class Score:
    """True positives, false positives and false negatives, with P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Score") -> "Score":
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """Every score of one evaluation plus the misses for ``-v``."""

    detection: Score = field(default_factory=Score)
    fields: dict[str, Score] = field(default_factory=lambda: {f: Score() for f in FIELDS})
    experience: Score = field(default_factory=Score)
    attributions: Score = field(default_factory=Score)
    tables: Score = field(default_factory=Score)
    exact: int = 0
    gold_facts: int = 0
    misses: list[str] = field(default_factory=list)

    def group(self, names: Iterable[str]) -> Score:
        total = Score()
        for name in names:
            total = total.add(self.fields[name])
        return total

    @property
    def fully_right(self) -> float:
        """Share of gold facts matched with every scored field right."""
        return self.exact / self.gold_facts if self.gold_facts else 1.0

    def table(self) -> str:
        lines = [f"{'':24} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]

        def row(name: str, s: Score) -> None:
            lines.append(f"{name:24} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}")

        row("money detection", self.detection)
        for name in FIELDS:
            row(f"  {name}", self.fields[name])
        row("normalization fields", self.group(NORMALIZATION_FIELDS))
        row("context fields", self.group(CONTEXT_FIELDS))
        row("experience", self.experience)
        row("attributions", self.attributions)
        row("table cells", self.tables)
        lines.append(f"facts fully right: {self.exact}/{self.gold_facts} = {self.fully_right:.3f}")
        return "\n".join(lines)


# --------------------------------------------------------------------------- normalization


_ARTICLE = re.compile(r"^(the)\s+|\s+(the)$")
_PUNCT = re.compile(r"[^\w\s]")


def norm_str(value: Any) -> Optional[str]:
    """Compare form of a string: lower case, no `the`, no punctuation, no plural s.

    >>> norm_str("The Bureau of Labor Statistics."), norm_str("Data Scientists")
    ('bureau of labor statistic', 'data scientist')
    """
    if _null(value):
        return None
    s = _PUNCT.sub(" ", str(value).casefold())
    s = " ".join(s.split())
    s = _ARTICLE.sub("", s).strip()
    words = [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in s.split()]
    return " ".join(words)


def _null(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _num(value: Any) -> Optional[float]:
    return None if _null(value) else round(float(value), 2)


def _field_value(fact: dict[str, Any], name: str) -> Any:
    """The comparable value of one scored field; None is null, "?" is not scored."""
    if name == "bounds":
        return (_num(fact.get("amount_min")), _num(fact.get("amount_max")))
    if name == "experience":
        lo, hi = fact.get("experience_min_years"), fact.get("experience_max_years")
        if lo == "?" or hi == "?":
            return "?"
        return None if _null(lo) and _null(hi) else (_num(lo), _num(hi))
    value = fact.get(name)
    if value == "?":
        return "?"
    if name == "approx":
        return True if value is True or str(value).lower() == "true" else None
    if name == "as_of_year":
        return None if _null(value) else int(float(value))
    if name in ("role", "location", "employer", "source"):
        return norm_str(value)
    return None if _null(value) else str(value)


def _key(fact: dict[str, Any]) -> tuple:
    amounts = frozenset(v for v in (_num(fact.get("amount_min")), _num(fact.get("amount_max"))) if v is not None)
    return amounts, str(fact.get("currency") or "").upper()


# --------------------------------------------------------------------------- scoring


def score_facts(gold: list[dict[str, Any]], system: list[dict[str, Any]], report: Report, *, doc_id: str) -> None:
    """Match facts by (amount set, currency) in document order and score each field."""
    pending: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for fact in system:
        pending[_key(fact)].append(fact)
    matched = 0
    report.gold_facts += len(gold)
    for g in gold:
        queue = pending.get(_key(g))
        if not queue:
            report.misses.append(f"{doc_id}: missed fact {g.get('text')!r}")
            continue
        s = queue.pop(0)
        matched += 1
        right = True
        for name in FIELDS:
            gv, sv = _field_value(g, name), _field_value(s, name)
            if gv == "?":
                continue
            sc = report.fields[name]
            if gv is None and sv is None:
                continue
            if gv == sv:
                sc.tp += 1
                continue
            right = False
            if sv is not None:
                sc.fp += 1
            if gv is not None:
                sc.fn += 1
            report.misses.append(f"{doc_id}: {g.get('text')!r} {name}: gold {gv!r}, system {sv!r}")
        report.exact += right
    extra = sum(len(q) for q in pending.values())
    for queue in pending.values():
        for s in queue:
            report.misses.append(f"{doc_id}: spurious fact {s.get('text')!r}")
    report.detection = report.detection.add(Score(matched, extra, len(gold) - matched))


def _multiset(gold: Iterable[Any], system: Iterable[Any]) -> Score:
    g, s = Counter(gold), Counter(system)
    tp = sum((g & s).values())
    return Score(tp, sum(s.values()) - tp, sum(g.values()) - tp)


def _cell_text(text: object) -> str:
    """A cell's text as a reader sees it: any run of white space (a no-break space too) is one space.

    >>> _cell_text("42\xa0000\xa0€ "), _cell_text("42 000 €")
    ('42 000 €', '42 000 €')
    """
    return " ".join(str(text).split())


def gold_cells(tables: list[dict[str, Any]]) -> list[tuple]:
    """(row label, column header, cell text) of every body cell of the gold tables."""
    cells = []
    for table in tables:
        header = table.get("header")
        for row in table.get("rows", []):
            for col, text in enumerate(row):
                head = header[col] if header and col < len(header) else None
                cells.append((norm_str(row[0]), norm_str(head), _cell_text(text)))
    return cells


def system_cells(df: pd.DataFrame) -> list[tuple]:
    """The same triples from tables.csv rows (header rows excluded)."""
    cells = []
    for _, table in df.groupby("table_id", sort=False):
        has_header = table.loc[table["row"] > 0, "header"].notna().any()
        labels = {r.row: r.text for r in table.itertuples() if r.col == 0}
        for r in table.itertuples():
            if has_header and r.row == 0:
                continue
            head = None if _null(r.header) else r.header
            cells.append((norm_str(labels.get(r.row)), norm_str(head), _cell_text(r.text)))
    return cells


def evaluate(output: Path, gold_dir: Path) -> Report:
    """Score the dataset in ``output`` against every ``<doc_id>.json`` in ``gold_dir``."""
    output, gold_dir = Path(output), Path(gold_dir)
    facts = _read(output / "facts.csv")
    experience = _read(output / "experience.csv")
    attributions = _read(output / "attributions.csv")
    tables = _read(output / "tables.csv")
    report = Report()
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc_id = gold["doc_id"]
        mine = facts[facts["doc_id"] == doc_id].sort_values("start").to_dict("records")
        score_facts(gold.get("facts", []), mine, report, doc_id=doc_id)
        exp = experience[experience["doc_id"] == doc_id]
        report.experience = report.experience.add(_multiset(
            [(_num(e.get("min_years")), _num(e.get("max_years"))) for e in gold.get("experience", [])],
            [(_num(r.min_years), _num(r.max_years)) for r in exp.itertuples()]))
        att = attributions[attributions["doc_id"] == doc_id]
        report.attributions = report.attributions.add(_multiset(
            [norm_str(a["source"]) for a in gold.get("attributions", [])], [norm_str(s) for s in att["source"]]))
        report.tables = report.tables.add(_multiset(gold_cells(gold.get("tables", [])),
                                                    system_cells(tables[tables["doc_id"] == doc_id])))
    return report


def _read(path: Path) -> pd.DataFrame:
    if not path.exists():
        raise FileNotFoundError(f"{path} not found: run `make extract` first")
    return pd.read_csv(path, dtype={"doc_id": str, "text": str, "header": str}, keep_default_na=False, na_values=[""])

