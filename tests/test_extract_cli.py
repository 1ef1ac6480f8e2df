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
        "source",
        "author",
        "editor",
        "tags",
        "text",
    ]
    assert data["title"] == "“八项发布”赋能社会组织,苏州成功举办第二届“红社发布”活动"
    assert data["published_at"] == "2022-06-28T18:05:00+08:00"
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
