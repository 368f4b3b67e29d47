"""The workshop's summary: one or two A4 pages for the trainer and the chamber (how many businesses reach each
readiness level per module, the most common blockers and gaps, what to teach next, progress since the previous
workshop), and a CSV with one row per participant for the chamber's statistics (docs/workshop-summary-csv.md).

Anonymous unless ``names=True`` (law 09-08 on personal data): the PDF gives totals only, and the CSV's rows are
sorted by sector, legal form and readiness (never in the order the businesses joined, which the trainer's screen
shows) and numbered in that order. With names, both list the participants in the order they joined, named.

    from merchant_assistant.workshops import workshop_summary
    from merchant_assistant.report.summary import save_summary, save_summary_csv

    summary = workshop_summary(workspace, workshop_id)
    save_summary(summary, "summary.pdf", "ar")                 # written atomically, UserError on failure
    save_summary_csv(summary, "summary.csv", "fr", names=True, header="ids")
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from reportlab.platypus import Spacer

from ..content.model import Text, tr
from ..files import write_atomically
from ..i18n import format_date, format_list, format_percent
from ..workshops import ParticipantRow, WorkshopSummary
from .actions_csv import HEADERS, csv_bytes
from .document import CONTENT_W, Bulleted, footer_text, make_table, render_story
from .labels import counted_label, label
from .styles import ACCENT, RULE, Texts

CSV_COLUMNS = (
    "participant",
    "workshop",
    "workshop_date",
    "sector",
    "legal_form",
    "readiness",
    # then "readiness_<module id>" for each module of the content, in its order
    "answered",
    "applicable",
    "blockers",
    "actions_done",
    "actions",
    "previous_workshop_date",
    "readiness_previous",
    "readiness_change",
    "actions_done_since",
)
_FIRST_MODULE_COLUMN = CSV_COLUMNS.index("readiness") + 1
_CSV_TITLES: dict[str, dict[str, str]] = {
    "participant": {"fr": "Participant", "en": "Participant", "ar": "المشارك"},
    "workshop": {"fr": "Atelier", "en": "Workshop", "ar": "الورشة"},
    "workshop_date": {"fr": "Date de l'atelier", "en": "Workshop date", "ar": "تاريخ الورشة"},
    "sector": {"fr": "Secteur", "en": "Sector", "ar": "القطاع"},
    "legal_form": {"fr": "Forme juridique", "en": "Legal form", "ar": "الشكل القانوني"},
    "readiness": {"fr": "Préparation (%)", "en": "Readiness (%)", "ar": "الجاهزية (%)"},
    "readiness_module": {
        "fr": "Préparation : {module} (%)",
        "en": "Readiness: {module} (%)",
        "ar": "الجاهزية: {module} (%)",
    },
    "answered": {"fr": "Questions répondues", "en": "Questions answered", "ar": "الأسئلة المجاب عنها"},
    "applicable": {"fr": "Questions applicables", "en": "Questions that apply", "ar": "الأسئلة المنطبقة"},
    "blockers": {"fr": "Blocages", "en": "Blockers", "ar": "العوائق"},
    "actions_done": {"fr": "Actions faites", "en": "Actions done", "ar": "الإجراءات المنجزة"},
    "actions": {"fr": "Actions du plan", "en": "Actions in the plan", "ar": "إجراءات الخطة"},
    "previous_workshop_date": {
        "fr": "Date de l'atelier précédent",
        "en": "Previous workshop's date",
        "ar": "تاريخ الورشة السابقة",
    },
    "readiness_previous": {
        "fr": "Préparation à l'atelier précédent (%)",
        "en": "Readiness at the previous workshop (%)",
        "ar": "الجاهزية في الورشة السابقة (%)",
    },
    "readiness_change": {
        "fr": "Évolution de la préparation (points)",
        "en": "Readiness change (points)",
        "ar": "تطور الجاهزية (نقاط)",
    },
    "actions_done_since": {
        "fr": "Actions faites depuis l'atelier précédent",
        "en": "Actions done since the previous workshop",
        "ar": "الإجراءات المنجزة منذ الورشة السابقة",
    },
}
_GRID = [("GRID", (0, 0), (-1, -1), 0.4, RULE), ("BACKGROUND", (0, 0), (-1, 0), ACCENT)]


def participant_label(number: int, name: str, names: bool) -> str:
    """A participant as the CSV shows them: their number, and their name when the trainer chose to."""
    return f"{number}. {name}" if names else str(number)


def summary_footer(summary: WorkshopSummary, lang: str) -> str:
    """The plan's footer (content's review date and version) with the summary's own disclaimer."""
    pack = summary.pack
    return footer_text(pack, lang).replace(pack.string("disclaimer", lang), label("summary_disclaimer", lang), 1)


class SummaryDocument:
    def __init__(self, summary: WorkshopSummary, lang: str, names: bool = False):
        self.s = summary
        self.lang = lang
        self.names = names
        self.t = Texts(lang)
        self.rtl = self.t.rtl

    def L(self, key: str, **values: object) -> str:
        return label(key, self.lang, **values)

    def N(self, key: str, n: int, **values: object) -> str:
        """A label in the form that agrees with ``n``."""
        return counted_label(key, n, self.lang, **values)

    def tr(self, text: Text) -> str:
        return tr(text, self.lang, self.s.pack.reference_language)

    def story(self) -> list:
        t, s = self.t, self.s
        gaps = [(self.tr(g.question.text), g.participants, g.unanswered, g.concerned) for g in s.gaps]
        return [
            t(self.L("summary_title"), "h1"),
            t(self.L("summary_intro"), "small"),
            Spacer(1, 4),
            self._identity(),
            t(self.L("ready_per_module"), "h2"),
            self._modules(),
            t(self.L("levels_defined", levels=self._levels_defined()), "small"),
            t(self.L("common_blockers"), "h2"),
            *self._counted([(self.tr(a.title), n) for a, n in s.blockers], ("col_action", "col_businesses")),
            t(self.L("common_gaps"), "h2"),
            *self._counted(gaps, ("col_question", "col_gap", "col_not_asked", "col_concerned")),
            t(self.L("gaps_defined"), "small"),
            t(self.L("teach_next"), "h2"),
            *self._teach(),
            t(self.L("teach_defined"), "small"),
            t(self.L("room_progress"), "h2"),
            t(self._progress(), "body"),
            t(self.L("participant_list"), "h2"),
            *self._participants(),
        ]

    def _levels_defined(self) -> str:
        levels = sorted(self.s.pack.levels, key=lambda lv: lv.min_score)
        parts = [
            self.L("level_from", level=self.tr(lv.label), score=format_percent(lv.min_score, self.lang))
            for lv in levels
        ]
        return format_list(parts, self.lang)

    def _identity(self):
        t, w = self.t, self.s.workshop
        facts = [
            ("workshop", w.name),
            ("workshop_date", format_date(_day(w.date), self.lang) if w.date else ""),
            ("place", w.place or ""),
            ("trainer", w.trainer or ""),
            ("participants", str(len(self.s.rows))),
        ]
        rows = [[t(self.L(key), "cell_small"), t(value, "body_bold")] for key, value in facts if value]
        return make_table(rows, [CONTENT_W * 0.3, CONTENT_W * 0.7], [("BOX", (0, 0), (-1, -1), 0.6, RULE)], self.rtl)

    def _modules(self):
        """Per module, how many businesses reach each level of the content, and their mean score."""
        t = self.t
        levels = [level for level, _ in self.s.modules[0].levels] if self.s.modules else []
        head = [
            t(self.L("col_module"), "cell_head"),
            *(t(self.tr(level.label), "cell_head") for level in levels),
            t(self.L("col_average"), "cell_head"),
        ]
        rows = [head]
        for m in self.s.modules:
            average = "—" if m.average is None else format_percent(m.average, self.lang)
            counts = [str(n) for _, n in m.levels]
            rows.append([t(self.tr(m.module.title), "cell"), *(t(v, "cell") for v in (*counts, average))])
        w = CONTENT_W
        other = (w * 0.62) / (len(levels) + 1)
        return make_table(rows, [w * 0.38, *([other] * (len(levels) + 1))], list(_GRID), self.rtl, repeat=1)

    def _counted(self, items: list[tuple], heads: tuple[str, ...]) -> list:
        """Texts with how many businesses they concern, one column per count."""
        t = self.t
        if not items:
            return [t(self.L("none_in_room"), "body")]
        rows = [[t(self.L(key), "cell_head") for key in heads]]
        for text, *counts in items:
            rows.append([t(text, "cell"), *(t(str(c), "cell") for c in counts)])
        w = CONTENT_W
        counts_w = 0.2 if len(heads) == 2 else 0.14
        widths = [w * (1 - counts_w * (len(heads) - 1)), *([w * counts_w] * (len(heads) - 1))]
        return [make_table(rows, widths, list(_GRID), self.rtl, repeat=1)]

    def _teach(self) -> list:
        t = self.t
        if not self.s.teach:
            return [t(self.L("none_in_room"), "body")]
        parts: list = []
        for topic in self.s.teach:
            title = f"{self.tr(topic.section.title)} ({self.tr(topic.module.title)})"
            reason = self.teach_reason(topic.participants, topic.concerned, topic.blocked)
            parts.append(Bulleted(t("•", "body"), t([(title, True), (" — " + reason, False)], "body"), self.rtl))
        return parts

    def teach_reason(self, n: int, concerned: int, blocked: int) -> str:
        """ "5 entreprises sur 7 concernées ont un manque ici ; pour 2 d'entre elles, cela bloque leur objectif." """
        reason = self.N("teach_reason", n, concerned=concerned)
        if n == 1:
            return reason + self.L("teach_blocked_it" if blocked else "teach_blocked_not_it")
        return reason + (self.L("teach_blocked_none") if blocked == 0 else self.N("teach_blocked", blocked))

    def _progress(self) -> str:
        p = self.s.progress
        if p is None:
            return self.L("room_first")
        total = len(self.s.rows)
        text = self.L("room_returning", returning=p.returning, total=total) if p.returning < total else ""
        text += self.N("room_advanced", p.advanced, returning=p.returning, unchanged=p.unchanged)
        if p.went_back:
            text += self.N("room_went_back", p.went_back)
        text += self.N("room_done", p.actions_done)
        change = p.readiness_change
        if change == 0:
            points = self.L("points_same")
        else:
            points = self.N("points_up" if change > 0 else "points_down", abs(change))
        before, after = (format_percent(v, self.lang) for v in (p.before, p.after))
        return text + self.L("room_readiness", before=before, after=after, change=points)

    def _participants(self) -> list:
        t = self.t
        if not self.names:  # law 09-08: totals only, nothing a reader could match to a business
            pack = self.s.pack
            reached = Counter(pack.level_for(row.overall).min_score for row in self.s.rows)
            counts = [
                self.L("level_count", level=self.tr(level.label), n=reached[level.min_score])
                for level in sorted(pack.levels, key=lambda lv: lv.min_score)
            ]
            return [
                t(self.L("overall_levels", levels=format_list(counts, self.lang)), "body"),
                t(self.L("anonymous_note"), "small"),
            ]
        keys = ("col_participant", "col_readiness", "col_blockers")
        rows = [[t(self.L(k), "cell_head") for k in keys]]
        for number, row in enumerate(self.s.rows, 1):
            rows.append(
                [
                    t.own(f"{number}. {row.business.name}"),
                    t(format_percent(row.overall, self.lang), "cell"),
                    t(str(row.blockers), "cell"),
                ]
            )
        w = CONTENT_W
        table = make_table(rows, [w * 0.6, w * 0.2, w * 0.2], list(_GRID), self.rtl, long=True, repeat=1)
        return [t(self.L("named_note", n=len(self.s.rows)), "small"), table]

    def render(self) -> bytes:
        title = f"{self.L('summary_title')} – {self.s.workshop.name}"
        footer = summary_footer(self.s, self.lang)
        return render_story(self.story, lang=self.lang, title=title, header=self.s.workshop.name, footer=footer)


def _day(text: str):
    import datetime as dt

    return dt.date.fromisoformat(text)


def render_summary(summary: WorkshopSummary, lang: str, names: bool = False) -> bytes:
    return SummaryDocument(summary, lang, names).render()


def save_summary(summary: WorkshopSummary, path: str | Path, lang: str, names: bool = False) -> Path:
    return write_atomically(path, render_summary(summary, lang, names))


def csv_columns(summary: WorkshopSummary) -> list[str]:
    """The CSV's stable column ids, the modules' columns in the content's order."""
    modules = [f"readiness_{m.module.id}" for m in summary.modules]
    return [*CSV_COLUMNS[:_FIRST_MODULE_COLUMN], *modules, *CSV_COLUMNS[_FIRST_MODULE_COLUMN:]]


def csv_titles(summary: WorkshopSummary, lang: str) -> list[str]:
    """The CSV's column titles in ``lang``, in the order of csv_columns."""
    titles = [_CSV_TITLES[c][lang] for c in CSV_COLUMNS]
    modules = [
        _CSV_TITLES["readiness_module"][lang].format(module=tr(m.module.title, lang, summary.pack.reference_language))
        for m in summary.modules
    ]
    return [*titles[:_FIRST_MODULE_COLUMN], *modules, *titles[_FIRST_MODULE_COLUMN:]]


def render_summary_csv(summary: WorkshopSummary, lang: str, names: bool = False, header: str = "labels") -> bytes:
    """One row per participant (csv_columns); the same conventions as the actions' CSV. ``header``: "labels"
    (titles in ``lang``) or "ids" (the stable column ids). Anonymous unless ``names``: rows sorted by sector,
    legal form, readiness and the other figures, numbered in that order (nothing of the order they joined)."""
    if header not in HEADERS:
        raise ValueError(f"header must be one of {HEADERS}, not {header!r}")
    pack = summary.pack
    workshop = summary.workshop

    def choice(field_id: str, value: object) -> str:
        if value in (None, ""):
            return ""
        try:
            return pack.profile_field(field_id).choice_label(str(value), lang)
        except KeyError:
            return str(value)

    def figures(row: ParticipantRow) -> list[str]:
        since = row.since_last_workshop
        profile = row.plan.profile
        return [
            choice("sector", profile.get("sector")),
            choice("legal_form", profile.get("legal_form")),
            str(row.overall),
            *("" if row.modules.get(m.module.id) is None else str(row.modules[m.module.id]) for m in summary.modules),
            str(row.answered),
            str(row.applicable),
            str(row.blockers),
            str(row.done),
            str(row.actions),
            "" if since is None else since.since.isoformat(),
            "" if since is None else str(row.overall - since.readiness_change),
            "" if since is None else str(since.readiness_change),
            "" if since is None else str(since.actions_done),
        ]

    listed = [(row.business.name, figures(row)) for row in summary.rows]
    if not names:
        listed.sort(key=lambda named: (named[1][0], named[1][1], int(named[1][2]), named[1]))
    rows = [
        [participant_label(number, name, names), workshop.name, workshop.date or "", *cells]
        for number, (name, cells) in enumerate(listed, 1)
    ]
    head = csv_columns(summary) if header == "ids" else csv_titles(summary, lang)
    return csv_bytes(head, rows, lang)


def save_summary_csv(
    summary: WorkshopSummary, path: str | Path, lang: str, names: bool = False, header: str = "labels"
) -> Path:
    return write_atomically(path, render_summary_csv(summary, lang, names, header))
