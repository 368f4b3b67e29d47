"""The workshop's summary: one or two A4 pages for the trainer and the chamber (ready per module, the most common
blockers and gaps, what to teach next, progress since the previous workshop), and a CSV with one row per
participant for the chamber's statistics (docs/workshop-summary-csv.md). Anonymous unless ``names=True``.

    from merchant_assistant.workshops import workshop_summary
    from merchant_assistant.report.summary import save_summary, save_summary_csv

    summary = workshop_summary(workspace, workshop_id)
    save_summary(summary, "summary.pdf", "ar")                 # written atomically, UserError on failure
    save_summary_csv(summary, "summary.csv", "fr", names=True)
"""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Spacer

from ..content.model import Text, tr
from ..files import write_atomically
from ..i18n import format_date, format_percent
from ..progress import signed_points
from ..workshops import WorkshopSummary
from .actions_csv import csv_bytes
from .document import CONTENT_W, Bulleted, footer_text, make_table, render_story
from .labels import label
from .styles import ACCENT, RULE, Texts

CSV_COLUMNS = (
    "participant",
    "sector",
    "legal_form",
    "readiness",
    # then "readiness_<module id>" for each module of the content, in its order
    "answered",
    "applicable",
    "blockers",
    "actions_done",
    "actions",
    "since_previous_workshop",
    "readiness_change",
    "actions_done_since",
)
_GRID = [("GRID", (0, 0), (-1, -1), 0.4, RULE), ("BACKGROUND", (0, 0), (-1, 0), ACCENT)]


def participant_label(number: int, name: str, names: bool) -> str:
    """A participant as the summary shows them: their number, and their name when the trainer chose to."""
    return f"{number}. {name}" if names else str(number)


class SummaryDocument:
    def __init__(self, summary: WorkshopSummary, lang: str, names: bool = False):
        self.s = summary
        self.lang = lang
        self.names = names
        self.t = Texts(lang)
        self.rtl = self.t.rtl

    def L(self, key: str, **values: object) -> str:
        return label(key, self.lang, **values)

    def tr(self, text: Text) -> str:
        return tr(text, self.lang, self.s.pack.reference_language)

    def story(self) -> list:
        t, s = self.t, self.s
        return [
            t(self.L("summary_title"), "h1"),
            t(self.L("summary_intro"), "small"),
            Spacer(1, 4),
            self._identity(),
            t(self.L("ready_per_module"), "h2"),
            self._modules(),
            t(
                self.L("ready_defined", score=format_percent(s.ready_score, self.lang), level=self._top_level()),
                "small",
            ),
            t(self.L("common_blockers"), "h2"),
            *self._counted([(self.tr(a.title), n) for a, n in s.blockers], "col_action"),
            t(self.L("common_gaps"), "h2"),
            *self._counted([(self.tr(g.question.text), g.participants, g.concerned) for g in s.gaps], "col_question"),
            t(self.L("gaps_defined"), "small"),
            t(self.L("teach_next"), "h2"),
            *self._teach(),
            t(self.L("room_progress"), "h2"),
            t(self._progress(), "body"),
            t(self.L("participant_list"), "h2"),
            *self._participants(),
        ]

    def _top_level(self) -> str:
        return self.tr(self.s.pack.level_for(self.s.ready_score).label)

    def _identity(self):
        t, w = self.t, self.s.workshop
        facts = [
            ("workshop", w.name),
            ("workshop_date", format_date(_day(w.date), self.lang) if w.date else "—"),
            ("place", w.place or "—"),
            ("trainer", w.trainer or "—"),
            ("participants", str(len(self.s.rows))),
        ]
        rows = [[t(self.L(key), "cell_small"), t(value, "body_bold")] for key, value in facts]
        return make_table(rows, [CONTENT_W * 0.3, CONTENT_W * 0.7], [("BOX", (0, 0), (-1, -1), 0.6, RULE)], self.rtl)

    def _modules(self):
        t = self.t
        head = [t(self.L(k), "cell_head") for k in ("col_module", "col_ready", "col_concerned", "col_average")]
        rows = [head]
        for m in self.s.modules:
            average = "—" if m.average is None else format_percent(m.average, self.lang)
            rows.append(
                [t(self.tr(m.module.title), "cell"), *(t(str(v), "cell") for v in (m.ready, m.concerned, average))]
            )
        w = CONTENT_W
        return make_table(rows, [w * 0.46, w * 0.18, w * 0.18, w * 0.18], list(_GRID), self.rtl, repeat=1)

    def _counted(self, items: list[tuple], what: str) -> list:
        """Texts with how many businesses they concern ("3" or "3 / 12")."""
        t = self.t
        if not items:
            return [t(self.L("none_in_room"), "body")]
        rows = [[t(self.L(what), "cell_head"), t(self.L("col_businesses"), "cell_head")]]
        for text, *counts in items:
            rows.append([t(text, "cell"), t(" / ".join(str(c) for c in counts), "cell")])
        return [make_table(rows, [CONTENT_W * 0.8, CONTENT_W * 0.2], list(_GRID), self.rtl, repeat=1)]

    def _teach(self) -> list:
        t, total = self.t, len(self.s.rows)
        if not self.s.teach:
            return [t(self.L("none_in_room"), "body")]
        parts: list = []
        for topic in self.s.teach:
            title = f"{self.tr(topic.section.title)} ({self.tr(topic.module.title)})"
            reason = self.L("teach_reason", n=topic.participants, total=total, blocked=topic.blocked)
            parts.append(Bulleted(t("•", "body"), t([(title, True), (" — " + reason, False)], "body"), self.rtl))
        return parts

    def _progress(self) -> str:
        p = self.s.progress
        if p is None:
            return self.L("room_first")
        change, points = signed_points(p.readiness_change, self.lang)
        total = len(self.s.rows)
        return self.L(
            "room_progress_text", returning=p.returning, total=total, done=p.actions_done, change=change, points=points
        )

    def _participants(self) -> list:
        t = self.t
        parts: list = []
        if not self.names:
            parts.append(t(self.L("anonymous_note", n=len(self.s.rows)), "small"))
        keys = ("col_participant", "col_readiness", "col_blockers")
        rows = [[t(self.L(k), "cell_head") for k in keys]]
        for number, row in enumerate(self.s.rows, 1):
            who = participant_label(number, row.business.name, self.names)
            cells = (who, format_percent(row.overall, self.lang), str(row.blockers))
            rows.append(
                [t(cells[0], "cell") if not self.names else t.own(cells[0]), *(t(c, "cell") for c in cells[1:])]
            )
        w = CONTENT_W
        parts.append(make_table(rows, [w * 0.6, w * 0.2, w * 0.2], list(_GRID), self.rtl, long=True, repeat=1))
        return parts

    def render(self) -> bytes:
        title = f"{self.L('summary_title')} – {self.s.workshop.name}"
        footer = footer_text(self.s.pack, self.lang)
        return render_story(self.story, lang=self.lang, title=title, header=self.s.workshop.name, footer=footer)


def _day(text: str):
    import datetime as dt

    return dt.date.fromisoformat(text)


def render_summary(summary: WorkshopSummary, lang: str, names: bool = False) -> bytes:
    return SummaryDocument(summary, lang, names).render()


def save_summary(summary: WorkshopSummary, path: str | Path, lang: str, names: bool = False) -> Path:
    return write_atomically(path, render_summary(summary, lang, names))


def csv_columns(summary: WorkshopSummary) -> list[str]:
    modules = [f"readiness_{m.module.id}" for m in summary.modules]
    return [*CSV_COLUMNS[:4], *modules, *CSV_COLUMNS[4:]]


def render_summary_csv(summary: WorkshopSummary, lang: str, names: bool = False) -> bytes:
    """One row per participant, columns by stable id (csv_columns); the same conventions as the actions' CSV."""
    pack = summary.pack

    def choice(field_id: str, value: object) -> str:
        if value in (None, ""):
            return ""
        try:
            return pack.profile_field(field_id).choice_label(str(value), lang)
        except KeyError:
            return str(value)

    rows = []
    for number, row in enumerate(summary.rows, 1):
        since = row.since_last_workshop
        profile = row.plan.profile
        rows.append(
            [
                participant_label(number, row.business.name, names),
                choice("sector", profile.get("sector")),
                choice("legal_form", profile.get("legal_form")),
                str(row.overall),
                *(
                    "" if row.modules.get(m.module.id) is None else str(row.modules[m.module.id])
                    for m in summary.modules
                ),
                str(row.answered),
                str(row.applicable),
                str(row.blockers),
                str(row.done),
                str(row.actions),
                "" if since is None else since.since.isoformat(),
                "" if since is None else str(since.readiness_change),
                "" if since is None else str(since.actions_done),
            ]
        )
    return csv_bytes(csv_columns(summary), rows, lang)


def save_summary_csv(summary: WorkshopSummary, path: str | Path, lang: str, names: bool = False) -> Path:
    return write_atomically(path, render_summary_csv(summary, lang, names))
