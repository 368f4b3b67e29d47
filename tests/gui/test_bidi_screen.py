"""Arabic on screen: law numbers, "3-D Secure" and web addresses keep their own order, as on the PDF (one shared
rule: merchant_assistant.i18n.ltr_mark_positions). Measured with Qt's own text layout, right to left."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from ui.labels import screen_text


def x_of(text: str, piece: str) -> float:
    """Where Qt draws the first character of ``piece`` in ``text`` laid out right to left."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(4000)
    layout.endLayout()
    return line.cursorToX(text.index(piece))[0]


@pytest.mark.parametrize(
    "arabic, first, second",
    [
        ("القانون رقم 31-08 يحمي المستهلك", "31", "08"),
        ("فعّل 3-D Secure على موقعك", "3", "Secure"),
        ("سجّل في https://www.ae.gov.ma اليوم", "https", "ae.gov"),
        ("راسل contact@shop.ma للمزيد", "contact", "shop"),
    ],
)
def test_left_to_right_units_read_in_order_inside_arabic(qapp, arabic, first, second):
    assert x_of(arabic, first) > x_of(arabic, second), "the case should need the fix (Qt alone reverses it)"
    shown = screen_text({"ar": arabic}, "ar")
    assert x_of(shown, first) < x_of(shown, second), f"{first!r} should come before {second!r}, left to right"


def test_french_and_english_are_left_as_written(qapp):
    assert screen_text({"fr": "loi 31-08"}, "fr") == "loi 31-08"


def test_arabic_question_cards_use_the_shared_rule(open_window, bundled_pack):
    window = open_window("ar", bundled_pack)
    window.new_business()
    labels = [
        editor.findChildren(type(window.wizard.profile_page.title))
        for editor in window.wizard.profile_page.editors.values()
    ]
    texts = [label.text() for group in labels for label in group]
    with_numbers = [t for t in texts if any(c.isdigit() for c in t)]
    assert with_numbers, "the Arabic profile help has numbers (amounts, law numbers)"
    assert all("\u200e" in t for t in with_numbers)
