"""What each `newswatch` sub-command does; the parser lives in scheduler.cli."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import urllib.request
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from newswatch.config import load_config, topics_path
from newswatch.config.topics import load_topics
from newswatch.crawler.spiders.news import WalkOptions
from newswatch.pipeline.article import ExtractionError
from newswatch.pipeline.extract import extract_article
from newswatch.pipeline.relevance import RelevanceJudge
from newswatch.pipeline.rescore import rescore
from newswatch.pipeline.store.database import (
    create_db_engine,
    current_revision,
    head_revision,
    open_database,
    upgrade,
)
from newswatch.pipeline.store.queue import QueueFilter, ReviewQueue, UnknownArticle
from newswatch.pipeline.store.runs import RunLog
from newswatch.pipeline.store.schema import Article
from newswatch.pipeline.store.search import apply_search_index
from newswatch.scheduler import export as exporting
from newswatch.scheduler.display import local_time, safe, table
from newswatch.scheduler.executors import executor_for
from newswatch.scheduler.health import source_health
from newswatch.scheduler.lock import RunLock, lock_path_for
from newswatch.scheduler.preview import preview
from newswatch.scheduler.runner import CycleReport, run_cycle, stop_on_sigterm
from newswatch.scheduler.wiring import Setup, load


class CommandError(Exception):
    """A command could not do its work; `str()` is the message for the user."""


def run(args: argparse.Namespace) -> int:
    """`newswatch run`: one cycle over the enabled (or named) sources."""
    setup = load(args.config, args.db)
    names = args.source or [s.name for s in setup.config.sources if s.enabled]
    for name in names:
        try:
            setup.config.source(name)
        except KeyError as exc:
            raise CommandError(str(exc.args[0])) from None
    if not names:
        raise CommandError("no enabled source in the config")
    if setup.config.executor.kind == "scrapyd":
        # Every source a job on the least busy node, all at once (see docs/scaleout.md).
        if not args.quiet:
            print(
                f"newswatch: sending {len(names)} source(s) to "
                f"{len(setup.config.executor.nodes)} Scrapyd node(s) …",
                file=sys.stderr,
            )
        report = executor_for(setup.config).run(setup, names, log_level=_crawl_log_level(args))
    else:
        with RunLock(lock_path_for(setup.db_url)), stop_on_sigterm():
            if not args.quiet:
                print(
                    f"newswatch: crawling {len(names)} source(s) into {setup.db.displayed_url} …",
                    file=sys.stderr,
                )
            report = run_cycle(
                setup, names, timeout=args.timeout, log_level=_crawl_log_level(args)
            )
    if report.failed or not args.quiet:
        print(format_cycle(report))
    return 1 if report.failed else 0


def _crawl_log_level(args: argparse.Namespace) -> str:
    # Under --quiet (cron mails any output) a page that failed is not news: it is
    # counted in the run history; a failed cycle still prints its table.
    if args.verbose:
        return "INFO"
    return "CRITICAL" if args.quiet else "WARNING"


def daemon(args: argparse.Namespace) -> int:
    """`newswatch daemon`: scheduled cycles until SIGTERM/SIGINT; SIGHUP reloads."""
    from newswatch.scheduler.daemon import DaemonOptions, run_daemon

    # The daemon's own log (start, cycle summaries, stop) is its output.
    logging.getLogger("newswatch.scheduler.daemon").setLevel(logging.INFO)
    options = DaemonOptions(
        config_path=args.config,
        db_url=args.db,
        grace=args.grace,
        crawl_log_level="INFO" if args.verbose else "WARNING",
    )
    return run_daemon(options)


def serve(args: argparse.Namespace) -> int:
    """`newswatch serve`: the review page until Ctrl-C."""
    from newswatch.scheduler.web.server import ServeOptions, UnsafeBind
    from newswatch.scheduler.web.server import serve as serve_page

    options = ServeOptions(host=args.host, port=args.port, config_path=args.config, db_url=args.db)
    try:
        return serve_page(options)
    except UnsafeBind as exc:
        raise CommandError(str(exc)) from None
    except OSError as exc:
        raise CommandError(f"cannot listen on {args.host}:{args.port}: {exc.strerror}") from None


def backfill(args: argparse.Namespace) -> int:
    """`newswatch backfill SOURCE --since DATE`: walk deep into a source's archive on purpose."""
    setup = load(args.config, args.db)
    try:
        source = setup.config.source(args.source)
    except KeyError as exc:
        raise CommandError(str(exc.args[0])) from None
    try:
        day = date.fromisoformat(args.since)
    except ValueError:
        raise CommandError(f"--since {args.since!r} is not a date (YYYY-MM-DD)") from None
    since = datetime.combine(day, datetime.min.time(), ZoneInfo(setup.config.timezone))
    walk = WalkOptions(since=since, max_list_pages=args.max_pages, walk_all=True)
    with RunLock(lock_path_for(setup.db_url)), stop_on_sigterm():
        print(
            f"newswatch: backfilling {source.name} back to {day} "
            f"(at most {args.max_pages} list pages); each list page is reported as it is read",
            file=sys.stderr,
        )
        report = run_cycle(
            setup, [source.name], timeout=args.timeout, walks={source.name: walk}, progress=True
        )
    print(format_cycle(report))
    return 1 if report.failed else 0


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


def extract(args: argparse.Namespace) -> int:
    """`newswatch extract`: one page through the extractor."""
    rules = None
    if args.source:
        config = load_config(args.config)
        try:
            rules = config.rules_for(config.source(args.source))
        except KeyError as exc:
            raise CommandError(str(exc.args[0])) from None
    body, content_type, url = _read_target(args.target, args.url)
    try:
        article = extract_article(body, url, rules=rules, content_type=content_type)
    except ExtractionError as exc:
        raise CommandError(f"no article in {args.target}: {exc}") from None
    if args.json:
        keys = ("url", "title", "published_at", "source", "author", "editor", "tags", "text")
        data = article.to_json()
        print(json.dumps({k: data[k] for k in keys}, ensure_ascii=False, indent=2))
        return 0
    print(safe(article.title))
    print(f"published: {article.published_at.isoformat() if article.published_at else '-'}")
    for label, value in (
        ("source", article.source),
        ("author", article.author),
        ("editor", article.editor),
        ("tags", " ".join(article.tags)),
    ):
        print(f"{label}: {safe(value) or '-'}")
    print()
    print(safe(article.text, keep_newlines=True))
    return 0


def _read_target(target: str, url: str | None) -> tuple[bytes, str | None, str | None]:
    if target.startswith(("http://", "https://")):
        request = urllib.request.Request(target, headers={"User-Agent": _user_agent()})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.read(), response.headers.get("Content-Type"), url or target
        except OSError as exc:
            raise CommandError(f"cannot fetch {target}: {exc}") from None
    try:
        return Path(target).read_bytes(), None, url
    except OSError as exc:
        raise CommandError(f"cannot read {target}: {exc.strerror}") from None


def _user_agent() -> str:
    from newswatch.crawler.settings import USER_AGENT

    return USER_AGENT


def _queue(args: argparse.Namespace) -> tuple[ReviewQueue, str]:
    config = load_config(args.config)
    db = open_database(args.db or config.database)
    return ReviewQueue(db), config.timezone


def export(args: argparse.Namespace) -> int:
    """`newswatch export`: the queue or every article as JSON, JSON Lines, CSV or Atom."""
    queue, _ = _queue(args)
    flt = exporting.export_filter(args.format, args.status, args.all)
    records = (exporting.article_record(a) for a in queue.stream(flt))
    if args.output:
        with Path(args.output).open("w", encoding="utf-8", newline="") as out:
            exporting.write(records, args.format, out)
    else:
        exporting.write(records, args.format, sys.stdout)
    return 0


def review_list(args: argparse.Namespace) -> int:
    """`newswatch review list`."""
    queue, tz = _queue(args)
    since = None
    if args.since:
        try:
            since = datetime.fromisoformat(args.since).replace(tzinfo=ZoneInfo(tz))
        except ValueError:
            raise CommandError(f"--since {args.since!r} is not a date (YYYY-MM-DD)") from None
    flt = QueueFilter(status=args.status, source=args.source, since=since, search=args.search)
    articles = queue.list(flt, limit=args.limit)
    print(format_queue(articles, tz))
    print(f"\n{len(articles)} of {queue.count(flt)} article(s) with status {args.status}")
    return 0


def format_queue(articles: list[Article], tz: str) -> str:
    """A table of articles: id, time, status, score, source, title, matched terms."""
    rows = [
        [
            str(a.id),
            local_time(a.published_at, tz),
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


def review_show(args: argparse.Namespace) -> int:
    """`newswatch review show ID`."""
    queue, tz = _queue(args)
    try:
        a = queue.get(args.id)
    except UnknownArticle as exc:
        raise CommandError(str(exc)) from None
    terms = ", ".join(f"{safe(k)}×{v}" for k, v in a.matched_terms.items()) or "-"
    print(safe(a.title))
    print("=" * 40)
    for label, value in (
        ("id", str(a.id)),
        ("url", safe(a.url)),
        ("source", a.source),
        ("published", local_time(a.published_at, tz)),
        ("origin (来源)", safe(a.origin)),
        ("author", safe(a.author)),
        ("editor", safe(a.editor)),
        ("tags", safe(" ".join(a.tags))),
        ("status", a.status),
        ("relevant", f"{a.relevant} (score {a.score:.2f})"),
        ("matched", terms),
        ("fetched", local_time(a.fetched_at, tz)),
        ("extracted by", a.strategy),
    ):
        print(f"{label:>14}: {value or '-'}")
    for alias in a.aliases:
        print(f"{'also at':>14}: {safe(alias.url)} ({alias.reason})")
    for review in a.reviews:
        print(
            f"{'review':>14}: {review.decision} by {safe(review.reviewer)} "
            f"at {local_time(review.decided_at, tz)}"
            + (f": {safe(review.note)}" if review.note else "")
        )
    print()
    print(safe(a.text, keep_newlines=True))
    return 0


def review_decide(args: argparse.Namespace) -> int:
    """`newswatch review approve|reject ID...`."""
    queue, _ = _queue(args)
    try:
        articles = queue.decide(args.ids, args.decision, args.reviewer, args.note)
    except UnknownArticle as exc:
        raise CommandError(f"{exc}; nothing was changed") from None
    for a in articles:
        print(f"{a.id}: {args.decision} — {safe(a.title)}")
    return 0


def runs(args: argparse.Namespace) -> int:
    """`newswatch runs`: the run history."""
    config = load_config(args.config)
    db = open_database(args.db or config.database)
    recent = RunLog(db).recent(args.limit, args.source)
    # The Scrapyd node of each run, when crawls ran on nodes (see docs/scaleout.md).
    nodes = any(r.node for r in recent)
    rows = [
        [
            str(r.id),
            r.source,
            local_time(r.started_at, config.timezone),
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
    print(table(headers, rows, widths))
    return 0


def _duration(start: datetime, end: datetime | None) -> str:
    return f"{(end - start).total_seconds():.0f}s" if end else "-"


def sources(args: argparse.Namespace) -> int:
    """`newswatch sources`: what is configured and how each source is doing."""
    config = load_config(args.config)
    db = open_database(args.db or config.database)
    tz = config.timezone
    rows = []
    for h in source_health(db, config, datetime.now(UTC)):
        source = next((s for s in config.sources if s.name == h.name), None)
        schedule = (source.schedule or f"{config.schedule} (default)") if source else "-"
        rows.append(
            [
                h.name,
                h.state,
                "yes" if h.enabled else "no",
                schedule,
                local_time(h.last_run.started_at, tz) if h.last_run else "-",
                local_time(h.last_success, tz),
                local_time(h.last_new_article, tz),
                str(h.consecutive_failures),
            ]
        )
    print(
        table(
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
    )
    notes = {
        "failing": "its latest crawls failed: see `newswatch runs --source NAME`",
        "layout-changed": "a list page showed no article link: the site was probably "
        "redesigned; check the source's article_url_pattern with `newswatch preview`",
        "silent": "no new article for longer than its expect_new_within",
    }
    for h in source_health(db, config, datetime.now(UTC)):
        if h.state in notes:
            print(f"! {h.name}: {notes[h.state]}")
    return 0


def score(args: argparse.Namespace) -> int:
    """`newswatch score`: the relevance verdict for one text."""
    config = load_config(args.config)
    judge = RelevanceJudge.from_config(load_topics(topics_path(config, args.config)))
    if args.text_file == "-":
        text = sys.stdin.read()
    elif args.text_file:
        try:
            text = Path(args.text_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"cannot read {args.text_file}: {exc}") from None
    else:
        text = ""
    verdict = judge.judge(args.title, text)
    if args.json:
        print(json.dumps(verdict.to_json(), ensure_ascii=False, indent=2))
    else:
        for line in verdict.explain():
            print(safe(line))
    return 0


def preview_command(args: argparse.Namespace) -> int:
    """`newswatch preview SOURCE`: check a source's config against the live site."""
    config = load_config(args.config)
    try:
        source = config.source(args.source)
    except KeyError as exc:
        raise CommandError(str(exc.args[0])) from None
    try:
        problems = preview(config, source, args.limit)
    except OSError as exc:
        raise CommandError(f"cannot reach {source.start_urls[0]}: {exc}") from None
    return 1 if problems else 0


def explain(args: argparse.Namespace) -> int:
    """`newswatch explain ID`: why a stored article was judged as it was."""
    config = load_config(args.config)
    db = open_database(args.db or config.database)
    try:
        article = ReviewQueue(db).get(args.id)
    except UnknownArticle as exc:
        raise CommandError(str(exc)) from None
    judge = RelevanceJudge.from_config(load_topics(topics_path(config, args.config)))
    verdict = judge.judge(article.title, article.text)
    print(f"{article.id}: {safe(article.title)}")
    print(
        f"stored verdict: {'relevant' if article.relevant else 'not relevant'} "
        f"(score {article.score:.2f}, status {article.status})"
    )
    print("the current lexicon says:")
    for line in verdict.explain():
        print(f"  {safe(line)}")
    if verdict.relevant != article.relevant:
        print("the lexicon changed since it was stored: `newswatch rescore` applies it")
    return 0


def rescore_command(args: argparse.Namespace) -> int:
    """`newswatch rescore`: re-apply the lexicon to stored articles."""
    config = load_config(args.config)
    db = open_database(args.db or config.database)
    judge = RelevanceJudge.from_config(load_topics(topics_path(config, args.config)))
    report = rescore(db, judge, dry_run=args.dry_run)
    verb = "would change" if args.dry_run else "changed"
    print(f"{report.articles} article(s) judged again; scores {verb}: {report.score_changed}")
    for label, items in (
        ("entered the queue", report.entered_queue),
        ("left the queue", report.left_queue),
        ("reviewed, verdict flipped, status kept", report.reviewed_verdict_changed),
    ):
        print(f"{label}: {len(items)}")
        for article_id, title in items[:50]:
            print(f"  {article_id}: {safe(title)}")
    return 0


def db_upgrade(args: argparse.Namespace) -> int:
    """`newswatch db upgrade`: migrate the schema to this version's head."""
    config = load_config(args.config)
    url = args.db or config.database
    engine = create_db_engine(url)
    try:
        before, after = upgrade(engine, url)
        with engine.begin() as connection:
            index = apply_search_index(connection, config.search_index)
    finally:
        engine.dispose()
    print(f"{url}: schema {before or '(empty)'} -> {after}; full-text search index {index}")
    return 0


def db_status(args: argparse.Namespace) -> int:
    """`newswatch db status`."""
    url = args.db or load_config(args.config).database
    engine = create_db_engine(url)
    try:
        revision = current_revision(engine)
    finally:
        engine.dispose()
    head = head_revision()
    state = "up to date" if revision == head else "needs `newswatch db upgrade`"
    print(f"{url}: schema revision {revision or '(none)'}; this newswatch needs {head}: {state}")
    return 0


def demo(args: argparse.Namespace) -> int:
    """`newswatch demo`: the whole product, offline, on the bundled copy of the site."""
    from newswatch.scheduler.demo import run_demo

    return run_demo(port=args.port, db_url=args.db, serve=args.serve)


__all__ = ["CommandError", "Setup"]
