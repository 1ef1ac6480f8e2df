"""Where the database is: one documented place, whatever folder a command runs in.

* `database` in a sources file: a relative SQLite path is relative to that
  file's folder (like `topics`), not to the current directory.
* No `database` (and the bundled config): the per-user data folder,
  `$XDG_DATA_HOME/newswatch/newswatch.db`, by default
  `~/.local/share/newswatch/newswatch.db` on Linux (platformdirs).
* `--db URL` on the command line is taken as given (relative to the current
  directory, like any path typed in a shell).
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

APP_NAME = "newswatch"
DATABASE_FILE = "newswatch.db"


def default_database_url() -> str:
    """The per-user default database: newswatch.db in the user's data folder."""
    return f"sqlite:///{user_data_path(APP_NAME) / DATABASE_FILE}"


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL as written (maybe relative); None for other databases."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or not database:
        return None
    if database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).expanduser()


def resolve_database_url(url: str, base: Path) -> str:
    """`url` with a relative SQLite path made absolute against the folder `base`."""
    path = sqlite_path(url)
    if path is None or path.is_absolute():
        return url
    return make_url(url).set(database=str((base / path).resolve())).render_as_string(
        hide_password=False
    )
