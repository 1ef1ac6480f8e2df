"""Re-applying the lexicon to stored articles, with no download."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from newswatch.pipeline.relevance import RelevanceJudge
from newswatch.pipeline.store.database import Database
from newswatch.pipeline.store.schema import Article
from newswatch.pipeline.store.states import DECISIONS, ArticleStatus
from sqlalchemy import select

BATCH = 500


@dataclass
class RescoreReport:
    """What a rescore changed."""

    articles: int = 0
    score_changed: int = 0
    entered_queue: list[tuple[int, str]] = field(default_factory=list)
    left_queue: list[tuple[int, str]] = field(default_factory=list)
    reviewed_verdict_changed: list[tuple[int, str]] = field(default_factory=list)


def rescore(db: Database, judge: RelevanceJudge, *, dry_run: bool = False) -> RescoreReport:
    """Judge every stored article again and update its verdict.

    Articles a reviewer approved or rejected keep their status (their score
    and terms are updated, and reported when their verdict flipped); the
    others move between the queue ('new') and 'filtered' as the new verdict says.
    """
    report = RescoreReport()
    for ids in _id_batches(db):
        with db.session() as session:
            for article in session.scalars(select(Article).where(Article.id.in_(ids))):
                _rescore_one(article, judge, report)
            if dry_run:
                session.rollback()
    return report


def _id_batches(db: Database) -> Iterator[list[int]]:
    with db.session() as session:
        ids = list(session.scalars(select(Article.id).order_by(Article.id)))
    for start in range(0, len(ids), BATCH):
        yield ids[start : start + BATCH]


def _rescore_one(article: Article, judge: RelevanceJudge, report: RescoreReport) -> None:
    report.articles += 1
    verdict = judge.judge(article.title, article.text)
    if round(verdict.score, 4) != round(article.score, 4):
        report.score_changed += 1
    flipped = verdict.relevant != article.relevant
    article.score = verdict.score
    article.relevant = verdict.relevant
    article.matched_terms = dict(verdict.matched_terms)
    article.topics = verdict.to_json().get("topics", {})
    if article.status in DECISIONS:
        if flipped:
            report.reviewed_verdict_changed.append((article.id, article.title))
        return
    status = ArticleStatus.NEW if verdict.relevant else ArticleStatus.FILTERED
    if status != article.status:
        moved = report.entered_queue if status == ArticleStatus.NEW else report.left_queue
        moved.append((article.id, article.title))
        article.status = status
