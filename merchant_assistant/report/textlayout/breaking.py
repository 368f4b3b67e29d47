"""Paragraphs as characters with their weight, font and advance, and greedy line breaking in logical order:
words are measured as they will be drawn (Arabic runs shaped by HarfBuzz)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from itertools import accumulate

from reportlab.pdfbase import pdfmetrics

from . import adapters
from .fallback import assign_fonts, font_runs, needs_shaping
from .script import Rich, rich_pieces
from .shaping import run_advances

# Format characters the layout handles itself, removed from user text (bidi controls, soft hyphen, ZW spaces).
_STRIP = dict.fromkeys(map(ord, "\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u00ad"))
_WS_RE = re.compile(r"[ \t\r\f\v]+")
_WORD_RE = re.compile(r"[^ ]+")


@dataclass
class Chars:
    """One paragraph: its text and, per character, weight, font and (as prefix sums) advance."""

    text: str
    bold: list[bool]
    fonts: list[str] = field(default_factory=list)
    prefix: list[float] = field(default_factory=list)  # prefix sums of advances, thousandths of the size


def prepare(text: Rich, bold: bool) -> list[Chars]:
    """Paragraphs (split at newlines) as characters with their weight, font and advance; whitespace collapsed."""
    paragraphs: list[Chars] = [Chars("", [])]
    for piece, b in rich_pieces(text, bold):
        piece = unicodedata.normalize("NFC", piece.translate(_STRIP))
        parts = piece.split("\n")
        for n, part in enumerate(parts):
            if n:
                paragraphs.append(Chars("", []))
            part = _WS_RE.sub(" ", part)
            cur = paragraphs[-1]
            if cur.text.endswith(" ") and part.startswith(" "):
                part = part[1:]
            cur.text += part
            cur.bold.extend([b] * len(part))
    out = []
    for p in paragraphs:
        start = len(p.text) - len(p.text.lstrip(" "))
        end = len(p.text.rstrip(" "))
        c = Chars(p.text[start:end], p.bold[start:end])
        c.fonts = assign_fonts(c.text, c.bold)
        _advances(c)
        out.append(c)
    return out


def _advances(chars: Chars) -> None:
    """Advance of every character (its share of the shaped glyphs), so that any word's width is a difference
    of prefix sums: one HarfBuzz call per Arabic run of the paragraph instead of one per word."""
    text = chars.text
    adv: list[float] = []
    for font_name, a, b in font_runs(chars.fonts, 0, len(text)):
        if needs_shaping(font_name):
            adv += run_advances(font_name, text[a:b])
        else:
            width = adapters.char_widths(pdfmetrics.getFont(font_name)).get
            adv += [width(ord(c), 0) for c in text[a:b]]
    chars.prefix = list(accumulate(adv, initial=0.0))


def measure(chars: Chars, start: int, end: int, size: float) -> float:
    """Width of chars[start:end] at ``size``."""
    return (chars.prefix[end] - chars.prefix[start]) * size / 1000.0


def break_lines(chars: Chars, width: float, size: float) -> list[tuple[int, int]]:
    """Greedy line breaking at spaces (logical order); over-long words are cut. (start, end) of each line."""
    text = chars.text
    if not text:
        return [(0, 0)]
    words = [(m.start(), m.end()) for m in _WORD_RE.finditer(text)]
    lines: list[tuple[int, int]] = []
    line_start: int | None = None  # None until a line is open; line_end is only read while one is
    line_end = 0
    line_w = 0.0
    for ws, we in words:
        space_w = measure(chars, ws - 1, ws, size) if ws else 0.0
        ww = measure(chars, ws, we, size)
        if line_start is not None and line_w + space_w + ww <= width + 0.01:
            line_end, line_w = we, line_w + space_w + ww
            continue
        if line_start is not None:
            lines.append((line_start, line_end))
        # A word longer than the line: cut it where it no longer fits.
        while ww > width and we - ws > 1:
            cut = ws + 1
            while cut < we and measure(chars, ws, cut + 1, size) <= width:
                cut += 1
            lines.append((ws, cut))
            ws = cut
            ww = measure(chars, ws, we, size)
        line_start, line_end, line_w = ws, we, ww
    if line_start is not None:
        lines.append((line_start, line_end))
    return lines
