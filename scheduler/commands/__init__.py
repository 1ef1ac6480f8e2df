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


def _lazy(group: str, name: str) -> Command:
    """`name` of the `group` module, imported at the first call."""

    def command(args: argparse.Namespace) -> int:
        module = importlib.import_module(f"{__name__}.{group}")
        func: Command = getattr(module, name)
        return func(args)

    command.__name__ = command.__qualname__ = name
    command.__doc__ = f"See {__name__}.{group}.{name}."
    return command


run = _lazy("crawl", "run")
daemon = _lazy("crawl", "daemon")
backfill = _lazy("crawl", "backfill")

review_list = _lazy("review", "review_list")
review_show = _lazy("review", "review_show")
review_decide = _lazy("review", "review_decide")
export = _lazy("review", "export")
serve = _lazy("review", "serve")

extract = _lazy("pages", "extract")
score = _lazy("pages", "score")
preview_command = _lazy("pages", "preview_command")
explain = _lazy("pages", "explain")

db_upgrade = _lazy("admin", "db_upgrade")
db_status = _lazy("admin", "db_status")
runs = _lazy("admin", "runs")
sources = _lazy("admin", "sources")
rescore_command = _lazy("admin", "rescore_command")
demo = _lazy("admin", "demo")

orgs_list = _lazy("organizations", "orgs_list")
orgs_show = _lazy("organizations", "orgs_show")
lexicon_suggest = _lazy("lexicon", "lexicon_suggest")
lexicon_report = _lazy("lexicon", "lexicon_report")

__all__ = [
    "Command",
    "CommandError",
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
