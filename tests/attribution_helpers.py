"""Shared helpers of the attribution tests: the sources a text names, and the source of an amount."""

from typing import Optional

from extract.attribution import find_attributions, scope_attributions, source_at
from extract.blocks import split_blocks


def sources(text: str) -> list[tuple[str, str]]:
    """(cue text, source) of every attribution in ``text``."""
    return [(a.text, a.source) for a in find_attributions(text)]


def source_of(text: str, amount: str) -> Optional[str]:
    """The source that covers the first occurrence of ``amount`` in ``text``."""
    scoped = scope_attributions(text, split_blocks(text), find_attributions(text))
    found = source_at(scoped, text.index(amount))
    return None if found is None else found.source


def source_names(text: str) -> list[str]:
    """The source of every attribution in ``text``."""
    return [a.source for a in find_attributions(text)]
