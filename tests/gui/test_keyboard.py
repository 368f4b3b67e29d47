"""The path by keyboard alone: number keys choose an answer, Ctrl+PgDown / Ctrl+PgUp move between steps, Ctrl+End
opens the plan and Ctrl+Home the profile."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from merchant_assistant.service import add_demo_business
from merchant_assistant.storage import Store
from ui.question_widgets import YesNoQuestion

from .test_ui import saved_answers, section


def test_number_keys_choose_an_answer_and_it_is_saved(open_window, qtbot, db_path, fixture_pack):
    with Store(db_path) as store:
        business_id = add_demo_business(store, fixture_pack)
    window = open_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.wizard.go_to(window.wizard.steps[1].id)
    page = section(window)
    card = next(c for c in page.widgets.values() if isinstance(c, YesNoQuestion))
    first = next(iter(card.buttons.values()))
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_3)  # the third answer: "no"
    qtbot.waitUntil(lambda: saved_answers(db_path, business_id).get(card.question.id) == "no")
    assert card.buttons["no"].isChecked() and card.buttons["no"].hasFocus()


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_arrow_keys_move_between_answers_without_changing_one(
    open_window, qtbot, db_path, fixture_pack, lang, french_afterwards
):
    """Qt would choose the next answer of a question already answered, and save it: a user pressing an arrow to
    move, or to scroll, changed "Non" into "Je ne sais pas" (blind review)."""
    from ui.app import prepare_application

    prepare_application(lang)
    with Store(db_path) as store:
        business_id = add_demo_business(store, fixture_pack)
    window = open_window(lang)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.wizard.go_to(window.wizard.steps[1].id)
    page = section(window)
    card = next(c for c in page.widgets.values() if isinstance(c, YesNoQuestion))
    qtbot.keyClick(next(iter(card.buttons.values())), Qt.Key.Key_3)  # answered "no", from the keyboard
    qtbot.waitUntil(lambda: saved_answers(db_path, business_id).get(card.question.id) == "no")
    forward = Qt.Key.Key_Left if lang == "ar" else Qt.Key.Key_Right  # towards the next answer on screen
    for key, focused in ((forward, "dont_know"), (Qt.Key.Key_Down, "na"), (Qt.Key.Key_Up, "dont_know")):
        qtbot.keyClick(QApplication.focusWidget(), key)
        assert card.buttons[focused].hasFocus(), key
    assert card.buttons["no"].isChecked() and card.value == "no"
    assert saved_answers(db_path, business_id).get(card.question.id) == "no"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # Space chooses the answer that has the focus
    qtbot.waitUntil(lambda: saved_answers(db_path, business_id).get(card.question.id) == "dont_know")


def test_shortcuts_move_between_steps(open_window, qtbot, db_path, fixture_pack):
    with Store(db_path) as store:
        add_demo_business(store, fixture_pack)
    window = open_window()
    wizard = window.wizard
    wizard.go_to("profile")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    def press(key) -> None:  # where the keyboard focus is, as a user's key press goes
        qtbot.keyClick(QApplication.focusWidget() or window, key, Qt.KeyboardModifier.ControlModifier)

    press(Qt.Key.Key_PageDown)
    assert wizard.current == wizard.steps[1].id
    press(Qt.Key.Key_End)
    assert wizard.current == "plan"
    press(Qt.Key.Key_PageUp)
    assert wizard.current == wizard.steps[-2].id
    press(Qt.Key.Key_Home)
    assert wizard.current == "profile"


@pytest.mark.parametrize("lang", ["fr", "ar", "en"])
def test_help_lists_the_keyboard_shortcuts_as_the_program_sets_them(open_window, lang, french_afterwards):
    """A blind review found the number keys mentioned nowhere: Help > Keyboard shortcuts (F1) lists them with the
    keys the menus and the steps really use, named the way this system names them."""
    from PySide6.QtGui import QAction, QKeySequence

    from ui.app import prepare_application
    from ui.wizard import STEP_KEYS

    prepare_application(lang)
    window = open_window(lang)
    action = window.findChild(QAction, "keyboardShortcuts")
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    action.trigger()
    box = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w.inherits("QMessageBox"))
    listed = box.informativeText()
    native = QKeySequence.SequenceFormat.PortableText if lang == "ar" else QKeySequence.SequenceFormat.NativeText
    for keys in (
        window.findChild(QAction, "quickSwitch").shortcut(),
        window.findChild(QAction, "glossary").shortcut(),
        QKeySequence(STEP_KEYS["next"]),
        QKeySequence(STEP_KEYS["plan"]),
    ):
        assert keys.toString(native) in listed, (keys.toString(native), listed)
    assert ("1 à 9", "من 1 إلى 9", "1 to 9")[["fr", "ar", "en"].index(lang)] in listed
    assert len(listed.splitlines()) == 13
    box.close()


def test_a_new_step_puts_the_keyboard_on_its_first_unanswered_question(open_window, qtbot, db_path, fixture_pack):
    """A blind review pressed a number key on a new step and nothing happened: no question had the focus."""
    with Store(db_path) as store:
        business_id = add_demo_business(store, fixture_pack)
    window = open_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.wizard.next_button.setFocus()
    answered = saved_answers(db_path, business_id)

    def first_unanswered(step):
        return next((q for q in step.questions if q.id not in answered), None)

    # a step whose first question not answered is a yes/no one (a text field would take the "1" as typing)
    step = next(
        s for s in window.wizard.steps[1:-1] if first_unanswered(s) is not None and first_unanswered(s).kind == "yesno"
    )
    window.wizard.go_to(step.id)
    page = section(window)
    first = first_unanswered(step)
    card = page.widgets[first.id]
    assert card.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)
    qtbot.waitUntil(lambda: saved_answers(db_path, business_id).get(first.id) is not None)
    window.wizard.sidebar.setFocus()  # going through the steps with the arrow keys: the list keeps the keyboard
    window.wizard.go_to(next(s.id for s in window.wizard.steps[1:-1] if s.id != step.id))
    assert QApplication.focusWidget() is window.wizard.sidebar
