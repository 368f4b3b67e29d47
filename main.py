"""Merchant Readiness Assistant: the desktop app by default, CLI sub-commands otherwise.

    python main.py                      start the app
    python main.py --db PATH            start the app on another database
    python main.py list | demo | plan | content check ...   (see --help)

CLI commands never import Qt, so they start fast and run where no display exists. Both write their error log and
their crash trace (faulthandler) to the same folder (merchant_assistant.logs).
"""

from __future__ import annotations

import gc
import sys
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    import argparse


def main(argv: list[str] | None = None) -> int:
    # The app runs without Python's automatic cycle collection: ui.tasks.MainThreadGarbageCollector collects on the
    # UI thread's timer. Off from here, its start-up (a few thousand objects, nearly all kept) is not interrupted by
    # collections (about 5 ms); the CLI gets it back at once.
    gc.disable()
    from merchant_assistant import logs
    from merchant_assistant.cli import run

    args = _arguments(sys.argv[1:] if argv is None else argv)
    if args.command is not None:
        gc.enable()
    logs.start(gui=args.command is None)
    if args.command is not None:
        return run(args)
    try:
        from ui.app import run_gui  # only the GUI pays for importing Qt
    except Exception as error:  # Qt missing or broken (a damaged install): no Qt message box can say so
        return _cannot_start(error)
    return run_gui(
        db_path=args.db,
        lang=args.lang,
        content_dir=args.content,
        quit_after_startup=args.quit_after_startup,
        screenshot=args.screenshot,
    )


def _arguments(argv: list[str]) -> argparse.Namespace:
    """The parsed command line. A windowed program (the Windows build) has no console for argparse's complaint
    about a mistyped option (a shortcut's target, say): it is shown in a box and logged instead."""
    from merchant_assistant.cli import parse_arguments

    if sys.stderr is not None:
        return parse_arguments(argv)
    import io

    sys.stderr = captured = io.StringIO()
    try:
        return parse_arguments(argv)
    except SystemExit as stop:
        if stop.code:
            from merchant_assistant import logs

            logs.append_error(captured.getvalue())
            system_box(captured.getvalue().strip())
        raise
    finally:
        sys.stderr = None


def system_box(text: str) -> None:
    """A message in the system's own box on Windows (no Qt needed), on stderr elsewhere."""
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.user32.MessageBoxW(None, text, "Merchant Readiness", 0x10)  # MB_ICONERROR
    else:
        from merchant_assistant import logs

        logs.to_stderr(text)


def _cannot_start(error: Exception) -> int:
    """The app cannot even load its interface: the traceback in the error log, and a message in the system's own
    box on Windows (the windowed build has no console), on stderr elsewhere."""
    from merchant_assistant import logs

    written = logs.log_bug(error)
    system_box(
        "Le programme n'a pas pu démarrer (installation incomplète ou endommagée ?). "
        f"Détails : {written or error}\n\nThe program could not start; details: {written or error}"
    )
    return 2


def run_worker_if_asked() -> None:
    """First thing in each executable: in the frozen build a worker process of merchant_assistant.batch (spawned,
    as on Windows) and multiprocessing's resource tracker are this same executable, started with multiprocessing's
    arguments; they run their task and exit here instead of starting the program again. Run by Python (not
    frozen), workers start through Python itself, never through this file: multiprocessing is not even imported
    (8 ms of every start)."""
    if not getattr(sys, "frozen", False):
        return
    import multiprocessing

    multiprocessing.freeze_support()


def end_process(code: int) -> NoReturn:
    """End the program with ``code``. Once the app's window has closed, all is saved and closed (the database, the
    logs), and Python's teardown of thousands of Qt objects and modules only delays the end by about 60 ms (every
    quit, every `--quit-after-startup` check): the exit handlers run (logs), the output is flushed, and the process
    ends there. Not when the app owns the clipboard: Qt hands what the user copied to the system when it is torn
    down (Windows' OleFlushClipboard), and the copy would be lost. The command line ends the usual way."""
    gui = sys.modules.get("ui.app")
    if gui is None or gui.clipboard_in_use():
        sys.exit(code)
    import atexit
    import os

    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()
    os._exit(code)


if __name__ == "__main__":
    run_worker_if_asked()
    end_process(main())
