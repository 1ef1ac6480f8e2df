"""Real Scrapyd nodes on 127.0.0.1 for the scale-out tests, and deploying to them.

Each node is `python -m scrapyd` in a folder of its own (its scrapyd.conf,
eggs, logs and queue databases there) on a free port, in a process group of
its own so that a test can stop the node the way a machine dies: the daemon
and its running crawls at once.  The project reaches the nodes the standard
way, `scrapyd-deploy -a` from a copy of the checkout (building the egg
writes build/ and *.egg-info there) with the nodes as deploy targets.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.support.checkout import copy_checkout

BIN = Path(sys.executable).parent


def free_port() -> int:
    """A TCP port nobody listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class ScrapydNode:
    """One Scrapyd node; `url` once started."""

    def __init__(self, name: str, folder: Path, max_proc: int = 4) -> None:
        self.name = name
        self.folder = folder
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "scrapyd.conf").write_text(
            "[scrapyd]\n"
            "bind_address = 127.0.0.1\n"
            f"http_port = {self.port}\n"
            f"eggs_dir = {folder / 'eggs'}\n"
            f"logs_dir = {folder / 'logs'}\n"
            f"dbs_dir = {folder / 'dbs'}\n"
            f"max_proc = {max_proc}\n"
            # The default 5 s between looks at the queue would dominate short tests.
            "poll_interval = 0.2\n",
            encoding="utf-8",
        )
        self.process: subprocess.Popen[bytes] | None = None
        self._log = (folder / "scrapyd.log").open("wb")

    def start(self, timeout: float = 30) -> ScrapydNode:
        """Start the node and wait until its API answers."""
        # No PYTHONPATH: the node's crawls must run the deployed egg, not this checkout.
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "scrapyd"],
            cwd=self.folder,
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"scrapyd {self.name} exited:\n{self.log()}")
            try:
                self.status()
                return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"scrapyd {self.name} did not answer within {timeout:g}s:\n{self.log()}")

    def status(self) -> dict[str, object]:
        """daemonstatus.json."""
        with urllib.request.urlopen(self.url + "daemonstatus.json", timeout=5) as response:
            return dict(json.loads(response.read()))

    def jobs(self, project: str = "newswatch") -> dict[str, list[dict[str, object]]]:
        """listjobs.json of `project`."""
        with urllib.request.urlopen(
            f"{self.url}listjobs.json?project={project}", timeout=5
        ) as response:
            return dict(json.loads(response.read()))

    def job_log(self, job: str, project: str = "newswatch", spider: str = "newswatch") -> str:
        """The log file Scrapyd keeps of a job ('' when there is none)."""
        path = self.folder / "logs" / project / spider / f"{job}.log"
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""

    def log(self) -> str:
        """The node's own log."""
        return (self.folder / "scrapyd.log").read_text(encoding="utf-8", errors="replace")

    def kill(self) -> None:
        """Stop the node as a machine stops: Scrapyd and its crawls, at once."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def close(self) -> None:
        """Stop it (if still running), its crawls included."""
        if self.process is not None and self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGTERM)
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
            except ProcessLookupError:
                pass
        # Crawls still running in the group (a SIGTERM'd Scrapyd leaves them): gone too.
        if self.process is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
        self._log.close()


def deploy(nodes: list[ScrapydNode], folder: Path, version: str = "1") -> str:
    """`scrapyd-deploy -a` with one deploy target per node; returns its output."""
    config_home = folder / "xdg"
    config_home.mkdir(parents=True, exist_ok=True)
    targets = "".join(
        f"[deploy:{node.name}]\nurl = {node.url}\nproject = newswatch\n\n" for node in nodes
    )
    (config_home / "scrapy.cfg").write_text(targets, encoding="utf-8")
    env = dict(os.environ, XDG_CONFIG_HOME=str(config_home))
    project = folder / "project"
    if not project.exists():
        copy_checkout(project)
    done = subprocess.run(
        [str(BIN / "scrapyd-deploy"), "-a", "-v", version],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = done.stdout + done.stderr
    if done.returncode != 0 or output.count('"status": "ok"') < len(nodes):
        raise RuntimeError(f"scrapyd-deploy failed ({done.returncode}):\n{output}")
    return output
