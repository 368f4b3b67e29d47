"""One error log and one crash trace for the app and the CLI (merchant_assistant.logs); a hard crash is offered at
the next start of the app; nothing is written to a standard error that does not exist."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from merchant_assistant import logs, paths

from .conftest import ROOT


def python(code: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, env=env, timeout=120, cwd=ROOT
    )


@pytest.fixture
def data(tmp_path) -> Path:
    """The data folder the conftest points MERCHANT_READINESS_DATA at, created as a first start would."""
    folder = paths.data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def clean_logging():
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(False)


# -- one place for the CLI and the app -------------------------------------------------------------------------
def test_the_cli_logs_a_bug_where_the_app_does(data, tmp_path):
    """Before, the CLI wrote error.log in the data folder and the app beside the database (--db elsewhere)."""
    result = python("""
        import sys, main
        from merchant_assistant import cli
        def boom(args):
            raise RuntimeError("a bug in a command")
        cli.COMMANDS["list"] = boom
        sys.exit(main.main(["list"]))
    """)
    assert result.returncode == 1, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "a bug in a command" in result.stderr
    log = logs.error_log_path()
    assert log == paths.log_dir() / "error.log" and str(log) in result.stderr
    text = log.read_text(encoding="utf-8")
    assert text.startswith("--- ") and "Traceback" in text and "RuntimeError: a bug in a command" in text


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


def test_named_loggers_write_to_the_error_log(data, clean_logging):
    logs.configure_logging(data)
    logging.getLogger("merchant_assistant.settings").warning("settings are odd: %s", "here")
    logging.getLogger("ui.tasks").info("not worth a line")
    text = (data / "error.log").read_text(encoding="utf-8")
    assert "WARNING merchant_assistant.settings\nsettings are odd: here\n" in text
    assert "not worth a line" not in text
    assert text.startswith("--- ")


def test_a_big_error_log_is_rotated_at_start(data, clean_logging):
    (data / "error.log").write_bytes(b"x" * (logs.MAX_ERROR_LOG_BYTES + 1))
    logs.configure_logging(data)
    assert (data / "error.log.1").stat().st_size == logs.MAX_ERROR_LOG_BYTES + 1
    assert not (data / "error.log").exists()


# -- hard crashes ----------------------------------------------------------------------------------------------
CRASH = """
    import faulthandler, sys, main
    from merchant_assistant import cli
    cli.COMMANDS["list"] = lambda args: faulthandler._sigsegv()
    sys.exit(main.main(["list"]))
"""


def test_a_hard_crash_of_the_cli_leaves_a_trace(data):
    result = python(CRASH)
    assert result.returncode != 0
    trace = (data / "crash.log").read_text(encoding="utf-8")
    assert "Fatal Python error" in trace and "Segmentation fault" in trace
    assert "<lambda>" in trace  # the Python stack of the crash


def test_a_cli_command_creates_no_log_folder_of_its_own(tmp_path, monkeypatch):
    monkeypatch.setenv(paths.DATA_VARIABLE, str(tmp_path / "never-made"))
    result = python(CRASH)
    assert result.returncode != 0
    assert "Fatal Python error" in result.stderr  # the console gets the trace instead
    assert not (tmp_path / "never-made").exists()


def test_the_next_start_of_the_app_offers_the_crash_then_moves_it_aside(data):
    assert python(CRASH).returncode != 0
    trace = (data / "crash.log").read_text(encoding="utf-8")

    env = {"QT_QPA_PLATFORM": "offscreen", "MERCHANT_READINESS_SMOKE_TEST": "1"}
    offered = python("""
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
    """, env)
    assert offered.returncode == 0, offered.stderr
    assert "Segmentation fault" in offered.stdout
    kept = sorted(data.glob("crash-*.log"))
    assert len(kept) == 1 and str(kept[0]) in offered.stdout
    assert kept[0].read_text(encoding="utf-8") == trace
    assert (data / "crash.log").read_text(encoding="utf-8") == ""  # this run's trace file, empty

    again = python("""
        import sys, main
        from ui import app
        app.offer_crash_report = lambda parent, report: print("offered again")
        sys.exit(main.main([]))
    """, env)
    assert again.returncode == 0 and "offered again" not in again.stdout


def test_what_faulthandler_writes_during_a_run_that_ends_normally_is_not_a_crash(data):
    """On Windows faulthandler also reports exceptions that are handled afterwards (COM's 0x8001010d around file
    dialogs): a run that ends normally moves its output to the error log, so the next start offers no crash."""
    (data / "crash.log").write_text("Fatal Python error: from an earlier run\n", encoding="utf-8")
    result = python("""
        import faulthandler
        from merchant_assistant import logs
        logs.start(gui=False)
        faulthandler.dump_traceback(file=logs._crash_file)  # as the Windows handler does for a handled exception
        print("ended normally")
    """)
    assert result.stdout.strip() == "ended normally", result.stderr
    assert (data / "crash.log").read_text(encoding="utf-8") == "Fatal Python error: from an earlier run\n"
    error_log = (data / "error.log").read_text(encoding="utf-8")
    assert "not a crash" in error_log and "most recent call first" in error_log


def test_take_crash_report_keeps_a_few(data):
    assert logs.take_crash_report(data) is None  # no file
    (data / "crash.log").write_text("")
    assert logs.take_crash_report(data) is None  # an empty file: nothing happened
    for n in range(logs.KEEP_CRASH_REPORTS + 3):
        (data / "crash.log").write_text(f"Fatal Python error {n}\n" + "x" * logs.MAX_REPORT_CHARS)
        report = logs.take_crash_report(data)
        assert report is not None and report.path.exists() and report.path != data / "crash.log"
        assert report.text.endswith("x") and len(report.text) <= logs.MAX_REPORT_CHARS + 2
    assert len(list(data.glob("crash-*.log"))) == logs.KEEP_CRASH_REPORTS
    assert not (data / "crash.log").exists()


def test_the_crash_report_box_shows_the_trace(qtbot, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from ui.app import offer_crash_report

    report = logs.CrashReport("Fatal Python error: Segmentation fault\n\nThread 0x01 (most recent call first):",
                              tmp_path / "crash-20261127-101500.log")
    box = offer_crash_report(None, report)
    qtbot.waitUntil(box.isVisible)
    assert isinstance(box, QMessageBox)
    assert box.detailedText() == report.text
    assert "crash-20261127-101500.log" in box.text()
    box.close()


# -- no standard error: a windowed Windows program -------------------------------------------------------------
def test_nothing_is_written_to_a_missing_stderr(tmp_path, monkeypatch, clean_logging):
    monkeypatch.setattr(sys, "stderr", None)
    blocker = tmp_path / "a file"
    blocker.write_text("")
    unwritable = blocker / "logs"  # cannot be a folder
    logs.to_stderr("nowhere to go")
    assert logs.append_error("details", unwritable / "error.log") is None
    handler = logs.configure_logging(unwritable, console=True)
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_merchant_readiness", False)]
    assert ours == [handler]  # no console handler: there is no console
    logging.getLogger("merchant_assistant.test").error("cannot be written anywhere")
    assert logs.enable_crash_trace(unwritable) is None


def test_the_whole_start_survives_without_stderr(tmp_path):
    blocker = tmp_path / "a file"
    blocker.write_text("")
    result = python("""
        import sys
        sys.stderr = None
        from merchant_assistant import logs
        import logging, warnings
        logs.start(gui=True)
        logging.getLogger("x").error("lost, quietly")
        warnings.warn("also lost")
        logs.to_stderr("nothing")
        print("alive")
    """, {paths.DATA_VARIABLE: str(blocker / "data")})
    assert result.returncode == 0 and result.stdout.strip() == "alive", result.stderr
    assert result.stderr == ""


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
