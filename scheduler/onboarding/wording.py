"""How a fix suggestion is marked in a run's note (no heavy imports: `sources` reads it)."""

from __future__ import annotations

SUGGESTION_MARK = "suggestion:"


def suggestion_in(message: str | None) -> str | None:
    """The suggestion part of a run note, if it has one."""
    if not message or SUGGESTION_MARK not in message:
        return None
    return message[message.index(SUGGESTION_MARK) :]
