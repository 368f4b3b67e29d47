"""The content checker accepts only what the program will use as the author meant.

Each mistake a trainer can make in a text editor — a misspelt key, ``required: no``, ``weight: .nan``, an impossible
date, a duplicate id or key, an empty file, a loop, a file made to exhaust the machine — is an error naming file,
item and field (or one short message), never a traceback and never an exit code 1. The property test at the end
mutates every field of the real bundled pack.
"""

from __future__ import annotations

import contextlib
import math
import os
import pickle
import re
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from merchant_assistant.content import BUNDLED_PACK, check_pack, load_pack, loader
from merchant_assistant.content.source import MAX_NODES, read_document
from merchant_assistant.errors import ContentError

from ..conftest import FIXTURE_PACK, ROOT


@pytest.fixture
def pack_copy(tmp_path) -> Path:
    target = tmp_path / "pack"
    shutil.copytree(FIXTURE_PACK, target)
    return target


def edit(path: Path, old: str | None, new: str) -> None:
    """Replace ``old`` by ``new`` in ``path`` (``old`` None: the whole file)."""
    text = path.read_text(encoding="utf-8")
    if old is not None:
        assert old in text, f"fixture changed: {old!r} not in {path.name}"
        text = text.replace(old, new, 1)
    else:
        text = new
    path.write_text(text, encoding="utf-8")


# -- each case of the issue, on the test pack -----------------------------------------------------------------
SHOP, SAFETY, PACK, TERMS = "modules/shop.yaml", "modules/safety.yaml", "pack.yaml", "glossary/terms.yaml"

CASES = [
    # (file, text to replace (None: the whole file), replacement, the error expected)
    (
        PACK,
        "required: true",
        "required: no",
        "pack.yaml, profile field 'name', field 'required': must be true or false, not the text 'no'",
    ),
    (
        SHOP,
        "blocks_affiliation: true",
        'blocks_affiliation: "false"',
        "question 't_rc', field 'blocks_affiliation': must be true or false, not the text 'false'",
    ),
    (
        SHOP,
        "weight: 3",
        "weigth: 3",
        "modules/shop.yaml, question 't_rc', field 'weigth': unknown key (did you mean 'weight'?)",
    ),
    (
        SHOP,
        "        applies_if:\n",
        "        aplies_if:\n",
        "question 't_site_pages', field 'aplies_if': unknown key (did you mean 'applies_if'?)",
    ),
    (SHOP, "weight: 3", "weight: .nan", "modules/shop.yaml, question 't_rc', field 'weight': out of range: .nan"),
    (SHOP, "weight: 3", "weight: .inf", "modules/shop.yaml, question 't_rc', field 'weight': out of range: .inf"),
    (SHOP, "weight: 3", "weight: true", "question 't_rc', field 'weight': must be a number, not true"),
    (SHOP, "weight: 3", "weight: 1000", "question 't_rc', field 'weight': out of range: 1000"),
    (SHOP, "days: 14", "days: 3.5", "field 'days': must be a whole number, not 3.5"),
    (
        PACK,
        "reviewed: 2026-11-26",
        "reviewed: 2026-13-45",
        "pack.yaml, pack, field 'reviewed': the text '2026-13-45' is not a real date",
    ),
    (
        PACK,
        "reviewed: 2026-11-26",
        "reviewed: !!timestamp 2026-13-45",
        "pack.yaml: not valid YAML (line 4, column 11): the tag !!timestamp is not used",
    ),
    (
        SHOP,
        "terms: [rc]",
        "terms: !!set {rc}",
        "modules/shop.yaml: not valid YAML (line 16, column 16): the tag !!set is not used",
    ),
    (SHOP, "weight: 3", "weight: !!int 1" + "0" * 5000, "modules/shop.yaml: a value cannot be read"),
    (
        PACK,
        "min_score: 70",
        "min_score: 40",
        "pack.yaml, pack, field 'levels': two levels start at the same min_score 40",
    ),
    (SHOP, "  - id: shop_online", "  - id: shop_status", "section 'shop_status' is defined 2 times"),
    (SAFETY, "id: t_2fa", "id: t_rc", "identifier 't_rc' is used 2 times"),
    (TERMS, "id: otp", "id: rc", "glossary term 'rc' is defined 2 times"),
    (SHOP, "{id: none,", "{id: cgv,", "question 't_site_pages', field 'options': option cgv given more than once"),
    (PACK, "id: website\n", "id: shop\n", "field 'choices': choice shop given more than once"),
    (
        SAFETY,
        "id: safety",
        "id: safety\nid: safety2",
        "modules/safety.yaml: not valid YAML (line 2, column 1): the key 'id' is given twice",
    ),
    (PACK, None, "", "pack.yaml: the file is empty"),
    (SAFETY, None, "id: safety\n", "modules/safety.yaml, module 'safety', field 'sections': missing"),
    (
        SAFETY,
        None,
        "id: safety\ntitle: {fr: a, ar: b, en: c}\nintro: {fr: a, ar: b, en: c}\nsections: []\n",
        "module 'safety', field 'sections': a module needs at least one section",
    ),
    (TERMS, None, "terms: []\n", "glossary/terms.yaml, field 'terms': out of range"),
    (
        SAFETY,
        "id: safety",
        "id: safety\nloop: &r {any_of: [*r]}",
        "modules/safety.yaml: the alias *r is used inside the item it names (a loop)",
    ),
    (
        SHOP,
        "when: [undecided]",
        "when: [undecided]\n            after: [act_t_route]",
        "action 'act_t_route', field 'after': a loop",
    ),
    (
        PACK,
        "- modules/shop.yaml",
        "- ../../../../../../dev/zero",
        "pack.yaml, pack, field 'modules': '../../../../../../dev/zero' is not a file inside the pack folder",
    ),
    (PACK, 'version: "test-1"', "version: [broken", "pack.yaml: not valid YAML (line"),
    (
        PACK,
        "languages: [fr, ar, en]",
        "languages: [fr, ar, en]\nlanguage: fr",
        "pack.yaml, pack, field 'language': unknown key (did you mean 'languages'?)",
    ),
]


@pytest.mark.parametrize("file, old, new, expected", CASES, ids=[c[3][:60] for c in CASES])
def test_each_mistake_is_an_error_naming_file_item_and_field(pack_copy, file, old, new, expected):
    edit(pack_copy / file, old, new)
    errors = check_pack(pack_copy).errors
    assert any(expected in error for error in errors), errors
    with pytest.raises(ContentError):
        load_pack(pack_copy)


def test_an_option_implied_by_its_own_question_is_refused(pack_copy):
    shop = pack_copy / SHOP
    text = shop.read_text(encoding="utf-8")
    document = yaml.safe_load(text)
    question = next(q for s in document["sections"] for q in s["questions"] if q["kind"] == "multi")
    question["options"][0]["implied_by"] = {question["id"]: [question["options"][1]["id"]]}
    shop.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    errors = check_pack(pack_copy).errors
    assert any(
        f"question '{question['id']}', option '{question['options'][0]['id']}', field 'implied_by': an option "
        "cannot be implied by an answer to its own question" in e
        for e in errors
    ), errors


# -- files made to exhaust the machine: one short message, quickly ------------------------------------------------
def _bomb(levels: int) -> str:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "content, expected",
    [
        (_bomb(9), "more than 200 000 values (aliases counted as what they repeat)"),  # 10^9 values
        (_bomb(5), "more than 200 000 values"),  # a 6 KB... file of 10^5 values per alias, many aliases
        ("a: " + "[" * 5000 + "]" * 5000 + "\n", "nest"),
        (
            "terms:\n" + "".join(f"  - {{id: t{i}, term: x, definition: y, source: z}}\n" for i in range(90_000)),
            "larger than",
        ),
        ("terms:\n" + "".join(f"  - [t{i}]\n" for i in range(120_000)), "more than 200 000 values"),
    ],
    ids=["alias-bomb-1e9", "alias-bomb-1e5", "deep", "big-glossary-bytes", "big-glossary-items"],
)
def test_size_limits_give_one_short_message(pack_copy, content, expected):
    if expected == "more than 200 000 values" and content.startswith("a0"):
        content = content + "b: [" + ", ".join(["*a4"] * 3) + "]\n"  # 3 × 10^5 values
    (pack_copy / TERMS).write_text(content, encoding="utf-8")
    started = time.process_time()
    errors = check_pack(pack_copy).errors
    assert time.process_time() - started < 20, "refused without building the document"
    mine = [e for e in errors if e.startswith(TERMS)]
    assert len(mine) == 1 and expected in mine[0] and len(mine[0]) < 200, mine
    assert sum(len(e) for e in errors) < 5000


def test_a_document_within_limits_is_read_whole(tmp_path):
    path = tmp_path / "ok.yaml"
    path.write_text("a: &a [1, 2, 3]\nb: *a\nc: {x: *a}\n", encoding="utf-8")
    assert read_document(path) == {"a": [1, 2, 3], "b": [1, 2, 3], "c": {"x": [1, 2, 3]}}
    assert MAX_NODES >= 20 * 6000  # room for a module twenty times the largest bundled one


def test_the_checker_command_exits_2_with_one_line_never_1(pack_copy):
    edit(pack_copy / PACK, "reviewed: 2026-11-26", "reviewed: 2026-13-45")
    (pack_copy / TERMS).write_text(_bomb(8), encoding="utf-8")
    for extra in ([], ["--json"]):
        result = subprocess.run(
            [sys.executable, "main.py", "content", "check", str(pack_copy), *extra],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr + result.stdout
        assert len(result.stdout) < 20_000
        assert result.stderr.count("\n") == 1 and "error" in result.stderr
    result = subprocess.run(
        [sys.executable, "main.py", "--content", str(pack_copy), "content", "check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2 and "2026-13-45" in result.stdout


def test_the_schema_is_imported_only_when_a_pack_is_read():
    code = (
        "import sys\n"
        "from merchant_assistant.content import load_pack\n"
        "load_pack()\n"  # the first start checks the pack and caches it
        "assert 'msgspec' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=120)
    code = (
        "import sys\n"
        "from merchant_assistant.content import load_pack\n"
        "load_pack()\n"
        "assert not [m for m in sys.modules if m.startswith(('msgspec', 'yaml'))], 'read again'\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=120)


# -- every field of the real pack, mutated ----------------------------------------------------------------------
def _documents() -> dict[str, Any]:
    raw = read_document(BUNDLED_PACK / "pack.yaml")
    files = ["pack.yaml", *raw["modules"], *raw["glossary"], raw["demo"]]
    return {f: read_document(BUNDLED_PACK / f) for f in files}


DOCUMENTS = _documents()
LONG = 3000 if os.environ.get("HYPOTHESIS_PROFILE") == "long" else 0  # a longer, random search on demand
FREE_KEYS = {"applies_if", "answers", "implied_by", "strings"}  # keys that are ids: one field each


def _fields(node: Any, path: tuple = (), kind: tuple = ()):
    """(kind of field, path) of every key of every mapping in a document."""
    if isinstance(node, dict):
        free = bool(path) and not isinstance(path[-1], int) and kind[-1] in FREE_KEYS | {"profile"}
        for key, value in node.items():
            shown = "*" if free else key  # a question id in the sample's answers, a profile field in a rule...
            yield (*kind, shown), (*path, key)
            yield from _fields(value, (*path, key), (*kind, shown))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _fields(value, (*path, i), kind)


FIELDS: dict[tuple, list[tuple[str, tuple]]] = defaultdict(list)
for _file, _document in DOCUMENTS.items():
    _base = "module" if _file.startswith("modules/") else "glossary" if _file.startswith("glossary/") else _file
    for _kind, _path in _fields(_document):
        FIELDS[(_base, *_kind)].append((_file, _path))
FIELD_KINDS = sorted(FIELDS, key=repr)

JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.integers(),
    st.sampled_from([math.nan, math.inf, -math.inf, 0.5, 1.5, 1e308, -0.0]),
    st.sampled_from(["no", "yes", "false", "true", "2026-13-45", "2026-02-30", "", " ", "x" * 300, "high", "sarl"]),
    st.text(max_size=8),
    st.lists(st.sampled_from(["yes", "no", "rc", "shop", 1, None]), max_size=3),
    st.dictionaries(st.sampled_from(["fr", "ar", "en", "id", "any", "in", "missing"]), st.text(max_size=4), max_size=3),
)
NAMED = re.compile(
    r"^((pack|demo)\.yaml|modules/\w+\.yaml|glossary/\w+\.yaml)[,:] |"  # a file (its item and field follow)
    r"^(question|action) '[^']*', field '|"  # a cross-check: the item and its field
    r"^(identifier|section|glossary term) '[^']*' is (used|defined) \d+ times|"  # a duplicate id, wherever
    r"^\d+ questions are marked 'express'"
)


def _get(node: Any, path: tuple) -> Any:
    for key in path:
        node = node[key]
    return node


def _misspelt(key: str) -> str:
    return key[1:] + key[0] if len(key) > 1 else key + key


def _model_item(pack: Any, item_kind: tuple, document: Any, item_path: tuple) -> Any:
    """The loaded object of the item at ``item_path`` in ``document``, of kind ``item_kind`` (the keys leading to it);
    None for an item the test does not look up."""
    last, item_id = item_kind[-1], _get(document, item_path)["id"]
    if item_kind == ("pack.yaml", "profile"):
        return pack.profile_field(item_id)
    if last == "actions":
        return next(a for q in pack.questions for a in q.actions if a.id == item_id)
    if last == "options":  # an option's id is unique in its question only
        return pack.question(_get(document, item_path[:-2])["id"]).option(item_id)
    if last == "questions":
        return pack.question(item_id)
    if item_kind == ("glossary", "terms"):
        return pack.glossary[item_id]
    return None


def _assert_loaded_as_meant(pack: Any, kind: tuple, document: Any, path: tuple, value: Any) -> None:
    """An accepted mutation of a scalar field reads back as written (a bool stays a bool, a number its value, a
    text its words)."""
    key = path[-1]
    text_language = key in pack.languages and isinstance(value, str)
    item_path = path[:-2] if text_language else path[:-1]
    item = _get(document, item_path)
    if not isinstance(item, dict) or not isinstance(item.get("id"), str) or "id" in path[-1:]:
        return
    model = _model_item(pack, kind[:-2] if text_language else kind[:-1], document, item_path)
    if model is None:
        return
    if text_language:
        assert getattr(model, path[-2])[key] == value.strip()
    elif isinstance(value, (bool, int, float)) and hasattr(model, key):
        loaded = getattr(model, key)
        assert loaded == value and isinstance(loaded, bool) == isinstance(value, bool), (key, loaded, value)


@pytest.fixture(scope="module")
def bundled_copy(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("bundled") / "pack"
    shutil.copytree(BUNDLED_PACK, target)
    return target


@contextlib.contextmanager
def _other_files_from_memory(mutated: dict[str, Any], on_disk: str = ""):
    """The checker reads the files of ``mutated`` (file -> document) from memory, and the others (unchanged) as
    already read, except ``on_disk`` (read from its file): a mutation costs the checking, not the parsing of
    700 KB of YAML it did not change."""
    read_from_disk = loader._Reader.read_yaml

    def read_yaml(reader: Any, relative: str) -> Any:
        if relative in mutated:
            return mutated[relative]
        if relative in DOCUMENTS and relative != on_disk:
            return DOCUMENTS[relative]  # the checker never changes what it reads (see the test below)
        return read_from_disk(reader, relative)

    with mock.patch.object(loader._Reader, "read_yaml", read_yaml):
        yield


def _mutate(document: Any, path: tuple, how: str, value: Any = None) -> Any:
    """Apply a mutation to ``document`` (in place); return the value now at ``path`` (None when removed)."""
    parent, key = _get(document, path[:-1]), path[-1]
    if how == "delete":
        del parent[key]
        return None
    if how == "rename":
        parent[_misspelt(str(key))] = parent.pop(key)
        return None
    parent[key] = value
    return value


def _assert_checked(root: Path, kind: tuple, document: Any, path: tuple, value: Any) -> None:
    """Refused with messages naming file, item and field, or accepted and loaded as meant; never a crash."""
    pack, reader = loader._read(root)
    for error in reader.problems:
        assert NAMED.match(error), f"names no file, item and field: {error}"
        assert len(error) < 1500, error
    if not reader.problems:
        assert pack is not None
        _assert_loaded_as_meant(pack, kind, document, path, value)


def test_every_field_kind_of_the_bundled_pack_is_known_to_the_property_test():
    assert len(FIELD_KINDS) > 100
    assert ("module", "sections", "questions", "weight") in FIELDS
    assert ("pack.yaml", "profile", "required") in FIELDS


# A value of another type for each type a field can hold, and the same type out of its usual range.
HOSTILE = {
    bool: ["false"],
    int: [True, math.nan, -1],
    float: [True, math.inf],
    str: [False, ""],
    list: [[None]],
    dict: [{"x": None}],
}


@pytest.mark.parametrize("kind", FIELD_KINDS, ids=[".".join(map(str, k)) for k in FIELD_KINDS])
def test_every_field_of_the_real_pack_refuses_a_wrong_value_by_name(bundled_copy, kind):
    """Every kind of field of the bundled pack, given values of the wrong type or range, removed or misspelt."""
    file, path = FIELDS[kind][0]
    original = _get(DOCUMENTS[file], path)
    mutations = [("delete", None), ("rename", None)]
    mutations += [("junk", v) for t, values in HOSTILE.items() if isinstance(original, t) for v in values]
    if path[-1] in DOCUMENTS["pack.yaml"]["languages"]:  # one text in one language: all read by the same code
        mutations = [("delete", None), ("junk", False)]
    for how, value in mutations:
        document = pickle.loads(pickle.dumps(DOCUMENTS[file]))
        value = _mutate(document, path, how, value)
        with _other_files_from_memory({file: document}):
            _assert_checked(bundled_copy, kind, document, path, value)


@settings(max_examples=LONG or 60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), kind=st.sampled_from(FIELD_KINDS), how=st.sampled_from(["junk", "delete", "rename", "copy"]))
def test_any_mutation_of_a_real_field_written_in_yaml_is_loaded_as_meant_or_named(bundled_copy, data, kind, how):
    """Random values, written to the file as YAML and read back by the checker (the other files unchanged)."""
    file, path = data.draw(st.sampled_from(FIELDS[kind]), label="occurrence")
    document = pickle.loads(pickle.dumps(DOCUMENTS[file]))
    value = None
    if how == "junk":
        value = data.draw(JUNK, label="value")
    elif how == "copy":  # the same field's value from another item (another id: a duplicate; a valid value: kept)
        other_file, other_path = data.draw(st.sampled_from(FIELDS[kind]), label="from")
        value = pickle.loads(pickle.dumps(_get(DOCUMENTS[other_file], other_path)))
    value = _mutate(document, path, how, value)
    target = bundled_copy / file
    original = target.read_bytes()
    try:
        target.write_text(yaml.dump(document, Dumper=yaml.CSafeDumper, allow_unicode=True, width=200), "utf-8")
        with _other_files_from_memory({}, on_disk=file):
            _assert_checked(bundled_copy, kind, document, path, value)
    finally:
        target.write_bytes(original)


def test_the_checker_changes_nothing_it_reads(bundled_copy):
    before = pickle.dumps(DOCUMENTS)
    with _other_files_from_memory({}):
        pack, reader = loader._read(bundled_copy)
    assert reader.problems == [] and pack == load_pack(bundled_copy)
    assert pickle.dumps(DOCUMENTS) == before


def test_the_bundled_pack_written_back_by_yaml_is_still_valid(bundled_copy):
    """The property test rewrites files through PyYAML: unchanged, that must give no error."""
    for file, document in DOCUMENTS.items():
        target = bundled_copy / file
        original = target.read_bytes()
        target.write_text(yaml.dump(document, Dumper=yaml.CSafeDumper, allow_unicode=True, width=200), "utf-8")
        try:
            assert check_pack(bundled_copy).errors == [], file
        finally:
            target.write_bytes(original)


def test_a_pack_too_large_in_all_is_one_short_message(monkeypatch, bundled_copy):
    monkeypatch.setattr(loader, "MAX_PACK_BYTES", 300_000)  # the bundled pack has 0.75 MB
    errors = check_pack(bundled_copy).errors
    too_large = [e for e in errors if "the pack's files together are larger than" in e]
    assert too_large and all(len(e) < 120 for e in too_large), errors


def test_a_text_too_long_is_named(pack_copy):
    edit(pack_copy / SHOP, 'en: "Which is your bank?"', f'en: "{"x" * 5000}"')
    errors = check_pack(pack_copy).errors
    assert "modules/shop.yaml, question 't_bank_name', field 'text.en': longer than 4000 characters (5000)" in errors
