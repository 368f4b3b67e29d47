"""One window per database, and the switches that start the app for a check or a screenshot and quit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtGui import QImage

from ui.single_instance import InstanceGuard, server_name, wake_running_instance

ROOT = Path(__file__).resolve().parents[2]


def start_app(*args: str) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--lang", "en", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_the_same_file_has_one_name_however_it_is_written(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert server_name(tmp_path / "a.db") == server_name(Path("a.db")) == server_name(tmp_path / "x" / ".." / "a.db")
    assert server_name(tmp_path / "a.db") != server_name(tmp_path / "b.db")


def test_a_second_start_on_the_same_database_brings_the_first_window_forward(qtbot, qapp, tmp_path):
    db = tmp_path / "shop.db"
    guard = InstanceGuard(db)  # this test process plays the first window
    assert guard.listen()
    try:
        with qtbot.waitSignal(guard.woken, timeout=20000):
            second = start_app("--db", str(db), "--quit-after-startup")
        out, err = second.communicate(timeout=60)
        assert second.returncode == 0
        lines = err.strip().splitlines()
        assert len(lines) == 1 and "already open" in lines[0] and "shop.db" in lines[0], err
        assert not (tmp_path / "appdata").exists() or not list((tmp_path / "appdata").glob("*.db"))
    finally:
        guard.close()


def test_another_database_is_not_held_back(qtbot, qapp, tmp_path):
    guard = InstanceGuard(tmp_path / "one.db")
    assert guard.listen()
    try:
        other = start_app("--db", str(tmp_path / "two.db"), "--quit-after-startup")
        _, err = other.communicate(timeout=60)
        assert other.returncode == 0, err
        assert "already open" not in err
        assert (tmp_path / "two.db").exists()
    finally:
        guard.close()


def test_nobody_answers_once_the_first_window_is_gone(qapp, tmp_path):
    db = tmp_path / "shop.db"
    guard = InstanceGuard(db)
    assert guard.listen()
    guard.close()
    assert not wake_running_instance(db)
    again = InstanceGuard(db)
    assert again.listen()
    again.close()


def test_screenshot_saves_the_first_window_and_quits(tmp_path):
    shot = tmp_path / "start.png"
    app = start_app("--db", str(tmp_path / "shop.db"), "--screenshot", str(shot))
    _, err = app.communicate(timeout=60)
    assert app.returncode == 0, err
    image = QImage(str(shot))
    assert not image.isNull() and image.width() >= 600 and image.height() >= 400


def test_a_screenshot_that_cannot_be_written_is_one_line_and_exit_code_2(tmp_path):
    target = tmp_path / "missing-folder" / "start.png"
    app = start_app("--db", str(tmp_path / "shop.db"), "--screenshot", str(target))
    _, err = app.communicate(timeout=60)
    assert app.returncode == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "screenshot" in lines[0] and "Traceback" not in err


def test_an_unusable_database_in_a_scripted_start_is_one_line_and_exit_code_2(tmp_path):
    """Nobody is there to close a message box: a check that cannot start says why on stderr and stops."""
    damaged = tmp_path / "shop.db"
    damaged.write_bytes(b"not a database at all")
    app = start_app("--db", str(damaged), "--quit-after-startup")
    _, err = app.communicate(timeout=60)
    assert app.returncode == 2
    lines = [line for line in err.strip().splitlines() if "propagateSizeHints" not in line]
    assert len(lines) == 1 and "shop.db" in lines[0] and "Traceback" not in err
    assert damaged.read_bytes() == b"not a database at all"  # nothing written
