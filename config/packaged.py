"""Real folders for the data files shipped inside newswatch's packages.

Installed normally, a package's folder is on disk.  Deployed to a Scrapyd node
it is inside a zipped egg, where YAML files cannot be opened by path and
Alembic cannot list its migrations; so the folder is extracted once, per egg,
into the temporary folder.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import zipfile
from pathlib import Path


def package_folder(module_file: str) -> Path:
    """The folder of the module at `module_file`, extracted first when it lives in a zip."""
    folder = Path(module_file).resolve().parent
    if folder.is_dir():
        return folder
    archive = next((p for p in folder.parents if p.is_file() and zipfile.is_zipfile(p)), None)
    if archive is None:
        return folder
    inner = folder.relative_to(archive).as_posix()
    stat = archive.stat()
    key = f"{archive}:{stat.st_size}:{stat.st_mtime_ns}"
    digest = hashlib.sha1(key.encode()).hexdigest()[:16]
    target = Path(tempfile.gettempdir()) / f"newswatch-egg-{digest}"
    if not (target / inner).is_dir():
        _extract(archive, inner, target)
    return target / inner


def _extract(archive: Path, inner: str, target: Path) -> None:
    # Several crawls on one node may start at once: each extracts into a
    # folder of its own and renames it into place; the first rename wins.
    staging = Path(tempfile.mkdtemp(prefix="newswatch-egg-", dir=tempfile.gettempdir()))
    try:
        with zipfile.ZipFile(archive) as egg:
            members = [name for name in egg.namelist() if name.startswith(inner + "/")]
            egg.extractall(staging, members)
        target.mkdir(exist_ok=True)
        top = inner.split("/")[0]
        try:
            os.rename(staging / top, target / top)
        except OSError:
            if not (target / inner).is_dir():  # not a lost race: something else is wrong
                shutil.copytree(staging / top, target / top, dirs_exist_ok=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
