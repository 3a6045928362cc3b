"""The app's own texts in the officer's language (Qt's translations).

Texts are marked where they are written so that ``pyside6-lupdate`` finds them
(``make translations`` extracts them into idguide/ui/i18n/*.ts, docs/translations.md):

- ``self.tr("…")`` in a method of a QObject class (the class's name is the context);
- ``SomeClass.tr("…")`` elsewhere, where ``SomeClass`` is a QObject class or a
  :class:`TrContext` (the name before ``.tr`` is the context, for lupdate and at run time alike);
- counts as ``X.tr("%n bundle(s)", "", n)``: lupdate marks them as plurals only in this form;
- ``QT_TRANSLATE_NOOP("Context", "…")`` for a text kept in a table and translated when shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class TrContext:
    """Qt's ``tr`` for texts outside a QObject class, Qt's ``Q_DECLARE_TR_FUNCTIONS``.

    ``class Feeds(TrContext)`` then ``Feeds.tr("…")``: the subclass's name is the context.
    """

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)
