"""Where idguide finds its own files, keeps the user's catalogue and the officer's own data."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from idguide.catalog.i18n import _

APP_NAME = "idguide"


def assets_dir() -> Path:
    """The shipped assets: ``idguide/assets`` in an installed wheel, ``assets/`` in a checkout."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "assets", package.parent / "assets"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(_("idguide's assets folder is missing; reinstall idguide."))


def demo_sources() -> list[Path]:
    """The demo publishers' authoring folders, in a stable order."""
    root = assets_dir() / "demo" / "src"
    return sorted(path for path in root.iterdir() if (path / "publisher.yaml").is_file())


def default_catalog() -> Path:
    """``IDGUIDE_CATALOG`` if set, else the catalogue the system configuration names (IT's,
    :mod:`idguide.catalog.sysconfig`), else ``catalog.db`` in the user's data folder."""
    env = os.environ.get("IDGUIDE_CATALOG")
    if env:
        return Path(env)
    from idguide.catalog.sysconfig import load

    configured = load().catalog
    if configured is not None:
        return configured
    return user_data_dir() / "catalog.db"


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def officer_data_root() -> Path:
    """Where the officer's own data lives, one folder per catalogue id (see
    :mod:`idguide.catalog.userdb`): ``IDGUIDE_USER_DATA`` if set, else ``user/`` in the user's
    data folder."""
    env = os.environ.get("IDGUIDE_USER_DATA")
    return Path(env) if env else user_data_dir() / "user"
