"""The start screen: saved businesses with their readiness, a new business, the sample business."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
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
from merchant_assistant.workspace import DELETED, Change, Workspace

from .labels import percent_text, screen_text, timestamp_text
from .messages import confirm, present_error
from .question_widgets import wrapped_label


class StartPage(QWidget):
    open_requested = Signal(int)
    new_requested = Signal()

    def __init__(self, workspace: Workspace, pack: ContentPack, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.pack = pack
        self.lang = lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        title = QLabel(self.tr("Vos entreprises"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "Cet assistant vous aide à préparer votre entreprise au paiement par carte ou en ligne, à la "
                    "sécurité et à vos obligations légales. Vos réponses sont enregistrées sur cet ordinateur au "
                    "fur et à mesure."
                )
            )
        )

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
        self.list.setHeaderLabels([self.tr("Entreprise"), self.tr("Préparation"), self.tr("Dernière modification")])
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemActivated.connect(
            lambda item, _column: self.open_requested.emit(item.data(0, Qt.ItemDataRole.UserRole))
        )
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.views.addWidget(self.list)
        layout.addWidget(self.views, 1)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Nouvelle entreprise"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.new_requested)
        buttons.addWidget(self.new_button)
        self.open_button = QPushButton(self.tr("Ouvrir"))
        self.open_button.clicked.connect(self._open_current)
        buttons.addWidget(self.open_button)
        self.delete_button = QPushButton(self.tr("Supprimer…"))
        self.delete_button.clicked.connect(self._delete_current)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.demo_button = QPushButton(self.tr("Essayer l'exemple"))
        self.demo_button.setToolTip(self.tr("Ajoute une entreprise fictive déjà remplie, pour découvrir l'assistant"))
        self.demo_button.clicked.connect(self._add_demo)
        buttons.addWidget(self.demo_button)
        layout.addLayout(buttons)
        self.confirmation: QMessageBox | None = None

    def refresh(self) -> None:
        self.list.clear()
        try:
            rows = [(b, self.workspace.readiness(b)) for b in self.workspace.businesses()]
        except UserError as error:
            present_error(
                self, self.tr("Lecture impossible"), self.tr("La liste des entreprises n'a pas pu être lue."), error
            )
            rows = []
        for business, readiness in rows:
            item = QTreeWidgetItem(
                [
                    business.name or self.tr("(sans nom)"),
                    f"{percent_text(readiness.overall, self.lang)} — {screen_text(readiness.level.label, self.lang)}",
                    timestamp_text(business.updated_at, self.lang),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, business.id)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
            self.list.addTopLevelItem(item)
        self.views.setCurrentWidget(self.list if rows else self.empty)
        first = self.list.topLevelItem(0)  # None when the list is empty
        if rows and first is not None:
            self.list.setCurrentItem(first)
            self.list.setFocus()
        else:
            self.new_button.setFocus()
        self._update_buttons()

    def _current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self) -> None:
        selected = self._current_id() is not None and self.views.currentWidget() is self.list
        self.open_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def _open_current(self) -> None:
        business_id = self._current_id()
        if business_id is not None:
            self.open_requested.emit(business_id)

    def _delete_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        business_id = item.data(0, Qt.ItemDataRole.UserRole)
        self.confirmation = confirm(
            self,
            self.tr("Supprimer l'entreprise"),
            self.tr("Supprimer « %1 » et toutes ses réponses ? Cette action est définitive.").replace(
                "%1", item.text(0)
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

    def apply(self, change: Change) -> None:
        """Show a change without reading the list again: a deleted business leaves its row."""
        if change.kind != DELETED:
            self.refresh()
            return
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == change.business_id:
                self.list.takeTopLevelItem(index)
                break
        if not self.list.topLevelItemCount():
            self.views.setCurrentWidget(self.empty)
            self.new_button.setFocus()
        self._update_buttons()

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
