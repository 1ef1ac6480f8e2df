"""Frozen copies of a loaded config, for crawl children that read their config from a file.

A crawl child loads the config file it is given.  A long-running daemon that
handed it the user's file would crawl with whatever that file holds at the
time (half-edited, or broken after a reload was refused) instead of the config
the daemon validated and scheduled; so each config the daemon adopts is
written to a private file and the children read that.
"""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path
from types import TracebackType

import yaml
from newswatch.config import topics_path
from newswatch.scheduler.wiring import Setup


class ConfigSnapshots:
    """A private folder of config copies; `close()` (or the `with` block) removes it."""

    def __init__(self) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="newswatch-config-")
        self._count = 0

    def pin(self, setup: Setup) -> Setup:
        """`setup` with its config written to a new private file, which becomes its path.

        The lexicon named by a relative `topics` is made absolute, so the copy
        finds the same file as the original did.
        """
        self._count += 1
        path = Path(self._folder.name) / f"config-{self._count}.yaml"
        data = setup.config.model_dump(mode="json")
        data["topics"] = str(topics_path(setup.config, setup.config_path).resolve())
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
        return dataclasses.replace(setup, config_path=path)

    def close(self) -> None:
        """Remove every copy."""
        self._folder.cleanup()

    def __enter__(self) -> ConfigSnapshots:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
