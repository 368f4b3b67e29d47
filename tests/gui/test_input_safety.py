"""Nothing changes without the user's action: the wheel scrolls a form instead of changing its drop-downs, a saved
answer does not move the others under the pointer, and Enter on a destructive question cancels."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from merchant_assistant.service import add_demo_business
from merchant_assistant.storage import Store
from ui.messages import confirm
from ui.question_widgets import ChoiceBox, YesNoQuestion

from .test_ui import section


def wheel(widget: QWidget, steps: int = -1) -> bool:
    """Turn the mouse wheel over ``widget`` (negative: towards the user); was the event taken? An event the widget
    leaves is what Qt then hands to its parents: the scroll area around a form scrolls."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    event.setAccepted(False)
    widget.wheelEvent(event)
    return event.isAccepted()


def test_the_wheel_passes_over_a_profile_drop_down_to_the_form(open_window, qtbot, db_path):
    window = open_window()
    window.new_business()
    combo = window.wizard.profile_page.editors["staff"].combo
    before = combo.currentIndex()
    assert not combo.hasFocus()
    assert not wheel(combo), "the drop-down kept the wheel: the form would not scroll"
    assert combo.currentIndex() == before, "the wheel changed a drop-down the user had not chosen"

    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel alone never gives it the focus


def test_a_drop_down_just_chosen_is_not_changed_by_scrolling_the_page(qtbot):
    """The user picks a value, then scrolls the page with the pointer still over the drop-down: the page scrolls,
    the value stays (a blind review saw the turnover move by two brackets)."""
    combo = ChoiceBox()
    combo.addItems(["a", "b", "c"])
    qtbot.addWidget(combo)
    combo.show()
    combo.activateWindow()
    qtbot.waitUntil(combo.isActiveWindow)
    combo.setFocus()  # a choice in its list leaves it the focus
    qtbot.waitUntil(combo.hasFocus)
    assert not wheel(combo), "the drop-down kept the wheel: the form would not scroll"
    assert not wheel(combo, steps=1)
    assert combo.currentIndex() == 0


def test_saved_does_not_move_the_answers(qtbot, fixture_pack):
    question = fixture_pack.question("t_rc")
    holder = QWidget()
    holder.resize(420, 400)
    card = YesNoQuestion(question, "fr", None, "", parent=holder)
    card.setFixedWidth(400)  # narrow: the question wraps, as on a small screen
    holder.show()
    qtbot.waitExposed(holder)
    buttons = card.controls.findChildren(QWidget)
    first = buttons[0]

    def where() -> tuple[int, int]:
        QApplication.processEvents()
        return first.mapTo(card, QPoint(0, 0)).y(), card.text_label.height()

    before = where()
    card.mark_saved("yes")
    assert where() == before, "the answers moved when 'Saved' appeared"
    card.mark_failed("")
    assert where() == before


def test_enter_on_a_destructive_question_cancels(qtbot):
    parent = QWidget()
    parent.show()
    qtbot.waitExposed(parent)
    done: list[bool] = []
    box = confirm(parent, "Supprimer", "Supprimer cette entreprise ?", "Supprimer", lambda: done.append(True))
    qtbot.waitExposed(box)
    default = box.defaultButton()
    assert default is not None and box.buttonRole(default) == QMessageBox.ButtonRole.RejectRole
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert not done, "Enter deleted"
    assert not box.isVisible()


def test_the_delete_question_on_the_start_page_defaults_to_cancel(open_window, qtbot, db_path, fixture_pack):
    with Store(db_path) as store:
        add_demo_business(store, fixture_pack)
    window = open_window()
    window.show_start()
    page = window.start_page
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    box = page.confirmation
    assert box is not None
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert page.list.topLevelItemCount() == 1
    with Store(db_path) as other:
        assert len(other.list_businesses()) == 1


def test_the_section_page_keeps_its_place_when_an_answer_is_saved(open_window, qtbot, db_path, fixture_pack):
    with Store(db_path) as store:
        add_demo_business(store, fixture_pack)
    window = open_window()
    window.resize(800, 600)
    window.wizard.go_to(window.wizard.steps[1].id)
    page = section(window)
    cards = list(page.widgets.values())
    card = next(c for c in cards if isinstance(c, YesNoQuestion))
    others = [c for c in cards if c is not card]
    if not others:
        pytest.skip("one question on the page")
    QApplication.processEvents()
    before = [c.mapTo(page, QPoint(0, 0)).y() for c in others]
    card.mark_saved(card.value)
    QApplication.processEvents()
    assert [c.mapTo(page, QPoint(0, 0)).y() for c in others] == before


def _answer(box: QMessageBox, role: QMessageBox.ButtonRole, qtbot) -> None:
    button = next(b for b in box.buttons() if box.buttonRole(b) == role)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _businesses(db_path) -> list:
    with Store(db_path) as other:
        return other.list_businesses()


def test_leaving_an_empty_new_business_creates_nothing_and_asks_nothing(open_window, qtbot, db_path):
    window = open_window()
    window.new_business()
    window.show_start()
    assert window.stack.currentWidget() is window.start_page
    assert window.confirmation is None
    assert _businesses(db_path) == []


def test_a_typed_new_business_is_given_up_only_when_the_user_says_so(open_window, qtbot, db_path):
    window = open_window()
    window.new_business()
    window.wizard.profile_page.editors["name"].edit.setText("Boutique Atlas")
    window.show_start()  # "Businesses" in the menu
    box = window.confirmation
    assert box is not None and box.isVisible()
    assert window.stack.currentWidget() is window.wizard  # still there while the question is open
    _answer(box, QMessageBox.ButtonRole.RejectRole, qtbot)  # keep editing
    assert window.stack.currentWidget() is window.wizard
    assert window.wizard.profile_page.editors["name"].edit.text() == "Boutique Atlas"
    assert _businesses(db_path) == [], "leaving must not create the business"

    window.show_start()
    _answer(window.confirmation, QMessageBox.ButtonRole.DestructiveRole, qtbot)  # give it up
    assert window.stack.currentWidget() is window.start_page
    assert _businesses(db_path) == []


def test_cancel_on_a_new_business_goes_back_without_creating_it(open_window, qtbot, db_path):
    window = open_window()
    window.new_business()
    page = window.wizard.profile_page
    assert page.cancel_button.isVisible()
    page.editors["name"].edit.setText("Boutique Atlas")
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.start_page
    assert _businesses(db_path) == []

    window.new_business()  # the form starts empty again
    assert page.editors["name"].edit.text() == ""


def test_next_creates_the_business_and_the_cancel_button_goes(open_window, qtbot, db_path):
    window = open_window()
    window.new_business()
    page = window.wizard.profile_page
    page.editors["name"].edit.setText("Boutique Atlas")
    qtbot.mouseClick(window.wizard.next_button, Qt.MouseButton.LeftButton)
    assert [b.name for b in _businesses(db_path)] == ["Boutique Atlas"]
    window.wizard.go_to("profile")
    assert not page.cancel_button.isVisible()


def test_closing_on_a_typed_new_business_asks_without_blocking(open_window, qtbot, db_path):
    window = open_window()
    window.new_business()
    window.wizard.profile_page.editors["name"].edit.setText("Boutique Atlas")
    window.close()
    assert window.isVisible(), "closed without asking"
    box = window.confirmation
    assert box is not None and box.isVisible()
    _answer(box, QMessageBox.ButtonRole.DestructiveRole, qtbot)
    assert not window.isVisible()
    assert _businesses(db_path) == []


def test_enter_on_an_answer_goes_to_the_next_step_but_not_from_a_text(open_window, qtbot, db_path, fixture_pack):
    with Store(db_path) as store:
        add_demo_business(store, fixture_pack)
    window = open_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    wizard = window.wizard
    wizard.go_to("safety/safety_basics")
    card = section(window).widgets["t_staff_leavers"]
    button = next(iter(card.buttons.values()))
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert wizard.current != "safety/safety_basics"  # Enter is "Next"
    wizard.go_to("safety/safety_basics")
    card = section(window).widgets["t_staff_leavers"]
    card.note_toggle.click()
    card.note_edit.setFocus()
    qtbot.keyClick(card.note_edit, Qt.Key.Key_Return)
    assert wizard.current == "safety/safety_basics"  # in a note, Enter is a new line
