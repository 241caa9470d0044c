"""Ingest: bytes on disk -> :class:`Document` with normalized text and structure.

Decoding, mojibake repair and HTML-to-text happen here and nowhere else; the
text this stage produces is the one every offset in the dataset points into.
Anything unreadable becomes a :class:`DocumentError` with a one-line reason.
"""

from __future__ import annotations

import enum
import hashlib
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

import ftfy

from .blocks import split_blocks
from .types import CellSpan, Document, DocumentError, HtmlTable

if TYPE_CHECKING:  # bs4 and charset_normalizer are imported when an HTML page or an unusual encoding needs them
    from bs4 import Tag

FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}

BULLET = "• "
MAX_BYTES = 16 * 1024 * 1024  # larger files are refused unread: no article is this big
MAX_CHARS = 1_000_000  # longer normalized texts are refused (spaCy's default ``max_length``)
_BOMS = (("utf-8-sig", b"\xef\xbb\xbf"), ("utf-16", b"\xff\xfe"), ("utf-16", b"\xfe\xff"))


class IngestError(ValueError):
    """The input cannot be read as a text document; the message is the one-line reason."""


# --------------------------------------------------------------------------- discovery


def discover(inputs: Iterable[str | Path]) -> Iterator[tuple[Path, str]]:
    """Yield ``(path, doc_id)`` for every input file, folders searched recursively.

    ``doc_id`` is the path relative to the input folder without its extension,
    ``/``-separated. Symlinks are yielded too (ingest refuses those pointing
    outside their input folder), so every file is accounted for.
    """
    for raw in inputs:
        root = Path(raw)
        if root.is_dir():
            files = sorted(p for p in root.rglob("*") if p.suffix.lower() in FORMATS and (p.is_file() or p.is_symlink()))
            for path in files:
                yield path, path.relative_to(root).with_suffix("").as_posix()
        else:
            yield root, root.with_suffix("").name


def read(path: Path, doc_id: str, *, root: Path | None = None, max_bytes: int = MAX_BYTES) -> Document | DocumentError:
    """Read one file into a Document, or a DocumentError saying why it cannot be read."""
    fmt = FORMATS.get(path.suffix.lower(), "txt")
    try:
        data = read_bytes(path, root=root, max_bytes=max_bytes)
    except IngestError as exc:
        return DocumentError(doc_id, path.as_posix(), fmt, None, str(exc))
    sha = hashlib.sha256(data).hexdigest()
    try:
        return parse(data, doc_id=doc_id, path=path.as_posix(), fmt=fmt, sha256=sha)
    except IngestError as exc:
        return DocumentError(doc_id, path.as_posix(), fmt, sha, str(exc))
    except RecursionError:
        return DocumentError(doc_id, path.as_posix(), fmt, sha, "document too deeply nested to parse")


@lru_cache(maxsize=16)
def _resolved(folder: Path) -> str:
    """An input folder's real path (resolved once per run, not once per file)."""
    return os.path.realpath(folder)


def read_bytes(path: Path, *, root: Path | None = None, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file inside ``root``; raises IngestError with a one-line reason.

    Never blocks and never follows a link out of the input folder: a symlink
    (or a path through a symlinked folder) resolving outside ``root`` is
    refused, a FIFO, socket or device is refused without waiting for a writer,
    and a file over ``max_bytes`` is refused before it is read.
    """
    path = Path(path)
    try:
        if root is not None:
            target, folder = os.path.realpath(path), _resolved(Path(root))
            if not (target == folder or target.startswith(folder.rstrip(os.sep) + os.sep)):
                what = "symlink" if path.is_symlink() else "path"
                raise IngestError(f"{what} points outside the input folder (not followed)")
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except IngestError:
        raise
    except RuntimeError as exc:  # symlink loop on older Pythons
        raise IngestError(f"cannot read file: {exc}") from None
    except OSError as exc:
        raise IngestError(f"cannot read file: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise IngestError("not a regular file")
        if info.st_size > max_bytes:
            raise IngestError(f"file too large ({info.st_size:,} bytes; limit {max_bytes:,})")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            # the size fstat saw, plus one byte: reading max_bytes + 1 at once allocates that much
            data = fh.read(info.st_size + 1)
            if len(data) > info.st_size:  # the file grew (or fstat does not know its size)
                data += fh.read(max_bytes + 1 - len(data))
    except OSError as exc:
        raise IngestError(f"cannot read file: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    if len(data) > max_bytes:  # grew while being read
        raise IngestError(f"file too large (over {max_bytes:,} bytes)")
    return data


def parse(data: bytes, *, doc_id: str, path: str, fmt: str, sha256: str) -> Document:
    """Turn raw bytes of a known format into a Document (raises IngestError)."""
    text = decode(data)
    if fmt == "html":
        title, body, tables = html_to_text(text)
    else:
        body = markdown_to_text(text) if fmt == "md" else text
        body, tables = normalize(body), ()
        title = None
    if not body.strip():
        raise IngestError("no text content")
    if len(body) > MAX_CHARS:
        raise IngestError(f"text too long ({len(body):,} characters; limit {MAX_CHARS:,})")
    blocks = split_blocks(body)
    if title is None:
        title = next((body[b.start : b.end] for b in blocks), None)
    return Document(doc_id, path, fmt, sha256, body, title, blocks, tables)


# --------------------------------------------------------------------------- decoding


def decode(data: bytes) -> str:
    """Decode bytes to text: BOMs, UTF-8, then detection (Windows-1252, Latin-1...).

    >>> decode("caf\\u00e9 \\u2019".encode("cp1252"))
    'café ’'
    >>> decode(b"\\xef\\xbb\\xbfhi")
    'hi'
    """
    if not data:
        raise IngestError("empty file")
    for encoding, bom in _BOMS:
        if data.startswith(bom):
            return _repair(data.decode(encoding, errors="replace"))
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return _repair(utf16)
    if _looks_binary(data):
        raise IngestError("binary file (not text)")
    for encoding in ("utf-8", "cp1252"):  # the encodings web pages mostly have
        try:
            return _repair(data.decode(encoding))
        except UnicodeDecodeError:
            pass
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.encoding.startswith(("utf_16", "utf_32")):
        raise IngestError("unknown text encoding")
    return _repair(data.decode(best.encoding, errors="replace"))


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (0, 9, 10, 12, 13, 27))


def _looks_binary(data: bytes) -> bool:
    """Many NULs or control bytes in the head; a few stray NULs in a text file are dropped later.

    >>> _looks_binary(b"\\x00\\x01\\x02\\x03" * 10), _looks_binary(b"Pay: $5 an hour.\\x00" * 10)
    (True, False)
    """
    head = data[:8192]
    if head.count(b"\x00") > len(head) // 10:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > len(head) // 20


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM: (nearly) every other byte NUL, on one side only."""
    head = data[:8192]
    if len(head) < 4 or len(data) % 2 or 0 not in head:  # no NUL: not UTF-16 (fast, most files)
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    for encoding, nuls, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if nuls >= half * 0.9 and other <= half // 100:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


_ASCII_NEEDS_FTFY = re.compile(r"[^\t\n\r\x20-\x7e]|&")  # entities and controls
_FTFY = ftfy.TextFixerConfig(normalization="NFC", uncurl_quotes=False, fix_line_breaks=True, explain=False)
# Characters one of ftfy's fixers acts on by itself (C1 and other controls, line and
# paragraph separators, surrogates, terminal escapes, ligatures, full-width forms), from ftfy's tables.
_TOUCHED = re.escape("".join(sorted(
    {"\x1b", "\r", "\x85", "\u2028", "\u2029", *map(chr, range(0x80, 0xA0)),
     *map(chr, ftfy.chardata.CONTROL_CHARS), *map(chr, ftfy.chardata.LIGATURES),
     *map(chr, ftfy.chardata.WIDTH_MAP)}))) + "\ud800-\udfff"  # the contents of a [...] class
_FTFY_TOUCHES = re.compile(f"[{_TOUCHED}]")


def _mojibake_reach(pattern: re.Pattern[str]) -> int | None:
    """How far a match of ftfy's badness regex reaches around the non-ASCII character it must hold.

    ``None`` when some alternative could match ASCII alone or has no bounded
    length: then :func:`_has_mojibake` asks ftfy about the whole line.

    >>> _mojibake_reach(re.compile("a\u00e9|\u00c3[a-z]")), _mojibake_reach(re.compile("ab|\u00e9"))
    (1, None)
    """
    from re import _constants as sre, _parser  # the regex's own parse tree, as `re` compiles it

    def non_ascii(item: tuple) -> bool:
        op, arg = item
        if op is sre.LITERAL:
            return arg > 127
        return op is sre.IN and all((o is sre.LITERAL and a > 127) or (o is sre.RANGE and a[0] > 127) for o, a in arg)

    tree = _parser.parse(pattern.pattern, pattern.flags)
    branches = tree.data[0][1][1] if len(tree.data) == 1 and tree.data[0][0] is sre.BRANCH else [tree]
    longest = tree.getwidth()[1]
    if longest > 64 or not all(any(non_ascii(item) for item in branch.data) for branch in branches):
        return None
    return longest - 1


def _mojibake_alone(pattern: re.Pattern[str]) -> str | None:
    """The characters ftfy's badness regex can match without another non-ASCII one beside them.

    Each alternative of the badness regex either holds two adjacent non-ASCII
    characters or one from a short list (C1 controls, ``Ã``, ``Â``...): a
    line with neither cannot be mojibake. The list is returned as the contents
    of a ``[...]`` class; None when the regex has another shape.

    >>> _mojibake_alone(re.compile("\\u00e9\\u00e8|a\\u00c3 ")), _mojibake_alone(re.compile("ab|\\u00e9"))
    ('\u00c3', None)
    """
    from re import _constants as sre, _parser

    if _mojibake_reach(pattern) is None:
        return None
    tree = _parser.parse(pattern.pattern, pattern.flags)
    branches = tree.data[0][1][1] if len(tree.data) == 1 and tree.data[0][0] is sre.BRANCH else [tree]
    alone: list[str] = []
    for branch in branches:
        items = [_non_ascii_chars(item) for item in branch.data]
        if not any(a is not None and b is not None for a, b in zip(items, items[1:])):
            first = next((chars for chars in items if chars), None)
            if first is None:
                return None
            alone.append(first)
    return "".join(alone)


def _non_ascii_chars(item: tuple) -> str | None:
    """The class contents (for ``[...]``) of a one-character regex item matching only non-ASCII, else None."""
    from re import _constants as sre

    op, arg = item
    if op is sre.LITERAL:
        return re.escape(chr(arg)) if arg > 127 else None
    if op is not sre.IN or not arg:
        return None
    parts = []
    for o, a in arg:
        if o is sre.LITERAL and a > 127:
            parts.append(re.escape(chr(a)))
        elif o is sre.RANGE and a[0] > 127:
            parts.append(re.escape(chr(a[0])) + "-" + re.escape(chr(a[1])))
        else:
            return None
    return "".join(parts)


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_REACH = _mojibake_reach(ftfy.badness.BADNESS_RE)
_ALONE = _mojibake_alone(ftfy.badness.BADNESS_RE)
# A line holding none of these is kept as it is (see _repair_line): '&' or any character
# but printable ASCII, tab and newline; in NFC text only '&', one ftfy acts on, one of _ALONE
# or one followed by a non-ASCII character. Both start with one class, which `re` scans fast.
_SUSPECT = re.compile(r"[^\t\n\x20-\x25\x27-\x7e]")
_SUSPECT_NFC = (re.compile(rf"[^\t\n\x20-\x25\x27-\x7e](?:(?<=[&{_TOUCHED}{_ALONE}])|[^\x00-\x7f])")
                if _ALONE is not None else _SUSPECT)
_NO_UNESCAPE = _FTFY._replace(unescape_html=False)
_ENTITY = ftfy.chardata.HTML_ENTITY_RE  # what ftfy's unescape_html replaces: '&' alone ("R&D") is left as it is


def _has_mojibake(line: str) -> bool:
    """``ftfy.badness.is_bad(line)``, searching only around non-ASCII runs (every match holds one).

    >>> _has_mojibake("It\u00e2\u20ac\u2122s"), _has_mojibake("It\u2019s \u00a345,000")
    (True, False)
    """
    if _REACH is None:
        return ftfy.badness.is_bad(line)
    search = ftfy.badness.BADNESS_RE.search
    return any(search(line, max(0, m.start() - _REACH), m.end() + _REACH) for m in _NON_ASCII.finditer(line))


def _repair(text: str) -> str:
    """Fix mojibake (``â€™``, stray ``Â``) without touching correct text.

    The same as ``ftfy.fix_text`` line by line, but a line none of its fixers
    would change (no character they act on, no mojibake, already NFC) is kept
    as it is: ftfy costs tens of microseconds per line. Only lines holding a
    suspect character (see :data:`_SUSPECT`) are examined one by one.
    """
    if text.isascii() and not _ASCII_NEEDS_FTFY.search(text):
        return text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > _FTFY.max_decode_length:  # ftfy would cut long lines: every line takes the slow path
        return _repair_lines(text)
    # NFC holds for the text iff it holds for each line ("\n" composes with nothing)
    suspect = _SUSPECT_NFC if unicodedata.is_normalized("NFC", text) else _SUSPECT
    first_tag = text.find("<")  # as ftfy.fix_text: from the line holding it on, no unescaping
    out, pos = [], 0
    while match := suspect.search(text, pos):
        start = text.rfind("\n", pos, match.start()) + 1 or pos
        end = text.find("\n", match.start()) + 1 or len(text)
        out.append(text[pos:start])
        out.append(_repair_line(text[start:end], _FTFY if first_tag < 0 or first_tag >= end else _NO_UNESCAPE))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _repair_lines(text: str) -> str:
    """:func:`_repair` examining every line (lines over ftfy's ``max_decode_length`` cut in pieces)."""
    config, out, pos = _FTFY, [], 0
    while pos < len(text):
        end = text.find("\n", pos) + 1 or len(text)
        end = min(end, pos + config.max_decode_length)
        line = text[pos:end]
        if config.unescape_html == "auto" and "<" in line:  # as ftfy.fix_text: from here on, no unescaping
            config = _NO_UNESCAPE
        out.append(_repair_line(line, config))
        pos = end
    return "".join(out)


def _repair_line(line: str, config: ftfy.TextFixerConfig) -> str:
    """``ftfy.fix_text`` of one line, or the line itself when no fixer would act on it.

    A line whose only fix is decoding HTML entities is unescaped here: ftfy's
    next round over the unescaped line would find nothing more to fix.

    >>> _repair_line("R&amp;D pays \u00a35", _FTFY), _repair_line("R&D &amp;amp; caf\u00c3\u00a9", _FTFY)
    ('R&D pays £5', 'R&D & café')
    """
    # config.unescape_html is "auto" or False: "auto" leaves a line holding a tag as it is
    if config.unescape_html and "&" in line and "<" not in line and _ENTITY.search(line):
        unescaped = ftfy.fixes.unescape_html(line)
        if not _ENTITY.search(unescaped) and not _needs_fixing(unescaped):
            return unescaped
        return ftfy.fix_and_explain(line, config).text
    return ftfy.fix_and_explain(line, config).text if _needs_fixing(line) else line


def _needs_fixing(line: str) -> bool:
    """Whether a fixer of ftfy other than ``unescape_html`` would change the line."""
    return bool(_FTFY_TOUCHES.search(line)) or (
        not line.isascii() and (_has_mojibake(line) or not unicodedata.is_normalized("NFC", line)))


# --------------------------------------------------------------------------- normalization

_INVISIBLE = dict.fromkeys(
    [*map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u061c\u180e\u034f"),  # zero-width, marks, soft hyphen
     *range(0x202A, 0x202F), *range(0x2066, 0x206A),  # bidi embeddings, overrides and isolates
     *range(0x2061, 0x2065), *range(0xFE00, 0xFE10)],  # invisible operators, variation selectors
    None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"), " ")
_FULLWIDTH = {c: unicodedata.normalize("NFKC", chr(c)) for c in range(0xFF01, 0xFF5F)}
_CONTROLS = dict.fromkeys([*range(0x01, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F], " ")
_TABLE = {**_INVISIBLE, **_SPACES, **_FULLWIDTH, **_CONTROLS, ord("\r"): None, ord("\x00"): None}
_TABLE_CHARS = re.compile("[" + re.escape("".join(map(chr, sorted(_TABLE)))) + "]")
_BULLET_CHARS = "•●▪◦‣∙·■□➢➤►▶✓✔*+-"
_FIRST_BULLET = re.compile(rf"[ \t]*[{_BULLET_CHARS}][ \t]+(?=\S)")  # on the first line
_NEXT_BULLET = re.compile(rf"\n[ \t]*[{_BULLET_CHARS}][ \t]+(?=\S)")  # on the others (`re` finds "\n" fast)
# spaCy's tokenizer strips a token made only of prefix/suffix characters one
# character at a time, re-searching the rest each time: quadratic (8,000 `$`
# or `!` take 25 s). Such runs are cut into pieces of PUNCT_RUN characters.
PUNCT_RUN = 64
_PUNCT_RUN = re.compile(r"[^\w\s]{65,}")
_RUN_STRIDE = 16  # 65 consecutive positions hold at least 4 multiples of 16
_SAMPLED_RUN = re.compile(r"[^\w\s]{4}")


def _split_run(m: re.Match[str]) -> str:
    run = m.group(0)
    return " ".join(run[i : i + PUNCT_RUN] for i in range(0, len(run), PUNCT_RUN))


def _translate(text: str) -> str:
    """``text.translate(_TABLE)``, one ``str.replace`` per distinct character found.

    ``str.translate`` with a dict looks up every character of the text (about
    1 ms for 10 KB of non-ASCII text); the table's characters are rare.

    >>> _translate("a\\u00a0b\\u200b\\uff04\\x07")
    'a b$ '
    """
    for char in set(_TABLE_CHARS.findall(text)):
        text = text.replace(char, _TABLE[ord(char)] or "")
    return text


def _cut_punct_runs(text: str) -> str:
    """Cut runs of more than PUNCT_RUN symbols with spaces, see :func:`normalize`.

    Every such run covers four consecutive characters of ``text[::16]``: only
    a text where those are all symbols is searched in full.

    >>> [len(word) for word in _cut_punct_runs("a " + "$" * 130 + "!").split()], _cut_punct_runs("a $$$ b")
    ([1, 64, 64, 3], 'a $$$ b')
    """
    if not _SAMPLED_RUN.search(text[::_RUN_STRIDE]):
        return text
    return _PUNCT_RUN.sub(_split_run, text)


def _strip_trailing(text: str) -> str:
    """Drop spaces and tabs at the end of every line.

    >>> _strip_trailing("a \\t\\nb\\n \\n c  ")
    'a\\nb\\n\\n c'
    """
    return "\n".join([line.rstrip(" \t") for line in text.split("\n")])


def _collapse_blank_lines(text: str) -> str:
    """Make every run of three or more line breaks two.

    >>> _collapse_blank_lines("a\\n\\n\\n\\n\\n\\nb\\n\\nc\\n\\n\\n")
    'a\\n\\nb\\n\\nc\\n\\n'
    """
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text


def normalize(text: str) -> str:
    """Normalize white space, invisible characters and bullets, keeping line structure.

    Runs of more than :data:`PUNCT_RUN` symbols without a letter, digit or
    space are cut by spaces (the tokenizer is quadratic on them).

    >>> normalize("  \\u2022 Pay:\\u00a0$5\\u200b0  \\r\\n\\n\\n\\nNext")
    '• Pay: $50\\n\\nNext\\n'
    """
    text = _translate(text)
    text = _cut_punct_runs(text)
    if first := _FIRST_BULLET.match(text):
        text = BULLET + text[first.end() :]
    text = _NEXT_BULLET.sub("\n" + BULLET, text)
    if " \n" in text or "\t\n" in text or text.endswith((" ", "\t")):
        text = _strip_trailing(text)
    text = _collapse_blank_lines(text)
    return text.strip("\n ") + "\n" if text.strip() else ""


# --------------------------------------------------------------------------- Markdown

# Every pattern stops at the first character that could start another match
# (``[`` inside link text, ``(`` inside a URL, ``*`` inside emphasis), so an
# unclosed run of markup costs linear time, never a rescan to the line's end.
_MD_RULES = (
    (re.compile(r"!\[[^\[\]\n]*\]\((?:[^()\n]|\([^()\n]*\))*\)"), ""),  # images
    (re.compile(r"\[([^\[\]\n]+)\]\((?:[^()\n]|\([^()\n]*\))*\)"), r"\1"),  # links -> their text
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),  # block quotes
    (re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=\S)\*(?!\w)"), r"\1"),  # emphasis
    (re.compile(r"\*\*(?=[^\s*])([^*\n]+?)(?<=\S)\*\*"), r"\1"),  # strong
    (re.compile(r"__(?=[^\s_])([^_\n]+?)(?<=\S)__"), r"\1"),  # strong
    (re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$", re.M), ""),  # rules
)
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+([^\n]*)", re.M)  # closing #s stripped in code
_MD_FENCE = re.compile(r"^[ \t]{0,3}(```|~~~)")


def markdown_to_text(text: str) -> str:
    """Strip Markdown markup, keeping text, list items and pipe tables.

    >>> markdown_to_text("## Pay\\n**Average**: [$5](http://x)")
    'Pay\\nAverage: $5'
    >>> markdown_to_text("```\\ncode $1\\n```\\nIt pays *$5*.")
    'It pays $5.'
    """
    text = _strip_fences(text)
    text = _MD_HEADING.sub(lambda m: m.group(1).rstrip(" \t#"), text)
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    return text


def _strip_fences(text: str) -> str:
    """Drop fenced code blocks (an unclosed fence runs to the end), one pass over the lines."""
    if "```" not in text and "~~~" not in text:
        return text
    kept: list[str] = []
    fence = ""
    for line in text.split("\n"):
        match = _MD_FENCE.match(line)
        if fence:
            if match and match.group(1) == fence and not line.strip().strip(fence[0]):
                fence = ""
            continue
        if match:
            fence = match.group(1)
            continue
        kept.append(line)
    return "\n".join(kept)


# --------------------------------------------------------------------------- HTML

# Navigation and page machinery are dropped; asides ("Pay guide" boxes) and footers are text a reader sees.
_DROP = {"script", "style", "noscript", "nav", "form", "svg", "template", "iframe", "button", "select", "head", "object", "canvas"}
_BLOCK = {
    "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "address", "br", "hr", "tr", "table", "caption",
}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


_SPACE_RUN = re.compile(r"\s+")


class _HtmlWriter:
    """Accumulates normalized text while walking the tree, recording table cell offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.tables: list[HtmlTable] = []

    def write(self, s: str) -> None:
        self.parts.append(s)
        self.size += len(s)

    def newline(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.write("\n")

    def inline(self, s: str) -> None:
        if not s or s.isspace():  # most strings between tags: no need to collapse them first
            if self.parts and not self.parts[-1].endswith(("\n", " ")):
                self.write(" ")
            return
        if not s.isprintable() or "  " in s:  # else its only white space is single spaces
            s = _SPACE_RUN.sub(" ", s)
        if not self.parts or self.parts[-1].endswith("\n"):
            s = s.lstrip()
        self.write(s)


def _inline_text(tag: Tag) -> str:
    return re.sub(r"\s+", " ", tag.get_text(" ")).strip()


def html_to_text(markup: str) -> tuple[str | None, str, tuple[HtmlTable, ...]]:
    """Return (title, text, tables) for an HTML page; raises IngestError on truncated markup.

    The page is parsed by lxml and walked as its element tree: the same tree
    BeautifulSoup builds from lxml's parse events, without building BeautifulSoup's
    own objects (most of the time HTML ingest took). A page whose tree holds what
    only BeautifulSoup's reading is defined for (a processing instruction, an
    entity reference, no ``body``) is read with BeautifulSoup instead.
    """
    _check_complete(markup)
    try:
        return _lxml_to_text(markup)
    except _NotPlain:
        return _soup_to_text(markup)


class _NotPlain(Exception):
    """The lxml tree holds a node :func:`_lxml_to_text` leaves to BeautifulSoup."""


# libxml2 builds a tree at most 256 elements deep and silently drops what lies deeper (BeautifulSoup,
# fed by lxml's parse events, keeps it): a tree nearly this deep is read with BeautifulSoup.
_LXML_DEEPEST = 250
# Tags whose strings BeautifulSoup's get_text skips (its string containers: script, style...).
_STRING_CONTAINERS = frozenset({"rt", "rp", "style", "script", "template"})


def _lxml_to_text(markup: str) -> tuple[str | None, str, tuple[HtmlTable, ...]]:
    from lxml import etree

    if markup.startswith("\ufeff"):  # as BeautifulSoup does before handing a str to lxml
        markup = markup[1:]
    parser = etree.HTMLParser()
    try:
        parser.feed(markup)
        tree = parser.close()
    except (etree.ParserError, UnicodeDecodeError, LookupError, ValueError):
        raise _NotPlain from None
    if tree is None:
        raise _NotPlain
    first = {}
    depth = 0
    for event, element in etree.iterwalk(tree, events=("start", "end")):
        if event == "end":
            depth -= 1
            continue
        depth += 1
        if depth >= _LXML_DEEPEST:
            raise _NotPlain  # libxml2 may have dropped what lies deeper (BeautifulSoup's reading keeps it)
        tag = element.tag
        if not isinstance(tag, str):
            if tag is not etree.Comment:
                raise _NotPlain  # processing instruction or entity: BeautifulSoup writes them as text
        elif tag in ("title", "main", "article", "body", "h1") and tag not in first:
            first[tag] = element
    if "body" not in first:
        raise _NotPlain
    title_tag = first.get("title")
    title = _lx_inline_text(title_tag) if title_tag is not None else None
    root = first.get("main") if first.get("main") is not None else first.get("article", first["body"])
    writer = _HtmlWriter()
    _lx_walk(root, writer)
    if title is None:
        h1 = first.get("h1")
        title = _lx_inline_text(h1) if h1 is not None else None
    return (title or None, *_written(writer))


def _lx_strings(element: object, skipped: bool) -> Iterator[str]:
    """The strings BeautifulSoup's ``get_text`` yields for an lxml element (see :data:`_STRING_CONTAINERS`)."""
    skipped = skipped or element.tag in _STRING_CONTAINERS
    if element.text and not skipped:
        yield element.text
    for child in element:
        if isinstance(child.tag, str):
            yield from _lx_strings(child, skipped)
        if child.tail and not skipped:
            yield child.tail


def _lx_inline_text(element: object) -> str:
    skipped = any(a.tag in _STRING_CONTAINERS for a in element.iterancestors())
    return re.sub(r"\s+", " ", " ".join(_lx_strings(element, skipped))).strip()


def _lx_walk(node: object, out: _HtmlWriter) -> None:
    """:func:`_walk` over an lxml tree: an element's text, then each child and its tail."""
    closing = object()
    stack: list[object] = [node]
    while stack:
        item = stack.pop()
        if item is closing:
            out.newline()
        elif isinstance(item, str):
            out.inline(item)
        else:
            name = item.tag
            if not isinstance(name, str):  # a comment (its tail was stacked by its parent)
                continue
            opened = _open(name, item.attrib, out)
            if opened is _Opened.TABLE:
                _lx_write_table(item, out)
            if opened in (_Opened.SKIP, _Opened.TABLE, _Opened.EMPTY):
                continue
            if opened is _Opened.BLOCK:
                stack.append(closing)
            for child in reversed(item):
                if child.tail:
                    stack.append(child.tail)
                stack.append(child)
            if item.text:
                stack.append(item.text)


def _lx_write_table(table: object, out: _HtmlWriter) -> None:
    """:func:`_write_table` over an lxml table."""
    caption_tag = next(table.iter("caption"), None)
    _write_grid(_lx_table_grid(table), _lx_inline_text(caption_tag) if caption_tag is not None else None, out)


def _lx_table_grid(table: object) -> list[list[tuple[int, str, bool]]]:
    """:func:`_table_grid` over an lxml table."""
    rows = [tr for tr in table.iter("tr") if next(tr.iterancestors("table"), None) is table]
    return _span_grid(
        [_GridCell(_lx_inline_text(td), td.tag == "th" or next(td.iterancestors("thead"), None) is not None,
                   td.get("colspan"), td.get("rowspan"))
         for td in tr if td.tag == "td" or td.tag == "th"]
        for tr in rows
    )


def _soup_to_text(markup: str) -> tuple[str | None, str, tuple[HtmlTable, ...]]:
    """:func:`html_to_text` reading the page with BeautifulSoup (the reference reading)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "lxml")
    title_tag = soup.find("title")
    title = _inline_text(title_tag) if title_tag else None
    root = soup.find("main") or soup.find("article") or soup.body or soup
    writer = _HtmlWriter()
    _walk(root, writer)
    if title is None:
        h1 = soup.find("h1")
        title = _inline_text(h1) if h1 else None
    return (title or None, *_written(writer))


def _written(writer: _HtmlWriter) -> tuple[str, tuple[HtmlTable, ...]]:
    """The page's normalized text and its tables, re-anchored in that text when normalizing moved offsets."""
    raw = "".join(writer.parts)
    text = normalize(raw)
    if text == raw:
        return text, tuple(writer.tables)
    return text, tuple(t for t in (_reanchor(t, raw, text) for t in writer.tables) if t is not None)


def _check_complete(markup: str) -> None:
    stripped = markup.rstrip()
    if not stripped:
        raise IngestError("empty HTML document")
    last_open, last_close = stripped.rfind("<"), stripped.rfind(">")
    if last_open > last_close:
        raise IngestError("truncated HTML: the file ends inside a tag")
    lower = stripped[-4096:].lower()
    head = markup[:4096].lower()
    if "<html" in head and "</html>" not in lower and "</body>" not in lower:
        raise IngestError("truncated HTML: no closing </body> or </html>")


def _walk(node: Tag, out: _HtmlWriter) -> None:
    from bs4 import Comment, NavigableString, Tag

    closing = object()  # pushed after a block's children: the block ends here
    stack: list[object] = [node]
    while stack:
        item = stack.pop()
        if item is closing:
            out.newline()
        elif isinstance(item, NavigableString):
            if not isinstance(item, Comment):
                out.inline(str(item))
        elif isinstance(item, Tag):
            opened = _open(item.name or "", item.attrs, out)
            if opened is _Opened.TABLE:
                _write_table(item, out)
            if opened in (_Opened.SKIP, _Opened.TABLE, _Opened.EMPTY):
                continue
            if opened is _Opened.BLOCK:
                stack.append(closing)
            stack.extend(reversed(item.contents))


class _Opened(enum.Enum):
    """What :func:`_open` made of an element: its contents are walked (INLINE, BLOCK: a line ends
    after them), written as a table (TABLE), or not walked (SKIP: dropped; EMPTY: a line break)."""

    SKIP = enum.auto()
    TABLE = enum.auto()
    EMPTY = enum.auto()
    BLOCK = enum.auto()
    INLINE = enum.auto()


def _open(name: str, attrs: dict, out: _HtmlWriter) -> _Opened:
    """Open an element in the text (both walkers): drop hidden and page-furniture elements, start
    a line before a block or table, and a bullet before a list item."""
    if name in _DROP or (attrs and (attrs.get("hidden") is not None or attrs.get("aria-hidden") == "true")):
        return _Opened.SKIP
    if name == "table":
        out.newline()
        return _Opened.TABLE
    if name not in _BLOCK:
        return _Opened.INLINE
    out.newline()
    if name == "li":
        out.write(BULLET)
    return _Opened.EMPTY if name in ("br", "hr") else _Opened.BLOCK


def _write_table(table: Tag, out: _HtmlWriter) -> None:
    """Write each row on its own line, cells tab-separated; remember cell offsets."""
    caption_tag = table.find("caption")
    _write_grid(_table_grid(table), _inline_text(caption_tag) if caption_tag else None, out)


def _write_grid(grid: list[list[tuple[int, str, bool]]], caption: str | None, out: _HtmlWriter) -> None:
    if not grid:
        return
    if caption:
        out.write(caption)
        out.newline()
    start = out.size
    cells: list[CellSpan] = []
    for r, row in enumerate(grid):
        placed: dict[int, CellSpan] = {}
        for c, (ident, text, is_header) in enumerate(row):
            if ident in placed:
                prev = placed[ident]
                cells.append(CellSpan(r, c, prev.start, prev.end, prev.text, is_header))
                continue
            if c:
                out.write("\t")
            cell = CellSpan(r, c, out.size, out.size + len(text), text, is_header)
            out.write(text)
            placed[ident] = cell
            cells.append(cell)
        out.write("\n")
    out.tables.append(HtmlTable(start, out.size - 1, tuple(cells), caption))


def _table_grid(table: Tag) -> list[list[tuple[int, str, bool]]]:
    """Expand colspan/rowspan into a grid of (cell identity, text, is_header)."""
    rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
    return _span_grid(
        [_GridCell(_inline_text(td), td.name == "th" or td.find_parent("thead") is not None,
                   td.get("colspan"), td.get("rowspan"))
         for td in tr.find_all(["td", "th"], recursive=False)]
        for tr in rows
    )


@dataclass(frozen=True)
class _GridCell:
    """A table cell as both walkers read it: its text, whether it is a header, its raw spans."""

    text: str
    in_head: bool
    colspan: object
    rowspan: object


def _span_grid(rows: Iterable[list[_GridCell]]) -> list[list[tuple[int, str, bool]]]:
    """Expand colspan/rowspan into a grid of (cell identity, text, is_header); an empty place
    gets an identity of its own (negative) and no text.

    >>> _span_grid([[_GridCell("A", True, "2", None)], [_GridCell("b", False, None, None)]])
    [[(1, 'A', True), (1, 'A', True)], [(2, 'b', False), (-1002, '', False)]]
    """
    grid: dict[tuple[int, int], tuple[int, str, bool]] = {}
    ident = 0
    for r, cells in enumerate(rows):
        c = 0
        for cell in cells:
            while (r, c) in grid:
                c += 1
            ident += 1
            span_c = _span(cell.colspan)
            span_r = _span(cell.rowspan)
            for dr in range(span_r):
                for dc in range(span_c):
                    grid[(r + dr, c + dc)] = (ident, cell.text, cell.in_head)
            c += span_c
    if not grid:
        return []
    n_rows = 1 + max(r for r, _ in grid)
    n_cols = 1 + max(c for _, c in grid)
    return [[grid.get((r, c), (-(r * 1000 + c) - 1, "", False)) for c in range(n_cols)] for r in range(n_rows)]


def _span(value: object) -> int:
    try:
        return max(1, min(int(str(value)), 100))
    except (TypeError, ValueError):
        return 1


def _reanchor(table: HtmlTable, raw: str, text: str) -> HtmlTable | None:
    """Find a table's cells again after normalization moved offsets."""
    cells: list[CellSpan] = []
    pos = 0
    seen: dict[tuple[int, int], tuple[int, int]] = {}
    for cell in table.cells:
        key = (cell.start, cell.end)
        if key in seen:
            s, e = seen[key]
        else:
            needle = normalize(cell.text).strip() if cell.text.strip() else ""
            if not needle:
                s = e = pos
            else:
                s = text.find(needle, pos)
                if s < 0:
                    return None
                e = s + len(needle)
                pos = e
            seen[key] = (s, e)
        cells.append(CellSpan(cell.row, cell.col, s, e, text[s:e], cell.is_header))
    start = min(c.start for c in cells)
    end = max(c.end for c in cells)
    return HtmlTable(start, end, tuple(cells), table.caption)

