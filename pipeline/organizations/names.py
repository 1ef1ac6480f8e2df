"""Finding candidate organization names: anchor on a type suffix, walk left to the start.

Chinese has no spaces, so where a name starts is the hard part. From the
suffix (协会, 基金会, 社工站 …) the walk goes left over name characters, at
most MAX_SPAN of them, stops at punctuation, then starts the name after the
last stop word in that stretch (a verb, a time word, a preposition, a
government body) and, when a known place name follows, at the first place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from newswatch.config.organizations import OrganizationsConfig
from newswatch.pipeline.organizations.model import Candidate, NameKind

MAX_SPAN = 20
QUOTE_SPAN = 12
# Han characters, Latin letters (digits end a name: 30个基金会), the middle dot of transliterations.
_NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z·&]")
_CLOSING_QUOTES = {"”": "“", "’": "‘", "」": "「", "』": "『"}


def _alternation(words: Iterable[str]) -> str:
    ordered = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(map(re.escape, ordered)) or r"(?!)"


class NameFinder:
    """Candidate names in one piece of text, classified (full, short, generic, excluded)."""

    def __init__(self, config: OrganizationsConfig) -> None:
        suffixes = {s: g.private_only for g in config.suffixes.values() for s in g.names}
        self._private_only = {s for s, private in suffixes.items() if private}
        self._suffix = re.compile(_alternation(suffixes))
        self._exclusions = [re.compile(p) for p in config.exclusions]
        places = _alternation(config.places)
        pattern = f"(?:{places})"
        if config.place_pattern:
            pattern = f"(?:{places}|{config.place_pattern})"
        self._known_place = re.compile(places)
        self._place_prefix = re.compile(f"(?:{pattern})+")
        self._branch = re.compile(
            f"(?:{pattern})*{config.branch_pattern}(?:{_alternation(config.branches)})"
        )
        self._levels = sorted(config.levels, key=len, reverse=True)
        self._keep = re.compile(_alternation(config.keep_words))
        self._stop_words = re.compile(_alternation(config.stop_words))
        self._stop_chars = config.stop_chars
        self._determiner = re.compile(_alternation(config.determiners))
        self._generic = re.compile(
            f"(?:{_alternation([*config.determiners, *config.generic_cores])})+"
        )
        self._excluded = re.compile(
            f"{_alternation(config.excluded_words)}|(?:{_alternation(config.excluded_endings)})$"
        )

    def excluded_spans(self, text: str) -> list[tuple[int, int]]:
        """Spans of `text` inside which no suffix or anaphor counts (学会了, 协商会 …)."""
        return [m.span() for rx in self._exclusions for m in rx.finditer(text)]

    def candidates(self, text: str) -> Iterator[Candidate]:
        """Every stretch of `text` that ends in a suffix, in order, classified."""
        blocked = self.excluded_spans(text)
        for match in self._suffix.finditer(text):
            start, end = match.span()
            if any(a < end and start < b for a, b in blocked):
                continue
            suffix = match.group()
            name_start = self._name_start(text, start)
            if suffix in self._private_only and "民办" not in text[max(0, name_start - 4) : end]:
                continue
            candidate = self._classify(text, name_start, start, end, suffix)
            branch = self._branch.match(text, end)
            if branch is not None and candidate.kind is NameKind.FULL:
                candidate = replace(
                    candidate,
                    surface=text[name_start : branch.end()],
                    end=branch.end(),
                    parent=candidate.surface,
                )
            yield candidate

    def _name_start(self, text: str, suffix_start: int) -> int:
        span_start = self._walk_left(text, suffix_start)
        span = text[span_start:suffix_start]
        start = span_start + self._after_last_stop(span)
        place = self._known_place.search(text, start, suffix_start)
        if place is not None:
            start = place.start()
        while (
            start < suffix_start
            and not _NAME_CHAR.match(text[start])
            and text[start] not in ("“‘「『")
        ):
            start += 1
        return start

    def _walk_left(self, text: str, suffix_start: int) -> int:
        i = suffix_start
        while i > 0 and suffix_start - i < MAX_SPAN:
            ch = text[i - 1]
            if _NAME_CHAR.match(ch):
                i -= 1
            elif ch in _CLOSING_QUOTES:
                # A quoted core (苏州市“爱心妈妈”志愿者协会) belongs to the name.
                opening = text.rfind(_CLOSING_QUOTES[ch], max(0, i - QUOTE_SPAN), i - 1)
                if opening < 0:
                    break
                i = opening
            else:
                break
        return i

    def _after_last_stop(self, span: str) -> int:
        places = [m.span() for m in self._place_prefix.finditer(span)]
        kept = [m.span() for m in self._keep.finditer(span)] + places

        def inside_kept(a: int, b: int) -> bool:
            return any(k0 <= a and b <= k1 for k0, k1 in kept)

        cut = 0
        for m in self._stop_words.finditer(span):
            if not inside_kept(*m.span()):
                cut = max(cut, m.end())
        place_ends = {b for _, b in places}
        for i, ch in enumerate(span):
            # 和 right after a place opens a name (苏州高新区和风社会工作服务社).
            if ch in self._stop_chars and not inside_kept(i, i + 1) and i not in place_ends:
                cut = max(cut, i + 1)
        return cut

    def _classify(
        self, text: str, start: int, suffix_start: int, end: int, suffix: str
    ) -> Candidate:
        surface = text[start:end]
        head = text[start:suffix_start]
        place_match = self._place_prefix.match(head)
        place = place_match.group() if place_match else ""
        level = next((lv for lv in self._levels if not place and head.startswith(lv)), "")
        core = head[len(place or level) :]
        # Generic words only: a noun (社会组织孵化基地), unless a place names it
        # (苏州市志愿者协会); with a determiner among them (各类, 一, 首家) never a name.
        generic = not core or bool(self._generic.fullmatch(core))
        # 省级示范社工站: a level word opening a determiner is no place
        unplaced = head[len(place) :]
        determined = bool(
            unplaced and self._generic.fullmatch(unplaced) and self._determiner.search(unplaced)
        )
        kind = NameKind.FULL
        if self._excluded.search(surface):
            kind = NameKind.EXCLUDED
        elif determined:
            kind = NameKind.GENERIC
        elif level:
            kind = NameKind.SHORT
            place = level
        elif not place and generic:
            kind = NameKind.GENERIC
        return Candidate(surface, start, end, place, core, suffix, kind)
