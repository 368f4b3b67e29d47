"""The trainer's workshops: the list of them (the most recent first), and the dialog that creates or changes one
(name required; date, place and trainer optional), whose refusals show under each field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from merchant_assistant.errors import UserError
from merchant_assistant.profile import MAX_FIELD
from merchant_assistant.records import Workshop
from merchant_assistant.workspace import Change, InvalidChange, Workspace

from .labels import date_text, field_message
from .messages import confirm, present_error
from .question_widgets import back_button, wrapped_label
from .start_page import isolated
from .style import ERROR_COLOR

ID_ROLE = Qt.ItemDataRole.UserRole
NO_DATE = QDate(2000, 1, 1)  # the date field's "no date" (shown as words, Qt's special value)


def workshop_day(workshop: Workshop) -> dt.date | None:
    try:
        return dt.date.fromisoformat(workshop.date) if workshop.date else None
    except ValueError:
        return None


def workshop_details(workshop: Workshop, lang: str) -> str:
    """ "3 décembre 2026 · CCIS Fès · Nadia": what is known of it besides its name."""
    day = workshop_day(workshop)
    parts = [date_text(day, lang) if day else "", isolated(workshop.place) if workshop.place else ""]
    if workshop.trainer:
        parts.append(isolated(workshop.trainer))
    return " · ".join(p for p in parts if p)


class OneStopDateEdit(QDateEdit):
    """A date field that Tab leaves in one press, as every other field (Qt's goes from day to month to year first,
    and what was typed for the next fields went into the date); the arrows, or typing, still edit its parts."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class EnterPresses(QObject):
    """Enter on a focused button presses it, as Space does (a page's buttons are not a dialog's)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QPushButton)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            if watched.isEnabled():
                watched.animateClick()
            return True
        return super().eventFilter(watched, event)


class WorkshopsPage(QWidget):
    """Every workshop, the most recent first; new, open, change, delete (the businesses stay)."""

    open_requested = Signal(int)  # a workshop id
    back_requested = Signal()  # back to the list of businesses

    def __init__(self, workspace: Workspace, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.lang = lang
        self.confirmation: QMessageBox | None = None
        self.dialog: WorkshopDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        top = QHBoxLayout()
        self.back_button = back_button(self.tr("Entreprises"), self.tr("Revenir à la liste des entreprises"))
        self.back_button.clicked.connect(self.back_requested)
        top.addWidget(self.back_button)
        top.addStretch(1)
        layout.addLayout(top)
        title = QLabel(self.tr("Ateliers"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "Un atelier réunit les entreprises d'une séance de formation : un tableau montre la progression "
                    "de chacune, et vous passez de l'une à l'autre en un double-clic."
                )
            )
        )
        self.views = QStackedWidget()
        self.empty = wrapped_label(
            self.tr("Aucun atelier pour l'instant. Cliquez sur « Nouvel atelier » pour en créer un.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.views.addWidget(self.empty)
        self.list = QTreeWidget()
        self.list.setObjectName("workshops")
        self.list.setAccessibleName(self.tr("Ateliers"))
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels([self.tr("Atelier"), self.tr("Date"), self.tr("Lieu"), self.tr("Participants")])
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemActivated.connect(lambda item, _column: self.open_requested.emit(item.data(0, ID_ROLE)))
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.views.addWidget(self.list)
        layout.addWidget(self.views, 1)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Nouvel atelier…"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.new_workshop)
        buttons.addWidget(self.new_button)
        self.open_button = QPushButton(self.tr("Ouvrir"))
        self.open_button.clicked.connect(self._open_current)
        buttons.addWidget(self.open_button)
        self.edit_button = QPushButton(self.tr("Modifier…"))
        self.edit_button.clicked.connect(self.edit_current)
        buttons.addWidget(self.edit_button)
        self.delete_button = QPushButton(self.tr("Supprimer…"))
        self.delete_button.setToolTip(self.tr("Supprime l'atelier ; ses entreprises restent"))
        self.delete_button.clicked.connect(self.delete_current)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        chain = [self.back_button, self.list, self.new_button, self.open_button, self.edit_button, self.delete_button]
        self.enter_presses = EnterPresses(self)
        for button in (self.back_button, self.new_button, self.open_button, self.edit_button, self.delete_button):
            button.installEventFilter(self.enter_presses)
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

    def refresh(self, select: int | None = None) -> None:
        if select is None:
            select = self.current_id()
        try:
            workshops = self.workspace.workshops()
            counts = {w.id: len(self.workspace.participants(w.id)) for w in workshops}
        except UserError as error:
            present_error(
                self, self.tr("Lecture impossible"), self.tr("La liste des ateliers n'a pas pu être lue."), error
            )
            workshops, counts = [], {}
        # The most recent first: by date (those without one by when they were created), then the newest made.
        workshops.sort(key=lambda w: (w.date or w.created_at[:10], w.created_at, w.id), reverse=True)
        self.list.clear()
        for workshop in workshops:
            day = workshop_day(workshop)
            item = QTreeWidgetItem(
                [
                    workshop.name,
                    date_text(day, self.lang) if day else "—",
                    workshop.place,
                    str(counts.get(workshop.id, 0)),
                ]
            )
            item.setData(0, ID_ROLE, workshop.id)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignCenter)
            self.list.addTopLevelItem(item)
            if workshop.id == select:
                self.list.setCurrentItem(item)
        first = self.list.topLevelItem(0)
        if self.list.currentItem() is None and first is not None:
            self.list.setCurrentItem(first)
        self.views.setCurrentWidget(self.list if workshops else self.empty)
        self._update_buttons()

    def names(self) -> list[str]:
        """The workshops as listed."""
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [item.text(0) for item in items if item is not None]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        (self.list if self.list.topLevelItemCount() else self.new_button).setFocus()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def _update_buttons(self) -> None:
        chosen = self.current_id() is not None
        for button in (self.open_button, self.edit_button, self.delete_button):
            button.setEnabled(chosen)

    def _open_current(self) -> None:
        workshop_id = self.current_id()
        if workshop_id is not None:
            self.open_requested.emit(workshop_id)

    def new_workshop(self) -> None:
        self.dialog = WorkshopDialog(self.workspace, None, self)
        self.dialog.saved.connect(lambda change: self.open_requested.emit(change.workshop_id))
        self.dialog.open()

    def edit_current(self) -> None:
        workshop_id = self.current_id()
        if workshop_id is None:
            return
        self.dialog = WorkshopDialog(self.workspace, self.workspace.workshop(workshop_id), self)
        self.dialog.saved.connect(lambda change: self.refresh(select=change.workshop_id))
        self.dialog.open()

    def delete_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        workshop_id = item.data(0, ID_ROLE)
        self.confirmation = confirm(
            self,
            self.tr("Supprimer l'atelier"),
            self.tr(
                "Supprimer l'atelier « %1 » ? Ses entreprises restent dans la liste des entreprises, avec leurs "
                "réponses."
            ).replace("%1", isolated(item.text(0))),
            self.tr("Supprimer l'atelier"),
            lambda: self._delete(workshop_id),
        )

    def _delete(self, workshop_id: int) -> None:
        try:
            self.workspace.delete_workshop(workshop_id)
        except UserError as error:
            present_error(self, self.tr("Suppression impossible"), self.tr("L'atelier n'a pas été supprimé."), error)
        self.refresh()
        self.list.setFocus()


class WorkshopDialog(QDialog):
    """Create a workshop (``workshop`` None) or change one. Nothing is saved until it is valid; each refusal shows
    under its field."""

    saved = Signal(Change)

    def __init__(self, workspace: Workspace, workshop: Workshop | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.workshop = workshop
        self.setObjectName("workshopDialog")
        self.setWindowTitle(self.tr("Nouvel atelier") if workshop is None else self.tr("Modifier l'atelier"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.name = self._line(workshop.name if workshop else "", self.tr("Nom de l'atelier (obligatoire)"))
        self.date = OneStopDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # 27/11/2026 in Arabic too, as written there
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText(self.tr("Sans date"))  # shown at the minimum: the workshop has no date
        day = workshop_day(workshop) if workshop is not None else dt.date.today()
        self.date.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
        self.date.setAccessibleName(self.tr("Date de l'atelier"))
        for inner in self.date.findChildren(QLineEdit):  # the text inside is a control of its own for a reader
            inner.setAccessibleName(self.date.accessibleName())
        self.place = self._line(workshop.place if workshop else "", self.tr("Lieu de l'atelier"))
        self.trainer = self._line(workshop.trainer if workshop else "", self.tr("Formateur ou formatrice"))
        for key, text, widget in (
            ("name", self.tr("&Nom :"), self.name),
            ("date", self.tr("&Date :"), self.date),
            ("place", self.tr("&Lieu :"), self.place),
            ("trainer", self.tr("&Formateur :"), self.trainer),
        ):
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            error = wrapped_label()
            error.setObjectName(f"{key}Error")
            error.setStyleSheet(f"color: {ERROR_COLOR};")
            error.setVisible(False)
            column.addWidget(error)
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, column)
            self.fields[key], self.errors[key] = widget, error
        layout.addLayout(form)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Créer l'atelier") if workshop is None else self.tr("Enregistrer"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name.setFocus()

    def _line(self, text: str, name: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setMaxLength(MAX_FIELD + 20)  # a little over the limit: the message says why, rather than a stuck key
        edit.setAccessibleName(name)
        edit.textChanged.connect(lambda _text: self._clear_errors())
        return edit

    def _clear_errors(self) -> None:
        for key, error in self.errors.items():
            error.setVisible(False)
            self.fields[key].setAccessibleDescription("")

    def chosen_date(self) -> dt.date | None:
        return None if self.date.date() == NO_DATE else self.date.date().toPython()  # type: ignore[return-value]

    def save(self) -> None:
        values = (self.name.text(), self.chosen_date(), self.place.text(), self.trainer.text())
        try:
            if self.workshop is None:
                change = self.workspace.create_workshop(*values)
            else:
                change = self.workspace.update_workshop(self.workshop.id, *values)
        except InvalidChange as error:
            self._clear_errors()
            for key, problem in error.problems.items():
                if key in self.errors:
                    self.errors[key].setText(field_message(problem))
                    self.errors[key].setVisible(True)
                    self.fields[key].setAccessibleDescription(self.errors[key].text())
            self.fields.get(error.subject, self.name).setFocus()
            return
        except UserError as error:
            present_error(
                self, self.tr("Enregistrement impossible"), self.tr("L'atelier n'a pas été enregistré."), error
            )
            return
        self.accept()
        self.saved.emit(change)
