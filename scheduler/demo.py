"""`newswatch demo`: the whole product, offline, on the bundled copy of xhby.net."""

from __future__ import annotations

import shlex
import sys
import tempfile
import time
from pathlib import Path

from newswatch.config import DEFAULT_CONFIG
from newswatch.pipeline.store.queue import QueueFilter, ReviewQueue
from newswatch.scheduler.commands.errors import CommandError
from newswatch.scheduler.commands.present import format_cycle, format_queue
from newswatch.scheduler.cycle import run_cycle
from newswatch.scheduler.demosite import site_root
from newswatch.scheduler.demosite.rebase import render_config
from newswatch.scheduler.demosite.server import SiteServer
from newswatch.scheduler.executors import executor_for
from newswatch.scheduler.wiring import load


def run_demo(port: int = 0, db_url: str | None = None, serve: bool = False) -> int:
    """Serve the local copy on 127.0.0.1, run one cycle of the default config on it."""
    root = site_root()
    if not (root / "index.html").is_file():
        raise CommandError(
            f"the demo site is missing from this installation ({root}); "
            "reinstall newswatch (pip install --force-reinstall newswatch)"
        )
    workdir = Path(tempfile.mkdtemp(prefix="newswatch-demo-"))
    db_url = db_url or f"sqlite:///{workdir / 'demo.db'}"
    with SiteServer(root, port=port) as server:
        config_path = render_config(
            DEFAULT_CONFIG,
            server.base_url,
            workdir / "sources.yaml",
            overrides={"download_delay": 0, "since": "2018-01-01"},
        )
        setup = load(config_path, db_url)
        names = [s.name for s in setup.config.sources if s.enabled]
        say(f"Serving a local copy of xhby.net (both page layouts) at {server.base_url}")
        say(f"Crawling it with the default config ({len(names)} sources) into {db_url} …\n")
        report = run_cycle(executor_for(setup.config), setup, names)
        print(format_cycle(report))
        queue = ReviewQueue(setup.db)
        articles = queue.articles(QueueFilter())
        print(f"\nThe review queue now holds {len(articles)} relevant article(s):\n")
        print(format_queue(articles, setup.config.timezone))
        from newswatch.scheduler.onboarding.demo import show_onboarding

        show_onboarding(config_path, server.base_url)
        opts = f"--config {shlex.quote(str(config_path))} --db {shlex.quote(db_url)}"
        print(
            "\nTry next:\n"
            f"  newswatch review show {articles[0].id if articles else 1} {opts}\n"
            f"  newswatch review approve {articles[0].id if articles else 1} --note 'demo' {opts}\n"
            f"  newswatch export --format csv {opts}\n"
            f"  newswatch orgs {opts}    (the organizations the articles name)\n"
            f"  newswatch runs {opts}\n"
            f"  newswatch check --config {shlex.quote(str(config_path))}   (with --serve)\n"
            f"  newswatch run {opts}    (a second cycle: nothing is downloaded again)"
        )
        if serve:
            say(f"\nThe site stays up at {server.base_url} until Ctrl-C.")
            try:
                while True:
                    time.sleep(3600)
            except KeyboardInterrupt:
                pass
    return 1 if report.failed else 0


def say(message: str) -> None:
    """Progress for the person watching (stderr, so stdout stays the report)."""
    print(message, file=sys.stderr, flush=True)
