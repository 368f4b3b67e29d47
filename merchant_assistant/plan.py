"""The action plan: one ordered list, the same on the screen, on the PDF and in ``plan --json``.

Order: what blocks the goal the business chose, then week by week for the first month (later after that); within a
week by priority, what moves that goal forward first among equals. An action never comes before one it names in
``after``, and is due after it.

Data flows one way: content pack + profile + answers (+ the user's action statuses) -> Plan. The screen, the PDF
and the CLI all render the same Plan object.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from .answers import Answer, answer_score, is_not_applicable
from .content.model import ANY_GOAL, Action, ContentPack, GlossaryTerm, Option, Question, tr
from .content.rules import applies
from .records import ActionStatus  # the record lives below storage; exported here as before
from .scoring import (
    Readiness,
    answer_value,
    applicable_questions,
    effective_answers,
    implied_options,
    is_triggered,
    score,
)

if TYPE_CHECKING:
    from .progress import Progress  # progress.py reads plans: the import goes one way at run time

STATUSES = ("todo", "in_progress", "done")
PRIORITY_RANK = {"high": 0, "medium": 1, "low": 2}
DUE_NOW_DAYS = 7  # due within a week counts as "due now" (Stripe's "currently due")
AFTER_GAP_DAYS = 7  # an action that waits for another is due at least a week after it (it cannot start before)
WEEKS_PLANNED = 4  # the first month is planned week by week; what is due later is one group, "later"
# The profile's legal form of a business that has not declared its activity yet: what stands on its documents list
# for another answer (its registration, tax ID, business tax, ICE, account) comes with the declaration.
NOT_DECLARED = "not_declared"


@dataclass(frozen=True)
class PlanItem:
    action: Action
    question: Question
    blocker: bool
    due: dt.date
    chosen_owner: str | None  # who the user named; None: the content's suggestion, in the reader's language
    status: str
    state: str  # "overdue" | "due_now" | "due_later" | "done"
    week: int  # 1-4: the week of the first month it is due in (overdue counts in week 1); 5: later
    serves_goal: bool = False  # moves forward a goal the business chose
    after: tuple[str, ...] = ()  # ids of the actions of this plan that come before it
    missing: tuple[Option, ...] = ()  # multiple choice: the items of the trigger not ticked yet ("what is missing")

    @property
    def uncertain(self) -> bool:
        return self.action.uncertain or self.question.uncertain

    def owner(self, lang: str) -> str:
        """Who does it, in ``lang``: the plan itself is the same in every language."""
        return self.chosen_owner or tr(self.action.owner, lang)


@dataclass(frozen=True)
class Checklist:
    """A multiple-choice question printed as a list to tick: documents for the bank, what the website shows."""

    kind: str  # "documents" | "website"
    question: Question
    items: tuple[tuple[Option, bool], ...]  # (option, ticked)
    # Items not ticked that the business may well have (nothing answered says it has not): "to check", not "to get".
    to_check: frozenset[str] = frozenset()
    # Items to get only once other actions of the plan are done (a business not declared yet gets its IF by
    # declaring): option id -> the ids of those actions.
    after: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def status(self, option: Option, ticked: bool) -> str:
        """ "ready" | "to_check" | "to_get" (with ``after``: once those actions are done)."""
        if ticked:
            return "ready"
        return "to_check" if option.id in self.to_check else "to_get"


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
    # What the business wants to set up (profile field "goals"), nothing_new left out; ANY_GOAL for a pack
    # without that field (every blocker counts).
    goals: tuple[str, ...] = ()
    # Unanswered questions could still add actions: how many, at most (the express path says so).
    possible_actions: int = 0
    # The user's own notes on their answers (questions asked of this business, in the content's order).
    notes: tuple[tuple[Question, str], ...] = ()
    # What changed since the business's last snapshot (merchant_assistant.progress): filled by Workspace.plan from
    # the stored snapshots, so that the report shows it without reading storage; None when there is none.
    progress: Progress | None = None
    # Multiple-choice questions asked of this business -> the options in place by something other than their own
    # answer (another answer, a number given in the profile, an action marked done): the same rule (_Ready) as the
    # lists to tick of the PDF, so that the question's card shows them ticked too.
    ticked_elsewhere: Mapping[str, frozenset[str]] = field(default_factory=dict)

    @property
    def chosen_goals(self) -> tuple[str, ...]:
        return tuple(g for g in self.goals if g != ANY_GOAL)

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
        """Questions not answered yet that can block the chosen goal: a plan is not clear while these are open."""
        return tuple(q for q in self.unanswered if q.blocks_goal_of(self.goals))

    @property
    def unanswered_express(self) -> tuple[Question, ...]:
        return tuple(q for q in self.unanswered if q.express)

    def questions_in_state(self, module_id: str, state: str) -> list[Question]:
        """The module's scored questions in one state, in content order."""
        return [q for q in self.pack.module(module_id).questions if self.question_states.get(q.id) == state]

    def glossary_terms(self) -> list[GlossaryTerm]:
        """The glossary entries this plan refers to (its actions and their questions), sorted by term id order."""
        ids: list[str] = []
        for item in self.items:
            for tid in item.question.terms + item.action.terms:
                if tid not in ids:
                    ids.append(tid)
        return [self.pack.glossary[t] for t in ids if t in self.pack.glossary]


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


def due_week(due: dt.date, today: dt.date) -> int:
    """The week of the plan an action due on ``due`` falls in: 1 for today to a week from today (and overdue), 2 for
    the week after, ... WEEKS_PLANNED + 1 for anything later."""
    return min(1 + max(0, (due - today).days - 1) // 7, WEEKS_PLANNED + 1)


def business_goals(pack: ContentPack, profile: Mapping[str, Any]) -> tuple[str, ...]:
    """The payment goals the business chose; a pack without a goals field makes every blocker count."""
    if not any(f.id == "goals" for f in pack.profile_fields):
        return (ANY_GOAL,)
    return tuple(g for g in profile.get("goals") or () if g != "nothing_new")


def _in_order(items: list[PlanItem], rank: Mapping[str, tuple]) -> list[PlanItem]:
    """Topological order over ``after`` that keeps to ``rank`` wherever the dependencies allow (Kahn's algorithm
    with the lowest-ranked ready action first)."""
    by_id = {i.action.id: i for i in items}
    waiting = {aid: set(i.after) & by_id.keys() for aid, i in by_id.items()}  # a done action holds nothing up
    followers: dict[str, list[str]] = {aid: [] for aid in by_id}
    for aid, before in waiting.items():
        for b in before:
            followers[b].append(aid)
    ready = [(rank[aid], aid) for aid, before in waiting.items() if not before]
    heapq.heapify(ready)
    ordered = []
    while ready:
        _, aid = heapq.heappop(ready)
        ordered.append(by_id[aid])
        for follower in followers[aid]:
            waiting[follower].discard(aid)
            if not waiting[follower]:
                heapq.heappush(ready, (rank[follower], follower))
    return ordered  # the content checker refuses loops, so every action is placed


def build_plan(
    pack: ContentPack,
    profile: Mapping[str, Any],
    answers: Mapping[str, Answer | Any],
    statuses: Mapping[str, ActionStatus] | None = None,
    today: dt.date | None = None,
) -> Plan:
    """The plan for one business. ``today`` is passed in so that the same data always gives the same plan.

    A suggested due date counts ``action.days`` from the day the triggering answer was given (so a plan printed
    later shows what became overdue), and is at least AFTER_GAP_DAYS after the due date of each action it waits
    for; the user's own due date wins.
    """
    today = today or dt.date.today()
    statuses = statuses or {}
    goals = business_goals(pack, profile)
    questions = applicable_questions(pack, profile, answers=answers)
    values = effective_answers(pack, answers, questions, profile)
    order = {q.id: n for n, q in enumerate(pack.questions)}
    triggered: list[tuple[Action, Question]] = [
        (action, q)
        for q in questions
        for action in q.actions
        if applies(action.applies_if, profile) and is_triggered(action, q, values.get(q.id))
    ]
    present = {a.id for a, _ in triggered}
    items = []
    for action, q in triggered:
        st = statuses.get(action.id) or ActionStatus(action.id)
        status = st.status if st.status in STATUSES else "todo"
        serves = set(action.serves) | set(q.blocks)
        items.append(
            PlanItem(
                action=action,
                question=q,
                blocker=q.blocks_goal_of(goals),
                due=_answered_on(answers.get(q.id), today) + dt.timedelta(days=action.days),
                chosen_owner=st.owner or None,
                status=status,
                state="",
                week=0,
                serves_goal=ANY_GOAL in goals or bool(serves & set(goals)),
                after=tuple(b for b in action.after if b in present),
                missing=tuple(o for o in q.options if o.id in action.trigger.missing),  # what is ready leaves below
            )
        )
    # What a blocker waits for blocks the goal too (choosing a provider before its logos can go on the site).
    items = _with_blocking_prerequisites(items)
    # Due dates first: they depend only on what each action waits for, not on where it is listed.
    due = _due_dates(items, statuses)
    rank = {
        i.action.id: (
            not i.blocker,
            due_week(due[i.action.id], today),
            PRIORITY_RANK[i.action.priority],
            not i.serves_goal,  # the goal first among equals
            i.action.days,
            order[i.question.id],
            i.action.id,
        )
        for i in items
    }
    # Done actions leave the order (nothing waits for them); the rest keep to their dependencies. The week agrees
    # with them (what waits is due a week later) unless the user moved a date: then the dependencies win.
    open_items = _in_order([i for i in items if i.status != "done"], rank)
    done_items = sorted((i for i in items if i.status == "done"), key=lambda i: rank[i.action.id])
    placed = [_dated(item, due[item.action.id], today) for item in open_items + done_items]
    states = {}
    for q in questions:
        if q.weight <= 0:
            continue
        value = values.get(q.id)
        own_items = [i for i in placed if i.question.id == q.id]
        if value is None:
            states[q.id] = "unanswered"
        elif is_not_applicable(q, value):
            states[q.id] = "not_applicable"
        elif answer_score(q, value) >= 1 or (own_items and all(i.status == "done" for i in own_items)):
            states[q.id] = "done"
        else:
            states[q.id] = "missing"
    # One rule for what is in place, on the lists to tick and in each action's "still missing" (ready()).
    ready = _Ready(answers, values, states, {i.action.id for i in placed if i.status == "done"})
    placed = [replace(i, missing=tuple(o for o in i.missing if not ready(i.question, o))) for i in placed]
    # Lists to tick: those tied to payment goals only for a goal the business chose (wanting nothing new, it has no
    # bank appointment to prepare); a list tied to no goal always.
    declaring = _declaring(questions, profile, states, placed)
    checklists = tuple(
        _checklist(q, ready, declaring) for q in questions if q.checklist and (not q.blocks or q.blocks_goal_of(goals))
    )
    unanswered = tuple(q for q in questions if values.get(q.id) is None)
    ticked_elsewhere = {
        q.id: frozenset(o.id for o in q.options if o.id not in set(answer_value(answers, q.id) or ()) and ready(q, o))
        for q in questions
        if q.kind == "multi"
    }
    return Plan(
        pack=pack,
        profile=dict(profile),
        today=today,
        readiness=score(pack, profile, answers, {a for a, st in statuses.items() if st.status == "done"}),
        items=tuple(placed),
        unanswered=unanswered,
        checklists=checklists,
        question_states=states,
        goals=goals,
        possible_actions=sum(1 for q in unanswered for a in q.actions if applies(a.applies_if, profile)),
        notes=tuple(
            (q, note) for q in questions if (note := getattr(answers.get(q.id), "note", "")) and isinstance(note, str)
        ),
        ticked_elsewhere=ticked_elsewhere,
    )


class _Ready:
    """Is an item of a multiple-choice question in place? When the answer ticks it (or another answer stands for
    it), when the question it follows from is done (by its answer or by the actions the user marked done: its ICE
    action done, the ICE is in place), or when the user marked done the action that was to obtain it (the action
    whose trigger names it as missing). The lists to tick, the actions' "still missing" and page 2 all ask here."""

    def __init__(
        self, answers: Mapping[str, Any], values: Mapping[str, Any], states: Mapping[str, str], done: set[str]
    ):
        self.answers, self.values, self.states, self.done = answers, values, states, done

    def __call__(self, question: Question, option: Option) -> bool:
        return (
            option.id in set(self.values.get(question.id) or ()) | implied_options(question, self.answers)
            or _done_elsewhere(option, self.states)
            or any(a.id in self.done and option.id in a.trigger.missing for a in question.actions)
        )


def _done_elsewhere(option: Option, states: Mapping[str, str]) -> bool:
    """An item another question stands for, done there (its ICE action marked done: the ICE is in place)."""
    return any(states.get(qid) == "done" for qid in option.implied_by)


def _checklist(q: Question, ready: _Ready, declaring: tuple[str, ...] | None) -> Checklist:
    """The list to tick of question ``q``. An item not in place is "to check" when nothing answered says the
    business lacks it (neither this question nor one its item stands for is answered), else "to get". For a business
    not declared yet (``declaring``: the open actions that declare it, maybe none), what another answer stands for on
    the documents list (registration, IF, business tax...) comes with the declaration: "to get", after them."""
    items = tuple((o, ready(q, o)) for o in q.options if o.expected)
    unanswered = ready.values.get(q.id) is None
    to_check = {
        o.id
        for o, ticked in items
        if not ticked
        and unanswered
        and not any(ready.states.get(qid, "unanswered") != "unanswered" for qid in o.implied_by)
    }
    after: dict[str, tuple[str, ...]] = {}
    if declaring is not None and q.checklist == "documents":
        after = {o.id: declaring for o, ticked in items if not ticked and o.implied_by}
    return Checklist(
        kind=q.checklist or "", question=q, items=items, to_check=frozenset(to_check - after.keys()), after=after
    )


def _declaring(
    questions: list[Question], profile: Mapping[str, Any], states: Mapping[str, str], placed: list[PlanItem]
) -> tuple[str, ...] | None:
    """For a business not declared yet, the open actions of the plan that declare it (those of the questions asked
    only of such a business: has it declared its activity?); None for a business declared, by its profile or by
    answering such a question (or doing its actions)."""
    if profile.get("legal_form") != NOT_DECLARED:
        return None
    asking = [
        q.id for q in questions if tuple((q.applies_if.get("legal_form") or {}).get("in") or ()) == (NOT_DECLARED,)
    ]
    if any(states.get(qid) == "done" for qid in asking):
        return None
    return tuple(i.action.id for i in placed if i.question.id in asking and i.status != "done")


def _due_dates(items: list[PlanItem], statuses: Mapping[str, ActionStatus]) -> dict[str, dt.date]:
    """Each action's due date: the user's own, else the suggested one but never before AFTER_GAP_DAYS after the
    open actions it waits for (a quick, urgent step keeps its own early date). Done actions keep theirs."""
    due: dict[str, dt.date] = {}
    open_ids = {i.action.id for i in items if i.status != "done"}
    for item in _in_order([i for i in items if i.action.id in open_ids], {aid: (aid,) for aid in open_ids}):
        own = statuses.get(item.action.id)
        if own is not None and own.due is not None:
            due[item.action.id] = own.due
        else:
            waits_for = [due[b] + dt.timedelta(days=AFTER_GAP_DAYS) for b in item.after if b in due]
            due[item.action.id] = max([item.due] + waits_for)
    for item in items:
        if item.status == "done":
            own = statuses.get(item.action.id)
            due[item.action.id] = own.due if own is not None and own.due is not None else item.due
    return due


def _with_blocking_prerequisites(items: list[PlanItem]) -> list[PlanItem]:
    by_id = {i.action.id: i for i in items}
    blocking: set[str] = set()
    waiting = [i.action.id for i in items if i.blocker]
    while waiting:
        for before in by_id[waiting.pop()].after:
            if before not in blocking and not by_id[before].blocker:
                blocking.add(before)
                waiting.append(before)
    return [replace(i, blocker=True) if i.action.id in blocking else i for i in items]


def _dated(item: PlanItem, due: dt.date, today: dt.date) -> PlanItem:
    return replace(item, due=due, state=_state(item.status, due, today), week=due_week(due, today))
