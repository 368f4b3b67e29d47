"""Drawing laid-out lines on a reportlab canvas: one text object per line, one TJ array per run, HarfBuzz
advances and mark offsets as TJ adjustments and text rise."""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics

from . import adapters
from .bidi import visual_rtl
from .fallback import needs_shaping
from .layout import Line, Piece, layout
from .script import Rich
from .shaping import run_glyphs


def _fp(v: float) -> str:
    if v == int(v):
        return str(int(v))
    out = f"{v:.2f}".rstrip("0").rstrip(".")
    return out if out not in ("", "-", "-0") else "0"


def draw_line(canv, line: Line, x: float, y: float, size: float) -> None:
    """Draw a laid-out line with its left end at x and baseline y: one text object, one TJ array per run,
    HarfBuzz advances and mark offsets as TJ adjustments and text rise."""
    doc = adapters.canvas_document(canv)
    # A run's operators depend only on its font, text, direction and size within one document (whose font subsets
    # they name): owners, dates, labels and words come back on every page, so each is written once.
    cache = doc.__dict__.setdefault("_textlayout_runs", {})
    code = ["BT"]
    pen = x
    fsize = _fp(size)
    for p in line.pieces:
        code.append(f"1 0 0 1 {_fp(pen)} {_fp(y)} Tm")
        key = (p.font, p.text, p.rtl, fsize)
        run = cache.get(key)
        if run is None:
            run = cache[key] = _run_code(canv, doc, p, size, fsize)
        code.append(run)
        pen += p.width
    code.append("ET")
    canv.addLiteral(" ".join(code))


def _run_code(canv, doc, p: Piece, size: float, fsize: str) -> str:
    """The operators that draw one run from the current text position."""
    font = pdfmetrics.getFont(p.font)
    escape = adapters.canvas_escaper(canv)
    code: list[str] = []
    if not needs_shaping(p.font):  # plain text: no per-glyph adjustment
        s = visual_rtl(p.text) if p.rtl else p.text
        for subset, chunk in adapters.split_into_subsets(font, s, doc):
            code.append(f"{adapters.subset_font_name(font, subset, doc)} {fsize} Tf ({escape(chunk)}) Tj")
        return " ".join(code)
    glyphs = run_glyphs(p.font, p.text, p.rtl)
    chunks = adapters.split_into_subsets(font, "".join(g[0] for g in glyphs), doc)
    if all(g[4] for g in glyphs):  # most runs: every glyph at its own width, nothing to adjust
        return " ".join(f"{adapters.subset_font_name(font, n, doc)} {fsize} Tf ({escape(c)}) Tj" for n, c in chunks)
    widths = adapters.char_widths(font)
    gi = 0
    for subset, chunk in chunks:
        code.append(f"{adapters.subset_font_name(font, subset, doc)} {fsize} Tf")
        items: list[str] = []
        run = bytearray()
        for b in chunk:
            uchar, adv, xo, yo, natural, _ = glyphs[gi]
            gi += 1
            if natural:
                run.append(b)
                continue
            natural_w = widths.get(ord(uchar), 0)
            if run:
                items.append(f"({escape(bytes(run))})")
                run = bytearray()
            if yo:
                if items:
                    code.append(f"[{' '.join(items)}] TJ")
                    items = []
                pre = f"{_fp(-xo)} " if xo else ""
                code.append(
                    f"{_fp(yo * size / 1000)} Ts [{pre}({escape(bytes([b]))}) {_fp(natural_w - adv + xo)}] TJ 0 Ts"
                )
                continue
            if xo:
                items.append(_fp(-xo))
            items.append(f"({escape(bytes([b]))})")
            adjust = natural_w - adv + xo
            if adjust:
                items.append(_fp(adjust))
        if run:
            items.append(f"({escape(bytes(run))})")
        if items:
            code.append(f"[{' '.join(items)}] TJ")
    return " ".join(code)


def draw_string(
    canv,
    x: float,
    y: float,
    text: Rich,
    size: float,
    *,
    rtl: bool,
    align: str = "left",
    bold: bool = False,
    color: Color | None = None,
) -> float:
    """One line of mixed text at (x, y); ``align`` is where x is: "left", "right" or "center". Returns the width."""
    lines = layout(text, 1e9, size, rtl, bold)
    if not lines:
        return 0.0
    line = lines[0]
    if align == "right":
        x -= line.width
    elif align == "center":
        x -= line.width / 2
    if color is not None:
        canv.saveState()
        canv.setFillColor(color)
    draw_line(canv, line, x, y, size)
    if color is not None:
        canv.restoreState()
    return line.width


def text_width(text: Rich, size: float, bold: bool = False) -> float:
    """Width of the widest line of ``text`` drawn at ``size`` (newlines break lines)."""
    return max((ln.width for ln in layout(text, 1e9, size, False, bold)), default=0.0)


ELLIPSIS = "\u2026"


def elide(text: str, width: float, size: float, bold: bool = False) -> str:
    """``text`` as it is when one line of it fits in ``width``; else its start and "…", as much as fits (the
    longest start that fits, found by halving: a 200-character name is a few layouts, not 200)."""
    if text_width(text, size, bold) <= width:
        return text
    low, high = 0, len(text)  # the start text[:low] fits with the ellipsis; text[:high] does not
    while high - low > 1:
        middle = (low + high) // 2
        if text_width(text[:middle].rstrip() + ELLIPSIS, size, bold) <= width:
            low = middle
        else:
            high = middle
    return text[:low].rstrip() + ELLIPSIS
