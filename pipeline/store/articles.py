"""Writing articles: one row per story, every further URL of it an alias."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from newswatch.pipeline.article import ExtractedArticle
from newswatch.pipeline.fingerprint import (
    NEAR_DUPLICATE_SIMILARITY,
    Fingerprint,
    may_be_near_duplicate,
    pack_sketch,
    shared_keys_needed,
    similarity,
    unpack_sketch,
)
from newswatch.pipeline.organizations.model import FoundOrganization
from newswatch.pipeline.store.database import Database
from newswatch.pipeline.store.organizations import replace_mentions
from newswatch.pipeline.store.retry import upsert_when_locked
from newswatch.pipeline.store.schema import Alias, Article, ContentAnchor, UrlState
from newswatch.pipeline.store.states import ArticleStatus
from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

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

        def write() -> SaveResult:
            with self._db.session() as session:
                result = self._save(
                    session, url, source, article, judgement, fp, fetched_at, extra_urls
                )
                if canonical_url:
                    _add_canonical(session, result.article_id, canonical_url, source)
                if result.status == "stored":
                    replace_mentions(session, result.article_id, organizations)
                return result

        # A reviewer's long transaction makes the crawl wait, never drop the
        # page; a twin stored by another writer meanwhile makes it an alias.
        return upsert_when_locked(write, what=f"article {url}")

    def _save(
        self,
        session: Session,
        url: str,
        source: str,
        article: ExtractedArticle,
        judgement: Judgement,
        fp: Fingerprint,
        fetched_at: datetime,
        extra_urls: tuple[str, ...],
    ) -> SaveResult:
        urls = tuple(dict.fromkeys((url, *extra_urls)))
        existing = _article_for_urls(session, urls)
        if existing is not None:
            _add_aliases(session, existing, urls, source, "same-url", None)
            return SaveResult("known", existing.id, existing.relevant, "same-url")
        twin, likeness = _find_twin(session, fp)
        if twin is not None:
            reason = "same-text" if likeness == 1.0 else "near-duplicate"
            _add_aliases(session, twin, urls, source, reason, likeness)
            _forget_failures(session, urls)
            return SaveResult("duplicate", twin.id, twin.relevant, reason, likeness)
        row = Article(**article_values(url, source, article, judgement, fp, fetched_at))
        session.add(row)
        session.flush()
        if fp.anchors:
            session.execute(insert(ContentAnchor), anchor_values(row.id, fp))
        if len(urls) > 1:
            _add_aliases(session, row, urls[1:], source, "same-page", None)
        _forget_failures(session, urls)
        return SaveResult("stored", row.id, row.relevant)


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


def _article_for_urls(session: Session, urls: tuple[str, ...]) -> Article | None:
    found = session.scalars(select(Article).where(Article.url.in_(urls))).first()
    if found is not None:
        return found
    alias = session.scalars(select(Alias).where(Alias.url.in_(urls))).first()
    return alias.article if alias is not None else None


def _find_twin(session: Session, fp: Fingerprint) -> tuple[Article | None, float]:
    exact = session.scalars(select(Article).where(Article.text_digest == fp.digest)).first()
    if exact is not None:
        return exact, 1.0
    if not fp.anchors:
        return None, 0.0
    # Ids and sketches only; the winner's whole row is loaded once it is known.
    # Candidates share SHARED_ANCHORS anchors (see fingerprint): counted in the
    # index, so the many articles sharing two common shingles by chance are
    # never read.
    sharing = (
        select(ContentAnchor.article_id)
        .where(ContentAnchor.hash.in_(fp.anchor_keys))
        .group_by(ContentAnchor.article_id)
        .having(func.count() >= shared_keys_needed(len(set(fp.anchors))))
    )
    candidates = session.execute(select(Article.id, Article.sketch).where(Article.id.in_(sharing)))
    mine = frozenset(fp.sketch)
    best_id, best = None, 0.0
    for candidate_id, packed in candidates:
        sketch = unpack_sketch(packed)
        if not may_be_near_duplicate(mine, sketch):
            continue
        likeness = similarity(sketch, fp.sketch)
        if likeness >= NEAR_DUPLICATE_SIMILARITY and likeness > best:
            best_id, best = candidate_id, likeness
    if best_id is None:
        return None, 0.0
    return session.get_one(Article, best_id), best


def _add_aliases(
    session: Session,
    article: Article,
    urls: tuple[str, ...],
    source: str,
    reason: str,
    likeness: float | None,
) -> None:
    taken = set(session.scalars(select(Alias.url).where(Alias.url.in_(urls))))
    for url in urls:
        if url != article.url and url not in taken:
            session.add(
                Alias(
                    url=url,
                    article_id=article.id,
                    source=source,
                    reason=reason,
                    similarity=likeness,
                )
            )


def _add_canonical(session: Session, article_id: int, url: str, source: str) -> None:
    taken = session.scalars(select(Article.id).where(Article.url == url)).first() or (
        session.scalars(select(Alias.id).where(Alias.url == url)).first()
    )
    if not taken:
        session.add(Alias(url=url, article_id=article_id, source=source, reason="canonical"))


def _forget_failures(session: Session, urls: tuple[str, ...]) -> None:
    # No UrlState is loaded in a save's session: nothing to synchronize.
    forget = delete(UrlState).where(UrlState.url.in_(urls), UrlState.kind == "article")
    session.execute(forget.execution_options(synchronize_session=False))
