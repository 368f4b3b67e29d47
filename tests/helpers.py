"""Helpers shared by the tests (one copy each): running the program in a child process, reading PDFs."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import unicodedata
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    """``main.py ARGS`` as a user runs it, without a display (the CLI must never need one)."""
    env = {**os.environ, **(env_extra or {})}
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("DISPLAY", None)
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, env=env, timeout=120, cwd=ROOT
    )


def run_python(code: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    """A snippet of Python in a child process, from the project's folder."""
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, env=env, timeout=120, cwd=ROOT
    )


def hold_lock(db_path) -> subprocess.Popen:
    """Another program holding an exclusive lock on the database until the test closes the child's input (returns
    once the lock is taken)."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sqlite3, sys
                conn = sqlite3.connect({str(db_path)!r}, isolation_level=None)
                conn.execute("PRAGMA locking_mode=EXCLUSIVE")
                conn.execute("BEGIN EXCLUSIVE")
                print("locked", flush=True)
                sys.stdin.read()  # holds the lock until the test closes its input
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


def pdf_text(path_or_bytes) -> str:
    """The text of a PDF, Arabic presentation forms normalised (NFKC)."""
    import io

    from pypdf import PdfReader

    source = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes
    text = "\n".join(page.extract_text() or "" for page in PdfReader(source).pages)
    return unicodedata.normalize("NFKC", text)


# --------------------------------------------------------------------------------------------------- test businesses

BUSINESSES = ROOT / "tests" / "businesses"
BUSINESS_FILES = tuple(sorted(p.name for p in BUSINESSES.glob("[0-9]*.yaml")))


@cache
def bundled_pack():
    from merchant_assistant.content import load_pack

    return load_pack()


@cache
def business_plan(name: str):
    """The plan of one business file of tests/businesses, dated as every test plan is."""
    from merchant_assistant.business_file import read_business_file
    from merchant_assistant.plan import build_plan

    from .conftest import PLAN_DATE

    pack = bundled_pack()
    business = read_business_file(BUSINESSES / name, pack)
    return build_plan(pack, business.profile, business.answer_records(), business.statuses, today=PLAN_DATE)


@cache
def business_pdf(name: str, lang: str, format: str = "full") -> bytes:
    """Its printed plan, rendered once per test run (several test modules read the same PDFs)."""
    from merchant_assistant.report import render_pdf

    return render_pdf(business_plan(name), lang, format)
