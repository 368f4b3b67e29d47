"""The fonts of the PDF: bundled TrueType files, registered once (thread-safe), always embedded and subset.

Noto Sans covers Latin (French accents, €, …); Noto Sans Arabic covers Arabic but has no Latin letters, so
every piece of text is split into runs and each run gets the font that has its glyphs (see the ``textlayout`` package).
No base-14 font (Helvetica…) is ever used: reportlab's defaults are pointed at our fonts in ``styles.py``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..paths import resources_dir

LATIN = "MRA-Sans"
LATIN_BOLD = "MRA-Sans-Bold"
ARABIC = "MRA-Arabic"
ARABIC_BOLD = "MRA-Arabic-Bold"

FILES = {
    LATIN: "NotoSans-Regular.ttf",
    LATIN_BOLD: "NotoSans-Bold.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
}

_lock = threading.Lock()
_registered = False


@dataclass(frozen=True)
class FontPair:
    """The Latin and the Arabic font of one weight."""

    latin: str
    arabic: str


REGULAR = FontPair(LATIN, ARABIC)
BOLD = FontPair(LATIN_BOLD, ARABIC_BOLD)


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register_fonts() -> None:
    """Register the bundled fonts with reportlab, once per process; safe to call from any thread."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = fonts_dir()
        for name, file_name in FILES.items():
            path = folder / file_name
            if not path.is_file():
                raise FileNotFoundError(f"font file missing: {path}")
            if name in (ARABIC, ARABIC_BOLD):
                from .textlayout import adapters  # here: textlayout imports this module's font names

                # Copied and searched as ordinary letters, not as the joined forms the glyphs are reached by.
                font = adapters.ReadingLettersTTFont(name, str(path))
                font.shapable = True  # HarfBuzz shaping (joining forms, lam-alef, marks)
            else:
                font = TTFont(name, str(path))
            pdfmetrics.registerFont(font)
        # <b> in Latin paragraphs selects the bold face.
        addMapping(LATIN, 0, 0, LATIN)
        addMapping(LATIN, 1, 0, LATIN_BOLD)
        addMapping(LATIN, 0, 1, LATIN)
        addMapping(LATIN, 1, 1, LATIN_BOLD)
        addMapping(LATIN_BOLD, 0, 0, LATIN_BOLD)
        addMapping(LATIN_BOLD, 1, 0, LATIN_BOLD)
        _registered = True
