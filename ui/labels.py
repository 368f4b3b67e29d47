"""Words for the domain's codes (priorities, efforts, statuses, answers) and dates, in the interface language.

Only translations of fixed codes: what the codes mean and how they are chosen stays in merchant_assistant.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDateTime, Qt

from merchant_assistant.content.model import Text, tr
from merchant_assistant.i18n import (
    LRM,
    NBSP,
    format_date,
    format_date_short,
    format_percent,
    is_rtl,
    ltr_mark_positions,
    with_ltr_marks,
)


def screen_text(text: Text, lang: str) -> str:
    """A content text (question, answer, action, title) in ``lang`` as the screen shows it: in Arabic, numbers,
    law numbers and web addresses keep their own order ("القانون رقم 31-08", never "08-31"), as on the PDF."""
    shown = tr(text, lang)
    if not is_rtl(lang):
        return shown
    marked = with_ltr_marks(shown)
    # A mark at the very start would make Qt read the whole paragraph left to right ("24 رقمًا…" started with one):
    # the paragraph is Arabic, so it starts with a right-to-left mark.
    return RLM + marked if marked.startswith(LRM) else marked


def screen_html(text: Text, lang: str, links: Sequence[tuple[int, int, str]] = ()) -> str:
    """:func:`screen_text` as rich text for a QLabel, with ``links`` ((start, end, href) in ``tr(text, lang)``, in
    order, not overlapping) as anchors. Everything else is escaped: a "<" or "&" in the content is shown as written,
    never read as markup. Line breaks and spaces are kept as in plain text; in Arabic, the same marks as
    :func:`screen_text` keep numbers and addresses in their order."""
    shown = tr(text, lang)
    marks = set(ltr_mark_positions(shown)) if is_rtl(lang) else set()
    starts = {start: href for start, _end, href in links}
    ends = {end for _start, end, _href in links}
    parts = ['<span style="white-space: pre-wrap;">']
    for at in range(len(shown) + 1):
        if at in ends:
            parts.append("</a>")
        if at in marks:
            parts.append(LRM)
        if at in starts:
            parts.append(f'<a href="{html.escape(starts[at], quote=True)}">')
        if at < len(shown):
            parts.append(html.escape(shown[at], quote=False))
    parts.append("</span>")
    return "".join(parts)


def yesno_labels() -> dict[str, str]:
    return {
        "yes": QCoreApplication.translate("Labels", "Oui"),
        "partly": QCoreApplication.translate("Labels", "En partie"),
        "no": QCoreApplication.translate("Labels", "Non"),
        "dont_know": QCoreApplication.translate("Labels", "Je ne sais pas"),
        "na": QCoreApplication.translate("Labels", "Non applicable"),
    }


def priority_label(priority: str) -> str:
    words = {
        "high": QCoreApplication.translate("Labels", "Haute", "priority of an action"),
        "medium": QCoreApplication.translate("Labels", "Moyenne", "priority of an action"),
        "low": QCoreApplication.translate("Labels", "Basse", "priority of an action"),
    }
    return words.get(priority, priority)


def effort_label(effort: str) -> str:
    words = {
        "small": QCoreApplication.translate("Labels", "Rapide", "effort of an action"),
        "medium": QCoreApplication.translate("Labels", "Moyen", "effort of an action"),
        "large": QCoreApplication.translate("Labels", "Important", "effort of an action: much work"),
    }
    return words.get(effort, effort)


def status_labels() -> dict[str, str]:
    return {
        "todo": QCoreApplication.translate("Labels", "À faire", "status of an action"),
        "in_progress": QCoreApplication.translate("Labels", "En cours", "status of an action"),
        "done": QCoreApplication.translate("Labels", "Fait", "status of an action"),
    }


def interface_language() -> str:
    """fr, ar or en: the language of the translation installed (each .ts translates this marker to its code)."""
    code = QCoreApplication.translate("Labels", "fr", "code of the interface language: write fr, ar or en")
    return code if code in ("fr", "ar", "en") else "fr"


def field_message(problem: object) -> str:
    """The domain's problem with a profile field or an answer, in the interface language."""
    message = getattr(problem, "message", None)
    text = message(interface_language()) if callable(message) else str(problem)
    # The catalogue's English is written for the command line ("error: not a valid phone number"); on screen it is
    # a sentence of its own.
    return text[:1].upper() + text[1:] if text[:1].islower() and interface_language() == "en" else text


# Dates and numbers come from merchant_assistant.i18n, as in the PDF (Moroccan usage in all three languages).
# A date is isolated (first-strong isolate) so that it stays one unit inside text of the other direction.
# A file path is isolated left-to-right, or "/tmp/x" shows as "tmp/x/" inside Arabic text.
FSI, LRI, PDI = "\u2068", "\u2066", "\u2069"
RLM = "\u200f"  # right-to-left mark
TERM_LINK = "term:"  # the href of a glossary link on a question card: "term:<term id>"


def date_text(day: dt.date, lang: str) -> str:
    """26 novembre 2026 · 26 November 2026 · 26 نونبر 2026 (never cut at the end of a line)."""
    return f"{FSI}{format_date(day, lang).replace(' ', NBSP)}{PDI}"


def path_text(path: object) -> str:
    """A file or folder path, shown left-to-right in every language."""
    return f"{LRI}{path}{PDI}"


def short_date_text(day: dt.date, lang: str) -> str:
    """26/11/2026, for tables."""
    return f"{FSI}{format_date_short(day, lang)}{PDI}"


def timestamp_text(iso: str, lang: str) -> str:
    """A stored UTC timestamp as local date and time."""
    when = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not when.isValid():
        return iso
    local = when.toLocalTime()
    day = local.date()
    return f"{FSI}{format_date_short(dt.date(day.year(), day.month(), day.day()), lang)} {local.toString('HH:mm')}{PDI}"


def local_day(iso: str) -> dt.date | None:
    """The local day of a stored UTC timestamp; None when it is not one."""
    when = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not when.isValid():
        return None
    day = when.toLocalTime().date()
    return dt.date(day.year(), day.month(), day.day())


def percent_text(value: float | int | None, lang: str) -> str:
    """45 % (fr), 45% (ar, en); a dash when there is no score."""
    return "—" if value is None else format_percent(value, lang)
