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

_BULLET = re.compile(r"\s*(?:[•●▪◦‣∙·*+-]|\d{1,2}[.)])\s+\S")
_BULLET_FIRST = frozenset("•●▪◦‣∙·*+-")  # with decimal digits, what a stripped list item starts with
_SENTENCE_ENDS = tuple(".!?:;)\"'”’")  # what a stripped line ending a sentence ends with
_HEADING_MAX_WORDS = 14


def line_kind(line: str) -> str:
    """Classify one non-empty line as heading, list_item or paragraph.

    >>> [line_kind(x) for x in ["  • Entry: $1 ", "Median pay by state", "They earn $5.", "12) Senior: $9"]]
    ['list_item', 'heading', 'paragraph', 'list_item']
    """
    return _stripped_kind(line.strip())


def _stripped_kind(stripped: str) -> str:
    """:func:`line_kind` of a line without surrounding white space."""
    first = stripped[:1]
    if (first in _BULLET_FIRST or first.isdecimal()) and _BULLET.match(stripped):
        return "list_item"
    if not stripped.endswith(_SENTENCE_ENDS) and len(stripped.split()) <= _HEADING_MAX_WORDS:
        return "heading"
    return "paragraph"


def split_blocks(text: str) -> tuple[Block, ...]:
    """Return one Block per non-blank line, from its first to its last non-space character.

    >>> [(b.start, b.end) for b in split_blocks(" a b \\n\\n\\tc\\n")]
    [(1, 4), (8, 9)]
    """
    blocks: list[Block] = []
    start = 0  # of the current line
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            first = start + len(line) - len(line.lstrip())
            blocks.append(Block(first, first + len(stripped), _stripped_kind(stripped)))  # type: ignore[arg-type]
        start += len(line) + 1
    return tuple(blocks)
