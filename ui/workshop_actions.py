"""What a trainer does with many businesses at once (issue "Workshops"): import business files, export one, print
every participant's plan, save the workshop's summary. Each action is one call taking the window it belongs to and
the Workspace; the File and Workshops menus call them, and the workshop page's toolbar can call them as they are:

    import_business_files(parent, workspace, workshop_id=None, paths=None, on_done=None) -> ImportDialog | None
        pick files (or ``paths``), import each: a protected file asks its passphrase, a business already here asks
        keep both / replace / merge / skip (with "do the same for the others"); the last passphrase that worked is
        tried first on the next protected file; ends with one report. ``workshop_id``: each business imported is
        also added to that workshop. ``on_done(results)``: called at the end with the exchange.ImportResults of the
        files read (to refresh a list).
    export_business(parent, workspace, business_id) -> ExportDialog
        the business's exchange file, optionally protected by a passphrase (a participant's data given to them).
    print_workshop_plans(parent, workspace, workshop_id) -> WorkshopPlansDialog
        one PDF per participant in a folder, with progress and a way to stop; records the workshop snapshots.
    save_workshop_summary(parent, workspace, workshop_id) -> WorkshopSummaryDialog
        the workshop's summary PDF (and CSV), anonymous unless the trainer ticks "show business names".
    choose_workshop(parent, workspace, then) -> WorkshopChooser | None
        asks which workshop (one only: no question), then calls ``then(workshop_id)``.
    wait_for_running(window) -> None
        for the main window's closeEvent (already called there): running plans stop, workers are waited for.

Every dialog opens window-modal and returns at once (no nested event loop): tests answer them through their
methods. The slow parts (passphrases: scrypt takes about 0.3 s a file; rendering PDFs) run through ui.tasks.run_task.
Imports and exports in a worker use their own connection to the database (a second Workspace on the same file):
the window's connection is only ever used on the UI thread, so a change made there meanwhile never lands inside
the import's transaction.
"""

from __future__ import annotations

import html
import logging
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpacerItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from merchant_assistant.content.model import ContentPack, tr
from merchant_assistant.errors import InvalidFile, UserError
from merchant_assistant.exchange import ADDED, HERE, KEPT_BOTH, MERGED, REPLACED, SKIPPED
from merchant_assistant.files import safe_stem
from merchant_assistant.settings import LAST_IMPORT_FOLDER, LAST_PDF_FOLDER, Settings
from merchant_assistant.workspace import ImportConflict, Workspace

from .labels import field_message, interface_language, path_text, status_labels, yesno_labels
from .messages import present_error, show_message
from .pdf_export import default_folder
from .question_widgets import ChoiceBox, wrapped_label
from .start_page import isolated
from .style import ERROR_COLOR
from .tasks import Task, TaskControl, run_task

log = logging.getLogger(__name__)

PROTECTED, WRONG = "exchange_protected", "exchange_wrong_passphrase"  # sealed.unseal's codes: ask the passphrase
LANGUAGE_NAMES = {"fr": "Français", "ar": "العربية", "en": "English"}  # each in its own language


def open_folder(path: Path) -> None:
    """The folder in the system's file manager."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _file_name(pattern: str, name: str) -> str:
    """``pattern`` ("Fiche - %1.json") with a business or workshop name, as a file name any system takes."""
    return safe_stem(pattern.replace("%1", safe_stem(name, "_")), "_")


def isolated_in(sentence: str, name: str) -> str:
    """A sentence of the domain that names a file or a business, with that name kept whole (isolated) in either
    direction: in Arabic, « participant_1.mra » and not «participant_1.mra«."""
    if not name or name not in sentence or isolated(name) in sentence:
        return sentence
    return sentence.replace(name, isolated(name))


def business_file_filters() -> str:
    """The file dialogs' filters for business files: the exchange formats first, then any file (the content
    decides, whatever the name)."""
    return ";;".join(
        (
            QCoreApplication.translate("WorkshopActions", "Fiches d'entreprise (*.json *.mra *.yaml *.yml)"),
            QCoreApplication.translate("WorkshopActions", "Tous les fichiers (*)"),
        )
    )


# The folder of the last export, for this session: kept apart from the last import's folder (LAST_IMPORT_FOLDER),
# so that the import dialog opens where the participants' files came from, not where one was just written.
_last_export_folder: Path | None = None


def _modal(dialog: QDialog, title: str, name: str) -> None:
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)


def _fit_text(layout: QVBoxLayout, width: int) -> None:
    """A dialog of wrapped sentences exactly as tall as its text at ``width`` (else Qt spreads the spare height
    between the lines as gaps)."""
    layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
    layout.addSpacerItem(QSpacerItem(max(width - 24, 0), 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed))


def _language_box(accessible: str, lang: str) -> ChoiceBox:
    box = ChoiceBox()
    box.setAccessibleName(accessible)
    for code, name in LANGUAGE_NAMES.items():
        box.addItem(name, code)
    box.setCurrentIndex(max(box.findData(lang), 0))
    return box


class _OwnWorkspace:
    """A Workspace on the window's database file, opened and used in pool threads one task at a time (see the
    module's docstring); closed by whoever made it once no task uses it."""

    def __init__(self, workspace: Workspace):
        self.path, self.pack = workspace.path, workspace.pack
        self._workspace: Workspace | None = None

    def get(self) -> Workspace:
        if self._workspace is None:
            self._workspace = Workspace.open(self.path, self.pack)
        return self._workspace

    def close(self) -> None:
        if self._workspace is not None:
            self._workspace.close()
            self._workspace = None


# -- import ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Attempt:
    """What one try at importing a file gave (plain data, from the worker)."""

    kind: str  # "done", "conflict", "passphrase" or "refused"
    result: Any = None  # exchange.ImportResult when done
    error: UserError | None = None  # why, when refused or when a passphrase is needed
    here: str = ""  # the name of the business already here (conflict)


def _try_import(
    own: _OwnWorkspace,
    path: Path,
    on_conflict: str | None,
    passphrase: str | None,
    workshop_id: int | None,
    control: TaskControl,
) -> _Attempt:
    """In a pool thread."""
    try:
        return _Attempt("done", own.get().import_file(path, on_conflict, passphrase, workshop_id))
    except ImportConflict as conflict:
        return _Attempt("conflict", here=conflict.business.name)
    except InvalidFile as error:
        if error.code in (PROTECTED, WRONG):
            return _Attempt("passphrase", error=error)
        return _Attempt("refused", error=error)
    except UserError as error:
        return _Attempt("refused", error=error)


@dataclass(frozen=True)
class FileOutcome:
    """One file of an import, for the report."""

    path: Path
    result: Any = None  # exchange.ImportResult, when the file was read
    reason: str = ""  # why it was not imported, in the interface language


def conflict_value(pack: ContentPack, kind: str, item: str, value: Any, lang: str) -> str:
    """A value of a merge conflict as the user knows it: the answer's words, an action's status, a field's value."""
    if value is None or value == "":
        return QCoreApplication.translate("ImportDialog", "(vide)")
    if kind == "action" and isinstance(value, dict):
        parts = [status_labels().get(str(value.get("status")), str(value.get("status")))]
        parts += [str(value[key]) for key in ("owner", "due") if value.get(key)]
        return ", ".join(parts)
    if kind == "answer":
        words = yesno_labels()
        try:
            options = {o.id: tr(o.label, lang) for o in pack.question(item).options}
        except KeyError:
            options = {}
        values = value if isinstance(value, list) else [value]
        return ", ".join(words.get(str(v)) or options.get(str(v)) or str(v) for v in values)
    if kind == "profile":
        try:
            field = pack.profile_field(item)
        except KeyError:
            return str(value)
        if isinstance(value, list):
            return ", ".join(field.choice_label(str(v), lang) for v in value)
        return field.choice_label(str(value), lang) if field.choices else str(value)
    return str(value)


def conflict_item(pack: ContentPack, kind: str, item: str, lang: str) -> str:
    """What a merge conflict is about: the question's text, the action's title, the profile field's label."""
    try:
        if kind in ("answer", "note"):
            text = tr(pack.question(item).text, lang)
            return (
                text
                if kind == "answer"
                else QCoreApplication.translate("ImportDialog", "Note : %1").replace("%1", text)
            )
        if kind == "action":
            return next(tr(a.title, lang) for q in pack.questions for a in q.actions if a.id == item)
        if kind == "profile":
            return tr(pack.profile_field(item).label, lang)
    except (KeyError, StopIteration):
        pass
    return item


class ImportDialog(QDialog):
    """Imports the files one after the other, asking what it must, then says what happened to each."""

    imported = Signal(list)  # the ImportResults of the files imported (skipped ones included), once the report shows

    def __init__(self, workspace: Workspace, paths: Sequence[Path], workshop_id: int | None, parent: QWidget):
        super().__init__(parent)
        _modal(self, self.tr("Importer des fiches"), "importDialog")
        self.workspace = workspace
        self.paths = list(paths)
        self.workshop_id = workshop_id
        self.lang = interface_language()
        self.own = _OwnWorkspace(workspace)
        self.outcomes: list[FileOutcome] = []
        self.index = 0
        self.choice_for_all: str | None = None  # a choice for every business already here ("apply to the others")
        self.choice: str | None = None  # for the file in hand
        self.passphrase: str | None = None  # for the file in hand
        self.typed = False  # the passphrase in hand was typed for this file (not the last one that worked)
        self.last_passphrase: str | None = None  # tried first on the next protected file (one passphrase a room)
        self.stopping = False
        self.finished_all = False
        self.task: Task[_Attempt] | None = None
        self.question: QDialog | None = None  # the passphrase or conflict question on screen (tests answer it)
        self.setMinimumWidth(520)

        layout = QVBoxLayout(self)
        self.status = wrapped_label()
        self.status.setObjectName("importStatus")
        layout.addWidget(self.status)
        self.bar = QProgressBar()
        self.bar.setRange(0, len(self.paths))
        self.bar.setAccessibleName(self.tr("Avancement de l'import"))
        layout.addWidget(self.bar)
        self.report = QTextBrowser()
        self.report.setObjectName("importReport")
        self.report.setAccessibleName(self.tr("Compte rendu de l'import"))
        self.report.setOpenLinks(False)
        self.report.setVisible(False)
        layout.addWidget(self.report, 1)
        self.buttons = QDialogButtonBox()
        self.stop_button = self.buttons.addButton(self.tr("Arrêter"), QDialogButtonBox.ButtonRole.RejectRole)
        self.stop_button.setToolTip(self.tr("Le fichier en cours finit d'être importé ; les suivants ne le sont pas"))
        self.close_button = self.buttons.addButton(self.tr("Fermer"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.setVisible(False)
        self.close_button.clicked.connect(self.accept)
        self.stop_button.clicked.connect(self.stop)
        layout.addWidget(self.buttons)

    # -- the run ---------------------------------------------------------------------------------------------
    def start(self) -> None:
        self.open()
        self._next()

    def reject(self) -> None:
        """Escape or the window's close button: stop once the file in hand is done; close when all is done."""
        if self.finished_all:
            super().reject()
        else:
            self.stop()

    def stop(self) -> None:
        self.stopping = True
        self.stop_button.setEnabled(False)
        if self.task is None and self.question is None:
            self._finish()

    def _next(self) -> None:
        if self.stopping or self.index >= len(self.paths):
            self._finish()
            return
        path = self.paths[self.index]
        self.status.setText(
            self.tr("Import du fichier %1 sur %2 : %3")
            .replace("%1", str(self.index + 1))
            .replace("%2", str(len(self.paths)))
            .replace("%3", isolated(path.name))
        )
        self.bar.setValue(self.index)
        choice = self.choice or self.choice_for_all
        passphrase = self.passphrase if self.passphrase is not None else self.last_passphrase
        self.task = run_task(
            partial(_try_import, self.own, path, choice, passphrase, self.workshop_id),
            on_result=self._tried,
            on_error=self._failed,
            parent=self,
        )

    def _tried(self, attempt: _Attempt) -> None:
        self.task = None
        path = self.paths[self.index]
        if attempt.kind == "done":
            if self.passphrase is not None:
                self.last_passphrase = self.passphrase
            self._record(FileOutcome(path, attempt.result))
        elif attempt.kind == "refused":
            self._record(FileOutcome(path, reason=field_message(attempt.error)))
        elif attempt.kind == "conflict":
            self._ask_conflict(path, attempt.here)
        else:
            assert attempt.error is not None
            wrong = attempt.error.code == WRONG and self.typed
            self._ask_passphrase(path, wrong)

    def _failed(self, error: BaseException) -> None:
        """A bug: the crash handler logs and shows it; the file is listed as not imported and the others go on."""
        self.task = None
        sys.excepthook(type(error), error, error.__traceback__)
        self._record(FileOutcome(self.paths[self.index], reason=self.tr("Erreur inattendue (voir le journal).")))

    def _record(self, outcome: FileOutcome) -> None:
        self.outcomes.append(outcome)
        self.index += 1
        self.choice = self.passphrase = None
        self.typed = False
        self._next()

    # -- questions -------------------------------------------------------------------------------------------
    def _ask_passphrase(self, path: Path, wrong: bool) -> None:
        question = PassphraseDialog(path.name, wrong, self)
        question.chosen.connect(lambda text: self._passphrase_given(text))
        reason = (
            self.tr("Protégé : phrase secrète erronée, fichier ignoré.")
            if wrong
            else self.tr("Protégé : phrase secrète non donnée.")
        )
        question.rejected.connect(lambda: self._answered_skip(path, reason))
        self.question = question
        question.open()
        question.edit.setFocus()

    def _passphrase_given(self, text: str) -> None:
        self.question = None
        self.passphrase, self.typed = text, True
        self._next()

    def _ask_conflict(self, path: Path, here: str) -> None:
        question = ConflictDialog(
            path.name, here, self.index + 1 < len(self.paths), self, into_workshop=self.workshop_id is not None
        )
        question.chosen.connect(lambda choice, all_files: self._conflict_chosen(choice, all_files))
        question.rejected.connect(lambda: self._answered_skip(path, self.tr("Import arrêté avant ce fichier.")))
        self.question = question
        question.open()

    def _conflict_chosen(self, choice: str, all_files: bool) -> None:
        self.question = None
        self.choice = choice
        if all_files:
            self.choice_for_all = choice
        self._next()

    def _answered_skip(self, path: Path, reason: str) -> None:
        """A question closed without an answer: this file is not imported; a conflict's "stop" ends the run."""
        stop = isinstance(self.question, ConflictDialog)
        self.question = None
        if stop:
            self.stopping = True
        self._record(FileOutcome(path, reason=reason))

    # -- the report ------------------------------------------------------------------------------------------
    def _finish(self) -> None:
        if self.finished_all:
            return
        self.finished_all = True
        self.own.close()
        self.passphrase = self.last_passphrase = None  # not kept in memory once the files are read
        for path in self.paths[self.index :]:
            self.outcomes.append(FileOutcome(path, reason=self.tr("Non importé : import arrêté.")))
        self.index = len(self.paths)
        self.bar.setValue(len(self.paths))
        self.bar.setVisible(False)
        self.status.setText(self.summary_line())
        self.report.setHtml(self.report_html())
        self.report.setVisible(True)
        self.stop_button.setVisible(False)
        self.close_button.setVisible(True)
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.resize(max(self.width(), 640), max(self.height(), 420))
        parent = self.parentWidget()
        if parent is not None:  # grown for the report: centred again on its window
            self.move(parent.window().geometry().center() - self.rect().center())
        self.imported.emit([o.result for o in self.outcomes if o.result is not None])

    def _by_outcome(self, *kinds: str) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.result is not None and o.result.outcome in kinds]

    def refused(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.result is None]

    def _merged(self, changed: bool) -> list[FileOutcome]:
        """The merges that changed the business here (or, ``changed`` False, those that changed nothing)."""
        return [o for o in self._by_outcome(MERGED) if bool(o.result.changed) is changed]

    def summary_line(self) -> str:
        added = len(self._by_outcome(ADDED, KEPT_BOTH))
        changed = len(self._by_outcome(REPLACED)) + len(self._merged(True))
        same = len(self._merged(False))  # merged, nothing newer in the file: not an update
        not_imported = len(self._by_outcome(SKIPPED)) + len(self.refused())
        parts = [self.tr("%n fiche(s) ajoutée(s)", "", added), self.tr("%n mise(s) à jour", "", changed)]
        if same:
            parts.append(self.tr("%n identique(s) : rien n'a changé", "", same))
        parts.append(self.tr("%n non importée(s)", "", not_imported))
        return " · ".join(parts)

    def report_html(self) -> str:
        """The report: one section per outcome, each file with its business and what was done."""
        pack = self.workspace.pack
        direction = "rtl" if self.lang == "ar" else "ltr"
        parts = [f'<div dir="{direction}">']

        def section(title: str, lines: list[str]) -> None:
            if lines:
                parts.append(f"<h3>{html.escape(title)} ({len(lines)})</h3><ul>")
                parts.extend(f"<li>{line}</li>" for line in lines)
                parts.append("</ul>")

        def named(outcome: FileOutcome) -> str:
            return html.escape(
                self.tr("%1 (fichier « %2 »)")
                .replace("%1", isolated(outcome.result.name or "—"))
                .replace("%2", isolated(outcome.path.name))
            )

        section(self.tr("Ajoutées"), [named(o) for o in self._by_outcome(ADDED)])
        section(
            self.tr("Ajoutées à côté de celle déjà ici (les deux gardées)"),
            [named(o) for o in self._by_outcome(KEPT_BOTH)],
        )
        section(self.tr("Remplacées par la fiche"), [named(o) for o in self._by_outcome(REPLACED)])

        def merged(outcome: FileOutcome) -> str:
            line = named(outcome)
            conflicts = [
                html.escape(
                    (
                        self.tr("%1 : ici « %2 », dans la fiche « %3 » — gardée : la valeur d'ici (plus récente)")
                        if c.winner == HERE
                        else self.tr(
                            "%1 : ici « %2 », dans la fiche « %3 » — gardée : la valeur de la fiche (plus récente)"
                        )
                    )
                    .replace("%1", isolated(conflict_item(pack, c.kind, c.item, self.lang)))
                    .replace("%2", isolated(conflict_value(pack, c.kind, c.item, c.here, self.lang)))
                    .replace("%3", isolated(conflict_value(pack, c.kind, c.item, c.imported, self.lang)))
                )
                for c in outcome.result.conflicts
            ]
            if conflicts:
                line += "<br>" + html.escape(self.tr("Différences (la plus récente gagne) :"))
                line += "<ul>" + "".join(f"<li>{c}</li>" for c in conflicts) + "</ul>"
            return line

        section(self.tr("Fusionnées"), [merged(o) for o in self._merged(True)])
        section(
            self.tr("Identiques : rien n'a changé (rien de plus récent dans la fiche)"),
            [merged(o) for o in self._merged(False)],
        )
        section(self.tr("Ignorées (déjà ici, laissées telles quelles)"), [named(o) for o in self._by_outcome(SKIPPED)])
        section(
            self.tr("Non importées"),
            [
                html.escape(
                    isolated_in(o.reason, o.path.name)  # the domain's sentence names the file
                    if o.path.name in o.reason
                    else self.tr("Fichier « %1 » : %2").replace("%1", isolated(o.path.name)).replace("%2", o.reason)
                )
                for o in self.refused()
            ],
        )
        parts.append("</div>")
        return "".join(parts)


class PassphraseDialog(QDialog):
    """The passphrase of one protected file, typed masked; "Skip" leaves the file out."""

    chosen = Signal(str)

    def __init__(self, file_name: str, wrong: bool, parent: QWidget):
        super().__init__(parent)
        _modal(self, self.tr("Fichier protégé"), "passphraseDialog")
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        _fit_text(layout, self.minimumWidth())
        layout.addWidget(
            wrapped_label(
                self.tr("Le fichier « %1 » est protégé par une phrase secrète. Tapez-la pour l'importer :").replace(
                    "%1", isolated(file_name)
                )
            )
        )
        self.edit = QLineEdit()
        self.edit.setObjectName("passphrase")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(self.tr("Phrase secrète du fichier"))
        layout.addWidget(self.edit)
        self.error = wrapped_label(
            self.tr("Phrase secrète erronée (ou le fichier a été modifié depuis). Réessayez, ou ignorez ce fichier.")
        )
        self.error.setObjectName("passphraseError")
        self.error.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error.setVisible(wrong)
        if wrong:
            self.edit.setAccessibleDescription(self.error.text())
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("Importer"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip_button = buttons.addButton(self.tr("Ignorer ce fichier"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ok_button.setEnabled(False)
        self.edit.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text)))

    def submit(self, text: str | None = None) -> None:
        if text is not None:
            self.edit.setText(text)
        if not self.edit.text():
            return
        passphrase = self.edit.text()
        self.accept()
        self.chosen.emit(passphrase)


class ConflictDialog(QDialog):
    """A business of the file is already here: keep both, replace, merge or skip, each said in plain words."""

    chosen = Signal(str, bool)  # the choice (exchange.ON_CONFLICT), and whether it goes for the other files too

    def __init__(self, file_name: str, here: str, more_files: bool, parent: QWidget, into_workshop: bool = False):
        """``into_workshop``: the import adds what it brings to a workshop (a copy kept beside joins it too)."""
        super().__init__(parent)
        _modal(self, self.tr("Entreprise déjà présente"), "conflictDialog")
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        _fit_text(layout, self.minimumWidth())
        layout.addWidget(
            wrapped_label(
                self.tr("La fiche « %1 » est celle de « %2 », déjà présente ici. Que faire ?")
                .replace("%1", isolated(file_name))
                .replace("%2", isolated(here))
            )
        )
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        for choice, title, meaning in (
            (
                "merge",
                self.tr("Fusionner"),
                self.tr(
                    "Réponse par réponse, la plus récente gagne ; les différences sont listées à la fin. Rien "
                    "de ce qui n'est qu'ici n'est perdu."
                ),
            ),
            (
                "keep-both",
                self.tr("Garder les deux"),
                self.tr("La fiche est ajoutée à côté, sous un autre nom ; celle d'ici ne change pas.")
                + (
                    " "
                    + self.tr(
                        "La copie rejoint aussi cet atelier : si c'est la même entreprise, elle y comptera deux fois."
                    )
                    if into_workshop
                    else ""
                ),
            ),
            (
                "replace",
                self.tr("Remplacer"),
                self.tr("Celle d'ici est remplacée par la fiche : ses réponses, notes et actions d'ici sont perdues."),
            ),
            ("skip", self.tr("Ignorer"), self.tr("Rien n'est importé de cette fiche ; celle d'ici ne change pas.")),
        ):
            radio = QRadioButton(title)
            radio.setObjectName(f"conflict_{choice}")
            radio.setAccessibleDescription(meaning)
            self.group.addButton(radio)
            self.radios[choice] = radio
            layout.addWidget(radio)
            explanation = wrapped_label(meaning)
            explanation.setIndent(24)  # under the choice's text, on the side it starts (right in Arabic)
            layout.addWidget(explanation)
        self.all_files = QCheckBox(self.tr("Faire de même pour les autres entreprises déjà présentes"))
        self.all_files.setObjectName("conflictForAll")
        self.all_files.setVisible(more_files)
        layout.addWidget(self.all_files)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("Continuer"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.stop_button = buttons.addButton(self.tr("Arrêter l'import"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setEnabled(False)  # nothing chosen for the user: a replace is a deliberate click
        self.group.buttonToggled.connect(lambda *_: self.ok_button.setEnabled(self.group.checkedButton() is not None))
        buttons.accepted.connect(lambda: self.choose(None))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choose(self, choice: str | None = None, all_files: bool | None = None) -> None:
        """Continue with ``choice`` (the one ticked when None)."""
        if choice is not None:
            self.radios[choice].setChecked(True)
        if all_files is not None:
            self.all_files.setChecked(all_files)
        chosen = next((c for c, r in self.radios.items() if r.isChecked()), None)
        if chosen is None:
            return
        self.accept()
        self.chosen.emit(chosen, not self.all_files.isHidden() and self.all_files.isChecked())


def import_business_files(
    parent: QWidget,
    workspace: Workspace,
    workshop_id: int | None = None,
    paths: Sequence[str | Path] | None = None,
    on_done: Callable[[list], None] | None = None,
) -> ImportDialog | None:
    """Import business files chosen by the user (or ``paths``); None when none was chosen."""
    settings = Settings()
    if paths is None:
        folder = settings.get(LAST_IMPORT_FOLDER)
        chosen, _ = QFileDialog.getOpenFileNames(
            parent,
            QCoreApplication.translate("WorkshopActions", "Importer des fiches d'entreprise"),
            str(folder if folder is not None and folder.is_dir() else default_folder()),
            business_file_filters(),
        )
        paths = chosen
    files = [Path(p) for p in paths]
    if not files:
        return None
    settings.set(LAST_IMPORT_FOLDER, files[0].parent)
    dialog = ImportDialog(workspace, files, workshop_id, parent)
    if on_done is not None:
        dialog.imported.connect(on_done)
    dialog.start()
    return dialog


# -- export ----------------------------------------------------------------------------------------------------
def _export(own: _OwnWorkspace, business_id: int, path: Path, passphrase: str | None, control: TaskControl) -> Path:
    try:
        return own.get().export_business(business_id, path, passphrase)
    finally:
        own.close()


class ExportDialog(QDialog):
    """One business to a file: for another laptop, or the participant's own data given to them (law 09-08)."""

    written = Signal(str)

    def __init__(self, workspace: Workspace, business_id: int, parent: QWidget):
        super().__init__(parent)
        _modal(self, self.tr("Exporter la fiche de l'entreprise"), "exportDialog")
        self.workspace = workspace
        self.business_id = business_id
        self.name = workspace.business(business_id).name
        self.task: Task[Path] | None = None
        self.message: QMessageBox | None = None
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        _fit_text(layout, self.minimumWidth())
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "Un fichier avec tout ce qui concerne « %1 » (profil, réponses, notes, actions) : pour le "
                    "reprendre sur un autre ordinateur, ou le remettre à la personne concernée."
                ).replace("%1", isolated(self.name))
            )
        )
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "Il contient des données personnelles. Sur une clé USB, protégez-le par une phrase secrète : "
                    "sans elle, personne ne peut le lire."
                )
            )
        )
        self.protect = QCheckBox(self.tr("Protéger par une phrase secrète"))
        self.protect.setObjectName("protect")
        self.protect.setChecked(True)
        layout.addWidget(self.protect)
        self.error = wrapped_label()
        self.error.setObjectName("exportError")
        self.error.setStyleSheet(f"color: {ERROR_COLOR};")
        # Its place is kept while hidden (two lines), so that the message never pushes the buttons down.
        self.error.setMinimumHeight(2 * self.error.fontMetrics().lineSpacing())
        policy = self.error.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.error.setSizePolicy(policy)
        self.error.setVisible(False)
        form = QFormLayout()
        self.first = QLineEdit()
        self.first.setObjectName("passphrase")
        self.second = QLineEdit()
        self.second.setObjectName("passphraseAgain")
        for edit, label in (
            (self.first, self.tr("Phrase secrète :")),
            (self.second, self.tr("La même, encore :")),
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(label.rstrip(" :"))
            form.addRow(label, edit)
            edit.textChanged.connect(lambda _t: self.error.setVisible(False))
        layout.addLayout(form)
        layout.addWidget(self.error)
        self.protect.toggled.connect(self._protect_toggled)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Enregistrer…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _protect_toggled(self, on: bool) -> None:
        for edit in (self.first, self.second):
            edit.setEnabled(on)
        self.error.setVisible(False)

    def _problem(self) -> str:
        from merchant_assistant.sealed import check_passphrase

        if not self.protect.isChecked():
            return ""
        try:
            check_passphrase(self.first.text())
        except UserError as error:
            return field_message(error)
        if self.first.text() != self.second.text():
            return self.tr("Les deux phrases secrètes ne sont pas les mêmes.")
        return ""

    def save(self) -> None:
        if self.task is not None:
            return
        problem = self._problem()
        if problem:
            self.error.setText(problem)
            self.error.setVisible(True)
            self.first.setFocus()
            return
        global _last_export_folder
        protected = self.protect.isChecked()
        folder = _last_export_folder or Settings().get(LAST_IMPORT_FOLDER)
        pattern = self.tr("Fiche - %1.mra") if protected else self.tr("Fiche - %1.json")
        suggestion = (folder if folder is not None and folder.is_dir() else default_folder()) / _file_name(
            pattern, self.name
        )
        chosen, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), str(suggestion), business_file_filters())
        if not chosen:
            return
        path = Path(chosen)
        _last_export_folder = path.parent
        self.save_button.setEnabled(False)
        self.task = run_task(
            partial(
                _export, _OwnWorkspace(self.workspace), self.business_id, path, self.first.text() if protected else None
            ),
            on_result=self._written,
            on_error=self._failed,
            parent=self,
        )

    def _written(self, path: Path) -> None:
        self.task = None
        self.accept()
        self.written.emit(str(path))
        parent = self.parentWidget()
        self.message = show_message(
            parent,
            QMessageBox.Icon.Information,
            self.tr("Fiche exportée"),
            self.tr("La fiche de « %1 » est enregistrée.").replace("%1", isolated(self.name)),
            path_text(path),
            buttons=[
                (self.tr("Ouvrir le dossier"), QMessageBox.ButtonRole.ActionRole, lambda: open_folder(path.parent)),
                (self.tr("Fermer"), QMessageBox.ButtonRole.AcceptRole, None),
            ],
        )

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.save_button.setEnabled(True)
        if not isinstance(error, UserError):
            sys.excepthook(type(error), error, error.__traceback__)
            return
        self.message = present_error(
            self, self.tr("Fiche non exportée"), self.tr("Le fichier n'a pas été écrit."), error
        )


def export_business(parent: QWidget, workspace: Workspace, business_id: int) -> ExportDialog:
    dialog = ExportDialog(workspace, business_id, parent)
    dialog.open()
    return dialog


# -- plans for every participant ---------------------------------------------------------------------------------
def _render(jobs: list, stop: threading.Event, control: TaskControl) -> Any:
    from merchant_assistant.batch import render_plans

    def progress(done: int, total: int, job: Any, failure: Any) -> None:
        control.progress(done, total, job.name)

    return render_plans(jobs, progress=progress, cancelled=stop.is_set)


class _FolderField(QWidget):
    """A folder typed or chosen with "Choose…"."""

    def __init__(self, folder: Path, accessible: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(str(folder))
        self.edit.setObjectName("folder")
        self.edit.setAccessibleName(accessible)
        row.addWidget(self.edit, 1)
        self.choose = QPushButton(QCoreApplication.translate("WorkshopActions", "Choisir…"))
        self.choose.setAccessibleName(title)
        self.choose.clicked.connect(self._choose)
        row.addWidget(self.choose)
        self.title = title

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.title, self.edit.text())
        if chosen:
            self.edit.setText(chosen)

    def path(self) -> Path:
        return Path(self.edit.text().strip())


class WorkshopPlansDialog(QDialog):
    """Every participant's plan in a folder: language, format, then progress with Stop, then what was done."""

    def __init__(self, workspace: Workspace, workshop_id: int, parent: QWidget):
        super().__init__(parent)
        self.workspace = workspace
        self.workshop_id = workshop_id
        self.workshop = workspace.workshop(workshop_id)
        _modal(self, self.tr("Plans de tous les participants"), "workshopPlansDialog")
        self.lang = interface_language()
        self.task: Task[Any] | None = None
        self.stop_event = threading.Event()
        self.result: Any = None
        self.folder: Path | None = None
        self.message: QMessageBox | None = None
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        _fit_text(layout, self.minimumWidth())
        count = len(workspace.participants(workshop_id))
        layout.addWidget(
            wrapped_label(
                self.tr("Un PDF par participant de l'atelier « %1 » (%n participant(s)).", "", count).replace(
                    "%1", isolated(self.workshop.name)
                )
            )
        )
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        # A folder of its own for the workshop's plans, in the folder of the last PDF saved (or the documents).
        saved = Settings().get(LAST_PDF_FOLDER)
        base = saved if saved is not None and saved.is_dir() else default_folder()
        own = _file_name(self.tr("Plans - %1", "folder of a workshop's plans; %1: the workshop"), self.workshop.name)
        self.folder_field = _FolderField(
            base if base.name == own else base / own,
            self.tr("Dossier des plans"),
            self.tr("Choisir le dossier des plans"),
            self,
        )
        form.addRow(self.tr("Dossier :"), self.folder_field)
        self.language = _language_box(self.tr("Langue des plans"), self.lang)
        form.addRow(self.tr("Langue :"), self.language)
        self.format = ChoiceBox()
        self.format.setAccessibleName(self.tr("Format des plans"))
        self.format.addItem(self.tr("Le plan en bref (deux pages)"), "brief")
        self.format.addItem(self.tr("Le plan complet"), "full")
        form.addRow(self.tr("Format :"), self.format)
        layout.addWidget(self.form)
        self.status = wrapped_label()
        self.status.setObjectName("plansStatus")
        layout.addWidget(self.status)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Avancement des plans"))
        self.bar.setVisible(False)
        layout.addWidget(self.bar)
        self.failures = QTextBrowser()
        self.failures.setAccessibleName(self.tr("Plans non écrits"))
        self.failures.setVisible(False)
        layout.addWidget(self.failures, 1)
        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(self.tr("Créer les plans"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setObjectName("primary")
        self.open_button = buttons.addButton(self.tr("Ouvrir le dossier"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setVisible(False)
        self.stop_button = buttons.addButton(self.tr("Arrêter"), QDialogButtonBox.ButtonRole.RejectRole)
        self.stop_button.setVisible(False)
        self.close_button = buttons.addButton(self.tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole)
        self.start_button.clicked.connect(lambda: self.start())
        self.stop_button.clicked.connect(self.stop)
        self.close_button.clicked.connect(self.reject)
        self.open_button.clicked.connect(self.open_folder)
        layout.addWidget(buttons)

    @property
    def running(self) -> bool:
        return self.task is not None

    def open_folder(self) -> None:
        if self.folder is not None:
            open_folder(self.folder)

    def reject(self) -> None:
        """Not while plans are being written (their snapshots are recorded at the end): Escape stops them."""
        if self.running:
            self.stop()
        else:
            super().reject()

    def start(self, replace: bool = False) -> None:
        """Write the plans; PDFs of the same names already in the folder are replaced only once the user said so
        (``replace``)."""
        from merchant_assistant.batch import plan_jobs

        if self.running:
            return
        if self.result is not None:  # "Recommencer": the form again, nothing written until "Créer les plans"
            self.restart()
            return
        folder = self.folder_field.path()
        try:
            if folder.exists() and not folder.is_dir():
                raise UserError("workshop_out_not_folder", path=folder)
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                from merchant_assistant.errors import os_reason

                raise UserError("workshop_out_cannot_create", path=folder, reason=os_reason(error)) from error
            jobs = plan_jobs(
                self.workspace, self.workshop_id, folder, self.language.currentData(), self.format.currentData()
            )
        except UserError as error:
            self.message = present_error(self, self.tr("Plans non créés"), self.tr("Aucun plan n'a été écrit."), error)
            return
        if not jobs:
            self.status.setText(self.tr("L'atelier n'a encore aucun participant."))
            return
        there = [job for job in jobs if job.path.exists()]
        if there and not replace:
            self._ask_replace(len(there), folder)
            return
        Settings().set(LAST_PDF_FOLDER, folder)
        self.folder = folder
        self.stop_event.clear()
        self.form.setEnabled(False)
        self.start_button.setVisible(False)
        self.close_button.setVisible(False)
        self.open_button.setVisible(False)
        self.failures.setVisible(False)
        self.stop_button.setVisible(True)
        self.stop_button.setEnabled(True)
        self.bar.setRange(0, len(jobs))
        self.bar.setValue(0)
        self.bar.setVisible(True)
        self.status.setText(self.tr("Préparation des plans…"))
        self.task = run_task(
            partial(_render, jobs, self.stop_event),
            on_progress=self._progress,
            on_result=self._done,
            on_error=self._failed,
            parent=self,
        )

    def _ask_replace(self, count: int, folder: Path) -> None:
        """Some plans are already in the folder (an earlier run): replace them, or choose another folder; Enter
        and Escape cancel."""
        box = show_message(
            self,
            QMessageBox.Icon.Question,
            self.tr("Plans déjà dans ce dossier"),
            self.tr("%n plan(s) déjà dans ce dossier seront remplacés.", "", count),
            path_text(folder),
            buttons=[
                (self.tr("Remplacer"), QMessageBox.ButtonRole.DestructiveRole, lambda: self.start(replace=True)),
                (
                    self.tr("Choisir un autre dossier…"),
                    QMessageBox.ButtonRole.ActionRole,
                    self.folder_field.choose.click,
                ),
                (self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole, None),
            ],
        )
        cancel = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)  # type: ignore[call-overload]
        box.setEscapeButton(cancel)
        cancel.setFocus()
        self.message = box

    def restart(self) -> None:
        """After a run: the form given back (folder, language, format), what was done cleared."""
        if self.running:
            return
        self.result = None
        self.form.setEnabled(True)
        self.status.setText("")
        self.failures.setVisible(False)
        self.open_button.setVisible(False)
        self.start_button.setText(self.tr("Créer les plans"))
        self.folder_field.edit.setFocus()

    def stop(self) -> None:
        """The plans being rendered finish; no other starts."""
        self.stop_event.set()
        self.stop_button.setEnabled(False)
        self.status.setText(self.tr("Arrêt après les plans en cours…"))

    def _progress(self, progress: Any) -> None:
        self.bar.setMaximum(progress.total)
        self.bar.setValue(progress.done)
        if not self.stop_event.is_set():
            self.status.setText(f"[{progress.done}/{progress.total}] {isolated(progress.text)}")

    def _done(self, result: Any) -> None:
        from merchant_assistant.batch import record_workshop_snapshots

        self.task = None
        self.result = result
        try:
            record_workshop_snapshots(self.workspace, self.workshop_id, result)
        except UserError as error:
            self.message = present_error(
                self,
                self.tr("Progrès non enregistré"),
                self.tr("Les plans sont écrits, mais le point de progrès de l'atelier n'a pas pu être enregistré."),
                error,
            )
        lines = [self.tr("%n plan(s) écrit(s)", "", len(result.written))]
        if result.failed:
            lines.append(self.tr("%n plan(s) non écrit(s)", "", len(result.failed)))
        if result.cancelled:
            lines.append(self.tr("arrêté : %n plan(s) non commencé(s)", "", result.not_started))
        self.status.setText(" · ".join(lines))
        if result.failed:
            self.failures.setPlainText(
                "\n".join(
                    isolated_in(field_message(f.error), f.job.name)
                    if f.job.name in field_message(f.error)
                    else self.tr("Plan de « %1 » : %2")
                    .replace("%1", isolated(f.job.name))
                    .replace("%2", field_message(f.error))
                    for f in result.failed
                )
            )
            self.failures.setVisible(True)
        self._idle()
        self.form.setEnabled(False)  # what was used, until "Recommencer" gives the form back
        self.start_button.setText(self.tr("Recommencer…"))
        self.open_button.setVisible(bool(result.written))
        (self.open_button if result.written else self.close_button).setFocus()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self._idle()
        if isinstance(error, UserError):
            self.message = present_error(
                self, self.tr("Plans non créés"), self.tr("Les plans n'ont pas été écrits."), error
            )
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    def _idle(self) -> None:
        self.bar.setVisible(False)
        self.stop_button.setVisible(False)
        self.close_button.setVisible(True)
        self.start_button.setVisible(True)
        self.form.setEnabled(True)


def print_workshop_plans(parent: QWidget, workspace: Workspace, workshop_id: int) -> WorkshopPlansDialog:
    dialog = WorkshopPlansDialog(workspace, workshop_id, parent)
    dialog.open()
    return dialog


# -- the workshop's summary --------------------------------------------------------------------------------------
def _save_summary(summary: Any, pdf: Path, csv: Path | None, lang: str, names: bool, control: TaskControl) -> Path:
    from merchant_assistant.report.summary import save_summary, save_summary_csv

    save_summary(summary, pdf, lang, names=names)
    if csv is not None:
        save_summary_csv(summary, csv, lang, names=names)
    return pdf


class WorkshopSummaryDialog(QDialog):
    """The workshop's summary as a PDF (and a CSV), anonymous unless the trainer chooses otherwise."""

    def __init__(self, workspace: Workspace, workshop_id: int, parent: QWidget):
        super().__init__(parent)
        self.workspace = workspace
        self.workshop_id = workshop_id
        self.workshop = workspace.workshop(workshop_id)
        _modal(self, self.tr("Synthèse de l'atelier"), "workshopSummaryDialog")
        self.task: Task[Path] | None = None
        self.message: QMessageBox | None = None
        self.written: list[Path] = []
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        _fit_text(layout, self.minimumWidth())
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "Pour l'atelier « %1 » : combien d'entreprises sont prêtes par module, les blocages et les "
                    "manques les plus fréquents, quoi enseigner ensuite."
                ).replace("%1", isolated(self.workshop.name))
            )
        )
        form = QFormLayout()
        self.language = _language_box(self.tr("Langue de la synthèse"), interface_language())
        form.addRow(self.tr("Langue :"), self.language)
        layout.addLayout(form)
        self.names = QCheckBox(self.tr("Montrer le nom des entreprises"))
        self.names.setObjectName("showNames")
        layout.addWidget(self.names)
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "Sans les noms, la synthèse peut être remise à la chambre ou affichée sans révéler qui en est "
                    "où : les noms sont des données personnelles (loi 09-08)."
                )
            )
        )
        self.csv = QCheckBox(self.tr("Aussi un tableur CSV pour les statistiques de la chambre"))
        self.csv.setObjectName("summaryCsv")
        layout.addWidget(self.csv)
        self.status = wrapped_label()
        self.status.setObjectName("summaryStatus")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Enregistrer…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("primary")
        self.open_button = buttons.addButton(self.tr("Ouvrir le dossier"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setVisible(False)
        self.close_button = buttons.addButton(self.tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.open_button.clicked.connect(self.open_folder)
        layout.addWidget(buttons)

    def save(self) -> None:
        from merchant_assistant.workshops import workshop_summary

        if self.task is not None:
            return
        folder = Settings().get(LAST_PDF_FOLDER)
        suggestion = (folder if folder is not None and folder.is_dir() else default_folder()) / _file_name(
            self.tr("Synthèse - %1.pdf"), self.workshop.name
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.windowTitle(), str(suggestion), self.tr("Document PDF (*.pdf)")
        )
        if not chosen:
            return
        pdf = Path(chosen)
        if pdf.suffix.lower() != ".pdf":
            pdf = pdf.with_name(pdf.name + ".pdf")
        csv = pdf.with_suffix(".csv") if self.csv.isChecked() else None
        Settings().set(LAST_PDF_FOLDER, pdf.parent)
        try:
            summary = workshop_summary(self.workspace, self.workshop_id)
        except UserError as error:
            self.message = present_error(
                self, self.tr("Synthèse non enregistrée"), self.tr("Rien n'a été écrit."), error
            )
            return
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Création de la synthèse…"))
        self.task = run_task(
            partial(_save_summary, summary, pdf, csv, self.language.currentData(), self.names.isChecked()),
            on_result=lambda path: self._written([pdf] + ([csv] if csv is not None else [])),
            on_error=self._failed,
            parent=self,
        )

    def open_folder(self) -> None:
        if self.written:
            open_folder(self.written[0].parent)

    def _written(self, paths: list[Path]) -> None:
        self.task = None
        self.written = paths
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Enregistré : %1").replace("%1", ", ".join(path_text(p) for p in paths)))
        self.open_button.setVisible(True)
        self.open_button.setFocus()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.save_button.setEnabled(True)
        self.status.setText("")
        if isinstance(error, UserError):
            self.message = present_error(
                self, self.tr("Synthèse non enregistrée"), self.tr("Le fichier n'a pas pu être écrit."), error
            )
        else:
            sys.excepthook(type(error), error, error.__traceback__)


def save_workshop_summary(parent: QWidget, workspace: Workspace, workshop_id: int) -> WorkshopSummaryDialog:
    dialog = WorkshopSummaryDialog(workspace, workshop_id, parent)
    dialog.open()
    return dialog


# -- which workshop ----------------------------------------------------------------------------------------------
class WorkshopChooser(QDialog):
    """Which workshop an action is for (the Workshops menu, until the workshop page has its own)."""

    chosen = Signal(int)

    def __init__(self, workshops: Sequence[Any], parent: QWidget):
        super().__init__(parent)
        _modal(self, self.tr("Choisir un atelier"), "workshopChooser")
        layout = QVBoxLayout(self)
        _fit_text(layout, self.minimumWidth())
        label = QLabel(self.tr("&Atelier :"))
        layout.addWidget(label)
        self.box = ChoiceBox()
        self.box.setAccessibleName(self.tr("Atelier"))
        label.setBuddy(self.box)
        for workshop in workshops:
            when = f" — {workshop.date}" if workshop.date else ""
            self.box.addItem(f"{workshop.name}{when}", workshop.id)
        layout.addWidget(self.box)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Continuer"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.choose)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choose(self, workshop_id: int | None = None) -> None:
        if workshop_id is not None:
            self.box.setCurrentIndex(self.box.findData(workshop_id))
        chosen = self.box.currentData()
        self.accept()
        self.chosen.emit(chosen)


def choose_workshop(parent: QWidget, workspace: Workspace, then: Callable[[int], Any]) -> WorkshopChooser | None:
    """Ask which workshop (none: say how to make one; one: no question), then ``then(workshop_id)``."""
    try:
        workshops = workspace.workshops()
    except UserError as error:
        present_error(
            parent,
            QCoreApplication.translate("WorkshopActions", "Lecture impossible"),
            QCoreApplication.translate("WorkshopActions", "La liste des ateliers n'a pas pu être lue."),
            error,
        )
        return None
    if not workshops:
        show_message(
            parent,
            QMessageBox.Icon.Information,
            QCoreApplication.translate("WorkshopActions", "Aucun atelier"),
            QCoreApplication.translate("WorkshopActions", "Aucun atelier n'est enregistré pour l'instant."),
            QCoreApplication.translate(
                "WorkshopActions",
                "Créez-en un (menu Ateliers, « Nouvel atelier… »), puis ajoutez-y les participants.",
            ),
        )
        return None
    if len(workshops) == 1:
        then(workshops[0].id)
        return None
    chooser = WorkshopChooser(workshops, parent)
    chooser.chosen.connect(then)
    chooser.open()
    return chooser


def wait_for_running(window: QWidget) -> None:
    """The window is closing: plans being written stop after the ones in hand, and the file being imported or
    exported is finished; each waits for its worker (no file is left half written, no connection left open)."""
    for plans in window.findChildren(WorkshopPlansDialog):
        if plans.task is not None:
            plans.stop_event.set()
    for dialog in window.findChildren(QDialog):
        task = getattr(dialog, "task", None)
        if isinstance(task, Task):
            task.wait()
        if isinstance(dialog, ImportDialog):
            dialog.own.close()
