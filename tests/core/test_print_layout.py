"""The printed plan as a reader sees it on paper, measured on the PDF (pdfplumber: where each character, rule and
box is drawn), for every business of tests/businesses in every language:

- no character of a table crosses into the next column (or into the padding next to a column rule);
- a row of the action table is never cut across two pages (none is longer than a page);
- no heading is the last line of a page;
- web addresses read in their own order inside Arabic text ("https://", never "//:https");
- the action table lists the plan's actions, numbered in the plan's order (the order of ``plan --json``).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from functools import cache

import pdfplumber
import pytest

from merchant_assistant.content.model import tr
from merchant_assistant.plan_data import plan_to_dict
from merchant_assistant.report.document import ACTION_WIDTHS, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE_H
from merchant_assistant.report.labels import label
from merchant_assistant.report.textlayout.script import LATIN_UNIT_RE

from ..helpers import BUSINESS_FILES, business_pdf, business_plan

LANGS = ("fr", "ar", "en")
HEADING_SIZES = {10.5, 13.0, 17.0}  # h3, h2, h1 (styles.py)
GROUP_SIZE = 9.5  # the title of a group of rows in the action table


@dataclass(frozen=True)
class Char:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool


@dataclass(frozen=True)
class Page:
    chars: tuple[Char, ...]
    verticals: tuple[tuple[float, float, float], ...]  # rules: x, top, bottom
    horizontals: tuple[tuple[float, float, float], ...]  # rules and box edges: y, x0, x1
    boxes: tuple[tuple[float, float, float, float], ...]  # small squares (tick boxes): x0, top, x1, bottom
    text: str


@cache
def _pages(name: str, lang: str) -> tuple[Page, ...]:
    """What pdfplumber finds on each page, read once per PDF."""
    pages = []
    with pdfplumber.open(io.BytesIO(business_pdf(name, lang))) as pdf:
        for p in pdf.pages:
            chars = tuple(
                Char(c["text"], c["x0"], c["x1"], c["top"], c["bottom"], round(c["size"], 1), "Bold" in c["fontname"])
                for c in p.chars
                if c["text"].strip()
            )
            verticals = tuple(
                (e["x0"], e["top"], e["bottom"]) for e in p.lines if abs(e["x0"] - e["x1"]) < 0.5 and e["height"] > 4
            )
            horizontals = tuple(
                (round(e["top"], 1), e["x0"], e["x1"]) for e in p.edges if e["orientation"] == "h" and e["width"] > 4
            )
            boxes = tuple(
                (r["x0"], r["top"], r["x1"], r["bottom"])
                for r in p.rects
                if 7 < r["width"] < 12 and 7 < r["height"] < 12
            )
            pages.append(Page(chars, verticals, horizontals, boxes, p.extract_text() or ""))
    return tuple(pages)


def _lines(page: Page) -> list[tuple[float, str, list[Char]]]:
    """Text lines from top to bottom: (top, text in drawing order, chars)."""
    rows: dict[float, list[Char]] = {}
    for c in page.chars:
        rows.setdefault(round(c.top), []).append(c)
    return [(top, "".join(c.text for c in sorted(cs, key=lambda c: c.x0)), cs) for top, cs in sorted(rows.items())]


def _columns(lang: str) -> list[tuple[float, float]]:
    """The action table's columns, left to right on the page."""
    widths = list(ACTION_WIDTHS)
    if lang == "ar":
        widths.reverse()
    x, out = MARGIN_X, []
    for w in widths:
        out.append((x, x + w))
        x += w
    return out


PARAMS = [(name, lang) for name in BUSINESS_FILES for lang in LANGS]


def _rows(page: Page, lang: str) -> list[tuple[float, float]]:
    """The action table's rows on a page: (top, bottom) of each rule drawn between its first two columns."""
    columns = _columns(lang)
    x = columns[0][1]  # between the first and second column, left to right on the page
    return sorted({(round(top, 1), round(bottom, 1)) for vx, top, bottom in page.verticals if abs(vx - x) < 0.6})


@pytest.mark.parametrize("name, lang", PARAMS)
def test_every_action_table_character_stays_in_its_column(name, lang):
    """Inside each row of the action table, every character lies within one column's text area: the column
    minus its 4 pt padding (1.5 pt of it may go to glyph side bearings and rounding)."""
    inner = [(a + 4 - 1.5, b - 4 + 1.5) for a, b in _columns(lang)]
    faults, rows = [], 0
    for number, page in enumerate(_pages(name, lang), 1):
        for top, bottom in _rows(page, lang):
            rows += 1
            for c in page.chars:
                if top < (c.top + c.bottom) / 2 < bottom and not any(a <= c.x0 and c.x1 <= b for a, b in inner):
                    faults.append(f"p. {number}: {c.text!r} at {c.x0:.1f}-{c.x1:.1f}, top {c.top:.0f}")
    assert rows >= len(business_plan(name).items), "the action table's rows were not found"
    assert not faults, "\n".join(faults[:10])


@pytest.mark.parametrize("name, lang", PARAMS)
def test_no_action_row_is_cut_across_pages(name, lang):
    """Every row of the action table has its tick box: a piece of a row without one is the end of a row cut at the
    bottom of the page before (none of the test businesses has a row longer than a page)."""
    faults = []
    for number, page in enumerate(_pages(name, lang), 1):
        for top, bottom in _rows(page, lang):
            if not any(top < (b[1] + b[3]) / 2 < bottom for b in page.boxes):
                text = "".join(c.text for c in page.chars if top < (c.top + c.bottom) / 2 < bottom)
                faults.append(f"p. {number}, {top:.0f}-{bottom:.0f}: {text[:60]!r}")
    assert not faults, "\n".join(faults)


@pytest.mark.parametrize("name, lang", PARAMS)
def test_no_heading_ends_a_page(name, lang):
    bottom_of_frame = PAGE_H - MARGIN_BOTTOM
    faults = []
    for number, page in enumerate(_pages(name, lang), 1):
        body = [line for line in _lines(page) if MARGIN_TOP < line[0] < bottom_of_frame]
        if not body:
            continue
        _, text, chars = body[-1]
        if all(c.size in HEADING_SIZES for c in chars) or all(c.size == GROUP_SIZE and c.bold for c in chars):
            faults.append(f"p. {number}: {text!r}")
    assert not faults, "\n".join(faults)


@pytest.mark.parametrize("name", BUSINESS_FILES)
def test_web_addresses_read_in_order_in_arabic(name):
    plan = business_plan(name)
    texts = [tr(t, "ar") for i in plan.items for t in (i.action.title, i.action.why, i.action.how)]
    texts += [tr(term.definition, "ar") for term in plan.glossary_terms()]
    addresses = {m.group(0) for text in texts for m in LATIN_UNIT_RE.finditer(text)}
    printed = "\n".join(page.text for page in _pages(name, "ar"))
    assert "//:" not in printed and ":https" not in printed
    missing = [a for a in addresses if a not in printed]
    assert not missing, f"not printed in reading order: {missing}"


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name", BUSINESS_FILES)
def test_the_action_table_follows_the_plans_order(name, lang):
    """The table's numbered titles, page after page, are the actions of ``plan --json`` in its order."""
    actions = plan_to_dict(business_plan(name), lang)["actions"]
    printed = re.sub(r"\s+", " ", " ".join(p.text for p in _pages(name, lang) if _rows(p, lang)).replace("\xa0", " "))
    position = 0
    for n, action in enumerate(actions, 1):
        words = f"{n}. {action['title']}".split(" ")[:3]  # titles wrap in their column: the first words
        found = printed.find(" ".join(words), position)
        assert found >= 0, f"action {n} ({action['id']}) not found after action {n - 1}"
        position = found


@pytest.mark.parametrize("name, lang", PARAMS)
def test_the_brief_is_never_shrunk_to_fit(name, lang):
    """A brief page that ran over would be scaled down: nothing on it may be smaller than the smallest style
    (8 pt; 9 pt in Arabic)."""
    smallest = 9.0 if lang == "ar" else 8.0
    with pdfplumber.open(io.BytesIO(business_pdf(name, lang, "brief"))) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            body = [
                c["size"] for c in page.chars if c["text"].strip() and MARGIN_TOP < c["top"] < PAGE_H - MARGIN_BOTTOM
            ]
            assert min(body) >= smallest - 0.05, f"page {number} is scaled down to {min(body) / smallest:.0%}"


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name", BUSINESS_FILES)
def test_the_column_headings_are_whole_words(name, lang):
    headings = [label(k, lang) for k in ("col_action", "col_why", "col_how", "col_status")]
    for page in _pages(name, lang):
        if _rows(page, lang):
            words = set(page.text.split())
            assert all(h in words for h in headings), f"a heading is cut: {[h for h in headings if h not in words]}"


def test_how_takes_at_least_half_the_table():
    assert ACTION_WIDTHS[2] >= sum(ACTION_WIDTHS) / 2


@pytest.mark.parametrize("lang", LANGS)
def test_no_word_is_wider_than_its_column(lang):
    """A word (or a phrase the printer glues: a name, an article and its number, a short quotation) wider than
    its column would be cut in the middle. Every action of every test business, in the action table's columns."""
    from merchant_assistant.report.fonts import LATIN, LATIN_BOLD, register_fonts
    from merchant_assistant.report.styles import _SPECS
    from merchant_assistant.report.textlayout import text_width
    from merchant_assistant.report.typography import typeset

    register_fonts()
    size = max(_SPECS["cell"][0], 9.0 if lang == "ar" else 0)
    inner = [w - 8 for w in ACTION_WIDTHS]  # 4 pt of padding on each side
    too_wide = set()
    for name in BUSINESS_FILES:
        for item in business_plan(name).items:
            for column, text, bold in (
                (0, item.action.title, True),
                (1, item.action.why, False),
                (2, item.action.how, False),
            ):
                for word in re.split(r"[ \n]+", typeset(tr(text, lang), lang)):  # not at no-break spaces
                    if lang == "ar":
                        width = text_width([(word, bold)], size)
                    else:
                        from reportlab.pdfbase.pdfmetrics import stringWidth

                        width = stringWidth(word, LATIN_BOLD if bold else LATIN, size)
                    if width > inner[column]:
                        too_wide.add(f"{item.action.id}: {word!r} ({width:.0f} > {inner[column]:.0f} pt)")
    assert not too_wide, "\n".join(sorted(too_wide))
