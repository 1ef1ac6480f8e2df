"""Regular expressions written by users, run in linear time (RE2).

A pattern from a config file is matched against every link of every list
page and every line of every article. Python's `re` backtracks: one careless
pattern (`/(a+)+$`) meets one long URL and the crawl hangs until its timeout,
every cycle. RE2 (google-re2) guarantees time linear in the input, so no
pattern can hang a crawl; the few features it lacks (backreferences,
lookaround) make the pattern a config error at load time, not at crawl time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Protocol

import re2


class PatternMatch(Protocol):
    """What newswatch reads of a match of a user pattern."""

    def start(self) -> int:
        """Where the match begins."""
        ...

    def end(self) -> int:
        """Where the match ends."""
        ...

    def group(self, index: int = 0) -> str:
        """The matched text (or a group's)."""
        ...


class UserPattern(Protocol):
    """What newswatch calls on a compiled user pattern (RE2's subset of `re.Pattern`)."""

    pattern: str

    def search(self, text: str) -> PatternMatch | None:
        """The first match anywhere in `text`, or None."""
        ...

    def finditer(self, text: str) -> Iterator[PatternMatch]:
        """Every non-overlapping match in `text`."""
        ...

    def fullmatch(self, text: str) -> PatternMatch | None:
        """The match of all of `text`, or None."""
        ...


def _options() -> re2.Options:
    options = re2.Options()
    # RE2 would print its own parse errors on stderr; ours name the file and field.
    options.log_errors = False
    return options


def compile_user_pattern(pattern: str) -> UserPattern:
    """Compile a pattern from a config file with RE2; ValueError saying why it cannot be used."""
    try:
        return re2.compile(pattern, options=_options())
    except re2.error as exc:
        detail = exc.args[0] if exc.args else exc
        if isinstance(detail, bytes):
            detail = detail.decode("utf-8", "replace")
        hint = ""
        if _python_accepts(pattern):
            hint = (
                " (patterns run on RE2, which has no backreferences or lookaround, "
                "so that none can hang a crawl)"
            )
        raise ValueError(f"invalid regular expression {pattern!r}: {detail}{hint}") from None


def _python_accepts(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True
