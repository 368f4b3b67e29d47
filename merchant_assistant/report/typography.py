"""Printed typography: where a line may not break, and French spacing.

Both text engines (reportlab's Paragraph for Latin text, textlayout's RichText for Arabic) never break at a no-break
space (U+00A0), so one is all it takes to keep two words on one line. (Reportlab does break at the narrow no-break
space U+202F that French typography prefers before ; ! ?, so the wider one is used everywhere.)
"""

from __future__ import annotations

import re

NBSP = "\u00a0"

# A word that announces a number stays with it: "art. 6", "loi 09-08", "law 09-08", "n° 3", "المادة 29",
# "القانون رقم 09.08", "Dahir n° 1-11-91", "circulaire 2/G/2012".
_NUMBER_WORDS = (
    r"art\.|arts?\.|article|articles|loi|law|n°|no\.|nos|décret|decree|dahir|circulaire|circular|arrêté"
    r"|chapitre|chapter|titre|page|p\.|semaine|week"
    r"|المادة|المواد|الفصل|القانون|رقم|المرسوم|الظهير|الدورية|الأسبوع"
)
_NUMBER_WORD_RE = re.compile(rf"(?<!\w)({_NUMBER_WORDS}) (?=[0-9n°])", re.IGNORECASE)
# Names that read as one word: brands, institutions, "3-D Secure". A space inside them never breaks.
_NAMES = (
    "3-D Secure",
    "3D Secure",
    "Bank Al-Maghrib",
    "Barid Al-Maghrib",
    "Barid Bank",
    "Al Barid Bank",
    "Direct Entreprise",
    "Google Authenticator",
    "Microsoft Authenticator",
    "WhatsApp Business",
    "Google Play",
    "App Store",
    "Maroc Telecom",
    "Orange Money",
    "Attijariwafa bank",
    "Crédit du Maroc",
    "Société Générale",
    "Banque Populaire",
    "Visa Direct",
    "Apple Pay",
    "Google Pay",
    "Mastercard ID Check",
    "Visa Secure",
    "SARL AU",
    "Maroc PME",
)
_NAME_RE = re.compile("|".join(re.escape(n) for n in sorted(_NAMES, key=len, reverse=True)))
# A short quotation (a label, a menu) stays on one line; a longer one keeps at least its guillemets with their
# first and last words. Short enough to fit the narrowest column of the action table, where a longer glued phrase
# would have to be cut inside a word.
_SHORT_QUOTE_RE = re.compile(r"«[^«»\n]{1,20}»")
_FRENCH_BEFORE_RE = re.compile(r" ([:;!?])")
_FRENCH_PERCENT_RE = re.compile(r"(\d) ?%")
_NUMERO_RE = re.compile(r"\bn° ?(?=\d)")
_FRENCH_QUOTE_OPEN_RE = re.compile(r"« ")
_FRENCH_QUOTE_CLOSE_RE = re.compile(r" »")


def _glue(match: re.Match) -> str:
    return match.group(0).replace(" ", NBSP)


def unbreakable(text: str) -> str:
    """``text`` with no-break spaces where a line must not break (any language)."""
    if " " not in text:
        return text
    text = _NAME_RE.sub(_glue, text)
    text = _NUMBER_WORD_RE.sub(lambda m: m.group(1) + NBSP, text)
    return _SHORT_QUOTE_RE.sub(_glue, text)


def french_spacing(text: str) -> str:
    """French typography: a no-break space before ":", ";", "!", "?" and inside guillemets where the text already
    has a space there (a missing space is the content's to add), before "%" and after "n°" always."""
    text = _FRENCH_BEFORE_RE.sub(NBSP + r"\1", text)
    text = _FRENCH_PERCENT_RE.sub(r"\1" + NBSP + "%", text)  # "9 %", as the plan's own percentages
    text = _NUMERO_RE.sub("n°" + NBSP, text)
    text = _FRENCH_QUOTE_OPEN_RE.sub("«" + NBSP, text)
    return _FRENCH_QUOTE_CLOSE_RE.sub(NBSP + "»", text)


def typeset(text: str, lang: str) -> str:
    """Everything the printed plan applies to a text in ``lang`` before laying it out."""
    if lang == "fr":
        text = french_spacing(text)
    return unbreakable(text)
