"""How a finished crawl is recorded: counts and an outcome from Scrapy's stats.

Shared by the local crawl child (scheduler.crawl) and a crawl on a Scrapyd
node (crawler.extensions.RunRecorder), so a run reads the same wherever it ran.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newswatch.crawler import stats as keys
from newswatch.pipeline.store.runs import RunCounts
from newswatch.pipeline.store.states import RunOutcome


@dataclass(frozen=True)
class CrawlEnding:
    """A run's final record: outcome, counts and a note."""

    outcome: RunOutcome
    counts: RunCounts
    message: str | None = None


def counts_from_stats(stats: dict[str, Any]) -> RunCounts:
    """Run counts from a finished crawler's Scrapy stats."""
    return RunCounts(
        pages=int(stats.get("response_received_count", 0)),
        articles_new=int(stats.get(keys.STORED, 0)),
        relevant=int(stats.get(keys.RELEVANT, 0)),
        duplicates=int(stats.get(keys.DUPLICATE, 0)),
        errors=int(stats.get(keys.ERRORS, 0)),
        empty_list_pages=int(stats.get(keys.LIST_WITHOUT_ARTICLES, 0)),
    )


def crawl_ending(stats: dict[str, Any], reason: str | None = None) -> CrawlEnding:
    """The record of a crawl that ended for `reason` (default: the stats' finish_reason)."""
    counts = counts_from_stats(stats)
    reason = reason or stats.get("finish_reason", "unknown")
    if reason != "finished":
        return CrawlEnding(RunOutcome.FAILED, counts, f"crawl ended: {reason}")
    if counts.pages == 0 and counts.errors:
        return CrawlEnding(RunOutcome.UNREACHABLE, counts, "no page of the source could be fetched")
    outcome = RunOutcome.OK if counts.errors == 0 else RunOutcome.PARTIAL
    if counts.empty_list_pages:
        return CrawlEnding(
            outcome,
            counts,
            f"{counts.empty_list_pages} list page(s) showed no article link: "
            "probable layout change, check article_url_pattern",
        )
    return CrawlEnding(outcome, counts)
