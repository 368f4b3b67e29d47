"""Record types shared by storage and the domain above it: plain frozen dataclasses that import nothing else of the
program, so that storage can hold them without importing the plan engine (the layers go one way)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class ActionStatus:
    """What the user decided about one action: its status, and optionally another owner or due date."""

    action_id: str
    status: str = "todo"
    owner: str | None = None
    due: dt.date | None = None


@dataclass(frozen=True)
class Workshop:
    """A trainer's session: the businesses taking part are its participants."""

    id: int
    name: str
    date: str  # YYYY-MM-DD, or "" when not given
    place: str
    trainer: str
    created_at: str


@dataclass(frozen=True)
class Snapshot:
    """A business's readiness as it was on a day: recorded when a plan is printed and at each workshop, so that the
    next plan (and the workshop table) can say what changed since."""

    business_id: int
    taken_at: str  # ISO date and time, UTC
    reason: str  # "plan" or "workshop"
    overall: int  # readiness, 0-100
    modules: dict[str, int]  # module id -> readiness, 0-100
    done_actions: tuple[str, ...]  # ids of the actions done at that time
    open_actions: int  # actions of the plan not done
    blockers: int  # of which block the business's goal
    workshop_id: int | None = None
    content_version: str = ""
    id: int | None = None  # None until stored
