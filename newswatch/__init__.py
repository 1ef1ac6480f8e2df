"""newswatch: scheduled monitoring of Chinese news sites for social organizations.

The repository keeps one folder per stage of the data's path at its top
(`config/`, `crawler/`, `pipeline/`, `scheduler/`); pyproject.toml installs
them under this package as `newswatch.config`, `newswatch.crawler`, ... so
nothing generic lands in site-packages.  See docs/architecture.md.
"""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # `__version__` is read off the installed metadata when asked for (PEP 562):
    # importlib.metadata costs every command 20 ms at start-up, and only
    # `--version` and the crawler's User-Agent need it.
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("newswatch")
    except PackageNotFoundError:  # a source tree that was never installed
        found = "0.0.0"
    globals()["__version__"] = found
    return found
