"""The review state apart from relevance, dates by publication, the article page's
decide-and-next, and the command line's conventions (environment, exit 2)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from xml.etree import ElementTree

import pytest
from flask.testing import FlaskClient
from newswatch.config import load_config
from newswatch.pipeline.feedback import agreement
from newswatch.pipeline.store.database import Database, open_database
from newswatch.pipeline.store.queue import QueueFilter, ReviewQueue
from newswatch.scheduler.cli import build_parser, main
from newswatch.scheduler.cli_options import CONFIG_ENV, DB_ENV
from newswatch.scheduler.web import WebSettings, create_app

from tests.support.web import filler, open_new_database, store, write_config

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'nw.db'}"


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_new_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    return write_config(tmp_path)


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """`newswatch ARGV` in this process: exit code, stdout, stderr."""
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's usage errors and --help
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_approving_a_filtered_article_puts_it_with_the_approved_ones(
    db: Database, db_url: str, config_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missed = store(db, "吴中区志愿者协会换届", filler(1), url="https://x.cn/1.html", relevant=False)
    store(db, "社会组织新闻", filler(2), url="https://x.cn/2.html")
    common = ("--config", str(config_path), "--db", db_url)

    code, out, _ = cli(capsys, "review", "list", "--status", "filtered", *common)
    assert code == 0 and "吴中区志愿者协会换届" in out and "社会组织新闻" not in out
    code, out, _ = cli(capsys, "review", "list", *common)  # the queue: relevant ones only
    assert "吴中区志愿者协会换届" not in out and "社会组织新闻" in out

    assert cli(capsys, "review", "approve", str(missed), "--reviewer", "王芳", *common)[0] == 0

    code, out, _ = cli(capsys, "review", "list", "--status", "approved", *common)
    assert code == 0 and "吴中区志愿者协会换届" in out
    assert "1 of 1 article(s)" in out
    code, out, _ = cli(capsys, "review", "list", "--status", "filtered", *common)
    assert "吴中区志愿者协会换届" not in out
    code, feed, _ = cli(capsys, "export", "--format", "atom", *common)
    titles = [e.findtext(f"{ATOM}title") for e in ElementTree.fromstring(feed).iter(f"{ATOM}entry")]
    assert titles == ["吴中区志愿者协会换届"]
    # The filter was overruled, and stays on record as such (the lexicon learns from it).
    review = ReviewQueue(db).get(missed).reviews[-1]
    assert review.filter_relevant is False and review.disagrees
    assert agreement(db).reviewed == 1 and agreement(db).agreed == 0
    code, out, _ = cli(capsys, "review", "show", str(missed), *common)
    assert "approved by 王芳" in out and "(overruled the filter)" in out


def test_rejecting_a_relevant_article_is_a_disagreement(db: Database) -> None:
    article_id = store(db, "社会组织新闻", filler(1), url="https://x.cn/1.html")
    ReviewQueue(db).decide([article_id], "rejected", "王芳")
    assert ReviewQueue(db).get(article_id).reviews[-1].disagrees
    assert ReviewQueue(db).articles(QueueFilter(status="rejected"))[0].id == article_id


def test_since_is_publication_time_and_fetch_time_only_without_one(
    db: Database, db_url: str, config_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    now = datetime.now(UTC)
    store(
        db,
        "二〇一九年的旧闻",
        filler(1),
        url="https://x.cn/1.html",
        published=datetime(2019, 5, 1, tzinfo=UTC),
        fetched=now,
    )
    store(db, "今年的新闻", filler(2), url="https://x.cn/2.html", published=now, fetched=now)
    store(db, "没有日期的新闻", filler(3), url="https://x.cn/3.html", undated=True, fetched=now)
    store(
        db,
        "早已抓取的无日期新闻",
        filler(4),
        url="https://x.cn/4.html",
        undated=True,
        fetched=datetime(2020, 1, 1, tzinfo=UTC),
    )
    common = ("--config", str(config_path), "--db", db_url)

    code, out, _ = cli(capsys, "review", "list", "--since", "2022-01-01", *common)
    assert code == 0
    assert "今年的新闻" in out and "没有日期的新闻" in out
    assert "二〇一九年的旧闻" not in out and "早已抓取的无日期新闻" not in out
    code, out, _ = cli(capsys, "review", "list", "--since", "30d", *common)
    assert "今年的新闻" in out and "二〇一九年的旧闻" not in out

    client = _client(db, config_path)
    page = client.get("/?since=2022-01-01").get_data(as_text=True)
    assert "今年的新闻" in page and "二〇一九年的旧闻" not in page


def _client(db: Database, config_path: Path) -> FlaskClient:
    app = create_app(db, load_config(config_path), WebSettings())
    app.testing = True
    client = app.test_client()
    client.environ_base["HTTP_ORIGIN"] = "http://localhost"  # as a browser posting our forms
    return client


def _token(client: FlaskClient) -> str:
    html = client.get("/").get_data(as_text=True)
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match
    return match.group(1)


def test_deciding_on_an_article_page_goes_to_the_next_undecided(
    db: Database, config_path: Path
) -> None:
    now = datetime.now(UTC)
    ids = [
        store(
            db,
            f"社会组织新闻{n}",
            filler(n),
            url=f"https://x.cn/{n}.html",
            published=now - timedelta(hours=n),
        )
        for n in range(4)
    ]
    other = store(
        db,
        "另一来源的社会组织新闻",
        filler(9),
        url="https://x.cn/9.html",
        source="xhby-suzhou-trs",
        published=now - timedelta(minutes=30),
    )
    ReviewQueue(db).decide([ids[2]], "approved", "王芳")  # already decided: skipped
    client = _client(db, config_path)
    token = _token(client)
    back = "/?source=xhby-suzhou"

    def decide(article_id: int, decision: str = "approved") -> str:
        response = client.post(
            "/decide",
            data={
                "csrf_token": token,
                "ids": str(article_id),
                "decision": decision,
                "reviewer": "王芳",
                "next": back,
                "then": "next",
            },
        )
        assert response.status_code == 303
        return response.headers["Location"]

    following = decide(ids[0])
    assert following == f"/articles/{ids[1]}?next=%2F%3Fsource%3Dxhby-suzhou"
    assert client.get(following).status_code == 200
    assert decide(ids[1], "rejected") == f"/articles/{ids[3]}?next=%2F%3Fsource%3Dxhby-suzhou"
    assert decide(ids[3]) == back  # none left in this filter: back to the list
    assert ReviewQueue(db).get(other).status == "new"  # outside the filter, untouched


def test_queue_rows_show_the_first_hit_in_context_and_link_their_exports(
    db: Database, config_path: Path
) -> None:
    text = filler(1) + "苏州市社会组织党委举办活动" + filler(2)
    store(db, "一条新闻", text, url="https://x.cn/1.html", terms={"社会组织党委": 1})
    html = _client(db, config_path).get("/?source=xhby-suzhou").get_data(as_text=True)
    assert "…" + filler(1)[-37:] + "苏州市<mark>社会组织党委</mark>举办活动" in html
    assert "<mark>社会组织党委</mark>举办活动" in html
    assert 'href="/export.csv?source=xhby-suzhou"' in html
    assert 'href="/export.atom?source=xhby-suzhou"' in html
    client = _client(db, config_path)
    assert "一条新闻" in client.get("/export.csv?source=xhby-suzhou").get_data(as_text=True)
    assert client.get("/export.csv?source=nope").get_data(as_text=True).count("\n") == 1


def test_filtered_tab_shows_what_the_filter_left_out(db: Database, config_path: Path) -> None:
    store(db, "吴中区志愿者协会换届", filler(1), url="https://x.cn/1.html", relevant=False)
    client = _client(db, config_path)
    assert "吴中区志愿者协会换届" not in client.get("/").get_data(as_text=True)
    page = client.get("/?status=filtered").get_data(as_text=True)
    assert "未入选" in page and "吴中区志愿者协会换届" in page


# Every leaf command of the parser, with the positional arguments it needs.
COMMANDS: dict[str, tuple[str, ...]] = {
    "run": ("run",),
    "daemon": ("daemon",),
    "backfill": ("backfill", "xhby-suzhou", "--since", "2022-01-01"),
    "extract": ("extract", "page.html"),
    "export": ("export",),
    "review list": ("review", "list"),
    "review show": ("review", "show", "1"),
    "review approve": ("review", "approve", "1"),
    "review reject": ("review", "reject", "1"),
    "runs": ("runs",),
    "sources": ("sources",),
    "score": ("score", "--title", "x"),
    "preview": ("preview", "xhby-suzhou"),
    "check": ("check",),
    "discover": ("discover", "http://127.0.0.1:9/"),
    "explain": ("explain", "1"),
    "rescore": ("rescore",),
    "db upgrade": ("db", "upgrade"),
    "db status": ("db", "status"),
    "serve": ("serve",),
    "demo": ("demo",),
    "orgs": ("orgs",),
    "orgs show": ("orgs", "show", "x"),
    "lexicon suggest": ("lexicon", "suggest"),
    "lexicon report": ("lexicon", "report"),
}


def _leaf_commands() -> set[str]:
    """Every command line that runs something: leaves, and parents whose action is optional."""
    import argparse

    def walk(parser: argparse.ArgumentParser, prefix: str) -> Iterator[str]:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if prefix and (not subs or not subs[0].required):
            yield prefix
        for sub in subs:
            for name, child in sub.choices.items():
                yield from walk(child, f"{prefix} {name}".strip())

    return set(walk(build_parser(), ""))


def test_every_command_is_listed_here() -> None:
    assert _leaf_commands() == set(COMMANDS)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_global_options_before_or_after_and_the_environment(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newswatch.scheduler.cli_options import apply_environment

    parser = build_parser()
    words = COMMANDS[name]
    before = parser.parse_args(["--config", "a.yaml", "--db", "sqlite:///a.db", "-v", *words])
    after = parser.parse_args([*words, "--config", "a.yaml", "--db", "sqlite:///a.db", "-v", "-q"])
    for args in (before, after):
        assert (args.config, args.db, args.verbose) == ("a.yaml", "sqlite:///a.db", 1)
    assert after.quiet

    env = {CONFIG_ENV: "env.yaml", DB_ENV: "sqlite:///env.db"}
    args = parser.parse_args(list(words))
    apply_environment(args, env)
    assert args.config == "env.yaml"
    # demo never writes into the database the environment points at
    assert args.db == (None if name == "demo" else "sqlite:///env.db")
    given = parser.parse_args([*words, "--db", "sqlite:///given.db"])
    apply_environment(given, env)
    assert given.db == "sqlite:///given.db"  # the command line wins


DB_COMMANDS = [
    ("review", "list"),
    ("review", "show", "1"),
    ("review", "approve", "1"),
    ("export",),
    ("runs",),
    ("sources",),
    ("explain", "1"),
    ("rescore",),
    ("db", "status"),
    ("orgs",),
    ("lexicon", "report"),
]


@pytest.mark.parametrize("words", DB_COMMANDS, ids=" ".join)
def test_newswatch_db_is_the_database_of_every_command(
    words: tuple[str, ...],
    tmp_path: Path,
    config_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    missing = tmp_path / "elsewhere" / "from-env.db"
    monkeypatch.setenv(DB_ENV, f"sqlite:///{missing}")
    monkeypatch.setenv(CONFIG_ENV, str(config_path))
    code, _, err = cli(capsys, *words)
    assert code == 3 and str(missing) in err and len(err.splitlines()) == 1


CONFIG_COMMANDS = [
    ("run",),
    ("backfill", "xhby-suzhou", "--since", "7d"),
    ("preview", "xhby-suzhou"),
    ("check",),
    ("score", "--title", "x"),
    ("sources",),
    ("review", "list"),
    ("export",),
]


@pytest.mark.parametrize("words", CONFIG_COMMANDS, ids=" ".join)
def test_newswatch_config_is_the_config_of_every_command(
    words: tuple[str, ...],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    missing = tmp_path / "from-env.yaml"
    monkeypatch.setenv(CONFIG_ENV, str(missing))
    monkeypatch.setenv(DB_ENV, f"sqlite:///{tmp_path / 'nw.db'}")
    code, _, err = cli(capsys, *words)
    assert code == 2 and str(missing) in err and len(err.splitlines()) == 1


BAD_VALUES = {
    "since with slashes": ("review", "list", "--since", "2022/01/01"),
    "backfill since with slashes": ("backfill", "xhby-suzhou", "--since", "2022/01/01"),
    "unknown source of run": ("run", "--source", "nope"),
    "unknown source of preview": ("preview", "nope"),
    "unknown source of extract": ("extract", "PAGE", "--source", "nope"),
    "unknown source of review list": ("review", "list", "--source", "nope"),
    "timeout 0": ("run", "--timeout", "0"),
    "negative timeout": ("run", "--timeout", "-5"),
    "max-pages 0": ("backfill", "xhby-suzhou", "--since", "30d", "--max-pages", "0"),
    "port out of range": ("serve", "--port", "99999"),
    "limit 0": ("review", "list", "--limit", "0"),
    "export into a missing folder": ("export", "-o", "MISSING/out.json"),
    "export onto a folder": ("export", "-o", "FOLDER"),
    "unknown status": ("review", "list", "--status", "nope"),
}


@pytest.mark.parametrize("case", sorted(BAD_VALUES))
def test_each_bad_value_exits_2_with_one_line(
    case: str,
    tmp_path: Path,
    db: Database,
    db_url: str,
    config_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    words = [
        w.replace("PAGE", str(page))
        .replace("MISSING", str(tmp_path / "missing"))
        .replace("FOLDER", str(tmp_path))
        for w in BAD_VALUES[case]
    ]
    code, out, err = cli(capsys, *words, "--config", str(config_path), "--db", db_url)
    assert code == 2, (out, err)
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err and out == ""


def test_backfill_takes_a_span_and_export_all_keeps_the_status(
    db: Database, db_url: str, config_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert build_parser().parse_args(["backfill", "x", "--since", "30d"]).since.span
    kept = store(db, "被通过的未入选文章", filler(1), url="https://x.cn/1.html", relevant=False)
    store(db, "未审核的文章", filler(2), url="https://x.cn/2.html")
    ReviewQueue(db).decide([kept], "approved", "王芳")
    code, out, _ = cli(
        capsys,
        "export",
        "--all",
        "--status",
        "approved",
        "--format",
        "jsonl",
        "--config",
        str(config_path),
        "--db",
        db_url,
    )
    assert code == 0 and "被通过的未入选文章" in out and "未审核的文章" not in out


def test_upgrade_turns_filtered_into_undecided_and_keeps_the_verdict_on_reviews(
    any_db_url: str,
) -> None:
    from newswatch.pipeline.store.database import create_db_engine, head_revision, upgrade
    from newswatch.pipeline.store.schema import Article, Review
    from sqlalchemy import select

    from tests.support.legacy import store_at_0002

    store_at_0002(any_db_url)  # article 1 relevant with a review, article 2 "filtered"
    engine = create_db_engine(any_db_url)
    assert upgrade(engine, any_db_url) == ("0002", head_revision())
    engine.dispose()
    db = open_database(any_db_url, create=False)
    try:
        with db.session() as s:
            rows = dict(s.execute(select(Article.id, Article.status)).all())
            verdicts = list(s.scalars(select(Review.filter_relevant)))
        assert rows == {1: "new", 2: "new"} and verdicts == [True]
        assert [a.id for a in ReviewQueue(db).articles(QueueFilter(status="filtered"))] == [2]
    finally:
        db.dispose()


def _corpus_pages() -> list[Path]:
    return sorted(Path(__file__).parent.joinpath("corpus").glob("*.html"))[:2]


def test_extract_reads_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io
    import json
    import sys

    page = _corpus_pages()[0]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page.read_bytes())))
    code, out, _ = cli(capsys, "extract", "-", "--json")
    from_file = cli(capsys, "extract", str(page), "--json")[1]
    assert code == 0 and json.loads(out) == json.loads(from_file) and json.loads(out)["title"]


def test_extract_folder_writes_json_lines_for_every_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json
    import shutil

    for page in _corpus_pages():
        shutil.copy(page, tmp_path / page.name)
    (tmp_path / "zz-empty.html").write_text("<html><body></body></html>", encoding="utf-8")
    code, out, err = cli(capsys, "extract", str(tmp_path), "--json")
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["file"] for r in records] == sorted(p.name for p in tmp_path.iterdir())
    assert all(r["title"] for r in records[:2]) and "error" in records[2]
    assert code == 1 and "2 of 3 page(s) extracted" in err  # the lost page is counted


ISO_LINE = re.compile(
    r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00 (DEBUG|INFO|WARNING|ERROR|CRITICAL) \S+: "
)


@pytest.mark.slow
def test_one_log_format_and_verbosity_levels(
    site_config: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """-v: newswatch's own lines only; -vv: Scrapy's too; one ISO 8601 format with the
    configured zone's offset (Asia/Shanghai) in the CLI and in the crawl child alike."""
    assert main(["-v", "run", "--config", str(site_config)]) == 0
    verbose = capfd.readouterr().err.splitlines()
    assert main(["run", "--config", str(site_config), "-vv"]) == 0
    very = capfd.readouterr().err.splitlines()

    for lines in (verbose, very):
        logged = [line for line in lines if ISO_LINE.match(line)]
        assert logged, lines
        # Every line is either a log line in the one format or the command's own output.
        assert not [
            line
            for line in lines
            if re.match(r"^\d{4}-\d\d-\d\d[ T]", line) and not ISO_LINE.match(line)
        ]
    own = [line for line in verbose if ISO_LINE.match(line)]
    assert own and all(" news:" in line or " newswatch" in line for line in own)
    assert any(" scrapy." in line for line in very)


@pytest.mark.slow
def test_demo_prints_commands_that_work_when_pasted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import subprocess

    db_url = f"sqlite:///{tmp_path / 'demo.db'}"
    code, out, err = cli(capsys, "demo", "--db", db_url)
    assert code == 0, err
    assert "Deliberate faults of the site copy" in out and "answers 500" in out
    assert "serve    (the review page" in out and "demo --serve" in err
    block = out[out.index("Try next (paste into a shell):") :].splitlines()[1:]
    export = block[0].strip()
    assert export.startswith("export NEWSWATCH_CONFIG=")
    pasted = [
        line.split("   (")[0].strip()
        for line in block[1:]
        if " serve" not in line and "needs the site" not in line
    ]
    assert len(pasted) >= 6
    for command in pasted:
        # A fresh shell without the venv activated: only what was printed.
        done = subprocess.run(
            ["bash", "-c", f"{export} && {command}"],
            cwd=tmp_path,
            env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, (command, done.stderr)
    assert (tmp_path / "queue.csv").is_file()


def test_the_first_tab_stop_skips_to_the_list(db: Database, config_path: Path) -> None:
    store(db, "社会组织新闻", filler(1), url="https://x.cn/1.html")
    html = _client(db, config_path).get("/").get_data(as_text=True)
    body = html[html.index("<body>") :]
    first_link = re.search(r"<(a|input|select|button)\b[^>]*>", body)
    assert first_link and 'href="#list"' in first_link.group()
    assert 'id="list"' in html
