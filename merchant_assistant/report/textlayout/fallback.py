"""Font fallback: each character gets the font that has its glyph. Arabic letters and marks the Arabic font,
everything else (Latin letters, digits, punctuation, spaces) the Latin font; bold or regular from the piece of
rich text it belongs to. Nothing is silently dropped."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..fonts import ARABIC, ARABIC_BOLD, BOLD, REGULAR
from .script import ARABIC_RE

# Spaces and punctuation between Arabic words are drawn with the Arabic font (it has them), so that a phrase is
# one run: shaped once, drawn once.
SHARED = frozenset(" .,:;!-\u060c\u061b\u061f\u00a0")

SHAPED_FONTS = frozenset((ARABIC, ARABIC_BOLD))
_ARABIC_CHARS = ARABIC_RE.pattern[1:-1]
_SHARED_CHARS = re.escape("".join(sorted(SHARED)))
# An Arabic letter and what follows it up to a Latin letter or digit (letters, digits: \w without "_").
_ARABIC_SPAN_RE = re.compile(f"[{_ARABIC_CHARS}](?:[{_ARABIC_CHARS}]|[\\W_])*")
_ARABIC_FONT_RE = re.compile(f"[{_ARABIC_CHARS}{_SHARED_CHARS}]+")


def needs_shaping(font_name: str) -> bool:
    """Runs in this font go through HarfBuzz (the Arabic fonts); the others are drawn as plain text."""
    return font_name in SHAPED_FONTS


def assign_fonts(text: str, bold: Sequence[bool]) -> list[str]:
    """The font of each character of ``text`` (``bold[i]``: the weight of character i)."""
    if not ARABIC_RE.search(text):  # no Arabic at all: the Latin font of each weight
        return [BOLD.latin if b else REGULAR.latin for b in bold]
    # From an Arabic letter up to the next Latin letter or digit, the Arabic font draws the letters and the
    # punctuation it shares with Latin text; other signs ("(", "«") stay in the Latin font.
    arabic = [False] * len(text)
    for span in _ARABIC_SPAN_RE.finditer(text):
        for run in _ARABIC_FONT_RE.finditer(span.group()):
            a, b = span.start() + run.start(), span.start() + run.end()
            arabic[a:b] = [True] * (b - a)
    return [(BOLD if b else REGULAR).arabic if ar else (BOLD if b else REGULAR).latin for ar, b in zip(arabic, bold)]


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
