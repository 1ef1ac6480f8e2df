#!/usr/bin/env python3
"""Write docs/reliability.md from the observations the reliability tests recorded.

    make docs        # runs the reliability tests, then this script
    python scripts/reliability_doc.py [--artifacts DIR] [--check]

Each test records a section body per backend (tests/reliability.py) as
`<artifacts>/reliability/<section>.<backend>.json`. A section seen alike on
SQLite and PostgreSQL is printed once and says so; one that differed shows
each backend's table; one observed on a single backend says which. `--check`
exits 1 when the committed document differs from what the observations give.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DOC = REPO / "docs" / "reliability.md"
ORDER = ("faults", "outcomes", "crash", "bad-config")
BACKENDS = {"sqlite": "SQLite", "postgresql": "PostgreSQL", "any": "any database"}
HEADER = """\
# Reliability: faults tried and what newswatch did

**Generated — do not edit by hand.** The reliability tests
(`tests/test_faults.py`, `tests/test_outcomes.py`, `tests/test_crash.py`,
`tests/test_bad_config.py`) record what they observed as JSON in
`tmp/artifacts/reliability/`; `scripts/reliability_doc.py` (run by
`make docs`) writes this page from those records. Under each section: the
backends it was observed on, and whether they agreed.
"""


def load(folder: Path) -> dict[str, dict[str, str]]:
    """{section: {backend: body}} from the recorded JSON files."""
    sections: dict[str, dict[str, str]] = defaultdict(dict)
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        sections[data["name"]][data["backend"]] = data["body"]
    return sections


def render_section(bodies: dict[str, str]) -> str:
    """One section: its body once if every backend saw the same, else one per backend."""
    names = [BACKENDS.get(b, b) for b in sorted(bodies)]
    distinct = set(bodies.values())
    if len(distinct) == 1:
        body = next(iter(distinct))
        if set(bodies) == {"sqlite", "postgresql"}:
            seen = "Observed on SQLite and on PostgreSQL, with identical results."
        elif set(bodies) == {"any"}:
            seen = "Recorded once, for the backends the section names."
        else:
            seen = f"Observed on {', '.join(names)} only."
        return f"{body}\n\n_{seen}_"
    parts = []
    for backend in sorted(bodies):
        parts.append(f"### On {BACKENDS.get(backend, backend)}\n\n{bodies[backend]}")
    return "\n\n".join(parts)


def render(sections: dict[str, dict[str, str]]) -> str:
    """The whole document."""
    names = [n for n in ORDER if n in sections] + sorted(set(sections) - set(ORDER))
    blocks = [HEADER.rstrip()]
    blocks += [render_section(sections[name]) for name in names]
    return "\n\n".join(blocks) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write (or with --check, compare) docs/reliability.md."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = os.environ.get("NEWSWATCH_ARTIFACTS") or str(REPO / "tmp" / "artifacts")
    parser.add_argument("--artifacts", default=default, help="folder the tests wrote into")
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    folder = Path(args.artifacts) / "reliability"
    sections = load(folder)
    if not sections:
        print(f"no observations in {folder}: run `make docs`", file=sys.stderr)
        return 1
    text = render(sections)
    if args.check:
        current = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
        if current != text:
            print(f"{DOC} is not what the observations say: run `make docs`", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(text, encoding="utf-8")
    print(f"wrote {DOC} ({len(sections)} sections from {folder})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
