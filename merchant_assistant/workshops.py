"""A workshop's view of the room: one row per participant with their progress, readiness per module, blockers and
progress since the previous workshop they took part in; and the room as a whole (``workshop_summary``): who is
ready per module, the most common blockers and gaps, what to teach next. Read through the Workspace."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from .content.model import Action, ContentPack, Module, Question, Section
from .plan import Plan
from .progress import Progress, progress_since_workshop
from .records import Workshop
from .workspace import Business, Workspace

GAP_STATES = ("missing", "unanswered")  # Plan.question_states: answered no / don't know, or not answered yet
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


@dataclass(frozen=True)
class Gap:
    question: Question
    participants: int  # with this question answered no / don't know, or unanswered
    concerned: int  # to whom it applies


@dataclass(frozen=True)
class Topic:
    """A section of the content worth teaching the room next."""

    section: Section
    module: Module
    participants: int  # with at least one gap in it
    blocked: int  # of which have a blocker of their goal in it


@dataclass(frozen=True)
class RoomProgress:
    """Progress since the previous workshop, over the participants who took part in one."""

    returning: int
    actions_done: int  # in all
    readiness_change: int  # mean, in points


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
    gaps: Counter[str] = Counter()
    concerned: Counter[str] = Counter()
    for row in rows:
        for question_id, state in row.plan.question_states.items():
            if state != "not_applicable":
                concerned[question_id] += 1
                gaps[question_id] += state in GAP_STATES
    order = [q for q in pack.questions if gaps[q.id]]
    order.sort(key=lambda q: -gaps[q.id])  # stable: equal counts keep the content's order
    return tuple(Gap(q, gaps[q.id], concerned[q.id]) for q in order[:TOP])


def _teach(rows: list[ParticipantRow], pack: ContentPack) -> tuple[Topic, ...]:
    """The sections where most participants have a gap, those blocking a goal first among equals."""
    with_gap: Counter[str] = Counter()
    blocked: Counter[str] = Counter()
    for row in rows:
        sections = {pack.question(q).section_id for q, s in row.plan.question_states.items() if s in GAP_STATES}
        with_gap.update(sections)
        blocked.update({item.question.section_id for item in row.plan.blockers})
    topics = [
        Topic(section, module, with_gap[section.id], min(blocked[section.id], with_gap[section.id]))
        for module in pack.modules
        for section in module.sections
        if with_gap[section.id]
    ]
    topics.sort(key=lambda t: (-(t.participants + t.blocked), -t.blocked))
    return tuple(topics[:TEACH])


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
            )
        )
    blockers: Counter[str] = Counter()
    actions: dict[str, Action] = {}
    for row in rows:
        for item in row.plan.blockers:
            blockers[item.action.id] += 1
            actions[item.action.id] = item.action
    returning = [row.since_last_workshop for row in rows if row.since_last_workshop is not None]
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
        progress=RoomProgress(
            returning=len(returning),
            actions_done=sum(p.actions_done for p in returning),
            readiness_change=round(sum(p.readiness_change for p in returning) / len(returning)),
        )
        if returning
        else None,
    )
