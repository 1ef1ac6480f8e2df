"""How check and discover results are shown: text, a YAML block to paste, JSON.

Page texts and URLs come from the site and are shown through `safe`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from newswatch.scheduler.display import safe
from newswatch.scheduler.onboarding.check import SourceCheck
from newswatch.scheduler.onboarding.discover import Discovery


def check_text(results: Sequence[SourceCheck]) -> str:
    """`newswatch check` as text: a block per source, then the count of problems."""
    lines = []
    for result in results:
        lines.append(f"{result.name}: {'ok' if result.ok else 'PROBLEMS'}")
        for url, status in result.status.items():
            lines.append(f"  {status if status is not None else '---'}  {safe(url)}")
        lines.append(
            f"  {result.article_links} link(s) match article_url_pattern, "
            f"{result.list_links} match list_url_pattern"
        )
        if result.article:
            when = result.article.published_at.isoformat() if result.article.published_at else "-"
            lines.append(
                f"  first article: {safe(result.article.title)} ({when}, "
                f"{result.article.text_length} characters)"
            )
        lines += [f"  ! {safe(problem)}" for problem in result.problems]
    bad = sum(1 for r in results if not r.ok)
    lines.append(f"{len(results)} source(s) checked, {bad} with problems")
    return "\n".join(lines)


def check_json(results: Sequence[SourceCheck]) -> str:
    """`newswatch check --json`: a list of objects (name, ok, status, article_links, …)."""
    return json.dumps([r.to_json() for r in results], ensure_ascii=False, indent=2)


def _quoted(value: str) -> str:
    # A single-quoted YAML scalar holds any printable text; only ' is doubled.
    return "'" + safe(value).replace("'", "''") + "'"


def discovery_yaml(found: Discovery) -> str:
    """The proposals as a block to paste under `sources:` (comments say why each was proposed)."""
    if not found.proposals:
        return ""
    lines = ["# Paste under `sources:` in your sources file, then run `newswatch check`."]
    for p in found.proposals:
        lines += [
            f"  # {p.name}: {safe(p.channel or '')} {safe(p.evidence)}; confidence {p.confidence}",
            f"  - name: {p.name}",
            "    start_urls:",
            *(f"      - {_quoted(url)}" for url in p.start_urls),
            f"    article_url_pattern: {_quoted(p.article_url_pattern)}",
        ]
        if p.list_url_pattern:
            lines.append(f"    list_url_pattern: {_quoted(p.list_url_pattern)}")
        if p.layout:
            lines.append(f"    layout: {p.layout}")
    return "\n".join(lines)


def discovery_json(found: Discovery) -> str:
    """`newswatch discover --json`: a list of proposals."""
    return json.dumps([p.to_json() for p in found.proposals], ensure_ascii=False, indent=2)
