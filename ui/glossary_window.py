"""The glossary on screen: one entry (its definition, its law reference, what is to confirm), the small window a
link on a question card opens, and the glossary browser (Help > Glossary) with its search.

What is shown comes from the domain (merchant_assistant.glossary): which terms a text names, the search, the
questions that use a term. Content texts are shown as plain text, never read as markup.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
)
from PySide6.QtGui import QCursor, QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from merchant_assistant.content.model import ContentPack, GlossaryTerm, Question
from merchant_assistant.glossary import Glossary, SearchHit

from .labels import TERM_LINK, screen_text  # noqa: F401 (TERM_LINK: re-exported)
from .style import NOTE_COLOR

ID_ROLE = Qt.ItemDataRole.UserRole


def _label(text: str = "", name: str = "") -> QLabel:
    """A wrapped, selectable label showing ``text`` as plain text."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if name:
        label.setObjectName(name)
    return label


class _WrappedItems(QStyledItemDelegate):
    """Room for every wrapped line of a list entry: Qt measures a line mixing Arabic and Latin letters a little
    shorter than it draws it, and does not draw a line that does not fit (the end of the question went missing)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + size.height() // 8 + 4)


class TermView(QWidget):
    """One glossary entry: its name, its definition, its reference (law and article, or who publishes it), and when
    it is not verified, what to confirm with the bank or a lawyer."""

    def __init__(self, pack: ContentPack, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.pack, self.lang = pack, lang
        self.term: GlossaryTerm | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.name = _label(name="termName")
        font = self.name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.name.setFont(font)
        layout.addWidget(self.name)
        self.definition = _label(name="termDefinition")
        layout.addWidget(self.definition)
        self.source_heading = QLabel(self.tr("Référence"))
        self.source_heading.setObjectName("helpHeading")
        layout.addWidget(self.source_heading)
        self.source = _label(name="termSource")
        layout.addWidget(self.source)
        self.to_confirm = _label(name="termToConfirm")
        self.to_confirm.setStyleSheet(f"color: {NOTE_COLOR}; font-style: italic;")
        layout.addWidget(self.to_confirm)
        self.show_term(None)

    def show_term(self, term: GlossaryTerm | None) -> None:
        self.term = term
        for label in (self.source_heading, self.source, self.to_confirm):
            label.setVisible(term is not None)
        if term is None:
            self.name.setText("")
            self.definition.setText(self.tr("Aucun terme choisi."))
            return
        self.name.setText(screen_text(term.term, self.lang))
        self.definition.setText(screen_text(term.definition, self.lang))
        self.source.setText(screen_text(term.source, self.lang))
        self.source_heading.setVisible(bool(self.source.text()))
        self.source.setVisible(bool(self.source.text()))
        if term.uncertain:  # the content's own words: "To confirm with your bank / a lawyer", then what to ask
            note = self.pack.string("uncertain", self.lang) or self.tr(
                "À confirmer auprès de votre banque ou d'un juriste"
            )
            what = screen_text(term.to_confirm, self.lang)
            self.to_confirm.setText(f"⚠ {note}" + (f"\n{what}" if what else ""))
        self.to_confirm.setVisible(term.uncertain)


class TermPopup(QFrame):
    """A glossary entry over the page, where the link was activated: Escape or a click elsewhere closes it and the
    page is as it was (its place, its focus, its answers)."""

    def __init__(self, pack: ContentPack, lang: str, term: GlossaryTerm, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("termPopup")
        self.setFrameShape(QFrame.Shape.Box)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pack, self.lang, self.term_id = pack, lang, term.id
        self.setAccessibleName(self.tr("Définition : %1").replace("%1", screen_text(term.term, lang)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 10)
        self.view = TermView(pack, lang)
        self.view.show_term(term)
        layout.addWidget(self.view)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.glossary_button = QPushButton(self.tr("Voir dans le glossaire"))
        self.glossary_button.setToolTip(self.tr("Ouvrir le glossaire à ce terme (Ctrl+G : le glossaire)"))
        self.glossary_button.clicked.connect(self._open_glossary)
        buttons.addWidget(self.glossary_button)
        self.close_button = QPushButton(self.tr("Fermer"))
        self.close_button.clicked.connect(self.close)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.anchor: QWidget | None = None

    def show_at(self, anchor: QWidget) -> None:
        """Show under the pointer when it is over ``anchor`` (a click), under ``anchor`` otherwise (the keyboard),
        inside the screen, aligned on the side the text starts from."""
        self.anchor = anchor
        screen = anchor.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        width = min(440, area.width() - 20)
        self.setFixedWidth(width)
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            self.setFixedHeight(layout.totalHeightForWidth(width))
        else:
            self.adjustSize()
        rtl = anchor.isRightToLeft()
        if anchor.underMouse():
            point = QCursor.pos() + QPoint(0, 18)
        else:
            point = anchor.mapToGlobal(QPoint(anchor.width() if rtl else 0, anchor.height()))
        x = point.x() - width if rtl else point.x()
        y = point.y()
        if y + self.height() > area.bottom():  # no room below: above
            y = max(area.top(), point.y() - self.height() - (36 if anchor.underMouse() else anchor.height()))
        x = min(max(x, area.left()), area.right() - width)
        self.move(x, y)
        self.show()
        self.close_button.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def _open_glossary(self) -> None:
        anchor = self.anchor
        self.close()
        if anchor is not None:
            open_glossary(anchor, self.pack, self.lang, self.term_id)


def show_term_popup(anchor: QWidget, pack: ContentPack, lang: str, term_id: str) -> TermPopup | None:
    """The definition of ``term_id`` over the page, next to ``anchor`` (the label whose link was activated)."""
    term = pack.glossary.get(term_id)
    if term is None:
        return None
    popup = TermPopup(pack, lang, term, anchor)
    popup.show_at(anchor)
    return popup


class GlossaryWindow(QDialog):
    """The glossary browser: a search field, the entries in the dictionary order of the interface language, and
    the chosen entry with its law reference and the questions that use it. It stays open beside the work."""

    def __init__(
        self,
        pack: ContentPack,
        lang: str,
        go_to_question: Callable[[str], bool] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("glossaryWindow")
        self.setWindowTitle(self.tr("Glossaire"))
        self.pack, self.lang = pack, lang
        self.glossary = Glossary(pack, lang)
        self.go_to_question = go_to_question
        self.hits: list[SearchHit] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 10)
        self.search = QLineEdit()
        self.search.setObjectName("glossarySearch")
        self.search.setPlaceholderText(self.tr("Rechercher un terme (nom ou définition)"))
        self.search.setAccessibleName(self.tr("Rechercher dans le glossaire"))
        self.search.setToolTip(
            self.tr("Accents et voyelles ne comptent pas. Flèches : choisir un terme. Échap : effacer, puis fermer.")
        )
        self.search.textChanged.connect(self.refresh)
        self.search.installEventFilter(self)
        layout.addWidget(self.search)
        self.status = QLabel()
        self.status.setObjectName("glossaryStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.list = QListWidget()
        self.list.setObjectName("glossaryTerms")
        self.list.setAccessibleName(self.tr("Termes du glossaire"))
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # long names wrap again when the window is resized
        self.list.setItemDelegate(_WrappedItems(self.list))
        self.list.setMinimumWidth(160)
        self.list.currentItemChanged.connect(self._term_chosen)
        self.list.installEventFilter(self)
        self.splitter.addWidget(self.list)

        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(12, 0, 4, 0)
        details_layout.setSpacing(8)
        self.view = TermView(pack, lang)
        details_layout.addWidget(self.view)
        self.questions_heading = QLabel(self.tr("Questions qui utilisent ce terme"))
        self.questions_heading.setObjectName("helpHeading")
        details_layout.addWidget(self.questions_heading)
        self.questions = QListWidget()
        self.questions.setObjectName("glossaryQuestions")
        self.questions.setAccessibleName(self.tr("Questions qui utilisent ce terme"))
        self.questions.setWordWrap(True)
        self.questions.setResizeMode(QListView.ResizeMode.Adjust)
        self.questions.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.questions.setItemDelegate(_WrappedItems(self.questions))
        self.questions.setAlternatingRowColors(True)
        self.questions.setMinimumHeight(90)
        self.questions.currentItemChanged.connect(self._question_chosen)
        self.questions.itemActivated.connect(self._go_to_question)
        details_layout.addWidget(self.questions)
        self.question_text = _label(name="glossaryQuestionText")
        details_layout.addWidget(self.question_text)
        self.go_button = QPushButton(self.tr("Aller à la question"))
        self.go_button.setObjectName("glossaryGoToQuestion")
        self.go_button.setToolTip(self.tr("Ouvrir l'étape de cette question dans l'entreprise en cours (Entrée)"))
        self.go_button.setAutoDefault(False)
        self.go_button.clicked.connect(lambda: self._go_to_question(self.questions.currentItem()))
        details_layout.addWidget(self.go_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.no_questions = _label(self.tr("Aucune question n'utilise ce terme."), "glossaryNoQuestions")
        details_layout.addWidget(self.no_questions)
        details_layout.addStretch(1)  # short entries stay at the top
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(details)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Fermer"))
        close.setAutoDefault(False)  # Enter in the search or the list never closes the window
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search)

        self.resize(self._comfortable_size())
        self.refresh()

    def _comfortable_size(self) -> QSize:
        """Room for the list and an entry, inside a small screen (800×600 with the taskbar)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else None
        width, height = 780, 560
        if area is not None:
            width, height = min(width, area.width() - 20), min(height, area.height() - 40)
        return QSize(width, height)

    # -- the search and the list ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """The entries the search finds, the one chosen before kept when it is still found."""
        current = self.current_term_id()
        self.hits = self.glossary.search(self.search.text())
        self.list.blockSignals(True)
        self.list.clear()
        for hit in self.hits:
            item = QListWidgetItem(screen_text(hit.term.term, self.lang))
            item.setData(ID_ROLE, hit.term.id)
            # Found elsewhere than in its name (listed after those that are): it says where.
            where = ""
            if hit.matched == "other_language":
                where = self.tr("Trouvé dans une autre langue : %1").replace("%1", hit.name)
            elif hit.matched == "definition":
                where = self.tr("Trouvé dans la définition")
            if where:
                item.setToolTip(where)
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, where)
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [hit.term.id for hit in self.hits]
        # A search shows its best entry; the whole list keeps the entry that was shown.
        row = ids.index(current) if current in ids and not self.search.text().strip() else 0
        if self.hits:
            self.list.setCurrentRow(row)  # shows it (the list was emptied: the current entry changes)
        else:
            self._term_chosen(None)
        self.status.setText("" if self.hits else self.tr("Aucun terme ne correspond à votre recherche."))
        self.status.setVisible(not self.hits)

    def current_term_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def show_term(self, term_id: str) -> None:
        """Choose ``term_id`` in the list (the search is cleared when it would hide it)."""
        if term_id not in [hit.term.id for hit in self.hits]:
            self.search.clear()
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == term_id:
                self.list.setCurrentRow(row)
                self.list.scrollToItem(self.list.item(row))
                return

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _term_chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        term = self.glossary.term(item.data(ID_ROLE)) if item is not None else None
        self.view.show_term(term)
        self.questions.clear()
        self.question_text.setText("")
        users: list[Question] = self.glossary.questions_using(term.id) if term is not None else []
        for question in users:
            entry = QListWidgetItem(screen_text(question.text, self.lang))
            entry.setData(ID_ROLE, question.id)
            entry.setToolTip(self._where(question))
            self.questions.addItem(entry)
        self.questions_heading.setVisible(term is not None)
        self.questions.setVisible(bool(users))
        self.no_questions.setVisible(term is not None and not users)
        self.question_text.setVisible(False)
        self.go_button.setVisible(False)

    def _where(self, question: Question) -> str:
        """Module › section, as the list of steps names them."""
        module = self.pack.module(question.module_id)
        section = next((s for s in module.sections if s.id == question.section_id), None)
        parts = [screen_text(module.title, self.lang)]
        if section is not None:
            parts.append(screen_text(section.title, self.lang))
        return " › ".join(parts)  # a mirrored character: it points the other way in Arabic

    def _question_chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is None:
            self.question_text.setVisible(False)
            self.go_button.setVisible(False)
            return
        question = self.pack.question(item.data(ID_ROLE))
        self.question_text.setText(self.tr("Étape : %1").replace("%1", self._where(question)))
        self.question_text.setVisible(True)
        self.go_button.setVisible(self.go_to_question is not None)

    def _go_to_question(self, item: QListWidgetItem | None) -> None:
        if item is None or self.go_to_question is None:
            return
        if not self.go_to_question(item.data(ID_ROLE)):
            self.status.setText(
                self.tr(
                    "Cette question n'est pas posée ici : ouvrez une entreprise à qui elle s'applique (son profil "
                    "décide des questions posées)."
                )
            )
            self.status.setVisible(True)

    # -- the keyboard -----------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.search:
                return self._search_key(event)
            if watched is self.list:
                return self._list_key(event)
        return super().eventFilter(watched, event)

    def _search_key(self, event: QKeyEvent) -> bool:
        """Up, Down, Page Up, Page Down move in the list without leaving the search; Enter goes to the list;
        Escape clears the search (then closes the window, as Escape does)."""
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            # moves the current entry, which shows it
            QCoreApplication.sendEvent(self.list, QKeyEvent(event.type(), key, event.modifiers(), event.text()))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.list.count():
                self.list.setFocus()
            return True
        if key == Qt.Key.Key_Escape and self.search.text():
            self.search.clear()
            return True
        return False

    def _list_key(self, event: QKeyEvent) -> bool:
        """Typing a letter in the list goes on in the search; Enter goes to the entry's questions; Escape closes."""
        text = event.text()
        plain = not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        if plain and text and text.isprintable() and not text.isspace():
            self.search.setFocus()
            self.search.insert(text)
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.questions.isVisible() and self.questions.count():
                self.questions.setFocus()
                if self.questions.currentItem() is None:
                    self.questions.setCurrentRow(0)
            return True
        if event.key() == Qt.Key.Key_Backspace:
            self.search.setFocus()
            self.search.backspace()
            return True
        return False


def open_glossary(anchor: QWidget, pack: ContentPack, lang: str, term_id: str | None = None) -> GlossaryWindow:
    """The glossary browser of the window ``anchor`` is in (one per window, opened at the first call), shown in
    front with ``term_id`` chosen when given, the search field ready to type in otherwise. A question of the list
    leads to its step when that window can show one (its ``show_question``)."""
    top = anchor.window()
    window = next((w for w in top.findChildren(GlossaryWindow) if w.parentWidget() is top), None)
    if window is None:
        go_to: Callable[[str], bool] | None = getattr(top, "show_question", None)
        window = GlossaryWindow(pack, lang, go_to, top)
    window.show()
    window.raise_()
    window.activateWindow()
    if term_id is not None:
        window.show_term(term_id)
        window.list.setFocus()
    else:
        window.focus_search()
    return window
