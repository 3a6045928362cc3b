"""``idguide check``: is the catalogue whole?"""

from __future__ import annotations

from idguide.catalog import staging
from idguide.catalog.errors import IdguideError
from idguide.catalog.i18n import _
from idguide.catalog.images import inspect_image
from idguide.catalog.progress import ProgressFn, no_progress
from idguide.catalog.store import Catalog


def check_catalog(catalog: Catalog, progress: ProgressFn | None = None) -> list[str]:
    """Every problem found: database integrity, index in step, each image present and decodable."""
    report = progress or no_progress
    problems = [
        _("database: {problem}").format(problem=row[0])
        for row in catalog.conn.execute("PRAGMA integrity_check")
        if row[0] != "ok"
    ]
    problems += [
        _("database: broken reference in table {table} (row {row})").format(
            table=row[0], row=row[1]
        )
        for row in catalog.conn.execute("PRAGMA foreign_key_check")
    ]
    if not catalog.index_is_current():
        problems.append(_("search index: not in step with the catalogue; run `idguide reindex`."))
    problems += [
        _(
            "leftover: {name} ({size} MB) from an import that was interrupted; it is removed "
            "when the catalogue is next opened for use (`idguide reindex`, a search) or a "
            "bundle is imported."
        ).format(name=folder.name, size=f"{staging.size_of(folder) / 1024**2:.1f}")
        for folder in staging.leftovers(catalog.images.folder)
    ]
    shas = [row[0] for row in catalog.conn.execute("SELECT sha256 FROM images ORDER BY sha256")]
    label = _("Checking images")
    for done, sha in enumerate(shas):
        report(done, len(shas), label)
        problems += _check_image(catalog, sha)
    return problems


def _check_image(catalog: Catalog, sha: str) -> list[str]:
    path = catalog.images.path(sha)
    if not path.is_file():
        return [_("image {sha}: missing file {path}").format(sha=sha[:12], path=path)]
    try:
        info = inspect_image(path.read_bytes(), str(path))
    except (IdguideError, OSError) as exc:
        return [_("image {sha}: {problem}").format(sha=sha[:12], problem=exc)]
    if info.sha256 != sha:
        return [
            _("image {sha}: the file's content does not match its name (damaged)").format(
                sha=sha[:12]
            )
        ]
    return []
