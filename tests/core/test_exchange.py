"""Exchange files (docs/file-format.md): export, import, the choices for a business already present, merging, and
passphrase protection, as a trainer and a participant meet them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from merchant_assistant import sealed
from merchant_assistant.errors import InvalidFile, UserError
from merchant_assistant.exchange import ADDED, HERE, IMPORTED, KEPT_BOTH, MERGED, REPLACED, SKIPPED
from merchant_assistant.workspace import ImportConflict, Workspace

from ..helpers import run_cli


class Clock:
    """The time the database writes (answers, statuses, the business's last change), set by the test."""

    def __init__(self, monkeypatch):
        self.now = dt.datetime(2026, 10, 12, 9, 0, tzinfo=dt.timezone.utc)
        for module in ("merchant_assistant.storage.database", "merchant_assistant.workspace"):
            monkeypatch.setattr(f"{module}.now_iso", self.iso)

    def iso(self) -> str:
        return self.now.isoformat(timespec="seconds")

    def advance(self, hours: float = 1) -> None:
        self.now += dt.timedelta(hours=hours)


@pytest.fixture
def clock(monkeypatch):
    return Clock(monkeypatch)


def _workspace(tmp_path, name, pack) -> Workspace:
    (tmp_path / name).mkdir(exist_ok=True)
    return Workspace.open(tmp_path / name / "db.sqlite3", pack)


@pytest.fixture
def laptops(tmp_path, bundled_pack):
    """The trainer's and a participant's databases."""
    trainer, participant = (
        _workspace(tmp_path, "trainer", bundled_pack),
        _workspace(tmp_path, "participant", bundled_pack),
    )
    yield trainer, participant
    trainer.close()
    participant.close()


def _sample(ws: Workspace) -> int:
    """A business with answers, a note, an action decided, consent and a snapshot."""
    business_id = ws.create_business(
        {"name": "Épicerie Atlas", "legal_form": "sarl", "sector": "retail", "channels": ["shop"]},
        {"pay_has_ice": "yes", "pay_pro_account": "no"},
    ).business_id
    ws.save_answer(business_id, "pay_pro_account", "no", note="RDV banque mardi")
    ws.set_action(business_id, "act_sec_2fa_email", status="in_progress", owner="Fatima", due=dt.date(2026, 12, 15))
    ws.set_consent(business_id, True, on=dt.date(2026, 10, 1))
    ws.record_snapshot(business_id, "plan")
    return business_id


def _data(ws: Workspace, business_id: int) -> dict:
    data = ws.exchange_data(business_id)
    del data["exported_at"]
    return data


def test_export_import_export_gives_the_same_business(laptops, tmp_path, clock):
    trainer, participant = laptops
    business_id = _sample(participant)
    first = tmp_path / "atlas.json"
    participant.export_business(business_id, first)
    result = trainer.import_file(first)
    assert result.outcome == ADDED and result.changed and result.name == "Épicerie Atlas"
    clock.advance(5)  # exported later: only exported_at may differ
    second = tmp_path / "again.json"
    trainer.export_business(result.business_id, second)
    one, two = json.loads(first.read_text("utf-8")), json.loads(second.read_text("utf-8"))
    assert one.pop("exported_at") != two.pop("exported_at")
    assert one == two
    assert one["uid"] == participant.business(business_id).uid and one["consent_at"] == "2026-10-01"
    assert one["notes"] == {"pay_pro_account": "RDV banque mardi"} and len(one["snapshots"]) == 1
    assert one["actions"]["act_sec_2fa_email"]["owner"] == "Fatima"
    # the bytes too (stable key order), but for the exported_at line
    diff = [
        (a, b)
        for a, b in zip(first.read_text("utf-8").splitlines(), second.read_text("utf-8").splitlines(), strict=True)
        if a != b
    ]
    assert len(diff) == 1 and "exported_at" in diff[0][0]
    # the plan's progress survives the move: the snapshot is there
    assert [s.overall for s in trainer.snapshots(result.business_id)] == [
        s.overall for s in participant.snapshots(business_id)
    ]


def test_a_version_1_file_is_upgraded_and_always_a_new_business(laptops, tmp_path):
    trainer, _ = laptops
    v1 = tmp_path / "hand-written.yaml"
    v1.write_text(
        'version: 1\nprofile:\n  name: "Coopérative Tifawt"\nanswers:\n  pay_has_ice: "yes"\n'
        'notes:\n  pay_has_ice: "vu"\nactions:\n  act_sec_2fa_email: {status: done}\n',
        "utf-8",
    )
    first, second = trainer.import_file(v1), trainer.import_file(v1)
    assert first.outcome == second.outcome == ADDED and first.business_id != second.business_id
    assert trainer.answers(first.business_id)["pay_has_ice"].note == "vu"
    assert trainer.statuses(first.business_id)["act_sec_2fa_email"].status == "done"
    data = trainer.exchange_data(first.business_id)
    assert data["version"] == 2 and data["uid"] != trainer.business(second.business_id).uid


def test_a_newer_version_is_refused_with_a_message(laptops, tmp_path):
    trainer, _ = laptops
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({"format": "merchant-readiness-business", "version": 3, "profile": {"name": "X"}}))
    with pytest.raises(InvalidFile) as raised:
        trainer.import_file(newer)
    assert "newer version of the program (file version 3, this one reads 2)" in raised.value.message("en")
    assert trainer.businesses() == []


def test_the_kind_of_file_is_read_from_its_content_not_its_name(laptops, tmp_path):
    trainer, participant = laptops
    business_id = _sample(participant)
    misnamed = tmp_path / "participant.yaml"  # JSON, sealed, under a YAML name
    participant.export_business(business_id, misnamed, passphrase="tajine 2026")
    assert misnamed.read_bytes().startswith(sealed.MAGIC)
    assert trainer.import_file(misnamed, passphrase="tajine 2026").outcome == ADDED
    plain = tmp_path / "photo.pdf"
    participant.export_business(business_id, plain)
    assert trainer.import_file(plain, on_conflict="keep-both").outcome == KEPT_BOTH


def _carried(laptops, tmp_path) -> tuple[int, int, Path]:
    """The participant's sample business exported and imported by the trainer: its ids on both, and the file."""
    trainer, participant = laptops
    business_id = _sample(participant)
    file = tmp_path / "atlas.json"
    participant.export_business(business_id, file)
    return business_id, trainer.import_file(file).business_id, file


def _db_bytes(ws: Workspace) -> bytes:
    ws.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return ws.path.read_bytes()


def test_a_business_already_here_is_never_overwritten_silently(laptops, tmp_path, clock):
    trainer, _ = laptops
    _, trainer_id, file = _carried(laptops, tmp_path)
    clock.advance()
    trainer.save_answer(trainer_id, "pay_has_ice", "no")
    before = _db_bytes(trainer)
    with pytest.raises(ImportConflict) as raised:
        trainer.import_file(file)
    text = raised.value.message("en")
    assert "Épicerie Atlas" in text and "keep-both" in text and "merge" in text and "Nothing was saved" in text
    assert _db_bytes(trainer) == before
    assert trainer.import_file(file, on_conflict="skip") == trainer.import_file(file, on_conflict="skip")
    skipped = trainer.import_file(file, on_conflict="skip")
    assert skipped.outcome == SKIPPED and not skipped.changed and _db_bytes(trainer) == before


def test_keep_both_gives_the_copy_a_new_identifier_and_a_name_of_its_own(laptops, tmp_path):
    trainer, participant = laptops
    file = tmp_path / "atlas.json"
    participant.export_business(_sample(participant), file)
    original = trainer.import_file(file)
    copies = [trainer.import_file(file, on_conflict="keep-both") for _ in range(2)]
    assert [c.outcome for c in copies] == [KEPT_BOTH, KEPT_BOTH]
    assert [c.name for c in copies] == ["Épicerie Atlas (2)", "Épicerie Atlas (3)"]
    uids = {trainer.business(r.business_id).uid for r in (original, *copies)}
    assert len(uids) == 3
    assert trainer.answers(copies[1].business_id).keys() == trainer.answers(original.business_id).keys()


def test_replace_puts_the_files_business_in_place_of_the_one_here(laptops, tmp_path, clock):
    trainer, participant = laptops
    business_id, here, file = _carried(laptops, tmp_path)
    workshop = trainer.create_workshop("Fès, octobre").workshop_id
    trainer.add_participant(workshop, here)
    clock.advance()
    trainer.save_answer(here, "sec_2fa_email", "no")  # only here: gone after the replacement
    result = trainer.import_file(file, on_conflict="replace")
    assert (result.outcome, result.business_id) == (REPLACED, here)
    assert "sec_2fa_email" not in trainer.answers(here)
    assert _data(trainer, here) == _data(participant, business_id)
    assert [b.id for b in trainer.participants(workshop)] == [here]  # still in its workshop


def test_a_participants_file_changed_elsewhere_merges_newer_answers_and_lists_conflicts(laptops, tmp_path, clock):
    """The issue's case: the trainer exports a participant's business, it is changed on the participant's laptop,
    and imported again: the newer answer wins on each side, and every difference is listed with both values."""
    trainer, participant = laptops
    here = _sample(trainer)
    to_participant = tmp_path / "to-participant.json"
    trainer.export_business(here, to_participant)
    there = participant.import_file(to_participant).business_id

    clock.advance()  # the trainer changes one answer first...
    trainer.save_answer(here, "pay_has_ice", "partly")
    clock.advance()  # ...the participant later changes the same answer, another answer, a note and an action
    participant.save_answer(there, "pay_has_ice", "no")
    participant.save_answer(there, "pay_pro_account", "yes", note="compte ouvert")
    participant.save_answer(there, "sec_2fa_email", "yes")
    participant.set_action(there, "act_sec_2fa_email", status="done")
    clock.advance()  # ...then the trainer changes the note of a third one, the newest of all
    trainer.save_answer(here, "pay_has_ice", "partly", note="à vérifier")
    back = tmp_path / "back.json"
    participant.export_business(there, back)

    clock.advance()
    result = trainer.import_file(back, on_conflict="merge")
    assert (result.outcome, result.business_id, result.changed) == (MERGED, here, True)
    answers = trainer.answers(here)
    assert answers["pay_has_ice"].value == "partly" and answers["pay_has_ice"].note == "à vérifier"  # newer here
    assert answers["pay_pro_account"].value == "yes" and answers["pay_pro_account"].note == "compte ouvert"
    assert answers["sec_2fa_email"].value == "yes"  # only in the file: taken
    assert trainer.statuses(here)["act_sec_2fa_email"].status == "done"
    conflicts = {(c.kind, c.item): c for c in result.conflicts}
    assert set(conflicts) == {
        ("answer", "pay_has_ice"),
        ("note", "pay_has_ice"),
        ("answer", "pay_pro_account"),
        ("note", "pay_pro_account"),
        ("action", "act_sec_2fa_email"),
    }
    ice = conflicts[("answer", "pay_has_ice")]
    assert (ice.here, ice.imported, ice.winner) == ("partly", "no", HERE)
    account = conflicts[("answer", "pay_pro_account")]
    assert (account.here, account.imported, account.winner) == ("no", "yes", IMPORTED)
    assert conflicts[("action", "act_sec_2fa_email")].imported["status"] == "done"
    # importing the same file again finds nothing newer: nothing written, nothing printed as changed
    again = trainer.import_file(back, on_conflict="merge")
    assert again.outcome == MERGED and not again.changed


def test_cli_export_import_with_conflicts_workshop_and_a_bad_file(tmp_path):
    db, other = tmp_path / "trainer.sqlite3", tmp_path / "participant.sqlite3"
    assert run_cli("--db", str(other), "demo").stdout.strip() == "1"
    exported = tmp_path / "demo.json"
    done = run_cli("--db", str(other), "export", "--business", "1", "--out", str(exported))
    assert done.returncode == 0 and done.stdout.strip() == str(exported)
    workshop = run_cli("--db", str(db), "demo")  # a first business, so that ids differ between the laptops
    assert workshop.returncode == 0
    bad = tmp_path / "broken.json"
    bad.write_text(exported.read_text("utf-8")[:300], "utf-8")
    first = run_cli("--db", str(db), "import", str(exported), str(bad))
    assert first.returncode == 2
    assert first.stdout.split() == ["2"]  # the good file imported; ids one a line
    assert first.stderr.count("\n") == 1 and "broken.json" in first.stderr
    conflict = run_cli("--db", str(db), "import", str(exported))
    assert conflict.returncode == 2 and conflict.stdout == ""
    assert "is already here" in conflict.stderr and "--on-conflict" in conflict.stderr
    kept = run_cli("--db", str(db), "import", str(exported), "--on-conflict", "keep-both")
    assert kept.returncode == 0 and kept.stdout.split() == ["3"]
    listed = run_cli("--db", str(db), "list").stdout
    assert "Dar Zellige Fès (2)" in listed and "Dar Zellige Fès (3)" in listed


def test_cli_import_into_a_workshop_and_merge_conflicts_on_stderr(tmp_path, bundled_pack):
    db = tmp_path / "trainer.sqlite3"
    with Workspace.open(db, bundled_pack) as ws:
        business_id = _sample(ws)
        workshop = ws.create_workshop("Salé").workshop_id
        exported = tmp_path / "atlas.json"
        ws.export_business(business_id, exported)
        data = json.loads(exported.read_text("utf-8"))
        data["answers"]["pay_has_ice"] = "no"
        data["answered_at"]["pay_has_ice"] = "2099-01-01T00:00:00+00:00"
        exported.write_text(json.dumps(data), "utf-8")
    done = run_cli("--db", str(db), "import", str(exported), "--on-conflict", "merge", "--workshop", str(workshop))
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [str(business_id)]
    assert "pay_has_ice" in done.stderr and '"yes"' in done.stderr and '"no"' in done.stderr
    assert "took the file's" in done.stderr
    with Workspace.open(db, bundled_pack) as ws:
        assert [b.id for b in ws.participants(workshop)] == [business_id]
        assert ws.answers(business_id)["pay_has_ice"].value == "no"
    missing = run_cli("--db", str(db), "import", str(exported), "--on-conflict", "merge", "--workshop", "99")
    assert missing.returncode == 2 and missing.stdout == ""


def test_a_protected_file_needs_its_passphrase(laptops, tmp_path):
    trainer, participant = laptops
    file = tmp_path / "atlas.mra"
    participant.export_business(_sample(participant), file, passphrase="bon courage")
    header_len = int.from_bytes(file.read_bytes()[8:12], "big")
    header = json.loads(file.read_bytes()[12 : 12 + header_len])
    assert header["kdf"] == "scrypt" and header["n"] == sealed.SCRYPT_N and header["cipher"] == "AES-256-GCM"
    assert b"Atlas" not in file.read_bytes()
    with pytest.raises(InvalidFile) as raised:
        trainer.import_file(file)
    assert "protected by a passphrase" in raised.value.message("en") and "--passphrase-file" in raised.value.message()
    assert "phrase secrète" in raised.value.message("fr") and "عبارة سرية" in raised.value.message("ar")
    with pytest.raises(InvalidFile, match="wrong passphrase, or the file was changed"):
        trainer.import_file(file, passphrase="bon courage!")
    for position in (5, 20, len(file.read_bytes()) // 2, len(file.read_bytes()) - 1):  # magic, header, body, tag
        tampered = bytearray(file.read_bytes())
        tampered[position] ^= 0x01
        changed = tmp_path / f"tampered-{position}.mra"
        changed.write_bytes(bytes(tampered))
        with pytest.raises(UserError) as refused:
            trainer.import_file(changed, passphrase="bon courage")
        assert refused.value.code in ("exchange_wrong_passphrase", "exchange_sealed_damaged", "bf_not_utf8")
    assert trainer.businesses() == []
    assert trainer.import_file(file, passphrase="bon courage").outcome == ADDED


def test_a_hostile_header_cannot_make_the_program_spend_gigabytes(tmp_path, bundled_pack):
    data = sealed.seal(b"{}", "x")
    length = int.from_bytes(data[8:12], "big")
    header = json.loads(data[12 : 12 + length])
    header["n"] = 2**30
    raw = json.dumps(header).encode()
    hostile = tmp_path / "hostile.bin"
    hostile.write_bytes(sealed.MAGIC + len(raw).to_bytes(4, "big") + raw + data[12 + length :])
    with pytest.raises(InvalidFile, match="damaged"):
        sealed.unseal(hostile.read_bytes(), "x", hostile.name)


def test_cli_passphrase_file(tmp_path):
    db = tmp_path / "db.sqlite3"
    run_cli("--db", str(db), "demo")
    secret, wrong = tmp_path / "secret.txt", tmp_path / "wrong.txt"
    secret.write_text("ma phrase\n", "utf-8")
    wrong.write_text("pas la bonne\n", "utf-8")
    out = tmp_path / "demo.mra"
    assert run_cli("--db", str(db), "export", "--business", "1", "--out", str(out), "--passphrase-file", str(secret))
    other = tmp_path / "other.sqlite3"
    refused = run_cli("--db", str(other), "--lang", "fr", "import", str(out), "--passphrase-file", str(wrong))
    assert refused.returncode == 2 and "phrase secrète erronée" in refused.stderr
    no_pass = run_cli("--db", str(other), "import", str(out))
    assert no_pass.returncode == 2 and "--passphrase-file" in no_pass.stderr
    done = run_cli("--db", str(other), "import", str(out), "--passphrase-file", str(secret))
    assert done.returncode == 0 and done.stdout.split() == ["1"]


def test_a_returning_participant_whose_file_brings_nothing_new_still_joins_this_workshop(laptops, tmp_path, clock):
    trainer, participant = laptops
    file = tmp_path / "atlas.json"
    participant.export_business(_sample(participant), file)
    october = trainer.create_workshop("Octobre", "2026-10-12").workshop_id
    first = trainer.import_file(file, workshop_id=october)
    december = trainer.create_workshop("Décembre", "2026-12-07").workshop_id
    again = trainer.import_file(file, on_conflict="merge", workshop_id=december)
    assert not again.changed  # nothing newer in the file...
    assert [b.id for b in trainer.participants(december)] == [first.business_id]  # ...but they are here today
    january = trainer.create_workshop("Janvier").workshop_id
    trainer.import_file(file, on_conflict="skip", workshop_id=january)
    assert trainer.participants(january) == []  # "skip" writes nothing at all


def test_an_answer_to_a_question_the_content_no_longer_has_is_left_out_of_the_export(laptops, tmp_path):
    trainer, participant = laptops
    business_id = _sample(participant)
    participant.store.conn.execute(  # written by an older content, whose question was since removed
        "INSERT INTO answers (business_id, question_id, value, note, updated_at) VALUES (?, 'gone', '\"yes\"', '', 'x')",
        [business_id],
    )
    file = participant.export_business(business_id, tmp_path / "atlas.json")
    assert "gone" not in json.loads(file.read_text("utf-8"))["answers"]
    assert trainer.import_file(file).outcome == ADDED  # the program reads its own file


def test_a_replacing_file_never_gives_a_business_the_name_of_another(laptops, tmp_path, clock):
    trainer, participant = laptops
    file = tmp_path / "atlas.json"
    participant.export_business(_sample(participant), file)
    imported = trainer.import_file(file)
    trainer.rename_business(imported.business_id, "Atlas ancien nom")
    trainer.create_business({"name": "Épicerie Atlas"})  # meanwhile another business took the file's name
    replaced = trainer.import_file(file, on_conflict="replace")
    assert replaced.name == "Épicerie Atlas (2)"
    assert sorted(b.name for b in trainer.businesses()) == ["Épicerie Atlas", "Épicerie Atlas (2)"]
