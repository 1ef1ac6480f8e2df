"""Reading the queue loads only what it uses: no crawler, extractor or migrations."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from newswatch.pipeline.store.database import bundled_head, head_revision, open_database

# Run in a fresh interpreter: this test process has imported everything already.
_LOADED_BY_REVIEW_LIST = """
import sys
from newswatch.scheduler.cli import main
code = main(["review", "list", "--db", sys.argv[1]])
heavy = ("scrapy", "twisted", "trafilatura", "alembic", "lxml", "apscheduler")
print(code, *sorted({m.split(".")[0] for m in sys.modules} & set(heavy)))
"""


def test_the_head_read_off_the_migration_files_is_alembics() -> None:
    # open_database compares a database with it before (and instead of) loading Alembic.
    assert bundled_head() == head_revision()


@pytest.mark.slow
def test_review_list_loads_no_crawler_extractor_or_migrations(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'nw.db'}"
    open_database(url).dispose()
    done = subprocess.run(
        [sys.executable, "-c", _LOADED_BY_REVIEW_LIST, url],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    assert done.stdout.split("\n")[-2] == "0"
