"""What `newswatch discover` and `newswatch check` cost a site: requests and seconds.

Runs each command in-process against the shipped site copy on 127.0.0.1 and
prints how many requests it made (robots.txt included) and how long it took:
the politeness figure for pointing them at a real site.

    .venv/bin/python benchmarks/onboarding.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Replace the script folder: benchmarks/incremental.py would shadow Twisted's `incremental`.
sys.path[0] = str(ROOT)

from newswatch.config import DEFAULT_CONFIG, load_config  # noqa: E402
from newswatch.scheduler.demosite import site_root  # noqa: E402
from newswatch.scheduler.demosite.rebase import render_config  # noqa: E402
from newswatch.scheduler.onboarding.check import check_config  # noqa: E402
from newswatch.scheduler.onboarding.discover import discover  # noqa: E402
from newswatch.scheduler.onboarding.fetching import fetcher_for  # noqa: E402

from tests.mockserver import MockServer  # noqa: E402


def main() -> int:
    """Print requests and seconds of discover (three channels) and check (default config)."""
    with tempfile.TemporaryDirectory() as tmp, MockServer(site_root()) as site:
        config = load_config(render_config(DEFAULT_CONFIG, site.base_url, Path(tmp) / "s.yaml"))
        jobs = [
            (
                f"discover {home} --channel {ch}",
                lambda ch=ch, home=home: discover(
                    site.base_url + home, fetcher_for(config), config.layouts, ch
                ),
            )
            for home, ch in (("/", "苏州"), ("/", "南京"), ("/szsmzj/index.shtml", "社会组织"))
        ]
        jobs.append(
            ("check (2 default sources)", lambda: check_config(config, fetcher_for(config)))
        )
        for label, job in jobs:
            site.log.clear()
            started = time.perf_counter()
            job()
            seconds = time.perf_counter() - started
            print(f"{label:32s} {len(site.log):3d} requests  {seconds:5.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
