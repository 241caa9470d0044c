"""Lower-case twins of texts, for finding case-insensitive ASCII vocabulary quickly.

``re`` skips ahead through a text much faster without ``re.IGNORECASE``. The
twin has the text's length and offsets, and at every position an ASCII letter
exactly where ``re.IGNORECASE`` takes the text's character for that letter, so
a case-sensitive pattern of lower-case ASCII words finds in the twin what the
case-insensitive pattern finds in the text. ``str.lower`` gives that for every
character but three (tests/test_fold.py checks all of them): dotted capital I
(two characters in lower case), dotless i and long s (``re`` takes them for
``i`` and ``s``).

>>> folded("Senior ſtaff İT")
'senior staff it'
"""

from __future__ import annotations

from typing import Iterable

_TWINS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def folded(text: str) -> str:
    """``text`` lower-cased, same length, its letters as ``re.IGNORECASE`` reads them."""
    if "\u0130" in text or "\u0131" in text or "\u017f" in text:
        text = text.translate(_TWINS)
    return text.lower()


def holds_any(lowered: str, words: Iterable[str]) -> bool:
    """Whether one of the lower-case ASCII ``words`` is in ``lowered`` (a :func:`folded` text): when
    none is, no case-insensitive pattern that needs one of them matches the text, and it is not run.

    >>> holds_any(folded("Back in 2019"), ("back", "since")), holds_any("until", ())
    (True, False)
    """
    return any(word in lowered for word in words)
