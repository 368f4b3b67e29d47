"""RichText: a platypus flowable for a paragraph of mixed Arabic/Latin text laid out by this package."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.colors import Color, black
from reportlab.platypus.flowables import Flowable

from .drawing import draw_line
from .layout import Line, layout
from .script import Rich


@dataclass
class TextStyle:
    size: float = 9.5
    leading: float = 14.0
    bold: bool = False
    color: Color = black
    align: str = "start"  # start | end | center (start is the right edge in right-to-left text)
    rtl: bool = False
    space_before: float = 0.0
    space_after: float = 0.0
    back_color: Color | None = None
    extra: dict = field(default_factory=dict)


class RichText(Flowable):
    """A paragraph of mixed Arabic/Latin text, laid out by this package. Splits between lines across pages."""

    def __init__(self, text: Rich, style: TextStyle, _lines: list[Line] | None = None):
        super().__init__()
        self.text = text
        self.style = style
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after
        self._lines = _lines
        self._width_done: float | None = None if _lines is None else -1.0

    def _layout(self, width: float) -> list[Line]:
        if self._width_done == -1.0:  # fixed lines (a split part)
            return self._lines or []
        if self._lines is None or self._width_done != width:
            self._lines = layout(self.text, width, self.style.size, self.style.rtl, self.style.bold)
            self._width_done = width
        return self._lines

    def wrap(self, availWidth, availHeight):
        lines = self._layout(availWidth)
        self.width = availWidth
        self.height = len(lines) * self.style.leading
        return self.width, self.height

    def minWidth(self):
        return max(
            (ln.width for ln in layout(self.text, 1, self.style.size, self.style.rtl, self.style.bold)), default=0.0
        )

    def split(self, availWidth, availHeight):
        lines = self._layout(availWidth)
        n = int((availHeight + 1e-6) // self.style.leading)
        if n <= 0 or n >= len(lines):
            return []
        first = RichText(self.text, self.style, lines[:n])
        second = RichText(self.text, self.style, lines[n:])
        first.spaceAfter = 0
        second.spaceBefore = 0
        return [first, second]

    def draw(self):
        st = self.style
        canv = self.canv
        lines = self._layout(self.width)
        if st.back_color is not None:
            canv.saveState()
            canv.setFillColor(st.back_color)
            canv.setStrokeColor(st.back_color)
            canv.rect(-2, 0, self.width + 4, self.height, stroke=0, fill=1)
            canv.restoreState()
        canv.saveState()
        canv.setFillColor(st.color)
        # Baseline: centred in the line box, like reportlab's Paragraph with leading > size.
        descent = st.size * 0.27
        for i, line in enumerate(lines):
            y = self.height - (i + 1) * st.leading + (st.leading - st.size) / 2 + descent
            align = st.align
            if align == "start":
                align = "right" if st.rtl else "left"
            elif align == "end":
                align = "left" if st.rtl else "right"
            if align == "right":
                x = self.width - line.width
            elif align == "center":
                x = (self.width - line.width) / 2
            else:
                x = 0.0
            draw_line(canv, line, x, y, st.size)
        canv.restoreState()
