"""Whether a value can fill a profile field or answer a question: pure rules on the content model.

They live in the content package because the content checker needs them too (the sample business must be valid);
merchant_assistant.profile and merchant_assistant.answers re-export them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import Problem
from ..i18n import western_digits
from .model import YESNO_VALUES, ContentPack, ProfileField, Question

MAX_FIELD = 200  # a profile text field
MAX_TEXT = 2000  # a short-text answer or a note; longer input is refused, not cut


def field_problem(field: ProfileField, value: Any) -> Problem | None:
    """Why ``value`` cannot fill ``field`` (for the form, in any language), or None."""
    empty = value in (None, "", [], ())
    if empty:
        return Problem("field_required") if field.required else None
    if field.kind == "text":
        if not isinstance(value, str):
            return Problem("field_not_text")
        if len(value) > MAX_FIELD:
            return Problem("field_too_long", limit=MAX_FIELD)
        if field.validator == "ice":
            # imported here: python-stdnum imports pydoc and ssl (about 20 ms), which every start would pay
            from stdnum.exceptions import ValidationError
            from stdnum.ma import ice

            try:
                ice.validate(western_digits(value))
            except ValidationError:
                return Problem("ice_invalid")
    elif field.kind == "choice":
        if value not in field.choice_ids():
            return Problem("choice_unknown", value=value)
    elif field.kind == "multi":
        if not isinstance(value, (list, tuple)) or any(v not in field.choice_ids() for v in value):
            return Problem("choice_list_unknown")
    elif field.kind == "bool" and not isinstance(value, bool):
        return Problem("field_not_bool")
    return None


def field_problems(pack: ContentPack, profile: Mapping[str, Any]) -> list[tuple[str, Problem]]:
    """Every problem in ``profile``: (field id, problem)."""
    problems = []
    for field in pack.profile_fields:
        problem = field_problem(field, profile.get(field.id))
        if problem:
            problems.append((field.id, problem))
    known = {f.id for f in pack.profile_fields}
    problems += [(key, Problem("field_unknown")) for key in profile if key not in known]
    return problems


def profile_problems(pack: ContentPack, profile: Mapping[str, Any]) -> list[str]:
    """Every problem in ``profile``, as '<field>: <reason>' in English (content checks, logs)."""
    return [f"{field_id}: {problem}" for field_id, problem in field_problems(pack, profile)]


def answer_problem(question: Question, value: Any) -> Problem | None:
    """Why ``value`` cannot answer ``question`` (in any language), or None when it can."""
    if question.kind == "yesno":
        if value not in YESNO_VALUES:
            return Problem("answer_not_allowed", allowed=", ".join(YESNO_VALUES))
    elif question.kind == "single":
        if question.option(value) is None if isinstance(value, str) else True:
            return Problem("answer_not_allowed", allowed=", ".join(o.id for o in question.options))
    elif question.kind == "multi":
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
            return Problem("answer_not_list")
        unknown = [v for v in value if question.option(v) is None]
        if unknown:
            return Problem("option_unknown", options=", ".join(unknown))
    elif question.kind == "text":
        if not isinstance(value, str):
            return Problem("answer_not_text")
        if len(value) > MAX_TEXT:
            return Problem("answer_too_long", length=len(value), limit=MAX_TEXT)
    return None
