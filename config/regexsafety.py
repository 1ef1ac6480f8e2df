"""Is a user's URL pattern safe and sensible?  Problems in words, each with a fix.

Patterns are searched in every link of every list page, so one that can
backtrack catastrophically (a repeat inside a repeat: `(a+)+`, `(.*)*`)
stalls a crawl on one long URL; one naming the host breaks the local copy
and mirrors; one matching everything makes every link an "article".
"""

from __future__ import annotations

import re

# The parser behind `re` (sre_parse before 3.11): the only way to see a pattern's nesting.
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT}
# Anchoring at the path's start without naming the host is fine (discover writes it).
ANY_ORIGIN = r"^https?://[^/]+"
_HOST = re.compile(r"(?:https?:|[a-z0-9-]+\\?\.(?:com|cn|net|org|gov))", re.IGNORECASE)


def _nested_repeat(items: Any, inside_repeat: bool = False) -> bool:
    for op, arg in items:
        if op in _REPEATS:
            _low, high, sub = arg
            unbounded = high == sre_constants.MAXREPEAT
            if inside_repeat and unbounded:
                return True
            if _nested_repeat(sub, inside_repeat or unbounded):
                return True
        elif (op is sre_constants.SUBPATTERN and _nested_repeat(arg[-1], inside_repeat)) or (
            op is sre_constants.BRANCH
            and any(_nested_repeat(branch, inside_repeat) for branch in arg[1])
        ):
            return True
    return False


def pattern_problems(field: str, pattern: str) -> list[str]:
    """What is wrong with one URL pattern of a source, each with its fix (empty when fine)."""
    try:
        parsed = sre_parse.parse(pattern)
    except re.error as exc:
        return [f"{field} is not a valid regular expression ({exc}): fix its syntax"]
    problems = []
    if _nested_repeat(parsed):
        problems.append(
            f"{field} '{pattern}' repeats a repeat (like (a+)+) and can take exponential time "
            "on a long URL: write each part once, e.g. \\d+ instead of (\\d+)+"
        )
    if _HOST.search(pattern.removeprefix(ANY_ORIGIN)):
        problems.append(
            f"{field} '{pattern}' names a scheme or host: match the path only (links are "
            "already limited to the source's own site), so a mirror or the local copy matches"
        )
    if re.search(pattern, "") is not None:
        problems.append(
            f"{field} '{pattern}' matches an empty string, so every link: "
            "anchor it on the path's shape, e.g. '/content/s[0-9a-f]{24}\\.html$'"
        )
    return problems
