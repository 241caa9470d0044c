"""The review report: counts, one view per document, escaping, offline."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from .conftest import ROOT
from .report_fixtures import build


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("report"))


@pytest.fixture(scope="module")
def page(output: Path) -> str:
    return (output / "report.html").read_text(encoding="utf-8")


def test_index_lists_every_document_with_its_counts(output: Path, page: str) -> None:
    facts = pd.read_csv(output / "facts.csv")
    for doc_id in ("normal", "hostile", "broken"):
        assert f'data-doc-id="{doc_id}"' in page
    row = re.search(r'<tr class="ok" data-doc-id="normal">(.*?)</tr>', page, re.S).group(1)
    cells = re.findall(r'<td class="num">(\d+)</td>', row)
    assert int(cells[1]) == (facts["doc_id"] == "normal").sum()  # facts column after chars
    assert 'class="error" data-doc-id="broken"' in page and "empty file" in page


def test_every_fact_row_targets_a_span_that_exists(output: Path, page: str) -> None:
    facts = pd.read_csv(output / "facts.csv")
    targets = re.findall(r'<tr class="fact"[^>]*data-target="([^"]+)"[^>]*data-fact-id="([^"]+)"', page)
    assert sorted(fid for _, fid in targets) == sorted(facts["fact_id"])
    ids = set(re.findall(r'\bid="([^"]+)"', page))
    assert all(key in ids for key, _ in targets)


def test_hostile_text_is_escaped(page: str) -> None:
    body = page.split("<body", 1)[1]
    scripts = re.findall(r"<script\b[^>]*>(.*?)</script>", body, re.S)
    assert len(scripts) == 1 and "__pwned" not in scripts[0]  # only the page's own script
    assert "&lt;script&gt;window.__pwned" in page
    assert "<img src=x" not in page and "&lt;img src=x onerror=" in page
    assert "</textarea><b onmouseover" not in page
    assert not re.search(r"<[a-z]+[^>]*\son[a-z]+=", body.replace('"', "'"), re.I)


def test_nothing_is_loaded_from_the_network(page: str) -> None:
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page, re.I)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert csp.startswith("default-src &#x27;none&#x27;")


def test_charts_are_embedded_images(page: str) -> None:
    assert re.search(r'<img[^>]+src="data:image/(?:png|svg\+xml);base64,', page)


def test_cli_report_command(output: Path) -> None:
    (output / "report.html").unlink()
    proc = subprocess.run([sys.executable, "-m", "extract", "report", str(output)], capture_output=True, text=True,
                          cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert (output / "report.html").stat().st_size > 1000
