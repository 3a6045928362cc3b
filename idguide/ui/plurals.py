"""English plurals for the counts the app shows.

Every count goes through Qt's plural form, ``self.tr("%n bundle(s)", "", n)``, so that each
language's translation can give its own forms. English is the source language and has no
translation file yet, so without this the officer would read "1 bundle(s)". This translator
gives the two English forms ("1 bundle", "2 bundles") of any such source text; a real English
catalogue (``.qm``) can replace it, and the other languages' catalogues are asked first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

MARK = "(s)"

_installed: list[QTranslator] = []  # a reference, so that Python keeps the translator alive


class EnglishPlurals(QTranslator):
    """Turns "(s)" into "" or "s" in texts translated with a count; nothing else."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if n < 0 or MARK not in source:
            # Not a count: no translation (None is Qt's null string; an empty string would be
            # taken as the translation), so Qt asks the next translator or keeps the source.
            return None
        return source.replace(MARK, "" if n == 1 else "s")

    def isEmpty(self) -> bool:
        return False


def install_plurals() -> None:
    """Install the translator in the running application (once)."""
    app = QCoreApplication.instance()
    if app is None or _installed:
        return
    translator = EnglishPlurals(app)
    app.installTranslator(translator)
    _installed.append(translator)
