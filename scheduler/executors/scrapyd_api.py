"""A small client of the Scrapyd JSON API (daemonstatus, schedule, listjobs, cancel).

Standard library only: the scheduler needs no HTTP package of its own.
"""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Any

from newswatch.config.cluster import ScrapydNode

TIMEOUT = 10.0


class NodeError(Exception):
    """The node did not answer, or answered with an error; `str()` says which."""


@dataclass(frozen=True)
class NodeLoad:
    """What a node's daemonstatus.json says it is doing."""

    running: int
    pending: int

    @property
    def busy(self) -> int:
        """Jobs running or waiting on the node."""
        return self.running + self.pending


class ScrapydClient:
    """Talks to one node."""

    def __init__(self, node: ScrapydNode, timeout: float = TIMEOUT) -> None:
        self.node = node
        self._timeout = timeout
        credentials = node.credentials()
        self._auth = (
            "Basic " + base64.b64encode(":".join(credentials).encode()).decode()
            if credentials
            else None
        )

    def load(self) -> NodeLoad:
        """daemonstatus.json: running and pending jobs."""
        answer = self._call("GET", "daemonstatus.json")
        return NodeLoad(int(answer.get("running", 0)), int(answer.get("pending", 0)))

    def schedule(
        self,
        project: str,
        spider: str,
        job: str,
        settings: dict[str, str],
        arguments: dict[str, str],
    ) -> str:
        """schedule.json: start `spider` as job `job`; returns the job id."""
        fields: list[tuple[str, str]] = [("project", project), ("spider", spider), ("jobid", job)]
        fields += [("setting", f"{key}={value}") for key, value in settings.items()]
        fields += list(arguments.items())
        return str(self._call("POST", "schedule.json", fields)["jobid"])

    def jobs(self, project: str) -> dict[str, str]:
        """listjobs.json: job id -> "pending", "running" or "finished"."""
        answer = self._call("GET", "listjobs.json?" + urllib.parse.urlencode({"project": project}))
        return {
            job["id"]: state
            for state in ("pending", "running", "finished")
            for job in answer.get(state, [])
        }

    def cancel(self, project: str, job: str, signal: str = "TERM") -> None:
        """cancel.json: drop a pending job or send `signal` to a running one."""
        self._call("POST", "cancel.json", [("project", project), ("job", job), ("signal", signal)])

    def _call(
        self, method: str, path: str, fields: list[tuple[str, str]] | None = None
    ) -> dict[str, Any]:
        data = urllib.parse.urlencode(fields).encode() if fields is not None else None
        request = urllib.request.Request(self.node.url + path, data=data, method=method)
        if self._auth:
            request.add_header("Authorization", self._auth)
        try:
            with urllib.request.urlopen(request, timeout=self._timeout) as response:
                answer = json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as exc:
            raise NodeError(f"{self.node.name}: {path.split('?')[0]}: HTTP {exc.code}") from None
        except (OSError, ValueError) as exc:  # refused, reset, timed out, not JSON
            raise NodeError(f"{self.node.name}: {path.split('?')[0]}: {exc}") from None
        if answer.get("status") != "ok":
            message = answer.get("message", answer)
            raise NodeError(f"{self.node.name}: {path.split('?')[0]}: {message}")
        return answer
