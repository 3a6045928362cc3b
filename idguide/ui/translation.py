"""The app's own texts in the officer's language (Qt's translations).

Texts are marked where they are written so that ``pyside6-lupdate`` finds them
(``make translations`` extracts them into idguide/ui/i18n/*.ts, docs/translations.md):

- ``self.tr("…")`` in a method of a QObject class (the class's name is the context);
- ``SomeClass.tr("…")`` elsewhere, where ``SomeClass`` is a QObject class or a
  :class:`TrContext` (the name before ``.tr`` is the context, for lupdate and at run time alike);
- counts as ``X.tr("%n bundle(s)", "", n)``: lupdate marks them as plurals only in this form;
- ``QT_TRANSLATE_NOOP("Context", "…")`` for a text kept in a table and translated when shown.

At start the app installs the translations of the interface language (:func:`start_language`):
the one chosen in View > Interface language, else the system's when idguide speaks it, else English.

Choosing another one there switches the interface at once, Qt's standard way: installing the
translators makes Qt post ``QEvent.LanguageChange`` to every window, which hands it on to each of
its children (widgets and plain QObjects alike). Every widget class that shows translated texts
sets them all in a ``retranslate()`` method, called at the end of building and again from its
``changeEvent`` on a language change; a QObject that owns menu entries (ui.officer.scanner, say)
sets their texts again from its ``event``. Text made from data (the product page, the home
screen) is made again from the data it was made from, so nothing the officer opened is lost.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from idguide.catalog import i18n

I18N = Path(__file__).resolve().parent / "i18n"

_installed: list[QTranslator] = []  # references, so that Python keeps the translators alive


class TrContext:
    """Qt's ``tr`` for texts outside a QObject class, Qt's ``Q_DECLARE_TR_FUNCTIONS``.

    ``class Feeds(TrContext)`` then ``Feeds.tr("…")``: the subclass's name is the context.
    """

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)


def start_language(chosen: str | None, system: str | None = None) -> i18n.Choice:
    """The interface language: ``chosen`` (View > Language) if any, else the system locale's
    (``system``, by default Qt's) when idguide speaks it, else English (the Choice then names
    the system's language)."""
    if chosen in i18n.LANGUAGES:
        return i18n.Choice(chosen)
    return i18n.choose(QLocale.system().name() if system is None else system)


def install_translations(language: str) -> None:
    """From now on, the app's texts, Qt's own (the OK and Cancel of standard dialogs) and the
    core's messages the app shows are in ``language`` (English: the source texts)."""
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    i18n.set_language(language)
    if language not in i18n.LANGUAGES or language == i18n.ENGLISH:
        return
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_folder), ("idguide", str(I18N))):
        translator = QTranslator(app)
        # idguide_pt.qm, qtbase_pt_BR.qm: Qt tries pt_BR, then pt
        if translator.load(QLocale(i18n.LOCALES[language]), name, "_", folder):
            app.installTranslator(translator)  # asked before the English plurals (installed first)
            _installed.append(translator)
