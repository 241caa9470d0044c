"""The lower-case twin agrees with re.IGNORECASE on every character."""

from __future__ import annotations

import re

from extract.fold import folded


def test_folded_text_matches_like_ignorecase() -> None:
    """Every character: IGNORECASE equates it with an ASCII letter iff the twin gives that letter."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    any_letter = re.compile("[a-z]", re.I)
    for code in range(0x110000):
        char = chr(code)
        twin = folded(char)
        assert len(twin) == 1
        if any_letter.fullmatch(char):
            assert [x for x in letters if re.fullmatch(x, char, re.I)] == [twin], char
        else:
            assert twin not in letters, char
