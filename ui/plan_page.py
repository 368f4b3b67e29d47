"""The readiness plan on screen: overall readiness, module scores, blockers, the actions and their status."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from merchant_assistant.content.model import ContentPack
from merchant_assistant.errors import UserError
from merchant_assistant.i18n import format_list
from merchant_assistant.plan import STATUSES, Plan, PlanItem
from merchant_assistant.workspace import Workspace

from .labels import effort_label, percent_text, priority_label, screen_text, short_date_text, status_labels
from .messages import present_error
from .pdf_export import PdfExporter
from .question_widgets import ChoiceBox, scrolling_page, wrapped_label
from .style import BLOCKER_COLOR, DONE_COLOR, ERROR_COLOR, NOTE_COLOR

MAX_BLOCKERS_LISTED = 3


def _clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
        elif item.layout() is not None:
            _clear(item.layout())


class PlanPage(QWidget):
    show_unanswered = Signal()  # the user wants to go back to unanswered questions

    COLUMNS = ("blocker", "action", "priority", "effort", "due", "owner", "status")

    def column_titles(self) -> list[str]:
        """The table's headings, in the order of COLUMNS (each one a literal, for lupdate)."""
        return [
            "",
            self.tr("Action"),
            self.tr("Priorité"),
            self.tr("Effort"),
            self.tr("Échéance"),
            self.tr("Responsable"),
            self.tr("Statut"),
        ]

    def __init__(self, workspace: Workspace, pack: ContentPack, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.pack = pack
        self.lang = lang
        self.business_id: int | None = None
        self.plan: Plan | None = None

        _, layout = scrolling_page(self)

        header = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        header.addWidget(self.title, 1)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        header.addWidget(self.busy)
        self.busy_label = QLabel(self.tr("Création du PDF…"))
        self.busy_label.setVisible(False)
        header.addWidget(self.busy_label)
        self.pdf_button = QPushButton(self.tr("Enregistrer le PDF…"))
        self.pdf_button.setObjectName("primary")
        self.pdf_button.clicked.connect(self.save_pdf)
        header.addWidget(self.pdf_button)
        layout.addLayout(header)

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

        self.blockers = QFrame()
        self.blockers_layout = QVBoxLayout(self.blockers)
        self.blockers_layout.setSpacing(2)
        layout.addWidget(self.blockers)

        actions_title = QLabel(self.tr("Vos actions"))
        actions_title.setObjectName("pageKicker")
        layout.addWidget(actions_title)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setAccessibleName(self.tr("Actions du plan"))
        self.table.setObjectName("actions")
        self.table.setHorizontalHeaderLabels(self.column_titles())
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)  # owners can be long: they wrap
        head.resizeSection(5, 130)
        # column widths settle over several resize events: fit the rows once they have
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_rows)
        head.sectionResized.connect(lambda *_: self._fit_timer.start())
        layout.addWidget(self.table)
        self.empty_actions = wrapped_label(
            self.tr("Aucune action pour l'instant : répondez aux questions pour obtenir votre plan.")
        )
        layout.addWidget(self.empty_actions)
        layout.addStretch(1)

        self.exporter = PdfExporter(self)
        self.exporter.busy.connect(self._busy)

    # -- showing the plan -----------------------------------------------------------------------------------
    def load(self, business_id: int) -> None:
        self.business_id = business_id
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
        missing = len(plan.unanswered)
        self.unanswered.setText(
            self.tr('%n question(s) sans réponse — <a href="#">y répondre</a>', "", missing) if missing else ""
        )
        self._show_modules(plan)
        self._show_blockers(plan)
        self._show_actions(plan)

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
            bar.setMinimumWidth(120)
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
        else:
            self.blockers.setObjectName("okBox")
            self.blockers_layout.addWidget(
                wrapped_label(self.tr("Aucun point bloquant pour l'affiliation parmi vos réponses."))
            )
        self.blockers.style().unpolish(self.blockers)
        self.blockers.style().polish(self.blockers)

    def _show_actions(self, plan: Plan) -> None:
        table = self.table
        table.setRowCount(0)
        table.setRowCount(len(plan.items))
        words = status_labels()
        uncertain = self.pack.string("uncertain", self.lang)
        for row, item in enumerate(plan.items):
            cells = [
                "⚠" if item.blocker else "",
                "",  # the action itself is a label (title, how, note): see _action_label
                priority_label(item.action.priority),
                effort_label(item.action.effort),
                self.tr("%1 (en retard)").replace("%1", short_date_text(item.due, self.lang))
                if item.state == "overdue"
                else short_date_text(item.due, self.lang),
                item.owner(self.lang),
            ]
            title = screen_text(item.action.title, self.lang)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
                if column == 0 and item.blocker:
                    cell.setForeground(QColor(BLOCKER_COLOR))
                    cell.setToolTip(self.tr("Bloque l'affiliation au paiement"))
                if column == 1:
                    cell.setData(Qt.ItemDataRole.UserRole, title)
                if column == 4 and item.state == "overdue":
                    cell.setForeground(QColor(ERROR_COLOR))
                if item.status == "done":
                    cell.setForeground(QColor(DONE_COLOR))
                table.setItem(row, column, cell)
            table.setCellWidget(row, 1, self._action_label(item, title, uncertain))
            combo = ChoiceBox()
            combo.setObjectName(f"status_{item.action.id}")
            for status in STATUSES:
                combo.addItem(words[status], status)
            combo.setCurrentIndex(STATUSES.index(item.status))
            combo.currentIndexChanged.connect(lambda _i, it=item, c=combo: self._set_status(it, c.currentData()))
            holder = QWidget()  # keeps the combo at its natural height at the top of a tall row
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(2, 2, 2, 2)
            holder_layout.addWidget(combo)
            holder_layout.addStretch(1)
            table.setCellWidget(row, len(self.COLUMNS) - 1, holder)
        table.setVisible(bool(plan.items))
        self.empty_actions.setVisible(not plan.items)
        self._fit_rows()
        self._fit_timer.start()

    def _action_label(self, item: PlanItem, title: str, uncertain: str) -> QLabel:
        done = item.status == "done"
        heading = f"<s>{_html(title)}</s>" if done else _html(title)
        parts = [f"<b>{heading}</b>"]
        if item.missing:
            missing = format_list([screen_text(o.label, self.lang) for o in item.missing], self.lang)
            parts.append(_html(self.tr("Il manque : %1").replace("%1", missing)))
        how = screen_text(item.action.how, self.lang)
        if how:
            parts.append(_html(self.tr("Comment : %1").replace("%1", how)))
        if item.uncertain and uncertain:
            parts.append(f'<i style="color:{NOTE_COLOR}">{_html(uncertain)}</i>')
        label = wrapped_label("<br>".join(parts), rich=True)
        label.setContentsMargins(4, 3, 4, 3)
        label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        why = screen_text(item.action.why, self.lang)
        if why:
            label.setToolTip(self.tr("Pourquoi : %1").replace("%1", why))
        if done:
            label.setStyleSheet(f"color: {DONE_COLOR};")
        return label

    def _fit_rows(self) -> None:
        """Rows as tall as their action text; the table as tall as its rows (the page scrolls, not the table)."""
        table = self.table
        width = table.columnWidth(1)
        total = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        for row in range(table.rowCount()):
            label = table.cellWidget(row, 1)
            status = table.cellWidget(row, len(self.COLUMNS) - 1)
            owner = table.item(row, 5)
            owner_height = (
                table.fontMetrics()
                .boundingRect(
                    0, 0, table.columnWidth(5) - 8, 1000, Qt.TextFlag.TextWordWrap, owner.text() if owner else ""
                )
                .height()
                + 8
            )
            height = max(
                label.heightForWidth(width - 2) + 6 if label is not None else 0,
                owner_height,
                status.sizeHint().height() if status is not None else 0,
                table.verticalHeader().defaultSectionSize(),
            )
            table.setRowHeight(row, height)
            total += height
        table.setFixedHeight(total)

    def action_titles(self) -> list[str]:
        cells = (self.table.item(row, 1) for row in range(self.table.rowCount()))
        return [cell.data(Qt.ItemDataRole.UserRole) for cell in cells if cell is not None]  # load() fills each row

    def _set_status(self, item: PlanItem, status: str) -> None:
        if self.business_id is None:
            return
        try:  # the workspace keeps the owner and due date the user gave
            change = self.workspace.set_action(self.business_id, item.action.id, status=status)
        except UserError as error:
            present_error(
                self, self.tr("Statut non enregistré"), self.tr("Le statut n'a pas pu être enregistré."), error
            )
            change = None  # the combo shows a status not saved: show the stored one again
        if change is None or change.plan:
            # rebuild after the combo's signal has returned: the combo itself is replaced
            QTimer.singleShot(0, self, self.refresh)

    # -- PDF ------------------------------------------------------------------------------------------------
    def save_pdf(self) -> None:
        self.refresh()
        if self.plan is not None:
            self.exporter.start(self.plan, self.lang)

    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.pdf_button.setEnabled(not busy)


def _html(text: str) -> str:
    """Plain text as rich text: escaped, its line breaks kept (an action's steps are one per line)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
