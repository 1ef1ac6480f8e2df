"""The organization stage: names in title and text, short forms resolved, events per mention.

Resolution follows docs/organizations.md: one entry per organization per
article, under the fullest name the article gives; a name that is the tail of
a fuller one after place names (金螳螂公益慈善基金会 after 苏州金螳螂公益慈善基金会),
a short form (市慈善总会) and an anaphor (该协会) are mentions of that entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from newswatch.config.organizations import OrganizationsConfig, load_organizations
from newswatch.pipeline.organizations.events import EventClassifier, sentence_at
from newswatch.pipeline.organizations.model import (
    Candidate,
    FoundOrganization,
    Mention,
    NameKind,
    normalize_name,
)
from newswatch.pipeline.organizations.names import NameFinder


@dataclass
class _Hit:
    """One raw mention before resolution: where, as written, and what it is."""

    segment: int  # 0 title, 1 text
    start: int
    surface: str
    candidate: Candidate | None = None
    anaphor_heads: tuple[str, ...] | None = None
    name: str | None = None  # the resolved full name


@dataclass
class _Entry:
    name: str
    aliases: dict[str, None] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)


class OrganizationFinder:
    """Finds the social organizations an article names (see module docstring)."""

    def __init__(self, config: OrganizationsConfig) -> None:
        self._names = NameFinder(config)
        self._events = EventClassifier(config)
        place = "|".join(sorted(map(re.escape, config.places), key=len, reverse=True))
        if config.place_pattern:
            place += f"|{config.place_pattern}"
        self._place = re.compile(f"(?:{place})")
        self._anaphora = config.anaphora
        self._anaphor = re.compile(
            "|".join(sorted(map(re.escape, config.anaphora), key=len, reverse=True)) or "(?!)"
        )

    @classmethod
    def from_file(cls, path: str | Path) -> OrganizationFinder:
        """The finder for the lexicon file at `path`."""
        return cls(load_organizations(path))

    def find(self, title: str, text: str) -> tuple[FoundOrganization, ...]:
        """The organizations named in an article, in order of first mention."""
        segments = (title or "", text or "")
        hits = [hit for i, segment in enumerate(segments) for hit in self._hits(i, segment)]
        hits.sort(key=lambda h: (h.segment, h.start))
        self._resolve(hits)
        return self._entries(hits, segments)

    def _hits(self, segment: int, text: str) -> list[_Hit]:
        hits = [
            _Hit(segment, c.start, c.surface, candidate=c)
            for c in self._names.candidates(text)
            if c.kind in (NameKind.FULL, NameKind.SHORT)
        ]
        blocked = self._names.excluded_spans(text)
        for m in self._anaphor.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in blocked):
                heads = tuple(self._anaphora[m.group()])
                hits.append(_Hit(segment, m.start(), m.group(), anaphor_heads=heads))
        return hits

    def _resolve(self, hits: list[_Hit]) -> None:
        full = [h.candidate for h in hits if h.candidate and h.candidate.kind is NameKind.FULL]
        fulls = list(dict.fromkeys(normalize_name(c.surface) for c in full))
        canonical = {name: self._fullest(name, fulls) for name in fulls}
        # A branch's parent (昆山市慈善总会 of its 千灯镇分会) is what 市慈善总会 stands for.
        parents = [normalize_name(c.parent) for c in full if c.parent]
        expansions = list(dict.fromkeys([*canonical.values(), *parents]))
        history: list[str] = []
        for hit in hits:
            if hit.candidate is not None and hit.candidate.kind is NameKind.FULL:
                hit.name = canonical[normalize_name(hit.surface)]
            elif hit.candidate is not None:
                hit.name = self._expand_short(hit.candidate, expansions)
            else:
                hit.name = _antecedent(history, hit.anaphor_heads or ())
            if hit.name is not None:
                history.append(hit.name)

    def _fullest(self, name: str, names: list[str]) -> str:
        """The longest name in `names` that is `name` with more (or fuller) places in front
        (吴江区志愿者协会 → 苏州市吴江区志愿者协会, 园区湖东社工站 → 苏州工业园区湖东社工站),
        or that `name` abbreviates (苏州跨境电商协会 → 苏州市跨境电子商务协会)."""
        places, rest = self._split_places(name)
        best = name
        for other in names:
            if len(other) <= len(best):
                continue
            other_places, other_rest = self._split_places(other)
            more_places = other_rest == rest and all(p in "".join(other_places) for p in places)
            if more_places or _abbreviates(name, other):
                best = other
        return best

    def _split_places(self, name: str) -> tuple[list[str], str]:
        places = []
        position = 0
        while (match := self._place.match(name, position)) and match.end() > position:
            places.append(match.group())
            position = match.end()
        return places, name[position:]

    def _expand_short(self, candidate: Candidate, names: list[str]) -> str | None:
        tail = normalize_name(candidate.surface[len(candidate.place) :])
        level = candidate.place
        matches = [n for n in dict.fromkeys(names) if n.endswith(tail) and n != tail]
        same_level = [n for n in matches if level in n[: -len(tail)]]
        chosen = same_level or matches
        if chosen:
            return chosen[0]
        # No fuller name in the article: the short form is the fullest it gives.
        return normalize_name(candidate.surface) if candidate.core else None

    def _entries(
        self, hits: list[_Hit], segments: tuple[str, str]
    ) -> tuple[FoundOrganization, ...]:
        entries: dict[str, _Entry] = {}
        surfaces_by_segment: dict[int, set[str]] = {0: set(), 1: set()}
        for hit in hits:
            if hit.name is not None:
                surfaces_by_segment[hit.segment].add(hit.surface)
        for hit in hits:
            if hit.name is None:
                continue
            entry = entries.setdefault(hit.name, _Entry(hit.name))
            if normalize_name(hit.surface) != hit.name and hit.anaphor_heads is None:
                entry.aliases[hit.surface] = None
            sentence = sentence_at(segments[hit.segment], hit.start)
            event = self._events.classify(sentence, surfaces_by_segment[hit.segment])
            entry.mentions.append(
                Mention(hit.surface, sentence, event, hit.segment == 0, hit.start)
            )
        return tuple(
            FoundOrganization(e.name, tuple(e.aliases), tuple(e.mentions)) for e in entries.values()
        )


def _antecedent(history: list[str], heads: tuple[str, ...]) -> str | None:
    """The latest name before an anaphor whose ending matches (any name when no heads)."""
    for name in reversed(history):
        if not heads or any(name.endswith(head) for head in heads):
            return name
    return None


ABBREVIATION_SHARE = 0.6
_SUFFIX_CHARS = 2


def _abbreviates(short: str, full: str) -> bool:
    """Whether `short` is `full` with characters left out, same start and same type suffix,
    and keeps most of it (苏州跨境电商协会 of 苏州市跨境电子商务协会)."""
    if len(short) >= len(full) or len(short) < ABBREVIATION_SHARE * len(full):
        return False
    if short[0] != full[0] or short[-_SUFFIX_CHARS:] != full[-_SUFFIX_CHARS:]:
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)
