"""How a finished crawl is recorded: counts and an outcome from Scrapy's stats.

Shared by the local crawl child (scheduler.crawl) and a crawl on a Scrapyd
node (crawler.extensions.RunRecorder), so a run reads the same wherever it ran.
An outcome is never `ok` when something was lost: list pages that failed,
callbacks that raised (Scrapy's `spider_exceptions/*`), article links that
were neither stored nor recorded all count as errors, and a source none of
whose list pages could be read is `unreachable`, naming why.
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
        errors=int(stats.get(keys.ERRORS, 0)) + int(stats.get(keys.SPIDER_EXCEPTIONS, 0)),
        empty_list_pages=int(stats.get(keys.LIST_WITHOUT_ARTICLES, 0)),
    )


def crawl_ending(stats: dict[str, Any], reason: str | None = None) -> CrawlEnding:
    """The record of a crawl that ended for `reason` (default: the stats' finish_reason)."""
    counts = counts_from_stats(stats)
    reason = reason or stats.get("finish_reason", "unknown")
    if reason != "finished":
        return CrawlEnding(RunOutcome.FAILED, counts, f"crawl ended: {reason}")
    if _no_list_page_read(stats) or (counts.pages == 0 and counts.errors):
        cause = stats.get(keys.LIST_ERROR_FIRST) or "no page of the source could be fetched"
        return CrawlEnding(RunOutcome.UNREACHABLE, counts, f"no list page could be read: {cause}")
    outcome = RunOutcome.OK if counts.errors == 0 else RunOutcome.PARTIAL
    notes = _notes(stats, counts)
    return CrawlEnding(outcome, counts, "; ".join(notes) if notes else None)


def _no_list_page_read(stats: dict[str, Any]) -> bool:
    requested = int(stats.get(keys.LIST_REQUESTS, 0))
    return requested > 0 and int(stats.get(keys.LIST_PAGES, 0)) == 0


def _notes(stats: dict[str, Any], counts: RunCounts) -> list[str]:
    """One clause per kind of loss or warning, for the run's message."""
    notes = []
    if counts.empty_list_pages:
        notes.append(
            f"{counts.empty_list_pages} list page(s) showed no article link: "
            "probable layout change, check article_url_pattern"
        )
    for key, text in (
        (keys.LIST_ERRORS, "list page(s) failed, first: {first}"),
        (keys.SPIDER_EXCEPTIONS, "page(s) raised in the spider (see the crawl log)"),
        (keys.UNSETTLED, "article(s) neither stored nor recorded; recorded as failed now"),
        (keys.MALFORMED_LINKS, "malformed link(s) skipped"),
        (keys.TOO_LONG_LINKS, "link(s) longer than the store's URL limit skipped"),
        (keys.CAPPED_LINKS, "new article link(s) left for the next cycle (per-page cap)"),
    ):
        number = int(stats.get(key, 0))
        if number:
            first = stats.get(keys.LIST_ERROR_FIRST, "")
            notes.append(f"{number} " + text.format(first=first))
    return notes
