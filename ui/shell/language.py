"""Loading the UI's translations: every ``*_zh_CN.qm`` under resources/translations
(each area ships its own) plus Qt's own, and the core catalogue in the same language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import resources
from kam.i18n import set_language, system_language
from ui.shell.settings import stored_language


def choose_language(explicit: str | None = None) -> str:
    """The language to use: ``explicit``, else the stored choice, else the system's."""
    wanted = explicit or stored_language() or system_language()
    return "zh_CN" if wanted.lower().startswith("zh") else "en"


def install_language(lang: str) -> str:
    """Replaces the installed translators with those for ``lang``; returns the language."""
    app = QCoreApplication.instance()
    assert app is not None
    lang = choose_language(lang)
    for old in app.findChildren(QTranslator):
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
    set_language(lang)
    QLocale.setDefault(QLocale("zh_CN" if lang == "zh_CN" else "en_US"))
    if lang == "en":
        return lang  # English is the source language
    files = sorted(resources.path("translations").glob(f"*_{lang}.qm"))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in (f"qtbase_{lang}",):
        translator = QTranslator(app)
        if translator.load(name, qt_dir):
            QCoreApplication.installTranslator(translator)
    for qm in files:
        translator = QTranslator(app)
        if translator.load(str(qm)):
            QCoreApplication.installTranslator(translator)
    return lang
