"""HarfBuzz shaping of Arabic runs, in logical order with right-to-left direction: joining forms, lam-alef
ligatures, mark positioning. Glyphs are drawn through reportlab's TrueType subsetting; most Arabic glyphs are
reached through their presentation-form code points, so text extracted from the PDF is Arabic (NFKC-normalise
it to compare)."""

from __future__ import annotations

import re
import threading

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics

from . import adapters

# One shaped glyph: (code point reaching it, advance, x offset, y offset, natural, cluster).
Glyph = tuple[str, float, float, float, bool, int]

_FEATURES = {"kern": True, "liga": True}

_TOKEN_RE = re.compile(r" +|[^ ]+")  # words and the spaces between them

lock = threading.Lock()
_shape_cache: dict[tuple[str, str, bool], tuple[Glyph, ...]] = {}
_word_cache: dict[tuple[str, str, bool], tuple[tuple[Glyph, ...], list[float]]] = {}
_hb_fonts: dict[str, object] = {}
_gid_cache: dict[str, dict[int, tuple[str, float]]] = {}  # glyph id -> (code point reaching it, its width)


def clear_cache() -> None:
    """Forget shaped runs (the HarfBuzz fonts and glyph code points stay)."""
    with lock:
        _shape_cache.clear()
        _word_cache.clear()


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


# Arabic letters never join across a space, and the same words come back all through a plan: a run is shaped word by
# word, each word once. Measuring a paragraph and drawing its lines then read the same cached words.


def _word(font_name: str, word: str, rtl: bool) -> tuple[tuple[Glyph, ...], list[float]]:
    """A word's glyphs in visual order and the advance of each of its characters (a glyph's advance goes to the
    first character of its cluster, the others get 0), in thousandths of the font size."""
    key = (font_name, word, rtl)
    cached = _word_cache.get(key)
    if cached is None:
        glyphs = shape(font_name, word, rtl)
        advances = [0.0] * len(word)
        for glyph in glyphs:
            advances[glyph[5]] += glyph[1]
        cached = _word_cache[key] = (glyphs, advances)
    return cached


def run_advances(font_name: str, text: str) -> list[float]:
    """The advance of each character of a right-to-left run."""
    advances: list[float] = []
    for token in _TOKEN_RE.findall(text):
        advances += _word(font_name, token, True)[1]
    return advances


def run_glyphs(font_name: str, text: str, rtl: bool) -> list[Glyph]:
    """The glyphs of a run in visual order, for drawing (their clusters are relative to their word)."""
    words = [_word(font_name, token, rtl)[0] for token in _TOKEN_RE.findall(text)]
    if rtl:
        words.reverse()
    return [glyph for glyphs in words for glyph in glyphs]
