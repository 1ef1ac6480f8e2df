"""What the organization stage hands to the store: organizations and their mentions."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from newswatch.config.organizations import EventType


class NameKind(StrEnum):
    """How a candidate name found in the text is to be taken."""

    FULL = "full"  # a name in its own right (苏州市慈善总会, 金螳螂公益慈善基金会)
    SHORT = "short"  # a place level standing for the full place (市慈善总会)
    GENERIC = "generic"  # a noun, not a name (各类协会, 社会组织孵化基地)
    EXCLUDED = "excluded"  # not a social organization (妇联, 公司工会)


@dataclass(frozen=True)
class Candidate:
    """A stretch of text ending in an organization suffix."""

    surface: str
    start: int
    end: int
    place: str
    core: str
    suffix: str
    kind: NameKind
    # for a branch (XX促进会苏州分会): the organization it belongs to, as written
    parent: str | None = None


@dataclass(frozen=True)
class Mention:
    """One place an organization is named: as written, its sentence, the event reported."""

    surface: str
    sentence: str
    event: EventType
    in_title: bool
    start: int


@dataclass(frozen=True)
class FoundOrganization:
    """One organization named in an article, under the fullest name the article gives."""

    name: str
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]

    @property
    def main_event(self) -> EventType:
        """The most telling event of its mentions (the first non-`other` in lexicon order)."""
        events = {m.event for m in self.mentions}
        return next((e for e in EventType if e in events), EventType.OTHER)


_SPACE = re.compile(r"\s+")


def normalize_name(name: str) -> str:
    """The stored form of a name: NFKC (full-width letters and digits folded), no spaces."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", name))
