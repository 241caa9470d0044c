"""Command line: ``python -m extract run|eval``.

Only this module configures logging; the library never does.
"""

from __future__ import annotations

import logging
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
def run(inputs: tuple[Path, ...], out: Path, quiet: bool, verbose: bool) -> None:
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
        summary = extract(inputs, out, progress=not quiet)
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
