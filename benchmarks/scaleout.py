"""Does a second Scrapyd node shorten a cycle?  Wall time over many sources, 1 node vs 2.

Builds a many-source copy of the site (the demo site plus --sources
sections /bNN/, each a list page with the 2023 layout's six article links
pointing at its own copies of the articles), serves it on 127.0.0.1 with
--latency seconds of delay on every article (a real site is not a loopback
file server), starts a throwaway PostgreSQL server and two Scrapyd nodes
(--max-proc crawls each), deploys the project to both with scrapyd-deploy,
then times one cycle of every source (`newswatch run` with the scrapyd
executor) on a fresh database: with node A only, then with nodes A and B.
For reference it also times the same cycle with the local executor (one
crawl process for all sources).  Prints figures; asserts nothing.

Both nodes run on this machine and share its CPUs: starting a crawl process
costs about a CPU-second, so on a small machine the ratio understates what
two machines give.

    .venv/bin/python benchmarks/scaleout.py [--sources 40] [--max-proc 4]
        [--latency 0.3] [--download-delay 1] [--skip-local]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
# Replace the script folder: benchmarks/incremental.py would shadow Twisted's `incremental`.
sys.path[0] = str(ROOT)

from newswatch.config.loader import DEFAULT_CONFIG  # noqa: E402
from newswatch.pipeline.store.database import open_database  # noqa: E402
from newswatch.scheduler.cycle import CrawlOptions, CycleReport, run_cycle  # noqa: E402
from newswatch.scheduler.demosite import site_root  # noqa: E402
from newswatch.scheduler.demosite.rebase import render_config  # noqa: E402
from newswatch.scheduler.executors import executor_for  # noqa: E402
from newswatch.scheduler.wiring import load  # noqa: E402

from tests.databases import PostgresServer, find_pg_bin  # noqa: E402
from tests.mockserver import MockServer  # noqa: E402
from tests.scrapyd_nodes import ScrapydNode, deploy  # noqa: E402

V2 = "xhby-suzhou"
LIST_PAGE = "sz/index.html"


def build_site(folder: Path, sections: int, latency: float) -> list[str]:
    """The site copy plus `sections` sections /bNN/ of its own articles; returns their paths."""
    root = folder / "www"
    shutil.copytree(site_root(), root)
    listing = (root / LIST_PAGE).read_text(encoding="utf-8")
    routes: dict[str, dict[str, float]] = {}
    lists = []
    for number in range(1, sections + 1):
        section = f"b{number:02d}"
        (root / section / "content").mkdir(parents=True)
        for article in (root / "content").glob("*.html"):
            shutil.copyfile(article, root / section / "content" / article.name)
            if latency:
                routes[f"/{section}/content/{article.name}"] = {"delay": latency}
        # Own article links; no pagination (every list page is the section's own).
        page = listing.replace('href="/content/', f'href="/{section}/content/')
        (root / section / "index.html").write_text(page, encoding="utf-8")
        lists.append(f"/{section}/index.html")
    table = yaml.safe_load((root / "_routes.yaml").read_text(encoding="utf-8")) or {}
    table.update(routes)
    (root / "_routes.yaml").write_text(yaml.safe_dump(table), encoding="utf-8")
    return lists


def write_config(
    site: MockServer,
    folder: Path,
    lists: list[str],
    database: str,
    nodes: list[str] | None,
    delay: float,
) -> Path:
    """A config with one source per section (the 2023 layout), on `nodes` or local."""
    config = render_config(
        DEFAULT_CONFIG,
        site.base_url,
        folder / "base.yaml",
        overrides={"download_delay": delay, "since": "2018-01-01"},
        app_overrides={"database": database},
    )
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    template = next(entry for entry in data["sources"] if entry["name"] == V2)
    data["sources"] = [
        dict(
            template,
            name=f"bench-{path.split('/')[1]}",
            start_urls=[site.url(path)],
            list_url_pattern=None,
            max_list_pages=1,
        )
        for path in lists
    ]
    data["autothrottle"] = False  # a fixed pace: the figures compare executors, not throttling
    if nodes:
        data["executor"] = {"kind": "scrapyd", "nodes": nodes, "poll_interval": 0.5}
    out = folder / f"bench-{len(nodes or [])}.yaml"
    out.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return out


def timed_cycle(config: Path, database: str) -> tuple[float, CycleReport]:
    """One cycle of every source of `config` into the fresh `database`; (seconds, report)."""
    open_database(database).dispose()  # the schema first, outside the timing
    setup = load(config, database)
    names = [source.name for source in setup.config.sources]
    started = time.monotonic()
    report = run_cycle(executor_for(setup.config), setup, names, CrawlOptions(log_level="ERROR"))
    seconds = time.monotonic() - started
    setup.db.dispose()
    return seconds, report


def summary(report: CycleReport) -> str:
    """Runs by outcome and articles found, for one line."""
    outcomes: dict[str, int] = {}
    for run in report.runs:
        outcomes[run.outcome] = outcomes.get(run.outcome, 0) + 1
    nodes = sorted({run.node for run in report.runs if run.node})
    totals = report.totals
    return (
        f"runs {outcomes}, {totals.pages} pages, {totals.articles_new} stored, "
        f"{totals.duplicates} duplicates" + (f", nodes {nodes}" if nodes else "")
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=int, default=40, help="sources (site sections)")
    parser.add_argument("--max-proc", type=int, default=4, help="crawls at once per node")
    parser.add_argument("--latency", type=float, default=0.3, help="seconds per article answer")
    parser.add_argument("--download-delay", type=float, default=1.0, help="per source")
    parser.add_argument("--skip-local", action="store_true", help="no local-executor figure")
    args = parser.parse_args()

    bin_dir = find_pg_bin()
    if bin_dir is None:
        print("PostgreSQL server binaries not found (scripts/test-services.sh installs them)")
        return 1
    folder = Path(tempfile.mkdtemp(prefix="newswatch-scaleout-"))
    # A folder of its own (mkdtemp's are private): the server may run as another user.
    postgres = PostgresServer(bin_dir, Path(tempfile.mkdtemp(prefix="newswatch-scaleout-pg-")))
    nodes: list[ScrapydNode] = []
    started = False
    try:
        postgres.start()
        started = True
        lists = build_site(folder, args.sources, args.latency)
        with MockServer(folder / "www") as site:
            for name in ("node-a", "node-b"):
                nodes.append(ScrapydNode(name, folder / name, max_proc=args.max_proc).start())
            deploy(nodes, folder)
            print(
                f"{args.sources} sources x 6 article links, {args.latency:g}s per article answer, "
                f"download_delay {args.download_delay:g}s, {args.max_proc} crawls per node"
            )
            results: dict[str, float] = {}
            rounds = [("1 node", [nodes[0].url]), ("2 nodes", [n.url for n in nodes])]
            if not args.skip_local:
                rounds.append(("local (1 process)", None))
            for label, urls in rounds:
                database = postgres.create_database("bench")
                config = write_config(site, folder, lists, database, urls, args.download_delay)
                seconds, report = timed_cycle(config, database)
                results[label] = seconds
                print(f"  {label:18} {seconds:7.1f} s   {summary(report)}")
            print(f"  ratio 1 node / 2 nodes: {results['1 node'] / results['2 nodes']:.2f}")
    finally:
        for node in nodes:
            node.close()
        try:
            if started:
                postgres.stop()
        finally:
            shutil.rmtree(folder, ignore_errors=True)
            shutil.rmtree(postgres.folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
