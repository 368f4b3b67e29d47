"""The business profile: a mapping of profile-field id to value, with the fields defined by the content pack."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .content.identifiers import VALIDATORS
from .content.model import ContentPack
from .content.values import (  # noqa: F401 (re-exported)
    MAX_FIELD,
    display_value,
    field_problem,
    field_problems,
    field_warning,
    field_warnings,
    profile_problems,
)


def normalise(pack: ContentPack, profile: Mapping[str, Any]) -> dict[str, Any]:
    """Profile values in canonical form: trimmed text; an identifier the way its rule stores it (ICE, IF and RIB as
    Western digits without spaces, a phone number in E.164, an e-mail with its domain in lower case; see
    content.identifiers); multi as a sorted list. Never raises: the form compares what is being typed."""
    result: dict[str, Any] = {}
    for field in pack.profile_fields:
        value = profile.get(field.id)
        if isinstance(value, str):
            value = value.strip()
            if field.validator in VALIDATORS and value:
                value = VALIDATORS[field.validator].canonical(value)
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
        # Only texts are looked up: a file may hold anything (a list where a text should be), checked later.
        goals = [_OLD_METHOD_TO_GOAL[m] for m in methods if isinstance(m, str) and m in _OLD_METHOD_TO_GOAL]
        instruments = [
            _OLD_METHOD_TO_INSTRUMENT[m] for m in methods if isinstance(m, str) and m in _OLD_METHOD_TO_INSTRUMENT
        ]
        if goals and not result.get("goals"):
            result["goals"] = goals
        if instruments and not result.get("instruments"):
            result["instruments"] = instruments
    collects = result.pop("collects_customer_data", None)
    if collects is True and not result.get("data_held"):
        result["data_held"] = ["customers"]
    sector = result.get("sector")
    if isinstance(sector, str) and sector in _OLD_SECTORS:
        result["sector"] = _OLD_SECTORS[sector]
    return result
