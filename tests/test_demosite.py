"""The demo site: its server (and the mock server on top), configs rendered for it, its pages."""

from __future__ import annotations

import email.utils
import http.client
import os
import re
import signal
import subprocess
import sys
import threading
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from newswatch.config.loader import DEFAULT_CONFIG, load_config
from newswatch.scheduler.demosite.rebase import render_config
from newswatch.scheduler.demosite.server import SiteServer, parse_routes

from tests.mockserver import FaultRoute, MockServer, set_route
from tests.site.make_site import build_site, expected_text
from tests.support.site import SITE_DIR, SITE_EXPECTED, SITE_WWW

REPO = Path(__file__).resolve().parents[1]
SEED_PATH = "/sz/yw/202206/t20220628_7596302.shtml"
GBK_PATH = "/sz/yw/201903/t20190321_6093418.shtml"
NEAR_MISS_WORDING = ("社会各界", "组织开展", "组织部", "党组织")


def fetch(
    server: MockServer, path: str, headers: dict[str, str] | None = None, method: str = "GET"
) -> tuple[int, dict[str, str], bytes]:
    """One request over a fresh connection: (status, lower-cased headers, body)."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        connection.request(method, path, headers=headers or {})
        response = connection.getresponse()
        body = response.read()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, body
    finally:
        connection.close()


def www_bytes(path: str) -> bytes:
    return (SITE_WWW / path.lstrip("/")).read_bytes()


# ---------------------------------------------------------------- static serving


def test_serves_file_bytes_with_content_type(site: MockServer) -> None:
    status, headers, body = fetch(site, "/sz/yw/index.shtml")
    assert status == 200
    assert body == www_bytes("/sz/yw/index.shtml")
    assert headers["content-type"] == "text/html"
    assert int(headers["content-length"]) == len(body)


def test_content_types_by_extension(site: MockServer) -> None:
    assert fetch(site, "/robots.txt")[1]["content-type"].startswith("text/plain")
    assert fetch(site, "/images/logo.png")[1]["content-type"] == "image/png"
    assert fetch(site, "/css/trs_common.css")[1]["content-type"].startswith("text/css")
    assert fetch(site, "/content/s64f6d6a0e4b086194459fecf.html")[1]["content-type"] == "text/html"


def test_directory_serves_its_index(site: MockServer) -> None:
    status, _, body = fetch(site, "/sz/yw/")
    assert status == 200
    assert body == www_bytes("/sz/yw/index.shtml")


def test_head_sends_headers_without_body(site: MockServer) -> None:
    status, headers, body = fetch(site, "/sz/index.html", method="HEAD")
    assert status == 200
    assert body == b""
    assert int(headers["content-length"]) == len(www_bytes("/sz/index.html"))


def test_missing_path_is_404_with_html_body(site: MockServer) -> None:
    status, headers, body = fetch(site, "/content/s67a16d98e4b0ea21841da70e.html")
    assert status == 404
    assert headers["content-type"].startswith("text/html")
    assert b"404" in body


def test_routes_file_and_paths_outside_root_are_not_served(site: MockServer) -> None:
    assert fetch(site, "/_routes.yaml")[0] == 404
    assert fetch(site, "/../conftest.py")[0] == 404
    assert fetch(site, "/%2e%2e/%2e%2e/etc/passwd")[0] == 404


def test_changed_page_is_served_fresh(site: MockServer) -> None:
    (site.root / "sz" / "yw" / "new.shtml").write_text("<p>新页面</p>", encoding="utf-8")
    status, _, body = fetch(site, "/sz/yw/new.shtml")
    assert status == 200
    assert body.decode("utf-8") == "<p>新页面</p>"


# ---------------------------------------------------------------- conditional GET


def test_etag_revalidation_answers_304_without_body(site: MockServer) -> None:
    _, headers, _ = fetch(site, SEED_PATH)
    etag = headers["etag"]
    assert etag.startswith('"') and etag.endswith('"')
    status, again, body = fetch(site, SEED_PATH, {"If-None-Match": etag})
    assert status == 304
    assert body == b""
    assert again["etag"] == etag


def test_etag_changes_with_the_bytes(site: MockServer) -> None:
    _, headers, _ = fetch(site, SEED_PATH)
    page = site.root / SEED_PATH.lstrip("/")
    page.write_bytes(page.read_bytes() + b"<!-- edited -->")
    status, fresh, body = fetch(site, SEED_PATH, {"If-None-Match": headers["etag"]})
    assert status == 200
    assert fresh["etag"] != headers["etag"]
    assert body.endswith(b"<!-- edited -->")


def test_if_modified_since_answers_304_until_the_file_changes(site: MockServer) -> None:
    _, headers, _ = fetch(site, "/sz/index.html")
    last_modified = headers["last-modified"]
    assert fetch(site, "/sz/index.html", {"If-Modified-Since": last_modified})[0] == 304
    older = email.utils.formatdate(
        email.utils.parsedate_to_datetime(last_modified).timestamp() - 3600, usegmt=True
    )
    status, _, body = fetch(site, "/sz/index.html", {"If-Modified-Since": older})
    assert status == 200
    assert body == www_bytes("/sz/index.html")


def test_if_none_match_wins_over_if_modified_since(site: MockServer) -> None:
    _, headers, _ = fetch(site, "/sz/index.html")
    conditions = {"If-None-Match": '"stale"', "If-Modified-Since": headers["last-modified"]}
    assert fetch(site, "/sz/index.html", conditions)[0] == 200


# ---------------------------------------------------------------- special routes


def test_server_error_route(site: MockServer, site_expected: dict[str, Any]) -> None:
    (path,) = site_expected["errors"]["server_error"]
    status, headers, body = fetch(site, path)
    assert status == 500
    assert headers["content-type"].startswith("text/html")
    assert b"500" in body


def test_gbk_page_is_sent_with_a_lying_utf8_header(site: MockServer) -> None:
    status, headers, body = fetch(site, GBK_PATH)
    assert status == 200
    assert headers["content-type"] == "text/html; charset=utf-8"
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    text = body.decode("gbk")
    assert '<meta charset="gbk" />' in text
    assert "吴江区第五届公益创投大赛启动" in text


def test_redirect_route(site: MockServer) -> None:
    status, headers, body = fetch(site, "/sz/yw/index.htm")
    assert status == 301
    assert headers["location"] == "/sz/yw/index.shtml"
    assert body == b""


def test_reset_route_drops_the_connection(site: MockServer) -> None:
    set_route(site, "/_test/reset", {"reset": True})
    with pytest.raises(ConnectionResetError):  # RemoteDisconnected is one too
        fetch(site, "/_test/reset")
    (record,) = site.records()
    assert record.path == "/_test/reset"
    assert record.status is None


def test_delayed_route_does_not_block_other_requests(site: MockServer) -> None:
    (site.root / "_routes.yaml").write_text(
        "/slow.html: {delay: 20, body: late}\n", encoding="utf-8"
    )
    outcome: list[object] = []

    def slow_request() -> None:
        try:
            outcome.append(fetch(site, "/slow.html"))
        except OSError as exc:
            outcome.append(exc)

    waiting = threading.Thread(target=slow_request)
    waiting.start()
    assert fetch(site, "/robots.txt")[0] == 200
    assert waiting.is_alive() and not outcome
    site.stop()  # a delayed request ends (dropped) when the server stops
    waiting.join(timeout=10)
    assert not waiting.is_alive()


def test_routes_file_is_reread_when_it_changes(site: MockServer) -> None:
    assert fetch(site, "/robots.txt")[0] == 200
    routes = site.root / "_routes.yaml"
    routes.write_text(
        routes.read_text(encoding="utf-8")
        + '/robots.txt: {status: 503, headers: {Retry-After: "120"}}\n',
        encoding="utf-8",
    )
    status, headers, _ = fetch(site, "/robots.txt")
    assert status == 503
    assert headers["retry-after"] == "120"


def test_route_body_and_query_specific_route(site: MockServer) -> None:
    (site.root / "_routes.yaml").write_text(
        "/api?page=2: {body: 第二页, headers: {Content-Type: text/plain; charset=utf-8}}\n",
        encoding="utf-8",
    )
    status, headers, body = fetch(site, "/api?page=2")
    assert (status, headers["content-type"], body.decode("utf-8")) == (
        200,
        "text/plain; charset=utf-8",
        "第二页",
    )
    assert fetch(site, "/api?page=3")[0] == 404


@pytest.mark.parametrize(
    "text",
    [
        "/x: {status: 999}",
        "/x: {redirect: /y, status: 200}",
        "/x: {colour: red}",
        "x: {status: 500}",
        # fault injection is the test server's, never the product's
        "/x: {delay: 1}",
        "/x: {reset: true}",
    ],
)
def test_invalid_routes_are_rejected(text: str) -> None:
    with pytest.raises(ValueError):
        parse_routes(text)


def test_fault_routes_are_read_by_the_test_server_only() -> None:
    (route,) = parse_routes("/x: {delay: 1.5, status: 503}", route_type=FaultRoute).values()
    assert route == FaultRoute(status=503, delay=1.5)
    with pytest.raises(ValueError, match="delay"):
        parse_routes("/x: {delay: 3600}", route_type=FaultRoute)


def test_invalid_routes_file_fails_at_start(tmp_path: Path) -> None:
    (tmp_path / "_routes.yaml").write_text("/x: {delay: -1}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="delay"):
        MockServer(tmp_path).start()


# ---------------------------------------------------------------- request log


def test_request_log_counts_and_records(site: MockServer) -> None:
    fetch(site, "/sz/index.html", {"User-Agent": "newswatch-test"})
    fetch(site, "/sz/index.html?from=share")
    fetch(site, "/nope")
    assert site.paths() == ["/sz/index.html", "/sz/index.html?from=share", "/nope"]
    assert site.count("/sz/index.html") == 2
    assert site.count("/sz/index.html?from=share") == 1
    assert site.count("/robots.txt") == 0
    first, _, missing = site.records()
    assert (first.method, first.status, first.headers["User-Agent"]) == (
        "GET",
        200,
        "newswatch-test",
    )
    assert first.bytes_sent == len(www_bytes("/sz/index.html"))
    assert missing.status == 404
    site.clear()
    assert site.paths() == []


def test_the_product_server_serves_the_shipped_pages_on_ephemeral_ports() -> None:
    with SiteServer(SITE_WWW) as one, SiteServer(SITE_WWW) as two:
        assert one.port != two.port
        assert one.base_url == f"http://127.0.0.1:{one.port}"
        assert fetch(two, "/robots.txt")[0] == 200
        assert fetch(one, "/sz/index.htm")[0] == 302  # the deliberate routes ship too
        assert fetch(one, "/sz/yw/202305/t20230510_7950321.shtml")[0] == 500
    assert not one.running


@pytest.mark.slow
def test_command_line_serves_until_interrupted() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.mockserver", "--port", "0", str(SITE_WWW)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        port = int(re.search(r"http://127\.0\.0\.1:(\d+)/", line).group(1))  # type: ignore[union-attr]
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request("GET", "/robots.txt")
        assert b"Disallow: /private/" in connection.getresponse().read()
        connection.close()
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()


# ---------------------------------------------------------------- configs for the copy


def test_render_config_points_sources_at_the_copy(site_config: Path, site: MockServer) -> None:
    config = load_config(site_config)
    assert {s.name for s in config.sources} == {"xhby-suzhou", "xhby-suzhou-trs"}
    for source in config.sources:
        assert all(url.startswith(site.base_url + "/sz/") for url in source.start_urls)
        assert source.download_delay == 0
        assert source.since == "2018-01-01"
    assert config.database.startswith("sqlite:///") and "newswatch.db" in config.database
    assert Path(config.topics).is_absolute() and Path(config.topics).exists()


def test_render_config_keeps_the_rest_and_rejects_bad_overrides(tmp_path: Path) -> None:
    out = render_config(DEFAULT_CONFIG, "http://127.0.0.1:9", tmp_path / "c.yaml")
    original, rendered = load_config(DEFAULT_CONFIG), load_config(out)
    assert rendered.layouts == original.layouts
    assert [s.article_url_pattern for s in rendered.sources] == [
        s.article_url_pattern for s in original.sources
    ]
    with pytest.raises(Exception, match="download_delay"):
        render_config(
            DEFAULT_CONFIG,
            "http://127.0.0.1:9",
            tmp_path / "bad.yaml",
            overrides={"download_delay": -1},
        )


def test_default_start_urls_are_list_pages_of_the_copy(
    site: MockServer, site_expected: dict[str, Any]
) -> None:
    config = load_config(DEFAULT_CONFIG)
    first_pages = {pages[0] for pages in site_expected["list_pages"].values()}
    for source in config.sources:
        for url in source.start_urls:
            path = "/" + url.split("/", 3)[3]
            assert path in first_pages
            assert fetch(site, path)[0] == 200


def test_url_patterns_match_the_copy(site_expected: dict[str, Any]) -> None:
    """Patterns are searched in absolute URLs, as the spider does."""
    sources = {s.layout: s for s in load_config(DEFAULT_CONFIG).sources}
    base = "http://127.0.0.1:8000"
    for path, article in site_expected["articles"].items():
        assert re.search(sources[article["layout"]].article_url_pattern, base + path), path
    for layout, pages in site_expected["list_pages"].items():
        pattern = sources[layout].list_url_pattern or "$^"
        assert all(re.search(pattern, base + page) for page in pages)
    for path in site_expected["errors"]["not_found"] + site_expected["errors"]["server_error"]:
        assert any(re.search(s.article_url_pattern, base + path) for s in sources.values())


def test_only_robots_and_host_keep_traps_out(site_expected: dict[str, Any]) -> None:
    """Disallowed /private/ links and an external link match the article patterns on purpose."""
    sources = load_config(DEFAULT_CONFIG).sources
    base = "http://127.0.0.1:8000"
    private = [p for p in site_expected["not_followed"] if p.startswith("/private/")]
    assert len(private) == 2
    for path in private:
        assert any(re.search(s.article_url_pattern, base + path) for s in sources)
    assert any(
        re.search(s.article_url_pattern, url)
        for s in sources
        for url in site_expected["external_links"]
    )
    others = [p for p in site_expected["not_followed"] if not p.startswith("/private/")]
    for path in others:
        for source in sources:
            assert not re.search(source.article_url_pattern, base + path), path
            assert not re.search(source.list_url_pattern or "$^", base + path), path


# ---------------------------------------------------------------- the site copy itself


def test_committed_copy_matches_its_generator() -> None:
    """www/ and expected.yaml are what make_site.py renders from the data (re-run it)."""
    built = build_site(SITE_DIR)
    on_disk = {
        p.relative_to(SITE_WWW).as_posix(): p.read_bytes()
        for p in sorted(SITE_WWW.rglob("*"))
        if p.is_file()
    }
    assert sorted(on_disk) == sorted(built.files)
    stale = [path for path, content in built.files.items() if on_disk[path] != content]
    assert stale == []
    assert SITE_EXPECTED.read_text(encoding="utf-8") == expected_text(built.expected)


def test_article_mix(site_expected: dict[str, Any]) -> None:
    articles = site_expected["articles"]
    kinds = [a["kind"] for a in articles.values()]
    assert len(articles) >= 16
    assert sum(a["relevant"] for a in articles.values()) >= 6
    assert kinds.count("relevant_implicit") >= 2
    assert kinds.count("near_miss") >= 3
    assert {a["layout"] for a in articles.values()} == {"xhby-trs", "xhby-2023"}
    duplicates = [a for a in articles.values() if a["duplicate_of"]]
    assert len(duplicates) == 1
    original = articles[duplicates[0]["duplicate_of"]]
    assert duplicates[0]["first_paragraph"] == original["first_paragraph"]
    assert duplicates[0]["last_paragraph"] == original["last_paragraph"]


def _page_text(path: str, encoding: str) -> str:
    return www_bytes(path).decode(encoding)


class _ContainerText(HTMLParser):
    """Text inside the first element carrying a CSS class (nested elements included)."""

    def __init__(self, css_class: str) -> None:
        super().__init__()
        self._class = css_class
        self._depth = 0
        self._done = False
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._depth:
            self._depth += tag not in VOID_ELEMENTS
        elif not self._done and self._class in (dict(attrs).get("class") or "").split():
            self._depth = 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """<img ... />: no content, no depth."""

    def handle_endtag(self, tag: str) -> None:
        if self._depth and tag not in VOID_ELEMENTS:
            self._depth -= 1
            self._done = self._depth == 0

    def handle_data(self, data: str) -> None:
        if self._depth:
            self.parts.append(data)


VOID_ELEMENTS = frozenset({"img", "br", "hr", "meta", "link", "input"})
BODY_CLASSES = {"xhby-trs": "TRS_Editor", "xhby-2023": "article-content"}


def body_text(path: str, layout: str, encoding: str = "utf-8") -> str:
    """The text of an article page's body container."""
    parser = _ContainerText(BODY_CLASSES[layout])
    parser.feed(_page_text(path, encoding))
    return "".join(parser.parts)


def test_kinds_match_the_wording_of_the_pages(site_expected: dict[str, Any]) -> None:
    for path, article in site_expected["articles"].items():
        body = body_text(path, article["layout"], article["encoding"])
        assert article["first_paragraph"] in body and article["last_paragraph"] in body
        if article["kind"] in ("relevant_implicit", "near_miss"):
            assert "社会组织" not in article["title"] + body, path
        if article["kind"] == "near_miss":
            assert any(word in body for word in NEAR_MISS_WORDING), path
        if article["kind"] == "relevant":
            assert "社会组织" in article["title"] + body, path


def test_seed_article_is_rendered_with_its_boilerplate(site_expected: dict[str, Any]) -> None:
    seed = site_expected["articles"][SEED_PATH]
    assert seed["title"] == "“八项发布”赋能社会组织,苏州成功举办第二届“红社发布”活动"
    assert seed["published_at"] == "2022-06-28T18:05:00+08:00"
    assert (seed["source"], seed["editor"], seed["author"]) == ("新华报业网", "王建旸", "邹玉芬")
    assert seed["last_paragraph"].endswith("充分发挥社会组织登记管理机关抓党建的职能优势。")
    assert seed["credit"] == "(邹玉芬)"
    page = _page_text(SEED_PATH, "utf-8")
    for fragment in (
        '<span id="pubtime_baidu">2022/06/28 18:05</span>',
        '<div class="TRS_Editor">',
        "责编:王建旸",
        "版权和免责声明",
        "read_image_看图王.jpg",
        "相关网站",
        "网上不良信息_00.png",
        "苏ICP备",
    ):
        assert fragment in page


def test_boilerplate_is_sometimes_inside_the_body_container() -> None:
    assert "责编" in body_text(GBK_PATH, "xhby-trs", "gbk")
    assert "版权和免责声明" in body_text(GBK_PATH, "xhby-trs", "gbk")
    assert "责编" not in body_text(SEED_PATH, "xhby-trs")
    assert "责编" in body_text("/content/s6757aeb0e4b0310a72c82f68.html", "xhby-2023")
    assert "责编" not in body_text("/content/s64f6d6a0e4b086194459fecf.html", "xhby-2023")


def test_v2_ids_carry_the_publish_time(site_expected: dict[str, Any]) -> None:
    for path, article in site_expected["articles"].items():
        match = re.search(r"/content/s([0-9a-f]{8})[0-9a-f]{16}\.html$", path)
        if article["layout"] == "xhby-2023":
            published = datetime.fromisoformat(article["published_at"])
            assert match and int(match.group(1), 16) == int(published.timestamp()), path


def test_list_pages_link_every_article_and_trap(
    site: MockServer, site_expected: dict[str, Any]
) -> None:
    linked: set[str] = set()
    for pages in site_expected["list_pages"].values():
        for page in pages:
            status, _, body = fetch(site, page)
            assert status == 200
            directory = page.rsplit("/", 1)[0]
            for href in re.findall(r'href="([^"]+)"', body.decode("utf-8")):
                linked.add(directory + href[1:] if href.startswith("./") else href)
    errors = site_expected["errors"]
    assert set(site_expected["articles"]) <= linked
    assert set(errors["not_found"] + errors["server_error"]) <= linked
    assert {p for p in site_expected["not_followed"] if p.startswith("/private/")} <= linked
    assert any(href.startswith("https://www.example.com/") for href in linked)
    assert any(href.endswith(".png") for href in linked)
    robots = fetch(site, "/robots.txt")[2].decode("utf-8")
    assert all(f"Disallow: {p}" in robots for p in site_expected["robots_disallowed"])


def test_expected_file_is_plain_yaml() -> None:
    data = yaml.safe_load(SITE_EXPECTED.read_text(encoding="utf-8"))
    assert set(data) == {
        "articles",
        "list_pages",
        "errors",
        "robots_disallowed",
        "not_followed",
        "external_links",
        "channels",
    }
