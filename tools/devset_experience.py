"""Measure find_experience on the seed corpus and on third-party dev sets.

Reads ``../shared`` (or ``--shared DIR``) at run time and skips what is absent;
nothing from there is copied into the repo.

1. Corpus: find_experience over ``corpus/*.txt`` against ``gold/*.json``
   "experience" arrays, matched per document on (min_years, max_years) as the
   SPEC scores them (multiset match); prints P/R/F1 and every miss / extra.
2. Dev sets (``devsets/{linkedin_descriptions,glassdoor_salary_estimate,
   adzuna_salaryraw}.jsonl``): rows whose ``expected`` carries a non-null
   ``experience_min_years`` or ``experience_max_years`` are labelled. THE
   experience requirement of a posting is the first mention in document order
   (postings state the overall requirement first and narrower ones after it);
   it is compared on (min, max). A row whose labels are both null counts as
   "no requirement" ONLY when the dev set labels experience at all (some row is
   non-null); otherwise the labels are unknown and the tool says so, printing
   instead a recall probe (share of lines holding a number of years next to the
   word "experience" that yield a mention) and, with ``--show``, every mention
   found for a manual precision review.

Usage: python tools/devset_experience.py [--shared ../shared] [--show]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extract.experience import find_experience  # noqa: E402

DEVSETS = ("linkedin_descriptions", "glassdoor_salary_estimate", "adzuna_salaryraw")
_PROBE = re.compile(r"(?i)\d\s*\+?\s*(?:years?|yrs?)\b[^\n.;]{0,60}\bexp(?:erience)?\b")


def _key(value: object) -> float | None:
    return None if value is None else round(float(value), 2)  # type: ignore[arg-type]


def _prf(tp: int, n_sys: int, n_gold: int) -> str:
    p = tp / n_sys if n_sys else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P={p:.3f} R={r:.3f} F1={f:.3f} (tp={tp} sys={n_sys} gold={n_gold})"


def corpus(shared: Path) -> None:
    gold_dir, corpus_dir = shared / "gold", shared / "corpus"
    if not gold_dir.is_dir() or not corpus_dir.is_dir():
        print("corpus: skipped (no gold/ or corpus/)")
        return
    tp = n_sys = n_gold = 0
    for gold_path in sorted(gold_dir.glob("*.json")):
        txt = corpus_dir / f"{gold_path.stem}.txt"
        if not txt.exists():
            continue
        gold = Counter((_key(e["min_years"]), _key(e["max_years"])) for e in json.loads(gold_path.read_text())["experience"])
        found = find_experience(txt.read_text(encoding="utf-8"))
        system = Counter((_key(e.min_years), _key(e.max_years)) for e in found)
        hit = sum((gold & system).values())
        tp, n_sys, n_gold = tp + hit, n_sys + sum(system.values()), n_gold + sum(gold.values())
        for e in found:
            print(f"  {gold_path.stem} {e.rule:32s} {e.text!r} -> {e.min_years}, {e.max_years}")
        for k, n in (gold - system).items():
            print(f"  {gold_path.stem} MISSED {k} x{n}")
        for k, n in (system - gold).items():
            print(f"  {gold_path.stem} EXTRA {k} x{n}")
    print("corpus experience:", _prf(tp, n_sys, n_gold))


def devset(path: Path, *, show: bool) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    labelled = any(
        r.get("expected", {}).get("experience_min_years") is not None
        or r.get("expected", {}).get("experience_max_years") is not None
        for r in rows
    )
    found = {r["id"]: find_experience(r["text"]) for r in rows}
    n_mentions = sum(len(v) for v in found.values())
    print(f"{path.stem}: {len(rows)} rows, {sum(1 for v in found.values() if v)} with a mention, {n_mentions} mentions")
    if labelled:
        tp = n_sys = n_gold = 0
        for r in rows:
            exp = r["expected"]
            gold = (_key(exp.get("experience_min_years")), _key(exp.get("experience_max_years")))
            first = found[r["id"]][0] if found[r["id"]] else None
            system = None if first is None else (_key(first.min_years), _key(first.max_years))
            n_gold += gold != (None, None)
            n_sys += system is not None
            tp += system is not None and system == gold
        print(f"  THE requirement (first mention): {_prf(tp, n_sys, n_gold)}")
    else:
        print("  experience labels are all null here (not annotated): no P/R; "
              "any mention in a short salary string is a false positive" if n_mentions else
              "  experience labels are all null here (not annotated): no P/R")
        lines = [ln for r in rows for ln in r["text"].splitlines() if _PROBE.search(ln)]
        covered = [ln for ln in lines if find_experience(ln)]
        if lines:
            print(f"  recall probe: {len(covered)}/{len(lines)} lines with 'N years ... experience' yield a mention"
                  f" ({len(covered) / len(lines):.3f})")
            if show:
                for ln in lines:
                    if not find_experience(ln):
                        print("    PROBE-MISS", ln.strip()[:160])
    if show:
        for r in rows:
            text = r["text"]
            for e in found[r["id"]]:
                ctx = text[max(0, e.start - 40): e.end + 30].replace("\n", " | ")
                print(f"    {r['id']} {e.min_years},{e.max_years} {e.rule:30s} {ctx!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared")
    parser.add_argument("--show", action="store_true", help="print every mention and probe miss")
    args = parser.parse_args()
    corpus(args.shared)
    for name in DEVSETS:
        path = args.shared / "devsets" / f"{name}.jsonl"
        if path.exists():
            devset(path, show=args.show)
        else:
            print(f"{name}: skipped (absent)")


if __name__ == "__main__":
    main()
