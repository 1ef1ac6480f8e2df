"""Re-applying the lexicon (and the organization finder) to stored articles, with no download."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from newswatch.pipeline.organizations import OrganizationFinder
from newswatch.pipeline.relevance import RelevanceJudge
from newswatch.pipeline.store.database import Database
from newswatch.pipeline.store.organizations import replace_mentions
from newswatch.pipeline.store.retry import upsert_when_locked
from newswatch.pipeline.store.schema import Article
from newswatch.pipeline.store.states import DECISIONS
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
    # organizations found again (when a finder was given)
    with_organizations: int = 0
    mentions: int = 0

    def add(self, other: RescoreReport) -> None:
        """Count `other` (one batch's report) in this one."""
        self.articles += other.articles
        self.score_changed += other.score_changed
        self.entered_queue += other.entered_queue
        self.left_queue += other.left_queue
        self.reviewed_verdict_changed += other.reviewed_verdict_changed
        self.with_organizations += other.with_organizations
        self.mentions += other.mentions


def rescore(
    db: Database,
    judge: RelevanceJudge,
    *,
    dry_run: bool = False,
    organizations: OrganizationFinder | None = None,
) -> RescoreReport:
    """Judge every stored article again and update its verdict.

    Articles a reviewer approved or rejected keep their status (their score
    and terms are updated, and reported when their verdict flipped); the
    others move between the queue ('new') and 'filtered' as the new verdict says.
    With `organizations`, every article's organization mentions are found again.
    """
    report = RescoreReport()
    for ids in _id_batches(db):

        def batch(ids: list[int] = ids) -> RescoreReport:
            part = RescoreReport()
            with db.session() as session:
                for article in session.scalars(select(Article).where(Article.id.in_(ids))):
                    _rescore_one(article, judge, part)
                    if organizations is not None:
                        found = organizations.find(article.title, article.text)
                        part.with_organizations += bool(found)
                        part.mentions += replace_mentions(session, article.id, found)
                if dry_run:
                    session.rollback()
            return part

        # A crawl running meanwhile may hold the lock, or create an organization
        # this batch is creating too: the batch then runs again from its start.
        report.add(upsert_when_locked(batch, what="rescore"))
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
    # An undecided article stays undecided; its verdict alone moves it
    # between the queue and the filtered ones.
    if flipped:
        moved = report.entered_queue if verdict.relevant else report.left_queue
        moved.append((article.id, article.title))
