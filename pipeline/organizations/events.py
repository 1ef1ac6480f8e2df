"""The event a sentence reports about an organization, from the event lexicon."""

from __future__ import annotations

import re
from collections.abc import Iterable

from newswatch.config.organizations import EventType, OrganizationsConfig

# Ends of sentences; a mention's context is the sentence around it.
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
MAX_SENTENCE = 300


class EventClassifier:
    """Maps a sentence to an event type: the first type, in lexicon order, with a keyword."""

    def __init__(self, config: OrganizationsConfig) -> None:
        self._rules = [
            (event, re.compile("|".join(map(re.escape, rule.keywords))))
            for event, rule in config.events.items()
        ]

    def classify(self, sentence: str, names: Iterable[str] = ()) -> EventType:
        """The event of `sentence`; organization `names` are blanked first, so that
        a name's own words (社会组织评估中心) do not decide its event."""
        for name in sorted(set(names), key=len, reverse=True):
            sentence = sentence.replace(name, "□")
        for event, pattern in self._rules:
            if pattern.search(sentence):
                return event
        return EventType.OTHER


def sentence_at(text: str, position: int) -> str:
    """The sentence of `text` around `position` (at most MAX_SENTENCE characters)."""
    # Only a window around the mention is searched: a long text with many mentions
    # must not be scanned from its start for each of them.
    window = max(0, position - 2 * MAX_SENTENCE)
    start = window
    for match in _SENTENCE_END.finditer(text, window, position):
        start = match.end()
    end_match = _SENTENCE_END.search(text, position, position + 2 * MAX_SENTENCE)
    end = end_match.end() if end_match else min(len(text), position + 2 * MAX_SENTENCE)
    sentence = text[start:end].strip()
    if len(sentence) > MAX_SENTENCE:
        offset = max(0, position - start - MAX_SENTENCE // 2)
        sentence = sentence[offset : offset + MAX_SENTENCE]
    return sentence
