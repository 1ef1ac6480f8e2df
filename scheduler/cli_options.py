"""Conventions every `newswatch` command shares: where options may stand, the
environment variables, one-line usage errors.

`--config`, `--db`, `-v` and `-q` are accepted before or after the
sub-command (`newswatch --db URL review list` = `newswatch review list --db
URL`); NEWSWATCH_CONFIG and NEWSWATCH_DB stand in when they are not given.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from typing import NoReturn

CONFIG_ENV = "NEWSWATCH_CONFIG"
DB_ENV = "NEWSWATCH_DB"
USAGE_EXIT = 2


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line on stderr and exit 2."""

    def error(self, message: str) -> NoReturn:
        """Print `prog: error: message (see prog --help)` and exit 2."""
        sys.stderr.write(f"{self.prog}: error: {message} (see '{self.prog} --help')\n")
        sys.exit(USAGE_EXIT)


def add_global_options(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """--config, --db, -v, -q on `parser`.

    On sub-command parsers the defaults are SUPPRESS, so a value given before
    the sub-command is not overwritten by the sub-command's default.
    """

    def default(value: object) -> object:
        return value if top else argparse.SUPPRESS

    parser.add_argument(
        "--config",
        metavar="PATH",
        default=default(None),
        help=f"sources file (default: ${CONFIG_ENV}, else the bundled config/sources.yaml)",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        default=default(None),
        help=f"SQLAlchemy database URL (default: ${DB_ENV}, else the config's 'database', "
        "relative to the config file; without one ~/.local/share/newswatch/newswatch.db)",
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=default(0),
        help="-v: newswatch's own decisions; -vv: also the crawler's (Scrapy's) log",
    )
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        default=default(False),
        help="print nothing on success (for cron, which mails any output)",
    )


def apply_environment(args: argparse.Namespace, environ: Mapping[str, str]) -> None:
    """Fill --config and --db from the environment where the command line left them out.

    `demo` keeps its fresh temporary database unless --db is given: a demo
    must never write into the database a setup's environment points at.
    """
    if not getattr(args, "config", None) and environ.get(CONFIG_ENV):
        args.config = environ[CONFIG_ENV]
    if args.command == "demo":
        return
    if not getattr(args, "db", None) and environ.get(DB_ENV):
        args.db = environ[DB_ENV]
