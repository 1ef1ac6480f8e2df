"""A crawl of one or more sources, run in a child process of its own.

Twisted's reactor cannot be restarted, so every crawl gets a fresh process:
`python -m scheduler.crawl --run SOURCE=RUN_ID ...`. The parent (see
`scheduler.runner`) creates the run rows first, so a child that dies is still
accounted for; the child fills in the counts when its crawl ends.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import Any

from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.settings import Settings

from crawler import settings as crawler_settings
from crawler.spiders.news import NewsSpider
from pipeline.store.runs import RunCounts, RunLog
from scheduler.wiring import Setup, load

log = logging.getLogger(__name__)


def base_settings(setup: Setup, log_level: str) -> Settings:
    """The crawler's project settings with the config's overrides."""
    settings = Settings()
    settings.setmodule(crawler_settings, priority="project")
    if setup.config_path is not None:
        settings.set("NEWSWATCH_CONFIG", str(setup.config_path), priority="cmdline")
    settings.set("NEWSWATCH_DATABASE", setup.db_url, priority="cmdline")
    if setup.config.user_agent:
        settings.set("USER_AGENT", setup.config.user_agent, priority="cmdline")
    settings.set("AUTOTHROTTLE_ENABLED", setup.config.autothrottle, priority="cmdline")
    settings.set("LOG_LEVEL", log_level, priority="cmdline")
    return settings


def counts_from_stats(stats: dict[str, Any]) -> RunCounts:
    """Run counts from a finished crawler's Scrapy stats."""
    return RunCounts(
        pages=int(stats.get("response_received_count", 0)),
        articles_new=int(stats.get("newswatch/stored", 0)),
        relevant=int(stats.get("newswatch/relevant", 0)),
        duplicates=int(stats.get("newswatch/duplicate", 0)),
        errors=int(stats.get("newswatch/errors", 0)),
        empty_list_pages=int(stats.get("newswatch/list_without_articles", 0)),
    )


def crawl(setup: Setup, runs: dict[str, int], log_level: str = "WARNING") -> dict[str, RunCounts]:
    """Crawl the named sources in this process (once per process) and finish their runs."""
    base = base_settings(setup, log_level)
    process = CrawlerProcess(base)
    crawlers: dict[str, Crawler] = {}
    for name in runs:
        source = setup.config.source(name)
        crawler = process.create_crawler(NewsSpider.for_source(source))
        crawlers[name] = crawler
        process.crawl(crawler, source=source)
    process.start()
    run_log = RunLog(setup.db)
    results: dict[str, RunCounts] = {}
    for name, crawler in crawlers.items():
        stats = crawler.stats.get_stats() if crawler.stats else {}
        counts = counts_from_stats(stats)
        reason = stats.get("finish_reason", "unknown")
        outcome = "ok" if counts.errors == 0 else "partial"
        message = None
        if reason != "finished":
            outcome, message = "failed", f"crawl ended: {reason}"
        elif counts.empty_list_pages:
            message = (
                f"{counts.empty_list_pages} list page(s) showed no article link: "
                "probable layout change, check article_url_pattern"
            )
        run_log.finish(runs[name], outcome, counts, message)
        results[name] = counts
    return results


def main(argv: list[str] | None = None) -> int:
    """Entry point of the crawl child process; prints one JSON line of counts."""
    parser = argparse.ArgumentParser(prog="python -m scheduler.crawl")
    parser.add_argument("--config")
    parser.add_argument("--db", required=True)
    parser.add_argument("--run", action="append", required=True, metavar="SOURCE=RUN_ID")
    parser.add_argument("--log-level", default="WARNING")
    args = parser.parse_args(argv)
    runs = {}
    for item in args.run:
        name, _, run_id = item.partition("=")
        runs[name] = int(run_id)
    setup = load(args.config, args.db)
    results = crawl(setup, runs, args.log_level)
    print(json.dumps({name: vars(counts) for name, counts in results.items()}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
