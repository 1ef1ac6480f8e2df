"""Commands that look after the installation: `db`, `runs`, `sources`, `rescore`, `demo`."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime

from newswatch.config import load_config
from newswatch.pipeline.rescore import rescore
from newswatch.pipeline.store.database import (
    create_db_engine,
    current_revision,
    database_errors,
    displayed_url,
    head_revision,
    upgrade,
)
from newswatch.pipeline.store.runs import RunLog
from newswatch.pipeline.store.search import apply_search_index
from newswatch.scheduler.commands.present import format_health, format_rescore, format_runs
from newswatch.scheduler.health import source_health
from newswatch.scheduler.wiring import database_url, load


def runs(args: argparse.Namespace) -> int:
    """`newswatch runs`: the run history."""
    setup = load(args.config, args.db, create=False)
    recent = RunLog(setup.db).recent(args.limit, args.source)
    print(format_runs(recent, setup.config.timezone))
    return 0


def sources(args: argparse.Namespace) -> int:
    """`newswatch sources`: what is configured and how each source is doing."""
    setup = load(args.config, args.db, create=False)
    config = setup.config
    schedules = {s.name: s.schedule or f"{config.schedule} (default)" for s in config.sources}
    health = source_health(setup.db, config, datetime.now(UTC))
    if args.json:
        print(json.dumps([h.to_json() for h in health], ensure_ascii=False, indent=2))
        return 0
    print(format_health(health, schedules, config.timezone))
    return 0


def rescore_command(args: argparse.Namespace) -> int:
    """`newswatch rescore`: re-apply the lexicon to stored articles."""
    setup = load(args.config, args.db, create=False)
    report = rescore(
        setup.db, setup.judge(), dry_run=args.dry_run, organizations=setup.organizations()
    )
    print(format_rescore(report, args.dry_run))
    return 0


def db_upgrade(args: argparse.Namespace) -> int:
    """`newswatch db upgrade`: migrate the schema to this version's head."""
    config = load_config(args.config)
    url = database_url(args.config, args.db)
    engine = create_db_engine(url)
    try:
        with database_errors(url):
            before, after = upgrade(engine, url)
            with engine.begin() as connection:
                index = apply_search_index(connection, config.search_index)
    finally:
        engine.dispose()
    print(
        f"{displayed_url(url)}: schema {before or '(empty)'} -> {after}; "
        f"full-text search index {index}"
    )
    return 0


def db_status(args: argparse.Namespace) -> int:
    """`newswatch db status`."""
    url = database_url(args.config, args.db)
    engine = create_db_engine(url, create=False)
    try:
        with database_errors(url):
            revision = current_revision(engine)
    finally:
        engine.dispose()
    head = head_revision()
    state = "up to date" if revision == head else "needs `newswatch db upgrade`"
    print(
        f"{displayed_url(url)}: schema revision {revision or '(none)'}; "
        f"this newswatch needs {head}: {state}"
    )
    return 0


def demo(args: argparse.Namespace) -> int:
    """`newswatch demo`: the whole product, offline, on the bundled copy of the site."""
    from newswatch.scheduler.demo import run_demo

    return run_demo(port=args.port, db_url=args.db, serve=args.serve)
