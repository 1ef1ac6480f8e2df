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


# The modules that take longest (seconds on one worker, 2 Dec 2026), longest first.
# `--dist loadfile` hands a whole module to one worker, and only when that
# worker is almost out of work; handed out longest first (with
# `--no-loadscope-reorder`, see pyproject.toml: xdist otherwise orders modules
# by their number of tests, which put one-test modules of 30-40 s last), the
# short modules fill the gaps and both workers finish together.
LONGEST_FIRST = (
    "test_outcomes.py",
    "test_outcomes_postgresql.py",
    "test_daemon.py",
    "test_faults.py",
    "test_search_grams.py",
    "test_crash.py",
    "test_scaleout.py",
    "test_incremental.py",
    "test_run_lock.py",
    "test_leadership.py",
    "test_walks.py",
    "test_secrets.py",
    "test_scale.py",
    "test_reactor.py",
    "test_cycle.py",
    "test_source_tools.py",
    "test_review_flow.py",
    "test_extract_bad_input.py",
    "test_packaging.py",
    "test_web_security.py",
    "test_browser.py",
    "test_extract_cli.py",
)


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
