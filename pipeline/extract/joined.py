"""Many line rules tested as one: a PatternSet finds a match exactly where one rule does.

A line is tested against ~90 boilerplate rules.  One Python call per rule
costs more than the rules themselves, most of which fail at once on their
leading ^.  Joined into one alternation, the rules anchored with ^ are
tried at the start of the line only (re.match: search would try every
position, each alternative failing on its ^ again); the other rules form a
second alternation that is searched.  A rule with groups (a backreference
could change meaning) or flags a scoped group cannot carry stays alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# A pattern's leading global flags ("(?i)"), which may not stand inside an alternation.
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
# Flags that a scoped group (?i:…) can carry; re.UNICODE is every str pattern's default.
_SCOPED_FLAGS = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"))
_SCOPABLE = re.IGNORECASE | re.MULTILINE | re.DOTALL


@dataclass(frozen=True)
class PatternSet:
    """Rules joined: `at_start` holds those anchored with ^, `anywhere` the others."""

    at_start: re.Pattern[str] | None
    anywhere: tuple[re.Pattern[str], ...]

    def finds(self, line: str) -> bool:
        """Whether one of the rules finds a match in `line` (as its search would)."""
        if self.at_start is not None and self.at_start.match(line) is not None:
            return True
        return any(pattern.search(line) for pattern in self.anywhere)


def join_patterns(patterns: Sequence[re.Pattern[str]]) -> PatternSet:
    """`patterns` as a PatternSet that finds a match exactly where one of them does."""
    anchored: list[str] = []
    floating: list[str] = []
    alone: list[re.Pattern[str]] = []
    for pattern in patterns:
        scoped = _scoped(pattern)
        if scoped is None:
            alone.append(pattern)
        else:
            source, only_at_start = scoped
            (anchored if only_at_start else floating).append(source)
    first = _compiled(anchored)
    if len(first) > 1:  # never seen (each part compiled alone): searched one by one
        return PatternSet(None, (*first, *_compiled(floating), *alone))
    return PatternSet(first[0] if first else None, (*_compiled(floating), *alone))


def _compiled(sources: list[str]) -> list[re.Pattern[str]]:
    """One alternation of `sources`, or each alone if they cannot be joined."""
    if not sources:
        return []
    try:
        return [re.compile("|".join(sources))]
    except re.error:
        return [re.compile(source) for source in sources]


def _scoped(pattern: re.Pattern[str]) -> tuple[str, bool] | None:
    """`pattern` as a group that keeps its meaning inside an alternation, and whether
    it can only match at the start of a line; None for one that cannot be joined."""
    if pattern.groups or not isinstance(pattern.pattern, str):
        return None
    extra = pattern.flags & ~re.UNICODE
    if extra & ~_SCOPABLE:
        return None
    source = pattern.pattern
    while (flags := _GLOBAL_FLAGS.match(source)) is not None:
        source = source[flags.end() :]
    letters = "".join(letter for flag, letter in _SCOPED_FLAGS if extra & flag)
    at_start = (
        source.startswith("^") and not extra & re.MULTILINE and not _alternation_at_top(source)
    )
    return f"(?{letters}:{source})", at_start


def _alternation_at_top(source: str) -> bool:
    """Whether `source` has a | outside any group ("^a|b" matches b anywhere)."""
    depth = 0
    in_class = False
    index = 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # a ] right after [ or [^ is a literal, not the end of the class
            index += 1 + (source[index + 1 : index + 2] == "^")
            if source[index : index + 1] == "]":
                index += 1
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
        index += 1
    return False
