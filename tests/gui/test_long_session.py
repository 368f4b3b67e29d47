"""A shop owner going through all three modules again and again in one sitting: the app stays alive and every
answer given is the answer stored (tests/gui/long_session.py drives the app in a child process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from merchant_assistant.storage import Store

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 50


def test_fifty_rounds_through_every_question_keep_the_app_alive_and_every_answer(tmp_path):
    db_path = tmp_path / "long.sqlite3"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MERCHANT_READINESS_DATA=str(tmp_path / "appdata"))
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "gui" / "long_session.py"), str(db_path), str(ROUNDS)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr[-3000:]}"
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["rounds"] == ROUNDS
    given = report["given"]
    assert report["answered"] >= ROUNDS * len(given) > 0
    with Store(db_path) as store:
        stored = {qid: a.value for qid, a in store.answers(report["business_id"]).items()}
    modules = {qid.split("_", 1)[0] for qid in given}
    assert modules == {"pay", "sec", "leg"}, modules  # every module was walked through
    assert {qid: stored.get(qid) for qid in given} == given
