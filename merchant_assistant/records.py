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
