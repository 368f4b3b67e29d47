"""The text-layout engine of the PDF: mixed Arabic / Latin text with font fallback, bidi, shaping and line
breaking, done in this order.

reportlab's own right-to-left support needs ``rlbidi`` (not installable here) and, without it, puts punctuation
and embedded Latin or digits on the wrong side. Reshaping and reordering a whole paragraph before reportlab
breaks it into lines reverses the order of the lines. So for any text that is right-to-left or contains
Arabic, this package does the work of a text layout engine itself:

1. **Runs and fonts** (``fallback``). Each character gets the font that has its glyph: Arabic letters and marks
   the Arabic font, everything else (Latin letters, digits, punctuation, spaces) the Latin font; bold or regular
   from the piece of rich text it belongs to. Nothing is silently dropped.
2. **Line breaking in logical order** (``breaking``). Words are measured as they will be drawn (Arabic runs
   shaped by HarfBuzz), then broken greedily into lines.
3. **Bidi per line** (``bidi``, ``layout``; Unicode Bidirectional Algorithm from python-bidi, including bracket
   pairs): embedding levels of each character of the line; in right-to-left text a left-to-right mark goes
   before each number first, so that Arabic context does not reverse its parts ("09-08", "1 250,00 MAD",
   "3-D Secure"). Runs of the same level and font are then reordered visually (rule L2), right-to-left runs
   mirrored ("(" ↔ ")").
4. **Shaping** (``shaping``, ``drawing``). Arabic runs go through HarfBuzz in logical order with right-to-left
   direction: joining forms, lam-alef ligatures, mark positioning. Glyphs are drawn through reportlab's TrueType
   subsetting; most Arabic glyphs are reached through their presentation-form code points, so text extracted
   from the PDF is Arabic (NFKC-normalise it to compare).

Every use of a private or undocumented API of reportlab or python-bidi is one function of ``adapters``, each
covered by tests/test_textlayout_adapters.py. Latin-only text in left-to-right documents does not come here: it
uses ordinary reportlab Paragraphs.

    from merchant_assistant.report.textlayout import RichText, TextStyle, draw_string, layout
"""

from __future__ import annotations

from .bidi import bidi_levels
from .drawing import draw_line, draw_string, text_width
from .flowable import RichText, TextStyle
from .layout import Line, Piece, clear_caches, layout
from .script import Rich, has_arabic, rich_pieces

__all__ = [
    "Line",
    "Piece",
    "Rich",
    "RichText",
    "TextStyle",
    "bidi_levels",
    "clear_caches",
    "draw_line",
    "draw_string",
    "has_arabic",
    "layout",
    "rich_pieces",
    "text_width",
]
