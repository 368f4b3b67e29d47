"""Paragraph styles, colours and the text factory that picks reportlab Paragraphs or our RichText."""

from __future__ import annotations

from dataclasses import replace
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from ..i18n import is_rtl, text_is_rtl
from .fonts import LATIN, LATIN_BOLD
from .textlayout import Rich, RichText, TextStyle, has_arabic
from .textlayout import rich_pieces as _pieces
from .typography import typeset

# Printed in black and white by trainers: every distinction also works in grey.
INK = HexColor("#1a1a1a")
MUTED = HexColor("#555555")
RULE = HexColor("#8c8c8c")
SHADE = HexColor("#e6e6e6")
SHADE_DARK = HexColor("#c8c8c8")
ACCENT = HexColor("#1f4e79")  # dark blue: prints as near-black
WHITE = white
BLACK = black

# name: (size, leading, bold, color, space_before, space_after)
_SPECS: dict[str, tuple[float, float, bool, Color, float, float]] = {
    "product": (10, 14, True, MUTED, 0, 2),
    "title": (26, 34, True, ACCENT, 6, 4),
    "subtitle": (13, 18, False, MUTED, 0, 14),
    "h1": (17, 23, True, ACCENT, 4, 8),
    "h2": (13, 18, True, INK, 10, 4),
    "h3": (10.5, 15, True, INK, 6, 2),
    "body": (9.5, 14, False, INK, 0, 4),
    "body_bold": (9.5, 14, True, INK, 0, 4),
    "small": (8.5, 12, False, MUTED, 0, 2),
    "cell": (8.5, 11.5, False, INK, 0, 0),
    "cell_bold": (8.5, 11.5, True, INK, 0, 0),
    "cell_small": (8, 10.5, False, MUTED, 0, 0),
    "cell_head": (8.5, 11.5, True, WHITE, 0, 0),
    "group": (9.5, 13, True, INK, 0, 0),
    "big": (30, 36, True, ACCENT, 0, 0),
    "level": (14, 19, True, INK, 0, 0),
    "tag": (7.5, 10, True, INK, 0, 0),
}
# Arabic needs more room between lines (tall letters and marks), and its letters look smaller than Latin ones at
# the same size: nothing in an Arabic table is set below 9 pt.
_ARABIC_LEADING = 1.18
_ARABIC_MIN_SIZE = 9.0
# Headings never end a page: they stay with what follows.
_HEADINGS = frozenset({"title", "h1", "h2", "h3", "group"})


class _Paragraph(Paragraph):
    """A Paragraph that breaks its lines once per width: tables wrap their cells again at each measure (a row is
    measured for its page, for the group it is kept with, then drawn), and line breaking is most of the time a
    plan takes to render. The lines do not depend on the height offered."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth, availHeight):
        # Paragraph.split may drop the broken lines (blPara): then break them again.
        if self._wrapped is not None and self._wrapped[0] == availWidth and "blPara" in self.__dict__:
            return self._wrapped[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size


class Texts:
    """Builds text flowables for one language: reportlab Paragraphs for Latin text in left-to-right
    documents (fast, well tested), RichText for Arabic documents and any text containing Arabic."""

    def __init__(self, lang: str):
        self.lang = lang
        self.rtl = is_rtl(lang)
        self._pstyles: dict[tuple[str, str], ParagraphStyle] = {}
        self._tstyles: dict[tuple[str, str], TextStyle] = {}

    def _pstyle(self, name: str, align: str) -> ParagraphStyle:
        key = (name, align)
        st = self._pstyles.get(key)
        if st is None:
            size, leading, bold, color, before, after = _SPECS[name]
            alignment = {"start": TA_LEFT, "end": TA_RIGHT, "center": TA_CENTER}[align]
            st = ParagraphStyle(
                f"{name}-{align}",
                fontName=LATIN_BOLD if bold else LATIN,
                fontSize=size,
                leading=leading,
                textColor=color,
                spaceBefore=before,
                spaceAfter=after,
                alignment=alignment,
                bulletFontName=LATIN,
                splitLongWords=True,
            )
            self._pstyles[key] = st
        return st

    def _tstyle(self, name: str, align: str) -> TextStyle:
        key = (name, align)
        st = self._tstyles.get(key)
        if st is None:
            size, leading, bold, color, before, after = _SPECS[name]
            if self.rtl:
                if size < _ARABIC_MIN_SIZE:
                    size, leading = _ARABIC_MIN_SIZE, leading * _ARABIC_MIN_SIZE / size
                leading = round(leading * _ARABIC_LEADING, 1)
            st = TextStyle(
                size=size,
                leading=leading,
                bold=bold,
                color=color,
                align=align,
                rtl=self.rtl,
                space_before=before,
                space_after=after,
            )
            self._tstyles[key] = st
        return st

    def size(self, name: str) -> float:
        return _SPECS[name][0]

    def cell_size(self) -> float:
        """The size table text is set in, in this language (Arabic is never below 9 pt)."""
        return self._tstyle("cell", "start").size if self.rtl else _SPECS["cell"][0]

    def __call__(self, text: Rich, name: str = "body", align: str = "start"):
        """A paragraph of ``text`` (a string or (text, bold) pieces) in style ``name``.

        ``align``: "start" (left in French/English, right in Arabic), "end" or "center".
        """
        pieces = [(typeset(t, self.lang), b) for t, b in _pieces(text)]
        if self.rtl or any(has_arabic(t) for t, _ in pieces):
            flowable: RichText | Paragraph = RichText(pieces, self._tstyle(name, align))
        else:
            markup = "".join(f"<b>{escape(t)}</b>" if b else escape(t) for t, b in pieces)
            flowable = _Paragraph(markup.replace("\n", "<br/>"), self._pstyle(name, align))
        if name in _HEADINGS:
            flowable.keepWithNext = True
        return flowable

    def own(self, text: str, name: str = "cell"):
        """The user's own words, laid out in their own direction (a note in French in an Arabic plan keeps its full
        stop at its end, and the reverse), starting on the side their language starts on."""
        rtl = text_is_rtl(text)
        if rtl is None or rtl == self.rtl:
            return self(text, name)
        return RichText([(text, False)], replace(self._tstyle(name, "start"), rtl=rtl))
