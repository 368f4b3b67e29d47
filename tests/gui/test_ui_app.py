"""Starting the app: unusable databases give one clear message, unexpected errors are logged and shown once."""

from __future__ import annotations

import sys

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QApplication, QMessageBox

from ui import app as ui_app


@pytest.fixture
def shown(monkeypatch):
    """Message boxes run modally at start-up; record them instead of waiting for a click."""
    boxes: list[tuple[str, str]] = []

    def fake_exec(box):
        boxes.append((box.text(), box.informativeText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return boxes


def test_damaged_database_gives_a_message_and_exit_code(qapp, db_path, fixture_pack, shown):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"this is not a database, just some bytes....")
    before = db_path.read_bytes()
    hook_before = sys.excepthook
    code = ui_app.run_gui(db_path=db_path, pack=fixture_pack)
    assert code == 2
    assert len(shown) == 1
    text, details = shown[0]
    assert (
        "Vos données n'ont pas pu être ouvertes" in text and "endommagé" in details
    )  # the reason too, in the interface language
    assert db_path.read_bytes() == before  # untouched
    assert sys.excepthook is hook_before  # the crash handler is removed again


def test_too_new_database_is_refused(qapp, db_path, fixture_pack, shown):
    import sqlite3

    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 9999")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert ui_app.run_gui(db_path=db_path, pack=fixture_pack) == 2
    assert "version plus récente" in shown[0][1]


def test_unexpected_error_is_logged_and_shown_once(qtbot, tmp_path):
    handler = ui_app.CrashHandler(tmp_path / "logs" / "error.log")
    try:
        raise ValueError("something broke")
    except ValueError as error:
        for _ in range(2):
            handler.hook(type(error), error, error.__traceback__)
    qtbot.waitUntil(lambda: bool(_visible_boxes()))
    boxes = _visible_boxes()
    assert len(boxes) == 1
    assert "ValueError: something broke" in boxes[0].informativeText()
    assert str(tmp_path / "logs" / "error.log") in boxes[0].informativeText()
    log = (tmp_path / "logs" / "error.log").read_text(encoding="utf-8")
    assert log.count("ValueError: something broke") == 2 and "Traceback" in log
    for box in boxes:
        box.close()


def _visible_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_main_starts_the_window_and_quits_cleanly(tmp_path):
    """The real entry point, as a user starts it (offscreen), with the smoke-test switch release builds use."""
    import os
    import subprocess

    from ..conftest import ROOT

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", ui_app.SMOKE_TEST_VARIABLE: "1"}
    db = tmp_path / "smoke.sqlite3"
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db), "--lang", "ar"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert db.exists()  # the database was created where asked


def test_cycles_are_collected_on_the_ui_thread_only(qapp):
    """Automatic collection could destroy Qt objects in the PDF worker thread (a crash seen in this suite)."""
    import gc
    import weakref

    from ui.tasks import install_garbage_collector

    collector = install_garbage_collector(qapp)
    assert install_garbage_collector(qapp) is collector  # one per application
    assert not gc.isenabled()

    class Node:
        pass

    node = Node()
    node.me = node  # a reference cycle only the collector can free
    alive = weakref.ref(node)
    del node
    kept = [Node() for _ in range(gc.get_threshold()[0] + 1)]  # would have triggered automatic collection
    assert alive() is not None and kept
    collector.check()
    assert alive() is None


def test_an_invalid_content_pack_is_explained_in_french_with_the_technical_list_in_the_details(
    qapp, db_path, tmp_path, monkeypatch
):
    """The user's sentences in the interface language; the checker's English list only behind "Show Details"."""
    import shutil

    from ..conftest import FIXTURE_PACK

    pack = tmp_path / "pack"
    shutil.copytree(FIXTURE_PACK, pack)
    (pack / "modules" / "shop.yaml").write_text("", encoding="utf-8")
    boxes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    assert ui_app.run_gui(db_path=db_path, content_dir=pack) == 2
    (box,) = boxes
    assert "invalide" in box.text() and "problème(s) dans les fichiers du contenu" in box.informativeText()
    assert "modules/shop.yaml: the file is empty" in box.detailedText()
    assert "the file is empty" not in box.informativeText()


@pytest.mark.parametrize(("lang", "look_in"), [("fr", "Voir dans"), ("ar", "اعثر في")])
def test_the_file_dialog_speaks_the_interface_language(qapp, french_afterwards, lang, look_in):
    """Qt's catalogues translate "Look in:" but not its form with a shortcut letter, "&Look in:", which the file
    dialog shows: a trainer saw "Look in:" and "Files of type:" in English in French and Arabic."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    ui_app.prepare_application(lang)
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    dialog.deleteLater()
    assert any(look_in in t for t in texts), texts
    assert not any("Look in" in t or "Files of" in t for t in texts), texts
