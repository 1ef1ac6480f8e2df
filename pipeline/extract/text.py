"""Small text helpers shared by the extractor's stages."""

from __future__ import annotations

import re
import unicodedata

# Ordinary, no-break, full-width and zero-width spaces all separate words the same way.
_SPACES = re.compile(r"[\s\u00a0\u3000\u200b\ufeff]+")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "〝": '"', "〞": '"', "‘": "'", "’": "'"})
# A line ending a sentence (prose), as opposed to a label, a link title or an info line.
ENDS_SENTENCE = re.compile(r"[。！？!?]$")
_CJK_RUNS = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def normalize_line(text: str) -> str:
    """One line with runs of any kind of space collapsed to a single space, trimmed."""
    # _SPACES.sub(" ", text).strip(), in a third of the time: str.split()
    # without arguments splits at exactly the characters `\s` matches.
    return " ".join(_no_zero_width(text).split())


def split_lines(text: str) -> list[str]:
    """The non-empty normalized lines of `text`."""
    lines = (normalize_line(line) for line in text.splitlines())
    return [line for line in lines if line]


def newline_lines(text: str) -> list[str]:
    """The non-empty normalize_line() lines of `text`, cut at newlines only (not at CR).

    The same list as normalizing every piece of text.split(newline), without a
    regular-expression call per piece (most pieces are the empty ones between
    two block tags): str.split() without arguments splits at exactly the
    characters `\\s` matches, so joining its words with one space collapses
    and trims like normalize_line once the two zero-width spaces are spaces.
    """
    pieces = _no_zero_width(text).split("\n")
    return [line for line in map(" ".join, map(str.split, pieces)) if line]


def _no_zero_width(text: str) -> str:
    """`text` with the zero-width spaces of _SPACES, which are no Unicode whitespace, as spaces."""
    if "\u200b" in text:
        text = text.replace("\u200b", " ")
    if "\ufeff" in text:
        text = text.replace("\ufeff", " ")
    return text


def count_cjk(text: str) -> int:
    """How many Chinese characters `text` holds (the measure of "how much article")."""
    # Runs, not characters: a list of a few runs instead of one string per character.
    return sum(map(len, _CJK_RUNS.findall(text)))


def squeeze(text: str) -> str:
    """`text` without spaces, its quotes and full-width forms unified, for comparing titles.

    <title> often writes “时间银行” as "时间银行" and ： as :.
    """
    return _SPACES.sub("", unicodedata.normalize("NFKC", text).translate(_QUOTES))


# Full-width digits, Latin letters, and the point and percent sign that go with figures.
_ASCII_FORMS = str.maketrans(
    {
        **{chr(0xFF10 + i): chr(0x30 + i) for i in range(10)},
        **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
        **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
        "．": ".",
        "％": "%",
    }
)


def ascii_forms(text: str) -> str:
    """`text` with full-width digits and Latin letters as ASCII ("２０２４年" -> "2024年"),
    Chinese punctuation left full-width: what a search for "2024" must find."""
    return text.translate(_ASCII_FORMS)
