"""Writing articles: one row per story, every further URL of it an alias.

A save is the crawl's most frequent write, so it is written in SQLAlchemy
Core, in a transaction of the engine (an ORM session's bookkeeping alone was
a tenth of the remaining cost): its statements are built once, at
import (their compiled forms are then cached by SQLAlchemy), and one UNION
ALL query answers every question a save asks before it writes: is any of the
page's URLs stored or an alias, is a failure recorded for it, is the
canonical URL taken, is the same text stored, and which stored articles
share enough anchors to be compared (with their URL, verdict and sketch, so
that the twin's row needs no second read). Building ORM objects and
statements per article was most of a save's CPU (2.9 ms of it at 0 stored,
1.1 ms without).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum
from typing import Any, Literal

from newswatch.pipeline.article import ExtractedArticle
from newswatch.pipeline.fingerprint import (
    NEAR_DUPLICATE_SIMILARITY,
    Fingerprint,
    may_be_near_duplicate,
    pack_sketch,
    similarity,
    unpack_sketch,
)
from newswatch.pipeline.organizations.model import FoundOrganization
from newswatch.pipeline.store.database import Database
from newswatch.pipeline.store.limits import clamp
from newswatch.pipeline.store.organizations import add_mentions
from newswatch.pipeline.store.retry import upsert_when_locked
from newswatch.pipeline.store.schema import Base
from newswatch.pipeline.store.states import ArticleStatus
from sqlalchemy import (
    Boolean,
    CompoundSelect,
    Connection,
    Integer,
    LargeBinary,
    String,
    Table,
    bindparam,
    cast,
    delete,
    insert,
    literal_column,
    null,
    select,
    union_all,
)

log = logging.getLogger(__name__)

SaveStatus = Literal["stored", "duplicate", "known"]


@dataclass(frozen=True)
class Judgement:
    """The relevance verdict as the store keeps it (see pipeline.relevance.Verdict)."""

    score: float
    relevant: bool
    matched_terms: dict[str, int]
    topics: dict[str, Any]


@dataclass(frozen=True)
class SaveResult:
    """What happened to one page: a new article, an alias of an old one, or nothing new."""

    status: SaveStatus
    article_id: int
    relevant: bool
    reason: str | None = None
    similarity: float | None = None


class ArticleRepository:
    """Stores extracted articles without duplicates by URL or by content."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def save(
        self,
        url: str,
        source: str,
        article: ExtractedArticle,
        judgement: Judgement,
        fp: Fingerprint,
        fetched_at: datetime,
        extra_urls: tuple[str, ...] = (),
        canonical_url: str | None = None,
        organizations: tuple[FoundOrganization, ...] = (),
    ) -> SaveResult:
        """Store `article` found at `url`, or record `url` as an alias of the same story.

        `extra_urls` are other addresses of this very response (where its
        redirects ended); `canonical_url` is what the page calls itself. Both
        become aliases, but only `extra_urls` decide whether the page is known:
        sites that point every canonical link at their home page exist. Runs in
        one transaction: a crash leaves the whole row and its aliases or nothing.
        """
        urls = tuple(dict.fromkeys((url, *extra_urls)))

        def write() -> SaveResult:
            with self._db.engine.begin() as connection:
                found = _lookup(connection, urls, canonical_url, fp)
                result, written = _save(
                    connection, found, urls, source, article, judgement, fp, fetched_at
                )
                if canonical_url:
                    _add_canonical(connection, found, written, result, canonical_url, source)
                if result.status == "stored" and organizations:
                    add_mentions(connection, result.article_id, organizations)
                return result

        # A reviewer's long transaction makes the crawl wait, never drop the
        # page; a twin stored by another writer meanwhile makes it an alias.
        return upsert_when_locked(write, what=f"article {url}")


def article_values(
    url: str,
    source: str,
    article: ExtractedArticle,
    judgement: Judgement,
    fp: Fingerprint,
    fetched_at: datetime,
) -> dict[str, Any]:
    """The columns of a new article row (also what a bulk load inserts)."""
    return {
        "url": url,
        "source": source,
        "title": article.title,
        "text": article.text,
        "published_at": article.published_at,
        "published_precision": article.published_precision,
        "origin": article.source,
        "author": article.author,
        "editor": article.editor,
        "tags": list(article.tags),
        "strategy": article.strategy,
        "encoding": article.encoding,
        "text_digest": fp.digest,
        "sketch": pack_sketch(fp.sketch),
        "score": judgement.score,
        "relevant": judgement.relevant,
        "matched_terms": judgement.matched_terms,
        "topics": judgement.topics,
        # Relevance is `relevant`; every article starts undecided.
        "status": ArticleStatus.NEW,
        "fetched_at": fetched_at,
    }


def anchor_values(article_id: int, fp: Fingerprint) -> list[dict[str, int]]:
    """The near-duplicate index rows of a new article (also what a bulk load inserts)."""
    return [{"article_id": article_id, "hash": key} for key in fp.anchor_keys]


_ARTICLES: Table = Base.metadata.tables["articles"]
_ALIASES: Table = Base.metadata.tables["aliases"]
_URL_STATE: Table = Base.metadata.tables["url_state"]
_ANCHORS: Table = Base.metadata.tables["content_anchors"]


class _Kind(IntEnum):
    """What a row of the lookup is (its first column)."""

    ARTICLE = 1  # an article at one of the URLs (the page's or its canonical one)
    ALIAS = 2  # an alias at one of them, with its article
    FAILURE = 3  # a recorded failure of one of the page's URLs
    SAME_TEXT = 4  # the article with the same normalized text
    CANDIDATE = 5  # an article sharing enough anchors to be compared


def _lookup_statement() -> CompoundSelect[int, int, str, str, bool, bytes]:
    """The one query of a save: rows (kind, article id, matched URL, article URL,
    relevant, sketch), for the parameters urls, page_urls, digest, keys."""
    articles, aliases = _ARTICLES, _ALIASES

    def kind(value: _Kind) -> Any:
        return literal_column(str(int(value)), Integer).label("kind")

    no_id, no_url = cast(null(), Integer), cast(null(), String)
    no_relevant, no_sketch = cast(null(), Boolean), cast(null(), LargeBinary)
    urls: Any = bindparam("urls", expanding=True)
    # Articles sharing a key (one band's three bin minima) with the new one:
    # rarely shared by chance, so few rows are read (see fingerprint).
    sharing = select(_ANCHORS.c.article_id).where(
        _ANCHORS.c.hash.in_(bindparam("keys", expanding=True))
    )
    return union_all(
        select(
            kind(_Kind.ARTICLE),
            articles.c.id.label("article_id"),
            articles.c.url.label("matched"),
            articles.c.url.label("article_url"),
            articles.c.relevant,
            no_sketch.label("sketch"),
        ).where(articles.c.url.in_(urls)),
        select(
            kind(_Kind.ALIAS),
            aliases.c.article_id,
            aliases.c.url,
            articles.c.url,
            articles.c.relevant,
            no_sketch,
        )
        .join_from(aliases, articles, aliases.c.article_id == articles.c.id)
        .where(aliases.c.url.in_(urls)),
        select(kind(_Kind.FAILURE), no_id, _URL_STATE.c.url, no_url, no_relevant, no_sketch).where(
            _URL_STATE.c.url.in_(bindparam("page_urls", expanding=True)),
            _URL_STATE.c.kind == "article",
        ),
        select(
            kind(_Kind.SAME_TEXT),
            articles.c.id,
            articles.c.url,
            articles.c.url,
            articles.c.relevant,
            no_sketch,
        ).where(articles.c.text_digest == bindparam("digest")),
        select(
            kind(_Kind.CANDIDATE),
            articles.c.id,
            articles.c.url,
            articles.c.url,
            articles.c.relevant,
            articles.c.sketch,
        ).where(articles.c.id.in_(sharing)),
    )


# Built once: SQLAlchemy caches a statement's compiled form under its cache
# key, and a statement object computes that key only once.
_LOOKUP = _lookup_statement()
_INSERT_ARTICLE = insert(_ARTICLES)
_INSERT_ANCHORS = insert(_ANCHORS)
_INSERT_ALIASES = insert(_ALIASES)
# No UrlState is loaded in a save's session: nothing to synchronize.
_FORGET_FAILURES = delete(_URL_STATE).where(
    _URL_STATE.c.url.in_(bindparam("urls", expanding=True)), _URL_STATE.c.kind == "article"
)


@dataclass(frozen=True)
class _Stored:
    """A stored article as the lookup sees it."""

    id: int
    url: str
    relevant: bool


@dataclass
class _Found:
    """What the lookup found about one page."""

    articles: dict[str, _Stored] = field(default_factory=dict)  # by their URL
    aliases: dict[str, _Stored] = field(default_factory=dict)  # by the alias URL
    failures: bool = False
    same_text: _Stored | None = None
    candidates: list[tuple[_Stored, bytes]] = field(default_factory=list)

    def taken(self, url: str) -> bool:
        """Whether `url` was an article's or an alias's URL when the lookup ran."""
        return url in self.articles or url in self.aliases

    def known(self, urls: tuple[str, ...]) -> _Stored | None:
        """The article one of `urls` is stored at (its own URL first), else one aliased there."""
        for by in (self.articles, self.aliases):
            for url in urls:
                if url in by:
                    return by[url]
        return None


def _lookup(
    connection: Connection, urls: tuple[str, ...], canonical_url: str | None, fp: Fingerprint
) -> _Found:
    looked_up = [*urls, canonical_url] if canonical_url and canonical_url not in urls else urls
    params = {
        "urls": list(looked_up),
        "page_urls": list(urls),
        "digest": fp.digest,
        "keys": list(fp.anchor_keys),
    }
    found = _Found()
    for kind, article_id, matched, article_url, relevant, sketch in connection.execute(
        _LOOKUP, params
    ):
        if kind == _Kind.FAILURE:
            found.failures = True
            continue
        stored = _Stored(article_id, article_url, bool(relevant))
        if kind == _Kind.ARTICLE:
            found.articles[matched] = stored
        elif kind == _Kind.ALIAS:
            found.aliases[matched] = stored
        elif kind == _Kind.SAME_TEXT:
            found.same_text = stored
        else:
            found.candidates.append((stored, sketch))
    return found


def _save(
    connection: Connection,
    found: _Found,
    urls: tuple[str, ...],
    source: str,
    article: ExtractedArticle,
    judgement: Judgement,
    fp: Fingerprint,
    fetched_at: datetime,
) -> tuple[SaveResult, set[str]]:
    """The page's result and the URLs this transaction wrote (article or aliases)."""
    existing = found.known(urls)
    if existing is not None:
        written = _add_aliases(connection, found, existing, urls, source, "same-url", None)
        return SaveResult("known", existing.id, existing.relevant, "same-url"), written
    twin, likeness = _twin(found, fp)
    if found.failures:
        connection.execute(_FORGET_FAILURES, {"urls": list(urls)})
    if twin is not None:
        reason = "same-text" if likeness == 1.0 else "near-duplicate"
        written = _add_aliases(connection, found, twin, urls, source, reason, likeness)
        return SaveResult("duplicate", twin.id, twin.relevant, reason, likeness), written
    values = _clamped(
        _ARTICLES, article_values(urls[0], source, article, judgement, fp, fetched_at)
    )
    inserted = connection.execute(_INSERT_ARTICLE, values).inserted_primary_key
    assert inserted is not None
    new = _Stored(inserted[0], values["url"], judgement.relevant)
    if fp.anchor_keys:
        connection.execute(_INSERT_ANCHORS, anchor_values(new.id, fp))
    written = {new.url}
    if len(urls) > 1:
        written |= _add_aliases(connection, found, new, urls[1:], source, "same-page", None)
    return SaveResult("stored", new.id, new.relevant), written


def _twin(found: _Found, fp: Fingerprint) -> tuple[_Stored | None, float]:
    if found.same_text is not None:
        return found.same_text, 1.0
    mine = frozenset(fp.sketch)
    best: _Stored | None = None
    best_likeness = 0.0
    for candidate, packed in found.candidates:
        sketch = unpack_sketch(packed)
        if not may_be_near_duplicate(mine, sketch):
            continue
        likeness = similarity(sketch, fp.sketch)
        if likeness >= NEAR_DUPLICATE_SIMILARITY and likeness > best_likeness:
            best, best_likeness = candidate, likeness
    return best, best_likeness


def _add_aliases(
    connection: Connection,
    found: _Found,
    article: _Stored,
    urls: tuple[str, ...],
    source: str,
    reason: str,
    likeness: float | None,
) -> set[str]:
    new = tuple(url for url in urls if url != article.url and url not in found.aliases)
    _insert_aliases(connection, article.id, new, source, reason, likeness)
    return set(new)


def _add_canonical(
    connection: Connection,
    found: _Found,
    written: set[str],
    result: SaveResult,
    url: str,
    source: str,
) -> None:
    # Not when the URL is any article's or alias's already, or this save's own.
    if not found.taken(url) and url not in written:
        _insert_aliases(connection, result.article_id, (url,), source, "canonical", None)


def _insert_aliases(
    connection: Connection,
    article_id: int,
    urls: Iterable[str],
    source: str,
    reason: str,
    likeness: float | None,
) -> None:
    rows = [
        _clamped(
            _ALIASES,
            {
                "url": url,
                "article_id": article_id,
                "source": source,
                "reason": reason,
                "similarity": likeness,
            },
        )
        for url in urls
    ]
    if rows:
        connection.execute(_INSERT_ALIASES, rows)


def _bounds(table: Table) -> dict[str, int]:
    return {
        column.key: column.type.length
        for column in table.columns
        if isinstance(column.type, String) and column.type.length
    }


# Core inserts run no ORM events, so the length limits (pipeline.store.limits)
# are applied here: the same rows on SQLite and PostgreSQL.
_BOUNDS = {table.name: _bounds(table) for table in (_ARTICLES, _ALIASES)}


def _clamped(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    """`values` with every string longer than its column cut to fit (see limits.clamp)."""
    for key, length in _BOUNDS[table.name].items():
        value = values.get(key)
        if isinstance(value, str) and len(value) > length:
            log.warning("%s.%s: %d characters cut to %d", table.name, key, len(value), length)
            values[key] = clamp(value, length)
    return values
