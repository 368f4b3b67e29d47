"""The trainer's actions in the app (ui/workshop_actions.py): importing business files (a business already here, a
protected file, a hostile one), exporting one, every participant's plan with progress and a way to stop, the
workshop's summary, and the plan's progress since last time. Dialogs are answered through their own methods; file
dialogs are replaced by the file the test chooses."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from merchant_assistant.workspace import Workspace
from ui import workshop_actions
from ui.workshop_actions import ConflictDialog, ImportDialog, PassphraseDialog

from ..helpers import pdf_text
from .test_accessibility import nameless

PASSPHRASE = "sésame ouvre-toi"


@pytest.fixture
def window_on(open_window, bundled_pack):
    """The main window with the bundled content (the files' questions)."""
    return lambda lang="fr": open_window(lang, bundled_pack)


@pytest.fixture
def other(tmp_path, bundled_pack):
    """Another laptop's database: where the files come from."""
    (tmp_path / "other").mkdir()
    with Workspace.open(tmp_path / "other" / "db.sqlite3", bundled_pack) as ws:
        yield ws


@pytest.fixture
def ticking(monkeypatch):
    """Each write a minute after the one before (stored times have whole seconds: a merge needs them apart)."""
    moment = [dt.datetime(2026, 10, 12, 9, 0, tzinfo=dt.timezone.utc)]

    def now() -> str:
        moment[0] += dt.timedelta(minutes=1)
        return moment[0].isoformat(timespec="seconds")

    for module in ("merchant_assistant.storage.database", "merchant_assistant.workspace"):
        monkeypatch.setattr(f"{module}.now_iso", now)


def _business(ws: Workspace, name: str, answers: dict | None = None) -> int:
    return ws.create_business(
        {"name": name, "legal_form": "sarl", "sector": "retail", "channels": ["shop"]},
        answers if answers is not None else {"pay_has_ice": "yes", "pay_pro_account": "no"},
    ).business_id


def _export(ws: Workspace, business_id: int, path: Path, passphrase: str | None = None) -> Path:
    ws.export_business(business_id, path, passphrase)
    return path


def _names(ws: Workspace) -> list[str]:
    return sorted(b.name for b in ws.businesses())


def _question(qtbot, dialog: ImportDialog, kind: type):
    qtbot.waitUntil(lambda: isinstance(dialog.question, kind) or dialog.finished_all, timeout=15000)
    assert isinstance(dialog.question, kind), dialog.report.toPlainText()
    return dialog.question


def _report(qtbot, dialog: ImportDialog) -> str:
    qtbot.waitUntil(lambda: dialog.finished_all, timeout=15000)
    assert dialog.report.isVisible()
    return plain(dialog.report.toPlainText())


def plain(text: str) -> str:
    """Without the marks that keep names whole in either direction."""
    return "".join(ch for ch in text if ch not in "\u2066\u2067\u2068\u2069\u200f")


@pytest.mark.parametrize("choice", ["keep-both", "replace", "merge", "skip"])
def test_import_of_several_files_with_a_business_already_here(window_on, qtbot, other, tmp_path, ticking, choice):
    """The trainer imports two files; one is a business already here: the question names it, nothing is chosen for
    the user, and the choice does what it says; the list shows the result."""
    window = window_on("fr")
    here = window.workspace
    atlas = _business(other, "Épicerie Atlas")
    first = _export(other, atlas, tmp_path / "atlas.json")
    here.import_file(first)  # the trainer had it already...
    other.save_answer(atlas, "pay_pro_account", "yes", note="compte ouvert")  # ...it changed on the laptop since
    changed = _export(other, atlas, tmp_path / "atlas-again.dat")  # any name: the content decides
    new = _export(other, _business(other, "Café Zitoun"), tmp_path / "zitoun")

    dialog = window.import_files([str(changed), str(new)])
    question = _question(qtbot, dialog, ConflictDialog)
    assert not nameless(question)
    assert "Épicerie Atlas" in question.findChild(type(dialog.status)).text()
    assert not question.ok_button.isEnabled()  # a deliberate choice, never a default
    assert question.all_files.isVisible()  # more files follow
    question.choose(choice)
    text = _report(qtbot, dialog)

    assert "Café Zitoun" in _names(here)
    atlas_here = [b for b in here.businesses() if b.name.startswith("Épicerie Atlas")]
    answers = here.answers(atlas_here[0].id)
    if choice == "keep-both":
        assert len(atlas_here) == 2 and "Ajoutées à côté" in text
    elif choice == "skip":
        assert len(atlas_here) == 1 and answers["pay_pro_account"].value == "no" and "Ignorées" in text
    else:
        assert len(atlas_here) == 1 and answers["pay_pro_account"].value == "yes"
        assert ("Fusionnées" if choice == "merge" else "Remplacées") in text
    if choice == "merge":
        # the difference is listed in the user's words: the question, both answers, which one was kept
        assert "ici « Non », dans la fiche « Oui » — gardée : la valeur de la fiche (plus récente)" in text
    assert "Ajoutées (1)" in text and "zitoun" in text
    assert "Café Zitoun" in window.start_page.visible_names()  # the list was read again


def test_a_choice_for_all_files_is_asked_once(window_on, qtbot, other, tmp_path):
    window = window_on("fr")
    files = []
    for name in ("Atlas", "Zitoun", "Amal"):
        business = _business(other, name)
        files.append(_export(other, business, tmp_path / f"{name}.json"))
        window.workspace.import_file(files[-1])
    dialog = window.import_files([str(f) for f in files])
    _question(qtbot, dialog, ConflictDialog).choose("keep-both", all_files=True)
    text = _report(qtbot, dialog)
    assert "Ajoutées à côté de celle déjà ici (les deux gardées) (3)" in text
    assert len(window.workspace.businesses()) == 6


def test_a_protected_file_asks_its_passphrase_again_when_wrong(window_on, qtbot, other, tmp_path):
    window = window_on("fr")
    sealed = _export(other, _business(other, "Épicerie Atlas"), tmp_path / "atlas.mra", PASSPHRASE)
    second = _export(other, _business(other, "Café Zitoun"), tmp_path / "zitoun.mra", PASSPHRASE)
    dialog = window.import_files([str(sealed), str(second)])
    question = _question(qtbot, dialog, PassphraseDialog)
    assert not question.error.isVisible()  # asked, not yet wrong
    assert question.edit.echoMode() == question.edit.EchoMode.Password
    question.submit("mot de passe faux")
    qtbot.waitUntil(lambda: dialog.question is not question and dialog.question is not None, timeout=15000)
    again = _question(qtbot, dialog, PassphraseDialog)
    assert again.error.isVisible() and "erronée" in again.error.text()
    assert _names(window.workspace) == []  # nothing written meanwhile
    again.submit(PASSPHRASE)
    text = _report(qtbot, dialog)
    # the second file took the passphrase that worked: asked once
    assert _names(window.workspace) == ["Café Zitoun", "Épicerie Atlas"]
    assert "Ajoutées (2)" in text


def test_an_import_into_a_workshop_with_protected_files_keeps_the_window_answering(window_on, qtbot, other, tmp_path):
    """The workshop page's import: each business imported joins the workshop; scrypt's 0.3 s a protected file
    runs off the UI thread, so the window's event loop turns all along."""
    window = window_on("fr")
    workshop_id = window.workspace.create_workshop("Atelier Fès").workshop_id
    files = [
        _export(other, _business(other, f"Boutique {i}"), tmp_path / f"b{i}", PASSPHRASE if i % 2 else None)
        for i in range(6)
    ]
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    dialog = workshop_actions.import_business_files(window, window.workspace, workshop_id, [str(f) for f in files])
    assert dialog is not None and not nameless(dialog)
    question = _question(qtbot, dialog, PassphraseDialog)
    assert not nameless(question)
    question.submit(PASSPHRASE)
    text = _report(qtbot, dialog)
    timer.stop()
    assert "Ajoutées (6)" in text
    assert len(ticks) > 20
    assert sorted(b.name for b in window.workspace.participants(workshop_id)) == [f"Boutique {i}" for i in range(6)]
    assert not nameless(dialog)


def test_skipping_a_protected_file_imports_the_others(window_on, qtbot, other, tmp_path):
    window = window_on("fr")
    sealed = _export(other, _business(other, "Épicerie Atlas"), tmp_path / "atlas.mra", PASSPHRASE)
    plain = _export(other, _business(other, "Café Zitoun"), tmp_path / "zitoun.json")
    dialog = window.import_files([str(sealed), str(plain)])
    _question(qtbot, dialog, PassphraseDialog).reject()
    text = _report(qtbot, dialog)
    assert _names(window.workspace) == ["Café Zitoun"]
    assert "Non importées (1)" in text and "atlas.mra" in text and "phrase secrète non donnée" in text


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_a_hostile_file_is_refused_with_its_reason_and_writes_nothing(
    window_on, qtbot, other, tmp_path, french_afterwards, lang
):
    from ui.app import prepare_application

    prepare_application(lang)
    window = window_on(lang)
    hostile = tmp_path / "participant.json"
    hostile.write_bytes(b"[" * 100_000 + b"]" * 100_000)
    markup = tmp_path / "markup.json"
    data = other.exchange_data(_business(other, "Atlas"))
    data["profile"]["name"] = "\u202egpj.exe"
    import json

    markup.write_text(json.dumps(data), encoding="utf-8")
    good = _export(other, _business(other, "Café Zitoun"), tmp_path / "zitoun.json")
    dialog = window.import_files([str(hostile), str(markup), str(good)])
    text = _report(qtbot, dialog)
    assert _names(window.workspace) == ["Café Zitoun"]  # only the good one
    assert "participant.json" in text and "markup.json" in text
    refused = dialog.refused()
    assert [o.path.name for o in refused] == ["participant.json", "markup.json"]
    assert all(o.reason for o in refused)
    if lang == "ar":
        assert all(any("\u0600" <= ch <= "\u06ff" for ch in o.reason) for o in refused)  # said in Arabic
        heading = dialog.report.document().firstBlock()
        assert (
            heading.text().startswith("المضافة") and heading.layout().textOption().textDirection().name == "RightToLeft"
        )


def test_stopping_an_import_leaves_the_rest_untouched(window_on, qtbot, other, tmp_path):
    window = window_on("fr")
    files = [_export(other, _business(other, f"Boutique {i}"), tmp_path / f"b{i}.json") for i in range(4)]
    dialog = window.import_files([str(f) for f in files])
    dialog.stop()  # the file in hand finishes; the others are not imported
    text = _report(qtbot, dialog)
    assert len(window.workspace.businesses()) == 1
    assert text.count("import arrêté") == 3


def test_import_from_the_file_menu_and_the_start_page(window_on, qtbot, other, tmp_path, monkeypatch):
    window = window_on("fr")
    window.show_start()
    file = _export(other, _business(other, "Café Zitoun"), tmp_path / "zitoun.json")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(file)], "")))
    window.findChild(QAction, "importFiles").trigger()
    _report(qtbot, window.dialog)
    assert window.start_page.visible_names() == ["Café Zitoun"]
    window.dialog.accept()
    window.start_page.import_action.trigger()
    dialog = window.dialog
    _question(qtbot, dialog, ConflictDialog).choose("skip")
    assert "Ignorées" in _report(qtbot, dialog)


def test_export_with_a_passphrase_then_import_elsewhere_gives_the_same_answers(
    window_on, qtbot, tmp_path, bundled_pack, monkeypatch
):
    window = window_on("fr")
    business_id = _business(window.workspace, "Épicerie Atlas", {"pay_has_ice": "yes", "pay_pro_account": "partly"})
    window.workspace.save_answer(business_id, "pay_has_ice", "yes", note="vu le 3")
    window.show_start()
    target = tmp_path / "out" / "atlas.mra"
    target.parent.mkdir()
    suggested = []

    def save_name(parent, title, suggestion, *rest):
        suggested.append(suggestion)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    window.start_page.export_action.trigger()
    dialog = window.dialog
    assert dialog.protect.isChecked()
    assert not nameless(dialog)
    dialog.first.setText(PASSPHRASE)
    dialog.second.setText(PASSPHRASE + "x")
    dialog.save()
    assert dialog.error.isVisible() and "pas les mêmes" in dialog.error.text()
    assert not suggested and not target.exists()
    dialog.second.setText(PASSPHRASE)
    dialog.save()
    assert Path(suggested[0]).name == "Fiche - Épicerie Atlas.mra"
    qtbot.waitUntil(lambda: target.exists() and dialog.message is not None, timeout=15000)
    message = dialog.message
    assert isinstance(message, QMessageBox) and str(target) in message.informativeText()
    assert any(b.text() == "Ouvrir le dossier" for b in message.buttons())
    assert target.read_bytes().startswith(b"MRA-SEAL")

    (tmp_path / "elsewhere").mkdir()
    with Workspace.open(tmp_path / "elsewhere" / "db.sqlite3", bundled_pack) as elsewhere:
        result = elsewhere.import_file(target, passphrase=PASSPHRASE)
        mine = {q: (a.value, a.note) for q, a in window.workspace.answers(business_id).items()}
        theirs = {q: (a.value, a.note) for q, a in elsewhere.answers(result.business_id).items()}
        assert theirs == mine and result.name == "Épicerie Atlas"


def test_export_of_the_business_on_screen_from_the_file_menu(window_on, qtbot, tmp_path, monkeypatch):
    window = window_on("fr")
    business_id = _business(window.workspace, "Café Zitoun")
    window.open_business(business_id)
    target = tmp_path / "zitoun.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    window.findChild(QAction, "exportBusiness").trigger()
    dialog = window.dialog
    dialog.protect.setChecked(False)
    assert not dialog.first.isEnabled()
    dialog.save()
    qtbot.waitUntil(target.exists, timeout=15000)
    assert b'"Caf\xc3\xa9 Zitoun"' in target.read_bytes()


def test_an_export_that_cannot_be_written_says_why_and_keeps_the_dialog(window_on, qtbot, tmp_path, monkeypatch):
    window = window_on("fr")
    business_id = _business(window.workspace, "Café Zitoun")
    folder = tmp_path / "a folder"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(folder), "")))
    dialog = workshop_actions.export_business(window, window.workspace, business_id)
    dialog.protect.setChecked(False)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.message is not None, timeout=15000)
    assert dialog.message.text() == "Le fichier n'a pas été écrit."
    assert "dossier" in dialog.message.informativeText()
    assert dialog.isVisible() and dialog.save_button.isEnabled()  # another name can be tried
    assert list(folder.iterdir()) == []


@pytest.fixture
def workshop(open_window, bundled_pack):
    """A window and a workshop of three participants, made through the Workspace (no workshop page needed)."""

    def make(count: int = 3):
        window = open_window("fr", bundled_pack)
        ws = window.workspace
        workshop_id = ws.create_workshop("Atelier Fès", dt.date(2026, 11, 20), "CCIS Fès").workshop_id
        ids = []
        for i in range(count):
            ids.append(_business(ws, f"Participant {i + 1}"))
            ws.add_participant(workshop_id, ids[-1])
        return window, workshop_id, ids

    return make


def test_plans_for_every_participant_with_progress_and_the_window_responsive(workshop, qtbot, tmp_path):
    window, workshop_id, ids = workshop(3)
    dialog = workshop_actions.print_workshop_plans(window, window.workspace, workshop_id)
    assert not nameless(dialog)
    assert Path(dialog.folder_field.edit.text()).name == "Plans - Atelier Fès"  # a folder of its own
    out = tmp_path / "plans"
    dialog.folder_field.edit.setText(str(out))  # made when missing
    dialog.format.setCurrentIndex(dialog.format.findData("brief"))
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    seen = []
    dialog.bar.valueChanged.connect(lambda _v: seen.append(dialog.status.text()))
    dialog.start()
    assert dialog.running and dialog.stop_button.isVisible()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=120000)
    timer.stop()
    assert len(ticks) > 10  # the event loop turned all along: the window answers
    assert sorted(p.name for p in out.iterdir()) == ["Participant 1.pdf", "Participant 2.pdf", "Participant 3.pdf"]
    assert any(text.startswith("[1/3] ") for text in seen)
    assert dialog.status.text().startswith("3 plan(s) écrit(s)")
    assert dialog.open_button.isVisible()
    for business_id in ids:
        assert [s.reason for s in window.workspace.snapshots(business_id)] == ["workshop"]


def test_stopping_the_plans_keeps_whole_files_only(workshop, qtbot, tmp_path, monkeypatch):
    from merchant_assistant import batch

    window, workshop_id, ids = workshop(10)
    dialog = workshop_actions.print_workshop_plans(window, window.workspace, workshop_id)
    real = batch.render_plans

    def stopped_after_the_first(jobs, *, progress, cancelled, **options):
        """As if Stop were pressed the moment the first plan is written, whatever the machine's speed."""

        def reported(*args):
            progress(*args)
            dialog.stop_event.set()

        return real(jobs, progress=reported, cancelled=cancelled, **options)

    monkeypatch.setattr(batch, "render_plans", stopped_after_the_first)
    out = tmp_path / "plans"
    dialog.folder_field.edit.setText(str(out))
    dialog.format.setCurrentIndex(dialog.format.findData("brief"))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.bar.value() >= 1 or dialog.result is not None, timeout=120000)
    dialog.reject()  # Escape while running: stops (the button's way), the dialog stays to say what was done
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=120000)
    written = sorted(out.iterdir())
    assert 0 < len(written) <= 4  # the first, and those already handed to the two workers
    assert all(p.suffix == ".pdf" and p.read_bytes().startswith(b"%PDF") for p in written)  # no partial file
    assert all(p.read_bytes().rstrip().endswith(b"%%EOF") for p in written)
    assert "arrêté" in dialog.status.text()
    recorded = [b for b in ids if window.workspace.snapshots(b)]
    assert len(recorded) == len(written)  # a snapshot for each plan written, none for the others
    assert dialog.isVisible() and dialog.close_button.isVisible()
    dialog.reject()  # now it closes
    assert not dialog.isVisible()


def test_the_summary_is_anonymous_unless_names_are_chosen(workshop, qtbot, tmp_path, monkeypatch):
    window, workshop_id, _ids = workshop(2)
    target = tmp_path / "synthese.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    dialog = workshop_actions.save_workshop_summary(window, window.workspace, workshop_id)
    assert not nameless(dialog)
    assert not dialog.names.isChecked()
    dialog.csv.setChecked(True)
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialog.written), timeout=30000)
    text = pdf_text(target)
    assert "Atelier Fès" in text and "Participant 1" not in text and "Participant 2" not in text
    csv = target.with_suffix(".csv").read_text(encoding="utf-8-sig")
    assert "Participant 1" not in csv
    assert dialog.open_button.isVisible() and str(target) in dialog.status.text()
    dialog.names.setChecked(True)
    dialog.written = []
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialog.written), timeout=30000)
    assert "Participant 1" in pdf_text(target)


def test_the_workshops_menu_asks_which_workshop(workshop, qtbot):
    window, workshop_id, _ids = workshop(1)
    second = window.workspace.create_workshop("Atelier Meknès").workshop_id
    window.findChild(QAction, "workshopSummary").trigger()
    chooser = window.dialog
    assert not nameless(chooser)
    chooser.choose(second)
    assert isinstance(window.dialog, workshop_actions.WorkshopSummaryDialog)
    assert window.dialog.workshop_id == second


def test_the_workshops_menu_without_a_workshop_says_how_to_make_one(window_on, qtbot):
    window = window_on("fr")
    window.findChild(QAction, "workshopPlans").trigger()
    box = next(w for w in window.findChildren(QMessageBox) if w.isVisible())
    assert "Aucun atelier" in box.text()


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_plan_shows_progress_since_the_last_snapshot(
    window_on, qtbot, monkeypatch, french_afterwards, bundled_pack, lang
):
    from ui.app import prepare_application

    prepare_application(lang)
    window = window_on(lang)
    ws = window.workspace
    business_id = _business(ws, "Épicerie Atlas")
    window.open_business(business_id)
    wizard = window.wizard
    wizard.go_to(wizard.steps[-1].id)
    page = wizard.plan_page
    assert not page.progress.isVisible()  # no earlier snapshot: nothing said
    earlier = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=20)).isoformat(timespec="seconds")
    monkeypatch.setattr("merchant_assistant.workspace.now_iso", lambda: earlier)
    ws.record_snapshot(business_id, "plan")
    monkeypatch.undo()
    action = page.plan.items[0].action.id
    ws.set_action(business_id, action, status="done")
    page.refresh()
    assert page.progress.isVisible()
    text = page.progress.text()
    if lang == "fr":
        assert text.startswith("+1 action faite depuis le ")
    else:
        assert text.startswith("\u200f") and "منذ" in text
        assert page.progress.layoutDirection().name == "RightToLeft"


def test_a_business_on_screen_replaced_by_an_import_is_shown_as_imported(window_on, qtbot, other, tmp_path, ticking):
    window = window_on("fr")
    atlas = _business(other, "Épicerie Atlas")
    here_id = window.workspace.import_file(_export(other, atlas, tmp_path / "atlas.json")).business_id
    other.rename_business(atlas, "Épicerie Atlas et Fils")
    renamed = _export(other, atlas, tmp_path / "atlas-2.json")
    window.open_business(here_id)
    assert window.wizard.name_label.text() == "Épicerie Atlas"
    dialog = window.import_files([str(renamed)])
    _question(qtbot, dialog, ConflictDialog).choose("replace")
    assert "Remplacées par la fiche (1)" in _report(qtbot, dialog)
    assert window.wizard.business_id == here_id
    assert window.wizard.name_label.text() == "Épicerie Atlas et Fils"  # read again, not the old name


def test_merge_differences_are_said_in_the_users_words(qapp, bundled_pack):
    """An action's status, owner and due date; a profile choice; an answer's option; an unknown id as it is."""
    from ui.workshop_actions import conflict_item, conflict_value

    action = bundled_pack.questions[0].actions[0]
    assert conflict_item(bundled_pack, "action", action.id, "fr") == action.title["fr"]
    value = {"status": "in_progress", "owner": "Fatima", "due": "2026-12-15"}
    assert conflict_value(bundled_pack, "action", action.id, value, "fr") == "En cours, Fatima, 2026-12-15"
    assert conflict_value(bundled_pack, "profile", "legal_form", "sarl", "fr") == "SARL ou SARL AU"
    assert conflict_item(bundled_pack, "profile", "legal_form", "fr") != "legal_form"
    assert conflict_value(bundled_pack, "answer", "pay_has_ice", "partly", "fr") == "En partie"
    assert conflict_value(bundled_pack, "note", "pay_has_ice", "", "fr") == "(vide)"
    assert conflict_item(bundled_pack, "answer", "no_such_question", "fr") == "no_such_question"


def test_the_summary_in_arabic(workshop, qtbot, tmp_path, monkeypatch):
    window, workshop_id, _ids = workshop(2)
    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    dialog = workshop_actions.save_workshop_summary(window, window.workspace, workshop_id)
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialog.written), timeout=30000)
    assert "ملخص الورشة" in pdf_text(target)


def test_closing_the_window_while_plans_are_written_leaves_no_partial_file(workshop, qtbot, tmp_path):
    window, workshop_id, _ids = workshop(10)
    dialog = workshop_actions.print_workshop_plans(window, window.workspace, workshop_id)
    out = tmp_path / "plans"
    dialog.folder_field.edit.setText(str(out))
    dialog.start()
    task = dialog.task
    assert task is not None
    qtbot.waitUntil(lambda: dialog.bar.value() >= 1 or dialog.result is not None, timeout=120000)
    window.leave_without_asking()
    window.close()
    assert task.wait(0)  # the window waited for the worker: the plans in hand were finished, no other started
    written = sorted(out.iterdir())  # how many depends on the machine's speed; each one whole
    assert written and all(p.suffix == ".pdf" and p.read_bytes().rstrip().endswith(b"%%EOF") for p in written)


def test_the_workshop_page_runs_the_rooms_work_for_its_own_workshop(workshop, qtbot, tmp_path, other, monkeypatch):
    """From the workshop's page: Import (the businesses join this workshop), everyone's plans (for this workshop,
    without asking which; the table then shows the progress recorded), the summary and a participant's file."""
    window, workshop_id, ids = workshop(2)
    window.workspace.create_workshop("Atelier Meknès")  # another one: the page must not ask which
    window.show_workshops()
    window.open_workshop(workshop_id)
    page = window.workshop_page
    assert page.plans_button.isEnabled() and page.summary_button.isEnabled()

    qtbot.mouseClick(page.plans_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert isinstance(dialog, workshop_actions.WorkshopPlansDialog) and dialog.workshop_id == workshop_id
    dialog.folder_field.edit.setText(str(tmp_path / "plans"))
    dialog.format.setCurrentIndex(dialog.format.findData("brief"))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=120000)
    dialog.accept()
    assert all([s.reason for s in window.workspace.snapshots(b)] == ["workshop"] for b in ids)

    qtbot.mouseClick(page.summary_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.dialog, workshop_actions.WorkshopSummaryDialog)
    assert window.dialog.workshop_id == workshop_id
    window.dialog.reject()

    page.table.setCurrentIndex(page.proxy.index(0, 0))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.dialog, workshop_actions.ExportDialog)
    window.dialog.reject()

    newcomer = _export(other, _business(other, "Nouveau venu"), tmp_path / "nouveau.json")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(newcomer)], "")))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)  # the file the trainer picks joins the workshop
    dialog = window.dialog
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(lambda: dialog.finished_all, timeout=15000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert "Nouveau venu" in page.names()


# -- from the trainer's blind review ---------------------------------------------------------------------------
def test_start_again_gives_the_form_back_and_never_replaces_plans_without_asking(
    workshop, qtbot, tmp_path, monkeypatch
):
    window, workshop_id, ids = workshop(2)
    dialog = workshop_actions.print_workshop_plans(window, window.workspace, workshop_id)
    out = tmp_path / "plans"
    dialog.folder_field.edit.setText(str(out))
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None and not dialog.running, timeout=120000)
    written = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    assert sorted(written) == ["Participant 1.pdf", "Participant 2.pdf"]
    assert dialog.start_button.text() == "Recommencer…" and not dialog.form.isEnabled()  # what was used, shown

    dialog.start_button.click()  # "Recommencer": the form again, nothing run
    assert not dialog.running and dialog.form.isEnabled() and dialog.folder_field.edit.isEnabled()
    assert dialog.language.isEnabled() and dialog.format.isEnabled()
    assert dialog.start_button.text() == "Créer les plans" and dialog.status.text() == ""
    assert not dialog.open_button.isVisible()

    dialog.start_button.click()  # same folder: asked first
    message = dialog.message
    assert isinstance(message, QMessageBox) and not dialog.running
    assert message.text() == "2 plan(s) déjà dans ce dossier seront remplacés."
    labels = [b.text() for b in message.buttons()]
    assert "Remplacer" in labels and "Choisir un autre dossier…" in labels
    assert message.defaultButton().text() == "Annuler" and message.escapeButton().text() == "Annuler"
    message.defaultButton().click()  # Enter cancels: nothing written
    assert not dialog.running and {p.name: p.stat().st_mtime_ns for p in out.iterdir()} == written

    other_folder = tmp_path / "autres"
    other_folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(other_folder)))
    dialog.start_button.click()
    next(b for b in dialog.message.buttons() if b.text() == "Choisir un autre dossier…").click()
    assert dialog.folder_field.path() == other_folder and not dialog.running  # chosen, not yet started

    dialog.folder_field.edit.setText(str(out))
    dialog.start_button.click()
    next(b for b in dialog.message.buttons() if b.text() == "Remplacer").click()  # a deliberate click
    assert dialog.running
    qtbot.waitUntil(lambda: dialog.result is not None and not dialog.running, timeout=120000)
    assert dialog.status.text().startswith("2 plan(s) écrit(s)")


def test_a_merge_that_changed_nothing_is_not_counted_as_an_update(window_on, qtbot, other, tmp_path):
    window = window_on("fr")
    file = _export(other, _business(other, "Épicerie Atlas"), tmp_path / "atlas.json")
    window.workspace.import_file(file)
    dialog = window.import_files([str(file)])  # the same file again
    _question(qtbot, dialog, ConflictDialog).choose("merge")
    text = _report(qtbot, dialog)
    status = plain(dialog.status.text())
    assert "0 mise(s) à jour" in status and "1 identique(s) : rien n'a changé" in status
    assert "Identiques : rien n'a changé" in text and "Fusionnées" not in text


def test_file_and_business_names_are_isolated_in_arabic_sentences(window_on, qtbot, other, tmp_path, french_afterwards):
    from ui.app import prepare_application

    prepare_application("ar")
    window = window_on("ar")
    hostile = tmp_path / "participant_1.mra"
    hostile.write_bytes(b"MRA-SEAL not really")
    dialog = window.import_files([str(hostile)])
    _report(qtbot, dialog)
    [refused] = dialog.refused()
    text = dialog.report.toPlainText()
    assert "\u2068participant_1.mra\u2069" in text  # kept whole: « participant_1.mra », never «participant_1.mra«
    assert "\u2068\u2068" not in text  # isolated once
    assert workshop_actions.isolated_in("« Café Zitoun » : x", "Café Zitoun") == "« \u2068Café Zitoun\u2069 » : x"
    from ui import start_page

    assert workshop_actions.isolated is start_page.isolated  # one shared helper, not a copy


def test_the_passphrase_error_moves_nothing_in_the_export_dialog(window_on, qtbot):
    window = window_on("fr")
    business_id = _business(window.workspace, "Café Zitoun")
    dialog = workshop_actions.export_business(window, window.workspace, business_id)
    qtbot.waitExposed(dialog)
    before = (dialog.save_button.mapTo(dialog, dialog.save_button.rect().topLeft()), dialog.size())
    dialog.first.setText(PASSPHRASE)
    dialog.second.setText(PASSPHRASE + "x")
    dialog.save()
    qtbot.wait(50)
    assert dialog.error.isVisible() and "pas les mêmes" in dialog.error.text()
    assert (dialog.save_button.mapTo(dialog, dialog.save_button.rect().topLeft()), dialog.size()) == before


def test_file_dialogs_offer_business_files_and_import_opens_where_the_last_import_came_from(
    window_on, qtbot, other, tmp_path, monkeypatch
):
    window = window_on("fr")
    monkeypatch.setattr(workshop_actions, "_last_export_folder", None)
    imports, exports = tmp_path / "cle-usb", tmp_path / "exports"
    imports.mkdir()
    exports.mkdir()
    file = _export(other, _business(other, "Café Zitoun"), imports / "zitoun.json")
    opened = []

    def open_names(parent, title, folder, filters, *rest, **options):
        opened.append((folder, filters))
        return [str(file)], ""

    saved = []

    def save_name(parent, title, suggestion, filters, *rest, **options):
        saved.append((suggestion, filters))
        return str(exports / "zitoun.json"), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(open_names))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    dialog = workshop_actions.import_business_files(window, window.workspace)
    _report(qtbot, dialog)
    dialog.accept()
    filters = "Fiches d'entreprise (*.json *.mra *.yaml *.yml);;Tous les fichiers (*)"
    assert opened[0][1] == filters

    business_id = window.workspace.businesses()[0].id
    export = workshop_actions.export_business(window, window.workspace, business_id)
    export.protect.setChecked(False)
    export.save()
    qtbot.waitUntil(lambda: (exports / "zitoun.json").exists() and export.task is None, timeout=15000)
    assert saved[0] == (str(imports / "Fiche - Café Zitoun.json"), filters)

    dialog = workshop_actions.import_business_files(window, window.workspace)
    assert opened[1][0] == str(imports)  # where the last import came from, not the export's folder
    _question(qtbot, dialog, ConflictDialog).choose("skip")
    _report(qtbot, dialog)
    export = workshop_actions.export_business(window, window.workspace, business_id)
    export.protect.setChecked(False)
    export.save()
    assert Path(saved[1][0]).parent == exports  # the export's own folder


def test_file_names_are_made_by_the_domains_safe_stem(qapp):
    from ui import pdf_export

    assert pdf_export.default_file_name("Café Zitoun") == "Plan - Café Zitoun.pdf"
    assert pdf_export.default_file_name("a/b:c\u202e") == "Plan - a_b_c.pdf"
    assert pdf_export.default_file_name(" . ") == "Plan - entreprise.pdf"
    assert workshop_actions._file_name("Fiche - %1.json", "CON") == "Fiche - _CON.json"
    assert workshop_actions._file_name("Plans - %1", "Atelier\u202e Fès") == "Plans - Atelier_ Fès"
    assert not hasattr(pdf_export, "UNSAFE") and not hasattr(workshop_actions, "_safe_name")


def test_passphrases_are_forgotten_when_the_import_ends(window_on, qtbot, other, tmp_path):
    window = window_on("fr")
    sealed = _export(other, _business(other, "Épicerie Atlas"), tmp_path / "atlas.mra", PASSPHRASE)
    dialog = window.import_files([str(sealed)])
    _question(qtbot, dialog, PassphraseDialog).submit(PASSPHRASE)
    assert "Ajoutées (1)" in _report(qtbot, dialog)
    assert dialog.passphrase is None and dialog.last_passphrase is None

    again = _export(other, _business(other, "Café Zitoun"), tmp_path / "zitoun.mra", PASSPHRASE)
    dialog = window.import_files([str(again), str(sealed)])
    _question(qtbot, dialog, PassphraseDialog).submit(PASSPHRASE)
    _question(qtbot, dialog, ConflictDialog).reject()  # cancelled: the import stops
    _report(qtbot, dialog)
    assert dialog.passphrase is None and dialog.last_passphrase is None


def test_keeping_both_says_the_copy_joins_the_workshop_it_is_imported_into(window_on, qtbot):
    """A blind review kept both into a workshop and the summary counted the business twice, unannounced."""
    window = window_on("fr")
    texts = {}
    for into_workshop in (False, True):
        question = ConflictDialog("atlas.json", "Épicerie Atlas", False, window, into_workshop=into_workshop)
        qtbot.addWidget(question)
        texts[into_workshop] = " ".join(label.text() for label in question.findChildren(QLabel))
        assert question.radios["keep-both"].accessibleDescription() in texts[into_workshop]
    assert "comptera deux fois" in texts[True] and "comptera deux fois" not in texts[False]
