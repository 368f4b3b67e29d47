"""Errors as types and codes, shown in the user's language: every code the domain can raise has a sentence in
French, Arabic and English, and the interface's one presenter shows it in the interface language."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from merchant_assistant import errors
from merchant_assistant.messages import LANGUAGES, MESSAGES

from ..conftest import ROOT
from ..helpers import run_cli

ERROR_TYPES = {name for name, value in vars(errors).items() if isinstance(value, type) and issubclass(value, Exception)}
ARABIC = re.compile(r"[\u0600-\u06ff]")


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _raised_codes() -> set[str]:
    """Every code the domain passes to an error type, a Problem or a business file's _refuse(path, code)."""
    codes = set()
    for path in (ROOT / "merchant_assistant").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            args = node.args[1:] if name == "_refuse" else node.args
            first = args[0].value if args and isinstance(args[0], ast.Constant) else None
            if (name in ERROR_TYPES or name == "_refuse") and isinstance(first, str):
                codes.add(first)
    return codes


def _sample(code: str) -> errors.UserError:
    names = _placeholders(MESSAGES[code]["en"])
    return errors.UserError(code, **{n: f"<{n}>" for n in names})


def test_every_code_raised_is_in_the_catalogue():
    raised = _raised_codes()
    assert len(raised) > 40
    assert raised - set(MESSAGES) == set()


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_message_exists_in_every_language_with_the_same_placeholders(code):
    templates = MESSAGES[code]
    assert set(templates) == set(LANGUAGES)
    expected = _placeholders(templates["en"])
    for lang in LANGUAGES:
        assert _placeholders(templates[lang]) == expected, lang
    if code not in ("system_reason",):
        assert ARABIC.search(templates["ar"]), code
        assert templates["fr"] != templates["en"], code


def test_a_user_error_reads_in_each_language_and_in_english_on_its_own():
    error = errors.NotFound("business_not_found", text="Atlas")
    assert str(error) == "no business named or numbered Atlas (see the 'list' command)"
    assert "Aucune entreprise" in error.message("fr") and ARABIC.search(error.message("ar"))
    assert "\u2068Atlas\u2069" in error.message("ar")  # a Latin name keeps its direction inside Arabic


def test_a_problem_is_its_english_sentence_and_knows_the_others():
    problem = errors.Problem("field_too_long", limit=200)
    assert problem == "too long (at most 200 characters)" and "200" in problem.message("ar")
    nested = errors.InvalidFile("bf_answer", file="x.yaml", id="q1", problem=errors.Problem("answer_not_text"))
    assert "La réponse doit être un texte." in nested.message("fr")


def test_sqlite_failures_are_classified_by_their_code(tmp_path):
    import sqlite3

    from merchant_assistant.storage.database import known_errors

    cases = {
        "SQLITE_READONLY": errors.DatabaseUnavailable,
        "SQLITE_FULL": errors.DiskFull,
        "SQLITE_NOTADB": errors.DatabaseDamaged,
        "SQLITE_CORRUPT": errors.DatabaseDamaged,
        "SQLITE_BUSY": errors.DatabaseUnavailable,
    }
    codes = {"SQLITE_READONLY": 8, "SQLITE_FULL": 13, "SQLITE_NOTADB": 26, "SQLITE_CORRUPT": 11, "SQLITE_BUSY": 5}
    for name, kind in cases.items():
        error = sqlite3.OperationalError("any text at all")  # the message is not looked at where codes exist
        error.sqlite_errorcode = codes[name]
        with pytest.raises(kind), known_errors(tmp_path / "db.sqlite3"):
            raise error
    unknown = sqlite3.OperationalError("no such table: nothing")
    unknown.sqlite_errorcode = 1  # SQLITE_ERROR: a bug, not the user's doing
    with pytest.raises(sqlite3.OperationalError), known_errors(tmp_path / "db.sqlite3"):
        raise unknown


def test_the_cli_speaks_the_users_language(tmp_path):

    def run(*args):
        return run_cli("--db", str(tmp_path / "x.sqlite3"), *args)

    english = run("plan", "--business", "Nobody", "--out", str(tmp_path / "p.pdf"))
    french = run("--lang", "fr", "plan", "--business", "Nobody", "--out", str(tmp_path / "p.pdf"))
    arabic = run("plan", "--business", "Nobody", "--out", str(tmp_path / "p.pdf"), "--lang", "ar")
    assert english.returncode == french.returncode == arabic.returncode == 2
    assert english.stderr.startswith("error: no business named")
    assert "Aucune entreprise" in french.stderr and ARABIC.search(arabic.stderr)
    for result in (english, french, arabic):
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert not Path(tmp_path / "p.pdf").exists()


def test_why_the_system_refused_reads_in_the_users_language():
    import errno

    refused = errors.OutputError(
        "output_write_failed",
        path="plan.pdf",
        reason=errors.os_reason(PermissionError(errno.EACCES, "Permission denied")),
    )
    assert refused.message("fr") == "Impossible d'écrire plan.pdf : permission refusée."
    assert "الإذن مرفوض" in refused.message("ar")
    odd = errors.os_reason(OSError(errno.EXDEV, "Invalid cross-device link"))
    assert odd.message("fr") == "Invalid cross-device link"  # a rare cause: the system's own words
