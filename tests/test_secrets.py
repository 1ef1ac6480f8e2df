"""Secrets in URLs never reach a terminal or a log: one masking function, every command."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from newswatch.pipeline.secrets import MaskSecretsFilter, mask_secrets, mask_url
from newswatch.scheduler.executors.scrapyd import job_settings
from newswatch.scheduler.wiring import load

from tests.databases import PostgresServer
from tests.mockserver import MockServer
from tests.support.site import config_for_site

ROOT = Path(__file__).resolve().parent.parent
SECRET = "Pl4nted-S3cret"
STARTUP_TIMEOUT = 90.0


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (
            f"postgresql+psycopg://nw:{SECRET}@db.internal:5432/nw?sslmode=require",
            "postgresql+psycopg://nw:***@db.internal:5432/nw?sslmode=require",
        ),
        (
            f"postgresql+psycopg://nw@db/nw?password={SECRET}&application_name=x",
            "postgresql+psycopg://nw@db/nw?password=***&application_name=x",
        ),
        (
            f"https://hook.example/send?access_token={SECRET}",
            "https://hook.example/send?access_token=***",
        ),
        (f"https://hook.example/send?API-Key={SECRET}", "https://hook.example/send?API-Key=***"),
        (f"wecombot://{SECRET}", "wecombot://***"),
        (f"dingtalk://{SECRET}/1380000", "dingtalk://***"),
        (f"mailtos://user:{SECRET}@mail.example", "mailtos://***"),
        ("sqlite:///data/newswatch.db", "sqlite:///data/newswatch.db"),
        (
            "https://www.xhby.net/sz/yw/index.shtml?page=2",
            "https://www.xhby.net/sz/yw/index.shtml?page=2",
        ),
    ],
)
def test_mask_url_hides_every_kind_of_secret(url: str, shown: str) -> None:
    assert mask_url(url) == shown


def test_log_records_and_free_text_are_masked() -> None:
    text = f"settings {{'NEWSWATCH_DATABASE': 'postgresql://u:{SECRET}@h/d?password={SECRET}'}}"
    assert SECRET not in mask_secrets(text) and "postgresql://u:***@h/d" in mask_secrets(text)
    record = logging.LogRecord(
        "x", logging.INFO, __file__, 1, "db %s", (f"mysql://u:{SECRET}@h",), None
    )
    assert MaskSecretsFilter().filter(record)
    assert record.getMessage() == "db mysql://u:***@h"


def secret_url(postgres_url: str) -> str:
    """`postgres_url` with the planted secret as user-info password and as `?password=`.

    The test cluster trusts every local connection, so the URL still works.
    """
    return postgres_url.replace("newswatch@", f"newswatch:{SECRET}@") + f"?password={SECRET}"


def newswatch(*args: str, timeout: float = 300) -> str:
    """Run `newswatch ARGS` in a child process; its stdout and stderr together."""
    done = subprocess.run(
        [sys.executable, "-m", "newswatch", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )
    return done.stdout + done.stderr


def output_until(marker: str, *args: str) -> str:
    """Start a long-running `newswatch ARGS`, read its stderr until `marker`, then stop it."""
    process = subprocess.Popen(
        [sys.executable, "-m", "newswatch", *args],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={k: v for k, v in os.environ.items() if k != "NEWSWATCH_WEB_PASSWORD"},
    )
    assert process.stderr is not None
    seen = []
    deadline = time.monotonic() + STARTUP_TIMEOUT
    try:
        while time.monotonic() < deadline:
            line = process.stderr.readline()
            if not line:
                break
            seen.append(line)
            if marker in line:
                break
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    text = "".join(seen)
    assert marker in text, text
    return text


@pytest.mark.slow
def test_no_command_prints_a_planted_password(
    postgres_server: PostgresServer, site: MockServer, tmp_path: Path
) -> None:
    url = secret_url(postgres_server.create_database())
    unreachable = f"postgresql+psycopg://newswatch:{SECRET}@127.0.0.1:9/nw?password={SECRET}"
    config = str(config_for_site(site, tmp_path, url))
    # The daemon and the demo run cycles of their own: each on a database of its own, so
    # that no run lock makes one of them (or `run -v`) skip its cycle.
    (tmp_path / "daemon").mkdir()
    daemon_url = secret_url(postgres_server.create_database_with_schema())
    daemon_config = str(config_for_site(site, tmp_path / "daemon", daemon_url))
    demo_url = secret_url(postgres_server.create_database_with_schema())
    outputs = {"db upgrade": newswatch("db", "upgrade", "--db", url)}

    def after_the_run() -> dict[str, str]:
        # Read after a run, so that they have its rows to show.
        return {
            "run -v": newswatch("run", "-v", "--config", config, "--source", "xhby-suzhou-trs"),
            "runs": newswatch("runs", "--config", config),
            "sources": newswatch("sources", "--config", config),
            "review list": newswatch("review", "list", "--config", config),
        }

    def the_rest() -> dict[str, str]:
        return {
            "db status": newswatch("db", "status", "--db", url),
            "serve": output_until("review page at", "serve", "--port", "0", "--config", config),
            # A server that is not there: the error names the database, masked.
            "db status (unreachable)": newswatch("db", "status", "--db", unreachable),
        }

    # The commands are processes that mostly wait: four at a time.
    with ThreadPoolExecutor(max_workers=4) as pool:
        started = [
            pool.submit(after_the_run),
            pool.submit(lambda: {"demo --db": newswatch("demo", "--db", demo_url)}),
            pool.submit(
                lambda: {
                    "daemon -v": output_until(
                        "daemon started", "daemon", "-v", "--config", daemon_config
                    )
                }
            ),
            pool.submit(the_rest),
        ]
        for future in started:
            outputs.update(future.result())
    setup = load(config, None)
    try:
        outputs["scrapyd job settings"] = json.dumps(
            job_settings(setup, "xhby-suzhou-trs", "INFO", send_database=True)
        )
    finally:
        setup.db.dispose()

    for command, output in outputs.items():
        assert SECRET not in output, f"{command} printed the secret:\n{output}"
    # The commands did run and named their database (masked), so the grep meant something.
    named = (
        "db upgrade",
        "db status",
        "serve",
        "daemon -v",
        "demo --db",
        "db status (unreachable)",
    )
    for command in named:
        assert "newswatch:***@127.0.0.1" in outputs[command], outputs[command]
    assert "pages" in outputs["run -v"]
