"""The light tokenizer: spans of the detectors fall on token boundaries."""

from __future__ import annotations

import pytest
from spacy.vocab import Vocab

from extract import annotate, rules, tokenizer


@pytest.fixture(scope="module")
def tokenize():  # noqa: ANN201
    return tokenizer.make_tokenizer(Vocab())


@pytest.mark.parametrize(("text", "tokens"), [
    # currency signs cut off numbers (a leading one as a token of its own) and glued table cells
    ("earns £25k.", ["earns", "£", "25k", "."]),
    ("Springfield, IL$52,300$41k$63k", ["Springfield", ",", "IL", "$52,300", "$41k", "$63k"]),
    ("₹12 LPA", ["₹", "12", "LPA"]),
    ("€45.000 brutto", ["€", "45.000", "brutto"]),
    # dashes and slashes inside words and numbers
    ("$17-$24 Per Hour", ["$", "17", "-", "$24", "Per", "Hour"]),
    ("20–30 hours/week", ["20", "–", "30", "hours", "/", "week"]),
    ("full-time", ["full", "-", "time"]),
    # opening and closing punctuation
    ("(about $60,000).", ["(", "about", "$", "60,000", ")", "."]),
    ("“Pay rose 4%,” she said", ["“", "Pay", "rose", "4", "%", ",", "”", "she", "said"]),
    # a decimal point and a thousands separator stay inside the number
    ("USD 140,923.50", ["USD", "140,923.50"]),
    # white space is kept in the text
    ("a\n\nb", ["a", "\n\n", "b"]),
])
def test_tokens(tokenize, text: str, tokens: list[str]) -> None:  # noqa: ANN001
    doc = tokenize(text)
    assert [t.text for t in doc] == tokens
    assert doc.text == text


@pytest.mark.parametrize("text", [
    "According to Acme Pay, the median salary for data analysts is $71,250 per year.",
    "• Junior (0-2 years): £28k-£34k\n• Senior (5+ years): £55,000 to £70,000",
    "Lakeside, OR$61,300$48k$77k\nRiverton, NE$58,900$45k$72k",
])
def test_detector_spans_fall_on_tokens(text: str) -> None:
    doc = annotate.load()(text)
    found = [r for records in doc._.records.values() for r in records]
    assert found
    assert all(doc.char_span(r.start, r.end) is not None for r in found if not text[r.start:r.end].isspace())


def test_currency_signs_come_from_unicode() -> None:
    signs = tokenizer.currency_signs()
    assert signs[0] == "$" and {"£", "€", "₹", "¥", "₩", "₦"} <= set(signs)
    assert not set("Rk$".replace("$", "")) & set(signs)


def test_a_character_listed_twice_is_a_rule_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rules, "load", lambda name: {"prefixes": "((", "suffixes": ")", "infixes": "-"})
    tokenizer._patterns.cache_clear()
    try:
        with pytest.raises(rules.RuleError, match="twice"):
            tokenizer._patterns()
    finally:
        tokenizer._patterns.cache_clear()


@pytest.mark.parametrize("mark", ["$", "!", "(", "-"])
def test_long_runs_of_one_mark_stay_fast(tokenize, mark: str) -> None:  # noqa: ANN001
    assert tokenize(mark * 64 + " pay").text == mark * 64 + " pay"
