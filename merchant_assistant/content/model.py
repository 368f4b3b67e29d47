"""The content pack as immutable Python objects.

Everything a user reads (questions, help, actions, glossary) lives in the pack, never in code, so that
trainers can correct it without a programmer. See docs/content-format.md for the file format.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..i18n import folded

# Text in several languages: {"fr": "...", "ar": "...", "en": "..."}.
Text = Mapping[str, str]

YESNO_VALUES = ("yes", "partly", "no", "dont_know", "na")
YESNO_SCORES = {"yes": 1.0, "partly": 0.5, "no": 0.0, "dont_know": 0.0}
QUESTION_KINDS = ("yesno", "single", "multi", "text")
PRIORITIES = ("high", "medium", "low")
EFFORTS = ("small", "medium", "large")
PROFILE_FIELD_KINDS = ("text", "choice", "multi", "bool")
IDENT = re.compile(r"[A-Za-z0-9_-]{1,80}")  # an id of anything in the pack (schema.Ident says the same)
ANY_GOAL = "*"  # blocks every business: a pack without a "goals" profile field


def tr(text: Text | None, lang: str, fallback: str = "fr") -> str:
    """The string for ``lang``; the reference language's when it is missing (the checker reports the gap)."""
    if not text:
        return ""
    return text.get(lang) or text.get(fallback) or next(iter(text.values()), "")


@dataclass(frozen=True)
class Choice:
    id: str
    label: Text


@dataclass(frozen=True)
class ProfileField:
    id: str
    kind: str  # one of PROFILE_FIELD_KINDS
    label: Text
    help: Text = field(default_factory=dict)
    choices: tuple[Choice, ...] = ()
    required: bool = False
    validator: str | None = None  # a text field's rule: ice, rc, tax_id, rib, phone, email (content.identifiers)
    # A free-text field's usual values in every language (the city: Fès, فاس, Fez): a value typed in one language
    # is printed in the plan's language.
    known_values: tuple[Text, ...] = ()

    def display_value(self, value: str, lang: str) -> str:
        """``value`` in ``lang`` when it is one of the known values in any language (accents and case aside)."""
        wanted = folded(value.strip())
        for known in self.known_values:
            if any(folded(name.strip()) == wanted for name in known.values()):
                return tr(known, lang) or value
        return value

    def choice_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.choices)

    def choice_label(self, choice_id: str, lang: str) -> str:
        for c in self.choices:
            if c.id == choice_id:
                return tr(c.label, lang)
        return choice_id


@dataclass(frozen=True)
class Option:
    """One possible answer of a single- or multiple-choice question."""

    id: str
    label: Text
    score: float = 0.0  # single choice: the question's score when chosen
    expected: bool = False  # multiple choice: counts toward the score when ticked
    not_applicable: bool = False  # choosing it takes the question out of the score
    # multiple choice: counts as ticked when another answer already says so (one source of truth per fact), e.g.
    # the ICE certificate in the documents checklist once "Do you have your ICE certificate?" is answered yes
    implied_by: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # question id -> answers / options


@dataclass(frozen=True)
class Trigger:
    """When an action is due, from the answer to its question.

    ``values``: yes/no answers or single-choice option ids that trigger it.
    ``missing`` / ``selected``: multiple-choice option ids not ticked / ticked.
    """

    values: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    selected: tuple[str, ...] = ()


@dataclass(frozen=True)
class Action:
    id: str
    question_id: str
    title: Text
    why: Text
    how: Text
    priority: str  # one of PRIORITIES
    effort: str  # one of EFFORTS
    days: int  # suggested time from today to due date
    owner: Text
    trigger: Trigger
    terms: tuple[str, ...] = ()
    uncertain: bool = False
    to_confirm: Text = field(default_factory=dict)  # when uncertain: what to confirm, and with whom
    after: tuple[str, ...] = ()  # actions that must come before this one when they are in the same plan
    serves: tuple[str, ...] = ()  # goals this action moves forward (the business's goal comes first among equals)
    applies_if: Mapping[str, Any] = field(default_factory=dict)  # profile rule, as for questions


@dataclass(frozen=True)
class Question:
    id: str
    module_id: str
    section_id: str
    kind: str  # one of QUESTION_KINDS
    text: Text
    why: Text
    how: Text
    weight: float
    blocks: tuple[str, ...]  # goals (profile field "goals") this question must be cleared for
    applies_if: Mapping[str, Any]
    options: tuple[Option, ...]
    actions: tuple[Action, ...]
    terms: tuple[str, ...]
    sources: tuple[str, ...]
    uncertain: bool = False
    to_confirm: Text = field(default_factory=dict)  # when uncertain: what to confirm, and with whom
    checklist: str | None = None  # "documents" or "website": printed as a checklist in the PDF
    done: Text = field(default_factory=dict)  # the fact once done: "You have your ICE certificate"
    express: bool = False  # one of the few questions that decide a business's first steps
    # A yes/no question the profile can answer: a business that gave its RC number in its profile has an RC, and is
    # not asked again (its own answer, if it gives one, still wins). The id of a text profile field.
    known_from: str | None = None
    # Earlier answers that rule the question out (no bank account: no question on its RIB): earlier question id ->
    # its answers (or option ids) that do. A question ruled out is not asked, not scored and triggers no action.
    ruled_out_by: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def blocks_affiliation(self) -> bool:
        """Blocks at least one payment goal (whether it blocks *this* business depends on its goals)."""
        return bool(self.blocks)

    def blocks_goal_of(self, goals: Any) -> bool:
        return ANY_GOAL in self.blocks or bool(set(self.blocks) & set(goals or ()))

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)


@dataclass(frozen=True)
class Section:
    id: str
    title: Text
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Module:
    id: str
    title: Text
    intro: Text
    sections: tuple[Section, ...]

    @property
    def questions(self) -> tuple[Question, ...]:
        return tuple(q for s in self.sections for q in s.questions)

    @property
    def actions(self) -> tuple[Action, ...]:
        return tuple(a for q in self.questions for a in q.actions)


@dataclass(frozen=True)
class GlossaryTerm:
    id: str
    term: Text
    definition: Text
    source: Text  # law and article, or the publishing body
    uncertain: bool = False
    to_confirm: Text = field(default_factory=dict)  # when uncertain: what to confirm, and with whom


@dataclass(frozen=True)
class Level:
    """A readiness level in words, for scores from ``min_score`` up."""

    min_score: int
    label: Text


@dataclass(frozen=True)
class ContentPack:
    version: str
    reviewed: date
    reference_language: str
    languages: tuple[str, ...]
    profile_fields: tuple[ProfileField, ...]
    modules: tuple[Module, ...]
    glossary: Mapping[str, GlossaryTerm]
    levels: tuple[Level, ...]  # sorted by min_score, descending
    strings: Mapping[str, Text]  # shared phrases, e.g. "uncertain" = "to confirm with your bank / a lawyer"
    demo: Mapping[str, Any]  # the built-in sample business: {"profile": {...}, "answers": {...}}
    root: str = ""  # folder the pack was loaded from

    def module(self, module_id: str) -> Module:
        for m in self.modules:
            if m.id == module_id:
                return m
        raise KeyError(module_id)

    @property
    def questions(self) -> tuple[Question, ...]:
        return tuple(q for m in self.modules for q in m.questions)

    def question(self, question_id: str) -> Question:
        for q in self.questions:
            if q.id == question_id:
                return q
        raise KeyError(question_id)

    def profile_field(self, field_id: str) -> ProfileField:
        for f in self.profile_fields:
            if f.id == field_id:
                return f
        raise KeyError(field_id)

    def level_for(self, score: int) -> Level:
        for level in self.levels:
            if score >= level.min_score:
                return level
        return self.levels[-1]

    def string(self, key: str, lang: str) -> str:
        return tr(self.strings.get(key), lang, self.reference_language)
