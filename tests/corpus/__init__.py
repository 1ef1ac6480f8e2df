"""The extraction corpus: hand-written Chinese news pages with their gold extraction.

Each page is NAME.html (the bytes a server would send, GBK ones included) and
NAME.json (url, title, published_at, source, author, editor, tags,
paragraphs).  layouts.yaml holds the extraction rules of each layout (those of
the shipped sites by reference to config/sources.yaml); a page named
<layout>_<rest> uses them, other pages (government sites) use none.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import yaml
from newswatch.config import DEFAULT_CONFIG, load_config
from newswatch.config.models import ExtractionRules

CORPUS_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class GoldPage:
    """One corpus page, the rules of its layout, and what extraction must yield."""

    name: str
    layout: str | None
    html: bytes
    rules: ExtractionRules | None
    url: str
    title: str
    published_at: datetime
    source: str | None
    author: str | None
    editor: str | None
    tags: tuple[str, ...]
    paragraphs: tuple[str, ...]


def layout_rules() -> dict[str, ExtractionRules]:
    """The rules of every layout in layouts.yaml; `shipped: NAME` is config/sources.yaml's."""
    data = yaml.safe_load((CORPUS_DIR / "layouts.yaml").read_text(encoding="utf-8"))
    shipped = load_config(DEFAULT_CONFIG).layouts
    return {
        name: shipped[rules["shipped"]] if "shipped" in rules else ExtractionRules(**rules)
        for name, rules in data.items()
    }


def load_corpus() -> list[GoldPage]:
    """Every page of the corpus, sorted by name."""
    rules = layout_rules()
    return [_load_page(path, rules) for path in sorted(CORPUS_DIR.glob("*.html"))]


def _load_page(path: Path, rules: dict[str, ExtractionRules]) -> GoldPage:
    gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    layout = max(
        (name for name in rules if path.stem.startswith(f"{name}_")), key=len, default=None
    )
    return GoldPage(
        name=path.stem,
        layout=layout,
        html=path.read_bytes(),
        rules=rules[layout] if layout else None,
        url=gold["url"],
        title=gold["title"],
        published_at=datetime.fromisoformat(gold["published_at"]),
        source=gold["source"],
        author=gold["author"],
        editor=gold["editor"],
        tags=tuple(gold["tags"]),
        paragraphs=tuple(gold["paragraphs"]),
    )
