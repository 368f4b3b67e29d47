"""Long paths and names, read-only targets, long business names in the PDF, control characters on the terminal."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest

from merchant_assistant.cli import terminal_text
from merchant_assistant.files import DEFAULT_NAME_MAX, name_length, temporary_name, write_atomically
from merchant_assistant.plan import build_plan
from merchant_assistant.report import save_pdf
from merchant_assistant.report.document import MARGIN_X, PAGE_W
from merchant_assistant.service import demo_answers, demo_profile
from merchant_assistant.storage import Store

ROOT = Path(__file__).resolve().parents[2]
LONG = "n" * 300  # longer than any file system takes for one name


@pytest.fixture
def work(tmp_path) -> Path:
    """An empty folder for what the program writes (tmp_path holds the test's data folder too)."""
    folder = tmp_path / "work"
    folder.mkdir()
    return folder


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, timeout=120, cwd=ROOT
    )


def one_error_line(done: subprocess.CompletedProcess, fragment: str) -> str:
    assert done.returncode == 2, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr
    assert fragment in lines[0], lines[0]
    return lines[0]


@pytest.mark.parametrize(
    "args",
    [
        ["--db", "{tmp}/" + LONG + ".sqlite3", "list"],
        ["--db", "{tmp}/" + LONG + "/data.sqlite3", "list"],
        ["plan", "--demo", "--out", "{tmp}/" + LONG + ".pdf"],
        ["plan", "--demo", "--csv", "{tmp}/" + LONG + ".csv"],
        ["plan", "--demo", "--out", "{tmp}/" + LONG + "/plan.pdf"],
        ["--content", "{tmp}/" + LONG, "plan", "--demo", "--json"],
        ["content", "check", "{tmp}/" + LONG],
        ["business", "template", "--out", "{tmp}/" + LONG + ".yaml"],
    ],
    ids=["db", "db folder", "out", "csv", "out folder", "pack", "pack check", "template"],
)
def test_a_name_too_long_is_one_clear_line_with_exit_code_2(work, args):
    done = cli(*(a.replace("{tmp}", str(work)) for a in args))
    line = one_error_line(done, "too long")
    assert "internal error" not in line
    assert sorted(os.listdir(work)) == []  # nothing was created, not even a temporary file


@pytest.mark.parametrize("suffix", [".pdf", ".csv"])
def test_the_longest_name_the_system_takes_works(work, suffix):
    name = "é" * ((DEFAULT_NAME_MAX - len(suffix)) // 2) + "x" * ((DEFAULT_NAME_MAX - len(suffix)) % 2) + suffix
    assert len(name.encode()) == DEFAULT_NAME_MAX
    done = cli("plan", "--demo", "--out" if suffix == ".pdf" else "--csv", str(work / name))
    assert done.returncode == 0, done.stderr
    assert os.listdir(work) == [name]


@pytest.mark.parametrize("letter", ["a", "é", "ب", "😀"], ids=["1 byte", "2 bytes", "Arabic", "4 bytes"])
def test_a_temporary_name_is_never_longer_than_the_system_takes(letter):
    for length in range(1, DEFAULT_NAME_MAX + 1):
        name = (letter * DEFAULT_NAME_MAX)[:length]
        if name_length(name) > DEFAULT_NAME_MAX:
            break
        temporary = temporary_name(name)
        assert name_length(temporary) <= DEFAULT_NAME_MAX, (length, temporary)
        assert temporary.startswith(".") and temporary.endswith(".part")


@pytest.mark.parametrize("option,suffix", [("--out", ".pdf"), ("--csv", ".csv")])
def test_a_read_only_target_is_not_replaced(work, option, suffix):
    target = work / f"plan{suffix}"
    target.write_bytes(b"the user's own file")
    target.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    try:
        one_error_line(cli("plan", "--demo", option, str(target)), "read-only")
        assert target.read_bytes() == b"the user's own file"
        assert os.listdir(work) == [target.name]  # and no temporary file left beside it
    finally:
        target.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_a_writable_target_is_still_replaced(tmp_path):
    target = tmp_path / "plan.csv"
    target.write_bytes(b"old")
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"


# -- long business names in the PDF ----------------------------------------------------------------------------
LONG_NAMES = {
    "words": ("Épicerie Amal et Fils " * 20)[:200],
    "one word": "W" * 200,
    "arabic": ("متجر الأمل للمواد الغذائية " * 10)[:200],
    "stored before the limit": ("Coopérative des tisserandes " * 100)[:2500],
}


@pytest.mark.parametrize("lang", ["fr", "ar"])
@pytest.mark.parametrize("name", list(LONG_NAMES.values()), ids=list(LONG_NAMES))
def test_a_long_business_name_stays_inside_the_page(tmp_path, bundled_pack, name, lang):
    plan = build_plan(bundled_pack, {**demo_profile(bundled_pack), "name": name}, demo_answers(bundled_pack))
    out = save_pdf(plan, tmp_path / "plan.pdf", lang, "full")
    with pdfplumber.open(out) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            outside = [
                c["text"]
                for c in page.chars
                if c["x0"] < MARGIN_X - 1
                or c["x1"] > PAGE_W - MARGIN_X + 1
                or c["top"] < 0
                or c["bottom"] > page.height
            ]
            assert not outside, f"page {number}: {''.join(outside)[:60]!r} outside the margins"
            header = [c for c in page.chars if c["top"] < 40]  # the line above the rule at the top
            lefts = sorted(c["x0"] for c in header)
            assert all(b >= a for a, b in zip(lefts, lefts[1:]))
        first_header = "".join(c["text"] for c in pdf.pages[0].chars if c["top"] < 40)
    assert "…" in first_header  # cut, not run off


# -- control characters ------------------------------------------------------------------------------------------
NASTY = "Boutique\x1b]0;pwned\x07\x1b[31mRouge\x9b2J\r\nSuite\u202eevil\u2028"


def test_terminal_text_shows_control_characters_as_escapes():
    shown = terminal_text(NASTY)
    assert not any(ch in shown for ch in "\x1b\x07\x9b\r\n\u202e\u2028")
    assert shown.startswith("Boutique\\x1b]0;pwned\\x07") and "Rouge" in shown and "\\u202e" in shown
    assert terminal_text("مقهى الزيتون – Café") == "مقهى الزيتون – Café"  # ordinary text is left alone


def test_list_and_errors_never_write_control_characters(tmp_path, fixture_pack):
    db = tmp_path / "shop.sqlite3"
    with Store(db) as store:
        store.create_business({"name": NASTY})
    listed = cli("--db", str(db), "--content", str(ROOT / "tests" / "data" / "pack"), "list")
    assert listed.returncode == 0, listed.stderr
    missing = cli("--db", str(db), "plan", "--business", NASTY + "x", "--json")
    json_out = cli(
        "--db", str(db), "--content", str(ROOT / "tests" / "data" / "pack"), "plan", "--business", "1", "--json"
    )
    assert json_out.returncode == 0, json_out.stderr
    for text in (listed.stdout, missing.stderr, json_out.stdout):
        assert not any(ch in text for ch in "\x1b\x07\x9b\r\u202e\u2028"), text
    assert "Boutique\\x1b]0;pwned" in listed.stdout
    assert missing.returncode == 2 and "Boutique\\x1b" in missing.stderr
