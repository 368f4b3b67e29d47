"""The Windows build's decisions, checked on Linux: the selftest command, the lock file, what the spec keeps in the
bundle, the version resource, the ICU stub and the NSIS installer script (compiled by makensis where installed)."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import types
from importlib import metadata

import pytest

from merchant_assistant import __version__
from merchant_assistant.selftest import STEPS

from ..conftest import ROOT
from ..helpers import run_cli as run

sys.path.insert(0, str(ROOT / "packaging"))
import build_support as bs

NSIS_SCRIPT = ROOT / "packaging" / "installer.nsi"


# -- selftest --------------------------------------------------------------------------------------------------------
def test_selftest_passes_with_one_line_per_step_and_keeps_the_files_when_asked(tmp_path):
    result = run("selftest", "--keep", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert [line.split()[1] for line in lines[1:-1] if line.startswith("ok")] == [name.split()[0] for name, _ in STEPS]
    assert lines[-1].startswith(f"selftest: all {len(STEPS)} steps passed") and "(Qt not loaded)" in lines[-1]
    for lang in ("fr", "ar", "en"):
        assert (tmp_path / "out" / f"plan-{lang}.pdf").read_bytes().startswith(b"%PDF-")
    assert (tmp_path / "out" / "actions.csv").stat().st_size > 0
    assert result.stderr == ""


def test_selftest_failure_is_one_line_and_exit_code_2(tmp_path):
    empty = tmp_path / "empty-pack"
    empty.mkdir()
    result = run("--content", str(empty), "selftest")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("selftest: FAILED at content:")


def test_selftest_refuses_a_plan_that_is_not_a_whole_pdf(tmp_path, monkeypatch, capsys):
    """A step whose check does not hold (here: a truncated PDF) fails the selftest."""
    from merchant_assistant import report, selftest

    def truncated(plan, path, lang, format="full"):
        path.write_bytes(b"%PDF-1.4 truncated")
        return path

    monkeypatch.setattr(report, "save_pdf", truncated)
    assert selftest.run_selftest(keep=tmp_path) == 2
    err = capsys.readouterr().err
    assert err == "selftest: FAILED at pdf fr: SelfTestFailure: plan-fr.pdf is not a whole PDF file\n"


# -- the lock file -------------------------------------------------------------------------------------------------
def test_every_pin_of_the_lock_is_allowed_by_pyproject_and_has_hashes():
    from packaging.requirements import Requirement

    pins = bs.read_lock()
    text = bs.LOCK_FILE.read_text(encoding="utf-8")
    blocks = re.split(r"\n(?=[a-z])", text)[1:]  # one block per pin, after the comment header
    assert len(blocks) == len(pins) >= 20
    for block in blocks:
        assert "--hash=sha256:" in block, block.splitlines()[0]
    for line in metadata.requires("merchant-readiness-assistant") or ():
        req = Requirement(line)
        if req.marker and not req.marker.evaluate({"extra": "build", "python_version": "3.11"}):
            continue
        name = bs.canonical(req.name)
        assert name in pins, f"{name} is not in requirements-lock.txt"
        assert req.specifier.contains(pins[name][0], prereleases=True), f"lock pins {name} {pins[name][0]}; {req}"


def test_lock_problems_names_each_missing_or_different_version():
    pins = {
        "reportlab": ("5.1.0", ""),
        "pyyaml": ("6.0.4", ""),
        "pefile": ("2024.8.26", "sys_platform == 'win32'"),
        "pip": ("26.3", ""),
    }
    assert bs.lock_problems({"reportlab": "5.1.0", "pyyaml": "6.0.4", "pip": "1.0"}, pins) == []
    problems = bs.lock_problems({"reportlab": "5.0.9"}, pins)
    assert problems == [
        "pyyaml 6.0.4 is not installed",
        "reportlab 5.0.9 is installed; requirements-lock.txt pins 5.1.0",
    ]


# -- what goes into the bundle -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland-egl.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6\\plugins\\imageformats\\qjpeg.dll", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/plugins/tls/qschannelbackend.dll", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", False),
        ("PySide6/translations/qtbase_fr.qm", True),
        ("PySide6/Qt/translations/qtbase_ar.qm", True),
        ("PySide6/translations/qtbase_de.qm", False),
        ("PySide6/translations/qtdeclarative_fr.qm", False),
        ("PySide6/opengl32sw.dll", False),
        ("PySide6/Qt6Svg.dll", False),
        ("PySide6/Qt/lib/libQt6WaylandClient.so.6", False),
        ("PySide6/Qt6Widgets.dll", True),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("resources/translations/ui_ar.qm", True),
        ("resources/fonts/NotoSansArabic-Regular.ttf", True),
    ],
)
def test_the_app_keeps_only_the_qt_files_it_uses(dest, kept):
    assert bs.keep_gui_file(dest) is kept


def test_the_cli_keeps_nothing_of_qt():
    assert not bs.keep_cli_file("PySide6/Qt6Core.dll")
    assert not bs.keep_cli_file("shiboken6/shiboken6.abi3.dll")
    assert bs.keep_cli_file("python311.dll")
    assert {"PySide6", "shiboken6", "ui"} <= set(bs.CLI_EXCLUDED_MODULES)


def test_libraries_no_kept_binary_needs_are_left_out(monkeypatch):
    needs = {
        "/x/_imaging.cpython-311-x86_64-linux-gnu.so": ["libjpeg.so.62"],
        "/x/libqxcb.so": ["libxcb.so.1"],
        "/x/libjpeg.so.62": [],
        "/x/libxcb.so.1": ["libXau.so.6"],
        "/x/libXau.so.6": [],
        "/x/libcairo.so.2": ["libpixman-1.so.0"],  # only the GTK theme, left out, needed these
        "/x/libpixman-1.so.0": [],
    }
    monkeypatch.setattr(bs, "_elf_needed", lambda path: needs[path])
    binaries = [
        ("PIL/_imaging.cpython-311-x86_64-linux-gnu.so", "/x/_imaging.cpython-311-x86_64-linux-gnu.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/x/libqxcb.so", "BINARY"),
        *((name, f"/x/{name}", "BINARY") for name in ("libjpeg.so.62", "libxcb.so.1", "libXau.so.6")),
        *((name, f"/x/{name}", "BINARY") for name in ("libcairo.so.2", "libpixman-1.so.0")),
    ]
    kept, dropped = bs.prune_unneeded(binaries)
    assert dropped == ["libcairo.so.2", "libpixman-1.so.0"]
    assert len(kept) == 5
    monkeypatch.setattr(bs, "_elf_needed", lambda path: None)  # readelf cannot answer: nothing is dropped
    assert bs.prune_unneeded(binaries) == (binaries, [])


# -- Windows version resource, icon ----------------------------------------------------------------------------------
def test_windows_version_resource_names_the_program_and_its_version(monkeypatch):
    pytest.importorskip("PyInstaller")
    if importlib.util.find_spec("pefile") is None:  # installed with PyInstaller on Windows only; not used here
        monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    import PyInstaller.compat

    monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)  # Windows only; not used here
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    assert bs.version_tuple("0.2.0") == (0, 2, 0, 0)
    assert bs.version_tuple("1.10.3.7") == (1, 10, 3, 7)
    info = str(bs.windows_version_info(__version__, bs.CLI_EXE, "X (command line)"))
    assert "filevers=" + str(bs.version_tuple(__version__)) in info
    assert f"StringStruct('ProductVersion', '{__version__}')" in info
    assert "StringStruct('OriginalFilename', 'MerchantReadinessCLI.exe')" in info


def test_the_icon_holds_the_sizes_windows_asks_for():
    data = (ROOT / "resources" / "icons" / "app.ico").read_bytes()
    assert data[:4] == b"\x00\x00\x01\x00"  # an ICO file
    count = int.from_bytes(data[4:6], "little")
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes


# -- the ICU stub (Linux bundle) -------------------------------------------------------------------------------------
@pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("cc"), reason="needs Linux and cc")
def test_the_icu_stub_replaces_the_data_library_and_exports_its_symbol(tmp_path):
    real = tmp_path / "libicudata.so.73"
    real.write_bytes(b"\0" * 4096)
    binaries = [("PySide6/Qt/lib/libicudata.so.73", str(real), "BINARY"), ("libz.so.1", "/lib/libz.so.1", "BINARY")]
    result, said = bs.build_icu_stub(binaries, tmp_path / "work")
    assert result[1] == binaries[1]
    stub = result[0][1]
    assert stub != str(real) and "replaced by a" in said
    if shutil.which("nm"):
        symbols = subprocess.run(["nm", "-D", stub], capture_output=True, text=True, check=True).stdout
        assert re.search(r" R icudt73_dat$", symbols, re.MULTILINE)


# -- the NSIS installer script -------------------------------------------------------------------------------------
def test_installer_is_per_user_and_keeps_the_users_data_unless_asked():
    script = NSIS_SCRIPT.read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in script
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APPDIR}"' in script
    assert "HKLM" not in script and "$PROGRAMFILES" not in script  # nothing that needs administrator rights
    assert "SetShellVarContext current" in script and "$SMPROGRAMS" in script
    uninstall = script[script.index('Section "Uninstall"') :]
    ask = uninstall.index("MB_DEFBUTTON2")  # the question defaults to No
    assert uninstall.index('RMDir /r "$APPDATA\\${APPDIR}"') > ask
    assert "IfSilent keep_data" in uninstall  # a silent uninstall keeps the data unless /DELETEDATA


@pytest.mark.skipif(shutil.which("makensis") is None, reason="NSIS (makensis) is not installed")
def test_the_installer_script_compiles_with_makensis(tmp_path):
    """A tiny stand-in for the build (two programs and the icon) through the real script, compressed fast."""
    source = tmp_path / "MerchantReadiness"
    (source / "_internal" / "resources" / "icons").mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "app.ico", source / "_internal" / "resources" / "icons")
    for exe in ("MerchantReadiness.exe", "MerchantReadinessCLI.exe"):
        (source / exe).write_bytes(b"MZ stand-in")
    from build_installer import makensis_command

    out_file = tmp_path / "setup.exe"
    command = makensis_command(source, out_file)
    command.insert(1, "-XSetCompressor /FINAL zlib")
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert out_file.read_bytes()[:2] == b"MZ"  # a Windows program
