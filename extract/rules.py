"""Load rule files from ``rules/``: inert vocabulary and patterns as YAML data.

Each stage asks for its own file by name (``load("money")`` reads
``rules/money.yaml``). Files are read once per process and validated by the
stage that owns them; a malformed file raises :class:`RuleError`.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
# libyaml's safe loader when PyYAML was built with it (the same data, ten times as fast)
_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BASE_LOADER):  # type: ignore[misc,valid-type]
    """The safe loader, refusing a mapping that repeats a key (YAML would keep the last silently)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: set = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


class RuleError(ValueError):
    """A rule file is missing, malformed or inconsistent."""


@lru_cache(maxsize=None)
def load(name: str) -> Any:
    """Return the parsed content of ``rules/<name>.yaml``."""
    path = RULES_DIR / f"{name}.yaml"
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except FileNotFoundError as exc:
        raise RuleError(f"rule file not found: {path}") from exc
    except yaml.YAMLError as exc:
        raise RuleError(f"rule file {path} is not valid YAML: {exc}") from exc
    if data is None:
        raise RuleError(f"rule file {path} is empty")
    return data


def require(data: dict, key: str, kind: type, *, where: str) -> Any:
    """Fetch ``data[key]`` and check its type, raising a RuleError naming the file."""
    if key not in data:
        raise RuleError(f"{where}: missing key {key!r}")
    value = data[key]
    if not isinstance(value, kind):
        raise RuleError(f"{where}: {key!r} must be {kind.__name__}, got {type(value).__name__}")
    return value


def unique(items: list[str], *, where: str) -> list[str]:
    """Raise on duplicated entries (case-insensitive); return the list unchanged."""
    seen: dict[str, str] = {}
    for item in items:
        key = str(item).casefold()
        if key in seen:
            raise RuleError(f"{where}: duplicate entry {item!r}")
        seen[key] = item
    return items


def fingerprint() -> str:
    """Hash of every rule file: part of the cache key of a processed document."""
    digest = hashlib.sha256()
    for path in sorted(RULES_DIR.glob("*.yaml")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
