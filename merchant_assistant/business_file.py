"""Business files: one business (profile, answers, notes, action statuses) in a JSON or YAML file.

Version 1 is the format trainers use to prepare a participant in a text editor (docs/business-file.md); version 2
is the exchange file written by ``export`` and read by ``import`` (docs/file-format.md): the same keys, plus the
business's stable identifier, when each answer and action status was last changed, the consent date and the
readiness snapshots. Either may be sealed with a passphrase (merchant_assistant.sealed). The kind of file is told by
its content, never by its name. Reading validates everything against the content pack and refuses the whole file
with one sentence naming the file and the first problem; nothing is half-read.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from .answers import Answer, answer_problem
from .content.identifiers import VALIDATORS
from .content.loader import yaml_loader
from .content.model import YESNO_VALUES, ContentPack, ProfileField, tr
from .content.source import SourceProblem, check_events
from .errors import InvalidFile, InvalidInput, NotFound, Problem, os_reason
from .files import write_atomically
from .plan import STATUSES, ActionStatus
from .profile import field_problems, field_warnings, normalise, upgrade_profile
from .records import Snapshot
from .sealed import is_sealed, unseal

FORMAT = "merchant-readiness-business"
VERSION = 2  # the newest version this program reads and writes; 1 is still read (a trainer's hand-written file)
MAX_BYTES = 1_000_000  # a real business file is a few kilobytes (an exchange file with its snapshots, tens)
TOP_KEYS_V1 = {"format", "version", "content_version", "profile", "answers", "notes", "actions"}
TOP_KEYS = {
    1: TOP_KEYS_V1,
    2: TOP_KEYS_V1 | {"uid", "exported_at", "program_version", "updated_at", "consent_at", "answered_at", "snapshots"},
}
ACTION_KEYS = {1: {"status", "owner", "due"}, 2: {"status", "owner", "due", "updated_at"}}
MAX_SNAPSHOTS = 1000
MAX_SHORT = 100  # versions, timestamps, ids in a snapshot
SNAPSHOT_KEYS = {"taken_at", "reason", "overall", "modules", "done_actions", "open_actions", "blockers"}
SNAPSHOT_KEYS_OPTIONAL = {"content_version"}


@dataclass(frozen=True)
class BusinessFile:
    profile: dict[str, Any]
    answers: dict[str, Any]
    notes: dict[str, str] = field(default_factory=dict)
    statuses: dict[str, ActionStatus] = field(default_factory=dict)
    content_version: str = ""
    # What to check but was accepted (a RIB whose key does not match), each naming the file and the field.
    warnings: tuple[Problem, ...] = ()
    # Version 2 (exchange files); a version 1 file reads as version 1 with these empty: no uid, so a new business.
    version: int = 1
    uid: str = ""
    exported_at: str = ""
    program_version: str = ""
    updated_at: str = ""  # when the business (its profile or anything else) last changed where it was exported
    consent_at: str | None = None  # YYYY-MM-DD
    answered_at: dict[str, str] = field(default_factory=dict)  # question id -> when its answer and note changed
    action_updated_at: dict[str, str] = field(default_factory=dict)  # action id -> when its status etc. changed
    snapshots: tuple[Snapshot, ...] = ()  # business_id 0: they belong to no database yet

    def answer_records(self) -> dict[str, Answer]:
        """The answers with their notes, as the plan reads them from a database."""
        return {qid: Answer(qid, value, self.notes.get(qid, "")) for qid, value in self.answers.items()}


def _refuse(path: Path, code: str, **params: Any) -> InvalidFile:
    return InvalidFile(code, file=path.name, **params)


def _parse(path: Path, passphrase: str | None = None) -> Any:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise NotFound("file_not_found", path=path) from None
    except OSError as error:
        raise InvalidFile("file_unreadable", path=path, reason=os_reason(error)) from error
    if path.is_dir():
        raise InvalidFile("file_is_folder", path=path)
    if size > MAX_BYTES:
        raise _refuse(path, "bf_too_large", size=size, limit=MAX_BYTES)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InvalidFile("file_unreadable", path=path, reason=os_reason(error)) from error
    if not data.strip():
        raise _refuse(path, "exchange_empty")
    if is_sealed(data):
        data = unseal(data, passphrase, path.name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _refuse(path, "bf_not_utf8") from None
    try:
        if text.lstrip().startswith("{"):
            return json.loads(text)
        # The content pack's YAML rules: safe, and only true/false are booleans (an answer "no" stays "no"). Its
        # limits too, checked on the events before anything is built: a few hundred bytes of nested aliases would
        # otherwise expand into billions of values.
        loader = yaml_loader()
        check_events(text, loader)
        return yaml.load(text, Loader=loader)
    except SourceProblem as problem:
        raise _refuse(path, "bf_bad_yaml", at="", reason=problem) from None
    except json.JSONDecodeError as error:
        raise _refuse(path, "bf_bad_json", line=error.lineno, column=error.colno) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        at = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        reason = getattr(error, "problem", None) or "syntax error"
        raise _refuse(path, "bf_bad_yaml", at=at, reason=reason) from None
    except RecursionError:
        raise _refuse(path, "bf_nested") from None
    except ValueError as error:  # e.g. YAML reads 2026-13-45 as a date and fails to build it
        raise _refuse(path, "bf_bad_yaml", at="", reason=error) from None


# Characters no name, note or answer needs and a hostile file could use: C0 controls but tab and line ends, C1
# controls, DEL, the bidi embeddings and overrides that would reorder a name shown beside others (isolates and
# marks, which Arabic text uses, are allowed), and lone surrogates (JSON's "\ud800": not text, no file can hold it).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\ud800-\udfff]")


def _refuse_controls(path: Path, raw: Any) -> None:
    """Refuse a file holding a control or bidi-override character in any text, naming where."""
    pending: list[tuple[str, Any]] = [("", raw)]
    while pending:
        where, value = pending.pop()
        if isinstance(value, Mapping):
            for key, item in value.items():
                pending.append((f"{where}.{key}" if where else str(key), item))
                pending.append((where or "(key)", key))
        elif isinstance(value, list):
            pending.extend((f"{where}[{i}]", item) for i, item in enumerate(value))
        elif isinstance(value, str) and _CONTROL.search(value):
            raise _refuse(path, "exchange_control_character", key=_CONTROL.sub("?", where)[:MAX_SHORT])


def _mapping(path: Path, raw: Any, key: str) -> Mapping[str, Any]:
    value = raw.get(key) or {}
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        raise _refuse(path, "bf_not_mapping", key=key)
    return value


def read_business_file(path: str | Path, pack: ContentPack, passphrase: str | None = None) -> BusinessFile:
    """The business in ``path`` (version 1 or 2, JSON or YAML, sealed or not: told by its content), checked
    against ``pack``; a UserError naming the first problem otherwise. ``passphrase`` opens a sealed file."""
    path = Path(path)
    raw = _parse(path, passphrase)
    if not isinstance(raw, Mapping):
        raise _refuse(path, "bf_not_business_file")
    _refuse_controls(path, raw)
    if raw.get("format", FORMAT) != FORMAT:
        raise _refuse(path, "bf_not_business_file")
    version = raw.get("version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _refuse(path, "bf_bad_version")
    if version > VERSION:
        raise _refuse(path, "bf_too_new", version=version, known=VERSION)
    unknown = sorted(str(k) for k in raw if k not in TOP_KEYS[version])
    if unknown:
        raise _refuse(path, "bf_unknown_key", key=unknown[0], known=", ".join(sorted(TOP_KEYS[version])))

    given = {k: v for k, v in _mapping(path, raw, "profile").items() if v is not None}
    profile = upgrade_profile(given, {f.id for f in pack.profile_fields})
    problems = field_problems(pack, profile)
    if problems:
        field_id, problem = problems[0]
        more = Problem("content_more", n=len(problems) - 1) if len(problems) > 1 else ""
        raise _refuse(path, "bf_profile", field=field_id, problem=problem, more=more)
    warnings = tuple(
        Problem("bf_profile", file=path.name, field=field_id, problem=warning, more="")
        for field_id, warning in field_warnings(pack, profile)
    )
    profile = normalise(pack, profile)

    questions = {q.id: q for q in pack.questions}
    answers: dict[str, Any] = {}
    for qid, value in _mapping(path, raw, "answers").items():
        question = questions.get(qid)
        if question is None:
            raise _refuse(path, "bf_unknown_question", id=qid, version=pack.version)
        if value is None or value == []:
            continue  # left blank in a template: not answered yet
        if isinstance(value, bool):  # YAML written by hand as yes/no without quotes, read as YAML 1.2
            value = "yes" if value else "no"
        answer_issue = answer_problem(question, value)
        if answer_issue:
            raise _refuse(path, "bf_answer", id=qid, problem=answer_issue)
        answers[qid] = list(value) if isinstance(value, (list, tuple)) else value

    notes: dict[str, str] = {}
    for qid, note in _mapping(path, raw, "notes").items():
        if qid not in questions:
            raise _refuse(path, "bf_note", id=qid)
        if note is not None:
            if not isinstance(note, str) or len(note) > 2000:
                raise _refuse(path, "bf_note", id=qid)
            notes[qid] = note

    action_ids = {a.id for q in pack.questions for a in q.actions}
    statuses: dict[str, ActionStatus] = {}
    for aid, entry in _mapping(path, raw, "actions").items():
        if aid not in action_ids:
            raise _refuse(path, "bf_unknown_action", id=aid)
        if not isinstance(entry, Mapping) or not set(entry) <= ACTION_KEYS[version]:
            raise _refuse(path, "bf_action", id=aid)
        status = entry.get("status", "todo")
        if status not in STATUSES:
            raise _refuse(path, "bf_action", id=aid)
        owner = entry.get("owner")
        if owner is not None and (not isinstance(owner, str) or len(owner) > 200):
            raise _refuse(path, "bf_action", id=aid)
        due = entry.get("due")
        if isinstance(due, str):
            try:
                due = dt.date.fromisoformat(due)
            except ValueError:
                raise _refuse(path, "bf_action", id=aid) from None
        if due is not None and not isinstance(due, dt.date):
            raise _refuse(path, "bf_action", id=aid)
        statuses[aid] = ActionStatus(aid, status, owner or None, due)
    content_version = raw.get("content_version") or ""
    if not isinstance(content_version, (str, int, float)) or len(str(content_version)) > MAX_SHORT:
        raise _refuse(path, "exchange_bad_field", key="content_version")
    read = BusinessFile(profile, answers, notes, statuses, str(content_version), warnings)
    return read if version == 1 else _read_v2(path, raw, read)


def _text(path: Path, raw: Mapping[str, Any], key: str, *, required: bool = False) -> str:
    value = raw.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or len(value) > MAX_SHORT or (required and not value):
        raise _refuse(path, "exchange_bad_field", key=key)
    return value


def timestamp(value: Any) -> dt.datetime | None:
    """An ISO date and time with its time zone (as the database stores them), or None."""
    if not isinstance(value, str) or len(value) > MAX_SHORT:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _stamp(path: Path, value: Any, key: str) -> str:
    if isinstance(value, dt.datetime):  # YAML written by hand reads an unquoted date and time as one
        value = value.isoformat()
    if timestamp(value) is None:
        raise _refuse(path, "exchange_bad_time", key=key)
    return str(value)


def _stamps(path: Path, raw: Mapping[str, Any], key: str, known: Mapping[str, Any]) -> dict[str, str]:
    stamps: dict[str, str] = {}
    for item, value in _mapping(path, raw, key).items():
        if item not in known:
            raise _refuse(path, "exchange_bad_time", key=f"{key}.{item}")
        stamps[item] = _stamp(path, value, f"{key}.{item}")
    return stamps


MAX_COUNT = 100_000  # a count of actions in a snapshot; a plan has at most a few hundred


def _count(value: Any, top: int = MAX_COUNT) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= top


def _snapshot(path: Path, entry: Any, index: int) -> Snapshot:
    where = f"snapshots[{index}]"
    if not isinstance(entry, Mapping) or not SNAPSHOT_KEYS <= set(entry) <= SNAPSHOT_KEYS | SNAPSHOT_KEYS_OPTIONAL:
        raise _refuse(path, "exchange_bad_field", key=where)
    modules, done = entry["modules"], entry["done_actions"]
    valid = (
        entry["reason"] in ("plan", "workshop")
        and _count(entry["overall"], 100)
        and _count(entry["open_actions"])
        and _count(entry["blockers"])
        and isinstance(modules, Mapping)
        and len(modules) <= MAX_SHORT
        and all(isinstance(k, str) and len(k) <= MAX_SHORT and _count(v, 100) for k, v in modules.items())
        and isinstance(done, list)
        and len(done) <= MAX_SNAPSHOTS
        and all(isinstance(a, str) and len(a) <= MAX_SHORT for a in done)
        and isinstance(entry.get("content_version", ""), str)
        and len(entry.get("content_version", "")) <= MAX_SHORT
    )
    if not valid:
        raise _refuse(path, "exchange_bad_field", key=where)
    return Snapshot(
        business_id=0,
        taken_at=_stamp(path, entry["taken_at"], f"{where}.taken_at"),
        reason=entry["reason"],
        overall=entry["overall"],
        modules=dict(modules),
        done_actions=tuple(sorted(done)),
        open_actions=entry["open_actions"],
        blockers=entry["blockers"],
        content_version=entry.get("content_version", ""),
    )


def _read_v2(path: Path, raw: Mapping[str, Any], read: BusinessFile) -> BusinessFile:
    """What version 2 adds to version 1's keys, checked as strictly."""
    try:
        uid = str(uuid.UUID(_text(path, raw, "uid", required=True)))
    except ValueError:
        raise _refuse(path, "exchange_bad_field", key="uid") from None
    consent = raw.get("consent_at")
    if consent is not None:
        try:
            consent = dt.date.fromisoformat(consent).isoformat() if isinstance(consent, str) else None
        except ValueError:
            consent = None
        if consent is None:
            raise _refuse(path, "exchange_bad_field", key="consent_at")
    snapshots = raw.get("snapshots") or []
    if not isinstance(snapshots, list) or len(snapshots) > MAX_SNAPSHOTS:
        raise _refuse(path, "exchange_bad_field", key="snapshots")
    action_stamps = {}
    for aid, entry in _mapping(path, raw, "actions").items():
        if "updated_at" in entry:
            action_stamps[aid] = _stamp(path, entry["updated_at"], f"actions.{aid}.updated_at")
    return replace(
        read,
        version=2,
        uid=uid,
        exported_at=_stamp(path, raw.get("exported_at"), "exported_at"),
        program_version=_text(path, raw, "program_version"),
        updated_at=_stamp(path, raw.get("updated_at"), "updated_at"),
        consent_at=consent,
        answered_at=_stamps(path, raw, "answered_at", read.answers),
        action_updated_at=action_stamps,
        snapshots=tuple(_snapshot(path, entry, i) for i, entry in enumerate(snapshots)),
    )


# -- the template a trainer fills in ---------------------------------------------------------------------------
def _allowed(field_def: ProfileField) -> str:
    if field_def.kind == "bool":
        return "true | false"
    if field_def.kind == "choice":
        return " | ".join(field_def.choice_ids())
    if field_def.kind == "multi":
        return "a list of: " + ", ".join(field_def.choice_ids())
    rule = VALIDATORS.get(field_def.validator or "")
    return "text" + (f" ({rule.described})" if rule is not None else "")


def _comment(text: str) -> str:
    return " ".join(text.split())


def template_text(pack: ContentPack, lang: str) -> str:
    """A business file with every profile field and question, their allowed values in comments, and no answers."""
    lines = [
        f"# Business file for the Merchant Readiness Assistant (content {pack.version}). See docs/business-file.md.",
        "# Fill in what you know and leave the rest empty; then: main.py plan --from THIS_FILE --out plan.pdf",
        f"format: {FORMAT}",
        "version: 1",
        f'content_version: "{pack.version}"',
        "profile:",
    ]
    for f in pack.profile_fields:
        lines.append(f"  # {_comment(tr(f.label, lang))} — {_allowed(f)}")
        lines.append(f"  {f.id}:")
    lines.append("answers:")
    for module in pack.modules:
        lines.append(f"  # ==== {_comment(tr(module.title, lang))} ====")
        for q in module.questions:
            lines.append(f"  # {_comment(tr(q.text, lang))}")
            if q.kind == "yesno":
                allowed = " | ".join(f'"{v}"' for v in YESNO_VALUES)
            elif q.kind == "single":
                allowed = " | ".join(o.id for o in q.options)
            elif q.kind == "multi":
                allowed = "a list of: " + ", ".join(o.id for o in q.options)
            else:
                allowed = "text"
            lines.append(
                f"  #   {allowed}" + (f"   (only if: {json.dumps(dict(q.applies_if))})" if q.applies_if else "")
            )
            lines.append(f"  {q.id}:")
    return "\n".join(lines) + "\n"


def write_template(pack: ContentPack, path: str | Path, lang: str) -> Path:
    path = Path(path)
    if path.suffix.lower() not in (".yaml", ".yml"):
        raise InvalidInput("output_not_yaml", path=path)
    return write_atomically(path, template_text(pack, lang).encode("utf-8"))
