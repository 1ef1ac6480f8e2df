"""Configuration of where crawls run: child processes here, or jobs on Scrapyd nodes."""

from __future__ import annotations

import os
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ScrapydNode(_Strict):
    """One Scrapyd node: its URL and, if it asks for them, HTTP Basic credentials."""

    url: str
    username: str | None = None
    password: str | None = None
    # Better than `password`: the name of an environment variable holding it,
    # so the sources file can be shared without the secret.
    password_env: str | None = None

    @field_validator("url")
    @classmethod
    def _url_is_http(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"not an http(s) URL: {value!r}")
        return value.rstrip("/") + "/"

    def credentials(self) -> tuple[str, str] | None:
        """(username, password) for HTTP Basic authentication, or None."""
        if not self.username:
            return None
        password = os.environ.get(self.password_env, "") if self.password_env else None
        return self.username, password if password is not None else (self.password or "")

    @property
    def name(self) -> str:
        """host:port, for logs and the run history."""
        return urlsplit(self.url).netloc


class ExecutorConfig(_Strict):
    """`executor:` in the sources file.

    `local` (the default) crawls in child processes of the scheduler;
    `scrapyd` sends each crawl as a job to the least busy of `nodes`.
    """

    kind: Literal["local", "scrapyd"] = "local"
    nodes: list[ScrapydNode] = Field(default_factory=list)
    project: str = "newswatch"
    spider: str = "newswatch"
    poll_interval: float = Field(default=2.0, gt=0, le=60, description="seconds between job checks")
    node_timeout: float = Field(
        default=20.0, gt=0, description="seconds a node may fail to answer before it counts as dead"
    )
    max_attempts: int = Field(default=3, ge=1, le=10, description="dispatches of one crawl at most")
    send_database: bool = Field(
        default=True,
        description="pass the database URL (without its password) to the nodes; "
        "false: the nodes use their NEWSWATCH_DATABASE",
    )

    @field_validator("nodes", mode="before")
    @classmethod
    def _bare_urls(cls, value: object) -> object:
        # `nodes: [http://a:6800]` is the common case: plain URLs are nodes.
        if isinstance(value, list):
            return [{"url": item} if isinstance(item, str) else item for item in value]
        return value

    @model_validator(mode="after")
    def _scrapyd_needs_nodes(self) -> ExecutorConfig:
        if self.kind == "scrapyd" and not self.nodes:
            raise ValueError("executor 'scrapyd' needs at least one node URL under 'nodes'")
        return self
