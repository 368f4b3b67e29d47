"""Shared fixtures. Qt runs offscreen; each test gets its own temporary database and data folder."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests are derandomised: the same examples on every run, so CI is never green or red by chance.
# HYPOTHESIS_PROFILE=long runs a longer random search on demand.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("long", max_examples=2000, deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parents[1]
FIXTURE_PACK = ROOT / "tests" / "data" / "pack"
PLAN_DATE = dt.date(2026, 11, 26)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """Never touch the real user's data folder."""
    monkeypatch.setenv("MERCHANT_READINESS_DATA", str(tmp_path / "appdata"))


@pytest.fixture(scope="session")
def fixture_pack():
    from merchant_assistant.content import load_pack

    return load_pack(FIXTURE_PACK)


@pytest.fixture(scope="session")
def bundled_pack():
    from merchant_assistant.content import load_pack

    return load_pack()


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "data" / "test.sqlite3"


@pytest.fixture
def store(db_path):
    from merchant_assistant.storage import Store

    with Store(db_path) as s:
        yield s


@pytest.fixture
def open_window(qtbot, qapp, db_path, fixture_pack):
    """Open the main window on the test database, as starting the program would; closes everything after."""
    from merchant_assistant.storage import Store
    from ui.main_window import MainWindow
    from ui.tasks import install_garbage_collector

    install_garbage_collector(qapp)  # as the app does: no cycle collection in the PDF worker thread

    opened = []

    def _open(lang: str = "fr", pack=None):
        store = Store(db_path)
        window = MainWindow(store, pack or fixture_pack, lang)
        window.show()
        qtbot.waitExposed(window)
        opened.append((window, store))
        return window

    yield _open
    for window, store in opened:
        window.leave_without_asking()  # a test may end mid-question: close without leaving a message box behind
        window.close()
        window.deleteLater()
        store.close()


@pytest.fixture
def log_folder(tmp_path) -> Path:
    """The data folder the environment points MERCHANT_READINESS_DATA at, created as a first start would."""
    from merchant_assistant import paths

    folder = paths.data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def clean_logging():
    """Handlers a test adds to the root logger are removed after it."""
    import logging

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(False)


@pytest.fixture
def french_afterwards(qapp):
    """The interface back in French after a test that changes its language (the other UI tests read French)."""
    from ui.app import prepare_application

    yield
    prepare_application("fr")
