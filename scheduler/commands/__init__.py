"""What each `newswatch` sub-command does, by group; the parser lives in scheduler.cli.

    crawl   run, daemon, backfill
    review  review list/show/approve/reject, export, serve
    pages   extract, score, preview, explain
    admin   db upgrade/status, runs, sources, rescore, demo
    organizations  orgs, orgs show
    lexicon        lexicon suggest/report

Every command builds what it needs through `newswatch.scheduler.wiring` and
shows its results through `present`. The names below load their group only
when called, so `newswatch --help` and `--version` import no crawler,
extractor or database code.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable

from newswatch.scheduler.commands.errors import CommandError

Command = Callable[[argparse.Namespace], int]


class LazyCommand:
    """`name` of the `group` module, imported at the first call (or by `load`)."""

    def __init__(self, group: str, name: str) -> None:
        self.group = group
        self.__name__ = self.__qualname__ = name
        self.__doc__ = f"See {__name__}.{group}.{name}."

    def load(self) -> Command:
        """The command's function, its module imported."""
        module = importlib.import_module(f"{__name__}.{self.group}")
        func: Command = getattr(module, self.__name__)
        return func

    def __call__(self, args: argparse.Namespace) -> int:
        return self.load()(args)


run = LazyCommand("crawl", "run")
daemon = LazyCommand("crawl", "daemon")
backfill = LazyCommand("crawl", "backfill")

review_list = LazyCommand("review", "review_list")
review_show = LazyCommand("review", "review_show")
review_decide = LazyCommand("review", "review_decide")
export = LazyCommand("review", "export")
serve = LazyCommand("review", "serve")

extract = LazyCommand("pages", "extract")
score = LazyCommand("pages", "score")
preview_command = LazyCommand("pages", "preview_command")
explain = LazyCommand("pages", "explain")

db_upgrade = LazyCommand("admin", "db_upgrade")
db_status = LazyCommand("admin", "db_status")
runs = LazyCommand("admin", "runs")
sources = LazyCommand("admin", "sources")
rescore_command = LazyCommand("admin", "rescore_command")
demo = LazyCommand("admin", "demo")

orgs_list = LazyCommand("organizations", "orgs_list")
orgs_show = LazyCommand("organizations", "orgs_show")
lexicon_suggest = LazyCommand("lexicon", "lexicon_suggest")
lexicon_report = LazyCommand("lexicon", "lexicon_report")

__all__ = [
    "Command",
    "CommandError",
    "LazyCommand",
    "backfill",
    "daemon",
    "db_status",
    "db_upgrade",
    "demo",
    "explain",
    "export",
    "extract",
    "lexicon_report",
    "lexicon_suggest",
    "orgs_list",
    "orgs_show",
    "preview_command",
    "rescore_command",
    "review_decide",
    "review_list",
    "review_show",
    "run",
    "runs",
    "score",
    "serve",
    "sources",
]
