"""At start-up, a database that cannot be opened: say why in plain words and offer what the user can do.

- damaged (truncated, random bytes, not a database, SQLite's check fails): restore one of the automatic backups,
  or start a new file; either way the damaged file is set aside under another name, never overwritten or deleted;
- locked by another program, read-only, disk full: try again (after closing the other program, freeing space);
- another program's database, or one written by a newer version: nothing to do here but quit (it stays untouched).

The boxes run modally (no window and no event loop exist yet), like the other start-up messages of ui.app.
"""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton

from merchant_assistant.errors import DatabaseDamaged, DatabaseUnavailable, DiskFull, UserError
from merchant_assistant.i18n import format_date
from merchant_assistant.workspace import Backup, database_backups, restore_database, set_database_aside

from .labels import path_text
from .messages import error_text

RLM = "\u200f"


class Choice(enum.Enum):
    RETRY = "retry"  # open the file again (after a restore, a new file, or the user freeing the lock or space)
    QUIT = "quit"


def backup_label(backup: Backup, lang: str) -> str:
    """One line per backup: when, how many businesses, and whether it was made before an upgrade."""
    when = f"{format_date(backup.made.date(), lang)} {backup.made:%H:%M}"
    count = QCoreApplication.translate("DatabaseProblem", "entreprises : %1").replace("%1", str(backup.businesses))
    kind = (
        QCoreApplication.translate("DatabaseProblem", "avant mise à jour")
        if backup.kind == "upgrade"
        else QCoreApplication.translate("DatabaseProblem", "copie du jour")
    )
    return f"{when} — {count} ({kind})"


def ask(path: Path, error: UserError, lang: str) -> Choice:
    """Explain why ``path`` cannot be opened and carry out what the user picks; RETRY means "open it again"."""
    while True:
        box, buttons, backups = _problem_box(path, error)
        box.exec()
        clicked = box.clickedButton()
        action = next((name for name, button in buttons.items() if clicked is not None and clicked is button), "quit")
        if action == "retry":
            return Choice.RETRY
        if action == "quit":
            return Choice.QUIT
        try:
            if action == "restore":
                if _restore(path, backups, lang):
                    return Choice.RETRY
                continue  # no backup chosen: the question again
            aside = set_database_aside(path)
            _done(QCoreApplication.translate("DatabaseProblem", "Un nouveau fichier vide va être commencé."), aside)
            return Choice.RETRY
        except UserError as failure:  # the copy or the renaming failed: say so; nothing else was changed
            _failed(failure)


def _problem_box(path: Path, error: UserError) -> tuple[QMessageBox, dict[str, QPushButton], list[Backup]]:
    damaged = isinstance(error, DatabaseDamaged)
    transient = isinstance(error, (DiskFull, DatabaseUnavailable))
    backups = database_backups(path) if damaged else []
    text = QCoreApplication.translate(
        "DatabaseProblem", "Vos données n'ont pas pu être ouvertes. Rien n'a été modifié."
    )
    if damaged:
        text += " " + QCoreApplication.translate(
            "DatabaseProblem",
            "Le fichier est endommagé. Vous pouvez reprendre une copie de sauvegarde automatique ou commencer un "
            "nouveau fichier : le fichier endommagé est gardé à part, sous un autre nom.",
        )
        if not backups:
            text += " " + QCoreApplication.translate("DatabaseProblem", "Aucune copie de sauvegarde n'a été trouvée.")
    box = QMessageBox(
        QMessageBox.Icon.Critical, QCoreApplication.translate("DatabaseProblem", "Base de données inutilisable"), text
    )
    reason = error_text(error)
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        reason = RLM + reason  # a sentence that starts with a path is still an Arabic sentence, read from the right
    box.setInformativeText(reason)
    buttons: dict[str, QPushButton] = {}
    if backups:
        buttons["restore"] = box.addButton(
            QCoreApplication.translate("DatabaseProblem", "Restaurer une sauvegarde…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    if damaged:
        buttons["new"] = box.addButton(
            QCoreApplication.translate("DatabaseProblem", "Commencer un nouveau fichier"),
            QMessageBox.ButtonRole.ActionRole,
        )
    if transient:
        buttons["retry"] = box.addButton(
            QCoreApplication.translate("DatabaseProblem", "Réessayer"), QMessageBox.ButtonRole.AcceptRole
        )
    buttons["quit"] = box.addButton(
        QCoreApplication.translate("DatabaseProblem", "Quitter"), QMessageBox.ButtonRole.RejectRole
    )
    box.setEscapeButton(buttons["quit"])
    box.setDefaultButton(buttons.get("restore") or buttons.get("retry") or buttons["quit"])
    return box, buttons, backups


def _restore(path: Path, backups: list[Backup], lang: str) -> bool:
    """Let the user pick a backup and put it in place; False when they cancelled."""
    labels = [backup_label(b, lang) for b in backups]
    label, accepted = QInputDialog.getItem(
        None,
        QCoreApplication.translate("DatabaseProblem", "Restaurer une sauvegarde"),
        QCoreApplication.translate("DatabaseProblem", "Copie à reprendre (la plus récente en premier) :"),
        labels,
        0,
        False,
    )
    if not accepted or label not in labels:
        return False
    aside = restore_database(path, backups[labels.index(label)])
    _done(QCoreApplication.translate("DatabaseProblem", "La copie de sauvegarde a été restaurée."), aside)
    return True


def _done(what: str, aside: Path | None) -> None:
    text = what
    if aside is not None:
        text += " " + QCoreApplication.translate(
            "DatabaseProblem", "Le fichier endommagé est conservé ici : %1"
        ).replace("%1", path_text(aside))
    QMessageBox(
        QMessageBox.Icon.Information, QCoreApplication.translate("DatabaseProblem", "Base de données"), text
    ).exec()


def _failed(failure: UserError) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("DatabaseProblem", "Base de données"),
        QCoreApplication.translate("DatabaseProblem", "Cela n'a pas pu être fait."),
    )
    box.setInformativeText(error_text(failure))
    box.exec()
