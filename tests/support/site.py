"""The local copy of xhby.net as the tests use it: its answer key and configs pointed at it.

The pages ship with the product (`newswatch.scheduler.demosite`); they are
generated with their answer key (tests/site/expected.yaml) by
tests/site/make_site.py and served by tests/mockserver.py.
"""

from __future__ import annotations

from pathlib import Path

from newswatch.config.loader import DEFAULT_CONFIG
from newswatch.scheduler.demosite import site_root
from newswatch.scheduler.demosite.rebase import render_config
from newswatch.scheduler.demosite.server import SiteServer

# The shipped pages; read them, never write: a test edits a copy (`copy_site`).
SITE_WWW = site_root()
SITE_DIR = Path(__file__).resolve().parents[1] / "site"
SITE_EXPECTED = SITE_DIR / "expected.yaml"
# Older than every article of the copy, so a first cycle takes them all.
SITE_SINCE = "2018-01-01"


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
