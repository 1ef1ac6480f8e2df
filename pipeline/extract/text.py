"""Small text helpers shared by the extractor's stages."""

from __future__ import annotations

import re

# Ordinary, no-break, full-width and zero-width spaces all separate words the same way.
_SPACES = re.compile(r"[\s\u00a0\u3000\u200b\ufeff]+")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def normalize_line(text: str) -> str:
    """One line with runs of any kind of space collapsed to a single space, trimmed."""
    return _SPACES.sub(" ", text).strip()


def split_lines(text: str) -> list[str]:
    """The non-empty normalized lines of `text`."""
    lines = (normalize_line(line) for line in text.splitlines())
    return [line for line in lines if line]


def count_cjk(text: str) -> int:
    """How many Chinese characters `text` holds (the measure of "how much article")."""
    return len(_CJK.findall(text))
