"""`newswatch check`, `newswatch discover` and fix suggestions, on the local site copy.

The copy's home page links the two 苏州 channels, 南京 (V2 layout), 无锡 (TRS
layout) and a government site (苏州市民政局, its own layout) with channels of
its own; tests/site/expected.yaml lists every channel's list pages and
articles, so "the proposed pattern matches exactly this channel's articles"
is checked against every URL of the copy.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from newswatch.crawler.urlshape import narrowest_pattern, pages_pattern
from newswatch.scheduler.cli import main

from tests.mockserver import MockServer as SiteServer
from tests.support.site import SITE_WWW

CHECK_KEYS = {"name", "ok", "status", "article_links", "list_links", "problems"}
PROPOSAL_KEYS = {
    "name",
    "start_urls",
    "article_url_pattern",
    "list_url_pattern",
    "sample_articles",
    "confidence",
}


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, json.loads(out.out) if "--json" in argv else out.out, out.err


def _with_sources(config: Path, change: list[dict[str, Any]]) -> Path:
    """The site config with its sources replaced by `change` (each based on a default one)."""
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    by_name = {s["name"]: s for s in data["sources"]}
    data["sources"] = [{**by_name[c.pop("like")], **c} for c in change]
    config.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return config


# ---------------------------------------------------------------- check


def test_check_healthy_source(
    site: SiteServer, site_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _with_sources(site_config, [{"like": "xhby-suzhou-trs"}])
    code, rows, _ = _run(capsys, "check", "--config", str(site_config), "--json")
    assert code == 0
    [row] = rows
    assert set(row) >= CHECK_KEYS
    assert row["ok"] is True and row["problems"] == []
    assert row["status"] == {site.base_url + "/sz/yw/index.shtml": 200}
    # 4 entries on the first TRS list page (one answers 500); 3 other list pages
    assert (row["article_links"], row["list_links"]) == (4, 3)
    assert row["article"]["title"] and row["article"]["text_length"] > 200


def test_check_gone_start_url_and_pattern_matching_nothing(
    site: SiteServer, site_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    moved = site.base_url + "/sz/list.html"
    _with_sources(
        site_config,
        [
            {"like": "xhby-suzhou", "start_urls": [moved]},
            {"like": "xhby-suzhou-trs", "name": "trs-wrong", "article_url_pattern": r"/a\d+\.htm$"},
            {"like": "xhby-suzhou-trs"},
        ],
    )
    code, rows, _ = _run(capsys, "check", "--config", str(site_config), "--json")
    assert code == 1
    gone, nothing, healthy = rows
    assert gone["ok"] is False and gone["status"] == {moved: 404}
    assert gone["article_links"] == 0
    [problem] = gone["problems"]
    assert "HTTP 404" in problem
    assert f"the 苏州 channel now seems to be at {site.base_url}/sz/index.html" in problem
    assert nothing["ok"] is False and nothing["article_links"] == 0
    assert nothing["list_links"] == 3
    [problem] = nothing["problems"]
    assert "article_url_pattern matches none of the links" in problem
    assert r"/sz/yw/\d{6}/t\d{8}_\d+\.shtml$" in problem
    assert healthy["ok"] is True
    code, text, _ = _run(capsys, "check", "--config", str(site_config))
    assert code == 1 and "3 source(s) checked, 2 with problems" in text


def test_check_names_a_pattern_with_the_host(
    site: SiteServer, site_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pattern = r"www\.xhby\.net/sz/yw/\d{6}/t\d{8}_\d+\.shtml$"
    _with_sources(site_config, [{"like": "xhby-suzhou-trs", "article_url_pattern": pattern}])
    code, rows, _ = _run(capsys, "check", "--config", str(site_config), "--json")
    assert code == 1
    assert rows[0]["article_links"] == 0  # the local copy is not www.xhby.net: the point
    assert any("names a scheme or host" in p for p in rows[0]["problems"])


def test_check_bad_config_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("sources: [{name: x, start_urls: [http://a/], article_url_pattern: '('}]\n")
    assert main(["check", "--config", str(bad)]) == 2
    assert "config error" in capsys.readouterr().err


# ---------------------------------------------------------------- discover


def _site_paths() -> set[str]:
    """Every page of the copy as a URL path."""
    return {
        "/" + p.relative_to(SITE_WWW).as_posix()
        for p in SITE_WWW.rglob("*")
        if p.suffix in (".html", ".shtml")
    }


def _channels(expected: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every channel of the copy: home, link text, list pages, articles (incl. dead entries)."""
    errors = expected["errors"]
    channels = {
        name: {**c, "articles": set(c["articles"])} for name, c in expected["channels"].items()
    }
    for layout, text in (("xhby-2023", "苏州"), ("xhby-trs", "苏州资讯（2018—2023 存档）")):
        articles = {p for p, a in expected["articles"].items() if a["layout"] == layout}
        prefix = "/content/" if layout == "xhby-2023" else "/sz/yw/"
        dead = {p for p in errors["not_found"] + errors["server_error"] if p.startswith(prefix)}
        channels[text] = {
            "home": "/index.html",
            "layout": layout,
            "link_text": text,
            "list_pages": expected["list_pages"][layout],
            "articles": articles | dead,
        }
    return channels


CASES = [
    ("苏州", "苏州", "xhby-2023"),
    ("苏州", "苏州资讯（2018—2023 存档）", "xhby-trs"),
    ("南京", "南京", "xhby-2023"),
    ("无锡", "无锡", "xhby-trs"),
    ("社会组织", "社会组织", None),
    ("民政动态", "民政动态", None),
]


@pytest.mark.parametrize(("channel", "name", "layout"), CASES)
def test_discover_finds_each_channel(
    site: SiteServer,
    site_expected: dict[str, Any],
    capsys: pytest.CaptureFixture[str],
    channel: str,
    name: str,
    layout: str | None,
) -> None:
    channels = _channels(site_expected)
    truth = channels[name]
    home = site.base_url + truth["home"]
    code, proposals, _ = _run(capsys, "discover", home, "--channel", channel, "--json")
    assert code == 0
    first_page = site.base_url + truth["list_pages"][0]
    [proposal] = [p for p in proposals if p["start_urls"] == [first_page]]
    assert set(proposal) >= PROPOSAL_KEYS
    assert proposal["layout"] == layout
    assert proposal["confidence"] >= 0.8
    article = re.compile(proposal["article_url_pattern"])
    pages = re.compile(proposal["list_url_pattern"])
    universe = _site_paths() | set(site_expected["not_followed"])
    for other in channels.values():
        universe |= other["articles"] | set(other["list_pages"])
    matched = {p for p in universe if article.search(site.base_url + p)}
    if truth["layout"] == "xhby-2023":
        # V2 articles of every channel live at /content/s<hex>.html: the URL cannot say
        # the channel, the list pages do.  Nothing else may match.
        v2 = set().union(*(c["articles"] for c in channels.values() if c["layout"] == "xhby-2023"))
        assert truth["articles"] <= matched <= v2
    else:
        assert matched == truth["articles"]
    assert {p for p in universe if pages.search(site.base_url + p)} == set(truth["list_pages"])
    assert all(article.search(url) for url in proposal["sample_articles"])


def test_discover_yaml_block_pastes_into_a_config(
    site: SiteServer, site_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """discover → paste → check: the proposals are a valid, healthy config."""
    code, block, err = _run(capsys, "discover", site.base_url + "/", "--channel", "苏州")
    assert code == 0
    assert "苏州市民政局" in err  # the gov site's home page named 苏州 too: said, not proposed
    config = yaml.safe_load(site_config.read_text(encoding="utf-8"))
    config["sources"] = yaml.safe_load(block)
    assert [s["layout"] for s in config["sources"]] == ["xhby-2023", "xhby-trs"]
    site_config.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    code, rows, _ = _run(capsys, "check", "--config", str(site_config), "--json")
    assert code == 0, rows
    assert [r["ok"] for r in rows] == [True, True]


def test_discover_home_page_without_channel_lists_channels(
    site: SiteServer, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, "discover", site.base_url + "/szsmzj/index.shtml")
    assert code == 1 and out == ""
    assert "pass --channel" in err and "社会组织" in err


def test_discover_bad_url_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["discover", "ftp://example.com/"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not an http(s) URL" in err


# ---------------------------------------------------------------- URL shapes


def test_narrowest_pattern_keeps_literals_and_generalises_ids() -> None:
    trs = [
        "https://www.xhby.net/sz/yw/202206/t20220628_7596302.shtml",
        "https://www.xhby.net/sz/yw/202301/t20230107_805116.shtml",
    ]
    pattern = narrowest_pattern(trs)
    assert pattern == r"^https?://[^/]+/sz/yw/\d{6}/t\d{8}_\d+\.shtml$"
    assert re.search(pattern, "http://127.0.0.1:8000/sz/yw/202412/t20241201_1.shtml")
    assert not re.search(pattern, "https://www.xhby.net/wx/yw/202206/t20220628_7596302.shtml")
    assert not re.search(pattern, "https://www.xhby.net/private/sz/yw/202206/t20220628_1.shtml")
    v2 = ["https://www.xhby.net/content/s69cf8f3fe4b09a6c3e096de6.html"]
    assert narrowest_pattern(v2) == r"^https?://[^/]+/content/s[0-9a-f]{24}\.html$"
    with pytest.raises(ValueError):
        narrowest_pattern([*trs, *v2])


def test_pages_pattern_makes_the_page_number_optional() -> None:
    pattern = pages_pattern("http://h/sz/index.html", ["http://h/sz/index_2.html"])
    assert pattern == r"^https?://[^/]+/sz/index(_\d+)?\.html$"
    assert re.search(pattern, "http://h/sz/index_12.html")
    assert not re.search(pattern, "http://h/sz/index_a.html")


# ---------------------------------------------------------------- suggestions when a source breaks


@pytest.mark.slow
def test_moved_start_url_gets_a_suggestion_in_run_note_and_sources(
    site: SiteServer, site_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    moved = site.base_url + "/sz/list.html"
    _with_sources(site_config, [{"like": "xhby-suzhou", "start_urls": [moved]}])
    before = site_config.read_bytes()
    fix = f"the 苏州 channel now seems to be at {site.base_url}/sz/index.html"
    code, out, _ = _run(capsys, "run", "--config", str(site_config))
    assert code == 1  # no page of the source could be read: unreachable, cron hears of it
    assert f"{moved}: HTTP 404; suggestion: {fix}" in out
    code, out, _ = _run(capsys, "sources", "--config", str(site_config))
    assert code == 0 and fix in out
    code, rows, _ = _run(capsys, "sources", "--config", str(site_config), "--json")
    assert fix in rows[0]["suggestion"]
    assert site_config.read_bytes() == before  # a suggestion, never an edit


@pytest.mark.slow
def test_redesigned_list_page_gets_new_patterns_suggested(
    site: SiteServer, site_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A list page whose links no longer match (layout change): discovery proposes patterns."""
    _with_sources(
        site_config, [{"like": "xhby-suzhou-trs", "article_url_pattern": r"/sz/yw/a\d+\.html$"}]
    )
    code, out, _ = _run(capsys, "run", "--config", str(site_config))
    assert code == 0
    assert "suggestion: the page's articles now look like" in out
    assert r"article_url_pattern '^https?://[^/]+/sz/yw/\d{6}/t\d{8}_\d+\.shtml$'" in out


# ---------------------------------------------------------------- politeness


def test_check_and_discover_fetch_politely(
    site: SiteServer, site_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The configured User-Agent on every request; robots.txt-disallowed pages never fetched."""
    private = site.base_url + "/private/sz/yw/index.shtml"
    _with_sources(site_config, [{"like": "xhby-suzhou-trs", "start_urls": [private]}])
    data = yaml.safe_load(site_config.read_text(encoding="utf-8"))
    data["user_agent"] = "newswatch-test/9 (+https://example.org/bot)"
    site_config.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    code, rows, _ = _run(capsys, "check", "--config", str(site_config), "--json")
    assert code == 1
    assert rows[0]["status"] == {private: None}
    assert "robots.txt" in rows[0]["problems"][0]
    code, _, _ = _run(
        capsys, "discover", site.base_url + "/", "--channel", "苏州", "--config", str(site_config)
    )
    assert code == 0
    records = site.log.records()
    assert records and all(r.headers.get("User-Agent") == data["user_agent"] for r in records), {
        r.headers.get("User-Agent") for r in records
    }
    assert not [r.path for r in records if r.path.startswith("/private/")]
    # robots.txt once per command, not once per page
    assert site.log.count("/robots.txt") == 2


def test_check_gone_410_is_a_problem_with_a_suggestion(
    site: SiteServer, site_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    routes = site.root / "_routes.yaml"
    table = yaml.safe_load(routes.read_text(encoding="utf-8"))
    table["/sz/yw/old.shtml"] = {"status": 410}
    routes.write_text(yaml.safe_dump(table, allow_unicode=True), encoding="utf-8")
    gone = site.base_url + "/sz/yw/old.shtml"
    _with_sources(site_config, [{"like": "xhby-suzhou-trs", "start_urls": [gone]}])
    code, rows, _ = _run(capsys, "check", "--config", str(site_config), "--json")
    assert code == 1 and rows[0]["status"] == {gone: 410}
    [problem] = rows[0]["problems"]
    # the TRS source's description names 苏州·资讯; its channel link is the archive's
    assert f"now seems to be at {site.base_url}/sz/yw/index.shtml" in problem


def test_fetch_keeps_to_the_size_cap(site: SiteServer) -> None:
    from newswatch.scheduler.preview import fetch

    url = site.base_url + "/sz/index.html"
    assert fetch(url).status == 200
    with pytest.raises(OSError, match="size cap"):
        fetch(url, max_bytes=1000)


@pytest.mark.parametrize(
    ("pattern", "says"),
    [
        (r"https://www\.xhby\.net/content/", "names a scheme or host"),
        (r"xhby\.net/sz/", "names a scheme or host"),
        (r".*", "matches an empty string"),
    ],
)
def test_unsafe_patterns_are_named(pattern: str, says: str) -> None:
    from newswatch.config.regexsafety import pattern_problems

    assert any(says in p for p in pattern_problems("article_url_pattern", pattern))


@pytest.mark.parametrize(
    "pattern",
    [
        r"/content/s[0-9a-f]{24}\.html$",
        r"^https?://[^/]+/sz/yw/\d{6}/t\d{8}_\d+\.shtml$",
        r"/sz/yw/index(_\d+)?\.shtml$",
    ],
)
def test_safe_patterns_pass(pattern: str) -> None:
    from newswatch.config.regexsafety import pattern_problems

    assert pattern_problems("article_url_pattern", pattern) == []


def test_narrowest_pattern_generalises_a_column_word_only_across_samples() -> None:
    mixed = [
        "https://www.xhby.net/wx/yw/202302/t20230214_7473902.shtml",
        "https://www.xhby.net/wx/jj/202304/t20230421_7000001.shtml",
    ]
    assert narrowest_pattern(mixed) == r"^https?://[^/]+/wx/[a-z]+/\d{6}/t\d{8}_\d+\.shtml$"


def test_pagination_by_label_or_by_numbered_name() -> None:
    from newswatch.scheduler.onboarding.discover import pagination_links
    from newswatch.scheduler.onboarding.fetching import Link

    links = [
        Link("http://h/sz/index_3.html", "»"),  # a pager word
        Link("http://h/sz/index_2.html", "更多"),  # named like the page, with a number
        Link("http://h/sz/list_2.html", "2"),  # labelled 2
        Link("http://h/sz/other.html", "其他"),
        Link("http://h/sz/a/index_2.html", "2"),  # another directory
        Link("http://h/nj/index_2.html", "下一页"),
    ]
    assert pagination_links("http://h/sz/index.html", links) == [
        "http://h/sz/index_3.html",
        "http://h/sz/index_2.html",
        "http://h/sz/list_2.html",
    ]


def test_check_names_a_list_pattern_missing_the_pagination(
    site: SiteServer, site_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _with_sources(
        site_config, [{"like": "xhby-suzhou", "list_url_pattern": r"/sz/list_\d+\.html$"}]
    )
    code, rows, _ = _run(capsys, "check", "--config", str(site_config), "--json")
    assert code == 1
    [problem] = rows[0]["problems"]
    assert "list_url_pattern matches none of the 1 further list page(s)" in problem
    assert r"suggestion: list_url_pattern '^https?://[^/]+/sz/index(_\d+)?\.html$'" in problem


def test_demo_shows_check_and_discover(
    site: SiteServer, site_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newswatch.scheduler.onboarding.demo import show_onboarding

    show_onboarding(site_config, site.base_url)
    out = capsys.readouterr().out
    assert "$ newswatch check" in out and "2 source(s) checked, 0 with problems" in out
    assert f"$ newswatch discover {site.base_url}/ --channel 南京" in out
    assert f"'{site.base_url}/nj/index.html'" in out
