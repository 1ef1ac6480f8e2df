"""The review queue: listing, reading and deciding on stored articles."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from newswatch.pipeline.store.database import Database
from newswatch.pipeline.store.schema import (
    Article,
    Organization,
    OrganizationMention,
    Review,
    UTCDateTime,
    utcnow,
)
from newswatch.pipeline.store.search import (
    grams_index_present,
    has_fts_table,
    matches_first,
    matching_ids,
    search_clause,
)
from newswatch.pipeline.store.states import DECISIONS, ArticleStatus, QueueView
from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    any_,
    bindparam,
    false,
    func,
    or_,
    select,
    true,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import selectinload

STATUSES: tuple[ArticleStatus, ...] = tuple(ArticleStatus)
# Rows an export holds in memory at a time.
EXPORT_BATCH = 500
# A search counts its matches up to this many; past it the list says "more than 1,000".
SEARCH_COUNT_CAP = 1000


@dataclass(frozen=True)
class QueueFilter:
    """Which articles to list: `status` is a QueueView ('all': every article but
    the filtered ones, unless `include_irrelevant`)."""

    status: str = QueueView.NEW
    source: str | None = None
    since: datetime | None = None
    search: str | None = None
    include_irrelevant: bool = False
    # only articles naming this organization (its stored name)
    organization: str | None = None


@dataclass(frozen=True)
class Total:
    """How many articles a filter matches: `count`, or more than `count` when `more`
    (a search stops counting at SEARCH_COUNT_CAP)."""

    count: int
    more: bool = False


def view_clause(view: str, include_irrelevant: bool = False) -> ColumnElement[bool]:
    """The articles a `QueueView` holds; with `include_irrelevant`, "all" takes
    the filtered ones too."""
    undecided = Article.status == ArticleStatus.NEW
    # `relevant = true`, not `IS TRUE`: PostgreSQL reads ix_articles_queue only
    # for an equality (the column is never NULL, so both mean the same).
    relevant, irrelevant = Article.relevant == true(), Article.relevant == false()
    match QueueView(view):
        case QueueView.NEW:
            return and_(undecided, relevant)
        case QueueView.FILTERED:
            return and_(undecided, irrelevant)
        case QueueView.APPROVED | QueueView.REJECTED:
            return Article.status == view
        case QueueView.ALL:
            if include_irrelevant:
                return true()
            return or_(relevant, Article.status != ArticleStatus.NEW)
    raise ValueError(f"unknown queue view {view!r}")  # QueueView() refused it already


def _after_in_order(current: Article) -> ColumnElement[bool]:
    # The list order is published_at DESC NULLS LAST, id DESC.
    if current.published_at is None:
        return and_(Article.published_at.is_(None), Article.id < current.id)
    return or_(
        Article.published_at < current.published_at,
        and_(Article.published_at == current.published_at, Article.id < current.id),
        Article.published_at.is_(None),
    )


class UnknownArticle(LookupError):
    """No article has the given id."""


class ReviewQueue:
    """Reviewer-facing queries and decisions."""

    def __init__(self, db: Database, count_cap: int = SEARCH_COUNT_CAP) -> None:
        self._db = db
        # A search stops counting past this many matches (see `total`).
        self._cap = count_cap
        self._fts: bool | None = None
        self._grams = False  # PostgreSQL's index of short terms (set with _fts)
        # term -> ids of its matches, None for more than the cap of them
        self._matches: dict[str, list[int] | None] = {}

    def _full_text(self) -> bool:
        if self._fts is None:
            with self._db.engine.connect() as connection:
                self._fts = has_fts_table(connection)
                self._grams = grams_index_present(connection)
        return self._fts

    def _matching(self, term: str) -> list[int] | None:
        if term not in self._matches:
            fts = self._full_text()  # also tells whether the grams index is there
            with self._db.engine.connect() as connection:
                self._matches[term] = matching_ids(
                    connection, term, fts=fts, cap=self._cap, grams=self._grams
                )
        return self._matches[term]

    def _search(self, term: str) -> ColumnElement[bool]:
        # A rare term's matches (a thousand at most) are fetched by id and sorted;
        # a frequent one is checked along the list's index until the page is full.
        ids = self._matching(term)
        postgres = self._db.engine.dialect.name == "postgresql"
        if ids is not None:
            if postgres:
                # One array parameter: hundreds of IN parameters cost more to
                # compile and plan than the page itself (14 vs 7 ms at 776 ids).
                return Article.id == any_(bindparam("matching", ids, ARRAY(Integer), unique=True))
            return Article.id.in_(ids)
        return search_clause(term, fts=self._full_text(), drives=False, postgres=postgres)

    def _query(self, flt: QueueFilter) -> Select[Article]:
        query = select(Article).where(view_clause(flt.status, flt.include_irrelevant))
        if flt.source:
            query = query.where(Article.source == flt.source)
        if flt.since:
            # Publication time, fetch time only for articles without one.
            query = query.where(
                or_(
                    Article.published_at >= flt.since,
                    and_(Article.published_at.is_(None), Article.fetched_at >= flt.since),
                )
            )
        if flt.search:
            query = query.where(self._search(flt.search))
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
            rows = session.scalars(query.execution_options(yield_per=batch, stream_results=True))
            # The session's identity map holds rows weakly: a consumed batch is freed.
            for rows_in_memory in rows.partitions():
                yield from rows_in_memory

    def next_undecided(self, flt: QueueFilter, after: int) -> int | None:
        """The id of the first undecided article matching `flt` that comes after
        article `after` in list order (wrapping round to the start), or None."""
        undecided = self._ordered(flt).where(
            Article.status == ArticleStatus.NEW, Article.id != after
        )
        with self._db.session() as session:
            current = session.get(Article, after)
            if current is not None:
                later = session.scalar(
                    undecided.where(_after_in_order(current)).with_only_columns(Article.id).limit(1)
                )
                if later is not None:
                    return later
            return session.scalar(undecided.with_only_columns(Article.id).limit(1))

    def count(self, flt: QueueFilter) -> int:
        """How many articles match `flt` (every one counted: see `total`)."""
        with self._db.session() as session:
            return (
                session.scalar(select(func.count()).select_from(self._query(flt).subquery())) or 0
            )

    def total(self, flt: QueueFilter) -> Total:
        """How many articles match `flt`, as the list shows it: a search that
        matches more than the cap (SEARCH_COUNT_CAP) stops counting there."""
        if not flt.search:
            return Total(self.count(flt))
        if self._matching(flt.search) is not None:  # a thousand at most: count them all
            return Total(self.count(flt))
        # Read the matches in the search index's order, stopping past the cap.
        unsearched = self._query(replace(flt, search=None)).with_only_columns(Article.id)
        postgres = self._db.engine.dialect.name == "postgresql"
        fts = self._full_text()
        matching = matches_first(
            unsearched, flt.search, fts=fts, postgres=postgres, grams=self._grams
        )
        capped = matching.limit(self._cap + 1)
        with self._db.session() as session:
            found = session.scalar(select(func.count()).select_from(capped.subquery())) or 0
        if found > self._cap:
            return Total(self._cap, more=True)
        return Total(found)

    def newest(self, flt: QueueFilter) -> datetime | None:
        """The newest date among the articles matching `flt` (publication, else fetch
        time): what an Atom feed of them is dated by before its entries are read."""
        stamp = func.coalesce(Article.published_at, Article.fetched_at)
        query = self._query(flt).with_only_columns(func.max(stamp, type_=UTCDateTime()))
        with self._db.session() as session:
            newest: datetime | None = session.scalar(query)
            return newest

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
                        filter_relevant=article.relevant,
                    )
                )
                articles.append(article)
            session.flush()
            session.expunge_all()
            return articles
