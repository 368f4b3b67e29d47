"""A workshop's view of the room: one row per participant with their progress, readiness per module, blockers and
progress since the previous workshop they took part in; and the room as a whole (``workshop_summary``): how many
reach each readiness level per module, the most common blockers and gaps, what to teach next. Read through the
Workspace."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from .content.model import ANY_GOAL, Action, ContentPack, Level, Module, Question, Section
from .plan import Plan
from .progress import Progress, progress_since_workshop
from .records import Workshop
from .workspace import Business, Workspace

# Plan.question_states: a gap is an answer given that leaves something to do (no, don't know, and "partly", which
# triggers an action too); a question not answered yet is no gap, only not asked yet.
GAP_STATES = ("missing",)
UNANSWERED = "unanswered"
TOP = 5  # blockers and gaps listed in the summary
TEACH = 3  # topics suggested to teach next


@dataclass(frozen=True)
class ParticipantRow:
    business: Business
    plan: Plan
    answered: int  # applicable questions answered
    applicable: int
    modules: dict[str, int | None]  # module id -> readiness (None: no scored question applies)
    blockers: int  # actions blocking the business's goal, not done
    unanswered_blockers: int  # questions not answered that could block it
    done: int  # actions done
    actions: int  # actions in the plan
    since_last_workshop: Progress | None  # None: their first workshop
    consent_at: str | None

    @property
    def overall(self) -> int:
        return self.plan.readiness.overall


def participant_rows(workspace: Workspace, workshop_id: int, today: dt.date | None = None) -> list[ParticipantRow]:
    """The workshop's participants, in the order they were added."""
    workshop = workspace.workshop(workshop_id)
    day = dt.date.fromisoformat(workshop.date) if workshop.date else None
    rows = []
    for business in workspace.participants(workshop_id):
        plan = workspace.plan(business, today=today)
        readiness = plan.readiness
        rows.append(
            ParticipantRow(
                business=business,
                plan=plan,
                answered=readiness.answered,
                applicable=readiness.applicable,
                modules={m.module.id: m.score for m in readiness.modules},
                blockers=len(plan.blockers),
                unanswered_blockers=len(plan.unanswered_blockers),
                done=sum(1 for i in plan.items if i.status == "done"),
                actions=len(plan.items),
                since_last_workshop=progress_since_workshop(plan, workspace.snapshots(business.id), workshop_id, day),
                consent_at=business.consent_at,
            )
        )
    return rows


@dataclass(frozen=True)
class ModuleReadiness:
    module: Module
    ready: int  # participants whose module score reaches the "ready" level
    concerned: int  # participants the module applies to (a scored question applies)
    average: int | None  # their mean score
    levels: tuple[tuple[Level, int], ...] = ()  # each level of the content, lowest first, with how many reach it


@dataclass(frozen=True)
class Gap:
    question: Question
    participants: int  # who answered it no, partly or don't know (an answer that leaves an action to do)
    concerned: int  # to whom it applies
    unanswered: int = 0  # of whom have not answered it yet (not counted as a gap)


@dataclass(frozen=True)
class Topic:
    """A section of the content worth teaching the room next."""

    section: Section
    module: Module
    participants: int  # with at least one gap in it that matters for their goals
    blocked: int  # of which have a gap there that blocks their goal
    concerned: int = 0  # to whom a question of it applies and matters for their goals

    @property
    def weight(self) -> int:
        """What ranks the topics: a gap that blocks the business's own goal counts twice."""
        return self.participants + self.blocked


@dataclass(frozen=True)
class RoomProgress:
    """Progress since the previous workshop, over the participants who took part in one."""

    returning: int
    actions_done: int  # in all
    advanced: int  # of the returning: readiness up, or actions done with readiness kept
    unchanged: int  # nothing done, readiness the same
    went_back: int  # readiness down
    before: int  # their mean readiness at the previous workshop
    after: int  # and now

    @property
    def readiness_change(self) -> int:
        """The change of the mean, in points, as the page shows the two means."""
        return self.after - self.before


@dataclass(frozen=True)
class WorkshopSummary:
    workshop: Workshop
    pack: ContentPack
    today: dt.date
    rows: tuple[ParticipantRow, ...]
    ready_score: int  # a module counts as ready from this score: the pack's highest level
    modules: tuple[ModuleReadiness, ...]
    blockers: tuple[tuple[Action, int], ...]  # the most common blockers not done, with how many participants
    gaps: tuple[Gap, ...]
    teach: tuple[Topic, ...]
    progress: RoomProgress | None  # None: nobody came to an earlier workshop


def _gaps(rows: list[ParticipantRow], pack: ContentPack) -> tuple[Gap, ...]:
    """The questions most businesses answered with a gap; those not answered yet are counted apart, never as gaps."""
    gaps: Counter[str] = Counter()
    unanswered: Counter[str] = Counter()
    concerned: Counter[str] = Counter()
    for row in rows:
        for question_id, state in row.plan.question_states.items():
            if state != "not_applicable":
                concerned[question_id] += 1
                gaps[question_id] += state in GAP_STATES
                unanswered[question_id] += state == UNANSWERED
    order = [q for q in pack.questions if gaps[q.id]]
    order.sort(key=lambda q: -gaps[q.id])  # stable: equal counts keep the content's order
    return tuple(Gap(q, gaps[q.id], concerned[q.id], unanswered[q.id]) for q in order[:TOP])


def goals_of(question: Question) -> set[str]:
    """The goals a question is tied to: those it blocks, and those its actions move forward."""
    return set(question.blocks) | {goal for action in question.actions for goal in action.serves}


def about_goals(section: Section) -> bool:
    """A section mostly of questions tied to a goal ("choose your payment methods"): its other questions are part
    of setting up a goal too, so they matter only to a business that chose one."""
    scored = [q for q in section.questions if q.weight > 0]
    return 2 * sum(1 for q in scored if goals_of(q)) >= len(scored) > 0


def matters_for_goals(question: Question, plan: Plan, about_goals: bool) -> bool:
    """Whether a question that applies to a business matters for what it wants to set up: tied to goals, one of
    its own; tied to none, always, unless its section is about goals and the business chose none ("nothing
    new")."""
    if ANY_GOAL in plan.goals:
        return True
    tied = goals_of(question)
    if tied:
        return bool(tied & set(plan.goals))
    return bool(plan.chosen_goals) or not about_goals


def _teach(rows: list[ParticipantRow], pack: ContentPack) -> tuple[Topic, ...]:
    """The sections where most businesses have a real gap (an answer given, not a question left unanswered), among
    those to which its questions apply and matter for their goals; a gap that blocks their goal weighs double."""
    with_gap: Counter[str] = Counter()
    blocked: Counter[str] = Counter()
    concerned: Counter[str] = Counter()
    about = {s.id: about_goals(s) for m in pack.modules for s in m.sections}
    for row in rows:
        plan = row.plan
        asked = [(pack.question(q_id), state) for q_id, state in plan.question_states.items()]
        mattering = [
            (q, state)
            for q, state in asked
            if state != "not_applicable" and matters_for_goals(q, plan, about[q.section_id])
        ]
        concerned.update({q.section_id for q, _ in mattering})
        with_gap.update({q.section_id for q, state in mattering if state in GAP_STATES})
        blocked.update({q.section_id for q, state in mattering if state in GAP_STATES and q.blocks_goal_of(plan.goals)})
    topics = [
        Topic(section, module, with_gap[section.id], blocked[section.id], concerned[section.id])
        for module in pack.modules
        for section in module.sections
        if with_gap[section.id]
    ]
    topics.sort(key=lambda t: (-t.weight, -t.blocked))  # stable: equal weights keep the content's order
    return tuple(topics[:TEACH])


def _levels(scores: list[int], pack: ContentPack) -> tuple[tuple[Level, int], ...]:
    reached = Counter(pack.level_for(s).min_score for s in scores)
    return tuple((level, reached[level.min_score]) for level in sorted(pack.levels, key=lambda lv: lv.min_score))


def _progress(rows: list[ParticipantRow]) -> RoomProgress | None:
    returning = [(row, row.since_last_workshop) for row in rows if row.since_last_workshop is not None]
    if not returning:
        return None
    changes = [p.readiness_change for _, p in returning]
    advanced = sum(1 for _, p in returning if p.readiness_change > 0 or (p.readiness_change == 0 and p.actions_done))
    went_back = sum(1 for c in changes if c < 0)
    return RoomProgress(
        returning=len(returning),
        actions_done=sum(p.actions_done for _, p in returning),
        advanced=advanced,
        unchanged=len(returning) - advanced - went_back,
        went_back=went_back,
        before=round(sum(row.overall - p.readiness_change for row, p in returning) / len(returning)),
        after=round(sum(row.overall for row, _ in returning) / len(returning)),
    )


def workshop_summary(workspace: Workspace, workshop_id: int, today: dt.date | None = None) -> WorkshopSummary:
    """The room as a whole, for the trainer and the chamber (report.summary prints it)."""
    pack = workspace.pack
    workshop = workspace.workshop(workshop_id)
    rows = participant_rows(workspace, workshop_id, today=today)
    ready_score = max(level.min_score for level in pack.levels)
    modules = []
    for module in pack.modules:
        scores = [row.modules[module.id] for row in rows if row.modules.get(module.id) is not None]
        modules.append(
            ModuleReadiness(
                module,
                ready=sum(1 for s in scores if s is not None and s >= ready_score),
                concerned=len(scores),
                average=round(sum(s for s in scores if s is not None) / len(scores)) if scores else None,
                levels=_levels([s for s in scores if s is not None], pack),
            )
        )
    blockers: Counter[str] = Counter()
    actions: dict[str, Action] = {}
    for row in rows:
        for item in row.plan.blockers:
            blockers[item.action.id] += 1
            actions[item.action.id] = item.action
    return WorkshopSummary(
        workshop=workshop,
        pack=pack,
        today=today or dt.date.today(),
        rows=tuple(rows),
        ready_score=ready_score,
        modules=tuple(modules),
        blockers=tuple((actions[a], n) for a, n in blockers.most_common(TOP)),
        gaps=_gaps(rows, pack),
        teach=_teach(rows, pack),
        progress=_progress(rows),
    )
