"""`preview` and `extract URL` fetch within the crawl's limits: a body cap and an overall timeout.

A server on 127.0.0.1 sends an endless body, or one byte every 0.2 s
(each read succeeds, so only a timeout on the whole download stops it).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from newswatch.scheduler.cli import main
from newswatch.scheduler.fetch import FetchError, FetchLimits, fetch

CHUNK = b"<p>" + "社会组织".encode() * 2000 + b"</p>\n"
TRICKLE_SECONDS = 0.2  # between two bytes of /trickle


class Hostile(BaseHTTPRequestHandler):
    """/endless: an endless page; /trickle: a byte every TRICKLE_SECONDS; else 404."""

    sent: dict[str, int]  # bytes written per path, set on the class by the fixture

    def do_GET(self) -> None:
        if self.path not in ("/endless", "/trickle"):
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.sent.setdefault(self.path, 0)
        try:
            while True:
                piece = CHUNK if self.path == "/endless" else b"x"
                self.wfile.write(piece)
                self.wfile.flush()
                self.sent[self.path] += len(piece)
                if self.path == "/trickle":
                    time.sleep(TRICKLE_SECONDS)
        except OSError:
            return  # the client hung up: what the tests want

    def log_message(self, format: str, *args: object) -> None:
        pass


def source_config(folder: Path, name: str, start_url: str, **fields: object) -> Path:
    """sources.yaml in `folder`: one source `name` listing `start_url`, with `fields`."""
    extra = "".join(f"    {key}: {value}\n" for key, value in fields.items())
    config = folder / "sources.yaml"
    config.write_text(
        f"sources:\n  - name: {name}\n    start_urls: [{start_url}]\n"
        f"    article_url_pattern: '/a/'\n{extra}",
        encoding="utf-8",
    )
    return config


@pytest.fixture
def hostile() -> Iterator[tuple[str, dict[str, int]]]:
    sent: dict[str, int] = {}
    handler = type("Handler", (Hostile,), {"sent": sent})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    # shutdown() waits up to one poll interval (0.5 s by default) for the loop to notice.
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
    )
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", sent
    server.shutdown()
    server.server_close()


def test_endless_body_is_cut_at_the_cap(hostile: tuple[str, dict[str, int]]) -> None:
    base, sent = hostile
    with pytest.raises(FetchError, match="larger than 100000 bytes"):
        fetch(f"{base}/endless", "test", FetchLimits(max_bytes=100_000))
    time.sleep(0.3)  # the server notices the closed connection
    assert sent["/endless"] < 10_000_000  # stopped, not streamed on


def test_trickle_is_cut_by_the_overall_timeout(hostile: tuple[str, dict[str, int]]) -> None:
    base, sent = hostile
    with pytest.raises(FetchError, match=r"not downloaded within 0\.6 s"):
        fetch(f"{base}/trickle", "test", FetchLimits(timeout=0.6))
    assert 1 <= sent["/trickle"] <= 6


@pytest.mark.slow
def test_extract_url_stops_an_endless_page_at_the_crawls_cap(
    hostile: tuple[str, dict[str, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    base, sent = hostile
    assert main(["extract", f"{base}/endless"]) == 1
    err = capsys.readouterr().err
    assert "larger than 20971520 bytes" in err and "Traceback" not in err
    assert sent["/endless"] < 25 * 1024 * 1024 + 1024 * 1024  # the cap plus what was in flight


@pytest.mark.slow
def test_preview_gives_up_on_a_trickling_page_after_the_sources_timeout(
    hostile: tuple[str, dict[str, int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base, _ = hostile
    config = source_config(tmp_path, "slow", f"{base}/trickle", download_timeout=1)
    assert main(["preview", "slow", "--config", str(config)]) == 1
    assert "not downloaded within 1 s" in capsys.readouterr().err


@pytest.mark.slow
def test_preview_stops_an_endless_list_page_at_the_cap(
    hostile: tuple[str, dict[str, int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base, sent = hostile
    config = source_config(tmp_path, "endless", f"{base}/endless")
    assert main(["preview", "endless", "--config", str(config)]) == 1
    err = capsys.readouterr().err
    assert "larger than 20971520 bytes (the crawl's size cap)" in err and "Traceback" not in err
    # The server counts what it pushed into the socket, kernel buffers included:
    # under load it runs ahead of the reader by several MB (31 MB seen), so the
    # bound is "stopped near the cap", not the cap plus one read.
    assert sent["/endless"] < 2 * 20 * 1024 * 1024


@pytest.mark.slow
def test_extract_url_takes_the_sources_timeout(
    hostile: tuple[str, dict[str, int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base, _ = hostile
    config = source_config(tmp_path, "slow", f"{base}/", download_timeout=1)
    command = ["extract", f"{base}/trickle", "--source", "slow", "--config", str(config)]
    assert main(command) == 1
    assert "not downloaded within 1 s" in capsys.readouterr().err
