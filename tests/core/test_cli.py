"""The CLI end to end, as a trainer's script uses it: real processes, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata

import pytest

from merchant_assistant import __version__
from merchant_assistant.content import tr
from merchant_assistant.service import demo_plan

from ..conftest import FIXTURE_PACK, PLAN_DATE, ROOT
from ..helpers import pdf_text
from ..helpers import run_cli as run


def squash(text: str) -> str:
    return " ".join(text.split())


def assert_one_line_error(result: subprocess.CompletedProcess, *fragments: str) -> None:
    assert result.returncode == 2, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout and "content" in result.stdout


def test_demo_then_list_then_plan_by_name_and_id(tmp_path, bundled_pack):
    db = str(tmp_path / "w.sqlite3")
    first = run("--db", db, "demo")
    assert first.returncode == 0, first.stderr
    business_id = first.stdout.strip()
    assert business_id.isdigit()
    listing = run("--db", db, "list")
    assert listing.returncode == 0
    row = next(line for line in listing.stdout.splitlines() if line.strip().startswith(business_id))
    assert row.rstrip().endswith("%")
    name = demo_plan(bundled_pack).business_name
    assert name in row
    out = tmp_path / "by-id.pdf"
    result = run("--db", db, "plan", "--business", business_id, "--out", str(out), "--date", PLAN_DATE.isoformat())
    assert result.returncode == 0, result.stderr
    assert name in squash(pdf_text(out))
    by_name = run(
        "--db", db, "plan", "--business", name, "--out", str(tmp_path / "by-name.pdf"), "--date", PLAN_DATE.isoformat()
    )
    assert by_name.returncode == 0, by_name.stderr


@pytest.mark.parametrize("lang", ["fr", "en", "ar"])
def test_plan_demo_writes_a_pdf_with_the_business_and_its_actions(tmp_path, bundled_pack, lang):
    out = tmp_path / f"plan-{lang}.pdf"
    result = run("plan", "--demo", "--out", str(out), "--lang", lang, "--date", PLAN_DATE.isoformat())
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    text = squash(pdf_text(out))
    plan = demo_plan(bundled_pack, today=PLAN_DATE)
    assert plan.items, "the sample business should have actions"
    assert plan.business_name in text
    for item in plan.items[:5]:
        title = unicodedata.normalize("NFKC", tr(item.action.title, lang))
        if lang == "ar":  # extractors give a line's Arabic and Latin runs in an order of their own: word by word
            assert all(word in text for word in title.split()), title
        else:
            assert squash(title)[:25] in text, title


def test_plan_is_written_without_a_display_and_without_qt():
    code = (
        "import sys, main\n"
        "rc = main.main(['content', 'check'])\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ui'))], 'Qt imported'\n"
        "sys.exit(rc)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_content_check_json_counts(tmp_path):
    result = run("content", "check", str(FIXTURE_PACK), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["version"] == "test-1" and report["errors"] == []
    assert report["modules"] == [
        {"id": "shop", "questions": 5, "actions": 4},
        {"id": "safety", "questions": 2, "actions": 1},
    ]
    assert report["languages"] == {"fr": {"missing": 0}, "ar": {"missing": 0}, "en": {"missing": 0}}


# -- every error: one line, exit code 2, nothing written --------------------------------------------------------
def test_unknown_business(tmp_path):
    out = tmp_path / "x.pdf"
    result = run("--db", str(tmp_path / "w.sqlite3"), "plan", "--business", "Nobody", "--out", str(out))
    assert_one_line_error(result, "no business named")
    assert not out.exists()


def test_output_folder_missing(tmp_path):
    out = tmp_path / "missing" / "x.pdf"
    assert_one_line_error(run("plan", "--demo", "--out", str(out)), "does not exist")
    assert not out.parent.exists()


def test_output_is_a_folder(tmp_path):
    (tmp_path / "plan.pdf").mkdir()
    assert_one_line_error(run("plan", "--demo", "--out", str(tmp_path / "plan.pdf")), "is a folder")


def test_output_must_be_a_pdf(tmp_path):
    assert_one_line_error(run("plan", "--demo", "--out", str(tmp_path / "plan.txt")), ".pdf")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores file permissions")
def test_output_folder_not_writable(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        assert_one_line_error(run("plan", "--demo", "--out", str(folder / "x.pdf")), "cannot write")
    finally:
        folder.chmod(0o755)
    assert list(folder.iterdir()) == []


def test_invalid_content_pack(tmp_path):
    bad = tmp_path / "pack"
    bad.mkdir()
    (bad / "pack.yaml").write_text("version: 1\nlanguages: fr\n", encoding="utf-8")
    out = tmp_path / "x.pdf"
    assert_one_line_error(
        run("--content", str(bad), "plan", "--demo", "--out", str(out)), "invalid content pack", "pack.yaml"
    )
    assert not out.exists()
    check = run("content", "check", str(bad))
    assert_one_line_error(check, "error(s)")
    assert "pack.yaml, pack, field 'version'" in check.stdout


def test_damaged_database(tmp_path):
    db = tmp_path / "w.sqlite3"
    db.write_bytes(b"not a database" * 100)
    assert_one_line_error(run("--db", str(db), "list"), "damaged or is not a database")
    assert db.read_bytes() == b"not a database" * 100


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["plan", "--demo"], "--out"),
        (["plan", "--out", "x.pdf"], "--business"),
        (["plan", "--demo", "--business", "1", "--out", "x.pdf"], "not allowed"),
        (["plan", "--demo", "--out", "x.pdf", "--lang", "de"], "invalid choice"),
        (["plan", "--demo", "--out", "x.pdf", "--date", "26/11/2026"], "YYYY-MM-DD"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_arguments(tmp_path, args, fragment):
    result = run(*args)
    assert_one_line_error(result, fragment)
    assert not (ROOT / "x.pdf").exists()


def test_language_may_be_given_before_or_after_the_command(tmp_path):
    before, after = tmp_path / "before.pdf", tmp_path / "after.pdf"
    assert run("--lang", "en", "plan", "--demo", "--out", str(before), "--date", PLAN_DATE.isoformat()).returncode == 0
    assert run("plan", "--demo", "--lang", "en", "--out", str(after), "--date", PLAN_DATE.isoformat()).returncode == 0
    assert before.read_bytes() == after.read_bytes()
    assert "Detailed plan" in pdf_text(before)


def test_output_to_a_reader_that_has_gone_ends_quietly():
    """`main.py plan --demo --json | head -1`: once the reader has gone, the command stops without a traceback or an
    "internal error" line, with the status a C tool's shell reports (128 + SIGPIPE)."""
    import os
    import subprocess
    import sys

    from ..helpers import ROOT

    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first line is written: the same at every run
    try:
        done = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "plan", "--demo", "--json"],
            stdout=write,
            stderr=subprocess.PIPE,
            timeout=120,
            cwd=ROOT,
        )
    finally:
        os.close(write)
    assert done.returncode == 141
    assert done.stderr == b""
