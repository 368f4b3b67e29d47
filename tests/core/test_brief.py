"""The brief ("Your plan in brief"): two pages in front of the plan, printable alone.

Page 1 is pinned up: where the business stands, its goal, its first actions numbered as in the annex table (and in
``plan --json``), each with the annex page where it is detailed. Page 2 goes to the bank, or to the accountant when
no goal needs the bank. Every business file of tests/businesses, in each language.
"""

from __future__ import annotations

import io
import re
import unicodedata
from functools import cache
from pathlib import Path

import pytest
from pypdf import PdfReader

from merchant_assistant import APP_NAME
from merchant_assistant.cli import PDF_FORMATS
from merchant_assistant.content.model import tr
from merchant_assistant.plan import build_plan
from merchant_assistant.plan_data import plan_to_dict
from merchant_assistant.report import FORMATS, render_pdf
from merchant_assistant.report.labels import label

from ..conftest import PLAN_DATE, ROOT
from ..helpers import BUSINESS_FILES, BUSINESSES, business_pdf, business_plan, run_cli

LANGS = ("fr", "ar", "en")
FILES = BUSINESS_FILES
_PUNCT = "()[]{}.,:;!?«»“”\"'·،؛؟"


# --------------------------------------------------------------------------------------------------- helpers


_plan = business_plan
_pdf = business_pdf


def _reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


@cache
def _texts(name: str, lang: str, format: str = "full") -> tuple[str, ...]:
    return tuple(_norm(p.extract_text()) for p in _reader(_pdf(name, lang, format)).pages)


def _words(text: str) -> set[str]:
    return {w.strip(_PUNCT) for w in _norm(text).split(" ")} - {""}


def _present(phrase: str, text: str, lang: str) -> bool:
    """Latin: the phrase as printed. Arabic: extractors give right-to-left runs back only partly in reading order,
    so every word of the phrase must be there (as in tests/core/test_report.py), vowel marks aside."""
    if lang == "ar":
        flat = _no_marks(_norm(text))
        return all(_no_marks(w) in flat for w in _words(phrase))
    return _norm(phrase) in _norm(text)


def _no_marks(text: str) -> str:
    """Arabic without its vowel marks (extractors may put a space before a positioned mark)."""
    return re.sub(r" ?[\u064b-\u065f\u0670]", "", text)


def _fragments(page) -> list[tuple[float, float, str]]:
    """(x, y, text) of every piece of text drawn on the page, in page coordinates."""
    found: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((x, y, unicodedata.normalize("NFKC", text).strip()))

    page.extract_text(visitor_text=visit)
    return found


_REF = re.compile(r"^(?:p\. (\d+)|ص (\d+)|(\d+) ص)$")


def _brief_rows(data: bytes, lang: str) -> list[tuple[int, int | None]]:
    """The numbered rows of the brief's first page, top to bottom: (number, page printed on its row or None)."""
    fragments = _fragments(_reader(data).pages[0])
    rtl = lang == "ar"
    page_w = 595.3
    numbers = [
        (y, int(text))
        for x, y, text in fragments
        if text.isdigit() and (x > page_w - 80 if rtl else x < 70) and len(text) <= 2
    ]
    refs: list[tuple[float, int]] = []
    for x, y, text in fragments:
        m = _REF.match(text)
        if m:
            refs.append((y, int(next(g for g in m.groups() if g))))
        elif text == "ص":  # Arabic: the letter and the number are two runs, side by side
            digits = [t for fx, fy, t in fragments if t.isdigit() and abs(fy - y) < 1 and abs(fx - x) < 30]
            refs += [(y, int(d)) for d in digits[:1]]
    rows = []
    for y, n in sorted(numbers, key=lambda r: -r[0]):
        on_row = [page for ry, page in refs if abs(ry - y) < 4]
        rows.append((n, on_row[0] if on_row else None))
    return rows


# --------------------------------------------------------------------------------------------------- size


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", FILES)
def test_the_brief_is_at_most_two_pages(name, lang):
    brief = _reader(_pdf(name, lang, "brief"))
    assert 1 <= len(brief.pages) <= 2
    # In the full document the brief is the same pages, then the annex starts on a page of its own.
    full = _reader(_pdf(name, lang))
    annex = next(o for o in full.outline if not isinstance(o, list) and o.title == label("annex", lang))
    assert full.get_destination_page_number(annex) == len(brief.pages)


def test_page_two_goes_to_the_bank_or_the_accountant_or_is_left_out():
    with_bank = [n for n in FILES if _plan(n).checklists]
    assert with_bank and len(with_bank) < len(FILES), "the businesses must exercise both cases"
    for name in FILES:
        plan, pages = _plan(name), _texts(name, "fr", "brief")
        if plan.checklists:
            assert label("bank_title", "fr") in pages[1]
            assert label("usual_list", "fr") in pages[1]
            for cl in plan.checklists:
                for option, _ in cl.items:
                    assert _norm(tr(option.label, "fr")) in pages[1], (name, option.id)
        elif any("Comptable" in i.owner("fr") for i in plan.open_items):
            assert label("accountant_title", "fr") in pages[1]
            for n, item in enumerate(plan.items, 1):  # numbered as in the annex table
                if item.status != "done" and "Comptable" in item.owner("fr"):
                    assert _norm(f"{n} {tr(item.action.title, 'fr')}") in pages[1], (name, item.action.id)
        else:
            assert len(pages) == 1, name


def test_the_website_list_is_on_the_bank_page_only_for_a_website():
    for name in FILES:
        plan, pages = _plan(name), _texts(name, "en", "brief")
        has_site = any(cl.kind == "website" for cl in plan.checklists)
        assert (label("checklist_website", "en") in pages[-1]) == has_site, name


# --------------------------------------------------------------------------------------------------- numbering


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", FILES)
def test_numbered_actions_are_the_plans_first_open_actions_with_their_annex_page(name, lang):
    plan = _plan(name)
    data = _pdf(name, lang)
    pages = _texts(name, lang)
    brief_pages = len(_reader(_pdf(name, lang, "brief")).pages)
    rows = _brief_rows(data, lang)
    shown = [n for n, _ in rows]
    open_items = plan.open_items
    # The first open actions of plan.items, in that order, numbered from 1 as plan.items numbers them.
    assert shown == list(range(1, len(shown) + 1)), shown
    assert 1 <= len(shown) <= 10 or not open_items
    assert len(shown) >= min(5, len(open_items))
    listed = open_items[: len(shown)]
    assert tuple(plan.items[: len(shown)]) == listed
    # Every blocker, then every action due within a week, unless the list is full.
    if len(shown) < 10:
        assert all(i in listed for i in open_items if i.blocker)
        assert all(i in listed for i in open_items if i.state in ("overdue", "due_now"))
    # The same numbers and titles in plan --json.
    actions = plan_to_dict(plan, lang)["actions"]
    for n, item in enumerate(listed, 1):
        assert actions[n - 1]["id"] == item.action.id
        assert actions[n - 1]["title"] == tr(item.action.title, lang)
    # On the brief, each number with its title; in the annex table, "n. title" on the page the brief gives.
    for (n, page), item in zip(rows, listed):
        title = tr(item.action.title, lang)
        assert page is not None, f"no page reference on the row of action {n}"
        assert page > brief_pages, f"action {n}: p. {page} is in the brief"
        if lang == "ar":
            assert _present(title, pages[0], lang), n
            assert _present(title, pages[page - 1], lang), (n, page)
        else:
            prefix = f"{label('blocker', lang).upper()} · " if item.blocker else ""
            assert _norm(f"{n} {prefix}{title}") in pages[0], n
            assert _norm(f"{n}. {title}") in pages[page - 1], (n, page)
    if lang != "ar":  # the whole annex table numbers plan.items in order, as the JSON plan lists them
        annex = " ".join(pages[brief_pages:])
        positions = [annex.find(_norm(f"{n}. {tr(i.action.title, lang)}")) for n, i in enumerate(plan.items, 1)]
        assert -1 not in positions and positions == sorted(positions)
        assert [a["id"] for a in actions] == [i.action.id for i in plan.items]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_rest_of_the_plan_is_announced_with_its_page(lang):
    name = "06_coop_exporting.yaml"
    plan = _plan(name)
    rows = _brief_rows(_pdf(name, lang), lang)
    rest = plan.open_items[len(rows) :]
    assert rest, "the business must have more actions than the brief shows"
    span = label("range", lang, a=len(rows) + 1, b=len(plan.open_items))
    assert _norm(label("more_actions", lang, range=span)) in _texts(name, lang)[0]
    brief = _texts(name, lang, "brief")[0]
    assert _norm(label("more_actions_full", lang, range=span)) in brief
    assert not re.search(r"p\. \d+", brief)  # alone, the brief points to no page


# --------------------------------------------------------------------------------------------------- PDF properties


def _outline(reader: PdfReader) -> list[tuple[int, str, int]]:
    """(level, title, page index) of every outline entry, in order."""
    found: list[tuple[int, str, int]] = []

    def walk(entries, level):
        for entry in entries:
            if isinstance(entry, list):
                walk(entry, level + 1)
            else:
                found.append((level, entry.title, reader.get_destination_page_number(entry)))

    walk(reader.outline, 0)
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_title_author_language_and_bookmarks(lang):
    name = "04_guesthouse_foreign_cards.yaml"
    plan = _plan(name)
    reader = _reader(_pdf(name, lang))
    meta = reader.metadata
    assert meta.title == f"{label('plan_title', lang)} – {plan.business_name}"
    assert meta.author == APP_NAME
    assert meta.subject == label("subtitle", lang)
    root = reader.trailer["/Root"]
    assert root["/Lang"] == lang
    direction = root.get("/ViewerPreferences", {}).get("/Direction")
    assert direction == ("/R2L" if lang == "ar" else None)

    outline = _outline(reader)
    titles = [title for _, title, _ in outline]
    expected = [
        label("brief_title", lang),
        label("bank_title", lang),
        label("annex", lang),
        *(tr(ms.module.title, lang) for ms in plan.readiness.modules),
        label("action_plan", lang),
        plan.pack.string("uncertain", lang),
        label("your_notes", lang),  # this business wrote two notes
        label("glossary", lang),
    ]
    assert titles == expected
    pages = _texts(name, lang)
    by_title = {title: (level, page) for level, title, page in outline}
    assert by_title[label("brief_title", lang)] == (0, 0)
    assert by_title[label("bank_title", lang)] == (1, 1)
    for ms in plan.readiness.modules:
        level, page = by_title[tr(ms.module.title, lang)]
        assert level == 1 and _present(tr(ms.module.title, lang), pages[page], lang)
    parts = [(label("annex", lang), 0), (label("action_plan", lang), 0), (plan.pack.string("uncertain", lang), 1)]
    for title, expected_level in [*parts, (label("glossary", lang), 0)]:
        level, page = by_title[title]
        assert level == expected_level and _present(title, pages[page], lang), title
    pages_in_order = [page for _, _, page in outline]
    assert pages_in_order == sorted(pages_in_order)


@pytest.mark.parametrize("lang", LANGS)
def test_the_brief_alone_has_its_own_title_and_bookmarks(lang):
    name = "01_social_seller_unregistered.yaml"  # no goal that needs the bank: page 2 is for the accountant
    reader = _reader(_pdf(name, lang, "brief"))
    assert reader.metadata.title == f"{label('brief_title', lang)} – {_plan(name).business_name}"
    assert reader.trailer["/Root"]["/Lang"] == lang
    assert [(level, title) for level, title, _ in _outline(reader)] == [
        (0, label("brief_title", lang)),
        (1, label("accountant_title", lang)),
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_the_brief_is_deterministic(lang):
    plan = _plan("10_sa_ecommerce.yaml")
    assert render_pdf(plan, lang, "brief") == render_pdf(plan, lang, "brief")


def test_formats_are_the_same_in_the_cli_and_the_report():
    assert set(PDF_FORMATS) == set(FORMATS)
    with pytest.raises(ValueError):
        render_pdf(_plan(FILES[0]), "fr", "short")


# --------------------------------------------------------------------------------------------------- fixture pack


def test_a_pack_without_a_documents_list_says_to_ask_the_bank(fixture_pack):
    plan = build_plan(fixture_pack, fixture_pack.demo["profile"], fixture_pack.demo["answers"], today=PLAN_DATE)
    assert [cl.kind for cl in plan.checklists] == ["website"]
    pages = [_norm(p.extract_text()) for p in _reader(render_pdf(plan, "fr", "brief")).pages]
    assert len(pages) == 2
    assert label("no_documents_list", "fr") in pages[1]
    for option, _ in plan.checklists[0].items:
        assert tr(option.label, "fr") in pages[1]


# --------------------------------------------------------------------------------------------------- CLI


def test_cli_format_brief_writes_only_the_brief(tmp_path):
    name = "04_guesthouse_foreign_cards.yaml"
    out = tmp_path / "brief.pdf"
    result = run_cli(
        "plan",
        "--from",
        str(BUSINESSES / name),
        "--out",
        str(out),
        "--format",
        "brief",
        "--date",
        PLAN_DATE.isoformat(),
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == _pdf(name, "fr", "brief")
    text = " ".join(_norm(p.extract_text()) for p in _reader(out.read_bytes()).pages)
    assert label("brief_title", "fr") in text
    for key in ("action_plan", "glossary", "modules_title"):
        assert label(key, "fr") not in text, key
    full = tmp_path / "full.pdf"
    result = run_cli("plan", "--from", str(BUSINESSES / name), "--out", str(full), "--date", PLAN_DATE.isoformat())
    assert result.returncode == 0, result.stderr
    assert full.read_bytes() == _pdf(name, "fr")  # full is the default


def test_cli_refuses_an_unknown_format_in_one_line(tmp_path):
    out = tmp_path / "x.pdf"
    result = run_cli("plan", "--demo", "--out", str(out), "--format", "short")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "--format" in lines[0] and "invalid choice" in lines[0], result.stderr
    assert not out.exists()
    assert not Path(ROOT / "x.pdf").exists()
