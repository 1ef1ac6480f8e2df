"""The `newswatch` command line."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence

from newswatch.pipeline.secrets import mask_secrets
from newswatch.pipeline.store.states import QUEUE_STATUSES, ArticleStatus
from newswatch.scheduler import cli_values as values
from newswatch.scheduler import commands, learning_cli, logs, startup
from newswatch.scheduler.cli_options import OneLineParser, add_global_options, apply_environment
from newswatch.scheduler.commands.errors import BadValue

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_CONFIG = 2
EXIT_DATABASE = 3
EXIT_LOCKED = 4

EXIT_CODES = f"""exit codes:
  {EXIT_OK}  success (every source reached, even if some of its pages failed)
  {EXIT_FAILED}  a source was unreachable or its crawl failed (crashed, killed, timed out),
     or a command failed
  {EXIT_CONFIG}  bad command line or bad configuration (the message names file, source, field)
  {EXIT_DATABASE}  the database cannot be used (missing, locked, behind: the message says how)
  {EXIT_LOCKED}  another newswatch run is using the same database right now"""

DESCRIPTION = """\
newswatch watches news sites (by default the 苏州 channel of 新华报业网, xhby.net)
for articles about social organizations (社会组织), extracts them without
boilerplate, scores their relevance and keeps them in a review queue.

Typical use:
  newswatch demo                     see everything work offline on a local copy of the site
  newswatch run                      one monitoring cycle with the default config
  newswatch review list              the queue of relevant articles waiting for review
  newswatch review approve 3 --note "转发科室"
  newswatch export --format csv > queue.csv
  newswatch serve                    the review page at http://127.0.0.1:8000/
  newswatch discover URL --channel 苏州   propose a source; then `newswatch check`
"""


def _common(parser: argparse.ArgumentParser) -> None:
    # Every command takes them, before or after its name (cli_options).
    add_global_options(parser)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every sub-command."""
    parser = OneLineParser(
        prog="newswatch",
        description=DESCRIPTION,
        epilog=EXIT_CODES + "\n\nRun 'newswatch COMMAND --help' for the options of a command.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_VersionAction)
    add_global_options(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(
        name: str,
        help_text: str,
        func: Callable[[argparse.Namespace], int],
        epilog: str | None = None,
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(
            name,
            help=help_text,
            description=help_text,
            epilog=epilog,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        p.set_defaults(func=func)
        _common(p)
        return p

    p = add(
        "run",
        "Run one monitoring cycle: crawl, extract, judge, store.",
        commands.run,
        epilog="Cron example (every 30 minutes, quiet unless something fails):\n"
        "  */30 * * * * cd /opt/newswatch && .venv/bin/newswatch run --quiet\n\n" + EXIT_CODES,
    )
    p.add_argument(
        "--source",
        action="append",
        metavar="NAME",
        help="only this source (repeatable; default: every enabled source)",
    )
    p.add_argument(
        "--timeout",
        type=values.positive_seconds,
        metavar="SECONDS",
        help="stop a crawl that takes longer (default: the config's crawl_timeout)",
    )

    p = add(
        "daemon",
        "Crawl every enabled source on its schedule until SIGTERM (SIGHUP reloads the config).",
        commands.daemon,
        epilog="Each source runs on its own 'schedule' (or the top-level one), cron times in the\n"
        "config's time zone. One crawl at a time; a cycle is skipped while another newswatch\n"
        "run holds the database's lock. systemd unit: deploy/newswatch.service.\n\n" + EXIT_CODES,
    )
    p.add_argument(
        "--grace",
        type=values.seconds_or_zero,
        default=10.0,
        metavar="SECONDS",
        help="on SIGTERM, how long a running crawl may go on before it is stopped (default: 10)",
    )

    p = add(
        "backfill",
        "Walk deeper into one source's archive, back to a date.",
        commands.backfill,
        epilog="A normal cycle stops at the first list page with nothing new and takes\n"
        "nothing older than the source's 'since'. A backfill ignores both, up to\n"
        "--max-pages list pages, and reports each list page as it goes.\n\n"
        "Example: newswatch backfill xhby-suzhou-trs --since 2020-01-01",
    )
    p.add_argument("source", metavar="SOURCE")
    p.add_argument(
        "--since",
        required=True,
        type=values.since,
        metavar="DATE|SPAN",
        help="oldest day to take (YYYY-MM-DD, or a span back from now such as 90d)",
    )
    p.add_argument(
        "--max-pages", type=values.positive_int, default=50, help="list pages at most (default 50)"
    )
    p.add_argument(
        "--timeout",
        type=values.positive_seconds,
        metavar="SECONDS",
        help="stop the crawl after this",
    )

    p = add(
        "extract", "Extract one page (a file or a URL) and print its article.", commands.extract
    )
    p.add_argument(
        "target",
        metavar="FILE_OR_URL",
        help="a page file, a URL, - for stdin, or a folder of pages",
    )
    p.add_argument("--url", help="the page's URL when extracting a file (dates, links)")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p.add_argument("--source", metavar="NAME", help="use this configured source's rules")

    p = add("export", "Export the review queue (or every stored article).", commands.export)
    p.add_argument("--format", choices=("json", "jsonl", "csv", "atom"), default="json")
    p.add_argument(
        "--all",
        action="store_true",
        help="every stored article, relevant or not (with --status: every one with that status)",
    )
    p.add_argument(
        "--status",
        choices=QUEUE_STATUSES,
        help="queue status to export (default: approved for atom, new otherwise)",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")

    review = add("review", "List, read, approve and reject queued articles.", lambda a: EXIT_CONFIG)
    rsub = review.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    p = rsub.add_parser("list", help="a table of queued articles")
    _common(p)
    p.add_argument("--status", choices=QUEUE_STATUSES, default=ArticleStatus.NEW.value)
    p.add_argument("--source", metavar="NAME")
    p.add_argument(
        "--since",
        type=values.since,
        metavar="DATE|SPAN",
        help="published on/after YYYY-MM-DD or within a span such as 7d "
        "(fetch time for articles without a publication time)",
    )
    p.add_argument("--search", metavar="TEXT", help="only articles whose title or text has TEXT")
    p.add_argument("--limit", type=values.positive_int, default=50)
    p.set_defaults(func=commands.review_list)
    p = rsub.add_parser("show", help="one article in full")
    _common(p)
    p.add_argument("id", type=values.positive_int)
    p.set_defaults(func=commands.review_show)
    for action, decision in (
        ("approve", ArticleStatus.APPROVED),
        ("reject", ArticleStatus.REJECTED),
    ):
        p = rsub.add_parser(action, help=f"{action} articles")
        _common(p)
        p.add_argument("ids", type=values.positive_int, nargs="+", metavar="ID")
        p.add_argument("--note", help="why (kept with the decision)")
        p.add_argument("--reviewer", default=_login(), help="who decides (default: login name)")
        p.set_defaults(func=commands.review_decide, decision=decision)

    p = add("runs", "Show the run history.", commands.runs)
    p.add_argument("--limit", type=values.positive_int, default=20)
    p.add_argument("--source", metavar="NAME")

    p = add(
        "sources",
        "Show each source's health: last run, last success, last new article, warnings.",
        commands.sources,
    )
    p.add_argument(
        "--json",
        action="store_true",
        help="one JSON object per source: name, state (ok, failing, unreachable, silent, "
        "layout-changed, never-run, disabled), failure_streak, last_run, last_success, "
        "last_new_article",
    )

    p = add("score", "Judge the relevance of one text.", commands.score)
    p.add_argument("--title", required=True)
    p.add_argument("--text-file", metavar="PATH", help="the body text ('-' for stdin)")
    p.add_argument("--json", action="store_true")

    p = add(
        "preview",
        "Fetch a source's first list page now and show what its config finds.",
        commands.preview_command,
        epilog="Shows which links match as articles and as list pages, then extracts the "
        "first articles:\nwriting or fixing a source takes minutes, not a crawl.",
    )
    p.add_argument("source", metavar="SOURCE")
    p.add_argument(
        "--limit", type=values.positive_int, default=3, help="articles to extract (default 3)"
    )

    _add_onboarding(add)

    p = add("explain", "Explain why a stored article was judged relevant or not.", commands.explain)
    p.add_argument("id", type=values.positive_int)

    p = add(
        "rescore",
        "Re-apply the lexicon and find organizations again in stored articles (no download).",
        commands.rescore_command,
        epilog="Articles a reviewer approved or rejected keep their status.",
    )
    p.add_argument("--dry-run", action="store_true", help="report, change nothing")

    db = add("db", "Database maintenance.", lambda a: EXIT_CONFIG)
    dsub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    p = dsub.add_parser("upgrade", help="migrate the database schema to this version")
    _common(p)
    p.set_defaults(func=commands.db_upgrade)
    p = dsub.add_parser("status", help="the schema revision of the database")
    _common(p)
    p.set_defaults(func=commands.db_status)

    p = add(
        "serve",
        "Serve the review page: the queue, articles, decisions, source health.",
        commands.serve,
        epilog="The page listens on 127.0.0.1 only. To bind any other address, set a password\n"
        "in the environment variable NEWSWATCH_WEB_PASSWORD: every request then needs it\n"
        "(HTTP Basic auth; the user name becomes the default reviewer name; limit the\n"
        "names with NEWSWATCH_WEB_USERS=a,b). Behind a reverse proxy, list the names it\n"
        "is reached under in NEWSWATCH_WEB_HOSTS=review.example.org (other Host headers\n"
        "are refused). Prefer a TLS proxy to exposing the page directly.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    p.add_argument(
        "--port", type=values.port, default=8000, help="port (default: 8000; 0: any free port)"
    )

    p = add(
        "demo",
        "Serve the bundled copy of xhby.net on 127.0.0.1 and run a cycle on it.",
        commands.demo,
    )
    p.add_argument(
        "--port", type=values.port, default=0, help="port of the local site (default: any)"
    )
    p.add_argument(
        "--serve", action="store_true", help="keep serving the site after the cycle, until Ctrl-C"
    )
    learning_cli.register(sub, _common)
    return parser


def _add_onboarding(add: Callable[..., argparse.ArgumentParser]) -> None:
    from newswatch.scheduler.onboarding import commands as onboarding

    p = add(
        "check",
        "Check every enabled source against its site now: pages, patterns, first article.",
        onboarding.check_command,
        epilog="Exit 0 when every source is ok, 1 when any has a problem (each is named with\n"
        "its fix), 2 for a bad config. Nothing is changed.",
    )
    p.add_argument("--json", action="store_true", help="a JSON list, one object per source")
    p = add(
        "discover",
        "Propose source entries from a site's home or channel page.",
        onboarding.discover_command,
        epilog="Example: newswatch discover https://www.xhby.net/ --channel 苏州\n"
        "Prints a YAML block to paste under `sources:`; exit 1 when nothing was found.",
    )
    p.add_argument("url", metavar="URL")
    p.add_argument("--channel", metavar="TEXT", help="follow the home page's links naming TEXT")
    p.add_argument("--json", action="store_true", help="a JSON list of proposals")


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _version() -> str:
    from newswatch import __version__

    return __version__


class _VersionAction(argparse.Action):
    """`--version`: the installed version, read only when asked for (the metadata
    lookup would otherwise cost every command's start)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS) -> None:
        super().__init__(
            option_strings,
            dest,
            nargs=0,
            default=argparse.SUPPRESS,
            help="show program's version number and exit",
        )

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        print(f"newswatch {_version()}")
        parser.exit()


def _database_origin(args: argparse.Namespace) -> str:
    """Where the database URL came from: `--db`, or the `database` field of the config file."""
    if getattr(args, "db", None):
        return "--db: "
    from newswatch.config import DEFAULT_CONFIG

    return f"{getattr(args, 'config', None) or DEFAULT_CONFIG}: database: "


def _log_timezone(config_path: str | None) -> str | None:
    """The configured time zone for log times; the system's when the config cannot be read
    (the command itself then says why, if it needs the config)."""
    from newswatch.config import ConfigError, load_config

    try:
        return load_config(config_path).timezone
    except ConfigError:
        return None


def _one_line(exc: Exception) -> str:
    # Drivers (psycopg) add hint lines; one line per error keeps logs greppable.
    return mask_secrets(" ".join(str(exc).split()))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line (`sys.argv` when `argv` is None); returns the exit code."""
    # Only a process of its own (argv None) pauses the collector: see scheduler.startup.
    pause = startup.CollectorPause(active=argv is None)
    try:
        return _run(argv, pause)
    finally:
        pause.resume()


def _run(argv: Sequence[str] | None, pause: startup.CollectorPause) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    apply_environment(args, os.environ)
    logs.install(args.verbose, args.quiet, _log_timezone(args.config))
    # Imported once a command is to run: `--help` and `--version` (answered by
    # parse_args) load no config models, database or crawler code.
    from newswatch.config import ConfigError
    from newswatch.pipeline.store.database import DatabaseError
    from newswatch.scheduler.lock import AlreadyRunning

    try:
        func = args.func.load() if isinstance(args.func, commands.LazyCommand) else args.func
        # The command's code is imported: what start-up made stays until exit.
        pause.resume()
        return int(func(args))
    except ConfigError as exc:
        print(f"newswatch: config error: {mask_secrets(str(exc))}", file=sys.stderr)
        return EXIT_CONFIG
    except DatabaseError as exc:
        origin = _database_origin(args)
        print(f"newswatch: database error: {origin}{_one_line(exc)}", file=sys.stderr)
        return EXIT_DATABASE
    except AlreadyRunning as exc:
        print(f"newswatch: not started: {exc}", file=sys.stderr)
        return EXIT_LOCKED
    except BadValue as exc:
        print(f"newswatch: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    except commands.CommandError as exc:
        print(f"newswatch: {mask_secrets(str(exc))}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
