"""One widget per question, by kind: the question, its answer controls, its help, and whether it is saved.

A widget only reports what the user chose (``answered``); the page saves it and tells the widget the outcome.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from merchant_assistant.answers import MAX_TEXT
from merchant_assistant.content.model import YESNO_VALUES, Question
from merchant_assistant.glossary import Glossary, first_mentions

from .labels import FSI, PDI, TERM_LINK, screen_html, screen_text, yesno_labels
from .style import ERROR_COLOR, NOTE_COLOR, SAVED_COLOR


def scrolling_page(page: QWidget) -> tuple[QScrollArea, QVBoxLayout]:
    """Give ``page`` a frameless scroll area filling it; returns the area and the layout to fill."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    outer.addWidget(scroll)
    body = QWidget()
    scroll.setWidget(body)
    layout = QVBoxLayout(body)
    layout.setContentsMargins(24, 16, 24, 16)
    layout.setSpacing(12)
    return scroll, layout


def wrapped_label(text: str = "", rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def tab_chain(*widgets: QWidget) -> None:
    """Tab goes through ``widgets`` in this order, and Shift+Tab back (mirrored with the page in Arabic)."""
    for before, after in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(before, after)


def back_button(text: str, tip: str) -> QPushButton:
    """A button that goes back a page, with the platform's arrow (mirrored in right-to-left)."""
    button = QPushButton(text)
    button.setIcon(button.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
    button.setToolTip(tip)
    return button


class LinkLabel(QLabel):
    """A wrapped label whose links the keyboard reaches: Tab onto it shows its first link (Shift+Tab its last),
    Tab moves from link to link and on past the last, Enter opens the one shown; back from what a link opened (the
    keyboard returns to the label), the same link is shown again."""

    def __init__(self, html: str, hrefs: list[str], parent: QWidget | None = None):
        super().__init__(html, parent)
        self.hrefs = hrefs  # the links, in the order of the text
        self.opened: str | None = None  # the last link opened
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setOpenExternalLinks(False)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.linkActivated.connect(self._opened)

    def _opened(self, href: str) -> None:
        self.opened = href

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        reason = event.reason()
        if reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.focusNextPrevChild(reason == Qt.FocusReason.TabFocusReason)
        elif reason != Qt.FocusReason.MouseFocusReason and self.opened in self.hrefs and not self.hasSelectedText():
            for _ in range(self.hrefs.index(self.opened) + 1):  # from none shown, each step shows the next link
                self.focusNextPrevChild(True)


class FlowLayout(QLayout):
    """Items in a row that wraps onto the next line when the width runs out (Qt's own flow layout example): the
    five answers of a yes/no question sit on one line on a wide page and on two in a narrow window, never
    behind a horizontal scroll bar. Right to left in an Arabic interface."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 18):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _place(self, rect: QRect, move: bool) -> int:
        host = self.parentWidget()
        rtl = host is not None and host.isRightToLeft()
        x, y, line_height = 0, rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x > 0 and x + hint.width() > rect.width():
                x, y, line_height = 0, y + line_height + 6, 0
            if move:
                left = rect.right() - x - hint.width() + 1 if rtl else rect.x() + x
                item.setGeometry(QRect(QPoint(left, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()


class OptionText(QLabel):
    """The text of a check box or a radio button, wrapped to the page's width (a button's own text never wraps: a
    long answer ran off a narrow window); a click on it is a click on its button."""

    def __init__(self, text: str, button: QAbstractButton, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.button = button
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setEnabled(button.isEnabled())
        self.setToolTip(button.toolTip())

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.button.isEnabled():
            self.button.click()
        super().mouseReleaseEvent(event)


def option_row(button: QAbstractButton, text: str) -> QWidget:
    """``button`` with ``text`` beside it, wrapped; the button keeps the text as its accessible name."""
    button.setAccessibleName(text)
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(OptionText(text, button), 1)
    return row


class ChoiceBox(QComboBox):
    """A drop-down that the mouse wheel never changes: scrolling a form over it scrolls the form, even right after
    a choice in it left it the focus (a drop-down changed by the wheel would save an answer nobody gave). It is
    changed by a click in its list, or by the keyboard."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel does not give it the focus either

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # goes on to the scroll area around it


class HelpBox(QWidget):
    """'Why it matters' and 'How to do it', folded away until asked for (each a label, or None when empty)."""

    def __init__(self, why: QLabel | None, how: QLabel | None, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setCursor(Qt.CursorShape.PointingHandCursor)
        self.toggle.toggled.connect(self._toggled)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeading)
        self.body = QFrame()
        self.body.setObjectName("helpBody")
        body = QVBoxLayout(self.body)
        body.setContentsMargins(12, 6, 12, 8)
        for title, label in ((self.tr("Pourquoi c'est important"), why), (self.tr("Comment faire"), how)):
            if label is not None:
                heading = QLabel(title)
                heading.setObjectName("helpHeading")
                body.addWidget(heading)
                body.addWidget(label)
        self.body.setVisible(False)
        layout.addWidget(self.body)
        self._toggled(False)

    def _toggled(self, shown: bool) -> None:
        closed = "◂" if self.isRightToLeft() else "▸"
        self.toggle.setText(f"{'▾' if shown else closed} " + self.tr("Pourquoi c'est important · Comment faire"))
        self.body.setVisible(shown)


class NoteEdit(QPlainTextEdit):
    """A few lines of the user's own words; reports them after a pause in typing and when the focus leaves."""

    finished = Signal(str)
    PAUSE_MS = 800  # long enough not to write on every key, short enough that nothing typed is lost

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setTabChangesFocus(True)  # Tab moves on, as in every other field of the form
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.PAUSE_MS)
        self.timer.timeout.connect(self.report)
        self.textChanged.connect(self.timer.start)

    def report(self) -> None:
        self.timer.stop()
        self.finished.emit(self.toPlainText().strip())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self.timer.isActive():
            self.report()
        super().focusOutEvent(event)


class QuestionWidget(QFrame):
    """The common frame; subclasses add the controls for their kind of answer."""

    answered = Signal(object)  # the new value; None removes the answer
    noted = Signal(str)  # the user's note on the answer (kept with it; "" removes it)

    def __init__(
        self,
        question: Question,
        lang: str,
        value: Any,
        uncertain_note: str,
        blocks_goal: bool = False,
        implied: frozenset[str] = frozenset(),
        note: str = "",
        glossary: Glossary | None = None,
        known: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.question = question
        self.lang = lang
        self.value = value
        self.note = note  # the last note saved
        self.implied = implied  # options other answers already tick (shown ticked, not asked twice)
        # What the profile says that answers a yes/no question "yes" (its RC number...): shown answered, not asked
        # twice; an answer the user gives still wins.
        self.known = known if value is None else ""
        self.glossary = glossary  # the glossary terms the text and help name are links to their definition
        self.term_popup: QWidget | None = None  # the definition on screen, if any
        self.setObjectName("questionCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)

        top = QHBoxLayout()
        self.text_label = self.content_label("text") or wrapped_label()
        self.text_label.setObjectName("questionText")
        top.addWidget(self.text_label, 1)
        self.state_label = QLabel()
        self.state_label.setObjectName("saveState")
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignTrailing)
        # Its room is kept from the start: "Saved ✓" appearing must not rewrap the question and move the answers
        # under the pointer.
        bold = self.state_label.font()
        bold.setBold(True)
        self.state_label.setFont(bold)
        metrics = self.state_label.fontMetrics()
        self.state_label.setFixedWidth(
            max(metrics.horizontalAdvance(t) for t in (self.tr("Enregistré ✓"), self.tr("Non enregistré"))) + 4
        )
        top.addWidget(self.state_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        if blocks_goal:  # only when it blocks a goal this business chose
            badge = QLabel(self.tr("Nécessaire pour l'affiliation au paiement"))
            badge.setObjectName("blockerBadge")
            layout.addWidget(badge, 0, Qt.AlignmentFlag.AlignLeading)
        if question.uncertain and uncertain_note:
            warning = wrapped_label(uncertain_note)
            warning.setObjectName("uncertainNote")
            warning.setStyleSheet(f"color: {NOTE_COLOR}; font-style: italic;")
            layout.addWidget(warning)

        self.controls = QWidget()
        layout.addWidget(self.controls)
        self.build_controls(self.controls)
        if self.known:
            known_label = wrapped_label(
                self.tr("Déjà indiqué dans votre profil : %1. Répondez seulement si c'est à corriger.").replace(
                    "%1", f"{FSI}{self.known}{PDI}"
                )
            )
            known_label.setObjectName("knownFromProfile")
            known_label.setStyleSheet(f"color: {NOTE_COLOR};")
            layout.addWidget(known_label)

        self.error_label = wrapped_label()
        self.error_label.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)

        why, how = self.content_label("why"), self.content_label("how")
        self.help = HelpBox(why, how) if (why or how) else None
        # The note and the help share one row: two small links under the answer; one above the other when the card
        # is too narrow for both (large text in presentation mode), never a page wider than the window (_fit_links).
        self.links = links = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        links.setSpacing(16)
        if self.help:
            # its width is decided by _fit_links, not by the card's minimum: the card may get narrower than both
            self.help.setSizePolicy(QSizePolicy.Policy.Ignored, self.help.sizePolicy().verticalPolicy())
            links.addWidget(self.help, 1, Qt.AlignmentFlag.AlignTop)
        self.note_toggle = QToolButton()
        self.note_toggle.setCheckable(True)
        self.note_toggle.setAutoRaise(True)
        self.note_toggle.setCursor(Qt.CursorShape.PointingHandCursor)
        self.note_toggle.setText(self.tr("✎ Ajouter une note"))
        self.note_toggle.setAccessibleName(self.tr("Note sur cette réponse"))
        self.note_toggle.toggled.connect(self._show_note)
        links.addWidget(self.note_toggle, 0, Qt.AlignmentFlag.AlignTop)
        if not self.help:
            links.addStretch(1)
        layout.addLayout(links)
        self.note_edit = NoteEdit(note)
        self.note_edit.setObjectName("answerNote")
        self.note_edit.setAccessibleName(self.tr("Note sur cette réponse"))
        self.note_edit.setPlaceholderText(
            self.tr("Votre note (facultative) : à qui demander, ce qu'il reste à vérifier… Elle figure dans le plan.")
        )
        self.note_edit.finished.connect(self._noted)
        # Opened by the user (mouse or keyboard): the cursor goes in, so that what they type is not lost.
        self.note_toggle.clicked.connect(lambda checked: self.note_edit.setFocus() if checked else None)
        self.note_edit.setVisible(False)
        layout.addWidget(self.note_edit)
        self.note_toggle.setChecked(bool(note))
        self._can_note()

    # -- the question's texts, with their glossary links ----------------------------------------------------
    def content_label(self, field: str) -> QLabel | None:
        """A label for the question's ``field`` ("text", "why", "how"); None when the content has no such text.
        The first time the text names a glossary term is a link (mouse, or Tab then Enter) to its definition."""
        text = getattr(self.question, field)
        shown = screen_text(text, self.lang)
        if not shown:
            return None
        mentions = first_mentions(self.glossary.question_mentions(self.question)[field]) if self.glossary else []
        if not mentions:
            return wrapped_label(shown)
        links = [(m.start, m.end, TERM_LINK + m.term_id) for m in mentions]
        label = LinkLabel(screen_html(text, self.lang, links), [href for _start, _end, href in links])
        label.setProperty("terms", [m.term_id for m in mentions])
        label.setToolTip(self.tr("Les mots soulignés ouvrent leur définition (Tab pour y aller, puis Entrée)."))
        label.linkActivated.connect(lambda href, label=label: self.show_term(href, label))
        return label

    def show_term(self, href: str, anchor: QWidget) -> None:
        """The definition of the term behind a link, over the page; nothing else changes."""
        if self.glossary is None or not href.startswith(TERM_LINK):
            return
        if self.term_popup is not None and shiboken6.isValid(self.term_popup):  # deleted once closed
            self.term_popup.close()
        from .glossary_window import show_term_popup  # the glossary's windows load when first asked for

        self.term_popup = show_term_popup(anchor, self.glossary.pack, self.lang, href.removeprefix(TERM_LINK))

    # -- subclasses -----------------------------------------------------------------------------------------
    def build_controls(self, host: QWidget) -> None:
        raise NotImplementedError

    def pending(self) -> bool:
        """Is there input not yet reported (typed text, focus still in the field)?"""
        return False

    def commit(self) -> None:
        """Report pending input now (before the page changes or the window closes)."""

    # -- what the page tells us -----------------------------------------------------------------------------
    def _choose(self, value: Any) -> None:
        # self.value stays the last *saved* answer until the page confirms the save: after a failure, choosing
        # the same answer again (or leaving the page with typed text) retries instead of doing nothing.
        if value == self.value:
            return
        self.answered.emit(value)

    def _show_note(self, shown: bool) -> None:
        self.note_edit.setVisible(shown)

    def _can_note(self) -> None:
        """A note belongs to an answer: it can be written once the question is answered."""
        self.note_toggle.setText(self.tr("✎ Votre note") if self.note else self.tr("✎ Ajouter une note"))
        answered = self.value is not None
        self.note_toggle.setEnabled(answered or bool(self.note))
        self.note_toggle.setToolTip("" if answered else self.tr("Répondez d'abord à la question pour ajouter une note"))

    def _noted(self, text: str) -> None:
        if text != self.note and self.value is not None:
            self.noted.emit(text)

    def note_pending(self) -> bool:
        return self.note_edit.timer.isActive()

    def commit_note(self) -> None:
        self.note_edit.report()

    def mark_noted(self, text: str) -> None:
        self.note = text
        self.mark_saved(self.value)  # and the link says "Your note" once there is one

    def mark_saved(self, value: Any) -> None:
        self.value = value
        if value is None:
            self.note = ""  # removing an answer removes its note (workspace.save_answer)
            self.note_edit.blockSignals(True)
            self.note_edit.setPlainText("")
            self.note_edit.blockSignals(False)
            self.note_toggle.setChecked(False)
        self._can_note()
        self.error_label.setVisible(False)
        self.state_label.setText(self.tr("Enregistré ✓"))
        self.state_label.setStyleSheet(f"color: {SAVED_COLOR};")

    def mark_failed(self, reason: str) -> None:
        self.state_label.setText(self.tr("Non enregistré"))
        self.state_label.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error_label.setText(reason)
        self.error_label.setVisible(bool(reason))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_links(event.size().width())

    def _fit_links(self, width: int) -> None:
        """The help's and the note's links side by side when the card has room for both, else one above the
        other."""
        if self.help is None:
            return
        card = self.layout()
        assert card is not None
        margins = card.contentsMargins()
        needed = (
            self.help.toggle.sizeHint().width()
            + self.links.spacing()
            + self.note_toggle.sizeHint().width()
            + margins.left()
            + margins.right()
        )
        direction = QBoxLayout.Direction.LeftToRight if width >= needed else QBoxLayout.Direction.TopToBottom
        if self.links.direction() != direction:
            self.links.setDirection(direction)


class _ChoiceQuestion(QuestionWidget):
    """Radio buttons: one value among several."""

    horizontal = False

    def choices(self) -> list[tuple[str, str]]:
        raise NotImplementedError

    def build_controls(self, host: QWidget) -> None:
        layout: QLayout = FlowLayout(host) if self.horizontal else QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        if not self.horizontal:
            layout.setSpacing(6)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for value, label in self.choices():
            button = AnswerButton(label if self.horizontal else "")
            button.setProperty("answer", value)
            button.setToolTip(self.tr("Touche %1").replace("%1", str(len(self.buttons) + 1)))
            # What the profile answers shows as the answer, until the user gives their own.
            button.setChecked(value == self.value or (bool(self.known) and value == "yes"))
            self.group.addButton(button)
            self.buttons[value] = button
            layout.addWidget(button if self.horizontal else option_row(button, label))
        self.group.buttonClicked.connect(self._clicked)

    def _clicked(self, button: QAbstractButton) -> None:
        self._choose(button.property("answer"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """1, 2, 3… choose the first, second, third answer (from the keyboard, without the mouse); each answer says
        its number in its tool tip."""
        number = _DIGIT_KEYS.get(event.key())
        buttons = list(self.buttons.values())
        if number is not None and number <= len(buttons):
            buttons[number - 1].setFocus()
            buttons[number - 1].click()
            self._show_in_page()  # the question answered is the one on screen (its link may have had the focus)
            return
        super().keyPressEvent(event)

    def _show_in_page(self) -> None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(self)


_DIGIT_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}
_ARROW_STEPS: dict[int, int] = {Qt.Key.Key_Up: -1, Qt.Key.Key_Left: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1}


class AnswerButton(QRadioButton):
    """One answer. The arrow keys move between the answers without choosing one: Qt, like Windows, would choose the
    next answer of a question already answered, and so save it (a blind review changed "Non" into "Je ne sais pas"
    pressing an arrow). Space, a click or the answer's number chooses. Past the first or last answer the key goes
    on to the page, which scrolls."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = _ARROW_STEPS.get(event.key())
        group = self.group()
        if step is None or group is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        if self.isRightToLeft() and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -step  # the first answer is on the right
        buttons = group.buttons()
        at = buttons.index(self) + step
        if 0 <= at < len(buttons):
            buttons[at].setFocus(Qt.FocusReason.TabFocusReason)
            event.accept()
        else:
            event.ignore()


class YesNoQuestion(_ChoiceQuestion):
    horizontal = True

    def choices(self) -> list[tuple[str, str]]:
        labels = yesno_labels()
        return [(v, labels[v]) for v in YESNO_VALUES]


class SingleQuestion(_ChoiceQuestion):
    def choices(self) -> list[tuple[str, str]]:
        return [(o.id, screen_text(o.label, self.lang)) for o in self.question.options]


class MultiQuestion(QuestionWidget):
    """Check boxes: any number of options; nothing ticked removes the answer."""

    def build_controls(self, host: QWidget) -> None:
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        chosen = set(self.value or ())
        self.boxes: dict[str, QCheckBox] = {}
        for option in self.question.options:
            box = QCheckBox()
            box.setChecked(option.id in chosen or option.id in self.implied)
            if option.id in self.implied:
                box.setEnabled(False)
                box.setToolTip(
                    self.tr("Déjà acquis : indiqué dans le profil ou dans une autre réponse, ou par une action faite")
                )
            box.toggled.connect(self._toggled)
            self.boxes[option.id] = box
            layout.addWidget(option_row(box, screen_text(option.label, self.lang)))

    def _toggled(self) -> None:
        ticked = [oid for oid, box in self.boxes.items() if box.isChecked()]
        self._choose(ticked or None)


class TextQuestion(QuestionWidget):
    """A short text, reported when the user leaves the field or presses Enter."""

    def build_controls(self, host: QWidget) -> None:
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self.value if isinstance(self.value, str) else "")
        self.edit.setMaxLength(MAX_TEXT)
        self.edit.setPlaceholderText(self.tr("Votre réponse (enregistrée quand vous quittez le champ)"))
        self.edit.editingFinished.connect(self.commit)
        layout.addWidget(self.edit)

    def pending(self) -> bool:
        return (self.edit.text().strip() or None) != self.value

    def commit(self) -> None:
        self._choose(self.edit.text().strip() or None)


WIDGETS = {"yesno": YesNoQuestion, "single": SingleQuestion, "multi": MultiQuestion, "text": TextQuestion}


def question_widget(question: Question, lang: str, value: Any, uncertain_note: str, **extra: Any) -> QuestionWidget:
    """The card for ``question``; ``extra``: blocks_goal, implied, note, glossary, known (see QuestionWidget)."""
    return WIDGETS[question.kind](question, lang, value, uncertain_note, **extra)
