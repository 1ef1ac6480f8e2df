"""The database schema, as SQLAlchemy 2.0 typed ORM classes.

Changing a column means adding an Alembic revision under `migrations/versions/`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from newswatch.pipeline.store.states import ArticleStatus, RunOutcome
from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

URL_LENGTH = 2048


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes stored as UTC; SQLite keeps no zone, so it is restored on load."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r} would be ambiguous in the database")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    """Now, aware, in UTC."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base of every newswatch table."""


class Article(Base):
    """One stored story, relevant or not, with its relevance verdict and review status."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(String(URL_LENGTH), unique=True)
    source: Mapped[str] = mapped_column(String(200), index=True)
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    # "day": the page gave only a date, the 00:00 of published_at is not a time;
    # "minute": a stated time; NULL for rows stored before it was recorded.
    published_precision: Mapped[str | None] = mapped_column(String(10))
    origin: Mapped[str | None] = mapped_column(String(200))
    author: Mapped[str | None] = mapped_column(String(200))
    editor: Mapped[str | None] = mapped_column(String(200))
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    strategy: Mapped[str] = mapped_column(String(40))
    encoding: Mapped[str | None] = mapped_column(String(40))
    text_digest: Mapped[str] = mapped_column(String(40), unique=True)
    # fingerprint.pack_sketch: 8 bytes per hash, read back with unpack_sketch.
    sketch: Mapped[bytes] = mapped_column(LargeBinary)
    score: Mapped[float] = mapped_column(Float)
    relevant: Mapped[bool]
    matched_terms: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    topics: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(20))
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Set once a digest naming this article was delivered; relevant articles
    # with none are (re)sent after the next cycle.
    notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)

    aliases: Mapped[list[Alias]] = relationship(back_populates="article")
    reviews: Mapped[list[Review]] = relationship(
        back_populates="article", order_by="Review.decided_at"
    )
    # Loaded with every article: exports and the review page show them.
    mentions: Mapped[list[OrganizationMention]] = relationship(
        order_by="OrganizationMention.id", lazy="selectin", passive_deletes=True
    )

    # The review queue's order (ReviewQueue.list), so a page is read off the
    # index instead of sorting every queued row. Migration 0003 builds it with
    # NULLS LAST on PostgreSQL, where DESC alone would put undated articles
    # first; SQLite's DESC already does (and refuses NULLS in an index).
    __table_args__ = (Index("ix_articles_queue", "relevant", "status", "published_at", "id"),)


class ContentAnchor(Base):
    """A key of one band of an article's shingle hash minima (fingerprint.band_keys).

    The near-duplicate index: its primary key is (hash, article_id), so a
    lookup reads ids off the index alone (a clustered table on SQLite).

    A save writes its ten rows here directly. The keys are hashes, so with
    100k articles stored each lands on a leaf of its own: with the ~18 anchor
    triples of revision 0011, 14.6 of the 19 pages a save dirtied, most of
    what a save's cost grew by; hence ten keys (revision 0013). A write
    buffer was measured and does not help. Keys first written to a small
    pending table and merged by one sorted INSERT ... SELECT still touch
    about one leaf of this index per key until a batch holds about as many
    keys as the index has leaves (8,100 at 100k). Merged after every 300
    saves, the merge cost 0.14 ms a save and saved 0.06 (`--only-store`
    ratio 1.61 against 1.45). A 10,000-article buffer still saved only 0.05
    ms, since each save's keys then dirty 18 of the buffer's own pages.
    """

    __tablename__ = "content_anchors"

    hash: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    # No index of its own: articles are never deleted, and one would double the table.
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )

    __table_args__ = ({"sqlite_with_rowid": False},)


class Alias(Base):
    """A second URL for a stored story: a syndicated copy, a redirect or a canonical link."""

    __tablename__ = "aliases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(String(URL_LENGTH), unique=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(String(40))
    similarity: Mapped[float | None]
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    article: Mapped[Article] = relationship(back_populates="aliases")


class Review(Base):
    """A reviewer's decision on an article: who, when, what and why."""

    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    decision: Mapped[str] = mapped_column(String(20))
    reviewer: Mapped[str] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # The filter's verdict when the decision was made (NULL: unknown), so a
    # disagreement stays on record even after a rescore changes the verdict.
    filter_relevant: Mapped[bool | None]

    article: Mapped[Article] = relationship(back_populates="reviews")

    @property
    def disagrees(self) -> bool:
        """True when the reviewer overruled the filter: approved what it left out,
        or rejected what it let in."""
        if self.filter_relevant is None:
            return False
        return self.filter_relevant != (self.decision == ArticleStatus.APPROVED)


class UrlState(Base):
    """What the crawler remembers about a URL that is not a stored article.

    List pages keep their validators (ETag, Last-Modified) for conditional
    requests; failed article URLs keep their failure history and when they may
    be tried again.
    """

    __tablename__ = "url_state"

    url: Mapped[str] = mapped_column(String(URL_LENGTH), primary_key=True)
    source: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    etag: Mapped[str | None] = mapped_column(String(400))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    last_status: Mapped[int | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    permanent: Mapped[bool] = mapped_column(default=False)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Run(Base):
    """One crawl of one source: when, how it ended and what it found."""

    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(200), index=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    outcome: Mapped[str] = mapped_column(String(20), default=RunOutcome.RUNNING.value)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    articles_new: Mapped[int] = mapped_column(Integer, default=0)
    relevant: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    # List pages that answered but showed no article link: after a redesign
    # (xhby.net's in 2023) this is the first symptom.
    empty_list_pages: Mapped[int] = mapped_column(Integer, default=0)
    message: Mapped[str | None] = mapped_column(Text)
    # Where the crawl ran: a Scrapyd node (host:port) and its job id; None for
    # a crawl in a child process of the scheduler.
    node: Mapped[str | None] = mapped_column(String(200))
    job: Mapped[str | None] = mapped_column(String(200))


class Lease(Base):
    """A named lease: who holds it and until when (e.g. the right to schedule crawls).

    The holder renews it well before `expires_at`; anyone may take a lease
    that has expired.  A row rather than a PostgreSQL advisory lock, so that it
    works on SQLite too and says who holds it.
    """

    __tablename__ = "leases"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    holder: Mapped[str] = mapped_column(String(200))
    acquired_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SourceAlert(Base):
    """The health state last announced for a source (see scheduler.alerts).

    A state change is sent once: the row moves to the new state only after
    every notification URL accepted the message, so a failed delivery is
    tried again after the next cycle.
    """

    __tablename__ = "source_alerts"

    source: Mapped[str] = mapped_column(String(200), primary_key=True)
    state: Mapped[str] = mapped_column(String(20))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Organization(Base):
    """A social organization named in stored articles, under its normalised full name."""

    __tablename__ = "organizations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    # other spellings seen (short forms such as 市慈善总会), in order of first sight
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class OrganizationMention(Base):
    """One place an article names an organization: as written, its sentence, the event."""

    __tablename__ = "organization_mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), index=True
    )
    surface: Mapped[str] = mapped_column(String(200))
    sentence: Mapped[str] = mapped_column(Text)
    event: Mapped[str] = mapped_column(String(20))
    in_title: Mapped[bool] = mapped_column(default=False)

    organization: Mapped[Organization] = relationship(lazy="joined")
