"""Language-aware formatting shared by the PDF and the Qt UI: dates, amounts, numbers, percentages, direction.

Plain Python (no Qt, no locale module: the result must not depend on the machine's settings). Moroccan usage:
Western digits in all three languages, Moroccan month names in Arabic (يناير … دجنبر), the dirham as "MAD" in
French and English and "درهم" in Arabic. Spaces inside numbers and before the currency are no-break spaces
(U+00A0) so that an amount is never cut at the end of a line, and stays one unit in right-to-left text.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal

LANGUAGES = ("fr", "ar", "en")
RTL_LANGUAGES = frozenset({"ar"})
NBSP = "\u00a0"

_MONTHS = {
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"),
}
_CURRENCY = {"fr": "MAD", "en": "MAD", "ar": "درهم"}


def _lang(lang: str) -> str:
    return lang if lang in LANGUAGES else "fr"


def is_rtl(lang: str) -> bool:
    return lang in RTL_LANGUAGES


def text_is_rtl(text: str) -> bool | None:
    """The direction a text written by the user reads in, from its first strong letter (HTML's dir="auto"): True
    for Arabic, False for Latin, None when it has no letter at all."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return None


def direction(lang: str) -> str:
    """ "rtl" or "ltr" (Qt: Qt.RightToLeft when "rtl")."""
    return "rtl" if is_rtl(lang) else "ltr"


def format_date(date: dt.date, lang: str) -> str:
    """26 novembre 2026 · 26 November 2026 · 26 نونبر 2026 (1er for the first day in French)."""
    lang = _lang(lang)
    day = "1er" if (lang == "fr" and date.day == 1) else str(date.day)
    return f"{day} {_MONTHS[lang][date.month - 1]} {date.year}"


def format_date_short(date: dt.date, lang: str) -> str:
    """26/11/2026 in all three languages (day first, as on Moroccan documents)."""
    return f"{date.day:02d}/{date.month:02d}/{date.year}"


def format_number(value: float | int | Decimal, lang: str, decimals: int = 0) -> str:
    """1 250,5 → "1 250,50" (fr, ar) or "1,250.50" (en) with ``decimals=2``; grouping by thousands."""
    lang = _lang(lang)
    q = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    sign = "-" if q < 0 else ""
    q = abs(q)
    text = f"{q:.{decimals}f}"
    whole, _, frac = text.partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    if lang == "en":
        sep, point = ",", "."
    else:
        sep, point = NBSP, ","
    out = sep.join(groups)
    if decimals:
        out += point + frac
    return sign + out


def format_amount(value: float | int | Decimal, lang: str, currency: str | None = None) -> str:
    """ "1 250,00 MAD" (fr), "MAD 1,250.00" (en), "1 250,00 درهم" (ar); no-break spaces throughout."""
    lang = _lang(lang)
    number = format_number(value, lang, 2)
    cur = currency or _CURRENCY[lang]
    if lang == "en":
        return f"{cur}{NBSP}{number}"
    return f"{number}{NBSP}{cur}"


def format_percent(value: float | int, lang: str) -> str:
    """ "45 %" (fr, with a no-break space), "45%" (en, ar)."""
    lang = _lang(lang)
    number = format_number(value, lang, 0)
    return f"{number}{NBSP}%" if lang == "fr" else f"{number}%"


def count_form(n: int) -> str:
    """Which form of a counted noun ``n`` takes, by Arabic grammar (the richest of the three languages; French and
    English only tell "one" from the rest): "one" (1: إجراء واحد), "two" (2: the dual, إجراءان), "few" (3-10, and
    103-110...: the plural, 3 إجراءات), "many" (11-99, 111-199...: the singular accusative, 11 إجراءً), "other" (0,
    100, 101, 102, 200...: the singular genitive, 100 إجراء). Unicode CLDR's categories for Arabic, zero aside."""
    n = abs(n)
    if n == 1:
        return "one"
    if n == 2:
        return "two"
    if 3 <= n % 100 <= 10:
        return "few"
    if 11 <= n % 100 <= 99:
        return "many"
    return "other"


def format_list(items: list[str] | tuple[str, ...], lang: str) -> str:
    """Items joined with the language's comma (Arabic writes ، )."""
    return ("، " if _lang(lang) == "ar" else ", ").join(items)


# Letters folded for comparing: the Arabic letter variants a reader does not tell apart when searching (ة/ه, ى/ي,
# the Persian ی a keyboard may type, alif wasla ٱ; أ إ آ lose their hamza or madda with the vowel marks), tatweel
# (ـ, a stretch of the line, not a letter) dropped, and Arabic-Indic digits as the Western digits of Moroccan usage.
_FOLDED_LETTERS: dict[int, str | None] = {
    0x0629: "\u0647",  # ة → ه
    0x0649: "\u064a",  # ى → ي
    0x06CC: "\u064a",  # ی → ي
    0x0671: "\u0627",  # ٱ → ا
    0x0640: None,  # tatweel
    **{0x0660 + n: str(n) for n in range(10)},  # ٠١٢ (as western_digits)
    **{0x06F0 + n: str(n) for n in range(10)},  # ۰۱۲
}


def folded(text: str) -> str:
    """``text`` to compare or search: lower case, without accents or Arabic vowel marks (Fès, fes and FES match),
    the Arabic letter variants as one letter (أ إ آ ا, ة ه, ى ي), no tatweel, Western digits.

    Each character folds on its own (into nothing, one character or a few: "ß", "ﻻ"), so that a match in the
    folded text can be traced back to the original (:func:`folded_with_positions`)."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return text.translate(_FOLDED_LETTERS).casefold()


def folded_with_positions(text: str) -> tuple[str, list[int]]:
    """``folded(text)`` and, for each of its characters, the index in ``text`` of the character it came from (one
    more entry at the end: ``len(text)``), so that ``text[at[i]:at[j]]`` is what ``folded[i:j]`` was folded from."""
    pieces = [_folded_char(c) for c in text]
    if all(len(piece) == 1 for piece in pieces):
        return "".join(pieces), list(range(len(text) + 1))
    at = [index for index, piece in enumerate(pieces) for _ in piece]
    at.append(len(text))
    return "".join(pieces), at


@functools.lru_cache(maxsize=4096)
def _folded_char(char: str) -> str:
    return folded(char)


def sort_key(text: str, lang: str) -> tuple[str, str]:
    """Dictionary order in ``lang``: accents and case ignored (Éclair after Dossier), and in Arabic the article
    ال ignored (البنك under ب), as glossaries do; a hamza on the first alif is not an article (ألوان under ا).
    Ties keep a stable order by the text itself."""
    base = folded(text)
    if _lang(lang) == "ar" and unicodedata.normalize("NFC", text.lstrip()).startswith(("ال", "ٱل")) and len(base) > 3:
        base = base[2:]
    return base, text


_WESTERN_DIGITS = {**{0x0660 + n: str(n) for n in range(10)}, **{0x06F0 + n: str(n) for n in range(10)}}


def western_digits(text: str) -> str:
    """Arabic-Indic (٠١٢) and Eastern Arabic-Indic (۰۱۲) digits as the Western digits Moroccan numbers are written
    with: an ICE typed on an Arabic keyboard is the same number."""
    return text.translate(_WESTERN_DIGITS)


# -- right-to-left text with left-to-right units (the PDF and the screen share these rules) --------------------------

LRM = "\u200e"
# Where a number starts (not inside a word or another number): 09-08, +212 6…, 3-D.
NUMBER_START_RE = re.compile(r"(?<![0-9A-Za-z\u00c0-\u024f])\+?[0-9]")
# A web address or an e-mail: one left-to-right unit even where it starts or ends with neutrals ("https://").
LATIN_UNIT_RE = re.compile(
    r"(?:https?://|www\.)(?:[^\s«»()\[\]،؛]*[^\s«»()\[\].,;:!?،؛])?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.ASCII
)


def ltr_mark_positions(text: str) -> list[int]:
    """Where a left-to-right mark keeps a unit in its own order inside right-to-left text: before each number
    ("31-08", not "08-31"; "3-D Secure", not "D Secure-3") and on both sides of each web address or e-mail."""
    marks = {m.start() for m in NUMBER_START_RE.finditer(text)}
    for m in LATIN_UNIT_RE.finditer(text):
        marks.update((m.start(), m.end()))
    return sorted(marks)


def with_ltr_marks(text: str) -> str:
    """``text`` with the marks of :func:`ltr_mark_positions`, for a display that applies the Unicode bidi
    algorithm itself (Qt's widgets); the PDF's text layout places the same marks on its own."""
    positions = ltr_mark_positions(text)
    if not positions:
        return text
    parts, previous = [], 0
    for at in positions:
        parts += [text[previous:at], LRM]
        previous = at
    parts.append(text[previous:])
    return "".join(parts)
