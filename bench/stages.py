"""Per-stage time of the pipeline on a sample of the bench corpus, against the bare tokenizer.

    python bench/stages.py [N] [--cold]

Runs every stage in this process on N documents (default 150) drawn from
``.bench/corpus-20mb`` (``make bench`` builds it) and prints each stage's
time as a multiple of spaCy's blank English tokenizer + sentencizer on the
same texts. ``--cold`` clears every bounded cache that outlives a document
(the unbounded ones hold the rule tables) before each one, so that no stage
gains from lines repeated across the synthetic documents. It measures where
time goes; ``make bench`` measures throughput.
"""

from __future__ import annotations

import argparse
import collections
import functools
import gc
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract import annotate, dataset, ingest, link, parallel, write  # noqa: E402
from extract.types import DocResult  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", nargs="?", type=int, default=150, help="documents (default 150)")
    ap.add_argument("--cold", action="store_true", help="clear cross-document caches before each document")
    ap.add_argument("--corpus", type=Path, default=ROOT / ".bench" / "corpus-20mb")
    opts = ap.parse_args()

    import spacy

    files = sorted(opts.corpus.rglob("*.*"))
    if not files:
        raise SystemExit(f"no documents in {opts.corpus}: run `make bench` first")
    random.Random(1).shuffle(files)
    files = files[: opts.n]
    parallel.warm()
    nlp = annotate.load()
    bare = spacy.blank("en")
    bare.add_pipe("sentencizer")
    caches = [f for f in gc.get_objects() if isinstance(f, functools._lru_cache_wrapper)
              and (f.cache_info().maxsize or 0) > 16 and getattr(f, "__module__", "").startswith("extract")]

    spent: collections.Counter[str] = collections.Counter()
    results, mb = [], 0.0

    def timed(stage: str, fn, *args, **kwargs):  # noqa: ANN001, ANN202
        started = time.process_time()
        value = fn(*args, **kwargs)
        spent[stage] += time.process_time() - started
        return value

    for path in files:
        if opts.cold:
            for cache in caches:
                cache.cache_clear()
        document = timed("ingest", ingest.read, path, path.stem, root=path.parent)
        mb += len(document.text.encode()) / 1e6
        timed("~bare tokenizer+sentencizer", bare, document.text)
        doc = timed("tokenize", nlp.make_doc, document.text)
        doc._.text, doc._.blocks, doc._.html_tables = document.text, document.blocks, document.html_tables
        for name, proc in nlp.pipeline:
            doc = timed(name, proc, doc)
        facts, experience = timed("link", link.link, doc, doc_id=path.stem, blocks=doc._.blocks)
        results.append(DocResult(document, tuple(facts), tuple(experience), tuple(doc._.records["attribution"]),
                                 tuple(doc._.records["table"])))
    data = timed("dataset+encode", dataset.build, iter(results))
    timed("dataset+encode", write.encode, data)

    total = sum(v for k, v in spent.items() if not k.startswith("~"))
    reference = spent["~bare tokenizer+sentencizer"]
    print(f"{len(files)} documents, {mb:.2f} MB; pipeline {total:.2f} s CPU, bare tokenizer+sentencizer "
          f"{reference:.2f} s: ratio {reference / total:.3f}{' (cold caches)' if opts.cold else ''}")
    for stage, seconds in spent.most_common():
        print(f"  {stage:32s} {seconds:6.2f} s  {seconds / reference:5.2f} x bare")


if __name__ == "__main__":
    main()
