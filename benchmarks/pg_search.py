"""Review search on PostgreSQL at 50k and 100k stored: the grams index for short terms.

Starts a throwaway PostgreSQL cluster (as the tests do: tests/databases.py),
bulk-fills it with the synthetic corpus of tests/support/scale_corpus.py (the
rows `ArticleRepository.save` writes) and prints, at each size (figures, no
assertions):

- the grams index's build time (migration 0009 on an existing database), its
  size and share of the database, beside pg_trgm's two indexes;
- search as the review page runs it (a fresh ReviewQueue, page 1 of 50 rows
  plus the count it shows, which stops at 1,001): terms of one, two, three
  and five characters, rare and frequent; the rare two-character term also
  without the grams index (the ILIKE scan it replaces);
- `ArticleRepository.save` per new article with the whole search index
  (pg_trgm + grams) and with pg_trgm alone, --save-rounds runs of each in
  turn, then with none (`search_index: false`); and the rare pair's search
  while the saves' grams wait in the GIN pending list (before VACUUM).

Times are CPU: this process's plus the PostgreSQL server's (every process of
the cluster, from /proc/PID/schedstat), medians of --repeat runs, with wall
time beside; the load average is printed with each table.

    .venv/bin/python benchmarks/pg_search.py [--sizes 50000 100000] [--repeat 5]

About fifteen minutes on two cores (filling 100k articles and rebuilding the grams
index between the save runs take most of it).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Replace the script folder: benchmarks/incremental.py would shadow Twisted's `incremental`.
sys.path[0] = str(ROOT)

from newswatch.pipeline.fingerprint import fingerprint  # noqa: E402
from newswatch.pipeline.store.articles import ArticleRepository  # noqa: E402
from newswatch.pipeline.store.database import Database, open_database  # noqa: E402
from newswatch.pipeline.store.queue import QueueFilter, ReviewQueue  # noqa: E402
from newswatch.pipeline.store.search import (  # noqa: E402
    GRAMS_INDEX,
    apply_search_index,
    create_short_term_indexes,
    drop_short_term_indexes,
    gram_ids,
)
from sqlalchemy import text  # noqa: E402

from tests.databases import PostgresServer, find_pg_bin  # noqa: E402
from tests.support.scale_corpus import Corpus, bulk_store  # noqa: E402

SAVES = 300  # new articles timed for each index choice
RARE_PAIR = "慈善"  # in a few dozen articles per 50k of the corpus
ABSENT_CHARACTER = "鼎"  # in no article of the corpus: a one-character lookup


class Clock:
    """CPU nanoseconds of this process and of every process of the cluster."""

    def __init__(self, server: PostgresServer) -> None:
        self._postmaster = int((server.data / "postmaster.pid").read_text().split()[0])

    def _server_ns(self) -> dict[int, int]:
        found = {}
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
                parent = int(stat.rsplit(")", 1)[1].split()[1])
                pid = int(entry.name)
                if pid == self._postmaster or parent == self._postmaster:
                    found[pid] = int((entry / "schedstat").read_text().split()[0])
            except (OSError, ValueError, IndexError):
                continue  # the process ended meanwhile
        return found

    @contextmanager
    def measure(self, into: list[tuple[float, float]]) -> Iterator[None]:
        """Append (CPU ms, wall ms) of the block to `into`."""
        before, start_cpu, start = self._server_ns(), time.process_time(), time.perf_counter()
        yield
        wall, cpu = time.perf_counter() - start, time.process_time() - start_cpu
        after = self._server_ns()
        server = sum(ns - before.get(pid, 0) for pid, ns in after.items()) / 1e9
        into.append(((cpu + server) * 1000, wall * 1000))


def timed(clock: Clock, action: Callable[[], None], repeat: int) -> tuple[float, float]:
    """Median CPU and wall ms of `repeat` runs of `action`."""
    samples: list[tuple[float, float]] = []
    for _ in range(repeat):
        with clock.measure(samples):
            action()
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)


def load() -> str:
    return ", ".join(f"{figure:.2f}" for figure in os.getloadavg())


def execute(db: Database, *statements: str) -> None:
    with db.engine.connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT")
        for statement in statements:
            connection.execute(text(statement))


def settle(db: Database) -> None:
    """What autovacuum would have done by now: GIN pending lists merged, statistics."""
    execute(db, "VACUUM ANALYZE articles", "CHECKPOINT")


def page_and_count(db: Database, term: str) -> Callable[[], None]:
    """The review page's search: page 1 and the capped count, a fresh queue each time."""
    searched = QueueFilter(status="all", include_irrelevant=True, search=term)

    def run() -> None:
        queue = ReviewQueue(db)
        queue.articles(searched)
        queue.total(searched)

    return run


def hits(db: Database, term: str) -> str:
    total = ReviewQueue(db).total(QueueFilter(status="all", include_irrelevant=True, search=term))
    return f"{total.count:,}+" if total.more else f"{total.count:,}"


def middle_pair(db: Database) -> str:
    """A pair of characters of a stored text that is in 200-1,000 articles (a rare
    term for which the index hands over hundreds of rows), or the rare pair."""
    with db.engine.connect() as connection:
        sample = connection.scalars(text("SELECT text FROM articles WHERE id % 997 = 1")).all()
        for body in sample:
            for start in range(0, len(body) - 1, 7):
                pair = body[start : start + 2]
                found = gram_ids(connection, pair, cap=1000)
                if found is not None and len(found) >= 200:
                    return pair
    return RARE_PAIR


def search_figures(db: Database, clock: Clock, terms: dict[str, str], repeat: int) -> None:
    print(f"\n  search: page 1 + capped count{'hits':>18}{'CPU ms':>9}{'wall ms':>9}")
    for label, term in terms.items():
        action = page_and_count(db, term)
        action()  # plans and caches warm, as on a page in use
        cpu, wall = timed(clock, action, repeat)
        print(f"  {label + ' ' + repr(term):<36}{hits(db, term):>12}{cpu:9.1f}{wall:9.1f}")
    print(f"  load average {load()}")


def scan_figure(db: Database, clock: Clock, repeat: int) -> None:
    """The rare pair searched without any search index: the ILIKE scan of every
    text, as before the grams index (pg_trgm cannot serve two characters)."""
    cpu, wall = timed(clock, page_and_count(db, RARE_PAIR), repeat)
    label = f"2 chars rare {RARE_PAIR!r}, ILIKE scan"
    print(f"\n  {label:<36}{hits(db, RARE_PAIR):>12}{cpu:9.1f}{wall:9.1f} ms ({load()})")


def size_figures(db: Database) -> None:
    with db.engine.connect() as connection:
        whole = connection.scalar(text("SELECT pg_database_size(current_database())")) or 1
        print(f"\n  database {whole / 2**20:.0f} MB")
        for index in (GRAMS_INDEX, "ix_articles_text_trgm", "ix_articles_title_trgm"):
            size = connection.scalar(text("SELECT pg_relation_size(:i)"), {"i": index}) or 0
            print(f"  {index:<28}{size / 2**20:7.0f} MB {size / whole:6.1%}")


def build_indexes(db: Database, clock: Clock) -> None:
    """Build the grams index (timed, as migration 0009 does on an existing database),
    then pg_trgm's."""
    samples: list[tuple[float, float]] = []
    with clock.measure(samples), db.engine.begin() as connection:
        create_short_term_indexes(connection)
    cpu, wall = samples[0]
    print(f"\n  grams index built in {cpu / 1000:.1f} s CPU, {wall / 1000:.1f} s wall ({load()})")
    with db.engine.begin() as connection:
        apply_search_index(connection, True)


def save_costs(db: Database, clock: Clock, corpus: Corpus, first: int, rounds: int) -> int:
    """Saves of SAVES new articles with the whole search index and with pg_trgm alone,
    `rounds` times in turn (the grams index rebuilt between), then with none (the
    state it leaves); returns the next unused story number."""
    repo = ArticleRepository(db)
    now = datetime.now(UTC)
    with_grams, trgm_alone, no_index = "pg_trgm + grams", "pg_trgm alone", "no search index"
    results: dict[str, list[list[float]]] = {with_grams: [], trgm_alone: [], no_index: []}
    pending = float("nan")

    def save_many(choice: str) -> None:
        nonlocal first
        settle(db)
        samples: list[tuple[float, float]] = []
        for number in range(first, first + SAVES):
            story = corpus.story(number)
            fp = fingerprint(story.article.text)
            with clock.measure(samples):
                repo.save(story.url, "bench", story.article, story.judgement, fp, now)
        first += SAVES
        results[choice].append([sample[0] for sample in samples])

    for done in range(rounds):
        with db.engine.begin() as connection:
            create_short_term_indexes(connection)
        save_many(with_grams)
        if done == 0:
            # GIN indexes take new rows into a pending list that every search reads
            # until VACUUM (autovacuum) merges it: the search with the saves' rows there.
            pending = timed(clock, page_and_count(db, RARE_PAIR), 5)[0]
        with db.engine.begin() as connection:
            drop_short_term_indexes(connection)
        save_many(trgm_alone)
    with db.engine.begin() as connection:
        apply_search_index(connection, False)
    save_many(no_index)
    print(f"\n  rare pair search with {SAVES} saves' grams pending: {pending:.1f} ms CPU")
    print(
        f"\n  save per new article, CPU ms ({SAVES} saves a run; each run's mean and "
        "median, then the medians of the runs)"
    )
    for choice, runs in results.items():
        means = [statistics.mean(run) for run in runs]
        medians = [statistics.median(run) for run in runs]
        shown = " ".join(f"{m:.2f}/{d:.2f}" for m, d in zip(means, medians, strict=True))
        print(
            f"  {choice:<18} runs {shown:<36} mean {statistics.median(means):.2f}, "
            f"median {statistics.median(medians):.2f}"
        )
    print(f"  load average {load()}")
    return first


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50_000, 100_000])
    parser.add_argument("--repeat", type=int, default=5, help="runs of each search (median)")
    parser.add_argument(
        "--save-rounds",
        type=int,
        default=3,
        help="runs of the saves with and without grams (0: search figures only)",
    )
    args = parser.parse_args()
    bin_dir = find_pg_bin()
    if bin_dir is None:
        raise SystemExit("PostgreSQL server binaries not found (scripts/test-services.sh)")
    folder = Path(tempfile.mkdtemp(prefix="newswatch-pg-bench-"))
    server = PostgresServer(bin_dir, folder)
    server.start()
    try:
        db = open_database(server.create_database())
        # Vacuuming is done (and timed) here, not by autovacuum in the middle of a figure.
        execute(db, "ALTER SYSTEM SET autovacuum = off", "SELECT pg_reload_conf()")
        clock = Clock(server)
        corpus = Corpus(seed=2026)
        stored, fresh = 0, 10_000_000  # numbers of the timed saves: never among the filled
        with db.engine.begin() as connection:  # filled without: built below, timed
            apply_search_index(connection, False)
        terms: dict[str, str] = {}
        for size in sorted(args.sizes):
            bulk_store(db, corpus, size - stored, first=stored)
            # The bulk load writes ids itself: the saves' ids come after them.
            execute(
                db, "SELECT setval(pg_get_serial_sequence('articles', 'id'), max(id)) FROM articles"
            )
            settle(db)
            with db.session() as session:
                stored = session.scalar(text("SELECT count(*) FROM articles")) or 0
            print(f"\n{stored:,} articles stored")
            scan_figure(db, clock, min(args.repeat, 3))
            build_indexes(db, clock)
            settle(db)
            size_figures(db)
            if not terms:
                with db.session() as session:
                    rare = session.scalar(
                        text("SELECT substr(text, 40, 5) FROM articles WHERE id = 77")
                    )
                terms = {
                    "1 char absent": ABSENT_CHARACTER,
                    "1 char frequent": corpus.common_word(2)[0],
                    "2 chars rare": RARE_PAIR,
                    "2 chars middle": middle_pair(db),
                    "2 chars frequent": corpus.common_word(2),
                    "3 chars frequent (pg_trgm)": corpus.common_word(3),
                    "5 chars rare (pg_trgm)": rare or "慈善总会发",
                }
            search_figures(db, clock, terms, args.repeat)
            if args.save_rounds:
                fresh = save_costs(db, clock, corpus, fresh, args.save_rounds)
                # The saved articles count: the next size is filled up to its number.
                stored += (2 * args.save_rounds + 1) * SAVES
        db.dispose()
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
