"""The development corpus: pages in 20+ templates of real Chinese news and government sites.

Each page is NAME.html (the bytes a server would send) and NAME.json: the
template it copies, its url, title, the publication time as the page shows it
("YYYY-MM-DD HH:MM", or "YYYY-MM-DD" where the page gives no time) and the
body paragraphs.  build.py wrote them; no per-site rules apply to any of them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

DEV_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class DevPage:
    """One development page and what extraction must yield from it."""

    name: str
    template: str
    html: bytes
    url: str
    title: str
    published: str
    paragraphs: tuple[str, ...]

    @property
    def precision(self) -> str:
        """ "minute" when the page shows a time, else "day"."""
        return "minute" if " " in self.published else "day"


def load_dev_corpus() -> list[DevPage]:
    """Every development page, sorted by name."""
    return [_load(path) for path in sorted(DEV_DIR.glob("*.html"))]


def _load(path: Path) -> DevPage:
    gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    return DevPage(
        name=path.stem,
        template=gold["template"],
        html=path.read_bytes(),
        url=gold["url"],
        title=gold["title"],
        published=gold["published"],
        paragraphs=tuple(gold["paragraphs"]),
    )
