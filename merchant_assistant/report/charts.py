"""Vector charts (reportlab.graphics) that stay legible in black and white and mirror for Arabic.

reportlab's graphics ``String`` is not shaped and has no bidi; labels here are ``ShapedLabel`` shapes that
draw through the same text engine as the paragraphs (``textlayout.draw_string``).
"""

from __future__ import annotations

from reportlab.graphics.shapes import DirectDraw, Drawing, Group, Line, Polygon, Rect

from ..i18n import format_percent
from .fonts import LATIN
from .styles import ACCENT, INK, MUTED, RULE, WHITE
from .textlayout import Rich, draw_string, text_width


class ShapedLabel(DirectDraw):
    """A text label inside a Drawing, shaped and reordered like the rest of the document."""

    def __init__(
        self,
        x: float,
        y: float,
        text: Rich,
        size: float = 8,
        *,
        anchor: str = "start",
        rtl: bool = False,
        bold: bool = False,
        color=INK,
    ):
        super().__init__()
        self.x, self.y, self.text, self.size = x, y, text, size
        self.anchor, self.rtl, self.bold, self.color = anchor, rtl, bold, color

    def drawDirectly(self, renderer):
        align = {"start": "left", "end": "right", "middle": "center"}[self.anchor]
        draw_string(
            renderer._canvas,
            self.x,
            self.y,
            self.text,
            self.size,
            rtl=self.rtl,
            align=align,
            bold=self.bold,
            color=self.color,
        )

    def getBounds(self):
        w = text_width(self.text, self.size, self.bold)
        x0 = self.x - {"start": 0, "end": w, "middle": w / 2}[self.anchor]
        return (x0, self.y - self.size * 0.3, x0 + w, self.y + self.size)

    def copy(self):
        return ShapedLabel(
            self.x, self.y, self.text, self.size, anchor=self.anchor, rtl=self.rtl, bold=self.bold, color=self.color
        )


def _hatch(group: Group, x: float, y: float, w: float, h: float, step: float = 3.0) -> None:
    """Diagonal hatching inside a rectangle (a B&W-safe fill for "to do")."""
    if w <= 0 or h <= 0:
        return
    k = -h
    while k < w:
        t0, t1 = max(0.0, -k), min(h, w - k)
        if t1 > t0:
            group.add(Line(x + k + t0, y + t0, x + k + t1, y + t1, strokeColor=INK, strokeWidth=0.5))
        k += step


def _drawing(width: float, height: float) -> Drawing:
    d = Drawing(width, height)
    d.initialFontName = LATIN  # reportlab's graphics state would otherwise select Helvetica
    d.initialFontSize = 8
    return d


class _Mirror:
    """x coordinates measured from the start side: left in LTR, right in RTL."""

    def __init__(self, width: float, rtl: bool):
        self.width, self.rtl = width, rtl

    def x(self, x: float, w: float = 0.0) -> float:
        return self.width - x - w if self.rtl else x

    def anchor(self, anchor: str) -> str:
        if not self.rtl or anchor == "middle":
            return anchor
        return "end" if anchor == "start" else "start"


def score_gauge(
    score: int, levels: list[tuple[int, str]], lang: str, rtl: bool, width: float = 440, height: float = 62
) -> Drawing:
    """A horizontal gauge 0-100 filled up to ``score``, the level bands marked and named under it."""
    d = _drawing(width, height)
    m = _Mirror(width, rtl)
    bar_y, bar_h = 28, 18
    d.add(Rect(m.x(0, width), bar_y, width, bar_h, fillColor=WHITE, strokeColor=INK, strokeWidth=0.8))
    fill_w = width * max(0, min(score, 100)) / 100
    if fill_w > 0:
        d.add(Rect(m.x(0, fill_w), bar_y, fill_w, bar_h, fillColor=ACCENT, strokeColor=INK, strokeWidth=0.8))
    bounds = sorted(levels)
    for n, (min_score, name) in enumerate(bounds):
        x = width * min_score / 100
        nxt = bounds[n + 1][0] if n + 1 < len(bounds) else 100
        if min_score > 0:
            d.add(
                Line(
                    m.x(x), bar_y - 4, m.x(x), bar_y + bar_h, strokeColor=INK, strokeWidth=0.8, strokeDashArray=[2, 1.5]
                )
            )
        centre = width * (min_score + nxt) / 200
        inside = score >= min_score and (score < nxt or nxt == 100)
        d.add(
            ShapedLabel(
                m.x(centre),
                bar_y - 13,
                name,
                7.5 if not inside else 8,
                anchor="middle",
                rtl=rtl,
                bold=inside,
                color=INK if inside else MUTED,
            )
        )
    for tick in (0, 100):
        anchor = "start" if tick == 0 else "end"
        d.add(
            ShapedLabel(
                m.x(width * tick / 100),
                bar_y + bar_h + 4,
                format_percent(tick, lang),
                7,
                anchor=m.anchor(anchor),
                rtl=rtl,
                color=MUTED,
            )
        )
    # The score's own marker: a pointer above the bar.
    sx = m.x(fill_w)
    top = bar_y + bar_h
    d.add(Polygon([sx, top + 1, sx - 5, top + 9, sx + 5, top + 9], fillColor=INK, strokeColor=INK, strokeWidth=0.5))
    return d


def module_bars(
    rows: list[tuple[str, int | None, str]], lang: str, rtl: bool, width: float = 490, row_h: float = 30
) -> Drawing:
    """Scores of the modules: one bar each with the module's name above it (names may be long), "not
    applicable" text for modules that do not apply.

    ``rows``: (module title, score or None, text shown when None).
    """
    value_w = 44
    bar_w = width - value_w - 6
    height = row_h * len(rows) + 14
    d = _drawing(width, height)
    m = _Mirror(width, rtl)
    for tick in (0, 25, 50, 75, 100):
        x = bar_w * tick / 100
        d.add(
            Line(
                m.x(x),
                12,
                m.x(x),
                height - 12,
                strokeColor=RULE,
                strokeWidth=0.4,
                strokeDashArray=[1, 2] if tick not in (0, 100) else None,
            )
        )
        anchor = "start" if tick == 0 else "end" if tick == 100 else "middle"
        d.add(ShapedLabel(m.x(x), 3, format_percent(tick, lang), 6.5, anchor=m.anchor(anchor), rtl=rtl, color=MUTED))
    bar_h = 11
    for n, (title, score, na_text) in enumerate(rows):
        y = height - (n + 1) * row_h
        d.add(ShapedLabel(m.x(0), y + bar_h + 4, title, 8.5, anchor=m.anchor("start"), rtl=rtl, bold=True))
        if score is None:
            d.add(
                Rect(
                    m.x(0, bar_w),
                    y,
                    bar_w,
                    bar_h,
                    fillColor=WHITE,
                    strokeColor=RULE,
                    strokeWidth=0.5,
                    strokeDashArray=[2, 2],
                )
            )
            d.add(ShapedLabel(m.x(bar_w / 2), y + 3, na_text, 7.5, anchor="middle", rtl=rtl, color=MUTED))
            continue
        d.add(Rect(m.x(0, bar_w), y, bar_w, bar_h, fillColor=WHITE, strokeColor=INK, strokeWidth=0.6))
        w = bar_w * score / 100
        if w > 0:
            d.add(Rect(m.x(0, w), y, w, bar_h, fillColor=ACCENT, strokeColor=INK, strokeWidth=0.6))
        d.add(
            ShapedLabel(
                m.x(bar_w + 6), y + 2, format_percent(score, lang), 9, anchor=m.anchor("start"), rtl=rtl, bold=True
            )
        )
    return d


def question_mix(
    done: int,
    todo: int,
    unanswered: int,
    labels: tuple[str, str, str],
    title: str,
    lang: str,
    rtl: bool,
    width: float = 490,
) -> Drawing:
    """One stacked bar of a module's questions: done (solid), to do (hatched), unanswered (white), with legend."""
    height = 46
    d = _drawing(width, height)
    m = _Mirror(width, rtl)
    total = max(done + todo + unanswered, 1)
    label_w = 90
    x = label_w + 6
    bar_w = width - x
    bar_y, bar_h = 22, 14
    d.add(ShapedLabel(m.x(label_w), bar_y + 3, title, 8.5, anchor=m.anchor("end"), rtl=rtl, bold=True))
    fills = ((done, "solid"), (todo, "hatch"), (unanswered, "white"))
    pos: float = x
    for count, kind in fills:
        if not count:
            continue
        w = bar_w * count / total
        rx = m.x(pos, w)
        fill = ACCENT if kind == "solid" else WHITE
        d.add(Rect(rx, bar_y, w, bar_h, fillColor=fill, strokeColor=INK, strokeWidth=0.6))
        if kind == "hatch":
            g = Group()
            _hatch(g, rx, bar_y, w, bar_h)
            d.add(g)
        if w > 14:
            if kind == "hatch":  # a white patch so the number stays readable over the hatching
                d.add(Rect(rx + w / 2 - 7, bar_y + 2, 14, bar_h - 4, fillColor=WHITE, strokeColor=None))
            d.add(
                ShapedLabel(
                    rx + w / 2,
                    bar_y + 4,
                    str(count),
                    8,
                    anchor="middle",
                    rtl=rtl,
                    bold=True,
                    color=WHITE if kind == "solid" else INK,
                )
            )
        pos += w
    # Legend under the bar.
    lx: float = x
    for (count, kind), text in zip(fills, labels):
        box = m.x(lx, 10)
        d.add(Rect(box, 4, 10, 8, fillColor=ACCENT if kind == "solid" else WHITE, strokeColor=INK, strokeWidth=0.6))
        if kind == "hatch":
            g = Group()
            _hatch(g, box, 4, 10, 8, 2.5)
            d.add(g)
        legend = f"{text} ({count})"
        d.add(ShapedLabel(m.x(lx + 14), 5, legend, 7.5, anchor=m.anchor("start"), rtl=rtl))
        lx += 14 + text_width(legend, 7.5) + 18
    return d
