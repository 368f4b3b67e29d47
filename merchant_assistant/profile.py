"""The business profile: a mapping of profile-field id to value, with the fields defined by the content pack."""

from __future__ import annotations

from typing import Any, Mapping

from stdnum.exceptions import ValidationError
from stdnum.ma import ice

from .content.model import ContentPack, ProfileField

MAX_FIELD = 200


def field_problem(field: ProfileField, value: Any) -> str | None:
    """Why ``value`` cannot fill ``field`` (a sentence for the form), or None."""
    empty = value in (None, "", [], ())
    if empty:
        return "this field is required" if field.required else None
    if field.kind == "text":
        if not isinstance(value, str):
            return "must be text"
        if len(value) > MAX_FIELD:
            return f"too long (at most {MAX_FIELD} characters)"
        if field.validator == "ice":
            try:
                ice.validate(value)
            except ValidationError:
                return "not a valid ICE: 15 digits, the last two a check number (see your ICE certificate)"
    elif field.kind == "choice":
        if value not in field.choice_ids():
            return f"unknown choice {value!r}"
    elif field.kind == "multi":
        if not isinstance(value, (list, tuple)) or any(v not in field.choice_ids() for v in value):
            return "unknown choice in the list"
    elif field.kind == "bool":
        if not isinstance(value, bool):
            return "must be yes or no"
    return None


def profile_problems(pack: ContentPack, profile: Mapping[str, Any]) -> list[str]:
    """Every problem in ``profile``, as '<field>: <reason>'."""
    problems = []
    for field in pack.profile_fields:
        problem = field_problem(field, profile.get(field.id))
        if problem:
            problems.append(f"{field.id}: {problem}")
    known = {f.id for f in pack.profile_fields}
    problems += [f"{key}: not a profile field" for key in profile if key not in known]
    return problems


def normalise(pack: ContentPack, profile: Mapping[str, Any]) -> dict[str, Any]:
    """Profile values in canonical form (trimmed text, ICE without spaces, multi as a sorted list)."""
    result: dict[str, Any] = {}
    for field in pack.profile_fields:
        value = profile.get(field.id)
        if isinstance(value, str):
            value = value.strip()
            if field.validator == "ice" and value:
                value = ice.compact(value)
        if field.kind == "multi" and value is not None:
            order = field.choice_ids()
            value = sorted(set(value), key=lambda v: order.index(v) if v in order else len(order))
        result[field.id] = value
    return result
