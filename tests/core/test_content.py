"""Content pack loading and validation: every problem names its file, item and field."""

from __future__ import annotations

import pickle
import re
import shutil
from pathlib import Path

import pytest

from merchant_assistant.content import check_pack, load_pack
from merchant_assistant.content.rules import applies
from merchant_assistant.errors import ContentError

from ..conftest import FIXTURE_PACK


@pytest.fixture
def pack_copy(tmp_path) -> Path:
    target = tmp_path / "pack"
    shutil.copytree(FIXTURE_PACK, target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture changed: {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_fixture_pack_loads_with_all_parts(fixture_pack):
    assert [m.id for m in fixture_pack.modules] == ["shop", "safety"]
    assert fixture_pack.question("t_rc").blocks_affiliation
    assert fixture_pack.question("t_rc").actions[0].trigger.values == ("no", "dont_know")
    assert fixture_pack.languages == ("fr", "ar", "en")
    assert fixture_pack.level_for(95).label["fr"] == "Prêt"
    assert fixture_pack.level_for(0).label["en"] == "Getting started"


def test_yes_and_no_stay_answers_not_booleans(fixture_pack):
    # YAML 1.1 would read `no` as False; trainers write `when: [no]` and must get the answer "no".
    assert "no" in fixture_pack.question("t_bank").actions[0].trigger.values
    assert fixture_pack.demo["answers"]["t_rc"] == "yes"


def test_missing_translation_names_file_item_and_field(pack_copy):
    edit(pack_copy / "modules" / "shop.yaml", 'ar: "البنك يطلبه.", ', "")
    report = check_pack(pack_copy)
    assert report.languages["ar"]["missing"] == 1
    assert report.languages["fr"]["missing"] == 0
    assert "modules/shop.yaml, question 't_rc', field 'why.ar': missing text" in report.errors
    with pytest.raises(ContentError) as raised:
        load_pack(pack_copy)
    assert "why.ar" in str(raised.value)


def test_bad_weight_unknown_rule_field_and_unknown_term_are_reported_together(pack_copy):
    shop = pack_copy / "modules" / "shop.yaml"
    edit(shop, "weight: 3", "weight: -1")
    edit(shop, "channels: {any: [website, marketplace]}", "chanels: {any: [website]}")
    edit(shop, "terms: [rc]\n        actions", "terms: [registre]\n        actions")
    errors = check_pack(pack_copy).errors
    assert any("question 't_rc', field 'weight'" in e for e in errors)
    assert any("question 't_site_pages', field 'applies_if.chanels': no such profile field" in e for e in errors)
    assert any("question 't_rc', field 'terms': 'registre' is not in the glossary" in e for e in errors)


def test_unknown_choice_in_rule_and_bad_trigger(pack_copy):
    shop = pack_copy / "modules" / "shop.yaml"
    edit(shop, "{any: [website, marketplace]}", "{any: [website, tiktok]}")
    edit(shop, "when: [undecided]", "when: [maybe]")
    errors = check_pack(pack_copy).errors
    assert any("applies_if.channels.any': unknown choice tiktok" in e for e in errors)
    assert any("action 'act_t_route', field 'when': unknown answer 'maybe'" in e for e in errors)


def test_duplicate_ids_are_refused(pack_copy):
    edit(pack_copy / "modules" / "safety.yaml", "id: t_2fa", "id: t_rc")
    assert any("'t_rc' is used 2 times" in e for e in check_pack(pack_copy).errors)


def test_broken_yaml_gives_file_and_line(pack_copy):
    (pack_copy / "modules" / "safety.yaml").write_text("id: safety\nsections: [\n  - oops: {\n", encoding="utf-8")
    errors = check_pack(pack_copy).errors
    assert any(e.startswith("modules/safety.yaml: not valid YAML (line") for e in errors)


def test_missing_folder_is_an_error_not_a_crash(tmp_path):
    report = check_pack(tmp_path / "nowhere")
    assert report.errors and "no such folder" in report.errors[0]


def test_demo_answers_must_be_allowed(pack_copy):
    edit(pack_copy / "demo.yaml", "t_route: undecided", "t_route: someday")
    assert any("demo.yaml, field 'answers.t_route'" in e for e in check_pack(pack_copy).errors)


def test_report_counts_terms_without_reference(fixture_pack):
    report = check_pack(FIXTURE_PACK)
    assert report.errors == []
    assert report.glossary_terms == 3
    assert report.terms_without_reference == 1  # unused_term
    assert report.modules[0] == {"id": "shop", "questions": 5, "actions": 4}


@pytest.mark.parametrize(
    "rule, profile, expected",
    [
        ({}, {}, True),
        ({"channels": {"any": ["website", "social"]}}, {"channels": ["social"]}, True),
        ({"channels": {"any": ["website"]}}, {"channels": ["shop"]}, False),
        ({"channels": {"any": ["website"]}}, {}, False),
        ({"channels": {"none": ["website"]}}, {"channels": ["shop"]}, True),
        ({"channels": {"all": ["shop", "website"]}}, {"channels": ["shop"]}, False),
        ({"legal_form": {"in": ["sarl"]}}, {"legal_form": "sarl"}, True),
        ({"legal_form": {"not_in": ["auto_entrepreneur"]}}, {"legal_form": "auto_entrepreneur"}, False),
        ({"foreign_cards": True}, {"foreign_cards": False}, False),
        ({"foreign_cards": True}, {}, False),
        ({"foreign_cards": False}, {"foreign_cards": False}, True),
        ({"any_of": [{"foreign_cards": True}, {"ships_abroad": True}]}, {"ships_abroad": True}, True),
        ({"any_of": [{"foreign_cards": True}, {"ships_abroad": True}]}, {}, False),
    ],
)
def test_applicability_rules(rule, profile, expected):
    assert applies(rule, profile) is expected


def test_question_shown_only_to_matching_profiles(fixture_pack):
    from merchant_assistant.scoring import applicable_questions

    shop_only = {"channels": ["shop"], "staff": "alone"}
    online_team = {"channels": ["website"], "staff": "small"}
    assert "t_site_pages" not in [q.id for q in applicable_questions(fixture_pack, shop_only)]
    assert "t_staff_leavers" not in [q.id for q in applicable_questions(fixture_pack, shop_only)]
    ids = [q.id for q in applicable_questions(fixture_pack, online_team)]
    assert "t_site_pages" in ids and "t_staff_leavers" in ids


# -- a trainer's mistakes never crash the checker ---------------------------------------------------------------
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

JUNK = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | st.text(max_size=6) | st.sampled_from(["no", "yes", "cgv", "rc"]),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["missing", "selected", "fr", "id", "in", "any"]), inner, max_size=3)
    ),
    max_leaves=6,
)


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, prefix + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, prefix + (index,))


def _replace(node, path, value):
    if not path:
        return value
    node[path[0]] = _replace(node[path[0]], path[1:], value)
    return node


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.data(),
    junk=JUNK,
    file=st.sampled_from(["modules/shop.yaml", "modules/safety.yaml", "glossary/terms.yaml", "pack.yaml", "demo.yaml"]),
)
def test_any_malformed_field_is_reported_not_crashed_on(tmp_path_factory, data, junk, file):
    target = tmp_path_factory.mktemp("pack") / "p"
    shutil.copytree(FIXTURE_PACK, target)
    original = yaml.safe_load((target / file).read_text(encoding="utf-8"))
    paths = list(_paths(original))
    path = data.draw(st.sampled_from(paths))
    changed = _replace(original, list(path), junk)
    (target / file).write_text(yaml.safe_dump(changed, allow_unicode=True), encoding="utf-8")
    report = check_pack(target)  # must not raise
    if report.errors:
        with pytest.raises(ContentError):
            load_pack(target)
    else:
        load_pack(target)


@pytest.mark.parametrize("file", ["pack.yaml", "modules/shop.yaml", "glossary/terms.yaml", "demo.yaml"])
@pytest.mark.parametrize("content", ["", "# only a comment\n", "null\n"])
def test_an_empty_file_is_an_error_that_names_it(tmp_path, file, content):
    """Regression: an empty pack.yaml passed `content check`, then the pack failed to load naming no file (the
    property test above found it, intermittently, before property tests were derandomised)."""
    target = tmp_path / "p"
    shutil.copytree(FIXTURE_PACK, target)
    (target / file).write_text(content, encoding="utf-8")
    report = check_pack(target)
    assert any(error.startswith(f"{file}: the file is empty") for error in report.errors), report.errors
    with pytest.raises(ContentError, match=re.escape(file)):
        load_pack(target)


# --------------------------------------------------------------------------------------------------- the checked-pack cache


def test_a_checked_pack_is_kept_and_read_back_until_a_file_changes(pack_copy, tmp_path):
    from merchant_assistant.paths import cache_dir

    first = load_pack(pack_copy)
    kept = list(cache_dir().glob("content-*.pickle"))
    assert len(kept) == 1, "the checked pack is kept for the next start"
    assert load_pack(pack_copy) == first  # read back from the cache

    edit(pack_copy / "pack.yaml", 'version: "test-1"', 'version: "test-2"')
    assert load_pack(pack_copy).version == "test-2", "a changed file is read again, not taken from the cache"
    assert len(list(cache_dir().glob("content-*.pickle"))) == 2


def test_a_damaged_cache_file_is_ignored(pack_copy):
    from merchant_assistant.paths import cache_dir

    expected = load_pack(pack_copy)
    (kept,) = cache_dir().glob("content-*.pickle")
    kept.write_bytes(b"not a pickle")
    assert load_pack(pack_copy) == expected
    kept.write_bytes(pickle.dumps({"not": "a pack"}))
    assert load_pack(pack_copy) == expected


def test_invalid_content_is_never_cached(pack_copy):
    from merchant_assistant.paths import cache_dir

    edit(pack_copy / "pack.yaml", 'version: "test-1"', "version: [broken")
    with pytest.raises(ContentError):
        load_pack(pack_copy)
    assert not list(cache_dir().glob("content-*.pickle"))


def test_known_from_names_a_text_profile_field_and_answers_only_yes_no_questions(pack_copy):
    shop = pack_copy / "modules" / "shop.yaml"
    edit(shop, "      - id: t_rc\n", "      - id: t_rc\n        known_from: city\n")
    assert check_pack(pack_copy).errors == []
    edit(shop, "known_from: city", "known_from: rc_numbr")
    assert "question 't_rc', field 'known_from': no profile field 'rc_numbr'" in check_pack(pack_copy).errors
    edit(shop, "known_from: rc_numbr", "known_from: channels")
    assert any("'channels' is not a text field" in e for e in check_pack(pack_copy).errors)


def test_ruled_out_by_names_an_earlier_question_and_one_of_its_answers(pack_copy):
    """A question that presupposes an earlier "yes" (``ruled_out_by``): the checker refuses a question that does not
    exist or does not come before, and an answer that question does not have."""
    shop = pack_copy / "modules" / "shop.yaml"
    edit(shop, "      - id: t_bank\n", '      - id: t_bank\n        ruled_out_by: {t_rc: ["no"]}\n')
    assert not check_pack(pack_copy).errors
    assert load_pack(pack_copy).question("t_bank").ruled_out_by == {"t_rc": ("no",)}
    edit(shop, 'ruled_out_by: {t_rc: ["no"]}', 'ruled_out_by: {t_rc: ["nope"], t_site_pages: [x], t_gone: ["no"]}')
    errors = check_pack(pack_copy).errors
    where = "modules/shop.yaml, question 't_bank', field 'ruled_out_by'"
    assert f"{where}: 't_rc' has no answer nope" in errors
    assert f"{where}: 't_site_pages' is not an earlier question" in errors
    assert f"{where}: no question 't_gone'" in errors
