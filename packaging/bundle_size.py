"""The one-folder bundle's size and its ten largest files, as a Markdown list (for the README); exit 1 over the limit.

python packaging/bundle_size.py [dist/MerchantReadiness]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_support import ROOT, largest_items, tree_size

# 120 MB until the exchange files' passphrase protection brought cryptography (its Rust extension, which holds its
# own OpenSSL, is 11 MB stripped; the bundle went from 111 to 123 MB).
BUNDLE_LIMIT = 130 * 2**20


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else ROOT / "dist" / "MerchantReadiness"
    if not folder.is_dir():
        print(f"{folder} is not a folder: build it first (pyinstaller --noconfirm pyinstaller.spec)", file=sys.stderr)
        return 2
    total = tree_size(folder)
    print(f"bundle {folder}: {total / 2**20:.1f} MB (limit {BUNDLE_LIMIT // 2**20} MB); ten largest files:")
    for name, size in largest_items(folder):
        print(f"- `{name}` {size / 2**20:.1f} MB")
    return 0 if total < BUNDLE_LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
