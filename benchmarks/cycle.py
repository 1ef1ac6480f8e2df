"""One monitoring cycle over the local xhby.net copy, politeness off.

Prints articles/s and ms per article for the whole cycle (crawl child process,
HTTP, extraction, relevance, SQLite), for newswatch's extraction + judging
alone, and for bare `trafilatura.extract` over the same pages, in one run.

    .venv/bin/python benchmarks/cycle.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import trafilatura

ROOT = Path(__file__).resolve().parent.parent
# Replace the script folder: benchmarks/incremental.py would shadow Twisted's `incremental`.
sys.path[0] = str(ROOT)

from newswatch.config import DEFAULT_CONFIG, load_config, load_topics, topics_path  # noqa: E402
from newswatch.pipeline.extract import extract_article  # noqa: E402
from newswatch.pipeline.relevance import RelevanceJudge  # noqa: E402
from newswatch.scheduler.cycle import CrawlOptions, run_cycle  # noqa: E402
from newswatch.scheduler.demosite import site_root  # noqa: E402
from newswatch.scheduler.demosite.rebase import render_config  # noqa: E402
from newswatch.scheduler.executors import executor_for  # noqa: E402
from newswatch.scheduler.wiring import load  # noqa: E402

from tests.mockserver import MockServer  # noqa: E402

SITE = site_root()


def is_article(path: str) -> bool:
    return path.startswith("/content/s") or ("/t20" in path and path.endswith(".shtml"))


def one_cycle(server: MockServer, workdir: Path) -> tuple[float, int, list[str]]:
    config = render_config(
        DEFAULT_CONFIG, server.base_url, workdir / "sources.yaml",
        overrides={"download_delay": 0, "since": "2018-01-01", "concurrency": 8},
        app_overrides={"database": f"sqlite:///{workdir / 'bench.db'}", "autothrottle": False},
    )
    setup = load(config, None)
    names = [s.name for s in setup.config.sources]
    server.clear()
    start = time.perf_counter()
    report = run_cycle(executor_for(setup.config), setup, names, CrawlOptions(log_level="CRITICAL"))
    elapsed = time.perf_counter() - start
    setup.db.dispose()
    if report.failed:
        raise SystemExit(f"cycle failed: {[r.message for r in report.runs]}")
    pages = [p for p in server.paths() if is_article(p)]
    return elapsed, report.totals.articles_new, pages


def per_page_ms(func, bodies: list[tuple[str, bytes]], rounds: int = 5) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for url, body in bodies:
            func(url, body)
        best = min(best, (time.perf_counter() - start) / len(bodies) * 1000)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="cycles to time (fresh DB each)")
    args = parser.parse_args()
    config = load_config()
    judge = RelevanceJudge.from_config(load_topics(topics_path(config, None)))
    rules = {s.name: config.rules_for(s) for s in config.sources}
    with MockServer(SITE) as server:
        timings = []
        for _ in range(args.repeat):
            with tempfile.TemporaryDirectory() as tmp:
                elapsed, stored, pages = one_cycle(server, Path(tmp))
            timings.append(elapsed)
        bodies = []
        for page in sorted(set(pages)):
            try:
                with urllib.request.urlopen(server.url(page)) as response:
                    bodies.append((server.url(page), response.read()))
            except urllib.error.HTTPError:
                continue  # the copy's 404 and 500 links

    def newswatch(url: str, body: bytes) -> None:
        rule = rules["xhby-suzhou" if "/content/" in url else "xhby-suzhou-trs"]
        article = extract_article(body, url, rules=rule)
        judge.judge(article.title, article.text)

    def bare(url: str, body: bytes) -> None:
        trafilatura.extract(body, url=url)

    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import newswatch.scheduler.crawl"], check=True, cwd=ROOT)
    startup = time.perf_counter() - start
    cycle = statistics.median(timings)
    fetched = len(pages)
    print(f"site copy: {fetched} article pages fetched, {stored} stored, "
          f"cycle wall time median of {args.repeat}: {cycle:.2f} s "
          f"(of which {startup:.2f} s is the crawl child's Python start-up and imports)")
    print()
    print(f"{'what':<44}{'articles/s':>12}{'ms/article':>12}")
    rows = [
        ("whole cycle (HTTP + extract + judge + store)", fetched / cycle, cycle / fetched * 1000),
    ]
    for label, func in (("newswatch extract + judge, in process", newswatch),
                        ("bare trafilatura.extract, in process", bare)):
        ms = per_page_ms(func, bodies)
        rows.append((label, 1000 / ms, ms))
    for label, rate, ms in rows:
        print(f"{label:<44}{rate:>12.1f}{ms:>12.2f}")


if __name__ == "__main__":
    main()
