"""A workshop of the test businesses (tests/businesses/*.yaml) in a database, for the workshop tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from merchant_assistant.business_file import read_business_file
from merchant_assistant.workspace import Workspace

from ..helpers import BUSINESS_FILES, BUSINESSES, bundled_pack


def seed_workshop(
    db_path: Path, files: tuple[str, ...] = BUSINESS_FILES, day: dt.date | None = dt.date(2026, 12, 3)
) -> tuple[int, dict[str, int]]:
    """A workshop ("Atelier Fès") with each business file as a participant, in order: its id and the businesses'
    ids by name."""
    pack = bundled_pack()
    ids: dict[str, int] = {}
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with Workspace.open(db_path, pack) as workspace:
        workshop = workspace.create_workshop("Atelier Fès", day, "CCIS Fès", "Nadia").workshop_id
        for name in files:
            business = read_business_file(BUSINESSES / name, pack)
            business_id = workspace.create_business(business.profile, business.answers).business_id
            for action_id, status in business.statuses.items():
                workspace.set_action(business_id, action_id, status=status.status)
            workspace.add_participant(workshop, business_id)
            ids[str(business.profile["name"])] = business_id
    return workshop, ids
