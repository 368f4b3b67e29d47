"""Message boxes, shown window-modal but without a nested event loop (qutebrowser's habit), so that the rest of
the program keeps running and tests can find and answer them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # Qt's message box class and `Qt` are made on first use, not before the first window (ui.app)
    from PySide6.QtWidgets import QMessageBox, QWidget

MESSAGE_WIDTH = 460  # pixels at most for the explanation's lines; longer ones wrap


def show_message(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    informative: str = "",
    buttons: list[tuple[str, QMessageBox.ButtonRole, Callable[[], None] | None]] | None = None,
) -> QMessageBox:
    """Open a message box and return at once. ``buttons``: (label, role, action when clicked)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QMessageBox

    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if informative:
        box.setInformativeText(informative)
        # Room for a sentence with a file path on one line: Qt may break a path at each "/", and a narrow box
        # makes "/home/…" read as three pieces (worst in Arabic, where the pieces change sides).
        explanation = box.findChild(QLabel, "qt_msgbox_informativelabel")
        if explanation is not None:
            width = explanation.fontMetrics().horizontalAdvance(informative) + 8
            explanation.setMinimumWidth(min(MESSAGE_WIDTH, width))
    actions: dict[object, Callable[[], None] | None] = {}
    ok = QCoreApplication.translate("Messages", "OK")
    for label, role, action in buttons or [(ok, QMessageBox.ButtonRole.AcceptRole, None)]:
        button = box.addButton(label, role)
        actions[button] = action
        if role in (QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.YesRole):
            box.setDefaultButton(button)

    def clicked(button: object) -> None:
        action = actions.get(button)
        if action is not None:
            action()

    box.buttonClicked.connect(clicked)
    box.open()
    return box


def show_info(parent: QWidget | None, title: str, text: str, informative: str = "") -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    return show_message(parent, QMessageBox.Icon.Information, title, text, informative)


def show_error(parent: QWidget | None, title: str, text: str, informative: str = "") -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    return show_message(parent, QMessageBox.Icon.Warning, title, text, informative)


def confirm(
    parent: QWidget | None, title: str, text: str, accept_label: str, on_accept: Callable[[], None]
) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    box = show_message(
        parent,
        QMessageBox.Icon.Question,
        title,
        text,
        buttons=[
            (accept_label, QMessageBox.ButtonRole.DestructiveRole, on_accept),
            (QCoreApplication.translate("Messages", "Annuler"), QMessageBox.ButtonRole.RejectRole, None),
        ],
    )
    # Enter or Escape never destroys anything: the destructive button takes a deliberate click.
    cancel = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)  # type: ignore[call-overload]
    box.setEscapeButton(cancel)
    cancel.setFocus()
    return box


def present_error(parent: QWidget | None, title: str, text: str, error: Exception) -> QMessageBox:
    """The one way the interface shows a failure the user can act on: ``title`` and ``text`` say what could not be
    done; the error says why, in the interface language."""
    return show_error(parent, title, text, error_text(error))


def error_text(error: Exception | str) -> str:
    """Why, in the interface language (the domain's message catalogue)."""
    from .labels import field_message  # a UserError and a Problem both know their sentence in every language

    return field_message(error)
