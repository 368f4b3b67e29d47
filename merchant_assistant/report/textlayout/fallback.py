"""Font fallback: each character gets the font that has its glyph. Arabic letters and marks the Arabic font,
everything else (Latin letters, digits, punctuation, spaces) the Latin font; bold or regular from the piece of
rich text it belongs to. Nothing is silently dropped."""

from __future__ import annotations

from collections.abc import Sequence

from ..fonts import ARABIC, ARABIC_BOLD, BOLD, REGULAR
from .script import ARABIC_RE, is_arabic

# Spaces and punctuation between Arabic words are drawn with the Arabic font (it has them), so that a phrase is
# one run: shaped once, drawn once.
SHARED = frozenset(" .,:;!-\u060c\u061b\u061f\u00a0")

SHAPED_FONTS = frozenset((ARABIC, ARABIC_BOLD))


def needs_shaping(font_name: str) -> bool:
    """Runs in this font go through HarfBuzz (the Arabic fonts); the others are drawn as plain text."""
    return font_name in SHAPED_FONTS


def assign_fonts(text: str, bold: Sequence[bool]) -> list[str]:
    """The font of each character of ``text`` (``bold[i]``: the weight of character i)."""
    if not ARABIC_RE.search(text):  # no Arabic at all: the Latin font of each weight
        return [BOLD.latin if b else REGULAR.latin for b in bold]
    fonts = []
    prev_arabic = False
    for ch, b in zip(text, bold):
        pair = BOLD if b else REGULAR
        if is_arabic(ch):
            prev_arabic = True
            fonts.append(pair.arabic)
        elif prev_arabic and ch in SHARED:
            fonts.append(pair.arabic)
        else:
            if ch.isalnum():
                prev_arabic = False
            fonts.append(pair.latin)
    return fonts


def font_runs(fonts: Sequence[str], start: int, end: int) -> list[tuple[str, int, int]]:
    """(font, start, end) runs of the same font over fonts[start:end]."""
    runs = []
    cur_font, cur_start = None, start
    for k in range(start, end):
        f = fonts[k]
        if f != cur_font:
            if cur_font is not None:
                runs.append((cur_font, cur_start, k))
            cur_font, cur_start = f, k
    if cur_font is not None:
        runs.append((cur_font, cur_start, end))
    return runs
