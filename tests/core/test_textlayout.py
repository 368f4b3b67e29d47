"""The text-layout package's shape: its public surface, and no private library API outside textlayout.adapters."""

from __future__ import annotations

import ast
from pathlib import Path

import merchant_assistant.report.textlayout as textlayout

PACKAGE = Path(textlayout.__file__).parent

# reportlab and uharfbuzz modules the package may import outside adapters.py (documented APIs only).
ALLOWED_IMPORTS = {
    "reportlab.lib.colors",
    "reportlab.pdfbase.pdfmetrics",
    "reportlab.platypus.flowables",
    "uharfbuzz",
}
# Undocumented reportlab attributes that only adapters.py may touch.
UNDOCUMENTED = {
    "face",
    "charWidths",
    "glyphToChar",
    "charToGlyph",
    "unitsPerEm",
    "hbFont",
    "hbFace",
    "hbAddPrivate",
    "splitString",
    "getSubsetInternalName",
    "MIRRORED",
}


def _modules():
    return [p for p in sorted(PACKAGE.glob("*.py")) if p.name != "adapters.py"]


def test_public_surface():
    assert sorted(textlayout.__all__) == [
        "Line",
        "Piece",
        "Rich",
        "RichText",
        "TextStyle",
        "bidi_levels",
        "clear_caches",
        "draw_line",
        "draw_string",
        "has_arabic",
        "layout",
        "rich_pieces",
        "text_width",
    ]
    for name in textlayout.__all__:
        assert getattr(textlayout, name) is not None


def test_private_library_apis_are_used_only_in_adapters():
    assert len(_modules()) >= 7
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            where = f"{path.name}:{getattr(node, 'lineno', '?')}"
            if isinstance(node, ast.Import):
                for alias in node.names:
                    top = alias.name.split(".")[0]
                    assert top not in ("reportlab", "bidi", "uharfbuzz") or alias.name in ALLOWED_IMPORTS, where
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                top = (node.module or "").split(".")[0]
                assert top != "bidi", f"{where}: python-bidi is used through adapters only"
                if top in ("reportlab", "uharfbuzz"):
                    full = {f"{node.module}.{a.name}" for a in node.names}
                    assert node.module in ALLOWED_IMPORTS or full <= ALLOWED_IMPORTS, where
                    assert not any(a.name.startswith("_") for a in node.names), where
            elif isinstance(node, ast.Attribute):
                private = node.attr.startswith("_") and not node.attr.startswith("__")
                on_self = isinstance(node.value, ast.Name) and node.value.id == "self"
                assert not private or on_self, f"{where}: .{node.attr}"
                assert node.attr not in UNDOCUMENTED, f"{where}: .{node.attr} belongs in adapters.py"


def test_every_adapter_has_a_docstring_saying_what_it_relies_on():
    from merchant_assistant.report.textlayout import adapters

    functions = [
        f
        for n, f in vars(adapters).items()
        if callable(f) and not n.startswith("_") and getattr(f, "__module__", "") == adapters.__name__
    ]
    assert len(functions) >= 10
    for f in functions:
        assert "Relies on:" in (f.__doc__ or ""), f.__name__
