"""The plan's actions as a CSV file, for a spreadsheet: one row per action, in the plan's order.

The columns are fixed and named by stable ids (COLUMNS, docs/actions-csv.md); the first row gives their titles in
the reader's language, or the ids themselves for scripts. UTF-8 with a byte-order mark: Excel on Windows reads
the file as UTF-8 only with it (Arabic and accents come out garbled otherwise).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..content.model import tr
from ..files import write_atomically
from ..plan import Plan

COLUMNS = (
    "number",
    "action_id",
    "action",
    "module",
    "blocker",
    "priority",
    "status",
    "owner",
    "due",
    "overdue",
    "how",
    "why",
    "note",
)
HEADERS = ("labels", "ids")
# Excel splits a CSV file on the list separator of Windows' regional settings: a semicolon in French and Arabic
# (the comma is their decimal mark), a comma in English.
SEPARATORS = {"fr": ";", "ar": ";", "en": ","}
# A spreadsheet runs a cell that starts with one of these as a formula: a name typed as "=HYPERLINK(...)" must stay
# text (OWASP's advice: a leading apostrophe, which Excel and LibreOffice hide).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

_TITLES: dict[str, dict[str, str]] = {
    "number": {"fr": "N°", "en": "No.", "ar": "الرقم"},
    "action_id": {"fr": "Identifiant", "en": "Id", "ar": "المعرّف"},
    "action": {"fr": "Action", "en": "Action", "ar": "الإجراء"},
    "module": {"fr": "Module", "en": "Module", "ar": "المحور"},
    "blocker": {"fr": "Bloquant", "en": "Blocker", "ar": "عائق"},
    "priority": {"fr": "Priorité", "en": "Priority", "ar": "الأولوية"},
    "status": {"fr": "Statut", "en": "Status", "ar": "الحالة"},
    "owner": {"fr": "Responsable", "en": "Owner", "ar": "المسؤول"},
    "due": {"fr": "Échéance", "en": "Due", "ar": "الأجل"},
    "overdue": {"fr": "En retard", "en": "Overdue", "ar": "متأخر"},
    "how": {"fr": "Comment faire", "en": "How", "ar": "كيف"},
    "why": {"fr": "Pourquoi", "en": "Why", "ar": "لماذا"},
    "note": {"fr": "Votre note", "en": "Your note", "ar": "ملاحظتك"},
}
_WORDS: dict[str, dict[str, str]] = {
    "yes": {"fr": "oui", "en": "yes", "ar": "نعم"},
    "no": {"fr": "non", "en": "no", "ar": "لا"},
    "todo": {"fr": "À faire", "en": "To do", "ar": "للإنجاز"},
    "in_progress": {"fr": "En cours", "en": "In progress", "ar": "قيد الإنجاز"},
    "done": {"fr": "Fait", "en": "Done", "ar": "تم"},
    "high": {"fr": "Haute", "en": "High", "ar": "عالية"},
    "medium": {"fr": "Moyenne", "en": "Medium", "ar": "متوسطة"},
    "low": {"fr": "Basse", "en": "Low", "ar": "منخفضة"},
}


def _cell(text: str) -> str:
    """A cell a spreadsheet will not run as a formula; a plain number (a negative change: "-5") stays a number."""
    if text.startswith(_FORMULA_START) and not re.fullmatch(r"-?\d+(?:[.,]\d+)?", text):
        return "'" + text
    return text


def render_csv(plan: Plan, lang: str, header: str = "labels") -> bytes:
    """The actions of ``plan`` as CSV bytes (UTF-8 with BOM, CRLF line ends as RFC 4180 and Excel expect, the
    separator Excel expects in ``lang``: SEPARATORS).
    ``header``: "labels" (titles in ``lang``) or "ids" (the stable column ids)."""
    if header not in HEADERS:
        raise ValueError(f"header must be one of {HEADERS}, not {header!r}")
    notes = {question.id: note for question, note in plan.notes}
    rows = []
    for number, item in enumerate(plan.items, 1):
        yes_no = {True: _WORDS["yes"][lang], False: _WORDS["no"][lang]}
        row = {
            "number": str(number),
            "action_id": item.action.id,
            "action": tr(item.action.title, lang),
            "module": tr(plan.pack.module(item.question.module_id).title, lang),
            "blocker": yes_no[item.blocker],
            "priority": _WORDS[item.action.priority][lang],
            "status": _WORDS[item.status][lang],
            "owner": item.owner(lang),
            "due": item.due.isoformat(),  # ISO: every spreadsheet reads it as a date, in any locale
            "overdue": yes_no[item.state == "overdue"],
            "how": tr(item.action.how, lang),
            "why": tr(item.action.why, lang),
            "note": notes.get(item.question.id, ""),
        }
        rows.append([row[c] for c in COLUMNS])
    return csv_bytes(COLUMNS if header == "ids" else [_TITLES[c][lang] for c in COLUMNS], rows, lang)


def csv_bytes(head: Sequence[str], rows: Iterable[Sequence[str]], lang: str) -> bytes:
    """A spreadsheet's CSV: UTF-8 with BOM, CRLF line ends as RFC 4180 and Excel expect, the separator Excel
    expects in ``lang`` (SEPARATORS), and no cell a spreadsheet would run as a formula. Every CSV the program
    writes goes through here (the plan's actions, the workshop's participants)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=SEPARATORS.get(lang, ","), lineterminator="\r\n")
    writer.writerow(head)
    for row in rows:
        writer.writerow([_cell(cell) for cell in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def save_csv(plan: Plan, path: str | Path, lang: str, header: str = "labels") -> Path:
    """Write the CSV atomically (nothing half-written under ``path``); UserError with one sentence on failure."""
    return write_atomically(path, render_csv(plan, lang, header))
