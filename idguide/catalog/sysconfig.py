"""The system-wide configuration IT writes for every user of a computer.

One TOML file, ``idguide.toml`` in platformdirs' site configuration folder (on Linux
``/etc/xdg/idguide/idguide.toml``, or the first folder of ``$XDG_CONFIG_DIRS``; on Windows
``C:\\ProgramData\\idguide\\idguide.toml``; on macOS ``/Library/Application Support/idguide/``)::

    catalog = "/opt/idguide-catalogue/catalog.db"   # the catalogue, when no --catalog or
                                                    # IDGUIDE_CATALOG names one
    managed = true    # that catalogue is IT's, marked or not: read-only for officers
    feeds = false     # officers do not add, remove or check update feeds themselves
    demo = false      # no demo catalogue

Every key is optional; no file means none of them. A file that cannot be read, or that holds a
key or value this idguide does not know, is refused with a message naming the file, so that a
typing mistake in IT's configuration never passes unnoticed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from idguide.catalog.errors import IdguideError
from idguide.catalog.i18n import _

APP_NAME = "idguide"
FILE_NAME = "idguide.toml"


class SystemConfigError(IdguideError):
    """The system configuration file is not one idguide can follow."""


@dataclass(frozen=True)
class SystemConfig:
    """What the system configuration says (the defaults when there is no file)."""

    catalog: Path | None = None
    managed: bool = False
    feeds: bool = True
    demo: bool = True
    source: Path | None = None  # the file it was read from

    def manages(self, path: Path) -> bool:
        """True when IT's configuration says the catalogue at ``path`` is managed."""
        return self.managed and self.catalog is not None and _same(self.catalog, path)

    def where(self) -> str:
        if self.source:
            return _("the system configuration {path}").format(path=self.source)
        return _("IT's configuration")


def config_file() -> Path:
    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / FILE_NAME


def load(path: Path | None = None) -> SystemConfig:
    """The system configuration (read each time: it is small, and IT may change it)."""
    import tomllib

    path = path or config_file()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return SystemConfig()
    except (OSError, UnicodeDecodeError) as exc:
        raise SystemConfigError(
            _("Cannot read {path} ({reason}); ask IT to fix it.").format(
                path=path, reason=_reason(exc)
            )
        ) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SystemConfigError(
            _("{path} is not valid TOML ({error}); ask IT to fix it.").format(path=path, error=exc)
        ) from None
    return _parse(data, path)


def _parse(data: dict, path: Path) -> SystemConfig:
    known = {"catalog": str, "managed": bool, "feeds": bool, "demo": bool}
    for key, value in data.items():
        if key not in known:
            raise SystemConfigError(
                _(
                    "{path}: unknown setting {key!r}; the settings are {known}. Ask IT to fix it."
                ).format(path=path, key=key, known=", ".join(known))
            )
        if not isinstance(value, known[key]):
            if known[key] is str:
                text = _("{path}: {key} must be a path in quotes; ask IT to fix it.")
            else:
                text = _("{path}: {key} must be true or false; ask IT to fix it.")
            raise SystemConfigError(text.format(path=path, key=key))
    catalog = Path(os.path.expanduser(data["catalog"])) if data.get("catalog") else None
    return SystemConfig(
        catalog=catalog,
        managed=data.get("managed", False),
        feeds=data.get("feeds", True),
        demo=data.get("demo", True),
        source=path,
    )


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == Path(b).resolve()
    except OSError:
        return False


def _reason(exc: Exception) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
