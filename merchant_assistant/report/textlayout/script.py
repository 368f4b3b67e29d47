"""Rich text and the character classes the layout needs (Arabic, right-to-left, numbers)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...i18n import LATIN_UNIT_RE, LRM, NUMBER_START_RE  # noqa: F401 (shared with the screen)

# Rich text: a plain string, or pieces of (text, bold).
Rich = str | Sequence[tuple[str, bool]]

ARABIC_RE = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
RTL_RE = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
# Arabic letters and marks with spaces and common punctuation only: no left-to-right text, no numbers.
PURE_RTL_RE = re.compile(
    "^[\u0600-\u065f\u066a-\u06ef\u06fa-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
    " .,:;!?'\"()\\[\\]\u00ab\u00bb\\-\u00a0\u2026\u2013\u2014/]*$"
)


def has_arabic(text: str) -> bool:
    return bool(ARABIC_RE.search(text))


def is_arabic(ch: str) -> bool:
    """One character in the Arabic blocks (same blocks as ARABIC_RE, without the regex: called per character)."""
    return (
        "\u0600" <= ch <= "\u06ff"
        or "\u0750" <= ch <= "\u077f"
        or "\u08a0" <= ch <= "\u08ff"
        or "\ufb50" <= ch <= "\ufdff"
        or "\ufe70" <= ch <= "\ufeff"
    )


def rich_pieces(text: Rich, bold: bool = False) -> list[tuple[str, bool]]:
    """Rich text as (text, bold) pieces; ``bold`` makes every piece bold."""
    if isinstance(text, str):
        return [(text, bold)]
    return [(t, bool(b) or bold) for t, b in text]
