"""newswatch: scheduled monitoring of Chinese news sites for social organizations.

The repository keeps one folder per stage of the data's path at its top
(`config/`, `crawler/`, `pipeline/`, `scheduler/`); pyproject.toml installs
them under this package as `newswatch.config`, `newswatch.crawler`, ... so
nothing generic lands in site-packages.  See docs/architecture.md.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newswatch")
except PackageNotFoundError:  # a source tree that was never installed
    __version__ = "0.0.0"
