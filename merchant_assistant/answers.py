"""Answers: what a value looks like for each kind of question, and whether it is allowed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .content.model import YESNO_VALUES, Question

MAX_TEXT = 2000  # a short-text answer or a note; longer input is refused, not cut


@dataclass(frozen=True)
class Answer:
    question_id: str
    value: Any  # str for yesno/single/text, list[str] for multi
    note: str = ""
    updated_at: str = ""  # ISO timestamp, UTC


def answer_problem(question: Question, value: Any) -> str | None:
    """A human sentence saying why ``value`` cannot answer ``question``, or None when it can."""
    if question.kind == "yesno":
        if value not in YESNO_VALUES:
            return f"answer must be one of {', '.join(YESNO_VALUES)}"
    elif question.kind == "single":
        if question.option(value) is None if isinstance(value, str) else True:
            return f"answer must be one of {', '.join(o.id for o in question.options)}"
    elif question.kind == "multi":
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
            return "answer must be a list of options"
        unknown = [v for v in value if question.option(v) is None]
        if unknown:
            return f"unknown option {', '.join(unknown)}"
    elif question.kind == "text":
        if not isinstance(value, str):
            return "answer must be text"
        if len(value) > MAX_TEXT:
            return f"answer is too long ({len(value)} characters, at most {MAX_TEXT})"
    return None


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
