"""Start-up: the window is on screen before the content engine, the database and Qt's `Qt` namespace are loaded,
then the work appears in it; one window per database through a claim taken before any window; the process ends
without Python's teardown once the app has quit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QTimer

from ui.single_instance import Claim, InstanceGuard, server_name

ROOT = Path(__file__).resolve().parents[2]

# Runs the real start (ui.app.run_gui) in a fresh process and notes, at each startup mark, what is loaded and what
# the window shows. Reading the window's direction through isRightToLeft() (a bool) loads nothing.
WATCH_START = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    import PySide6.QtCore as QtCore
    from PySide6.QtWidgets import QApplication
    import ui.app as app

    seen = {}

    def mark(stage):
        window = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow")
        seen[stage] = {
            "qt_namespace": "Qt" in QtCore.__dict__,
            "content_engine": "merchant_assistant.content" in sys.modules,
            "database": "sqlite3" in sys.modules,
            "pages": "ui.wizard" in sys.modules or "ui.start_page" in sys.modules,
            "visible": window.isVisible(),
            "opening": window.opening is not None and window.stack.currentWidget() is window.opening,
            "menus": window.menuBar().isEnabled(),
            "right_to_left": window.isRightToLeft(),
        }

    app.startup_mark = mark
    code = app.run_gui(db_path=Path(sys.argv[1]), lang=sys.argv[2], quit_after_startup=True)
    print(json.dumps(seen))
    sys.exit(code)
    """
)


def _environment(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MERCHANT_READINESS_DATA": str(tmp_path / "appdata")}


def _main(*args: str, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_window_is_up_before_the_content_and_the_database_then_the_work_fills_it(tmp_path, lang):
    env = _environment(tmp_path)
    db = tmp_path / "shop.db"
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "demo"], env=env, check=True)
    done = subprocess.run(
        [sys.executable, "-c", WATCH_START, str(db), lang], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    first, ready = seen["window"], seen["ready"]
    assert first == {
        "qt_namespace": False,  # 16 ms that a bare window does not spend
        "content_engine": False,
        "database": False,
        "pages": False,
        "visible": True,
        "opening": True,  # "Ouverture…", with menus greyed out: nothing to act on yet
        "menus": False,
        "right_to_left": lang == "ar",  # from the translations, before the program sets it
    }
    assert ready["visible"] and ready["menus"] and ready["pages"] and not ready["opening"]
    assert ready["right_to_left"] == (lang == "ar")


def test_startup_times_are_written_only_when_asked(tmp_path):
    env = _environment(tmp_path)
    db = tmp_path / "shop.db"
    quiet = _main("--db", str(db), "--quit-after-startup", env=env)
    _, err = quiet.communicate(timeout=60)
    assert quiet.returncode == 0 and "startup" not in err
    timed = _main("--db", str(db), "--quit-after-startup", env={**env, "MERCHANT_READINESS_STARTUP_TIMES": "1"})
    _, err = timed.communicate(timeout=60)
    assert timed.returncode == 0, err
    marks = {line.split()[1]: float(line.split()[2]) for line in err.splitlines() if line.startswith("startup ")}
    assert set(marks) == {"window", "ready"} and marks["window"] < marks["ready"]


def test_one_claim_per_database(tmp_path):
    first, second = Claim(tmp_path / "shop.db"), Claim(tmp_path / "shop.db")
    try:
        assert first.take() is True
        assert first.take() is True  # held already
        assert second.take() is False
        other = Claim(tmp_path / "other.db")
        assert other.take() is True
        other.release()
        first.release()
        assert second.take() is True
    finally:
        first.release()
        second.release()


def test_a_lock_file_that_cannot_be_used_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr("tempfile.gettempdir", lambda: str(tmp_path))
    db = tmp_path / "shop.db"
    (tmp_path / f"{server_name(db)}.lock").mkdir()  # in its place, something that cannot be opened as a file
    assert Claim(db).take() is None


def test_a_second_start_waits_for_a_first_window_that_holds_the_claim_but_does_not_listen_yet(qtbot, qapp, tmp_path):
    """The first instance takes the claim before its window and listens once the window is up: a start in between
    knocks until it answers, then stops without opening anything."""
    db = tmp_path / "shop.db"
    claim = Claim(db)
    assert claim.take() is True
    guard = InstanceGuard(db, claim)
    try:
        second = _main("--lang", "en", "--db", str(db), "--quit-after-startup", env=_environment(tmp_path))
        with qtbot.waitSignal(guard.woken, timeout=20000):
            QTimer.singleShot(1000, guard.listen)  # the first window comes up a second later
        _, err = second.communicate(timeout=60)
        assert second.returncode == 0
        lines = err.strip().splitlines()
        assert len(lines) == 1 and "already open" in lines[0], err
        assert not db.exists()  # the second start opened nothing
    finally:
        guard.close()


def test_without_a_usable_lock_file_the_socket_still_keeps_one_window(qtbot, qapp, tmp_path):
    """Where the lock file cannot be used (another user's, in a shared temporary folder), the socket decides alone,
    as before the claim existed."""
    db = tmp_path / "shop.db"
    blocker = Path(tempfile.gettempdir()) / f"{server_name(db)}.lock"
    blocker.mkdir()  # in the lock file's place, something that cannot be opened as a file, for both instances
    guard = InstanceGuard(db)  # this test process plays the first window
    try:
        assert guard.claim.take() is None
        assert guard.listen()
        with qtbot.waitSignal(guard.woken, timeout=20000):
            second = _main("--lang", "en", "--db", str(db), "--quit-after-startup", env=_environment(tmp_path))
        _, err = second.communicate(timeout=60)
        assert second.returncode == 0 and "already open" in err, err
        assert not db.exists()
    finally:
        guard.close()
        blocker.rmdir()


def test_the_process_ends_with_its_exit_handlers_run_and_its_output_flushed(tmp_path):
    script = textwrap.dedent(
        """
        import atexit, sys
        import main
        import ui.app  # the app ran: the process ends without Python's teardown
        atexit.register(lambda: print("exit handlers ran", file=sys.stderr))
        sys.stdout.write("written without a newline")
        main.end_process(3)
        print("never reached")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=_environment(tmp_path), capture_output=True, text=True
    )
    assert done.returncode == 3
    assert done.stdout == "written without a newline"
    assert "exit handlers ran" in done.stderr


def test_without_a_usable_temporary_folder_the_app_still_opens(tmp_path):
    """No lock file and no socket can be made there (a hostile try: TMPDIR pointing nowhere): the app said the
    database was "already open in another window" and quit. It opens it; only a later start cannot wake it."""
    env = {**_environment(tmp_path), "TMPDIR": str(tmp_path / "nowhere")}
    db = tmp_path / "shop.db"
    app = _main("--lang", "en", "--db", str(db), "--quit-after-startup", env=env)
    _, err = app.communicate(timeout=60)
    assert app.returncode == 0, err
    assert "already open" not in err
    assert db.exists()
