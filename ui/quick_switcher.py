"""Finding a business by typing: the words a business is found by (shared with the start screen's search field),
and the quick switcher (Ctrl+K), a small window with a search field over the list of businesses."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from merchant_assistant.content.model import ContentPack
from merchant_assistant.errors import UserError
from merchant_assistant.i18n import folded
from merchant_assistant.workspace import Business, Workspace

from .messages import present_error

ID_ROLE = Qt.ItemDataRole.UserRole


def search_text(pack: ContentPack, business: Business) -> str:
    """What a business is found by, folded (no accents, no vowel marks, lower case): its name and its city, the
    city in each language the content knows it in (Fès, Fez and فاس find the same business)."""
    words = [business.name]
    city = business.profile.get("city")
    if isinstance(city, str) and city.strip():
        words.append(city)
        try:
            field = pack.profile_field("city")
        except KeyError:
            field = None
        wanted = folded(city.strip())
        for known in field.known_values if field is not None else ():
            if any(folded(name.strip()) == wanted for name in known.values()):
                words.extend(known.values())
    return folded(" ".join(words))


def search_field(placeholder: str, name: str) -> QLineEdit:
    """A search field with a button that clears it; the button is named for screen readers too."""
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(name)
    edit.setClearButtonEnabled(True)
    for button in edit.findChildren(QToolButton):
        button.setAccessibleName(QCoreApplication.translate("QuickSwitcher", "Effacer la recherche"))
    return edit


def city_text(pack: ContentPack, city: str, lang: str) -> str:
    """A city as typed, in ``lang`` when the content knows it (Fès is فاس in Arabic)."""
    try:
        return pack.profile_field("city").display_value(city, lang)
    except KeyError:
        return city


def matches(query: str, text: str) -> bool:
    """Does every word of ``query`` appear in ``text`` (a search_text), accents and vowel marks aside?"""
    return all(word in text for word in folded(query).split())


class QuickSwitcher(QDialog):
    """Type a few letters of a business or its city, arrows to choose, Enter to open it, Esc to close."""

    chosen = Signal(int)  # the id of the business to open

    def __init__(self, workspace: Workspace, pack: ContentPack, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quickSwitcher")
        self.setWindowTitle(self.tr("Aller à une entreprise"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        self.search = search_field(self.tr("Nom ou ville…"), self.tr("Rechercher une entreprise à ouvrir"))
        self.search.setObjectName("switcherSearch")
        layout.addWidget(self.search)
        self.list = QListWidget()
        self.list.setObjectName("switcherList")
        self.list.setAccessibleName(self.tr("Entreprises"))
        layout.addWidget(self.list, 1)
        self.nothing = QLabel(self.tr("Aucune entreprise ne correspond."))
        self.nothing.setVisible(False)
        layout.addWidget(self.nothing)
        self._texts: dict[int, str] = {}
        try:
            businesses = workspace.businesses()  # the most recently changed first: the likely ones on top
        except UserError as error:
            present_error(
                parent, self.tr("Lecture impossible"), self.tr("La liste des entreprises n'a pas pu être lue."), error
            )
            businesses = []
        for business in businesses:
            city = business.profile.get("city")
            shown = business.name or self.tr("(sans nom)")
            if isinstance(city, str) and city.strip():
                shown = f"{shown} — {city_text(pack, city, lang)}"
            item = QListWidgetItem(shown)
            item.setData(ID_ROLE, business.id)
            self.list.addItem(item)
            self._texts[business.id] = search_text(pack, business)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.search.returnPressed.connect(self._choose_current)
        self.list.itemActivated.connect(lambda item: self._choose(item.data(ID_ROLE)))
        self._filter("")

    def _filter(self, query: str) -> None:
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = not matches(query, self._texts[item.data(ID_ROLE)])
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        current = self.list.currentItem()
        if current is None or current.isHidden():
            if first is not None:
                self.list.setCurrentItem(first)
            else:
                self.list.setCurrentIndex(QModelIndex())  # nothing chosen among nothing shown
        self.nothing.setVisible(first is None)

    def visible_ids(self) -> list[int]:
        return [
            self.list.item(row).data(ID_ROLE) for row in range(self.list.count()) if not self.list.item(row).isHidden()
        ]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up, Down, Page Up and Page Down in the search field move in the list: the hands stay on typing."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                self.list.keyPressEvent(event)
                return True
        return super().eventFilter(watched, event)

    def _choose_current(self) -> None:
        item = self.list.currentItem()
        if item is not None and not item.isHidden():
            self._choose(item.data(ID_ROLE))

    def _choose(self, business_id: int) -> None:
        self.accept()
        self.chosen.emit(business_id)
