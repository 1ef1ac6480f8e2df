"""`newswatch extract FILE --url URL --json`: the extractor from the command line, on bytes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.site import SITE_WWW

# Every test starts `python -m newswatch extract`.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
SEED = SITE_WWW / "sz" / "yw" / "202206" / "t20220628_7596302.shtml"
GBK = SITE_WWW / "sz" / "yw" / "201903" / "t20190321_6093418.shtml"


def extract(path: Path, url: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "newswatch", "extract", str(path), "--url", url, "--json"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(done.stdout)


def test_extract_json_has_exactly_the_documented_keys() -> None:
    data = extract(SEED, "https://www.xhby.net/sz/yw/202206/t20220628_7596302.shtml")
    assert list(data) == [
        "url",
        "title",
        "published_at",
        "published_precision",
        "source",
        "author",
        "editor",
        "tags",
        "text",
    ]
    assert data["title"] == "“八项发布”赋能社会组织,苏州成功举办第二届“红社发布”活动"
    assert data["published_at"] == "2022-06-28T18:05:00+08:00"
    assert data["published_precision"] == "minute"
    assert (data["source"], data["author"], data["editor"]) == ("新华报业网", "邹玉芬", "王建旸")
    assert "版权" not in data["text"] and ".jpg" not in data["text"]
    assert data["text"].endswith("充分发挥社会组织登记管理机关抓党建的职能优势。")


def test_extract_reads_bytes_and_detects_the_encoding() -> None:
    assert GBK.read_bytes().decode("gb18030")  # the file really is GBK
    data = extract(GBK, "https://www.xhby.net/sz/yw/201903/t20190321_6093418.shtml")
    assert data["title"] == "吴江区第五届公益创投大赛启动 60个公益项目将获资助"
    assert "公益创投" in data["text"]


def test_extract_of_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newswatch", "extract", str(tmp_path / "nope.html")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 1
    assert "cannot read" in done.stderr and "nope.html" in done.stderr


DEV = ROOT / "tests" / "corpus" / "dev"


def test_a_page_without_a_time_says_its_precision_is_the_day() -> None:
    data = extract(DEV / "govli_pinggu.html", "http://www.wujiang.gov.cn/zgwj/bmdt/1.shtml")
    assert data["published_at"] == "2024-04-02T00:00:00+08:00"
    assert data["published_precision"] == "day"


def test_plain_output_shows_only_the_date_when_the_time_is_unknown() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newswatch", "extract", str(DEV / "govli_pinggu.html")],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert "published: 2024-04-02\n" in done.stdout


LIST_PAGE = """<html><head><title>工作动态_苏州市民政局</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/gzdt/">工作动态</a></div>
<h2>工作动态</h2><ul class="list">{items}</ul>
<div class="page">共10页 <a href="index_1.html">下一页</a></div>
<div class="footer">版权所有：苏州市民政局 网站标识码：3205000031</div></body></html>"""
HEADLINES = (
    "苏州出台社区社会组织培育发展三年行动方案",
    "姑苏区首家嵌入式养老服务综合体投用",
    "吴中区志愿服务联合会召开成立大会",
    "张家港市慈善总会发放新春慰问金",
    "相城区开展社会组织年检集中辅导",
    "昆山评选表彰第三届最美社工",
    "太仓社工站服务独居老人",
    "常熟退役军人服务站实现全覆盖",
    "市民政局召开党组理论学习中心组学习会",
    "全市婚姻登记机关做好520登记服务",
)


def test_extract_of_a_list_page_exits_1_saying_it_looks_like_a_list_page(tmp_path: Path) -> None:
    items = "".join(
        f'<li><a href="/gzdt/{i}.html">{h}</a><span>2024-05-{i + 10}</span>'
        f"<p>{h}。近日，相关部门召开会议，对下一阶段工作作出部署，要求抓好落实。</p></li>"
        for i, h in enumerate(HEADLINES)
    )
    page = tmp_path / "list.html"
    page.write_text(LIST_PAGE.format(items=items), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "newswatch", "extract", str(page)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 1
    assert "looks like a list page" in done.stderr
    assert "Traceback" not in done.stderr
