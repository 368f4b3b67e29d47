"""`main.py selftest`: the program checks itself where it is installed (a frozen build, a new laptop, CI).

It goes through what a user's first session does, without a window and without touching the user's data: load the
content pack, create a database in a temporary folder, create a business and answer a few questions (through the
same write path as the app), read them back from a new connection, then write the plan as a PDF in each language and
the actions as CSV. One line per step on stdout; the first failure prints one line on stderr and gives exit code 2
(the traceback goes to the error log). Qt is not used: the CLI executable of the Windows build has none.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from . import APP_NAME, __version__

EXIT_FAILED = 2
LANGUAGES = ("fr", "ar", "en")
QUESTIONS_TO_ANSWER = 5
PLAN_DATE = dt.date(2026, 1, 5)  # a fixed date: the same build writes the same bytes


class SelfTestFailure(Exception):
    """A check of the self-test did not hold (not a bug of the self-test itself)."""


class SelfTestSkipped(Exception):
    """A step that cannot run in this environment, and says why (it is neither passed nor failed)."""


class _Run:
    """What the steps share: the folder, the pack, the workspace, the business and its plan."""

    def __init__(self, folder: Path, content: Path | None):
        self.folder = folder
        self.content = content
        self.pack: Any = None
        self.business_id = 0
        self.answered: dict[str, Any] = {}
        self.plan: Any = None


def _content(run: _Run) -> str:
    from .content import load_pack

    run.pack = load_pack(run.content)
    questions = len(run.pack.questions)
    if not run.pack.modules or not questions:
        raise SelfTestFailure("the content pack has no module or no question")
    return f"{len(run.pack.modules)} modules, {questions} questions"


def _database(run: _Run) -> str:
    from .service import demo_profile
    from .workspace import Workspace

    with Workspace.open(run.folder / "selftest.sqlite3", run.pack) as workspace:
        run.business_id = workspace.create_business(demo_profile(run.pack)).business_id
        version = workspace.store.schema_version
    return f"created {run.folder / 'selftest.sqlite3'} (schema {version}), business {run.business_id}"


def _answers(run: _Run) -> str:
    from .service import demo_answers, demo_profile
    from .workspace import Workspace

    sample = demo_answers(run.pack)
    with Workspace.open(run.folder / "selftest.sqlite3", run.pack) as workspace:
        for question in workspace.express_questions(demo_profile(run.pack)):
            if question.id in sample and len(run.answered) < QUESTIONS_TO_ANSWER:
                workspace.save_answer(run.business_id, question.id, sample[question.id])
                run.answered[question.id] = sample[question.id]
    if not run.answered:
        raise SelfTestFailure("the sample business answers none of the first questions")
    with Workspace.open(run.folder / "selftest.sqlite3", run.pack) as workspace:  # read back on a new connection
        stored = {qid: answer.value for qid, answer in workspace.answers(run.business_id).items()}
        run.plan = workspace.plan(run.business_id, today=PLAN_DATE)
        readiness = workspace.readiness(run.business_id).overall
    lost = {qid: value for qid, value in run.answered.items() if stored.get(qid) != value}
    if lost:
        raise SelfTestFailure(f"answers not read back as saved: {sorted(lost)}")
    return f"{len(run.answered)} answers saved and read back, readiness {readiness}%"


def _pdf(lang: str) -> Callable[[_Run], str]:
    def step(run: _Run) -> str:
        from .report import save_pdf

        path = save_pdf(run.plan, run.folder / f"plan-{lang}.pdf", lang)
        data = path.read_bytes()
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
            raise SelfTestFailure(f"{path.name} is not a whole PDF file")
        font = b"NotoSansArabic" if lang == "ar" else b"NotoSans"
        if font not in data:
            raise SelfTestFailure(f"{path.name} does not embed the bundled {font.decode()} font")
        return f"{path} ({len(data) // 1024} KB, {data.count(b'/Type /Page') - data.count(b'/Type /Pages')} pages)"

    return step


def _csv(run: _Run) -> str:
    from .report.actions_csv import save_csv

    path = save_csv(run.plan, run.folder / "actions.csv", "fr")
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    if len(lines) < 2:
        raise SelfTestFailure(f"{path.name} has no action row")
    return f"{path} ({len(lines) - 1} actions)"


def _under_wine() -> bool:
    """Running as a Windows program under Wine (its ntdll has wine_get_version), where the CI builds for Windows."""
    if sys.platform != "win32":
        return False
    import ctypes

    try:
        return hasattr(ctypes.WinDLL("ntdll"), "wine_get_version")
    except OSError:
        return False


def _exchange(run: _Run) -> str:
    """The business exported with a passphrase (cryptography's AES-GCM and scrypt in the build) and imported into
    another database, its answers read back."""
    from .workspace import Workspace

    try:
        from cryptography.hazmat.bindings import _rust  # noqa: F401 - the library's compiled part, in the bundle
    except ImportError:
        if _under_wine():  # docs/packaging.md: the build is checked under Wine 8, the program runs on Windows
            raise SelfTestSkipped(
                "cryptography's Rust extension needs bcryptprimitives.dll (ProcessPrng), which Windows 10 and "
                "later have and Wine 8 does not: run this step on Windows"
            ) from None
        raise

    path = run.folder / "exchange.mra"
    with Workspace.open(run.folder / "selftest.sqlite3", run.pack) as workspace:
        workspace.export_business(run.business_id, path, passphrase="selftest")
    with Workspace.open(run.folder / "imported.sqlite3", run.pack) as workspace:
        result = workspace.import_file(path, passphrase="selftest")
        stored = {qid: answer.value for qid, answer in workspace.answers(result.business_id).items()}
    if stored != run.answered:
        raise SelfTestFailure("the business imported from its protected exchange file differs from the one exported")
    return f"{path} ({path.stat().st_size // 1024} KB, protected), imported back with {len(stored)} answers"


BATCH_PLANS = 3


def _batch(run: _Run) -> str:
    """A workshop of a few participants whose plans are rendered by worker processes (two), as ``workshop plans``
    does: proves the frozen build can start them (multiprocessing.freeze_support in main.py)."""
    from .batch import plan_jobs, record_workshop_snapshots, render_plans
    from .workspace import Workspace

    with Workspace.open(run.folder / "selftest.sqlite3", run.pack) as workspace:
        workshop = workspace.create_workshop("selftest", PLAN_DATE).workshop_id
        workspace.add_participant(workshop, run.business_id)
        for n in range(2, BATCH_PLANS + 1):
            copy = workspace.duplicate_business(run.business_id, f"copy {n}").business_id
            workspace.add_participant(workshop, copy)
        out = run.folder / "workshop"
        out.mkdir(exist_ok=True)
        jobs = plan_jobs(workspace, workshop, out, "ar", "brief", today=PLAN_DATE)
        result = render_plans(jobs, workers=2)
        record_workshop_snapshots(workspace, workshop, result)
    if result.failed:
        raise SelfTestFailure(f"batch plan failed: {result.failed[0].error.message('en')}")
    written = [job.path for job in jobs if job.path.is_file() and job.path.read_bytes().startswith(b"%PDF-")]
    if len(written) != BATCH_PLANS:
        raise SelfTestFailure(f"{len(written)} of {BATCH_PLANS} workshop plans written")
    return f"{len(written)} plans in {out} by 2 worker processes"


STEPS: tuple[tuple[str, Callable[[_Run], str]], ...] = (
    ("content", _content),
    ("database", _database),
    ("answers", _answers),
    *((f"pdf {lang}", _pdf(lang)) for lang in LANGUAGES),
    ("csv", _csv),
    ("exchange", _exchange),
    ("batch", _batch),
)


@contextlib.contextmanager
def _folder(keep: Path | None) -> Iterator[Path]:
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        yield keep
        return
    with tempfile.TemporaryDirectory(prefix="merchant-selftest-") as folder:
        yield Path(folder)


def run_selftest(content: Path | None = None, keep: Path | None = None) -> int:
    """Run every step; 0 when all hold, EXIT_FAILED (one line on stderr) at the first that does not."""
    frozen = " (frozen)" if getattr(sys, "frozen", False) else ""
    print(f"selftest: {APP_NAME} {__version__}{frozen}, Python {sys.version.split()[0]} on {sys.platform}")
    start = time.perf_counter()
    name = "folder"
    skipped: list[str] = []
    try:
        with _folder(keep) as folder:
            run = _Run(folder, content)
            for name, step in STEPS:
                began = time.perf_counter()
                try:
                    detail = step(run)
                except SelfTestSkipped as reason:
                    skipped.append(name)
                    print(f"skip {name:<9} {reason}", flush=True)
                    continue
                print(f"ok   {name:<9} {detail} [{(time.perf_counter() - began) * 1000:.0f} ms]", flush=True)
    except Exception as error:  # every failure is the answer the self-test exists to give: one line, exit 2
        from .errors import UserError

        where = ""
        if not isinstance(error, (SelfTestFailure, UserError)):  # a bug: its traceback goes to the error log
            from .logs import log_bug

            written = log_bug(error)
            where = f" (details in {written})" if written is not None else ""
        text = (str(error).splitlines() or [""])[0]  # a UserError's str() is its English message
        print(f"selftest: FAILED at {name}: {error.__class__.__name__}: {text}{where}", file=sys.stderr)
        return EXIT_FAILED
    qt = "loaded" if "PySide6" in sys.modules else "not loaded"  # the CLI executable must not load it (.ci/run)
    passed = len(STEPS) - len(skipped)
    left = f", {len(skipped)} skipped here ({', '.join(skipped)})" if skipped else ""
    print(f"selftest: all {passed} steps passed{left} in {time.perf_counter() - start:.1f} s (Qt {qt})")
    return 0
