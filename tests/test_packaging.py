"""Installed from a wheel as a user installs it, newswatch works from any folder.

The wheel is built from a copy of the checkout (building writes build/ and
*.egg-info next to the sources) with the project venv's setuptools, and
installed into a fresh venv that sees the project venv's dependencies
through a .pth file: no network, a few seconds.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.support.checkout import copy_checkout

pytestmark = pytest.mark.slow


def run(command: list[str | Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run a command with no checkout on the path; fail the test with its output otherwise."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["TMPDIR"] = str(cwd.parent)  # the demo's temporary folder stays in the test's
    done = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, (
        f"{command} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    )
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A venv holding newswatch installed from its wheel (not editable); its folder."""
    folder = tmp_path_factory.mktemp("packaging")
    sources = copy_checkout(folder / "src")
    pip = [sys.executable, "-m", "pip"]
    # With this environment's setuptools (the test extra pins it): no isolated build
    # environment to create and fill from the index on every run.
    command = [*pip, "wheel", "--no-deps", "--no-build-isolation", "--wheel-dir", folder / "dist"]
    command.append(sources)
    built = run(command, folder)
    (folder / "build.log").write_text(built.stdout + built.stderr, encoding="utf-8")
    (wheel,) = (folder / "dist").glob("newswatch-*.whl")

    venv = folder / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", venv], folder)
    python = venv / "bin" / "python"
    site_packages = Path(run([python, "-c", _PURELIB], folder).stdout.strip())
    # The dependencies come from the project venv, listed after the venv's own packages.
    (site_packages / "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    run([*pip, "--python", python, "install", "--quiet", "--no-deps", "--no-index", wheel], folder)
    return venv


_PURELIB = "import sysconfig; print(sysconfig.get_path('purelib'))"


@pytest.fixture
def empty_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    return folder


def test_the_wheel_builds_without_warnings(installed: Path) -> None:
    # `make setup` builds the same way: an analyst's first command prints no wall of
    # setuptools warnings (data folders taken for packages, a deprecated license table).
    log = (installed.parent / "build.log").read_text(encoding="utf-8")
    assert "Successfully built newswatch" in log
    assert "Warning" not in log, log
    python = installed / "bin" / "python"
    license = run([python, "-c", _LICENSE], installed).stdout.strip()
    assert license == "MIT"  # an SPDX expression, not the deprecated table


_LICENSE = "import importlib.metadata as m; print(m.metadata('newswatch')['License-Expression'])"


def test_site_packages_holds_only_the_newswatch_namespace(installed: Path) -> None:
    python = installed / "bin" / "python"
    site_packages = Path(run([python, "-c", _PURELIB], installed).stdout.strip())
    names = {path.name for path in site_packages.iterdir()}
    assert "newswatch" in names
    assert not names & {"config", "crawler", "pipeline", "scheduler", "tests"}
    shipped = site_packages / "newswatch" / "scheduler" / "demosite" / "www"
    assert (shipped / "index.html").is_file() and (shipped / "_routes.yaml").is_file()


def test_the_demo_runs_from_an_empty_folder_and_stores_articles(
    installed: Path, empty_folder: Path
) -> None:
    database = empty_folder.parent / "demo.db"
    done = run(
        [installed / "bin" / "newswatch", "demo", "--db", f"sqlite:///{database}"], empty_folder
    )
    assert "relevant article(s)" in done.stdout
    with sqlite3.connect(database) as connection:
        (stored,) = connection.execute("SELECT count(*) FROM articles").fetchone()
    assert stored > 0
    assert list(empty_folder.iterdir()) == []  # nothing written where it was started


def test_python_dash_m_newswatch_runs_the_installed_package(
    installed: Path, empty_folder: Path
) -> None:
    python = installed / "bin" / "python"
    assert "usage: newswatch" in run([python, "-m", "newswatch", "--help"], empty_folder).stdout
    where = run([python, "-c", "import newswatch; print(newswatch.__file__)"], empty_folder)
    assert Path(where.stdout.strip()).is_relative_to(installed)
