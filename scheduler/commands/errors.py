"""The error every command raises for the user, and the look-ups that raise it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # Annotations only: the command line's `--help` must not load the config models.
    from newswatch.config import AppConfig, SourceConfig


class CommandError(Exception):
    """A command could not do its work; `str()` is the message for the user."""


class BadValue(CommandError):
    """A command-line value names nothing that exists (a source, a folder): exit 2."""


def configured_source(config: AppConfig, name: str) -> SourceConfig:
    """The source called `name`, or BadValue naming the ones there are."""
    try:
        return config.source(name)
    except KeyError as exc:
        raise BadValue(str(exc.args[0])) from None
