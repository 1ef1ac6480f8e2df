"""A sources file pointed at a served site copy (the demo's and the tests' configs)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import yaml
from newswatch.config.errors import ConfigError, describe_validation_error
from newswatch.config.loader import read_yaml
from newswatch.config.models import AppConfig
from pydantic import ValidationError


def rebase_url(url: str, base_url: str) -> str:
    """`url` with its scheme and host replaced by those of `base_url` (path kept)."""
    parts, base = urlsplit(url), urlsplit(base_url)
    return urlunsplit((base.scheme, base.netloc, parts.path, parts.query, parts.fragment))


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def _anchor_topics(data: dict[str, Any], config_dir: Path) -> None:
    """Point a relative `topics` file at its original place when it exists there."""
    topics = data.get("topics")
    if isinstance(topics, str) and not Path(topics).is_absolute():
        candidate = (config_dir / topics).resolve()
        if candidate.exists():
            data["topics"] = str(candidate)


def render_config(
    config_path: Path,
    base_url: str,
    out_path: Path,
    *,
    overrides: dict[str, Any] | None = None,
    app_overrides: dict[str, Any] | None = None,
) -> Path:
    """Write a copy of a sources file whose sources crawl the site at `base_url`.

    The origin (scheme and host) of every start URL becomes `base_url`'s: the
    local copy mirrors the real site's paths, so URL patterns written on the
    path keep working.  `overrides` is applied to every source (e.g.
    `{"download_delay": 0, "since": "2018-01-01"}`), `app_overrides` to the top
    level (e.g. `{"database": "sqlite:///tmp/x.db"}`).  A relative `topics`
    file is made absolute so the copy finds it.  The result is validated
    before it is written; ConfigError otherwise.
    """
    config_path = Path(config_path)
    data = read_yaml(config_path)
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
        raise ConfigError(f"{config_path}: expected a mapping with a 'sources' list")
    rendered = copy.deepcopy(data)
    for source in rendered["sources"]:
        source["start_urls"] = [rebase_url(u, base_url) for u in _as_list(source.get("start_urls"))]
        source.update(overrides or {})
    rendered.update(app_overrides or {})
    _anchor_topics(rendered, config_path.resolve().parent)
    try:
        AppConfig.model_validate(rendered)
    except ValidationError as exc:
        raise describe_validation_error(Path(out_path), exc, rendered, AppConfig) from None
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(rendered, allow_unicode=True, sort_keys=False)
    out_path.write_text(text, encoding="utf-8")
    return out_path
