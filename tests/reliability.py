"""Observations for docs/reliability.md, recorded by the tests that make them.

A reliability test renders what it observed as one section body (Markdown)
and calls `record_section`, which writes it as JSON into the artifacts folder
(`$NEWSWATCH_ARTIFACTS/reliability/`, by default `tmp/artifacts/` in the
checkout, never committed). The document itself is produced from those
files by `scripts/reliability_doc.py` (`make docs`): tests never rewrite
files of the working tree. A test that runs on SQLite and PostgreSQL records
its section once per backend; the script says whether both saw the same.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ARTIFACTS_ENV = "NEWSWATCH_ARTIFACTS"


def artifacts_folder() -> Path:
    """Where observations go: $NEWSWATCH_ARTIFACTS/reliability or tmp/artifacts/reliability."""
    base = os.environ.get(ARTIFACTS_ENV) or str(REPO / "tmp" / "artifacts")
    return Path(base) / "reliability"


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    """A GitHub-flavoured Markdown table (pipes in cells escaped)."""

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |"

    return "\n".join([line(header), line(["---"] * len(header)), *(line(r) for r in rows)])


def record_section(name: str, body: str, backend: str = "any") -> Path:
    """Write one observed section (`backend`: sqlite, postgresql, or any) for the doc script."""
    folder = artifacts_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.{backend}.json"
    data = {"name": name, "backend": backend, "body": body.strip()}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path
