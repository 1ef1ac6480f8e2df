"""Commands on the review queue: `review list|show|approve|reject`, `export`, `serve`."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from newswatch.pipeline.store.queue import QueueFilter, ReviewQueue, UnknownArticle
from newswatch.scheduler.commands.errors import BadValue, CommandError, configured_source
from newswatch.scheduler.commands.present import format_article, format_decided, format_queue
from newswatch.scheduler.wiring import load


def _queue(args: argparse.Namespace) -> tuple[ReviewQueue, str]:
    setup = load(args.config, args.db, create=False)
    return ReviewQueue(setup.db), setup.config.timezone


def export(args: argparse.Namespace) -> int:
    """`newswatch export`: the queue or every article as JSON, JSON Lines, CSV or Atom."""
    from newswatch.scheduler import export as exporting

    output = _output_file(args.output) if args.output else None
    queue, _ = _queue(args)
    flt = exporting.export_filter(args.format, args.status, args.all)
    # The feed's date comes first, so that the feed is written an entry at a time.
    updated = queue.newest(flt) if args.format == "atom" else None
    records = (exporting.article_record(a) for a in queue.stream(flt))
    if output is not None:
        with output.open("w", encoding="utf-8", newline="") as out:
            exporting.write(records, args.format, out, updated)
    else:
        exporting.write(records, args.format, sys.stdout, updated)
    return 0


def _output_file(name: str) -> Path:
    """`-o FILE` checked before anything is read: its folder exists, it is no folder."""
    path = Path(name)
    if path.is_dir():
        raise BadValue(f"-o {name}: is a folder; name a file in it")
    if not path.parent.is_dir():
        raise BadValue(f"-o {name}: no folder {str(path.parent)!r}")
    return path


def review_list(args: argparse.Namespace) -> int:
    """`newswatch review list`."""
    setup = load(args.config, args.db, create=False)
    queue, tz = ReviewQueue(setup.db), setup.config.timezone
    if args.source:
        configured_source(setup.config, args.source)
    since = args.since.cutoff(tz) if args.since else None
    flt = QueueFilter(status=args.status, source=args.source, since=since, search=args.search)
    articles = queue.articles(flt, limit=args.limit)
    total = queue.total(flt)
    # A frequent search term stops counting at a thousand matches.
    counted = f"more than {total.count:,}" if total.more else str(total.count)
    print(format_queue(articles, tz))
    print(f"\n{len(articles)} of {counted} article(s) with status {args.status}")
    return 0


def review_show(args: argparse.Namespace) -> int:
    """`newswatch review show ID`."""
    queue, tz = _queue(args)
    try:
        article = queue.get(args.id)
    except UnknownArticle as exc:
        raise CommandError(str(exc)) from None
    print(format_article(article, tz))
    return 0


def review_decide(args: argparse.Namespace) -> int:
    """`newswatch review approve|reject ID...`."""
    queue, _ = _queue(args)
    try:
        articles = queue.decide(args.ids, args.decision, args.reviewer, args.note)
    except UnknownArticle as exc:
        raise CommandError(f"{exc}; nothing was changed") from None
    if articles:
        print(format_decided(articles, args.decision))
    return 0


def serve(args: argparse.Namespace) -> int:
    """`newswatch serve`: the review page until Ctrl-C."""
    from newswatch.scheduler.web.server import ServeOptions, UnsafeBind
    from newswatch.scheduler.web.server import serve as serve_page

    # One line per request (flow.install_access_log) is part of what serve prints.
    logging.getLogger("newswatch.web.access").setLevel(logging.INFO)
    options = ServeOptions(host=args.host, port=args.port, config_path=args.config, db_url=args.db)
    try:
        return serve_page(options)
    except UnsafeBind as exc:
        raise CommandError(str(exc)) from None
    except OSError as exc:
        raise CommandError(f"cannot listen on {args.host}:{args.port}: {exc.strerror}") from None
