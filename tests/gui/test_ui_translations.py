"""The interface in Arabic and English: Qt's translation files (resources/translations) are complete, consistent
with the sources, compiled, and really used, so that no French word is left on an Arabic or English screen."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTreeWidget,
    QWidget,
)

from merchant_assistant.paths import resources_dir
from ui.app import prepare_application, translations_dir
from ui.main_window import MainWindow
from ui.section_page import SectionPage
from ui.start_page import READINESS

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("ar", "en")
PLACEHOLDER = re.compile(r"%L?\d+|%L?n|\{\w*\}|<[^>]+>")
FRENCH_LETTERS = re.compile(r"[éèêëàâçùûôîïœÉÈÀÇ]")  # « » are used in Arabic too


def _messages(lang: str) -> list[tuple[str, ET.Element]]:
    """(context, message element) for every message of ui_<lang>.ts."""
    root = ET.parse(translations_dir() / f"ui_{lang}.ts").getroot()
    return [
        (context.findtext("name"), message) for context in root.iter("context") for message in context.iter("message")
    ]


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def _french_leftovers(lang: str) -> tuple[set[str], set[str]]:
    """Source texts that must not be seen in ``lang``: whole texts (exact match) and longer fragments (substring).

    Sources whose translation is the same word (e.g. "Action", "OK" in English) are left out. Fragments are the
    parts between placeholders and mnemonics, so that "Préparation : %1 — %2" is caught with any numbers in it.
    """
    whole: set[str] = set()
    fragments: set[str] = set()
    for _context, message in _messages(lang):
        source = message.findtext("source")
        if source in _translations(message):
            continue
        whole.add(source.replace("&", ""))
        for part in PLACEHOLDER.split(source.replace("&", "")):
            part = part.strip(" —:()…\n")
            if " " in part and len(part) >= 8 and not any(part in t for t in _translations(message)):
                fragments.add(part)
    return whole, fragments


@pytest.fixture
def ui_lang(qapp):
    """Install the interface language as starting the program does; back to French afterwards."""

    def _set(lang: str) -> None:
        prepare_application(lang)

    yield _set
    prepare_application("fr")


def widget_texts(window: MainWindow) -> list[tuple[str, str]]:
    """(where, text) for every text the user can read in the window: labels, buttons, group boxes, placeholders,
    tree and table headings and cells, combo items, tool tips, the window title and the menus."""
    texts: list[tuple[str, str]] = [("window title", window.windowTitle())]
    for menu_action in window.menuBar().actions():
        texts.append(("menu", menu_action.text()))
        for action in menu_action.menu().actions():
            if not action.objectName().startswith("language_"):  # each language is named in its own words
                texts.append(("menu item", action.text()))
    for widget in window.findChildren(QWidget):
        name = f"{type(widget).__name__} {widget.objectName()}".strip()
        if widget.toolTip():
            texts.append((name + " tooltip", widget.toolTip()))
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append((name, widget.text()))
        elif isinstance(widget, QGroupBox):
            texts.append((name, widget.title()))
        elif isinstance(widget, QLineEdit):
            texts.append((name + " placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            texts.extend((name + " item", widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            texts.extend((name + " heading", header.text(c)) for c in range(header.columnCount()))
            stack = [widget.topLevelItem(i) for i in range(widget.topLevelItemCount())]
            while stack:
                item = stack.pop()
                texts.extend((name + " item", item.text(c)) for c in range(item.columnCount()))
                texts.extend((name + " item tooltip", item.toolTip(c)) for c in range(item.columnCount()))
                stack.extend(item.child(i) for i in range(item.childCount()))
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    texts.append((name + " heading", model.headerData(column, Qt.Orientation.Horizontal, role) or ""))
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    index = model.index(row, column)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = index.data(role)
                        texts.append((name + " cell", value if isinstance(value, str) else ""))
    return [(where, text) for where, text in texts if text]


def assert_no_french(window: MainWindow, lang: str) -> int:
    """Fails on any known French source text in the window; returns how many texts were looked at."""
    whole, fragments = _french_leftovers(lang)
    texts = widget_texts(window)
    left = [
        (where, text)
        for where, text in texts
        if text.replace("&", "") in whole
        or any(fragment in text for fragment in fragments)
        or (lang == "ar" and FRENCH_LETTERS.search(text))
    ]
    assert not left, f"French left in the {lang} interface: {left}"
    return len(texts)


def walk_all_pages(window: MainWindow, lang: str) -> None:
    """The start page (empty, then with the example), the new-business profile, every question page, the plan."""
    assert window.stack.currentWidget() is window.start_page
    assert_no_french(window, lang)
    window.new_business()
    assert window.wizard.current == "profile"
    assert not window.wizard.profile_page.validate()  # the name is required: its message shows
    assert_no_french(window, lang)
    window.start_page._add_demo()
    window.show_start()
    assert_no_french(window, lang)
    window.start_page._open_current()
    questions = 0
    for step in list(window.wizard.steps):
        assert window.wizard.go_to(step.id)
        page = window.wizard.pages.currentWidget()
        if isinstance(page, SectionPage):
            questions += 1
            for widget in page.widgets.values():  # the "saved" and "why it matters" texts too
                widget.mark_saved(widget.value)
                if widget.help is not None:
                    widget.help.toggle.setChecked(True)
        assert assert_no_french(window, lang) > 20
    assert questions >= 2 and window.wizard.current == "plan"
    walk_workshop_pages(window, lang)


def walk_workshop_pages(window: MainWindow, lang: str) -> None:
    """The workshops (none yet), a new one's form with its message, the workshop with a participant and the list
    to add others from."""
    window.show_workshops()
    assert_no_french(window, lang)
    window.workshops_page.new_workshop()
    dialog = window.workshops_page.dialog
    dialog.save()  # no name: the message under the field
    assert dialog.errors["name"].isVisible()
    assert_no_french(window, lang)
    dialog.name.setText("2026")
    dialog.save()
    page = window.workshop_page
    assert window.stack.currentWidget() is page
    assert_no_french(window, lang)  # no participant yet
    page.add_button.click()
    page.picker.check(window.workspace.businesses()[0].id)
    page.picker.add_button.click()
    assert page.names()
    assert assert_no_french(window, lang) > 20
    page.add_button.click()  # the list of the others
    assert_no_french(window, lang)
    page.picker.reject()


def test_arabic_interface_has_no_french(open_window, ui_lang, qtbot):
    ui_lang("ar")
    window = open_window("ar")
    start = window.start_page
    assert start.new_button.text() == "مقاولة جديدة"
    assert start.demo_button.text() == "تجربة المثال"
    assert window.windowTitle() == "مساعد جاهزية التاجر"
    walk_all_pages(window, "ar")
    wizard = window.wizard
    assert wizard.previous_button.text() == "السابق"
    plan = wizard.plan_page
    assert plan.pdf_button.text() == "حفظ ملف PDF…"  # Latin acronyms stay as they are
    assert plan.model.headerData(1, Qt.Orientation.Horizontal) == "الإجراء"
    assert plan.overall.text().endswith("%") and "\u00a0" not in plan.overall.text()  # 45% in Arabic
    wizard.go_to(wizard.steps[1].id)
    assert wizard.next_button.text() == "التالي"


def test_english_interface_has_no_french(open_window, ui_lang):
    ui_lang("en")
    window = open_window("en")
    assert window.start_page.new_button.text() == "New business"
    walk_all_pages(window, "en")
    wizard = window.wizard
    assert wizard.plan_page.pdf_button.text() == "Save PDF…"
    assert wizard.readiness_label.text().startswith("Readiness: ")
    wizard.go_to(wizard.steps[1].id)
    assert wizard.next_button.text() == "Next"
    assert wizard.previous_button.text() == "Previous"


def test_french_needs_no_translation_file(open_window, ui_lang):
    ui_lang("ar")
    ui_lang("fr")  # a change of language removes the earlier translators
    window = open_window("fr")
    assert window.start_page.new_button.text() == "Nouvelle entreprise"
    assert not (translations_dir() / "ui_fr.qm").exists()


def test_plural_forms(ui_lang):
    ui_lang("ar")
    many = QCoreApplication.translate("PlanPage", '%n question(s) sans réponse — <a href="#">y répondre</a>', "", 2)
    assert many.startswith("سؤالان بدون")  # the dual says "two" itself: "2 سؤالان" would say it twice
    assert QCoreApplication.translate(
        "PlanPage", '%n question(s) sans réponse — <a href="#">y répondre</a>', "", 5
    ).startswith("5 أسئلة")
    ui_lang("en")
    assert QCoreApplication.translate(
        "PlanPage", '%n question(s) sans réponse — <a href="#">y répondre</a>', "", 1
    ).startswith("1 unanswered question —")
    assert QCoreApplication.translate(
        "PlanPage", '%n question(s) sans réponse — <a href="#">y répondre</a>', "", 3
    ).startswith("3 unanswered questions —")


def test_dates_and_percentages_follow_the_language(ui_lang, open_window, fixture_pack):
    ui_lang("ar")
    window = open_window("ar")
    reviewed = fixture_pack.reviewed
    months_ar = (
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "ماي",
        "يونيو",
        "يوليوز",
        "غشت",
        "شتنبر",
        "أكتوبر",
        "نونبر",
        "دجنبر",
    )
    assert months_ar[reviewed.month - 1] in window.content_label.text()
    window.start_page._add_demo()
    window.show_start()
    assert "%" in window.start_page.list.topLevelItem(0).text(READINESS)
    assert "\u00a0%" not in window.start_page.list.topLevelItem(0).text(READINESS)


# -- the translation files themselves -----------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated(lang):
    messages = _messages(lang)
    assert len(messages) > 100
    for context, message in messages:
        translation = message.find("translation")
        source = message.findtext("source")
        assert translation.get("type") is None, f"{lang}: {context} {source!r} is {translation.get('type')}"
        assert all(text.strip() for text in _translations(message)), f"{lang}: {context} {source!r} is empty"


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_match(lang):
    """The same %1, %n, {name} and HTML tags in each translation as in the source (Electrum's check)."""
    for context, message in _messages(lang):
        source = message.findtext("source")
        expected = sorted(PLACEHOLDER.findall(source))
        for form, text in enumerate(_translations(message)):
            # Arabic's singular and dual forms (1 and 2) say the number in words: "سؤالان", never "2 سؤالان".
            says_number = not (lang == "ar" and message.get("numerus") == "yes" and form in (1, 2) and "%n" not in text)
            wanted = expected if says_number else [p for p in expected if p != "%n"]
            assert sorted(PLACEHOLDER.findall(text)) == wanted, f"{lang}: {context} {source!r} -> {text!r}"
            assert text.count("&") == source.count("&"), f"{lang}: mnemonic of {source!r} -> {text!r}"


@pytest.mark.parametrize("lang", LANGS)
def test_arabic_and_english_translations_are_not_french(lang):
    letters = re.compile(r"[\u0600-\u06ff]") if lang == "ar" else re.compile(r"[A-Za-z]")
    for context, message in _messages(lang):
        for text in _translations(message):
            if lang == "ar" and PLACEHOLDER.sub("", text).strip(" .()*%—…✓") in ("OK", "PDF", "pdf"):
                continue
            if message.findtext("source") == "fr" and context == "Labels":  # the language-code marker
                assert text == lang
                continue
            if message.findtext("source") == "QT_LAYOUT_DIRECTION":  # Qt's own marker: the first window's direction
                assert (context, text) == ("QGuiApplication", "RTL" if lang == "ar" else "LTR")
                continue
            assert letters.search(text), f"{lang}: {context} {text!r}"
            assert not (lang == "ar" and FRENCH_LETTERS.search(text)), f"{lang}: {context} {text!r}"


def _qt_tool(name: str, *args: str) -> subprocess.CompletedProcess:
    """Run PySide6's own lupdate or lrelease (shipped in PySide6-Essentials) with this Python."""
    code = f"import sys; sys.argv[0] = 'pyside6-{name}'; from PySide6.scripts.pyside_tool import {name}; {name}()"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120, cwd=ROOT)


@pytest.mark.parametrize("lang", LANGS)
def test_compiled_files_match_the_sources(lang, tmp_path):
    """The committed .qm is what lrelease makes of the committed .ts (the app runs from a clean clone)."""
    compiled = tmp_path / f"ui_{lang}.qm"
    done = _qt_tool("lrelease", "-silent", str(translations_dir() / f"ui_{lang}.ts"), "-qm", str(compiled))
    assert done.returncode == 0, done.stderr
    committed = translations_dir() / f"ui_{lang}.qm"
    assert committed.read_bytes() == compiled.read_bytes(), f"run lrelease: {committed.name} is out of date"


def test_translation_files_know_every_string_of_the_code(tmp_path):
    """lupdate over ui/*.py finds nothing new: every string wrapped in tr()/translate() is in the .ts files."""
    fresh = tmp_path / "ui_xx.ts"
    sources = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "ui").glob("*.py"))]
    done = _qt_tool("lupdate", *sources, "-source-language", "fr", "-target-language", "en", "-ts", str(fresh))
    assert done.returncode == 0, done.stderr
    found = {
        (c.findtext("name"), m.findtext("source"), m.findtext("comment"))
        for c in ET.parse(fresh).getroot().iter("context")
        for m in c.iter("message")
    }
    for lang in LANGS:
        known = {(context, m.findtext("source"), m.findtext("comment")) for context, m in _messages(lang)}
        assert found == known, f"ui_{lang}.ts is not up to date with the code: run lupdate (see README there)"


def test_translations_folder_is_the_bundled_one():
    assert translations_dir() == resources_dir() / "translations"
    for lang in LANGS:
        assert (translations_dir() / f"ui_{lang}.qm").stat().st_size > 1000


def test_an_arabic_text_that_starts_with_a_number_still_reads_right_to_left(qapp):
    """ "24 رقمًا…": the mark that keeps the number whole must not turn the paragraph left to right."""
    from merchant_assistant.i18n import text_is_rtl
    from ui.labels import screen_text

    shown = screen_text({"ar": "24 رقمًا، في شهادة RIB: البنك (3)", "fr": "24 chiffres"}, "ar")
    assert text_is_rtl(shown)  # Qt takes a paragraph's direction from its first strong character, as this does
    assert screen_text({"ar": "24 رقمًا", "fr": "x"}, "fr") == "x"
