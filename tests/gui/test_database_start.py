"""The app meets a database it cannot open: it says why, offers the automatic backups or a new file for a damaged
one, a retry for a locked one, only Quit for another program's file, and never overwrites the damaged file.
Failures before the first window are shown in a box and logged."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QInputDialog, QMessageBox

from merchant_assistant import logs
from merchant_assistant.storage import Store
from ui import app as ui_app

from ..helpers import hold_lock


class Boxes:
    """Start-up boxes run modally: each is recorded and answered by clicking the button named in ``answers``
    (in order); a box with no answer left is closed without a click."""

    def __init__(self, monkeypatch, answers: list[str]):
        self.answers = list(answers)
        self.shown: list[dict] = []
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self._exec(box))

    def _exec(self, box: QMessageBox) -> int:
        buttons = [b.text() for b in box.buttons()]
        self.shown.append({"text": box.text(), "details": box.informativeText(), "buttons": buttons})
        if self.answers and self.answers[0] in buttons:
            wanted = self.answers.pop(0)
            next(b for b in box.buttons() if b.text() == wanted).click()
        return 0


def make_business_file(path: Path, names: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with Store(path) as store:
        for name in names:
            store.create_business({"name": name})


def smash(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    data[4096:12288] = b"\xff" * 8192
    path.write_bytes(bytes(data))
    return bytes(data)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def open_at_start(db_path: Path, pack) -> object:
    return ui_app._open_workspace(db_path, db_path, pack, "fr", unattended=False)


def test_a_damaged_file_is_replaced_by_the_backup_the_user_picks(qapp, db_path, fixture_pack, monkeypatch):
    make_business_file(db_path, ["Café Zitoun", "Riad Nour"])  # closed today: its daily backup exists
    damaged = smash(db_path)
    boxes = Boxes(monkeypatch, ["Restaurer une sauvegarde…"])
    offered = []

    def pick(parent, title, label, items, current, editable):
        offered.extend(items)
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    workspace = open_at_start(db_path, fixture_pack)
    try:
        assert workspace is not None
        assert sorted(b.name for b in workspace.businesses()) == ["Café Zitoun", "Riad Nour"]
    finally:
        workspace.close()
    first = boxes.shown[0]
    assert "endommagé" in first["text"] and "Rien n'a été modifié" in first["text"]
    assert set(first["buttons"]) == {"Restaurer une sauvegarde…", "Commencer un nouveau fichier", "Quitter"}
    assert len(offered) == 1 and "entreprises : 2" in offered[0] and "copie du jour" in offered[0]
    (aside,) = db_path.parent.glob(f"{db_path.name}.damaged-*")
    assert aside.read_bytes() == damaged  # kept, byte for byte, and named in the last box
    assert aside.name in boxes.shown[-1]["text"]


def test_a_damaged_file_without_backup_can_start_a_new_file(qapp, db_path, fixture_pack, monkeypatch):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"\x00\x01 not a database" * 500)
    before = db_path.read_bytes()
    boxes = Boxes(monkeypatch, ["Commencer un nouveau fichier"])
    workspace = open_at_start(db_path, fixture_pack)
    try:
        assert workspace is not None and workspace.businesses() == []
    finally:
        workspace.close()
    assert "Aucune copie de sauvegarde" in boxes.shown[0]["text"]
    assert "Restaurer une sauvegarde…" not in boxes.shown[0]["buttons"]
    (aside,) = db_path.parent.glob(f"{db_path.name}.damaged-*")
    assert aside.read_bytes() == before


def test_quitting_leaves_the_damaged_file_as_it_was(qapp, db_path, fixture_pack, monkeypatch):
    make_business_file(db_path, ["Café Zitoun"])
    smash(db_path)
    before = sorted(p.name for p in db_path.parent.iterdir()), digest(db_path)
    boxes = Boxes(monkeypatch, ["Quitter"])
    assert open_at_start(db_path, fixture_pack) is None
    assert (sorted(p.name for p in db_path.parent.iterdir()), digest(db_path)) == before
    assert len(boxes.shown) == 1


def test_cancelling_the_choice_of_a_backup_asks_again(qapp, db_path, fixture_pack, monkeypatch):
    make_business_file(db_path, ["Café Zitoun"])
    smash(db_path)
    boxes = Boxes(monkeypatch, ["Restaurer une sauvegarde…", "Quitter"])
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *args: ("", False)))
    assert open_at_start(db_path, fixture_pack) is None
    assert len(boxes.shown) == 2 and not list(db_path.parent.glob("*.damaged-*"))


def test_another_programs_database_can_only_be_left(qapp, tmp_path, fixture_pack, monkeypatch):
    path = tmp_path / "compta.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE factures (n INTEGER)")
    conn.commit()
    conn.close()
    before = digest(path)
    boxes = Boxes(monkeypatch, [])
    assert open_at_start(path, fixture_pack) is None
    assert boxes.shown[0]["buttons"] == ["Quitter"]
    assert "autre programme" in boxes.shown[0]["details"]
    assert digest(path) == before and sorted(p.name for p in tmp_path.iterdir()) == ["appdata", "compta.db"]


def test_a_locked_database_is_tried_again_once_the_other_program_lets_go(qapp, db_path, fixture_pack, monkeypatch):
    make_business_file(db_path, ["Café Zitoun"])
    holder = hold_lock(db_path)
    shown: list[dict] = []

    def answer(box: QMessageBox) -> int:
        shown.append({"details": box.informativeText(), "buttons": [b.text() for b in box.buttons()]})
        holder.communicate("", timeout=30)  # the user closes the other program, then clicks "Try again"
        next(b for b in box.buttons() if b.text() == "Réessayer").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    workspace = open_at_start(db_path, fixture_pack)
    try:
        assert workspace is not None and [b.name for b in workspace.businesses()] == ["Café Zitoun"]
    finally:
        workspace.close()
    assert set(shown[0]["buttons"]) == {"Réessayer", "Quitter"}
    assert "autre programme" in shown[0]["details"]


def test_a_failure_before_the_first_window_is_shown_and_logged(qapp, db_path, fixture_pack, monkeypatch, log_folder):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.informativeText())) or 0)

    def broken_window(*args, **kwargs):
        raise RuntimeError("the main window could not be built")

    monkeypatch.setattr(ui_app, "MainWindow", broken_window)
    db_path.parent.mkdir(parents=True)
    assert ui_app.run_gui(db_path=db_path, pack=fixture_pack) == 2
    assert len(shown) == 1 and "n'a pas pu démarrer" in shown[0][0]
    log = logs.error_log_path().read_text(encoding="utf-8")
    assert "RuntimeError: the main window could not be built" in log
    assert str(logs.error_log_path()) in shown[0][1] or logs.error_log_path().name in shown[0][1]


def test_an_unusable_database_is_logged_too(qapp, db_path, fixture_pack, monkeypatch, log_folder):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"not a database" * 100)
    Boxes(monkeypatch, [])
    assert ui_app.run_gui(db_path=db_path, pack=fixture_pack) == 2
    assert "damaged" in logs.error_log_path().read_text(encoding="utf-8")
