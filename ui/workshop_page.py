"""One workshop: a table of its participants (progress, readiness overall and per module, blockers, actions done,
progress since their previous workshop, consent), read from ``merchant_assistant.workshops.participant_rows``;
participants added (existing businesses, or a new one), removed, opened in one double-click, their consent
recorded (law 09-08) and, on request, their data deleted completely.

The toolbar above the table (``WorkshopPage.toolbar``) is where the workshop's file work goes: importing
participants' exchange files, exporting one, printing every plan, the workshop summary."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QHideEvent, QKeyEvent, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from merchant_assistant.content.model import ContentPack
from merchant_assistant.errors import UserError
from merchant_assistant.i18n import sort_key
from merchant_assistant.progress import Progress, progress_line
from merchant_assistant.records import Workshop
from merchant_assistant.settings import WORKSHOP_TABLE, Settings
from merchant_assistant.workshops import ParticipantRow, participant_rows
from merchant_assistant.workspace import Workspace

from .labels import FSI, PDI, percent_text, screen_text, short_date_text
from .messages import confirm, present_error
from .question_widgets import back_button, tab_chain, wrapped_label
from .quick_switcher import matches, search_field, search_text
from .start_page import isolated
from .style import BLOCKER_COLOR, SAVED_COLOR
from .workshops_page import workshop_details

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole
# The columns, then one per module of the content pack: what a trainer looks at first comes first, and stays in view
# on a small screen (800×600) where the table scrolls sideways to the modules.
NAME, PROGRESS, OVERALL = "name", "progress", "overall"
BLOCKERS, DONE, SINCE, CONSENT = "blockers", "done", "since", "consent"


# The remembered header (settings.WORKSHOP_TABLE) starts with one of these: whether the widths are the user's own
# (kept) or were fitted to the text (fitted again, to the text size of the day).
USER_WIDTHS, AUTO_WIDTHS = b"U", b"A"
MAX_NAME_WIDTH = 200  # pixels: a long name does not push the other columns away (it is whole in its tool tip)


def two_lines(title: str) -> str:
    """A header's title on two lines, cut at the space nearest its middle, when it has more than one word and is
    long: the columns stay narrow enough for the whole table to fit on a laptop's screen."""
    if len(title) < 12 or " " not in title:
        return title
    middle = len(title) // 2
    cut = min((i for i, c in enumerate(title) if c == " "), key=lambda i: abs(i - middle))
    return f"{title[:cut]}\n{title[cut + 1 :]}"


def consent_day(row: ParticipantRow) -> dt.date | None:
    try:
        return dt.date.fromisoformat(row.consent_at[:10]) if row.consent_at else None
    except ValueError:
        return None


class OneLineLabel(QLabel):
    """A line of text that never widens the window: when there is not room for all of it, it ends in "…" (the whole
    text stays the label's text, read out by screen readers, and is its tool tip)."""

    def minimumSizeHint(self) -> QSize:
        return QSize(1, super().minimumSizeHint().height())

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        room = self.contentsRect()
        # isolated: the "…" stays at the end of a name written the other way (a French name in Arabic)
        shown = FSI + self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room.width()) + PDI
        align = QStyle.visualAlignment(
            self.layoutDirection(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.style().drawItemText(
            QPainter(self), room, int(align), self.palette(), self.isEnabled(), shown, self.foregroundRole()
        )


class ParticipantsModel(QAbstractTableModel):
    """The participants, one row each; the consent column is a check box whose change goes to ``set_consent`` (the
    page writes it through the workspace); the model writes nothing itself."""

    def __init__(self, pack: ContentPack, lang: str, set_consent, parent: QObject | None = None):
        super().__init__(parent)
        self.pack = pack
        self.lang = lang
        self.set_consent = set_consent  # (business id, given) -> bool
        self.modules = [m.id for m in pack.modules]
        self.columns: list[str] = [NAME, PROGRESS, OVERALL, BLOCKERS, DONE, SINCE, CONSENT, *self.modules]
        self.rows: list[ParticipantRow] = []

    def column(self, key: str) -> int:
        return self.columns.index(key)

    def set_rows(self, rows: list[ParticipantRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def set_consent_at(self, business_id: int, consent_at: str | None) -> None:
        row = self.row_of(business_id)
        if row is None:
            return
        self.rows[row] = replace(self.rows[row], consent_at=consent_at)
        cell = self.index(row, self.column(CONSENT))
        self.dataChanged.emit(cell, cell)

    def row_of(self, business_id: int) -> int | None:
        return next((n for n, row in enumerate(self.rows) if row.business.id == business_id), None)

    def title(self, key: str) -> str:
        titles = {
            NAME: self.tr("Entreprise"),
            PROGRESS: self.tr("Questions"),
            OVERALL: self.tr("Préparation"),
            BLOCKERS: self.tr("Points bloquants"),
            DONE: self.tr("Actions faites"),
            SINCE: self.tr("Depuis le dernier atelier"),
            CONSENT: self.tr("Consentement"),
        }
        if key in titles:
            return titles[key]
        # A module's name before its colon ("Paiements", of "Paiements : accepter la carte…"): the table keeps
        # room for every column; the whole title is the header's tool tip.
        return self.module_title(key).split(":")[0].strip()

    def module_title(self, module_id: str) -> str:
        return screen_text(self.pack.module(module_id).title, self.lang)

    def since_text(self, progress: Progress | None) -> str:
        """The actions done and the change of readiness since, in the domain's words (the plan's progress line:
        Arabic agrees number and noun, and never writes "+" before a word)."""
        if progress is None:
            return self.tr("Premier atelier")
        return progress_line(progress, self.lang)

    @staticmethod
    def moved_on(progress: Progress | None) -> bool:
        """The one rule of the "since" column's colour, for every row: actions done, or readiness up."""
        return progress is not None and (progress.actions_done > 0 or progress.readiness_change > 0)

    def level_text(self, score: int) -> str:
        """The readiness level's words (the content's levels), shown beside the percentage."""
        return screen_text(self.pack.level_for(score).label, self.lang)

    def consent_text(self, row: ParticipantRow, accessible: bool = False) -> str:
        """Beside the check box: the day it was given, or "no"; read out as a sentence."""
        day = consent_day(row)
        if row.consent_at is None:
            return self.tr("Consentement non recueilli") if accessible else self.tr("Non")
        shown = short_date_text(day, self.lang) if day else ""
        return self.tr("Consentement donné le %1").replace("%1", shown) if accessible else shown

    # -- Qt's model interface -------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        key = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return two_lines(self.title(key))
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = {
                PROGRESS: self.tr("Questions répondues sur celles qui s'appliquent à l'entreprise"),
                BLOCKERS: self.tr("Actions qui bloquent l'objectif de l'entreprise et ne sont pas faites"),
                CONSENT: self.tr("Accord du participant pour que ses données soient gardées ici (loi 09-08)"),
            }
            return tips.get(key) or (self.module_title(key) if key in self.modules else self.title(key))
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()] == CONSENT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, key, accessible=role == Qt.ItemDataRole.AccessibleTextRole)
        if role == SORT_ROLE:
            return self._sort_value(row, key)
        if role == ID_ROLE:
            return row.business.id
        if role == Qt.ItemDataRole.CheckStateRole and key == CONSENT:
            return Qt.CheckState.Checked if row.consent_at else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == BLOCKERS and row.unanswered_blockers:
                return self.tr("%n question(s) sans réponse peuvent encore bloquer", "", row.unanswered_blockers)
            if key == OVERALL:
                return self.level_text(row.overall)
            if key == NAME:
                hint = self.tr("Double-clic ou Entrée : ouvrir cette entreprise")
                return f"{row.business.name}\n{hint}"
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == BLOCKERS and row.blockers:
                return QColor(BLOCKER_COLOR)  # with the number under its header: never the colour alone
            if key == SINCE and self.moved_on(row.since_last_workshop):
                return QColor(SAVED_COLOR)
        if role == Qt.ItemDataRole.FontRole and key == NAME:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in (NAME, SINCE, CONSENT):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, row: ParticipantRow, key: str, accessible: bool) -> str:
        if key == NAME:
            return row.business.name or self.tr("(sans nom)")
        if key == PROGRESS:
            if accessible:
                return self.tr("%n question(s) répondue(s) sur %1", "", row.answered).replace("%1", str(row.applicable))
            return f"{row.answered} / {row.applicable}"
        if key == OVERALL:
            return f"{percent_text(row.overall, self.lang)} · {self.level_text(row.overall)}"
        if key == BLOCKERS:
            if accessible:
                return self.tr("%n action(s) bloquante(s)", "", row.blockers)
            if not row.unanswered_blockers:
                return str(row.blockers)
            # read without hovering: "3 (+2 à vérifier)", the questions not answered that may still block
            return (
                self.tr("%1 (+%2 à vérifier)")
                .replace("%1", str(row.blockers))
                .replace("%2", str(row.unanswered_blockers))
            )
        if key == DONE:
            if accessible:
                return self.tr("%1 actions faites sur %2").replace("%1", str(row.done)).replace("%2", str(row.actions))
            return f"{row.done} / {row.actions}"
        if key == SINCE:
            return self.since_text(row.since_last_workshop)
        if key == CONSENT:
            return self.consent_text(row, accessible)
        return percent_text(row.modules.get(key), self.lang)  # a module

    def _sort_value(self, row: ParticipantRow, key: str) -> Any:
        values: dict[str, Any] = {
            NAME: sort_key(row.business.name, self.lang),
            PROGRESS: row.answered / row.applicable if row.applicable else 0,
            OVERALL: row.overall,
            BLOCKERS: (row.blockers, row.unanswered_blockers),
            DONE: row.done,
            SINCE: (-1, 0)
            if row.since_last_workshop is None
            else (row.since_last_workshop.actions_done, row.since_last_workshop.readiness_change),
            CONSENT: row.consent_at or "",
        }
        if key in values:
            return values[key]
        score = row.modules.get(key)
        return -1 if score is None else score

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.CheckStateRole or self.columns[index.column()] != CONSENT:
            return False
        given = Qt.CheckState(value) == Qt.CheckState.Checked
        return bool(self.set_consent(self.rows[index.row()].business.id, given))


class ParticipantsSort(QSortFilterProxyModel):
    """Sorts by what a column means (numbers as numbers, names as the language orders them)."""

    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        return bool(left.data(SORT_ROLE) < right.data(SORT_ROLE))


class WorkshopPage(QWidget):
    """One workshop and its participants."""

    open_business = Signal(int)  # a participant to open in the wizard
    new_business = Signal(int)  # create a business that joins this workshop (its id)
    back_requested = Signal()  # back to the list of workshops
    import_requested = Signal(int)  # import business files into this workshop (its id)
    plans_requested = Signal(int)  # every participant's plan (the workshop's id)
    summary_requested = Signal(int)  # the workshop's summary (its id)
    export_requested = Signal(int)  # a participant's file, for them (the business's id)

    def __init__(self, workspace: Workspace, pack: ContentPack, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.pack = pack
        self.lang = lang
        self.settings = Settings()
        self.workshop: Workshop | None = None
        self.confirmation: QMessageBox | None = None
        self.picker: AddParticipantsDialog | None = None
        self.edit_dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.setSpacing(8)

        top = QHBoxLayout()
        self.back_button = back_button(self.tr("Ateliers"), self.tr("Revenir à la liste des ateliers"))
        self.back_button.clicked.connect(self.back_requested)
        top.addWidget(self.back_button)
        top.addSpacing(12)
        # The name and the details on a line each, on the reading side in both directions, even when their text
        # runs the other way (a French name in the Arabic interface); a long one is cut (whole in its tool tip)
        # rather than widen the window.
        heading = QVBoxLayout()
        heading.setSpacing(0)
        self.title = OneLineLabel()
        self.title.setObjectName("businessName")
        self.details = OneLineLabel()
        for label in (self.title, self.details):
            heading.addWidget(label, 0, Qt.AlignmentFlag.AlignLeft)
        top.addLayout(heading, 1)
        self.edit_button = QPushButton(self.tr("Modifier…"))
        self.edit_button.setToolTip(self.tr("Changer le nom, la date, le lieu ou le formateur de l'atelier"))
        self.edit_button.clicked.connect(self.edit_workshop)
        top.addWidget(self.edit_button)
        layout.addLayout(top)

        # The workshop's tools: who takes part. Files (import, export), every plan at once and the summary go on
        # this row too.
        self.toolbar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Ajouter des entreprises…"))
        self.add_button.setObjectName("primary")
        self.add_button.setToolTip(self.tr("Choisir parmi les entreprises déjà enregistrées"))
        self.add_button.clicked.connect(self.add_participants)
        self.toolbar.addWidget(self.add_button)
        self.new_button = QPushButton(self.tr("Nouvelle entreprise…"))
        self.new_button.setToolTip(self.tr("Créer une entreprise qui rejoint cet atelier"))
        self.new_button.clicked.connect(lambda: self.workshop and self.new_business.emit(self.workshop.id))
        self.toolbar.addWidget(self.new_button)
        self.import_button = QPushButton(self.tr("Importer des fiches…"))
        self.import_button.setToolTip(
            self.tr("Les fiches apportées par les participants (clé USB) rejoignent l'atelier")
        )
        self.import_button.clicked.connect(lambda: self.workshop and self.import_requested.emit(self.workshop.id))
        self.toolbar.addWidget(self.import_button)
        self.toolbar.addStretch(1)
        self.plans_button = QPushButton(self.tr("Plans de tous…"))
        self.plans_button.setToolTip(self.tr("Un PDF par participant, dans un dossier, et leur progrès enregistré"))
        self.plans_button.clicked.connect(lambda: self.workshop and self.plans_requested.emit(self.workshop.id))
        self.toolbar.addWidget(self.plans_button)
        self.summary_button = QPushButton(self.tr("Synthèse…"))
        self.summary_button.setToolTip(self.tr("La synthèse de l'atelier pour la chambre, anonyme par défaut"))
        self.summary_button.clicked.connect(lambda: self.workshop and self.summary_requested.emit(self.workshop.id))
        self.toolbar.addWidget(self.summary_button)
        layout.addLayout(self.toolbar)

        self.consent_note = wrapped_label(
            self.tr(
                "Consentement (loi 09-08) : cochez-le quand le participant accepte que les données de son entreprise "
                "soient gardées sur cet ordinateur pour l'accompagner. Il peut le retirer, et demander que tout soit "
                "supprimé."
            )
        )
        self.consent_note.setObjectName("consentNote")
        layout.addWidget(self.consent_note)

        self.views = QStackedWidget()
        self.empty = wrapped_label(
            self.tr(
                "Personne dans cet atelier pour l'instant : ajoutez des entreprises déjà enregistrées, ou créez-en une."
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.views.addWidget(self.empty)
        self.model = ParticipantsModel(pack, lang, self._set_consent, self)
        self.proxy = ParticipantsSort(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("participants")
        self.table.setAccessibleName(self.tr("Participants de l'atelier"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the order they came in, until a header is clicked
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setSectionsMovable(False)
        head.setStretchLastSection(True)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.table.installEventFilter(self)  # Space on a row: its consent, whichever column
        self.views.addWidget(self.table)
        layout.addWidget(self.views, 1)
        # What was just done where the buttons are not enough to tell (a participant's data deleted).
        self.status = wrapped_label()
        self.status.setObjectName("workshopStatus")
        self.status.setVisible(False)
        layout.addWidget(self.status)

        # What can be done with the participant chosen in the table (exporting their file for them goes here).
        self.participant_actions = actions = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Ouvrir"))
        self.open_button.setToolTip(self.tr("Ouvrir cette entreprise (double-clic ou Entrée dans le tableau)"))
        self.open_button.clicked.connect(self.open_current)
        actions.addWidget(self.open_button)
        self.consent_button = QPushButton()
        self.consent_button.setObjectName("consentButton")
        self.consent_button.clicked.connect(self.toggle_consent)
        self._fit_consent_button()
        actions.addWidget(self.consent_button)
        self.remove_button = QPushButton(self.tr("Retirer de l'atelier"))
        self.remove_button.setToolTip(self.tr("L'entreprise reste dans la liste des entreprises, avec ses réponses"))
        self.remove_button.clicked.connect(self.remove_current)
        actions.addWidget(self.remove_button)
        self.export_button = QPushButton(self.tr("Exporter sa fiche…"))
        self.export_button.setToolTip(
            self.tr("Ses réponses dans un fichier, pour le participant ou un autre ordinateur")
        )
        self.export_button.clicked.connect(self.export_current)
        actions.addWidget(self.export_button)
        actions.addStretch(1)
        self.erase_button = QPushButton(self.tr("Supprimer ses données…"))
        self.erase_button.setObjectName("eraseParticipant")
        self.erase_button.setToolTip(self.tr("Effacer complètement l'entreprise et ses réponses, à sa demande"))
        self.erase_button.clicked.connect(self.erase_current)
        actions.addWidget(self.erase_button)
        layout.addLayout(actions)

        tab_chain(
            self.back_button,
            self.edit_button,
            self.add_button,
            self.new_button,
            self.import_button,
            self.plans_button,
            self.summary_button,
            self.table,
            self.open_button,
            self.consent_button,
            self.remove_button,
            self.export_button,
            self.erase_button,
        )
        self._header_restored = False  # the saved widths and sort were read
        self._fit_columns = True  # the columns fit their contents (until the user sizes one)
        self._fitting = False
        self._restoring = False
        head.sectionResized.connect(lambda column, *_: self._section_resized(column))
        # The sort is remembered as soon as it is chosen: a window that replaces this one (another language) finds
        # it, as it finds the widths.
        head.sortIndicatorChanged.connect(lambda *_: self.save_header())

    def _fit_consent_button(self) -> None:
        """As wide as its longer text (at the text size of the day): the buttons beside it stay under the mouse
        when its text changes."""
        button, shown = self.consent_button, self.consent_button.text()
        widths = []
        for text in (self.tr("Consentement donné"), self.tr("Retirer le consentement")):
            button.setText(text)
            widths.append(button.sizeHint().width())
        button.setText(shown)
        button.setFixedWidth(max(widths))

    # -- reading ---------------------------------------------------------------------------------------------
    def load(self, workshop_id: int, select: int | None = None) -> None:
        """Show the workshop ``workshop_id`` with its participants read now; ``select``: the business to put the
        cursor on (else the one it was on)."""
        if select is None and self.workshop is not None and self.workshop.id == workshop_id:
            select = self.current_id()
        if self.workshop is None or self.workshop.id != workshop_id:
            self.say("")
        try:
            self.workshop = self.workspace.workshop(workshop_id)
            rows = participant_rows(self.workspace, workshop_id)
        except UserError as error:
            present_error(self, self.tr("Lecture impossible"), self.tr("L'atelier n'a pas pu être lu."), error)
            return
        self.title.setText(self.workshop.name)
        details = workshop_details(self.workshop, self.lang)
        count = self.tr("%n participant(s)", "", len(rows))
        self.details.setText(f"{details} · {count}" if details else count)
        self.model.set_rows(rows)
        self.views.setCurrentWidget(self.table if rows else self.empty)
        self._restore_header()
        if rows:
            source = self.model.row_of(select) if select is not None else None
            proxy_row = self.proxy.mapFromSource(self.model.index(source, 0)).row() if source is not None else 0
            self.table.setCurrentIndex(self.proxy.index(max(proxy_row, 0), 0))
        self._update_buttons()

    def refresh(self) -> None:
        if self.workshop is not None:
            self.load(self.workshop.id)

    def _restore_header(self) -> None:
        """The sort the user left, and the column widths if the user sized them (read once); otherwise the columns
        fit their contents each time the table is read (a workshop's first participants widen them)."""
        head = self.table.horizontalHeader()
        if not self._header_restored:
            self._header_restored = True
            saved = self.settings.get(WORKSHOP_TABLE)
            # A content pack with other modules has other columns: its table starts afresh.
            sized, state = saved[:1] == USER_WIDTHS, QByteArray(saved[1:])
            self._restoring = True
            if saved and head.restoreState(state) and head.count() == self.model.columnCount():
                self._fit_columns = not sized
                self.table.sortByColumn(head.sortIndicatorSection(), head.sortIndicatorOrder())
            self._restoring = False
        if self._fit_columns:
            self._fitting = True
            self.table.resizeColumnsToContents()
            head.resizeSection(0, min(head.sectionSize(0), MAX_NAME_WIDTH))
            self._fitting = False

    def changeEvent(self, event: QEvent) -> None:
        """Larger or smaller text (zoom, presentation mode): the columns fit it again, unless the user sized them."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self, self._fit_consent_button)  # once the button has the new font too
            if self._header_restored:
                QTimer.singleShot(0, self, self._restore_header)  # once the table has the new font too

    def _section_resized(self, column: int) -> None:
        """The user's own width (not the fitting, nor the last column following the window) is kept from now on."""
        if not self._fitting and column != self.table.horizontalHeader().count() - 1:
            self._fit_columns = False

    def save_header(self) -> None:
        """The widths and the sort, remembered (settings.WORKSHOP_TABLE)."""
        if self._header_restored and not self._restoring:
            kind = AUTO_WIDTHS if self._fit_columns else USER_WIDTHS
            self.settings.set(WORKSHOP_TABLE, kind + self.table.horizontalHeader().saveState().data())

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page (or the window closing) remembers the widths and the sort."""
        self.save_header()
        super().hideEvent(event)

    def say(self, text: str) -> None:
        """A line under the table saying what was just done (hidden when there is nothing to say)."""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space on the table's chosen row gives or withdraws its consent, as the check box and the button do."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and self.current_row() is not None
        ):
            self.toggle_consent(focus_button=False)
            return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        (self.table if self.model.rows else self.add_button).setFocus()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def current_row(self) -> ParticipantRow | None:
        business_id = self.current_id()
        row = self.model.row_of(business_id) if business_id is not None else None
        return self.model.rows[row] if row is not None else None

    def names(self) -> list[str]:
        """The participants' names as the table shows them (sorted as it is)."""
        return [str(self.proxy.index(r, 0).data()) for r in range(self.proxy.rowCount())]

    def _update_buttons(self) -> None:
        row = self.current_row()
        for button in (
            self.open_button,
            self.consent_button,
            self.remove_button,
            self.export_button,
            self.erase_button,
        ):
            button.setEnabled(row is not None)
        has_participants = self.model.rowCount() > 0
        for button in (self.plans_button, self.summary_button):
            button.setEnabled(has_participants)
        given = row is not None and row.consent_at is not None
        self.consent_button.setText(self.tr("Retirer le consentement") if given else self.tr("Consentement donné"))
        self.consent_button.setToolTip(
            self.tr("Le participant retire son accord") if given else self.tr("Le participant accepte, aujourd'hui")
        )

    def _activated(self, index: QModelIndex) -> None:
        if self.model.columns[index.column()] != CONSENT:  # a click there is for the check box
            self.open_current()

    def open_current(self) -> None:
        business_id = self.current_id()
        if business_id is not None:
            self.open_business.emit(business_id)

    # -- changes -------------------------------------------------------------------------------------------
    def edit_workshop(self) -> None:
        from .workshops_page import WorkshopDialog

        if self.workshop is None:
            return
        dialog = WorkshopDialog(self.workspace, self.workshop, self)
        dialog.saved.connect(lambda _change: self.refresh())
        self.edit_dialog = dialog
        dialog.open()

    def _set_consent(self, business_id: int, given: bool) -> bool:
        try:
            self.workspace.set_consent(business_id, given)
        except UserError as error:
            present_error(
                self, self.tr("Enregistrement impossible"), self.tr("Le consentement n'a pas été noté."), error
            )
            return False
        self.load(self.workshop.id if self.workshop else 0, select=business_id)
        return True

    def toggle_consent(self, focus_button: bool = True) -> None:
        row = self.current_row()
        if row is not None:
            self._set_consent(row.business.id, row.consent_at is None)
            (self.consent_button if focus_button else self.table).setFocus()

    def add_participants(self) -> None:
        if self.workshop is None:
            return
        taken = {row.business.id for row in self.model.rows}
        try:
            businesses = [b for b in self.workspace.businesses() if b.id not in taken]
        except UserError as error:
            present_error(
                self, self.tr("Lecture impossible"), self.tr("La liste des entreprises n'a pas pu être lue."), error
            )
            return
        self.picker = AddParticipantsDialog(self.pack, self.lang, businesses, self)
        self.picker.chosen.connect(self._add)
        self.picker.open()

    def _add(self, business_ids: list[int]) -> None:
        assert self.workshop is not None
        try:
            for business_id in business_ids:
                self.workspace.add_participant(self.workshop.id, business_id)
        except UserError as error:
            present_error(self, self.tr("Ajout impossible"), self.tr("Des entreprises n'ont pas été ajoutées."), error)
        self.load(self.workshop.id, select=business_ids[0] if business_ids else None)
        self.table.setFocus()

    def export_current(self) -> None:
        business_id = self.current_id()
        if business_id is not None:
            self.export_requested.emit(business_id)

    def remove_current(self) -> None:
        row = self.current_row()
        if row is None or self.workshop is None:
            return
        try:
            self.workspace.remove_participant(self.workshop.id, row.business.id)
        except UserError as error:
            present_error(
                self, self.tr("Retrait impossible"), self.tr("L'entreprise est restée dans l'atelier."), error
            )
        self.refresh()
        (self.table if self.model.rows else self.add_button).setFocus()

    def erase_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        business_id, name = row.business.id, row.business.name
        self.confirmation = confirm(
            self,
            self.tr("Supprimer toutes les données de l'entreprise"),
            self.tr(
                "Supprimer complètement « %1 » ? Son profil, ses réponses, ses notes, le suivi de ses actions et "
                "son consentement sont effacés de la base de données de ce programme sur cet ordinateur "
                "(effacement sécurisé : les données sont écrasées), de tous les ateliers, et des copies de "
                "sauvegarde automatiques du dossier des sauvegardes.\n\n"
                "Cette suppression ne peut pas être annulée. Les PDF et les fichiers d'échange déjà enregistrés ou "
                "remis ne sont pas concernés : ils doivent être supprimés séparément."
            ).replace("%1", isolated(name)),
            self.tr("Supprimer définitivement"),
            lambda: self._erase(business_id, name),
        )

    def _erase(self, business_id: int, name: str = "") -> None:
        """Deleted: a line says so, and no participant is chosen (the row buttons wait for the user to pick one,
        so a second click cannot fall on the next participant)."""
        try:
            self.workspace.delete_business(business_id)  # no undo kept: what it was is let go at once
        except UserError as error:
            present_error(
                self, self.tr("Suppression impossible"), self.tr("L'entreprise n'a pas été supprimée."), error
            )
            self.refresh()
            return
        self.refresh()
        (self.table if self.model.rows else self.add_button).setFocus()
        self.table.selectionModel().clear()  # after the focus, which would choose the first row
        self._update_buttons()
        shown = name or self.tr("(sans nom)")
        self.say(self.tr("« %1 » : données supprimées").replace("%1", isolated(shown)))


class AddParticipantsDialog(QDialog):
    """Tick the businesses that take part (searched by name or city); "Add" adds them all."""

    chosen = Signal(list)  # business ids, in the order listed

    def __init__(self, pack: ContentPack, lang: str, businesses: list, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("addParticipants")
        self.setWindowTitle(self.tr("Ajouter des entreprises à l'atelier"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(400)
        layout = QVBoxLayout(self)
        self.search = search_field(
            self.tr("Rechercher par nom ou par ville…"), self.tr("Rechercher une entreprise par nom ou par ville")
        )
        self.search.textChanged.connect(self._filter)
        layout.addWidget(self.search)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Entreprises à ajouter"))
        self.texts: dict[int, str] = {}
        for business in sorted(businesses, key=lambda b: sort_key(b.name, lang)):
            item = QListWidgetItem(business.name or self.tr("(sans nom)"))
            item.setData(ID_ROLE, business.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
            self.texts[business.id] = search_text(pack, business)
        self.list.itemChanged.connect(lambda _item: self._update())
        self.list.itemActivated.connect(self._toggle)
        layout.addWidget(self.list, 1)
        self.none_left = wrapped_label(
            self.tr("Toutes les entreprises enregistrées sont déjà dans l'atelier.")
            if not businesses
            else self.tr("Cochez les entreprises qui participent (Espace coche celle qui est choisie).")
        )
        layout.addWidget(self.none_left)
        self.buttons = QDialogButtonBox()
        self.add_button = self.buttons.addButton(self.tr("Ajouter"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update()
        self.search.setFocus()

    def _items(self) -> list[QListWidgetItem]:
        return [item for item in (self.list.item(i) for i in range(self.list.count())) if item is not None]

    def checked(self) -> list[int]:
        return [item.data(ID_ROLE) for item in self._items() if item.checkState() == Qt.CheckState.Checked]

    def check(self, business_id: int) -> None:
        for item in self._items():
            if item.data(ID_ROLE) == business_id:
                item.setCheckState(Qt.CheckState.Checked)

    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _filter(self, query: str) -> None:
        for item in self._items():
            item.setHidden(not matches(query, self.texts.get(item.data(ID_ROLE), "")))

    def _update(self) -> None:
        count = len(self.checked())
        self.add_button.setEnabled(count > 0)
        self.add_button.setText(self.tr("Ajouter (%n)", "", count) if count else self.tr("Ajouter"))

    def _accept(self) -> None:
        ids = self.checked()
        if ids:
            self.accept()
            self.chosen.emit(ids)
