"""The `check` and `discover` commands (registered in scheduler/cli.py).

Everything heavy (extractor, lxml, the config models) is imported when a
command runs, so building the parser for `newswatch --help` stays light.
"""

from __future__ import annotations

import argparse
import re
import sys


def check_command(args: argparse.Namespace) -> int:
    """`newswatch check`: 0 when every enabled source is ok, 1 otherwise."""
    from newswatch.config import load_config
    from newswatch.scheduler.onboarding.check import check_config
    from newswatch.scheduler.onboarding.fetching import fetcher_for
    from newswatch.scheduler.onboarding.present import check_json, check_text

    config = load_config(args.config)
    results = check_config(config, fetcher_for(config))
    print(check_json(results) if args.json else check_text(results))
    return 0 if all(r.ok for r in results) else 1


def discover_command(args: argparse.Namespace) -> int:
    """`newswatch discover`: 0 when a source could be proposed, 1 otherwise."""
    from newswatch.config import load_config
    from newswatch.scheduler.display import safe
    from newswatch.scheduler.onboarding.discover import discover
    from newswatch.scheduler.onboarding.fetching import fetcher_for
    from newswatch.scheduler.onboarding.present import discovery_json, discovery_yaml

    if not re.match(r"^https?://[^/\s]+", args.url):
        print(f"newswatch: not an http(s) URL: {safe(args.url)}", file=sys.stderr)
        return 2
    config = load_config(args.config)
    found = discover(args.url, fetcher_for(config), config.layouts, args.channel)
    for note in found.notes:
        print(f"newswatch: {safe(note)}", file=sys.stderr)
    if args.json:
        print(discovery_json(found))
    elif found.proposals:
        print(discovery_yaml(found))
    return 0 if found.proposals else 1
