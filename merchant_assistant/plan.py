"""The prioritised action plan: blockers first, then by priority and due date.

Data flows one way: content pack + profile + answers (+ the user's action statuses) -> Plan. The screen, the PDF
and the CLI all render the same Plan object.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Mapping

from .answers import Answer, answer_score, is_not_applicable
from .content.model import Action, ContentPack, GlossaryTerm, Option, Question, tr
from .scoring import Readiness, answer_value, applicable_questions, score

STATUSES = ("todo", "in_progress", "done")
PRIORITY_RANK = {"high": 0, "medium": 1, "low": 2}
DUE_NOW_DAYS = 7  # due within a week counts as "due now" (Stripe's "currently due")


@dataclass(frozen=True)
class ActionStatus:
    """What the user decided about one action: its status, and optionally another owner or due date."""

    action_id: str
    status: str = "todo"
    owner: str | None = None
    due: dt.date | None = None


@dataclass(frozen=True)
class PlanItem:
    action: Action
    question: Question
    blocker: bool
    due: dt.date
    owner: str
    status: str
    state: str  # "overdue" | "due_now" | "due_later" | "done"
    timeframe: str  # "overdue" | "this_week" | "this_month" | "later" | "done"

    @property
    def uncertain(self) -> bool:
        return self.action.uncertain or self.question.uncertain


@dataclass(frozen=True)
class Checklist:
    """A multiple-choice question printed as a list to tick: documents for the bank, what the website shows."""

    kind: str  # "documents" | "website"
    question: Question
    items: tuple[tuple[Option, bool], ...]  # (option, ticked)


@dataclass(frozen=True)
class Plan:
    pack: ContentPack
    profile: Mapping[str, Any]
    today: dt.date
    readiness: Readiness
    items: tuple[PlanItem, ...]
    unanswered: tuple[Question, ...]
    checklists: tuple[Checklist, ...] = field(default=())
    # Scored questions asked of this business -> "done" | "missing" | "unanswered" | "not_applicable".
    question_states: Mapping[str, str] = field(default_factory=dict)

    @property
    def business_name(self) -> str:
        return str(self.profile.get("name") or "")

    @property
    def blockers(self) -> tuple[PlanItem, ...]:
        return tuple(i for i in self.items if i.blocker and i.status != "done")

    @property
    def open_items(self) -> tuple[PlanItem, ...]:
        return tuple(i for i in self.items if i.status != "done")

    def next_steps(self, n: int = 5) -> tuple[PlanItem, ...]:
        return self.open_items[:n]

    @property
    def unanswered_blockers(self) -> tuple[Question, ...]:
        """Questions not answered yet that can block affiliation: a plan is not clear while these are open."""
        return tuple(q for q in self.unanswered if q.blocks_affiliation)

    def questions_in_state(self, module_id: str, state: str) -> list[Question]:
        """The module's scored questions in one state, in content order."""
        return [
            q for q in self.pack.module(module_id).questions if self.question_states.get(q.id) == state
        ]

    def glossary_terms(self) -> list[GlossaryTerm]:
        """The glossary entries this plan refers to (its actions and their questions), sorted by term id order."""
        ids: list[str] = []
        for item in self.items:
            for tid in item.question.terms + item.action.terms:
                if tid not in ids:
                    ids.append(tid)
        return [self.pack.glossary[t] for t in ids if t in self.pack.glossary]


def is_triggered(action: Action, question: Question, value: Any) -> bool:
    """Is ``action`` due given the answer ``value`` to its question? Unanswered questions trigger nothing."""
    if value is None or is_not_applicable(question, value):
        return False
    trigger = action.trigger
    if question.kind == "multi":
        chosen = set(value)
        return any(o not in chosen for o in trigger.missing) or any(o in chosen for o in trigger.selected)
    return value in trigger.values


def _answered_on(answer: Any, today: dt.date) -> dt.date:
    if isinstance(answer, Answer) and answer.updated_at:
        try:
            return dt.datetime.fromisoformat(answer.updated_at).date()
        except ValueError:
            pass
    return today


def _state(status: str, due: dt.date, today: dt.date) -> str:
    if status == "done":
        return "done"
    if due < today:
        return "overdue"
    return "due_now" if (due - today).days <= DUE_NOW_DAYS else "due_later"


def _timeframe(status: str, due: dt.date, today: dt.date) -> str:
    if status == "done":
        return "done"
    days = (due - today).days
    return "overdue" if days < 0 else "this_week" if days <= DUE_NOW_DAYS else "this_month" if days <= 31 else "later"


def build_plan(
    pack: ContentPack,
    profile: Mapping[str, Any],
    answers: Mapping[str, Answer | Any],
    statuses: Mapping[str, ActionStatus] | None = None,
    today: dt.date | None = None,
    lang: str | None = None,
) -> Plan:
    """The plan for one business. ``today`` is passed in so that the same data always gives the same plan.

    A suggested due date counts ``action.days`` from the day the triggering answer was given (so a plan printed
    later shows what became overdue); the user's own due date wins.
    """
    today = today or dt.date.today()
    lang = lang or pack.reference_language
    statuses = statuses or {}
    questions = applicable_questions(pack, profile)
    order = {q.id: n for n, q in enumerate(pack.questions)}
    items = []
    for q in questions:
        value = answer_value(answers, q.id)
        for action in q.actions:
            if not is_triggered(action, q, value):
                continue
            st = statuses.get(action.id) or ActionStatus(action.id)
            due = st.due or _answered_on(answers.get(q.id), today) + dt.timedelta(days=action.days)
            item = PlanItem(
                action=action,
                question=q,
                blocker=q.blocks_affiliation,
                due=due,
                owner=st.owner or tr(action.owner, lang, pack.reference_language),
                status=st.status if st.status in STATUSES else "todo",
                state=_state(st.status, due, today),
                timeframe=_timeframe(st.status, due, today),
            )
            items.append(item)
    items.sort(
        key=lambda i: (
            i.status == "done",
            not i.blocker,
            PRIORITY_RANK[i.action.priority],
            i.due,
            order[i.question.id],
        )
    )
    checklists = tuple(
        Checklist(
            kind=q.checklist,
            question=q,
            items=tuple((o, o.id in set(answer_value(answers, q.id) or ())) for o in q.options if o.expected),
        )
        for q in questions
        if q.checklist
    )
    states = {}
    for q in questions:
        if q.weight <= 0:
            continue
        value = answer_value(answers, q.id)
        own = [i for i in items if i.question.id == q.id]
        if value is None:
            states[q.id] = "unanswered"
        elif is_not_applicable(q, value):
            states[q.id] = "not_applicable"
        elif answer_score(q, value) >= 1 or (own and all(i.status == "done" for i in own)):
            states[q.id] = "done"
        else:
            states[q.id] = "missing"
    return Plan(
        pack=pack,
        profile=dict(profile),
        today=today,
        readiness=score(pack, profile, answers),
        items=tuple(items),
        unanswered=tuple(q for q in questions if answer_value(answers, q.id) is None),
        checklists=checklists,
        question_states=states,
    )
