"""Writing the plan as a PDF off the UI thread: ask for a file name, write in a worker, report the outcome."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QStandardPaths, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from merchant_assistant.errors import UserError
from merchant_assistant.plan import Plan

from .labels import path_text
from .messages import show_message

UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def default_file_name(business_name: str) -> str:
    """The suggested file name, in the interface language: "Plan - Café Zitoun.pdf"."""
    fallback = QCoreApplication.translate("PdfExporter", "entreprise", "file name of a business without a name")
    name = UNSAFE.sub("_", business_name).strip(" ._") or UNSAFE.sub("_", fallback)
    pattern = QCoreApplication.translate("PdfExporter", "Plan - %1.pdf", "suggested file name; %1: the business")
    return UNSAFE.sub("_", pattern).replace("%1", name)


def _save_pdf(plan: Plan, path: Path, lang: str) -> Path:
    from merchant_assistant.report import save_pdf  # imported on first use: reportlab is slow to load

    return save_pdf(plan, path, lang)


class _Signals(QObject):
    written = Signal(str)  # the path written
    failed = Signal(str)  # a UserError's sentence
    crashed = Signal(object)  # an unexpected exception (a bug)


class PdfJob(QRunnable):
    """Runs merchant_assistant.report.save_pdf in a pool thread; tells the UI thread through signals."""

    def __init__(self, plan: Plan, path: Path, lang: str):
        super().__init__()
        self.plan = plan
        self.path = path
        self.lang = lang
        self.signals = _Signals()

    def run(self) -> None:
        try:
            written = _save_pdf(self.plan, self.path, self.lang)
        except UserError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # noqa: BLE001 - handed to the crash handler on the UI thread
            self.signals.crashed.emit(error)
        else:
            self.signals.written.emit(str(written or self.path))


class PdfExporter(QObject):
    """One export at a time. ``busy`` tells the page to show its busy indicator."""

    busy = Signal(bool)
    written = Signal(str)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.window = parent
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._job: PdfJob | None = None
        self._folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.last_message: QMessageBox | None = None

    @property
    def running(self) -> bool:
        return self._job is not None

    def start(self, plan: Plan, lang: str, suggested: str | None = None) -> None:
        if self.running:
            return
        suggestion = str(Path(self._folder) / (suggested or default_file_name(plan.business_name)))
        chosen, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Enregistrer le plan en PDF"), suggestion, self.tr("Document PDF (*.pdf)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self._folder = str(path.parent)
        job = PdfJob(plan, path, lang)
        job.signals.written.connect(self._written)
        job.signals.failed.connect(self._failed)
        job.signals.crashed.connect(self._crashed)
        self._job = job
        self.busy.emit(True)
        self.pool.start(job)

    def _finish(self) -> None:
        self._job = None
        self.busy.emit(False)

    def _written(self, path: str) -> None:
        self._finish()
        self.last_message = show_message(
            self.window,
            QMessageBox.Icon.Information,
            self.tr("PDF enregistré"),
            self.tr("Votre plan de préparation est enregistré ici :"),
            path_text(path),
            buttons=[
                (self.tr("Ouvrir"), QMessageBox.ButtonRole.AcceptRole, lambda: self.open_file(path)),
                (self.tr("Fermer"), QMessageBox.ButtonRole.RejectRole, None),
            ],
        )
        self.written.emit(path)

    def _failed(self, reason: str) -> None:
        job = self._job
        assert job is not None
        plan, lang, path = job.plan, job.lang, job.path
        self._finish()
        self.last_message = show_message(
            self.window,
            QMessageBox.Icon.Warning,
            self.tr("PDF non enregistré"),
            self.tr("Le PDF n'a pas pu être enregistré. Si le fichier est ouvert dans un autre programme, "
                    "fermez-le ou choisissez un autre nom."),
            reason,
            buttons=[
                (self.tr("Choisir un autre nom…"), QMessageBox.ButtonRole.AcceptRole,
                 lambda: self.start(plan, lang, path.name)),
                (self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole, None),
            ],
        )

    def _crashed(self, error: BaseException) -> None:
        self._finish()
        sys.excepthook(type(error), error, error.__traceback__)

    @staticmethod
    def open_file(path: str) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def wait(self) -> None:
        """Let a running export finish (the window is closing)."""
        self.pool.waitForDone()
