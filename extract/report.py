"""Review report: one static, offline HTML page over an output folder.

``build_report(output_dir)`` reads the files a run wrote (``documents.csv``,
``documents.jsonl``, ``facts.csv``, ``experience.csv``, ``attributions.csv``,
``tables.csv``) and writes ``output_dir/report.html`` atomically:

- an index: every document with its counts of facts, experience ranges,
  attributions, tables and errors (an error row shows its reason), the
  dataset's totals, and charts of the salary facts (annual salary by role, by
  seniority and by source) drawn with matplotlib and embedded as ``data:`` PNGs;
- one view per document (for at most ``max_docs`` documents, default
  :data:`MAX_DOC_VIEWS`, in doc_id order): the normalized text with every span
  highlighted by kind (money, experience, attribution, table cell) and beside
  it the document's facts with their context; clicking a fact scrolls to its
  span and flashes it.

Everything read from the inputs is untrusted: every text and attribute value is
escaped with :func:`html.escape`, no input text goes into JavaScript, and a
Content-Security-Policy allows only the page's own script (by hash), inline
styles and ``data:`` images, so even a missed escape could run nothing. The
page loads nothing from the network.

Table cells have no offsets in ``tables.csv``; each row's cells are located in
the text on one line, in order, after the previous row (:func:`locate_cells`).
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
import json
import math
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional, Sequence

import pandas as pd

from .dataset import TABLES, Dataset

MAX_DOC_VIEWS = 200  # per-document views rendered; the index lists every document
MAX_CHART_GROUPS = 15  # groups per chart; the rest are folded into "(other)"
REPORT_NAME = "report.html"

KINDS = ("money", "experience", "attribution", "table")
LABELS = {"money": "MONEY", "experience": "EXP", "attribution": "SOURCE", "table": "CELL"}

# characters HTML cannot carry (controls, lone surrogates): one replacement each, so offsets hold
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Span:
    """One highlighted span of a document's text."""

    start: int
    end: int
    kind: str  # one of KINDS
    key: str  # element id of its first segment; unique in the page
    title: str  # tooltip: what was read


# SPEC's columns of every file, from the schema
_COLUMNS = {name: [c.name for c in columns] for name, (columns, _) in TABLES.items()}


# --------------------------------------------------------------------------- reading


def read_output(output_dir: Path) -> Dataset:
    """Read an output folder; a missing file reads as an empty table with SPEC's columns."""
    output_dir = Path(output_dir)
    frames: dict[str, pd.DataFrame] = {}
    for name, columns in _COLUMNS.items():
        path = output_dir / f"{name}.csv"
        if path.exists():
            df = pd.read_csv(path, dtype=object, keep_default_na=False)  # plain str: fast to iterate
        else:
            df = pd.DataFrame(columns=columns, dtype=str)
        for column in columns:
            if column not in df.columns:
                df[column] = ""
        frames[name] = df
    texts: dict[str, str] = {}
    jsonl = output_dir / "documents.jsonl"
    if jsonl.exists():
        with open(jsonl, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    row = json.loads(line)
                    texts[str(row["doc_id"])] = str(row.get("text") or "")
    return Dataset(texts=texts, **frames)  # columns as strings (empty for null), for display


def _num(value: str) -> Optional[float]:
    """A CSV cell as a float, None when empty or not a finite number.

    >>> _num("1.5e3"), _num(""), _num("nan")
    (1500.0, None, None)
    """
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _int(value: str) -> Optional[int]:
    number = _num(value)
    return int(number) if number is not None else None


# --------------------------------------------------------------------------- escaping


def esc(value: object) -> str:
    """Text for HTML content or a quoted attribute value: escaped, unsafe characters replaced.

    >>> esc('<img src=x onerror="alert(1)">')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
    >>> esc(None)
    ''
    """
    if value is None:
        return ""
    return html.escape(_UNSAFE.sub("\ufffd", str(value)), quote=True)


# --------------------------------------------------------------------------- table cells


def locate_cells(text: str, rows: Sequence[Sequence[str]]) -> list[list[Optional[tuple[int, int]]]]:
    """Offsets of each table cell in ``text``: a row's cells in order on one line, rows in order.

    A row that cannot be found on any later line gets None for every cell; the
    search for the next row continues from the last row found.

    >>> locate_cells("intro\\nCityPay\\nAustin, TX$71,250\\n", [["City", "Pay"], ["Austin, TX", "$71,250"]])
    [[(6, 10), (10, 13)], [(14, 24), (24, 31)]]
    >>> locate_cells("a b", [["x"]])
    [[None]]
    """
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    out: list[list[Optional[tuple[int, int]]]] = []
    line = 0
    for cells in rows:
        found: list[Optional[tuple[int, int]]] = [None] * len(cells)
        for i in range(line, len(line_starts)):
            lo = line_starts[i]
            hi = line_starts[i + 1] - 1 if i + 1 < len(line_starts) else len(text)
            spans = _cells_on_line(text, lo, hi, cells)
            if spans is not None:
                found = spans
                line = i + 1
                break
        out.append(found)
    return out


def _cells_on_line(text: str, lo: int, hi: int, cells: Sequence[str]) -> Optional[list[Optional[tuple[int, int]]]]:
    cursor = lo
    spans: list[Optional[tuple[int, int]]] = []
    for cell in cells:
        if not cell:
            spans.append(None)
            continue
        at = text.find(cell, cursor, hi)
        if at < 0:
            return None
        spans.append((at, at + len(cell)))
        cursor = at + len(cell)
    return spans if any(spans) else None


# --------------------------------------------------------------------------- highlighted text


def render_text(text: str, spans: Iterable[Span]) -> str:
    """The text as HTML with every span highlighted; overlapping spans split into segments.

    Each segment is a ``<span class="hl k-KIND...">`` whose ``data-s`` lists the keys of
    the spans covering it; the first segment of a span carries ``id=KEY``.

    >>> render_text("pay <b> $5 a day", [Span(8, 10, "money", "d0f0", "5")])
    'pay &lt;b&gt; <span class="hl k-money" data-s="d0f0" id="d0f0" data-l="MONEY" title="5">$5</span> a day'
    """
    n = len(text)
    valid = [s for s in spans if 0 <= s.start < s.end <= n]
    if not valid:
        return esc(text)
    bounds = sorted({0, n, *(s.start for s in valid), *(s.end for s in valid)})
    starts: dict[int, list[Span]] = {}
    ends: dict[int, list[Span]] = {}
    for s in valid:
        starts.setdefault(s.start, []).append(s)
        ends.setdefault(s.end, []).append(s)
    active: dict[str, Span] = {}
    opened: set[str] = set()
    parts: list[str] = []
    for a, b in zip(bounds, bounds[1:]):
        for s in ends.get(a, ()):
            active.pop(s.key, None)
        for s in starts.get(a, ()):
            active[s.key] = s
        piece = esc(text[a:b])
        if not active:
            parts.append(piece)
            continue
        covering = sorted(active.values(), key=lambda s: (KINDS.index(s.kind), s.start, s.key))
        kinds = sorted({s.kind for s in covering}, key=KINDS.index)
        attrs = [f'class="hl {" ".join("k-" + k for k in kinds)}"',
                 f'data-s="{esc(" ".join(s.key for s in covering))}"']
        first = [s for s in covering if s.key not in opened]
        if first:
            attrs.append(f'id="{esc(first[0].key)}"')
            labelled = [s for s in first if s.kind != "table"]
            if labelled:
                attrs.append(f'data-l="{esc(" ".join(LABELS[s.kind] for s in labelled))}"')
            opened.update(s.key for s in first)
        attrs.append(f'title="{esc(" | ".join(s.title for s in covering))}"')
        parts.append(f'<span {" ".join(attrs)}>{piece}</span>')
    return "".join(parts)


# --------------------------------------------------------------------------- salary values


def salary_points(facts: pd.DataFrame) -> pd.DataFrame:
    """Salary facts as (lo, hi, annualized, currency, role, seniority, source) for charts.

    Annual values when the period is known; the amounts as written when no period
    is stated (drawn hollow); facts with a period but no annual value are skipped.
    """
    rows = []
    for fact in facts.itertuples(index=False):
        if fact.category != "salary":
            continue
        if fact.period:
            lo, hi, annual = _num(fact.annual_min), _num(fact.annual_max), True
        else:
            lo, hi, annual = _num(fact.amount_min), _num(fact.amount_max), False
        if lo is None and hi is None:
            continue
        lo = hi if lo is None else lo
        hi = lo if hi is None else hi
        rows.append({"lo": lo, "hi": hi, "annual": annual, "currency": fact.currency or "?",
                     "role": fact.role, "seniority": fact.seniority, "source": fact.source})
    return pd.DataFrame(rows, columns=["lo", "hi", "annual", "currency", "role", "seniority", "source"])


def _mpl_text(value: str) -> str:
    """A label for matplotlib: no mathtext (``$`` escaped), bounded length."""
    value = _UNSAFE.sub("\ufffd", value)
    value = value if len(value) <= 40 else value[:39] + "…"
    return value.replace("\\", "\\\\").replace("$", r"\$")


def chart(points: pd.DataFrame, by: str, *, title: str, order: Optional[Sequence[str]] = None) -> Optional[str]:
    """One chart as a ``data:image/png`` URI: each fact a dot at its midpoint with its range; None if empty."""
    if points.empty:
        return None
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import NullFormatter

    groups = points.assign(group=points[by].where(points[by] != "", "(none)"))
    counts = groups["group"].value_counts()
    if len(counts) > MAX_CHART_GROUPS:
        keep = set(counts.index[: MAX_CHART_GROUPS - 1])
        groups = groups.assign(group=groups["group"].where(groups["group"].isin(keep), "(other)"))
        counts = groups["group"].value_counts()
    groups = groups.assign(mid=(groups["lo"] + groups["hi"]) / 2)
    medians = groups.groupby("group")["mid"].median()
    names = list(medians.sort_values(kind="stable").index)
    if order is not None:
        names = [g for g in order if g in medians.index] + [g for g in names if g not in order]
    fig = Figure(figsize=(7.0, 0.45 * len(names) + 1.3), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    y = groups["group"].map({name: i for i, name in enumerate(names)}).to_numpy(dtype=float)
    y = y + (groups.groupby("group").cumcount().to_numpy() % 5 - 2) * 0.07  # jitter within a group
    lo, hi, mid = (groups[c].to_numpy(dtype=float) for c in ("lo", "hi", "mid"))
    annual = groups["annual"].to_numpy(dtype=bool)
    ranged = hi > lo
    ax.hlines(y[ranged], lo[ranged], hi[ranged], color="#4c72b0", alpha=0.5, linewidth=1.5)
    ax.scatter(mid[annual], y[annual], s=25, color="#4c72b0", zorder=3)
    ax.scatter(mid[~annual], y[~annual], s=25, facecolors="white", edgecolors="#4c72b0", zorder=3)
    ax.scatter([float(medians[n]) for n in names], range(len(names)), marker="|", s=260, color="#c44e52",
               linewidths=2, zorder=4)
    ax.set_yticks(range(len(names)), [_mpl_text(f"{n} ({counts.get(n, 0)})") for n in names])
    ax.set_ylim(-0.7, len(names) - 0.3)
    ax.invert_yaxis()
    ax.set_title(_mpl_text(title), fontsize=11, loc="left")
    if groups["lo"].min() > 0 and groups["hi"].max() / groups["lo"].min() > 20:
        ax.set_xscale("log")  # hourly next to annual, or an outlier: keep every group readable
    ax.xaxis.set_major_formatter(_money_formatter())
    ax.xaxis.set_minor_formatter(NullFormatter())
    ax.grid(axis="x", color="#dddddd")
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", metadata={"Software": None})
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _money_formatter():  # noqa: ANN202 - matplotlib formatter
    from matplotlib.ticker import FuncFormatter

    def fmt(x: float, _pos: int) -> str:
        if abs(x) >= 1e6:
            return f"{x / 1e6:g}M"
        if abs(x) >= 1e3:
            return f"{x / 1e3:g}k"
        return f"{x:g}"

    return FuncFormatter(fmt)


# --------------------------------------------------------------------------- page parts


def _amount(lo: str, hi: str) -> str:
    """An amount or range for people.

    >>> _amount("64500.0", "64500.0"), _amount("", "120000"), _amount("42000000000", "42000000000")
    ('64,500', '≤ 120,000', '42 billion')
    """
    a, b = _num(lo), _num(hi)
    if a is None and b is None:
        return ""
    if a is None:
        return f"≤ {_fmt_money(b)}"
    if b is None:
        return f"≥ {_fmt_money(a)}"
    return _fmt_money(a) if a == b else f"{_fmt_money(a)} – {_fmt_money(b)}"


def _fmt_money(value: Optional[float]) -> str:
    if value is None:
        return ""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e7, "million")):
        if abs(value) >= scale:
            return f"{value / (scale if scale != 1e7 else 1e6):,.4g} {word}"
    return f"{value:,.0f}" if abs(value) >= 100 or value == int(value) else f"{value:,.2f}"


_CONTEXT = (("role", "role"), ("seniority", "seniority"), ("location", "location"), ("employer", "employer"),
            ("source", "source"), ("as_of_year", "year"), ("statistic", "statistic"),
            ("pay_component", "component"), ("table_id", "table"))


def _fact_context(fact: object) -> str:
    chips = []
    for column, label in _CONTEXT:
        value = getattr(fact, column)
        if value:
            chips.append(f'<span class="chip"><b>{esc(label)}</b> {esc(value)}</span>')
    lo, hi = _num(fact.experience_min_years), _num(fact.experience_max_years)  # type: ignore[attr-defined]
    if lo is not None or hi is not None:
        years = f"{lo:g}+" if hi is None else (f"≤{hi:g}" if lo is None else (f"{lo:g}" if lo == hi else f"{lo:g}–{hi:g}"))
        chips.append(f'<span class="chip"><b>experience</b> {esc(years)} yrs</span>')
    if fact.approx.lower() == "true":  # type: ignore[attr-defined]
        chips.append('<span class="chip"><b>approx</b></span>')
    return " ".join(chips)


def _fact_title(fact: object) -> str:
    bits = [f"{fact.category}", _amount(fact.amount_min, fact.amount_max), fact.currency, fact.period]  # type: ignore[attr-defined]
    return " ".join(b for b in bits if b)


@dataclass(frozen=True, slots=True)
class DocView:
    """What one document contributes to the page."""

    index: int
    doc_id: str
    html: str


def _doc_view(i: int, doc: object, text: str, facts: pd.DataFrame, experience: pd.DataFrame,
              attributions: pd.DataFrame, tables: pd.DataFrame) -> DocView:
    spans: list[Span] = []
    fact_keys: dict[str, str] = {}
    for j, fact in enumerate(facts.itertuples(index=False)):
        start, end = _int(fact.start), _int(fact.end)
        key = f"d{i}f{j}"
        if start is not None and end is not None:
            spans.append(Span(start, end, "money", key, _fact_title(fact)))
            fact_keys[fact.fact_id] = key
    for j, row in enumerate(experience.itertuples(index=False)):
        start, end = _int(row.start), _int(row.end)
        if start is not None and end is not None:
            years = "–".join(v for v in (row.min_years, row.max_years) if v) or "?"
            spans.append(Span(start, end, "experience", f"d{i}e{j}", f"experience {years} years"))
    for j, row in enumerate(attributions.itertuples(index=False)):
        start, end = _int(row.start), _int(row.end)
        if start is not None and end is not None:
            spans.append(Span(start, end, "attribution", f"d{i}a{j}", f"source {row.source} ({row.cue})"))
    n_cells = 0
    for t, (table_id, cells) in enumerate(tables.groupby("table_id", sort=False)):
        cells = cells.assign(r=pd.to_numeric(cells["row"], errors="coerce"), c=pd.to_numeric(cells["col"], errors="coerce"))
        ordered = cells.sort_values(["r", "c"])
        rows = [list(g["text"]) for _, g in ordered.groupby("r", sort=True)]
        headers = [list(g["header"]) for _, g in ordered.groupby("r", sort=True)]
        for r, (found, row_headers) in enumerate(zip(locate_cells(text, rows), headers)):
            for c, (where, header) in enumerate(zip(found, row_headers)):
                if where is not None:
                    title = f"{table_id} row {r} col {c}" + (f" · {header}" if header else "")
                    spans.append(Span(where[0], where[1], "table", f"d{i}t{t}r{r}c{c}", title))
                    n_cells += 1
    body = render_text(text, spans)

    fact_rows = []
    for j, fact in enumerate(facts.itertuples(index=False)):
        key = fact_keys.get(fact.fact_id, "")
        annual = ""
        a, b = _num(fact.annual_min), _num(fact.annual_max)
        if a is not None or b is not None:
            annual = " – ".join(_fmt_money(v) for v in (a, b) if v is not None) if a != b else _fmt_money(a)
        fact_rows.append(
            f'<tr class="fact" tabindex="0" data-target="{esc(key)}" data-fact-id="{esc(fact.fact_id)}">'
            f'<td class="num">{j + 1}</td>'
            f'<td><span class="ftext">{esc(fact.text)}</span><div class="sent">{esc(fact.sentence)}</div></td>'
            f'<td><span class="cat c-{esc(fact.category)}">{esc(fact.category)}</span></td>'
            f'<td class="num">{esc(_amount(fact.amount_min, fact.amount_max))} {esc(fact.currency)}'
            f'{" / " + esc(fact.period) if fact.period else ""}</td>'
            f'<td class="num">{esc(annual)}</td>'
            f'<td>{_fact_context(fact)}</td>'
            f'<td class="num">{esc(fact.confidence)}</td></tr>')
    facts_table = (
        '<table class="facts"><thead><tr><th>#</th><th>fact · sentence</th><th>category</th><th>amount</th>'
        '<th>annual</th><th>context</th><th>conf.</th></tr></thead><tbody>'
        + "".join(fact_rows) + "</tbody></table>") if fact_rows else '<p class="muted">No facts.</p>'

    counts = (f"{len(facts)} facts · {len(experience)} experience · {len(attributions)} attributions · "
              f"{tables['table_id'].nunique()} tables ({n_cells}/{len(tables)} cells located)")
    title = doc.title or doc.doc_id  # type: ignore[attr-defined]
    page = (
        f'<section class="doc" id="doc-{i}" data-doc-id="{esc(doc.doc_id)}">'  # type: ignore[attr-defined]
        f'<p class="nav"><a href="#index">← index</a></p>'
        f'<h2>{esc(title)}</h2>'
        f'<p class="muted"><code>{esc(doc.doc_id)}</code> · {esc(doc.format)} · {esc(counts)}</p>'  # type: ignore[attr-defined]
        '<div class="legend"><span class="hl k-money">money</span> <span class="hl k-experience">experience</span> '
        '<span class="hl k-attribution">attribution</span> <span class="hl k-table">table cell</span></div>'
        '<div class="split">'
        f'<div class="pane text">{body}</div>'
        f'<div class="pane side">{facts_table}</div>'
        '</div></section>')
    return DocView(i, doc.doc_id, page)  # type: ignore[attr-defined]


def _by_doc(df: pd.DataFrame) -> dict[str, pd.DataFrame]:
    return {str(k): g for k, g in df.groupby("doc_id", sort=False)} if len(df) else {}


def _rows(groups: dict[str, pd.DataFrame], doc_id: str, like: pd.DataFrame) -> pd.DataFrame:
    found = groups.get(doc_id)
    return found if found is not None else like.iloc[0:0]


# --------------------------------------------------------------------------- the page


_CSS = """
:root{--fg:#1d232b;--muted:#6a7380;--line:#e1e5ea;--bg:#fff;--money:#ffe08a;--exp:#bfe3ff;--attr:#7b4fc9;--table:#eef0f3}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header,main{padding:0 24px}
header{border-bottom:1px solid var(--line);padding-top:12px;padding-bottom:8px}
h1{font-size:20px;margin:4px 0}
h2{font-size:18px;margin:8px 0 4px}
h3{font-size:15px;margin:18px 0 6px}
.muted{color:var(--muted)}
table{border-collapse:collapse}
th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f6f7f9;position:sticky;top:0;z-index:1}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.error td{background:#fff1f0}
.reason{color:#a8071a}
.totals{display:flex;flex-wrap:wrap;gap:10px;margin:10px 0}
.totals div{border:1px solid var(--line);border-radius:6px;padding:6px 12px;min-width:110px}
.totals b{display:block;font-size:20px}
.charts{display:flex;flex-wrap:wrap;gap:16px}
.charts figure{margin:0;border:1px solid var(--line);border-radius:6px;padding:8px}
.charts img{max-width:100%;height:auto;display:block}
.charts figcaption{color:var(--muted);font-size:12px;max-width:700px}
.doc{display:none}
.doc:target{display:block}
body:has(.doc:target) #index{display:none}
.split{display:grid;grid-template-columns:minmax(0,5fr) minmax(0,6fr);gap:16px;align-items:start}
.pane{border:1px solid var(--line);border-radius:6px;max-height:calc(100vh - 150px);overflow:auto}
.pane.text{white-space:pre-wrap;overflow-wrap:anywhere;padding:12px 16px;line-height:2.1;font-size:14px}
.hl{border-radius:3px;padding:1px 0}
.hl.k-table{background:var(--table);box-shadow:inset 0 0 0 1px #c9ced6}
.hl.k-experience{background:var(--exp)}
.hl.k-money{background:var(--money)}
.hl.k-attribution{border-bottom:3px solid var(--attr)}
.hl[data-l]::before{content:attr(data-l);font-size:9px;font-weight:700;letter-spacing:.03em;color:#fff;background:#56606d;border-radius:3px;padding:0 3px;margin-right:2px;vertical-align:super;line-height:1}
.hl.k-money[data-l]::before{background:#a87b00}
.hl.k-experience[data-l]::before{background:#1f6fae}
.hl.k-attribution[data-l]::before{background:var(--attr)}
.legend{margin:4px 0 8px}
.legend .hl{padding:1px 5px}
.hl.selected{outline:2px solid #d4380d;outline-offset:1px}
.hl.flash{animation:flash 1.6s ease-out 1}
@keyframes flash{0%{background:#ff7a45}100%{}}
table.facts{width:100%;font-size:13px}
table.facts td:nth-child(2){min-width:200px}
table.facts td.num{white-space:normal}
table.facts td:nth-child(6){min-width:180px}
tr.fact{cursor:pointer}
tr.fact:hover td,tr.fact:focus td{background:#fff8e1}
tr.fact.current td{background:#ffe7ba}
.ftext{font-weight:600;background:var(--money);border-radius:3px;padding:0 2px}
.sent{color:var(--muted);font-size:12px;margin-top:2px}
.chip{display:inline-block;border:1px solid var(--line);border-radius:10px;padding:0 6px;margin:1px 2px;font-size:12px}
.chip b{color:var(--muted);font-weight:600}
.cat{font-size:12px;border-radius:3px;padding:0 4px;background:#eee}
.cat.c-salary{background:#d9f7be}.cat.c-cost{background:#ffd8bf}.cat.c-market{background:#d6e4ff}
.nav{margin:10px 0 0}
"""

_JS = """
(function () {
  "use strict";
  function go(row) {
    var key = row.getAttribute("data-target");
    var target = key ? document.getElementById(key) : null;
    if (!target) { return; }
    var section = row.closest("section.doc");
    var old = section.querySelectorAll(".hl.selected, tr.fact.current");
    for (var i = 0; i < old.length; i++) { old[i].classList.remove("selected", "current"); }
    row.classList.add("current");
    var parts = section.querySelectorAll("[data-s]");
    var mine = [];
    for (var j = 0; j < parts.length; j++) {
      if ((" " + parts[j].getAttribute("data-s") + " ").indexOf(" " + key + " ") >= 0) { mine.push(parts[j]); }
    }
    target.scrollIntoView({block: "center", inline: "nearest"});
    mine.forEach(function (el) {
      el.classList.add("selected");
      el.classList.remove("flash");
      void el.offsetWidth;
      el.classList.add("flash");
    });
  }
  document.addEventListener("click", function (event) {
    var row = event.target.closest ? event.target.closest("tr.fact") : null;
    if (row) { go(row); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" && event.key !== " ") { return; }
    var row = event.target.closest ? event.target.closest("tr.fact") : null;
    if (row) { event.preventDefault(); go(row); }
  });
})();
"""


def _csp(script: str) -> str:
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
            f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'")


def _index(frames: Dataset, groups: dict[str, dict[str, pd.DataFrame]], views: dict[str, int], max_docs: int) -> str:
    docs = frames.documents
    facts = frames.facts
    n_err = int((docs["status"] == "error").sum())
    n_tables = frames.tables.groupby(["doc_id", "table_id"]).ngroups if len(frames.tables) else 0
    by_cat = facts["category"].value_counts()
    totals = [("documents", len(docs)), ("errors", n_err), ("facts", len(facts)),
              ("salary facts", int(by_cat.get("salary", 0))), ("experience ranges", len(frames.experience)),
              ("attributions", len(frames.attributions)), ("tables", n_tables), ("table cells", len(frames.tables))]
    totals_html = '<div class="totals">' + "".join(
        f'<div><b>{n:,}</b>{esc(label)}</div>' for label, n in totals) + "</div>"
    cats = ", ".join(f"{esc(k)} {int(v):,}" for k, v in by_cat.items())

    rows = []
    for doc in docs.itertuples(index=False):
        d = doc.doc_id
        counts = [len(_rows(groups[name], d, getattr(frames, name))) for name in ("facts", "experience", "attributions")]
        t = _rows(groups["tables"], d, frames.tables)
        n_t = t["table_id"].nunique() if len(t) else 0
        is_error = doc.status == "error"
        link = (f'<a href="#doc-{views[d]}">{esc(d)}</a>' if d in views else esc(d))
        rows.append(
            f'<tr class="{"error" if is_error else "ok"}" data-doc-id="{esc(d)}">'
            f"<td>{link}</td><td>{esc(doc.title)}</td><td>{esc(doc.format)}</td>"
            f'<td class="num">{esc(doc.n_chars)}</td>'
            + "".join(f'<td class="num">{n}</td>' for n in counts)
            + f'<td class="num">{n_t}</td><td class="num">{1 if is_error else 0}</td>'
            f'<td class="reason">{esc(doc.error) if is_error else ""}</td></tr>')
    table = ('<table class="docs"><thead><tr><th>document</th><th>title</th><th>format</th><th class="num">chars</th>'
             '<th class="num">facts</th><th class="num">experience</th><th class="num">attributions</th>'
             '<th class="num">tables</th><th class="num">errors</th><th>error reason</th></tr></thead><tbody>'
             + "".join(rows) + "</tbody></table>")
    n_ok = int((docs["status"] != "error").sum())
    views_note = (f"Document views are rendered for the first {min(max_docs, n_ok):,} readable documents in doc_id order"
                  f" (limit {max_docs:,}); every document is listed.")

    points = salary_points(facts)
    charts_html = _charts(points)
    return (
        '<section id="index">'
        f"{totals_html}"
        f'<p class="muted">Facts by category: {cats or "none"}.</p>'
        "<h3>Salary facts</h3>"
        f"{charts_html}"
        "<h3>Documents</h3>"
        f'<p class="muted">{esc(views_note)}</p>'
        f"{table}</section>")


def _charts(points: pd.DataFrame) -> str:
    if points.empty:
        return '<p class="muted">No salary facts with an amount.</p>'
    currencies = points["currency"].value_counts()
    currency = str(currencies.index[0])
    shown = points[points["currency"] == currency]
    left_out = len(points) - len(shown)
    from .dataset import SENIORITIES

    note = (f"{len(shown):,} salary facts in {currency}; each dot is one fact at the middle of its range, the line its "
            "range, the red bar the group's median. Filled: annual salary (annual_min/annual_max); hollow: no period "
            "stated, amount as written. Facts with a period but no annual value are not drawn. "
            f"Groups sorted by median; (n) facts per group.")
    if left_out:
        note += f" {left_out:,} salary facts in other currencies are not drawn."
    figures = []
    for by, title, order in (("role", f"Salary by role ({currency})", None),
                             ("seniority", f"Salary by seniority ({currency})", SENIORITIES),
                             ("source", f"Salary by source ({currency})", None)):
        uri = chart(shown, by, title=title, order=order)
        if uri is not None:
            figures.append(f'<figure><img alt="{esc(title)}" src="{esc(uri)}"></figure>')
    return f'<p class="muted">{esc(note)}</p><div class="charts">{"".join(figures)}</div>'


def render(frames: Dataset, *, max_docs: int = MAX_DOC_VIEWS, title: str = "Salary facts: review report") -> str:
    """The whole report page as a string."""
    groups = {name: _by_doc(getattr(frames, name)) for name in ("facts", "experience", "attributions", "tables")}
    views: dict[str, int] = {}
    sections = []
    for doc in frames.documents.itertuples(index=False):
        if len(views) >= max_docs:
            break
        if doc.status == "error":
            continue
        i = len(views)
        view = _doc_view(
            i, doc, frames.texts.get(doc.doc_id, ""),
            *(_rows(groups[name], doc.doc_id, getattr(frames, name)).sort_values("start", key=_numeric)
              for name in ("facts", "experience", "attributions")),
            _rows(groups["tables"], doc.doc_id, frames.tables))
        views[doc.doc_id] = i
        sections.append(view.html)
    index = _index(frames, groups, views, max_docs)
    script = _JS
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{esc(_csp(script))}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        '<link rel="icon" href="data:,">'
        f"<title>{esc(title)}</title><style>{_CSS}</style></head><body>"
        f'<header id="top"><h1>{esc(title)}</h1><p class="muted">Static page: nothing here is loaded from the '
        "network. Click a document to see its text with every span highlighted; click a fact to find it in the "
        "text.</p></header>"
        f'<main>{index}{"".join(sections)}</main>'
        f"<script>{script}</script></body></html>\n")


def _numeric(column: pd.Series) -> pd.Series:
    return pd.to_numeric(column, errors="coerce")


def build_report(output_dir: Path, *, max_docs: int = MAX_DOC_VIEWS) -> Path:
    """Write ``output_dir/report.html`` from the output folder, atomically; return its path."""
    output_dir = Path(output_dir)
    page = render(read_output(output_dir), max_docs=max_docs)
    target = output_dir / REPORT_NAME
    fd, tmp = tempfile.mkstemp(prefix=".report-", suffix=".html.tmp", dir=output_dir)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(page)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return target
