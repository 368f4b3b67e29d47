"""Workshops, participants, consent and snapshots in the database (schema 4), through the one write path."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from merchant_assistant.errors import NotFound
from merchant_assistant.records import Snapshot
from merchant_assistant.workspace import InvalidChange, Workspace


@pytest.fixture
def workspace(store, bundled_pack):
    return Workspace(store, bundled_pack)


def _business(ws: Workspace, name: str) -> int:
    return ws.create_business({"name": name, "legal_form": "sarl", "sector": "retail"}).business_id


def test_every_business_has_its_own_stable_identifier(workspace):
    first, second = _business(workspace, "A"), _business(workspace, "B")
    uids = {workspace.business(first).uid, workspace.business(second).uid}
    assert len(uids) == 2 and all(len(u) == 36 for u in uids)
    workspace.rename_business(first, "A2")
    assert workspace.business(first).uid in uids  # a change keeps it
    copy = workspace.duplicate_business(first, "copie").business_id
    assert workspace.business(copy).uid not in uids  # a copy is another business


def test_a_workshop_lists_its_participants_in_the_order_they_came(workspace):
    workshop = workspace.create_workshop(" Atelier Fès ", dt.date(2026, 12, 3), "CCIS Fès", "Nadia").workshop_id
    first, second = _business(workspace, "A"), _business(workspace, "B")
    assert workspace.add_participant(workshop, second).fields == ("participants",)
    workspace.add_participant(workshop, first)
    assert workspace.add_participant(workshop, first).fields == ()  # already there
    assert [b.id for b in workspace.participants(workshop)] == [second, first]
    stored = workspace.workshop(workshop)
    assert (stored.name, stored.date, stored.place, stored.trainer) == (
        "Atelier Fès",
        "2026-12-03",
        "CCIS Fès",
        "Nadia",
    )
    assert workspace.store.find_workshop("atelier fès").id == workshop
    workspace.remove_participant(workshop, second)
    assert [b.id for b in workspace.participants(workshop)] == [first]
    workspace.delete_workshop(workshop)
    assert workspace.businesses()  # the businesses stay
    with pytest.raises(NotFound):
        workspace.workshop(workshop)


def test_a_workshop_without_a_name_or_with_a_wrong_date_is_refused_with_nothing_written(workspace):
    with pytest.raises(InvalidChange) as refused:
        workspace.create_workshop("  ", "2026-13-40")
    assert set(refused.value.problems) == {"name", "date"}
    assert workspace.workshops() == []


def test_consent_is_recorded_and_withdrawn(workspace):
    business = _business(workspace, "A")
    assert workspace.business(business).consent_at is None
    assert not workspace.set_consent(business, True, dt.date(2026, 11, 2)).empty
    assert workspace.business(business).consent_at == "2026-11-02"
    assert workspace.set_consent(business, True, dt.date(2026, 11, 2)).empty
    workspace.set_consent(business, False)
    assert workspace.business(business).consent_at is None


def test_deleting_a_business_deletes_its_snapshots_and_places_and_undo_brings_them_back(workspace):
    workshop = workspace.create_workshop("Atelier").workshop_id
    business = _business(workspace, "A")
    workspace.add_participant(workshop, business)
    workspace.store.add_snapshot(
        Snapshot(business, "2026-10-12T09:00:00+00:00", "workshop", 40, {"payments": 40}, ("a1",), 7, 2, workshop)
    )
    deleted = workspace.delete_business(business)
    count = workspace.store.conn.execute("SELECT count(*) FROM snapshots").fetchone()[0]
    assert count == 0 and workspace.participants(workshop) == []
    restored = workspace.restore_business(deleted.deleted).business_id
    assert [s.done_actions for s in workspace.store.snapshots(restored)] == [("a1",)]
    assert [b.id for b in workspace.participants(workshop)] == [restored]


def test_a_schema_3_file_gets_an_identifier_for_each_business(tmp_path, bundled_pack):
    path = tmp_path / "old.sqlite3"
    import sqlite_utils

    from merchant_assistant.storage.migrations import MIGRATIONS

    db = sqlite_utils.Database(path)
    MIGRATIONS.apply(db, stop_before="0004_workshops_snapshots_and_identifiers")
    db.execute("INSERT INTO businesses (name, profile, created_at, updated_at) VALUES ('A', '{}', 'x', 'x')")
    db.execute("INSERT INTO businesses (name, profile, created_at, updated_at) VALUES ('B', '{}', 'x', 'x')")
    db.conn.commit()
    db.conn.close()
    with Workspace.open(path, bundled_pack) as ws:
        uids = [b.uid for b in ws.businesses()]
    assert len(set(uids)) == 2 and all(uids)
    with pytest.raises(sqlite3.IntegrityError):  # the index keeps them unique
        conn = sqlite3.connect(path)
        conn.execute("UPDATE businesses SET uid = ?", [uids[0]])


def test_the_workshop_table_shows_progress_since_the_previous_workshop(workspace):
    from merchant_assistant.workshops import participant_rows

    business = workspace.add_demo().business_id
    october = workspace.create_workshop("Octobre", "2026-10-12").workshop_id
    december = workspace.create_workshop("Décembre", "2026-12-07").workshop_id
    for workshop in (october, december):
        workspace.add_participant(workshop, business)
    first = participant_rows(workspace, october)[0]
    assert first.since_last_workshop is None  # their first workshop
    workspace.record_snapshot(business, "workshop", october, plan=first.plan)
    # the snapshot was taken today: make it October's, as if the app had run then
    workspace.store.conn.execute("UPDATE snapshots SET taken_at = '2026-10-12T10:00:00+00:00'")
    open_actions = [i.action.id for i in first.plan.open_items][:3]
    for action in open_actions:
        workspace.set_action(business, action, status="done")
    row = participant_rows(workspace, december)[0]
    assert row.since_last_workshop is not None
    assert row.since_last_workshop.actions_done == 3
    assert row.since_last_workshop.since == dt.date(2026, 10, 12)
    assert row.done == first.done + 3


def test_the_readiness_kept_for_the_list_follows_actions_marked_done(workspace):
    business = workspace.create_business(
        {"name": "Atlas", "legal_form": "sarl", "sector": "retail", "goals": ["card_terminal"]},
        {"pay_has_ice": "no"},
    ).business_id
    before = workspace.readiness(business).overall
    for item in workspace.plan(business).items:
        if item.question.id == "pay_has_ice":
            workspace.set_action(business, item.action.id, status="done")
    assert workspace.readiness(business).overall > before
    assert workspace.readiness(business).overall == workspace.plan(business).readiness.overall


def test_undoing_a_deletion_after_its_workshop_was_deleted_keeps_the_snapshots(workspace):
    workshop = workspace.create_workshop("Atelier").workshop_id
    business = _business(workspace, "A")
    workspace.add_participant(workshop, business)
    workspace.record_snapshot(business, "workshop", workshop)
    deleted = workspace.delete_business(business)
    workspace.delete_workshop(workshop)  # meanwhile, within the undo's time
    restored = workspace.restore_business(deleted.deleted).business_id
    assert [(s.reason, s.workshop_id) for s in workspace.snapshots(restored)] == [("workshop", None)]
