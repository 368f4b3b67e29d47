"""The start screen of a trainer with thirty businesses: search, sort, rename, duplicate, delete with a way back,
and the quick switcher (Ctrl+K), by keyboard in French and Arabic."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from merchant_assistant.i18n import sort_key
from merchant_assistant.settings import BUSINESS_ORDER, Settings
from merchant_assistant.storage import Store
from merchant_assistant.workspace import Workspace
from ui.quick_switcher import QuickSwitcher
from ui.start_page import CHANGED, NAME, PLACE, READINESS, RenameDialog

from .test_accessibility import nameless

CITIES = ("Fès", "Casablanca", "Rabat", "Tanger", "Agadir")
SPECIAL = ("Épicerie Amal", "مَخْبَزَةُ النُّور", "مخبزة السلام", "Café Atlas", "Zellige Émeraude")


@pytest.fixture
def thirty(db_path, fixture_pack):
    """Thirty businesses, a few with accents and Arabic vowel marks; returns {name: id}. Some have answers, so
    that their readiness differs."""
    ids = {}
    with Store(db_path) as store:
        ws = Workspace(store, fixture_pack)
        names = [*SPECIAL, *(f"Boutique {n:02d}" for n in range(1, 26))]
        for n, name in enumerate(names):
            profile = {"name": name, "city": CITIES[n % len(CITIES)], "legal_form": "sarl" if n % 2 else "sa"}
            ids[name] = ws.create_business(profile).business_id
            for question in ("t_rc", "t_bank")[: n % 3]:
                ws.save_answer(ids[name], question, "yes")
            # Each last changed on its own day of October, the first one first.
            store.db["businesses"].update(ids[name], {"updated_at": f"2026-10-{n + 1:02d}T10:00:00+00:00"})
    return ids


def start(open_window, lang="fr"):
    window = open_window(lang)
    window.show_start()
    return window, window.start_page


def search(page, text: str) -> list[str]:
    page.search.setText(text)
    return page.visible_names()


def answer(box: QMessageBox, role: QMessageBox.ButtonRole) -> None:
    next(b for b in box.buttons() if box.buttonRole(b) == role).click()


def select(page, name: str) -> None:
    item = next(
        page.list.topLevelItem(i)
        for i in range(page.list.topLevelItemCount())
        if page.list.topLevelItem(i).text(NAME) == name
    )
    page.list.setCurrentItem(item)


# -- search ----------------------------------------------------------------------------------------------------
def test_search_ignores_accents_case_and_arabic_vowel_marks(open_window, thirty):
    window, page = start(open_window)
    assert len(page.visible_names()) == 30
    assert search(page, "epicerie") == ["Épicerie Amal"]
    assert search(page, "EMERAUDE zell") == ["Zellige Émeraude"]  # every word, in any order
    assert search(page, "مخبزة النور") == ["مَخْبَزَةُ النُّور"]  # typed without vowel marks
    assert search(page, "مَخْبَزَة السَّلام") == ["مخبزة السلام"]  # typed with them
    assert sorted(search(page, "مخبزة")) == sorted(["مَخْبَزَةُ النُّور", "مخبزة السلام"])
    in_fes = [name for n, name in enumerate(thirty) if n % len(CITIES) == 0]
    assert sorted(search(page, "fes")) == sorted(in_fes)
    assert sorted(search(page, "فاس")) == sorted(in_fes)  # the city in another language
    assert search(page, "Marrakech") == []
    assert page.views.currentWidget() is page.no_match and "Marrakech" in page.no_match.text()
    assert not page.open_button.isEnabled() and not page.delete_button.isEnabled()
    page.search.clear()
    assert len(page.visible_names()) == 30 and page.views.currentWidget() is page.list


def test_the_columns_stay_put_while_the_user_types_a_search(open_window, thirty):
    """A blind review saw the table's columns jump as the search left fewer rows."""
    window, page = start(open_window)
    header = page.list.header()
    widths = [header.sectionSize(column) for column in range(header.count())]
    for query in ("e", "ep", "epicerie", "fes", "zzz", ""):
        search(page, query)
        QApplication.processEvents()
        assert [header.sectionSize(column) for column in range(header.count())] == widths, query


def test_each_row_says_place_readiness_and_last_change_in_words(open_window, thirty, fixture_pack, db_path):
    window, page = start(open_window)
    search(page, "epicerie")
    item = page.list.currentItem()
    assert item.text(PLACE) == "Fès — Société anonyme (SA)"
    with Store(db_path) as store:
        business = store.get_business(thirty["Épicerie Amal"])
        readiness = Workspace(store, fixture_pack).readiness(business)
    assert item.text(READINESS).endswith(f"— {readiness.level.label['fr']}")  # never a colour alone
    assert item.text(CHANGED) == "\u20681er\u00a0octobre\u00a02026\u2069"  # isolated, never cut


def test_arabic_rows_are_in_arabic(open_window, thirty, qapp, french_afterwards):
    from ui.app import prepare_application

    prepare_application("ar")
    window, page = start(open_window, "ar")
    search(page, "epicerie")
    item = page.list.currentItem()
    assert item.text(PLACE).startswith("فاس")
    assert "أكتوبر" in item.text(CHANGED)


# -- sort ------------------------------------------------------------------------------------------------------
def test_sorting_by_name_readiness_and_last_change_is_remembered(open_window, thirty, db_path, fixture_pack):
    with Store(db_path) as store:  # the latest change: an answer to the fifth business
        Workspace(store, fixture_pack).save_answer(thirty["Zellige Émeraude"], "t_2fa", "no")
        readiness = {b.name: Workspace(store, fixture_pack).readiness(b).overall for b in store.list_businesses()}
    window, page = start(open_window)
    assert page.order.currentData() == "changed"  # the default: what was worked on last comes first
    assert page.visible_names()[:3] == ["Zellige Émeraude", "Boutique 25", "Boutique 24"]

    page.order.setCurrentIndex(page.order.findData("name"))
    names = page.visible_names()
    assert names == sorted(thirty, key=lambda n: sort_key(n, "fr"))
    assert names.index("Café Atlas") < names.index("Épicerie Amal") < names.index("Zellige Émeraude")

    page.order.setCurrentIndex(page.order.findData("readiness"))
    shown = [readiness[n] for n in page.visible_names()]
    assert shown == sorted(shown) and shown[0] < shown[-1]  # the least ready first

    assert Settings().get(BUSINESS_ORDER) == "readiness"
    window.close()
    window, page = start(open_window)
    assert page.order.currentData() == "readiness"
    assert [readiness[n] for n in page.visible_names()] == shown


def test_sorting_keeps_the_search_and_the_selection(open_window, thirty):
    window, page = start(open_window)
    search(page, "boutique 1")  # every word: "Boutique 01", "Boutique 10"...
    select(page, "Boutique 12")
    page.order.setCurrentIndex(page.order.findData("name"))
    assert page.visible_names() == [f"Boutique {n:02d}" for n in range(1, 26) if "1" in f"{n:02d}"]
    assert page.list.currentItem().text(NAME) == "Boutique 12"


# -- rename ----------------------------------------------------------------------------------------------------
def test_rename_is_checked_inline_and_persists_after_restart(open_window, thirty, qtbot, db_path):
    window, page = start(open_window)
    search(page, "cafe")
    qtbot.mouseClick(page.rename_button, Qt.MouseButton.LeftButton)
    dialog = page.rename_dialog
    assert isinstance(dialog, RenameDialog) and dialog.isVisible()
    assert dialog.edit.text() == "Café Atlas" and dialog.edit.selectedText() == "Café Atlas"
    qtbot.waitUntil(dialog.edit.hasFocus)
    assert not nameless(dialog)
    for bad, message in (("   ", "obligatoire"), ("x" * 201, "200"), ("boutique 02", "Une autre entreprise")):
        dialog.edit.setText(bad)
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.error.isVisible() and message in dialog.error.text()
        with Store(db_path) as other:
            assert other.get_business(thirty["Café Atlas"]).name == "Café Atlas"
    dialog.edit.setText("Café Atlas Marrakech")
    assert not dialog.error.isVisible()  # typing again clears the message
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert page.list.currentItem().text(NAME) == "Café Atlas Marrakech"
    window.close()
    window, page = start(open_window)
    assert search(page, "atlas marrakech") == ["Café Atlas Marrakech"]


def test_cancelling_a_rename_changes_nothing(open_window, thirty, qtbot, db_path):
    window, page = start(open_window)
    search(page, "cafe")
    page.rename_current()
    dialog = page.rename_dialog
    dialog.edit.setText("Autre nom")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    with Store(db_path) as other:
        assert other.get_business(thirty["Café Atlas"]).name == "Café Atlas"


# -- duplicate -------------------------------------------------------------------------------------------------
def test_duplicate_copies_profile_and_answers_and_shows_the_copy(open_window, thirty, db_path, fixture_pack):
    source = thirty["Boutique 02"]  # n = 6: two answers
    with Store(db_path) as store:
        ws = Workspace(store, fixture_pack)
        ws.save_answer(source, "t_rc", "no", note="RC en cours")
        ws.set_action(source, "act_t_rc", status="done")
    window, page = start(open_window)
    search(page, "boutique 02")
    page.duplicate_button.click()
    assert page.search.text() == ""  # the copy is in view
    assert page.list.currentItem().text(NAME) == "Boutique 02 (copie)"
    copy_id = page.list.currentItem().data(0, Qt.ItemDataRole.UserRole)
    with Store(db_path) as store:
        ws = Workspace(store, fixture_pack)
        original, copy = ws.business(source), ws.business(copy_id)
        assert {**copy.profile, "name": ""} == {**original.profile, "name": ""}
        assert {q: (a.value, a.note) for q, a in ws.answers(copy_id).items()} == {
            q: (a.value, a.note) for q, a in ws.answers(source).items()
        }
        assert ws.statuses(copy_id) == {} and ws.statuses(source)["act_t_rc"].status == "done"
    assert len(page.visible_names()) == 31


def test_a_copy_is_named_in_the_interface_language(open_window, thirty, french_afterwards):
    from ui.app import prepare_application

    prepare_application("ar")
    window, page = start(open_window, "ar")
    search(page, "مخبزة السلام")
    page.duplicate_current()
    assert page.list.currentItem().text(NAME) == "مخبزة السلام (نسخة)"


# -- delete, undo ----------------------------------------------------------------------------------------------
def snapshot(db_path, business_id):
    with Store(db_path) as store:
        tables = {
            table: [dict(r) for r in store.db[table].rows_where("business_id = ?", [business_id], order_by="rowid")]
            for table in ("answers", "action_status")
        }
        (row,) = store.db["businesses"].rows_where("id = ?", [business_id])
        return dict(row), tables


def delete(page, name: str) -> None:
    search(page, name)
    page.delete_button.click()
    box = page.confirmation
    assert box.defaultButton() is box.escapeButton()  # Enter and Escape keep the business
    assert box.buttonRole(box.defaultButton()) == QMessageBox.ButtonRole.RejectRole
    answer(box, QMessageBox.ButtonRole.DestructiveRole)
    page.search.clear()


@pytest.mark.parametrize("how", ["button", "ctrl+z"])
def test_delete_then_undo_restores_the_business_exactly(open_window, thirty, qtbot, db_path, fixture_pack, how):
    bid = thirty["Épicerie Amal"]
    with Store(db_path) as store:
        ws = Workspace(store, fixture_pack)
        ws.save_answer(bid, "t_site_pages", ["cgv"], note="à revoir")
        ws.set_action(bid, "act_t_rc", status="in_progress", owner="Amal", due=dt.date(2026, 12, 24))
        ws.set_current_step(bid, "safety/safety_basics")
    before = snapshot(db_path, bid)
    window, page = start(open_window)
    order = page.visible_names()
    delete(page, "epicerie")
    assert "Épicerie Amal" not in page.visible_names() and len(page.visible_names()) == 29
    assert page.undo_bar.isVisible() and "Épicerie Amal" in page.undo_text.text()
    with Store(db_path) as other:
        assert bid not in {b.id for b in other.list_businesses()}  # already gone from the file
    if how == "button":
        qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    else:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        page.list.setFocus()
        qtbot.keyClick(page.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not page.undo_bar.isVisible()
    assert page.visible_names() == order and page.list.currentItem().text(NAME) == "Épicerie Amal"
    assert snapshot(db_path, bid) == before  # same id, dates, step, answers, notes, statuses, owners, due dates
    window.open_business(bid)
    assert window.wizard.current == "safety/safety_basics"


def test_two_deletions_are_undone_last_first(open_window, thirty):
    window, page = start(open_window)
    delete(page, "cafe")
    delete(page, "zellige")
    assert "Zellige Émeraude" in page.undo_text.text()
    page.undo_delete()
    assert "Café Atlas" in page.undo_text.text() and page.undo_bar.isVisible()
    page.undo_delete()
    assert not page.undo_bar.isVisible() and len(page.visible_names()) == 30


def test_a_deletion_not_undone_in_time_is_final(open_window, thirty, qtbot, db_path):
    window, page = start(open_window)
    page.undo_timer.setInterval(50)
    delete(page, "epicerie")
    qtbot.waitUntil(lambda: not page.undo_bar.isVisible())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # too late: nothing comes back
    assert len(page.visible_names()) == 29
    window.close()
    with Store(db_path) as other:
        assert len(other.list_businesses()) == 29
        assert (
            other.db.execute(
                "SELECT count(*) FROM answers WHERE business_id = ?", [thirty["Épicerie Amal"]]
            ).fetchone()[0]
            == 0
        )
    data = b"".join(p.read_bytes() for p in db_path.parent.rglob("*") if p.is_file())  # the backups too
    assert "Épicerie Amal".encode() not in data


def test_opening_a_business_ends_the_time_to_undo(open_window, thirty):
    window, page = start(open_window)
    delete(page, "cafe")
    page._open_current()
    window.show_start()
    assert not page.undo_bar.isVisible() and not page.deleted


def test_cancelling_the_delete_question_keeps_the_business(open_window, thirty, qtbot, db_path):
    window, page = start(open_window)
    search(page, "cafe")
    page.delete_button.click()
    qtbot.keyClick(page.confirmation, Qt.Key.Key_Return)  # Enter answers the default button: Cancel
    assert search(page, "cafe") == ["Café Atlas"] and not page.undo_bar.isVisible()
    with Store(db_path) as other:
        assert len(other.list_businesses()) == 30


# -- quick switcher --------------------------------------------------------------------------------------------
def switcher(window, qtbot) -> QuickSwitcher:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    focus = QApplication.focusWidget() or window
    qtbot.keyClick(focus, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.switcher
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(dialog.search.hasFocus)
    return dialog


def test_the_quick_switcher_opens_the_business_typed_and_chosen(open_window, thirty, qtbot):
    window, page = start(open_window)
    window.open_business(thirty["Boutique 05"])
    dialog = switcher(window, qtbot)
    assert len(dialog.visible_ids()) == 30
    assert not nameless(dialog)
    dialog.search.setText("مخبزة")  # (QTest types only Latin letters)
    assert sorted(dialog.visible_ids()) == sorted([thirty["مَخْبَزَةُ النُّور"], thirty["مخبزة السلام"]])
    first, second = dialog.visible_ids()
    assert dialog.list.currentItem().data(Qt.ItemDataRole.UserRole) == first
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)  # the arrows move in the list, the typing stays
    assert dialog.list.currentItem().data(Qt.ItemDataRole.UserRole) == second and dialog.search.hasFocus()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.stack.currentWidget() is window.wizard and window.wizard.business_id == second


def test_escape_closes_the_quick_switcher_and_nothing_changes(open_window, thirty, qtbot):
    window, page = start(open_window)
    dialog = switcher(window, qtbot)
    qtbot.keyClicks(dialog.search, "fes")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and window.stack.currentWidget() is window.start_page


def test_the_quick_switcher_asks_before_leaving_a_new_business(open_window, thirty, qtbot, db_path):
    window, page = start(open_window)
    window.new_business()
    window.wizard.profile_page.editors["name"].edit.setText("Pas encore créée")
    dialog = switcher(window, qtbot)
    qtbot.keyClicks(dialog.search, "cafe")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    box = window.confirmation
    assert box is not None and box.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the default is Cancel: the new business stays on screen
    assert window.wizard.unsaved_new() and window.wizard.business_id is None

    dialog = switcher(window, qtbot)
    qtbot.keyClicks(dialog.search, "cafe")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    answer(window.confirmation, QMessageBox.ButtonRole.DestructiveRole)
    assert window.wizard.business_id == thirty["Café Atlas"]
    with Store(db_path) as other:
        assert len(other.list_businesses()) == 30  # the new one was not created


def test_the_quick_switcher_is_in_the_file_menu(open_window):
    window, page = start(open_window)
    file_menu = window.menuBar().actions()[0].menu()
    action = next(a for a in file_menu.actions() if a.objectName() == "quickSwitch")
    assert action.shortcut().toString() == "Ctrl+K"
    action.trigger()
    assert window.switcher is not None and window.switcher.isVisible()


# -- keyboard and screen readers -------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_tab_goes_through_the_start_page_in_reading_order_both_ways(
    open_window, thirty, qtbot, lang, french_afterwards
):
    from ui.app import prepare_application

    prepare_application(lang)
    window, page = start(open_window, lang)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    delete(page, "cafe")  # the undo bar is in the chain while it shows
    expected = [
        page.workshops_button,
        page.files_button,
        page.search,
        page.order,
        page.list,
        page.undo_button,
        page.new_button,
        page.open_button,
        page.rename_button,
        page.duplicate_button,
        page.delete_button,
        page.demo_button,
    ]
    page.workshops_button.setFocus()
    qtbot.waitUntil(page.workshops_button.hasFocus)
    seen = [QApplication.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == expected
    back = [QApplication.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        back.append(QApplication.focusWidget())
    assert back == expected[::-1]
    assert not nameless(window)  # the search, the order, the undo button: every control is named


@pytest.mark.parametrize("lang", ["fr", "ar", "en"])
def test_every_button_of_the_start_page_shows_its_whole_text_at_800_by_600(
    open_window, thirty, lang, french_afterwards
):
    """A blind review saw "uvelle entrepr" on the main button at 800×600 once "Ateliers" joined the row."""
    from ui.app import prepare_application

    prepare_application(lang)
    window, page = start(open_window, lang)
    window.resize(800, 600)
    QApplication.processEvents()
    assert window.width() <= 800
    for button in page.findChildren(QPushButton):
        if button.isVisible():
            needed = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
            assert button.width() >= needed, f"{button.text()!r}: {button.width()} px for {needed} px of text"
