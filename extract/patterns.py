"""Regexes built from vocabulary: literal phrases as one trie-shaped alternation.

A plain alternation of many phrases makes ``re`` try every phrase at every
position; a trie follows one branch per character, and a pattern whose phrases
share a first character opens with it, which ``re`` searches for quickly.

>>> trie(["pay", "paid", "per", "pays"])
'p(?:a(?:id|y(?:s)?)|er)'
"""

from __future__ import annotations

import re
from typing import Callable, Iterable, Optional

BLANKS = r"[ \t]+"  # ``blank=BLANKS``: a space in a phrase matches any run of spaces and tabs


def trie(phrases: Iterable[str], *, blank: str = r"\ ", fold: bool = False, shortest: bool = False,
         head: Optional[Callable[[str], str]] = None, tail: Optional[Callable[[str], str]] = None) -> str:
    """Regex alternation of the literal ``phrases``, shaped as a trie (characters escaped).

    At a position it matches the longest phrase there, and backtracks to the
    shorter ones, as an alternation of the phrases longest first would.

    - ``blank``: the pattern a space in a phrase becomes (``BLANKS``, ``r"\\s+"``; by default one space);
    - ``fold``: the phrases are lower-cased first (for a pattern compiled with ``re.I``);
    - ``shortest``: the pattern only says that a phrase starts there, so it stops at the shortest;
    - ``head``: the pattern put before a phrase, given its first character (a word edge);
    - ``tail``: the pattern put where a phrase ends, given its last character, tried after the
      longer phrases (with no ``tail`` an ending phrase makes the rest of the branch optional).

    >>> trie(["says", "said", "salary data", "data"], blank=BLANKS, shortest=True)
    '(?:data|sa(?:id|lary[ \\\\t]+data|ys))'
    >>> trie(["mo", "min.", "min"], head=lambda c: "\\\\b", tail=lambda c: "(?!x)" if c.isalnum() else "")
    '\\\\bm(?:in(?:\\\\.|(?!x))|o(?!x))'
    >>> trie(["Job", "jobs"], fold=True), trie([])
    ('job(?:s)?', '')
    """
    tree: dict[str, dict] = {}
    for phrase in phrases:
        node = tree
        for char in phrase.lower() if fold else phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here

    def unit(char: str) -> str:
        return blank if char == " " else re.escape(char)

    def emit(node: dict[str, dict], last: str) -> str:
        if shortest and "" in node:
            return ""  # a phrase starts here: nothing more is needed
        branches = [unit(char) + emit(child, char) for char, child in sorted(node.items()) if char]
        if "" in node:
            if tail is not None:
                branches.append(tail(last))  # after the longer phrases
            elif branches:  # greedy: a longer phrase first, else the phrase ending here
                return "(?:" + "|".join(branches) + ")?"
        if not branches:
            return ""
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    if head is None:
        return emit(tree, "")
    roots = [head(char) + unit(char) + emit(child, char) for char, child in sorted(tree.items()) if char]
    return roots[0] if len(roots) == 1 else "(?:" + "|".join(roots) + ")"


def longest_first(phrases: Iterable[object], *, blank: str = BLANKS, head: Optional[Callable[[str], str]] = None,
                  tail: Optional[Callable[[str], str]] = None) -> str:
    """Plain alternation of the literal ``phrases``, longest first, the words of a phrase joined by ``blank``.

    ``re`` tries the phrases in turn (a :func:`trie` follows one branch a character). ``head`` and
    ``tail`` put a pattern before and after each phrase, given its first and last character.

    >>> longest_first(["per  year", "pa"]), longest_first(["and", ", and"], head=lambda c: "(?<!x)" if c.isalpha() else "")
    ('per[ \\\\t]+year|pa', ',[ \\\\t]+and|(?<!x)and')
    """
    parts = []
    for phrase in sorted(map(str, phrases), key=len, reverse=True):
        body = blank.join(re.escape(word) for word in phrase.split())
        parts.append((head(phrase[0]) if head else "") + body + (tail(phrase[-1]) if tail else ""))
    return "|".join(parts)
