"""The review report: counts, escaping of hostile input, fact anchors, offline resources."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest
from bs4 import BeautifulSoup

from extract.report import MAX_DOC_VIEWS, Span, build_report, locate_cells, render_text

HOSTILE = [
    "<script>window.__pwned=1;alert(1)</script>",
    "<img src=x onerror=window.__pwned=1>",
    "</textarea>",
    '"><svg onload=alert(1)>',
    "</style></script><b>x</b>",
    "&amp; & &lt;",
]
HOSTILE_TEXT = " ".join(HOSTILE)

# --------------------------------------------------------------------------- a hand-made output folder

FACT_DEFAULTS = dict(category="salary", amount_min="", amount_max="", currency="USD", period="", annual_min="",
                     annual_max="", approx="False", statistic="", pay_component="", role="", seniority="",
                     experience_min_years="", experience_max_years="", location="", employer="", source="",
                     as_of_year="", table_id="", confidence="0.95")


def _fact(doc_id: str, text: str, surface: str, **values: str) -> dict[str, object]:
    start = text.index(surface)
    row = dict(FACT_DEFAULTS, doc_id=doc_id, fact_id=f"{doc_id}:{start}", start=start, end=start + len(surface),
               text=surface, sentence=text.splitlines()[0])
    row.update(values)
    return row


def write_output(folder: Path, docs: list[dict[str, str]], texts: dict[str, str], facts: list[dict],
                 experience: list[dict] = (), attributions: list[dict] = (), tables: list[dict] = ()) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    pd.DataFrame(docs).to_csv(folder / "documents.csv", index=False)
    columns = {"facts": ["doc_id", "fact_id", "start", "end", "text", "sentence", *FACT_DEFAULTS],
               "experience": ["doc_id", "exp_id", "start", "end", "text", "min_years", "max_years", "seniority",
                              "role", "fact_ids"],
               "attributions": ["doc_id", "attr_id", "start", "end", "text", "source", "cue", "claim_start",
                                "claim_end", "claim_text"],
               "tables": ["doc_id", "table_id", "origin", "row", "col", "header", "text"]}
    for name, rows in (("facts", facts), ("experience", experience), ("attributions", attributions),
                       ("tables", tables)):
        pd.DataFrame(list(rows), columns=columns[name]).to_csv(folder / f"{name}.csv", index=False)
    with open(folder / "documents.jsonl", "w", encoding="utf-8") as fh:
        for doc_id, text in texts.items():
            fh.write(json.dumps({"doc_id": doc_id, "text": text}, ensure_ascii=False) + "\n")
    return folder


def _doc(doc_id: str, text: str = "", *, status: str = "ok", error: str = "", title: str = "") -> dict[str, str]:
    return {"doc_id": doc_id, "path": f"corpus/{doc_id}.txt", "format": "txt", "sha256": "0" * 64,
            "n_chars": str(len(text)), "title": title, "status": status, "error": error}


NORMAL = ("Data scientists earn $120,000 per year, says Glassdoor.\n"
          "Seniors with 5-9 years of experience earn $150,000.\n"
          "LevelSalary\nEntry$85,000\nSenior$160,000\n")
BAD = f"Pay {HOSTILE_TEXT} is $50,000 a year.\nAlso {HOSTILE[1]} $60,000.\n"


@pytest.fixture(scope="module")
def handmade(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("handmade") / "output"
    facts = [
        _fact("bad", BAD, "$50,000", role=HOSTILE[0], location=HOSTILE[1], employer=HOSTILE[2], source=HOSTILE[3],
              sentence=HOSTILE_TEXT, amount_min="50000", amount_max="50000", period="year", annual_min="50000",
              annual_max="50000"),
        _fact("bad", BAD, "$60,000", amount_min="60000", amount_max="60000"),
        _fact("normal", NORMAL, "$120,000", role="data scientist", source="Glassdoor", period="year",
              amount_min="120000", amount_max="120000", annual_min="120000", annual_max="120000"),
        _fact("normal", NORMAL, "$150,000", seniority="senior", experience_min_years="5", experience_max_years="9",
              amount_min="150000", amount_max="150000"),
        _fact("normal", NORMAL, "$85,000", seniority="entry", table_id="normal:t0", amount_min="85000",
              amount_max="85000"),
        _fact("normal", NORMAL, "$160,000", seniority="senior", table_id="normal:t0", amount_min="160000",
              amount_max="160000"),
    ]
    exp_start = NORMAL.index("5-9 years of experience")
    experience = [{"doc_id": "normal", "exp_id": f"normal:{exp_start}", "start": exp_start,
                   "end": exp_start + len("5-9 years of experience"), "text": "5-9 years of experience",
                   "min_years": 5, "max_years": 9, "seniority": "", "role": "", "fact_ids": ""}]
    attr_start = NORMAL.index("says Glassdoor")
    attributions = [{"doc_id": "normal", "attr_id": f"normal:{attr_start}", "start": attr_start,
                     "end": attr_start + len("says Glassdoor"), "text": "says Glassdoor", "source": "Glassdoor",
                     "cue": "says", "claim_start": 0, "claim_end": 55, "claim_text": NORMAL.splitlines()[0]},
                    {"doc_id": "bad", "attr_id": "bad:0", "start": 0, "end": 3, "text": "Pay", "source": HOSTILE[0],
                     "cue": HOSTILE[2], "claim_start": 0, "claim_end": 3, "claim_text": "Pay"}]
    cells = [["Level", "Salary"], ["Entry", "$85,000"], ["Senior", "$160,000"]]
    tables = [{"doc_id": "normal", "table_id": "normal:t0", "origin": "text", "row": r, "col": c,
               "header": cells[0][c], "text": cell} for r, row in enumerate(cells) for c, cell in enumerate(row)]
    docs = [_doc("bad", BAD, title=HOSTILE_TEXT), _doc("broken", status="error", error=f"cannot decode {HOSTILE[1]}"),
            _doc("normal", NORMAL, title="Data scientist pay")]
    write_output(out, docs, {"bad": BAD, "normal": NORMAL}, facts, experience, attributions, tables)
    build_report(out)
    return out


@pytest.fixture(scope="module")
def page(handmade: Path) -> str:
    return (handmade / "report.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def soup(page: str) -> BeautifulSoup:
    return BeautifulSoup(page, "html.parser")


# --------------------------------------------------------------------------- index


def _index_row(soup: BeautifulSoup, doc_id: str) -> list[str]:
    row = soup.select_one(f'#index tr[data-doc-id="{doc_id}"]')
    return [td.get_text() for td in row.find_all("td")]


@pytest.mark.parametrize("doc_id, counts", [
    # facts, experience, attributions, tables, errors
    ("normal", ["4", "1", "1", "1", "0"]),
    ("bad", ["2", "0", "1", "0", "0"]),
    ("broken", ["0", "0", "0", "0", "1"]),
])
def test_index_counts(soup: BeautifulSoup, doc_id: str, counts: list[str]) -> None:
    assert _index_row(soup, doc_id)[4:9] == counts


def test_error_row_shows_reason(soup: BeautifulSoup) -> None:
    row = soup.select_one('#index tr[data-doc-id="broken"]')
    assert "error" in row["class"]
    assert row.select_one("td.reason").get_text() == f"cannot decode {HOSTILE[1]}"


def test_totals(soup: BeautifulSoup) -> None:
    totals = {div.contents[-1].strip(): div.b.get_text() for div in soup.select(".totals div")}
    assert totals == {"documents": "3", "errors": "1", "facts": "6", "salary facts": "6", "experience ranges": "1",
                      "attributions": "2", "tables": "1", "table cells": "6"}


def test_charts_are_inline_images(soup: BeautifulSoup) -> None:
    images = soup.select(".charts img")
    assert len(images) == 3  # role, seniority, source
    assert all(img["src"].startswith("data:image/png;base64,") for img in images)


def test_only_readable_documents_get_a_view(soup: BeautifulSoup) -> None:
    assert [s["data-doc-id"] for s in soup.select("section.doc")] == ["bad", "normal"]
    links = {a.get_text(): a["href"] for a in soup.select("#index table.docs a")}
    assert links == {"bad": "#doc-0", "normal": "#doc-1"}


def test_max_docs_limits_views_not_index(handmade: Path, tmp_path: Path) -> None:
    from extract.report import read_output, render

    html = render(read_output(handmade), max_docs=1)
    soup = BeautifulSoup(html, "html.parser")
    assert len(soup.select("section.doc")) == 1
    assert len(soup.select("#index tr[data-doc-id]")) == 3
    assert MAX_DOC_VIEWS == 200


# --------------------------------------------------------------------------- hostile text


@pytest.mark.parametrize("raw", HOSTILE)
def test_hostile_strings_never_appear_raw(page: str, raw: str) -> None:
    if "<" in raw:
        assert raw not in page
    assert raw.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;") in page


def test_hostile_text_reads_back_as_text(soup: BeautifulSoup) -> None:
    view = soup.select_one('section.doc[data-doc-id="bad"]')
    assert view.select_one(".pane.text").get_text() == BAD
    assert view.h2.get_text() == HOSTILE_TEXT
    assert HOSTILE[0] in view.select_one("table.facts").get_text()


def test_no_injected_elements_or_handlers(soup: BeautifulSoup) -> None:
    assert len(soup.find_all("script")) == 1
    assert not soup.find_all(["svg", "textarea"])
    assert [b for b in soup.find_all("b") if b.get_text() == "x"] == []
    handlers = [(tag.name, attr) for tag in soup.find_all(True) for attr in tag.attrs if attr.lower().startswith("on")]
    assert handlers == []
    assert all(img["src"].startswith("data:") for img in soup.find_all("img"))


def test_content_security_policy(soup: BeautifulSoup) -> None:
    csp = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
    assert "default-src 'none'" in csp
    assert re.search(r"script-src 'sha256-[A-Za-z0-9+/=]+'", csp)
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]


def test_no_network_resources(page: str, soup: BeautifulSoup) -> None:
    urls = [tag.get(attr) for tag in soup.find_all(True) for attr in ("src", "href") if tag.get(attr)]
    assert urls
    assert not [u for u in urls if re.match(r"\s*(https?:)?//", u, re.I)]
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.I)
    assert "@import" not in page and "url(" not in page


# --------------------------------------------------------------------------- fact anchors


def test_every_fact_row_targets_its_span(handmade: Path, soup: BeautifulSoup) -> None:
    facts = pd.read_csv(handmade / "facts.csv", dtype=str, keep_default_na=False)
    rows = soup.select("tr.fact")
    assert sorted(r["data-fact-id"] for r in rows) == sorted(facts["fact_id"])
    for row in rows:
        key = row["data-target"]
        assert soup.find(id=key) is not None
        section = row.find_parent("section")
        covered = "".join(el.get_text() for el in section.select("[data-s]") if key in el["data-s"].split())
        expected = facts.loc[facts["fact_id"] == row["data-fact-id"], "text"].item()
        assert covered == expected


def test_ids_are_unique(soup: BeautifulSoup) -> None:
    ids = [tag["id"] for tag in soup.find_all(id=True)]
    assert len(ids) == len(set(ids))


def test_spans_by_kind(soup: BeautifulSoup) -> None:
    view = soup.select_one('section.doc[data-doc-id="normal"] .pane.text')
    def text_of(kind: str) -> list[str]:
        return [el.get_text() for el in view.select(f".hl.k-{kind}") if el.get("id")]
    assert text_of("money") == ["$120,000", "$150,000", "$85,000", "$160,000"]
    assert text_of("experience") == ["5-9 years of experience"]
    assert text_of("attribution") == ["says Glassdoor"]
    assert sorted(el.get_text() for el in view.select(".hl.k-table") if el.get("id")) == sorted(
        ["Level", "Salary", "Entry", "$85,000", "Senior", "$160,000"])


# --------------------------------------------------------------------------- pieces


def test_render_text_overlapping_spans() -> None:
    text = "earn $5 to $9 now"
    html = render_text(text, [Span(5, 13, "money", "m", "m"), Span(8, 17, "table", "t", "t")])
    soup = BeautifulSoup(html, "html.parser")
    assert soup.get_text() == text
    assert "".join(e.get_text() for e in soup.select("[data-s]") if "m" in e["data-s"].split()) == "$5 to $9"
    assert "".join(e.get_text() for e in soup.select("[data-s]") if "t" in e["data-s"].split()) == "to $9 now"
    assert [e["id"] for e in soup.select("[id]")] == ["m", "t"]


@pytest.mark.parametrize("span", [Span(-1, 2, "money", "a", ""), Span(3, 3, "money", "b", ""),
                                  Span(2, 99, "money", "c", "")])
def test_render_text_ignores_spans_outside_text(span: Span) -> None:
    assert render_text("a <b>", [span]) == "a &lt;b&gt;"


def test_unsafe_characters_replaced_offsets_kept() -> None:
    text = "a\x00b\ud800c $1"
    html = render_text(text, [Span(6, 8, "money", "k", "")])
    soup = BeautifulSoup(html, "html.parser")
    assert soup.get_text() == "a\ufffdb\ufffdc $1"
    assert soup.find(id="k").get_text() == "$1"
    html.encode("utf-8")


@pytest.mark.parametrize("text, rows, expected", [
    # glued text table
    ("CityPay\nAustin$1\n", [["City", "Pay"], ["Austin", "$1"]], [[(0, 4), (4, 7)], [(8, 14), (14, 16)]]),
    # a header word also in the prose before: rows must sit on one line, in order
    ("Pay is good.\nCity Pay\n", [["City", "Pay"]], [[(13, 17), (18, 21)]]),
    # a row that is not found does not move the search
    ("A B\nC D\n", [["A", "B"], ["X", "Y"], ["C", "D"]], [[(0, 1), (2, 3)], [None, None], [(4, 5), (6, 7)]]),
    # an empty cell is skipped
    ("A  B\n", [["A", "", "B"]], [[(0, 1), None, (3, 4)]]),
])
def test_locate_cells(text: str, rows: list[list[str]], expected: list) -> None:
    assert locate_cells(text, rows) == expected


def test_missing_files_and_empty_dataset(tmp_path: Path) -> None:
    write_output(tmp_path, [_doc("e", status="error", error="empty file")], {}, [])
    (tmp_path / "tables.csv").unlink()
    soup = BeautifulSoup(build_report(tmp_path).read_text(encoding="utf-8"), "html.parser")
    assert _index_row(soup, "e")[4:9] == ["0", "0", "0", "0", "1"]
    assert "No salary facts" in soup.get_text()


def test_written_atomically_and_replaced(tmp_path: Path) -> None:
    write_output(tmp_path, [_doc("n", NORMAL)], {"n": NORMAL}, [])
    (tmp_path / "report.html").write_text("old", encoding="utf-8")
    path = build_report(tmp_path)
    assert path == tmp_path / "report.html"
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_same_input_same_report(handmade: Path) -> None:
    first = (handmade / "report.html").read_bytes()
    assert build_report(handmade).read_bytes() == first


# --------------------------------------------------------------------------- on a real run


def test_report_on_pipeline_run(tmp_path: Path) -> None:
    from extract.pipeline import extract

    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "hostile.txt").write_text(f"Engineers earn $90,000 per year. {HOSTILE_TEXT}\n", encoding="utf-8")
    out = tmp_path / "out"
    extract([corpus], out)
    soup = BeautifulSoup(build_report(out).read_text(encoding="utf-8"), "html.parser")
    assert soup.select_one(".pane.text").get_text() == json.loads(
        (out / "documents.jsonl").read_text(encoding="utf-8"))["text"]
    rows = soup.select("tr.fact")
    assert rows and all(soup.find(id=r["data-target"]) for r in rows)
    assert len(soup.find_all("script")) == 1


def test_cli_report_command(handmade: Path, tmp_path: Path) -> None:
    import shutil
    import subprocess
    import sys

    out = tmp_path / "copy"
    shutil.copytree(handmade, out)
    (out / "report.html").unlink()
    proc = subprocess.run([sys.executable, "-m", "extract", "report", str(out), "--max-docs", "1"],
                          capture_output=True, text=True, cwd=Path(__file__).resolve().parent.parent)
    assert proc.returncode == 0, proc.stderr
    soup = BeautifulSoup((out / "report.html").read_text(encoding="utf-8"), "html.parser")
    assert len(soup.select("section.doc")) == 1
