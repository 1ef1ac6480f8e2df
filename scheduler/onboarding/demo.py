"""The part of `newswatch demo` that shows `check` and `discover` on the local site copy."""

from __future__ import annotations

from pathlib import Path

from newswatch.config import load_config
from newswatch.scheduler.display import safe
from newswatch.scheduler.onboarding.check import check_config
from newswatch.scheduler.onboarding.discover import discover
from newswatch.scheduler.onboarding.fetching import fetcher_for
from newswatch.scheduler.onboarding.present import check_text, discovery_yaml

DEMO_CHANNEL = "南京"


def show_onboarding(config_path: Path, base_url: str) -> None:
    """Print what `newswatch check` says of the demo config and a discovery of another channel."""
    config = load_config(config_path)
    print(f"\n$ newswatch check --config {config_path}")
    print(check_text(check_config(config, fetcher_for(config))))
    print(f"\n$ newswatch discover {base_url}/ --channel {DEMO_CHANNEL}")
    found = discover(base_url + "/", fetcher_for(config), config.layouts, DEMO_CHANNEL)
    print(discovery_yaml(found) or "\n".join(f"newswatch: {safe(n)}" for n in found.notes))
