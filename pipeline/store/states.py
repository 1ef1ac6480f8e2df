"""The states stored rows go through: an article's review status, a run's outcome.

The one place their names are spelled; the CLI's and the web page's choices
are derived from these. StrEnum members are `str`s, so they compare equal to
the values read back from the database and print as their value.
"""

from __future__ import annotations

from enum import StrEnum


class ArticleStatus(StrEnum):
    """Where a stored article stands in the review queue."""

    NEW = "new"  # relevant, waiting for a reviewer
    APPROVED = "approved"
    REJECTED = "rejected"
    FILTERED = "filtered"  # judged not relevant: kept, never queued


# What a reviewer may decide.
DECISIONS: tuple[ArticleStatus, ...] = (ArticleStatus.APPROVED, ArticleStatus.REJECTED)
# A queue filter's "every relevant article, whatever its status".
ANY_STATUS = "all"
# The statuses a reviewer lists by (CLI --status, the web page's tabs, exports).
QUEUE_STATUSES: tuple[str, ...] = (
    ArticleStatus.NEW.value,
    ArticleStatus.APPROVED.value,
    ArticleStatus.REJECTED.value,
    ANY_STATUS,
)


class RunOutcome(StrEnum):
    """How a source's crawl in one run ended."""

    RUNNING = "running"  # not ended (yet): the crawl is under way or died unrecorded
    OK = "ok"
    PARTIAL = "partial"  # finished, but some pages were lost (counted as errors)
    FAILED = "failed"  # the crawl itself crashed, was killed, timed out or was stopped
    UNREACHABLE = "unreachable"  # no page of the source could be fetched


# Outcomes of a crawl that finished its walk.
SUCCESSFUL_OUTCOMES: tuple[RunOutcome, ...] = (RunOutcome.OK, RunOutcome.PARTIAL)
