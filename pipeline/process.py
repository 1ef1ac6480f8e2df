"""One downloaded page through the whole pipeline: extract, judge, organizations, store."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from newswatch.config.models import ExtractionRules
from newswatch.pipeline.article import ExtractionError
from newswatch.pipeline.extract import extract_article
from newswatch.pipeline.fingerprint import fingerprint
from newswatch.pipeline.organizations import OrganizationFinder
from newswatch.pipeline.page import FetchedPage
from newswatch.pipeline.relevance import RelevanceJudge
from newswatch.pipeline.sanitize import clean_article
from newswatch.pipeline.store.articles import ArticleRepository, Judgement
from newswatch.pipeline.store.memory import CrawlMemory
from newswatch.pipeline.urls import normalize_url
from sqlalchemy.exc import SQLAlchemyError

log = logging.getLogger(__name__)

OutcomeStatus = Literal["stored", "duplicate", "known", "failed"]


@dataclass(frozen=True)
class Outcome:
    """What became of one page."""

    url: str
    status: OutcomeStatus
    relevant: bool = False
    article_id: int | None = None
    title: str | None = None
    reason: str | None = None


class ArticleProcessor:
    """Turns fetched pages into stored, judged articles.

    The crawler calls `process` for every article page it downloads; a page
    that cannot be extracted is recorded as a failure, never raised.
    """

    def __init__(
        self,
        articles: ArticleRepository,
        memory: CrawlMemory,
        judge: RelevanceJudge,
        rules: Mapping[str, ExtractionRules],
        organizations: OrganizationFinder | None = None,
    ) -> None:
        self._articles = articles
        self._memory = memory
        self._judge = judge
        self._rules = rules
        self._organizations = organizations

    def process(self, page: FetchedPage) -> Outcome:
        """Extract, judge and store one page; failures are recorded and returned.

        Whatever raises on the way (a canonical link with a bad port, an odd
        charset, a value the database refuses) is a failure of this page,
        recorded with the retry policy like a 404, so the page is not fetched
        again every cycle. A database error propagates: the store failed, not
        the page (the crawler then keeps no list validators, and the next
        cycle finds the page again).
        """
        try:
            return self._process(page)
        except SQLAlchemyError:
            raise
        except Exception as exc:
            reason = f"processing failed: {type(exc).__name__}: {exc}"
            self._memory.record_failure(page.url, page.source, page.status, reason)
            log.warning("page %s: %s", page.url, reason)
            return Outcome(page.url, "failed", reason=reason)

    def _process(self, page: FetchedPage) -> Outcome:
        try:
            article = extract_article(
                page.body,
                page.final_url or page.url,
                rules=self._rules.get(page.source),
                content_type=page.content_type,
            )
            # Untrusted text: controls and bidi overrides never reach the store.
            article = clean_article(article)
        except ExtractionError as exc:
            self._memory.record_failure(page.url, page.source, page.status, f"extraction: {exc}")
            log.warning("no article at %s: %s", page.url, exc)
            return Outcome(page.url, "failed", reason=str(exc))
        verdict = self._judge.judge(article.title, article.text)
        judgement = Judgement(
            score=verdict.score,
            relevant=verdict.relevant,
            matched_terms=dict(verdict.matched_terms),
            topics=verdict.to_json().get("topics", {}),
        )
        found = self._organizations.find(article.title, article.text) if self._organizations else ()
        result = self._articles.save(
            page.url,
            page.source,
            article,
            judgement,
            fingerprint(article.text),
            page.fetched_at,
            extra_urls=_other_spelling(page.url, page.final_url),
            canonical_url=next(iter(_other_spelling(page.url, article.canonical_url)), None),
            organizations=found,
        )
        return Outcome(
            page.url,
            result.status,
            relevant=result.relevant,
            article_id=result.article_id,
            title=article.title,
            reason=result.reason,
        )


def _other_spelling(url: str, candidate: str | None) -> tuple[str, ...]:
    """`candidate` normalized, if it is an http(s) URL other than `url`."""
    if candidate and candidate.startswith(("http://", "https://")):
        normalized = normalize_url(candidate)
        if normalized != url:
            return (normalized,)
    return ()
