"""A crawl of one or more sources, run in a child process of its own.

Twisted's reactor cannot be restarted, so every crawl gets a fresh process:
`python -m newswatch.scheduler.crawl --run SOURCE=RUN_ID ...`. The parent (see
`newswatch.scheduler.executors.local`) creates the run rows first, so a child that dies is
still accounted for; the child fills in the counts when its crawl ends. The child never
outlives its parent (see `newswatch.scheduler.lifeline`).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Mapping
from datetime import datetime
from zoneinfo import ZoneInfo

from newswatch.config import SourceConfig
from newswatch.crawler import settings as crawler_settings
from newswatch.crawler.jobs import DATABASE
from newswatch.crawler.outcome import CrawlEnding, crawl_ending
from newswatch.crawler.spiders.news import NewsSpider
from newswatch.crawler.walk import WalkOptions, walks_from_json
from newswatch.pipeline.secrets import mask_logging
from newswatch.pipeline.store.runs import RunCounts, RunLog
from newswatch.pipeline.store.states import RunOutcome
from newswatch.scheduler import lifeline, logs
from newswatch.scheduler.child_errors import child_error_line
from newswatch.scheduler.wiring import Setup, crawler_factories, load
from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.settings import Settings

log = logging.getLogger(__name__)

# The parent passes the database URL here rather than on the command line.
DATABASE_ENV = DATABASE
ORPHANED = "the newswatch process that started this crawl died mid-crawl"


def base_settings(setup: Setup, log_level: str) -> Settings:
    """The crawler's project settings with the config's overrides."""
    settings = Settings()
    settings.setmodule(crawler_settings, priority="project")
    settings.setdict(crawler_factories(), priority="cmdline")
    if setup.config_path is not None:
        settings.set("NEWSWATCH_CONFIG", str(setup.config_path), priority="cmdline")
    settings.set("NEWSWATCH_DATABASE", setup.db_url, priority="cmdline")
    if setup.config.user_agent:
        settings.set("USER_AGENT", setup.config.user_agent, priority="cmdline")
    settings.set("AUTOTHROTTLE_ENABLED", setup.config.autothrottle, priority="cmdline")
    settings.set("LOG_LEVEL", log_level, priority="cmdline")
    return settings


class _Concise(logging.Filter):
    """One line per event for people reading a cycle's log (not with --verbose).

    The spider already reports each failed page in one line, so Scrapy's own
    retry messages repeat it, and its tracebacks for network errors (a DNS
    failure, a reset) say nothing more than the exception's one-line text.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith("scrapy.downloadermiddlewares.retry"):
            return False
        if record.name.startswith(("scrapy.", "twisted")) and record.exc_info:
            error, message = record.exc_info[1], record.getMessage()
            if str(error) not in message:
                message = f"{message}: {type(error).__name__}: {error}"
            record.msg = message
            record.args = None
            record.exc_info = None
            record.exc_text = None
        return True


def configure_logging(log_level: str, progress: bool, timezone: str | None = None) -> None:
    """The child's log on stderr in newswatch's one format (scheduler.logs); in progress
    mode (-v, backfill) plus newswatch's own INFO lines: each list page, each decision."""
    level = logging.getLevelName(log_level.upper())
    handler = mask_logging(logging.StreamHandler())
    handler.setFormatter(logs.ZonedFormatter(timezone))
    # Scrapy gives its loggers explicit levels, so the handler must filter.
    handler.setLevel(logging.INFO if progress else level)
    if level > logging.DEBUG and level != logging.INFO:
        handler.addFilter(_Concise())
    if progress:
        handler.addFilter(logs.OwnDecisions(level))
    logging.basicConfig(level=logging.INFO if progress else level, handlers=[handler], force=True)


def default_walk(source: SourceConfig, timezone: str) -> WalkOptions:
    """A normal cycle's walk: back to the source's `since`, stopping at known ground."""
    return WalkOptions(since=source.since_cutoff(datetime.now(ZoneInfo(timezone))))


def crawl(
    setup: Setup,
    runs: dict[str, int],
    log_level: str = "WARNING",
    walks: Mapping[str, WalkOptions] | None = None,
    progress: bool = False,
) -> dict[str, RunCounts]:
    """Crawl the named sources in this process (once per process) and finish their runs."""
    base = base_settings(setup, log_level)
    configure_logging(log_level, progress, setup.config.timezone)
    # Our handler only: Scrapy's own root handler would repeat each line in its format.
    base.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    process = CrawlerProcess(base)
    crawlers: dict[str, Crawler] = {}
    with lifeline.sigterm_held():  # a stop while spiders are built ends the process here
        for name in runs:
            source = setup.config.source(name)
            walk = (walks or {}).get(name) or default_walk(source, setup.config.timezone)
            crawler = process.create_crawler(NewsSpider.for_source(source))
            crawlers[name] = crawler
            process.crawl(crawler, source=source, walk=walk)
    process.start()
    # Stopped because the parent died (see scheduler.lifeline), not for a reason of its own.
    abandoned = lifeline.orphaned()
    run_log = RunLog(setup.db)
    results: dict[str, RunCounts] = {}
    for name, crawler in crawlers.items():
        ending = crawl_ending(crawler.stats.get_stats() if crawler.stats else {})
        if abandoned:
            ending = CrawlEnding(RunOutcome.FAILED, ending.counts, ORPHANED)
        run_log.finish(runs[name], ending.outcome, ending.counts, ending.message)
        results[name] = ending.counts
    return results


def main(argv: list[str] | None = None) -> int:
    """Entry point of the crawl child process; prints one JSON line of counts."""
    parser = argparse.ArgumentParser(prog="python -m newswatch.scheduler.crawl")
    parser.add_argument("--config")
    parser.add_argument(
        "--db",
        default=os.environ.get(DATABASE_ENV),
        help=f"database URL (default: ${DATABASE_ENV})",
    )
    parser.add_argument("--run", action="append", required=True, metavar="SOURCE=RUN_ID")
    parser.add_argument("--log-level", default="WARNING")
    parser.add_argument(
        "--walk",
        metavar="JSON",
        help='per source: {"NAME": {"since": ISO, "max_list_pages": N, "walk_all": true}}',
    )
    parser.add_argument("--progress", action="store_true", help="log every list page")
    args = parser.parse_args(argv)
    if not args.db:
        parser.error(f"no database: give --db or set {DATABASE_ENV}")
    runs = {}
    for item in args.run:
        name, _, run_id = item.partition("=")
        runs[name] = int(run_id)
    try:
        setup = load(args.config, args.db)
        lifeline.hold(lambda: _abandon(setup, runs))
        try:
            results = crawl(setup, runs, args.log_level, walks_from_json(args.walk), args.progress)
        except SystemExit:
            # SIGTERM before the crawl began: the parent stopped us, or died.
            if lifeline.orphaned():
                _abandon(setup, runs)
            raise
    except Exception as exc:
        # One line, never a traceback: the parent marks the runs failed with the exit code.
        code, line = child_error_line(exc)
        print(line, file=sys.stderr, flush=True)
        return code
    print(json.dumps({name: vars(counts) for name, counts in results.items()}), flush=True)
    return 0


def _abandon(setup: Setup, runs: dict[str, int]) -> None:
    run_log = RunLog(setup.db)
    for run_id in runs.values():
        run_log.finish(run_id, RunOutcome.FAILED, RunCounts(), ORPHANED)


if __name__ == "__main__":
    sys.exit(main())
