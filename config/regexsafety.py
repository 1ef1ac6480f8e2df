"""Is a user's URL pattern sensible?  Problems in words, each with a fix.

Patterns run on RE2 (config.regex), so none can hang a crawl; what is left to
catch are patterns that work against the user: one naming the host breaks
the local copy and mirrors, one matching the empty string makes every link
an "article".
"""

from __future__ import annotations

import re

from newswatch.config.regex import compile_user_pattern

# Anchoring at the path's start without naming the host is fine (discover writes it).
ANY_ORIGIN = r"^https?://[^/]+"
_HOST = re.compile(r"(?:https?:|[a-z0-9-]+\\?\.(?:com|cn|net|org|gov))", re.IGNORECASE)


def pattern_problems(field: str, pattern: str) -> list[str]:
    """What is wrong with one URL pattern of a source, each with its fix (empty when fine)."""
    try:
        compiled = compile_user_pattern(pattern)
    except ValueError as exc:
        return [f"{field}: {exc}: fix its syntax"]
    problems = []
    if _HOST.search(pattern.removeprefix(ANY_ORIGIN)):
        problems.append(
            f"{field} '{pattern}' names a scheme or host: match the path only (links are "
            "already limited to the source's own site), so a mirror or the local copy matches"
        )
    if compiled.search("") is not None:
        problems.append(
            f"{field} '{pattern}' matches an empty string, so every link: "
            "anchor it on the path's shape, e.g. '/content/s[0-9a-f]{24}\\.html$'"
        )
    return problems
