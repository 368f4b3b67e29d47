"""The printed readiness plan: cover, one section per module, action plan, checklists, glossary.

Everything is built from the Plan (never from today's date) with reportlab's invariant mode, so the same plan
gives the same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    LongTable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from ..content.model import tr
from ..i18n import format_date, format_date_short, format_list, format_percent, is_rtl
from ..plan import Plan, PlanItem
from . import charts
from .fonts import LATIN, register_fonts
from .labels import label
from .styles import ACCENT, INK, MUTED, RULE, SHADE, SHADE_DARK, WHITE, Texts
from .textlayout import draw_string

PAGE_W, PAGE_H = A4
MARGIN_X = 16 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 22 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X


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
    rows: list[list], widths: Sequence[float], cmds: list[tuple], rtl: bool, *, long: bool = False, repeat: int = 0
) -> Table:
    """A table laid out in reading order: columns and commands given left-to-right, mirrored for Arabic."""
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
    # splitInRow: a row taller than a page (a long "how" written by a trainer) continues on the next page.
    t = klass(rows, colWidths=widths, repeatRows=repeat, hAlign="RIGHT" if rtl else "LEFT", splitInRow=1 if long else 0)
    t.setStyle(TableStyle(cmds))
    return t


# --------------------------------------------------------------------------------------------------- page frame


def make_canvas_class(lang: str, product: str, business: str, footer: str):
    """A canvas that keeps every page until the end, then writes "Page X / Y" on each (two passes)."""
    rtl = is_rtl(lang)

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            # Never Helvetica, not even in the page preamble reportlab writes.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or LATIN
            kwargs["initialFontSize"] = kwargs.get("initialFontSize") or 9
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict] = []

        def showPage(self):
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, 1):
                self.__dict__.update(state)
                self._decorate(number, total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _decorate(self, number: int, total: int) -> None:
            start_x, end_x = (PAGE_W - MARGIN_X, MARGIN_X) if rtl else (MARGIN_X, PAGE_W - MARGIN_X)
            start_al, end_al = ("right", "left") if rtl else ("left", "right")
            self.saveState()
            # Header: product name at the start, business name at the end, a rule under both.
            top = PAGE_H - 13 * mm
            draw_string(self, start_x, top, product, 8, rtl=rtl, align=start_al, bold=True, color=ACCENT)
            draw_string(self, end_x, top, business, 8, rtl=rtl, align=end_al, bold=True, color=INK)
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
    def __init__(self, plan: Plan, lang: str):
        self.plan = plan
        self.pack = plan.pack
        self.lang = lang
        self.rtl = is_rtl(lang)
        self.t = Texts(lang)

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
        return str(value)

    def profile_label(self, field_id: str, fallback_key: str) -> str:
        try:
            return self.tr(self.pack.profile_field(field_id).label)
        except KeyError:
            return self.L(fallback_key)

    def priority(self, item: PlanItem) -> str:
        return self.L(f"priority_{item.action.priority}")

    def uncertain_text(self) -> str:
        return self.pack.string("uncertain", self.lang)

    # -- cover --------------------------------------------------------------------------------------------------

    def cover(self) -> list:
        t, plan, pack = self.t, self.plan, self.pack
        story: list = [
            t(self.L("product"), "product"),
            t(self.L("plan_title"), "title"),
            t(self.L("subtitle"), "subtitle"),
        ]
        info = [
            (self.L("business"), plan.business_name or "—"),
            (self.profile_label("legal_form", "legal_form"), self.profile_value("legal_form")),
            (self.profile_label("city", "city"), self.profile_value("city")),
            (self.L("date"), format_date(plan.today, self.lang)),
            (
                self.L("content_version"),
                f"{pack.version} ({self.L('reviewed')} {format_date(pack.reviewed, self.lang)})",
            ),
        ]
        rows = [[t(k, "cell_bold"), t(v, "body" if n else "body_bold")] for n, (k, v) in enumerate(info)]
        story.append(
            make_table(
                rows,
                [130, CONTENT_W - 130],
                [
                    ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                ],
                self.rtl,
            )
        )
        story.append(Spacer(1, 14))

        # Overall readiness: number, level in words, gauge.
        r = plan.readiness
        level = self.tr(r.level.label)
        head = make_table(
            [[t(format_percent(r.overall, self.lang), "big"), [t(self.L("overall"), "h3"), t(level, "level")]]],
            [110, CONTENT_W - 110],
            [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (0, 0), 0)],
            self.rtl,
        )
        levels = [(lv.min_score, self.tr(lv.label)) for lv in pack.levels]
        gauge = charts.score_gauge(r.overall, levels, self.lang, self.rtl, width=CONTENT_W - 20)
        gauge.hAlign = "CENTER"
        answered = t(self.L("answered", a=r.answered, n=r.applicable), "small")
        story.append(KeepTogether([head, Spacer(1, 4), gauge, Spacer(1, 2), answered]))
        story.append(Spacer(1, 10))

        # The goal the business chose, and what blocks it.
        n_block = len(plan.blockers)
        if plan.goals:
            block_text = []
            if plan.chosen_goals:
                goals = format_list([self.profile_choice("goals", g) for g in plan.chosen_goals], self.lang)
                block_text.append(
                    t(
                        [
                            (f"{self.L('goal')} : " if self.lang == "fr" else f"{self.L('goal')}: ", False),
                            (goals, True),
                        ],
                        "body",
                    )
                )
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
        story.append(
            make_table(
                [[block_text]],
                [CONTENT_W],
                [
                    ("BOX", (0, 0), (-1, -1), 1.4 if n_block else 0.6, INK),
                    ("BACKGROUND", (0, 0), (-1, -1), SHADE if n_block else WHITE),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ],
                self.rtl,
            )
        )
        story.append(Spacer(1, 10))

        # Next five steps.
        story.append(t(self.L("next_steps"), "h2"))
        steps = plan.next_steps(5)
        if not steps:
            story.append(
                t(
                    self.L("no_next_steps_unanswered", n=len(plan.unanswered))
                    if plan.unanswered
                    else self.L("no_next_steps"),
                    "body",
                )
            )
        else:
            rows = []
            for n, item in enumerate(steps, 1):
                title = [(self.tr(item.action.title), True)]
                if item.blocker:
                    title = [(self.L("blocker").upper() + " · ", True)] + title
                meta = (
                    f"{self.L('col_due')} : {format_date_short(item.due, self.lang)} · {item.owner(self.lang)}"
                    if self.lang == "fr"
                    else f"{self.L('col_due')}: {format_date_short(item.due, self.lang)} · {item.owner(self.lang)}"
                )
                rows.append([t(f"{n}", "h3", "center"), [t(title, "body"), t(meta, "small")], TickBox(False)])
                # n is the action's number in the table too: next_steps are the plan's first open actions
            cmds = [
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (2, 0), (2, -1), 6),
            ]
            for n, item in enumerate(steps):
                if item.blocker:
                    cmds.append(("LINEBEFORE", (0, n), (0, n), 3, INK))
            story.append(make_table(rows, [26, CONTENT_W - 26 - 24, 24], cmds, self.rtl))
        return story

    # -- modules ------------------------------------------------------------------------------------------------

    def modules(self) -> list:
        t, plan = self.t, self.plan
        story: list = [NextPageTemplate("body"), PageBreak(), t(self.L("modules_title"), "h1")]
        bars = [(self.tr(ms.module.title), ms.score, self.L("not_applicable")) for ms in plan.readiness.modules]
        story.append(t(self.L("scores_title"), "h3"))
        story.append(charts.module_bars(bars, self.lang, self.rtl, width=CONTENT_W))
        story.append(Spacer(1, 8))
        for ms in plan.readiness.modules:
            module = ms.module
            part: list = [CondPageBreak(150), Rule(thickness=1.2, color=INK, space=2), t(self.tr(module.title), "h2")]
            if self.tr(module.intro):
                part.append(t(self.tr(module.intro), "small"))
            if ms.score is None:
                part.append(t(self.L("not_applicable"), "body_bold"))
                story.extend(part)
                continue
            level = self.tr(ms.level.label) if ms.level else ""
            part.append(
                t(
                    [
                        (f"{self.L('module_score')} : " if self.lang == "fr" else f"{self.L('module_score')}: ", False),
                        (f"{format_percent(ms.score, self.lang)} · {level}", True),
                    ],
                    "body",
                )
            )
            open_items = [i for i in plan.items if i.question.module_id == module.id and i.status != "done"]
            done_q = plan.questions_in_state(module.id, "done")
            todo_q = plan.questions_in_state(module.id, "missing")
            unans_q = plan.questions_in_state(module.id, "unanswered")
            part.append(
                charts.question_mix(
                    len(done_q),
                    len(todo_q),
                    len(unans_q),
                    (self.L("legend_done"), self.L("legend_missing"), self.L("legend_unanswered")),
                    self.L("questions_chart"),
                    self.lang,
                    self.rtl,
                    width=CONTENT_W,
                )
            )
            story.extend(part)
            # What is missing first (full width, blockers boxed), then what is done in two columns.
            story.append(t(self.L("missing"), "h3"))
            story += [self._missing_line(item) for item in open_items] or [t(self.L("nothing_missing"), "small")]
            if unans_q:
                story.append(t(self.L("unanswered"), "h3"))
                story += [self._bullet(self.tr(q.text), "?") for q in unans_q]
            story.append(t(self.L("done"), "h3"))
            done_cells: list = [self._bullet(self.tr(q.done) or self.tr(q.text), TickBox(True, 7)) for q in done_q]
            if not done_cells:
                story.append(t(self.L("nothing_done"), "small"))
            else:
                half = CONTENT_W / 2
                rows = [
                    done_cells[n : n + 2] + [""] * (2 - len(done_cells[n : n + 2]))
                    for n in range(0, len(done_cells), 2)
                ]
                story.append(
                    make_table(
                        rows,
                        [half, half],
                        [
                            ("LEFTPADDING", (0, 0), (0, -1), 0),
                            ("RIGHTPADDING", (1, 0), (1, -1), 0),
                            ("TOPPADDING", (0, 0), (-1, -1), 1),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                        ],
                        self.rtl,
                        long=True,
                    )
                )
            story.append(Spacer(1, 8))
        return story

    def _bullet(self, text: str, mark, style: str = "cell"):
        if isinstance(mark, str):
            mark = self.t(mark, "cell_bold", "center")
            mark.wrap(12, 100)
        return Bulleted(mark, self.t(text, style), self.rtl)

    def _missing_line(self, item: PlanItem):
        t = self.t
        pieces = []
        if item.blocker:
            pieces.append((self.L("blocker").upper() + " · ", True))
        pieces.append((self.tr(item.action.title), item.blocker))
        meta = f"{self.priority(item)} · {format_date_short(item.due, self.lang)}"
        body = _Stack([t(pieces, "cell"), t(meta, "cell_small")])
        mark = t("!" if item.blocker else "•", "cell_bold", "center")
        return Bulleted(mark, body, self.rtl, boxed=item.blocker)

    # -- action plan --------------------------------------------------------------------------------------------

    def action_plan(self) -> list:
        t, plan = self.t, self.plan
        story: list = [
            PageBreak(),
            t(self.L("action_plan"), "h1"),
            t(self.L("action_plan_intro"), "small"),
            Spacer(1, 4),
        ]
        if not plan.items:
            story.append(t(self.L("no_actions"), "body"))
            return story
        widths: list[float] = [44, 108, 92, 111, 62, 54, 0]
        widths[-1] = CONTENT_W - sum(widths[:-1])
        columns = ("col_priority", "col_action", "col_why", "col_how", "col_owner", "col_due", "col_status")
        # The plan's own order, numbered as on the cover: what blocks the goal, then the rest, then what is done
        # (the plan puts them in that order, so each band is one run of the list).
        groups: list[tuple[str, list[PlanItem]]] = []
        for item in plan.items:
            band = "done" if item.status == "done" else "blockers" if item.blocker else "next"
            if not groups or groups[-1][0] != band:
                groups.append((band, []))
            groups[-1][1].append(item)
        number = {item.action.id: n for n, item in enumerate(plan.items, 1)}
        uncertain = self.uncertain_text()
        for tf, items in groups:
            # One table per band: its header and group band repeat on every page it runs over, and a
            # band is never left alone at the bottom of a page.
            head = [t(self.L(k), "cell_head") for k in columns]
            rows: list[list] = [head, [t(f"{self.L('band_' + tf)} ({len(items)})", "group")] + [""] * 6]
            cmds: list[tuple] = [
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("BOX", (0, 0), (-1, -1), 0.8, INK),
                ("SPAN", (0, 1), (-1, 1)),
                ("BACKGROUND", (0, 1), (-1, 1), SHADE_DARK),
            ]
            for item in items:
                r = len(rows)
                action = []
                if item.blocker:
                    action.append(t(self.L("blocker").upper(), "tag"))
                action.append(t(f"{number[item.action.id]}. {self.tr(item.action.title)}", "cell_bold"))
                if item.missing:
                    missing = format_list([self.tr(o.label) for o in item.missing], self.lang)
                    action.append(t(self.L("still_missing", items=missing), "cell_small"))
                if item.uncertain:
                    action.append(t(f"(?) {uncertain}", "cell_small"))
                rows.append(
                    [
                        t(self.priority(item), "cell_bold" if item.action.priority == "high" else "cell"),
                        action,
                        t(self.tr(item.action.why), "cell"),
                        t(self.tr(item.action.how), "cell"),
                        t(item.owner(self.lang), "cell"),
                        t(format_date_short(item.due, self.lang), "cell_bold" if item.state == "overdue" else "cell"),
                        TickBox(item.status == "done"),
                    ]
                )
                if item.blocker:
                    cmds += [("LINEBEFORE", (0, r), (0, r), 3.5, INK), ("BACKGROUND", (0, r), (-1, r), SHADE)]
            cmds += [("ALIGN", (6, 2), (6, -1), "CENTER"), ("TOPPADDING", (6, 2), (6, -1), 5)]
            story.append(make_table(rows, widths, cmds, self.rtl, long=True, repeat=2))
            story.append(Spacer(1, 8))
        if any(item.blocker for item in plan.items):
            story.append(Spacer(1, 4))
            story.append(t(self.L("blocker_note"), "small"))
        return story

    # -- checklists ---------------------------------------------------------------------------------------------

    def checklists(self) -> list:
        t, plan = self.t, self.plan
        story: list = [
            CondPageBreak(200),
            Spacer(1, 12),
            t(self.L("checklists"), "h1"),
            t(self.L("checklist_hint"), "small"),
        ]
        if not plan.checklists:  # no goal that needs the bank: no lists to take there
            return []
        order = {"documents": 0, "website": 1}
        for cl in sorted(plan.checklists, key=lambda c: order.get(c.kind, 2)):
            title = self.L(f"checklist_{cl.kind}") if cl.kind in order else self.tr(cl.question.text)
            block = [t(title, "h2"), t(self.tr(cl.question.text), "small")]
            if cl.question.uncertain:  # e.g. no official list of documents: the bank's own list decides
                block.append(t(f"(?) {self.uncertain_text()}", "small"))
            rows = [[TickBox(ticked, 10), t(self.tr(option.label), "body")] for option, ticked in cl.items]
            if rows:
                block.append(
                    make_table(
                        rows,
                        [22, CONTENT_W - 22],
                        [
                            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                            ("TOPPADDING", (0, 0), (0, -1), 5),
                            ("TOPPADDING", (1, 0), (1, -1), 3),
                            ("LEFTPADDING", (0, 0), (0, -1), 2),
                        ],
                        self.rtl,
                    )
                )
            story.append(KeepTogether(block))
        return story

    # -- glossary -----------------------------------------------------------------------------------------------

    def glossary(self) -> list:
        t, plan = self.t, self.plan
        story: list = [PageBreak(), t(self.L("glossary"), "h1"), t(self.L("glossary_intro"), "small")]
        terms = plan.glossary_terms()
        if not terms:
            story.append(t(self.L("no_glossary"), "body"))
            return story
        rows = []
        uncertain = self.uncertain_text()
        for term in terms:
            right = [
                t(self.tr(term.definition), "cell"),
                t(
                    [
                        (f"{self.L('source')}: " if self.lang != "fr" else f"{self.L('source')} : ", True),
                        (self.tr(term.source), False),
                    ],
                    "cell_small",
                ),
            ]
            if term.uncertain:
                right.append(t(f"(?) {uncertain}", "cell_small"))
            rows.append([t(self.tr(term.term), "cell_bold"), right])
        story.append(
            make_table(rows, [140, CONTENT_W - 140], [("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)], self.rtl, long=True)
        )
        return story

    # -- build --------------------------------------------------------------------------------------------------

    def story(self) -> list:
        return self.cover() + self.modules() + self.action_plan() + self.checklists() + self.glossary()

    def footer_text(self) -> str:
        disclaimer = self.pack.string("disclaimer", self.lang)
        reviewed = f"{self.L('reviewed')} {format_date(self.pack.reviewed, self.lang)}"
        reviewed = reviewed[0].upper() + reviewed[1:] if not self.rtl else reviewed
        if self.rtl:  # the version before the date: a Latin run after the year would read between day and year
            return f"{disclaimer} v{self.pack.version} — {reviewed}."
        return f"{disclaimer} {reviewed} (v{self.pack.version})."

    def render(self) -> bytes:
        register_fonts()
        buf = io.BytesIO()
        product = self.L("product")
        doc = BaseDocTemplate(
            buf,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"{self.L('plan_title')} – {self.plan.business_name}",
            author=product,
            subject=self.L("subtitle"),
            creator=product,
            lang=self.lang,
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
        canvasmaker = make_canvas_class(self.lang, product, self.plan.business_name, self.footer_text())
        doc.build(self.story(), canvasmaker=canvasmaker)
        return buf.getvalue()
