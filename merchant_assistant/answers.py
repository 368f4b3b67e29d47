"""Answers: what a value looks like for each kind of question, and whether it is allowed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .content.model import Question
from .content.values import MAX_TEXT, answer_problem  # noqa: F401 (re-exported)


@dataclass(frozen=True)
class Answer:
    question_id: str
    value: Any  # str for yesno/single/text, list[str] for multi
    note: str = ""
    updated_at: str = ""  # ISO timestamp, UTC


def is_not_applicable(question: Question, value: Any) -> bool:
    """The user said the question does not concern them: it leaves the score."""
    if question.kind == "yesno":
        return value == "na"
    if question.kind == "single":
        option = question.option(value) if isinstance(value, str) else None
        return bool(option and option.not_applicable)
    return False


def answer_score(question: Question, value: Any) -> float:
    """0..1 for a given answer (unanswered scores 0; the caller leaves out not-applicable answers)."""
    from .content.model import YESNO_SCORES

    if value is None:
        return 0.0
    if question.kind == "yesno":
        return YESNO_SCORES.get(value, 0.0)
    if question.kind == "single":
        option = question.option(value)
        return option.score if option else 0.0
    if question.kind == "multi":
        expected = [o.id for o in question.options if o.expected]
        chosen = set(value or ())
        return sum(1 for o in expected if o in chosen) / len(expected) if expected else 0.0
    return 0.0
