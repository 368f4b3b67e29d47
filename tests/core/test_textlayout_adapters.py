"""The private or undocumented library behaviour that report/textlayout relies on, one test (or a few) per
function of textlayout.adapters. A library upgrade that changes any of it fails here, not in a printed PDF."""

from __future__ import annotations

import io
import re
import unicodedata

import pytest
import uharfbuzz as hb
from bidi import get_display
from pypdf import PdfReader
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from merchant_assistant.report.fonts import ARABIC, FILES, LATIN, fonts_dir, register_fonts
from merchant_assistant.report.textlayout import adapters, draw_line, layout


@pytest.fixture(scope="module", autouse=True)
def _fonts():
    register_fonts()


def _fresh_font(name: str) -> TTFont:
    """A TTFont that is not registered: tests that change a font's tables do it on this one."""
    return TTFont(f"Test-{name}", str(fonts_dir() / FILES[name]))


def _nominal_glyph(hb_font, ch: str) -> int:
    buf = hb.Buffer()
    buf.add_str(ch)
    buf.guess_segment_properties()
    hb.shape(hb_font, buf, {})
    assert len(buf.glyph_infos) == 1
    return buf.glyph_infos[0].codepoint


# --------------------------------------------------------------------------------------------------- python-bidi


def _display(text: str, levels: list[int]) -> str:
    """Rule L2 on characters: what get_display shows for these levels (it does not mirror)."""
    chars = list(zip(levels, text))
    for level in range(max(levels), min(lv for lv in levels if lv % 2) - 1, -1):
        i = 0
        while i < len(chars):
            if chars[i][0] >= level:
                j = i
                while j < len(chars) and chars[j][0] >= level:
                    j += 1
                chars[i:j] = chars[i:j][::-1]
                i = j
            else:
                i += 1
    return "".join(c for _, c in chars)


def test_uba_levels_reads_one_level_per_character_from_the_rust_debug_output():
    # Two-byte (Arabic) and three-byte (the left-to-right mark) UTF-8 characters: levels come per byte.
    assert adapters.uba_levels("ab عربي", True) == [2, 2, 1, 1, 1, 1, 1]
    assert adapters.uba_levels("عربي ab", False) == [1, 1, 1, 1, 0, 0, 0]
    assert adapters.uba_levels("القانون \u200e09-08.", True) == [1] * 8 + [2] * 6 + [1]
    assert adapters.uba_levels("", True) == []


def test_uba_levels_are_those_of_the_full_algorithm_with_bracket_pairs():
    # Rule N0 (bracket pairs, UBA 6.3+): ")" takes the direction of the "(" before Arabic; the older pure-Python
    # algorithm leaves it at the level of the Latin text inside.
    assert adapters.uba_levels("عربي (ab) cd", True) == [1, 1, 1, 1, 1, 1, 2, 2, 1, 1, 2, 2]
    assert adapters.legacy_uba_levels("عربي (ab) cd", True)[9] == 2


@pytest.mark.parametrize("text", ["ab عربي (cd) ef", "شركة ذات مسؤولية محدودة (SARL)", "القانون \u200e09-08."])
@pytest.mark.parametrize("rtl", [True, False])
def test_uba_levels_agree_with_the_documented_get_display(text, rtl):
    levels = adapters.uba_levels(text, rtl)
    assert levels is not None
    assert _display(text, levels) == get_display(text, base_dir="R" if rtl else "L")


def test_legacy_uba_levels_from_the_pure_python_steps():
    assert adapters.legacy_uba_levels("ab عربي", True) == [2, 2, 1, 1, 1, 1, 1]
    assert adapters.legacy_uba_levels("abc عربي", False) == [0, 0, 0, 0, 1, 1, 1, 1]
    assert adapters.legacy_uba_levels("عربي 12", True) == [1, 1, 1, 1, 1, 2, 2]


def test_mirror_map_pairs_brackets_both_ways():
    mirrored = adapters.mirror_map()
    for left, right in ["()", "[]", "{}", "<>", "«»"]:
        assert mirrored[left] == right and mirrored[right] == left
    assert "a" not in mirrored and "-" not in mirrored and "\u0627" not in mirrored


# --------------------------------------------------------------------------------------------------- reportlab fonts


@pytest.mark.parametrize("name", [LATIN, ARABIC])
def test_harfbuzz_font_is_a_uharfbuzz_font_in_font_units(name):
    font = pdfmetrics.getFont(name)
    hb_font = adapters.harfbuzz_font(font)
    assert isinstance(hb_font, hb.Font)
    upem = adapters.units_per_em(font)
    assert upem == hb_font.face.upem > 0
    assert hb_font.scale == (upem, upem)  # shaping advances are in font units, scaled by 1000 / upem
    assert callable(font.hbAddPrivate)  # installed by hbFont, used by add_private_glyph


@pytest.mark.parametrize("name, ch", [(LATIN, "a"), (LATIN, "é"), (ARABIC, "\u0627")])
def test_char_widths_are_thousandths_of_the_size_by_code_point(name, ch):
    font = pdfmetrics.getFont(name)
    widths = adapters.char_widths(font)
    assert widths[ord(ch)] == pytest.approx(pdfmetrics.stringWidth(ch, name, 1000))  # rl_accel: float noise
    hb_font = adapters.harfbuzz_font(font)
    advance = hb_font.get_glyph_h_advance(_nominal_glyph(hb_font, ch))
    assert widths[ord(ch)] == pytest.approx(advance * 1000 / adapters.units_per_em(font), abs=0.5)


def test_glyph_code_points_reach_glyphs_by_presentation_forms():
    latin = pdfmetrics.getFont(LATIN)
    assert ord("a") in adapters.glyph_code_points(latin, _nominal_glyph(adapters.harfbuzz_font(latin), "a"))
    # The lam-alef ligature that HarfBuzz makes is reached through its presentation form U+FEFB.
    arabic = pdfmetrics.getFont(ARABIC)
    glyph = _nominal_glyph(adapters.harfbuzz_font(arabic), "\u0644\u0627")
    assert 0xFEFB in adapters.glyph_code_points(arabic, glyph)
    assert not adapters.glyph_code_points(arabic, 10**6)


def test_add_private_glyph_gives_a_private_use_code_point():
    font = _fresh_font(ARABIC)
    hb_font = adapters.harfbuzz_font(font)
    gid = next(g for g in range(1, hb_font.face.glyph_count) if not adapters.glyph_code_points(font, g))
    cp = adapters.add_private_glyph(font, hb_font, gid, 321)
    assert 0xE000 <= cp <= 0xF8FF
    assert cp in adapters.glyph_code_points(font, gid)
    assert adapters.char_widths(font)[cp] == 321
    assert adapters.add_private_glyph(font, hb_font, gid, 321) == cp  # once per glyph
    # The glyph is now drawable like any character of the font.
    doc = pdfdoc.PDFDocument()
    [(subset, chunk)] = adapters.split_into_subsets(font, chr(cp), doc)
    assert len(chunk) == 1 and chunk != b"\0"


# --------------------------------------------------------------------------------------------------- reportlab canvas


def test_canvas_document_and_subsets():
    canv = Canvas(io.BytesIO())
    doc = adapters.canvas_document(canv)
    assert isinstance(doc, pdfdoc.PDFDocument)
    font = pdfmetrics.getFont(LATIN)
    chunks = adapters.split_into_subsets(font, "Aé€A", doc)
    assert all(isinstance(s, int) and isinstance(c, bytes) for s, c in chunks)
    data = b"".join(c for _, c in chunks)
    assert len(data) == 4 and data[0] == data[3] == ord("A")  # ASCII keeps its code, one byte per character
    assert adapters.split_into_subsets(font, "é", doc) == [(chunks[0][0], data[1:2])]  # stable in a document
    assert re.fullmatch(r"/F\d+\+\d+", adapters.subset_font_name(font, chunks[0][0], doc))
    with pytest.raises(IndexError):
        adapters.subset_font_name(font, 99, doc)


def test_canvas_escaper_escapes_a_pdf_string():
    escape = adapters.canvas_escaper(Canvas(io.BytesIO()))
    assert escape(b"a(b)c\\") == "a\\(b\\)c\\\\"
    out = escape(bytes([0, 10, 200, 255]))
    assert isinstance(out, str) and out.isascii() and "\n" not in out


def test_lines_drawn_through_the_adapters_are_in_the_saved_pdf():
    out = io.BytesIO()
    canv = Canvas(out)
    for n, text in enumerate(["Boutique (SARL) 09-08", "القانون 09-08 لا إله"]):
        for line in layout(text, 1e6, 12, rtl=bool(n)):
            draw_line(canv, line, 72, 700 - 30 * n, 12)
    canv.showPage()
    canv.save()
    page = PdfReader(io.BytesIO(out.getvalue())).pages[0]
    subsets = [name for name in page["/Resources"]["/Font"] if re.fullmatch(r"/F\d+\+\d+", name)]
    assert len(subsets) >= 2  # the Latin and the Arabic font, embedded
    text = unicodedata.normalize("NFKC", page.extract_text())
    assert "Boutique (SARL) 09-08" in text
    for word in ("القانون", "لا", "إله"):
        assert word in text


def test_arabic_subsets_map_their_glyphs_to_ordinary_letters():
    """The registered Arabic fonts go through reading_letters_font: in the saved file, the ToUnicode map of an
    Arabic subset gives the letter behind each joined form (U+FE8E final alef -> U+0627), a lam-alef ligature
    its presentation form."""
    font = pdfmetrics.getFont(ARABIC)
    assert type(font).__name__ == "ReadingLettersTTFont" and isinstance(font, TTFont)
    out = io.BytesIO()
    canv = Canvas(out)
    for line in layout("مساعد جاهزية التاجر لا", 1e6, 12, rtl=True):
        draw_line(canv, line, 72, 700, 12)
    canv.showPage()
    canv.save()
    page = PdfReader(io.BytesIO(out.getvalue())).pages[0]
    maps = [
        font_dict["/ToUnicode"].get_object().get_data().decode()
        for name, font_dict in page["/Resources"]["/Font"].items()
        if "Arabic" in str(font_dict.get_object()["/BaseFont"])
    ]
    assert maps
    targets = {int(m, 16) for cmap in maps for m in re.findall(r"<[0-9A-F]{2}> <([0-9A-F]{4})>", cmap)}
    assert 0x0627 in targets and 0x0633 in targets  # alef, seen
    assert not [t for t in targets if 0xFE70 <= t <= 0xFEFF and t not in range(0xFEF5, 0xFEFD)]  # only lam-alef
    extracted = page.extract_text()
    assert "\ufee3" not in extracted  # no initial meem: the letter itself
    assert sum(1 for c in extracted if "\u0600" <= c <= "\u06ff") >= 15
