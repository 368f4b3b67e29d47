"""Processes for the storage tests: writers that run at the same time as others (test_concurrent_writers.py), and a
fork server whose children the crash tests kill at random moments (test_crash_safety.py).

    python -m tests.core.storage_worker writer DB NAME SECONDS START_AT SEED
    python -m tests.core.storage_worker server

Both load the fixture content pack once and then run the program's own code (Workspace, Store, write_atomically).

A writer waits until START_AT (a time.time() value, so that several open a new file at once), creates its business
and writes to it for SECONDS, then prints one JSON line saying what it wrote; any failure is a traceback and exit 1.

The server reads one JSON job per line on stdin: it forks a child that runs the job, kills it with SIGKILL after the
job's ``delay`` (seconds; none: lets it finish), and answers one JSON line. Forking from a process that has already
imported everything makes a trial cost a few milliseconds instead of a start of Python (about 0.3 s), so that 50
trials stay cheap on a 2-core machine. A child acknowledges each save that returned with one line written by
os.write to its acknowledgement file: what it reported survives its death, as a message on a screen would.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import signal
import sys
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_PACK = ROOT / "tests" / "data" / "pack"


# -- a deterministic sequence of saves, and what the file must hold after them -----------------------------------
@dataclass(frozen=True)
class Write:
    kind: str  # "answer" (value None removes it) or "action" (value: a status)
    target: str  # question or action id
    value: Any
    note: str | None = None


@dataclass
class State:
    """What a business's answers and action statuses must be."""

    answers: dict[str, tuple[Any, str]] = field(default_factory=dict)  # question id -> (value, note)
    statuses: dict[str, str] = field(default_factory=dict)  # action id -> status, "todo" left out (the default)

    def apply(self, write: Write) -> State:
        answers, statuses = dict(self.answers), dict(self.statuses)
        if write.kind == "answer":
            if write.value is None:
                answers.pop(write.target, None)
            else:
                answers[write.target] = (write.value, write.note or "")
        elif write.value == "todo":
            statuses.pop(write.target, None)
        else:
            statuses[write.target] = write.value
        return State(answers, statuses)


def _value(question: Any, rng: random.Random) -> Any:
    from merchant_assistant.content.model import YESNO_VALUES

    if question.kind == "yesno":
        return rng.choice(YESNO_VALUES)
    if question.kind == "single":
        return rng.choice(question.options).id
    if question.kind == "multi":
        return sorted(o.id for o in rng.sample(question.options, rng.randint(1, len(question.options))))
    return f"réponse {rng.randrange(10**6)} — جواب"


def writes(pack: Any, seed: int, tag: str) -> Iterator[Write]:
    """An endless, seeded sequence of saves: answers given, changed or removed (each with a note of its own, so that
    every save changes the file) and action statuses."""
    from merchant_assistant.plan import STATUSES

    rng = random.Random(seed)
    actions = sorted({a.id for q in pack.questions for a in q.actions})
    for number in itertools.count():
        if rng.random() < 0.2:
            yield Write("action", rng.choice(actions), rng.choice(STATUSES))
        elif rng.random() < 0.1:
            yield Write("answer", rng.choice(pack.questions).id, None)
        else:
            question = rng.choice(pack.questions)
            yield Write("answer", question.id, _value(question, rng), f"{tag}-{number}")


def perform(workspace: Any, business_id: int, write: Write) -> None:
    if write.kind == "answer":
        workspace.save_answer(business_id, write.target, write.value, write.note)
    else:
        workspace.set_action(business_id, write.target, status=write.value)


def stored_state(conn: Any, business_id: int) -> State:
    """A business's answers and statuses as the file holds them, read with plain sqlite3."""
    answers = {
        question: (json.loads(value), note or "")
        for question, value, note in conn.execute(
            "SELECT question_id, value, note FROM answers WHERE business_id = ?", [business_id]
        )
    }
    statuses = {
        action: status
        for action, status in conn.execute(
            "SELECT action_id, status FROM action_status WHERE business_id = ?", [business_id]
        )
        if status != "todo"
    }
    return State(answers, statuses)


def read_acks(path: str | Path) -> list[str]:
    """The complete acknowledgement lines a child wrote (a line cut by the kill does not count)."""
    try:
        text = Path(path).read_text()
    except FileNotFoundError:
        return []
    return text.split("\n")[:-1]


# -- writer --------------------------------------------------------------------------------------------------
def writer(db: str, name: str, seconds: float, start_at: float, seed: int) -> None:
    from merchant_assistant.content import load_pack
    from merchant_assistant.service import demo_profile
    from merchant_assistant.workspace import Workspace

    pack = load_pack(FIXTURE_PACK)
    time.sleep(max(0.0, start_at - time.time()))
    with Workspace.open(db, pack) as workspace:  # several at once on a new file: they race to create it
        business_id = workspace.create_business({**demo_profile(pack), "name": name}).business_id
        done, renamed, extra = 0, name, []
        end = time.monotonic() + seconds
        for write in writes(pack, seed, name):
            if time.monotonic() >= end:
                break
            perform(workspace, business_id, write)
            done += 1
            if done % 10 == 0:
                renamed = f"{name} {done}"
                workspace.rename_business(business_id, renamed)
            if done % 50 == 0:
                extra.append(workspace.add_demo().business_id)
    print(json.dumps({"business": business_id, "writes": done, "name": renamed, "extra": extra}))


# -- fork server and its jobs ----------------------------------------------------------------------------------
def _acknowledger(path: str) -> Any:
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    return lambda line: os.write(handle, f"{line}\n".encode())


def answers_job(pack: Any, db: str, business_id: int, seed: int, tag: str, acks: str) -> None:
    """Open the file and save answers until killed, acknowledging each save that returned by its number."""
    from merchant_assistant.workspace import Workspace

    ack = _acknowledger(acks)
    with Workspace.open(db, pack) as workspace:
        for number, write in enumerate(writes(pack, seed, tag)):
            perform(workspace, business_id, write)
            ack(number)


def files_job(pack: Any, folder: str, references: dict[str, list[str]], acks: str) -> None:
    """Write the files named in ``references`` in turn, each time with the next of its contents, until killed."""
    from merchant_assistant.files import write_atomically

    ack = _acknowledger(acks)
    contents = {name: [Path(r).read_bytes() for r in paths] for name, paths in references.items()}
    for number, (name, turn) in enumerate(file_writes(sorted(contents))):
        write_atomically(Path(folder) / name, contents[name][turn % len(contents[name])])
        ack(number)


def file_writes(names: list[str]) -> Iterator[tuple[str, int]]:
    """Which file the n-th write of files_job writes, and its how-manyth write of that file."""
    for number in itertools.count():
        yield names[number % len(names)], number // len(names)


def open_job(pack: Any, db: str, acks: str) -> None:
    """Open the file (an old one is upgraded) and close it."""
    from merchant_assistant.storage import Store

    Store(db).close()
    _acknowledger(acks)(f"opened {time.monotonic()}")  # when (the clock is the machine's, shared by processes)


def imports_job(pack: Any, db: str, file: str, acks: str) -> None:
    """Import the same exchange file again and again (each time a new business beside the others) until killed,
    acknowledging each import that returned by the id it gave."""
    from merchant_assistant.workspace import Workspace

    ack = _acknowledger(acks)
    with Workspace.open(db, pack) as workspace:
        while True:
            ack(workspace.import_file(file, on_conflict="keep-both").business_id)


def exports_job(pack: Any, db: str, business_ids: list[int], out: str, acks: str) -> None:
    """Export the given businesses in turn to the same file until killed, acknowledging each export."""
    from merchant_assistant.workspace import Workspace

    ack = _acknowledger(acks)
    with Workspace.open(db, pack) as workspace:
        for number in itertools.count():
            workspace.export_business(business_ids[number % len(business_ids)], out)
            ack(number)


JOBS = {
    "answers": answers_job,
    "files": files_job,
    "open": open_job,
    "imports": imports_job,
    "exports": exports_job,
}


def server() -> None:
    from merchant_assistant.content import load_pack

    pack = load_pack(FIXTURE_PACK)
    # What the jobs use, imported once here rather than in each child, whose time goes to the work being killed.
    import sqlite_utils  # noqa: F401  (imported by an upgrade)

    import merchant_assistant.files
    import merchant_assistant.workspace  # noqa: F401

    for line in sys.stdin:
        job = json.loads(line)
        sys.stdout.flush()
        started = time.monotonic()
        pid = os.fork()
        if pid == 0:  # the child: run the job, never return into this loop
            code = 0
            try:
                JOBS[job["job"]](pack, **job["args"])
            except BaseException:
                traceback.print_exc()
                code = 1
            finally:
                sys.stderr.flush()
                os._exit(code)
        if job.get("delay") is not None:
            time.sleep(job["delay"])
            os.kill(pid, signal.SIGKILL)  # a child that ended already is a zombie until reaped: nothing else killed
        _, status = os.waitpid(pid, 0)
        elapsed = time.monotonic() - started
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        reply = {"killed": killed, "exit": os.waitstatus_to_exitcode(status), "elapsed": elapsed, "forked": started}
        print(json.dumps(reply))
        sys.stdout.flush()


if __name__ == "__main__":
    if sys.argv[1] == "writer":
        db, name, seconds, start_at, seed = sys.argv[2:7]
        writer(db, name, float(seconds), float(start_at), int(seed))
    elif sys.argv[1] == "server":
        server()
    else:
        sys.exit(f"unknown mode {sys.argv[1]!r}")
