"""Build the Windows installer from the one-folder build with NSIS (makensis, on Windows or Linux).

    python packaging/build_installer.py [--source dist/MerchantReadiness] [--out dist/]

Prints the installer's path and size, and the bundle's. On Linux the payload is the Linux bundle: the installer is
a real Windows program, but what it installs is only right when the folder is a Windows build (docs/packaging.md).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))

from build_support import ROOT, tree_size

from merchant_assistant import __version__

SCRIPT = ROOT / "packaging" / "installer.nsi"
INSTALLER_LIMIT = 60 * 2**20


def makensis_command(source: Path, out_file: Path, version: str = __version__) -> list[str]:
    suffix = ".exe" if (source / "MerchantReadiness.exe").exists() else ""  # "": a Linux build, to check the script
    makensis = shutil.which("makensis")
    if makensis is None:
        raise SystemExit("makensis not found: install NSIS (Debian: apt-get install nsis; Windows: nsis.sf.net)")
    return [
        makensis,
        "-V2",
        "-INPUTCHARSET",
        "UTF8",
        f"-DVERSION={version}",
        f"-DSOURCE={source.resolve()}",
        f"-DOUTFILE={out_file.resolve()}",
        f"-DEXESUFFIX={suffix}",
        str(SCRIPT),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=ROOT / "dist" / "MerchantReadiness")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument(
        "--fast",
        action="store_true",
        help="zlib instead of solid LZMA: seconds instead of minutes, a larger file (CI checks the script with it)",
    )
    args = parser.parse_args(argv)
    if not (args.source / "_internal").is_dir():
        raise SystemExit(f"{args.source} is not a one-folder build: run pyinstaller --noconfirm pyinstaller.spec")
    args.out.mkdir(parents=True, exist_ok=True)
    out_file = args.out / f"MerchantReadiness-{__version__}-setup.exe"
    command = makensis_command(args.source, out_file)
    if args.fast:
        command.insert(1, "-XSetCompressor /FINAL zlib")
    done = subprocess.run(command)
    if done.returncode != 0:
        print(f"makensis failed (exit {done.returncode}): see its output above", file=sys.stderr)
        return 2
    size = out_file.stat().st_size
    print(f"installer: {out_file} {size / 2**20:.1f} MB (limit {INSTALLER_LIMIT // 2**20} MB)")
    print(f"bundle: {args.source} {tree_size(args.source) / 2**20:.1f} MB")
    return 0 if size < INSTALLER_LIMIT or args.fast else 1


if __name__ == "__main__":
    sys.exit(main())
