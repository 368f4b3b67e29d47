"""Load and validate a content pack (YAML files under one folder).

Validation collects *every* problem, each naming the file, the item and the field, so that a trainer who edits
the pack can fix them all in one pass. The format is documented in docs/content-format.md.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import os
import pickle
import re
import sys
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ContentError
from ..paths import cache_dir, resources_dir
from . import model as m
from .identifiers import VALIDATORS
from .rules import rule_problems
from .source import MAX_PACK_BYTES
from .values import answer_problem, profile_problems

if TYPE_CHECKING:
    import yaml


@functools.cache
def yaml_loader() -> type[yaml.SafeLoader]:
    """Safe YAML where only true/false are booleans (YAML 1.2): in YAML 1.1 the answer ``no`` would become False.

    Made on first use: a start whose checked pack is in the cache reads no YAML and does not import it."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is several times faster

    class YamlLoader(base):  # type: ignore[misc, valid-type]
        pass

    YamlLoader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
        for first, resolvers in base.yaml_implicit_resolvers.items()
    }
    YamlLoader.add_implicit_resolver(
        "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
    )
    return YamlLoader


BUNDLED_PACK = resources_dir() / "content"
GOALS_FIELD = "goals"  # the profile field saying what the business wants to accept
NO_NEW_GOAL = "nothing_new"  # its choice for "nothing new": no payment goal
MAX_EXPRESS = 13  # the express path stays about five minutes (a business sees only its own status and goals' ones)
MAX_TEXT_LENGTH = 4000  # one text in one language; the longest bundled one has under 1,000 characters


@dataclass
class CheckReport:
    """What ``content check`` prints: counts, gaps per language and every error."""

    version: str = ""
    reviewed: str = ""
    modules: list[dict[str, Any]] = field(default_factory=list)
    glossary_terms: int = 0
    terms_without_reference: int = 0
    languages: dict[str, dict[str, int]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "reviewed": self.reviewed,
            "modules": self.modules,
            "glossary_terms": self.glossary_terms,
            "terms_without_reference": self.terms_without_reference,
            "languages": self.languages,
            "errors": self.errors,
        }


class _Reader:
    """Turns raw YAML into model objects, recording problems instead of stopping at the first."""

    def __init__(self, root: Path):
        self.root = root
        self.problems: list[str] = []
        self.languages: tuple[str, ...] = ("fr",)
        self.missing: Counter[str] = Counter()
        self.by_schema: set[tuple[str, str]] = set()  # (item, field) the schema found wrong: said once, not twice
        self.room = MAX_PACK_BYTES  # bytes the pack's files may still take
        self.nameless = 0  # items without a valid id so far
        self.languages_declared = True  # False when pack.yaml's languages are unusable: other languages not refused

    # -- helpers ------------------------------------------------------------------------------------------
    def check(self, raw: Mapping[str, Any], item: str, where: str) -> None:
        """Check ``raw`` against the schema of ``item`` (a name of schema.ITEMS); the hand-written checks then stay
        silent on the fields found wrong. The schema (and msgspec) is imported only here, when YAML is read."""
        from .schema import field_problems

        for field_name, message in field_problems(raw, item):
            if field_name == "id":
                continue  # said by Reader.ident, which names the item by its place when its id is wrong
            self.problems.append(f"{where}, field '{field_name}': {message}")
            self.by_schema.add((where, field_name))

    def unique(self, ids: list[str], where: str, field_name: str, what: str) -> None:
        """Report the ids given more than once in one list (sections of a module, options of a question...)."""
        dupes = [i for i, n in Counter(ids).items() if n > 1 and not i.startswith("?")]
        if dupes:
            self.problem(where, field_name, f"{what} {', '.join(dupes)} given more than once")

    def problem(self, where: str, field_name: str, message: str) -> None:
        if (where, field_name.split(".", 1)[0]) in self.by_schema:
            return
        self.problems.append(f"{where}, field '{field_name}': {message}")

    def read_yaml(self, relative: str) -> Any:
        from .source import SourceProblem, read_document

        path = self.root / relative
        try:
            document = read_document(path, self.room)
            self.room -= path.stat().st_size
            if document is None:  # an empty file (or only comments) would otherwise pass as "nothing to check"
                self.problems.append(f"{relative}: the file is empty")
            return document
        except SourceProblem as problem:
            self.problems.append(f"{relative}: {problem}")
        except FileNotFoundError:
            self.problems.append(f"{relative}: file not found in {self.root}")
        except IsADirectoryError:
            self.problems.append(f"{relative}: is a folder, not a file")
        except OSError as error:
            self.problems.append(f"{relative}: cannot be read ({error.strerror or error})")
        return None

    def text(self, raw: Mapping[str, Any], key: str, where: str, required: bool = True) -> m.Text:
        value = raw.get(key)
        if value is None:
            if required:
                self.problem(where, key, f"missing (text in {', '.join(self.languages)})")
                self.missing.update(self.languages)
            return {}
        if isinstance(value, str):
            value = {self.languages[0]: value}
        if not isinstance(value, Mapping):
            self.problem(where, key, "must be a mapping of language to text, e.g. {fr: ..., ar: ..., en: ...}")
            return {}
        result = {}
        for lang in self.languages:
            s = value.get(lang)
            if not isinstance(s, str) or not s.strip():
                self.problem(where, f"{key}.{lang}", "missing text")
                self.missing[lang] += 1
            elif len(s) > MAX_TEXT_LENGTH:
                self.problem(where, f"{key}.{lang}", f"longer than {MAX_TEXT_LENGTH} characters ({len(s)})")
            else:
                result[lang] = s.strip()
        for lang in value:
            if lang not in self.languages and self.languages_declared:
                self.problem(
                    where, f"{key}.{lang}", f"language not declared in pack.yaml ({', '.join(self.languages)})"
                )
        return result

    # The values below were checked against the schema (Reader.check) before they are read: a wrong one is already
    # reported, and reading it gives the default so that checking can go on.
    def ident(self, raw: Mapping[str, Any], where: str) -> str:
        """The item's id, or a placeholder (reported here: the item has no name to be reported under)."""
        value = raw.get("id")
        if not isinstance(value, str) or not m.IDENT.fullmatch(value):
            self.problem(where, "id", "must be a short identifier (at most 80 letters, digits, '_' or '-')")
            self.nameless += 1
            return f"?{self.nameless}"  # unique, so that it is never a duplicate; what follows names it so
        return value

    def choice(self, raw: Mapping[str, Any], key: str, allowed: tuple[str, ...], default: str) -> str:
        value = raw.get(key, default)
        return value if value in allowed else default

    def ids(self, raw: Mapping[str, Any], key: str) -> tuple[str, ...]:
        value = raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return ()
        return tuple(value)

    def flag(self, raw: Mapping[str, Any], key: str) -> bool:
        value = raw.get(key, False)
        return value if isinstance(value, bool) else False

    def rule(self, raw: Mapping[str, Any], where: str) -> Mapping[str, Any]:
        """An ``applies_if`` rule, checked against the profile fields once they are all known."""
        rule = raw.get("applies_if", {}) or {}
        self.applicability.append((rule, where))
        return rule if isinstance(rule, Mapping) else {}

    def goal_list(self, raw: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
        """Ids of the profile field ``goals`` (what the business wants to accept)."""
        goals = self.ids(raw, key)
        unknown = [g for g in goals if g not in self.goal_ids]
        if unknown:
            known = ", ".join(self.goal_ids) or "none: pack.yaml has no profile field 'goals'"
            self.problem(where, key, f"unknown goal {', '.join(unknown)} (known: {known})")
        return tuple(g for g in goals if g in self.goal_ids)

    def blocks(self, raw: Mapping[str, Any], where: str) -> tuple[str, ...]:
        """The goals a question must be cleared for. ``blocks_affiliation: true`` is the older spelling of "every
        payment goal" (and, in a pack without a goals field, of "always")."""
        if "blocks" in raw:
            if "blocks_affiliation" in raw:
                self.problem(where, "blocks_affiliation", "give either 'blocks' or 'blocks_affiliation', not both")
            return self.goal_list(raw, "blocks", where)
        if self.flag(raw, "blocks_affiliation"):
            return tuple(g for g in self.goal_ids if g != NO_NEW_GOAL) or (m.ANY_GOAL,)
        return ()

    @staticmethod
    def answers_by_question(raw: Mapping[str, Any], key: str) -> dict[str, tuple[str, ...]]:
        """``key``'s mapping of question id -> answers ({} when absent or not of that shape: the schema says why)."""
        value = raw.get(key)
        if not isinstance(value, Mapping) or not all(
            isinstance(k, str) and isinstance(v, list) and v and all(isinstance(x, str) for x in v)
            for k, v in value.items()
        ):
            return {}
        return {k: tuple(v) for k, v in value.items()}

    def implied_by(self, raw: Mapping[str, Any], where: str) -> Mapping[str, tuple[str, ...]]:
        implied = self.answers_by_question(raw, "implied_by")
        if implied:
            self.implications.append((implied, where))
        return implied

    def ruled_out_by(self, raw: Mapping[str, Any], qid: str, where: str) -> Mapping[str, tuple[str, ...]]:
        """Earlier answers that rule a question out; checked like ``implied_by`` once every question is known."""
        ruled = self.answers_by_question(raw, "ruled_out_by")
        if ruled:
            self.rulings.append((qid, ruled, where))
        return ruled

    def as_list(self, raw: Any, where: str, field_name: str) -> list[Any]:
        if raw is None:
            return []
        return raw if isinstance(raw, list) else []

    def files(self, raw: Mapping[str, Any], key: str) -> list[str]:
        """A list of file names relative to the pack folder (modules, glossary)."""
        names = self.as_list(raw.get(key), "pack.yaml, pack", key)
        return [n for n in names if isinstance(n, str) and n.strip() and self.inside(n, key)]

    def inside(self, name: str, key: str) -> bool:
        """Whether the file ``name`` is in the pack folder: a pack names its own files, never /dev/zero or ../x."""
        try:
            path = (self.root / name).resolve()
            inside = path.is_relative_to(self.root.resolve())
            exists = path.is_file()
        except (OSError, ValueError, RuntimeError):
            inside = exists = False
        if not inside:
            self.problem("pack.yaml, pack", key, f"'{name[:80]}' is not a file inside the pack folder")
        elif not exists:
            self.problem("pack.yaml, pack", key, f"no file '{name[:80]}' in {self.root}")
        return inside and exists

    def mapping(self, raw: Any, where: str) -> Mapping[str, Any] | None:
        if not isinstance(raw, Mapping):
            self.problems.append(f"{where}: must be a mapping of fields (found {type(raw).__name__})")
            return None
        return raw

    # -- items --------------------------------------------------------------------------------------------
    def profile_field(self, raw: Any, where: str) -> m.ProfileField | None:
        raw = self.mapping(raw, where)
        if raw is None:
            return None
        fid = self.ident(raw, where)
        where = f"{where.rsplit(',', 1)[0]}, profile field '{fid}'"
        self.check(raw, "ProfileField", where)
        kind = self.choice(raw, "kind", m.PROFILE_FIELD_KINDS, "text")
        choices = []
        for i, c in enumerate(self.as_list(raw.get("choices"), where, "choices")):
            c = self.mapping(c, f"{where}, choice {i + 1}")
            if c is not None:
                cid = self.ident(c, f"{where}, choice {i + 1}")
                self.check(c, "Choice", f"{where}, choice '{cid}'")
                choices.append(m.Choice(cid, self.text(c, "label", f"{where}, choice '{cid}'")))
        self.unique([c.id for c in choices], where, "choices", "choice")
        if kind in ("choice", "multi") and not choices:
            self.problem(where, "choices", "a choice field needs at least one choice")
        validator = raw.get("validator")
        if validator is not None:
            if not isinstance(validator, str) or validator not in VALIDATORS:
                names = ", ".join(sorted(VALIDATORS))
                self.problem(where, "validator", f"unknown validator {validator!r} (known: {names})")
                validator = None
            elif kind != "text":
                self.problem(where, "validator", "only a text field has a validator")
        known_values = []
        for i, raw_known in enumerate(self.as_list(raw.get("known_values"), where, "known_values")):
            known = self.text({"value": raw_known}, "value", f"{where}, known value {i + 1}")
            if known:
                known_values.append(known)
        if known_values and kind != "text":
            self.problem(where, "known_values", "only a text field has known values")
        return m.ProfileField(
            id=fid,
            kind=kind,
            label=self.text(raw, "label", where),
            help=self.text(raw, "help", where, required=False),
            choices=tuple(choices),
            required=self.flag(raw, "required"),
            validator=validator,
            known_values=tuple(known_values),
        )

    def trigger(self, raw: Any, question_kind: str, options: tuple[m.Option, ...], where: str) -> m.Trigger:
        option_ids = {o.id for o in options}
        if question_kind == "multi":
            lists = {k: raw.get(k) or [] for k in ("missing", "selected")} if isinstance(raw, Mapping) else {}
            if (
                not lists
                or not set(raw) <= {"missing", "selected"}
                or not all(isinstance(v, list) and all(isinstance(i, str) for i in v) for v in lists.values())
                or not any(lists.values())
            ):
                self.problem(
                    where, "when", "for a multiple-choice question: {missing: [options]} or {selected: [options]}"
                )
                return m.Trigger()
            missing, selected = tuple(lists["missing"]), tuple(lists["selected"])
            for oid in missing + selected:
                if oid not in option_ids:
                    self.problem(where, "when", f"unknown option '{oid}'")
            return m.Trigger(missing=missing, selected=selected)
        if question_kind == "text":
            self.problem(where, "when", "a short-text question cannot trigger actions")
            return m.Trigger()
        allowed = set(m.YESNO_VALUES) if question_kind == "yesno" else option_ids
        values = raw if isinstance(raw, list) else [raw]
        if not values or not all(isinstance(v, str) for v in values):
            self.problem(where, "when", f"must be a list of answers among {', '.join(sorted(allowed))}")
            return m.Trigger()
        for v in values:
            if v not in allowed:
                self.problem(where, "when", f"unknown answer '{v}' (known: {', '.join(sorted(allowed))})")
        return m.Trigger(values=tuple(values))

    def action(self, raw: Any, question: Mapping[str, Any], qid: str, kind: str, options, file: str) -> m.Action | None:
        raw = self.mapping(raw, f"{file}, question '{qid}', an action")
        if raw is None:
            return None
        aid = self.ident(raw, f"{file}, question '{qid}', an action")
        where = f"{file}, action '{aid}'"
        self.check(raw, "Action", where)
        priority = self.choice(raw, "priority", m.PRIORITIES, "medium")
        days = raw.get("days", {"high": 7, "medium": 30, "low": 90}[priority])
        if not isinstance(days, int) or isinstance(days, bool) or not 0 <= days <= 730:
            days = 30
        owner = self.text(raw, "owner", where, required=False) or self.default_owner
        return m.Action(
            id=aid,
            question_id=qid,
            title=self.text(raw, "title", where),
            why=self.text(raw, "why", where),
            how=self.text(raw, "how", where),
            priority=priority,
            effort=self.choice(raw, "effort", m.EFFORTS, "medium"),
            days=days,
            owner=owner,
            trigger=self.trigger(raw.get("when"), kind, options, where),
            terms=self.ids(raw, "terms"),
            uncertain=self.flag(raw, "uncertain"),
            to_confirm=self.text(raw, "to_confirm", where, required=False),
            after=self.ids(raw, "after"),
            serves=self.goal_list(raw, "serves", where),
            applies_if=self.rule(raw, where),
        )

    def question(self, raw: Any, module_id: str, section_id: str, file: str) -> m.Question | None:
        raw = self.mapping(raw, f"{file}, section '{section_id}', a question")
        if raw is None:
            return None
        qid = self.ident(raw, f"{file}, section '{section_id}', a question")
        where = f"{file}, question '{qid}'"
        self.check(raw, "Question", where)
        kind = self.choice(raw, "kind", m.QUESTION_KINDS, "yesno")
        weight = raw.get("weight", 0 if kind == "text" else 1)
        if not isinstance(weight, (int, float)) or isinstance(weight, bool) or not 0 <= weight <= 100:
            weight = 1
        if kind == "text" and weight:
            self.problem(where, "weight", "short-text answers are not scored: weight must be 0")
        option_list: list[m.Option] = []
        for i, o in enumerate(self.as_list(raw.get("options"), where, "options")):
            o = self.mapping(o, f"{where}, option {i + 1}")
            if o is None:
                continue
            oid = self.ident(o, f"{where}, option {i + 1}")
            owhere = f"{where}, option '{oid}'"
            self.check(o, "Option", owhere)
            score = o.get("score", 0.0)
            if not isinstance(score, (int, float)) or isinstance(score, bool) or not 0 <= score <= 1:
                score = 0.0
            if isinstance(o.get("implied_by"), Mapping) and qid in o["implied_by"]:
                self.problem(owhere, "implied_by", "an option cannot be implied by an answer to its own question")
            option_list.append(
                m.Option(
                    id=oid,
                    label=self.text(o, "label", f"{where}, option '{oid}'"),
                    score=float(score),
                    expected=self.flag(o, "expected"),
                    not_applicable=self.flag(o, "not_applicable"),
                    implied_by=self.implied_by(o, f"{where}, option '{oid}'"),
                )
            )
        options = tuple(option_list)
        if kind in ("single", "multi") and len(options) < 2:
            self.problem(where, "options", "a choice question needs at least two options")
        if kind in ("yesno", "text") and options:
            self.problem(where, "options", f"a '{kind}' question takes no options")
        if kind == "multi" and options and not any(o.expected for o in options):
            self.problem(
                where, "options", "a multiple-choice question needs at least one option marked 'expected: true'"
            )
        self.unique([o.id for o in options], where, "options", "option")
        checklist = raw.get("checklist")
        if checklist not in (None, "documents", "website"):
            checklist = None
        elif checklist and kind != "multi":
            self.problem(where, "checklist", "only a multiple-choice question can be a checklist")
        actions = tuple(
            a
            for a in (
                self.action(a, raw, qid, kind, options, file)
                for a in self.as_list(raw.get("actions"), where, "actions")
            )
            if a is not None
        )
        self.rule(raw, where)
        sources = raw.get("sources", [])
        if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
            sources = []
        return m.Question(
            id=qid,
            module_id=module_id,
            section_id=section_id,
            kind=kind,
            text=self.text(raw, "text", where),
            why=self.text(raw, "why", where, required=kind != "text"),
            how=self.text(raw, "how", where, required=kind != "text"),
            weight=float(weight),
            blocks=self.blocks(raw, where),
            applies_if=raw.get("applies_if", {}) or {},
            options=options,
            actions=actions,
            terms=self.ids(raw, "terms"),
            sources=tuple(sources),
            uncertain=self.flag(raw, "uncertain"),
            to_confirm=self.text(raw, "to_confirm", where, required=False),
            checklist=checklist,
            done=self.text(raw, "done", where, required=bool(weight)),
            express=self.flag(raw, "express"),
            known_from=raw.get("known_from") if isinstance(raw.get("known_from"), str) else None,
            ruled_out_by=self.ruled_out_by(raw, qid, where),
        )

    def module(self, relative: str) -> m.Module | None:
        raw = self.read_yaml(relative)
        if raw is None:
            return None
        raw = self.mapping(raw, relative)
        if raw is None:
            return None
        mid = self.ident(raw, relative)
        where = f"{relative}, module '{mid}'"
        self.check(raw, "Module", where)
        sections = []
        for i, s in enumerate(self.as_list(raw.get("sections"), where, "sections")):
            s = self.mapping(s, f"{where}, section {i + 1}")
            if s is None:
                continue
            sid = self.ident(s, f"{where}, section {i + 1}")
            swhere = f"{relative}, section '{sid}'"
            self.check(s, "Section", swhere)
            questions = tuple(
                q
                for q in (
                    self.question(q, mid, sid, relative) for q in self.as_list(s.get("questions"), swhere, "questions")
                )
                if q is not None
            )
            if not questions:
                self.problem(swhere, "questions", "a section needs at least one question")
            sections.append(m.Section(sid, self.text(s, "title", swhere), questions))
        if not sections:
            self.problem(where, "sections", "a module needs at least one section")
        self.section_ids += [s.id for s in sections]
        return m.Module(mid, self.text(raw, "title", where), self.text(raw, "intro", where), tuple(sections))

    def glossary(self, relative: str) -> list[m.GlossaryTerm]:
        raw = self.read_yaml(relative)
        if raw is None:
            return []
        raw = self.mapping(raw, relative)
        if raw is None:
            return []
        self.check(raw, "Glossary", relative)
        terms = []
        for i, t in enumerate(self.as_list(raw.get("terms"), relative, "terms")):
            t = self.mapping(t, f"{relative}, term {i + 1}")
            if t is None:
                continue
            tid = self.ident(t, f"{relative}, term {i + 1}")
            where = f"{relative}, term '{tid}'"
            self.check(t, "Term", where)
            terms.append(
                m.GlossaryTerm(
                    id=tid,
                    term=self.text(t, "term", where),
                    definition=self.text(t, "definition", where),
                    source=self.text(t, "source", where),
                    uncertain=self.flag(t, "uncertain"),
                    to_confirm=self.text(t, "to_confirm", where, required=False),
                )
            )
        return terms

    # -- the whole pack -----------------------------------------------------------------------------------
    def pack(self) -> m.ContentPack | None:
        self.applicability: list[tuple[Any, str]] = []
        self.implications: list[tuple[Mapping[str, tuple[str, ...]], str]] = []
        self.rulings: list[tuple[str, Mapping[str, tuple[str, ...]], str]] = []
        self.goal_ids: tuple[str, ...] = ()
        self.section_ids: list[str] = []
        raw = self.read_yaml("pack.yaml")
        if raw is None:
            return None
        raw = self.mapping(raw, "pack.yaml")
        if raw is None:
            return None
        where = "pack.yaml, pack"
        self.check(raw, "Pack", where)
        languages = raw.get("languages")
        if not isinstance(languages, list) or not languages or not all(isinstance(x, str) for x in languages):
            languages = ["fr"]
            self.languages_declared = False
        self.languages = tuple(languages)
        version = raw.get("version")
        if not isinstance(version, str) or not version.strip():
            version = "?"
        reviewed = raw.get("reviewed")
        if isinstance(reviewed, str):
            with contextlib.suppress(ValueError):
                reviewed = dt.date.fromisoformat(reviewed)
        if not isinstance(reviewed, dt.date):
            reviewed = dt.date(1970, 1, 1)
        self.default_owner = self.text(raw, "default_owner", where)
        fields = [
            f
            for f in (
                self.profile_field(f, f"pack.yaml, profile field {i + 1}")
                for i, f in enumerate(self.as_list(raw.get("profile"), where, "profile"))
            )
            if f is not None
        ]
        self.goal_ids = next((f.choice_ids() for f in fields if f.id == GOALS_FIELD and f.kind == "multi"), ())
        levels = []
        for i, lv in enumerate(self.as_list(raw.get("levels"), where, "levels")):
            lv = self.mapping(lv, f"pack.yaml, level {i + 1}")
            if lv is None:
                continue
            lwhere = f"pack.yaml, level {i + 1}"
            self.check(lv, "Level", lwhere)
            score = lv.get("min_score")
            if not isinstance(score, int) or isinstance(score, bool) or not 0 <= score <= 100:
                score = 0
            levels.append(m.Level(score, self.text(lv, "label", lwhere)))
        levels.sort(key=lambda lv: lv.min_score, reverse=True)
        same = sorted({lv.min_score for lv in levels if [x.min_score for x in levels].count(lv.min_score) > 1})
        if same:
            self.problem(where, "levels", f"two levels start at the same min_score {', '.join(map(str, same))}")
        if not levels or levels[-1].min_score != 0:
            self.problem(where, "levels", "needs a level with min_score 0")
        strings = {}
        raw_strings = raw.get("strings") or {}
        if not isinstance(raw_strings, Mapping):
            raw_strings = {}
        for key in raw_strings:
            strings[key] = self.text(raw_strings, key, "pack.yaml, strings")
        for key in ("uncertain",):
            if key not in strings:
                self.problem("pack.yaml, strings", key, "missing")
        modules = [x for x in (self.module(rel) for rel in self.files(raw, "modules")) if x is not None]
        terms = [t for rel in self.files(raw, "glossary") for t in self.glossary(rel)]
        demo: Any = {}
        demo_file = raw.get("demo")
        if demo_file is not None and not isinstance(demo_file, str):
            demo_file = None
        if demo_file and not self.inside(demo_file, "demo"):
            demo_file = None
        if demo_file:
            demo = self.read_yaml(demo_file) or {}
            if isinstance(demo, Mapping):
                self.check(demo, "Demo", demo_file)
        pack = m.ContentPack(
            version=version.strip(),
            reviewed=reviewed,
            reference_language=self.languages[0],
            languages=self.languages,
            profile_fields=tuple(fields),
            modules=tuple(modules),
            glossary={t.id: t for t in terms},
            levels=tuple(levels),
            strings=strings,
            demo=demo,
            root=str(self.root),
        )
        self.cross_check(pack, terms, demo_file)
        return pack

    def cross_check(self, pack: m.ContentPack, terms: list[m.GlossaryTerm], demo_file: str | None) -> None:
        for rule, where in self.applicability:
            if (where, "applies_if") not in self.by_schema:
                self.problems += rule_problems(rule, pack.profile_fields, where)
        seen: Counter[str] = Counter()
        seen.update(f.id for f in pack.profile_fields)
        seen.update(x.id for x in pack.modules)
        seen.update(q.id for q in pack.questions)
        seen.update(a.id for q in pack.questions for a in q.actions)
        for ident, n in seen.items():
            if n > 1:
                self.problems.append(
                    f"identifier '{ident}' is used {n} times: ids of fields, modules, questions and actions must be unique"
                )
        for ident, n in Counter(self.section_ids).items():
            if n > 1:
                self.problems.append(f"section '{ident}' is defined {n} times: section ids must be unique")
        for ident, n in Counter(t.id for t in terms).items():
            if n > 1:
                self.problems.append(f"glossary term '{ident}' is defined {n} times")
        for q in pack.questions:
            for tid in q.terms:
                if tid not in pack.glossary:
                    self.problems.append(f"question '{q.id}', field 'terms': '{tid}' is not in the glossary")
            for a in q.actions:
                for tid in a.terms:
                    if tid not in pack.glossary:
                        self.problems.append(f"action '{a.id}', field 'terms': '{tid}' is not in the glossary")
        self.check_order(pack)
        questions = {q.id: q for q in pack.questions}
        for implied, where in self.implications:
            for qid, values in implied.items():
                source = questions.get(qid)
                if source is None:
                    self.problem(where, "implied_by", f"no question '{qid}'")
                    continue
                allowed = set(m.YESNO_VALUES) if source.kind == "yesno" else {o.id for o in source.options}
                unknown = [v for v in values if v not in allowed]
                if unknown:
                    self.problem(where, "implied_by", f"'{qid}' has no answer {', '.join(unknown)}")
        order = {q.id: n for n, q in enumerate(pack.questions)}
        for qid_here, ruled, where in self.rulings:
            for qid, values in ruled.items():
                source = questions.get(qid)
                if source is None:
                    self.problem(where, "ruled_out_by", f"no question '{qid}'")
                    continue
                if order[qid] >= order.get(qid_here, -1):
                    self.problem(where, "ruled_out_by", f"'{qid}' is not an earlier question")
                allowed = set(m.YESNO_VALUES) if source.kind == "yesno" else {o.id for o in source.options}
                unknown = [v for v in values if v not in allowed]
                if unknown:
                    self.problem(where, "ruled_out_by", f"'{qid}' has no answer {', '.join(unknown)}")
        fields = {f.id: f for f in pack.profile_fields}
        for q in pack.questions:
            if q.known_from is None:
                continue
            where = f"question '{q.id}', field 'known_from'"
            source_field = fields.get(q.known_from)
            if source_field is None:
                self.problems.append(f"{where}: no profile field '{q.known_from}'")
            elif source_field.kind != "text":
                self.problems.append(f"{where}: '{q.known_from}' is not a text field (a number or a name)")
            if q.kind != "yesno":
                self.problems.append(f"{where}: only a yes/no question can be answered by the profile")
        express = [q.id for q in pack.questions if q.express]
        if len(express) > MAX_EXPRESS:
            self.problems.append(
                f"{len(express)} questions are marked 'express': at most {MAX_EXPRESS} keep the express path short"
            )
        if demo_file:
            self.problems += demo_problems(pack, demo_file)

    def check_order(self, pack: m.ContentPack) -> None:
        """Every ``after`` names an existing action, and no action comes (even indirectly) before itself."""
        actions = {a.id: a for q in pack.questions for a in q.actions}
        for action in actions.values():
            for before in action.after:
                if before not in actions:
                    self.problems.append(f"action '{action.id}', field 'after': no action '{before}'")
        state: dict[str, int] = {}  # 1 = being visited, 2 = done

        def visit(aid: str, path: list[str]) -> None:
            if state.get(aid) == 2 or aid not in actions:
                return
            if state.get(aid) == 1:
                cycle = path[path.index(aid) :] + [aid]
                self.problems.append(f"action '{aid}', field 'after': a loop ({' → '.join(cycle)})")
                return
            state[aid] = 1
            for before in actions[aid].after:
                visit(before, path + [aid])
            state[aid] = 2

        for aid in actions:
            visit(aid, [])


def demo_problems(pack: m.ContentPack, where: str) -> list[str]:
    """The built-in sample business must answer real questions with allowed values."""
    demo = pack.demo
    if not isinstance(demo, Mapping) or not isinstance(demo.get("profile"), Mapping):
        return [f"{where}, field 'profile': the sample business needs a profile mapping"]
    problems = [f"{where}, profile: {p}" for p in profile_problems(pack, demo["profile"])]
    answers = demo.get("answers") or {}
    if not isinstance(answers, Mapping):
        return problems + [f"{where}, field 'answers': must be a mapping of question id to answer"]
    for qid, value in answers.items():
        try:
            question = pack.question(qid)
        except KeyError:
            problems.append(f"{where}, field 'answers.{qid}': no such question")
            continue
        problem = answer_problem(question, value)
        if problem:
            problems.append(f"{where}, field 'answers.{qid}': {problem}")
    return problems


def _read(root: Path) -> tuple[m.ContentPack | None, _Reader]:
    reader = _Reader(root)
    if not root.is_dir():
        reader.problems.append(f"{root}: no such folder (a content pack is a folder holding pack.yaml)")
        return None, reader
    return reader.pack(), reader


def load_pack(root: str | Path | None = None) -> m.ContentPack:
    """The validated content pack; raises ContentError listing every problem.

    A pack that was read and checked once is kept in the cache folder, named by the digest of its files and of
    the program's version: the app then starts without parsing and checking the YAML again. A changed file, a new
    program version or an unreadable cache file means reading the YAML as the first time."""
    folder = Path(root) if root else BUNDLED_PACK
    cached = _cache_file(folder)
    if cached is not None:
        try:
            with open(cached, "rb") as handle:
                pack = pickle.load(handle)
            if isinstance(pack, m.ContentPack):
                return pack
        except (OSError, EOFError, pickle.PickleError, AttributeError, ImportError, TypeError, ValueError):
            pass  # not there yet, or written by something else: read the YAML
    pack, reader = _read(folder)
    if reader.problems or pack is None:
        raise ContentError(reader.problems or ["the pack could not be read"])
    if cached is not None:
        _write_cache(cached, pack)
    return pack


_CACHED_PACKS = 4


def _write_cache(path: Path, pack: m.ContentPack) -> None:
    """Keep the checked pack for the next start; a cache that cannot be written (read-only folder, full disk) is
    simply not there next time."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(pickle.dumps(pack, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temporary, path)
        # Earlier versions of the content are not needed any more: keep the few most recent (a trainer may switch
        # between two packs), forget the rest.
        kept = sorted(path.parent.glob("content-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in kept[_CACHED_PACKS:]:
            old.unlink()
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()


def _cache_file(folder: Path) -> Path | None:
    """Where the checked pack of ``folder`` is cached: a name made of the digest of every file of the pack (its path
    and bytes) and of the folder, of the code that reads and checks it, and of Python's version; None when a file
    cannot be read."""
    digest = hashlib.sha256(f"{sys.version}\0{folder.resolve()}".encode())  # the pack remembers its folder
    code = Path(__file__).parent
    try:
        for base, paths in (
            (code, sorted(code.glob("*.py"))),
            (folder, sorted(p for p in folder.rglob("*") if p.is_file())),
        ):
            for path in paths:
                digest.update(path.relative_to(base).as_posix().encode("utf-8") + b"\0" + path.read_bytes())
    except OSError:
        return None
    return cache_dir() / f"content-{digest.hexdigest()[:32]}.pickle"


def check_pack(root: str | Path | None = None) -> CheckReport:
    """Everything ``content check`` reports; never raises for bad content."""
    pack, reader = _read(Path(root) if root else BUNDLED_PACK)
    report = CheckReport(errors=list(reader.problems))
    report.languages = {lang: {"missing": reader.missing.get(lang, 0)} for lang in reader.languages}
    if pack is None:
        return report
    report.version = pack.version
    report.reviewed = pack.reviewed.isoformat()
    report.modules = [
        {"id": mod.id, "questions": len(mod.questions), "actions": len(mod.actions)} for mod in pack.modules
    ]
    report.glossary_terms = len(pack.glossary)
    used = {t for q in pack.questions for t in q.terms} | {
        t for q in pack.questions for a in q.actions for t in a.terms
    }
    report.terms_without_reference = sum(1 for t in pack.glossary if t not in used)
    return report


def term_usage(pack: m.ContentPack) -> dict[str, list[str]]:
    """For each glossary term, the ids of the questions and actions that refer to it."""
    usage: dict[str, list[str]] = {t: [] for t in pack.glossary}
    for q in pack.questions:
        for t in q.terms:
            usage.setdefault(t, []).append(q.id)
        for a in q.actions:
            for t in a.terms:
                usage.setdefault(t, []).append(a.id)
    return usage
