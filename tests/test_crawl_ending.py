"""How Scrapy's stats become a run's outcome, and the small parsers that must never raise."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from newswatch.config.models import SourceConfig
from newswatch.crawler import stats as keys
from newswatch.crawler.failures import parse_retry_after
from newswatch.crawler.links import LinkSorter
from newswatch.crawler.outcome import crawl_ending
from newswatch.scheduler.child_errors import child_error_line

FINISHED = {"finish_reason": "finished", "response_received_count": 3}


def test_a_callback_exception_is_an_error_of_the_run() -> None:
    ok = crawl_ending({**FINISHED, keys.LIST_REQUESTS: 1, keys.LIST_PAGES: 1})
    assert ok.outcome == "ok" and ok.message is None
    raised = crawl_ending(
        {**FINISHED, keys.LIST_REQUESTS: 1, keys.LIST_PAGES: 1, keys.SPIDER_EXCEPTIONS: 2}
    )
    assert raised.outcome == "partial" and raised.counts.errors == 2
    assert "2 page(s) raised in the spider" in (raised.message or "")


def test_no_list_page_read_is_unreachable_naming_the_cause() -> None:
    stats = {
        **FINISHED,
        keys.LIST_REQUESTS: 2,
        keys.LIST_ERRORS: 2,
        keys.ERRORS: 2,
        keys.LIST_ERROR_FIRST: "http://x/list.html: HTTP 404",
    }
    ending = crawl_ending(stats)  # articles retried directly still answered (3 pages)
    assert ending.outcome == "unreachable"
    assert ending.message == "no list page could be read: http://x/list.html: HTTP 404"


def test_unsettled_articles_are_errors() -> None:
    ending = crawl_ending({**FINISHED, keys.LIST_REQUESTS: 1, keys.LIST_PAGES: 1,
                           keys.UNSETTLED: 1, keys.ERRORS: 1})  # fmt: skip
    assert ending.outcome == "partial"
    assert "1 article(s) neither stored nor recorded" in (ending.message or "")


@pytest.mark.parametrize(
    ("header", "want"),
    [
        ("120", timedelta(seconds=120)),
        ("9" * 40, timedelta(days=365)),
        ("Fri, 31 Dec 9999 23:59:59 GMT", timedelta(days=365)),
        ("Mon, 99 Foo 2020", None),
        (b"\xff\xfe", None),
        ("", None),
    ],
)
def test_retry_after_parsing_is_bounded(header: str | bytes, want: timedelta | None) -> None:
    assert parse_retry_after(header) == want


def test_malformed_and_overlong_links_are_counted_not_raised() -> None:
    source = SourceConfig(
        name="s", start_urls=["http://127.0.0.1/list.html"], article_url_pattern=r"/a/\w+\.html$"
    )
    links = LinkSorter(source).sort(
        "http://127.0.0.1/list.html",
        ["http://ad.example.com:8O80/x", "http://[::1/x", f"/a/{'x' * 3000}.html", "/a/ok.html"],
    )
    assert links.articles == ["http://127.0.0.1/a/ok.html"]
    assert (links.malformed, links.too_long) == (2, 1)


@pytest.mark.slow
def test_crawl_child_errors_are_one_line(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newswatch.scheduler.crawl", "--config", str(tmp_path / "no.yaml"),
         "--db", f"sqlite:///{tmp_path / 'nw.db'}", "--run", "a=1"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2
    line = f"newswatch crawl: config error: {tmp_path}/no.yaml: file not found"
    assert done.stderr.splitlines() == [line]
    code, line = child_error_line(RuntimeError("boom\n  at x"))
    assert (code, line) == (1, "newswatch crawl: RuntimeError: boom at x")
