"""Shared pytest fixtures (helpers live in tests/support, the site server in tests/mockserver).

The local copy of xhby.net (shipped as newswatch.scheduler.demosite, generated
by tests/site/make_site.py) is served over real HTTP on 127.0.0.1 by
`tests.mockserver.MockServer`; tests/site/expected.yaml says what a crawl of
it must find.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis.configuration import set_hypothesis_home_dir

from tests.databases import any_db_url, postgres_server, postgres_url  # noqa: F401 (fixtures)
from tests.mockserver import MockServer, copy_site
from tests.support.browser import browser  # noqa: F401 (fixture)
from tests.support.daemon import start_daemon  # noqa: F401 (fixture)
from tests.support.receiver import receiver  # noqa: F401 (fixture)
from tests.support.site import SITE_EXPECTED, config_for_site
from tests.support.web import config, db  # noqa: F401 (fixtures: an empty SQLite db, a config)

# Hypothesis keeps its example database and caches in the temporary folder
# (it survives between runs there), not in .hypothesis/ of the working tree:
# tests write only outside the checkout.
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / f"newswatch-hypothesis-{os.getuid()}")


# Seconds each longer module took on its worker (`pytest -n 2 --dist loadfile
# --durations=0` summed per file by tests/support/durations.py; 3 Dec 2026 16:31,
# load average 0.6–2.4, after the stop-27 merges: the order counts, not the figures).
# `--dist loadfile` hands a whole module to one worker, and only when that worker
# is almost out of work; handed out longest first (with
# `--no-loadscope-reorder`, see pyproject.toml: xdist otherwise orders modules by
# their number of tests, which put one-test modules of 30-40 s last), the short
# modules fill the gaps and both workers finish together. A module not named here
# (under 2 s) runs after them in collection order: name it once it grows. The
# figures are data in the checkout: a clean clone schedules the same way each time.
MODULE_SECONDS: dict[str, float] = {
    "test_daemon.py": 28.0,
    "test_outcomes_postgresql.py": 25.7,
    "test_outcomes.py": 24.2,
    "test_crash.py": 22.0,
    "test_run_lock.py": 17.4,
    "test_scaleout.py": 16.3,
    "test_search_grams.py": 14.5,
    "test_leadership.py": 13.8,
    "test_faults.py": 13.6,
    "test_scale.py": 12.6,
    "test_walks.py": 11.6,
    "test_review_flow.py": 11.1,
    "test_incremental.py": 11.1,
    "test_source_tools.py": 10.7,
    "test_extract_stoplist.py": 10.0,
    "test_reactor.py": 9.7,
    "test_extract_fast_paths.py": 9.2,
    "test_browser.py": 8.5,
    "test_secrets.py": 8.2,
    "test_cycle.py": 7.6,
    "test_packaging.py": 6.4,
    "test_extract_bad_input.py": 6.2,
    "test_extract_cli.py": 6.2,
    "test_onboarding.py": 4.3,
    "test_web_security.py": 4.3,
    "test_extract_dev.py": 4.3,
    "test_store.py": 3.4,
    "test_search_short.py": 3.1,
    "test_fetch_limits.py": 3.0,
    "test_crawl_security.py": 2.5,
    "test_search_trigrams.py": 2.5,
    "test_organizations_site.py": 2.0,
}
LONGEST_FIRST = tuple(sorted(MODULE_SECONDS, key=lambda name: -MODULE_SECONDS[name]))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Longest modules first (LONGEST_FIRST), then the rest in collection order.

    The sort is stable: a module's tests keep their order.
    """
    rank = {name: place for place, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))


@pytest.fixture(autouse=True, scope="session")
def _private_data_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The per-user default database of the tests lives in a temporary folder, never in ~."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))
        yield


@pytest.fixture
def site(tmp_path: Path) -> Iterator[MockServer]:
    """The xhby.net copy served on an ephemeral port.

    `site.root` is a private copy of the shipped pages: a test may add or
    change pages (and `_routes.yaml`) while the server runs.
    """
    with MockServer(copy_site(tmp_path / "www")) as server:
        yield server


@pytest.fixture
def site_config(site: MockServer, tmp_path: Path) -> Path:
    """`config_for_site` with a SQLite database file in tmp_path."""
    return config_for_site(site, tmp_path, f"sqlite:///{tmp_path / 'newswatch.db'}")


@pytest.fixture(scope="session")
def site_expected() -> dict[str, Any]:
    """tests/site/expected.yaml: the truth about every page of the copy."""
    return yaml.safe_load(SITE_EXPECTED.read_text(encoding="utf-8"))
