"""Every control a user can reach has a name a screen reader can say, on every page, in French and in Arabic
(asked of Qt's accessibility layer, as assistive technology does): the pages, a glossary definition opened from a
question card, and the glossary window."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QHeaderView, QLineEdit, QWidget

from merchant_assistant.service import add_demo_business
from merchant_assistant.storage import Store

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView)


def nameless(window) -> list[str]:
    """The visible controls without an accessible name, described for the failure message."""
    missing = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, CONTROLS) or isinstance(widget, QHeaderView):
            continue  # a header belongs to its table, which is named
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName() or '(no object name)'}")
    return missing


def show_a_definition(wizard) -> None:
    """Open the definition behind the first glossary link of the page."""
    from ui.question_widgets import LinkLabel

    label = next(iter(wizard.section_page.findChildren(LinkLabel)))
    label.linkActivated.emit(f"term:{label.property('terms')[0]}")


def show_a_workshop(window) -> None:
    """The workshop page with the demo business taking part, its first row chosen."""
    change = window.workspace.create_workshop("Atelier")
    window.workspace.add_participant(change.workshop_id, window.workspace.businesses()[0].id)
    window.open_workshop(change.workshop_id)


@pytest.mark.parametrize("lang", ["fr", "ar", "en"])
def test_every_control_of_every_page_has_a_name(open_window, qtbot, db_path, bundled_pack, french_afterwards, lang):
    from ui.app import prepare_application

    prepare_application(lang)
    with Store(db_path) as store:
        add_demo_business(store, bundled_pack)
    window = open_window(lang, bundled_pack)
    pages = {"start": window.show_start}
    wizard = window.wizard
    for step in (wizard.steps[0].id, wizard.steps[1].id, wizard.steps[-1].id):  # profile, a section, the plan
        pages[step] = lambda step=step: (window.open_business(wizard.business_id or 1), wizard.go_to(step))
    pages["definition"] = lambda: (wizard.go_to(wizard.steps[1].id), show_a_definition(wizard))  # a card's link
    pages["glossary"] = window.findChild(QAction, "glossary").trigger  # Help > Glossary
    pages["workshops"] = window.show_workshops
    pages["new workshop"] = window.new_workshop  # its form
    pages["workshop"] = lambda: (window.workshops_page.dialog.reject(), show_a_workshop(window))
    pages["add participants"] = lambda: window.workshop_page.add_button.click()  # the list to tick
    problems = {}
    for page, show in pages.items():
        show()
        qtbot.wait(10)
        missing = nameless(window)
        if missing:
            problems[page] = missing
    assert not problems, problems


def _mnemonic(text: str) -> str | None:
    """The letter after a single "&" (Alt+letter), lower case; "&&" is a plain ampersand."""
    cleaned = text.replace("&&", "")
    at = cleaned.find("&")
    return cleaned[at + 1].lower() if 0 <= at < len(cleaned) - 1 else None


@pytest.mark.parametrize("lang", ["fr", "ar", "en"])
def test_each_alt_letter_opens_one_menu_and_one_item(open_window, lang):
    """A blind review found Alt+A on both "Affichage" and "Aide": the second menu could not be opened that way."""
    window = open_window(lang)
    menus = [action for action in window.menuBar().actions() if action.menu() is not None]
    letters = [_mnemonic(action.text()) for action in menus]
    assert None not in letters and len(set(letters)) == len(letters), [action.text() for action in menus]
    for action in menus:
        items = [_mnemonic(item.text()) for item in action.menu().actions() if not item.isSeparator()]
        given = [letter for letter in items if letter is not None]
        assert len(set(given)) == len(given), [item.text() for item in action.menu().actions()]
