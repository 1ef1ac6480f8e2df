"""`newswatch demo`: the whole product, offline, on the bundled copy of xhby.net."""

from __future__ import annotations

import shlex
import sys
import tempfile
import time
from pathlib import Path

from newswatch.config import DEFAULT_CONFIG
from newswatch.pipeline.store.database import displayed_url
from newswatch.pipeline.store.queue import QueueFilter, ReviewQueue
from newswatch.scheduler.cli_options import CONFIG_ENV, DB_ENV
from newswatch.scheduler.commands.errors import CommandError
from newswatch.scheduler.commands.present import format_cycle, format_queue
from newswatch.scheduler.cycle import run_cycle
from newswatch.scheduler.demosite import site_root
from newswatch.scheduler.demosite.rebase import render_config
from newswatch.scheduler.demosite.server import RouteTable, SiteServer
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
        say(
            f"Crawling it with the default config ({len(names)} sources) "
            f"into {displayed_url(db_url)} …\n"
        )
        report = run_cycle(executor_for(setup.config), setup, names)
        print(format_cycle(report))
        queue = ReviewQueue(setup.db)
        articles = queue.articles(QueueFilter())
        print(f"\nThe review queue now holds {len(articles)} relevant article(s):\n")
        print(format_queue(articles, setup.config.timezone))
        from newswatch.scheduler.onboarding.demo import show_onboarding

        show_onboarding(config_path, server.base_url)
        print(deliberate_faults(root, server.base_url))
        print(
            try_next(config_path, displayed_url(db_url), articles[0].id if articles else 1, serve)
        )
        if serve:
            say(
                f"\nServing the site copy at {server.base_url} until Ctrl-C: paste the "
                "commands above in another terminal."
            )
            try:
                while True:
                    time.sleep(3600)
            except KeyboardInterrupt:
                pass
        else:
            say("\nThe site copy stops now; `newswatch demo --serve` keeps it up for check/run.")
    return 1 if report.failed else 0


def command_name() -> str:
    """How to call this very newswatch from any shell: its full path (no venv needed)."""
    script = Path(sys.argv[0])
    if script.name == "newswatch" and script.is_file():
        return shlex.quote(str(script.absolute()))
    return f"{shlex.quote(sys.executable)} -m newswatch"


def try_next(config_path: Path, db_url: str, article_id: int, serving: bool) -> str:
    """Commands that work when pasted: full command path, the demo's files in env vars."""
    nw = command_name()
    live = "" if serving else "   (needs the site: newswatch demo --serve)"
    return "\n".join(
        [
            "\nTry next (paste into a shell):",
            f"  export {CONFIG_ENV}={shlex.quote(str(config_path))} {DB_ENV}={shlex.quote(db_url)}",
            f"  {nw} review list --status filtered    (what the filter left out)",
            f"  {nw} review show {article_id}",
            f"  {nw} review approve {article_id} --note demo",
            f"  {nw} serve    (the review page at http://127.0.0.1:8000/)",
            f"  {nw} export --format csv -o queue.csv",
            f"  {nw} orgs    (the organizations the articles name)",
            f"  {nw} runs",
            f"  {nw} check{live}",
            f"  {nw} run    (a second cycle: nothing is downloaded again){live}",
        ]
    )


def deliberate_faults(root: Path, base_url: str) -> str:
    """The site copy's faults, labelled as such: errors above that are meant to be there."""
    routes = RouteTable(root).current()
    faults = [
        f"  {base_url}{path} answers {route.status}"
        for path, route in sorted(routes.items())
        if route.status is not None and route.status >= 400
    ]
    return "\n".join(
        [
            "\nDeliberate faults of the site copy (not real errors: they show that a page",
            "that cannot be read is recorded, counted and retried, never lost):",
            *faults,
            "  and links to pages the copy does not hold answer 404",
        ]
    )


def say(message: str) -> None:
    """Progress for the person watching (stderr, so stdout stays the report)."""
    print(message, file=sys.stderr, flush=True)
