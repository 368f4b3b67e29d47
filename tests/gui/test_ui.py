"""The desktop app, driven as a user would: offscreen, each test on its own temporary database."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from merchant_assistant.errors import DiskFull, OutputError
from merchant_assistant.i18n import format_percent
from merchant_assistant.service import add_demo_business, business_readiness
from merchant_assistant.storage import Store
from ui.main_window import MainWindow
from ui.question_widgets import MultiQuestion, TextQuestion, YesNoQuestion
from ui.section_page import SectionPage
from ui.start_page import READINESS

from .test_plan_page import choose_status

VALID_ICE = "002468135000034"  # from the fixture pack's demo profile (a valid check number)


def reopen(window: MainWindow, open_window) -> MainWindow:
    """Quit and start again on the same file."""
    window.close()
    return open_window()


def fill_profile(window: MainWindow, name: str, ice: str = "", channels: tuple[str, ...] = ()) -> None:
    editors = window.wizard.profile_page.editors
    editors["name"].edit.setText(name)
    editors["ice"].edit.setText(ice)
    for channel in channels:
        editors["channels"].boxes[channel].setChecked(True)
    editors["staff"].combo.setCurrentIndex(editors["staff"].combo.findData("small"))


def section(window: MainWindow) -> SectionPage:
    page = window.wizard.pages.currentWidget()
    assert isinstance(page, SectionPage), f"expected a question page, not step {window.wizard.current}"
    return page


def saved_answers(db_path: Path, business_id: int) -> dict:
    """What another program opening the file sees right now."""
    with Store(db_path) as other:
        return {qid: a.value for qid, a in other.answers(business_id).items()}


def open_message_boxes(window: MainWindow) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox) if box.isVisible()]


def test_start_screen_offers_new_business_when_empty(open_window):
    window = open_window()
    assert window.stack.currentWidget() is window.start_page
    assert window.start_page.views.currentWidget() is window.start_page.empty
    assert "test-1" in window.content_label.text()  # content version visible


def test_new_business_answers_saved_at_once(open_window, qtbot, db_path):
    window = open_window()
    qtbot.mouseClick(window.start_page.new_button, Qt.MouseButton.LeftButton)
    assert window.wizard.current == "profile"
    fill_profile(window, "Épicerie Atlas", VALID_ICE, channels=("shop", "website"))
    qtbot.mouseClick(window.wizard.next_button, Qt.MouseButton.LeftButton)

    with Store(db_path) as other:
        (business,) = other.list_businesses()
    assert business.name == "Épicerie Atlas"
    assert business.profile["channels"] == ["shop", "website"] and business.profile["ice"] == VALID_ICE
    assert window.wizard.current == "shop/shop_status"

    rc = section(window).widgets["t_rc"]
    assert isinstance(rc, YesNoQuestion)
    qtbot.mouseClick(rc.buttons["no"], Qt.MouseButton.LeftButton)
    assert saved_answers(db_path, business.id) == {"t_rc": "no"}
    assert rc.state_label.text() == "Enregistré ✓"
    assert window.wizard.items["shop/shop_status"].text(1) == "1/2"

    qtbot.mouseClick(window.wizard.next_button, Qt.MouseButton.LeftButton)
    assert window.wizard.current == "shop/shop_online"  # applies: the business sells on its website
    pages = section(window).widgets["t_site_pages"]
    assert isinstance(pages, MultiQuestion)
    pages.boxes["legal_notice"].setChecked(True)
    bank = section(window).widgets["t_bank_name"]
    assert isinstance(bank, TextQuestion)
    bank.edit.setText("Banque Populaire")
    bank.edit.editingFinished.emit()
    assert saved_answers(db_path, business.id) == {
        "t_rc": "no",
        "t_site_pages": ["legal_notice"],
        "t_bank_name": "Banque Populaire",
    }

    window.wizard.go_to("plan")
    plan_page = window.wizard.plan_page
    titles = plan_page.action_titles()
    assert titles[0] == "Inscrivez-vous au RC"  # the blocker comes first
    assert "Publiez les pages légales" in titles


def test_new_business_to_saved_pdf(open_window, qtbot, db_path, tmp_path, monkeypatch):
    if importlib.util.find_spec("merchant_assistant.report") is None:
        pytest.skip("merchant_assistant.report is not written yet")
    from merchant_assistant import report

    if not hasattr(report, "save_pdf"):
        pytest.skip("merchant_assistant.report.save_pdf is not written yet")
    pypdf = pytest.importorskip("pypdf")

    window = open_window()
    window.new_business()
    fill_profile(window, "Café Zitoun", channels=("shop",))
    qtbot.mouseClick(window.wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(section(window).widgets["t_rc"].buttons["no"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(section(window).widgets["t_bank"].buttons["yes"], Qt.MouseButton.LeftButton)
    window.wizard.go_to("plan")

    out = tmp_path / "exports" / "plan café.pdf"
    out.parent.mkdir()
    asked = []

    def choose(parent, caption, suggestion, filters):
        asked.append(suggestion)
        return str(out), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    exporter = window.wizard.plan_page.exporter
    page = window.wizard.plan_page
    with qtbot.waitSignal(exporter.written, timeout=60_000) as written:
        qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
        assert page.busy.isVisible()  # the window stays live while the worker writes
    assert Path(written.args[0]) == out
    assert asked and Path(asked[0]).name == "Plan - Café Zitoun.pdf"
    assert not page.busy.isVisible()
    text = "".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    assert "Café Zitoun" in text
    assert "Inscrivez-vous au RC" in text
    # where it went, on the page, with Open and Print; no box to close
    assert str(out) in page.written_label.full and page.open_button.isVisible() and page.print_button.isVisible()
    assert not open_message_boxes(window)
    # a printed plan is a dated point of progress, for "what changed since" next time
    snapshots = window.workspace.snapshots(window.wizard.business_id)
    assert [(s.reason, s.overall) for s in snapshots] == [("plan", page.plan.readiness.overall)]


def test_pdf_failure_says_why_and_offers_another_name(open_window, qtbot, db_path, tmp_path, monkeypatch):
    from ui import pdf_export

    window = open_window()
    window.start_page._add_demo()
    window.wizard.go_to("plan")

    def failing_save_pdf(plan, path, lang):
        raise OutputError("output_locked", path=path)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(tmp_path / "x.pdf"), "")))
    monkeypatch.setattr(pdf_export, "_save_pdf", failing_save_pdf)
    exporter = window.wizard.plan_page.exporter
    qtbot.mouseClick(window.wizard.plan_page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: exporter.last_message is not None and exporter.last_message.isVisible())
    box = exporter.last_message
    assert "ouvert dans un autre programme" in box.informativeText()  # in French, as the interface
    labels = [b.text() for b in box.buttons()]
    assert "Choisir un autre nom…" in labels
    box.close()
    assert window.wizard.plan_page.pdf_button.isEnabled()


def test_reopening_returns_to_same_business_and_step(open_window, qtbot, db_path):
    window = open_window()
    window.new_business()
    fill_profile(window, "Tissage Amal")
    qtbot.mouseClick(window.wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(section(window).widgets["t_rc"].buttons["yes"], Qt.MouseButton.LeftButton)
    window.wizard.go_to("safety/safety_basics")

    window = reopen(window, open_window)
    assert window.stack.currentWidget() is window.wizard
    assert window.wizard.name_label.text() == "Tissage Amal"
    assert window.wizard.current == "safety/safety_basics"
    assert window.wizard.sidebar.currentItem() is window.wizard.items["safety/safety_basics"]
    window.wizard.go_to("shop/shop_status")
    assert section(window).widgets["t_rc"].buttons["yes"].isChecked()  # the answer is back too

    window = reopen(window, open_window)
    assert window.wizard.current == "shop/shop_status"


def test_a_business_reopened_at_a_question_gets_its_profile_page_when_asked(open_window, db_path, fixture_pack):
    """The profile's page is made when first shown (a start that reopens a question does without it), and then
    holds the business on screen, not an empty form. Looking at it changes nothing, although the stored profile
    lacks fields the form has (the sample business has no RC number): leaving it writes nothing."""
    with Store(db_path) as store:
        business = add_demo_business(store, fixture_pack)
        store.set_current_step(business, "safety/safety_basics")
        stored = store.get_business(business)
    assert stored.profile.get("rc_number") is None  # the form shows it blank
    window = open_window()
    assert window.wizard.current == "safety/safety_basics"
    assert window.wizard._profile_page is None
    window.wizard.go_to("profile")
    page = window.wizard.profile_page
    assert window.wizard.pages.currentWidget() is page
    assert page.editors["name"].value() == stored.profile["name"] and not page.is_dirty()
    window.wizard.go_to("safety/safety_basics")  # (going to a step is remembered: "last change" moves by design)
    with Store(db_path) as store:
        assert store.get_business(business).profile == stored.profile  # not saved again


def test_a_start_that_reopens_a_business_where_it_was_left_writes_nothing(open_window, db_path, fixture_pack):
    with Store(db_path) as store:
        older = add_demo_business(store, fixture_pack)
        newer = add_demo_business(store, fixture_pack)
        store.set_current_step(newer, "safety/safety_basics")
        store.set_current_step(older, "profile")
        store.conn.execute("UPDATE businesses SET updated_at = '2026-01-02T10:00:00+00:00' WHERE id = ?", [newer])
        store.conn.execute("UPDATE businesses SET updated_at = '2026-01-01T10:00:00+00:00' WHERE id = ?", [older])
        before = store.list_businesses()

    window = open_window()
    assert window.wizard.business_id == newer and window.wizard.current == "safety/safety_basics"
    window = reopen(window, open_window)
    with Store(db_path) as store:
        assert store.list_businesses() == before  # "last changed" is still the last change, not the last start

    window.open_business(older)  # chosen by the user: it becomes the one reopened next time
    with Store(db_path) as store:
        assert [b.id for b in store.list_businesses()] == [older, newer]


def test_invalid_ice_shows_the_error_and_saves_nothing(open_window, qtbot, db_path):
    window = open_window()
    window.new_business()
    fill_profile(window, "Droguerie Nour", ice="001234567000089")
    qtbot.mouseClick(window.wizard.next_button, Qt.MouseButton.LeftButton)

    error = window.wizard.profile_page.editors["ice"].error
    assert error.isVisible() and "ICE" in error.text()
    assert window.wizard.current == "profile"
    with Store(db_path) as other:
        assert other.list_businesses() == []

    window.wizard.profile_page.editors["ice"].edit.setText(VALID_ICE)
    qtbot.mouseClick(window.wizard.next_button, Qt.MouseButton.LeftButton)
    assert not error.isVisible()
    with Store(db_path) as other:
        assert [b.profile["ice"] for b in other.list_businesses()] == [VALID_ICE]


def test_name_is_required(open_window, qtbot, db_path):
    window = open_window()
    window.new_business()
    qtbot.mouseClick(window.wizard.next_button, Qt.MouseButton.LeftButton)
    assert window.wizard.profile_page.editors["name"].error.text() == "Ce champ est obligatoire."
    with Store(db_path) as other:
        assert other.list_businesses() == []


def test_profile_change_updates_the_steps(open_window, qtbot, db_path):
    window = open_window()
    window.new_business()
    fill_profile(window, "Atelier Sud")  # sells in no online channel: no "online" questions about the site
    qtbot.mouseClick(window.wizard.next_button, Qt.MouseButton.LeftButton)
    assert "t_site_pages" not in [q.id for s in window.wizard.steps for q in s.questions]

    window.wizard.go_to("profile")
    window.wizard.profile_page.editors["channels"].boxes["website"].setChecked(True)
    window.wizard.go_to("shop/shop_online")
    assert window.wizard.current == "shop/shop_online"
    assert "t_site_pages" in section(window).widgets
    with Store(db_path) as other:
        assert other.list_businesses()[0].profile["channels"] == ["website"]


def test_start_list_shows_readiness_and_opens_on_enter(open_window, qtbot, db_path, fixture_pack):
    with Store(db_path) as store:
        business_id = add_demo_business(store, fixture_pack)
        expected = business_readiness(store, fixture_pack, store.get_business(business_id)).overall
    window = open_window()
    window.show_start()
    tree = window.start_page.list
    assert tree.topLevelItemCount() == 1
    item = tree.topLevelItem(0)
    assert item.text(0) == "Boutique Test"
    assert item.text(READINESS).startswith(format_percent(expected, "fr"))  # "45 %", with a no-break space
    tree.setCurrentItem(item)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.wizard
    assert window.wizard.business_id == business_id


def test_delete_asks_first(open_window, qtbot, db_path, fixture_pack):
    with Store(db_path) as store:
        add_demo_business(store, fixture_pack)
    window = open_window()
    window.show_start()
    page = window.start_page
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    box = page.confirmation
    assert box is not None and box.isVisible()
    cancel = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert page.list.topLevelItemCount() == 1

    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    box = page.confirmation
    delete = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert page.views.currentWidget() is page.empty
    with Store(db_path) as other:
        assert other.list_businesses() == []


def test_action_status_is_saved(open_window, qtbot, db_path):
    window = open_window()
    window.start_page._add_demo()
    window.wizard.go_to("plan")
    first_action = window.wizard.plan_page.plan.items[0].action.id
    choose_status(window.wizard.plan_page, first_action, "done")
    with Store(db_path) as other:
        assert other.action_statuses(window.wizard.business_id)[first_action].status == "done"
    # done actions move to the end of the list
    qtbot.waitUntil(lambda: window.wizard.plan_page.plan.items[-1].action.id == first_action)


def test_save_failure_is_shown(open_window, qtbot, db_path, monkeypatch):
    window = open_window()
    window.start_page._add_demo()
    window.wizard.go_to("safety/safety_basics")
    page = section(window)

    def broken(*args, **kwargs):
        raise DiskFull("disk_full", path="test.sqlite3")

    monkeypatch.setattr(window.store, "save_answer", broken)
    qtbot.mouseClick(page.widgets["t_staff_leavers"].buttons["yes"], Qt.MouseButton.LeftButton)
    assert page.widgets["t_staff_leavers"].state_label.text() == "Non enregistré"
    boxes = open_message_boxes(window)
    assert (
        len(boxes) == 1 and "le disque est plein" in boxes[0].informativeText()
    )  # the interface language, not English
    boxes[0].close()

    # Once the disk has room again, clicking the same answer saves it: nothing is stuck as "chosen but unsaved".
    monkeypatch.undo()
    qtbot.mouseClick(page.widgets["t_staff_leavers"].buttons["yes"], Qt.MouseButton.LeftButton)
    assert page.widgets["t_staff_leavers"].state_label.text() == "Enregistré ✓"
    with Store(db_path) as other:
        assert other.answers(window.wizard.business_id)["t_staff_leavers"].value == "yes"


def test_typed_text_that_failed_to_save_is_saved_when_leaving(open_window, qtbot, db_path, monkeypatch):
    window = open_window()
    window.start_page._add_demo()
    window.wizard.go_to("shop/shop_online")
    page = section(window)
    text = page.widgets["t_bank_name"]
    monkeypatch.setattr(
        window.store, "save_answer", lambda *a, **k: (_ for _ in ()).throw(DiskFull("disk_full", path="x"))
    )
    text.edit.setText("Banque Populaire")
    text.commit()
    for box in open_message_boxes(window):
        box.close()
    assert text.pending()
    monkeypatch.undo()
    page.commit()  # what leaving the page or closing the window does
    with Store(db_path) as other:
        assert other.answers(window.wizard.business_id)["t_bank_name"].value == "Banque Populaire"


def test_arabic_is_right_to_left(open_window, qapp):
    from ui.app import prepare_application

    try:
        prepare_application("ar")
        window = open_window(lang="ar")
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        window.start_page._add_demo()
        assert window.wizard.name_label.text() == "Boutique Test"
        assert "المتجر" in [
            window.wizard.sidebar.topLevelItem(i).text(0) for i in range(window.wizard.sidebar.topLevelItemCount())
        ]
    finally:
        prepare_application("fr")


def test_bundled_pack_opens(open_window, bundled_pack, qtbot):
    window = open_window(pack=bundled_pack)
    window.start_page._add_demo()
    for step in window.wizard.steps:
        window.wizard.go_to(step.id)
        assert window.wizard.current == step.id
    assert window.wizard.plan_page.model.rowCount() == len(window.wizard.plan_page.plan.items)


def test_a_new_business_starts_with_the_express_questions_and_the_plan_page_follows_the_plan(
    open_window, bundled_pack, qtbot, db_path
):
    """Profile, then the few questions that decide the first steps; the plan page lists the plan's own order."""
    from merchant_assistant.plan import build_plan

    window = open_window(pack=bundled_pack)
    qtbot.mouseClick(window.start_page.new_button, Qt.MouseButton.LeftButton)
    editors = window.wizard.profile_page.editors
    editors["name"].edit.setText("Snack Zitouna")
    editors["legal_form"].combo.setCurrentIndex(editors["legal_form"].combo.findData("not_declared"))
    editors["channels"].boxes["shop"].setChecked(True)
    editors["goals"].boxes["card_terminal"].setChecked(True)
    qtbot.mouseClick(window.wizard.next_button, Qt.MouseButton.LeftButton)
    assert window.wizard.current == "express"
    express = section(window).widgets
    assert 3 <= len(express) <= 12 and "pay_declared" in express and "pay_has_rc" not in express
    for qid in ("pay_declared", "pay_has_ice", "pay_pro_account"):
        qtbot.mouseClick(express[qid].buttons["no"], Qt.MouseButton.LeftButton)
    window.wizard.go_to("plan")
    page = window.wizard.plan_page
    with Store(db_path) as other:
        (business,) = other.list_businesses()
        plan = build_plan(bundled_pack, business.profile, other.answers(business.id))
    assert plan.items[0].action.id == "act_pay_declare_status"
    from merchant_assistant.content import tr

    shown = [page.proxy.index(row, 1).data() for row in range(page.proxy.rowCount())]
    assert shown == [f"{n}. {tr(i.action.title, 'fr')}" for n, i in enumerate(plan.items, 1)]  # the plan, in order


def test_a_number_given_in_the_profile_is_not_asked_for_again(open_window, qtbot, db_path, bundled_pack):
    with Store(db_path) as store:
        business = store.create_business(
            {"name": "Atlas", "legal_form": "sarl", "sector": "retail", "rc_number": "RC Fès 54321"}
        )
        store.set_current_step(business, "payments/pay_status")
    window = open_window("fr", bundled_pack)
    card = section(window).widgets["pay_has_rc"]
    assert isinstance(card, YesNoQuestion)
    known = card.findChild(QLabel, "knownFromProfile")
    assert known is not None and "RC Fès 54321" in known.text()
    assert card.buttons["yes"].isChecked()  # shown as answered by the profile...
    assert window.wizard.items["payments/pay_status"].text(1).startswith("1/")  # ...and counted as answered
    with Store(db_path) as store:
        assert "pay_has_rc" not in store.answers(business)  # ...without writing an answer the user did not give
    qtbot.mouseClick(card.buttons["no"], Qt.MouseButton.LeftButton)  # the user's own answer wins
    with Store(db_path) as store:
        assert store.answers(business)["pay_has_rc"].value == "no"


def test_long_step_names_wrap_in_the_list_of_steps_instead_of_being_cut(open_window, db_path):
    """A blind review found "Vente à distance aux particuliers (loi …" in the steps: the law, the part a user looks
    for, was cut. A name wider than its column takes more lines; a short one, one line."""
    from merchant_assistant.content import load_pack

    pack = load_pack()  # the real titles, with their laws
    with Store(db_path) as store:
        add_demo_business(store, pack)
    window = open_window(pack=pack)
    window.resize(800, 600)  # the narrow list of steps
    QApplication.processEvents()
    sidebar = window.wizard.sidebar
    items = [*window.wizard.items.values(), *window.wizard.module_items.values()]
    metrics = sidebar.fontMetrics()
    widest = max(items, key=lambda item: metrics.horizontalAdvance(item.text(0)))
    shortest = min(items, key=lambda item: metrics.horizontalAdvance(item.text(0)))
    assert metrics.horizontalAdvance(widest.text(0)) > sidebar.header().sectionSize(0)  # the case in question
    assert sidebar.visualItemRect(widest).height() > 1.5 * sidebar.visualItemRect(shortest).height()


def _atlas(db_path: Path, step: str, done_actions: tuple[str, ...] = ()) -> int:
    """The business of the second blind review: its IF number in the profile, no bank account in its name."""
    from merchant_assistant.plan import ActionStatus

    from ..core.test_plan_rules import ATLAS_ANSWERS, ATLAS_PROFILE

    with Store(db_path) as store:
        business = store.create_business(ATLAS_PROFILE, ATLAS_ANSWERS)
        for action_id in done_actions:
            store.set_action_status(business, ActionStatus(action_id, status="done"))
        store.set_current_step(business, step)
    return business


def test_the_bank_documents_card_ticks_what_the_printed_bank_page_says_is_ready(open_window, db_path, bundled_pack):
    """The review found the IF certificate unticked on the screen but "Prêt" on page 2 of the PDF: its IF number is
    in the profile. Both now tick what the plan counts as ready (and the ICE whose action was marked done)."""
    ice_actions = tuple(a.id for a in bundled_pack.question("pay_has_ice").actions)
    business = _atlas(db_path, "payments/pay_documents", ice_actions)
    window = open_window("fr", bundled_pack)
    card = section(window).widgets["pay_documents_ready"]
    assert isinstance(card, MultiQuestion)
    plan = window.wizard.workspace.plan(business)
    (documents,) = [cl for cl in plan.checklists if cl.question.id == "pay_documents_ready"]
    on_paper = {option.id: ticked for option, ticked in documents.items}
    assert on_paper["tax_id"] and on_paper["ice_certificate"]
    assert {oid: card.boxes[oid].isChecked() for oid in on_paper} == on_paper


def test_no_bank_account_hides_the_question_on_its_rib(open_window, qtbot, db_path, bundled_pack):
    """After "Non" to having a bank account, the reviewer was still asked whether the name on the RIB matches: now
    its card goes, and the step counts one question fewer; "Oui" brings it back."""
    with Store(db_path) as store:
        business = store.create_business(
            {"name": "Atlas", "legal_form": "auto_entrepreneur", "sector": "retail", "goals": ["card_terminal"]}
        )
        store.set_current_step(business, "payments/pay_status")
    window = open_window("fr", bundled_pack)
    page = section(window)
    rib, account = page.widgets["pay_rib_name_match"], page.widgets["pay_pro_account"]
    assert isinstance(account, YesNoQuestion)
    step = window.wizard.items["payments/pay_status"]
    assert not rib.isHidden()
    total = int(step.text(1).split("/")[1])
    qtbot.mouseClick(account.buttons["no"], Qt.MouseButton.LeftButton)
    assert rib.isHidden()
    assert step.text(1) == f"1/{total - 1}"
    assert step.toolTip(1) == f"Questions répondues : 1 sur {total - 1}"  # the step list says what it counts
    qtbot.mouseClick(account.buttons["yes"], Qt.MouseButton.LeftButton)
    assert not rib.isHidden()
    assert step.text(1) == f"1/{total}"
