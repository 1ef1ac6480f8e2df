"""The states stored rows go through: an article's review status, a run's outcome.

An article's relevance (the filter's verdict, `Article.relevant`) and its
review state (new / approved / rejected) are kept apart: a reviewer may
approve an article the filter judged not relevant, and it is then approved
like any other. `QueueView` names what a reviewer lists by; "filtered" is a
view (unreviewed and judged not relevant), never a stored state.

The one place their names are spelled; the CLI's and the web page's choices
are derived from these. StrEnum members are `str`s, so they compare equal to
the values read back from the database and print as their value.
"""

from __future__ import annotations

from enum import StrEnum


class ArticleStatus(StrEnum):
    """Where a stored article stands in the review queue."""

    NEW = "new"  # no reviewer has decided yet
    APPROVED = "approved"
    REJECTED = "rejected"


# What a reviewer may decide.
DECISIONS: tuple[ArticleStatus, ...] = (ArticleStatus.APPROVED, ArticleStatus.REJECTED)


class QueueView(StrEnum):
    """What a reviewer lists by (CLI --status, the web page's tabs, exports)."""

    NEW = "new"  # undecided and judged relevant: the review queue
    FILTERED = "filtered"  # undecided and judged not relevant (web tab 未入选)
    APPROVED = "approved"  # approved, whatever the filter said
    REJECTED = "rejected"  # rejected, whatever the filter said
    ALL = "all"  # every article but the filtered ones


# A queue filter's "every article, whatever its status" (the filtered ones
# only with QueueFilter.include_irrelevant).
ANY_STATUS = QueueView.ALL.value
QUEUE_STATUSES: tuple[str, ...] = tuple(view.value for view in QueueView)


class RunOutcome(StrEnum):
    """How a source's crawl in one run ended."""

    RUNNING = "running"  # not ended (yet): the crawl is under way or died unrecorded
    OK = "ok"
    PARTIAL = "partial"  # finished, but some pages were lost (counted as errors)
    FAILED = "failed"  # the crawl itself crashed, was killed, timed out or was stopped
    UNREACHABLE = "unreachable"  # no page of the source could be fetched


# Outcomes of a crawl that finished its walk.
SUCCESSFUL_OUTCOMES: tuple[RunOutcome, ...] = (RunOutcome.OK, RunOutcome.PARTIAL)
