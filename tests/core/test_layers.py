"""The import contract between the program's layers, read from the source with ``ast`` (import-linter's idea, no
extra dependency): every import counts, at module level or inside a function, relative or absolute.

    ui/                          PySide6 widgets; reads and writes through the domain, never through storage
    merchant_assistant/          the domain: never Qt, never ui/
      workspace.py, service.py   the only modules that use storage (the one write path, and the reads)
      storage/                   SQLite; holds records, never the plan engine, scoring or the PDF
      content/                   the content pack: itself, errors and paths only
      records.py                 plain record types: nothing of the program
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# (file, forbidden import) pairs that exist today in files this change could not touch. Each one must still be
# true (test_known_exceptions_are_still_needed): delete the line when the import goes.
KNOWN_EXCEPTIONS = {}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported(source: str, module: str, is_package: bool = False) -> set[str]:
    """Every module ``source`` imports, as absolute names. ``from a import b`` counts as ``a`` and ``a.b`` (b may
    be a submodule)."""
    package = module if is_package else module.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - (node.level - 1)])
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            names.add(target)
            names.update(f"{target}.{alias.name}" for alias in node.names if alias.name != "*")
    return names


def imports_of(path: Path) -> set[str]:
    return imported(path.read_text(encoding="utf-8"), module_name(path), path.name == "__init__.py")


def sources(folder: str) -> list[Path]:
    files = sorted((ROOT / folder).rglob("*.py"))
    assert files, f"no Python files under {folder}"
    return files


def within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def violations(
    files: list[Path],
    forbidden: tuple[str, ...] = (),
    allowed_only: tuple[str, ...] | None = None,
    scope: str = "merchant_assistant",
) -> list[str]:
    """'file imports name' for each import of a ``forbidden`` module, or, with ``allowed_only``, of any module in
    ``scope`` outside those; known exceptions left out."""
    found = []
    for path in files:
        rel = path.relative_to(ROOT).as_posix()
        for name in sorted(imports_of(path)):
            bad = any(within(name, f) for f in forbidden)
            if allowed_only is not None and within(name, scope):
                bad = bad or not any(within(name, a) for a in allowed_only)
            if bad and not any(rel == f and within(name, m) for f, m in KNOWN_EXCEPTIONS):
                found.append(f"{rel} imports {name}")
    return found


def test_the_domain_never_imports_qt_or_the_interface():
    assert violations(sources("merchant_assistant"), forbidden=("PySide6", "shiboken6", "ui")) == []


def test_the_interface_never_imports_storage():
    assert violations(sources("ui"), forbidden=("merchant_assistant.storage",)) == []


def test_only_the_workspace_and_the_service_use_storage():
    outside = [p for p in sources("merchant_assistant") if "storage" not in p.relative_to(ROOT).parts]
    users = sorted(
        p.relative_to(ROOT).as_posix()
        for p in outside
        if any(within(name, "merchant_assistant.storage") for name in imports_of(p))
    )
    assert users == ["merchant_assistant/service.py", "merchant_assistant/workspace.py"]


def test_storage_holds_records_not_the_plan_engine():
    higher = ("plan", "scoring", "report", "plan_data", "service", "workspace", "cli", "business_file")
    assert (
        violations(sources("merchant_assistant/storage"), forbidden=tuple(f"merchant_assistant.{m}" for m in higher))
        == []
    )


def test_content_imports_only_itself_errors_paths_and_i18n():
    # i18n (language rules: digits, dates, directions) imports nothing of the program: a leaf like errors and paths
    allowed = (
        "merchant_assistant.content",
        "merchant_assistant.errors",
        "merchant_assistant.paths",
        "merchant_assistant.i18n",
    )
    assert violations(sources("merchant_assistant/content"), allowed_only=allowed) == []


def test_i18n_imports_nothing_of_the_program():
    assert violations([ROOT / "merchant_assistant" / "i18n.py"], allowed_only=()) == []


def test_records_import_nothing_of_the_program():
    assert violations([ROOT / "merchant_assistant" / "records.py"], allowed_only=()) == []


def test_known_exceptions_are_still_needed():
    """An exception that no longer happens must leave KNOWN_EXCEPTIONS, so the contract cannot loosen quietly."""
    for file, name in KNOWN_EXCEPTIONS:
        assert any(within(i, name) for i in imports_of(ROOT / file)), f"{file} no longer imports {name}: remove it"


# -- the checker itself ----------------------------------------------------------------------------------------
def test_relative_and_function_level_imports_are_resolved():
    source = (
        "from ..plan import ActionStatus\n"
        "from . import migrations\n"
        "import PySide6.QtCore\n"
        "def later():\n"
        "    from ..report import document\n"
    )
    names = imported(source, "merchant_assistant.storage.database")
    assert {"merchant_assistant.plan", "merchant_assistant.plan.ActionStatus"} <= names
    assert "merchant_assistant.storage.migrations" in names
    assert "PySide6.QtCore" in names
    assert "merchant_assistant.report.document" in names  # imported inside a function: counted too
    assert imported("from .loader import load_pack", "merchant_assistant.content", is_package=True) >= {
        "merchant_assistant.content.loader"
    }


@pytest.mark.parametrize(
    "source, forbidden",
    [
        ("from merchant_assistant.storage import Store", "merchant_assistant.storage"),
        ("from merchant_assistant import storage", "merchant_assistant.storage"),
        ("import merchant_assistant.storage.database as db", "merchant_assistant.storage"),
    ],
)
def test_every_spelling_of_a_forbidden_import_is_caught(source, forbidden):
    assert any(within(name, forbidden) for name in imported(source, "ui.some_page"))


def test_domain_tests_need_no_qt():
    """tests/core runs without a display or Qt: no Qt import, no Qt fixture (those tests live in tests/gui)."""
    core = ROOT / "tests" / "core"
    qt_fixtures = re.compile(r"\bdef test\w*\([^)]*\b(qapp|qtbot|open_window|ui_lang|french_afterwards)\b")
    offenders = []
    for path in sorted(core.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        names = imported(source, module_name(path))
        if any(n.split(".")[0] in ("PySide6", "shiboken6", "pytestqt", "ui") for n in names):
            offenders.append(f"{path.name}: imports Qt or ui")
        if qt_fixtures.search(source):
            offenders.append(f"{path.name}: uses a Qt fixture")
    assert offenders == []
