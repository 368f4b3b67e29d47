"""The operations both faces of the program use: the CLI and the Qt UI call these, never their own copies.

These are reads over an open store; every write goes through merchant_assistant.workspace.Workspace."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .content.model import ContentPack, Module, Question, Section
from .paths import default_db_path
from .plan import Plan, build_plan
from .profile import normalise
from .scoring import Readiness, applicable_questions, score
from .storage import Business, Store


def open_store(db_path: str | Path | None = None) -> Store:
    """The database the user named (its folder must exist: a mistyped path creates nothing), or the default one in
    the user's data folder (created on first use)."""
    if db_path:
        return Store(Path(db_path), create_folder=False)
    return Store(default_db_path())


def business_plan(store: Store, pack: ContentPack, business: Business, today: dt.date | None = None) -> Plan:
    return build_plan(
        pack,
        business.profile,
        store.answers(business.id),
        store.action_statuses(business.id),
        today=today,
    )


def business_readiness(store: Store, pack: ContentPack, business: Business) -> Readiness:
    done = {a for a, status in store.action_statuses(business.id).items() if status.status == "done"}
    return score(pack, business.profile, store.answers(business.id), done)


def express_questions(pack: ContentPack, profile: Mapping[str, Any]) -> list[Question]:
    """The few questions that decide this business's first steps (``express: true``), in content order: with the
    profile, they give a first plan in a few minutes; the others can wait."""
    return [q for q in applicable_questions(pack, profile) if q.express]


def asked_questions(pack: ContentPack, profile: Mapping[str, Any], answers: Mapping[str, Any]) -> list[Question]:
    """The questions asked of this business given its answers so far (an earlier answer may rule one out)."""
    return applicable_questions(pack, profile, answers=answers)


def sections_to_ask(pack: ContentPack, profile: Mapping[str, Any]) -> list[tuple[Module, Section, list[Question]]]:
    """The wizard's question steps for this business: each section with the questions that apply to it, in content
    order. Sections (and so modules) where no question applies are left out."""
    steps = []
    for module in pack.modules:
        asked = applicable_questions(pack, profile, module)
        for section in module.sections:
            questions = [q for q in asked if q.section_id == section.id]
            if questions:
                steps.append((module, section, questions))
    return steps


def demo_profile(pack: ContentPack) -> dict[str, Any]:
    return normalise(pack, pack.demo.get("profile", {}))


def demo_answers(pack: ContentPack) -> Mapping[str, Any]:
    return dict(pack.demo.get("answers") or {})


def demo_plan(pack: ContentPack, today: dt.date | None = None) -> Plan:
    """The sample business's plan, without saving anything."""
    return build_plan(pack, demo_profile(pack), demo_answers(pack), today=today)


def add_demo_business(store: Store, pack: ContentPack) -> int:
    """Save the built-in sample business with its answers (one transaction); returns its id."""
    from .workspace import Workspace  # the write path sits above these reads (it imports this module)

    return Workspace(store, pack).add_demo().business_id
