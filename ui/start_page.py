"""The start screen: saved businesses with their readiness (searched, sorted, renamed, duplicated, deleted with a
way back), a new business, the sample business.

Deleting asks first, then deletes for real and shows a bar "Deleted «X». Undo" for UNDO_SECONDS (Ctrl+Z too):
the business is held in memory meanwhile (Workspace.delete_business gives what it was), so nothing of it stays in
the database once the bar is gone, whatever happens to the program.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from merchant_assistant.content.model import ContentPack
from merchant_assistant.errors import UserError
from merchant_assistant.i18n import sort_key
from merchant_assistant.scoring import Readiness
from merchant_assistant.settings import BUSINESS_ORDER, Settings
from merchant_assistant.workspace import DELETED, Business, Change, DeletedBusiness, InvalidChange, Workspace

from .labels import FSI, PDI, date_text, field_message, local_day, percent_text, screen_text
from .messages import confirm, present_error
from .question_widgets import ChoiceBox, tab_chain, wrapped_label
from .quick_switcher import city_text, matches, search_field, search_text
from .style import ERROR_COLOR

UNDO_SECONDS = 30  # how long a deletion can be undone (long enough to notice, to read the bar with a screen reader)
ID_ROLE = Qt.ItemDataRole.UserRole
NAME, PLACE, READINESS, CHANGED = range(4)  # the columns


def isolated(name: str) -> str:
    """A name typed by the user, kept whole inside a sentence of either direction (a Latin name in Arabic text)."""
    return f"{FSI}{name}{PDI}"


@dataclass(frozen=True)
class Row:
    business: Business
    readiness: Readiness
    search: str  # what the business is found by (quick_switcher.search_text)


class StartPage(QWidget):
    open_requested = Signal(int)
    new_requested = Signal()
    workshops_requested = Signal()
    import_requested = Signal()
    export_requested = Signal(int)  # the business chosen

    def __init__(self, workspace: Workspace, pack: ContentPack, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.pack = pack
        self.lang = lang
        self.settings = Settings()
        self.rows: list[Row] = []
        self.deleted: list[DeletedBusiness] = []  # deletions that can still be undone, the last one last
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        head = QHBoxLayout()
        title = QLabel(self.tr("Vos entreprises"))
        title.setObjectName("pageTitle")
        head.addWidget(title, 1)
        # A trainer's tools beside the title (the row of buttons below is full at 800×600), there also when the list
        # is empty (a trainer starts by importing): the workshops, import and export (one button with a menu).
        self.workshops_button = QPushButton(self.tr("Ateliers"))
        self.workshops_button.setObjectName("workshopsButton")
        self.workshops_button.setToolTip(self.tr("Les ateliers de formation et leurs participants (Ctrl+Maj+T)"))
        self.workshops_button.clicked.connect(self.workshops_requested)
        head.addWidget(self.workshops_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.files_button = QPushButton(self.tr("Importer / exporter"))
        self.files_button.setObjectName("exchangeFiles")
        self.files_button.setToolTip(
            self.tr("Importer des fiches exportées sur un autre ordinateur, ou exporter l'entreprise choisie")
        )
        files_menu = QMenu(self.files_button)
        self.import_action = files_menu.addAction(self.tr("Importer des fiches…"))
        self.import_action.triggered.connect(lambda: self.import_requested.emit())
        self.export_action = files_menu.addAction(self.tr("Exporter l'entreprise choisie…"))
        self.export_action.triggered.connect(self._export_current)
        self.files_button.setMenu(files_menu)
        head.addWidget(self.files_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(head)
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "Cet assistant vous aide à préparer votre entreprise au paiement par carte ou en ligne, à la "
                    "sécurité et à vos obligations légales. Vos réponses sont enregistrées sur cet ordinateur au "
                    "fur et à mesure."
                )
            )
        )

        tools = QHBoxLayout()
        self.search = search_field(
            self.tr("Rechercher par nom ou par ville…"), self.tr("Rechercher une entreprise par nom ou par ville")
        )
        self.search.setObjectName("businessSearch")
        self.search.textChanged.connect(lambda _text: self._apply_filter())
        tools.addWidget(self.search, 1)
        order_label = QLabel(self.tr("Trier par :"))
        tools.addWidget(order_label)
        self.order = ChoiceBox()
        self.order.setObjectName("businessOrder")
        self.order.setAccessibleName(self.tr("Trier les entreprises par"))
        order_label.setBuddy(self.order)
        for code, text in (
            ("changed", self.tr("Dernière modification")),
            ("name", self.tr("Nom")),
            ("readiness", self.tr("Préparation (la plus faible d'abord)")),
        ):
            self.order.addItem(text, code)
        self.order.setCurrentIndex(max(self.order.findData(self.settings.get(BUSINESS_ORDER)), 0))
        self.order.currentIndexChanged.connect(self._order_changed)
        tools.addWidget(self.order)
        self.tools = QWidget()
        self.tools.setLayout(tools)
        tools.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tools)

        self.views = QStackedWidget()
        self.empty = wrapped_label(
            self.tr(
                "Aucune entreprise enregistrée pour l'instant. Cliquez sur « Nouvelle entreprise » pour commencer, "
                "ou sur « Essayer l'exemple » pour découvrir l'assistant avec une entreprise fictive."
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("emptyState")
        self.views.addWidget(self.empty)
        self.list = QTreeWidget()
        self.list.setObjectName("businesses")
        self.list.setAccessibleName(self.tr("Entreprises enregistrées"))
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels(
            [
                self.tr("Entreprise"),
                self.tr("Ville — statut juridique"),
                self.tr("Préparation"),
                self.tr("Dernière modification"),
            ]
        )
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # Sized to every business's text when the list is filled (_fill), not to the rows a search leaves shown,
        # and beside a scroll bar that stays: the columns stay put while the user types.
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        for column in (PLACE, READINESS, CHANGED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.list.itemActivated.connect(lambda item, _column: self.open_requested.emit(item.data(0, ID_ROLE)))
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.views.addWidget(self.list)
        self.no_match = wrapped_label()
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.setObjectName("noMatch")
        self.views.addWidget(self.no_match)
        layout.addWidget(self.views, 1)

        self.undo_bar = QFrame()
        self.undo_bar.setObjectName("undoBar")
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        bar = QHBoxLayout(self.undo_bar)
        bar.setContentsMargins(8, 4, 8, 4)
        self.undo_text = QLabel()
        self.undo_text.setObjectName("undoText")
        self.undo_text.setWordWrap(True)
        bar.addWidget(self.undo_text, 1)
        self.undo_button = QPushButton(self.tr("Annuler la suppression"))
        self.undo_button.setObjectName("undoDelete")
        self.undo_button.setToolTip(self.tr("Remet l'entreprise telle qu'elle était (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_delete)
        bar.addWidget(self.undo_button)
        self.undo_bar.setVisible(False)
        layout.addWidget(self.undo_bar)
        self.undo_timer = QTimer(self)
        self.undo_timer.setSingleShot(True)
        self.undo_timer.setInterval(UNDO_SECONDS * 1000)
        self.undo_timer.timeout.connect(self.end_undo)
        undo_key = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo_key.activated.connect(self.undo_delete)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Nouvelle entreprise"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.new_requested)
        buttons.addWidget(self.new_button)
        self.open_button = QPushButton(self.tr("Ouvrir"))
        self.open_button.clicked.connect(self._open_current)
        buttons.addWidget(self.open_button)
        self.rename_button = QPushButton(self.tr("Renommer…"))
        self.rename_button.setObjectName("renameBusiness")
        self.rename_button.clicked.connect(self.rename_current)
        buttons.addWidget(self.rename_button)
        self.duplicate_button = QPushButton(self.tr("Dupliquer"))
        self.duplicate_button.setObjectName("duplicateBusiness")
        self.duplicate_button.setToolTip(
            self.tr(
                "Crée une entreprise avec le même profil, les mêmes réponses et les mêmes notes ; toutes ses "
                "actions repartent « à faire »"
            )
        )
        self.duplicate_button.clicked.connect(self.duplicate_current)
        buttons.addWidget(self.duplicate_button)
        self.delete_button = QPushButton(self.tr("Supprimer…"))
        self.delete_button.clicked.connect(self._delete_current)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.demo_button = QPushButton(self.tr("Essayer l'exemple"))
        self.demo_button.setToolTip(self.tr("Ajoute une entreprise fictive déjà remplie, pour découvrir l'assistant"))
        self.demo_button.clicked.connect(self._add_demo)
        buttons.addWidget(self.demo_button)
        layout.addLayout(buttons)
        # Tab goes in reading order, both ways (and mirrored with the page in Arabic): the tools beside the title,
        # the search, the order, the list, the undo bar, then the buttons.
        tab_chain(
            self.workshops_button,
            self.files_button,
            self.search,
            self.order,
            self.list,
            self.undo_button,
            self.new_button,
            self.open_button,
            self.rename_button,
            self.duplicate_button,
            self.delete_button,
            self.demo_button,
        )
        self.confirmation: QMessageBox | None = None
        self.rename_dialog: RenameDialog | None = None

    # -- the list --------------------------------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        """Read the list again; ``select``: the business to put the cursor on (else the one it was on)."""
        if select is None:
            select = self._current_id()
        try:
            rows = [Row(b, self.workspace.readiness(b), search_text(self.pack, b)) for b in self.workspace.businesses()]
        except UserError as error:
            present_error(
                self, self.tr("Lecture impossible"), self.tr("La liste des entreprises n'a pas pu être lue."), error
            )
            rows = []
        self.rows = rows
        self._fill(select)
        self.focus_start()

    def _sorted(self) -> list[Row]:
        order = self.order.currentData()
        if order == "name":
            return sorted(self.rows, key=lambda r: sort_key(r.business.name, self.lang))
        if order == "readiness":
            return sorted(self.rows, key=lambda r: (r.readiness.overall, sort_key(r.business.name, self.lang)))
        return list(self.rows)  # the workspace's order: the most recently changed first

    def _fill(self, select: int | None) -> None:
        self.list.clear()
        for row in self._sorted():
            self.list.addTopLevelItem(self._item(row))
        for column in (PLACE, READINESS, CHANGED):  # every row is shown here, before the search hides some
            self.list.resizeColumnToContents(column)
        self._apply_filter(select)

    def _item(self, row: Row) -> QTreeWidgetItem:
        business, readiness = row.business, row.readiness
        place = []
        city = business.profile.get("city")
        if isinstance(city, str) and city.strip():
            place.append(city_text(self.pack, city, self.lang))
        legal_form = business.profile.get("legal_form")
        if legal_form:
            with contextlib.suppress(KeyError):  # a trainer's pack without the field
                place.append(self.pack.profile_field("legal_form").choice_label(legal_form, self.lang))
        day = local_day(business.updated_at)
        item = QTreeWidgetItem(
            [
                business.name or self.tr("(sans nom)"),
                " — ".join(place),
                # In words beside the number, never a colour alone.
                f"{percent_text(readiness.overall, self.lang)} — {screen_text(readiness.level.label, self.lang)}",
                date_text(day, self.lang) if day is not None else business.updated_at,
            ]
        )
        item.setData(0, ID_ROLE, business.id)
        item.setTextAlignment(READINESS, Qt.AlignmentFlag.AlignCenter)
        return item

    def _items(self) -> list[QTreeWidgetItem]:
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [item for item in items if item is not None]

    def visible_names(self) -> list[str]:
        """The names in the list as shown (filtered and sorted)."""
        return [item.text(NAME) for item in self._items() if not item.isHidden()]

    def _apply_filter(self, select: int | None = None) -> None:
        query = self.search.text()
        texts = {row.business.id: row.search for row in self.rows}
        if select is None:
            select = self._current_id()
        shown = []
        for item in self._items():
            hidden = not matches(query, texts.get(item.data(0, ID_ROLE), ""))
            item.setHidden(hidden)
            if not hidden:
                shown.append(item)
        if not self.rows:
            self.views.setCurrentWidget(self.empty)
        elif not shown:
            self.no_match.setText(
                self.tr("Aucune entreprise ne correspond à « %1 ».").replace("%1", isolated(query.strip()))
            )
            self.views.setCurrentWidget(self.no_match)
        else:
            self.views.setCurrentWidget(self.list)
        current = next((item for item in shown if item.data(0, ID_ROLE) == select), shown[0] if shown else None)
        if current is not None:
            self.list.setCurrentItem(current)
        else:
            self.list.setCurrentIndex(QModelIndex())  # nothing chosen among nothing shown
        self._update_buttons()

    def _order_changed(self) -> None:
        self.settings.set(BUSINESS_ORDER, self.order.currentData())
        self._fill(self._current_id())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.focus_start()

    def focus_start(self) -> None:
        """The keyboard on the list when there is one (Enter opens), else on "New business"."""
        if self.views.currentWidget() is self.list:
            self.list.setFocus()
        elif self.rows:
            self.search.setFocus()
        else:
            self.new_button.setFocus()

    def _current_id(self) -> int | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return item.data(0, ID_ROLE)

    def current_id(self) -> int | None:
        """The business chosen in the list (None when none is shown)."""
        return self._current_id()

    def _export_current(self) -> None:
        business_id = self._current_id()
        if business_id is not None:
            self.export_requested.emit(business_id)

    def _current_name(self) -> str:
        item = self.list.currentItem()
        return item.text(NAME) if item is not None else ""

    def _update_buttons(self) -> None:
        selected = self._current_id() is not None and self.views.currentWidget() is self.list
        for button in (self.open_button, self.rename_button, self.duplicate_button, self.delete_button):
            button.setEnabled(selected)
        self.export_action.setEnabled(selected)
        self.tools.setVisible(bool(self.rows))

    def _open_current(self) -> None:
        business_id = self._current_id()
        if business_id is not None:
            self.open_requested.emit(business_id)

    # -- rename, duplicate -----------------------------------------------------------------------------------
    def rename_current(self) -> None:
        business_id = self._current_id()
        if business_id is None:
            return
        self.rename_dialog = RenameDialog(self.workspace, business_id, self._current_name(), self)
        self.rename_dialog.renamed.connect(lambda: self.refresh(select=business_id))
        self.rename_dialog.open()

    def duplicate_current(self) -> None:
        business_id = self._current_id()
        if business_id is None:
            return
        try:
            # The word that marks a copy in its name: "Épicerie Amal (copie)".
            change = self.workspace.duplicate_business(business_id, self.tr("copie", "added to a copied name"))
        except UserError as error:
            present_error(self, self.tr("Copie impossible"), self.tr("L'entreprise n'a pas été dupliquée."), error)
            return
        self.search.clear()  # the copy must be seen, whatever was searched
        self.refresh(select=change.business_id)
        self.list.setFocus()

    # -- delete, and undo ------------------------------------------------------------------------------------
    def _delete_current(self) -> None:
        business_id = self._current_id()
        if business_id is None:
            return
        self.confirmation = confirm(
            self,
            self.tr("Supprimer l'entreprise"),
            self.tr("Supprimer « %1 » et toutes ses réponses ? Vous pourrez l'annuler juste après (Ctrl+Z).").replace(
                "%1", isolated(self._current_name())
            ),
            self.tr("Supprimer"),
            lambda: self._delete(business_id),
        )

    def _delete(self, business_id: int) -> None:
        try:
            change = self.workspace.delete_business(business_id)
        except UserError as error:
            present_error(
                self, self.tr("Suppression impossible"), self.tr("L'entreprise n'a pas été supprimée."), error
            )
            self.refresh()
            return
        self.apply(change)
        if change.deleted is not None:
            self.deleted.append(change.deleted)
            self._show_undo()

    def _show_undo(self) -> None:
        last = self.deleted[-1]
        text = self.tr("L'entreprise « %1 » a été supprimée.").replace("%1", isolated(last.name))
        self.undo_text.setText(text)
        self.undo_button.setAccessibleName(
            self.tr("Annuler la suppression de « %1 »").replace("%1", isolated(last.name))
        )
        self.undo_bar.setAccessibleName(text)
        self.undo_bar.setVisible(True)
        self.undo_timer.start()

    def undo_delete(self) -> None:
        """Put back the business deleted last (the bar's button, Ctrl+Z)."""
        if not self.deleted:
            return
        deleted = self.deleted.pop()
        try:
            change = self.workspace.restore_business(deleted)
        except UserError as error:
            present_error(
                self, self.tr("Restauration impossible"), self.tr("L'entreprise n'a pas pu être restaurée."), error
            )
            self.deleted.append(deleted)
            return
        if self.deleted:
            self._show_undo()
        else:
            self.end_undo()
        self.refresh(select=change.business_id)
        self.list.setFocus()

    def end_undo(self) -> None:
        """The deletions can no longer be undone: what they held is let go (the database already has nothing)."""
        self.undo_timer.stop()
        self.deleted.clear()
        had_focus = self.undo_button.hasFocus()
        self.undo_bar.setVisible(False)
        if had_focus:
            self.focus_start()

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the list (opening a business) ends the time to undo; a minimised window does not."""
        if not event.spontaneous():
            self.end_undo()
        super().hideEvent(event)

    def apply(self, change: Change) -> None:
        """Show a change without reading the list again: a deleted business leaves its row."""
        if change.kind != DELETED:
            self.refresh()
            return
        self.rows = [row for row in self.rows if row.business.id != change.business_id]
        for index, item in enumerate(self._items()):
            if item.data(0, ID_ROLE) == change.business_id:
                self.list.takeTopLevelItem(index)
                break
        self._apply_filter()
        self.focus_start()

    def _add_demo(self) -> None:
        try:
            change = self.workspace.add_demo()
        except UserError as error:
            present_error(
                self, self.tr("Exemple non ajouté"), self.tr("L'entreprise d'exemple n'a pas été ajoutée."), error
            )
            return
        self.refresh()
        self.open_requested.emit(change.business_id)


class RenameDialog(QDialog):
    """A new name for one business, checked by the profile's rule; the message shows under the field and nothing
    is saved until the name is valid."""

    renamed = Signal()

    def __init__(self, workspace: Workspace, business_id: int, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.business_id = business_id
        self.setObjectName("renameDialog")
        self.setWindowTitle(self.tr("Renommer l'entreprise"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Nouveau nom :"))
        layout.addWidget(label)
        self.edit = QLineEdit(name)
        self.edit.setObjectName("newName")
        self.edit.setAccessibleName(self.tr("Nouveau nom de l'entreprise"))
        self.edit.selectAll()
        label.setBuddy(self.edit)
        layout.addWidget(self.edit)
        self.error = wrapped_label()
        self.error.setObjectName("renameError")
        self.error.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.rename_button = self.buttons.addButton(self.tr("Renommer"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(lambda _text: self.error.setVisible(False))

    def save(self) -> None:
        try:
            change = self.workspace.rename_business(self.business_id, self.edit.text())
        except InvalidChange as error:
            self.error.setText(field_message(error.problems.get("name", error)))
            self.error.setVisible(True)
            self.edit.setFocus()
            self.edit.setAccessibleDescription(self.error.text())
            return
        except UserError as error:
            present_error(self, self.tr("Enregistrement impossible"), self.tr("Le nom n'a pas été changé."), error)
            return
        self.accept()
        if not change.empty:
            self.renamed.emit()
