"""Split normalized text into line-level blocks (headings, paragraphs, list items, rows).

The normalized text keeps one block per line: ingest writes every paragraph,
list item, heading and table row on its own line, and list items start with
``• ``. Blocks are what context may be read from: a sentence's block, a list's
intro block, a table's caption.

>>> [b.kind for b in split_blocks("Pay\\n\\nThey earn $5.\\n  • Entry: $1\\n")]
['heading', 'paragraph', 'list_item']
"""

from __future__ import annotations

import re

from .types import Block

# The text of a non-blank line: from its first to its last non-space character.
_LINE = re.compile(r"\S(?:[^\n]*\S)?")
_BULLET = re.compile(r"\s*(?:[•●▪◦‣∙·*+-]|\d{1,2}[.)])\s+\S")
_SENTENCE_ENDS = tuple(".!?:;)\"'”’")  # what a stripped line ending a sentence ends with
_HEADING_MAX_WORDS = 14


def line_kind(line: str) -> str:
    """Classify one non-empty line as heading, list_item or paragraph.

    >>> [line_kind(x) for x in ["  • Entry: $1 ", "Median pay by state", "They earn $5."]]
    ['list_item', 'heading', 'paragraph']
    """
    return _stripped_kind(line.strip())


def _stripped_kind(stripped: str) -> str:
    """:func:`line_kind` of a line without surrounding white space."""
    if _BULLET.match(stripped):
        return "list_item"
    if not stripped.endswith(_SENTENCE_ENDS) and len(stripped.split()) <= _HEADING_MAX_WORDS:
        return "heading"
    return "paragraph"


def split_blocks(text: str) -> tuple[Block, ...]:
    """Return one Block per non-blank line, trimmed of surrounding white space."""
    return tuple(
        Block(line.start(), line.end(), _stripped_kind(line.group()))  # type: ignore[arg-type]
        for line in _LINE.finditer(text)
    )
