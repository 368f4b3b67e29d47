"""Mixed Arabic / Latin text for the PDF: font fallback, bidi, shaping and line breaking, done in this order.

reportlab's own right-to-left support needs ``rlbidi`` (not installable here) and, without it, puts punctuation
and embedded Latin or digits on the wrong side. Reshaping and reordering a whole paragraph before reportlab
breaks it into lines reverses the order of the lines. So for any text that is right-to-left or contains
Arabic, this module does the work of a text layout engine itself:

1. **Runs and fonts.** Each character gets the font that has its glyph: Arabic letters and marks the Arabic
   font, everything else (Latin letters, digits, punctuation, spaces) the Latin font; bold or regular from the
   piece of rich text it belongs to. Nothing is silently dropped.
2. **Line breaking in logical order.** Words are measured as they will be drawn (Arabic runs shaped by
   HarfBuzz), then broken greedily into lines.
3. **Bidi per line** (Unicode Bidirectional Algorithm from python-bidi, including bracket pairs): embedding
   levels of each character of the line; in right-to-left text a left-to-right mark goes before each number
   first, so that Arabic context does not reverse its parts ("09-08", "1 250,00 MAD", "3-D Secure"). Runs of the
   same level and font are then reordered visually (rule L2), right-to-left runs mirrored ("(" ↔ ")").
4. **Shaping.** Arabic runs go through HarfBuzz in logical order with right-to-left direction: joining forms,
   lam-alef ligatures, mark positioning. Glyphs are drawn through reportlab's TrueType subsetting; most Arabic
   glyphs are reached through their presentation-form code points, so text extracted from the PDF is Arabic
   (NFKC-normalise it to compare).

Latin-only text in left-to-right documents does not come here: it uses ordinary reportlab Paragraphs.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Sequence, Union

from bidi.mirror import MIRRORED
from reportlab.lib.colors import Color, black
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus.flowables import Flowable

from .fonts import BOLD, REGULAR

# Rich text: a plain string, or pieces of (text, bold).
Rich = Union[str, Sequence[tuple[str, bool]]]

_ARABIC_RE = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_RTL_RE = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
# Where a number starts (not inside a word or another number): 09-08, +212 6…, 3-D.
_NUMBER_START_RE = re.compile(r"(?<![0-9A-Za-z\u00c0-\u024f])\+?[0-9]")
_LRM = "\u200e"
# Arabic letters and marks with spaces and common punctuation only: no left-to-right text, no numbers.
_PURE_RTL_RE = re.compile("^[\u0600-\u065f\u066a-\u06ef\u06fa-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
                          " .,:;!?'\"()\\[\\]\u00ab\u00bb\\-\u00a0\u2026\u2013\u2014/]*$")
# Format characters the layout handles itself, removed from user text (bidi controls, soft hyphen, ZW spaces).
_STRIP = dict.fromkeys(map(ord, "\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u00ad"))
_WS_RE = re.compile(r"[ \t\r\f\v]+")

_shape_lock = threading.Lock()
_shape_cache: dict[tuple[str, str, bool], tuple[tuple[str, float, float, float, bool, int], ...]] = {}
_width_cache: dict[tuple[str, str], float] = {}


def clear_caches() -> None:
    """Forget shaped runs and widths (benchmarks measure a cold render with it)."""
    with _shape_lock:
        _shape_cache.clear()
        _width_cache.clear()
        _layout_cache.clear()


def has_arabic(text: str) -> bool:
    return bool(_ARABIC_RE.search(text))


def is_arabic_char(ch: str) -> bool:
    return bool(_ARABIC_RE.match(ch))


def _pieces(text: Rich, bold: bool = False) -> list[tuple[str, bool]]:
    if isinstance(text, str):
        return [(text, bold)]
    return [(t, bool(b) or bold) for t, b in text]


def plain(text: Rich) -> str:
    return "".join(t for t, _ in _pieces(text))


# --------------------------------------------------------------------------------------------------- bidi


def _rust_levels(text: str, rtl: bool) -> list[int] | None:
    """Embedding levels per character from python-bidi's Rust implementation (full UBA, bracket pairs)."""
    try:
        from bidi.bidi import get_display_inner

        debug = get_display_inner(text, "R" if rtl else "L", True)
        body = debug.split("levels:", 1)[1].split("paragraphs:", 1)[0]
        byte_levels = [int(x) for x in _LEVEL_RE.findall(body)]
    except Exception:  # noqa: BLE001 - any change in that debug format: use the pure-Python algorithm
        return None
    encoded_len = len(text.encode("utf-8"))
    if len(byte_levels) != encoded_len:
        return None
    levels, i = [], 0
    for ch in text:
        levels.append(byte_levels[i])
        i += len(ch.encode("utf-8"))
    return levels


_LEVEL_RE = re.compile(r"Level\(\s*(\d+),?\s*\)")


def _python_levels(text: str, rtl: bool) -> list[int]:
    """Fallback: python-bidi's pure-Python algorithm (older UBA, no bracket pairs)."""
    from bidi import algorithm as alg

    storage = alg.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    alg.get_embedding_levels(text, storage)
    alg.explicit_embed_and_overrides(storage)
    alg.resolve_weak_types(storage)
    alg.resolve_neutral_types(storage, False)
    alg.resolve_implicit_levels(storage, False)
    return [c["level"] for c in storage["chars"]]


def bidi_levels(text: str, rtl: bool) -> list[int]:
    """The resolved embedding level of each character of one line (in logical order)."""
    base = 1 if rtl else 0
    if not rtl and not _RTL_RE.search(text):
        return [0] * len(text)
    if rtl and _PURE_RTL_RE.match(text):
        return [1] * len(text)  # only Arabic and neutrals: everything is at the paragraph level
    marked, origin = text, list(range(len(text)))
    if rtl:
        # In right-to-left text, a left-to-right mark before each number keeps it one left-to-right unit with
        # what follows it: "09-08", "1 250,00 MAD", "26/11/2026", "3-D Secure" (plain UBA shows "08-09",
        # "D Secure-3": after Arabic letters, digits become Arabic numbers and "-" or spaces split them).
        parts, origin = [], []
        pos = 0
        for m in _NUMBER_START_RE.finditer(text):
            parts.append(text[pos:m.start()])
            origin.extend(range(pos, m.start()))
            parts.append(_LRM)
            origin.append(-1)
            pos = m.start()
        parts.append(text[pos:])
        origin.extend(range(pos, len(text)))
        marked = "".join(parts)
    levels = _rust_levels(marked, rtl)
    if levels is None:
        levels = _python_levels(marked, rtl)
    out = [base] * len(text)
    for lv, k in zip(levels, origin):
        if k >= 0:
            out[k] = lv
    # Rule L1: whitespace at the end of the line goes back to the paragraph level.
    k = len(text) - 1
    while k >= 0 and text[k] == " ":
        out[k] = base
        k -= 1
    return out


# --------------------------------------------------------------------------------------------------- fonts and shaping


def font_for(ch: str, bold: bool) -> str:
    pair = BOLD if bold else REGULAR
    return pair.arabic if _ARABIC_RE.match(ch) else pair.latin


_hb_fonts: dict[str, object] = {}
_gid_cache: dict[str, dict[int, tuple[str, float]]] = {}  # glyph id -> (code point reaching it, its width)


def _hb_font(font_name: str):
    hb_font = _hb_fonts.get(font_name)
    if hb_font is None:
        hb_font = _hb_fonts[font_name] = pdfmetrics.getFont(font_name).hbFont(10)
    return hb_font


def _hb_buffer(font_name: str, text: str, rtl: bool):
    import uharfbuzz as hb

    hb_font = _hb_font(font_name)
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    hb.shape(hb_font, buf, _FEATURES)
    return hb_font, buf


_FEATURES = {"kern": True, "liga": True}


def _shape(font_name: str, text: str, rtl: bool) -> tuple[tuple[str, float, float, float, bool, int], ...]:
    """HarfBuzz glyphs of ``text`` in visual order: (code point reaching the glyph, advance, x offset, y offset,
    natural, cluster) in thousandths of the font size; ``natural`` means the glyph can be drawn as plain text,
    ``cluster`` is the index of the first character it comes from."""
    key = (font_name, text, rtl)
    cached = _shape_cache.get(key)
    if cached is not None:
        return cached
    with _shape_lock:
        font = pdfmetrics.getFont(font_name)
        hb_font, buf = _hb_buffer(font_name, text, rtl)
        face = font.face
        scale = 1000.0 / face.unitsPerEm
        gids = _gid_cache.setdefault(font_name, {})
        glyphs = []
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions):
            gid = info.codepoint
            known = gids.get(gid)
            if known is None:
                chars = face.glyphToChar.get(gid)
                if chars:
                    uchar = chars[0]
                else:  # a glyph no code point reaches (rare): reportlab gives it a private-use one
                    uchar = font.hbAddPrivate(hb_font.glyph_to_string(gid), gid, pos.x_advance)
                known = gids[gid] = (chr(uchar), face.charWidths.get(uchar, 0))
            uchar, natural_width = known
            adv = pos.x_advance * scale
            xo = pos.x_offset * scale
            yo = pos.y_offset * scale
            glyphs.append((uchar, adv, xo, yo, not xo and not yo and abs(adv - natural_width) < 0.5,
                           info.cluster))
        result = tuple(glyphs)
        _shape_cache[key] = result
        return result


def _advance(font_name: str, text: str) -> float:
    """Shaped width of ``text`` in thousandths of the font size (no glyph list needed)."""
    cached = _shape_cache.get((font_name, text, True))
    if cached is not None:
        return sum(g[1] for g in cached)
    with _shape_lock:
        font = pdfmetrics.getFont(font_name)
        _, buf = _hb_buffer(font_name, text, True)
        return sum(p.x_advance for p in buf.glyph_positions) * 1000.0 / font.face.unitsPerEm


def run_width(font_name: str, text: str, size: float) -> float:
    """Width of a run drawn in one font, as it will be drawn."""
    key = (font_name, text)
    w = _width_cache.get(key)
    if w is None:
        if font_name.startswith("MRA-Arabic"):
            w = _advance(font_name, text)
        else:
            w = pdfmetrics.stringWidth(text, font_name, 1000)
        _width_cache[key] = w
    return w * size / 1000.0


# --------------------------------------------------------------------------------------------------- lines


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


@dataclass
class _Chars:
    text: str
    bold: list[bool]
    fonts: list[str] = field(default_factory=list)
    prefix: list[float] = field(default_factory=list)  # prefix sums of advances, thousandths of the size


# Spaces and punctuation between Arabic words are drawn with the Arabic font (it has them), so that a phrase is
# one run: shaped once, drawn once.
_SHARED = frozenset(" .,:;!-\u060c\u061b\u061f\u00a0")


def _is_arabic(ch: str) -> bool:
    return ("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\u08a0" <= ch <= "\u08ff"
            or "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff")


def _assign_fonts(chars: _Chars) -> None:
    text = chars.text
    if not _ARABIC_RE.search(text):  # no Arabic at all: the Latin font of each weight
        chars.fonts = [BOLD.latin if b else REGULAR.latin for b in chars.bold]
        return
    fonts = []
    prev_arabic = False
    for ch, bold in zip(text, chars.bold):
        pair = BOLD if bold else REGULAR
        if _is_arabic(ch):
            prev_arabic = True
            fonts.append(pair.arabic)
        elif prev_arabic and ch in _SHARED:
            fonts.append(pair.arabic)
        else:
            if ch.isalnum():
                prev_arabic = False
            fonts.append(pair.latin)
    chars.fonts = fonts


def _prepare(text: Rich, bold: bool) -> list[_Chars]:
    """Paragraphs (split at newlines) as characters with their weight; whitespace collapsed."""
    paragraphs: list[_Chars] = [_Chars("", [])]
    for piece, b in _pieces(text, bold):
        piece = unicodedata.normalize("NFC", piece.translate(_STRIP))
        parts = piece.split("\n")
        for n, part in enumerate(parts):
            if n:
                paragraphs.append(_Chars("", []))
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
        c = _Chars(p.text[start:end], p.bold[start:end])
        _assign_fonts(c)
        _advances(c)
        out.append(c)
    return out


def _advances(chars: _Chars) -> None:
    """Advance of every character (its share of the shaped glyphs), so that any word's width is a difference
    of prefix sums: one HarfBuzz call per Arabic run of the paragraph instead of one per word."""
    text = chars.text
    adv = [0.0] * len(text)
    for font_name, a, b in _font_runs(chars, 0, len(text)):
        if font_name.startswith("MRA-Arabic"):
            with _shape_lock:
                font = pdfmetrics.getFont(font_name)
                _, buf = _hb_buffer(font_name, text[a:b], True)
                scale = 1000.0 / font.face.unitsPerEm
                for info, pos in zip(buf.glyph_infos, buf.glyph_positions):
                    adv[a + info.cluster] += pos.x_advance * scale
        else:
            widths = pdfmetrics.getFont(font_name).face.charWidths
            for k in range(a, b):
                adv[k] = widths.get(ord(text[k]), 0)
    prefix = [0.0]
    total = 0.0
    for v in adv:
        total += v
        prefix.append(total)
    chars.prefix = prefix


def _font_runs(chars: _Chars, start: int, end: int) -> list[tuple[str, int, int]]:
    """(font, start, end) runs of the same font over chars[start:end]."""
    runs = []
    cur_font, cur_start = None, start
    fonts = chars.fonts
    for k in range(start, end):
        f = fonts[k]
        if f != cur_font:
            if cur_font is not None:
                runs.append((cur_font, cur_start, k))
            cur_font, cur_start = f, k
    if cur_font is not None:
        runs.append((cur_font, cur_start, end))
    return runs


def _measure(chars: _Chars, start: int, end: int, size: float) -> float:
    return (chars.prefix[end] - chars.prefix[start]) * size / 1000.0


def _break(chars: _Chars, width: float, size: float) -> list[tuple[int, int]]:
    """Greedy line breaking at spaces (logical order); over-long words are cut."""
    text = chars.text
    if not text:
        return [(0, 0)]
    words = [(m.start(), m.end()) for m in re.finditer(r"[^ ]+", text)]
    lines: list[tuple[int, int]] = []
    line_start = line_end = None
    line_w = 0.0
    for ws, we in words:
        space_w = _measure(chars, ws - 1, ws, size) if ws else 0.0
        ww = _measure(chars, ws, we, size)
        if line_start is not None and line_w + space_w + ww <= width + 0.01:
            line_end, line_w = we, line_w + space_w + ww
            continue
        if line_start is not None:
            lines.append((line_start, line_end))
        # A word longer than the line: cut it where it no longer fits.
        while ww > width and we - ws > 1:
            cut = ws + 1
            while cut < we and _measure(chars, ws, cut + 1, size) <= width:
                cut += 1
            lines.append((ws, cut))
            ws = cut
            ww = _measure(chars, ws, we, size)
        line_start, line_end, line_w = ws, we, ww
    if line_start is not None:
        lines.append((line_start, line_end))
    return lines


def _visual_line(chars: _Chars, start: int, end: int, size: float, rtl: bool) -> Line:
    text = chars.text[start:end]
    levels = bidi_levels(text, rtl) if (rtl or _RTL_RE.search(text)) else [0] * len(text)
    # Runs of the same level and font, logical order.
    runs: list[tuple[int, str, int, int]] = []
    fonts = chars.fonts
    for k in range(len(text)):
        f = fonts[start + k]
        lv = levels[k]
        if runs and runs[-1][0] == lv and runs[-1][1] == f:
            runs[-1] = (lv, f, runs[-1][2], k + 1)
        else:
            runs.append((lv, f, k, k + 1))
    # Rule L2: from the highest level down to the lowest odd level, reverse every sequence at that level or above.
    if runs:
        highest = max(r[0] for r in runs)
        lowest_odd = min((r[0] for r in runs if r[0] % 2), default=highest + 1)
        for level in range(highest, lowest_odd - 1, -1):
            i = 0
            while i < len(runs):
                if runs[i][0] >= level:
                    j = i
                    while j < len(runs) and runs[j][0] >= level:
                        j += 1
                    runs[i:j] = runs[i:j][::-1]
                    i = j
                else:
                    i += 1
    pieces = []
    for lv, f, a, b in runs:
        t = text[a:b]
        odd = bool(lv % 2)
        pieces.append(Piece(f, t, odd, _measure(chars, start + a, start + b, size)))
    return Line(pieces, sum(p.width for p in pieces))


_layout_cache: dict[tuple, list[Line]] = {}


def layout(text: Rich, width: float, size: float, rtl: bool, bold: bool = False) -> list[Line]:
    """Lines of ``text`` broken to ``width``, each in visual order (owners, dates, labels repeat: cached)."""
    key = (text if isinstance(text, str) else tuple(text), width, size, rtl, bold)
    lines = _layout_cache.get(key)
    if lines is None:
        if len(_layout_cache) > 20000:
            _layout_cache.clear()
        lines = _layout_cache[key] = _layout(text, width, size, rtl, bold)
    return lines


def _layout(text: Rich, width: float, size: float, rtl: bool, bold: bool = False) -> list[Line]:
    lines = []
    for chars in _prepare(text, bold):
        for a, b in _break(chars, width, size):
            lines.append(_visual_line(chars, a, b, size, rtl))
    return lines


def _fp(v: float) -> str:
    if v == int(v):
        return str(int(v))
    out = f"{v:.2f}".rstrip("0").rstrip(".")
    return out if out not in ("", "-", "-0") else "0"


def _glyphs(p: Piece) -> tuple[tuple[str, float, float, float, bool, int], ...]:
    if p.font.startswith("MRA-Arabic"):
        return _shape(p.font, p.text, p.rtl)
    s = "".join(MIRRORED.get(c, c) for c in reversed(p.text)) if p.rtl else p.text
    return tuple((c, 0.0, 0.0, 0.0, True, k) for k, c in enumerate(s))


def draw_line(canv, line: Line, x: float, y: float, size: float) -> None:
    """Draw a laid-out line with its left end at x and baseline y: one text object, one TJ array per run,
    HarfBuzz advances and mark offsets as TJ adjustments and text rise."""
    doc = canv._doc
    escape = canv._escape
    code = ["BT"]
    pen = x
    fsize = _fp(size)
    for p in line.pieces:
        font = pdfmetrics.getFont(p.font)
        code.append(f"1 0 0 1 {_fp(pen)} {_fp(y)} Tm")
        if not p.font.startswith("MRA-Arabic"):  # plain text: no per-glyph adjustment
            s = "".join(MIRRORED.get(c, c) for c in reversed(p.text)) if p.rtl else p.text
            for subset, chunk in font.splitString(s, doc):
                code.append(f"{font.getSubsetInternalName(subset, doc)} {fsize} Tf ({escape(chunk)}) Tj")
            pen += p.width
            continue
        glyphs = _glyphs(p)
        widths = font.face.charWidths
        gi = 0
        for subset, chunk in font.splitString("".join(g[0] for g in glyphs), doc):
            code.append(f"{font.getSubsetInternalName(subset, doc)} {fsize} Tf")
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
                    code.append(f"{_fp(yo * size / 1000)} Ts [{pre}({escape(bytes([b]))}) "
                                f"{_fp(natural_w - adv + xo)}] TJ 0 Ts")
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
        pen += p.width
    code.append("ET")
    canv._code.append(" ".join(code))


def draw_string(canv, x: float, y: float, text: Rich, size: float, *, rtl: bool, align: str = "left",
                bold: bool = False, color: Color | None = None) -> float:
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
    return max((ln.width for ln in layout(text, 1e9, size, False, bold)), default=0.0)


# --------------------------------------------------------------------------------------------------- flowable


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
    """A paragraph of mixed Arabic/Latin text, laid out by this module. Splits between lines across pages."""

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
        return max((ln.width for ln in layout(self.text, 1, self.style.size, self.style.rtl, self.style.bold)),
                   default=0.0)

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


def lines_text(lines: Iterable[Line]) -> list[str]:
    """The logical text of laid-out lines (for tests)."""
    return ["".join(p.text for p in ln.pieces) for ln in lines]
