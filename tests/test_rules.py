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


def _boolean_list_items(node: object, where: str = "") -> list[str]:
    """Paths of list items YAML read as booleans: an unquoted word (``on``, ``yes``, ``no``) in a word list."""
    if isinstance(node, dict):
        return [p for key, value in node.items() for p in _boolean_list_items(value, f"{where}/{key}")]
    if isinstance(node, list):
        found: list[str] = []
        for i, item in enumerate(node):
            found += [f"{where}[{i}]"] if isinstance(item, bool) else _boolean_list_items(item, f"{where}[{i}]")
        return found
    return []


@pytest.mark.parametrize("path", RULE_FILES, ids=[p.stem for p in RULE_FILES])
def test_no_word_list_holds_a_boolean(path: Path) -> None:
    """YAML 1.1 reads bare ``on``/``yes``/``no`` as booleans: such words must be quoted in a list."""
    assert _boolean_list_items(rules.load(path.stem)) == []


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


@pytest.mark.parametrize("text", [
    "words: [a]\nwords: [b]\n",  # top level
    "section:\n  verbs: [start]\n  verbs: [begin]\n",  # nested
])
def test_repeated_key_is_a_rule_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    """YAML keeps the last of two equal keys silently; a rule file that repeats one is refused."""
    (tmp_path / "twice.yaml").write_text(text, encoding="utf-8")
    monkeypatch.setattr(rules, "RULES_DIR", tmp_path)
    with pytest.raises(rules.RuleError, match="duplicate key"):
        rules.load.__wrapped__("twice")


def test_distinct_keys_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "fine.yaml").write_text("a: {x: 1}\nb: {x: 2}\n", encoding="utf-8")
    monkeypatch.setattr(rules, "RULES_DIR", tmp_path)
    assert rules.load.__wrapped__("fine") == {"a": {"x": 1}, "b": {"x": 2}}
