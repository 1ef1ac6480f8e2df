"""The crawler's memory: which URLs are known ground, list-page validators, failures.

The crawler receives a `CrawlMemory` through its settings and asks it before
every request; it never opens the database itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from newswatch.pipeline.page import ListValidators
from newswatch.pipeline.store.database import Database
from newswatch.pipeline.store.retry import upsert_when_locked
from newswatch.pipeline.store.schema import Alias, Article, Run, UrlState, utcnow
from newswatch.pipeline.store.states import SUCCESSFUL_OUTCOMES, RunOutcome
from sqlalchemy import or_, select

_CHUNK = 500


@dataclass(frozen=True)
class RetryPolicy:
    """When a failed article URL may be tried again, and when to give up on it.

    Transient failures (timeouts, 5xx, resets) back off exponentially up to a
    cap; 'gone' answers (404, 410), pages that yield no article and failures
    that recur by their nature (`lasting`: a redirect loop, an off-site
    redirect, a page too large) become permanent after a few tries, since
    sites do sometimes publish a link before the page. A server's Retry-After
    pushes the next attempt later than the backoff would, up to the same cap.
    """

    first_delay: timedelta = timedelta(minutes=10)
    max_delay: timedelta = timedelta(hours=24)
    transient_attempts: int = 8
    gone_attempts: int = 3

    def next_attempt(
        self, attempts: int, now: datetime, retry_after: timedelta | None = None
    ) -> datetime:
        """When the attempt after `attempts` failures may run (not before `retry_after`)."""
        delay = self.first_delay * (2 ** max(0, attempts - 1))
        if retry_after is not None:
            delay = max(delay, retry_after)
        return now + min(delay, self.max_delay)

    def is_permanent(self, status: int | None, attempts: int, lasting: bool = False) -> bool:
        """Whether a URL that failed `attempts` times with `status` is given up for good."""
        gone = lasting or status in (404, 410) or status == 200
        return attempts >= (self.gone_attempts if gone else self.transient_attempts)


@dataclass(frozen=True)
class Validators:
    """A list page's HTTP validators from its last 200 answer."""

    etag: str | None = None
    last_modified: str | None = None


class CrawlMemory:
    """What is already known, read and written in short transactions."""

    def __init__(self, db: Database, policy: RetryPolicy | None = None) -> None:
        self._db = db
        self._policy = policy or RetryPolicy()

    def known(self, urls: Iterable[str], now: datetime | None = None) -> set[str]:
        """The subset of `urls` not to request: stored, aliased, failed for good or not yet due."""
        pending = list(dict.fromkeys(urls))
        now = now or utcnow()
        found: set[str] = set()
        with self._db.session() as session:
            for start in range(0, len(pending), _CHUNK):
                chunk = pending[start : start + _CHUNK]
                found.update(session.scalars(select(Article.url).where(Article.url.in_(chunk))))
                found.update(session.scalars(select(Alias.url).where(Alias.url.in_(chunk))))
                found.update(
                    session.scalars(
                        select(UrlState.url).where(
                            UrlState.url.in_(chunk),
                            UrlState.kind == "article",
                            or_(UrlState.permanent, UrlState.next_attempt_at > now),
                        )
                    )
                )
        return found

    def validators(self, url: str) -> Validators:
        """ETag and Last-Modified remembered for a list page."""
        with self._db.session() as session:
            state = session.get(UrlState, url)
            if state is None:
                return Validators()
            return Validators(etag=state.etag, last_modified=state.last_modified)

    def remember_list_page(
        self, url: str, source: str, status: int, validators: ListValidators
    ) -> None:
        """Store a list page's latest validators (kept as they were on a 304)."""

        def write() -> None:
            with self._db.session() as session:
                state = session.get(UrlState, url) or UrlState(url=url, source=source, kind="list")
                state.last_status = status
                if status == 200:
                    state.etag = validators.etag
                    state.last_modified = validators.last_modified
                state.attempts = 0
                state.last_error = None
                session.add(state)

        upsert_when_locked(write, what=f"list page {url}")

    def record_failure(
        self,
        url: str,
        source: str,
        status: int | None,
        reason: str,
        now: datetime | None = None,
        *,
        retry_after: timedelta | None = None,
        lasting: bool = False,
    ) -> UrlState:
        """Count a failed attempt at an article URL and schedule (or give up) the next.

        `retry_after` is the server's wish (a 503's Retry-After); `lasting`
        marks a failure that will recur (see `RetryPolicy`).
        """
        now = now or utcnow()

        def write() -> UrlState:
            with self._db.session() as session:
                state = session.get(UrlState, url) or UrlState(
                    url=url, source=source, kind="article", attempts=0, permanent=False
                )
                state.attempts = (state.attempts or 0) + 1
                state.last_status = status
                state.last_error = reason[:2000]
                state.permanent = self._policy.is_permanent(status, state.attempts, lasting)
                state.next_attempt_at = (
                    None
                    if state.permanent
                    else self._policy.next_attempt(state.attempts, now, retry_after)
                )
                session.add(state)
                session.flush()
                session.expunge(state)
                return state

        return upsert_when_locked(write, what=f"failure of {url}")

    def due_retries(self, source: str, now: datetime | None = None) -> list[str]:
        """Failed article URLs of `source` whose next attempt is due.

        The crawler requests these directly: their list page may well answer
        304 and never show them again.
        """
        now = now or utcnow()
        with self._db.session() as session:
            return list(
                session.scalars(
                    select(UrlState.url).where(
                        UrlState.source == source,
                        UrlState.kind == "article",
                        UrlState.permanent.is_(False),
                        UrlState.next_attempt_at <= now,
                    )
                )
            )

    def last_walk_interrupted(self, source: str) -> bool:
        """Whether the source's latest ended crawl failed (killed, crashed, timed out).

        Then the known ground at the top of its list pages proves nothing about
        the pages below, which that crawl may never have reached.
        """
        with self._db.session() as session:
            outcome = session.scalars(
                select(Run.outcome)
                .where(Run.source == source, Run.outcome != RunOutcome.RUNNING)
                .order_by(Run.id.desc())
                .limit(1)
            ).first()
        return outcome == RunOutcome.FAILED

    def has_walked(self, source: str) -> bool:
        """Whether a crawl of `source` ever ended having walked its list pages.

        Until one has, URLs known from other sources (a mirror, a syndicating
        channel) say nothing about where this source's new ground ends.
        """
        with self._db.session() as session:
            walked = session.scalars(
                select(Run.id)
                .where(Run.source == source, Run.outcome.in_(SUCCESSFUL_OUTCOMES))
                .limit(1)
            ).first()
        return walked is not None

    def failures(self, source: str | None = None) -> list[UrlState]:
        """Article URLs that failed, most recent first."""
        with self._db.session() as session:
            query = select(UrlState).where(UrlState.kind == "article")
            if source:
                query = query.where(UrlState.source == source)
            rows = list(session.scalars(query.order_by(UrlState.updated_at.desc())))
            session.expunge_all()
            return rows
