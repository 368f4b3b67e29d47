"""The app's side of logging: the same error log as the CLI, a hard crash offered at the next start."""

from __future__ import annotations

import sys

from merchant_assistant import logs

from ..core.test_logs import CRASH
from ..helpers import run_python


def test_the_app_logs_to_the_same_file_whatever_database_is_open(qapp, tmp_path, fixture_pack, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui import app as ui_app

    used = []
    real = ui_app.CrashHandler

    class Recording(real):
        def __init__(self, log_path):
            used.append(log_path)
            super().__init__(log_path)

    monkeypatch.setattr(ui_app, "CrashHandler", Recording)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    elsewhere = tmp_path / "usb" / "workshop.sqlite3"
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(b"not a database")
    assert ui_app.run_gui(db_path=elsewhere, pack=fixture_pack) == 2
    assert used == [logs.error_log_path()]
    assert used[0].parent != elsewhere.parent


def test_the_next_start_of_the_app_offers_the_crash_then_moves_it_aside(log_folder):
    assert run_python(CRASH).returncode != 0
    trace = (log_folder / "crash.log").read_text(encoding="utf-8")

    env = {"QT_QPA_PLATFORM": "offscreen", "MERCHANT_READINESS_SMOKE_TEST": "1"}
    offered = run_python(
        """
        import sys, main
        from ui import app
        shown = []
        real = app.offer_crash_report
        def offer(parent, report):
            shown.append(report)
            return real(parent, report)
        app.offer_crash_report = offer
        code = main.main([])
        print(repr(shown[0].text) if shown else "nothing offered", shown[0].path if shown else "")
        sys.exit(code)
    """,
        env,
    )
    assert offered.returncode == 0, offered.stderr
    assert "Segmentation fault" in offered.stdout
    kept = sorted(log_folder.glob("crash-*.log"))
    assert len(kept) == 1 and str(kept[0]) in offered.stdout
    assert kept[0].read_text(encoding="utf-8") == trace
    assert (log_folder / "crash.log").read_text(encoding="utf-8") == ""  # this run's trace file, empty

    again = run_python(
        """
        import sys, main
        from ui import app
        app.offer_crash_report = lambda parent, report: print("offered again")
        sys.exit(main.main([]))
    """,
        env,
    )
    assert again.returncode == 0 and "offered again" not in again.stdout


def test_the_crash_report_box_shows_the_trace(qtbot, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from ui.app import offer_crash_report

    report = logs.CrashReport(
        "Fatal Python error: Segmentation fault\n\nThread 0x01 (most recent call first):",
        tmp_path / "crash-20261127-101500.log",
    )
    box = offer_crash_report(None, report)
    qtbot.waitUntil(box.isVisible)
    assert isinstance(box, QMessageBox)
    assert box.detailedText() == report.text
    assert "crash-20261127-101500.log" in box.text()
    box.close()


def test_the_crash_handler_without_stderr_or_log(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui.app import CrashHandler

    monkeypatch.setattr(sys, "stderr", None)
    blocker = tmp_path / "a file"
    blocker.write_text("")
    handler = CrashHandler(blocker / "error.log")
    try:
        raise KeyError("no log, no console")
    except KeyError as error:
        handler.hook(type(error), error, error.__traceback__)
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()))
    for box in [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]:
        assert "no log, no console" in box.informativeText()
        box.close()
