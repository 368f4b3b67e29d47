"""Words for the domain's codes (priorities, efforts, statuses, answers) and dates, in the interface language.

Only translations of fixed codes: what the codes mean and how they are chosen stays in merchant_assistant.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def yesno_labels() -> dict[str, str]:
    return {
        "yes": _t("Oui"),
        "partly": _t("En partie"),
        "no": _t("Non"),
        "dont_know": _t("Je ne sais pas"),
        "na": _t("Non applicable"),
    }


def priority_label(priority: str) -> str:
    return {"high": _t("Haute"), "medium": _t("Moyenne"), "low": _t("Basse")}.get(priority, priority)


def effort_label(effort: str) -> str:
    return {"small": _t("Rapide"), "medium": _t("Moyen"), "large": _t("Important")}.get(effort, effort)


def status_labels() -> dict[str, str]:
    return {"todo": _t("À faire"), "in_progress": _t("En cours"), "done": _t("Fait")}


def field_message(message: str) -> str:
    """The domain's sentence about a profile field, in the interface language when a translation is known."""
    known = {
        "this field is required": _t("Ce champ est obligatoire."),
        "not a valid ICE: 15 digits, the last two a check number (see your ICE certificate)": _t(
            "ICE non valable : il a 15 chiffres, dont les deux derniers sont une clé de contrôle "
            "(voir votre attestation ICE)."
        ),
    }
    if message in known:
        return known[message]
    if message.startswith("too long"):
        return _t("Texte trop long.") + f" ({message})"
    return message


DATE_FORMAT = "dd/MM/yyyy"  # the same digits and order in French and Arabic (as on Moroccan documents)
LRI, PDI = "\u2066", "\u2069"  # isolate a left-to-right run (a date) inside right-to-left text


def date_text(day: dt.date, lang: str) -> str:
    return f"{LRI}{QDate(day.year, day.month, day.day).toString(DATE_FORMAT)}{PDI}"


def timestamp_text(iso: str, lang: str) -> str:
    """A stored UTC timestamp as local date and time."""
    when = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not when.isValid():
        return iso
    return f"{LRI}{when.toLocalTime().toString(DATE_FORMAT + ' HH:mm')}{PDI}"
