"""The checkout itself: no half-finished merge reaches main.

A conflict left inside a docstring or a YAML comment still imports and parses,
so neither ruff nor the other tests notice it (one lived in benchmarks/scale.py
for a whole stop).
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Folders that are not the project's sources: environments, caches, build output.
_SKIPPED = {".git", ".venv", "node_modules", "build", "dist", "tmp", "data", "__pycache__"}
_TEXT_SUFFIXES = {
    ".py", ".md", ".yaml", ".yml", ".toml", ".cfg", ".txt",
    ".html", ".json", ".sh", ".ini", ".css", ".js",
}
_MARKER = re.compile(r"^(<{7} |>{7} |={7}$)", re.MULTILINE)


def _source_files() -> list[Path]:
    files = []
    for path in ROOT.rglob("*"):
        relative = path.relative_to(ROOT)
        if any(part in _SKIPPED or part.endswith(".egg-info") for part in relative.parts):
            continue
        if path.is_file() and (path.suffix in _TEXT_SUFFIXES or path.name in {"Makefile", "run"}):
            files.append(path)
    return files


def test_no_file_holds_merge_conflict_markers() -> None:
    files = _source_files()
    assert len(files) > 100, "the walk found too few files to be the checkout"
    marked = [
        f"{path.relative_to(ROOT)}:{text.count(chr(10), 0, found.start()) + 1}"
        for path in files
        for text in [path.read_text(encoding="utf-8", errors="replace")]
        if (found := _MARKER.search(text))
    ]
    assert not marked, f"merge conflict markers left in: {', '.join(marked)}"
