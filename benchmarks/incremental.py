"""What incremental crawling saves, and whether the known-URL check stays flat.

1. Requests and bytes the site serves for a no-change cycle and for a cycle
   after two new articles, newswatch beside a naive full re-crawl (the same
   crawler with no memory, as a tool that re-downloads everything would do).
2. Time of the crawler memory's known-URL check (one list page of 20 links)
   with 10k, 100k and 1M stored articles.

    .venv/bin/python benchmarks/incremental.py [--sizes 10000 100000 1000000]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Replace the script folder on the path: this file is named like Twisted's
# `incremental` dependency and would shadow it.
sys.path[0] = str(ROOT)

from newswatch.config import DEFAULT_CONFIG  # noqa: E402
from newswatch.pipeline.store.database import open_database  # noqa: E402
from newswatch.pipeline.store.memory import CrawlMemory  # noqa: E402
from newswatch.pipeline.store.schema import Article  # noqa: E402
from newswatch.scheduler.cycle import CrawlOptions, run_cycle  # noqa: E402
from newswatch.scheduler.demosite import site_root  # noqa: E402
from newswatch.scheduler.demosite.rebase import render_config  # noqa: E402
from newswatch.scheduler.executors import executor_for  # noqa: E402
from newswatch.scheduler.wiring import load  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from tests.mockserver import MockServer  # noqa: E402
from tests.site.publish import NEW_ARTICLES, add_articles  # noqa: E402

SITE = site_root()


def cycle(server: MockServer, config: Path, db_url: str) -> tuple[int, int]:
    """Run one cycle; (requests, bytes) the site served for it."""
    setup = load(config, db_url)
    server.clear()
    names = [s.name for s in setup.config.sources]
    run_cycle(executor_for(setup.config), setup, names, CrawlOptions(log_level="CRITICAL"))
    setup.db.dispose()
    records = server.log.records()
    return len(records), sum(r.bytes_sent or 0 for r in records)


def traffic(workdir: Path) -> list[tuple[str, int, int, int, int]]:
    root = workdir / "www"
    shutil.copytree(SITE, root)
    rows = []
    with MockServer(root) as server:
        config = render_config(
            DEFAULT_CONFIG, server.base_url, workdir / "sources.yaml",
            overrides={"download_delay": 0, "since": "2018-01-01"},
            app_overrides={"autothrottle": False},
        )
        kept = f"sqlite:///{workdir / 'newswatch.db'}"

        def naive() -> tuple[int, int]:
            fresh = workdir / "naive.db"
            fresh.unlink(missing_ok=True)
            return cycle(server, config, f"sqlite:///{fresh}")

        first = cycle(server, config, kept)
        rows.append(("first cycle (empty database)", *first, *naive()))
        rows.append(("no change", *cycle(server, config, kept), *naive()))
        add_articles(server, workdir, NEW_ARTICLES)
        rows.append(("two new articles", *cycle(server, config, kept), *naive()))
    return rows


def known_check(sizes: list[int]) -> list[tuple[int, float, float]]:
    results = []
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            db = open_database(f"sqlite:///{Path(tmp) / 'big.db'}")
            fill(db, size)
            memory = CrawlMemory(db)
            probes = [[f"https://www.xhby.net/content/s{(size - i * 997) % size:024x}.html"
                       for i in range(j, j + 20)] for j in range(0, 2000, 20)]
            timings = []
            for batch in probes:
                start = time.perf_counter()
                memory.known(batch)
                timings.append((time.perf_counter() - start) * 1000)
            results.append((size, statistics.median(timings), max(timings)))
            db.dispose()
    return results


def fill(db, size: int, chunk: int = 50_000) -> None:
    now = datetime.now(UTC)
    with db.engine.begin() as connection:
        for start in range(0, size, chunk):
            connection.execute(insert(Article), [
                {"url": f"https://www.xhby.net/content/s{i:024x}.html", "source": "bench",
                 "title": "t", "text": "x", "tags": [], "strategy": "bench",
                 "text_digest": f"{i:040x}", "sketch": [], "score": 0.0, "relevant": False,
                 "matched_terms": {}, "topics": {}, "status": "new", "fetched_at": now,
                 "created_at": now}
                for i in range(start, min(size, start + chunk))
            ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        rows = traffic(Path(tmp))
    print("traffic the site serves (robots.txt included)")
    print(f"{'cycle':<30}{'newswatch req':>15}{'bytes':>10}{'naive req':>12}{'bytes':>10}")
    for label, req, size, naive_req, naive_size in rows:
        print(f"{label:<30}{req:>15}{size:>10}{naive_req:>12}{naive_size:>10}")
    print("\nknown-URL check, 20 links per call, median / worst of 100 calls")
    print(f"{'stored articles':>16}{'median ms':>12}{'worst ms':>10}")
    for size, median, worst in known_check(args.sizes):
        print(f"{size:>16,}{median:>12.3f}{worst:>10.3f}")


if __name__ == "__main__":
    main()
