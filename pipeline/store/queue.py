"""The review queue: listing, reading and deciding on stored articles."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from newswatch.pipeline.store.database import Database
from newswatch.pipeline.store.schema import (
    Article,
    Organization,
    OrganizationMention,
    Review,
    utcnow,
)
from newswatch.pipeline.store.search import has_fts_table, search_clause
from newswatch.pipeline.store.states import ANY_STATUS, DECISIONS, ArticleStatus
from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import selectinload

STATUSES: tuple[ArticleStatus, ...] = tuple(ArticleStatus)
# Rows an export holds in memory at a time.
EXPORT_BATCH = 500


@dataclass(frozen=True)
class QueueFilter:
    """Which articles to list. `status='all'` means every relevant article."""

    status: str = ArticleStatus.NEW
    source: str | None = None
    since: datetime | None = None
    search: str | None = None
    include_irrelevant: bool = False
    # only articles naming this organization (its stored name)
    organization: str | None = None


class UnknownArticle(LookupError):
    """No article has the given id."""


class ReviewQueue:
    """Reviewer-facing queries and decisions."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._fts: bool | None = None

    def _full_text(self) -> bool:
        if self._fts is None:
            with self._db.engine.connect() as connection:
                self._fts = has_fts_table(connection)
        return self._fts

    def _query(self, flt: QueueFilter) -> Select[Article]:
        query = select(Article)
        if not flt.include_irrelevant:
            query = query.where(Article.relevant.is_(True))
        if flt.status != ANY_STATUS:
            query = query.where(Article.status == flt.status)
        if flt.source:
            query = query.where(Article.source == flt.source)
        if flt.since:
            query = query.where(
                or_(Article.published_at >= flt.since, Article.fetched_at >= flt.since)
            )
        if flt.search:
            query = query.where(search_clause(flt.search, fts=self._full_text()))
        if flt.organization:
            naming = (
                select(OrganizationMention.article_id)
                .join(Organization, Organization.id == OrganizationMention.organization_id)
                .where(Organization.name == flt.organization)
            )
            query = query.where(Article.id.in_(naming))
        return query

    def _ordered(self, flt: QueueFilter) -> Select[Article]:
        # The order of ix_articles_queue: pages are read off the index.
        return self._query(flt).order_by(
            Article.published_at.desc().nulls_last(), Article.id.desc()
        )

    def articles(
        self, flt: QueueFilter, limit: int | None = 50, offset: int = 0
    ) -> list[Article]:
        """Articles matching `flt`, newest publication first."""
        query = self._ordered(flt)
        if limit is not None:
            query = query.limit(limit).offset(offset)
        with self._db.session() as session:
            rows = list(
                session.scalars(
                    query.options(selectinload(Article.reviews), selectinload(Article.aliases))
                )
            )
            session.expunge_all()
            return rows

    def stream(self, flt: QueueFilter, batch: int = EXPORT_BATCH) -> Iterator[Article]:
        """Every article matching `flt` in list order, `batch` rows in memory at a time.

        Rows come from a server-side cursor (PostgreSQL) or SQLite's stepping
        cursor, with their aliases loaded one batch at a time.
        """
        query = self._ordered(flt).options(selectinload(Article.aliases))
        with self._db.session() as session:
            rows = session.scalars(
                query.execution_options(yield_per=batch, stream_results=True)
            )
            # The session's identity map holds rows weakly: a consumed batch is freed.
            for rows_in_memory in rows.partitions():
                yield from rows_in_memory

    def count(self, flt: QueueFilter) -> int:
        """How many articles match `flt`."""
        with self._db.session() as session:
            return (
                session.scalar(select(func.count()).select_from(self._query(flt).subquery())) or 0
            )

    def get(self, article_id: int) -> Article:
        """One article with its aliases and review history."""
        with self._db.session() as session:
            article = session.get(
                Article,
                article_id,
                options=[selectinload(Article.aliases), selectinload(Article.reviews)],
            )
            if article is None:
                raise UnknownArticle(f"no article with id {article_id}")
            session.expunge_all()
            return article

    def decide(
        self, ids: Sequence[int], decision: str, reviewer: str, note: str | None = None
    ) -> list[Article]:
        """Approve or reject articles, keeping who decided, when and why (all or none)."""
        if decision not in DECISIONS:
            raise ValueError(f"decision must be one of {', '.join(DECISIONS)}, not {decision!r}")
        with self._db.session() as session:
            articles = []
            for article_id in ids:
                article = session.get(Article, article_id)
                if article is None:
                    raise UnknownArticle(f"no article with id {article_id}")
                article.status = decision
                session.add(
                    Review(
                        article=article,
                        decision=decision,
                        reviewer=reviewer,
                        note=note,
                        decided_at=utcnow(),
                    )
                )
                articles.append(article)
            session.flush()
            session.expunge_all()
            return articles
