"""What pyinstaller.spec decides, as plain functions that tests can run on Linux without building anything.

- ``lock_problems``: the bundle is built only from the versions pinned in requirements-lock.txt.
- ``keep_gui_file`` / ``keep_cli_file``: which collected files go into the one-folder bundle (Qt modules, plugins,
  translations and data the program does not use are left out; see docs/packaging.md for each and what it saves).
- ``windows_version_info``: the version resource of the .exe files (Explorer's Details tab, the installer's checks).
- ``build_icu_stub``: the empty ICU data library of the Linux bundle (packaging/icu_stub.c).
- ``largest_items``: the bundle's ten largest items, for the README.

Imports nothing from the program and nothing outside the standard library at import time (PyInstaller's own
modules are imported inside the functions that need them).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterable, Mapping
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LOCK_FILE = ROOT / "requirements-lock.txt"

APP_EXE = "MerchantReadiness"
CLI_EXE = "MerchantReadinessCLI"
COMPANY = "Merchant Readiness Assistant project"
DESCRIPTION = "Merchant Readiness Assistant"

# Qt's own translations (standard buttons, file dialogs): the languages the program speaks, nothing else.
QT_TRANSLATION_LANGUAGES = ("fr", "ar", "en")
# Qt plugin folders the program needs: the window system (platforms, and on Windows the native style), the XCB
# GL glue Qt's xcb platform loads, the compose-key input context (dead keys on Linux). Every other folder
# (image formats, icon engines, generic input, platform themes, Wayland, EGL device integrations, TLS, network
# information, multimedia, SQL, position, QML tooling, virtual keyboard) is left out: the window draws only
# widgets and built-in PNG images, and the program never uses the network.
QT_PLUGIN_FOLDERS = ("platforms", "styles", "platforminputcontexts", "xcbglintegrations")
# Within the platforms folder: the Windows window system, X11, and the offscreen one (the selftest, CI).
QT_PLATFORMS = ("qwindows", "qxcb", "qoffscreen", "qminimal")
# Qt libraries brought in only by the plugins above that are left out, or by nothing the program uses.
QT_LIBRARIES_UNUSED = (
    "Qt6WaylandClient",
    "Qt6WlShellIntegration",
    "Qt6EglFSDeviceIntegration",
    "Qt6EglFsKmsSupport",
    "Qt6Pdf",
    "Qt6Svg",
    "Qt6Qml",
    "Qt6Quick",
    "Qt6VirtualKeyboard",
    "opengl32sw",  # Windows: Mesa's software OpenGL (20 MB); widgets draw without OpenGL
    "d3dcompiler_47",  # Windows: only for Qt Quick / OpenGL ES through ANGLE
)
# Python packages the program never imports at run time. Pillow stays (reportlab.lib.utils imports PIL.Image at its
# first import), but only its core: the plan draws no bitmap, so the codecs with the largest libraries (AVIF 5 MB,
# WebP, colour management, FreeType text) and the Tk/Qt bridges are left out.
EXCLUDED_MODULES = (
    "tkinter",
    "unittest",
    "pytest",
    "hypothesis",
    "pypdf",
    "pdfplumber",
    "pdfminer",
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingcms",
    "PIL.ImageCms",
    "PIL._imagingft",
    "PIL.ImageFont",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL.ImageQt",
    "numpy",
    "setuptools",
    "pip",
    # ssl stays, though the program never opens a connection: python-stdnum imports it at its first import.
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDBus",
    "PySide6.QtSvg",
    "PySide6.QtPdf",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtPrintSupport",
)
# The CLI executable: everything above, and the whole of Qt and the interface (it never imports them).
CLI_EXCLUDED_MODULES = (*EXCLUDED_MODULES, "PySide6", "shiboken6", "ui")


# -- the lock file -------------------------------------------------------------------------------------------------
# Pinned because a dependency asks for them, but installers rather than parts of the bundle (both are excluded from
# it): a different pip or setuptools in the build environment changes nothing in what is shipped.
NOT_BUNDLED = frozenset({"pip", "setuptools"})
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?\s*$")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def read_lock(path: Path = LOCK_FILE) -> dict[str, tuple[str, str]]:
    """{canonical name: (version, environment marker or "")} of every pin in the lock file."""
    pins: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _PIN.match(line)
        if match:
            pins[canonical(match.group(1))] = (match.group(2), (match.group(3) or "").strip())
    return pins


def lock_problems(
    installed: Mapping[str, str] | None = None, pins: Mapping[str, tuple[str, str]] | None = None
) -> list[str]:
    """One sentence per pin (for this platform) that the environment does not match: missing, or another version.

    ``installed`` maps canonical names to versions (default: this environment's distributions)."""
    from packaging.markers import Marker  # a dependency of PyInstaller itself

    if installed is None:
        from importlib import metadata

        installed = {canonical(d.metadata["Name"]): d.version for d in metadata.distributions()}
    problems = []
    for name, (version, marker) in sorted((pins if pins is not None else read_lock()).items()):
        if name in NOT_BUNDLED or (marker and not Marker(marker).evaluate()):
            continue  # another platform's pin (pefile on Windows only)
        found = installed.get(name)
        if found is None:
            problems.append(f"{name} {version} is not installed")
        elif found != version:
            problems.append(f"{name} {found} is installed; requirements-lock.txt pins {version}")
    return problems


# -- what goes into the bundle -------------------------------------------------------------------------------------
def _parts(dest: str) -> list[str]:
    return dest.replace("\\", "/").split("/")


def keep_gui_file(dest: str) -> bool:
    """Whether a file PyInstaller collected for the app (its destination path in the bundle) is kept."""
    parts = _parts(dest)
    name = parts[-1]
    stem = name.split(".")[0]
    if stem.removeprefix("lib") in QT_LIBRARIES_UNUSED:
        return False
    if "translations" in parts and name.endswith(".qm") and parts[0] == "PySide6":
        return any(name.startswith(f"qtbase_{lang}.") for lang in QT_TRANSLATION_LANGUAGES)
    if "plugins" in parts and parts[0] == "PySide6":
        folder = parts[parts.index("plugins") + 1] if len(parts) > parts.index("plugins") + 2 else ""
        if folder not in QT_PLUGIN_FOLDERS:
            return False
        if folder == "platforms":
            return stem.removeprefix("lib") in QT_PLATFORMS
        if folder == "platforminputcontexts":
            return "compose" in stem
    return True


def keep_cli_file(dest: str) -> bool:
    """The CLI's own files: nothing of Qt (PyInstaller's hooks may still list a Qt file as a dependency)."""
    parts = _parts(dest)
    return parts[0] not in ("PySide6", "shiboken6") and keep_gui_file(dest)


def keep(entries: Iterable[tuple[str, str, str]], rule: object) -> list[tuple[str, str, str]]:
    return [entry for entry in entries if rule(entry[0])]  # type: ignore[operator]


def _elf_needed(path: str) -> list[str] | None:
    """The DT_NEEDED names of a Linux shared library (None when readelf is missing or the file is not ELF)."""
    try:
        done = subprocess.run(["readelf", "-d", path], capture_output=True, text=True)
    except OSError:
        return None
    if done.returncode != 0:
        return None
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", done.stdout)


def _is_root(dest: str) -> bool:
    """A binary loaded by the program itself, not only as another library's dependency: Python's own library, the
    extension modules and the Qt plugins that are kept."""
    name = Path(dest).name
    return (
        name.startswith("libpython")
        or ".cpython-" in name
        or ".abi3." in name
        or "/plugins/" in dest.replace("\\", "/")
        or name.startswith(("libQt6", "libpyside6", "libshiboken6"))
    )


def prune_unneeded(binaries: list[tuple[str, str, str]]) -> tuple[list[tuple[str, str, str]], list[str]]:
    """Linux: drop the shared libraries no kept binary needs any more.

    PyInstaller finds the libraries of every plugin before the spec leaves plugins out, so the GTK theme's Cairo,
    Pango, ATK... stay in the list without anything to load them. Starting from what the program loads itself
    (``_is_root``), follow DT_NEEDED; what is not reached is dropped. Returns the kept list and the dropped names.
    Nothing is dropped when readelf cannot answer for a file."""
    by_name = {Path(dest).name: (dest, source, kind) for dest, source, kind in binaries}
    needed_of: dict[str, list[str]] = {}
    for name, (_dest, source, _kind) in by_name.items():
        found = _elf_needed(source)
        if found is None:
            return binaries, []
        needed_of[name] = found
    reached = {name for name, (dest, _s, _k) in by_name.items() if _is_root(dest)}
    todo = list(reached)
    while todo:
        for needed in needed_of.get(todo.pop(), []):
            if needed in by_name and needed not in reached:
                reached.add(needed)
                todo.append(needed)
    kept = [entry for entry in binaries if Path(entry[0]).name in reached]
    return kept, sorted(set(by_name) - reached)


# -- the Windows version resource ----------------------------------------------------------------------------------
def version_tuple(version: str) -> tuple[int, int, int, int]:
    """ "0.2.0" -> (0, 2, 0, 0): the four numbers of a Windows file version (letters and suffixes dropped)."""
    numbers = [int(match) for match in re.findall(r"\d+", version.split("+")[0])[:4]]
    if not numbers:
        raise ValueError(f"not a version: {version!r}")
    return tuple((numbers + [0, 0, 0])[:4])  # type: ignore[return-value]


def windows_version_info(version: str, exe_name: str, description: str = DESCRIPTION) -> object:
    """PyInstaller's VSVersionInfo for one .exe (ignored when building on Linux, inspected by the tests)."""
    from PyInstaller.utils.win32 import versioninfo as vi

    numbers = version_tuple(version)
    return vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=numbers, prodvers=numbers, mask=0x3F, flags=0x0, OS=0x40004, fileType=0x1),
        kids=[
            vi.StringFileInfo(
                [
                    vi.StringTable(
                        "040904B0",  # U.S. English, Unicode
                        [
                            vi.StringStruct("CompanyName", COMPANY),
                            vi.StringStruct("FileDescription", description),
                            vi.StringStruct("FileVersion", version),
                            vi.StringStruct("InternalName", exe_name),
                            vi.StringStruct("OriginalFilename", f"{exe_name}.exe"),
                            vi.StringStruct("ProductName", DESCRIPTION),
                            vi.StringStruct("ProductVersion", version),
                        ],
                    )
                ]
            ),
            vi.VarFileInfo([vi.VarStruct("Translation", [0x0409, 1200])]),
        ],
    )


# -- the empty ICU data library (Linux) ----------------------------------------------------------------------------
_ICU_DATA = re.compile(r"^libicudata\.so\.(\d+)(?:\.\d+)*$")


def build_icu_stub(binaries: list[tuple[str, str, str]], work: str | Path) -> tuple[list[tuple[str, str, str]], str]:
    """Replace ICU's data library among ``binaries`` by packaging/icu_stub.c compiled for its major version.

    Returns the new list and one line saying what was done (the real library is kept, and said so, when there is
    no C compiler or the build fails: the bundle is then larger, never broken)."""
    work = Path(work)
    compiler = os.environ.get("CC") or shutil.which("cc") or shutil.which("gcc")
    result = []
    said = "no ICU data library in the bundle"
    for dest, source, kind in binaries:
        match = _ICU_DATA.match(Path(dest).name)
        if not match:
            result.append((dest, source, kind))
            continue
        if compiler is None:
            result.append((dest, source, kind))
            said = f"kept {dest} ({Path(source).stat().st_size // 2**20} MB): no C compiler for the ICU stub"
            continue
        work.mkdir(parents=True, exist_ok=True)
        stub = work / Path(dest).name
        command = [
            compiler,
            "-shared",
            "-fPIC",
            "-O2",
            f"-DICU_MAJOR={match.group(1)}",
            f"-Wl,-soname,{Path(dest).name}",
            "-o",
            str(stub),
            str(HERE / "icu_stub.c"),
        ]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            result.append((dest, source, kind))
            said = f"kept {dest}: the ICU stub did not compile ({done.stderr.strip()[:200]})"
            continue
        result.append((dest, str(stub), kind))
        said = f"{dest}: {Path(source).stat().st_size // 2**20} MB replaced by a {stub.stat().st_size // 1024} KB stub"
    return result, said


# -- sizes ---------------------------------------------------------------------------------------------------------
def tree_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def largest_items(folder: Path, count: int = 10) -> list[tuple[str, int]]:
    """The ``count`` largest files of the bundle, as (path relative to the bundle, bytes), largest first."""
    files = [
        (p.relative_to(folder).as_posix(), p.stat().st_size)
        for p in folder.rglob("*")
        if p.is_file() and not p.is_symlink()  # Linux builds link some Qt libraries twice: count them once
    ]
    return sorted(files, key=lambda item: (-item[1], item[0]))[:count]
