"""A trainer's workshop in the app: created from the start page (a name is required, said under the field), its
participants added from the saved businesses or created on the spot, one table with everyone's figures (the same
as merchant_assistant.workshops.participant_rows), a participant opened in one double-click and the way back,
consent recorded and kept, a participant's data deleted completely (gone from the file and its backups)."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from merchant_assistant.storage import Store, backups
from merchant_assistant.workshops import participant_rows
from merchant_assistant.workspace import Workspace
from ui.labels import percent_text
from ui.workshop_page import AddParticipantsDialog
from ui.workshops_page import WorkshopDialog

from .test_start_screen import answer
from .test_start_screen import switcher as quick_switcher


@pytest.fixture
def three(db_path, fixture_pack):
    """Three businesses, with different answers and one action done; returns {name: id}."""
    ids = {}
    with Store(db_path) as store:
        ws = Workspace(store, fixture_pack)
        for n, name in enumerate(("Café Atlas", "Épicerie Amal", "مخبزة النور")):
            ids[name] = ws.create_business({"name": name, "city": "Fès", "legal_form": "sarl"}).business_id
            for question in ("t_rc", "t_bank")[:n]:
                ws.save_answer(ids[name], question, "no")
        first_open = ws.plan(ids["Épicerie Amal"]).open_items[0]
        ws.set_action(ids["Épicerie Amal"], first_open.action.id, status="done")
    return ids


def workshop_with(db_path, fixture_pack, ids, name="Atelier Fès", date="2026-11-20") -> int:
    with Store(db_path) as store:
        ws = Workspace(store, fixture_pack)
        workshop = ws.create_workshop(name, date, "CCIS Fès", "Nadia").workshop_id
        for business in ids:
            ws.add_participant(workshop, business)
    return workshop


def table_texts(page, role=Qt.ItemDataRole.DisplayRole) -> dict[str, dict[str, str]]:
    """What the table shows: participant name -> column key -> text."""
    model, proxy = page.model, page.proxy
    shown = {}
    for r in range(proxy.rowCount()):
        cells = {key: str(proxy.index(r, c).data(role)) for c, key in enumerate(model.columns)}
        shown[cells["name"] if role == Qt.ItemDataRole.DisplayRole else str(proxy.index(r, 0).data())] = cells
    return shown


def open_workshop_page(window, workshop_id):
    window.show_workshops()
    window.workshops_page.list.setFocus()
    window.open_workshop(workshop_id)
    return window.workshop_page


def test_a_workshop_is_created_from_the_start_page_and_a_missing_name_is_said_under_the_field(
    open_window, qtbot, db_path
):
    window = open_window()
    window.show_start()
    qtbot.mouseClick(window.start_page.workshops_button, Qt.MouseButton.LeftButton)
    page = window.workshops_page
    assert window.stack.currentWidget() is page
    assert page.views.currentWidget() is page.empty  # no workshop yet: a sentence says what to do
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, WorkshopDialog) and dialog.isVisible()
    assert dialog.chosen_date() == dt.date.today()  # a workshop is usually today
    dialog.place.setText("CCIS Fès")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors["name"].isVisible() and dialog.errors["name"].text() == "Ce champ est obligatoire."
    assert dialog.focusWidget() is dialog.name  # the keyboard goes where the problem is
    with Store(db_path) as store:
        assert store.list_workshops() == []  # nothing written
    qtbot.keyClicks(dialog.name, "Atelier paiement")
    assert not dialog.errors["name"].isVisible()  # typing clears the message
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.stack.currentWidget() is window.workshop_page  # the new workshop opens
    assert window.workshop_page.title.text() == "Atelier paiement"
    with Store(db_path) as store:
        [stored] = store.list_workshops()
    assert (stored.name, stored.date, stored.place) == ("Atelier paiement", dt.date.today().isoformat(), "CCIS Fès")


def test_a_workshop_without_a_date_stays_without_one_and_a_too_long_place_is_refused(open_window, qtbot, db_path):
    window = open_window()
    window.new_workshop()  # File > New workshop
    dialog = window.workshops_page.dialog
    dialog.name.setText("Atelier")
    dialog.date.setDate(dialog.date.minimumDate())
    assert dialog.date.text() == "Sans date"
    dialog.place.setText("x" * 300)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["place"].isVisible() and "200" in dialog.errors["place"].text()
    dialog.place.setText("Rabat")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with Store(db_path) as store:
        [stored] = store.list_workshops()
    assert (stored.date, stored.place) == ("", "Rabat")


def test_workshops_are_listed_most_recent_first_and_deleting_one_keeps_its_businesses(
    open_window, qtbot, db_path, fixture_pack, three
):
    workshop_with(db_path, fixture_pack, [], "Septembre", "2026-09-10")
    november = workshop_with(db_path, fixture_pack, three.values(), "Novembre", "2026-11-20")
    workshop_with(db_path, fixture_pack, [], "Octobre", "2026-10-15")
    window = open_window()
    window.show_workshops()
    page = window.workshops_page
    assert page.names() == ["Novembre", "Octobre", "Septembre"]
    assert page.list.topLevelItem(0).text(3) == "3"  # participants
    page.list.setCurrentItem(page.list.topLevelItem(0))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    box = page.confirmation
    assert box is not None and "Novembre" in box.text()
    assert box.buttonRole(box.defaultButton()) == QMessageBox.ButtonRole.RejectRole  # Enter cancels
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert page.names() == ["Novembre", "Octobre", "Septembre"]
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    answer(page.confirmation, QMessageBox.ButtonRole.DestructiveRole)
    assert page.names() == ["Octobre", "Septembre"]
    with Store(db_path) as store:
        assert november not in [w.id for w in store.list_workshops()]
        assert len(store.list_businesses()) == 3  # the businesses stay


def test_participants_are_added_from_a_searchable_list_and_the_table_shows_their_figures(
    open_window, qtbot, db_path, fixture_pack, three
):
    workshop = workshop_with(db_path, fixture_pack, [])
    window = open_window()
    page = open_workshop_page(window, workshop)
    assert page.views.currentWidget() is page.empty
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    picker = page.picker
    assert isinstance(picker, AddParticipantsDialog)
    assert not picker.add_button.isEnabled()  # nothing ticked yet
    qtbot.keyClicks(picker.search, "epicerie")  # accents aside
    shown = [picker.list.item(i).text() for i in range(picker.list.count()) if not picker.list.item(i).isHidden()]
    assert shown == ["Épicerie Amal"]
    picker.list.setCurrentRow(next(i for i in range(picker.list.count()) if not picker.list.item(i).isHidden()))
    picker.list.setFocus()
    qtbot.keyClick(picker.list, Qt.Key.Key_Return)  # ticks it
    picker.search.clear()
    picker.check(three["مخبزة النور"])
    assert picker.add_button.text() == "Ajouter (2)"
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    assert sorted(page.names()) == sorted(["Épicerie Amal", "مخبزة النور"])
    assert page.details.text().endswith("2 participant(s)")

    # A snapshot of an earlier workshop, in October: the table says what was done since.
    with Store(db_path) as store:
        ws = Workspace(store, fixture_pack)
        earlier = ws.create_workshop("Octobre", "2026-10-12").workshop_id
        business = three["مخبزة النور"]
        ws.record_snapshot(business, "workshop", earlier)
        store.conn.execute("UPDATE snapshots SET taken_at = '2026-10-12T10:00:00+00:00'")
        for item in ws.plan(business).open_items[:2]:
            ws.set_action(business, item.action.id, status="done")
    page.refresh()
    shown = table_texts(page)
    with Store(db_path) as store:
        rows = participant_rows(Workspace(store, fixture_pack), workshop)
    assert len(rows) == 2
    for row in rows:
        cells = shown[row.business.name]
        assert cells["progress"] == f"{row.answered} / {row.applicable}"
        level = fixture_pack.level_for(row.overall).label["fr"]
        assert cells["overall"] == f"{percent_text(row.overall, 'fr')} · {level}"  # who is ready, in words
        for module, score in row.modules.items():
            assert cells[module] == percent_text(score, "fr")  # a dash where no question of it applies
        assert cells["done"] == f"{row.done} / {row.actions}"
        unanswered = f" (+{row.unanswered_blockers} à vérifier)" if row.unanswered_blockers else ""
        assert cells["blockers"] == f"{row.blockers}{unanswered}"  # read without hovering
    assert shown["Épicerie Amal"]["done"].startswith("1 /")
    assert shown["Épicerie Amal"]["since"] == "Premier atelier"
    assert shown["مخبزة النور"]["since"].startswith("+2 actions faites depuis le 12 octobre 2026 · préparation de ")
    assert page.model.headerData(page.model.column("blockers"), Qt.Orientation.Horizontal) == "Points\nbloquants"
    # Sorting by a column orders by its value, not its text.
    page.table.sortByColumn(page.model.column("done"), Qt.SortOrder.DescendingOrder)
    assert page.names()[0] == "مخبزة النور"  # 2 actions done, against 1


def test_a_participant_opens_in_a_double_click_and_the_table_is_read_again_on_the_way_back(
    open_window, qtbot, db_path, fixture_pack, three
):
    workshop = workshop_with(db_path, fixture_pack, three.values())
    window = open_window()
    page = open_workshop_page(window, workshop)
    row = next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data() == "Café Atlas")
    index = page.proxy.index(row, page.model.column("progress"))
    page.table.scrollTo(index)
    rect = page.table.visualRect(index)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wizard = window.wizard
    assert window.stack.currentWidget() is wizard and wizard.business_id == three["Café Atlas"]
    assert wizard.workshop_button.isVisible()
    before = table_texts(page)["Café Atlas"]["progress"]
    window.workspace.save_answer(three["Café Atlas"], "t_rc", "yes")  # work done on the business meanwhile
    # The quick switcher still goes to any business, and the way back stays.
    window.switch_to(three["Épicerie Amal"])
    assert wizard.business_id == three["Épicerie Amal"] and wizard.workshop_button.isVisible()
    qtbot.mouseClick(wizard.workshop_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is page
    assert page.current_id() == three["Épicerie Amal"]  # the one just left is chosen
    after = table_texts(page)["Café Atlas"]["progress"]
    assert int(after.split(" / ")[0]) == int(before.split(" / ")[0]) + 1
    # Enter on the table opens the chosen participant too.
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is wizard and wizard.business_id == three["Épicerie Amal"]
    # From the list of businesses, the workshop's button is not offered.
    window.show_start()
    window.open_business(three["Café Atlas"])
    assert not wizard.workshop_button.isVisible()


def test_a_new_business_created_from_the_workshop_joins_it(open_window, qtbot, db_path, fixture_pack):
    workshop = workshop_with(db_path, fixture_pack, [])
    window = open_window()
    page = open_workshop_page(window, workshop)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    wizard = window.wizard
    assert window.stack.currentWidget() is wizard and wizard.business_id is None
    wizard.profile_page.editors["name"].edit.setText("Boutique Nouvelle")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.workshop_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is page
    assert page.names() == ["Boutique Nouvelle"]
    with Store(db_path) as store:
        assert [b.name for b in store.participants(workshop)] == ["Boutique Nouvelle"]


def test_consent_is_recorded_in_the_table_and_kept_after_reopening(open_window, qtbot, db_path, fixture_pack, three):
    workshop = workshop_with(db_path, fixture_pack, three.values())
    window = open_window()
    page = open_workshop_page(window, workshop)
    assert "09-08" in page.consent_note.text()
    consent = page.model.column("consent")
    row = next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data() == "Café Atlas")
    index = page.proxy.index(row, consent)
    assert index.data() == "Non"
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == "Consentement non recueilli"
    page.table.setCurrentIndex(index)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Space)  # the keyboard ticks the box
    today = dt.date.today()
    assert table_texts(page)["Café Atlas"]["consent"] == f"\u2068{today:%d/%m/%Y}\u2069"
    assert page.proxy.index(row, consent).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    # The other participant's consent through the button under the table.
    row = next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data() == "Épicerie Amal")
    page.table.setCurrentIndex(page.proxy.index(row, 0))
    assert page.consent_button.text() == "Consentement donné"
    qtbot.mouseClick(page.consent_button, Qt.MouseButton.LeftButton)
    assert page.consent_button.text() == "Retirer le consentement"
    window.leave_without_asking()
    window.close()

    with Store(db_path) as store:
        assert store.get_business(three["Café Atlas"]).consent_at == today.isoformat()
    again = open_workshop_page(open_window(), workshop)
    shown = table_texts(again)
    today_shown = f"\u2068{today:%d/%m/%Y}\u2069"
    assert shown["Café Atlas"]["consent"] == shown["Épicerie Amal"]["consent"] == today_shown
    assert shown["مخبزة النور"]["consent"] == "Non"


def test_removing_a_participant_keeps_the_business(open_window, qtbot, db_path, fixture_pack, three):
    workshop = workshop_with(db_path, fixture_pack, three.values())
    window = open_window()
    page = open_workshop_page(window, workshop)
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    name = page.names()[0]
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert name not in page.names() and len(page.names()) == 2
    with Store(db_path) as store:
        assert name in [b.name for b in store.list_businesses()]


def test_a_participants_data_is_deleted_completely_only_when_confirmed(
    open_window, qtbot, db_path, fixture_pack, three
):
    workshop = workshop_with(db_path, fixture_pack, three.values())
    victim = three["مخبزة النور"]
    with Store(db_path) as store:  # a backup copy holding the business, as the automatic daily backup would
        copy = backups.keep_daily(store.conn, db_path, today=dt.date(2026, 1, 2))
    assert copy is not None
    window = open_window()
    page = open_workshop_page(window, workshop)
    row = next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data(0x0100) == victim)
    page.table.setCurrentIndex(page.proxy.index(row, 0))
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    box = page.confirmation
    assert box is not None and "مخبزة النور" in box.text()
    for words in (
        "effacement sécurisé",
        "copies de sauvegarde",
        "ne peut pas être annulée",
        "de la base de données de ce programme sur cet ordinateur",  # not "this file": which file?
        "Les PDF et les fichiers d'échange déjà enregistrés ou remis ne sont pas concernés",
        "supprimés séparément",
    ):
        assert words in box.text()
    assert not page.status.isVisible()
    assert box.buttonRole(box.defaultButton()) == QMessageBox.ButtonRole.RejectRole
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert "مخبزة النور" in page.names()
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    answer(page.confirmation, QMessageBox.ButtonRole.DestructiveRole)
    assert "مخبزة النور" not in page.names() and len(page.names()) == 2
    # A line says it is done, and no one else is chosen: a second click cannot fall on the next participant.
    assert page.status.isVisible() and page.status.text() == "« \u2068مخبزة النور\u2069 » : données supprimées"
    assert not page.table.currentIndex().isValid() and not page.table.selectionModel().hasSelection()
    for button in (page.erase_button, page.remove_button, page.consent_button, page.open_button):
        assert not button.isEnabled()
    page.table.setCurrentIndex(page.proxy.index(0, 0))  # the user picks one: its buttons come back
    assert page.erase_button.isEnabled()
    window.leave_without_asking()
    window.close()
    for path in (db_path, copy):
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("SELECT count(*) FROM businesses WHERE id = ?", [victim]).fetchone() == (0,)
            assert conn.execute("SELECT count(*) FROM answers WHERE business_id = ?", [victim]).fetchone() == (0,)
            assert conn.execute(
                "SELECT count(*) FROM workshop_participants WHERE business_id = ?", [victim]
            ).fetchone() == (0,)
            assert conn.execute("SELECT count(*) FROM businesses").fetchone() == (2,)
        finally:
            conn.close()
    # secure delete: once the journal is folded into the file, the name's bytes are not left in its free pages
    with Store(db_path):
        pass
    assert "مخبزة النور".encode() not in db_path.read_bytes()


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_workshop_page_is_gone_through_by_tab_in_reading_order(
    open_window, qtbot, db_path, fixture_pack, three, lang, french_afterwards
):
    from ui.app import prepare_application

    prepare_application(lang)
    workshop = workshop_with(db_path, fixture_pack, three.values())
    window = open_window(lang)
    page = open_workshop_page(window, workshop)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert page.layoutDirection() == (
        Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
    )
    expected = [
        page.back_button,
        page.edit_button,
        page.add_button,
        page.new_button,
        page.import_button,
        page.plans_button,
        page.summary_button,
        page.table,
        page.open_button,
        page.consent_button,
        page.remove_button,
        page.export_button,
        page.erase_button,
    ]
    page.back_button.setFocus()
    qtbot.waitUntil(page.back_button.hasFocus)
    seen = [QApplication.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == expected


def test_the_tables_sort_and_column_widths_are_remembered(open_window, qtbot, db_path, fixture_pack, three):
    workshop = workshop_with(db_path, fixture_pack, three.values())
    window = open_window()
    page = open_workshop_page(window, workshop)
    assert page.names() == list(three)  # the order they joined in
    page.table.horizontalHeader().resizeSection(page.model.column("name"), 321)  # the user widens the names
    page.table.sortByColumn(page.model.column("done"), Qt.SortOrder.DescendingOrder)
    assert page.names()[0] == "Épicerie Amal"  # the one with an action done
    window.show_workshops()  # leaving the page
    window.leave_without_asking()
    window.close()

    again = open_workshop_page(open_window(), workshop)
    assert again.names()[0] == "Épicerie Amal"
    assert again.table.horizontalHeader().sortIndicatorSection() == again.model.column("done")
    assert again.table.horizontalHeader().sectionSize(again.model.column("name")) == 321
    again.refresh()  # read again: the user's width stays
    assert again.table.horizontalHeader().sectionSize(again.model.column("name")) == 321


def test_a_workshop_is_changed_from_its_page(open_window, qtbot, db_path, fixture_pack, three):
    workshop = workshop_with(db_path, fixture_pack, three.values())
    window = open_window()
    page = open_workshop_page(window, workshop)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.edit_dialog
    assert dialog.name.text() == "Atelier Fès" and dialog.chosen_date() == dt.date(2026, 11, 20)
    dialog.name.setText("   ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["name"].isVisible()  # refused, said under the field
    dialog.name.setText("Atelier Fès — 2e séance")
    dialog.trainer.setText("Karim")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.title.text() == "Atelier Fès — 2e séance"
    assert "Karim" in page.details.text() and "3 participant(s)" in page.details.text()
    with Store(db_path) as store:
        stored = store.get_workshop(workshop)
    assert (stored.name, stored.trainer, stored.date) == ("Atelier Fès — 2e séance", "Karim", "2026-11-20")


def test_the_quick_switcher_from_the_workshop_page_keeps_the_way_back(open_window, qtbot, db_path, fixture_pack, three):
    workshop = workshop_with(db_path, fixture_pack, three.values())
    window = open_window()
    page = open_workshop_page(window, workshop)
    switcher = quick_switcher(window, qtbot)  # Ctrl+K
    qtbot.keyClicks(switcher.search, "Epicerie")
    qtbot.keyClick(switcher.search, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.wizard and window.wizard.business_id == three["Épicerie Amal"]
    qtbot.mouseClick(window.wizard.workshop_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is page and page.current_id() == three["Épicerie Amal"]


def test_larger_text_widens_the_columns_to_fit(open_window, qtbot, db_path, fixture_pack, three):
    workshop = workshop_with(db_path, fixture_pack, three.values())
    window = open_window()
    page = open_workshop_page(window, workshop)
    page.table.sortByColumn(page.model.column("done"), Qt.SortOrder.DescendingOrder)
    window.show_workshops()  # remembered: the sort, and widths that were only fitted to the text
    window.leave_without_asking()
    window.close()
    window = open_window()
    page = open_workshop_page(window, workshop)
    assert page.names()[0] == "Épicerie Amal"
    head = page.table.horizontalHeader()
    done = page.model.column("done")
    before, button = head.sectionSize(done), page.consent_button.width()
    window.zoom(6)  # Ctrl++ six times, in one go
    qtbot.waitUntil(lambda: head.sectionSize(done) > before)
    # The consent button's fixed width follows the text size: both its texts still fit.
    qtbot.waitUntil(lambda: page.consent_button.width() > button)
    assert page.consent_button.sizeHint().width() <= page.consent_button.width()
    window.zoom(0)


def test_the_workshop_dialog_is_filled_in_by_keyboard_alone(open_window, qtbot, db_path):
    """Tab leaves the date in one press (its parts are typed, or moved with the arrows): what is typed for the place
    and the trainer goes there, not into the date."""
    window = open_window()
    window.show_workshops()
    page = window.workshops_page
    page.new_button.setFocus()
    qtbot.keyClick(page.new_button, Qt.Key.Key_Return)  # Enter presses a focused button, as Space does
    qtbot.waitUntil(lambda: page.dialog is not None)
    dialog = page.dialog
    assert isinstance(dialog, WorkshopDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)

    def type_here(text: str) -> None:
        qtbot.keyClicks(QApplication.focusWidget(), text)

    def tab() -> None:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)

    type_here("Atelier clavier")
    tab()
    assert QApplication.focusWidget() in (dialog.date, *dialog.date.findChildren(QLineEdit))
    type_here("05122026")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)  # the arrows still change the part chosen (year)
    tab()
    assert QApplication.focusWidget() is dialog.place
    type_here("Tanger")
    tab()
    assert QApplication.focusWidget() is dialog.trainer
    type_here("Samir")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    with Store(db_path) as store:
        [stored] = store.list_workshops()
    assert (stored.name, stored.date, stored.place, stored.trainer) == (
        "Atelier clavier",
        "2027-12-05",
        "Tanger",
        "Samir",
    )
    # Nothing typed in the date: one press leaves it from its first part (Qt's own went on to the month, the year).
    page.new_workshop()
    dialog = page.dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)
    tab()
    assert QApplication.focusWidget() in (dialog.date, *dialog.date.findChildren(QLineEdit))
    assert dialog.date.currentSection() == dialog.date.Section.DaySection
    tab()
    assert QApplication.focusWidget() is dialog.place
    qtbot.keyClick(dialog.place, Qt.Key.Key_Backtab)  # and one press back
    assert QApplication.focusWidget() in (dialog.date, *dialog.date.findChildren(QLineEdit))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is dialog.name
    dialog.reject()


def test_enter_on_the_workshops_list_and_its_buttons(open_window, qtbot, db_path, fixture_pack, three):
    workshop = workshop_with(db_path, fixture_pack, three.values())
    window = open_window()
    window.show_workshops()
    page = window.workshops_page
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.workshop_page and window.workshop_page.workshop.id == workshop
    window.show_workshops()
    page.open_button.setFocus()
    qtbot.keyClick(page.open_button, Qt.Key.Key_Enter)  # the keypad's Enter too
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workshop_page)


def test_the_table_says_who_is_ready_and_what_moved_in_words(open_window, qtbot, db_path, fixture_pack, three):
    from merchant_assistant.progress import Progress
    from ui.style import SAVED_COLOR
    from ui.workshop_page import ParticipantsModel

    workshop = workshop_with(db_path, fixture_pack, three.values())
    page = open_workshop_page(open_window(), workshop)
    model = page.model
    for row in model.rows:
        level = fixture_pack.level_for(row.overall).label["fr"]
        assert table_texts(page)[row.business.name]["overall"].endswith(f" · {level}")

    def moved(actions: int, points: int) -> Progress:
        return Progress(dt.date(2026, 10, 12), actions, points, {}, 3, 2, 20, 20 + points)

    # The same colour for every row that moved: actions done, or only readiness up.
    assert model.moved_on(moved(2, 0)) and model.moved_on(moved(0, 5)) and model.moved_on(moved(1, -3))
    assert not model.moved_on(moved(0, 0)) and not model.moved_on(moved(0, -4)) and not model.moved_on(None)
    row = model.rows[0]
    model.rows[0] = row.__class__(**{**row.__dict__, "since_last_workshop": moved(0, 5)})
    cell = model.index(0, model.column("since"))
    assert cell.data() == "Depuis le 12 octobre 2026 : réponses mises à jour, préparation de 20\u00a0% à 25\u00a0%"
    assert cell.data(Qt.ItemDataRole.ForegroundRole).name() == SAVED_COLOR.lower()
    # Both the actions done and the readiness change; in Arabic, the count agrees with its noun and no "+" is
    # put before a word.
    french = model.since_text(moved(2, 5))
    assert french.startswith("+2 actions faites depuis le 12 octobre 2026") and "de 20\u00a0% à 25\u00a0%" in french
    arabic = ParticipantsModel(fixture_pack, "ar", lambda *_: True)
    for n, words in ((1, "إجراء واحد"), (2, "إجراءان"), (3, "3 إجراءات"), (11, "11 إجراءً")):
        text = arabic.since_text(moved(n, 5))
        assert words in text and "+" not in text and "الجاهزية" in text


def test_space_toggles_consent_and_the_buttons_stay_in_place(open_window, qtbot, db_path, fixture_pack, three):
    workshop = workshop_with(db_path, fixture_pack, three.values())
    window = open_window()
    page = open_workshop_page(window, workshop)
    page.table.setCurrentIndex(page.proxy.index(0, page.model.column("name")))
    page.table.setFocus()
    name = page.names()[0]
    width, export_x = page.consent_button.width(), page.export_button.x()
    assert page.consent_button.text() == "Consentement donné"
    qtbot.keyClick(page.table, Qt.Key.Key_Space)  # on the name: the row's consent
    assert table_texts(page)[name]["consent"] != "Non"
    assert page.consent_button.text() == "Retirer le consentement"
    assert page.consent_button.width() == width and page.export_button.x() == export_x  # nothing moved
    assert page.consent_button.sizeHint().width() <= width  # and the longer text fits
    assert window.focusWidget() is page.table and page.current_id() == three[name]
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert table_texts(page)[name]["consent"] == "Non"


def test_alt_left_goes_back_to_the_workshop_from_a_participant(open_window, qtbot, db_path, fixture_pack, three):
    workshop = workshop_with(db_path, fixture_pack, three.values())
    window = open_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # a window's shortcuts work while it is the active one
    page = open_workshop_page(window, workshop)
    page.table.setCurrentIndex(page.proxy.index(1, 0))
    chosen = page.current_id()
    page.open_current()
    assert window.stack.currentWidget() is window.wizard
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is page and page.current_id() == chosen
    # Backspace is not "back": it goes on erasing what is typed.
    page.open_current()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Backspace)
    assert window.stack.currentWidget() is window.wizard
    window.back_to_workshop()
    # From a business opened from the list of businesses, the key does nothing.
    window.show_start()
    window.open_business(chosen)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.wizard


def test_the_tables_sort_survives_a_change_of_language(
    open_window, qtbot, db_path, fixture_pack, three, french_afterwards
):
    from PySide6.QtGui import QAction

    from merchant_assistant.settings import Settings
    from ui.app import switch_language

    workshop = workshop_with(db_path, fixture_pack, three.values())
    windows = []
    window = open_window()
    window.language_chosen.connect(lambda lang: switch_language(window, lang, Settings(), windows.append))
    page = open_workshop_page(window, workshop)
    done = page.model.column("done")
    page.table.sortByColumn(done, Qt.SortOrder.DescendingOrder)
    order = page.names()
    window.findChild(QAction, "language_ar").trigger()
    arabic = windows[-1]
    try:
        head = arabic.workshop_page.table.horizontalHeader()
        assert arabic.on_workshop_page()
        assert (head.sortIndicatorSection(), head.sortIndicatorOrder()) == (done, Qt.SortOrder.DescendingOrder)
        assert arabic.workshop_page.names() == order
    finally:
        arabic.close()


def test_a_screen_reader_hears_the_answered_questions_with_the_right_plural(
    open_window, db_path, fixture_pack, three, french_afterwards
):
    """It said "1 questions answered out of 12" (a review noticed it in French: "1 questions répondues")."""
    from ui.app import prepare_application

    prepare_application("en")
    workshop = workshop_with(db_path, fixture_pack, three.values())
    page = open_workshop_page(open_window("en"), workshop)
    heard = table_texts(page, Qt.ItemDataRole.AccessibleTextRole)
    assert re.fullmatch(r"1 question answered out of \d+", heard["Épicerie Amal"]["progress"])
    assert re.fullmatch(r"2 questions answered out of \d+", heard["مخبزة النور"]["progress"])
