"""Finding phrase occurrences in text: longest phrase wins, near-miss contexts excluded."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from newswatch.config.regex import UserPattern, compile_user_pattern


@dataclass(frozen=True)
class PhraseMatches:
    """What a text holds: counted phrase occurrences and the exclusions that suppressed some."""

    counts: Counter[str]
    excluded: Counter[str]


class PhraseMatcher:
    """Counts literal phrases in a text.

    At each position only the longest phrase starting there is taken, and an
    occurrence lying inside another one is dropped, so 社区社会组织 counts once
    and not also as 社会组织. Partially overlapping occurrences both count: each
    is a genuine reading of the text. Occurrences inside a span matched by an
    exclusion pattern are not counted; the span's text is reported instead.
    """

    def __init__(self, phrases: Iterable[str], exclusions: Iterable[str] = ()) -> None:
        ordered = sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase))
        if not ordered:
            raise ValueError("a phrase matcher needs at least one phrase")
        # One alternation, longest first, inside a lookahead: the regex engine then
        # reports the longest phrase at every position, overlapping ones included.
        # The leading class of first characters skips most positions without trying
        # every alternative there (about three times faster on a real article).
        first_chars = "".join(sorted({re.escape(phrase[0]) for phrase in ordered}))
        alternation = "|".join(map(re.escape, ordered))
        self._phrases = re.compile(f"(?=[{first_chars}])(?=({alternation}))")
        patterns = tuple(exclusions)
        self._exclusions = tuple(compile_user_pattern(pattern) for pattern in patterns)
        self._any_exclusion = _joined(patterns)

    def find(self, text: str) -> PhraseMatches:
        """Phrase counts of `text` after overlap resolution and exclusions."""
        occurrences = [
            (m.start(), m.start() + len(m.group(1)), m.group(1))
            for m in self._phrases.finditer(text)
        ]
        if not occurrences:
            return PhraseMatches(Counter(), Counter())
        spans = self._exclusion_spans(text)
        kept, excluded = _apply_exclusions(occurrences, spans)
        return PhraseMatches(Counter(phrase for _, _, phrase in _outermost(kept)), excluded)

    def _exclusion_spans(self, text: str) -> list[tuple[int, int, str]]:
        # Most texts hold no exclusion: one search of them all says so.
        if self._any_exclusion is not None and self._any_exclusion.search(text) is None:
            return []
        return [
            (m.start(), m.end(), m.group(0))
            for pattern in self._exclusions
            for m in pattern.finditer(text)
            if m.end() > m.start()
        ]


Occurrence = tuple[int, int, str]


def _apply_exclusions(
    occurrences: list[Occurrence], spans: list[Occurrence]
) -> tuple[list[Occurrence], Counter[str]]:
    """Occurrences outside every exclusion span, and the spans that suppressed something."""
    if not spans:
        return occurrences, Counter()
    kept: list[Occurrence] = []
    suppressing: set[Occurrence] = set()
    for start, end, phrase in occurrences:
        covering = [span for span in spans if span[0] <= start and end <= span[1]]
        if covering:
            suppressing.update(covering)
        else:
            kept.append((start, end, phrase))
    return kept, Counter(text for _, _, text in suppressing)


def _outermost(occurrences: list[Occurrence]) -> list[Occurrence]:
    """Drop occurrences contained in an earlier-starting or longer one (input sorted by start)."""
    result: list[Occurrence] = []
    reach = -1
    for start, end, phrase in occurrences:
        if end <= reach:
            continue
        result.append((start, end, phrase))
        reach = end
    return result


def _joined(patterns: tuple[str, ...]) -> UserPattern | None:
    """One RE2 pattern matching where any of `patterns` matches, or None if they cannot join.

    RE2 has no backreferences or lookaround, so the alternation finds a match
    exactly when one of the patterns does.  Patterns quoting with \\Q (which
    runs to the end of the pattern when not closed) stay apart.
    """
    if len(patterns) < 2 or any("\\Q" in pattern for pattern in patterns):
        return None
    try:
        return compile_user_pattern("|".join(f"(?:{pattern})" for pattern in patterns))
    except ValueError:  # a repeated group name
        return None
