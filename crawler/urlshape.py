"""URL shapes: grouping a page's links by the form of their paths, and regexes for a group.

A shape keeps the literal words of a path (`sz`, `yw`, `index`, `.shtml`)
and replaces its variable parts by their kind: a run of digits (`D`) or a
hex id (`H`, 12 or more hex characters).  `/sz/yw/202206/t20220628_1.shtml`
and `/sz/yw/202301/t20230107_9.shtml` share a shape; `/wx/yw/...` does not,
so channels of one site stay apart wherever their URLs say which they are.

`narrowest_pattern` writes the regex a source config needs from sample URLs
of one shape: literals as they are, digit runs as `\\d{N}` when they all have
the same date-like length and `\\d+` otherwise, hex ids as `[0-9a-f]{N}`.
Patterns are anchored at both ends of the path (and query) and leave the
host out (`^https?://[^/]+/sz/yw/…$`): a mirror or the local copy of a
site matches too, while `/private/sz/yw/…` or another prefix does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

HEX_MIN = 12
_TOKEN = re.compile(
    rf"(?P<hex>[0-9a-fA-F]{{{HEX_MIN},}})(?![0-9a-zA-Z])|(?P<digits>\d+)|(?P<text>\D)"
)
# Any scheme and host: patterns are searched in absolute URLs but speak of paths.
ORIGIN = r"^https?://[^/]+"
# Lengths of digit runs kept exact: dates (YYYY, YYYYMM, YYYYMMDD) and their parts.
_DATE_LENGTHS = frozenset({2, 4, 6, 8})


class TokenKind(StrEnum):
    """What a piece of a path segment is."""

    TEXT = "text"
    DIGITS = "digits"
    HEX = "hex"


@dataclass(frozen=True)
class Token:
    """One piece of a path segment."""

    kind: TokenKind
    value: str

    @property
    def signature(self) -> str:
        """The token as a shape sees it: text literally, variable parts by kind."""
        return self.value if self.kind is TokenKind.TEXT else f"<{self.kind.value}>"


def tokenize(segment: str) -> list[Token]:
    """Split one path segment into text, digit runs and hex ids (adjacent text merged)."""
    tokens: list[Token] = []
    for match in _TOKEN.finditer(segment):
        kind = TokenKind(match.lastgroup or "text")
        value = match.group()
        if kind is TokenKind.HEX and value.isdigit():
            kind = TokenKind.DIGITS
        if kind is TokenKind.TEXT and tokens and tokens[-1].kind is TokenKind.TEXT:
            tokens[-1] = Token(TokenKind.TEXT, tokens[-1].value + value)
        else:
            tokens.append(Token(kind, value))
    return tokens


def segments(url: str) -> list[str]:
    """The path segments of a URL (an empty last one for a trailing slash), then `?query`."""
    parts = urlsplit(url)
    pieces = (parts.path or "/").split("/")[1:]
    if parts.query:
        pieces.append("?" + parts.query)
    return pieces


Shape = tuple[tuple[str, ...], ...]


def shape(url: str) -> Shape:
    """The shape of a URL's path: per segment, the signatures of its tokens."""
    return tuple(tuple(t.signature for t in tokenize(seg)) for seg in segments(url))


def has_id_or_date(url_shape: Shape) -> bool:
    """Whether a shape carries an id or a date (what article URLs usually do)."""
    return any(sig in ("<hex>", "<digits>") for seg in url_shape for sig in seg)


def describe(url_shape: Shape) -> str:
    """A shape as one readable string, e.g. /sz/yw/<digits>/t<digits>_<digits>.shtml."""
    return "/" + "/".join("".join(seg) for seg in url_shape)


def group_by_shape(urls: Iterable[str]) -> dict[Shape, list[str]]:
    """URLs by shape, each group in first-seen order without repeats."""
    groups: dict[Shape, dict[str, None]] = {}
    for url in urls:
        groups.setdefault(shape(url), {})[url] = None
    return {key: list(value) for key, value in groups.items()}


def kinds(url: str) -> tuple[tuple[TokenKind, ...], ...]:
    """A URL's shape without its words: per segment, the kinds of its tokens."""
    return tuple(tuple(t.kind for t in tokenize(seg)) for seg in segments(url))


def one_word_apart(a: Shape, b: Shape) -> bool:
    """Whether two shapes differ only in one segment that is a single word in both (yw / jj)."""
    if len(a) != len(b):
        return False
    different = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(different) != 1:
        return False
    x, y = different[0]
    return len(x) == len(y) == 1 and not x[0].startswith("<") and not y[0].startswith("<")


def _text_regex(values: set[str]) -> str:
    if len(values) == 1:
        return re.escape(next(iter(values)))
    if all(re.fullmatch(r"[a-z]+", v) for v in values):
        return "[a-z]+"
    if all(re.fullmatch(r"[A-Za-z0-9_-]+", v) for v in values):
        return "[A-Za-z0-9_-]+"
    return "[^/]+"


def _token_regex(column: Sequence[Token]) -> str:
    kind = column[0].kind
    values = {t.value for t in column}
    if kind is TokenKind.TEXT:
        return _text_regex(values)
    lengths = {len(v) for v in values}
    if kind is TokenKind.HEX:
        chars = "0-9a-f" if all(v == v.lower() for v in values) else "0-9a-fA-F"
        if len(lengths) == 1:
            return f"[{chars}]{{{lengths.pop()}}}"
        return f"[{chars}]{{{min(lengths)},{max(lengths)}}}"
    if len(lengths) == 1 and (length := next(iter(lengths))) in _DATE_LENGTHS:
        return rf"\d{{{length}}}"
    return r"\d+"


def _segment_regex(samples: Sequence[str]) -> str:
    tokenized = [tokenize(s) for s in samples]
    columns = zip(*tokenized, strict=True)
    return "".join(_token_regex(column) for column in columns)


def narrowest_pattern(urls: Sequence[str]) -> str:
    """The narrowest regex (searched in absolute URLs) matching every sample.

    Samples of one shape, or of shapes `one_word_apart` (that word becomes a
    class like `[a-z]+`); ValueError when their token kinds differ.
    """
    if not urls or len({kinds(u) for u in urls}) != 1:
        raise ValueError("samples of one shape are needed")
    per_url = [segments(u) for u in urls]
    pieces = [_segment_regex(column) for column in zip(*per_url, strict=True)]
    path = [p for p in pieces if not p.startswith(r"\?")]
    query = [p for p in pieces if p.startswith(r"\?")]
    return ORIGIN + "/" + "/".join(path) + "".join(query) + "$"


def pages_pattern(first_page: str, other_pages: Sequence[str]) -> str:
    """A regex matching a list's first page and its numbered pages (index.html, index_2.html).

    The numbered pages' extra part (`_2`) becomes an optional group when they
    differ from the first page only there; otherwise the first page's and
    the pages' own patterns are alternatives.
    """
    first = segments(first_page)
    if not other_pages:
        return narrowest_pattern([first_page])
    others = [segments(u) for u in other_pages]
    if all(len(o) == len(first) and o[:-1] == first[:-1] for o in others):
        last = first[-1]
        # Split the page names around their common prefix and suffix.
        stem, ext = _split_ext(last)
        names = [o[-1] for o in others]
        if all(n.startswith(stem) and n.endswith(ext) and len(n) > len(last) for n in names):
            middles = [n[len(stem) : len(n) - len(ext)] for n in names]
            if len({tuple(t.signature for t in tokenize(m)) for m in middles}) == 1:
                middle = _segment_regex(middles)
                directory = "/".join(re.escape(s) for s in first[:-1])
                prefix = "/" + directory + "/" if directory else "/"
                return f"{ORIGIN}{prefix}{re.escape(stem)}({middle})?{re.escape(ext)}$"
    groups = group_by_shape([first_page, *other_pages])
    alternatives = [narrowest_pattern(urls)[len(ORIGIN) : -1] for urls in groups.values()]
    return ORIGIN + "(?:" + "|".join(alternatives) + ")$"


def _split_ext(name: str) -> tuple[str, str]:
    stem, dot, ext = name.rpartition(".")
    return (stem, dot + ext) if dot and stem else (name, "")
