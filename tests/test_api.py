"""The Python API: extract.run -> Dataset, extract.load -> spaCy Language."""

from __future__ import annotations

import subprocess
import sys

import extract
from extract.dataset import TABLES

from .conftest import CORPUS, ROOT


def test_run_returns_validated_frames() -> None:
    data = extract.run([CORPUS])
    frames = data.frames()
    assert set(frames) == set(TABLES)
    for name, df in frames.items():
        assert list(df.columns) == [c.name for c in TABLES[name][0]]
    assert len(data.facts) > 100 and set(data.texts) == set(data.documents["doc_id"])


def test_load_gives_span_groups_on_users_text() -> None:
    nlp = extract.load()
    doc = nlp("According to the BLS, registered nurses in Texas earned $36.10 an hour in 2023.\n"
              "Entry Level (0-2 Years)$61,000")
    money = [(s._.value.text, s._.value.period, s._.rule) for s in doc.spans["money"]]
    assert money[0][:2] == ("$36.10", "hour") and money[0][2]
    assert [s._.value.source for s in doc.spans["attribution"]] == ["Bureau of Labor Statistics"]
    assert [s._.value.value for s in doc.spans["role"]] == ["registered nurse"]
    assert [(s._.value.min_years, s._.value.max_years) for s in doc.spans["experience"]] == [(0, 2)]
    assert len(list(doc.sents)) == 2
    assert nlp.pipe_names[0] == "salary_sentences"


def test_cli_help_explains_every_option() -> None:
    for command, words in (("run", ["--out", "--quiet", "--verbose"]), ("eval", ["--output", "--gold", "--verbose"])):
        proc = subprocess.run([sys.executable, "-m", "extract", command, "--help"], capture_output=True, text=True, cwd=ROOT)
        assert proc.returncode == 0
        for word in words:
            assert word in proc.stdout, (command, word)
