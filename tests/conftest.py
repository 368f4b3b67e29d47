"""Shared fixtures. Qt runs offscreen; each test gets its own temporary database and data folder."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
