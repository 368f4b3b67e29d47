"""The mixed Arabic/Latin text engine of the PDF, and the language-aware formatting helpers."""

from __future__ import annotations

import datetime as dt

import pytest

from merchant_assistant.i18n import NBSP, direction, format_amount, format_date, format_date_short, format_percent
from merchant_assistant.report.fonts import ARABIC, LATIN, register_fonts
from merchant_assistant.report.textlayout import bidi_levels, layout


@pytest.fixture(scope="module", autouse=True)
def _fonts():
    register_fonts()


def visual(text: str, rtl: bool = True) -> list[str]:
    """The runs of a one-line text, left to right as drawn (each run's own text in reading order)."""
    lines = layout(text, 1e6, 10, rtl)
    assert len(lines) == 1
    return [p.text for p in lines[0].pieces]


def test_law_number_keeps_its_order_and_full_stop_goes_left():
    # Plain UBA would show "08-09" after Arabic letters; the full stop ends the sentence on the left.
    assert visual("القانون 09-08.") == [".", "09-08", "القانون "]  # runs: logical text, drawn RTL


def test_rc_number_and_amount_stay_one_left_to_right_unit():
    assert "RC 12345" in visual("رقم السجل RC 12345 بفاس.")
    assert f"1{NBSP}250,00 MAD" in visual(f"المبلغ 1{NBSP}250,00 MAD، شكرا")


def test_latin_term_with_digit_is_not_broken():
    assert "3-D Secure" in visual("اطلب تفعيل 3-D Secure الآن")


def test_brackets_around_latin_are_mirrored_runs_at_rtl_level():
    runs = layout("شركة ذات مسؤولية محدودة (SARL)", 1e6, 10, True)[0].pieces
    texts = [p.text for p in runs]
    assert texts[1] == "SARL" and not runs[1].rtl
    # Brackets stay right-to-left (drawn mirrored), on both sides of the Latin word.
    assert texts[0] == ")" and runs[0].rtl and texts[2].startswith("(") and runs[2].rtl


def test_fonts_per_run_nothing_left_to_a_font_without_the_glyph():
    pieces = layout("متجر Boutique 24", 1e6, 10, True)[0].pieces
    for p in pieces:
        if any("\u0600" <= c <= "\u06ff" for c in p.text):
            assert p.font == ARABIC
        if any(c.isascii() and c.isalpha() for c in p.text):
            assert p.font == LATIN


def test_lines_are_broken_in_reading_order_then_reordered():
    text = "الكلمة الأولى ثم كلمات كثيرة أخرى حتى ينكسر السطر مرات عديدة والكلمة الأخيرة"
    lines = layout(text, 120, 10, True)
    assert len(lines) >= 3
    # Logical order across lines: the first line holds the first words, the last line the last word.
    first = "".join(p.text for p in lines[0].pieces)
    last = "".join(p.text for p in lines[-1].pieces)
    assert "الأولى" in first and "الأخيرة" in last
    assert all(ln.width <= 120 + 0.01 for ln in lines)


def test_left_to_right_text_has_no_bidi_cost():
    assert bidi_levels("Boutique Test 09-08", False) == [0] * 19
    assert set(bidi_levels("هل أنت مسجل؟", True)) == {1}


def test_formatting_helpers():
    assert format_amount(1250, "fr") == f"1{NBSP}250,00{NBSP}MAD"
    assert format_amount(1250.5, "en") == f"MAD{NBSP}1,250.50"
    assert format_amount(1250, "ar") == f"1{NBSP}250,00{NBSP}درهم"
    assert format_amount(-3, "fr") == f"-3,00{NBSP}MAD"
    day = dt.date(2026, 11, 26)
    assert format_date(day, "fr") == "26 novembre 2026"
    assert format_date(day, "en") == "26 November 2026"
    assert format_date(day, "ar") == "26 نونبر 2026"
    assert format_date(dt.date(2026, 8, 1), "fr") == "1er août 2026"
    assert format_date_short(day, "ar") == "26/11/2026"
    assert format_percent(45, "fr") == f"45{NBSP}%" and format_percent(45, "en") == "45%"
    assert direction("ar") == "rtl" and direction("fr") == "ltr"
