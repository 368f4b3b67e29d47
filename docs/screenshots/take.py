"""The README's screenshots, made by the program itself (``main.py --screenshot``) on the sample business.

    python docs/screenshots/take.py            # on a desktop, or under Xvfb (DISPLAY=:99), 1366×768

Each screenshot starts the program on its own data folder (so the user's settings, window size and zoom do not
leak in), with the sample business left at the step to show, and saves the first window.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from merchant_assistant.content import load_pack  # noqa: E402
from merchant_assistant.paths import DATA_VARIABLE  # noqa: E402
from merchant_assistant.workspace import Workspace  # noqa: E402

SHOTS = [  # (file name, interface language, step)
    ("express_fr.png", "fr", "express"),
    ("plan_fr.png", "fr", "plan"),
    ("plan_ar.png", "ar", "plan"),
    ("profile_ar.png", "ar", "profile"),
    ("question_en.png", "en", "security/sec_accounts"),
]


def take(name: str, lang: str, step: str, out_dir: Path) -> None:
    with tempfile.TemporaryDirectory() as data:
        db = Path(data) / "shots.sqlite3"
        with Workspace.open(db, load_pack()) as workspace:
            business = workspace.add_demo().business_id
            workspace.set_current_step(business, step)
        env = {**os.environ, DATA_VARIABLE: data}
        command = [sys.executable, str(ROOT / "main.py"), "--db", str(db), "--lang", lang]
        subprocess.run([*command, "--screenshot", str(out_dir / name)], check=True, env=env, timeout=120)
        print(out_dir / name)


if __name__ == "__main__":
    for shot in SHOTS:
        take(*shot, Path(__file__).resolve().parent)
