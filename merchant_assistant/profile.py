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


# Profiles saved before content 2026.12 said "payment methods you want" in one list that mixed wishes and habits,
# and had one yes/no for customer data. Split them the way the new profile asks (storage migration 3).
_OLD_METHOD_TO_GOAL = {"card_terminal": "card_terminal", "online_card": "online_card", "mobile_payment": "mobile_qr"}
_OLD_METHOD_TO_INSTRUMENT = {"cash_on_delivery": "cash_on_delivery", "transfer": "transfer"}
_OLD_SECTORS = {"tourism": "accommodation"}


def upgrade_profile(profile: Mapping[str, Any], current_fields: Any = ()) -> dict[str, Any]:
    """A profile saved by an earlier release, in today's fields; a current profile comes back unchanged.
    ``current_fields``: field ids the pack in use still has (a trainer's own pack), left as they are."""
    result = dict(profile)
    if "payment_methods" in current_fields or "collects_customer_data" in current_fields:
        return result
    methods = result.pop("payment_methods", None)
    if isinstance(methods, list):
        goals = [_OLD_METHOD_TO_GOAL[m] for m in methods if m in _OLD_METHOD_TO_GOAL]
        instruments = [_OLD_METHOD_TO_INSTRUMENT[m] for m in methods if m in _OLD_METHOD_TO_INSTRUMENT]
        if goals and not result.get("goals"):
            result["goals"] = goals
        if instruments and not result.get("instruments"):
            result["instruments"] = instruments
    collects = result.pop("collects_customer_data", None)
    if collects is True and not result.get("data_held"):
        result["data_held"] = ["customers"]
    if result.get("sector") in _OLD_SECTORS:
        result["sector"] = _OLD_SECTORS[result["sector"]]
    return result
