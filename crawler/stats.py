"""The names of newswatch's counters in Scrapy's stats: the one place they are spelled.

The spider and the item pipeline count under these keys; `crawler.outcome`
reads them back into a run's counts when the crawl ends.
"""

from __future__ import annotations

PREFIX = "newswatch/"

# List pages
LIST_PAGES = f"{PREFIX}list_pages"
LIST_NOT_MODIFIED = f"{PREFIX}list_not_modified"
LIST_WITHOUT_ARTICLES = f"{PREFIX}list_without_articles"  # a probable layout change
LIST_ERRORS = f"{PREFIX}list_errors"
SINCE_REACHED = f"{PREFIX}since_reached"
KNOWN_GROUND_REACHED = f"{PREFIX}known_ground_reached"

# Article links and pages
TOO_OLD = f"{PREFIX}too_old"
IGNORED = f"{PREFIX}ignored"
RETRIES = f"{PREFIX}retries"
FAILED = f"{PREFIX}failed"  # an article page that could not be fetched or read
ERRORS = f"{PREFIX}errors"  # every page lost, whatever the reason: a run's error count
UNSTORED = f"{PREFIX}unstored"  # read, but the store failed: the next crawl walks again

# What the page sink did with a page (crawler.interfaces.PageOutcome.status)
STORED = f"{PREFIX}stored"
DUPLICATE = f"{PREFIX}duplicate"
RELEVANT = f"{PREFIX}relevant"


def outcome_key(status: str) -> str:
    """The counter of pages the sink gave `status` (stored, duplicate, known, failed)."""
    return f"{PREFIX}{status}"

# What a crawl asked for and left behind (crawler.ledger): never lost silently
LIST_REQUESTS = f"{PREFIX}list_requests"  # list pages, feeds and sitemaps asked for
LIST_ERROR_FIRST = f"{PREFIX}list_error"  # text: the first list page that failed, and why
MALFORMED_LINKS = f"{PREFIX}malformed_links"  # hrefs that are no URL (`:8O80`, `[::1`)
TOO_LONG_LINKS = f"{PREFIX}too_long_links"  # on-site links over the store's URL length
CAPPED_LINKS = f"{PREFIX}capped_links"  # new article links over max_articles_per_page
UNSETTLED = f"{PREFIX}unsettled"  # requested, then neither stored nor recorded
# Scrapy's own count of exceptions raised in spider callbacks
SPIDER_EXCEPTIONS = "spider_exceptions/count"
