"""The glossary on screen: the terms a question names are links to their definition (mouse or keyboard), which
shows over the page and changes nothing; the glossary browser (Help > Glossary, Ctrl+G) searches in French, Arabic
and English and shows each entry with its law reference and the questions that use it."""

from __future__ import annotations

import html

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QTextDocument
from PySide6.QtWidgets import QAbstractButton, QApplication

from merchant_assistant.i18n import LRM
from merchant_assistant.service import add_demo_business
from merchant_assistant.storage import Store
from ui.glossary_window import GlossaryWindow, TermPopup
from ui.labels import screen_html, screen_text
from ui.question_widgets import LinkLabel, YesNoQuestion

from .test_accessibility import nameless
from .test_ui import saved_answers, section


def glossary_action(window) -> QAction:
    action = window.findChild(QAction, "glossary")
    assert action is not None and action.shortcut().toString() == "Ctrl+G"
    return action


def open_browser(window, qtbot) -> GlossaryWindow:
    glossary_action(window).trigger()
    browser = window.findChild(GlossaryWindow)
    assert browser is not None
    qtbot.waitUntil(browser.isVisible)
    return browser


def type_text(widget, text: str) -> None:
    """Key presses carrying ``text``, one character each, as an Arabic or French keyboard sends them (QTest's own
    keyClicks only knows ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def shown_id(browser: GlossaryWindow) -> str | None:
    return browser.current_term_id()


def test_the_shortcut_is_not_taken_by_another_action(open_window):
    window = open_window()
    keys = [a.shortcut().toString() for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    assert keys.count("Ctrl+G") == 1


# -- the browser ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lang, query, term_id, name",
    [
        ("fr", "etablissement de paie", "payment_institution", "Établissement de paiement"),
        ("ar", "المحصلة", "acquirer", "الجهة المحصِّلة (acquéreur)"),
        ("ar", "الاداء عند التسليم", "cash_on_delivery", "الأداء عند التسليم"),  # ا for أ
        ("ar", "التعاونيه", "cooperative", "التعاونية"),  # ه for ة
        ("en", "ACQUIRER", "acquirer", "Acquirer"),
    ],
)
def test_the_browser_finds_a_term_in_each_language(
    open_window, qtbot, bundled_pack, french_afterwards, lang, query, term_id, name
):
    from ui.app import prepare_application

    prepare_application(lang)
    window = open_window(lang, bundled_pack)
    browser = open_browser(window, qtbot)
    assert browser.isRightToLeft() == (lang == "ar")
    type_text(browser.search, query)
    assert browser.search.text() == query
    assert shown_id(browser) == term_id
    entry = bundled_pack.glossary[term_id]
    assert browser.view.name.text() == screen_text(entry.term, lang)
    assert screen_text(entry.term, lang).replace(LRM, "") == name
    assert browser.view.definition.text() == screen_text(entry.definition, lang)
    assert browser.view.source.text() == screen_text(entry.source, lang) and browser.view.source.isVisible()
    # "to confirm with your bank / a lawyer" and what to ask, only for an entry the content marks so
    assert browser.view.to_confirm.isVisible() == entry.uncertain
    if entry.uncertain:
        assert bundled_pack.string("uncertain", lang) in browser.view.to_confirm.text()
        assert screen_text(entry.to_confirm, lang) in browser.view.to_confirm.text()
    # and the questions that use it, in the interface language
    shown = [browser.questions.item(row).text() for row in range(browser.questions.count())]
    expected = [screen_text(q.text, lang) for q in browser.glossary.questions_using(term_id)]
    assert shown == expected and shown


def test_the_list_is_in_dictionary_order_and_a_search_shows_names_first(open_window, qtbot, bundled_pack):
    window = open_window("fr", bundled_pack)
    browser = open_browser(window, qtbot)
    names = [browser.list.item(row).text() for row in range(browser.list.count())]
    assert len(names) == len(bundled_pack.glossary)
    assert names.index("Établissement de paiement") < names.index("Facture électronique")  # É as E
    browser.search.setText("paie")
    first = browser.list.item(0)
    assert first.text() == "Paiement à la livraison" and not first.toolTip()
    last = browser.list.item(browser.list.count() - 1)
    assert last.toolTip() == "Trouvé dans la définition"  # found in its definition only, and listed last
    browser.search.setText("zzzz")
    assert browser.list.count() == 0 and browser.status.isVisible()
    assert browser.status.text() == "Aucun terme ne correspond à votre recherche."


def test_the_browser_by_keyboard(open_window, qtbot, bundled_pack):
    window = open_window("fr", bundled_pack)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    browser = window.findChild(GlossaryWindow)
    assert browser is not None
    qtbot.waitUntil(lambda: browser.isVisible() and browser.search.hasFocus())
    qtbot.keyClicks(browser.search, "paiement")
    first = shown_id(browser)
    qtbot.keyClick(browser.search, Qt.Key.Key_Down)  # arrows move in the list, the search keeps the keyboard
    assert shown_id(browser) != first and browser.search.hasFocus()
    qtbot.keyClick(browser.search, Qt.Key.Key_Up)
    assert shown_id(browser) == first
    qtbot.keyClick(browser.search, Qt.Key.Key_Return)  # to the list; nothing closes
    assert browser.list.hasFocus() and browser.isVisible()
    qtbot.keyClick(browser.list, Qt.Key.Key_Down)
    assert shown_id(browser) == browser.list.item(1).data(Qt.ItemDataRole.UserRole)
    qtbot.keyClick(browser.list, Qt.Key.Key_L)  # typing in the list goes on in the search
    assert browser.search.hasFocus() and browser.search.text() == "paiementl"
    qtbot.keyClick(browser.search, Qt.Key.Key_Escape)  # clears the search
    assert browser.search.text() == "" and browser.isVisible()
    assert browser.list.count() == len(bundled_pack.glossary)
    qtbot.keyClick(browser.search, Qt.Key.Key_Escape)  # then closes
    qtbot.waitUntil(lambda: not browser.isVisible())
    glossary_action(window).trigger()  # the same window again
    assert window.findChildren(GlossaryWindow) == [browser] and browser.isVisible()


def test_a_question_of_an_entry_leads_to_its_step(open_window, qtbot, db_path, bundled_pack):
    with Store(db_path) as store:
        business_id = add_demo_business(store, bundled_pack)
    window = open_window("fr", bundled_pack)
    before = saved_answers(db_path, business_id)
    browser = open_browser(window, qtbot)
    browser.show_term("rc")
    row = next(
        r
        for r in range(browser.questions.count())
        if browser.questions.item(r).data(Qt.ItemDataRole.UserRole) == "pay_has_rc"
    )
    browser.questions.setCurrentRow(row)
    assert browser.question_text.isVisible() and browser.question_text.text().startswith("Étape : ")
    browser.go_button.click()
    page = section(window)
    card = page.widgets["pay_has_rc"]
    assert card.isAncestorOf(window.focusWidget())  # the keyboard on its first answer
    assert isinstance(window.focusWidget(), QAbstractButton)
    assert saved_answers(db_path, business_id) == before


def test_a_question_not_asked_says_so(open_window, qtbot, bundled_pack):
    window = open_window("fr", bundled_pack)  # no business: nothing to go to
    browser = open_browser(window, qtbot)
    browser.show_term("rc")
    browser.questions.setCurrentRow(0)
    browser.go_button.click()
    assert browser.status.isVisible() and "n'est pas posée ici" in browser.status.text()


def test_the_browser_fits_800_by_600(open_window, qtbot, bundled_pack):
    window = open_window("fr", bundled_pack)
    window.resize(800, 600)
    browser = open_browser(window, qtbot)
    screen = browser.screen().availableGeometry()
    assert browser.width() <= min(800, screen.width()) and browser.height() <= min(600, screen.height())
    browser.show_term("acquirer")  # a long definition, to confirm, many questions
    QApplication.processEvents()
    details = browser.splitter.widget(1)
    assert details.horizontalScrollBar().maximum() == 0
    assert browser.list.width() >= 160 and browser.view.definition.width() >= 300


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_every_control_of_the_browser_has_a_name(open_window, qtbot, bundled_pack, french_afterwards, lang):
    from ui.app import prepare_application

    prepare_application(lang)
    window = open_window(lang, bundled_pack)
    browser = open_browser(window, qtbot)
    browser.show_term("rc")
    browser.questions.setCurrentRow(0)
    assert nameless(browser) == []
    if lang == "ar":
        assert browser.windowTitle() == "مسرد المصطلحات"
        assert browser.questions_heading.text() == "الأسئلة التي تستعمل هذا المصطلح"
        assert browser.view.source_heading.text() == "المرجع"


# -- links on the question cards ------------------------------------------------------------------------------


def rc_card(window) -> YesNoQuestion:
    card = section(window).widgets["t_rc"]
    assert isinstance(card, YesNoQuestion)
    return card


def test_a_term_on_a_question_card_opens_its_definition_and_changes_nothing(open_window, qtbot, db_path, fixture_pack):
    with Store(db_path) as store:
        business_id = add_demo_business(store, fixture_pack)
    window = open_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.wizard.go_to("shop/shop_status")
    page = section(window)
    card = rc_card(window)
    label = card.text_label
    assert isinstance(label, LinkLabel) and label.property("terms") == ["rc"]
    assert '<a href="term:rc">RC</a>' in label.text()  # "Êtes-vous inscrit au RC ?"
    before = saved_answers(db_path, business_id)
    checked = {value: button.isChecked() for value, button in card.buttons.items()}
    scrolled = page.scroll_area.verticalScrollBar().value()

    label.setFocus(Qt.FocusReason.TabFocusReason)  # Tab onto the text shows its first link
    qtbot.waitUntil(label.hasFocus)
    qtbot.keyClick(label, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: card.term_popup is not None and card.term_popup.isVisible())
    popup = card.term_popup
    assert isinstance(popup, TermPopup)
    entry = fixture_pack.glossary["rc"]
    assert popup.view.name.text() == "Registre de commerce (RC)"
    assert popup.view.definition.text() == entry.definition["fr"]
    assert popup.view.source.text() == "Code de commerce (loi 15-95)"  # its law reference
    assert nameless(popup) == []
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())

    assert QApplication.focusWidget() is label  # the keyboard is back where it was
    qtbot.keyClick(label, Qt.Key.Key_Return)  # and the same link opens it again
    qtbot.waitUntil(lambda: card.term_popup is not None and card.term_popup is not popup)
    assert card.term_popup.isVisible()
    card.term_popup.close()
    assert window.wizard.current == "shop/shop_status" and section(window) is page
    assert page.scroll_area.verticalScrollBar().value() == scrolled
    assert {value: button.isChecked() for value, button in card.buttons.items()} == checked
    assert saved_answers(db_path, business_id) == before


def test_the_mouse_opens_the_same_definition_and_leads_to_the_glossary(open_window, qtbot, db_path, fixture_pack):
    with Store(db_path) as store:
        add_demo_business(store, fixture_pack)
    window = open_window()
    window.wizard.go_to("shop/shop_status")
    card = rc_card(window)
    card.text_label.linkActivated.emit("term:rc")  # what a click on the link sends
    popup = card.term_popup
    assert popup is not None and popup.isVisible()
    popup.glossary_button.click()
    qtbot.waitUntil(lambda: not popup.isVisible())
    browser = window.findChild(GlossaryWindow)
    assert browser is not None and browser.isVisible() and shown_id(browser) == "rc"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_links_in_each_language(open_window, db_path, fixture_pack, lang):
    with Store(db_path) as store:
        add_demo_business(store, fixture_pack)
    window = open_window(lang)
    window.wizard.go_to("shop/shop_status")
    label = rc_card(window).text_label
    assert label.property("terms") == ["rc"]
    expected = {"ar": "السجل التجاري", "en": "trade register"}[lang]  # "Are you in the trade register?"
    assert f'<a href="term:rc">{expected}</a>' in label.text()


def test_a_card_without_a_glossary_term_keeps_a_plain_label(open_window, db_path, fixture_pack):
    with Store(db_path) as store:
        add_demo_business(store, fixture_pack)
    window = open_window()
    window.wizard.go_to("shop/shop_status")
    card = section(window).widgets["t_bank"]  # "Avez-vous un compte bancaire professionnel ?"
    assert not isinstance(card.text_label, LinkLabel)
    assert card.text_label.textFormat() == Qt.TextFormat.PlainText


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Le <b>RC</b> & l'ICE <script>x</script> ?", "fr"),
        ("القانون رقم 31-08 و <i>RC</i> على https://www.ae.gov.ma", "ar"),
        ("Line one\n  indented   RC, line two", "en"),
    ],
)
def test_content_text_is_never_read_as_markup(qapp, text, lang):
    start = text.index("RC")
    rich = screen_html({lang: text}, lang, [(start, start + 2, "term:rc")])
    document = QTextDocument()
    document.setHtml(rich)
    assert document.toPlainText() == screen_text({lang: text}, lang)  # the same characters, marks included
    assert rich.count("<a ") == 1 and f'<a href="term:rc">{html.escape("RC")}</a>' in rich


def test_tab_moves_from_link_to_link_and_back_from_a_definition_the_same_link_is_shown(
    open_window, qtbot, db_path, bundled_pack
):
    with Store(db_path) as store:
        add_demo_business(store, bundled_pack)
    window = open_window("fr", bundled_pack)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.show_question("pay_has_rc")
    card = section(window).widgets["pay_has_rc"]
    card.help.toggle.setChecked(True)
    label = next(lbl for lbl in card.help.findChildren(LinkLabel) if len(lbl.hrefs) > 1)
    label.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(label.hasFocus)
    first = label.selectedText()
    qtbot.keyClick(label, Qt.Key.Key_Tab)  # the next link of the same text
    second = label.selectedText()
    assert label.hasFocus() and second and second != first
    qtbot.keyClick(label, Qt.Key.Key_Return)
    popup = card.term_popup
    assert popup is not None and popup.term_id == label.hrefs[1].removeprefix("term:")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is label)
    assert label.selectedText() == second  # where the keyboard was
