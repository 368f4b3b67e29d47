"""Schema migrations, applied in order at open (sqlite_utils.Migrations), all of them in the one write transaction
the store opens for an upgrade (``Store._upgrade``): a file is at its old version or at the latest, never between,
even if the program is killed in the middle. sqlite-utils' per-migration transactions become savepoints inside it,
so a migration must be transactional (no VACUUM).

Each migration ends by setting ``PRAGMA user_version`` to its number, so the version in the file header always
matches the tables. Never edit a released migration: add a new one.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..profile import upgrade_profile

if TYPE_CHECKING:
    from sqlite_utils import Database


class Migrations:
    """sqlite_utils.Migrations' decorator, without importing sqlite-utils at every start (about 60 ms with its plugin
    scan, for a file that is nearly always up to date): the set is handed to sqlite-utils when a file is upgraded."""

    def __init__(self, name: str):
        self.name = name
        self._migrations: list[tuple[str, Callable[[Database], None], bool]] = []

    def __call__(
        self, *, name: str | None = None, transactional: bool = True
    ) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
        def register(function: Callable[[Database], None]) -> Callable[[Database], None]:
            assert transactional, "an upgrade runs in one transaction: a migration cannot run outside one"
            self._migrations.append((name or function.__name__, function, transactional))
            return function

        return register

    def apply(self, db: Database, **options: Any) -> None:
        """sqlite_utils.Migrations.apply (``stop_before`` and the other options as there)."""
        import sqlite_utils

        migrations = sqlite_utils.Migrations(self.name)
        for name, function, transactional in self._migrations:
            migrations(name=name, transactional=transactional)(function)
        migrations.apply(db, **options)


MIGRATIONS = Migrations("merchant_assistant")


def _set_version(db: Database, version: int) -> None:
    db.execute(f"PRAGMA user_version = {int(version)}")


@MIGRATIONS(name="0001_businesses_and_answers")
def v1(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE businesses (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            profile TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE answers (
            business_id INTEGER NOT NULL REFERENCES businesses(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            value TEXT NOT NULL,
            note TEXT,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (business_id, question_id)
        )
        """
    )
    _set_version(db, 1)


@MIGRATIONS(name="0002_action_status_and_resume")
def v2(db: Database) -> None:
    # Resume where the user left off, and keep what they decided about each action.
    db.table("businesses").add_column("current_step", str, not_null_default="")
    db.execute(
        """
        CREATE TABLE action_status (
            business_id INTEGER NOT NULL REFERENCES businesses(id) ON DELETE CASCADE,
            action_id TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'in_progress', 'done')),
            owner TEXT,
            due TEXT,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (business_id, action_id)
        )
        """
    )
    _set_version(db, 2)


@MIGRATIONS(name="0003_profile_goals_and_instruments")
def v3(db: Database) -> None:
    # Content 2026.12 splits "payment methods" into goals and instruments used today, and customer data into the
    # kinds of data held: rewrite each saved profile, keeping every answer.
    for business_id, raw in db.execute("SELECT id, profile FROM businesses").fetchall():
        profile = json.loads(raw or "{}")
        upgraded = upgrade_profile(profile)
        if upgraded != profile:
            db.execute(
                "UPDATE businesses SET profile = ? WHERE id = ?",
                [json.dumps(upgraded, ensure_ascii=False, sort_keys=True), business_id],
            )
    _set_version(db, 3)


@MIGRATIONS(name="0004_workshops_snapshots_and_identifiers")
def v4(db: Database) -> None:
    # Workshops (a trainer's session and its participants), dated readiness snapshots (progress since last time),
    # the participant's consent (law 09-08), and a stable identifier per business so that an exchange file
    # carried to another laptop and back is recognised as the same business.
    db.execute("ALTER TABLE businesses ADD COLUMN uid TEXT")
    db.execute("ALTER TABLE businesses ADD COLUMN consent_at TEXT")  # when consent was recorded; NULL: not recorded
    for (business_id,) in db.execute("SELECT id FROM businesses").fetchall():
        db.execute("UPDATE businesses SET uid = ? WHERE id = ?", [new_uid(), business_id])
    db.execute("CREATE UNIQUE INDEX businesses_uid ON businesses(uid)")
    db.execute(
        """
        CREATE TABLE workshops (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            date TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            trainer TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE workshop_participants (
            workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
            business_id INTEGER NOT NULL REFERENCES businesses(id) ON DELETE CASCADE,
            added_at TEXT NOT NULL,
            PRIMARY KEY (workshop_id, business_id)
        )
        """
    )
    db.execute("CREATE INDEX workshop_participants_business ON workshop_participants(business_id)")
    db.execute(
        """
        CREATE TABLE snapshots (
            id INTEGER PRIMARY KEY,
            business_id INTEGER NOT NULL REFERENCES businesses(id) ON DELETE CASCADE,
            taken_at TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (reason IN ('plan', 'workshop')),
            workshop_id INTEGER REFERENCES workshops(id) ON DELETE SET NULL,
            content_version TEXT NOT NULL DEFAULT '',
            overall INTEGER NOT NULL,
            modules TEXT NOT NULL,
            done_actions TEXT NOT NULL,
            open_actions INTEGER NOT NULL,
            blockers INTEGER NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX snapshots_business ON snapshots(business_id, taken_at)")
    _set_version(db, 4)


def new_uid() -> str:
    """A business's stable identifier: random, so that two laptops never give the same one."""
    return str(uuid.uuid4())


LATEST_VERSION = len(MIGRATIONS._migrations)
