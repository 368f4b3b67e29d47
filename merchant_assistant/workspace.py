"""The one write path: every change to a business goes through a Workspace, which validates it, writes it in one
transaction and returns a ``Change`` saying what changed, so that each page refreshes only what it shows of that.

Anki's habit (``pylib/anki/collection.py`` returning ``OpChanges``, ``qt/aqt/operations``): the interface never
writes to storage itself, and a refused change raises ``InvalidChange`` with nothing written. The reads the
interface needs go through here too, so that ``ui/`` never touches ``merchant_assistant.storage``.

Writes: create_business, add_demo, update_profile, rename_business, duplicate_business, save_answer, set_action,
set_current_step, delete_business, restore_business, set_consent, import_file (an exchange file), and the
workshops' create_workshop, update_workshop, delete_workshop, add_participant, remove_participant.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .answers import MAX_TEXT, Answer, answer_problem
from .content.model import ContentPack, Module, Question, Section
from .errors import InvalidInput, Problem
from .i18n import folded
from .paths import default_db_path
from .plan import STATUSES, Plan, business_goals
from .profile import MAX_FIELD, field_problem, field_problems, field_warnings, normalise
from .records import ActionStatus, Snapshot, Workshop
from .scoring import Readiness, score
from .service import (
    asked_questions,
    business_plan,
    demo_answers,
    demo_profile,
    express_questions,
    open_store,
    sections_to_ask,
)
from .storage import Business, DeletedBusiness, Store, backups
from .storage.backups import Backup
from .storage.database import known_errors, now_iso

if TYPE_CHECKING:
    from .business_file import BusinessFile
    from .exchange import ImportResult

# What a Change is about (Change.kind).
CREATED = "created"  # a new business, with its profile and any first answers
PROFILE = "profile"  # the profile of a business
ANSWER = "answer"  # one answer (or its note), given, changed or removed
ACTION = "action"  # the status, owner or due date of one action
STEP = "step"  # where the user is in the wizard (also makes the business the most recent one)
DELETED = "deleted"  # a business and everything about it
CONSENT = "consent"  # the participant's consent to their data being kept (law 09-08)
WORKSHOP = "workshop"  # a workshop, its details or its participants (business_id: 0 unless about one business)
KINDS = (CREATED, PROFILE, ANSWER, ACTION, STEP, DELETED, CONSENT, WORKSHOP)

MAX_STEP = 200


# -- a database that cannot be opened (merchant_assistant.storage.backups) ------------------------------------------
def database_backups(db_path: str | Path | None) -> list[Backup]:
    """The usable automatic backups of the database (the default one when None), the newest first."""
    return backups.list_backups(Path(db_path) if db_path else default_db_path())


def restore_database(db_path: str | Path | None, backup: Backup) -> Path | None:
    """Put ``backup`` in place of a damaged database, which is kept under another name (returned)."""
    return backups.restore(backup.path, Path(db_path) if db_path else default_db_path())


def set_database_aside(db_path: str | Path | None) -> Path | None:
    """Rename a damaged database out of the way, so that a new one can be started; returns its new name."""
    return backups.set_aside(Path(db_path) if db_path else default_db_path())


@dataclass(frozen=True)
class Change:
    """What one write changed. Ids name only what really changed: saving an answer equal to the stored one, or a
    profile that normalises to the stored one, writes nothing and returns a Change with no ids (``empty``)."""

    kind: str  # one of KINDS
    business_id: int
    fields: tuple[str, ...] = ()  # profile fields whose value changed (all of them for a new business)
    questions: tuple[str, ...] = ()  # questions whose answer or note changed
    actions: tuple[str, ...] = ()  # actions whose status, owner or due date changed
    step: str = ""  # kind STEP: the step now remembered
    workshop_id: int = 0  # kind WORKSHOP: the workshop changed
    # kind DELETED: everything the business was, for Workspace.restore_business (undo); nothing of it is left in
    # the database. Not part of what a Change compares.
    deleted: DeletedBusiness | None = field(default=None, compare=False, repr=False)

    @property
    def empty(self) -> bool:
        """Nothing was written."""
        return self.kind in (PROFILE, ANSWER, ACTION, CONSENT) and not (self.fields or self.questions or self.actions)

    @property
    def steps(self) -> bool:
        """Which questions apply, and so the wizard's steps, may differ (a new profile or a profile change)."""
        return self.kind in (CREATED, DELETED) or (self.kind == PROFILE and bool(self.fields))

    @property
    def readiness(self) -> bool:
        """Scores and progress may differ."""
        return self.steps or bool(self.questions)

    @property
    def plan(self) -> bool:
        """The plan may differ (its actions, their order, statuses or due dates)."""
        return self.readiness or bool(self.actions)


class InvalidChange(InvalidInput):
    """A change refused before anything was written. ``problems`` maps each profile field, question or action id
    to its Problem (a code with its sentence in every language); the error itself carries the first one."""

    def __init__(self, problems: Sequence[tuple[str, Problem]]):
        assert problems, "an InvalidChange names at least one problem"
        self.problems: dict[str, Problem] = dict(problems)
        self.subject, first = problems[0]
        super().__init__(first.code, **first.params)


class ImportConflict(InvalidInput):
    """The file's business is already here (same identifier) and nobody said what to do: nothing was written."""

    def __init__(self, file: str, here: Business):
        self.business = here
        super().__init__("exchange_conflict", file=file, text=here.name, id=here.id)


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()  # set_action: "leave this as it is" (None clears an owner or a due date)


def _strip(profile: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value.strip() if isinstance(value, str) else value for key, value in profile.items()}


class Workspace:
    """One open database with the content pack it is read with: the only writer of businesses and their answers.

    The store stays owned by whoever opened it (they close it); ``Workspace.open`` makes one that owns its store.
    """

    def __init__(self, store: Store, pack: ContentPack):
        self.store = store
        self.pack = pack
        self._actions = {a.id for q in pack.questions for a in q.actions}
        # Readiness scored from the stored answers, by business id, with the updated_at and the actions done it was
        # scored with: drawing the list again scores only the businesses changed since (each costs about 0.7 ms).
        # Writes through here forget their business's figure; one written by another program has a new updated_at
        # (answers) or other actions done.
        self._scores: dict[int, tuple[tuple[str, frozenset[str]], Readiness]] = {}

    @classmethod
    def open(cls, db_path: str | Path | None, pack: ContentPack) -> Workspace:
        """A workspace on the file at ``db_path`` (the user's default file when None); close it when done."""
        return cls(open_store(db_path), pack)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self.store.path

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """Reads and writes of one change together: all of it is written, or nothing (the store's own writes nest
        inside as savepoints). The write lock is taken before the first read (``Store.atomic``): while another
        copy of the program writes, the change waits for it, and what it read stays true until it is written."""
        with known_errors(self.store.path), self.store.atomic():
            yield

    # -- reads ---------------------------------------------------------------------------------------------
    def businesses(self) -> list[Business]:
        """Every business, the most recently changed first."""
        return self.store.list_businesses()

    def business(self, business_id: int) -> Business:
        return self.store.get_business(business_id)

    def answers(self, business_id: int) -> dict[str, Answer]:
        return self.store.answers(business_id)

    def statuses(self, business_id: int) -> dict[str, ActionStatus]:
        return self.store.action_statuses(business_id)

    def done_actions(self, business_id: int) -> frozenset[str]:
        """The actions the user marked done: they count in the readiness (merchant_assistant.scoring.score)."""
        return frozenset(a for a, status in self.statuses(business_id).items() if status.status == "done")

    def readiness(self, business: Business | int, answers: Mapping[str, Answer] | None = None) -> Readiness:
        """Readiness of a business (its answers are read unless given; then the figure is kept until it changes)."""
        if not isinstance(business, Business):
            business = self.business(business)
        done = self.done_actions(business.id)
        if answers is not None:
            return score(self.pack, business.profile, answers, done)
        kept = self._scores.get(business.id)
        if kept is not None and kept[0] == (business.updated_at, done):
            return kept[1]
        readiness = score(self.pack, business.profile, self.answers(business.id), done)
        self._scores[business.id] = ((business.updated_at, done), readiness)
        return readiness

    def plan(self, business: Business | int, today: dt.date | None = None) -> Plan:
        """The business's plan, with what changed since its last snapshot before ``today`` (``Plan.progress``)."""
        from .progress import progress_since

        if not isinstance(business, Business):
            business = self.business(business)
        plan = business_plan(self.store, self.pack, business, today=today)
        return replace(plan, progress=progress_since(plan, self.snapshots(business.id)))

    def sections_to_ask(self, profile: Mapping[str, Any]) -> list[tuple[Module, Section, list[Question]]]:
        return sections_to_ask(self.pack, profile)

    def asked_questions(self, profile: Mapping[str, Any], answers: Mapping[str, Any]) -> list[Question]:
        return asked_questions(self.pack, profile, answers)

    def express_questions(self, profile: Mapping[str, Any]) -> list[Question]:
        return express_questions(self.pack, profile)

    def goals(self, profile: Mapping[str, Any]) -> tuple[str, ...]:
        return business_goals(self.pack, profile)

    def normalise_profile(self, profile: Mapping[str, Any]) -> dict[str, Any]:
        return normalise(self.pack, _strip(profile))

    def profile_problems(self, profile: Mapping[str, Any]) -> dict[str, Problem]:
        """What create_business or update_profile would refuse in ``profile``: field id -> problem."""
        return dict(field_problems(self.pack, _strip(profile)))

    def profile_warnings(self, profile: Mapping[str, Any]) -> dict[str, Problem]:
        """What is worth checking in ``profile`` but does not stop saving it (a RIB whose key does not match):
        field id -> warning."""
        return dict(field_warnings(self.pack, _strip(profile)))

    # -- writes --------------------------------------------------------------------------------------------
    def _valid_profile(self, profile: Mapping[str, Any]) -> dict[str, Any]:
        given = _strip(profile)
        problems = field_problems(self.pack, given)
        if problems:
            raise InvalidChange(problems)
        return normalise(self.pack, given)

    def _valid_answers(self, answers: Mapping[str, Any]) -> dict[str, Any]:
        problems: list[tuple[str, Problem]] = []
        valid: dict[str, Any] = {}
        for question_id, value in answers.items():
            if value is None:
                continue  # not answered
            problem = self._answer_problem(question_id, value)
            if problem:
                problems.append((question_id, problem))
            else:
                valid[question_id] = list(value) if isinstance(value, (list, tuple)) else value
        if problems:
            raise InvalidChange(problems)
        return valid

    def _answer_problem(self, question_id: str, value: Any) -> Problem | None:
        try:
            question = self.pack.question(question_id)
        except KeyError:
            return Problem("unknown_question", id=question_id)
        return answer_problem(question, value)

    def create_business(self, profile: Mapping[str, Any], answers: Mapping[str, Any] | None = None) -> Change:
        """A new business, with optional first answers, in one transaction. Refuses the whole of it when the
        profile or any answer is invalid (InvalidChange), with nothing written."""
        valid = self._valid_profile(profile)
        first_answers = self._valid_answers(answers or {})
        business_id = self.store.create_business(valid, first_answers)
        self._scores.pop(business_id, None)  # the id of a deleted business can be given again
        return Change(CREATED, business_id, fields=tuple(valid), questions=tuple(first_answers))

    def add_demo(self) -> Change:
        """The content pack's sample business, saved with its answers; added again (a trainer's workshop), it is
        numbered, "Dar Zellige Fès (2)", so that no two rows of the list look the same."""
        profile = demo_profile(self.pack)
        profile["name"] = self._free_name(str(profile.get("name") or ""))
        return self.create_business(profile, demo_answers(self.pack))

    def _free_name(self, name: str, own: str | None = None) -> str:
        """``name``, or "name (2)", "name (3)"... the first no business has (the number kept within MAX_FIELD);
        ``own``: the name of the business being renamed, which it may keep."""
        taken = {_folded_name(n) for n in self.store.business_names()} - ({_folded_name(own)} if own else set())
        candidate, number = name, 2
        while folded(candidate) in taken:
            suffix = f" ({number})"
            candidate = name[: MAX_FIELD - len(suffix)].rstrip() + suffix
            number += 1
        return candidate

    def update_profile(self, business_id: int, profile: Mapping[str, Any]) -> Change:
        """Validate, normalise and save the profile; only a real difference is written."""
        valid = self._valid_profile(profile)
        with self._transaction():
            stored = self.store.get_business(business_id).profile
            changed = tuple(key for key in valid if stored.get(key) != valid[key])
            changed += tuple(key for key in stored if key not in valid)  # fields the pack no longer has
            if changed:
                self._scores.pop(business_id, None)
                self.store.update_profile(business_id, valid)
        return Change(PROFILE, business_id, fields=changed)

    def save_answer(self, business_id: int, question_id: str, value: Any, note: str | None = None) -> Change:
        """Save one answer now. ``value`` None removes the answer; ``note`` None keeps the stored note. An answer
        equal to the stored one is not written again (its date, which due dates count from, stays)."""
        problems: list[tuple[str, Problem]] = []
        problem = self._answer_problem(question_id, value) if value is not None else None
        if problem is None and value is None and question_id not in {q.id for q in self.pack.questions}:
            problem = Problem("unknown_question", id=question_id)
        if problem:
            problems.append((question_id, problem))
        if note is not None:
            if not isinstance(note, str):
                problems.append((question_id, Problem("field_not_text")))
            elif len(note.strip()) > MAX_TEXT:
                problems.append((question_id, Problem("field_too_long", limit=MAX_TEXT)))
        if problems:
            raise InvalidChange(problems)
        if isinstance(value, tuple):
            value = list(value)
        with self._transaction():
            self.store.get_business(business_id)  # NotFound rather than a foreign-key failure
            stored = self.store.answers(business_id).get(question_id)
            keep = stored.note if stored is not None else ""
            new_note = keep if note is None else note.strip()
            if value is None:
                if stored is None:
                    return Change(ANSWER, business_id)
            elif stored is not None and stored.value == value and stored.note == new_note:
                return Change(ANSWER, business_id)
            self._scores.pop(business_id, None)
            self.store.save_answer(business_id, question_id, value, new_note)
        return Change(ANSWER, business_id, questions=(question_id,))

    def set_action(
        self,
        business_id: int,
        action_id: str,
        *,
        status: str = UNSET,
        owner: str | None = UNSET,
        due: dt.date | None = UNSET,
    ) -> Change:
        """Change what the user decided about one action; what is not given stays as stored (a status change keeps
        the owner and due date). Read and written in one transaction."""
        problems: list[tuple[str, Problem]] = []
        if action_id not in self._actions:
            problems.append((action_id, Problem("unknown_action", id=action_id)))
        if status is not UNSET and status not in STATUSES:
            problems.append((action_id, Problem("status_unknown", value=status)))
        if owner is not UNSET and owner is not None:
            if not isinstance(owner, str):
                problems.append((action_id, Problem("field_not_text")))
            else:
                owner = owner.strip() or None
                if owner and len(owner) > MAX_FIELD:
                    problems.append((action_id, Problem("owner_too_long", limit=MAX_FIELD)))
        if problems:
            raise InvalidChange(problems)
        if due is not UNSET and due is not None:
            if isinstance(due, dt.datetime):
                due = due.date()
            elif not isinstance(due, dt.date):
                raise TypeError(f"due must be a date or None, not {type(due).__name__}")  # a caller's bug
        with self._transaction():
            self.store.get_business(business_id)
            current = self.store.action_statuses(business_id).get(action_id) or ActionStatus(action_id)
            new = replace(
                current,
                status=current.status if status is UNSET else status,
                owner=current.owner if owner is UNSET else owner,
                due=current.due if due is UNSET else due,
            )
            if new == current:
                return Change(ACTION, business_id)
            self.store.set_action_status(business_id, new)
        return Change(ACTION, business_id, actions=(action_id,))

    def set_current_step(self, business_id: int, step: str) -> Change:
        """Remember where the user is; working on a business makes it the one reopened at the next start."""
        if not isinstance(step, str) or len(step) > MAX_STEP:
            raise TypeError("a step is a short text, e.g. 'profile' or 'payments/pay_routes'")  # a caller's bug
        with self._transaction():
            self.store.get_business(business_id)
            self.store.set_current_step(business_id, step)
        return Change(STEP, business_id, step=step)

    def rename_business(self, business_id: int, name: str) -> Change:
        """A new name, checked by the profile's rule for the name (required, at most MAX_FIELD characters) and
        not the name of another business (accents and case aside); the rest of the profile stays as stored."""
        problem = field_problem(self.pack.profile_field("name"), name.strip() if isinstance(name, str) else name)
        if problem:
            raise InvalidChange([("name", problem)])
        name = name.strip()
        with self._transaction():
            stored = self.store.get_business(business_id).profile
            if stored.get("name") == name:
                return Change(PROFILE, business_id)
            # Two rows of the list that read the same cannot be told apart (nor found by name on the command line).
            if any(folded(b.name) == folded(name) for b in self.store.list_businesses() if b.id != business_id):
                raise InvalidChange([("name", Problem("name_taken", name=name))])
            self.store.update_profile(business_id, {**stored, "name": name})
        return Change(PROFILE, business_id, fields=("name",))

    def duplicate_business(self, business_id: int, copy_word: str) -> Change:
        """A new business to start a similar one from: the same profile under a new name ("Name (copy)", then
        "Name (copy 2)"... in the interface language's ``copy_word``, never the name of another business), the
        same answers and notes, in one transaction.

        What the owner decided about the actions (statuses, owners, due dates) is not copied: it is the progress of
        that one business, and a copy whose actions were already "done" would tell the new business it had done
        work it has not. The copy starts at its profile, to be adapted first, and its answers count as given today
        (the due dates of its plan count from them)."""
        with self._transaction():
            source = self.store.get_business(business_id)
            answers = self.store.answers(business_id)
            taken = {folded(b.name) for b in self.store.list_businesses()}
            profile = {**source.profile, "name": _copy_name(source.name, copy_word, taken)}
            new_id = self.store.create_business(
                profile, {q: a.value for q, a in answers.items()}, {q: a.note for q, a in answers.items() if a.note}
            )
        return Change(CREATED, new_id, fields=tuple(profile), questions=tuple(answers))

    def delete_business(self, business_id: int) -> Change:
        """The business, its answers and its action statuses, deleted from the file for real. The Change carries
        what they were (``Change.deleted``): give it to :meth:`restore_business` to undo the deletion."""
        with self._transaction():
            self._scores.pop(business_id, None)  # the id of a deleted business can be given again
            deleted = self.store.delete_business(business_id)
        backups.forget_business(self.store.path, business_id)  # undo puts it back in the file, not in old copies
        return Change(DELETED, business_id, deleted=deleted)

    def restore_business(self, deleted: DeletedBusiness) -> Change:
        """Undo a deletion: the business as it was (profile, answers and notes, action statuses, current step,
        dates), under its old id unless a new business took it meanwhile (the Change names the id)."""
        with self._transaction():
            business_id = self.store.restore_business(deleted)
            self._scores.pop(business_id, None)
            profile = self.store.get_business(business_id).profile
        return Change(
            CREATED,
            business_id,
            fields=tuple(profile),
            questions=tuple(r["question_id"] for r in deleted.answers),
            actions=tuple(r["action_id"] for r in deleted.action_status),
        )

    # -- exchange files (merchant_assistant.exchange, docs/file-format.md) -------------------------------------
    def exchange_data(self, business_id: int, exported_at: str | None = None) -> dict[str, Any]:
        """The business as a version-2 business file (a dict), read in one transaction."""
        from .exchange import exchange_data

        with known_errors(self.store.path), self.store.atomic():
            business = self.store.get_business(business_id)
            # Only what this content knows: an answer to a question a content update removed would make the file
            # one that no copy of the program reads (the reader refuses unknown questions).
            questions = {q.id for q in self.pack.questions}
            return exchange_data(
                business,
                {q: a for q, a in self.store.answers(business_id).items() if q in questions},
                {a: s for a, s in self.store.action_statuses(business_id).items() if a in self._actions},
                self.store.action_status_stamps(business_id),
                self.store.snapshots(business_id),
                self.pack.version,
                exported_at or now_iso(),
            )

    def export_business(self, business_id: int, path: str | Path, passphrase: str | None = None) -> Path:
        """Write the business's exchange file to ``path`` (JSON; sealed when a passphrase is given), atomically:
        whole under that name or not there. Returns the path written."""
        from .exchange import exchange_bytes
        from .files import write_atomically
        from .sealed import check_passphrase

        if passphrase is not None:
            check_passphrase(passphrase)
        return write_atomically(path, exchange_bytes(self.exchange_data(business_id), passphrase))

    def import_file(
        self,
        path: str | Path,
        on_conflict: str | None = None,
        passphrase: str | None = None,
        workshop_id: int | None = None,
    ) -> ImportResult:
        """Import one business file (version 1 or 2, sealed or not), all of it or nothing, in one transaction.

        A business with the file's identifier already here is never overwritten silently: ``on_conflict`` must
        then say what to do ("keep-both", "replace", "merge" or "skip"), else ``ImportConflict`` is raised with
        nothing written. ``workshop_id``: also add the business to that workshop, in the same transaction. A file
        that cannot be read as a business file raises InvalidFile naming it (UserError), with nothing written."""
        from .business_file import read_business_file
        from .exchange import ON_CONFLICT

        if on_conflict is not None and on_conflict not in ON_CONFLICT:
            raise InvalidInput("exchange_bad_choice", value=on_conflict, allowed=", ".join(ON_CONFLICT))
        read = read_business_file(path, self.pack, passphrase)
        with self._transaction():
            if workshop_id is not None:
                self.store.get_workshop(workshop_id)
            result = self._import(read, Path(path).name, on_conflict)
            # A returning participant whose file brings nothing new still takes part in this workshop.
            if workshop_id is not None and result.outcome != "skipped":
                self.store.add_participant(workshop_id, result.business_id)
        self._scores.pop(result.business_id, None)
        return result

    def _import(self, read: BusinessFile, file: str, on_conflict: str | None) -> ImportResult:
        from .exchange import (
            ADDED,
            KEPT_BOTH,
            MERGED,
            REPLACED,
            SKIPPED,
            ImportResult,
            file_answers,
            file_statuses,
            merge,
            new_snapshots,
        )

        here = self.store.find_business_by_uid(read.uid) if read.uid else None
        stamp = read.updated_at or now_iso()
        if here is None or on_conflict == "keep-both":
            # Another business here may have the name (a copy kept beside, another business so called).
            name = self._free_name(str(read.profile.get("name") or ""))
            business_id = self.store.create_business(
                {**read.profile, "name": name}, uid=read.uid if here is None and read.uid else None
            )
            self.store.put_exchanged(
                business_id, file_answers(read, stamp), file_statuses(read, stamp), read.snapshots, stamp
            )
            if read.consent_at:
                self.store.set_consent(business_id, read.consent_at)
            return ImportResult(ADDED if here is None else KEPT_BOTH, business_id, name)
        if on_conflict is None:
            raise ImportConflict(file, here)
        if on_conflict == "skip":
            return ImportResult(SKIPPED, here.id, here.name, changed=False)
        if on_conflict == "replace":
            name = self._free_name(str(read.profile.get("name") or ""), own=here.name)
            self.store.update_profile(here.id, {**read.profile, "name": name})
            self.store.put_exchanged(
                here.id, file_answers(read, stamp), file_statuses(read, stamp), read.snapshots, stamp, clear=True
            )
            self.store.set_consent(here.id, read.consent_at)
            return ImportResult(REPLACED, here.id, name)
        statuses = self.store.action_statuses(here.id)
        merged = merge(here, self.store.answers(here.id), statuses, self.store.action_status_stamps(here.id), read)
        snapshots = new_snapshots(self.store.snapshots(here.id), read)
        consent = here.consent_at is None and read.consent_at is not None
        changed = bool(merged.profile or merged.answers or merged.statuses or snapshots or consent)
        if merged.profile is not None:
            profile = {**merged.profile, "name": self._free_name(str(merged.profile.get("name") or ""), own=here.name)}
            merged = replace(merged, profile=profile)
            self.store.update_profile(here.id, profile)
        if changed:
            self.store.put_exchanged(here.id, merged.answers, merged.statuses, snapshots, now_iso())
        if consent:
            self.store.set_consent(here.id, read.consent_at)
        name = str((merged.profile or here.profile).get("name") or "")
        return ImportResult(MERGED, here.id, name, merged.conflicts, changed)

    # -- consent and workshops -------------------------------------------------------------------------------
    def set_consent(self, business_id: int, given: bool, on: dt.date | None = None) -> Change:
        """Record that the participant agreed (law 09-08) that their data be kept here, on ``on`` (today by
        default), or withdraw the record."""
        with self._transaction():
            stored = self.store.get_business(business_id).consent_at
            value = (on or dt.date.today()).isoformat() if given else None
            if (stored is not None) == given and (not given or on is None or stored == value):
                return Change(CONSENT, business_id)
            self.store.set_consent(business_id, value)
        return Change(CONSENT, business_id, fields=("consent_at",))

    def workshops(self) -> list[Workshop]:
        return self.store.list_workshops()

    def workshop(self, workshop_id: int) -> Workshop:
        return self.store.get_workshop(workshop_id)

    def participants(self, workshop_id: int) -> list[Business]:
        return self.store.participants(workshop_id)

    @staticmethod
    def _workshop_problems(name: Any, date: Any, place: Any, trainer: Any) -> list[tuple[str, Problem]]:
        problems: list[tuple[str, Problem]] = []
        for key, value, required in (("name", name, True), ("place", place, False), ("trainer", trainer, False)):
            if not isinstance(value, str):
                problems.append((key, Problem("field_not_text")))
            elif required and not value.strip():
                problems.append((key, Problem("field_required")))
            elif len(value.strip()) > MAX_FIELD:
                problems.append((key, Problem("field_too_long", limit=MAX_FIELD)))
        if date not in ("", None) and not isinstance(date, dt.date):
            try:
                dt.date.fromisoformat(str(date))
            except ValueError:
                problems.append(("date", Problem("field_bad_date")))
        return problems

    def create_workshop(
        self, name: str, date: dt.date | str | None = None, place: str = "", trainer: str = ""
    ) -> Change:
        """A new workshop (its name required; date, place and trainer optional): the Change names it."""
        problems = self._workshop_problems(name, date, place, trainer)
        if problems:
            raise InvalidChange(problems)
        day = date.isoformat() if isinstance(date, dt.date) else (date or "")
        workshop_id = self.store.create_workshop(name.strip(), str(day), place.strip(), trainer.strip())
        return Change(WORKSHOP, 0, fields=("name", "date", "place", "trainer"), workshop_id=workshop_id)

    def update_workshop(
        self, workshop_id: int, name: str, date: dt.date | str | None = None, place: str = "", trainer: str = ""
    ) -> Change:
        problems = self._workshop_problems(name, date, place, trainer)
        if problems:
            raise InvalidChange(problems)
        day = date.isoformat() if isinstance(date, dt.date) else (date or "")
        with self._transaction():
            self.store.update_workshop(workshop_id, name.strip(), str(day), place.strip(), trainer.strip())
        return Change(WORKSHOP, 0, fields=("name", "date", "place", "trainer"), workshop_id=workshop_id)

    def delete_workshop(self, workshop_id: int) -> Change:
        """The workshop and its list of participants; the businesses and their snapshots stay."""
        self.store.delete_workshop(workshop_id)
        return Change(WORKSHOP, 0, workshop_id=workshop_id)

    def add_participant(self, workshop_id: int, business_id: int) -> Change:
        added = self.store.add_participant(workshop_id, business_id)
        return Change(WORKSHOP, business_id, fields=("participants",) if added else (), workshop_id=workshop_id)

    def record_snapshot(
        self, business_id: int, reason: str, workshop_id: int | None = None, plan: Plan | None = None
    ) -> Snapshot:
        """Store a dated snapshot of the business's readiness now (its plan, or ``plan`` when already built):
        called when its plan is printed (reason "plan") and for a workshop (reason "workshop")."""
        from .progress import snapshot_of

        with self._transaction():
            plan = plan or self.plan(business_id)
            snapshot = snapshot_of(plan, business_id, reason, workshop_id, taken_at=now_iso())
            snapshot_id = self.store.add_snapshot(snapshot)
        return replace(snapshot, id=snapshot_id)

    def snapshots(self, business_id: int) -> list[Snapshot]:
        return self.store.snapshots(business_id)

    def remove_participant(self, workshop_id: int, business_id: int) -> Change:
        removed = self.store.remove_participant(workshop_id, business_id)
        return Change(WORKSHOP, business_id, fields=("participants",) if removed else (), workshop_id=workshop_id)


# Names are folded again and again when many businesses are added in a row (an import of a workshop's files).
_folded_name = functools.lru_cache(maxsize=16384)(folded)

_NUMBERED_COPY = r"^(?P<base>.*) \({word}(?: (?P<n>\d+))?\)$"


def _copy_name(name: str, copy_word: str, taken: set[str]) -> str:
    """ "Name (copy)", or "Name (copy 2)", "Name (copy 3)"... the first whose folded form is not ``taken``; a copy
    of a copy counts on ("Name (copy)" gives "Name (copy 2)"); cut to fit MAX_FIELD characters."""
    word = copy_word.strip() or "copy"
    base = name.strip()
    match = re.match(_NUMBERED_COPY.format(word=re.escape(word)), base)
    start = 1
    if match:
        base = match["base"]
        start = int(match["n"] or 1) + 1
    number = start
    while True:
        suffix = f" ({word})" if number == 1 else f" ({word} {number})"
        candidate = base[: MAX_FIELD - len(suffix)].rstrip() + suffix
        if folded(candidate) not in taken:
            return candidate
        number += 1
