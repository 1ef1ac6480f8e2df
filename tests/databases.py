"""A real PostgreSQL server for the tests, and fixtures that run a test on each backend.

The server is a throwaway cluster (initdb in a temporary folder, a free port on
127.0.0.1, trust authentication) started once per test session from Debian's
PostgreSQL binaries, which `scripts/test-services.sh` installs.  Each test gets
a database of its own.  Outside CI a machine without the binaries skips the
PostgreSQL cases; under CI (`CI` set) their absence is a failure, so that the
PostgreSQL half of the suite can never be silently skipped there.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_ROOTS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
SERVER_USER = "postgres"  # initdb refuses to run as root; Debian creates this account


def find_pg_bin() -> Path | None:
    """The newest installed PostgreSQL server's bin folder, or None."""
    for candidate in PG_ROOTS:
        if (candidate / "initdb").exists() and (candidate / "pg_ctl").exists():
            return candidate
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PostgresServer:
    """One PostgreSQL cluster on 127.0.0.1 for the length of a test session."""

    def __init__(self, bin_dir: Path, folder: Path) -> None:
        self.bin_dir = bin_dir
        self.folder = folder
        self.data = folder / "data"
        self.port = _free_port()
        self._as_user: list[str] = []
        self._with_schema: str | None = None  # see create_database_with_schema
        if os.geteuid() == 0:
            pwd.getpwnam(SERVER_USER)  # KeyError: no account to run the server as
            self._as_user = ["runuser", "-u", SERVER_USER, "--"]
            shutil.chown(folder, SERVER_USER)

    def _run(self, *command: str) -> None:
        subprocess.run(
            [*self._as_user, *command], check=True, capture_output=True, text=True, timeout=120
        )

    def start(self) -> None:
        """initdb and start the server; raises CalledProcessError with its output on failure."""
        self._run(
            str(self.bin_dir / "initdb"),
            "-D", str(self.data),
            "-U", "newswatch",
            "--auth=trust",
            "--encoding=UTF8",
            "--no-locale",
            # pg_trgm takes trigrams of alphanumeric characters only, and in
            # the C locale no Chinese character is one: search would scan.
            "--lc-ctype=C.UTF-8",
        )  # fmt: skip
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200"
        )
        self._run(
            str(self.bin_dir / "pg_ctl"),
            "-D", str(self.data),
            "-o", options,
            "-l", str(self.folder / "server.log"),
            "-w",
            "start",
        )  # fmt: skip

    def stop(self) -> None:
        """Stop the server at once (the cluster is thrown away)."""
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")

    def url(self, database: str) -> str:
        """The SQLAlchemy URL of `database` on this server."""
        return f"postgresql+psycopg://newswatch@127.0.0.1:{self.port}/{database}"

    def create_database(self, prefix: str = "nw", template: str | None = None) -> str:
        """A new empty database (a copy of database `template` if given); returns its URL."""
        import psycopg

        name = f"{prefix}_{uuid.uuid4().hex[:12]}"
        copy = f' TEMPLATE "{template}"' if template else ""
        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=newswatch dbname=postgres", autocommit=True
        ) as connection:
            connection.execute(f'CREATE DATABASE "{name}"{copy}')
        return self.url(name)

    def create_database_with_schema(self) -> str:
        """A new database holding newswatch's current schema and no rows; returns its URL.

        A copy of one database that `open_database` migrated once in this
        session: the migrations take 0.5 s on this server, a copy 0.05 s.
        """
        if self._with_schema is None:
            from newswatch.pipeline.store.database import open_database

            url = self.create_database("nw_template")
            open_database(url).dispose()  # no connection left: a template must have none
            self._with_schema = url.rsplit("/", 1)[1]
        return self.create_database(template=self._with_schema)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server for the whole session (skipped only outside CI)."""
    bin_dir = find_pg_bin()
    if bin_dir is None:
        message = "PostgreSQL server binaries not found (scripts/test-services.sh installs them)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    folder = Path(tempfile.mkdtemp(prefix="newswatch-pg-"))
    server = PostgresServer(bin_dir, folder)
    try:
        server.start()
    except subprocess.CalledProcessError as exc:
        log = folder / "server.log"
        detail = log.read_text() if log.exists() else ""
        pytest.fail(f"PostgreSQL did not start: {exc.stderr or exc.stdout}\n{detail}")
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """A fresh, empty PostgreSQL database for one test."""
    return postgres_server.create_database()


# The backends a test runs on; PostgreSQL starts a server (a process), so
# those runs are in the slow lane.
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)]


def fresh_database_url(backend: str, folder: Path, request: pytest.FixtureRequest) -> str:
    """A fresh, empty database on `backend` ("sqlite": a file in `folder`)."""
    if backend == "sqlite":
        return f"sqlite:///{folder / 'newswatch.db'}"
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return server.create_database()


@pytest.fixture(params=BACKENDS)
def any_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh database URL on each backend in turn: the test runs once per backend."""
    return fresh_database_url(request.param, tmp_path, request)
