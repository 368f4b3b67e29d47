"""Whether a value can fill a profile field or answer a question: pure rules on the content model.

They live in the content package because the content checker needs them too (the sample business must be valid);
merchant_assistant.profile and merchant_assistant.answers re-export them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import Problem
from .identifiers import VALIDATORS
from .model import YESNO_VALUES, ContentPack, ProfileField, Question

MAX_FIELD = 200  # a profile text field
MAX_TEXT = 2000  # a short-text answer or a note; longer input is refused, not cut


def field_problem(field: ProfileField, value: Any) -> Problem | None:
    """Why ``value`` cannot fill ``field`` (for the form, in any language), or None. A problem stops the profile
    from being saved; see :func:`field_warning` for what only asks to be checked."""
    empty = value in (None, "", [], ())
    if empty:
        return Problem("field_required") if field.required else None
    if field.kind == "text":
        if not isinstance(value, str):
            return Problem("field_not_text")
        if len(value) > MAX_FIELD:
            return Problem("field_too_long", limit=MAX_FIELD)
        if field.validator in VALIDATORS:
            return VALIDATORS[field.validator].problem(value)
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


def field_warning(field: ProfileField, value: Any) -> Problem | None:
    """Something to check in a value that can be saved (a RIB whose key does not match), or None. A warning never
    stops saving: the value is kept and the warning is shown beside it (in the form, on the command line)."""
    rule = VALIDATORS.get(field.validator or "")
    # Only a rule that can warn is asked (checking an ICE imports python-stdnum: not when a form is only shown).
    if rule is None or not rule.can_warn or field.kind != "text" or not isinstance(value, str) or not value:
        return None
    return rule.warning(value) if field_problem(field, value) is None else None


def field_warnings(pack: ContentPack, profile: Mapping[str, Any]) -> list[tuple[str, Problem]]:
    """Every warning in ``profile``: (field id, warning)."""
    warnings = []
    for field in pack.profile_fields:
        warning = field_warning(field, profile.get(field.id))
        if warning:
            warnings.append((field.id, warning))
    return warnings


def display_value(field: ProfileField, value: str, lang: str) -> str:
    """A stored text value as the form and the PDF show it: an identifier grouped the usual way (a RIB in its four
    parts, a Moroccan phone number as 06 12 34 56 78), a known value in ``lang`` (the city)."""
    rule = VALIDATORS.get(field.validator or "")
    if rule is not None:
        return rule.shown(value)
    return field.display_value(value, lang)


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
