"""Applicability rules: which questions apply to which business profile.

A rule is a mapping of profile field -> condition; every condition must hold. The key ``any_of`` holds a list
of rules of which at least one must hold. Conditions, by field kind:

- bool field:   ``true`` / ``false``
- choice field: ``{in: [ids]}`` or ``{not_in: [ids]}``
- multi field:  ``{any: [ids]}``, ``{all: [ids]}`` or ``{none: [ids]}``

An empty rule applies to everyone. A profile field left empty never satisfies ``in``/``any``/``all`` or a bool.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .model import ProfileField

CHOICE_OPS = ("in", "not_in")
MULTI_OPS = ("any", "all", "none")


def applies(rule: Mapping[str, Any], profile: Mapping[str, Any]) -> bool:
    for key, condition in rule.items():
        if key == "any_of":
            if not any(applies(sub, profile) for sub in condition):
                return False
            continue
        value = profile.get(key)
        if isinstance(condition, bool):
            if bool(value) != condition or value is None:
                return False
            continue
        ((op, ids),) = condition.items()
        ids = set(ids)
        if op == "in" and value not in ids:
            return False
        if op == "not_in" and value in ids:
            return False
        chosen = set(value or ())
        if op == "any" and not chosen & ids:
            return False
        if op == "all" and not ids <= chosen:
            return False
        if op == "none" and chosen & ids:
            return False
    return True


def rule_problems(rule: Any, fields: Iterable[ProfileField], where: str) -> list[str]:
    """Every problem in ``rule``, each naming ``where`` (file and item) and the faulty field."""
    by_id = {f.id: f for f in fields}
    if not isinstance(rule, Mapping):
        return [f"{where}, field 'applies_if': must be a mapping of profile field to condition"]
    problems: list[str] = []
    for key, condition in rule.items():
        if key == "any_of":
            if not isinstance(condition, list) or not condition:
                problems.append(f"{where}, field 'applies_if.any_of': must be a non-empty list of rules")
                continue
            for sub in condition:
                problems += rule_problems(sub, fields, where)
            continue
        field_def = by_id.get(key)
        if field_def is None:
            problems.append(
                f"{where}, field 'applies_if.{key}': no such profile field (known: {', '.join(sorted(by_id))})"
            )
            continue
        if field_def.kind == "bool":
            if not isinstance(condition, bool):
                problems.append(f"{where}, field 'applies_if.{key}': must be true or false")
            continue
        ops = CHOICE_OPS if field_def.kind == "choice" else MULTI_OPS if field_def.kind == "multi" else ()
        if not ops:
            problems.append(f"{where}, field 'applies_if.{key}': text fields cannot be used in rules")
            continue
        if not (isinstance(condition, Mapping) and len(condition) == 1 and next(iter(condition)) in ops):
            problems.append(f"{where}, field 'applies_if.{key}': must be one of {{{' | '.join(ops)}: [choices]}}")
            continue
        ((op, ids),) = condition.items()
        if not isinstance(ids, list) or not ids:
            problems.append(f"{where}, field 'applies_if.{key}.{op}': must be a non-empty list")
            continue
        unknown = [i for i in ids if i not in field_def.choice_ids()]
        if unknown:
            problems.append(
                f"{where}, field 'applies_if.{key}.{op}': unknown choice {', '.join(map(str, unknown))} "
                f"(known: {', '.join(field_def.choice_ids())})"
            )
    return problems
