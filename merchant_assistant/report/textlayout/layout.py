"""Lines in visual order: paragraphs broken in logical order, then each line's runs of the same level and font
reordered (bidi per line)."""

from __future__ import annotations

from dataclasses import dataclass

from . import shaping
from .bidi import bidi_levels, reorder_runs
from .breaking import Chars, break_lines, measure, prepare
from .script import RTL_RE, Rich


@dataclass
class Piece:
    """A visual run: drawn left to right at its place in the line."""

    font: str
    text: str  # logical text of the run
    rtl: bool
    width: float


@dataclass
class Line:
    pieces: list[Piece]
    width: float


_layout_cache: dict[tuple, list[Line]] = {}


def clear_caches() -> None:
    """Forget shaped runs and laid-out lines (benchmarks measure a cold render with it)."""
    shaping.clear_cache()
    _layout_cache.clear()


def layout(text: Rich, width: float, size: float, rtl: bool, bold: bool = False) -> list[Line]:
    """Lines of ``text`` broken to ``width``, each in visual order (owners, dates, labels repeat: cached)."""
    key = (text if isinstance(text, str) else tuple(text), width, size, rtl, bold)
    lines = _layout_cache.get(key)
    if lines is None:
        if len(_layout_cache) > 20000:
            _layout_cache.clear()
        lines = _layout_cache[key] = _layout(text, width, size, rtl, bold)
    return lines


def _layout(text: Rich, width: float, size: float, rtl: bool, bold: bool) -> list[Line]:
    lines = []
    for chars in prepare(text, bold):
        for a, b in break_lines(chars, width, size):
            lines.append(_visual_line(chars, a, b, size, rtl))
    return lines


def _visual_line(chars: Chars, start: int, end: int, size: float, rtl: bool) -> Line:
    text = chars.text[start:end]
    levels = bidi_levels(text, rtl) if (rtl or RTL_RE.search(text)) else [0] * len(text)
    # Runs of the same level and font, logical order: cut where either changes.
    fonts = chars.fonts[start:end]
    cuts = [k for k in range(1, len(text)) if levels[k] != levels[k - 1] or fonts[k] != fonts[k - 1]]
    bounds = [0, *cuts, len(text)]
    runs = [(levels[a], fonts[a], a, b) for a, b in zip(bounds, bounds[1:]) if b > a]
    reorder_runs(runs)
    pieces = []
    for lv, f, a, b in runs:
        pieces.append(Piece(f, text[a:b], bool(lv % 2), measure(chars, start + a, start + b, size)))
    return Line(pieces, sum(p.width for p in pieces))
