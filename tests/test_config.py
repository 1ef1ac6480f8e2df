"""Config loading: valid files load, bad ones fail with a message naming file, source, field."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from newswatch.config import ConfigError, load_config, parse_schedule, parse_span

GOOD = """
database: sqlite:///x.db
sources:
  - name: site-a
    start_urls: https://example.org/news/index.html
    article_url_pattern: '/news/\\d+\\.html$'
    list_url_pattern: '/news/index_\\d+\\.html$'
    schedule: '*/15 * * * *'
    since: 7d
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_good_config_loads_with_defaults(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, GOOD))
    source = config.source("site-a")
    assert source.start_urls == ["https://example.org/news/index.html"]
    assert source.max_list_pages == 3
    assert source.download_delay == 1.0
    assert source.enabled is True
    assert config.timezone == "Asia/Shanghai"
    now = datetime(2026, 1, 10, tzinfo=UTC)
    assert source.since_cutoff(now) == now - timedelta(days=7)


def test_bundled_default_config_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    config = load_config()
    # One per-user place, whatever folder the command runs in.
    assert config.database == f"sqlite:///{tmp_path / 'share' / 'newswatch' / 'newswatch.db'}"
    assert len(config.sources) >= 2
    for source in config.sources:
        config.rules_for(source)


def test_misspelt_key_names_file_source_and_suggests(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("start_urls:", "start_url:"))
    with pytest.raises(ConfigError) as err:
        load_config(path)
    message = str(err.value)
    assert str(path) in message
    assert "source 'site-a'" in message
    assert "'start_url'" in message
    assert "did you mean 'start_urls'?" in message


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("'/news/\\d+\\.html$'", "'/news/(\\d+.html'"), "article_url_pattern: invalid regular"),
        (("'*/15 * * * *'", "'61 * * * *'"), "schedule: schedule '61 * * * *' is not a valid cron"),
        (("since: 7d", "since: soon"), "since: not a time span"),
        (("https://example.org/news/index.html", "example.org/news"), "start_urls: not an http"),
    ],
)
def test_bad_values_name_the_field(tmp_path: Path, change: tuple[str, str], expected: str) -> None:
    path = write(tmp_path, GOOD.replace(*change))
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert f"{path}: source 'site-a': {expected}" in str(err.value)


def test_bad_selectors_in_a_layout_are_named(tmp_path: Path) -> None:
    text = GOOD.replace("sources:", "layouts:\n  site:\n    title: ['h1..x']\nsources:", 1)
    path = write(tmp_path, text + "    layout: site\n")
    with pytest.raises(ConfigError, match=r"layouts.site.title: invalid CSS selector 'h1..x'"):
        load_config(path)
    text = GOOD + "    extraction:\n      prune_xpath: ['//div[']\n"
    with pytest.raises(
        ConfigError, match=r"source 'site-a': extraction.prune_xpath: invalid XPath"
    ):
        load_config(write(tmp_path, text))


def test_invalid_yaml_names_line(tmp_path: Path) -> None:
    path = write(tmp_path, "sources:\n  - name: [unclosed\n")
    with pytest.raises(ConfigError, match=r"sources.yaml \(line \d+, column \d+\): invalid YAML"):
        load_config(path)


def test_missing_file_and_duplicate_names(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        load_config(tmp_path / "nope.yaml")
    doubled = GOOD + GOOD.split("sources:\n", 1)[1]
    with pytest.raises(ConfigError, match="source name 'site-a' is used twice"):
        load_config(write(tmp_path, doubled))


def test_unknown_layout_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + "    layout: nonexistent\n")
    with pytest.raises(ConfigError, match="layout 'nonexistent' is not defined"):
        load_config(path)


def test_schedule_and_span_parsing() -> None:
    assert parse_schedule("every 2s").interval == timedelta(seconds=2)
    assert parse_schedule("every 30m").interval == timedelta(minutes=30)
    assert parse_schedule("0 8 * * 1-5").cron == "0 8 * * 1-5"
    assert parse_schedule("0 8 * * 7").cron == "0 8 * * 7"  # crontab: 7 is Sunday too
    assert parse_span("7d") == timedelta(days=7)
    for bad in ("every 3d", "every", "* * *", "0 25 * * *"):
        with pytest.raises(ValueError):
            parse_schedule(bad)
