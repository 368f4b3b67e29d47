"""Starting the desktop app: the QApplication, translations, the database, the main window, and one place where
unexpected errors are logged and shown (Electrum's and qutebrowser's habit)."""

from __future__ import annotations

import datetime as dt
import gc
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from merchant_assistant import APP_NAME, __version__
from merchant_assistant.content import load_pack
from merchant_assistant.content.model import ContentPack
from merchant_assistant.errors import UserError
from merchant_assistant.paths import default_db_path, resources_dir
from merchant_assistant.storage import Store

from .labels import path_text
from .main_window import MainWindow
from .messages import show_message

EXIT_USER_ERROR = 2


class CrashHandler(QObject):
    """sys.excepthook: writes the traceback to a log file, then shows each distinct error once.

    Errors raised in other threads travel to the UI thread through a queued signal.
    """

    caught = Signal(str, str)  # summary, details

    def __init__(self, log_path: Path):
        super().__init__()
        self.log_path = log_path
        self.seen: set[str] = set()
        self.box: QMessageBox | None = None
        self.previous_hook = sys.excepthook
        self.caught.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self.hook

    def uninstall(self) -> None:
        if sys.excepthook == self.hook:
            sys.excepthook = self.previous_hook

    def hook(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        where = self._log(details)
        if isinstance(error, UserError):
            summary = str(error)
        else:
            summary = f"{kind.__name__}: {error}"
            details = QCoreApplication.translate("App", "Les détails ont été enregistrés dans : %1").replace("%1", where)
        self.caught.emit(summary, details)

    def _log(self, details: str) -> str:
        try:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.log_path, "a", encoding="utf-8") as handle:
                handle.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')} {APP_NAME} {__version__}\n")
                handle.write(details)
            return path_text(self.log_path)
        except OSError:
            sys.stderr.write(details) if sys.stderr else None
            return QCoreApplication.translate("App", "(le journal n'a pas pu être écrit)")

    def _show(self, summary: str, details: str) -> None:
        if summary in self.seen:
            return
        self.seen.add(summary)
        self.box = show_message(  # kept: a box without a parent window is otherwise collected at once
            QApplication.activeWindow(),
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("App", "Erreur inattendue"),
            QCoreApplication.translate(
                "App", "Une erreur inattendue s'est produite. Vos réponses déjà enregistrées ne sont pas perdues."
            ),
            f"{summary}\n\n{details}",
        )


UI_LANGUAGES = ("ar", "en")  # French is the source language of the interface: it needs no translation file
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    """The interface's compiled translations (ui_ar.qm, ui_en.qm), made from the .ts files beside them."""
    return resources_dir() / "translations"


class MainThreadGarbageCollector(QObject):
    """Python's cycle collector, run on the UI thread only.

    Left automatic, the collector runs in whichever thread happens to allocate, e.g. the PDF worker, and may then
    destroy Qt objects outside the UI thread, which crashes Qt (seen in our tests). PyQt's documentation and
    qutebrowser's GarbageCollector do the same: disable automatic collection, check the counts on a timer here.
    """

    INTERVAL_MS = 500

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(self.INTERVAL_MS)
        gc.disable()

    def check(self) -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[0] > thresholds[0]:
            generation = 2 if counts[2] > thresholds[2] else 1 if counts[1] > thresholds[1] else 0
            gc.collect(generation)

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()


def install_garbage_collector(app: QApplication) -> MainThreadGarbageCollector:
    """Once per application; returns the collector (tests stop it to give Python its automatic collector back)."""
    collector = app.findChild(MainThreadGarbageCollector)
    return collector or MainThreadGarbageCollector(app)


def _install_translations(app: QApplication, lang: str) -> None:
    """Qt's own texts (standard buttons, file dialog) and ours in the interface language.

    Translators installed by an earlier call are removed first, so that the language can be changed (tests do).
    """
    for old in _installed:
        app.removeTranslator(old)
        old.deleteLater()
    _installed.clear()
    qt_translator = QTranslator(app)
    if qt_translator.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    if lang in UI_LANGUAGES:
        ours = QTranslator(app)
        if ours.load(f"ui_{lang}", str(translations_dir())):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            if sys.stderr:  # the texts stay in French: worth a line in a console, not a message box
                sys.stderr.write(f"warning: no interface translation for {lang!r} in {translations_dir()}\n")


def _install_fonts(app: QApplication) -> None:
    """Fonts bundled in resources/fonts (Arabic and Latin), and a readable size for people not used to screens."""
    for font_file in sorted((resources_dir() / "fonts").glob("**/*.ttf")):
        QFontDatabase.addApplicationFont(str(font_file))
    font = app.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(font)


def prepare_application(lang: str) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("MerchantReadiness")
    _install_translations(app, "fr" if lang not in ("ar", "en") else lang)
    _install_fonts(app)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight)
    install_garbage_collector(app)
    return app


def _fatal(title: str, text: str, details: str) -> int:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text)
    box.setInformativeText(details)
    box.exec()
    return EXIT_USER_ERROR


SMOKE_TEST_VARIABLE = "MERCHANT_READINESS_SMOKE_TEST"


def run_gui(
    db_path: Path | None = None,
    lang: str | None = None,
    pack: ContentPack | None = None,
    content_dir: Path | None = None,
) -> int:
    """Start the desktop app; returns the exit code.

    With MERCHANT_READINESS_SMOKE_TEST=1 the app quits as soon as its window is up: release builds are checked
    that way (qutebrowser's habit), since a frozen program can miss a module that tests never notice.
    """
    lang = lang or "fr"
    app = prepare_application(lang)
    path = Path(db_path) if db_path else default_db_path()
    crash = CrashHandler(path.parent / "error.log")
    crash.install()
    try:
        try:
            pack = pack or load_pack(content_dir)
        except UserError as error:
            return _fatal(
                QCoreApplication.translate("App", "Contenu invalide"),
                QCoreApplication.translate(
                    "App",
                    "Le contenu de l'assistant (questions et actions) est invalide ; le programme ne peut pas démarrer.",
                ),
                str(error),
            )
        try:
            store = Store(path)
        except UserError as error:
            return _fatal(
                QCoreApplication.translate("App", "Base de données inutilisable"),
                QCoreApplication.translate("App", "Vos données n'ont pas pu être ouvertes. Rien n'a été modifié."),
                str(error),
            )
        try:
            window = MainWindow(store, pack, lang)
            window.show()
            if os.environ.get(SMOKE_TEST_VARIABLE):
                QTimer.singleShot(0, app.quit)
            return app.exec()
        finally:
            store.close()
    finally:
        crash.uninstall()
