"""HarfBuzz shaping of Arabic runs, in logical order with right-to-left direction: joining forms, lam-alef
ligatures, mark positioning. Glyphs are drawn through reportlab's TrueType subsetting; most Arabic glyphs are
reached through their presentation-form code points, so text extracted from the PDF is Arabic (NFKC-normalise
it to compare)."""

from __future__ import annotations

import threading

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics

from . import adapters

# One shaped glyph: (code point reaching it, advance, x offset, y offset, natural, cluster).
Glyph = tuple[str, float, float, float, bool, int]

_FEATURES = {"kern": True, "liga": True}

lock = threading.Lock()
_shape_cache: dict[tuple[str, str, bool], tuple[Glyph, ...]] = {}
_hb_fonts: dict[str, object] = {}
_gid_cache: dict[str, dict[int, tuple[str, float]]] = {}  # glyph id -> (code point reaching it, its width)


def clear_cache() -> None:
    """Forget shaped runs (the HarfBuzz fonts and glyph code points stay)."""
    with lock:
        _shape_cache.clear()


def _hb_font(font_name: str):
    hb_font = _hb_fonts.get(font_name)
    if hb_font is None:
        hb_font = _hb_fonts[font_name] = adapters.harfbuzz_font(pdfmetrics.getFont(font_name))
    return hb_font


def _hb_buffer(font_name: str, text: str, rtl: bool):
    hb_font = _hb_font(font_name)
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    hb.shape(hb_font, buf, _FEATURES)
    return hb_font, buf


def shape(font_name: str, text: str, rtl: bool) -> tuple[Glyph, ...]:
    """HarfBuzz glyphs of ``text`` in visual order: (code point reaching the glyph, advance, x offset, y offset,
    natural, cluster) in thousandths of the font size; ``natural`` means the glyph can be drawn as plain text,
    ``cluster`` is the index of the first character it comes from."""
    key = (font_name, text, rtl)
    cached = _shape_cache.get(key)
    if cached is not None:
        return cached
    with lock:
        font = pdfmetrics.getFont(font_name)
        hb_font, buf = _hb_buffer(font_name, text, rtl)
        scale = 1000.0 / adapters.units_per_em(font)
        widths = adapters.char_widths(font)
        gids = _gid_cache.setdefault(font_name, {})
        glyphs: list[Glyph] = []
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions):
            gid = info.codepoint
            known = gids.get(gid)
            if known is None:
                chars = adapters.glyph_code_points(font, gid)
                if chars:
                    code_point = chars[0]
                else:  # a glyph no code point reaches (rare): reportlab gives it a private-use one
                    code_point = adapters.add_private_glyph(font, hb_font, gid, pos.x_advance)
                known = gids[gid] = (chr(code_point), widths.get(code_point, 0))
            uchar, natural_width = known
            adv = pos.x_advance * scale
            xo = pos.x_offset * scale
            yo = pos.y_offset * scale
            glyphs.append((uchar, adv, xo, yo, not xo and not yo and abs(adv - natural_width) < 0.5, info.cluster))
        result = tuple(glyphs)
        _shape_cache[key] = result
        return result
