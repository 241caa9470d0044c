"""Command line: ``python -m extract run|eval|diff``.

Only this module configures logging; the library never does.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import click

from . import __version__

DEFAULT_GOLD = Path(__file__).resolve().parent.parent / "tests" / "gold"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="extract")
def main() -> None:
    """Turn articles about jobs and pay into a validated dataset of salary facts."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--out", "-o", type=click.Path(path_type=Path), default=Path("output"), show_default=True,
              help="Output folder; replaced atomically when the run succeeds.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary line.")
@click.option("--verbose", "-v", is_flag=True, help="Log every document that fails.")
@click.option("--workers", "-j", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default=True,
              help="Worker processes (local engine) or LocalCluster workers (dask engine).")
@click.option("--no-cache", is_flag=True, help="Process every document again, neither reading nor writing the cache.")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Cache of processed documents.  [default: .cache/extract beside OUT]")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="dask: run on a Dask cluster and also write facts.parquet.d/ partitions.")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Dask scheduler address (default with --engine dask: a local cluster of --workers processes).")
def run(inputs: tuple[Path, ...], out: Path, quiet: bool, verbose: bool, workers: int, no_cache: bool,
        cache_dir: Path | None, engine: str, scheduler: str | None) -> None:
    """Extract the dataset from INPUTS (.txt, .md, .html files or folders, searched recursively).

    Writes documents.csv, documents.jsonl, facts.csv, facts.parquet,
    experience.csv, attributions.csv, tables.csv and datapackage.json into OUT.
    Unreadable inputs become `error` rows; the exit code is 1 only when no
    document could be processed, 2 when the output cannot be written.
    """
    from .pipeline import extract
    from .write import OutputError

    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(message)s")
    try:
        cache = None if no_cache else (cache_dir or out.parent / ".cache" / "extract")
        summary = extract(inputs, out, progress=not quiet, workers=workers, cache_dir=cache, engine=engine,
                          scheduler=scheduler)
    except OutputError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    if not quiet:
        click.echo(f"{summary.line()} -> {out}", err=True)
    if summary.documents == 0:
        click.echo("error: no input documents found", err=True)
        sys.exit(1)
    if summary.errors == summary.documents:
        click.echo(f"error: none of the {summary.documents} documents could be processed (see documents.csv)", err=True)
        sys.exit(1)


@main.command("eval")
@click.option("--output", "-o", type=click.Path(exists=True, file_okay=False, path_type=Path), default=Path("output"),
              show_default=True, help="Output folder of a run to score.")
@click.option("--gold", "-g", type=click.Path(exists=True, file_okay=False, path_type=Path), default=DEFAULT_GOLD,
              show_default=True, help="Folder of gold annotations (<doc_id>.json, SPEC's gold format).")
@click.option("--verbose", "-v", is_flag=True, help="Also list every miss: missed, spurious and wrong fields.")
def evaluate_cmd(output: Path, gold: Path, verbose: bool) -> None:
    """Score an output folder against gold: precision, recall and F1 per field."""
    from .evaluate import evaluate

    report = evaluate(output, gold)
    click.echo(report.table())
    if verbose:
        click.echo("\n".join(["", "misses:"] + report.misses))


@main.command("diff")
@click.argument("old", type=click.Path(path_type=Path))
@click.argument("new", type=click.Path(path_type=Path))
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "md", "json"]), default="text", show_default=True,
              help="text for a terminal, md for a CI comment, json for machines.")
@click.option("--max-rows", "-n", type=click.IntRange(min=0), default=1000, show_default=True,
              help="Detail at most this many differing rows (0: all); counts are always complete.")
def diff_cmd(old: Path, new: Path, fmt: str, max_rows: int) -> None:
    """Show which rows were added, removed, changed or moved from OLD to NEW.

    OLD and NEW are output folders, folders of golden snapshots
    (tests/test_golden) or one snapshot file. Exit code as diff(1): 0 when the
    datasets are the same, 1 when they differ, 2 on error.
    """
    from .diff import FORMATS, DiffError, diff_datasets

    try:
        result = diff_datasets(old, new, max_rows=max_rows or None)
    except DiffError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    click.echo(FORMATS[fmt](result))
    sys.exit(0 if result.same else 1)


@main.command("report")
@click.argument("output", required=False, default=Path("output"),
                type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--max-docs", type=click.IntRange(min=0), default=None,
              help="Per-document views to render (the index lists every document).  [default: 200]")
def report_cmd(output: Path, max_docs: int | None) -> None:
    """Write OUTPUT/report.html: a static, offline page to review the dataset in OUTPUT.

    An index of documents with their counts and errors, the dataset's totals,
    charts of the salary facts, and one view per document with every span
    highlighted beside its facts (click a fact to find it in the text).
    """
    from .report import MAX_DOC_VIEWS, build_report

    path = build_report(output, max_docs=MAX_DOC_VIEWS if max_docs is None else max_docs)
    click.echo(f"report -> {path}", err=True)
