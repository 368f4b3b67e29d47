"""Settings in the app: the interface language remembered, the last PDF folder offered."""

from __future__ import annotations

from pathlib import Path

from merchant_assistant.settings import (
    LANGUAGE,
    LAST_PDF_FOLDER,
    Settings,
)


def test_an_explicit_language_wins_and_is_remembered(qapp, db_path, fixture_pack, monkeypatch, french_afterwards):
    from PySide6.QtWidgets import QMessageBox

    from ui import app as ui_app

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"not a database, so that run_gui stops at its message")
    Settings().set(LANGUAGE, "ar")

    assert ui_app.run_gui(db_path=db_path, pack=fixture_pack) == 2
    assert qapp.layoutDirection().name == "RightToLeft"  # the remembered language
    assert ui_app.run_gui(db_path=db_path, lang="en", pack=fixture_pack) == 2
    assert qapp.layoutDirection().name == "LeftToRight"
    assert Settings().get(LANGUAGE) == "en"  # remembered for the next start
    assert ui_app.interface_language(Settings(), None) == "en"
    assert len(shown) == 2


def test_the_pdf_dialog_opens_in_the_folder_of_the_last_pdf(open_window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from ui import pdf_export

    asked = []
    out = tmp_path / "plans" / "first.pdf"
    out.parent.mkdir()

    def choose(parent, caption, suggestion, filters):
        asked.append(Path(suggestion))
        return str(out), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    monkeypatch.setattr(pdf_export, "_save_pdf", lambda plan, path, lang: path.write_bytes(b"%PDF-") and path)
    window = open_window()
    window.start_page._add_demo()
    window.wizard.go_to("plan")
    exporter = window.wizard.plan_page.exporter
    with qtbot.waitSignal(exporter.written, timeout=10_000):
        window.wizard.plan_page.save_pdf()
    assert asked[0].parent != out.parent
    assert Settings().get(LAST_PDF_FOLDER) == out.parent

    window.close()
    window = open_window()  # the next start
    window.wizard.go_to("plan")
    exporter = window.wizard.plan_page.exporter
    with qtbot.waitSignal(exporter.written, timeout=10_000):
        window.wizard.plan_page.save_pdf()
    assert asked[1].parent == out.parent

    out.unlink()
    out.parent.rmdir()  # the folder is gone (a USB stick taken out): the documents folder again
    assert exporter.folder() != out.parent


def test_a_file_dialog_never_opens_in_a_missing_documents_folder(monkeypatch, tmp_path):
    """Without a documents folder (a Linux account), the first "Save PDF…" opened in the program's own folder (on
    Windows, where it is installed): it opens in the home folder instead."""
    from ui import pdf_export

    class NoDocuments:
        StandardLocation = pdf_export.QStandardPaths.StandardLocation

        @staticmethod
        def writableLocation(_where):
            return str(tmp_path / "Documents")  # does not exist

    monkeypatch.setattr(pdf_export, "QStandardPaths", NoDocuments)
    assert pdf_export.default_folder() == Path.home()
    (tmp_path / "Documents").mkdir()
    assert pdf_export.default_folder() == tmp_path / "Documents"
