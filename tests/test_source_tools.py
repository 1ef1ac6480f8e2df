"""Tools for keeping sources healthy: preview, source health, layout-change warning, digests."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from newswatch.scheduler.cli import main

from tests.mockserver import MockServer
from tests.support.receiver import Receiver


def test_preview_shows_what_the_config_finds(
    site: MockServer, site_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["preview", "xhby-suzhou-trs", "--config", str(site_config), "--limit", "3"])
    out = capsys.readouterr().out
    assert re.search(
        r"\d+ links \(utf-8\); 4 match article_url_pattern, 3 match list_url_pattern", out
    )
    assert "example.com" not in out  # off-site links are not the source's
    assert "skipped: robots.txt disallows it" in out
    assert "! HTTP 500" in out
    assert "editor: " in out and "published: 20" in out
    assert site.count("/private/sz/yw/202304/t20230420_7940116.shtml") == 0


def test_preview_of_unknown_source_is_a_clear_error(
    site_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["preview", "nope", "--config", str(site_config)]) == 2  # a bad command-line value
    assert "no source named 'nope'" in capsys.readouterr().err


@pytest.mark.slow
def test_sources_flags_a_probable_layout_change(
    site: MockServer,
    site_config: Path,
    site_expected: dict[str, Any],
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["run", "--quiet", "--config", str(site_config)]) == 0
    capsys.readouterr()
    assert main(["sources", "--config", str(site_config)]) == 0
    healthy = capsys.readouterr().out
    assert "layout-changed" not in healthy and re.search(r"xhby-suzhou\s+ok", healthy)
    # The site is redesigned: the list page keeps its URL, its links change shape.
    first = site_expected["list_pages"]["xhby-2023"][0]
    page = site.root / first.lstrip("/")
    page.write_text(
        re.sub(
            r'href="[^"]*/content/s([0-9a-f]{24})\.html"',
            r'href="/a/\1"',
            page.read_text(encoding="utf-8"),
        ),
        encoding="utf-8",
    )
    assert main(["run", "--config", str(site_config)]) == 0
    run_out = capsys.readouterr().out
    assert "probable layout change" in run_out
    assert main(["sources", "--config", str(site_config)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"xhby-suzhou\s+layout-changed", out)
    assert "! xhby-suzhou: a list page showed no article link" in out


@pytest.mark.slow
def test_a_cycle_sends_one_digest_of_new_relevant_articles(
    site: MockServer,
    site_config: Path,
    site_expected: dict[str, Any],
    receiver: Receiver,
) -> None:
    config = yaml.safe_load(site_config.read_text(encoding="utf-8"))
    config["notify"] = [receiver.url]
    site_config.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    assert main(["run", "--quiet", "--config", str(site_config)]) == 0
    assert len(receiver.bodies) == 1
    digest = receiver.bodies[0]
    text = f"{digest.get('title', '')}\n{digest.get('message', '')}"
    relevant = [
        a for a in site_expected["articles"].values() if a["relevant"] and not a["duplicate_of"]
    ]
    for article in relevant:
        assert article["title"] in text
    assert main(["run", "--quiet", "--config", str(site_config)]) == 0
    assert len(receiver.bodies) == 1  # nothing new, nothing sent


@pytest.mark.slow
def test_an_unreachable_source_is_one_clear_line_not_a_traceback(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    config = tmp_path / "sources.yaml"
    config.write_text(
        f"database: sqlite:///{tmp_path / 'nw.db'}\nsources:\n  - name: down\n"
        f"    start_urls: http://127.0.0.1:{port}/list.html\n"
        "    article_url_pattern: '/a/\\d+\\.html$'\n    download_delay: 0\n",
        encoding="utf-8",
    )
    assert main(["run", "--config", str(config)]) == 1  # cron must hear about it
    captured = capfd.readouterr()
    assert re.search(r"down\s+unreachable\s+0", captured.out)
    assert "! down: no list page could be read: http://127.0.0.1" in captured.out
    assert "Connection was refused" in captured.out
    assert "Traceback" not in captured.err
    assert "list page http://127.0.0.1" in captured.err and "Connection" in captured.err
    assert main(["sources", "--config", str(config)]) == 0
    assert re.search(r"down\s+unreachable", capfd.readouterr().out)
