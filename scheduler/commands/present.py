"""Everything the commands show: tables and reports as text, scraped text made safe.

Commands compute; this module decides how it reads. Scraped text goes through
`safe` here, so no command prints it raw.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from newswatch.pipeline.article import ExtractedArticle, TimePrecision
from newswatch.scheduler.display import local_time, safe, table
from newswatch.scheduler.onboarding.wording import suggestion_in

if TYPE_CHECKING:
    # Annotations only: `review list` must not load the crawler, the relevance
    # judge or the organization finder just to print a table.
    from newswatch.pipeline.relevance.verdict import Verdict
    from newswatch.pipeline.rescore import RescoreReport
    from newswatch.pipeline.store.schema import Article, Run
    from newswatch.scheduler.cycle import CycleReport
    from newswatch.scheduler.health import SourceHealth

# What `newswatch sources` adds under the table for a source in trouble.
HEALTH_NOTES = {
    "failing": "its latest crawls failed: see `newswatch runs --source NAME`",
    "layout-changed": "a list page showed no article link: the site was probably "
    "redesigned; check the source's article_url_pattern with `newswatch preview`",
    "silent": "no new article for longer than its expect_new_within",
    "unreachable": "no list page could be read in its latest crawl: "
    "see `newswatch runs --source NAME`",
}


def format_cycle(report: CycleReport) -> str:
    """The cycle summary: a row per source, the totals, then each run's note in full."""
    rows = [
        [
            r.source,
            r.outcome,
            str(r.pages),
            str(r.articles_new),
            str(r.relevant),
            str(r.duplicates),
            str(r.errors),
        ]
        for r in report.runs
    ]
    t = report.totals
    text = table(
        ["source", "outcome", "pages", "new", "relevant", "dupes", "errors"],
        rows,
        [24, 11, 6, 6, 8, 6, 6],
    )
    notes = "".join(f"\n! {r.source}: {safe(r.message)}" for r in report.runs if r.message)
    return (
        f"{text}\n\ntotal: {len(report.runs)} source(s), {t.pages} pages, "
        f"{t.articles_new} new articles, {t.relevant} relevant, {t.duplicates} duplicates, "
        f"{t.errors} errors{notes}"
    )


def format_queue(articles: Sequence[Article], tz: str) -> str:
    """A table of articles: id, time, status, score, source, title, matched terms."""
    rows = [
        [
            str(a.id),
            local_time(a.published_at, tz, a.published_precision),
            a.status,
            f"{a.score:.1f}",
            a.source,
            safe(a.title),
            safe(", ".join(a.matched_terms)),
        ]
        for a in articles
    ]
    return table(
        ["id", "published", "status", "score", "source", "title", "matched"],
        rows,
        [6, 16, 8, 6, 18, 60, 40],
    )


def format_article(a: Article, tz: str) -> str:
    """One stored article in full: its fields, aliases, reviews, then its text."""
    terms = ", ".join(f"{safe(k)}×{v}" for k, v in a.matched_terms.items()) or "-"
    lines = [safe(a.title), "=" * 40]
    for label, value in (
        ("id", str(a.id)),
        ("url", safe(a.url)),
        ("source", a.source),
        ("published", local_time(a.published_at, tz, a.published_precision)),
        ("origin (来源)", safe(a.origin)),
        ("author", safe(a.author)),
        ("editor", safe(a.editor)),
        ("tags", safe(" ".join(a.tags))),
        ("status", a.status),
        ("relevant", f"{a.relevant} (score {a.score:.2f})"),
        ("matched", terms),
        ("organizations", safe("、".join(dict.fromkeys(m.organization.name for m in a.mentions)))),
        ("fetched", local_time(a.fetched_at, tz)),
        ("extracted by", a.strategy),
    ):
        lines.append(f"{label:>14}: {value or '-'}")
    for alias in a.aliases:
        lines.append(f"{'also at':>14}: {safe(alias.url)} ({alias.reason})")
    for review in a.reviews:
        lines.append(
            f"{'review':>14}: {review.decision} by {safe(review.reviewer)} "
            f"at {local_time(review.decided_at, tz)}"
            + (" (overruled the filter)" if review.disagrees else "")
            + (f": {safe(review.note)}" if review.note else "")
        )
    lines += ["", safe(a.text, keep_newlines=True)]
    return "\n".join(lines)


def format_decided(articles: Sequence[Article], decision: str) -> str:
    """One line per article a reviewer just decided."""
    return "\n".join(f"{a.id}: {decision} — {safe(a.title)}" for a in articles)


def format_runs(recent: Sequence[Run], tz: str) -> str:
    """The run history table; a node column when some crawls ran on Scrapyd nodes."""
    nodes = any(r.node for r in recent)
    rows = [
        [
            str(r.id),
            r.source,
            local_time(r.started_at, tz),
            _duration(r.started_at, r.finished_at),
            r.outcome,
            str(r.pages),
            str(r.articles_new),
            str(r.relevant),
            str(r.errors),
            *([safe(r.node or "local")] if nodes else []),
            safe(r.message or ""),
        ]
        for r in recent
    ]
    headers = ["run", "source", "started", "took", "outcome", "pages", "new", "relevant"]
    widths = [6, 24, 16, 8, 11, 6, 5, 8, 6]
    headers += ["errors", *(["node"] if nodes else []), "note"]
    widths += [*([21] if nodes else []), 50]
    return table(headers, rows, widths)


def _duration(start: datetime, end: datetime | None) -> str:
    return f"{(end - start).total_seconds():.0f}s" if end else "-"


def format_health(health: Sequence[SourceHealth], schedules: dict[str, str], tz: str) -> str:
    """The `sources` table, then a line of advice per source in trouble."""
    rows = [
        [
            h.name,
            h.state,
            "yes" if h.enabled else "no",
            schedules.get(h.name, "-"),
            local_time(h.last_run.started_at, tz) if h.last_run else "-",
            local_time(h.last_success, tz),
            local_time(h.last_new_article, tz),
            str(h.consecutive_failures),
        ]
        for h in health
    ]
    text = table(
        [
            "source",
            "state",
            "enabled",
            "schedule",
            "last run",
            "last success",
            "last new article",
            "failures",
        ],
        rows,
        [24, 14, 7, 20, 16, 16, 16, 8],
    )
    notes = [note for h in health if (note := _health_note(h))]
    return "\n".join([text, *notes])


def _health_note(h: SourceHealth) -> str | None:
    """Advice for a source in trouble, ending with the fix its last run's note suggests."""
    fix = suggestion_in(h.last_finished.message if h.last_finished else None)
    if h.state not in HEALTH_NOTES and not fix:
        return None
    note = HEALTH_NOTES.get(h.state, "its latest crawl met a problem")
    return f"! {h.name}: {note}" + (f"; {safe(fix)}" if fix else "")


# The fields `newswatch extract --json` prints, in order.
EXTRACT_JSON_KEYS = (
    "url",
    "title",
    "published_at",
    "published_precision",
    "source",
    "author",
    "editor",
    "tags",
    "text",
)


def _published(article: ExtractedArticle) -> str:
    """The ISO time, or only the date when the page gave no time."""
    if article.published_at is None:
        return "-"
    if article.published_precision == TimePrecision.DAY:
        return article.published_at.date().isoformat()
    return article.published_at.isoformat()


def format_extracted(article: ExtractedArticle, as_json: bool) -> str:
    """An extracted page: JSON of its fields, or its metadata then its text."""
    if as_json:
        data = article.to_json()
        return json.dumps({k: data[k] for k in EXTRACT_JSON_KEYS}, ensure_ascii=False, indent=2)
    lines = [
        safe(article.title),
        f"published: {_published(article)}",
    ]
    for label, value in (
        ("source", article.source),
        ("author", article.author),
        ("editor", article.editor),
        ("tags", " ".join(article.tags)),
    ):
        lines.append(f"{label}: {safe(value) or '-'}")
    lines += ["", safe(article.text, keep_newlines=True)]
    return "\n".join(lines)


def format_extracted_line(name: str, article: ExtractedArticle | None, error: str | None) -> str:
    """One JSON Lines record of a folder's extraction: the file and its fields, or why not."""
    if article is None:
        return json.dumps({"file": name, "error": error}, ensure_ascii=False)
    data = article.to_json()
    return json.dumps({"file": name, **{k: data[k] for k in EXTRACT_JSON_KEYS}}, ensure_ascii=False)


def format_verdict(verdict: Verdict, as_json: bool) -> str:
    """A relevance verdict: JSON, or its explanation line by line."""
    if as_json:
        return json.dumps(verdict.to_json(), ensure_ascii=False, indent=2)
    return "\n".join(safe(line) for line in verdict.explain())


def format_explanation(article: Article, verdict: Verdict) -> str:
    """The stored verdict of an article beside what the current lexicon says."""
    lines = [
        f"{article.id}: {safe(article.title)}",
        f"stored verdict: {'relevant' if article.relevant else 'not relevant'} "
        f"(score {article.score:.2f}, status {article.status})",
        "the current lexicon says:",
        *(f"  {safe(line)}" for line in verdict.explain()),
    ]
    if verdict.relevant != article.relevant:
        lines.append("the lexicon changed since it was stored: `newswatch rescore` applies it")
    return "\n".join(lines)


def format_rescore(report: RescoreReport, dry_run: bool) -> str:
    """What a rescore changed (or would change)."""
    verb = "would change" if dry_run else "changed"
    lines = [f"{report.articles} article(s) judged again; scores {verb}: {report.score_changed}"]
    lines.append(
        f"organizations: {report.mentions} mention(s) in {report.with_organizations} article(s)"
    )
    for label, items in (
        ("entered the queue", report.entered_queue),
        ("left the queue", report.left_queue),
        ("reviewed, verdict flipped, status kept", report.reviewed_verdict_changed),
    ):
        lines.append(f"{label}: {len(items)}")
        lines += [f"  {article_id}: {safe(title)}" for article_id, title in items[:50]]
    return "\n".join(lines)
