"""Larger text for a trainer's projector or tired eyes: Ctrl++ / Ctrl+- change the whole interface's text size,
Ctrl+0 brings back the system's, and the choice is remembered for the next start."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from merchant_assistant.settings import TEXT_SIZE, Settings


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
