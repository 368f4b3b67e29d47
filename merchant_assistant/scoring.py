"""Readiness scores: per module and overall, 0-100, counting only the questions that apply to the business."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from .answers import Answer, answer_score, is_not_applicable
from .content.model import Action, ContentPack, Level, Module, Question
from .content.rules import applies


@dataclass(frozen=True)
class ModuleScore:
    module: Module
    score: int | None  # None when no scored question applies
    level: Level | None
    answered: int  # applicable questions with an answer
    applicable: int  # questions that apply to this business (asked)


@dataclass(frozen=True)
class Readiness:
    overall: int
    level: Level
    modules: tuple[ModuleScore, ...]

    @property
    def answered(self) -> int:
        return sum(m.answered for m in self.modules)

    @property
    def applicable(self) -> int:
        return sum(m.applicable for m in self.modules)


def applicable_questions(
    pack: ContentPack,
    profile: Mapping[str, Any],
    module: Module | None = None,
    answers: Mapping[str, Answer | Any] | None = None,
) -> list[Question]:
    """The questions asked of this business, in content order: those whose ``applies_if`` holds for its profile
    and, given its ``answers``, that no earlier answer rules out (``ruled_out_by``: no bank account, no question on
    its RIB). The wizard's steps, the scores, the plan and the PDF all count these."""
    questions = [q for q in pack.questions if applies(q.applies_if, profile)]
    if answers is not None:
        values = effective_answers(pack, answers, questions, profile)
        asked: list[Question] = []
        ids: set[str] = set()
        for q in questions:
            if not is_ruled_out(q, values, ids):
                asked.append(q)
                ids.add(q.id)
        questions = asked
    return [q for q in questions if module is None or q.module_id == module.id]


def is_ruled_out(question: Question, values: Mapping[str, Any], asked: Collection[str]) -> bool:
    """Does an answer to an earlier question still ``asked`` rule ``question`` out (``ruled_out_by``)?"""
    for source, ruling in question.ruled_out_by.items():
        value = values.get(source)
        if source in asked and value is not None:
            given = set(value) if isinstance(value, list) else {value}
            if given & set(ruling):
                return True
    return False


def answer_value(answers: Mapping[str, Answer | Any], question_id: str) -> Any:
    """The raw value, whether ``answers`` holds Answer objects (from storage) or plain values (demo, tests)."""
    answer = answers.get(question_id)
    return answer.value if isinstance(answer, Answer) else answer


def implied_options(question: Question, answers: Mapping[str, Answer | Any]) -> set[str]:
    """Options of a multiple-choice question that other answers already tick (``implied_by`` in the content)."""
    implied = set()
    for option in question.options:
        for source_id, wanted in option.implied_by.items():
            value = answer_value(answers, source_id)
            given = set(value) if isinstance(value, list) else {value}
            if given & set(wanted):
                implied.add(option.id)
    return implied


def known_from_profile(question: Question, profile: Mapping[str, Any] | None) -> str:
    """What the profile says that answers ``question`` "yes" (its RC number, its ICE...), or "" when it does not."""
    if question.known_from is None or not profile:
        return ""
    value = profile.get(question.known_from)
    return value.strip() if isinstance(value, str) else ""


def effective_answers(
    pack: ContentPack,
    answers: Mapping[str, Answer | Any],
    questions: list[Question] | None = None,
    profile: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Answer values with what other answers imply (a document ticked once is ticked everywhere) and what the
    profile already says (an RC number given there answers "do you have an RC?"). Otherwise an unanswered question
    stays unanswered: the plan does not answer for the user."""
    values = {}
    for q in questions if questions is not None else pack.questions:
        value = answer_value(answers, q.id)
        if value is None and known_from_profile(q, profile):
            value = "yes"
        if q.kind == "multi" and value is not None:
            extra = implied_options(q, answers) - set(value)
            if extra:
                value = [o.id for o in q.options if o.id in set(value) | extra]
        if value is not None:
            values[q.id] = value
    return values


def is_triggered(action: Action, question: Question, value: Any) -> bool:
    """Is ``action`` due given the answer ``value`` to its question? Unanswered questions trigger nothing."""
    if value is None or is_not_applicable(question, value):
        return False
    trigger = action.trigger
    if question.kind == "multi":
        chosen = set(value)
        return any(o not in chosen for o in trigger.missing) or any(o in chosen for o in trigger.selected)
    return value in trigger.values


def _question_score(question: Question, value: Any, profile: Mapping[str, Any], done: Collection[str]) -> float:
    """The answer's score, or full marks when the user marked done every action that answer called for: the
    owner got the ICE the plan asked for, so the business has one (the plan lists it among what is done too)."""
    got = answer_score(question, value)
    if got < 1 and done:
        called_for = [
            a.id for a in question.actions if applies(a.applies_if, profile) and is_triggered(a, question, value)
        ]
        if called_for and all(a in done for a in called_for):
            return 1.0
    return got


def _weighted(
    questions: list[Question], answers: Mapping[str, Any], profile: Mapping[str, Any], done: Collection[str]
) -> tuple[float, float]:
    got = total = 0.0
    for q in questions:
        value = answer_value(answers, q.id)
        if q.weight <= 0 or (value is not None and is_not_applicable(q, value)):
            continue
        total += q.weight
        got += q.weight * _question_score(q, value, profile, done)
    return got, total


def score(
    pack: ContentPack, profile: Mapping[str, Any], answers: Mapping[str, Any], done: Collection[str] = ()
) -> Readiness:
    """Readiness per module and overall, from the answers; ``done``: the ids of the actions the user marked done."""
    module_scores = []
    answers = effective_answers(pack, answers, profile=profile)
    got_all = total_all = 0.0
    for module in pack.modules:
        questions = applicable_questions(pack, profile, module, answers)
        got, total = _weighted(questions, answers, profile, done)
        got_all, total_all = got_all + got, total_all + total
        value = round(100 * got / total) if total else None
        module_scores.append(
            ModuleScore(
                module=module,
                score=value,
                level=pack.level_for(value) if value is not None else None,
                answered=sum(1 for q in questions if answer_value(answers, q.id) is not None),
                applicable=len(questions),
            )
        )
    overall = round(100 * got_all / total_all) if total_all else 0
    return Readiness(overall=overall, level=pack.level_for(overall), modules=tuple(module_scores))
