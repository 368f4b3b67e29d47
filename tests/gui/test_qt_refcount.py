"""PySide6 6.12 drops a reference to None on every void Qt call; on Python 3.10/3.11 that aborts the process.

Each check runs in a child process, so an abort (exit 134, "none_dealloc") is a failed test, not a dead test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

ROOT = Path(__file__).resolve().parents[2]

# 300,000 calls that return nothing: far past the ~5,000 after which an affected build aborts.
VOID_CALLS = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for n in range(300_000):
    label.setText("x")
    label.setVisible(False)
print("alive")
"""


def run_child(code: str, timeout: float) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )


def test_hundreds_of_thousands_of_void_qt_calls_do_not_abort():
    result = run_child(VOID_CALLS, timeout=120)
    assert "none_dealloc" not in result.stderr, result.stderr[-2000:]
    assert result.returncode == 0 and result.stdout.strip() == "alive", (result.returncode, result.stderr[-2000:])


def test_installed_pyside_is_allowed_by_pyproject():
    """The environment the suite runs in (and the build bundles) satisfies pyproject.toml's markers."""
    from importlib import metadata

    packaging = pytest.importorskip("packaging.requirements")
    lines = [
        packaging.Requirement(line)
        for line in metadata.requires("merchant-readiness-assistant") or ()
        if line.lower().startswith("pyside6")
    ]
    applicable = [r for r in lines if r.marker is None or r.marker.evaluate({"extra": ""})]
    assert applicable, lines
    installed = metadata.version("PySide6-Essentials")
    for requirement in applicable:
        assert requirement.specifier.contains(installed), f"{installed} installed, {requirement} required"
