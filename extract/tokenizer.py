"""The tokenizer: white space, then opening and closing punctuation and currency signs.

The detectors read the text, not the tokens: tokens only carry their spans
(``doc.spans``). So the pipeline needs no English tokenizer exceptions, only
cuts that let a span start and end on a token boundary. A currency sign is
cut off a word or number it is glued to (flattened table cells), and dashes
and slashes inside a word or number are tokens of their own; spaCy does not
cut the pieces between them again.

>>> from spacy.vocab import Vocab
>>> tokenize = make_tokenizer(Vocab())
>>> [t.text for t in tokenize("Pay: $16–$23/hour (ON$71,250$58k).")]
['Pay', ':', '$', '16', '–', '$23', '/', 'hour', '(', 'ON', '$71,250', '$58k', ')', '.']
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache
from typing import Callable

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import registry
from spacy.vocab import Vocab

from . import rules

_WHERE = "rules/tokenizer.yaml"


@lru_cache(maxsize=1)
def currency_signs() -> str:
    """Every character of Unicode's category Sc (currency symbol), ``$`` first."""
    return "".join(sorted((chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Sc"),
                          key=lambda c: (c != "$", c)))


def _chars(key: str) -> str:
    value = rules.require(rules.load("tokenizer"), key, str, where=_WHERE)
    if len(set(value)) != len(value):
        raise rules.RuleError(f"{_WHERE}: {key} lists a character twice")
    return re.escape(value)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    signs = re.escape(currency_signs())
    prefix = re.compile(f"^[{_chars('prefixes')}{signs}]")
    suffix = re.compile(f"[{_chars('suffixes')}]$")
    # a currency sign glued after a word or number; a dash or slash inside a word or number
    infix = re.compile(f"(?<=\\w)(?=[{signs}])|(?<=\\w)[{_chars('infixes')}](?=[\\w{signs}])")
    return prefix, suffix, infix


def make_tokenizer(vocab: Vocab) -> Tokenizer:
    """A spaCy ``Tokenizer`` over ``vocab`` cutting what :mod:`extract.tokenizer` describes."""
    prefix, suffix, infix = _patterns()
    return Tokenizer(vocab, prefix_search=prefix.search, suffix_search=suffix.search, infix_finditer=infix.finditer)


TOKENIZER = "extract.light_tokenizer.v1"  # its name in spaCy's registry (``[nlp.tokenizer]`` of a config)


@registry.tokenizers(TOKENIZER)
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """:func:`make_tokenizer` as a spaCy tokenizer factory: a pipeline built with it never
    builds English's tokenizer (its 1,300 exceptions) only to replace it."""
    return lambda nlp: make_tokenizer(nlp.vocab)
