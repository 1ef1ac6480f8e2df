"""Commands that crawl: `run`, `daemon`, `backfill`."""

from __future__ import annotations

import argparse
import logging
import sys

from newswatch.crawler.walk import WalkOptions
from newswatch.scheduler import verdict
from newswatch.scheduler.commands.errors import CommandError, configured_source
from newswatch.scheduler.commands.present import format_cycle
from newswatch.scheduler.cycle import CrawlOptions, run_cycle
from newswatch.scheduler.executors import executor_for
from newswatch.scheduler.executors.local import LocalExecutor
from newswatch.scheduler.signals import stop_on_sigterm
from newswatch.scheduler.wiring import Setup, load_for_crawl


def run(args: argparse.Namespace) -> int:
    """`newswatch run`: one cycle over the enabled (or named) sources."""
    setup = load_for_crawl(args.config, args.db)
    names = args.source or [s.name for s in setup.config.sources if s.enabled]
    for name in names:
        configured_source(setup.config, name)
    if not names:
        raise CommandError("no enabled source in the config")
    options = CrawlOptions(
        log_level=_crawl_log_level(args),
        timeout=args.timeout,
        progress=args.verbose == 1,
        on_start=None if args.quiet else lambda: _announce(setup, names),
    )
    with stop_on_sigterm():
        report = run_cycle(executor_for(setup.config), setup, names, options)
    from newswatch.scheduler.onboarding.notes import add_suggestions

    add_suggestions(setup.config, setup.db, report.runs)
    if args.quiet:
        for line in verdict.alarm_lines(report.runs):
            print(line, file=sys.stderr)
    else:
        print(format_cycle(report))
    return verdict.exit_code(report.runs)


def _announce(setup: Setup, names: list[str]) -> None:
    if setup.config.executor.kind == "scrapyd":
        # Every source a job on the least busy node, all at once (see docs/scaleout.md).
        nodes = len(setup.config.executor.nodes)
        where = f"sending {len(names)} source(s) to {nodes} Scrapyd node(s)"
    else:
        where = f"crawling {len(names)} source(s) into {setup.db.displayed_url}"
    print(f"newswatch: {where} …", file=sys.stderr)


def _crawl_log_level(args: argparse.Namespace) -> str:
    # Under --quiet (cron mails any output) a page that failed is not news: it is
    # counted in the run history; a failed cycle still prints its table.
    # -vv: Scrapy's own log too (-v shows newswatch's decisions: progress mode).
    if args.verbose >= 2:
        return "INFO"
    return "CRITICAL" if args.quiet else "WARNING"


def daemon(args: argparse.Namespace) -> int:
    """`newswatch daemon`: scheduled cycles until SIGTERM/SIGINT; SIGHUP reloads."""
    from newswatch.scheduler.daemon import DaemonOptions, run_daemon

    # The daemon's own log (start, cycle summaries, stop) is its output.
    logging.getLogger("newswatch.scheduler.daemon").setLevel(logging.INFO)
    options = DaemonOptions(
        config_path=args.config,
        db_url=args.db,
        grace=args.grace,
        crawl_log_level="INFO" if args.verbose >= 2 else "WARNING",
    )
    return run_daemon(options)


def backfill(args: argparse.Namespace) -> int:
    """`newswatch backfill SOURCE --since DATE`: walk deep into a source's archive on purpose."""
    setup = load_for_crawl(args.config, args.db)
    source = configured_source(setup.config, args.source)
    since = args.since.cutoff(setup.config.timezone)
    day = since.date()
    walk = WalkOptions(since=since, max_list_pages=args.max_pages, walk_all=True)
    # A backfill's walk and progress are a local crawl's: it runs here even
    # when the config sends cycles to Scrapyd nodes.
    options = CrawlOptions(
        timeout=args.timeout,
        walks={source.name: walk},
        progress=True,
        on_start=lambda: print(
            f"newswatch: backfilling {source.name} back to {day} "
            f"(at most {args.max_pages} list pages); each list page is reported as it is read",
            file=sys.stderr,
        ),
    )
    with stop_on_sigterm():
        report = run_cycle(LocalExecutor(), setup, [source.name], options)
    print(format_cycle(report))
    return verdict.exit_code(report.runs)
