"""A small dataset with one ordinary and one hostile article, for the report tests."""

from __future__ import annotations

from pathlib import Path

NORMAL = """Data Engineer Pay in 2024

According to Glassdoor, the average salary for data engineers is $125,000 per year.

• Entry-level data engineers earn $85,000 a year
• Senior data engineers earn $160,000 a year
"""

HOSTILE = """<script>window.__pwned = 1; alert(1)</script>

Nurses earn $40 an hour <img src=x onerror="window.__pwned=1"> in Texas.

</textarea><b onmouseover="window.__pwned=1">Bonus</b>: up to $5,000 a year.
"""


def build(tmp: Path) -> Path:
    """Run the pipeline and the report over the two articles; return the output folder."""
    from extract.pipeline import extract
    from extract.report import build_report

    corpus = tmp / "corpus"
    corpus.mkdir()
    (corpus / "normal.txt").write_text(NORMAL, encoding="utf-8")
    (corpus / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (corpus / "broken.txt").write_bytes(b"")
    out = tmp / "out"
    extract([corpus], out)
    build_report(out)
    return out
