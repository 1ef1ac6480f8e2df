"""Telling people about new relevant articles: one digest per cycle, through Apprise.

Delivery is at least once: the articles of a digest are marked notified only
when every configured URL accepted it. When one of several URLs fails, the
next cycle sends the digest again to all of them, so a working channel may see
it twice, but no channel silently misses an article.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

import apprise
from newswatch.config import AppConfig
from newswatch.pipeline.store.database import Database
from newswatch.pipeline.store.schema import Article, utcnow
from newswatch.pipeline.store.states import ArticleStatus
from newswatch.scheduler.display import local_time, safe
from sqlalchemy import select, update
from sqlalchemy.engine import CursorResult

log = logging.getLogger(__name__)

# A digest names at most this many articles and counts the rest: a first run,
# or a channel that failed for days, must not produce a message no one reads.
MAX_LISTED = 30


@dataclass(frozen=True)
class NotifyResult:
    """What one call did: how many articles waited, how many are now marked notified."""

    pending: int
    notified: int
    failures: tuple[str, ...] = ()

    @property
    def delivered(self) -> bool:
        """True when a digest went out to every configured URL."""
        return self.notified > 0


@dataclass(frozen=True)
class DigestItem:
    """One article as a digest lists it."""

    id: int
    title: str
    url: str
    source: str
    published_at: datetime | None
    published_precision: str | None = None


@dataclass(frozen=True)
class Digest:
    """The message: a title line and a plain-text body."""

    title: str
    body: str


def notify_new_relevant(db: Database, config: AppConfig) -> NotifyResult:
    """Send one digest of the relevant new articles nobody was told about yet.

    The digest goes to every Apprise URL in `config.notify`; on success the
    articles get `notified_at`, otherwise they stay pending for the next call.
    Never raises: a notification problem is logged and must not stop a cycle.
    """
    try:
        return _notify(db, config)
    except Exception as exc:  # the caller's cycle matters more than this message
        log.exception("notification failed")
        return NotifyResult(pending=0, notified=0, failures=(f"{type(exc).__name__}: {exc}",))


def _notify(db: Database, config: AppConfig) -> NotifyResult:
    items = pending_items(db)
    if not items or not config.notify:
        return NotifyResult(pending=len(items), notified=0)
    digest = compose_digest(items, config.timezone)
    failures = [f for url in config.notify if (f := deliver(url, digest)) is not None]
    for failure in failures:
        log.warning("digest of %d article(s) not delivered: %s", len(items), failure)
    if failures:
        return NotifyResult(pending=len(items), notified=0, failures=tuple(failures))
    notified = mark_notified(db, [item.id for item in items])
    log.info("digest of %d article(s) sent to %d URL(s)", notified, len(config.notify))
    return NotifyResult(pending=len(items), notified=notified)


def pending_items(db: Database) -> list[DigestItem]:
    """Relevant articles still waiting for review that no digest has named, newest first."""
    query = (
        select(
            Article.id,
            Article.title,
            Article.url,
            Article.source,
            Article.published_at,
            Article.published_precision,
        )
        .where(
            Article.relevant.is_(True),
            Article.status == ArticleStatus.NEW,
            Article.notified_at.is_(None),
        )
        .order_by(Article.published_at.desc().nulls_last(), Article.id.desc())
    )
    with db.session() as session:
        return [DigestItem(*row) for row in session.execute(query)]


def compose_digest(items: Sequence[DigestItem], timezone: str) -> Digest:
    """The digest of `items` in plain text: count, then title, time, source and link of each."""
    lines = [f"newswatch 发现 {len(items)} 篇新的相关文章，等待审核：", ""]
    for number, item in enumerate(items[:MAX_LISTED], start=1):
        lines.append(f"{number}. {safe(item.title)}")
        when = local_time(item.published_at, timezone, item.published_precision)
        lines.append(f"   {when} · {item.source}")
        lines.append(f"   {safe(item.url)}")
    if len(items) > MAX_LISTED:
        lines += ["", f"另有 {len(items) - MAX_LISTED} 篇未列出，请在审核页面查看。"]
    return Digest(title=f"newswatch：{len(items)} 篇新的相关文章", body="\n".join(lines))


def deliver(url: str, digest: Digest) -> str | None:
    """Send `digest` to one Apprise URL; None on success, else why not (without secrets)."""
    sender = apprise.Apprise()
    if not sender.add(url):
        return f"{_scheme(url)}: not a notification URL Apprise understands"
    shown = next(iter(sender)).url(privacy=True)
    if not sender.notify(
        body=digest.body, title=digest.title, body_format=apprise.NotifyFormat.TEXT
    ):
        return f"{shown}: delivery failed (see the apprise log above)"
    return None


def _scheme(url: str) -> str:
    # Only the scheme: the rest of a notification URL may hold a password or token.
    return url.split("://", 1)[0] + "://…" if "://" in url else "(no scheme)"


def mark_notified(db: Database, ids: Sequence[int]) -> int:
    """Set `notified_at` on those of `ids` that have none; returns how many were set."""
    with db.session() as session:
        result = session.execute(
            update(Article)
            .where(Article.id.in_(ids), Article.notified_at.is_(None))
            .values(notified_at=utcnow())
        )
        # An UPDATE's result is a cursor result: it has a row count.
        return cast(CursorResult[Any], result).rowcount or 0
