"""The plan as plain data (``plan --json``): the same ordered list the app and the PDF show."""

from __future__ import annotations

from typing import Any

from .content.model import tr
from .plan import Plan
from .progress import progress_to_dict


def plan_to_dict(plan: Plan, lang: str) -> dict[str, Any]:
    pack = plan.pack
    readiness = plan.readiness
    return {
        "business": {k: v for k, v in plan.profile.items() if v not in (None, "", [])},
        "content_version": pack.version,
        "date": plan.today.isoformat(),
        "goal": list(plan.chosen_goals),
        "readiness": {
            "overall": readiness.overall,
            "level": tr(readiness.level.label, lang),
            "answered": readiness.answered,
            "applicable": readiness.applicable,
            "modules": {
                ms.module.id: {"score": ms.score, "answered": ms.answered, "applicable": ms.applicable}
                for ms in readiness.modules
            },
        },
        "unanswered": {
            "questions": [q.id for q in plan.unanswered],
            "express": [q.id for q in plan.unanswered_express],
            "blocking_goal": [q.id for q in plan.unanswered_blockers],
            "possible_actions": plan.possible_actions,
        },
        "actions": [
            {
                "id": item.action.id,
                "title": tr(item.action.title, lang),
                "module": item.question.module_id,
                "question": item.question.id,
                "priority": item.action.priority,
                "blocker": item.blocker,
                "serves_goal": item.serves_goal,
                "status": item.status,
                "owner": item.owner(lang),
                "due": item.due.isoformat(),
                "after": list(item.after),
                "missing": [o.id for o in item.missing],
                "uncertain": item.uncertain,
                "terms": list(dict.fromkeys(item.question.terms + item.action.terms)),
            }
            for item in plan.items
        ],
        "notes": [{"question": q.id, "note": note} for q, note in plan.notes],
        "progress": progress_to_dict(plan.progress),
    }
