"""Business files (plan --from, business template), plan --json, and saved businesses from the previous release."""

from __future__ import annotations

import json
import shutil

import pytest

from merchant_assistant.business_file import read_business_file
from merchant_assistant.storage import Store

from ..conftest import ROOT
from ..helpers import run_cli

V2_DATABASE = ROOT / "tests" / "data" / "db" / "v2.sqlite3"  # written by the release before content 2026.12

GOOD = """
format: merchant-readiness-business
version: 1
profile:
  name: "Coopérative Tifawt"
  legal_form: cooperative
  sector: cooperative_products
  channels: [website, social]
  customers: both
  goals: [online_card]
  instruments: [cash_on_delivery, transfer]
answers:
  pay_has_ice: "yes"
  pay_pro_account: "no"
  pay_documents_ready:
  sec_2fa_email: partly
notes:
  pay_pro_account: "RDV banque mardi"
actions:
  act_sec_2fa_email: {status: in_progress, owner: Fatima, due: 2026-12-15}
"""


def test_a_business_file_is_read_whole(tmp_path, bundled_pack):
    path = tmp_path / "tifawt.yaml"
    path.write_text(GOOD, encoding="utf-8")
    business = read_business_file(path, bundled_pack)
    assert business.profile["legal_form"] == "cooperative" and business.profile["goals"] == ["online_card"]
    assert business.answers == {"pay_has_ice": "yes", "pay_pro_account": "no", "sec_2fa_email": "partly"}
    assert business.notes == {"pay_pro_account": "RDV banque mardi"}
    assert business.statuses["act_sec_2fa_email"].owner == "Fatima"


@pytest.mark.parametrize(
    "change, message",
    [
        (("answers:", 'answers:\n  pay_not_a_question: "yes"'), "no question pay_not_a_question"),
        (("sec_2fa_email: partly", "sec_2fa_email: perhaps"), "sec_2fa_email: answer must be one of"),
        (("legal_form: cooperative", "legal_form: llc"), "profile: legal_form: unknown choice"),
        (("version: 1", "version: 7"), "newer version"),
        (("answers:", "anwsers: {}\nanswers:"), "unknown key anwsers"),
        (("due: 2026-12-15", "due: 2026-13-45"), "not valid YAML: month must be in 1..12"),
        (("due: 2026-12-15", "due: next week"), "due (a date written YYYY-MM-DD)"),
        (('name: "Coopérative Tifawt"', "name:"), "profile: name: this field is required"),
    ],
)
def test_a_wrong_business_file_is_refused_with_one_line(tmp_path, change, message):
    path = tmp_path / "wrong.yaml"
    path.write_text(GOOD.replace(*change), encoding="utf-8")
    result = run_cli("plan", "--from", str(path), "--json")
    assert result.returncode == 2, result.stderr
    assert result.stdout == "" and len(result.stderr.strip().splitlines()) == 1
    assert "wrong.yaml" in result.stderr and message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("content", [b"", b"[1, 2]", b"\xff\xfe\x00", b"profile: [", b'{"profile": '])
def test_garbage_is_refused(tmp_path, content):
    path = tmp_path / "garbage.json"
    path.write_bytes(content)
    result = run_cli("plan", "--from", str(path), "--json")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_plan_from_a_file_prints_the_ordered_plan_as_json_and_saves_nothing(tmp_path):
    path = tmp_path / "tifawt.json"
    import yaml

    path.write_text(json.dumps(yaml.safe_load(GOOD.replace("2026-12-15", "'2026-12-15'")), ensure_ascii=False))
    db = tmp_path / "never.sqlite3"
    result = run_cli("--db", str(db), "--lang", "en", "plan", "--from", str(path), "--json", "--date", "2026-11-27")
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    assert set(plan) >= {"business", "goal", "readiness", "actions"}
    assert plan["goal"] == ["online_card"] and plan["business"]["name"] == "Coopérative Tifawt"
    first = plan["actions"][0]
    assert set(first) >= {"id", "title", "priority", "blocker", "due", "after", "uncertain", "terms"}
    assert first["blocker"], "the goal's blockers come first"
    ids = [a["id"] for a in plan["actions"]]
    assert all(ids.index(b) < ids.index(a["id"]) for a in plan["actions"] for b in a["after"])
    assert "act_pay_get_rc" not in ids  # a cooperative has no RC to register
    assert not db.exists()


def test_the_json_plan_is_the_pdf_plan(tmp_path):
    """--json and the PDF come from the same list: the PDF numbers the actions in that order."""
    out = tmp_path / "plan.pdf"
    result = run_cli("--lang", "en", "plan", "--demo", "--json", "--out", str(out), "--date", "2026-11-27")
    assert result.returncode == 0, result.stderr
    titles = [a["title"] for a in json.loads(result.stdout)["actions"]]
    from pypdf import PdfReader

    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(out)).pages)
    positions = [text.find(f"{n}. {title.split()[0]}") for n, title in enumerate(titles, 1)]
    assert all(p >= 0 for p in positions), [t for t, p in zip(titles, positions) if p < 0]


def test_template_lists_every_field_and_question_and_reads_back_once_named(tmp_path, bundled_pack):
    out = tmp_path / "participant.yaml"
    result = run_cli("business", "template", "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    for f in bundled_pack.profile_fields:
        assert f"\n  {f.id}:" in text
    for q in bundled_pack.questions:
        assert f"\n  {q.id}:" in text
    out.write_text(text.replace("\n  name:\n", '\n  name: "Atelier Nour"\n'), encoding="utf-8")
    business = read_business_file(out, bundled_pack)
    assert business.profile["name"] == "Atelier Nour" and business.answers == {}
    assert run_cli("business", "template", "--out", str(tmp_path / "t.txt")).returncode == 2


def test_businesses_saved_by_the_previous_release_keep_their_answers(tmp_path, bundled_pack):
    db = tmp_path / "old.sqlite3"
    shutil.copy(V2_DATABASE, db)
    import sqlite3

    before = sqlite3.connect(db).execute("SELECT business_id, question_id, value FROM answers").fetchall()
    with Store(db) as store:
        businesses = {b.name: b for b in store.list_businesses()}
        after = [(b.id, qid, a.value) for b in businesses.values() for qid, a in store.answers(b.id).items()]
    assert sorted((b, q, json.loads(v)) for b, q, v in before) == sorted(after)
    zellige = businesses["Dar Zellige Fès"].profile
    assert zellige["goals"] == ["card_terminal", "online_card"]
    assert zellige["instruments"] == ["cash_on_delivery"] and zellige["data_held"] == ["customers"]
    assert "payment_methods" not in zellige and "collects_customer_data" not in zellige
    riad = businesses["Riad Atlas"].profile
    assert riad["sector"] == "accommodation" and riad["instruments"] == ["transfer"]
    from merchant_assistant.profile import profile_problems

    assert profile_problems(bundled_pack, zellige) == [] and profile_problems(bundled_pack, riad) == []
