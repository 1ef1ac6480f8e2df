"""Years of articles without slowing down: crawl, store, commands and review at scale.

Prints, in one run (figures, no assertions):

- crawl CPU per article of `newswatch run` and of a bare Scrapy spider calling
  `trafilatura.extract(with_metadata=True)`, over the same synthetic site in
  the xhby.net 2023 layout served on 127.0.0.1 (--articles pages, 20 per list
  page, concurrency 8, no delay), and their ratio;
- `ArticleRepository.save` CPU (and wall) time per new article with 0, 20k and --stored
  articles already stored (bulk-filled with the rows the store writes:
  tests/support/scale_corpus.py), and the last/0 ratio;
- `newswatch --version` and `newswatch review list` wall times;
- with --stored articles: queue page, search (page + count, all articles: a
  rare term, a frequent one, two characters) and `export --all` time, export
  peak RSS, database size per article and the full-text index's share.

The last line is `crawl ratio X.XX; store 100k/0 ratio Y.YY; version Z.ZZ s;
export-all peak N MB`. The default run takes about five minutes on two cores.

    .venv/bin/python benchmarks/scale.py [--articles 2000] [--stored 100000]
        [--repeat 1] [--skip-crawl | --only-crawl [--profile DIR] | --only-store]

--only-store runs the store costs and the near-duplicate comparison alone
(no crawl, review or commands); its last line is `store 100k/0 ratio Y.YY`.

`--only-crawl` runs the crawl comparison alone (its last line is `crawl
ratio X.XX`); with `--profile DIR` the `newswatch run` of the last repeat runs
under cProfile (every thread of both of its processes, the cycle parent and
the crawl child), saved in DIR, and the crawl child's CPU is shown by
component. Profiled runs are not counted in the ratio (cProfile slows Python
code several times more than C code).
"""

from __future__ import annotations

import argparse
import gc
import os
import pstats
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Replace the script folder: benchmarks/incremental.py would shadow Twisted's `incremental`.
sys.path[0] = str(ROOT)

from newswatch.config import DEFAULT_CONFIG  # noqa: E402
from newswatch.pipeline.fingerprint import fingerprint  # noqa: E402
from newswatch.pipeline.store.articles import ArticleRepository  # noqa: E402
from newswatch.pipeline.store.database import Database, open_database  # noqa: E402
from newswatch.pipeline.store.queue import QueueFilter, ReviewQueue  # noqa: E402
from newswatch.pipeline.store.search import FTS_TABLE  # noqa: E402
from newswatch.scheduler.demosite import site_root  # noqa: E402
from newswatch.scheduler.demosite.rebase import render_config  # noqa: E402
from newswatch.scheduler.demosite.server import SiteServer  # noqa: E402
from sqlalchemy import text  # noqa: E402

from tests.support.scale_corpus import Corpus, SingleAnchorIndex, bulk_store  # noqa: E402

SOURCE = "xhby-suzhou"
PER_PAGE = 20
TEMPLATE_ARTICLE = site_root() / "content" / "s64112da8e4b06a9611d981ad.html"
TEMPLATE_LIST = site_root() / "sz" / "index.html"
NEWSWATCH = [sys.executable, "-m", "newswatch"]
SAVES = 300  # new articles timed at each database size
COPIES = 100  # planted near-duplicate copies at the largest size

BARE_SPIDER = textwrap.dedent(
    """
    import re, sys
    import scrapy, trafilatura
    from scrapy.crawler import CrawlerProcess

    class Bare(scrapy.Spider):
        name = "bare"
        start_urls = [sys.argv[1]]

        def parse(self, response):
            links = response.css("h3.li-title a::attr(href), .pagination a::attr(href)")
            for href in links.getall():
                url = response.urljoin(href)
                if "/content/" in url:
                    yield scrapy.Request(url, callback=self.article)
                else:
                    yield scrapy.Request(url)

        def article(self, response):
            doc = trafilatura.extract(response.text, url=response.url, with_metadata=True)
            EXTRACTED.append(doc is not None)
            yield {"url": response.url, "ok": doc is not None}

    EXTRACTED = []

    process = CrawlerProcess({
        "LOG_LEVEL": "ERROR", "ROBOTSTXT_OBEY": True, "DOWNLOAD_DELAY": 0,
        "CONCURRENT_REQUESTS": 8, "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
        "AUTOTHROTTLE_ENABLED": False, "TELNETCONSOLE_ENABLED": False,
        "COOKIES_ENABLED": False,
    })
    process.crawl(Bare)
    process.start()
    print(sum(EXTRACTED))
    """
)


# ------------------------------------------------------------------ the site


def build_site(root: Path, articles: int, corpus: Corpus) -> None:
    """A copy of the xhby.net 2023 layout: `articles` article pages behind list pages."""
    shutil.copytree(site_root(), root)
    shutil.rmtree(root / "content")
    (root / "content").mkdir()
    page = TEMPLATE_ARTICLE.read_text(encoding="utf-8")
    listing = TEMPLATE_LIST.read_text(encoding="utf-8")
    item = re.search(r'( *<div class="article-li">.*?</div>\n *</div>\n *</div>\n)', listing, re.S)
    assert item is not None, "list template changed"
    newest = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
    entries = []
    for number in range(articles):
        published = newest - timedelta(hours=3 * number)
        path = f"/content/s{int(published.timestamp()):08x}e4b0{number:012x}.html"
        title = f"苏州第{number}期社会组织公益创投项目推进会召开"
        paragraphs = [corpus.text(3) for _ in range(5)]
        if number % 3 == 0:
            paragraphs[1] = "全市社会组织积极参与社区治理，" + paragraphs[1]
        body = "\n".join(f"          <p>{p}</p>" for p in paragraphs)
        html = re.sub(
            r"<h1 class=\"article-title\">.*?</h1>", f'<h1 class="article-title">{title}</h1>', page
        )
        html = re.sub(r"<title>.*?</title>", f"<title>{title}_新华报业网</title>", html)
        html = re.sub(
            r'<span class="time">.*?</span>',
            f'<span class="time">{published:%Y-%m-%d %H:%M}</span>',
            html,
        )
        html = re.sub(
            r'(<div class="article-content">).*?(\n      </div>)',
            lambda m, body=body: m.group(1) + "\n" + body + m.group(2),
            html,
            flags=re.S,
        )
        (root / path.lstrip("/")).write_text(html, encoding="utf-8")
        entries.append((path, title, published))
    pages = [entries[i : i + PER_PAGE] for i in range(0, len(entries), PER_PAGE)]
    head = listing[: listing.index('<div class="article-list">')]
    tail = listing[listing.index('      <div class="pagination">') :]
    for index, chunk in enumerate(pages, start=1):
        items = "".join(
            re.sub(r'href="/[^"]*"', f'href="{path}"', item.group(1), count=1)
            .replace(">苏州南站综合交通枢纽主体工程完工<", f">{title}<")
            .replace("2026-03-20 08:50", f"{published:%Y-%m-%d %H:%M}")
            for path, title, published in chunk
        )
        following = f"/sz/index_{index + 1}.html"
        pager = f'<a class="next" href="{following}">下一页</a>' if index < len(pages) else ""
        html = (
            head
            + f'<div class="article-list">\n{items}      </div>\n'
            + re.sub(
                r'<div class="pagination">.*?</div>', f'<div class="pagination">{pager}</div>', tail
            )
        )
        name = "index.html" if index == 1 else f"index_{index}.html"
        (root / "sz" / name).write_text(html, encoding="utf-8")


# ------------------------------------------------------------------ crawling


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def crawl_newswatch(
    server: SiteServer, workdir: Path, articles: int, env: dict[str, str] | None = None
) -> tuple[float, int]:
    """CPU seconds of one `newswatch run` of the site into a fresh database, articles stored."""
    db_file = workdir / "crawl.db"
    db_file.unlink(missing_ok=True)
    config = render_config(
        DEFAULT_CONFIG, server.base_url, workdir / "sources.yaml",
        overrides={"download_delay": 0, "since": "2018-01-01", "concurrency": 8,
                   "max_list_pages": articles // PER_PAGE + 1},
        app_overrides={"database": f"sqlite:///{db_file}", "autothrottle": False},
    )  # fmt: skip
    before = _children_cpu()
    done = subprocess.run(
        [*NEWSWATCH, "run", "--config", str(config), "--source", SOURCE],
        capture_output=True,
        text=True,
        env=env,
    )
    cpu = _children_cpu() - before
    if done.returncode != 0:
        raise SystemExit(f"newswatch run failed ({done.returncode}): {done.stderr[-2000:]}")
    db = open_database(f"sqlite:///{db_file}", create=False)
    with db.session() as session:
        stored = session.scalar(text("SELECT count(*) FROM articles")) or 0
    db.dispose()
    return cpu, stored


def crawl_bare(server: SiteServer, workdir: Path) -> tuple[float, int]:
    """CPU seconds of the bare spider over the same site, articles it extracted."""
    script = workdir / "bare.py"
    script.write_text(BARE_SPIDER, encoding="utf-8")
    before = _children_cpu()
    done = subprocess.run(
        [sys.executable, str(script), server.url("/sz/index.html")], capture_output=True, text=True
    )
    cpu = _children_cpu() - before
    if done.returncode != 0:
        raise SystemExit(f"bare spider failed: {done.stderr[-2000:]}")
    return cpu, int(done.stdout.split()[-1])


# Benchmark-only: put on PYTHONPATH as sitecustomize.py, it profiles every
# thread of every Python process started with NEWSWATCH_BENCH_PROFILE set and
# writes DIR/<pid>.prof (merged threads) and DIR/<pid>.argv at exit.
_PROFILE_HOOK = textwrap.dedent(
    """
    import atexit, cProfile, os, sys, threading, time

    _DIR = os.environ.get("NEWSWATCH_BENCH_PROFILE")
    if _DIR:
        _profiles = []

        # Each thread's own CPU clock: wall time would count waiting (for the
        # network, the GIL, a busy machine) and a process clock other threads' work.
        def _thread_started(*_args):
            profile = cProfile.Profile(time.thread_time)
            _profiles.append(profile)
            profile.enable()  # replaces this hook for the thread

        def _save():
            import pstats
            for profile in _profiles:
                profile.disable()
            merged = pstats.Stats(_profiles[0])
            for profile in _profiles[1:]:
                try:
                    merged.add(profile)
                except TypeError:  # a thread that never ran Python code
                    pass
            merged.dump_stats(os.path.join(_DIR, f"{os.getpid()}.prof"))
            with open(os.path.join(_DIR, f"{os.getpid()}.argv"), "w") as out:
                out.write(" ".join(sys.argv))

        threading.setprofile(_thread_started)
        _main = cProfile.Profile(time.thread_time)
        _profiles.append(_main)
        atexit.register(_save)
        _main.enable()
    """
)

# Components of the crawl child's CPU, by the file a function lives in (first match).
COMPONENTS = [
    ("extraction (pipeline/extract)", "/pipeline/extract/"),
    ("fingerprint", "/pipeline/fingerprint"),
    ("relevance", "/pipeline/relevance/"),
    ("organizations", "/pipeline/organizations/"),
    ("store (pipeline/store)", "/pipeline/store/"),
    ("newswatch crawler", "/crawler/"),
    ("newswatch other", "newswatch"),
    ("sqlalchemy", "/sqlalchemy/"),
    ("scrapy", "/scrapy/"),
    ("twisted", "/twisted/"),
    ("parsel/w3lib/url libs", ("/parsel/", "/w3lib/", "/urllib/", "/tldextract/")),
    ("lxml/html5 parsers", ("/lxml/", "html5")),
    ("trafilatura/htmldate/justext", ("/trafilatura/", "/htmldate/", "/justext/", "/courlan/")),
    ("logging", "/logging/"),
    ("import machinery", ("<frozen importlib", "importlib")),
]


def _component(filename: str, name: str) -> str:
    if filename == "~":  # a C function: charged to who calls it, see _split
        return "C builtins"
    for label, marks in COMPONENTS:
        if any(mark in filename for mark in ((marks,) if isinstance(marks, str) else marks)):
            return label
    return "other Python"


def _split(stats: pstats.Stats) -> dict[str, float]:
    """Own time (tottime) by component; a C function's time goes to its callers' components."""
    shares: dict[str, float] = {}
    raw = stats.stats  # type: ignore[attr-defined]
    for (filename, _line, name), (_cc, _nc, tottime, _ct, callers) in raw.items():
        label = _component(filename, name)
        if label == "C builtins" and callers:
            # Split by how much time each caller spent in it.
            total = sum(c[3] for c in callers.values()) or 1.0
            for (cfile, _cl, cname), c in callers.items():
                owner = _component(cfile, cname)
                if owner == "C builtins":
                    owner = "C builtins"
                shares[owner] = shares.get(owner, 0.0) + tottime * c[3] / total
            continue
        shares[label] = shares.get(label, 0.0) + tottime
    return shares


# Cumulative times of the crawl child's steps (function names as cProfile spells them).
STEPS = [
    ("ArticleProcessor.process", "process.py", "process"),
    ("  extract_article", "extract/core.py", "extract_article"),
    ("    parse_html", "extract/document.py", "parse_html"),
    ("    trafilatura.bare_extraction", "trafilatura/core.py", "bare_extraction"),
    ("  clean_article", "sanitize.py", "clean_article"),
    ("  RelevanceJudge.judge", "relevance/judge.py", "judge"),
    ("  OrganizationFinder.find", "organizations/finder.py", "find"),
    ("  fingerprint", "fingerprint.py", "fingerprint"),
    ("  ArticleRepository.save", "store/articles.py", "save"),
    ("NewsSpider.parse_list", "spiders/news.py", "parse_list"),
    ("NewsSpider.parse_article", "spiders/news.py", "parse_article"),
    ("SinkPipeline.process_item", "crawler/pipelines.py", "process_item"),
    ("lxml HTML parse (fromstring/document_fromstring)", "lxml/html/__init__.py",
     "document_fromstring"),
    ("imports at start-up", "<frozen importlib._bootstrap>", "_find_and_load"),
]  # fmt: skip


def show_profile(folder: Path, stored: int) -> None:
    """The profiled run's CPU by process, the crawl child's by component and by step."""
    for prof in sorted(folder.glob("*.prof")):
        argv = prof.with_suffix(".argv").read_text()
        stats = pstats.Stats(str(prof))
        total = stats.total_tt  # type: ignore[attr-defined]
        child = "newswatch.scheduler.crawl" in argv or "scheduler/crawl.py" in argv
        role = "crawl child" if child else "cycle parent"
        print(f"\nprofile of the {role} ({prof}): {total:.2f} s under cProfile, "
              f"{total / max(stored, 1) * 1000:.2f} ms per stored article")  # fmt: skip
        shares = _split(stats)
        for label, seconds in sorted(shares.items(), key=lambda kv: -kv[1]):
            if seconds / total >= 0.005:
                print(f"  {label:<40}{seconds:8.2f} s {seconds / total:6.1%}")
        if not child:
            continue
        print("  steps (cumulative)")
        raw = stats.stats  # type: ignore[attr-defined]
        for label, where, name in STEPS:
            cum = sum(
                v[3] for (f, _l, n), v in raw.items() if n == name and f.endswith(where)
            ) if not where.startswith("<") else sum(
                v[3] for (f, _l, n), v in raw.items() if n == name and f == where
            )  # fmt: skip
            print(f"    {label:<48}{cum:8.2f} s {cum / max(stored, 1) * 1000:7.2f} ms/article")
        print("  top functions by own time")
        stats.sort_stats("tottime").print_stats(25)


def crawl_figures(
    workdir: Path, articles: int, repeat: int, corpus: Corpus, profile: Path | None = None
) -> float:
    """Print the crawl comparison (medians of `repeat` alternating runs); returns the ratio."""
    build_site(workdir / "www", articles, corpus)
    with SiteServer(workdir / "www") as server:
        ours: list[float] = []
        bare: list[float] = []
        stored = fetched = profiled = 0
        for _ in range(repeat):
            cpu, stored = crawl_newswatch(server, workdir, articles)
            ours.append(cpu / max(stored, 1) * 1000)
            cpu, fetched = crawl_bare(server, workdir)
            bare.append(cpu / max(fetched, 1) * 1000)
        if profile is not None:
            profile.mkdir(parents=True, exist_ok=True)
            hook = workdir / "profile-hook"
            hook.mkdir(exist_ok=True)
            (hook / "sitecustomize.py").write_text(_PROFILE_HOOK, encoding="utf-8")
            env = dict(os.environ, NEWSWATCH_BENCH_PROFILE=str(profile))
            env["PYTHONPATH"] = os.pathsep.join(
                filter(None, [str(hook), os.environ.get("PYTHONPATH")])
            )
            for old in profile.glob("*.prof"):
                old.unlink()
            _cpu, profiled = crawl_newswatch(server, workdir, articles, env=env)
    if not ours:  # --repeat 0: the profile only
        if profile is not None:
            show_profile(profile, profiled)
        return float("nan")
    ratio = statistics.median(ours) / statistics.median(bare)
    load = os.getloadavg()
    print(f"crawl of {articles} articles, CPU ms per article (whole process), "
          f"median of {repeat}; load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")  # fmt: skip
    print(f"  {'newswatch run':<26}{statistics.median(ours):8.2f}  ({stored} stored)  "
          + " ".join(f"{v:.2f}" for v in ours))  # fmt: skip
    print(f"  {'bare Scrapy+trafilatura':<26}{statistics.median(bare):8.2f}"
          f"  ({fetched} extracted)  "
          + " ".join(f"{v:.2f}" for v in bare))  # fmt: skip
    print(f"  {'ratio':<26}{ratio:8.2f}")
    if profile is not None:
        show_profile(profile, profiled)
    return ratio


# ------------------------------------------------------------------ storing


def time_saves(
    db: Database, corpus: Corpus, first: int, index: SingleAnchorIndex
) -> tuple[list[float], list[float]]:
    """CPU and wall milliseconds of `ArticleRepository.save` for SAVES new articles.

    SQLite runs in this process, so CPU time is the store's whole work; wall
    time on a shared machine also holds other people's load. The new
    articles are added to `index`. The last save also pays for checkpointing
    what is left in the write-ahead log, so that the mean holds every
    checkpoint these saves caused, however large the log may grow.
    """
    repo = ArticleRepository(db)
    now = datetime.now(UTC)
    cpu, walls = [], []
    for number in range(first, first + SAVES):
        story = corpus.story(number)
        fp = fingerprint(story.article.text)
        start, start_cpu = time.perf_counter(), time.process_time()
        result = repo.save(story.url, "bench", story.article, story.judgement, fp, now)
        cpu.append((time.process_time() - start_cpu) * 1000)
        walls.append((time.perf_counter() - start) * 1000)
        if result.status != "stored":
            raise SystemExit(f"article {number} was not new: {result}")
        index.add(result.article_id, fp)
    # The log these saves left is copied into the file now and charged to the
    # last one: a save that ends before the checkpoint did not save its cost.
    start, start_cpu = time.perf_counter(), time.process_time()
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
    cpu[-1] += (time.process_time() - start_cpu) * 1000
    walls[-1] += (time.perf_counter() - start) * 1000
    return cpu, walls


def settle(db: Database) -> None:
    """Leave the saves only their own costs.

    The bulk load is written out (WAL checkpoint, dirty pages), and the
    millions of objects of this script's in-memory comparison index are moved
    out of the garbage collector's sight: otherwise every full collection
    triggered during a save walks them all, a cost a crawl never pays.
    """
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    os.sync()
    gc.collect()
    gc.freeze()


def store_costs(
    db: Database, corpus: Corpus, sizes: list[int]
) -> tuple[list[tuple[int, list[float], list[float]]], SingleAnchorIndex]:
    """Save timings with each of `sizes` articles stored (filled in increasing order)."""
    results = []
    everything = SingleAnchorIndex({})
    stored = 0
    fresh = 10_000_000  # numbers of the timed articles: never among the filled ones
    for size in sizes:
        if size > stored:
            for article_id, fp in bulk_store(db, corpus, size - stored, first=stored).items():
                everything.add(article_id, fp)
        stored = size
        settle(db)
        results.append((size, *time_saves(db, corpus, fresh, everything)))
        fresh += SAVES
    return results, everything


def recall(db: Database, corpus: Corpus, before: SingleAnchorIndex) -> tuple[int, int, int]:
    """Planted copies found by the single-anchor lookup, by the store, and disagreements.

    Copies the store keeps as new are not indexed: each copy is compared with
    the same stored articles by both lookups.
    """
    repo = ArticleRepository(db)
    now = datetime.now(UTC)
    shares = corpus.shares()
    old = new = differ = 0
    with db.session() as session:
        last = session.scalar(text("SELECT max(id) FROM articles")) or 1
        originals = [
            session.scalar(text("SELECT text FROM articles WHERE id = :id"), {"id": i})
            for i in range(1, last, max(1, last // COPIES))
        ]
    for number, original in enumerate(originals, start=20_000_000):
        story = corpus.story(number, corpus.edited(original or "", next(shares)))
        fp = fingerprint(story.article.text)
        expected, _likeness = before.twin(fp)
        result = repo.save(story.url, "copies", story.article, story.judgement, fp, now)
        old += expected is not None
        new += result.status == "duplicate"
        differ += (expected is not None) != (result.status == "duplicate")
    return old, new, differ


# ------------------------------------------------------------------ commands and review


# Runs a command and prints its exit code, CPU seconds and peak RSS (KB). A
# child forked from this big process would start with this process's resident
# pages counted as its own (Linux carries the high-water mark through fork and
# exec), so a small interpreter starts the command instead.
_MEASURE = (
    "import os, subprocess, sys\n"
    "child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
    "_pid, status, usage = os.wait4(child.pid, 0)\n"
    "print(os.waitstatus_to_exitcode(status), usage.ru_utime + usage.ru_stime, usage.ru_maxrss)\n"
)


@dataclass(frozen=True)
class Measured:
    """One command's wall and CPU seconds and peak RSS in MB."""

    wall: float
    cpu: float
    peak_mb: float


def measure(command: list[str], repeat: int = 1) -> Measured:
    """Median wall and CPU seconds, and peak RSS, of `repeat` runs of `command`."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", _MEASURE, *command], capture_output=True, text=True, check=True
        )
        elapsed = time.perf_counter() - start
        code, cpu, kilobytes = done.stdout.split()
        if code != "0":
            raise SystemExit(f"{' '.join(command)} failed: {done.stderr[-2000:]}")
        runs.append(Measured(elapsed, float(cpu), int(kilobytes) / 1024))
    return Measured(
        statistics.median(r.wall for r in runs),
        statistics.median(r.cpu for r in runs),
        max(r.peak_mb for r in runs),
    )


def _p90(values: list[float]) -> float:
    return statistics.quantiles(values, n=10)[-1]


def ms(action, repeat: int = 5) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Median CPU and wall milliseconds of `action()` (SQLite works in this process)."""
    cpu, walls = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        action()
        cpu.append((time.process_time() - start_cpu) * 1000)
        walls.append((time.perf_counter() - start) * 1000)
    return statistics.median(cpu), statistics.median(walls)


def review_figures(
    db: Database, corpus: Corpus, rare: str
) -> list[tuple[str, tuple[float, float]]]:
    """Queue page and search timings (ms) as the review page runs them: a fresh
    ReviewQueue per request, page 1 (50 rows) plus the count the page shows (a
    search stops counting past SEARCH_COUNT_CAP: "1,000+")."""
    flt = QueueFilter()
    total = ReviewQueue(db).count(flt)
    last = max(0, (total - 1) // 50 * 50)

    def page(shown: QueueFilter, offset: int = 0) -> None:
        queue = ReviewQueue(db)
        queue.articles(shown, offset=offset)
        queue.total(shown)

    figures = [
        ("queue page 1 (list + count)", ms(lambda: page(flt))),
        (f"queue last page (offset {last:,})", ms(lambda: page(flt, last))),
    ]
    searches = {
        "rare": rare,
        "common": corpus.common_word(3),
        # More than one trigram: the FTS5 rows are checked again with LIKE (search.py).
        "common, checked": corpus.common_word(4),
        "short": corpus.common_word(2),
        "short, few hits": "慈善",
    }
    for label, term in searches.items():
        searched = QueueFilter(status="all", include_irrelevant=True, search=term)
        counted = ReviewQueue(db).total(searched)
        hits = f"{counted.count:,}+" if counted.more else f"{counted.count:,}"
        figures.append(
            (f"search {label} ({len(term)} chars), {hits} hits", ms(lambda s=searched: page(s)))
        )
    new_only = QueueFilter(search=corpus.common_word(3))
    figures.append(("search common, queue of new ones", ms(lambda: page(new_only))))
    figures.append(("search common, page 20", ms(lambda: page(new_only, 950))))
    return figures


def size_figures(db: Database, db_file: Path) -> tuple[float, float | None]:
    """KiB per stored article, and the full-text index's share of the file (None: unknown)."""
    with db.engine.connect() as connection:
        count = connection.scalar(text("SELECT count(*) FROM articles")) or 1
        try:
            fts = connection.scalar(
                text("SELECT sum(pgsize) FROM dbstat WHERE name LIKE :name"),
                {"name": f"{FTS_TABLE}%"},
            )
            whole = connection.scalar(text("SELECT sum(pgsize) FROM dbstat"))
        except Exception:  # SQLite built without dbstat
            fts = whole = None
    share = fts / whole if fts and whole else None
    return db_file.stat().st_size / count / 1024, share


# ------------------------------------------------------------------ main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="site size (default 2000)")
    parser.add_argument("--stored", type=int, default=100_000, help="largest database")
    parser.add_argument("--repeat", type=int, default=1, help="crawls of each spider (median)")
    part = parser.add_mutually_exclusive_group()
    part.add_argument("--skip-crawl", action="store_true")
    part.add_argument("--only-crawl", action="store_true", help="the crawl comparison alone")
    part.add_argument(
        "--only-store", action="store_true", help="store costs and near-duplicates only"
    )
    parser.add_argument(
        "--profile", type=Path, help="with --only-crawl: profile one more newswatch run into DIR"
    )
    args = parser.parse_args()
    if args.profile is not None and not args.only_crawl:
        parser.error("--profile goes with --only-crawl")
    corpus = Corpus(seed=2026)
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        ratio = float("nan")
        if not (args.skip_crawl or args.only_store):
            ratio = crawl_figures(workdir, args.articles, args.repeat, corpus, args.profile)
        if args.only_crawl:
            print(f"crawl ratio {ratio:.2f}")
            return

        db_file = workdir / "big.db"
        db_url = f"sqlite:///{db_file}"
        db = open_database(db_url)
        sizes = sorted({0, min(20_000, args.stored), args.stored})
        costs, before = store_costs(db, corpus, sizes)
        print("\nArticleRepository.save per new article (ms)")
        # The mean holds the saves that pay for a WAL checkpoint (SQLite copies
        # the log into the file in the committing connection, every
        # WAL_AUTOCHECKPOINT_PAGES pages written, and the last save pays for
        # the rest): the median is a typical save, without one.
        print(
            f"{'stored':>10}{'CPU mean':>10}{'CPU median':>12}{'CPU p90':>9}"
            f"{'wall median':>13}{'wall p90':>10}"
        )
        for size, cpu, walls in costs:
            print(
                f"{size:>10,}{statistics.mean(cpu):>10.2f}{statistics.median(cpu):>12.2f}"
                f"{_p90(cpu):>9.2f}{statistics.median(walls):>13.2f}{_p90(walls):>10.2f}"
            )
        store_ratio = statistics.mean(costs[-1][1]) / statistics.mean(costs[0][1])
        median_ratio = statistics.median(costs[-1][1]) / statistics.median(costs[0][1])
        wall_ratio = statistics.median(costs[-1][2]) / statistics.median(costs[0][2])
        print(
            f"  {args.stored:,}/0 ratio: CPU mean {store_ratio:.2f}, CPU median "
            f"{median_ratio:.2f}, wall median {wall_ratio:.2f}"
        )
        old, new, differ = recall(db, corpus, before)
        print(
            f"near-duplicate copies planted at {args.stored:,}: single-anchor lookup finds "
            f"{old}, band keys {new}, {differ} disagree"
        )
        load = ", ".join(f"{figure:.2f}" for figure in os.getloadavg())
        print(f"load average {load} (1, 5, 15 min)")
        if args.only_store:
            db.dispose()
            print(f"store {args.stored // 1000}k/0 ratio {store_ratio:.2f}")
            return

        with db.session() as session:
            rare = session.scalar(text("SELECT substr(text, 40, 5) FROM articles WHERE id = 77"))
        with db.session() as session:
            total = session.scalar(text("SELECT count(*) FROM articles")) or 0
        print(f"\nreview with {total:,} articles stored{'CPU ms':>22}{'wall ms':>9}")
        for label, (cpu, elapsed) in review_figures(db, corpus, rare or "慈善总会"):
            print(f"  {label:<44}{cpu:8.1f}{elapsed:9.1f}")
        per_article, share = size_figures(db, db_file)
        shown = f"{share:.0%}" if share is not None else "unknown"
        print(f"  database {per_article:.2f} KiB per article, full-text index {shown} of it")
        db.dispose()

        version = measure([*NEWSWATCH, "--version"], repeat=3)
        empty = f"sqlite:///{workdir}/empty.db"
        open_database(empty).dispose()
        review_empty = measure([*NEWSWATCH, "review", "list", "--db", empty], repeat=3)
        review_big = measure([*NEWSWATCH, "review", "list", "--db", db_url], repeat=3)
        exported = measure(
            [*NEWSWATCH, "export", "--all", "--format", "csv", "--db", db_url,
             "--output", str(workdir / "all.csv")]
        )  # fmt: skip
        print(f"\ncommands{'wall s':>39}{'CPU s':>8}{'peak MB':>9}")
        for label, run in (
            ("newswatch --version", version),
            ("review list, empty database", review_empty),
            (f"review list, {total:,} stored", review_big),
            ("export --all --format csv", exported),
        ):
            print(f"  {label:<37}{run.wall:>8.2f}{run.cpu:>8.2f}{run.peak_mb:>9.0f}")
    print(
        f"crawl ratio {ratio:.2f}; store 100k/0 ratio {store_ratio:.2f}; "
        f"version {version.wall:.2f} s; export-all peak {exported.peak_mb:.0f} MB"
    )


if __name__ == "__main__":
    main()
