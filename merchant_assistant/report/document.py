"""The printed readiness plan: cover, one section per module, action plan, checklists, glossary.

Everything is built from the Plan (never from today's date) with reportlab's invariant mode, so the same plan
gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepInFrame,
    KeepTogether,
    LongTable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import SetTopFlowables

from .. import APP_NAME
from ..content.model import ContentPack, tr
from ..content.values import MAX_FIELD, display_value, field_warning
from ..glossary import terms_named
from ..i18n import format_date, format_date_short, format_list, format_percent, is_rtl, sort_key
from ..plan import WEEKS_PLANNED, Plan, PlanItem
from ..progress import progress_line
from . import FORMATS, charts
from .fonts import LATIN, register_fonts
from .labels import label
from .styles import ACCENT, INK, MUTED, RULE, SHADE, SHADE_DARK, WHITE, Texts
from .textlayout import Rich, draw_string
from .textlayout.drawing import ELLIPSIS, elide

PAGE_W, PAGE_H = A4
MARGIN_X = 16 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 22 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X
FRAME_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM

# The business facts on the page for the bank: what an adviser asks first, then how to reach the business and the
# account to be paid into. The same in every language: a page that would run over is set tighter, never shorter.
BANK_FACTS = ("legal_form", "rc_number", "ice", "tax_id", "city", "sector", "phone", "email", "rib")

BRIEF_MIN = 5  # the brief lists at least the next five actions (when there are that many) ...
BRIEF_MAX = 10  # ... and at most ten, so that its first page holds on one sheet
REVIEW_DAYS = 28  # the next review of the plan: in four weeks
UNANSWERED_SHOWN = 5  # the annex lists this many unanswered questions per module, then says how many more
# The action table: action (with priority, owner, due date), why, how (at least half the width), done.
ACTION_WIDTHS = (122.0, 96.0, CONTENT_W - 122.0 - 96.0 - 34.0, 34.0)


def brief_items(plan: Plan) -> tuple[PlanItem, ...]:
    """The actions on the brief's first page: the plan's first open actions, in its order, up to the last one that
    blocks the goal or is due within a week (overdue included), at least BRIEF_MIN and at most BRIEF_MAX of them.
    Open actions come first in ``plan.items``, so the n-th here is number n in the annex table and the JSON plan.
    """
    open_items = plan.open_items
    urgent = [n for n, item in enumerate(open_items, 1) if item.blocker or item.state in ("overdue", "due_now")]
    count = max(urgent[-1] if urgent else 0, BRIEF_MIN)
    return open_items[: min(count, BRIEF_MAX)]


def _action_key(item: PlanItem) -> str:
    return f"action:{item.action.id}"


def _for_accountant(item: PlanItem, lang: str) -> bool:
    """Is the accountant to do it? The content names no owner by id, only in words ("Comptable", "Accountant",
    "المحاسب"), so the owner text in the reader's language is searched for the word; a user's own name for the
    owner wins, as everywhere."""
    return label("owner_accountant", lang).casefold() in item.owner(lang).casefold()


# --------------------------------------------------------------------------------------------------- small flowables


class TickBox(Flowable):
    """A square to tick by hand; drawn ticked when the thing is already done."""

    def __init__(self, checked: bool = False, size: float = 9.0):
        super().__init__()
        self.checked, self.size = checked, size
        self.width = self.height = size

    def wrap(self, availWidth, availHeight):
        return self.size, self.size

    def draw(self):
        c, s = self.canv, self.size
        c.saveState()
        c.setStrokeColor(INK)
        c.setLineWidth(0.9)
        c.rect(0, 0, s, s, stroke=1, fill=0)
        if self.checked:
            c.setLineWidth(1.6)
            p = c.beginPath()
            p.moveTo(s * 0.18, s * 0.52)
            p.lineTo(s * 0.42, s * 0.22)
            p.lineTo(s * 0.85, s * 0.85)
            c.drawPath(p, stroke=1, fill=0)
        c.restoreState()


class Bulleted(Flowable):
    """A mark (bullet, tick box) at the start side and a text beside it: lighter than a nested table."""

    def __init__(self, mark: Flowable, body: Flowable, rtl: bool, mark_width: float = 12, boxed: bool = False):
        super().__init__()
        self.mark, self.body, self.rtl, self.mark_width, self.boxed = mark, body, rtl, mark_width, boxed
        self.pad = 3.0 if boxed else 0.0

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        _, bh = self.body.wrap(availWidth - self.mark_width - 2 * self.pad, availHeight)
        _, self._mh = self.mark.wrap(self.mark_width, availHeight)
        self.height = max(bh, self._mh) + 2 * self.pad + 2
        self._bh = bh
        return self.width, self.height

    def draw(self):
        c, pad = self.canv, self.pad
        if self.boxed:  # a blocker: grey band, thick border
            c.saveState()
            c.setFillColor(SHADE)
            c.setStrokeColor(INK)
            c.setLineWidth(1.1)
            c.rect(0, 1, self.width, self.height - 1, stroke=1, fill=1)
            c.restoreState()
        top = self.height - pad
        if self.rtl:
            self.body.drawOn(c, pad, top - self._bh)
            mark_w = getattr(self.mark, "width", self.mark_width)
            self.mark.drawOn(c, self.width - pad - (self.mark_width + mark_w) / 2, top - self._mh - 1)
        else:
            self.body.drawOn(c, pad + self.mark_width, top - self._bh)
            mark_w = getattr(self.mark, "width", self.mark_width)
            self.mark.drawOn(c, pad + (self.mark_width - mark_w) / 2 - 1, top - self._mh - 1)


class Rule(Flowable):
    def __init__(self, width: float = 0, thickness: float = 0.6, color=RULE, space: float = 4):
        super().__init__()
        self.w, self.thickness, self.color, self.space = width, thickness, color, space

    def wrap(self, availWidth, availHeight):
        self.width = self.w or availWidth
        return self.width, self.thickness + 2 * self.space

    def draw(self):
        self.canv.saveState()
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.space, self.width, self.space)
        self.canv.restoreState()


class _Stack(Flowable):
    """Flowables one under the other, as one unsplittable block."""

    def __init__(self, parts: list[Flowable]):
        super().__init__()
        self.parts = parts

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        self._sizes = [p.wrap(availWidth, availHeight) for p in self.parts]
        self.height = sum(h for _, h in self._sizes)
        return self.width, self.height

    def draw(self):
        y = self.height
        for p, (_, h) in zip(self.parts, self._sizes):
            y -= h
            p.drawOn(self.canv, 0, y)


class _WholeRow(Flowable):
    """A table row kept whole: moved to the next page rather than cut, unless it is taller than a page
    (``page_height``), which only a very long text can make it."""

    def __init__(self, table: Table, page_height: float):
        super().__init__()
        self.table, self.page_height = table, page_height

    def wrap(self, availWidth, availHeight):
        self.width, self.height = self.table.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth, availHeight):
        if self.table.wrap(availWidth, availHeight)[1] <= self.page_height:
            return []
        return self.table.split(availWidth, availHeight)

    def draw(self):
        self.table.drawOn(self.canv, 0, 0)


class _Marked(Flowable):
    """A flowable that says where it is drawn: a bookmark (outline entry) on its page, or the page of an anchor
    that the brief refers to. Everything else is the wrapped flowable's."""

    def __init__(self, inner: Flowable, *, bookmark: tuple[str, str, int] | None = None, anchor: str | None = None):
        super().__init__()
        self.inner, self.bookmark, self.anchor = inner, bookmark, anchor

    def wrap(self, availWidth, availHeight):
        self.width, self.height = self.inner.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth, availHeight):
        parts = self.inner.split(availWidth, availHeight)
        if not parts:
            return []
        return [_Marked(parts[0], bookmark=self.bookmark, anchor=self.anchor), *parts[1:]]

    def minWidth(self):
        return self.inner.minWidth()

    def getSpaceBefore(self):
        return self.inner.getSpaceBefore()

    def getSpaceAfter(self):
        return self.inner.getSpaceAfter()

    def draw(self):
        c = self.canv
        if self.bookmark is not None:
            key, title, level = self.bookmark
            _, top = c.absolutePosition(0, self.height)
            c.bookmarkPage(key, fit="XYZ", top=round(top + 6))
            c.addOutlineEntry(title, key, level=level)
        if self.anchor is not None and hasattr(c, "note_anchor"):
            c.note_anchor(self.anchor)
        self.inner.drawOn(c, 0, 0)


class _PageRef(Flowable):
    """Room for "p. N", the annex page of an anchor: the canvas writes the number once every page is laid out."""

    def __init__(self, key: str, size: float = 8, leading: float = 11):
        super().__init__()
        self.key, self.size, self.leading = key, size, leading

    def wrap(self, availWidth, availHeight):
        self.width, self.height = availWidth, self.leading
        return self.width, self.height

    def draw(self):
        if hasattr(self.canv, "page_ref"):
            self.canv.page_ref(self.key, self.width, self.height, self.size)


def _height(parts: list) -> float:
    """How tall these flowables are, one under the other, on a page of the content width."""
    return sum(p.wrap(CONTENT_W, FRAME_H)[1] + p.getSpaceBefore() + p.getSpaceAfter() for p in parts)


# --------------------------------------------------------------------------------------------------- tables


def _mirror_cell(c: int, n: int) -> int:
    return n - 1 - (c % n)


def _mirror_commands(cmds: list[tuple], ncols: int) -> list[tuple]:
    out = []
    swap = {"LINEBEFORE": "LINEAFTER", "LINEAFTER": "LINEBEFORE"}
    for cmd in cmds:
        name, (c0, r0), (c1, r1), *rest = cmd
        a, b = _mirror_cell(c1, ncols), _mirror_cell(c0, ncols)
        name = swap.get(name, name)
        if name == "ALIGN" and rest:
            rest = [{"LEFT": "RIGHT", "RIGHT": "LEFT"}.get(rest[0], rest[0]), *rest[1:]]
        out.append((name, (a, r0), (b, r1), *rest))
    return out


def make_table(
    rows: list[list],
    widths: Sequence[float],
    cmds: list[tuple],
    rtl: bool,
    *,
    long: bool = False,
    repeat: int = 0,
    split_rows: bool | None = None,
) -> Table:
    """A table laid out in reading order: columns and commands given left-to-right, mirrored for Arabic.

    ``long``: may run over pages; ``split_rows`` (default: as ``long``): a row may itself be cut across pages."""
    ncols = len(widths)
    base = [
        ("FONT", (0, 0), (-1, -1), LATIN, 8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    cmds = base + cmds
    if rtl:
        rows = [list(reversed(r)) for r in rows]
        # A spanned cell shows the content of its top-left cell: after mirroring that is the other end.
        for name, (c0, r0), (c1, _r1), *_ in cmds:
            if name == "SPAN":
                a, b = _mirror_cell(c1, ncols), _mirror_cell(c0, ncols)
                rows[r0][a], rows[r0][b] = rows[r0][b], rows[r0][a]
        widths = list(reversed(widths))
        cmds = _mirror_commands(cmds, ncols)
    klass = LongTable if long else Table
    split_in_row = long if split_rows is None else split_rows
    t = klass(
        rows, colWidths=widths, repeatRows=repeat, hAlign="RIGHT" if rtl else "LEFT", splitInRow=int(split_in_row)
    )
    t.setStyle(TableStyle(cmds))
    return t


# --------------------------------------------------------------------------------------------------- page frame


def make_canvas_class(lang: str, product: str, business: str, footer: str):
    """A canvas that keeps every page until the end, then writes "Page X / Y" on each (two passes).

    Holding the pages also gives page references without a second render: an action's title in the annex notes
    its page (``note_anchor``) while the brief, drawn earlier, only reserves a box for "p. N" (``page_ref``);
    the number is written in that box when the document is saved, as "Y" in "Page X / Y" is. Bookmarks are
    bound then too: reportlab binds one to the page being written, which is always the first while pages wait.
    """
    rtl = is_rtl(lang)

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            # Never Helvetica, not even in the page preamble reportlab writes.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or LATIN
            kwargs["initialFontSize"] = kwargs.get("initialFontSize") or 9
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict] = []
            self._deferred: list[tuple] = []  # this page's bookmarks, outline entries and page references
            self._anchors: dict[str, int] = {}  # key -> first page where it was drawn
            # Viewers show the title, not the file name; an Arabic document reads (and pages turn) right to left.
            self.setViewerPreference("DisplayDocTitle", "true")
            if rtl:
                self.setViewerPreference("Direction", "R2L")

        def showPage(self):
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()
            self._deferred = []

        def bookmarkPage(self, key, **kwargs):
            self._deferred.append(("bookmark", key, kwargs))

        def addOutlineEntry(self, title, key, level=0, closed=None):
            self._deferred.append(("outline", title, key, level, closed))

        def note_anchor(self, key: str) -> None:
            """``key`` (an action of the annex) is drawn on this page."""
            self._anchors.setdefault(key, self.getPageNumber())

        def page_ref(self, key: str, width: float, height: float, size: float) -> None:
            """Write "p. N" (the page of anchor ``key``) centred in the box of this size at the current origin,
            once every page is laid out."""
            x, y = self.absolutePosition(0, 0)
            self._deferred.append(("ref", key, x, y, width, height, size))

        def save(self):
            total = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, 1):
                self.__dict__.update(state)
                self._replay(state["_deferred"])
                self._decorate(number, total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _replay(self, deferred: list[tuple]) -> None:
            for kind, *args in deferred:
                if kind == "bookmark":
                    key, kwargs = args
                    Canvas.bookmarkPage(self, key, **kwargs)
                elif kind == "outline":
                    Canvas.addOutlineEntry(self, *args)
                else:
                    key, x, y, width, height, size = args
                    page = self._anchors.get(key)
                    text = label("page_ref", lang, n=page) if page else "—"
                    # On the baseline of the row's first line: reportlab's Paragraph (ascent below the top) in
                    # French and English, our RichText (centred in the line) in Arabic.
                    if rtl:
                        baseline = y + (height - size) / 2 + size * 0.27
                    else:
                        baseline = y + height - pdfmetrics.getAscent(LATIN, size)
                    self.saveState()
                    draw_string(self, x + width / 2, baseline, text, size, rtl=rtl, align="center", color=INK)
                    self.restoreState()

        def _decorate(self, number: int, total: int) -> None:
            start_x, end_x = (PAGE_W - MARGIN_X, MARGIN_X) if rtl else (MARGIN_X, PAGE_W - MARGIN_X)
            start_al, end_al = ("right", "left") if rtl else ("left", "right")
            self.saveState()
            # Header: product name at the start, business name at the end, a rule under both.
            top = PAGE_H - 13 * mm
            product_w = draw_string(self, start_x, top, product, 8, rtl=rtl, align=start_al, bold=True, color=ACCENT)
            # A long name (up to the profile's 200 characters) is cut with "…" before it reaches the product's name.
            name = elide(business, CONTENT_W - product_w - 12, 8, bold=True)
            draw_string(self, end_x, top, name, 8, rtl=rtl, align=end_al, bold=True, color=INK)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, top - 4, PAGE_W - MARGIN_X, top - 4)
            # Footer: disclaimer and review date, page number.
            bottom = 12 * mm
            self.line(MARGIN_X, bottom + 10, PAGE_W - MARGIN_X, bottom + 10)
            page = label("page", lang, x=number, y=total)
            page_w = draw_string(self, end_x, bottom, page, 8, rtl=rtl, align=end_al, bold=True, color=INK)
            avail = CONTENT_W - page_w - 12
            draw_footer(self, footer, start_x, bottom, avail, rtl, start_al)
            self.restoreState()

    return NumberedCanvas


def draw_footer(canv, text: str, x: float, y: float, width: float, rtl: bool, align: str) -> None:
    """The disclaimer: one line if it fits, else two smaller lines."""
    from .textlayout import layout

    for size in (7, 6.5, 6):
        lines = layout(text, width, size, rtl)
        if len(lines) <= 2:
            break
    lines = lines[:2]
    step = size + 1.5
    y0 = y + (step if len(lines) == 2 else 0) - (1 if len(lines) == 2 else 0)
    from .textlayout import draw_line

    canv.setFillColor(MUTED)
    for n, line in enumerate(lines):
        lx = x - line.width if align == "right" else x
        draw_line(canv, line, lx, y0 - n * step, size)


# --------------------------------------------------------------------------------------------------- the document


class PlanDocument:
    def __init__(self, plan: Plan, lang: str, format: str = "full"):
        if format not in FORMATS:
            raise ValueError(f"unsupported format {format!r}; expected one of {', '.join(FORMATS)}")
        self.plan = plan
        self.pack = plan.pack
        self.lang = lang
        self.format = format
        self.rtl = is_rtl(lang)
        self.t = Texts(lang)
        # The profile's limit for a name (MAX_FIELD) fits every place it is printed; a longer one (stored before
        # the limit, or a plan built by a script) is cut there with "…" rather than push a table off the page.
        name = plan.business_name
        self.business_name = name if len(name) <= MAX_FIELD else name[: MAX_FIELD - 1].rstrip() + ELLIPSIS

    # -- helpers ------------------------------------------------------------------------------------------------

    def tr(self, text) -> str:
        return tr(text, self.lang, self.pack.reference_language)

    def L(self, key: str, **values) -> str:
        return label(key, self.lang, **values)

    def profile_choice(self, field_id: str, choice_id: str) -> str:
        try:
            return self.pack.profile_field(field_id).choice_label(choice_id, self.lang)
        except KeyError:
            return choice_id

    def profile_value(self, field_id: str) -> str:
        value = self.plan.profile.get(field_id)
        if value in (None, "", [], ()):
            return "—"
        try:
            f = self.pack.profile_field(field_id)
        except KeyError:
            return str(value)
        if f.kind == "choice":
            return f.choice_label(str(value), self.lang)
        if f.kind == "multi":
            return format_list([f.choice_label(str(v), self.lang) for v in value], self.lang)
        shown = display_value(f, str(value), self.lang)
        # What the form warned about is printed with its warning: the bank must not take it as checked.
        return f"{shown} ({self.L('to_check_lower')})" if field_warning(f, str(value)) else shown

    def profile_label(self, field_id: str, fallback_key: str) -> str:
        try:
            return self.tr(self.pack.profile_field(field_id).label)
        except KeyError:
            return self.L(fallback_key)

    def priority(self, item: PlanItem) -> str:
        return self.L(f"priority_{item.action.priority}")

    def uncertain_text(self) -> str:
        return self.pack.string("uncertain", self.lang)

    # -- the brief ----------------------------------------------------------------------------------------------

    def colon(self, key: str) -> str:
        """A label followed by a colon, French style (no-break space before it) in French."""
        return f"{self.L(key)}\u00a0: " if self.lang == "fr" else f"{self.L(key)}: "

    def brief(self) -> list:
        """Two pages that can be printed alone: what to pin up, then what to take to the bank (or to the
        accountant when no goal needs the bank; nothing when there is nothing for the accountant either)."""
        story: list = [self._one_page(self.brief_front())]
        if self.plan.checklists:
            second = self.brief_bank()
            if _height(second) > FRAME_H:  # a long list (Arabic sets it larger): tighter rows, one line of notes
                second = self.brief_bank(compact=True)
        else:
            second = self.brief_accountant()
        if second:
            story += [PageBreak(), self._one_page(second)]
        return story

    def _one_page(self, parts: list) -> Flowable:
        # Always one page: a page that would still run over is shrunk (none of the test businesses needs it).
        return KeepInFrame(CONTENT_W, FRAME_H, parts, mode="shrink", hAlign="RIGHT" if self.rtl else "LEFT")

    def brief_front(self) -> list:
        t, plan = self.t, self.plan
        title = self.L("brief_title")
        return [
            _Marked(t(title, "h1"), bookmark=("brief", title, 0)),
            t(self.L("brief_intro"), "small"),
            Spacer(1, 2),
            self._brief_identity(),
            *self._brief_progress(),
            t(self.L("where_you_stand"), "h3"),
            self._brief_modules(),
            Spacer(1, 2),
            t(self.L("score_explained"), "small"),
            Spacer(1, 4),
            self.goal_box(padding=4),
            t(self.L("next_steps"), "h2"),
            *self._brief_actions(brief_items(plan)),
            Spacer(1, 8),
            self._brief_contacts(),
        ]

    def _brief_progress(self) -> list:
        """What changed since the last snapshot (Plan.progress): one line, nothing when there is none."""
        if self.plan.progress is None:
            return []
        return [Spacer(1, 3), self.t(progress_line(self.plan.progress, self.lang), "body_bold")]

    def _brief_identity(self) -> Table:
        t, plan, pack = self.t, self.plan, self.pack
        cells = [
            [t(self.L("business"), "cell_small"), t(self.business_name or "—", "body_bold")],
            [t(self.L("date"), "cell_small"), t(format_date(plan.today, self.lang), "body_bold")],
            [
                t(self.L("content_version"), "cell_small"),
                t(f"{pack.version} ({self.L('reviewed')} {format_date(pack.reviewed, self.lang)})", "cell"),
            ],
        ]
        return make_table(
            [cells],
            [CONTENT_W * 0.38, CONTENT_W * 0.24, CONTENT_W * 0.38],
            [
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("LINEAFTER", (0, 0), (1, 0), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ],
            self.rtl,
        )

    def _brief_modules(self) -> Table:
        """Per module: questions done out of those that count, how many are unanswered, the score."""
        t, plan = self.t, self.plan
        head = [t(self.L(k), "cell_head") for k in ("col_module", "col_questions_done", "col_unanswered", "col_score")]
        rows: list[list] = [head]
        all_done = all_counted = all_unanswered = 0
        for ms in plan.readiness.modules:
            states = [plan.question_states.get(q.id) for q in ms.module.questions]
            counted = sum(1 for s in states if s in ("done", "missing", "unanswered"))
            done, unanswered = states.count("done"), states.count("unanswered")
            all_done, all_counted, all_unanswered = all_done + done, all_counted + counted, all_unanswered + unanswered
            if ms.score is None:
                score = self.L("not_concerned")
            else:
                level = self.tr(ms.level.label) if ms.level else ""
                score = f"{format_percent(ms.score, self.lang)} · {level}"
            rows.append(
                [
                    t(self.tr(ms.module.title), "cell_bold"),
                    t(self.L("x_of_n", x=done, n=counted), "cell"),
                    t(str(unanswered), "cell"),
                    t(score, "cell"),
                ]
            )
        r = plan.readiness
        overall = f"{format_percent(r.overall, self.lang)} · {self.tr(r.level.label)}"
        rows.append(
            [
                t(self.L("overall"), "cell_bold"),
                t(self.L("x_of_n", x=all_done, n=all_counted), "cell_bold"),
                t(str(all_unanswered), "cell_bold"),
                t(overall, "cell_bold"),
            ]
        )
        return make_table(
            rows,
            [CONTENT_W - 300, 95, 75, 130],
            [
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                ("LINEBELOW", (0, 1), (-1, -2), 0.4, RULE),
                ("LINEABOVE", (0, -1), (-1, -1), 1, INK),
                ("BACKGROUND", (0, -1), (-1, -1), SHADE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ],
            self.rtl,
        )

    def _brief_actions(self, items: Sequence[PlanItem], more: bool = True) -> list:
        """The first actions in the plan's order, numbered as in the annex table, with the annex page of each."""
        t, plan = self.t, self.plan
        if not items:
            if plan.unanswered:
                return [t(self.L("no_next_steps_unanswered", n=len(plan.unanswered)), "body")]
            return [t(self.L("no_next_steps"), "body")]
        number = {item.action.id: n for n, item in enumerate(plan.items, 1)}
        with_pages = self.format == "full"
        columns = ["col_number", "col_action", "col_owner", "col_due", "col_page", "col_status"]
        widths: list[float] = [24, 0, 86, 64, 42, 36]
        if not with_pages:
            del columns[4], widths[4]
        widths[1] = CONTENT_W - sum(widths)
        last = len(columns) - 1
        rows: list[list] = [
            [t(self.L(k), "cell_head", "center" if k in ("col_number", "col_page") else "start") for k in columns]
        ]
        cmds: list[tuple] = [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("BOX", (0, 0), (-1, -1), 0.8, INK),
            ("TOPPADDING", (0, 1), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 3),
            ("ALIGN", (last, 1), (last, -1), "CENTER"),
            ("TOPPADDING", (last, 1), (last, -1), 4),
        ]
        for item in items:
            r = len(rows)
            title = [(self.tr(item.action.title), item.blocker)]
            if item.blocker:
                title = [(self.L("blocker").upper() + " · ", True)] + title
            row = [
                t(str(number[item.action.id]), "cell_bold", "center"),
                t(title, "cell"),
                t(item.owner(self.lang), "cell"),
                t(format_date_short(item.due, self.lang), "cell_bold" if item.state == "overdue" else "cell"),
                _PageRef(_action_key(item), size=self.t.cell_size()),
                TickBox(False),
            ]
            if not with_pages:
                del row[4]
            rows.append(row)
            if item.blocker:
                cmds += [("LINEBEFORE", (0, r), (0, r), 3.5, INK), ("BACKGROUND", (0, r), (-1, r), SHADE)]
        rest = plan.open_items[len(items) :] if more else ()
        if rest:
            r = len(rows)
            first, last_n = number[rest[0].action.id], number[rest[-1].action.id]
            span = self.L("range", a=first, b=last_n) if last_n > first else str(first)
            one = last_n == first
            if with_pages:
                text = self.L("more_action" if one else "more_actions", range=span)
                rows.append(
                    ["", t(text, "cell_small"), "", "", _PageRef(_action_key(rest[0]), size=self.t.cell_size()), ""]
                )
                cmds.append(("SPAN", (1, r), (3, r)))
            else:
                text = self.L("more_action_full" if one else "more_actions_full", range=span)
                rows.append(["", t(text, "cell_small"), "", "", ""])
                cmds.append(("SPAN", (1, r), (4, r)))
        return [make_table(rows, widths, cmds, self.rtl, repeat=1)]

    def _fill_in(
        self, rows: list[list], widths: list[float], fill: list[tuple], title: str | None = None, spans: Sequence = ()
    ) -> Table:
        """A boxed table of labels and ruled cells to write in: ``fill`` holds the (first column, row, last column)
        to rule, ``spans`` other cells that run over several columns."""
        t = self.t
        cmds: list[tuple] = [
            ("BOX", (0, 0), (-1, -1), 0.8, INK),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ]
        offset = 0
        if title is not None:
            rows = [[t(title, "cell_head")] + [""] * (len(widths) - 1), *rows]
            cmds += [
                ("SPAN", (0, 0), (-1, 0)),
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                ("TOPPADDING", (0, 0), (-1, 0), 3),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
            ]
            offset = 1
        for c0, r, c1 in fill:
            cmds.append(("LINEBELOW", (c0, r + offset), (c1, r + offset), 0.5, MUTED))
        for c0, r, c1 in [*fill, *spans]:
            if c1 > c0:
                cmds.append(("SPAN", (c0, r + offset), (c1, r + offset)))
        return make_table(rows, widths, cmds, self.rtl)

    def _brief_contacts(self) -> Table:
        t = self.t
        phone = t(self.colon("phone"), "cell", "end")
        rows = [
            [t(self.L("contact_bank"), "cell_bold"), "", phone, ""],
            [t(self.L("contact_accountant"), "cell_bold"), "", phone, ""],
            [t(self.L("contact_card_block"), "cell_bold"), "", "", ""],
            [t(self.L("contact_macert"), "cell_bold"), "", "", ""],
            [
                t(self.L("next_review"), "cell_bold"),
                t(
                    self.L(
                        "next_review_when",
                        date=format_date(self.plan.today + dt.timedelta(days=REVIEW_DAYS), self.lang),
                        weeks=REVIEW_DAYS // 7,
                    ),
                    "cell",
                ),
                "",
                "",
            ],
        ]
        widths = [170.0, 0.0, 44.0, 120.0]
        widths[1] = CONTENT_W - sum(widths)
        fill = [(1, 0, 1), (3, 0, 3), (1, 1, 1), (3, 1, 3), (1, 2, 3), (1, 3, 3)]
        return self._fill_in(rows, widths, fill, self.L("contacts_title"), spans=[(1, 4, 3)])

    # the page to take to the bank

    def brief_bank(self, compact: bool = False) -> list:
        t, plan = self.t, self.plan
        title = self.L("bank_title")
        story: list = [
            _Marked(t(title, "h1"), bookmark=("brief-bank", title, 1)),
            t(self.L("bank_intro"), "small"),
            Spacer(1, 2),
        ]
        if plan.chosen_goals:
            story.append(t([(self.colon("goal"), False), (self.goals_text(), True)], "body"))
        story.append(self._business_facts(BANK_FACTS, compact))
        story.append(Spacer(1, 2 if compact else 4))
        if plan.blockers:  # the bank will ask for what these bring: say so before the list
            numbers = self.number_list([self.numbers()[i.action.id] for i in plan.blockers])
            story.append(t(self.L("before_the_bank", numbers=numbers), "body_bold"))
        if plan.unanswered_blockers:
            story.append(t(self.L("blockers_unanswered", n=len(plan.unanswered_blockers)), "body_bold"))
        documents = [
            (cl, option, ticked) for cl in plan.checklists if cl.kind == "documents" for option, ticked in cl.items
        ]
        ready = sum(1 for _, _, ticked in documents if ticked)
        story.append(t(f"{self.L('checklist_documents')} ({self.L('ready_count', a=ready, n=len(documents))})", "h2"))
        story.append(t(self.L("usual_list"), "body_bold"))
        if documents:
            story.append(self._ticks(documents, "status_ready", "status_to_get", compact))
        else:
            story.append(t(self.L("no_documents_list"), "body"))
        for cl in plan.checklists:
            if cl.kind == "documents" or not cl.items:
                continue
            heading = self.L("checklist_website") if cl.kind == "website" else self.tr(cl.question.text)
            story.append(t(heading, "h2"))
            items = [(cl, o, ticked) for o, ticked in cl.items]
            story.append(self._ticks(items, "status_in_place", "legend_missing", compact))
        notes = 1 if compact else 3
        story += [
            Spacer(1, 3 if compact else 8),
            self._appointment(self.L("appointment"), adviser="contact_bank_short", notes=notes),
        ]
        return story

    def goals_text(self) -> str:
        """The goals the business chose, as one phrase (each label after the first starts in lower case)."""
        labels = [self.profile_choice("goals", g) for g in self.plan.chosen_goals]
        if self.lang != "ar":
            labels = labels[:1] + [lab[0].lower() + lab[1:] if lab[1:2].islower() else lab for lab in labels[1:]]
        return format_list(labels, self.lang)

    def _business_facts(self, field_ids: Sequence[str], compact: bool = False) -> Table:
        """Facts of the profile a bank adviser or an accountant asks first, three to a row, each its label above its
        value (empty ones left out): a long label (the ICE's) or value (a RIB, an e-mail) keeps one line."""
        t = self.t
        known = {f.id for f in self.pack.profile_fields}
        facts = [
            (self.profile_label(f, f), self.profile_value(f))
            for f in field_ids
            if f in known and self.profile_value(f) != "—"
        ]
        cells: list = [[t(k, "cell_small"), t(v, "cell_bold")] for k, v in facts]
        rows = [cells[n : n + 3] + [""] * (3 - len(cells[n : n + 3])) for n in range(0, len(cells), 3)]
        return make_table(
            rows or [["", "", ""]],
            [CONTENT_W / 3] * 3,
            [
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 1 if compact else 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2 if compact else 3),
            ],
            self.rtl,
        )

    def _ticks(self, items: list, yes_key: str, no_key: str, compact: bool = False) -> Table:
        """(checklist, option, ticked) as rows to tick, each with its status as the plan states it
        (Checklist.status): "to check" when the business may well have it, never "to get"; "to get (after no. 1)"
        when it comes once other actions of the plan are done."""
        t = self.t
        number = self.numbers()

        def status(cl, option, ticked) -> str:
            state = cl.status(option, ticked)
            if state == "ready":
                return self.L(yes_key)
            if state == "to_check":
                return self.L("status_to_check")
            after = [number[a] for a in cl.after.get(option.id, ()) if a in number]
            if after:
                return self.L("status_to_get_after", status=self.L(no_key), numbers=self.number_list(after))
            return self.L(no_key)

        rows = [
            [
                TickBox(ticked, 9),
                t(self.tr(option.label), "cell"),
                t(status(cl, option, ticked), "cell" if ticked else "cell_bold"),
            ]
            for cl, option, ticked in items
        ]
        return make_table(
            rows,
            [20, CONTENT_W - 20 - 120, 120],  # room for "to get (after no. 1 and 2)" on one line
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (0, -1), 2.5 if compact else 4),
                ("TOPPADDING", (1, 0), (-1, -1), 1.5 if compact else 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 if compact else 3),
                ("LEFTPADDING", (0, 0), (0, -1), 2),
            ],
            self.rtl,
        )

    def _appointment(self, title: str, *, adviser: str | None, notes: int) -> Table:
        t = self.t
        rows: list[list] = [[t(self.L("appointment_date"), "cell_bold"), "", "", ""]]
        fill = [(1, 0, 3)]
        if adviser is not None:
            rows.append([t(self.L(adviser), "cell_bold"), "", t(self.colon("phone"), "cell", "end"), ""])
            fill += [(1, 1, 1), (3, 1, 3)]
        rows.append([t(self.L("notes"), "cell_bold"), "", "", ""])
        fill.append((1, len(rows) - 1, 3))
        for _ in range(notes - 1):
            rows.append(["", "", "", ""])
            fill.append((0, len(rows) - 1, 3))
        widths = [120.0, 0.0, 44.0, 120.0]
        widths[1] = CONTENT_W - sum(widths)
        return self._fill_in(rows, widths, fill, title)

    # the page for the accountant, when no goal needs the bank

    def brief_accountant(self) -> list:
        t, plan = self.t, self.plan
        items = [i for i in plan.open_items if _for_accountant(i, self.lang)]
        if not items:
            return []
        title = self.L("accountant_title")
        story: list = [
            _Marked(t(title, "h1"), bookmark=("brief-accountant", title, 1)),
            t(self.L("accountant_intro"), "small"),
            t(self.L("your_business"), "h2"),
        ]
        story.append(self._business_facts(("name", "legal_form", "rc_number", "ice", "tax_id", "turnover", "staff")))
        story.append(t(self.L("accountant_actions"), "h2"))
        story += self._brief_actions(items, more=False)
        story += [Spacer(1, 10), self._appointment(self.L("appointment"), adviser=None, notes=3)]
        return story

    def goal_box(self, padding: float = 6) -> Table:
        """The goal the business chose (or none), how many steps block it and what is still unanswered."""
        t, plan = self.t, self.plan
        n_block = len(plan.blockers)
        if plan.goals:
            block_text = []
            if plan.chosen_goals:
                block_text.append(t([(self.colon("goal"), False), (self.goals_text(), True)], "body"))
            block_text.append(t(self.L("blockers_count", n=n_block), "body_bold"))
        else:
            block_text = [t(self.L("goal_none"), "body_bold")]
        if plan.unanswered_blockers:  # an unfinished questionnaire must not look clear to the bank
            n_block += len(plan.unanswered_blockers)
            block_text.append(t(self.L("blockers_unanswered", n=len(plan.unanswered_blockers)), "body_bold"))
        if plan.unanswered:
            block_text.append(
                t(self.L("unanswered_could_change", n=len(plan.unanswered), k=plan.possible_actions), "small")
            )
        return make_table(
            [[block_text]],
            [CONTENT_W],
            [
                ("BOX", (0, 0), (-1, -1), 1.4 if n_block else 0.6, INK),
                ("BACKGROUND", (0, 0), (-1, -1), SHADE if n_block else WHITE),
                ("TOPPADDING", (0, 0), (-1, -1), padding),
                ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ],
            self.rtl,
        )

    # -- the annex: where each module stands ----------------------------------------------------------------------

    def standing(self) -> list:
        """The annex's first page: the overall gauge, the score per module, then each module in a few lines (what
        is in place written as facts, what is unanswered, and the numbers of its actions in the action plan)."""
        t, plan, pack = self.t, self.plan, self.pack
        title = self.L("annex")
        r = plan.readiness
        head = make_table(
            [
                [
                    t(format_percent(r.overall, self.lang), "big"),
                    [t(self.L("overall"), "h3"), t(self.tr(r.level.label), "level")],
                ]
            ],
            [110, CONTENT_W - 110],
            [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (0, 0), 0)],
            self.rtl,
        )
        levels = [(lv.min_score, self.tr(lv.label)) for lv in pack.levels]
        gauge = charts.score_gauge(r.overall, levels, self.lang, self.rtl, width=CONTENT_W - 20)
        gauge.hAlign = "CENTER"
        bars = [(self.tr(ms.module.title), ms.score, self.L("not_applicable")) for ms in r.modules]
        story: list = [
            NextPageTemplate("body"),
            PageBreak(),
            _Marked(t(title, "h1"), bookmark=("annex", title, 0)),
            self._annex_identity(),
            Spacer(1, 8),
            KeepTogether(
                [
                    head,
                    Spacer(1, 2),
                    gauge,
                    Spacer(1, 2),
                    t(self.L("answered", a=r.answered, n=r.applicable), "small"),
                    t(self.L("scores_title"), "h3"),
                    charts.module_bars(bars, self.lang, self.rtl, width=CONTENT_W),
                    t(self.L("score_explained"), "small"),
                ]
            ),
        ]
        number = self.numbers()
        for ms in r.modules:
            story.append(Spacer(1, 6))
            story += self._module_summary(ms, number)
        return story

    def _annex_identity(self) -> Table:
        """Who the plan is for, in one band: the annex may be handed on without the brief."""
        t = self.t
        facts = [
            (self.L("business"), self.business_name or "—"),
            (self.profile_label("legal_form", "legal_form"), self.profile_value("legal_form")),
            (self.profile_label("city", "city"), self.profile_value("city")),
            (self.L("date"), format_date(self.plan.today, self.lang)),
        ]
        cells = [[t(k, "cell_small"), t(v, "cell_bold")] for k, v in facts]
        return make_table(
            [cells],
            [CONTENT_W * 0.3, CONTENT_W * 0.3, CONTENT_W * 0.18, CONTENT_W * 0.22],
            [("BOX", (0, 0), (-1, -1), 0.6, RULE), ("LINEAFTER", (0, 0), (-2, 0), 0.4, RULE)],
            self.rtl,
        )

    def numbers(self) -> dict[str, int]:
        """Each action's number: its place in the plan, the same on the brief, in the action table and in JSON."""
        return {item.action.id: n for n, item in enumerate(self.plan.items, 1)}

    def _module_summary(self, ms, number: Mapping[str, int]) -> list:
        t, plan, module = self.t, self.plan, ms.module
        heading = _Marked(t(self.tr(module.title), "h2"), bookmark=(f"module:{module.id}", self.tr(module.title), 1))
        if ms.score is None:
            return [KeepTogether([heading, t(self.L("not_applicable"), "body")])]
        done_q = plan.questions_in_state(module.id, "done")
        todo_q = plan.questions_in_state(module.id, "missing")
        unanswered_q = plan.questions_in_state(module.id, "unanswered")
        counted = len(done_q) + len(todo_q) + len(unanswered_q)
        level = self.tr(ms.level.label) if ms.level else ""
        summary = t(
            [
                (self.colon("module_score"), False),
                (f"{format_percent(ms.score, self.lang)} · {level}", True),
                (" — " + self.L("in_place_of", x=len(done_q), n=counted), False),
            ],
            "body",
        )
        chart = charts.question_mix(
            len(done_q),
            len(todo_q),
            len(unanswered_q),
            (self.L("legend_done"), self.L("legend_missing"), self.L("legend_unanswered")),
            self.L("questions_chart"),
            self.lang,
            self.rtl,
            width=CONTENT_W,
        )
        part: list = [heading, summary, chart]
        todo = [number[i.action.id] for i in plan.open_items if i.question.module_id == module.id]
        if todo:
            part.append(
                t(
                    [
                        (self.colon("legend_missing"), True),
                        (self.L("see_actions", numbers=self.number_list(todo)), False),
                    ],
                    "body",
                )
            )
        rest: list = []
        if unanswered_q:
            # The questions that decide most first (express path, then the rest), a few of them: the assistant
            # asks the others.
            shown = sorted(unanswered_q, key=lambda q: not q.express)[:UNANSWERED_SHOWN]
            rest.append(t(self.L("unanswered"), "h3"))
            rest += [self._bullet(self.tr(q.text), self.L("question_mark")) for q in shown]
            if len(unanswered_q) > len(shown):
                rest.append(t(self.L("more_unanswered", n=len(unanswered_q) - len(shown)), "small"))
        if done_q:
            rest.append(t(self.L("in_place"), "h3"))
            rest.append(self._two_columns([self._bullet(self.tr(q.done), TickBox(True, 7)) for q in done_q]))
        # The module's title and figures never end a page: they stay with the first lines below them.
        return [KeepTogether(part + rest[:2]), *rest[2:]]

    def number_list(self, numbers: Sequence[int]) -> str:
        """1, 2, 5–7, 9: runs of three or more consecutive numbers as ranges."""
        runs: list[list[int]] = []
        for n in sorted(numbers):
            if runs and n == runs[-1][-1] + 1:
                runs[-1].append(n)
            else:
                runs.append([n])
        parts: list[str] = []
        for r in runs:
            parts += [self.L("range", a=r[0], b=r[-1])] if len(r) > 2 else [str(n) for n in r]
        if self.rtl:  # "1 و2 و5": between two numbers a comma would read left to right and reverse the list
            return self.L("list_and").join(parts)
        if len(parts) > 1:
            return format_list(parts[:-1], self.lang) + self.L("list_and") + parts[-1]
        return parts[0] if parts else ""

    def _two_columns(self, cells: list) -> Table:
        """Short items side by side, filling rows in reading order, with a gutter between the columns."""
        gutter = 12.0
        half = (CONTENT_W - gutter) / 2
        rows = [cells[n : n + 2] + [""] * (2 - len(cells[n : n + 2])) for n in range(0, len(cells), 2)]
        return make_table(
            [[a, "", b] for a, b in rows],
            [half, gutter, half],
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ],
            self.rtl,
            long=True,
        )

    def _bullet(self, text: Rich, mark, style: str = "cell"):
        if isinstance(mark, str):
            mark = self.t(mark, "cell_bold", "center")
            mark.wrap(12, 100)
        return Bulleted(mark, self.t(text, style), self.rtl)

    # -- the annex: the action table ----------------------------------------------------------------------------

    def band_title(self, band: str | int, count: int) -> str:
        today = self.plan.today
        if band in ("blockers", "done"):
            text = self.L(f"band_{band}")
        elif band == WEEKS_PLANNED + 1:
            text = self.L("band_later", date=format_date_short(today + dt.timedelta(days=7 * WEEKS_PLANNED), self.lang))
        else:
            assert isinstance(band, int)
            end = format_date_short(today + dt.timedelta(days=7 * band), self.lang)
            if band == 1:
                text = self.L("band_week_1", end=end)
            else:
                start = format_date_short(today + dt.timedelta(days=7 * (band - 1) + 1), self.lang)
                text = self.L("band_week", n=band, start=start, end=end)
        return f"{text} {self.L('band_count', n=count)}"

    def action_plan(self) -> list:
        """One table in the plan's order: what blocks the goal, then week by week for the first month, then later,
        then what is done. Its column headings open every page it runs over (and nowhere else); a row is never
        split unless it is taller than a page, a group's title never ends a page."""
        t, plan = self.t, self.plan
        opening: list = [
            _Marked(t(self.L("action_plan"), "h1"), bookmark=("actions", self.L("action_plan"), 0)),
            t(self.L("action_plan_intro"), "small"),
            Spacer(1, 4),
        ]
        # On the page the module summaries end on, when a quarter of it is left.
        story: list = [CondPageBreak(FRAME_H / 4), Spacer(1, 12)]
        if not plan.items:
            return [*story, *opening, t(self.L("no_actions"), "body")]
        groups: list[tuple[str | int, list[PlanItem]]] = []
        for item in plan.items:
            band: str | int = "done" if item.status == "done" else "blockers" if item.blocker else item.week
            if not groups or groups[-1][0] != band:
                groups.append((band, []))
            groups[-1][1].append(item)
        number = self.numbers()
        head = self._action_head()
        _, head_h = head.wrap(CONTENT_W, FRAME_H)
        rows: list = []
        for band, items in groups:
            title = make_table(
                [[t(self.band_title(band, len(items)), "group")]],
                [CONTENT_W],
                [("BACKGROUND", (0, 0), (-1, -1), SHADE_DARK), ("BOX", (0, 0), (-1, -1), 0.6, INK)],
                self.rtl,
            )
            title.keepWithNext = True
            rows.append(title)
            for item in items:
                row = self._done_row(item, number) if item.status == "done" else self._action_row(item, number)
                rows.append(_WholeRow(row, FRAME_H - head_h))
        # The title, the headings, the first group's title and its first row go together; from there on, every
        # new page starts with the headings (reportlab's top flowables), until the table ends.
        story.append(KeepTogether([*opening, head, *rows[:2]]))
        story.append(SetTopFlowables([self._action_head()]))
        story += rows[2:]
        story.append(SetTopFlowables([]))
        story += self.to_confirm()
        story += self.user_notes()
        return story

    def user_notes(self) -> list:
        """The user's own notes on their answers, each under the question it belongs to (their words, as typed)."""
        t = self.t
        if not self.plan.notes:
            return []
        body: list = [t(self.L("your_notes_intro"), "cell")]
        note_rows = []
        for question, note in self.plan.notes:
            body.append(self._bullet([(self.tr(question.text), True)], "•"))
            note_rows.append(len(body) + 1)  # under its question, indented (row 0 is the title)
            body.append(t.own(note))
        box = self._point_box(
            self.L("your_notes"),
            body,
            border=0.6,
            extra=[
                *(("LEFTPADDING", (0, r), (0, r), 22) for r in note_rows),
                *(("RIGHTPADDING", (0, r), (0, r), 22) for r in note_rows),
                *(("BOTTOMPADDING", (0, r), (0, r), 5) for r in note_rows),
                *(("NOSPLIT", (0, r - 1), (0, r)) for r in note_rows),  # a question is never left without its note
            ],
        )
        return [CondPageBreak(100), Spacer(1, 12), _Marked(box, bookmark=("notes", self.L("your_notes"), 1))]

    def _action_head(self) -> Table:
        t = self.t
        heads = [t(self.L(k), "cell_head") for k in ("col_action", "col_why", "col_how", "col_status")]
        return make_table([heads], ACTION_WIDTHS, [("BACKGROUND", (0, 0), (-1, -1), ACCENT)], self.rtl)

    def _row_commands(self, item: PlanItem) -> list[tuple]:
        # Each row is its own table: rules above and below, so that the next row's shading never hides them.
        cmds: list[tuple] = [
            ("LINEABOVE", (0, 0), (-1, -1), 0.4, RULE),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("LINEBEFORE", (0, 0), (0, 0), 0.4, RULE),
            ("LINEAFTER", (0, 0), (-1, -1), 0.4, RULE),
            ("ALIGN", (3, 0), (3, 0), "CENTER"),
            ("TOPPADDING", (3, 0), (3, 0), 5),
        ]
        if item.blocker and item.status != "done":
            cmds += [("LINEBEFORE", (0, 0), (0, 0), 3.5, INK), ("BACKGROUND", (0, 0), (-1, 0), SHADE)]
        return cmds

    def _action_row(self, item: PlanItem, number: Mapping[str, int]) -> Table:
        t = self.t
        heading = [t(f"{number[item.action.id]}. {self.tr(item.action.title)}", "cell_bold")]
        if item.blocker:
            heading.insert(0, t(self.L("blocker").upper(), "tag"))
        due = format_date_short(item.due, self.lang)
        # A blocker's tag says how urgent it is; the dots stay at the end of a line, never start one.
        urgency = [] if item.blocker else [self.priority(item)]
        meta = [("\u00a0· ".join([*urgency, item.owner(self.lang), ""]), False), (due, item.state == "overdue")]
        # The tag and the numbered title are the anchor the brief's page numbers point to.
        action: list = [_Marked(_Stack(heading), anchor=_action_key(item)), t(meta, "cell_small")]
        if item.missing:
            missing = format_list([self.tr(o.label) for o in item.missing], self.lang)
            action.append(t(self.L("still_missing", items=missing), "cell_small"))
        if item.uncertain:
            action.append(t(self.L("to_confirm_tag"), "tag"))
        row = [action, t(self.tr(item.action.why), "cell"), t(self.tr(item.action.how), "cell"), TickBox(False)]
        return make_table([row], ACTION_WIDTHS, self._row_commands(item), self.rtl, long=True)

    def _done_row(self, item: PlanItem, number: Mapping[str, int]) -> Table:
        t = self.t
        title = t(f"{number[item.action.id]}. {self.tr(item.action.title)}", "cell")
        cmds = [*self._row_commands(item), ("SPAN", (0, 0), (2, 0))]
        return make_table([[title, "", "", TickBox(True)]], ACTION_WIDTHS, cmds, self.rtl)

    def to_confirm(self) -> list:
        """One box for every point of the plan that depends on the bank or on a rule not verified in an official
        text, instead of a warning repeated under each."""
        t, plan = self.t, self.plan
        number = self.numbers()
        actions = [i for i in plan.items if i.uncertain]
        terms = [term for term in self.glossary_terms() if term.uncertain]
        if not actions and not terms:
            return []
        body: list = [t(self.L("to_confirm_intro"), "cell")]
        for item in actions:
            what = self.tr(item.action.to_confirm) or self.tr(item.question.to_confirm)
            pieces = [(f"{number[item.action.id]}. {self.tr(item.action.title)}", True)]
            if what:
                pieces.append((" — " + what, False))
            body.append(self._bullet(pieces, "•"))
        for term in terms:
            pieces = [(self.tr(term.term), True)]
            if self.tr(term.to_confirm):
                pieces.append((" — " + self.tr(term.to_confirm), False))
            body.append(self._bullet(pieces, "•"))
        box = self._point_box(self.uncertain_text(), body, border=1.2)
        # Its title never ends a page: room for it and a few points, or a new page.
        return [CondPageBreak(120), Spacer(1, 12), _Marked(box, bookmark=("to-confirm", self.uncertain_text(), 1))]

    def _point_box(self, title: str, body: list, border: float, extra: Sequence[tuple] = ()) -> Table:
        """A framed box: a title bar, then one row per point. A long box continues on the next page under its
        title, never cutting a point."""
        return make_table(
            [[self.t(title, "cell_head")], *([part] for part in body)],
            [CONTENT_W],
            [
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                ("BOX", (0, 0), (-1, -1), border, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 1), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 2),
                *extra,
            ],
            self.rtl,
            long=True,
            repeat=1,
            split_rows=False,
        )

    # -- the annex: glossary ------------------------------------------------------------------------------------

    def glossary_terms(self) -> list:
        """The terms the reader meets in what is left to do (the open actions and their questions, the lists of the
        bank page), in the alphabetical order of the plan's language: a term the content links to an action but
        the printed words never name is not worth a line."""
        open_plan = replace(self.plan, items=self.plan.open_items)
        texts = [t for i in open_plan.items for t in (i.action.title, i.action.why, i.action.how, i.question.text)]
        texts += [option.label for cl in self.plan.checklists for option, _ in cl.items]  # the bank page
        linked = open_plan.glossary_terms()
        named = terms_named((self.tr(t) for t in texts), self.lang, linked)  # the app's cards find them so too
        used = [term for term in linked if term.id in named]
        return sorted(used, key=lambda term: sort_key(self.tr(term.term), self.lang))

    def glossary(self) -> list:
        t = self.t
        title = self.L("glossary")
        terms = self.glossary_terms()
        if not terms:
            return []
        rows = []
        for term in terms:
            right: list = [
                t(self.tr(term.definition), "cell"),
                t([(self.colon("source"), True), (self.tr(term.source), False)], "cell_small"),
            ]
            if term.uncertain:
                right.append(t(self.L("to_confirm_tag"), "tag"))
            rows.append([t(self.tr(term.term), "cell_bold"), right])
        # A long table split between rows only: an entry is never cut across two pages.
        table = make_table(
            rows,
            [130, CONTENT_W - 130],
            [("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)],
            self.rtl,
            long=True,
            split_rows=False,
        )
        return [
            CondPageBreak(FRAME_H / 3),
            Spacer(1, 12),
            _Marked(t(title, "h1"), bookmark=("glossary", title, 0)),
            t(self.L("glossary_intro"), "small"),
            table,
        ]

    # -- build --------------------------------------------------------------------------------------------------

    def story(self) -> list:
        if self.format == "brief":
            return self.brief()
        return self.brief() + self.standing() + self.action_plan() + self.glossary()

    def footer_text(self) -> str:
        return footer_text(self.pack, self.lang)

    def render(self) -> bytes:
        return render_story(
            self.story,
            lang=self.lang,
            title=f"{self.L('brief_title' if self.format == 'brief' else 'plan_title')} – {self.business_name}",
            header=self.business_name,
            footer=self.footer_text(),
        )


def footer_text(pack: ContentPack, lang: str) -> str:
    """The disclaimer, with the content's review date and version."""
    disclaimer = pack.string("disclaimer", lang)
    reviewed = f"{label('reviewed', lang)} {format_date(pack.reviewed, lang)}"
    if is_rtl(lang):  # the version before the date: a Latin run after the year would read between day and year
        return f"{disclaimer} v{pack.version} — {reviewed}."
    reviewed = reviewed[0].upper() + reviewed[1:]
    return f"{disclaimer} {reviewed} (v{pack.version})."


def render_story(story: Callable[[], list], *, lang: str, title: str, header: str, footer: str) -> bytes:
    """A document of the program's A4 pages (header with the product and ``header``, ``footer``, "Page X / Y"),
    reproducible (invariant): the plan and the workshop's summary. ``story`` is called once the fonts are
    registered."""
    register_fonts()
    buf = io.BytesIO()
    product = label("product", lang)
    doc = BaseDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=APP_NAME,
        subject=label("subtitle", lang),
        creator=product,
        lang=lang,
        invariant=1,
        initialFontName=LATIN,
        initialFontSize=9,
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        CONTENT_W,
        PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
        id="main",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate("cover", [frame]), PageTemplate("body", [frame])])
    doc.build(story(), canvasmaker=make_canvas_class(lang, product, header, footer))
    return buf.getvalue()
