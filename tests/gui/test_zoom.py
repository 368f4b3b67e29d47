"""Larger text for a trainer's projector or tired eyes: Ctrl++ / Ctrl+- change the whole interface's text size,
Ctrl+0 brings back the system's, and the choice is remembered for the next start. Presentation mode (F5): large
text and high contrast."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from merchant_assistant.settings import PRESENTATION, TEXT_SIZE, Settings
from ui.style import PRESENTATION_TEXT_SIZE


@pytest.fixture
def font_afterwards(qapp):
    font = qapp.font()
    yield
    qapp.setFont(font)


def test_zoom_in_out_and_back_is_remembered(open_window, font_afterwards):
    window = open_window()
    start = round(QApplication.font().pointSizeF())
    window.findChild(QAction, "zoom_1").trigger()
    window.findChild(QAction, "zoom_1").trigger()
    assert round(QApplication.font().pointSizeF()) == start + 2
    QApplication.processEvents()
    assert round(window.start_page.font().pointSizeF()) == start + 2  # the widgets follow
    assert Settings().get(TEXT_SIZE) == start + 2
    window.findChild(QAction, "zoom_-1").trigger()
    assert Settings().get(TEXT_SIZE) == start + 1
    window.findChild(QAction, "zoom_0").trigger()
    assert Settings().get(TEXT_SIZE) == 0  # the system's size again
    assert QApplication.font().pointSizeF() >= 10


def test_zoom_stops_at_the_largest_size(open_window, font_afterwards):
    window = open_window()
    for _ in range(40):
        window.findChild(QAction, "zoom_1").trigger()
    assert Settings().get(TEXT_SIZE) == TEXT_SIZE.maximum


@pytest.fixture
def palette_afterwards(qapp):
    palette = QApplication.palette()
    yield
    QApplication.setPalette(palette)


def test_titles_follow_the_zoom(open_window, font_afterwards):
    window = open_window()
    window.start_page._add_demo()
    title = window.wizard.findChild(QLabel, "pageTitle")
    before = title.font().pointSizeF()
    for _ in range(4):
        window.findChild(QAction, "zoom_1").trigger()
    QApplication.processEvents()
    assert title.font().pointSizeF() >= before + 5  # a title stays larger than the text it heads
    assert title.font().pointSizeF() > QApplication.font().pointSizeF()


def test_presentation_mode_is_large_high_contrast_and_remembered(open_window, font_afterwards, palette_afterwards):
    window = open_window()
    start = QApplication.font().pointSizeF()
    normal = QApplication.palette()
    action = window.presentation_action
    assert not action.isChecked() and action.shortcut().toString() == "F5"
    action.trigger()
    assert QApplication.font().pointSizeF() >= PRESENTATION_TEXT_SIZE
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#000000"
    assert palette.color(QPalette.ColorRole.Base).name() == "#ffffff"
    assert Settings().get(PRESENTATION) == "on"
    assert Settings().get(TEXT_SIZE) == 0  # the user's own size is kept for later
    window.close()

    window = open_window()  # the next start is in presentation mode too
    assert window.presentation_action.isChecked() and QApplication.font().pointSizeF() >= PRESENTATION_TEXT_SIZE
    window.presentation_action.trigger()
    assert QApplication.font().pointSizeF() == max(start, 10)  # back to the user's own size and colours
    assert QApplication.palette().color(QPalette.ColorRole.Highlight) == normal.color(QPalette.ColorRole.Highlight)
    assert Settings().get(PRESENTATION) == "off"


def test_normal_size_in_presentation_mode_is_presentation_s_size(open_window, font_afterwards, palette_afterwards):
    """Ctrl+0 brought the text back to the desk's size while the colours stayed high-contrast (blind review)."""
    window = open_window()
    window.presentation_action.trigger()
    window.findChild(QAction, "zoom_1").trigger()
    window.findChild(QAction, "zoom_1").trigger()
    window.findChild(QAction, "zoom_0").trigger()
    assert QApplication.font().pointSizeF() == PRESENTATION_TEXT_SIZE
    assert QApplication.palette().color(QPalette.ColorRole.WindowText).name() == "#000000"
    window.presentation_action.trigger()


def test_a_question_page_never_scrolls_sideways_at_a_projector_s_text_size(
    open_window, db_path, fixture_pack, font_afterwards, palette_afterwards
):
    """With F5 and two Ctrl+, the help's and the note's links side by side made the page wider than the window:
    "Non applic…" and "Ajouter une…" were cut behind a sideways scroll bar (blind review). They go one above the
    other instead; at the desk's size they stay side by side."""
    from PySide6.QtWidgets import QBoxLayout

    from merchant_assistant.service import add_demo_business
    from merchant_assistant.storage import Store

    with Store(db_path) as store:
        add_demo_business(store, fixture_pack)
    window = open_window()
    window.resize(1180, 708)
    window.wizard.go_to(window.wizard.steps[1].id)
    QApplication.processEvents()
    page = window.wizard.section_page
    cards = [card for card in page.widgets.values() if card.help is not None]
    assert cards and all(card.links.direction() == QBoxLayout.Direction.LeftToRight for card in cards)
    window.presentation_action.trigger()
    window.findChild(QAction, "zoom_1").trigger()
    window.findChild(QAction, "zoom_1").trigger()
    for _ in range(3):
        QApplication.processEvents()
    assert page.scroll_area.horizontalScrollBar().maximum() == 0
    assert any(card.links.direction() == QBoxLayout.Direction.TopToBottom for card in cards)
    window.presentation_action.trigger()
