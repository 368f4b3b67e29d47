"""A workshop's view of the room: one row per participant with their progress, readiness per module, blockers and
progress since the previous workshop they took part in. Read through the Workspace, like everything else."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .plan import Plan
from .progress import Progress, progress_since_workshop
from .workspace import Business, Workspace


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
