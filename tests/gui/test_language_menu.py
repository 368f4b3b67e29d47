"""The language menu: the interface changes language at once, right to left for Arabic, on the same business and
step, and the choice is remembered for the next start."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from merchant_assistant.service import add_demo_business
from merchant_assistant.settings import LANGUAGE, Settings
from merchant_assistant.storage import Store
from ui.app import switch_language


def choose(window, lang: str) -> None:
    action = window.findChild(QAction, f"language_{lang}")
    assert action is not None and action.isCheckable()
    action.trigger()


@pytest.fixture
def switching(open_window, french_afterwards):
    """A window whose language menu works as in the app: each choice gives a new window (kept in the list)."""
    windows = []

    def start(lang: str = "fr"):
        window = open_window(lang)
        windows.append(window)
        settings = Settings()
        window.language_chosen.connect(lambda chosen: switch_language(window, chosen, settings, windows.append))
        return window

    yield start, windows
    for window in windows[1:]:
        window.close()


def test_choosing_english_then_arabic_changes_the_interface_and_is_remembered(switching, qtbot, db_path, fixture_pack):
    start, windows = switching
    with Store(db_path) as store:
        business_id = add_demo_business(store, fixture_pack)
    window = start("fr")
    step = window.wizard.current
    assert window.wizard.business_id == business_id

    choose(window, "en")
    english = windows[-1]
    assert english is not window and not window.isVisible()
    assert english.windowTitle() == "Merchant Readiness Assistant"
    assert english.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert (english.wizard.business_id, english.wizard.current) == (business_id, step)  # same place
    assert Settings().get(LANGUAGE) == "en"

    choose(english, "ar")
    arabic = windows[-1]
    assert arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert arabic.findChild(QAction, "language_ar").isChecked()
    assert Settings().get(LANGUAGE) == "ar"


def test_choosing_the_language_already_shown_does_nothing(switching):
    start, windows = switching
    window = start("fr")
    choose(window, "fr")
    assert windows == [window] and window.isVisible()


def test_a_new_business_being_typed_is_asked_about_before_switching(switching, qtbot, db_path):
    from PySide6.QtWidgets import QMessageBox

    start, windows = switching
    window = start("fr")
    window.new_business()
    window.wizard.profile_page.editors["name"].edit.setText("Boutique Atlas")
    choose(window, "en")
    assert windows == [window], "switched without asking"
    box = window.confirmation
    keep = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert windows == [window]
    assert window.wizard.profile_page.editors["name"].edit.text() == "Boutique Atlas"


def test_the_list_stays_the_list_in_another_language(switching, qtbot, db_path, fixture_pack):
    """A trainer switching language on the list of businesses is not taken into the last business."""
    start, windows = switching
    with Store(db_path) as store:
        first = add_demo_business(store, fixture_pack)
        add_demo_business(store, fixture_pack)
    window = start("fr")
    window.show_start()
    assert window.on_start_page()
    choose(window, "ar")
    arabic = windows[-1]
    assert arabic.on_start_page()
    arabic.open_business(first)
    arabic.show_start()
    assert arabic.start_page._current_id() == first  # the business just left is the one chosen in the list


def test_a_workshop_stays_on_screen_in_another_language(switching, qtbot, db_path, fixture_pack):
    """A trainer switching language on a workshop's table stays there, and so does the way back to it."""
    start, windows = switching
    with Store(db_path) as store:
        first = add_demo_business(store, fixture_pack)
        second = add_demo_business(store, fixture_pack)
    window = start("fr")
    workshop = window.workspace.create_workshop("Atelier").workshop_id
    for business in (first, second):
        window.workspace.add_participant(workshop, business)
    window.open_workshop(workshop)
    window.workshop_page.table.setCurrentIndex(window.workshop_page.proxy.index(1, 0))
    choose(window, "ar")
    arabic = windows[-1]
    assert arabic.on_workshop_page() and arabic.workshop_page.current_id() == second
    arabic.workshop_page.open_current()
    assert arabic.wizard.business_id == second and arabic.wizard.workshop_button.isVisible()
    choose(arabic, "en")
    english = windows[-1]
    assert english.wizard.business_id == second and english.wizard.workshop_button.isVisible()
    english.back_to_workshop()
    assert english.on_workshop_page()
    english.show_workshops()
    choose(english, "fr")
    assert windows[-1].stack.currentWidget() is windows[-1].workshops_page
