"""tests/test_outcomes.py's source-level fault cases again, on PostgreSQL.

The tests are those of test_outcomes.py, collected here a second time with a
PostgreSQL `db`: a module of its own so that `--dist loadfile` runs the SQLite
and the PostgreSQL half (together the longest file of the suite) on two workers.
The cases of a missing or damaged database file exist for SQLite only.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from newswatch.pipeline.store.database import Database, open_database

from tests.databases import PostgresServer
from tests.test_outcomes import (  # noqa: F401 (collected here again, with their fixtures)
    crawl_case,
    crawl_here,
    fault_site,
    record_outcomes,
    test_a_catastrophic_user_pattern_never_hangs,
    test_a_healthy_quiet_run_prints_nothing,
    test_a_list_page_in_a_redirect_loop_is_reported,
    test_a_poison_article_is_recorded_once_and_the_list_answers_304,
    test_all_404_source_is_unreachable_exit_1_and_one_stderr_line,
    test_long_fields_are_clamped_alike_on_every_backend,
    test_one_alert_per_state_change,
    test_one_page_cannot_flood_a_cycle,
    test_sitemap_indexes_count_against_max_list_pages,
    test_sources_json_states,
)

# PostgreSQL starts a server (a process): the slow lane.
pytestmark = pytest.mark.slow


@pytest.fixture
def db(postgres_server: PostgresServer) -> Iterator[Database]:
    """A fresh PostgreSQL database."""
    database = open_database(postgres_server.create_database_with_schema())
    yield database
    database.dispose()


def test_reliability_doc_records_the_outcomes_on_postgresql() -> None:
    record_outcomes("postgresql")
