"""Starting the desktop app: the QApplication, translations, settings, the database, the main window, and one
place where unexpected errors are logged and shown (Electrum's and qutebrowser's habit).

Logs: merchant_assistant.logs (the same error.log as the CLI; faulthandler is switched on by main.py, and a crash
trace left by an earlier run is offered here once the window is up).
"""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEventLoop,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from merchant_assistant import APP_NAME, __version__, logs
from merchant_assistant.errors import ContentError, Problem, UserError
from merchant_assistant.paths import default_db_path, resources_dir
from merchant_assistant.settings import LANGUAGE, TEXT_SIZE, Settings

from .main_window import MIN_TEXT_SIZE, MainWindow
from .messages import error_text, show_message
from .single_instance import STARTING_S, Claim, InstanceGuard, wake_running_instance

# The window is up before the content engine, the database and the pages are even imported (_start): a start shows
# the window in little more than a bare Qt window's time, then fills it. Until then nothing here touches Qt's `Qt`
# namespace either (PySide6 makes its hundred enumerations on first use: 16 ms), nor imports a module that does:
# tests/gui/test_startup.py checks it.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from merchant_assistant.content.model import ContentPack
    from merchant_assistant.workspace import Workspace

log = logging.getLogger(__name__)

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
        from PySide6.QtCore import Qt

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
        if isinstance(error, UserError):  # a user error that got this far is still a user error, in their words
            summary = error_text(error)
        else:
            summary = f"{kind.__name__}: {error}"
            details = QCoreApplication.translate("App", "Les détails ont été enregistrés dans : %1").replace(
                "%1", where
            )
        self.caught.emit(summary, details)

    def _log(self, details: str) -> str:
        written = logs.append_error(details, self.log_path)  # the console gets it when the file cannot be written
        if written is None:
            return QCoreApplication.translate("App", "(le journal n'a pas pu être écrit)")
        from .labels import path_text

        return path_text(written)

    def _show(self, summary: str, details: str) -> None:
        from PySide6.QtWidgets import QMessageBox

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


class QtTexts(QTranslator):
    """Qt's own texts (qtbase_xx.qm), with one gap filled: a few file-dialog labels carry a shortcut letter
    ("&Look in:", "Files of &type:") that Qt's catalogues translate only without it ("Look in:" → "Voir dans :"), so
    the dialog showed them in English. Such a text is looked up again without its "&"."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        # None, not "": an empty text would be taken as the translation (Qt's "not found" is a null string).
        found = super().translate(context, source, disambiguation, n)
        if not found and "&" in source:
            found = super().translate(context, source.replace("&", ""), disambiguation, n)
        return found or None


def _install_translations(app: QApplication, lang: str) -> None:
    """Qt's own texts (standard buttons, file dialog) and ours in the interface language.

    Translators installed by an earlier call are removed first, so that the language can be changed (tests do).
    """
    for old in _installed:
        app.removeTranslator(old)
        old.deleteLater()
    _installed.clear()
    qt_translator = QtTexts(app)
    if qt_translator.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    if lang in UI_LANGUAGES:
        ours = QTranslator(app)
        if ours.load(f"ui_{lang}", str(translations_dir())):
            app.installTranslator(ours)
            _installed.append(ours)
        else:  # the texts stay in French: worth a line in the log, not a message box
            log.warning("no interface translation for %r in %s", lang, translations_dir())


_fonts_added: list[int] = []


def add_bundled_fonts() -> None:
    """The fonts in resources/fonts (Arabic and Latin), once per process: Qt falls back on them for a script the
    system's fonts lack, and may take them as its default (Linux): a start adds them before its first window,
    which would otherwise change font as it fills in."""
    if _fonts_added:
        return
    for font_file in sorted((resources_dir() / "fonts").glob("**/*.ttf")):
        _fonts_added.append(QFontDatabase.addApplicationFont(str(font_file)))


def _set_text_size(app: QApplication, text_size: int = 0) -> None:
    """A readable size for people not used to screens: ``text_size`` points when the user chose one
    (settings.TEXT_SIZE), else the system's size but at least 10."""
    font = app.font()
    size = text_size or max(font.pointSizeF(), MIN_TEXT_SIZE)
    if font.pointSizeF() != size:
        font.setPointSizeF(size)
        app.setFont(font)


def prepare_application(lang: str, text_size: int = 0, *, complete: bool = True) -> QApplication:
    """The QApplication in ``lang``: translations, text size, and complete_application()'s part unless
    ``complete`` is False: a start does that once its first window is up."""
    # The program only ever creates a QApplication (the tests' qtbot too), never a bare QCoreApplication.
    app = cast("QApplication | None", QApplication.instance()) or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("MerchantReadiness")
    _install_translations(app, "fr" if lang not in ("ar", "en") else lang)
    _set_text_size(app, text_size)
    if complete:
        complete_application(app, lang)
    return app


# Qt lays the interface out right to left when its translation of this says "RTL" (ui_ar.ts): so is the first
# window, shown before complete_application() sets the direction itself.
QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION")


def complete_application(app: QApplication, lang: str) -> None:
    """What the first window does without: the garbage collector, and the layout direction set explicitly
    (meanwhile Qt takes it from the translations, whose QT_LAYOUT_DIRECTION is "RTL" in Arabic; setting it here
    loads Qt's namespace); and the bundled fonts, unless added already."""
    from PySide6.QtCore import Qt

    from .tasks import install_garbage_collector

    add_bundled_fonts()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight)
    install_garbage_collector(app)


def interface_language(settings: Settings, asked: str | None) -> str:
    """The language asked for on the command line, remembered for the next start; else the one remembered."""
    if asked:
        settings.set(LANGUAGE, asked)
        return asked
    return settings.get(LANGUAGE)


def offer_crash_report(parent: QWidget | None, report: logs.CrashReport) -> QMessageBox:
    """The program died hard last time (faulthandler's trace in crash.log, already moved aside): say so, and show
    the trace behind Qt's "Show Details" button, where the user can copy it for whoever helps them."""
    from PySide6.QtWidgets import QMessageBox

    from .labels import path_text

    box = show_message(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("App", "Arrêt inattendu"),
        QCoreApplication.translate(
            "App",
            "Le programme s'est arrêté brutalement la dernière fois. Vos réponses déjà enregistrées ne sont pas "
            "perdues. Le rapport technique est conservé ici : %1",
        ).replace("%1", path_text(report.path)),
    )
    box.setDetailedText(report.text)
    return box


def _open_workspace(
    db_path: Path | None, path: Path, pack: ContentPack, lang: str, *, unattended: bool
) -> Workspace | None:
    """The database opened, or None when it cannot be and the user chose to quit. A damaged file can be replaced
    by a backup or a new file, a locked or full one tried again (ui.database_problem); every failure is logged."""
    from merchant_assistant.workspace import Workspace

    from .database_problem import Choice, ask

    while True:
        try:
            return Workspace.open(db_path, pack)
        except UserError as error:
            logs.append_error(f"the database could not be opened: {error.message('en')}")
            if unattended:  # nobody to answer: one line, as the command line would say it
                print(error_text(error), file=sys.stderr)
                return None
            if ask(path, error, lang) is Choice.QUIT:
                return None


def _fatal(
    title: str, text: str, details: str, technical: str = "", *, unattended: bool = False, log_it: bool = True
) -> int:
    """The program cannot start: say why in a message box, or, when started for a check or a script
    (``unattended``), in one line on stderr, since nobody is there to close a box. Logged either way (a windowed
    program has no console to read it from afterwards)."""
    if log_it:
        logs.append_error("\n".join(part for part in (title, text, details, technical) if part))
    if unattended or not _can_show_boxes():
        logs.to_stderr(f"{text} {details}".strip())
        return EXIT_USER_ERROR
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, title, text)
    box.setInformativeText(details)
    if technical:  # behind "Show Details": for whoever edits the content, not in the user's sentences
        box.setDetailedText(technical)
    box.exec()
    return EXIT_USER_ERROR


def _can_show_boxes() -> bool:
    """A QApplication exists, or can be made now (a failure before it was made)."""
    if QApplication.instance() is not None:
        return True
    try:
        QApplication(sys.argv[:1])
    except Exception:
        return False
    return True


def startup_failed(error: BaseException, *, unattended: bool) -> int:
    """Anything unexpected before the first window is up: the traceback in the error log, and a message box saying
    the program could not start and where the details are (the Windows build has no console to show a traceback)."""
    from .labels import path_text

    written = logs.log_bug(error)
    where = path_text(written) if written else QCoreApplication.translate("App", "(le journal n'a pas pu être écrit)")
    return _fatal(
        QCoreApplication.translate("App", "Démarrage impossible"),
        QCoreApplication.translate(
            "App", "Le programme n'a pas pu démarrer. Vos réponses déjà enregistrées ne sont pas perdues."
        ),
        QCoreApplication.translate("App", "Les détails ont été enregistrés dans : %1").replace("%1", where),
        "".join(traceback.format_exception(type(error), error, error.__traceback__)),
        unattended=unattended,
        log_it=False,
    )


SMOKE_TEST_VARIABLE = "MERCHANT_READINESS_SMOKE_TEST"
STARTUP_TIMES_VARIABLE = "MERCHANT_READINESS_STARTUP_TIMES"


def paint_now(window: QWidget) -> None:
    """Let ``window`` reach the screen and paint before the start goes on: the system's events only (a click is
    handled once the window is ready). A window system that maps windows asynchronously (X11) answers within a few
    milliseconds; a quarter of a second at most is waited for it."""
    flags = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
    handle = window.windowHandle()
    deadline = time.monotonic() + 0.25
    while handle is not None and not handle.isExposed() and time.monotonic() < deadline:
        QApplication.processEvents(flags)
        time.sleep(0.001)
    QApplication.processEvents(flags)


def startup_mark(stage: str) -> None:
    """With MERCHANT_READINESS_STARTUP_TIMES set, one line on stderr when the window is on screen ("window") and
    when the work is in it ("ready"): the stage and time.perf_counter(), a clock shared by every process of the
    machine, for benchmarks/bench_gui_start.py."""
    if os.environ.get(STARTUP_TIMES_VARIABLE) and sys.stderr is not None:
        print(f"startup {stage} {time.perf_counter():.6f}", file=sys.stderr, flush=True)


def switch_language(
    window: MainWindow, lang: str, settings: Settings, on_replaced: Callable[[MainWindow], None] | None = None
) -> MainWindow:
    """The same work in another interface language: remembered, Qt's and our translations and the layout direction
    changed, and a new window (same size and place, same business and step) in place of ``window``;
    ``on_replaced`` learns the new window (the single-instance guard brings it to the front)."""
    settings.set(LANGUAGE, lang)
    prepare_application(lang, settings.get(TEXT_SIZE))
    replacement = MainWindow(window.workspace, window.pack, lang)
    replacement.restoreGeometry(window.saveGeometry())
    if window.on_start_page():  # the list stays the list (a new window reopens the last business otherwise)
        replacement.show_start()
    replacement.follow_workshops(window)  # and a workshop stays on screen, or the way back to it
    replacement.language_chosen.connect(lambda chosen: switch_language(replacement, chosen, settings, on_replaced))
    if on_replaced is not None:
        on_replaced(replacement)
    replacement.show()
    replacement.activateWindow()
    window.leave_without_asking()  # what was on screen is saved: closing must not ask again
    window.close()
    window.deleteLater()
    return replacement


def _already_open(path: Path, lang: str) -> int:
    """The database is open in another window (brought to the front): one line on stderr, exit code 0."""
    from merchant_assistant.messages import message

    print(message("db_already_open", lang, path=path), file=sys.stderr)
    return 0


def clipboard_in_use() -> bool:
    """Does the app hold what the user last copied? Qt gives it to the system only when the application object is
    torn down (main.end_process)."""
    app = QApplication.instance()
    return app is not None and QApplication.clipboard().ownsClipboard()


def bring_to_front(window: QWidget) -> None:
    """Another start asked for this window (same database): show it, restored, above the others."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def _after_startup(window: QWidget, screenshot: Path | None, lang: str) -> int:
    """The exit code of a start that quits once its window is up: 0, or 2 when the screenshot cannot be saved."""
    QApplication.processEvents()
    if screenshot is None:
        return 0
    if not window.grab().save(str(screenshot), "PNG"):
        from merchant_assistant.messages import message

        print(message("screenshot_failed", lang, path=screenshot), file=sys.stderr)
        return EXIT_USER_ERROR
    return 0


def run_gui(
    db_path: Path | None = None,
    lang: str | None = None,
    pack: ContentPack | None = None,
    content_dir: Path | None = None,
    quit_after_startup: bool = False,
    screenshot: Path | None = None,
) -> int:
    """Start the desktop app (see _start); anything unexpected before its window is up is logged and shown."""
    unattended = quit_after_startup or screenshot is not None or bool(os.environ.get(SMOKE_TEST_VARIABLE))
    started: list[bool] = []
    try:
        return _start(db_path, lang, pack, content_dir, quit_after_startup, screenshot, started)
    except Exception as error:
        if started:  # the window was up: the crash handler has seen it already
            raise
        return startup_failed(error, unattended=unattended)


def _start(
    db_path: Path | None,
    lang: str | None,
    pack: ContentPack | None,
    content_dir: Path | None,
    quit_after_startup: bool,
    screenshot: Path | None,
    started: list[bool],
) -> int:
    """Start the desktop app; returns the exit code.

    ``quit_after_startup`` (or MERCHANT_READINESS_SMOKE_TEST=1): quit as soon as the first window is up and its
    pending events are processed; release builds are checked that way (qutebrowser's habit), since a frozen program
    can miss a module that tests never notice. ``screenshot``: the same, after saving the first window as a PNG.
    A database already open in another window is not opened twice: that window comes to the front.
    """
    settings = Settings()
    lang = interface_language(settings, lang)
    app = prepare_application(lang, settings.get(TEXT_SIZE), complete=False)
    add_bundled_fonts()
    path = Path(db_path) if db_path else default_db_path()
    unattended = quit_after_startup or screenshot is not None or bool(os.environ.get(SMOKE_TEST_VARIABLE))
    claim = Claim(path)
    taken = claim.take()
    # Held by another window (which may still be starting: it listens once its own window is up), or, where the
    # lock file cannot be used, answered for by that window's socket.
    if taken is False or (taken is None and wake_running_instance(path)):
        if taken is False:
            wake_running_instance(path, patience=STARTING_S)
        return _already_open(path, lang)
    guard = InstanceGuard(path, claim)
    crash: CrashHandler | None = None
    try:
        # The window first, empty ("Ouverture…"), so that a slow laptop shows at once that the program is starting;
        # then the content engine, the database and the page, in it. Until the window is up nothing runs in Qt's
        # event handlers, whose errors the crash handler shows; an error before is caught by run_gui.
        window = MainWindow(None, None, lang)
        current = [window]  # the window on screen (a language switch replaces it)
        guard.woken.connect(lambda: bring_to_front(current[0]))
        window.show()
        paint_now(window)
        startup_mark("window")
        crash = CrashHandler(logs.error_log_path())  # the same log as the CLI's, whatever database is open
        crash.install()
        if not guard.listen():  # another instance without a usable lock file got there first
            window.hide()
            return _already_open(path, lang)
        complete_application(app, lang)
        try:
            if pack is None:
                from merchant_assistant.content import load_pack

                pack = load_pack(content_dir)
        except UserError as error:
            window.hide()  # the message box says why it stays empty
            # A content checker's problems name files and fields in English, for whoever edits the YAML: they go in
            # the details; the user's sentences stay in the interface language.
            problems = error.problems if isinstance(error, ContentError) else []
            return _fatal(
                QCoreApplication.translate("App", "Contenu invalide"),
                QCoreApplication.translate(
                    "App",
                    "Le contenu de l'assistant (questions et actions) est invalide ; le programme ne peut pas démarrer.",
                ),
                error_text(Problem("content_problems", count=len(problems)) if problems else error),
                "\n".join(problems),
                unattended=unattended,
            )
        workspace = _open_workspace(db_path, path, pack, lang, unattended=unattended)
        if workspace is None:
            return EXIT_USER_ERROR
        try:
            window.attach(workspace, pack)
            paint_now(window)
            startup_mark("ready")

            def replaced(new: MainWindow) -> None:
                current[0] = new

            window.language_chosen.connect(lambda chosen: switch_language(window, chosen, settings, replaced))
            report = logs.previous_crash()
            if report is not None:
                QTimer.singleShot(0, window, lambda: offer_crash_report(window, report))
            if unattended:
                QTimer.singleShot(0, window, lambda: app.exit(_after_startup(window, screenshot, lang)))
            started.append(True)
            return app.exec()
        finally:
            workspace.close()
    finally:
        guard.close()
        if crash is not None:
            crash.uninstall()
