"""The structure of a content pack: every key an item may have, its type and its allowed range.

The schema is written with msgspec (``msgspec.Struct`` with ``forbid_unknown_fields``, ``Meta`` constraints).
Why msgspec rather than pydantic, jsonschema or a hand-made check:

- it is strict the way a trainer needs: a boolean is never a number, ``"false"`` or ``no`` is never a boolean, a
  number with ``ge``/``le`` refuses NaN and the infinities, a date must be a real calendar date;
- it is small and quick: one compiled module of about 0.7 MB with no dependency (pydantic is about 6 MB across
  pydantic, pydantic-core, typing-extensions and annotated-types; jsonschema pulls in attrs, referencing and
  rpds-py), which matters for the Windows bundle; and it is imported only when a pack is actually checked: the
  checked pack is cached (loader.load_pack), so a normal start imports neither YAML nor msgspec;
- it is actively maintained, typed (mypy reads the schema), and supports Python 3.10 to 3.14.

The loader validates item by item (a pack, a profile field, a section, a question, an option, an action, a
glossary term...) and field by field (:func:`field_problems`), so that every mistake is reported at once with the
item's id, instead of stopping at the first. What the schema cannot say — a rule naming a real profile field, an
action's ``after`` naming a real action, unique ids across files, translations in every declared language — stays
in the hand-written cross-checks of loader.py and rules.py.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
from collections.abc import Mapping
from typing import Annotated, Any, Literal, get_args, get_origin

import msgspec
from msgspec import Meta

from .model import IDENT

# A text in several languages ({fr: ..., ar: ..., en: ...}) or, for a one-language pack, a string. Its languages are
# checked against pack.yaml's by the loader (Reader.text), which counts what is missing per language.
Text = str | dict[str, Any]
Ident = Annotated[str, Meta(pattern=f"^{IDENT.pattern}$")]
Idents = Annotated[list[Ident], Meta(max_length=500)]
Flag = bool
Items = Annotated[list[Any], Meta(max_length=5000)]  # a list of items, each checked by its own Struct below
Rule = dict[str, Any]  # an applies_if rule: checked against the profile fields by rules.rule_problems

MAX_WEIGHT = 100
MAX_DAYS = 730


class _Item(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    pass


class Choice(_Item, kw_only=True):
    id: Ident
    label: Text


class ProfileField(_Item, kw_only=True):
    id: Ident
    kind: Literal["text", "choice", "multi", "bool"] = "text"
    label: Text
    help: Text | None = None
    required: Flag = False
    choices: Items = []
    validator: str | None = None  # a name of identifiers.VALIDATORS: checked by the loader
    known_values: Items = []


class Level(_Item, kw_only=True):
    min_score: Annotated[int, Meta(ge=0, le=100)]
    label: Text


class Pack(_Item, kw_only=True):
    version: Annotated[str, Meta(min_length=1, max_length=40)]
    reviewed: dt.date  # YYYY-MM-DD, a real date
    languages: Annotated[list[Annotated[str, Meta(pattern=r"^[a-z]{2,3}$")]], Meta(min_length=1, max_length=10)]
    modules: Annotated[list[str], Meta(max_length=50)] = []
    glossary: Annotated[list[str], Meta(max_length=50)] = []
    demo: str | None = None
    default_owner: Text
    levels: Annotated[list[Any], Meta(min_length=1, max_length=20)]
    strings: dict[str, Any] = {}
    profile: Items = []


class Option(_Item, kw_only=True):
    id: Ident
    label: Text
    score: Annotated[float, Meta(ge=0, le=1)] = 0.0
    expected: Flag = False
    not_applicable: Flag = False
    implied_by: dict[str, Annotated[list[str], Meta(min_length=1)]] | None = None


class Action(_Item, kw_only=True):
    id: Ident
    when: Any = None  # depends on the question's kind: checked by the loader (Reader.trigger)
    priority: Literal["high", "medium", "low"] = "medium"
    effort: Literal["small", "medium", "large"] = "medium"
    days: Annotated[int, Meta(ge=0, le=MAX_DAYS)] | None = None
    owner: Text | None = None
    uncertain: Flag = False
    to_confirm: Text | None = None
    after: Idents = []
    serves: Idents = []
    applies_if: Rule | None = None
    terms: Idents = []
    title: Text
    why: Text
    how: Text


class Question(_Item, kw_only=True):
    id: Ident
    kind: Literal["yesno", "single", "multi", "text"] = "yesno"
    weight: Annotated[float, Meta(ge=0, le=MAX_WEIGHT)] | None = None
    blocks: Idents | None = None
    blocks_affiliation: Flag | None = None
    express: Flag = False
    known_from: Ident | None = None
    ruled_out_by: dict[str, Annotated[list[str], Meta(min_length=1)]] | None = None
    uncertain: Flag = False
    to_confirm: Text | None = None
    applies_if: Rule | None = None
    text: Text
    why: Text | None = None
    how: Text | None = None
    done: Text | None = None
    terms: Idents = []
    sources: Annotated[list[Annotated[str, Meta(min_length=1)]], Meta(max_length=50)] = []
    options: Items = []
    checklist: Literal["documents", "website"] | None = None
    actions: Items = []


class Section(_Item, kw_only=True):
    id: Ident
    title: Text
    questions: Items


class Module(_Item, kw_only=True):
    id: Ident
    title: Text
    intro: Text
    sections: Items


class Term(_Item, kw_only=True):
    id: Ident
    term: Text
    definition: Text
    source: Text
    uncertain: Flag = False
    to_confirm: Text | None = None


class Glossary(_Item, kw_only=True):
    terms: Annotated[list[Any], Meta(min_length=1, max_length=5000)]


class Demo(_Item, kw_only=True):
    profile: dict[str, Any]
    answers: dict[str, Any] = {}


_TYPE_WORDS = {
    "bool": "true or false",
    "int": "a whole number",
    "float": "a number",
    "str": "a text",
    "array": "a list",
    "object": "a mapping",
    "null": "nothing",
}


def _allowed(annotation: Any) -> list[str]:
    """The values a Literal type allows, wherever it is in ``annotation`` (e.g. inside ``Literal[...] | None``)."""
    if get_origin(annotation) is Literal:
        return [str(a) for a in get_args(annotation)]
    return [a for arg in get_args(annotation) for a in _allowed(arg)]


def _reason(error: msgspec.ValidationError, value: Any, annotation: Any = None) -> str:
    """msgspec's message in the words of the content format (e.g. "must be true or false, not the text 'no'")."""
    message, _, at = str(error).partition(" - at `")
    at = at.rstrip("`").replace("key` in `", "a key in ")
    got = re.search(r", got `(\w+)`", message)
    if not at:
        found = _found(value)
    else:  # a part of the value is wrong: say which part, and what it is
        found = _TYPE_WORDS.get(got.group(1), got.group(1)) if got else "a value"
    if message.startswith("Expected `") and got:
        wanted = message[len("Expected `") :].split("`", 1)[0]
        types = [w.strip() for w in wanted.split("|") if w.strip() != "null"]  # an optional field: left out
        words = " or ".join(_TYPE_WORDS.get(w, w) for w in types)
        reason = f"must be {words}, not {found}"
    elif message.startswith("Expected `"):  # a constraint: Expected `float` >= 0.0
        wanted = message[len("Expected `") :].replace("`", "")
        for name, words in _TYPE_WORDS.items():
            wanted = wanted.replace(f"{name} ", f"{words} ", 1) if wanted.startswith(name) else wanted
        reason = f"out of range: {found} (expected {wanted})"
    elif message.startswith("Invalid enum value"):
        reason = f"{found} is not one of {', '.join(_allowed(annotation)) or 'the allowed values'}"
    elif message.startswith("Invalid RFC3339 encoded date"):
        reason = f"{found} is not a real date written YYYY-MM-DD"
    else:
        reason = f"{message[:1].lower()}{message[1:]} ({found})"
    if at:
        reason += f" (at {at})"
    return reason


def _found(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:39] + "…"
        return f"the text '{shown}'"
    if isinstance(value, float):
        return {"nan": ".nan", "inf": ".inf", "-inf": "-.inf"}.get(repr(value), repr(value))
    if isinstance(value, int):
        return str(value) if abs(value) < 10**12 else "a very large number"
    if isinstance(value, (list, tuple)):
        return f"a list of {len(value)}"
    if isinstance(value, Mapping):
        return "a mapping"
    if value is None:
        return "nothing"
    return type(value).__name__


ITEMS: dict[str, type[_Item]] = {
    spec.__name__: spec
    for spec in (Pack, ProfileField, Choice, Level, Module, Section, Question, Option, Action, Glossary, Term, Demo)
}


@functools.cache
def _fields(spec: type[_Item]) -> dict[str, msgspec.structs.FieldInfo]:
    return {f.name: f for f in msgspec.structs.fields(spec)}


def field_problems(raw: Mapping[Any, Any], item: str) -> list[tuple[str, str]]:
    """Every problem of ``raw`` against the schema of ``item`` (a name of ITEMS): (field, reason). Unknown keys
    (with the likely intended one), missing fields, wrong types and values out of range are reported together."""
    spec = ITEMS[item]
    try:
        msgspec.convert(raw, spec)  # the usual case, a valid item: one quick pass
        return []
    except msgspec.ValidationError:
        pass  # find every problem, field by field
    fields = _fields(spec)
    problems = []
    for key in raw:
        if key not in fields:
            name = str(key)[:40]
            close = difflib.get_close_matches(name, list(fields), n=1, cutoff=0.75)
            hint = f" (did you mean '{close[0]}'?)" if close else f" (known: {', '.join(sorted(fields))})"
            problems.append((name, f"unknown key{hint}"))
    for name, info in fields.items():
        if name not in raw:
            if info.required:
                problems.append((name, "missing"))
            continue
        value = raw[name]
        if info.type is Any:
            continue
        try:
            msgspec.convert(value, info.type)
        except msgspec.ValidationError as error:
            problems.append((name, _reason(error, value, info.type)))
    return problems
