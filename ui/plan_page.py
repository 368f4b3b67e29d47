"""The readiness plan on screen: overall readiness, module scores, blockers, and the actions on a table model whose
status, owner and due date are edited in place (each change saved at once); filters; CSV and PDF export."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from merchant_assistant.content.model import ContentPack
from merchant_assistant.errors import UserError
from merchant_assistant.i18n import format_list
from merchant_assistant.plan import STATUSES, Plan, PlanItem
from merchant_assistant.profile import MAX_FIELD
from merchant_assistant.records import ActionStatus
from merchant_assistant.settings import LAST_PDF_FOLDER, Settings
from merchant_assistant.workspace import InvalidChange, Workspace

from .labels import (
    FSI,
    PDI,
    RLM,
    field_message,
    path_text,
    percent_text,
    priority_label,
    screen_text,
    short_date_text,
    status_labels,
)
from .messages import present_error, show_error
from .pdf_export import PdfExporter, default_file_name, open_file, print_file
from .question_widgets import ChoiceBox, scrolling_page, wrapped_label
from .style import BLOCKER_COLOR, DONE_COLOR, ERROR_COLOR, NOTE_COLOR

MAX_BLOCKERS_LISTED = 3
TABLE_ROWS_SHOWN = 12  # the table scrolls beyond this many rows; the detail of the chosen action stays in view

# column ids, in order
BLOCKER, ACTION, PRIORITY, DUE, OWNER, STATUS = range(6)
EDITABLE = (DUE, OWNER, STATUS)
# filter id -> which items it keeps. "Due now" includes what is overdue: both are to be done now.
FILTERS = {
    "all": lambda item: True,
    "blockers": lambda item: item.blocker and item.status != "done",
    "due_now": lambda item: item.state in ("overdue", "due_now"),
    "later": lambda item: item.state == "due_later",
    "overdue": lambda item: item.state == "overdue",
    "done": lambda item: item.status == "done",
}


def _clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().hide()  # at once: deleteLater waits for the event loop, and it would show until then
            item.widget().deleteLater()
        elif item.layout() is not None:
            _clear(item.layout())


@dataclass(frozen=True)
class Row:
    item: PlanItem
    number: int  # its place in the plan, as on the PDF
    chosen_due: bool  # the user set this date (else it is the plan's suggestion)


class ActionsModel(QAbstractTableModel):
    """The plan's actions, one row each, in the plan's order. Edits go to ``save`` (the page writes them through
    the workspace); the model never writes anything itself."""

    def __init__(self, lang: str, save, parent: QObject | None = None):
        super().__init__(parent)
        self.lang = lang
        self.save = save  # (item, field, value) -> bool
        self.rows: list[Row] = []

    def titles(self) -> list[str]:
        return [
            self.tr("Bloquant"),
            self.tr("Action"),
            self.tr("Priorité"),
            self.tr("Échéance"),
            self.tr("Responsable"),
            self.tr("Statut"),
        ]

    def set_plan(self, plan: Plan, statuses: dict[str, ActionStatus], keep_order: bool = False) -> None:
        """The rows of ``plan``. ``keep_order``: rows stay where they were, with the numbers they had (an action
        marked done does not jump to the end under the pointer, nor do the others change numbers: a blind review
        read "1, 3, 54, 4…"); the plan's order and numbers come back the next time the page is opened. New
        actions go at the end, numbered after the others."""
        rows = [
            Row(item, number, (statuses.get(item.action.id) or ActionStatus(item.action.id)).due is not None)
            for number, item in enumerate(plan.items, 1)
        ]
        if keep_order and self.rows:
            shown = {row.item.action.id: row.number for row in self.rows}
            rows.sort(key=lambda row: shown.get(row.item.action.id, len(shown) + row.number))
            rows = [
                replace(row, number=shown.get(row.item.action.id, len(shown) + at)) for at, row in enumerate(rows, 1)
            ]
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def due_text(self, due: dt.date, overdue: bool) -> str:
        shown = short_date_text(due, self.lang)
        return self.tr("%1 (en retard)").replace("%1", shown) if overdue else shown

    def row_of(self, action_id: str) -> int | None:
        return next((n for n, row in enumerate(self.rows) if row.item.action.id == action_id), None)

    # -- Qt's model interface -------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return "⚠" if section == BLOCKER else self.titles()[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == BLOCKER:
            return self.titles()[BLOCKER]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        item, column, lang = row.item, index.column(), self.lang
        done = item.status == "done"
        if role == Qt.ItemDataRole.DisplayRole:
            if column == BLOCKER:
                return "⚠" if item.blocker and not done else ""
            if column == ACTION:
                return f"{row.number}. {screen_text(item.action.title, lang)}"
            if column == PRIORITY:
                return priority_label(item.action.priority)
            if column == DUE:
                return self.due_text(item.due, item.state == "overdue")
            if column == OWNER:
                return item.owner(lang)
            if column == STATUS:
                return status_labels()[item.status]
        if role == Qt.ItemDataRole.EditRole:
            if column == DUE:
                return QDate(item.due.year, item.due.month, item.due.day)
            if column == OWNER:
                return item.chosen_owner or ""
            if column == STATUS:
                return item.status
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == BLOCKER:
            return self.tr("Bloque l'affiliation au paiement") if item.blocker and not done else self.tr("Non bloquant")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == BLOCKER and item.blocker and not done:
                return self.tr("Bloque l'affiliation au paiement")
            if column == ACTION:
                why = screen_text(item.action.why, lang)
                return self.tr("Pourquoi : %1").replace("%1", why) if why else None
            if column == DUE:
                return (
                    self.tr("Date choisie par vous (Suppr : revenir à la date proposée)")
                    if row.chosen_due
                    else self.tr("Date proposée par le plan (double-clic ou F2 pour la changer)")
                )
            if column == OWNER and not item.chosen_owner:
                return self.tr("Responsable proposé (double-clic ou F2 pour le changer)")
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            if column == ACTION:
                font.setBold(not done)
                font.setStrikeOut(done)
            if column == DUE and not row.chosen_due:
                font.setItalic(True)  # a suggestion, not a date the user gave
            if column == OWNER and not item.chosen_owner:
                font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if done:
                return QColor(DONE_COLOR)
            if column == BLOCKER:
                return QColor(BLOCKER_COLOR)
            if column == DUE and item.state == "overdue":
                return QColor(ERROR_COLOR)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == BLOCKER:
                return int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            return int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.UserRole:
            return item.action.id
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in EDITABLE:
            return False
        item = self.rows[index.row()].item
        if index.column() == DUE:
            return self.save(item, "due", value.toPython() if isinstance(value, QDate) else value)
        if index.column() == OWNER:
            return self.save(item, "owner", str(value))
        return self.save(item, "status", str(value))


class ActionFilter(QSortFilterProxyModel):
    """Keeps the rows of one filter (FILTERS), in the plan's order."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.kept = FILTERS["all"]

    def set_filter(self, filter_id: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later; invalidateFilter() is deprecated there
            self.beginFilterChange()
            self.kept = FILTERS[filter_id]
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.kept = FILTERS[filter_id]
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ActionsModel)
        return bool(self.kept(model.rows[source_row].item))


class ActionDelegate(QStyledItemDelegate):
    """Editors for the three cells the user may change: a drop-down for the status (chosen at once), a calendar for
    the due date, a line for the owner."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex):
        column = index.column()
        if column == STATUS:
            box = ChoiceBox(parent)
            box.setAccessibleName(self.tr("Statut"))
            words = status_labels()
            for status in STATUSES:
                box.addItem(words[status], status)
            box.activated.connect(lambda _i, b=box: self._chosen(b))
            return box
        if column == DUE:
            edit = QDateEdit(parent)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setAccessibleName(self.tr("Échéance"))
            return edit
        if column == OWNER:
            line = QLineEdit(parent)
            line.setMaxLength(MAX_FIELD)
            line.setAccessibleName(self.tr("Responsable"))
            line.setPlaceholderText(str(index.data(Qt.ItemDataRole.DisplayRole)))
            return line
        return None

    def _chosen(self, box: ChoiceBox) -> None:
        self.commitData.emit(box)
        self.closeEditor.emit(box)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, ChoiceBox):
            editor.setCurrentIndex(editor.findData(value))
            QTimer.singleShot(0, editor, editor.showPopup)  # one keypress or click away from the choice
        elif isinstance(editor, QDateEdit):
            editor.setDate(value)
        elif isinstance(editor, QLineEdit):
            editor.setText(value)
            editor.selectAll()

    def setModelData(self, editor: QWidget, model, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, ChoiceBox):
            value: Any = editor.currentData()
        elif isinstance(editor, QDateEdit):
            value = editor.date()
        elif isinstance(editor, QLineEdit):
            value = editor.text()
        else:
            return
        if value != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, value, Qt.ItemDataRole.EditRole)


class ActionsView(QTableView):
    """Enter edits the cell (as F2 does), Delete puts back the plan's suggestion for the due date or the owner."""

    reset_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if index.isValid() and index.column() in EDITABLE and self.state() != QAbstractItemView.State.EditingState:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit(index)
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and index.column() in (DUE, OWNER):
                self.reset_requested.emit(index)
                return
        super().keyPressEvent(event)


class ElidedLabel(QLabel):
    """One line that never widens the page: a long path loses its middle ("C:/Users/…/Plan.pdf"); the whole text is
    in the tool tip and the accessible name."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self.full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self.full, Qt.TextElideMode.ElideMiddle, max(self.width(), 40)))


class PlanPage(QWidget):
    show_unanswered = Signal()  # the user wants to go back to unanswered questions
    changed = Signal()  # an action's status, owner or date was saved (the readiness above follows)

    def __init__(self, workspace: Workspace, pack: ContentPack, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.pack = pack
        self.lang = lang
        self.business_id: int | None = None
        self.plan: Plan | None = None

        scroll, layout = scrolling_page(self)
        # The page is nearly always taller than the window; a filter that empties the table would make it fit, the
        # scroll bar would go and everything would shift sideways under the pointer: it stays.
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)

        # The exports, on a row of their own: what an export is doing or did (its height never changes, so nothing
        # moves), then the two buttons.
        exports = QHBoxLayout()
        self.export_line = QStackedWidget()
        self.export_line.addWidget(QWidget())  # nothing to say
        busy_page = QWidget()
        busy_row = QHBoxLayout(busy_page)
        busy_row.setContentsMargins(0, 0, 0, 0)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Création du PDF…"))
        busy_row.addWidget(self.busy)
        self.busy_label = QLabel(self.tr("Création du PDF…"))
        busy_row.addWidget(self.busy_label)
        busy_row.addStretch(1)
        self.export_line.addWidget(busy_page)
        done_page = QWidget()
        done_row = QHBoxLayout(done_page)
        done_row.setContentsMargins(0, 0, 0, 0)
        self.written_label = ElidedLabel()
        done_row.addWidget(self.written_label, 1)
        self.open_button = QPushButton(self.tr("Ouvrir"))
        self.open_button.clicked.connect(lambda: self._open_written())
        done_row.addWidget(self.open_button)
        self.print_button = QPushButton(self.tr("Imprimer"))
        self.print_button.clicked.connect(lambda: self._print_written())
        done_row.addWidget(self.print_button)
        self.export_line.addWidget(done_page)
        self.export_line.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.export_line.setFixedHeight(max(p.sizeHint().height() for p in (busy_page, done_page)))
        self.written: Path | None = None
        exports.addWidget(self.export_line, 1)
        self.csv_button = QPushButton(self.tr("Exporter les actions (CSV)…"))
        self.csv_button.setToolTip(self.tr("Un fichier pour un tableur (Excel, LibreOffice) : une ligne par action"))
        self.csv_button.clicked.connect(self.save_csv)
        exports.addWidget(self.csv_button)
        self.pdf_button = QPushButton(self.tr("Enregistrer le PDF…"))
        self.pdf_button.setObjectName("primary")
        self.pdf_button.clicked.connect(self.save_pdf)
        exports.addWidget(self.pdf_button)
        layout.addLayout(exports)

        # overall readiness and per-module scores, side by side
        scores = QHBoxLayout()
        scores.setSpacing(32)
        overall = QVBoxLayout()
        caption = QLabel(self.tr("Préparation globale"))
        caption.setObjectName("pageKicker")
        overall.addWidget(caption)
        self.overall = QLabel()
        self.overall.setObjectName("bigScore")
        overall.addWidget(self.overall)
        self.level = QLabel()
        self.level.setObjectName("levelText")
        overall.addWidget(self.level)
        self.unanswered = QLabel()
        self.unanswered.setWordWrap(True)
        self.unanswered.setTextFormat(Qt.TextFormat.RichText)
        self.unanswered.linkActivated.connect(lambda _link: self.show_unanswered.emit())
        overall.addWidget(self.unanswered)
        overall.setSpacing(2)
        scores.addLayout(overall)
        modules_host = QWidget()
        self.modules = QGridLayout(modules_host)
        self.modules.setContentsMargins(0, 0, 0, 0)
        self.modules.setHorizontalSpacing(12)
        self.modules.setVerticalSpacing(8)
        self.modules.setColumnStretch(0, 3)
        self.modules.setColumnStretch(1, 2)
        scores.addWidget(modules_host, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(scores)
        # What changed since the last printed plan or workshop ("+3 actions done since 12 October · readiness +12
        # points"), on a line of its own under the scores (the readiness column is too narrow for it); hidden before
        # the first snapshot.
        self.progress = wrapped_label()
        self.progress.setObjectName("progressSince")
        layout.addWidget(self.progress)

        self.blockers = QFrame()
        self.blockers_layout = QVBoxLayout(self.blockers)
        self.blockers_layout.setSpacing(2)
        layout.addWidget(self.blockers)

        actions_head = QHBoxLayout()
        actions_title = QLabel(self.tr("Vos actions"))
        actions_title.setObjectName("pageKicker")
        actions_head.addWidget(actions_title)
        actions_head.addStretch(1)
        show = QLabel(self.tr("&Afficher :"))
        actions_head.addWidget(show)
        self.filter_box = ChoiceBox()
        self.filter_box.setAccessibleName(self.tr("Filtrer les actions"))
        show.setBuddy(self.filter_box)
        self.filter_box.currentIndexChanged.connect(lambda _i: self._apply_filter())
        actions_head.addWidget(self.filter_box)
        layout.addLayout(actions_head)

        self.model = ActionsModel(lang, self._save_edit, self)
        self.proxy = ActionFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = ActionsView()
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(ActionDelegate(self.table))
        self.table.setAccessibleName(self.tr("Actions du plan"))
        self.table.setObjectName("actions")
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move inside it), as in a form
        self.table.setWordWrap(True)
        # Only when the action's title would get less than its minimum (800×600, 150 %): then it keeps that width and
        # the table scrolls sideways rather than cutting the status column off.
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(ACTION, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(OWNER, QHeaderView.ResizeMode.Interactive)  # owners can be long: they wrap
        head.resizeSection(OWNER, 130)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.reset_requested.connect(self._reset_cell)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        layout.addWidget(self.table)
        self.empty_actions = wrapped_label(
            self.tr("Aucune action pour l'instant : répondez aux questions pour obtenir votre plan.")
        )
        layout.addWidget(self.empty_actions)
        self.empty_filter = wrapped_label(self.tr("Aucune action dans ce choix."))
        layout.addWidget(self.empty_filter)

        self.detail = QFrame()
        self.detail.setObjectName("actionDetail")
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(12, 8, 12, 8)
        self.detail_text = wrapped_label(rich=True)
        self.detail_text.setAccessibleName(self.tr("Détail de l'action choisie"))
        detail_layout.addWidget(self.detail_text)
        layout.addWidget(self.detail)

        self.notes_title = QLabel(self.tr("Vos notes"))
        self.notes_title.setObjectName("pageKicker")
        layout.addWidget(self.notes_title)
        self.notes = wrapped_label(rich=True)
        self.notes.setAccessibleName(self.tr("Vos notes"))
        layout.addWidget(self.notes)
        layout.addStretch(1)

        self.exporter = PdfExporter(self)
        self.exporter.busy.connect(self._busy)
        self.exporter.written.connect(lambda path: self._written(Path(path)))
        self.settings = Settings()

    def column_titles(self) -> list[str]:
        return self.model.titles()

    # -- showing the plan -----------------------------------------------------------------------------------
    def load(self, business_id: int) -> None:
        if business_id != self.business_id:
            self._show_export(None)
        self.business_id = business_id
        self.model.rows = []  # a new visit: the plan's own order
        self.refresh()

    def refresh(self) -> None:
        if self.business_id is None:
            return
        business = self.workspace.business(self.business_id)
        plan = self.workspace.plan(business)
        self.plan = plan
        readiness = plan.readiness
        self.title.setText(self.tr("Plan de préparation — %1").replace("%1", business.name))
        self.overall.setText(percent_text(readiness.overall, self.lang))
        self.level.setText(screen_text(readiness.level.label, self.lang))
        self._show_progress(plan)
        missing = len(plan.unanswered)
        self.unanswered.setText(
            self.tr('%n question(s) sans réponse — <a href="#">y répondre</a>', "", missing) if missing else ""
        )
        self._show_modules(plan)
        self._show_blockers(plan)
        self._show_actions(plan)
        self._show_notes(plan)

    def _show_progress(self, plan: Plan) -> None:
        from merchant_assistant.progress import progress_line

        if plan.progress is None:
            self.progress.clear()
            self.progress.setVisible(False)
            return
        line = progress_line(plan.progress, self.lang)
        # An Arabic line may start with a number: the mark keeps the paragraph right to left.
        self.progress.setText(RLM + line if self.lang == "ar" else line)
        self.progress.setVisible(True)

    def _show_modules(self, plan: Plan) -> None:
        _clear(self.modules)
        for row, module_score in enumerate(plan.readiness.modules):
            if not module_score.applicable:
                continue
            self.modules.addWidget(wrapped_label(screen_text(module_score.module.title, self.lang)), row, 0)
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setValue(module_score.score or 0)
            bar.setFormat(percent_text(module_score.score, self.lang))
            bar.setMinimumWidth(90)
            bar.setAccessibleName(screen_text(module_score.module.title, self.lang))
            self.modules.addWidget(bar, row, 1)
            level = screen_text(module_score.level.label, self.lang) if module_score.level else self.tr("Non évalué")
            self.modules.addWidget(QLabel(level), row, 2)

    def _show_blockers(self, plan: Plan) -> None:
        _clear(self.blockers_layout)
        if plan.blockers:
            self.blockers.setObjectName("blockersBox")
            heading = QLabel(self.tr("À régler avant de demander l'affiliation au paiement"))
            heading.setStyleSheet(f"color: {BLOCKER_COLOR}; font-weight: bold;")
            self.blockers_layout.addWidget(heading)
            shown = plan.blockers[:MAX_BLOCKERS_LISTED]
            for item in shown:
                self.blockers_layout.addWidget(wrapped_label("⚠ " + screen_text(item.action.title, self.lang)))
            more = len(plan.blockers) - len(shown)
            if more:
                self.blockers_layout.addWidget(
                    QLabel(self.tr("… et %n autre(s), marquée(s) ⚠ dans la liste ci-dessous", "", more))
                )
        elif plan.unanswered_blockers:  # nothing blocks yet, but only because the questions that could are open
            self.blockers.setObjectName("pendingBox")
            pending = QLabel(
                self.tr(
                    "Rien ne bloque parmi vos réponses, mais %n question(s) qui peuvent bloquer l'affiliation "
                    'sont sans réponse — <a href="#">y répondre</a>',
                    "",
                    len(plan.unanswered_blockers),
                )
            )
            pending.setWordWrap(True)
            pending.setTextFormat(Qt.TextFormat.RichText)
            pending.linkActivated.connect(lambda _link: self.show_unanswered.emit())
            self.blockers_layout.addWidget(pending)
        else:
            self.blockers.setObjectName("okBox")
            self.blockers_layout.addWidget(
                wrapped_label(self.tr("Aucun point bloquant pour l'affiliation parmi vos réponses."))
            )
        self.blockers.style().unpolish(self.blockers)
        self.blockers.style().polish(self.blockers)

    def filter_names(self) -> dict[str, str]:
        """Each filter's name (a literal each, for lupdate)."""
        return {
            "all": self.tr("Toutes les actions"),
            "blockers": self.tr("Bloquantes"),
            "due_now": self.tr("À faire maintenant"),
            "later": self.tr("Plus tard"),
            "overdue": self.tr("En retard"),
            "done": self.tr("Faites"),
        }

    def _show_actions(self, plan: Plan) -> None:
        assert self.business_id is not None
        current = self.current_action()
        chosen = self.filter_box.currentData() or "all"
        self.model.set_plan(plan, self.workspace.statuses(self.business_id), keep_order=True)
        self._size_columns()
        # The filter list says how many actions each filter keeps.
        self.filter_box.blockSignals(True)
        self.filter_box.clear()
        for filter_id, name in self.filter_names().items():
            count = sum(1 for item in plan.items if FILTERS[filter_id](item))
            self.filter_box.addItem(f"{name} ({count})", filter_id)
        self.filter_box.setCurrentIndex(max(0, self.filter_box.findData(chosen)))
        self.filter_box.blockSignals(False)
        self._apply_filter(current)

    def _size_columns(self) -> None:
        """Columns as wide as their longest possible text in this font (zoom, presentation mode), fixed: editing a
        date or a status never changes the widths under the pointer."""
        metrics = self.table.fontMetrics()
        pad = 2 * self.table.style().pixelMetric(self.table.style().PixelMetric.PM_FocusFrameHMargin) + 16
        titles = self.model.titles()
        candidates = {
            PRIORITY: [titles[PRIORITY], *(priority_label(p) for p in ("high", "medium", "low"))],
            DUE: [titles[DUE], self.model.due_text(dt.date(2026, 12, 28), overdue=True)],
            STATUS: [titles[STATUS], *status_labels().values()],
            OWNER: [titles[OWNER], "M" * 11],  # about eleven letters, longer owners wrap
            BLOCKER: ["⚠⚠"],
        }
        head = self.table.horizontalHeader()
        bold = QFont(self.table.font())
        bold.setBold(True)
        heading_metrics = QFontMetrics(bold)
        fixed = 0
        for column, texts in candidates.items():
            width = max(max(metrics.horizontalAdvance(t), heading_metrics.horizontalAdvance(t)) for t in texts)
            head.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            head.resizeSection(column, width + pad)
            fixed += width + pad
        # The action's title gets the rest, but never less than about 24 letters.
        least = metrics.averageCharWidth() * 24
        if self.table.viewport().width() - fixed >= least:
            head.setSectionResizeMode(ACTION, QHeaderView.ResizeMode.Stretch)
        else:
            head.setSectionResizeMode(ACTION, QHeaderView.ResizeMode.Fixed)
            head.resizeSection(ACTION, least)

    def _apply_filter(self, keep: str | None = None) -> None:
        """Show the rows of the chosen filter; the action chosen before stays chosen when it is still shown."""
        keep = keep or self.current_action()
        self.proxy.set_filter(self.filter_box.currentData() or "all")
        has_items = bool(self.model.rows)
        shown = self.proxy.rowCount()
        self.table.setVisible(has_items and shown > 0)
        self.empty_actions.setVisible(not has_items)
        self.empty_filter.setVisible(has_items and shown == 0)
        row = self.model.row_of(keep) if keep else None
        index = self.proxy.mapFromSource(self.model.index(row, ACTION)) if row is not None else QModelIndex()
        if not index.isValid() and shown:
            index = self.proxy.index(0, ACTION)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        self._fit_height()
        self._show_detail()

    def _fit_height(self) -> None:
        """As tall as the first rows (the page scrolls, the table only beyond TABLE_ROWS_SHOWN rows)."""
        table = self.table
        table.resizeRowsToContents()
        rows = min(self.proxy.rowCount(), TABLE_ROWS_SHOWN)
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(rows))
        table.setFixedHeight(height + 2)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._size_columns)  # the action's title: the rest of the width, or a minimum
        QTimer.singleShot(0, self, self._fit_height)  # wrapped titles change height with the width

    def current_action(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def _show_detail(self) -> None:
        action_id = self.current_action()
        row = self.model.row_of(action_id) if action_id else None
        self.detail.setVisible(row is not None and self.table.isVisible())
        if row is None:
            return
        item = self.model.rows[row].item
        lang = self.lang
        parts = [f"<b>{_html(screen_text(item.action.title, lang))}</b>"]
        if item.missing:
            missing = format_list([screen_text(o.label, lang) for o in item.missing], lang)
            parts.append(_html(self.tr("Il manque : %1").replace("%1", missing)))
        for heading, text in ((self.tr("Comment faire"), item.action.how), (self.tr("Pourquoi"), item.action.why)):
            shown = screen_text(text, lang)
            if shown:
                parts.append(f"<b>{_html(heading)}</b><br>{_html(shown)}")
        if item.uncertain:
            confirm = screen_text(item.action.to_confirm, lang) or screen_text(item.question.to_confirm, lang)
            warning = self.pack.string("uncertain", lang)
            parts.append(
                f'<i style="color:{NOTE_COLOR}">{_html(warning)}{_html(" — " + confirm if confirm else "")}</i>'
            )
        note = {q.id: n for q, n in self.plan.notes}.get(item.question.id) if self.plan else None
        if note:
            heading = self.tr("Votre note")
            parts.append(f"<b>{_html(heading)}</b><br>{_html(FSI + note + PDI)}")
        self.detail_text.setText("<br><br>".join(parts))

    def _show_notes(self, plan: Plan) -> None:
        self.notes_title.setVisible(bool(plan.notes))
        self.notes.setVisible(bool(plan.notes))
        self.notes.setText(
            "<br>".join(
                f"<b>{_html(screen_text(question.text, self.lang))}</b> — {_html(note)}"
                for question, note in plan.notes
            )
        )

    def action_titles(self) -> list[str]:
        """The actions as listed (whatever the filter), each title as shown."""
        return [screen_text(row.item.action.title, self.lang) for row in self.model.rows]

    # -- edits ----------------------------------------------------------------------------------------------
    def _save_edit(self, item: PlanItem, field: str, value: Any) -> bool:
        """Write one edit through the workspace; the plan is then rebuilt (the order may change) with the same
        action still chosen."""
        if self.business_id is None:
            return False
        try:  # the workspace keeps what is not given (a status change keeps the owner and due date)
            change = self.workspace.set_action(self.business_id, item.action.id, **{field: value})
        except InvalidChange as error:
            show_error(
                self,
                self.tr("Modification non enregistrée"),
                self.tr("La modification n'a pas pu être enregistrée."),
                field_message(error.problems.get(item.action.id, error)),
            )
            return False
        except UserError as error:
            present_error(
                self,
                self.tr("Modification non enregistrée"),
                self.tr("La modification n'a pas pu être enregistrée."),
                error,
            )
            return False
        if change.plan:
            # rebuilt after the editor has closed: the model is reset under it
            QTimer.singleShot(0, self, lambda: self._refresh_keeping(item.action.id))
        return True

    def _refresh_keeping(self, action_id: str) -> None:
        before = {row.item.action.id: row.item.due for row in self.model.rows}
        self.refresh()
        self.changed.emit()
        # An action is due a week after what it waits for: say so when others' dates followed this one's change.
        followed = sum(
            1
            for row in self.model.rows
            if row.item.action.id != action_id and before.get(row.item.action.id, row.item.due) != row.item.due
        )
        window = self.window()
        if followed and isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                self.tr(
                    "%n autre(s) échéance(s) recalculée(s) : une action vient une semaine après celle qu'elle attend.",
                    "",
                    followed,
                ),
                15_000,
            )
        row = self.model.row_of(action_id)
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, ACTION))
            if index.isValid():
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)

    def _reset_cell(self, index: QModelIndex) -> None:
        """Back to the plan's suggestion: the suggested due date, the suggested owner."""
        action_id = index.data(Qt.ItemDataRole.UserRole)
        row = self.model.row_of(action_id)
        if row is not None:
            self._save_edit(self.model.rows[row].item, "due" if index.column() == DUE else "owner", None)

    # -- export ---------------------------------------------------------------------------------------------
    def _latest_plan(self) -> Plan | None:
        """The plan as stored now, for an export; the page itself is not rebuilt (nothing moves)."""
        if self.business_id is not None:
            self.plan = self.workspace.plan(self.workspace.business(self.business_id))
        return self.plan

    def save_pdf(self) -> None:
        plan = self._latest_plan()
        if plan is not None:
            self.exporter.start(plan, self.lang)

    def save_csv(self) -> None:
        from merchant_assistant.report.actions_csv import save_csv

        plan = self._latest_plan()
        if plan is None:
            return
        suggestion = self.exporter.folder() / Path(default_file_name(plan.business_name)).with_suffix(".csv")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Exporter les actions"), str(suggestion), self.tr("Tableur CSV (*.csv)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        try:
            save_csv(plan, path, self.lang)
        except UserError as error:
            present_error(self, self.tr("Actions non exportées"), self.tr("Le fichier n'a pas pu être écrit."), error)
            return
        self.settings.set(LAST_PDF_FOLDER, path.parent)
        self._written(path)

    def _busy(self, busy: bool) -> None:
        self.export_line.setCurrentIndex(1 if busy else 0)
        self.pdf_button.setEnabled(not busy)
        self.csv_button.setEnabled(not busy)

    def _written(self, path: Path) -> None:
        self._show_export(path)
        if path.suffix.lower() == ".pdf" and self.business_id is not None and self.plan is not None:
            # A printed plan is a milestone: the next plan says what changed since (issue "Workshops").
            try:
                self.workspace.record_snapshot(self.business_id, "plan", plan=self.plan)
            except UserError as error:
                present_error(
                    self,
                    self.tr("Progrès non enregistré"),
                    self.tr("Le PDF est enregistré, mais le point de progrès de ce jour n'a pas pu l'être."),
                    error,
                )

    def _show_export(self, path: Path | None) -> None:
        self.written = path
        if path is None:
            self.export_line.setCurrentIndex(0)
            return
        self.written_label.set_full_text(self.tr("Enregistré : %1").replace("%1", path_text(path)))
        self.print_button.setVisible(path.suffix.lower() == ".pdf")
        self.export_line.setCurrentIndex(2)

    def _open_written(self) -> None:
        if self.written is not None:
            open_file(str(self.written))

    def _print_written(self) -> None:
        if self.written is not None and not print_file(self.written):
            show_error(
                self,
                self.tr("Impression impossible"),
                self.tr(
                    "Aucun service d'impression n'a répondu. Ouvrez le PDF et imprimez-le depuis votre lecteur de PDF."
                ),
                "",
            )


def _html(text: str) -> str:
    """Plain text as rich text: escaped, its line breaks kept (an action's steps are one per line)."""
    return html.escape(text, quote=False).replace("\n", "<br>")
