"""Rule files: loading, and the errors a broken one gives."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from extract import rules

RULE_FILES = sorted(rules.RULES_DIR.glob("*.yaml"))


@pytest.mark.parametrize("path", RULE_FILES, ids=[p.stem for p in RULE_FILES])
def test_every_rule_file_loads_as_the_plain_safe_loader_reads_it(path: Path) -> None:
    """The fast loader (libyaml's, when present) gives exactly what ``yaml.safe_load`` gives."""
    expected = yaml.safe_load(path.read_text(encoding="utf-8"))
    got = rules.load(path.stem)
    assert got == expected
    assert repr(got) == repr(expected)  # same types and key order too


def test_broken_rule_file_is_a_rule_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "broken.yaml").write_text("words: [a, b\n", encoding="utf-8")
    (tmp_path / "empty.yaml").write_text("", encoding="utf-8")
    monkeypatch.setattr(rules, "RULES_DIR", tmp_path)
    with pytest.raises(rules.RuleError, match="not valid YAML"):
        rules.load.__wrapped__("broken")
    with pytest.raises(rules.RuleError, match="is empty"):
        rules.load.__wrapped__("empty")
    with pytest.raises(rules.RuleError, match="not found"):
        rules.load.__wrapped__("missing")
