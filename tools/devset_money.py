"""Measure find_money on third-party money test suites (read at run time, never copied).

Usage: .venv/bin/python tools/devset_money.py [--devsets DIR] [--show N] [--speed]

Suites (``DIR/<suite>.jsonl``, skipped when absent):

- price_parser, quantulum3, recognizers_text, duckling: ``expected`` is a list of
  mentions (surface, min, max, currency). A system mention matches an expected one
  when their spans overlap and the amounts agree. price_parser surfaces are the
  number only, and many cases are bare numbers whose currency comes from a hint
  outside the text: those are scored apart ("out of scope": a bare number in free
  text is not money).
- glassdoor_salary_estimate: one salary field per line, expected min/max/period
  (the dataset labels every non-hourly estimate "year", even when the text states
  no period; period accuracy is reported over hourly-vs-not).
- adzuna_salaryraw: UK "SalaryRaw" fields with SalaryNormalized (annual mid, GBP,
  the dataset's own 1920 h / 240 d / 48 wk year). Fields carry no label, so each is
  read as "Salary: <text>" with default currency GBP.
- linkedin_descriptions: whole job descriptions with the publisher's salary range;
  recall = the expected (min, max) appears among the detected mentions.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extract.money import find_money  # noqa: E402

DEFAULT_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "devsets"
ADZUNA_YEAR = {"year": 1.0, "month": 12.0, "week": 48.0, "day": 240.0, "hour": 1920.0}


def _close(a: Optional[float], b: Optional[float]) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score_mentions(rows: list[dict[str, Any]], *, show: int, name: str) -> None:
    tp = fp = fn = 0
    amount_ok = cur_ok = cur_n = 0
    out_scope = out_found = 0
    failures: list[str] = []
    for row in rows:
        text = row["text"]
        meta = row.get("meta", {})
        expected = row["expected"]
        if name == "price_parser":
            in_scope = [e for e in expected if e["currency"] is not None] and not meta.get("currency_from_hint_only")
            if meta.get("xfail"):
                in_scope = False
            if not in_scope:
                out_scope += 1
                out_found += bool(find_money(text))
                continue
        found = find_money(text)
        used: set[int] = set()
        for e in expected:
            s0 = text.find(e["surface"])
            s1 = s0 + len(e["surface"])
            hit = None
            for k, m in enumerate(found):
                if k in used:
                    continue
                overlap = s0 >= 0 and m.start < s1 and s0 < m.end
                same = (_close(m.amount_min, e["min"]) or _close(m.amount_max, e["max"])) if e["min"] is not None or e["max"] is not None else False
                if overlap or same:
                    hit = k
                    break
            if hit is None:
                fn += 1
                failures.append(f"FN {text[:90]!r} expected {e['surface']!r} {e['min']}-{e['max']} {e['currency']}")
                continue
            used.add(hit)
            tp += 1
            m = found[hit]
            if _close(m.amount_min, e["min"]) and _close(m.amount_max, e["max"]):
                amount_ok += 1
            else:
                failures.append(f"AMT {text[:90]!r} got {m.text!r} {m.amount_min}-{m.amount_max} expected {e['min']}-{e['max']}")
            if e["currency"] is not None:
                cur_n += 1
                if m.currency == e["currency"]:
                    cur_ok += 1
                else:
                    failures.append(f"CUR {text[:90]!r} got {m.currency} expected {e['currency']}")
        for k, m in enumerate(found):
            if k not in used:
                fp += 1
                failures.append(f"FP {text[:90]!r} got {m.text!r}")
    _report(name, tp, fp, fn, amount_ok, cur_ok, cur_n)
    if out_scope:
        print(f"    out of scope (bare number, currency only from a hint): {out_scope} cases, detected in {out_found}")
    for f in failures[:show]:
        print("     ", f)


def _report(name: str, tp: int, fp: int, fn: int, amount_ok: int, cur_ok: int, cur_n: int, extra: str = "") -> None:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(
        f"{name:28s} n={tp + fn:4d}  P={p:.3f} R={r:.3f} F1={f1:.3f}  amount={amount_ok / tp if tp else 0:.3f}"
        f"  currency={cur_ok / cur_n if cur_n else 0:.3f}{extra}"
    )


def score_glassdoor(rows: list[dict[str, Any]], *, show: int) -> None:
    tp = fn = fp = amount_ok = cur_ok = per_ok = 0
    failures = []
    for row in rows:
        e = row["expected"]
        found = find_money(row["text"])
        if not found:
            fn += 1
            failures.append(f"FN {row['text']!r}")
            continue
        tp += 1
        fp += len(found) - 1
        m = found[0]
        if _close(m.amount_min, e["min"]) and _close(m.amount_max, e["max"]):
            amount_ok += 1
        else:
            failures.append(f"AMT {row['text']!r} got {m.amount_min}-{m.amount_max} expected {e['min']}-{e['max']}")
        cur_ok += m.currency == e["currency"]
        if (m.period == "hour") == (e["period"] == "hour"):
            per_ok += 1
        else:
            failures.append(f"PER {row['text']!r} got {m.period} expected {e['period']}")
    _report("glassdoor_salary_estimate", tp, fp, fn, amount_ok, cur_ok, tp, f"  period(hour vs not)={per_ok / tp if tp else 0:.3f}")
    for f in failures[:show]:
        print("     ", f)


def score_adzuna(rows: list[dict[str, Any]], *, show: int) -> None:
    tp = fn = amount_ok = cur_ok = per_n = 0
    failures = []
    for row in rows:
        e = row["expected"]
        text = "Salary: " + row["text"]
        found = find_money(text, default_currency="GBP")
        if not found:
            fn += 1
            failures.append(f"FN {row['text']!r}")
            continue
        tp += 1
        m = found[0]
        lo = m.amount_min if m.amount_min is not None else (0.0 if m.amount_max is not None else None)
        hi = m.amount_max if m.amount_max is not None else m.amount_min
        per_n += m.period is not None
        factor = ADZUNA_YEAR.get(m.period or "year", 1.0)
        if lo is not None and hi is not None:
            mid = (lo + hi) / 2 * factor
            if m.amount_min is None or m.amount_max is None:
                mid = (m.amount_max if m.amount_max is not None else m.amount_min) * factor  # type: ignore[operator]
            if abs(mid - e["annual_mid"]) <= 0.01 * e["annual_mid"] + 1:
                amount_ok += 1
            else:
                failures.append(f"AMT {row['text']!r} got {m.text!r} {m.amount_min}-{m.amount_max}/{m.period} -> {mid:.0f}, expected annual mid {e['annual_mid']}")
        cur_ok += m.currency == e["currency"]
    _report("adzuna_salaryraw", tp, 0, fn, amount_ok, cur_ok, tp, f"  period stated={per_n / tp if tp else 0:.3f}")
    for f in failures[:show]:
        print("     ", f)


def score_linkedin(rows: list[dict[str, Any]], *, show: int) -> None:
    hit = cur_ok = per_ok = n = 0
    failures = []
    for row in rows:
        e = row["expected"]
        if e.get("min") is None and e.get("max") is None:
            continue
        n += 1
        found = find_money(row["text"])
        match = next(
            (m for m in found if (_close(m.amount_min, e["min"]) and _close(m.amount_max, e["max"]))
             or (m.amount_min is not None and e["min"] is not None and _close(m.amount_min, e["min"]) and e["max"] is None)),
            None,
        )
        if match is None:
            near = [f"{m.text!r}" for m in found][:6]
            failures.append(f"FN {row['id']} expected {e['min']}-{e['max']} {e['period']} found {near}")
            continue
        hit += 1
        cur_ok += match.currency == e["currency"]
        per_ok += match.period == e["period"]
    print(f"{'linkedin_descriptions':28s} n={n:4d}  recall of labelled range={hit / n if n else 0:.3f}  currency={cur_ok / hit if hit else 0:.3f}  period={per_ok / hit if hit else 0:.3f}")
    for f in failures[:show]:
        print("     ", f)


def speed(corpus: Path) -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))) * 50
    t0 = time.perf_counter()
    found = find_money(text)
    dt = time.perf_counter() - t0
    print(f"speed: {len(text.encode()) / 1024 / dt:,.0f} KB/s on {len(text) / 1024:,.0f} KB ({len(found)} mentions, {dt:.2f}s)")


def _seed_f1(shared: Path, finder: Any) -> tuple[int, int, int]:
    """Detection counts against the seed gold: match on (amount_min, amount_max, currency)."""
    tp = fp = fn = 0
    for gold_path in sorted((shared / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (shared / "corpus" / f"{gold_path.stem}.txt").read_text(encoding="utf-8")
        keys = [(f["amount_min"], f["amount_max"], f["currency"]) for f in gold["facts"]]
        for key in finder(text):
            hit = next((k for k in keys if _close(k[0], key[0]) and _close(k[1], key[1]) and k[2] == key[2]), None)
            if hit is None:
                fp += 1
            else:
                keys.remove(hit)
                tp += 1
        fn += len(keys)
    return tp, fp, fn


def compare_quantulum(shared: Path) -> None:
    """find_money vs quantulum3 (whole seed texts) on the seed gold's money facts."""
    from quantulum3 import parser  # imported here: slow to load, only for this comparison

    def ours(text: str) -> list[tuple[Any, Any, Any]]:
        return [(m.amount_min, m.amount_max, m.currency) for m in find_money(text)]

    def theirs(text: str) -> list[tuple[Any, Any, Any]]:
        out = []
        for q in parser.parse(text):
            code = getattr(q.unit.entity, "name", "") == "currency" and q.unit.currency_code
            if code:
                out.append((float(q.value), float(q.value), code))
        return out

    for name, finder in (("find_money", ours), ("quantulum3", theirs)):
        t0 = time.perf_counter()
        tp, fp, fn = _seed_f1(shared, finder)
        dt = time.perf_counter() - t0
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"seed gold, {name:12s} P={p:.3f} R={r:.3f} F1={f1:.3f}  ({dt:.2f}s for the 3 texts)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--devsets", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--show", type=int, default=0, help="print the first N failures of each suite")
    ap.add_argument("--speed", action="store_true", help="time find_money on the seed corpus x50")
    ap.add_argument("--quantulum", action="store_true", help="compare with quantulum3 on the seed gold")
    args = ap.parse_args()
    if not args.devsets.is_dir():
        print(f"no dev sets at {args.devsets}; nothing to measure")
        return
    for name in ("price_parser", "quantulum3", "recognizers_text", "duckling"):
        path = args.devsets / f"{name}.jsonl"
        if path.exists():
            score_mentions(_read(path), show=args.show, name=name)
    path = args.devsets / "glassdoor_salary_estimate.jsonl"
    if path.exists():
        score_glassdoor(_read(path), show=args.show)
    path = args.devsets / "adzuna_salaryraw.jsonl"
    if path.exists():
        score_adzuna(_read(path), show=args.show)
    path = args.devsets / "linkedin_descriptions.jsonl"
    if path.exists():
        score_linkedin(_read(path), show=args.show)
    if args.speed:
        corpus = args.devsets.parent / "corpus"
        if corpus.is_dir():
            speed(corpus)
    if args.quantulum and (args.devsets.parent / "gold").is_dir():
        compare_quantulum(args.devsets.parent)


if __name__ == "__main__":
    main()
