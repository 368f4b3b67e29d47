"""One error log and one crash trace for the app and the CLI (merchant_assistant.logs); a hard crash is offered at
the next start of the app; nothing is written to a standard error that does not exist."""

from __future__ import annotations

import logging
import sys

from merchant_assistant import logs, paths

from ..helpers import run_python


# -- one place for the CLI and the app -------------------------------------------------------------------------
def test_the_cli_logs_a_bug_where_the_app_does(log_folder, tmp_path):
    """Before, the CLI wrote error.log in the data folder and the app beside the database (--db elsewhere)."""
    result = run_python("""
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


def test_named_loggers_write_to_the_error_log(log_folder, clean_logging):
    logs.configure_logging(log_folder)
    logging.getLogger("merchant_assistant.settings").warning("settings are odd: %s", "here")
    logging.getLogger("ui.tasks").info("not worth a line")
    text = (log_folder / "error.log").read_text(encoding="utf-8")
    assert "WARNING merchant_assistant.settings\nsettings are odd: here\n" in text
    assert "not worth a line" not in text
    assert text.startswith("--- ")


def test_a_big_error_log_is_rotated_at_start(log_folder, clean_logging):
    (log_folder / "error.log").write_bytes(b"x" * (logs.MAX_ERROR_LOG_BYTES + 1))
    logs.configure_logging(log_folder)
    assert (log_folder / "error.log.1").stat().st_size == logs.MAX_ERROR_LOG_BYTES + 1
    assert not (log_folder / "error.log").exists()


# -- hard crashes ----------------------------------------------------------------------------------------------
CRASH = """
    import faulthandler, sys, main
    from merchant_assistant import cli
    cli.COMMANDS["list"] = lambda args: faulthandler._sigsegv()
    sys.exit(main.main(["list"]))
"""


def test_a_hard_crash_of_the_cli_leaves_a_trace(log_folder):
    result = run_python(CRASH)
    assert result.returncode != 0
    trace = (log_folder / "crash.log").read_text(encoding="utf-8")
    assert "Fatal Python error" in trace and "Segmentation fault" in trace
    assert "<lambda>" in trace  # the Python stack of the crash


def test_a_cli_command_creates_no_log_folder_of_its_own(tmp_path, monkeypatch):
    monkeypatch.setenv(paths.DATA_VARIABLE, str(tmp_path / "never-made"))
    result = run_python(CRASH)
    assert result.returncode != 0
    assert "Fatal Python error" in result.stderr  # the console gets the trace instead
    assert not (tmp_path / "never-made").exists()


def test_what_faulthandler_writes_during_a_run_that_ends_normally_is_not_a_crash(log_folder):
    """On Windows faulthandler also reports exceptions that are handled afterwards (COM's 0x8001010d around file
    dialogs): a run that ends normally moves its output to the error log, so the next start offers no crash."""
    (log_folder / "crash.log").write_text("Fatal Python error: from an earlier run\n", encoding="utf-8")
    result = run_python("""
        import faulthandler
        from merchant_assistant import logs
        logs.start(gui=False)
        faulthandler.dump_traceback(file=logs._crash_file)  # as the Windows handler does for a handled exception
        print("ended normally")
    """)
    assert result.stdout.strip() == "ended normally", result.stderr
    assert (log_folder / "crash.log").read_text(encoding="utf-8") == "Fatal Python error: from an earlier run\n"
    error_log = (log_folder / "error.log").read_text(encoding="utf-8")
    assert "not a crash" in error_log and "most recent call first" in error_log


def test_take_crash_report_keeps_a_few(log_folder):
    assert logs.take_crash_report(log_folder) is None  # no file
    (log_folder / "crash.log").write_text("")
    assert logs.take_crash_report(log_folder) is None  # an empty file: nothing happened
    for n in range(logs.KEEP_CRASH_REPORTS + 3):
        (log_folder / "crash.log").write_text(f"Fatal Python error {n}\n" + "x" * logs.MAX_REPORT_CHARS)
        report = logs.take_crash_report(log_folder)
        assert report is not None and report.path.exists() and report.path != log_folder / "crash.log"
        assert report.text.endswith("x") and len(report.text) <= logs.MAX_REPORT_CHARS + 2
    assert len(list(log_folder.glob("crash-*.log"))) == logs.KEEP_CRASH_REPORTS
    assert not (log_folder / "crash.log").exists()


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
    result = run_python(
        """
        import sys
        sys.stderr = None
        from merchant_assistant import logs
        import logging, warnings
        logs.start(gui=True)
        logging.getLogger("x").error("lost, quietly")
        warnings.warn("also lost")
        logs.to_stderr("nothing")
        print("alive")
    """,
        {paths.DATA_VARIABLE: str(blocker / "data")},
    )
    assert result.returncode == 0 and result.stdout.strip() == "alive", result.stderr
    assert result.stderr == ""
