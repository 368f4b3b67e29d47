"""The profile's identifiers in the form, as a user types them: a wrong value shows its message beside the field in
the interface language and nothing is saved; a RIB whose key does not match is saved and shows a warning; a saved
phone number or RIB is shown the way people write it."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from merchant_assistant.i18n import with_ltr_marks
from merchant_assistant.messages import message
from merchant_assistant.profile import field_problem
from merchant_assistant.storage import Store

REGISTRY_RIB = "011519000001205000534921"  # the IBAN registry's example for Morocco, without MA64
BAD_KEY_RIB = REGISTRY_RIB[:-2] + "22"


@pytest.fixture
def in_language(qapp, french_afterwards):
    """Start the interface in a language (the tests after it find it in French again)."""
    from ui.app import prepare_application

    return prepare_application


def type_into(qtbot, editor, text: str) -> None:
    """Type ``text`` in a profile field and leave it, as a user does (Tab to the next field)."""
    editor.edit.setFocus()
    editor.edit.selectAll()
    if text.isascii():
        qtbot.keyClicks(editor.edit, text)
    else:  # QTest types Latin-1 keys only (others abort the process): as an input method would, at once
        editor.edit.insert(text)
    editor.edit.editingFinished.emit()  # leaving the field (focus changes are unreliable offscreen)


def saved_profiles(db_path) -> list[dict]:
    with Store(db_path) as other:
        return [b.profile for b in other.list_businesses()]


@pytest.mark.parametrize("lang", ["fr", "ar"])
@pytest.mark.parametrize(
    "field_id, typed, code",
    [
        ("phone", "08 12 34 56 78", "phone_invalid"),
        ("email", "contact@atlas", "email_invalid"),
        ("tax_id", "IF 4012", "tax_id_invalid"),
        ("rc_number", "en cours", "rc_invalid"),
    ],
)
def test_a_wrong_value_shows_its_message_in_the_interface_language_and_nothing_is_saved(
    open_window, in_language, qtbot, db_path, bundled_pack, lang, field_id, typed, code
):
    in_language(lang)
    window = open_window(lang, bundled_pack)
    window.new_business()
    page = window.wizard.profile_page
    page.editors["name"].edit.setText("Atlas")
    editor = page.editors[field_id]
    type_into(qtbot, editor, typed)

    problem = field_problem(bundled_pack.profile_field(field_id), typed)
    assert problem.code == code
    expected = problem.message(lang)
    assert editor.error.isVisible()
    assert editor.error.text() == (with_ltr_marks(expected) if lang == "ar" else expected)

    qtbot.mouseClick(window.wizard.next_button, Qt.MouseButton.LeftButton)
    assert window.wizard.current == "profile", "the page stays until the value is right"
    assert editor.error.isVisible() and window.focusWidget() is editor.edit, "the wrong field is the one to fix"
    assert saved_profiles(db_path) == []


def test_a_rib_of_the_wrong_length_says_how_many_digits_were_typed(open_window, qtbot, bundled_pack, db_path):
    window = open_window("fr", bundled_pack)
    window.new_business()
    page = window.wizard.profile_page
    page.editors["name"].edit.setText("Atlas")
    type_into(qtbot, page.editors["rib"], "011 519 0000012050005349 2")
    assert page.editors["rib"].error.text() == message("rib_length", "fr", count=23)
    assert not page.save() and saved_profiles(db_path) == []


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_a_rib_whose_key_does_not_match_is_saved_with_a_warning(
    open_window, in_language, qtbot, db_path, bundled_pack, lang
):
    in_language(lang)
    window = open_window(lang, bundled_pack)
    window.new_business()
    page = window.wizard.profile_page
    page.editors["name"].edit.setText("Atlas")
    rib = page.editors["rib"]
    type_into(qtbot, rib, "011 519 0000012050005349 22")
    assert not rib.error.isVisible()
    assert rib.warning.isVisible()
    assert message("rib_key_mismatch", "ar" if lang == "ar" else "fr").split("(")[0].strip() in rib.warning.text()

    qtbot.mouseClick(window.wizard.next_button, Qt.MouseButton.LeftButton)
    assert window.wizard.current != "profile", "a warning does not stop the user"
    assert [p["rib"] for p in saved_profiles(db_path)] == [BAD_KEY_RIB]

    window.wizard.go_to("profile")  # back to the profile: the warning is there again, beside the saved value
    assert rib.warning.isVisible() and rib.edit.text() == "011 519 0000012050005349 22"


def test_a_good_rib_and_a_phone_number_are_saved_in_one_form_and_shown_as_people_write_them(
    open_window, qtbot, db_path, bundled_pack
):
    window = open_window("fr", bundled_pack)
    window.new_business()
    page = window.wizard.profile_page
    page.editors["name"].edit.setText("Atlas")
    type_into(qtbot, page.editors["rib"], "٠١١٥١٩٠٠٠٠٠١٢٠٥٠٠٠٥٣٤٩٢١")  # typed on an Arabic keyboard
    type_into(qtbot, page.editors["phone"], "+212 6.12.34.56.78")
    assert page.editors["phone"].edit.text() == "06 12 34 56 78", "tidied on leaving the field"
    type_into(qtbot, page.editors["email"], "Contact@Atlas.MA")
    assert not any(e.error.isVisible() or e.warning.isVisible() for e in page.editors.values())
    qtbot.mouseClick(window.wizard.next_button, Qt.MouseButton.LeftButton)
    (saved,) = saved_profiles(db_path)
    assert (saved["rib"], saved["phone"], saved["email"]) == (REGISTRY_RIB, "+212612345678", "Contact@atlas.ma")

    window.wizard.go_to("profile")
    assert page.editors["phone"].edit.text() == "06 12 34 56 78"
    assert page.editors["rib"].edit.text() == "011 519 0000012050005349 21"
    assert not page.is_dirty(), "shown differently, but the same value"


def test_in_arabic_numbers_and_addresses_are_typed_left_to_right(open_window, in_language, bundled_pack):
    in_language("ar")
    window = open_window("ar", bundled_pack)
    window.new_business()
    editors = window.wizard.profile_page.editors
    for field_id in ("ice", "tax_id", "rib", "phone", "email"):
        assert editors[field_id].edit.layoutDirection() == Qt.LayoutDirection.LeftToRight, field_id
    assert editors["name"].edit.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert editors["rc_number"].edit.layoutDirection() == Qt.LayoutDirection.RightToLeft  # the city may be Arabic


def test_a_message_under_a_field_does_not_move_the_next_field(open_window, qtbot, bundled_pack):
    """Leaving a wrong phone number shows its message in the line kept for it: the e-mail field stays where the
    pointer is going."""
    window = open_window(pack=bundled_pack)
    window.new_business()
    page = window.wizard.profile_page
    QApplication.processEvents()
    phone, email = page.editors["phone"], page.editors["email"]
    before = email.edit.mapTo(page, email.edit.rect().topLeft()).y()
    phone.edit.setText("08 12")
    phone.check()
    QApplication.processEvents()
    assert phone.error.isVisible()
    assert email.edit.mapTo(page, email.edit.rect().topLeft()).y() == before


def test_leaving_a_profile_with_a_wrong_value_says_why(open_window, qtbot, bundled_pack):
    from PySide6.QtWidgets import QMessageBox

    window = open_window(pack=bundled_pack)
    window.start_page._add_demo()
    window.wizard.go_to("profile")
    phone = window.wizard.profile_page.editors["phone"]
    phone.edit.setText("08 12")
    phone.edit.textEdited.emit("08 12")
    window.show_start()  # "Entreprises"
    assert not window.on_start_page()  # nothing wrong is saved, nothing typed is lost
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1 and "signalée en rouge" in boxes[0].text()
    boxes[0].close()
    assert phone.error.isVisible() and phone.edit.text() == "08 12"
