"""Shared pytest fixtures.

The local copy of xhby.net (tests/site/www, see tests/site/make_site.py) is
served over real HTTP on 127.0.0.1 by `newswatch.scheduler.sitecopy.SiteServer`;
tests/site/expected.yaml says what a crawl of it must find.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from newswatch.config.loader import DEFAULT_CONFIG
from newswatch.scheduler.sitecopy import SiteServer, render_config

from tests.databases import any_db_url, postgres_server, postgres_url  # noqa: F401 (fixtures)

SITE_DIR = Path(__file__).resolve().parent / "site"
SITE_WWW = SITE_DIR / "www"
SITE_EXPECTED = SITE_DIR / "expected.yaml"
# Older than every article of the copy, so a first cycle takes them all.
SITE_SINCE = "2018-01-01"


@pytest.fixture(autouse=True, scope="session")
def _private_data_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The per-user default database of the tests lives in a temporary folder, never in ~."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))
        yield


@pytest.fixture
def site(tmp_path: Path) -> Iterator[SiteServer]:
    """The xhby.net copy served on an ephemeral port.

    `site.root` is a private copy of tests/site/www: a test may add or change
    pages (and `_routes.yaml`) while the server runs.
    """
    root = tmp_path / "www"
    shutil.copytree(SITE_WWW, root)
    with SiteServer(root) as server:
        yield server


def config_for_site(site: SiteServer, folder: Path, database: str) -> Path:
    """config/sources.yaml pointed at `site`: no download delay, every article in range,
    writing to `database`; the file is written in `folder`."""
    return render_config(
        DEFAULT_CONFIG,
        site.base_url,
        folder / "sources.yaml",
        overrides={"download_delay": 0, "since": SITE_SINCE},
        app_overrides={"database": database},
    )


@pytest.fixture
def site_config(site: SiteServer, tmp_path: Path) -> Path:
    """`config_for_site` with a SQLite database file in tmp_path."""
    return config_for_site(site, tmp_path, f"sqlite:///{tmp_path / 'newswatch.db'}")


@pytest.fixture(scope="session")
def site_expected() -> dict[str, Any]:
    """tests/site/expected.yaml: the truth about every page of the copy."""
    return yaml.safe_load(SITE_EXPECTED.read_text(encoding="utf-8"))
