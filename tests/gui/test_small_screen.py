"""A shop's old laptop at 800×600: the list of steps folds away and the profile form puts its labels above its
fields, so that nothing needs a horizontal scroll bar."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QApplication, QFormLayout

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
