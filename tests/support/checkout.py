"""A copy of the checkout's sources, for tools that build in the folder they are given.

Building a wheel or an egg writes build/ and *.egg-info next to the sources;
tests build from a copy so the working tree stays as it was.
"""

from __future__ import annotations

import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# Never part of a build: environments, caches, local data, earlier builds.
NOT_SOURCES = shutil.ignore_patterns(
    ".venv", ".git", "__pycache__", "build", "dist", "*.egg-info", ".*_cache", ".hypothesis",
    "data", "artifacts",
)


def copy_checkout(target: Path) -> Path:
    """The checkout's sources copied to `target` (which must not exist yet)."""
    shutil.copytree(REPO, target, ignore=NOT_SOURCES)
    return target
