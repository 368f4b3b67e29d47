"""Every use of a private or undocumented API of reportlab and python-bidi, one small function each.

The rest of the package calls only these functions and the libraries' documented APIs (reportlab's
``pdfmetrics.getFont``, ``Canvas.addLiteral`` and ``Flowable``; python-bidi's ``get_display``; uharfbuzz's
``Buffer``, ``shape`` and ``Font``). Each function says what it relies on, and tests/test_textlayout_adapters.py
checks that behaviour against the installed libraries, so that an upgrade which changes it fails a test instead
of printing a wrong PDF. pyproject.toml keeps each library within one major version.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping

from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.ttfonts import TTFont

# --------------------------------------------------------------------------------------------------- python-bidi

_LEVEL_RE = re.compile(r"Level\(\s*(\d+),?\s*\)")


def uba_levels(text: str, rtl: bool) -> list[int] | None:
    """Embedding level of each character of ``text`` from python-bidi's Rust implementation (the full Unicode
    Bidirectional Algorithm, bracket pairs included); None when they cannot be read.

    Relies on: ``bidi.get_display(text, base_dir=..., debug=True)`` (documented) returning the Rust crate's
    ``Debug`` rendering of its ``BidiInfo`` (undocumented), whose ``levels:`` list, before ``paragraphs:``,
    holds one ``Level(n)`` per UTF-8 byte of the text.
    """
    try:
        from bidi import get_display

        debug = get_display(text, base_dir="R" if rtl else "L", debug=True)
        body = debug.split("levels:", 1)[1].split("paragraphs:", 1)[0]
        byte_levels = [int(x) for x in _LEVEL_RE.findall(body)]
    except Exception:
        return None
    if len(byte_levels) != len(text.encode("utf-8")):
        return None
    levels, i = [], 0
    for ch in text:
        levels.append(byte_levels[i])
        i += len(ch.encode("utf-8"))
    return levels


def legacy_uba_levels(text: str, rtl: bool) -> list[int]:
    """Embedding level of each character from python-bidi's pure-Python algorithm (older UBA, no bracket pairs):
    the fallback when :func:`uba_levels` cannot read the Rust levels.

    Relies on: the undocumented steps of ``bidi.algorithm`` (``get_empty_storage``, ``get_embedding_levels``,
    ``explicit_embed_and_overrides``, ``resolve_weak_types``, ``resolve_neutral_types``,
    ``resolve_implicit_levels``) and its storage dict (``base_level``, ``base_dir``, ``chars[i]["level"]``).
    """
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


def mirror_map() -> Mapping[str, str]:
    """Character -> its mirror image for right-to-left display ("(" -> ")", "«" -> "»"), from Unicode's
    BidiMirroring.txt.

    Relies on: the undocumented module ``bidi.mirror`` and its dict ``MIRRORED``.
    """
    from bidi.mirror import MIRRORED

    return MIRRORED


# --------------------------------------------------------------------------------------------------- reportlab fonts
# ``font`` below is a reportlab TTFont, as returned by the documented ``pdfmetrics.getFont(name)``.


def units_per_em(font) -> int:
    """Font design units per em (HarfBuzz positions are in these units).

    Relies on: the undocumented attribute ``TTFont.face`` (a ``TTFontFace``) and its ``unitsPerEm``.
    """
    return font.face.unitsPerEm


def char_widths(font) -> Mapping[int, float]:
    """Code point -> advance width in thousandths of the font size (the font's own, unshaped widths). The live
    mapping: :func:`add_private_glyph` adds to it.

    Relies on: the undocumented ``TTFont.face.charWidths`` dict.
    """
    return font.face.charWidths


def glyph_code_points(font, gid: int) -> list[int] | None:
    """The code points that reach glyph ``gid`` (None or empty when none does).

    Relies on: the undocumented ``TTFont.face.glyphToChar`` dict (glyph id -> list of code points).
    """
    return font.face.glyphToChar.get(gid)


def harfbuzz_font(font):
    """A ``uharfbuzz.Font`` over the same font file, at its default scale (positions in font units). Must be
    called before :func:`add_private_glyph` on the same font.

    Relies on: the undocumented ``TTFont.hbFont(fontSize)`` (reportlab's own shaping support), which also
    installs ``TTFont.hbAddPrivate``.
    """
    return font.hbFont(10)


def add_private_glyph(font, hb_font, gid: int, advance: float) -> int:
    """A private-use code point that reaches glyph ``gid`` (which no code point reaches), so that it can be
    drawn through reportlab's subsetting; ``advance`` (in font units) becomes its width.

    Relies on: the undocumented ``TTFont.hbAddPrivate(name, gid, advance)`` installed by ``TTFont.hbFont``, which
    picks a free code point from U+E000 and records it in ``face.charToGlyph``, ``face.glyphToChar`` and
    ``face.charWidths``; the glyph's name comes from uharfbuzz's documented ``Font.glyph_to_string``.
    """
    return font.hbAddPrivate(hb_font.glyph_to_string(gid), gid, advance)


def split_into_subsets(font, text: str, doc) -> list[tuple[int, bytes]]:
    """``text`` cut into (subset number, one-byte codes in that subset) chunks, adding missing characters to the
    document's subsets of ``font``.

    Relies on: ``TTFont.splitString(text, doc)``, described only in the docstring of ``reportlab.pdfbase.ttfonts``
    (the "dynamic font" interface), with ``doc`` from :func:`canvas_document`.
    """
    return font.splitString(text, doc)


def subset_font_name(font, subset: int, doc) -> str:
    """The PDF resource name ("/F3+0") of one subset of ``font`` in the document, for the ``Tf`` operator.

    Relies on: ``TTFont.getSubsetInternalName(subset, doc)``, described only in the docstring of
    ``reportlab.pdfbase.ttfonts``.
    """
    return font.getSubsetInternalName(subset, doc)


class ReadingLettersTTFont(TTFont):
    """A reportlab ``TTFont`` whose subsets tell PDF readers the ordinary letters behind each glyph: the ToUnicode
    map of an Arabic subset sends a presentation form (U+FE8E, final alef) to its letter (U+0627), so that copied
    and searched text is ordinary Arabic. A lam-alef ligature keeps its presentation form: readers that put
    right-to-left lines back in order (poppler) would reverse its two letters. Glyphs that no code point reaches
    keep their private-use code: no reader can tell which letters they stand for.

    Relies on: ``TTFont.addObjects(doc)`` (called when the file is written) creating, for each subset listed in
    the private ``TTFont.state[doc].subsets``, a ToUnicode stream registered in the private ``doc.idToObject``
    under ``"toUnicodeCMap:" + base font name``, with ``pdfdoc.PDFStream.content`` made by the module function
    ``ttfonts.makeToUnicodeCMap(base font name, code points)``.
    """

    def addObjects(self, doc):
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state is not None else []
        before = {key for key in doc.idToObject if key.startswith("toUnicodeCMap:")}
        super().addObjects(doc)
        streams = [key for key in doc.idToObject if key.startswith("toUnicodeCMap:") and key not in before]
        if len(streams) != len(subsets):
            return  # not the layout this relies on: keep reportlab's map (joined forms copy as such)
        for key, subset in zip(streams, subsets):
            cmap = ttfonts.makeToUnicodeCMap(key.split(":", 1)[1], subset)
            for n, code_point in enumerate(subset):
                letter = unicodedata.normalize("NFKC", chr(code_point))
                if len(letter) == 1 and letter != chr(code_point):
                    cmap = cmap.replace(f"<{n:02X}> <{code_point:04X}>", f"<{n:02X}> <{ord(letter):04X}>")
            doc.idToObject[key].content = cmap


# --------------------------------------------------------------------------------------------------- reportlab canvas


def canvas_document(canv):
    """The ``PDFDocument`` behind a canvas (it owns the font subsets of the file being written).

    Relies on: the private attribute ``Canvas._doc``.
    """
    return canv._doc


def canvas_escaper(canv) -> Callable[[bytes], str]:
    """The canvas's escaping of a PDF string literal: bytes in, the text between "(" and ")" out.

    Relies on: the private method ``Canvas._escape`` (reportlab's ``escapePDF``).
    """
    return canv._escape
