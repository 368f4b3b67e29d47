"""Writing the plan as a PDF off the UI thread: ask for a file name, write through ui.tasks.run_task, report the
outcome. The folder of the last PDF saved is remembered in the user's settings."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from merchant_assistant.errors import UserError
from merchant_assistant.files import DEFAULT_NAME_MAX, cut_name, name_length, safe_stem
from merchant_assistant.plan import Plan
from merchant_assistant.settings import LAST_PDF_FOLDER, Settings

from .messages import error_text, show_message
from .tasks import Task, TaskControl, run_task


def default_file_name(business_name: str) -> str:
    """The suggested file name, in the interface language: "Plan - Café Zitoun.pdf"."""
    fallback = QCoreApplication.translate("PdfExporter", "entreprise", "file name of a business without a name")
    name = safe_stem(business_name, safe_stem(fallback, "_"))
    pattern = safe_stem(
        QCoreApplication.translate("PdfExporter", "Plan - %1.pdf", "suggested file name; %1: the business"), "_"
    )
    # A long name (200 Arabic letters are 400 bytes) is cut so that the whole file name is one the system takes.
    return pattern.replace("%1", cut_name(name, DEFAULT_NAME_MAX - name_length(pattern.replace("%1", ""))).strip(" ._"))


def open_file(path: str) -> None:
    """In the program the system opens such files with."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def print_file(path: Path) -> bool:
    """Send a PDF to the default printer through the system (Windows: the PDF reader's "print" verb; elsewhere:
    CUPS's ``lp``). False when there is no way to print here; the user can still print from the reader."""
    try:
        if sys.platform == "win32":
            os.startfile(str(path), "print")  # type: ignore[attr-defined]  # Windows only
            return True
        lp = shutil.which("lp")
        if lp is None:
            return False
        return subprocess.run([lp, "--", str(path)], capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def default_folder() -> Path:
    """The user's documents folder: where a file dialog opens when no folder was remembered. Their home folder if
    there is none (a Linux account without one): a file dialog given a missing folder opens in the program's own,
    which on Windows is where it is installed."""
    documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    return documents if documents.is_dir() else Path.home()


def _save_pdf(plan: Plan, path: Path, lang: str) -> Path:
    from merchant_assistant.report import save_pdf  # imported on first use: reportlab is slow to load

    return save_pdf(plan, path, lang)


def _export(plan: Plan, path: Path, lang: str, control: TaskControl) -> Path:
    """The work, in a pool thread: plain data in and out (see ui/tasks.py)."""
    return _save_pdf(plan, path, lang) or path


class PdfExporter(QObject):
    """One export at a time, through ui.tasks.run_task. ``busy`` tells the page to show its busy indicator."""

    busy = Signal(bool)
    written = Signal(str)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.window = parent
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._task: Task[Path] | None = None
        self.settings = Settings()
        self.last_message: QMessageBox | None = None

    @property
    def running(self) -> bool:
        return self._task is not None

    def folder(self) -> Path:
        """Where the file dialog opens: the folder of the last PDF saved, or the user's documents."""
        folder = self.settings.get(LAST_PDF_FOLDER)
        if folder is not None and folder.is_dir():
            return folder
        return default_folder()

    def start(self, plan: Plan, lang: str, suggested: str | None = None) -> None:
        if self.running:
            return
        suggestion = str(self.folder() / (suggested or default_file_name(plan.business_name)))
        chosen, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Enregistrer le plan en PDF"), suggestion, self.tr("Document PDF (*.pdf)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.settings.set(LAST_PDF_FOLDER, path.parent)
        self.busy.emit(True)
        self._task = run_task(
            partial(_export, plan, path, lang),
            on_result=lambda written: self._written(str(written)),
            on_error=lambda error: self._error(error, plan, lang, path),
            parent=self,
            pool=self.pool,
        )

    def _finish(self) -> None:
        self._task = None
        self.busy.emit(False)

    def _written(self, path: str) -> None:
        """The page says where it went, with Open and Print, on a line of its own (no box to close)."""
        self._finish()
        self.written.emit(path)

    def _error(self, error: BaseException, plan: Plan, lang: str, path: Path) -> None:
        self._finish()
        if not isinstance(error, UserError):  # a bug: the crash handler logs and shows it
            sys.excepthook(type(error), error, error.__traceback__)
            return
        self.last_message = show_message(
            self.window,
            QMessageBox.Icon.Warning,
            self.tr("PDF non enregistré"),
            self.tr(
                "Le PDF n'a pas pu être enregistré. Si le fichier est ouvert dans un autre programme, "
                "fermez-le ou choisissez un autre nom."
            ),
            error_text(error),  # why, in the interface language
            buttons=[
                (
                    self.tr("Choisir un autre nom…"),
                    QMessageBox.ButtonRole.AcceptRole,
                    lambda: self.start(plan, lang, path.name),
                ),
                (self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole, None),
            ],
        )

    def wait(self) -> None:
        """Let a running export finish (the window is closing)."""
        self.pool.waitForDone()
