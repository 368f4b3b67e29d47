"""The workshop commands as a trainer's script uses them: create, list, add, remove, show, plans, summary; every
bad input is one line on stderr, exit code 2, nothing written."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import unicodedata

import pytest

from merchant_assistant.cli import parse_arguments, run
from merchant_assistant.content.model import tr
from merchant_assistant.progress import PLAN, WORKSHOP
from merchant_assistant.records import Snapshot
from merchant_assistant.workspace import Workspace

from ..helpers import bundled_pack, pdf_text
from ..helpers import run_cli as run_process
from .workshop_helpers import seed_workshop

FEW = ("02_sarl_card_terminal.yaml", "04_guesthouse_foreign_cards.yaml", "07_restaurant_terminal_qr.yaml")


def cli(capsys, *args: str) -> tuple[int, str, str]:
    """``main.py ARGS`` in this process (the commands are the same functions; one test runs the real process)."""
    try:
        code = run(parse_arguments(list(args)))
    except SystemExit as stop:  # argparse's refusal of an argument
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def assert_refused(result: tuple[int, str, str], *fragments: str) -> None:
    code, out, err = result
    assert code == 2, result
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    assert out == ""
    for fragment in fragments:
        assert fragment in err


@pytest.fixture
def room(db_path):
    """Three participants of the test businesses."""
    workshop, ids = seed_workshop(db_path, FEW)
    return str(db_path), workshop, ids


def workspace(db: str) -> Workspace:
    return Workspace.open(db, bundled_pack())


# -- create, list, add, remove, show -------------------------------------------------------------------------------
def test_create_prints_the_id_and_list_shows_the_workshop(capsys, db_path):
    db = str(db_path)
    db_path.parent.mkdir(parents=True)
    code, out, _ = cli(capsys, "--db", db, "workshop", "create", "Atelier Fès", "--date", "2026-12-03",
                       "--place", "CCIS Fès", "--trainer", "Nadia")  # fmt: skip
    workshop_id = out.strip()
    assert code == 0 and workshop_id.isdigit()
    code, out, _ = cli(capsys, "--db", db, "workshop", "list")
    header, row = out.strip().splitlines()
    assert header.split()[:3] == ["ID", "DATE", "PARTICIPANTS"]
    assert row.split()[:3] == [workshop_id, "2026-12-03", "0"]
    assert "Atelier Fès" in row and "CCIS Fès" in row and "Nadia" in row


@pytest.mark.parametrize(
    "args, fragment",
    [
        (("workshop", "create", "X", "--date", "2026-13-40"), "YYYY-MM-DD"),
        (("workshop", "create", "   "), "name"),
        (("workshop", "create", "X" * 500), "name: too long"),
    ],
)
def test_create_refuses_a_bad_date_or_name_and_writes_nothing(capsys, db_path, args, fragment):
    db_path.parent.mkdir(parents=True)
    assert_refused(cli(capsys, "--db", str(db_path), *args), fragment)
    with workspace(str(db_path)) as ws:
        assert ws.workshops() == []


def test_add_by_name_and_remove(capsys, room):
    db, workshop, ids = room
    with workspace(db) as ws:
        extra = ws.create_business({"name": "Dar Salam", "legal_form": "sarl", "sector": "retail"}).business_id
    code, out, _ = cli(capsys, "--db", db, "workshop", "add", "--workshop", str(workshop), "--business", "dar salam")
    assert code == 0 and out.strip() == str(extra)
    with workspace(db) as ws:
        assert [b.id for b in ws.participants(workshop)][-1] == extra
    code, out, _ = cli(capsys, "--db", db, "workshop", "remove", "--workshop", str(workshop), "--business", str(extra))
    assert code == 0 and out.strip() == str(extra)
    with workspace(db) as ws:
        assert extra not in [b.id for b in ws.participants(workshop)]
    # removing someone who is not (or no longer) a participant says so
    assert_refused(
        cli(capsys, "--db", db, "workshop", "remove", "--workshop", str(workshop), "--business", str(extra)),
        "not a participant",
    )


@pytest.mark.parametrize(
    "args, fragment",
    [
        (("add", "--workshop", "99", "--business", "1"), "no workshop"),
        (("add", "--workshop", "{w}", "--business", "Nobody"), "no business"),
        (("show", "--workshop", "99"), "no workshop"),
        (("summary", "--workshop", "99", "--out", "{tmp}/s.pdf"), "no workshop"),
        (("summary", "--workshop", "{w}", "--out", "{tmp}/s.txt"), "s.txt"),
        (("summary", "--workshop", "{w}", "--out", "{tmp}/s.pdf", "--csv", "{tmp}/s.txt"), "s.txt"),
        (("summary", "--workshop", "{w}", "--out", "{tmp}/missing/s.pdf"), "does not exist"),
        (("summary", "--workshop", "{w}", "--out", "{tmp}/s.pdf", "--csv", "{tmp}/missing/s.csv"), "does not exist"),
    ],
)
def test_bad_references_are_one_line_and_change_nothing(capsys, room, tmp_path, args, fragment):
    db, workshop, _ = room
    out = tmp_path / "out"
    out.mkdir()
    filled = [a.format(w=workshop, tmp=out) for a in args]
    assert_refused(cli(capsys, "--db", db, "workshop", *filled), fragment)
    assert list(out.iterdir()) == []
    with workspace(db) as ws:
        assert len(ws.participants(workshop)) == len(FEW)


def test_show_prints_the_room_table(capsys, room):
    db, workshop, ids = room
    code, out, _ = cli(capsys, "--db", db, "workshop", "show", "--workshop", str(workshop))
    assert code == 0
    lines = out.strip().splitlines()
    assert lines[0] == "Atelier Fès · 2026-12-03 · CCIS Fès · Nadia"
    assert lines[1].split() == [
        "ID", "PARTICIPANT", "ANSWERED", "READINESS", "PAYMENTS", "SECURITY", "LEGAL", "BLOCKERS", "DONE", "SINCE"
    ]  # fmt: skip
    with workspace(db) as ws:
        for line, (name, business_id) in zip(lines[2:], ids.items()):
            plan = ws.plan(business_id)
            assert name in line
            assert f"{plan.readiness.answered}/{plan.readiness.applicable}" in line
            assert f" {plan.readiness.overall}%" in line and line.endswith("first workshop")


# -- plans --------------------------------------------------------------------------------------------------------
def test_plans_in_one_real_process_one_pdf_each_progress_on_stderr_and_a_snapshot_each(room, tmp_path):
    db, workshop, ids = room
    out = tmp_path / "plans" / "fes"  # created, with its parent
    result = run_process("--db", db, "workshop", "plans", "--workshop", str(workshop), "--out", str(out),
                         "--lang", "ar", "--format", "brief")  # fmt: skip
    assert result.returncode == 0, result.stderr
    written = sorted(p.name for p in out.iterdir())
    assert written == sorted(f"{name}.pdf" for name in ids)
    assert sorted(result.stdout.strip().splitlines()) == sorted(str(out / n) for n in written)
    progress = result.stderr.strip().splitlines()
    assert [line.split()[0] for line in progress] == ["[1/3]", "[2/3]", "[3/3]"]
    assert sorted(line.split(" ", 1)[1] for line in progress) == sorted(ids)
    text = pdf_text(out / "Riad Dar Nour.pdf")
    assert unicodedata.normalize("NFKC", "خطتك باختصار") in text  # the Arabic brief
    with workspace(db) as ws:
        for business_id in ids.values():
            [snapshot] = ws.snapshots(business_id)
            assert snapshot.reason == WORKSHOP and snapshot.workshop_id == workshop


def test_the_next_workshop_shows_each_participants_progress_since(capsys, room, tmp_path):
    db, first, ids = room
    assert cli(capsys, "--db", db, "workshop", "plans", "--workshop", str(first), "--out", str(tmp_path / "a"))[0] == 0
    riad = ids["Riad Dar Nour"]
    with workspace(db) as ws:
        action = ws.plan(riad).items[0].action.id
        ws.set_action(riad, action, status="done")
        later = ws.create_workshop("Suivi", dt.date.today() + dt.timedelta(days=30)).workshop_id
        for business_id in ids.values():
            ws.add_participant(later, business_id)
    code, out, _ = cli(capsys, "--db", db, "workshop", "show", "--workshop", str(later))
    riad_line = next(line for line in out.splitlines() if "Riad Dar Nour" in line)
    assert "+1 done" in riad_line and f"since {dt.date.today()}" in riad_line
    other = next(line for line in out.splitlines() if "Restaurant Al Bahr" in line)
    assert "+0 done, +0 pts" in other


def test_plans_refuses_an_output_that_is_a_file_or_cannot_be_made(capsys, room, tmp_path):
    db, workshop, _ = room
    a_file = tmp_path / "plans.pdf"
    a_file.write_bytes(b"mine")
    assert_refused(cli(capsys, "--db", db, "workshop", "plans", "--workshop", str(workshop), "--out", str(a_file)),
                   "is a file")  # fmt: skip
    assert a_file.read_bytes() == b"mine"
    under_a_file = a_file / "plans"
    assert_refused(
        cli(capsys, "--db", db, "workshop", "plans", "--workshop", str(workshop), "--out", str(under_a_file)),
        "plans.pdf",
    )
    with workspace(db) as ws:
        assert all(ws.snapshots(b.id) == [] for b in ws.participants(workshop))


def test_plans_of_an_unknown_or_empty_workshop_create_no_folder(capsys, room, tmp_path):
    db, _, _ = room
    out = tmp_path / "plans"
    assert_refused(cli(capsys, "--db", db, "workshop", "plans", "--workshop", "99", "--out", str(out)), "no workshop")
    with workspace(db) as ws:
        empty = ws.create_workshop("Vide").workshop_id
    assert_refused(
        cli(capsys, "--db", db, "workshop", "plans", "--workshop", str(empty), "--out", str(out)), "no participants"
    )
    assert not out.exists()


def test_plans_go_on_past_a_locked_file_and_exit_2(capsys, room, tmp_path):
    db, workshop, ids = room
    out = tmp_path / "plans"
    out.mkdir()
    (out / "Riad Dar Nour.pdf").mkdir()  # in the way, as a PDF open in a viewer would be on Windows
    code, stdout, err = cli(capsys, "--db", db, "workshop", "plans", "--workshop", str(workshop), "--out", str(out))
    assert code == 2
    assert sorted(p.name for p in out.iterdir() if p.is_file()) == sorted(
        f"{n}.pdf" for n in ids if n != "Riad Dar Nour"
    )
    assert "plan of Riad Dar Nour not written" in err and "1 of 3 plans could not be written" in err.splitlines()[-1]
    assert not [p for p in out.iterdir() if p.name.endswith(".part")]
    with workspace(db) as ws:  # only the plans written count as printed
        assert ws.snapshots(ids["Riad Dar Nour"]) == []
        assert len(ws.snapshots(ids["Restaurant Al Bahr"])) == 1


# -- the plan's progress since the last snapshot ------------------------------------------------------------------
def _snapshot_in_october(ws: Workspace, business_id: int) -> None:
    plan = ws.plan(business_id)
    modules = {m.module.id: m.score for m in plan.readiness.modules if m.score is not None}
    ws.store.add_snapshot(
        Snapshot(
            business_id,
            "2026-10-12T09:00:00+00:00",
            PLAN,
            plan.readiness.overall - 12,
            modules,
            (),
            len(plan.open_items),
            len(plan.blockers),
        )  # fmt: skip
    )


def test_a_printed_plan_records_a_snapshot_and_says_what_changed_since_the_last_one(capsys, room, tmp_path):
    db, _, ids = room
    riad = ids["Riad Dar Nour"]
    first = tmp_path / "first.pdf"
    assert cli(capsys, "--db", db, "plan", "--business", str(riad), "--out", str(first), "--format", "brief")[0] == 0
    text = pdf_text(first)
    assert "depuis le" not in text and "Pas de changement" not in text  # nothing before: no line
    with workspace(db) as ws:
        [snapshot] = ws.snapshots(riad)
        assert snapshot.reason == PLAN
        ws.store.conn.execute("DELETE FROM snapshots")
        _snapshot_in_october(ws, riad)
        done = [i.action.id for i in ws.plan(riad).items[:3]]
        for action in done:
            ws.set_action(riad, action, status="done")
    for lang, words in (
        ("fr", "+3 actions faites depuis le 12 octobre 2026"),
        ("en", "+3 actions done since 12 October 2026"),
        ("ar", "3 إجراءات جديدة منجزة منذ 12 أكتوبر 2026"),
    ):
        out = tmp_path / f"plan-{lang}.pdf"
        assert cli(capsys, "--db", db, "--lang", lang, "plan", "--business", str(riad), "--out", str(out))[0] == 0
        # the line's words (extraction gives a right-to-left line's numbers in visual order)
        phrase = unicodedata.normalize("NFKC", " ".join(words.split()[1:5]))
        [line] = [line for line in pdf_text(out).splitlines() if phrase in line or phrase in line[::-1]]
        # each word (an extractor may join a right-to-left line's number to the Arabic word drawn beside it)
        assert all(word in line for word in unicodedata.normalize("NFKC", words).split()), (lang, line)
    code, out, _ = cli(capsys, "--db", db, "plan", "--business", str(riad), "--json")
    progress = json.loads(out)["progress"]
    assert progress["since"] == "2026-10-12" and progress["actions_done"] == 3
    assert progress["readiness_change"] >= 12 and set(progress["modules"]) <= {"payments", "security", "legal"}
    assert progress["readiness_now"] - progress["readiness_then"] == progress["readiness_change"]


def test_json_progress_is_null_without_an_earlier_snapshot(capsys, room):
    db, _, ids = room
    code, out, _ = cli(capsys, "--db", db, "plan", "--business", str(ids["Restaurant Al Bahr"]), "--json")
    assert code == 0 and json.loads(out)["progress"] is None


# -- summary ------------------------------------------------------------------------------------------------------
def test_summary_is_anonymous_by_default_and_names_them_when_asked(capsys, room, tmp_path):
    db, workshop, ids = room
    pdf, table = tmp_path / "summary.pdf", tmp_path / "summary.csv"
    code, out, _ = cli(capsys, "--db", db, "workshop", "summary", "--workshop", str(workshop), "--out", str(pdf),
                       "--csv", str(table))  # fmt: skip
    assert code == 0 and out.split() == [str(pdf), str(table)]
    text, rows = pdf_text(pdf), table.read_text(encoding="utf-8-sig")
    assert "Atelier Fès" in text and "Synthèse de l'atelier" in text
    for name in ids:
        assert name not in text and name not in rows
    assert [r.split(";")[0] for r in rows.splitlines()[1:]] == ["1", "2", "3"]
    cli(capsys, "--db", db, "workshop", "summary", "--workshop", str(workshop), "--out", str(pdf), "--csv",
        str(table), "--names", "--lang", "en")  # fmt: skip
    text, rows = pdf_text(pdf), table.read_text(encoding="utf-8-sig")
    assert "Workshop summary" in text
    for name in ids:
        assert name in text and name in rows
    first = list(csv.reader(io.StringIO(rows)))[1]
    assert first[0] == f"1. {next(iter(ids))}"


def test_summary_in_arabic(capsys, room, tmp_path):
    db, workshop, _ = room
    pdf = tmp_path / "s.pdf"
    assert cli(capsys, "--db", db, "--lang", "ar", "workshop", "summary", "--workshop", str(workshop),
               "--out", str(pdf))[0] == 0  # fmt: skip
    text = pdf_text(pdf)
    pack = bundled_pack()
    assert unicodedata.normalize("NFKC", "ملخص الورشة") in text
    assert unicodedata.normalize("NFKC", tr(pack.modules[0].title, "ar")).split()[0] in text
