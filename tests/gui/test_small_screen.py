"""A shop's old laptop at 800×600: the list of steps folds away and the profile form puts its labels above its
fields, so that nothing needs a horizontal scroll bar; at 150 % or 200 % scale the window still fits the screen."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QFormLayout, QScrollArea

from merchant_assistant.service import add_demo_business
from merchant_assistant.storage import Store


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_profile_fits_800_by_600_once_the_steps_are_folded(open_window, qtbot, db_path, fixture_pack, lang):
    with Store(db_path) as store:
        add_demo_business(store, fixture_pack)
    window = open_window(lang)
    window.resize(800, 600)
    wizard = window.wizard
    wizard.go_to("profile")
    QApplication.processEvents()
    page = wizard.profile_page
    assert page.form.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapAllRows  # labels above their fields
    assert wizard.sidebar.width() < 330  # a narrower list of steps in a narrow window

    wizard.steps_button.click()  # fold the steps away
    QApplication.processEvents()
    assert not wizard.sidebar.isVisible()
    qtbot.waitUntil(lambda: page.scroll_area.horizontalScrollBar().maximum() == 0)

    wizard.steps_button.click()
    assert wizard.sidebar.isVisible()


def test_a_wide_window_keeps_labels_beside_their_fields(open_window, qtbot):
    window = open_window()
    window.resize(1366, 768)
    window.new_business()
    QApplication.processEvents()
    assert window.wizard.profile_page.form.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapLongRows
    assert window.wizard.sidebar.width() == 330


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_plan_page_fits_800_by_600_beside_the_steps(open_window, qtbot, db_path, fixture_pack, lang):
    with Store(db_path) as store:
        add_demo_business(store, fixture_pack)
    window = open_window(lang)
    window.resize(800, 600)
    window.wizard.go_to("plan")
    page = window.wizard.plan_page
    scroll = page.findChild(QScrollArea)
    qtbot.waitUntil(lambda: scroll.horizontalScrollBar().maximum() == 0)
    assert page.pdf_button.isVisible() and page.csv_button.isVisible()


@pytest.mark.parametrize(("width", "height"), [(911, 512), (683, 384), (1280, 680)])
def test_the_window_is_never_larger_than_the_screen(open_window, monkeypatch, width, height):
    """1366×768 at 150 % and 200 % scale (Qt's units), and 1280×720 with its task bar."""
    window = open_window()

    class Screen:
        def availableGeometry(self):
            return QRect(0, 0, width, height)

    monkeypatch.setattr(window, "screen", lambda: Screen())
    window._fit_screen()
    assert window.minimumWidth() <= width and window.minimumHeight() <= height
    assert window.width() <= width and window.height() <= height


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_question_pages_fit_800_by_600_beside_the_steps(open_window, qtbot, db_path, bundled_pack, lang):
    """Five answers in a row wrap onto a second line, long answers wrap: no horizontal scroll bar."""
    with Store(db_path) as store:
        add_demo_business(store, bundled_pack)
    window = open_window(lang, pack=bundled_pack)
    window.resize(800, 600)
    for step in ("express", "security/sec_accounts", "legal/leg_status"):
        window.wizard.go_to(step)
        scroll = window.wizard.section_page.scroll_area
        qtbot.waitUntil(lambda scroll=scroll: scroll.horizontalScrollBar().maximum() == 0)


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_every_column_of_the_plan_can_be_reached_at_800_by_600(open_window, qtbot, db_path, bundled_pack, lang):
    """The action's title keeps a readable width; the status column, where an action is marked done, is on
    screen or a sideways scroll away, never cut off."""
    from ui.plan_page import ACTION

    with Store(db_path) as store:
        add_demo_business(store, bundled_pack)
    window = open_window(lang, pack=bundled_pack)
    window.resize(800, 600)
    window.wizard.go_to("plan")
    page = window.wizard.plan_page
    table = page.table
    QApplication.processEvents()
    qtbot.waitUntil(lambda: table.columnWidth(ACTION) >= table.fontMetrics().averageCharWidth() * 24)
    total = sum(table.columnWidth(c) for c in range(page.model.columnCount()))
    assert total <= table.viewport().width() or table.horizontalScrollBar().maximum() > 0
