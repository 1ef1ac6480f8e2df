"""Learning from reviewers: every approve/reject is a labelled example for the lexicon.

Nothing here changes the lexicon. `suggest` proposes weight changes and new
terms with their evidence; `topics_patch` writes them as a unified diff of
topics.yaml that a person reads and applies. A term needs `min_support`
reviewed articles before anything is said about it.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from newswatch.config.topics import TopicsConfig
from newswatch.pipeline.relevance import RelevanceJudge
from newswatch.pipeline.store.database import Database
from newswatch.pipeline.store.schema import Article, Review
from newswatch.pipeline.store.states import ArticleStatus
from sqlalchemy import select
from sqlalchemy.orm import Session

MIN_SUPPORT = 5
LOW_PRECISION = 0.25  # reviewers reject at least 3 of 4 articles with the term: halve it
HIGH_PRECISION = 0.9  # reviewers approve at least 9 of 10: raise it by STEP
STEP = 0.5
MAX_WEIGHT = 3.0
MIN_WEIGHT = 0.25
NEW_TERM_WEIGHT = 1.0
FREQUENT = 0.5  # in at least half the articles of one side …
RARE = 0.1  # … and in at most a tenth of the other
MAX_NEW_TERMS = 5
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
NGRAM_SIZES = (2, 3, 4)


@dataclass(frozen=True)
class ReviewedArticle:
    """An article with the reviewers' last word on it."""

    title: str
    text: str
    approved: bool
    relevant: bool  # what the filter said


@dataclass(frozen=True)
class TermEvidence:
    """How reviewers decided on the reviewed articles in which a lexicon term matched."""

    topic: str
    term: str
    weight: float
    approved: int
    rejected: int

    @property
    def support(self) -> int:
        """Reviewed articles with the term."""
        return self.approved + self.rejected

    @property
    def precision(self) -> float | None:
        """Share of them approved (None without any)."""
        return self.approved / self.support if self.support else None


@dataclass(frozen=True)
class WeightChange:
    """A proposed new weight for a term, and why."""

    evidence: TermEvidence
    new_weight: float

    def describe(self) -> str:
        """One line of evidence for people."""
        e = self.evidence
        return (
            f"{e.term}: {e.weight:g} -> {self.new_weight:g} "
            f"({e.approved} of {e.support} reviewed articles with it approved)"
        )


@dataclass(frozen=True)
class NewTerm:
    """A word frequent on one side of the decisions and rare on the other."""

    topic: str
    term: str
    approved: int  # reviewed approved articles containing it
    rejected: int
    approved_total: int
    rejected_total: int

    @property
    def for_relevance(self) -> bool:
        """True: frequent in approved articles (a new phrase); False: in rejected ones."""
        return self.approved > self.rejected

    def describe(self) -> str:
        """One line of evidence for people."""
        return (
            f"{self.term}: in {self.approved} of {self.approved_total} approved and "
            f"{self.rejected} of {self.rejected_total} rejected articles"
        )


@dataclass
class Suggestions:
    """Everything `lexicon suggest` proposes."""

    reviewed: int = 0
    approved: int = 0
    changes: list[WeightChange] = field(default_factory=list)
    new_terms: list[NewTerm] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.changes or self.new_terms)


@dataclass(frozen=True)
class Agreement:
    """How often the filter's verdict and the reviewers' decision agreed."""

    reviewed: int
    agreed: int
    approved: int
    rejected: int

    @property
    def rate(self) -> float | None:
        """Share of reviewed articles where they agreed (None without any)."""
        return self.agreed / self.reviewed if self.reviewed else None


def reviewed_articles(db: Database, since: datetime | None = None) -> list[ReviewedArticle]:
    """Articles whose latest review decision (made since `since`) approved or rejected them."""
    with db.session() as session:
        latest = _latest_decisions(session, since)
        rows = session.execute(
            select(Article.id, Article.title, Article.text, Article.relevant).where(
                Article.id.in_(latest)
            )
        )
        return [
            ReviewedArticle(title, text, latest[aid] == ArticleStatus.APPROVED, relevant)
            for aid, title, text, relevant in rows
        ]


def agreement(db: Database, since: datetime | None = None) -> Agreement:
    """Filter/reviewer agreement on the articles decided since `since`: relevant and
    approved, or not relevant and rejected."""
    with db.session() as session:
        latest = _latest_decisions(session, since)
        verdicts = session.execute(
            select(Article.id, Article.relevant).where(Article.id.in_(latest))
        ).all()
    approved = [latest[aid] == ArticleStatus.APPROVED for aid, _ in verdicts]
    return Agreement(
        reviewed=len(verdicts),
        agreed=sum(ok == relevant for ok, (_, relevant) in zip(approved, verdicts, strict=True)),
        approved=sum(approved),
        rejected=len(approved) - sum(approved),
    )


def _latest_decisions(session: Session, since: datetime | None) -> dict[int, str]:
    """Article id -> its latest decision (among those made since `since`)."""
    query = select(Review.article_id, Review.decision).order_by(Review.decided_at, Review.id)
    if since is not None:
        query = query.where(Review.decided_at >= since)
    return {article_id: decision for article_id, decision in session.execute(query)}


def term_evidence(topics: TopicsConfig, reviewed: Sequence[ReviewedArticle]) -> list[TermEvidence]:
    """Every lexicon term with the decisions on the reviewed articles it matches
    (matched again with the current lexicon, exclusions applied)."""
    judge = RelevanceJudge.from_config(topics)
    approved: Counter[tuple[str, str]] = Counter()
    rejected: Counter[tuple[str, str]] = Counter()
    for article in reviewed:
        verdict = judge.judge(article.title, article.text)
        for topic, topic_verdict in verdict.topics.items():
            for term in topic_verdict.matched_terms:
                (approved if article.approved else rejected)[(topic, term)] += 1
    return [
        TermEvidence(topic, term, weight, approved[(topic, term)], rejected[(topic, term)])
        for topic, config in topics.topics.items()
        for term, weight in config.phrases.items()
    ]


def suggest(
    topics: TopicsConfig,
    reviewed: Sequence[ReviewedArticle],
    *,
    min_support: int = MIN_SUPPORT,
) -> Suggestions:
    """Weight changes for terms with enough evidence, and new terms (see module docstring)."""
    result = Suggestions(reviewed=len(reviewed), approved=sum(a.approved for a in reviewed))
    for evidence in term_evidence(topics, reviewed):
        new_weight = _new_weight(evidence, min_support)
        if new_weight is not None:
            result.changes.append(WeightChange(evidence, new_weight))
    # New terms go to the first topic: decisions say relevant or not, not which topic.
    first = next(iter(topics.topics))
    phrases = {p for config in topics.topics.values() for p in config.phrases}
    result.new_terms = _new_terms(first, phrases, reviewed, min_support)
    return result


def _new_weight(evidence: TermEvidence, min_support: int) -> float | None:
    precision = evidence.precision
    if precision is None or evidence.support < min_support:
        return None
    if precision <= LOW_PRECISION and evidence.weight > MIN_WEIGHT:
        return max(MIN_WEIGHT, round(evidence.weight / 2, 2))
    if precision >= HIGH_PRECISION and evidence.weight < MAX_WEIGHT:
        return min(MAX_WEIGHT, evidence.weight + STEP)
    return None


def _ngrams(text: str) -> set[str]:
    grams: set[str] = set()
    for run in _HAN_RUN.findall(text):
        for size in NGRAM_SIZES:
            grams.update(run[i : i + size] for i in range(len(run) - size + 1))
    return grams


def _new_terms(
    topic: str,
    phrases: set[str],
    reviewed: Sequence[ReviewedArticle],
    min_support: int,
) -> list[NewTerm]:
    approved = [a for a in reviewed if a.approved]
    rejected = [a for a in reviewed if not a.approved]
    if not approved or not rejected:
        return []
    df_a: Counter[str] = Counter()
    df_r: Counter[str] = Counter()
    for article in approved:
        df_a.update(_ngrams(f"{article.title}\n{article.text}"))
    for article in rejected:
        df_r.update(_ngrams(f"{article.title}\n{article.text}"))
    found = []
    for gram in set(df_a) | set(df_r):
        if any(gram in p or p in gram for p in phrases):
            continue
        a, r = df_a[gram], df_r[gram]
        favours_a = a >= min_support and a >= FREQUENT * len(approved) and r <= RARE * len(rejected)
        favours_r = r >= min_support and r >= FREQUENT * len(rejected) and a <= RARE * len(approved)
        if favours_a or favours_r:
            found.append(NewTerm(topic, gram, a, r, len(approved), len(rejected)))
    return _maximal(found)[:MAX_NEW_TERMS]


def _maximal(terms: Iterable[NewTerm]) -> list[NewTerm]:
    """Drop a term when a longer one containing it has the same counts (the same evidence)."""
    ordered = sorted(terms, key=lambda t: (-max(t.approved, t.rejected), -len(t.term), t.term))
    kept: list[NewTerm] = []
    for term in ordered:
        if not any(
            term.term in k.term and (k.approved, k.rejected) == (term.approved, term.rejected)
            for k in kept
        ):
            kept.append(term)
    return kept


def topics_patch(text: str, label: str, suggestions: Suggestions) -> str:
    """`suggestions` as a unified diff of the lexicon file `text` ('' when there are none).

    Lines are edited in place, so the file's comments and layout survive; each
    changed or added line carries its evidence as a YAML comment.
    """
    lines = text.splitlines(keepends=True)
    for change in suggestions.changes:
        _set_weight(lines, change)
    for topic in dict.fromkeys(t.topic for t in suggestions.new_terms):
        _add_terms(lines, topic, [t for t in suggestions.new_terms if t.topic == topic])
    patched = "".join(lines)
    if patched == text:
        return ""
    return "".join(
        difflib.unified_diff(
            text.splitlines(keepends=True),
            patched.splitlines(keepends=True),
            fromfile=f"a/{label}",
            tofile=f"b/{label}",
        )
    )


def _phrases_block(lines: list[str], topic: str) -> tuple[int, int, str] | None:
    """(first, end, indent) of the phrase lines of `topic`, or None if not found."""
    topic_line = next(
        (i for i, line in enumerate(lines) if re.match(rf"\s+{re.escape(topic)}:\s*$", line)), None
    )
    if topic_line is None:
        return None
    start = next(
        (i for i in range(topic_line + 1, len(lines)) if re.match(r"\s+phrases:\s*$", lines[i])),
        None,
    )
    if start is None:
        return None
    outer = len(lines[start]) - len(lines[start].lstrip())
    end = start + 1
    indent = " " * (outer + 2)
    while end < len(lines):
        line = lines[end]
        stripped = line.strip()
        if stripped and len(line) - len(line.lstrip()) <= outer:
            break
        end += 1
    for i in range(start + 1, end):
        if lines[i].strip() and not lines[i].strip().startswith("#"):
            indent = lines[i][: len(lines[i]) - len(lines[i].lstrip())]
            break
    return start + 1, end, indent


def _set_weight(lines: list[str], change: WeightChange) -> None:
    block = _phrases_block(lines, change.evidence.topic)
    if block is None:
        return
    first, end, _ = block
    pattern = re.compile(rf"^(\s+){re.escape(change.evidence.term)}:\s*[0-9.]+(.*)$")
    for i in range(first, end):
        match = pattern.match(lines[i].rstrip("\n"))
        if match:
            e = change.evidence
            lines[i] = (
                f"{match.group(1)}{e.term}: {change.new_weight:g}  # lexicon suggest: was "
                f"{e.weight:g}; {e.approved} of {e.support} reviewed articles with it approved\n"
            )
            return


def _add_terms(lines: list[str], topic: str, terms: list[NewTerm]) -> None:
    block = _phrases_block(lines, topic)
    if block is None:
        return
    first, end, indent = block
    last = max(
        (
            i
            for i in range(first, end)
            if lines[i].strip() and not lines[i].lstrip().startswith("#")
        ),
        default=first - 1,
    )
    added = []
    for term in terms:
        evidence = term.describe()
        if term.for_relevance:
            added.append(
                f"{indent}{term.term}: {NEW_TERM_WEIGHT:g}  # lexicon suggest: {evidence}\n"
            )
        else:
            added.append(
                f"{indent}# lexicon suggest: reviewers reject articles with {evidence}; "
                "consider an exclusion\n"
            )
    lines[last + 1 : last + 1] = added
