"""The desktop app's entry point (``kam gui`` and the ``kam-desk`` launcher).

Qt is imported inside the functions, after the core; why, and the other process-wide
speed settings, are in :mod:`ui.runtime`.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import resources
from kam.logs import setup_logging
from ui import runtime

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def setup_application(app: QApplication) -> None:
    """Fonts, style sheet and names: what every window of the app relies on."""
    from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon

    from ui.shell.settings import APPLICATION, ORGANIZATION
    from ui.widgets.wheel_guard import install_wheel_guard

    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("KAM Desk")
    app.setStyle("Fusion")
    install_wheel_guard(app)
    app.setWindowIcon(QIcon(str(resources.path("icons", "app.svg"))))
    # The bundled CJK font goes after the platform's own, so Chinese renders even on a
    # machine without a Chinese font, while Latin text keeps the system face.
    font_id = QFontDatabase.addApplicationFont(str(resources.cjk_font_path()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    font = QGuiApplication.font()
    font.setFamilies([font.family(), *families])
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    app.setFont(font)
    style = resources.path("styles", "app.qss")
    if style.exists():
        # Style sheets resolve url() against the working directory: point them at the
        # packaged icons wherever the app runs from.
        icons = resources.path("icons").as_posix()
        app.setStyleSheet(style.read_text(encoding="utf-8").replace("ICONS/", f"{icons}/"))


def main(db: str | None = None, lang: str | None = None) -> int:
    """Opens the app on ``db`` (default: ``KAM_DB`` or the user's file) in ``lang``."""
    runtime.import_core_first()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1] or ["kam-desk"])
    assert isinstance(app, QApplication)
    runtime.tune_threads()
    setup_application(app)
    setup_logging()
    from ui.shell.error_handler import install_error_handler

    uninstall = install_error_handler()
    try:
        return _run(app, db, lang)
    finally:
        uninstall()  # the hooks belong to this run (tests call main() more than once)


def _run(app: QApplication, db: str | None, lang: str | None) -> int:
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.settings.identity import ask_identity_if_needed
    from ui.shell.database import open_with_recovery
    from ui.shell.language import choose_language, install_language
    from ui.shell.settings import stored_language
    from ui.shell.single_instance import InstanceServer, raise_running

    chosen = install_language(choose_language(lang))
    if raise_running(db):
        return 0  # the window already open on this database came forward
    database = open_with_recovery(db)
    if database is None:
        return 1
    ctx = AppContext(database)
    window = MainWindow(ctx)
    window.show()
    InstanceServer(db, window)
    if chosen == "en" and not lang and not stored_language():
        window.show_language_hint()
    ask_identity_if_needed(ctx, window)
    runtime.settle()
    try:
        return app.exec()
    finally:
        ctx.db.close()  # the user may have switched files meanwhile


if __name__ == "__main__":
    sys.exit(main())
