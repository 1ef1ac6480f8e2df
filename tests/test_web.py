"""The review page through Flask's test client: escaping, CSRF, auth, filters, source health."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

import pytest
from flask import Flask
from flask.testing import FlaskClient
from newswatch.config import AppConfig
from newswatch.pipeline.store.database import Database
from newswatch.pipeline.store.queue import ReviewQueue
from newswatch.pipeline.store.runs import RunCounts, RunLog
from newswatch.scheduler.cli import main
from newswatch.scheduler.web import WebSettings, create_app
from newswatch.scheduler.web.highlight import highlight
from newswatch.scheduler.web.server import PASSWORD_ENV, UnsafeBind, check_bind, is_loopback

from tests.support.web import XSS_TITLE, filler, store, write_config


def make_client(db: Database, config: AppConfig, **settings: object) -> FlaskClient:
    app: Flask = create_app(db, config, WebSettings(default_reviewer="tester", **settings))
    app.testing = True
    client = app.test_client()
    client.environ_base["HTTP_ORIGIN"] = "http://localhost"  # as a browser posting our forms
    return client


def csrf_from(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "the page has no CSRF field"
    return match.group(1)


def test_queue_shows_new_relevant_articles_and_titles_as_text(
    db: Database, config: AppConfig
) -> None:
    xss = store(db, XSS_TITLE, filler(1), url="https://www.xhby.net/content/a.html")
    store(db, "苏州轨道交通6号线开通", filler(2), url="https://x.cn/b.html", relevant=False)
    done = store(db, "已处理的社会组织新闻", filler(3), url="https://x.cn/c.html")
    ReviewQueue(db).decide([done], "approved", "someone")

    page = make_client(db, config).get("/").get_data(as_text=True)

    assert "&lt;img src=x onerror=alert(1)&gt; 社工站服务千户家庭" in page
    assert "<img" not in page
    assert f'href="/articles/{xss}?next=' in page
    assert "苏州轨道交通6号线开通" not in page  # not relevant: never queued
    assert "已处理的社会组织新闻" not in page  # approved: out of the new queue
    assert "共 1 篇待审核文章" in page


def test_article_text_is_escaped_before_terms_are_marked(db: Database, config: AppConfig) -> None:
    text = "第一段<script>alert(1)</script>苏州社区社会组织&amp;社会组织。\n\n第二段，基金会。"
    article_id = store(
        db,
        "社会组织<b>培育</b>",
        text,
        url="https://x.cn/a.html",
        terms={"社区社会组织": 1, "社会组织": 1, "基金会": 1},
    )
    page = make_client(db, config).get(f"/articles/{article_id}").get_data(as_text=True)

    assert "<script>" not in page and "<b>培育" not in page
    assert (
        "<p>第一段&lt;script&gt;alert(1)&lt;/script&gt;苏州<mark>社区社会组织</mark>"
        "&amp;amp;<mark>社会组织</mark>。</p>"
    ) in page
    assert "<p>第二段，<mark>基金会</mark>。</p>" in page
    assert "<mark>社会组织</mark>&lt;b&gt;培育&lt;/b&gt;" in page


def test_highlight_marks_longest_term_and_escapes_everything_else() -> None:
    marked = highlight('a<b>"社区社会组织"&社会组织', ["社会组织", "社区社会组织", "<b>"])
    assert str(marked) == (
        "a<mark>&lt;b&gt;</mark>&#34;<mark>社区社会组织</mark>&#34;&amp;<mark>社会组织</mark>"
    )
    assert str(highlight("amp &amp;", ["amp"])) == "<mark>amp</mark> &amp;<mark>amp</mark>;"
    assert str(highlight("<i>", [])) == "&lt;i&gt;"


def test_post_without_csrf_token_is_refused(db: Database, config: AppConfig) -> None:
    article_id = store(db, "社会组织新闻", filler(1), url="https://x.cn/a.html")
    client = make_client(db, config)
    client.get("/")  # a session exists, but the forged form does not carry its token
    form = {"ids": str(article_id), "decision": "approved", "note": "x"}

    missing = client.post("/decide", data=form)
    wrong = client.post("/decide", data=form | {"csrf_token": "forged"})

    assert missing.status_code == 400 and wrong.status_code == 400
    assert "CSRF" in missing.get_data(as_text=True)
    assert ReviewQueue(db).get(article_id).status == "new"


def test_decision_with_token_keeps_reviewer_and_note(db: Database, config: AppConfig) -> None:
    article_id = store(db, "社会组织新闻", filler(1), url="https://x.cn/a.html")
    client = make_client(db, config)
    token = csrf_from(client.get(f"/articles/{article_id}").get_data(as_text=True))

    response = client.post(
        "/decide",
        data={
            "csrf_token": token,
            "ids": str(article_id),
            "decision": "rejected",
            "note": "与苏州无关",
            "reviewer": "李四",
            "next": "/?status=new",
        },
    )

    assert response.status_code == 303 and response.headers["Location"] == "/?status=new"
    stored = ReviewQueue(db).get(article_id)
    assert stored.status == "rejected"
    assert [(r.reviewer, r.note) for r in stored.reviews] == [("李四", "与苏州无关")]
    assert "已退回：《社会组织新闻》" in client.get("/?status=new").get_data(as_text=True)
    again = client.get(f"/articles/{article_id}").get_data(as_text=True)
    assert 'name="reviewer" value="李四"' in again  # remembered for the next decision
    assert "与苏州无关" in again  # the review history


def test_bulk_decision_needs_a_reviewer_asked_once(db: Database, config: AppConfig) -> None:
    ids = [store(db, f"社会组织新闻{n}", filler(n), url=f"https://x.cn/{n}.html") for n in range(3)]
    client = make_client(db, config)
    page = client.get("/").get_data(as_text=True)
    token = csrf_from(page)
    assert "tester" not in page  # never the login name of whoever runs the server
    assert 'action="/reviewer"' in page  # the name is asked for

    nameless = {"csrf_token": token, "ids": [str(i) for i in ids[:2]], "decision": "approved"}
    client.post("/decide", data=nameless)
    assert [ReviewQueue(db).get(i).status for i in ids] == ["new", "new", "new"]

    client.post("/reviewer", data={"csrf_token": token, "reviewer": "王芳", "next": "/"})
    page = client.get("/").get_data(as_text=True)
    assert 'action="/reviewer"' not in page and 'value="王芳"' in page
    client.post("/decide", data=nameless)

    statuses = [ReviewQueue(db).get(i).status for i in ids]
    assert statuses == ["approved", "approved", "new"]
    assert ReviewQueue(db).get(ids[0]).reviews[0].reviewer == "王芳"


@pytest.mark.parametrize(
    "target", ["https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:x"]
)
def test_decision_never_redirects_off_site(db: Database, config: AppConfig, target: str) -> None:
    article_id = store(db, "社会组织新闻", filler(1), url="https://x.cn/a.html")
    client = make_client(db, config)
    token = csrf_from(client.get("/").get_data(as_text=True))
    response = client.post(
        "/decide",
        data={"csrf_token": token, "ids": str(article_id), "decision": "approved", "next": target},
    )
    assert response.status_code == 303 and response.headers["Location"] == "/"


def test_filters_and_pages(db: Database, config: AppConfig) -> None:
    now = datetime.now(UTC)
    for n in range(5):
        store(
            db,
            f"社会组织新闻{n}",
            filler(n) + ("社工站" if n == 3 else ""),
            url=f"https://x.cn/{n}.html",
            source="xhby-suzhou" if n % 2 else "xhby-suzhou-trs",
            published=now - timedelta(days=10 * n),
            fetched=now - timedelta(days=10 * n),
        )
    client = make_client(db, config, page_size=2)

    def titles(query: str) -> list[str]:
        return re.findall(r">(社会组织新闻\d)</a>", client.get(query).get_data(as_text=True))

    assert titles("/") == ["社会组织新闻0", "社会组织新闻1"]
    assert titles("/?page=3") == ["社会组织新闻4"]
    assert titles("/?page=99") == ["社会组织新闻4"]  # past the end: the last page
    assert titles("/?source=xhby-suzhou") == ["社会组织新闻1", "社会组织新闻3"]
    assert titles("/?search=社工站") == ["社会组织新闻3"]
    since = (now - timedelta(days=15)).astimezone().date().isoformat()
    assert titles(f"/?since={since}") == ["社会组织新闻0", "社会组织新闻1"]
    page = client.get("/?since=yesterday").get_data(as_text=True)
    assert "无法识别" in page and "第 1 / 3 页" in page
    assert 'href="/?page=2"' in page


def test_password_guards_every_request(db: Database, config: AppConfig) -> None:
    client = make_client(db, config, password="s3cret")

    for path in ("/", "/sources", "/static/style.css"):
        refused = client.get(path)
        assert refused.status_code == 401, path
        assert refused.headers["WWW-Authenticate"].startswith("Basic")
    assert client.get("/", auth=("王五", "wrong")).status_code == 401
    page = client.get("/", auth=("王五", "s3cret"))
    assert page.status_code == 200
    assert 'name="reviewer" value="王五"' not in page.get_data(as_text=True)  # empty queue
    store(db, "社会组织新闻", filler(1), url="https://x.cn/a.html")
    assert 'name="reviewer" value="王五"' in client.get("/", auth=("王五", "s3cret")).get_data(
        as_text=True
    )


def test_pages_run_only_their_own_scripts_and_refuse_framing(
    db: Database, config: AppConfig
) -> None:
    store(db, "社会组织新闻", filler(1), url="https://x.cn/1.html")
    client = make_client(db, config)
    response = client.get("/")
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy
    assert "script-src 'self';" in policy and "unsafe-inline" not in policy
    assert response.headers["X-Frame-Options"] == "DENY"
    html = response.get_data(as_text=True)
    scripts = re.findall(r"<script\b[^>]*>(.*?)</script>", html, re.S)
    assert scripts == [""]  # one script, from a file: nothing inline
    assert '<script src="/static/review.js" defer>' in html
    assert client.get("/static/review.js").status_code == 200


def test_loopback_only_without_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.0.2.7")
    check_bind("0.0.0.0", "s3cret")
    with pytest.raises(UnsafeBind, match=PASSWORD_ENV):
        check_bind("0.0.0.0", None)

    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    config = write_config(tmp_path)
    code = main(["serve", "--host", "0.0.0.0", "--port", "0", "--config", str(config)])
    assert code == 1
    assert PASSWORD_ENV in capsys.readouterr().err


def test_source_health_page(db: Database, config: AppConfig) -> None:
    log = RunLog(db)
    log.finish(log.start("xhby-suzhou-trs"), "ok", RunCounts(pages=2, articles_new=1))
    for reason in ("crawl process exited with code 1", "crawl exceeded its timeout"):
        log.finish(log.start("xhby-suzhou-trs"), "failed", RunCounts(), reason)
    log.finish(log.start("xhby-suzhou"), "ok", RunCounts(pages=3))
    week_ago = datetime.now(UTC) - timedelta(days=7)
    store(db, "社会组织旧闻", filler(1), url="https://x.cn/a.html", fetched=week_ago)

    page = make_client(db, config).get("/sources").get_data(as_text=True)
    health, recent = page.split("最近运行", 1)
    rows = {
        name: row
        for row in re.findall(r"<tr.*?</tr>", health, re.S)
        for name in ("xhby-suzhou-trs", "xhby-suzhou")
        if f"<td>{name}</td>" in row
    }

    assert "连续失败" in rows["xhby-suzhou-trs"] and ">2</td>" in rows["xhby-suzhou-trs"]
    assert "crawl exceeded its timeout" in rows["xhby-suzhou-trs"]
    # expect_new_within 3d, newest article a week old: flagged as silent
    assert "久无新文" in rows["xhby-suzhou"] and "超过 3 天 没有新文章" in rows["xhby-suzhou"]
    assert "crawl process exited with code 1" in recent  # an older run: only in the history
    assert "crawl process exited with code 1" not in health


def test_a_search_past_the_count_cap_pages_on_without_a_total(
    db: Database, config: AppConfig
) -> None:
    now = datetime.now(UTC)
    for n in range(5):
        store(db, f"社会组织新闻{n}", filler(n) + "社工站", url=f"https://x.cn/{n}.html",
              published=now - timedelta(days=n))  # fmt: skip
    store(db, "社会组织新闻9", filler(9) + "慈善总会", url="https://x.cn/9.html")
    client = make_client(db, config, page_size=2, search_count_cap=3)

    def page(query: str) -> tuple[list[str], str]:
        html = client.get(query).get_data(as_text=True)
        return re.findall(r">(社会组织新闻\d)</a>", html), html

    for term in ("社工站", "工站"):  # the FTS5 table, and a scan under 3 characters
        titles, html = page(f"/?search={term}")
        assert titles == ["社会组织新闻0", "社会组织新闻1"]
        assert "第 1–2 篇，超过 3 篇待审核文章" in html and "第 1 页" in html
        assert f'search={quote(term)}&amp;page=2">下一页' in html  # a next page, no last one
        titles, html = page(f"/?search={term}&page=3")
        assert titles == ["社会组织新闻4"] and "下一页" not in html
    titles, html = page("/?search=慈善总会")
    assert titles == ["社会组织新闻9"] and "共 1 篇待审核文章" in html  # under the cap: counted


def test_exports_stream_what_the_command_writes(
    db: Database, config: AppConfig, tmp_path: Path
) -> None:
    store(db, "社会组织新闻 <b>&amp;</b>", filler(1), url="https://x.cn/1.html?a=1&b=2")
    approved = store(db, "=HYPERLINK(\"x\") 社会组织", filler(2), url="https://x.cn/2.html")
    store(db, "undated", filler(3), url="https://x.cn/3.html", undated=True)
    ReviewQueue(db).decide([approved], "approved", "tester")
    client = make_client(db, config)
    config_file = str(write_config(tmp_path))

    for fmt, query in (("csv", ""), ("atom", "?status=approved")):
        response = client.get(f"/export.{fmt}{query}")
        assert response.status_code == 200 and response.is_streamed
        out = tmp_path / f"cli.{fmt}"
        assert main(["export", "--format", fmt, "--config", config_file,
                     "--db", db.url, "-o", str(out)]) == 0  # fmt: skip
        assert response.get_data() == out.read_bytes(), fmt
    assert "'=HYPERLINK" in client.get("/export.csv?status=approved").get_data(as_text=True)
