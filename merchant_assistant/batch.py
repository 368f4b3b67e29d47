"""Many plans at once: one PDF per participant of a workshop, rendered in one run on every core. No Qt: the CLI
(``workshop plans``) and the app (from a worker thread) call the same three functions.

    from merchant_assistant.batch import plan_jobs, render_plans, record_workshop_snapshots

    jobs = plan_jobs(workspace, workshop_id, out_dir, "ar", "brief")   # reads storage; validates nothing else
    result = render_plans(jobs, progress=on_progress, cancelled=should_stop)
    record_workshop_snapshots(workspace, workshop_id, result)          # a "workshop" snapshot per plan written

``plan_jobs`` reads each participant's profile, answers, statuses and progress since their last snapshot into a
``PlanJob``: plain, picklable data, with a file name of its own in ``out_dir`` (``unique_names``: the business's
name, Arabic kept, made safe for Windows, unique ignoring case). ``render_plans`` renders them in worker processes
(``spawn``, as on Windows, safe beside Qt's threads; each worker loads the content pack and the fonts once, in its
initializer) and writes each PDF atomically, so a cancelled or failed plan leaves no partial file.
``progress(done, total, job, failure)`` is called in the caller's thread after each plan (``failure`` is None when
it was written); ``cancelled()`` is asked before each plan is handed out: once it answers True no other plan
starts, the plans already being rendered finish (their PDFs stay) and ``BatchResult.cancelled`` is True. One plan's
failure (a PDF open in a viewer, a read-only file) is recorded in ``BatchResult.failed`` and the others go on.
``workers=1`` renders in the calling process (no pool); the default is one worker per core, at most one per job.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .answers import Answer
from .content.model import ContentPack
from .errors import UserError
from .files import safe_stem, unique_names
from .progress import WORKSHOP, Progress
from .records import ActionStatus
from .workspace import Workspace


@dataclass(frozen=True)
class PlanJob:
    """Everything one plan needs, as plain data a worker process receives."""

    business_id: int
    name: str  # the business's name (progress lines, messages)
    path: Path  # the PDF to write
    lang: str
    format: str  # "full" | "brief"
    profile: Mapping[str, Any]
    answers: Mapping[str, Answer]
    statuses: Mapping[str, ActionStatus]
    today: dt.date | None
    progress: Progress | None  # since the business's last snapshot, printed on the brief
    content: str | None  # the content pack's folder (None: the bundled pack)


@dataclass(frozen=True)
class PlanFailure:
    job: PlanJob
    error: UserError  # its sentence in any language: error.message(lang)


@dataclass
class BatchResult:
    written: list[PlanJob] = field(default_factory=list)  # in the order they finished
    failed: list[PlanFailure] = field(default_factory=list)
    cancelled: bool = False
    total: int = 0  # jobs given

    @property
    def not_started(self) -> int:
        """Plans neither written nor failed (a cancelled run)."""
        return self.total - len(self.written) - len(self.failed)


ProgressCallback = Callable[[int, int, PlanJob, "PlanFailure | None"], None]


def plan_jobs(
    workspace: Workspace,
    workshop_id: int,
    out_dir: str | Path,
    lang: str,
    fmt: str = "full",
    today: dt.date | None = None,
) -> list[PlanJob]:
    """One job per participant of the workshop, in the order they were added."""
    out = Path(out_dir)
    businesses = workspace.participants(workshop_id)
    names = unique_names([safe_stem(b.name, f"business-{b.id}") for b in businesses], ".pdf", out)
    content = workspace.pack.root or None
    jobs = []
    for business, name in zip(businesses, names):
        plan = workspace.plan(business, today=today)
        jobs.append(
            PlanJob(
                business_id=business.id,
                name=business.name,
                path=out / name,
                lang=lang,
                format=fmt,
                profile=dict(plan.profile),
                answers=workspace.answers(business.id),
                statuses=workspace.statuses(business.id),
                today=plan.today,
                progress=plan.progress,
                content=content,
            )
        )
    return jobs


# -- in a worker -------------------------------------------------------------------------------------------------
_packs: dict[str | None, ContentPack] = {}


def _pack(content: str | None) -> ContentPack:
    pack = _packs.get(content)
    if pack is None:
        from .content import load_pack

        pack = _packs[content] = load_pack(content)
    return pack


def _start_worker(content: str | None) -> None:
    """Once per worker process: the content pack, the fonts and the report's modules."""
    from .report import document  # noqa: F401  (imported once here rather than with the first plan)
    from .report.fonts import register_fonts

    _pack(content)
    register_fonts()


def render_job(job: PlanJob) -> tuple[str, dict[str, Any]] | None:
    """Render and write one plan; None when written, else the error's code and parameters (picklable, unlike
    some exceptions). Runs in a worker process, or in the caller's with workers=1."""
    from .plan import build_plan
    from .report import save_pdf

    try:
        plan = build_plan(_pack(job.content), job.profile, job.answers, job.statuses, today=job.today)
        save_pdf(replace(plan, progress=job.progress), job.path, job.lang, job.format)
    except UserError as error:
        return error.code, {k: str(v) if isinstance(v, Path) else v for k, v in error.params.items()}
    except Exception as error:  # a bug in one plan must not stop the others: reported, and logged by the caller
        return "workshop_plan_failed", {"text": job.name, "reason": f"{error.__class__.__name__}: {error}"}
    return None


# -- in the caller -------------------------------------------------------------------------------------------------
def default_workers(jobs: int) -> int:
    return max(1, min(os.cpu_count() or 1, jobs))


def render_plans(
    jobs: Sequence[PlanJob],
    *,
    workers: int | None = None,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BatchResult:
    """Render every job (see the module's docstring); never raises for one plan's failure."""
    result = BatchResult(total=len(jobs))
    if not jobs:
        return result
    workers = workers or default_workers(len(jobs))

    def finished(job: PlanJob, outcome: tuple[str, dict[str, Any]] | None) -> None:
        failure = None
        if outcome is None:
            result.written.append(job)
        else:
            failure = PlanFailure(job, UserError(outcome[0], **outcome[1]))
            result.failed.append(failure)
        if progress is not None:
            progress(len(result.written) + len(result.failed), len(jobs), job, failure)

    if workers == 1:
        for job in jobs:
            if cancelled is not None and cancelled():
                result.cancelled = True
                break
            finished(job, render_job(job))
        return result

    context = multiprocessing.get_context("spawn")
    waiting = list(reversed(jobs))
    running: dict[Future, PlanJob] = {}
    with ProcessPoolExecutor(workers, context, _start_worker, (jobs[0].content,)) as pool:
        while waiting or running:
            # One plan queued beyond the busy workers keeps them fed; the rest wait here, so that a cancel
            # stops them before they start.
            while waiting and len(running) <= workers and not result.cancelled:
                if cancelled is not None and cancelled():
                    result.cancelled = True
                    break
                job = waiting.pop()
                running[pool.submit(render_job, job)] = job
            if not running:
                break
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                job = running.pop(future)
                error = future.exception()
                if error is not None:  # the worker itself died (out of memory, killed): this plan failed
                    finished(job, ("workshop_plan_failed", {"text": job.name, "reason": repr(error)}))
                else:
                    finished(job, future.result())
    return result


def record_workshop_snapshots(workspace: Workspace, workshop_id: int, result: BatchResult) -> None:
    """A dated "workshop" snapshot of each business whose plan was written (it also counts as a printed plan)."""
    for job in result.written:
        workspace.record_snapshot(job.business_id, WORKSHOP, workshop_id)
