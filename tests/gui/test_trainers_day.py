"""Issue "Workshops", as a trainer does it in the app: thirty participants' files from a USB stick (some protected
by the room's passphrase) imported into a workshop from its page, thirty plans and one summary."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from merchant_assistant.workspace import Workspace
from ui import workshop_actions
from ui.workshop_actions import ImportDialog, PassphraseDialog

from ..helpers import pdf_text

ROOM = 30
PASSPHRASE = "fès 2026"


@pytest.fixture
def usb_stick(tmp_path, bundled_pack) -> list[Path]:
    """Thirty participants' files, each exported on its own laptop; one in five protected."""
    stick = tmp_path / "usb"
    stick.mkdir()
    files = []
    with Workspace.open(tmp_path / "laptops.sqlite3", bundled_pack) as laptops:
        for n in range(1, ROOM + 1):
            business = laptops.create_business(
                {"name": f"Boutique {n:02d}", "legal_form": "sarl", "sector": "retail", "goals": ["card_terminal"]},
                {"pay_has_ice": "yes" if n % 2 else "no", "pay_pro_account": "no"},
            ).business_id
            protected = n % 5 == 0
            path = stick / f"participant {n:02d}.{'mra' if protected else 'json'}"
            files.append(laptops.export_business(business, path, PASSPHRASE if protected else None))
    return files


def test_thirty_files_give_thirty_plans_and_one_summary(
    open_window, bundled_pack, usb_stick, qtbot, tmp_path, monkeypatch
):
    window = open_window("fr", bundled_pack)
    workshop_id = window.workspace.create_workshop("Atelier Fès", dt.date(2026, 11, 27), "CCIS Fès").workshop_id
    window.show_workshops()
    window.open_workshop(workshop_id)
    page = window.workshop_page

    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(p) for p in usb_stick], ""))
    )
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(lambda: isinstance(dialog.question, PassphraseDialog), timeout=30000)
    dialog.question.submit(PASSPHRASE)  # asked once: the next protected files take the passphrase that worked
    qtbot.waitUntil(lambda: dialog.finished_all, timeout=120000)
    assert dialog.question is None or not isinstance(dialog.question, PassphraseDialog)
    qtbot.waitUntil(lambda: page.model.rowCount() == ROOM)
    assert sorted(page.names()) == [f"Boutique {n:02d}" for n in range(1, ROOM + 1)]

    qtbot.mouseClick(page.plans_button, Qt.MouseButton.LeftButton)
    plans = window.dialog
    assert isinstance(plans, workshop_actions.WorkshopPlansDialog)
    out = tmp_path / "plans"
    plans.folder_field.edit.setText(str(out))
    plans.format.setCurrentIndex(plans.format.findData("brief"))
    plans.start()
    qtbot.waitUntil(lambda: plans.result is not None, timeout=300000)
    assert len(list(out.glob("*.pdf"))) == ROOM
    assert "Boutique 07" in pdf_text(out / "Boutique 07.pdf")
    plans.accept()

    summary_file = tmp_path / "synthese.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(summary_file), "")))
    qtbot.mouseClick(page.summary_button, Qt.MouseButton.LeftButton)
    summary = window.dialog
    assert isinstance(summary, workshop_actions.WorkshopSummaryDialog)
    summary.save()
    qtbot.waitUntil(lambda: bool(summary.written), timeout=60000)
    text = pdf_text(summary_file)
    assert "Atelier Fès" in text and "30" in text
    assert "Boutique" not in text  # anonymous unless the trainer chooses names
