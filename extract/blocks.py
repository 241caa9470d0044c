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

# A non-blank line: its leading white space, then its text from the first to the last
# non-space character (the group).
_LINE = re.compile(r"^[^\S\n]*(\S(?:[^\n]*\S)?)", re.M)
_BULLET = re.compile(r"\s*(?:[•●▪◦‣∙·*+-]|\d{1,2}[.)])\s+\S")
_SENTENCE_END = re.compile(r"[.!?:;)\"'”’]\s*$")
_HEADING_MAX_WORDS = 14


def line_kind(line: str) -> str:
    """Classify one non-empty line as heading, list_item or paragraph."""
    if _BULLET.match(line):
        return "list_item"
    stripped = line.strip()
    if not _SENTENCE_END.search(stripped) and len(stripped.split()) <= _HEADING_MAX_WORDS:
        return "heading"
    return "paragraph"


def split_blocks(text: str) -> tuple[Block, ...]:
    """Return one Block per non-blank line, trimmed of surrounding white space."""
    return tuple(
        Block(line.start(1), line.end(1), line_kind(line.group(1)))  # type: ignore[arg-type]
        for line in _LINE.finditer(text)
    )
