"""Exchange files: one business carried from one laptop to another (docs/file-format.md).

``exchange_data`` turns a stored business into the version-2 business file (a dict, keys in a stable order),
``exchange_bytes`` into the bytes written (sealed with a passphrase or not); ``merge`` decides, answer by answer,
note by note and status by status, what a merge keeps. Reading is merchant_assistant.business_file's (one reader for
both versions); the writes are Workspace.import_file's and Workspace.export_business's (one transaction each).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Protocol

from . import __version__
from .answers import Answer
from .business_file import FORMAT, VERSION, BusinessFile, timestamp
from .records import ActionStatus, Snapshot
from .sealed import seal

# What an import did (ImportResult.outcome); the choices for a business already present (ON_CONFLICT).
ADDED = "added"  # a business this database did not have
REPLACED = "replaced"  # the one here was replaced by the file's
MERGED = "merged"  # the file's newer answers, notes and statuses taken into the one here
KEPT_BOTH = "kept-both"  # the file's added beside the one here, with a new identifier and another name
SKIPPED = "skipped"  # nothing written
ON_CONFLICT = ("keep-both", "replace", "merge", "skip")

HERE, IMPORTED = "here", "imported"  # Conflict.winner


class Business(Protocol):
    """What is read here of a stored business (merchant_assistant.storage.Business; storage is the Workspace's)."""

    @property
    def uid(self) -> str: ...
    @property
    def updated_at(self) -> str: ...
    @property
    def consent_at(self) -> str | None: ...
    @property
    def profile(self) -> dict[str, Any]: ...


@dataclass(frozen=True)
class Conflict:
    """One item both sides have with different values: what each side had and which one was kept."""

    kind: str  # "profile" (a profile field), "answer", "note" or "action" (status, owner and due date together)
    item: str  # the field, question or action id
    here: Any  # the value in this database before the merge (an action: {"status", "owner", "due"})
    imported: Any  # the value in the file
    winner: str  # HERE or IMPORTED: the side changed more recently (HERE when both were changed at the same time)


@dataclass(frozen=True)
class ImportResult:
    """What importing one file did."""

    outcome: str  # ADDED, REPLACED, MERGED, KEPT_BOTH or SKIPPED
    business_id: int  # the business added or changed (SKIPPED: the one already here)
    name: str
    conflicts: tuple[Conflict, ...] = ()  # MERGED only
    changed: bool = True  # False when nothing was written (SKIPPED, or a merge that found nothing newer)


def _action_value(status: ActionStatus) -> dict[str, Any]:
    return {"status": status.status, "owner": status.owner, "due": status.due.isoformat() if status.due else None}


def _snapshot_value(snapshot: Snapshot) -> dict[str, Any]:
    value = {k: v for k, v in asdict(snapshot).items() if k not in ("business_id", "workshop_id", "id")}
    value["done_actions"] = sorted(snapshot.done_actions)
    return value


def _later(a: str, b: str) -> bool:
    """``a`` is a later moment than ``b`` (a missing or unreadable date is the earliest)."""
    earliest = dt.datetime.min.replace(tzinfo=dt.timezone.utc)
    return (timestamp(a) or earliest) > (timestamp(b) or earliest)


def exchange_data(
    business: Business,
    answers: Mapping[str, Answer],
    statuses: Mapping[str, ActionStatus],
    status_stamps: Mapping[str, str],
    snapshots: Sequence[Snapshot],
    content_version: str,
    exported_at: str,
) -> dict[str, Any]:
    """The version-2 business file of a stored business (docs/file-format.md)."""
    ordered = sorted(answers.values(), key=lambda a: a.question_id)
    return {
        "format": FORMAT,
        "version": VERSION,
        "uid": business.uid,
        "exported_at": exported_at,
        "program_version": __version__,
        "content_version": content_version,
        "updated_at": business.updated_at,
        "consent_at": business.consent_at,
        "profile": dict(sorted(business.profile.items())),
        "answers": {a.question_id: a.value for a in ordered},
        "answered_at": {a.question_id: a.updated_at for a in ordered},
        "notes": {a.question_id: a.note for a in ordered if a.note},
        "actions": {
            aid: {**_action_value(s), "updated_at": status_stamps.get(aid, "")} for aid, s in sorted(statuses.items())
        },
        "snapshots": sorted((_snapshot_value(s) for s in snapshots), key=lambda s: json.dumps(s, sort_keys=True)),
    }


def exchange_bytes(data: Mapping[str, Any], passphrase: str | None = None) -> bytes:
    """The file's bytes: JSON in UTF-8, keys sorted (the same business gives the same bytes but for
    ``exported_at``), sealed when a passphrase is given."""
    plain = (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
    return plain if passphrase is None else seal(plain, passphrase)


def file_answers(read: BusinessFile, fallback: str) -> list[Answer]:
    """The file's answers with their notes and dates (``fallback`` for one without: a version-1 file)."""
    return [
        Answer(qid, value, read.notes.get(qid, ""), read.answered_at.get(qid) or fallback)
        for qid, value in sorted(read.answers.items())
    ]


def file_statuses(read: BusinessFile, fallback: str) -> list[tuple[ActionStatus, str]]:
    return [(s, read.action_updated_at.get(aid) or fallback) for aid, s in sorted(read.statuses.items())]


def new_snapshots(here: Sequence[Snapshot], read: BusinessFile) -> list[Snapshot]:
    """The file's snapshots this database does not have yet."""
    known = {json.dumps(_snapshot_value(s), sort_keys=True) for s in here}
    return [s for s in read.snapshots if json.dumps(_snapshot_value(s), sort_keys=True) not in known]


@dataclass(frozen=True)
class Merge:
    """What a merge writes (only what the file brings that is newer or missing here) and its conflicts."""

    profile: dict[str, Any] | None  # the merged profile, None when unchanged
    answers: list[Answer]
    statuses: list[tuple[ActionStatus, str]]
    conflicts: tuple[Conflict, ...]


def merge(
    business: Business,
    answers: Mapping[str, Answer],
    statuses: Mapping[str, ActionStatus],
    status_stamps: Mapping[str, str],
    read: BusinessFile,
) -> Merge:
    """Answer by answer, note by note, status by status: what only the file has is taken, what both have with
    different values goes to the side changed more recently, and each such difference is a Conflict. The profile
    has one date (the business's last change) and follows it, field by field. An item only this database has
    stays: a file cannot say that something was deleted."""
    conflicts: list[Conflict] = []
    file_newer = _later(read.updated_at, business.updated_at)
    profile = dict(business.profile)
    for key in sorted(set(business.profile) | set(read.profile)):
        mine, theirs = business.profile.get(key), read.profile.get(key)
        if mine == theirs:
            continue
        if mine is None or theirs is None:
            if mine is None and theirs is not None:
                profile[key] = theirs
            continue
        conflicts.append(Conflict("profile", key, mine, theirs, IMPORTED if file_newer else HERE))
        if file_newer:
            profile[key] = theirs
    taken_answers = []
    for theirs in file_answers(read, read.updated_at):
        mine = answers.get(theirs.question_id)
        if mine is None:
            taken_answers.append(theirs)
            continue
        if mine.value == theirs.value and mine.note == theirs.note:
            continue
        winner = IMPORTED if _later(theirs.updated_at, mine.updated_at) else HERE
        if mine.value != theirs.value:
            conflicts.append(Conflict("answer", theirs.question_id, mine.value, theirs.value, winner))
        if mine.note != theirs.note:
            conflicts.append(Conflict("note", theirs.question_id, mine.note, theirs.note, winner))
        if winner == IMPORTED:
            taken_answers.append(theirs)
    taken_statuses = []
    for theirs, stamp in file_statuses(read, read.updated_at):
        mine_status = statuses.get(theirs.action_id)
        if mine_status == theirs:
            continue
        if mine_status is None:
            taken_statuses.append((theirs, stamp))
            continue
        later = _later(stamp, status_stamps.get(theirs.action_id, ""))
        winner = IMPORTED if later else HERE
        conflicts.append(
            Conflict("action", theirs.action_id, _action_value(mine_status), _action_value(theirs), winner)
        )
        if later:
            taken_statuses.append((theirs, stamp))
    return Merge(profile if profile != business.profile else None, taken_answers, taken_statuses, tuple(conflicts))
