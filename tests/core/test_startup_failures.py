"""Failures before the app's first window, where the Windows build has no console: a box and the error log."""

from __future__ import annotations

import sys

import pytest

import main as entry
from merchant_assistant import logs


@pytest.fixture
def boxes(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(entry, "system_box", shown.append)
    return shown


def test_an_interface_that_cannot_be_loaded_is_shown_and_logged(monkeypatch, boxes, log_folder, clean_logging):
    monkeypatch.setitem(sys.modules, "ui.app", None)  # as if Qt were missing from a damaged install
    assert entry.main(["--db", str(log_folder / "x.sqlite3")]) == 2
    assert len(boxes) == 1 and "n'a pas pu démarrer" in boxes[0] and "could not start" in boxes[0]
    log = logs.error_log_path().read_text(encoding="utf-8")
    assert "ModuleNotFoundError" in log or "ImportError" in log
    assert str(logs.error_log_path()) in boxes[0]


def test_a_mistyped_option_in_a_windowed_program_is_shown_and_logged(monkeypatch, boxes, log_folder):
    monkeypatch.setattr(sys, "stderr", None)  # a windowed Windows program
    with pytest.raises(SystemExit) as stop:
        entry.main(["--bogus-option"])
    assert stop.value.code == 2
    assert sys.stderr is None
    assert len(boxes) == 1 and "--bogus-option" in boxes[0]
    assert "--bogus-option" in logs.error_log_path().read_text(encoding="utf-8")
