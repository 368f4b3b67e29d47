"""Progress over time: a dated snapshot of a business's readiness, taken when its plan is printed and at each
workshop, and what changed since the last one ("+3 actions done since 12 October")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from .plan import Plan
from .records import Snapshot

PLAN = "plan"  # Snapshot.reason: a plan was printed (PDF saved)
WORKSHOP = "workshop"  # the business took part in a workshop (its plan was printed for it)
REASONS = (PLAN, WORKSHOP)


def snapshot_of(
    plan: Plan, business_id: int, reason: str, workshop_id: int | None = None, taken_at: str = ""
) -> Snapshot:
    """What ``plan`` says of the business now, to be stored (Workspace.record_snapshot)."""
    assert reason in REASONS, reason
    return Snapshot(
        business_id=business_id,
        taken_at=taken_at,
        reason=reason,
        overall=plan.readiness.overall,
        modules={m.module.id: m.score for m in plan.readiness.modules if m.score is not None},
        done_actions=tuple(sorted(i.action.id for i in plan.items if i.status == "done")),
        open_actions=len(plan.open_items),
        blockers=len(plan.blockers),
        workshop_id=workshop_id,
        content_version=plan.pack.version,
    )


@dataclass(frozen=True)
class Progress:
    """What changed between a snapshot and now (or a later snapshot)."""

    since: dt.date  # the day of the earlier snapshot
    actions_done: int  # actions done now that were not done then
    readiness_change: int  # overall readiness now minus then, in points
    module_changes: dict[str, int]  # module id -> points gained (or lost) since
    blockers_then: int
    blockers_now: int
    readiness_then: int  # overall readiness at the earlier snapshot, 0-100
    readiness_now: int  # and now (or at the later snapshot)

    @property
    def anything(self) -> bool:
        return bool(self.actions_done or self.readiness_change or self.blockers_then != self.blockers_now)


def snapshot_day(snapshot: Snapshot) -> dt.date:
    return dt.datetime.fromisoformat(snapshot.taken_at).date()


def progress_between(before: Snapshot, after: Snapshot) -> Progress:
    return Progress(
        since=snapshot_day(before),
        actions_done=len(set(after.done_actions) - set(before.done_actions)),
        readiness_change=after.overall - before.overall,
        module_changes={
            module: score - before.modules[module]
            for module, score in after.modules.items()
            if module in before.modules
        },
        blockers_then=before.blockers,
        blockers_now=after.blockers,
        readiness_then=before.overall,
        readiness_now=after.overall,
    )


def progress_since(plan: Plan, snapshots: Sequence[Snapshot], today: dt.date | None = None) -> Progress | None:
    """What changed since the last snapshot taken before ``today`` (the plan's date by default): None when there is
    none. A snapshot of the same day is not "last time": printing the plan twice in a morning says nothing."""
    day = today or plan.today
    earlier = [s for s in snapshots if snapshot_day(s) < day]
    if not earlier:
        return None
    now = snapshot_of(plan, earlier[-1].business_id, PLAN)
    return progress_between(earlier[-1], now)


def progress_since_workshop(
    plan: Plan, snapshots: Sequence[Snapshot], workshop_id: int, workshop_day: dt.date | None
) -> Progress | None:
    """A participant's progress since the previous workshop they took part in (before this one): None when this is
    their first."""
    earlier = [
        s
        for s in snapshots
        if s.reason == WORKSHOP
        and s.workshop_id != workshop_id
        and (workshop_day is None or snapshot_day(s) < workshop_day)
    ]
    if not earlier:
        return None
    return progress_between(earlier[-1], snapshot_of(plan, earlier[-1].business_id, WORKSHOP))


def progress_line(progress: Progress, lang: str) -> str:
    """One line for the plan: "+3 actions faites depuis le 12 octobre 2026 · préparation de 27 % à 29 %"; with no
    action done but readiness changed, the answers changed: "Depuis le 12 octobre 2026 : réponses mises à jour,
    préparation de 3 % à 6 %". Readiness reads as before and after, never as "+2 points" (read as points in place)."""
    from .i18n import count_form, format_date, format_percent
    from .messages import message

    date = format_date(progress.since, lang)
    before, after = format_percent(progress.readiness_then, lang), format_percent(progress.readiness_now, lang)
    if progress.actions_done:
        form = count_form(progress.actions_done)
        code = "progress_actions" if form == "other" else f"progress_actions_{form}"
        line = message(code, lang, n=progress.actions_done, date=date)
        if progress.readiness_change:
            line += message("progress_readiness", lang, before=before, after=after)
        return line
    if progress.readiness_change:
        return message("progress_answers", lang, date=date, before=before, after=after)
    return message("progress_none", lang, date=date)


def progress_to_dict(progress: Progress | None) -> dict[str, object] | None:
    """``plan --json``'s "progress": null when there is no earlier snapshot."""
    if progress is None:
        return None
    return {
        "since": progress.since.isoformat(),
        "actions_done": progress.actions_done,
        "readiness_change": progress.readiness_change,
        "modules": dict(progress.module_changes),
        "blockers_then": progress.blockers_then,
        "blockers_now": progress.blockers_now,
        "readiness_then": progress.readiness_then,
        "readiness_now": progress.readiness_now,
    }
