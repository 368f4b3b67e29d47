"""Hostile and damaged exchange files (issue 13, item 8): each gets one clear message (exit code 2 on the command
line) and the database stays byte for byte as it was; random and mutated files never raise anything else and never
write half a business. Markup in an accepted name is printed as it is, never interpreted."""

from __future__ import annotations

import copy
import hashlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from merchant_assistant.errors import UserError
from merchant_assistant.report import render_pdf
from merchant_assistant.workspace import Workspace

from ..helpers import pdf_text, run_cli


@pytest.fixture(scope="module")
def valid(tmp_path_factory, bundled_pack) -> bytes:
    """A valid exchange file of the sample business, with a note, an action decided and a snapshot."""
    folder = tmp_path_factory.mktemp("exchange-valid")
    with Workspace.open(folder / "db.sqlite3", bundled_pack) as ws:
        business_id = ws.add_demo().business_id
        ws.save_answer(business_id, "pay_has_ice", "yes", note="vu")
        ws.set_action(business_id, "act_sec_2fa_email", status="done", owner="Fatima")
        ws.record_snapshot(business_id, "plan")
        return _bytes(ws.exchange_data(business_id))


def _bytes(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def _fingerprint(ws: Workspace) -> str:
    """Every row of every table: what a user could see change."""
    digest = hashlib.sha256()
    for (table,) in ws.store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
        for row in ws.store.conn.execute(f"SELECT * FROM {table} ORDER BY rowid"):
            digest.update(repr(row).encode())
    return digest.hexdigest()


@pytest.fixture
def workspace(tmp_path, bundled_pack):
    with Workspace.open(tmp_path / "db.sqlite3", bundled_pack) as ws:
        ws.add_demo()  # not empty: a refused file must leave what is there
        yield ws


def _changed(valid: bytes, change) -> bytes:
    data = json.loads(valid)
    change(data)
    return _bytes(data)


HOSTILE = {
    "empty": lambda v: b"",
    "blank": lambda v: b"  \n\t ",
    "truncated": lambda v: v[: len(v) // 2],
    "damaged bytes": lambda v: v[:100] + b"\xff\xfe\x00garbage" + v[110:],
    "not utf-8": lambda v: '{"profile": {"name": "caf\u00e9"}}'.encode("latin-1"),
    "oversized": lambda v: b'{"profile": {"name": "' + b"x" * 1_100_000 + b'"}}',
    "deeply nested": lambda v: b"[" * 100_000 + b"]" * 100_000,
    "deeply nested yaml": lambda v: b"a: " + b"[" * 50_000,
    "a list": lambda v: b"[1, 2, 3]",
    "another format": lambda v: _changed(v, lambda d: d.update(format="something-else")),
    "newer version": lambda v: _changed(v, lambda d: d.update(version=3)),
    "version as text": lambda v: _changed(v, lambda d: d.update(version="2")),
    "unknown key": lambda v: _changed(v, lambda d: d.update(password="x")),
    "uid not a uuid": lambda v: _changed(v, lambda d: d.update(uid="<script>")),
    "uid missing": lambda v: _changed(v, lambda d: d.pop("uid")),
    "profile a list": lambda v: _changed(v, lambda d: d.update(profile=["name"])),
    "name missing": lambda v: _changed(v, lambda d: d["profile"].pop("name")),
    "name a number": lambda v: _changed(v, lambda d: d["profile"].update(name=12)),
    # a value Python cannot look up in a table (a random-JSON run found sector: [] reaching the profile's upgrade)
    "sector a mapping": lambda v: _changed(v, lambda d: d["profile"].update(sector={"a": 1})),
    "sector a list": lambda v: _changed(v, lambda d: d["profile"].update(sector=["retail"])),
    "huge name": lambda v: _changed(v, lambda d: d["profile"].update(name="x" * 100_000)),
    "name with escape": lambda v: _changed(v, lambda d: d["profile"].update(name="Atlas\x1b[31m")),
    "name with bidi override": lambda v: _changed(v, lambda d: d["profile"].update(name="\u202egpj.exe")),
    "note with NUL": lambda v: _changed(v, lambda d: d["notes"].update(pay_has_ice="a\x00b")),
    "unknown question": lambda v: _changed(v, lambda d: d["answers"].update(no_such_question="yes")),
    "answer not allowed": lambda v: _changed(v, lambda d: d["answers"].update(pay_has_ice="maybe")),
    "answer a mapping": lambda v: _changed(v, lambda d: d["answers"].update(pay_has_ice={"a": 1})),
    "huge note": lambda v: _changed(v, lambda d: d["notes"].update(pay_has_ice="x" * 5000)),
    "unknown action": lambda v: _changed(v, lambda d: d["actions"].update(act_nothing={"status": "done"})),
    "action status unknown": lambda v: _changed(v, lambda d: d["actions"]["act_sec_2fa_email"].update(status="x")),
    "action date wrong": lambda v: _changed(v, lambda d: d["actions"]["act_sec_2fa_email"].update(updated_at=5)),
    "answer date without zone": lambda v: _changed(
        v, lambda d: d["answered_at"].update(pay_has_ice="2026-11-27T10:00:00")
    ),
    "date for no answer": lambda v: _changed(
        v, lambda d: d["answered_at"].update(no_such_question="2026-11-27T10:00:00+00:00")
    ),
    "exported_at text": lambda v: _changed(v, lambda d: d.update(exported_at="yesterday")),
    "consent not a date": lambda v: _changed(v, lambda d: d.update(consent_at=True)),
    "snapshots a mapping": lambda v: _changed(v, lambda d: d.update(snapshots={"a": 1})),
    "snapshot overall 101": lambda v: _changed(v, lambda d: d["snapshots"][0].update(overall=101)),
    "snapshot reason": lambda v: _changed(v, lambda d: d["snapshots"][0].update(reason="<b>")),
    "too many snapshots": lambda v: _changed(v, lambda d: d.update(snapshots=d["snapshots"] * 1001)),
    "snapshot count beyond any integer SQLite holds": lambda v: _changed(
        v, lambda d: d["snapshots"][0].update(open_actions=10**30)
    ),
    "lone surrogate in a name": lambda v: v.replace(b'"name": "', b'"name": "\\ud800', 1),
    # 9 levels of 9 aliases: 387 million names from under 600 bytes (refused before anything is built)
    "yaml alias bomb": lambda v: (
        b"format: merchant-readiness-business\na0: &a0 [x, x, x, x, x, x, x, x, x]\n"
        + b"".join(f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]\n".encode() for n in range(1, 9))
        + b"profile: {name: *a8}\n"
    ),
    "protected, damaged header": lambda v: b"MRA-SEAL\x00\x00\x00\x05{bad}" + b"\x00" * 40,
    "protected, truncated": lambda v: b"MRA-SEAL\x00\x00",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_file_gets_a_clear_message_and_writes_nothing(workspace, valid, tmp_path, name):
    file = tmp_path / "hostile.json"
    file.write_bytes(HOSTILE[name](valid))
    before = _fingerprint(workspace)
    with pytest.raises(UserError) as refused:
        workspace.import_file(file, on_conflict="replace")
    for lang in ("fr", "ar", "en"):
        text = refused.value.message(lang)
        assert "hostile.json" in text and len(text) < 400 and "\n" not in text
    assert _fingerprint(workspace) == before


def test_a_folder_a_missing_file_and_a_wrong_passphrase_on_the_command_line(tmp_path, valid):
    db = tmp_path / "db.sqlite3"
    assert run_cli("--db", str(db), "demo").returncode == 0
    before = db.read_bytes()
    folder = tmp_path / "a-folder"
    folder.mkdir()
    hostile = tmp_path / "nested.json"
    hostile.write_bytes(HOSTILE["deeply nested"](valid))
    done = run_cli("--db", str(db), "import", str(folder), str(tmp_path / "missing.json"), str(hostile))
    assert done.returncode == 2 and done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 3 and all(line.startswith("error: ") for line in lines)
    assert "a-folder" in lines[0] and "missing.json" in lines[1] and "nested.json" in lines[2]
    assert "Traceback" not in done.stderr and db.read_bytes() == before


MARKUP = '<b>Atlas</b> <font color="red" size="40">&amp; Fils</font> <a href="x">لوز</a> <br/>'


def test_markup_in_a_name_is_shown_as_written_on_the_command_line_and_in_the_pdf(workspace, valid, tmp_path):
    file = tmp_path / "markup.json"
    file.write_bytes(_changed(valid, lambda d: (d["profile"].update(name=MARKUP), d.update(uid=_new_uid()))))
    result = workspace.import_file(file)
    assert workspace.business(result.business_id).name == MARKUP
    listed = run_cli("--db", str(workspace.path), "list")
    assert MARKUP in listed.stdout
    text = pdf_text(render_pdf(workspace.plan(result.business_id), "fr", "brief"))
    assert '<b>Atlas</b> <font color="red"' in " ".join(text.split())


def _new_uid() -> str:
    import uuid

    return str(uuid.uuid4())


def _import_or_refuse(ws: Workspace, file, data: bytes) -> None:
    """Either the file is imported whole, or a UserError says why and nothing changed; nothing else happens."""
    file.write_bytes(data)
    before, count = _fingerprint(ws), len(ws.businesses())
    try:
        result = ws.import_file(file, on_conflict="keep-both")
    except UserError as error:
        assert error.message("en") and _fingerprint(ws) == before
        return
    assert len(ws.businesses()) == count + 1 and result.changed
    ws.delete_business(result.business_id)


PROPERTY = settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])


@PROPERTY
@given(data=st.binary(max_size=2000))
def test_random_bytes_are_refused_or_imported_never_anything_else(workspace, tmp_path, data):
    _import_or_refuse(workspace, tmp_path / "random.bin", data)


@PROPERTY
@given(
    position=st.integers(min_value=0), kind=st.sampled_from(["flip", "truncate", "insert"]), byte=st.integers(0, 255)
)
def test_mutated_bytes_of_a_valid_file(workspace, valid, tmp_path, position, kind, byte):
    position %= len(valid)
    if kind == "flip":
        data = valid[:position] + bytes([valid[position] ^ (byte or 1)]) + valid[position + 1 :]
    elif kind == "truncate":
        data = valid[:position]
    else:
        data = valid[:position] + bytes([byte]) + valid[position:]
    _import_or_refuse(workspace, tmp_path / "mutated.json", data)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


@PROPERTY
@given(choice=st.integers(min_value=0), replacement=JSON_VALUES)
def test_any_value_of_a_valid_file_replaced_by_random_json(workspace, valid, tmp_path, choice, replacement):
    data = json.loads(valid)
    paths = [p for p in _paths(data) if p]
    path = paths[choice % len(paths)]
    changed = copy.deepcopy(data)
    target = changed
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = replacement
    _import_or_refuse(workspace, tmp_path / "replaced.json", _bytes(changed))
