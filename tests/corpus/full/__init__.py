"""The full corpus: REAL-SIZE pages (20–60 KB of chrome around the article).

Same page and gold format as the development corpus (tests/corpus/dev):
NAME.html and NAME.json (template, url, title, published, paragraphs).
build_body.py writes body_* pages, build_meta.py meta_* pages.
"""

from __future__ import annotations

from pathlib import Path

from tests.corpus.dev import DevPage, _load

FULL_DIR = Path(__file__).resolve().parent


def load_full_corpus() -> list[DevPage]:
    """Every page of the full corpus, sorted by name."""
    return [_load(path) for path in sorted(FULL_DIR.glob("*.html"))]
