"""The plan page on its table model: status, owner and due date edited in place and kept; filters; CSV export;
Open and Print after an export, on a line that never moves the page; the user's notes."""

from __future__ import annotations

import csv
import datetime as dt
import io
import time

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit, QMessageBox, QWidget

from merchant_assistant.service import add_demo_business
from merchant_assistant.storage import Store
from ui import plan_page as plan_page_module
from ui.plan_page import DUE, OWNER, STATUS, PlanPage
from ui.question_widgets import ChoiceBox


def cell(page: PlanPage, action_id: str, column: int) -> QModelIndex:
    row = page.model.row_of(action_id)
    assert row is not None
    return page.proxy.mapFromSource(page.model.index(row, column))


def open_editor(page: PlanPage, action_id: str, column: int) -> QWidget:
    index = cell(page, action_id, column)
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.indexWidget(index)
    assert editor is not None
    return editor


def choose_status(page: PlanPage, action_id: str, status: str) -> None:
    """As a user does: open the status cell's drop-down and pick a status."""
    box = open_editor(page, action_id, STATUS)
    assert isinstance(box, ChoiceBox)
    box.hidePopup()
    box.setCurrentIndex(box.findData(status))
    box.activated.emit(box.currentIndex())


def settled_top(qtbot, page: PlanPage) -> int:
    """Where the action table starts on the page, once the window has settled (a window just shown may still be
    resized and laid out again for a few event-loop turns): the same place over five checks 30 ms apart."""
    seen: list[int] = []

    def steady() -> bool:
        seen.append(page.table.mapTo(page, page.table.rect().topLeft()).y())
        return len(seen) >= 5 and len(set(seen[-5:])) == 1

    qtbot.waitUntil(steady, timeout=5000)
    return seen[-1]


def plan_page(open_window, db_path, fixture_pack, lang: str = "fr"):
    with Store(db_path) as store:
        if not store.list_businesses():
            add_demo_business(store, fixture_pack)
    window = open_window(lang)
    window.wizard.go_to("plan")
    return window, window.wizard.plan_page


def test_owner_and_due_date_edited_in_place_are_kept_after_a_restart(open_window, qtbot, db_path, fixture_pack):
    window, page = plan_page(open_window, db_path, fixture_pack)
    action = page.plan.items[1].action.id
    editor = open_editor(page, action, OWNER)
    assert isinstance(editor, QLineEdit)
    editor.setText("  Fatima (comptable)  ")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell(page, action, OWNER).data() == "Fatima (comptable)")

    date_editor = open_editor(page, action, DUE)
    date_editor.setDate(QDate(2027, 3, 15))
    qtbot.keyClick(date_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell(page, action, DUE).data(Qt.ItemDataRole.EditRole) == QDate(2027, 3, 15))
    assert not cell(page, action, DUE).data(Qt.ItemDataRole.FontRole).italic()  # a date the user chose
    assert page.current_action() == action  # the edited action stays chosen though the plan was rebuilt

    with Store(db_path) as other:
        stored = other.action_statuses(window.wizard.business_id)[action]
    assert (stored.owner, stored.due, stored.status) == ("Fatima (comptable)", dt.date(2027, 3, 15), "todo")

    window.close()
    window, page = plan_page(open_window, db_path, fixture_pack)
    assert cell(page, action, OWNER).data() == "Fatima (comptable)"
    assert "15/03/2027" in cell(page, action, DUE).data()


def test_delete_puts_back_the_suggested_owner_and_date(open_window, qtbot, db_path, fixture_pack):
    window, page = plan_page(open_window, db_path, fixture_pack)
    item = page.plan.items[0]
    action = item.action.id
    suggested_owner, suggested_due = cell(page, action, OWNER).data(), cell(page, action, DUE).data()
    window.workspace.set_action(window.wizard.business_id, action, owner="Karim", due=dt.date(2027, 1, 2))
    page.refresh()
    assert cell(page, action, OWNER).data() == "Karim"
    for column in (OWNER, DUE):
        page.table.setCurrentIndex(cell(page, action, column))
        page.table.setFocus()
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: cell(page, action, DUE).data() == suggested_due)
    assert cell(page, action, OWNER).data() == suggested_owner
    assert cell(page, action, OWNER).data(Qt.ItemDataRole.FontRole).italic()  # a suggestion again
    with Store(db_path) as other:
        stored = other.action_statuses(window.wizard.business_id)[action]
    assert (stored.owner, stored.due) == (None, None)


def test_the_status_is_reached_and_changed_from_the_keyboard(open_window, qtbot, db_path, fixture_pack):
    window, page = plan_page(open_window, db_path, fixture_pack)
    action = page.plan.items[0].action.id
    page.table.setFocus()
    page.table.setCurrentIndex(cell(page, action, STATUS))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter edits, as F2 does
    box = page.table.indexWidget(cell(page, action, STATUS))
    assert isinstance(box, ChoiceBox) and box.currentData() == "todo"
    box.hidePopup()
    choose_status(page, action, "in_progress")
    qtbot.waitUntil(lambda: cell(page, action, STATUS).data(Qt.ItemDataRole.EditRole) == "in_progress")
    with Store(db_path) as other:
        assert other.action_statuses(window.wizard.business_id)[action].status == "in_progress"


def test_filters_keep_what_they_say_and_count_it(open_window, qtbot, db_path, fixture_pack):
    window, page = plan_page(open_window, db_path, fixture_pack)
    first, second = page.plan.items[0].action.id, page.plan.items[1].action.id
    choose_status(page, first, "done")
    qtbot.waitUntil(lambda: page.plan.items[-1].action.id == first)
    yesterday = dt.date.today() - dt.timedelta(days=1)
    window.workspace.set_action(window.wizard.business_id, second, due=yesterday)
    page.refresh()

    def shown() -> list[str]:
        return [page.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(page.proxy.rowCount())]

    box = page.filter_box
    box.setCurrentIndex(box.findData("done"))
    assert shown() == [first]
    assert box.currentText().endswith("(1)")
    box.setCurrentIndex(box.findData("overdue"))
    assert shown() == [second]
    assert "(en retard)" in cell(page, second, DUE).data()  # said in words, not only in red
    box.setCurrentIndex(box.findData("blockers"))
    assert shown() == [i.action.id for i in page.plan.blockers]
    box.setCurrentIndex(box.findData("due_now"))
    assert second in shown() and first not in shown()
    box.setCurrentIndex(box.findData("later"))
    assert all(page.model.rows[page.model.row_of(a)].item.state == "due_later" for a in shown())
    box.setCurrentIndex(box.findData("all"))
    assert len(shown()) == len(page.plan.items)

    # an edit keeps the filter chosen
    box.setCurrentIndex(box.findData("done"))
    choose_status(page, first, "todo")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 0)
    assert box.currentData() == "done" and page.empty_filter.isVisible() and not page.table.isVisible()


def test_a_filter_that_keeps_nothing_moves_nothing_sideways(open_window, qtbot, db_path, fixture_pack):
    window, page = plan_page(open_window, db_path, fixture_pack)
    window.resize(1000, 420)  # the page scrolls with its table, and would fit without it
    box = page.filter_box
    qtbot.waitUntil(lambda: page.table.isVisible())
    settled_top(qtbot, page)
    where = box.mapTo(page, box.rect().topRight()).x()
    box.setCurrentIndex(box.findData("done"))  # nothing is done yet: the table goes, a sentence says why
    qtbot.waitUntil(lambda: page.empty_filter.isVisible())
    for _ in range(5):
        QApplication.processEvents()
    assert box.mapTo(page, box.rect().topRight()).x() == where


def test_the_wheel_over_the_table_changes_no_status(open_window, qtbot, db_path, fixture_pack):
    from .test_input_safety import wheel

    window, page = plan_page(open_window, db_path, fixture_pack)
    before = page.workspace.statuses(window.wizard.business_id)
    for _ in range(3):
        wheel(page.table.viewport())
    wheel(page.filter_box)
    assert page.filter_box.currentData() == "all"
    assert page.workspace.statuses(window.wizard.business_id) == before


def test_csv_export_opens_in_a_spreadsheet_in_the_users_language(
    open_window, qtbot, db_path, fixture_pack, tmp_path, monkeypatch
):
    window, page = plan_page(open_window, db_path, fixture_pack, lang="ar")
    action = page.plan.items[0].action.id
    window.workspace.set_action(window.wizard.business_id, action, owner='=HYPERLINK("x")')
    out = tmp_path / "exports" / "actions"  # no extension typed: .csv is added
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(out), "")))
    page.refresh()
    top = settled_top(qtbot, page)
    page.csv_button.click()
    written = out.parent / "actions.csv"
    data = written.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel needs to read UTF-8
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))  # Excel's in Arabic
    assert rows[0][:3] == ["الرقم", "المعرّف", "الإجراء"]  # headings in the interface language
    assert [r[1] for r in rows[1:]] == [i.action.id for i in page.plan.items]  # the plan's order
    assert rows[1][7] == '\'=HYPERLINK("x")'  # a name is never run as a formula
    assert [p.name for p in out.parent.iterdir()] == ["actions.csv"]  # no temporary file left
    assert str(written) in page.written_label.full
    assert page.open_button.isVisible() and not page.print_button.isVisible()  # printing is for the PDF
    assert settled_top(qtbot, page) == top  # the page did not move


def test_csv_export_failure_says_why(open_window, qtbot, db_path, fixture_pack, tmp_path, monkeypatch):
    window, page = plan_page(open_window, db_path, fixture_pack)
    missing = tmp_path / "gone" / "actions.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(missing), "")))
    page.csv_button.click()
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert len(boxes) == 1 and "n'existe pas" in boxes[0].informativeText()
    boxes[0].close()
    assert not missing.exists() and page.export_line.currentIndex() == 0


def test_print_sends_the_pdf_to_the_system_and_says_when_it_cannot(
    open_window, qtbot, db_path, fixture_pack, tmp_path, monkeypatch
):
    from ui import pdf_export

    window, page = plan_page(open_window, db_path, fixture_pack)
    out = tmp_path / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(out), "")))

    def slow_save(plan, path, lang):
        time.sleep(1.0)  # long enough to look at the page while it works
        path.write_bytes(b"%PDF-")
        return path

    monkeypatch.setattr(pdf_export, "_save_pdf", slow_save)
    top = settled_top(qtbot, page)
    with qtbot.waitSignal(page.exporter.written, timeout=10_000):
        page.pdf_button.click()
        qtbot.waitUntil(page.busy.isVisible)
        assert settled_top(qtbot, page) == top  # busy: nothing moves
    assert settled_top(qtbot, page) == top  # written: nothing moves
    printed = []
    monkeypatch.setattr(plan_page_module, "print_file", lambda path: printed.append(path) or True)
    page.print_button.click()
    assert printed == [out]
    monkeypatch.setattr(plan_page_module, "print_file", lambda path: False)
    page.print_button.click()
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert len(boxes) == 1 and "imprimez-le depuis votre lecteur" in boxes[0].text()
    boxes[0].close()


def test_a_note_on_an_answer_is_saved_and_shown_on_the_plan(open_window, qtbot, db_path, fixture_pack):
    from .test_ui import section

    window = open_window()
    window.start_page._add_demo()
    business = window.wizard.business_id
    window.workspace.save_answer(business, "t_bank", None)  # unanswered: no note yet
    window.wizard.go_to("payments/pay_basics")
    card = section(window).widgets["t_bank"]
    assert not card.note_toggle.isEnabled()  # a note goes with an answer
    qtbot.mouseClick(card.buttons["no"], Qt.MouseButton.LeftButton)
    assert card.note_toggle.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.mouseClick(card.note_toggle, Qt.MouseButton.LeftButton)
    assert card.note_edit.isVisible()
    assert card.note_edit.hasFocus()  # what is typed next goes into the note
    qtbot.keyClicks(QApplication.focusWidget(), "Demander a la BMCE jeudi")
    qtbot.waitUntil(lambda: window.workspace.answers(business)["t_bank"].note == "Demander a la BMCE jeudi")
    assert window.workspace.answers(business)["t_bank"].value == "no"  # the answer is untouched
    assert card.state_label.text() == "Enregistré ✓"

    window.wizard.go_to("plan")
    page = window.wizard.plan_page
    assert page.notes.isVisible() and "Demander a la BMCE jeudi" in page.notes.text()
    window.close()

    window = open_window()  # the note is there at the next start
    window.wizard.go_to("payments/pay_basics")
    card = section(window).widgets["t_bank"]
    assert card.note_edit.isVisible() and card.note_edit.toPlainText() == "Demander a la BMCE jeudi"


def test_a_note_typed_just_before_leaving_the_page_is_not_lost(open_window, qtbot, db_path, fixture_pack):
    from .test_ui import section

    window = open_window()
    window.start_page._add_demo()
    business = window.wizard.business_id
    window.wizard.go_to("payments/pay_basics")
    card = section(window).widgets["t_bank"]
    card.note_toggle.click()
    qtbot.keyClicks(card.note_edit, "vu avec Samira")
    window.wizard.go_to("plan")  # before the pause that would save it
    assert window.workspace.answers(business)["t_bank"].note == "vu avec Samira"


def test_no_green_light_while_the_questions_that_could_block_are_unanswered(open_window, qtbot, db_path, fixture_pack):
    window, page = plan_page(open_window, db_path, fixture_pack)
    business = window.wizard.business_id
    for question_id in list(window.workspace.answers(business)):
        window.workspace.save_answer(business, question_id, None)
    page.refresh()
    assert not page.plan.blockers and page.plan.unanswered_blockers
    assert page.blockers.objectName() == "pendingBox"
    QApplication.processEvents()  # a widget added to a layout is shown at the next turn of the event loop
    (label,) = [lab for lab in page.blockers.findChildren(QLabel) if lab.isVisible()]
    assert "sans réponse" in label.text()
    with qtbot.waitSignal(page.show_unanswered):
        label.linkActivated.emit("#")


def test_a_row_marked_done_stays_in_place_until_the_page_is_opened_again(open_window, qtbot, db_path, fixture_pack):
    """Nothing moves under the pointer: the plan's new order (done last) comes at the next visit."""
    window, page = plan_page(open_window, db_path, fixture_pack)
    order = [row.item.action.id for row in page.model.rows]
    widths = [page.table.columnWidth(c) for c in range(page.model.columnCount())]
    choose_status(page, order[0], "done")
    qtbot.waitUntil(lambda: page.plan.items[-1].action.id == order[0])
    assert [row.item.action.id for row in page.model.rows] == order  # same rows, same places
    assert cell(page, order[0], STATUS).data() == "Fait"
    date_editor = open_editor(page, order[1], DUE)
    date_editor.setDate(QDate(2027, 2, 1))
    qtbot.keyClick(date_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell(page, order[1], DUE).data(Qt.ItemDataRole.EditRole) == QDate(2027, 2, 1))
    assert [page.table.columnWidth(c) for c in range(page.model.columnCount())] == widths  # no column moved
    # the numbers stay as they were too: a blind review read "1, 3, 54, 4, 5, 2…" down the table
    assert [row.number for row in page.model.rows] == list(range(1, len(order) + 1))
    assert window.wizard.readiness_label.text() == (
        f"Préparation : {page.overall.text()} — {page.level.text()}"
    )  # the figure above the steps follows the page's (it said 46 % beside the page's 47 %)
    window.wizard.go_to("express")
    window.wizard.go_to("plan")
    assert page.model.rows[-1].item.action.id == order[0]  # the next visit shows the plan's order
    assert [row.number for row in page.model.rows] == list(range(1, len(order) + 1))


def test_a_date_that_moves_the_actions_waiting_for_it_says_so(open_window, qtbot, db_path):
    """An action is due a week after the one it waits for: a blind review saw another row's date move without a
    word. The status bar says how many dates followed."""
    from merchant_assistant.content import load_pack

    pack = load_pack()  # the real plan, whose actions wait for one another
    with Store(db_path) as store:
        add_demo_business(store, pack)
    window = open_window(pack=pack)
    window.wizard.go_to("plan")
    page = window.wizard.plan_page
    items = {item.action.id: item for item in page.plan.items}
    first, waiting = next(
        (items[before], item) for item in page.plan.items for before in item.action.after if before in items
    )
    later = first.due + dt.timedelta(days=120)
    editor = open_editor(page, first.action.id, DUE)
    editor.setDate(QDate(later.year, later.month, later.day))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "recalculée" in window.statusBar().currentMessage())
    moved = next(row.item for row in page.model.rows if row.item.action.id == waiting.action.id)
    assert moved.due >= later + dt.timedelta(days=7)
