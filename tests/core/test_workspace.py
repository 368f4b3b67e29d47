"""The one write path: each write validates, refuses bad input with nothing written, and says what changed."""

from __future__ import annotations

import datetime as dt

import pytest

from merchant_assistant.errors import InvalidInput, NotFound, UserError
from merchant_assistant.plan import ActionStatus
from merchant_assistant.service import add_demo_business, business_plan
from merchant_assistant.workspace import (
    ACTION,
    ANSWER,
    CREATED,
    DELETED,
    PROFILE,
    STEP,
    Change,
    InvalidChange,
    Workspace,
)

VALID_ICE = "002468135000034"


@pytest.fixture
def ws(store, fixture_pack):
    return Workspace(store, fixture_pack)


@pytest.fixture
def business_id(ws):
    return ws.create_business({"name": "Épicerie Atlas", "channels": ["shop"]}).business_id


def spy(monkeypatch, store, method):
    """Record the calls of one Store method (still carried out)."""
    calls = []
    real = getattr(store, method)

    def recording(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(store, method, recording)
    return calls


# -- businesses and profiles -----------------------------------------------------------------------------------
def test_create_business_normalises_and_reports_what_it_wrote(ws):
    change = ws.create_business(
        {"name": "  Épicerie Atlas ", "ice": "0024 6813 5000 034", "channels": ["website", "shop"]}
    )
    assert isinstance(change, Change) and change.kind == CREATED
    assert change.steps and change.readiness and change.plan and not change.empty
    assert {"name", "ice", "channels"} <= set(change.fields) and change.questions == ()
    business = ws.business(change.business_id)
    assert business.name == "Épicerie Atlas"
    assert business.profile["ice"] == VALID_ICE
    assert business.profile["channels"] == ["shop", "website"]  # content order
    with pytest.raises(AttributeError):
        change.kind = PROFILE  # frozen


def test_create_business_refuses_every_problem_at_once_and_writes_nothing(ws):
    with pytest.raises(InvalidChange) as caught:
        ws.create_business({"name": "   ", "ice": "001234567000089", "colour": "blue"})
    error = caught.value
    assert isinstance(error, InvalidInput) and isinstance(error, UserError)
    assert {k: p.code for k, p in error.problems.items()} == {
        "name": "field_required",
        "ice": "ice_invalid",
        "colour": "field_unknown",
    }
    assert error.code == "field_required" and error.subject == "name"  # the error itself: the first problem
    assert ws.businesses() == []


def test_create_business_with_a_bad_first_answer_writes_nothing(ws):
    with pytest.raises(InvalidChange) as caught:
        ws.create_business({"name": "Atlas"}, {"t_rc": "yes", "t_route": "teleport", "t_nope": "yes"})
    assert {k: p.code for k, p in caught.value.problems.items()} == {
        "t_route": "answer_not_allowed",
        "t_nope": "unknown_question",
    }
    assert ws.businesses() == []


def test_update_profile_writes_only_a_real_difference(ws, business_id, store, monkeypatch):
    writes = spy(monkeypatch, store, "update_profile")
    change = ws.update_profile(business_id, {"name": "Épicerie Atlas", "channels": ["shop", "website"]})
    assert change == Change(PROFILE, business_id, fields=("channels",))
    assert change.steps and change.plan
    assert ws.business(business_id).profile["channels"] == ["shop", "website"]
    assert len(writes) == 1

    again = ws.update_profile(business_id, {"name": " Épicerie Atlas", "channels": ["website", "shop"]})
    assert again.empty and not again.steps and not again.plan
    assert len(writes) == 1  # the same profile once normalised: nothing written


def test_update_profile_refuses_an_invalid_profile_and_keeps_the_stored_one(ws, business_id):
    before = ws.business(business_id)
    with pytest.raises(InvalidChange) as caught:
        ws.update_profile(business_id, {"name": "Atlas", "staff": "thousands"})
    assert caught.value.problems["staff"].code == "choice_unknown"
    assert ws.business(business_id) == before
    with pytest.raises(NotFound):
        ws.update_profile(business_id + 100, {"name": "Nobody"})


def test_profile_problems_are_the_ones_saving_refuses(ws):
    assert set(ws.profile_problems({"name": "", "ice": "12"})) == {"name", "ice"}
    assert ws.profile_problems({"name": "Atlas"}) == {}


# -- answers ---------------------------------------------------------------------------------------------------
def test_save_answer_validates_and_reports_the_question(ws, business_id):
    change = ws.save_answer(business_id, "t_rc", "no")
    assert change == Change(ANSWER, business_id, questions=("t_rc",))
    assert change.readiness and change.plan and not change.steps
    assert ws.answers(business_id)["t_rc"].value == "no"

    multi = ws.save_answer(business_id, "t_site_pages", ("cgv", "legal_notice"))
    assert multi.questions == ("t_site_pages",)
    assert ws.answers(business_id)["t_site_pages"].value == ["cgv", "legal_notice"]


@pytest.mark.parametrize(
    "question_id, value, code",
    [
        ("t_rc", "maybe", "answer_not_allowed"),
        ("t_route", "teleport", "answer_not_allowed"),
        ("t_site_pages", ["cgv", "blog"], "option_unknown"),
        ("t_site_pages", "cgv", "answer_not_list"),
        ("t_bank_name", 12, "answer_not_text"),
        ("t_bank_name", "x" * 2001, "answer_too_long"),
        ("t_not_a_question", "yes", "unknown_question"),
        ("t_not_a_question", None, "unknown_question"),
    ],
)
def test_save_answer_refuses_bad_input_with_nothing_written(
    ws, business_id, store, monkeypatch, question_id, value, code
):
    ws.save_answer(business_id, "t_bank_name", "Banque Populaire")
    before = ws.answers(business_id)
    writes = spy(monkeypatch, store, "save_answer")
    with pytest.raises(InvalidChange) as caught:
        ws.save_answer(business_id, question_id, value)
    assert caught.value.problems[question_id].code == code
    assert writes == [] and ws.answers(business_id) == before


def test_the_same_answer_again_is_not_written_and_keeps_its_date(ws, business_id, store, monkeypatch):
    ws.save_answer(business_id, "t_rc", "no")
    writes = spy(monkeypatch, store, "save_answer")
    change = ws.save_answer(business_id, "t_rc", "no")
    assert change.empty and change.questions == () and not change.readiness
    assert writes == []  # due dates count from the answer's date: it stays


def test_notes_are_kept_unless_given_and_checked(ws, business_id):
    ws.save_answer(business_id, "t_rc", "no", note="  ask the accountant ")
    assert ws.answers(business_id)["t_rc"].note == "ask the accountant"
    ws.save_answer(business_id, "t_rc", "yes")  # no note given: the stored note stays
    stored = ws.answers(business_id)["t_rc"]
    assert (stored.value, stored.note) == ("yes", "ask the accountant")
    assert ws.save_answer(business_id, "t_rc", "yes", note="").questions == ("t_rc",)
    assert ws.answers(business_id)["t_rc"].note == ""
    with pytest.raises(InvalidChange):
        ws.save_answer(business_id, "t_rc", "yes", note="x" * 2001)


def test_removing_an_answer(ws, business_id):
    ws.save_answer(business_id, "t_rc", "no")
    assert ws.save_answer(business_id, "t_rc", None).questions == ("t_rc",)
    assert "t_rc" not in ws.answers(business_id)
    assert ws.save_answer(business_id, "t_rc", None).empty  # nothing left to remove


def test_an_answer_for_a_missing_business_is_refused(ws):
    with pytest.raises(NotFound):
        ws.save_answer(999, "t_rc", "no")


def test_a_failed_write_leaves_nothing_behind(ws, business_id, store, monkeypatch):
    from merchant_assistant.errors import DiskFull

    def full(*args, **kwargs):
        raise DiskFull("disk_full", path=store.path)

    monkeypatch.setattr(store, "save_answer", full)
    with pytest.raises(DiskFull):
        ws.save_answer(business_id, "t_rc", "no")
    monkeypatch.undo()
    assert ws.answers(business_id) == {}
    assert ws.save_answer(business_id, "t_rc", "no").questions == ("t_rc",)  # the connection is usable again


# -- actions ---------------------------------------------------------------------------------------------------
def test_a_status_change_keeps_the_owner_and_due_date(ws, business_id):
    due = dt.date(2027, 1, 15)
    first = ws.set_action(business_id, "act_t_rc", owner="  Samira ", due=due)
    assert first == Change(ACTION, business_id, actions=("act_t_rc",))
    assert first.plan and not first.readiness and not first.steps

    ws.set_action(business_id, "act_t_rc", status="in_progress")
    assert ws.statuses(business_id)["act_t_rc"] == ActionStatus("act_t_rc", "in_progress", "Samira", due)

    ws.set_action(business_id, "act_t_rc", due=None)  # None clears; what is not given stays
    assert ws.statuses(business_id)["act_t_rc"] == ActionStatus("act_t_rc", "in_progress", "Samira", None)
    ws.set_action(business_id, "act_t_rc", owner="")
    assert ws.statuses(business_id)["act_t_rc"].owner is None


def test_an_unchanged_action_is_not_written(ws, business_id, store, monkeypatch):
    ws.set_action(business_id, "act_t_rc", status="done")
    writes = spy(monkeypatch, store, "set_action_status")
    assert ws.set_action(business_id, "act_t_rc", status="done").empty
    assert ws.set_action(business_id, "act_t_bank", status="todo").empty  # the default: nothing to store
    assert writes == []


@pytest.mark.parametrize(
    "action_id, given, code",
    [
        ("act_nope", {"status": "done"}, "unknown_action"),
        ("act_t_rc", {"status": "finished"}, "status_unknown"),
        ("act_t_rc", {"owner": "x" * 201}, "owner_too_long"),
        ("act_t_rc", {"owner": 7}, "field_not_text"),
    ],
)
def test_bad_action_changes_are_refused_with_nothing_written(ws, business_id, action_id, given, code):
    ws.set_action(business_id, "act_t_rc", status="in_progress", owner="Samira")
    before = ws.statuses(business_id)
    with pytest.raises(InvalidChange) as caught:
        ws.set_action(business_id, action_id, **given)
    assert caught.value.problems[action_id].code == code
    assert ws.statuses(business_id) == before


def test_a_due_date_must_be_a_date(ws, business_id):
    with pytest.raises(TypeError):
        ws.set_action(business_id, "act_t_rc", due="next week")
    assert ws.statuses(business_id) == {}


# -- steps, deleting, the sample -------------------------------------------------------------------------------
def test_set_current_step(ws, business_id):
    change = ws.set_current_step(business_id, "shop/shop_status")
    assert change == Change(STEP, business_id, step="shop/shop_status")
    assert not change.plan and not change.empty
    assert ws.business(business_id).current_step == "shop/shop_status"
    with pytest.raises(NotFound):
        ws.set_current_step(business_id + 1, "plan")


def test_delete_business(ws, business_id):
    ws.save_answer(business_id, "t_rc", "no")
    ws.set_action(business_id, "act_t_rc", status="done")
    change = ws.delete_business(business_id)
    assert change == Change(DELETED, business_id)
    assert ws.businesses() == [] and ws.answers(business_id) == {} and ws.statuses(business_id) == {}
    with pytest.raises(NotFound):
        ws.delete_business(business_id)


def test_the_sample_business_goes_through_the_workspace(ws, store, fixture_pack):
    change = ws.add_demo()
    assert change.kind == CREATED and set(change.questions) == set(fixture_pack.demo["answers"])
    assert ws.business(change.business_id).name == "Boutique Test"
    other = add_demo_business(store, fixture_pack)  # the CLI's way: the same write path
    assert ws.answers(other).keys() == ws.answers(change.business_id).keys()


def test_reads_are_the_services(ws, business_id, store, fixture_pack):
    ws.save_answer(business_id, "t_rc", "no")
    today = dt.date(2026, 11, 26)
    business = ws.business(business_id)
    assert ws.plan(business_id, today=today) == business_plan(store, fixture_pack, business, today=today)
    assert ws.readiness(business_id) == ws.readiness(business, ws.answers(business_id))
    assert [b.id for b in ws.businesses()] == [business_id]


def test_the_list_figures_are_scored_again_only_for_a_changed_business(ws, business_id, store, monkeypatch):
    other = ws.create_business({"name": "Atelier Fès", "channels": ["shop"]}).business_id
    first = {b.id: ws.readiness(b) for b in ws.businesses()}
    reads = spy(monkeypatch, store, "answers")
    assert {b.id: ws.readiness(b) for b in ws.businesses()} == first
    assert reads == []  # nothing changed: nothing read again

    ws.save_answer(business_id, "t_rc", "yes")
    del reads[:]
    again = {b.id: ws.readiness(b) for b in ws.businesses()}
    assert [args[0] for args in reads] == [business_id]  # only the changed business
    assert again[other] == first[other]
    assert again[business_id] == ws.readiness(business_id, ws.answers(business_id)) != first[business_id]

    ws.update_profile(business_id, {"name": "Épicerie Atlas et fils", "channels": ["shop"]})
    assert ws.readiness(business_id) == ws.readiness(business_id, ws.answers(business_id))
    ws.delete_business(other)
    assert [b.id for b in ws.businesses()] == [business_id]


@pytest.mark.parametrize("zero", [0x0660, 0x06F0], ids=["arabic-indic", "eastern-arabic-indic"])
def test_an_ice_typed_with_arabic_digits_is_the_same_number(ws, zero):
    typed = "".join(chr(zero + int(d)) for d in VALID_ICE)
    assert ws.profile_problems({"name": "Atlas", "ice": typed}) == {}
    change = ws.create_business({"name": "Atlas", "ice": typed})
    assert ws.business(change.business_id).profile["ice"] == VALID_ICE  # stored as written on the certificate


# -- renaming, duplicating, deleting with a way back ----------------------------------------------------------
def test_rename_checks_the_name_and_keeps_the_rest_of_the_profile(ws, business_id):
    change = ws.rename_business(business_id, "  Épicerie Atlas 2  ")
    assert change == Change(PROFILE, business_id, fields=("name",))
    business = ws.business(business_id)
    assert business.name == "Épicerie Atlas 2" and business.profile["channels"] == ["shop"]
    assert ws.rename_business(business_id, "Épicerie Atlas 2").empty
    for bad, code in (("   ", "field_required"), ("x" * 201, "field_too_long")):
        with pytest.raises(InvalidChange) as refused:
            ws.rename_business(business_id, bad)
        assert refused.value.problems["name"].code == code
    assert ws.business(business_id).name == "Épicerie Atlas 2"


def test_rename_refuses_the_name_of_another_business(ws, business_id):
    other = ws.create_business({"name": "Café Atlas"}).business_id
    with pytest.raises(InvalidChange) as refused:
        ws.rename_business(business_id, "  cafe atlas ")  # the same name to a reader: accents and case aside
    assert refused.value.problems["name"].code == "name_taken"
    assert ws.business(business_id).name != "cafe atlas"
    assert ws.rename_business(other, "CAFÉ ATLAS").fields == ("name",)  # its own name, written differently


def test_duplicate_copies_profile_answers_and_notes_not_the_progress(ws, business_id):
    ws.save_answer(business_id, "t_rc", "no", note="demander au comptable")
    ws.save_answer(business_id, "t_site_pages", ["cgv"])
    ws.set_action(business_id, "act_t_rc", status="done", owner="Karim", due=dt.date(2026, 12, 5))
    ws.set_current_step(business_id, "plan")
    change = ws.duplicate_business(business_id, "copie")
    copy = ws.business(change.business_id)
    assert change.kind == CREATED and change.business_id != business_id
    assert copy.name == "Épicerie Atlas (copie)"
    assert {k: v for k, v in copy.profile.items() if k != "name"} == {
        k: v for k, v in ws.business(business_id).profile.items() if k != "name"
    }
    answers = ws.answers(change.business_id)
    assert {q: (a.value, a.note) for q, a in answers.items()} == {
        "t_rc": ("no", "demander au comptable"),
        "t_site_pages": (["cgv"], ""),
    }
    assert ws.statuses(change.business_id) == {}  # every action of the copy starts "to do"
    assert copy.current_step == ""  # the copy opens on its profile
    assert ws.statuses(business_id)["act_t_rc"].status == "done"  # the original is untouched


def test_a_copy_gets_a_name_no_other_business_has(ws, business_id):
    names = [ws.business(ws.duplicate_business(business_id, "copie").business_id).name for _ in range(3)]
    assert names == ["Épicerie Atlas (copie)", "Épicerie Atlas (copie 2)", "Épicerie Atlas (copie 3)"]
    first_copy = next(b.id for b in ws.businesses() if b.name == "Épicerie Atlas (copie)")
    assert ws.business(ws.duplicate_business(first_copy, "copie").business_id).name == "Épicerie Atlas (copie 4)"
    arabic = ws.create_business({"name": "مخبزة النور"}).business_id
    assert ws.business(ws.duplicate_business(arabic, "نسخة").business_id).name == "مخبزة النور (نسخة)"
    long = ws.create_business({"name": "L" * 200}).business_id
    name = ws.business(ws.duplicate_business(long, "copy").business_id).name
    assert len(name) == 200 and name.endswith(" (copy)")
    with pytest.raises(NotFound):
        ws.duplicate_business(10_000, "copie")


def test_undoing_a_deletion_brings_back_exactly_what_was_deleted(ws, business_id, store):
    other = ws.create_business({"name": "Café Atlas"}).business_id
    ws.save_answer(business_id, "t_rc", "partly", note="en cours")
    ws.save_answer(business_id, "t_site_pages", ["cgv", "legal_notice"])
    ws.set_action(business_id, "act_t_rc", status="in_progress", owner="Karim", due=dt.date(2026, 12, 5))
    ws.set_current_step(business_id, "safety/safety_basics")

    def everything(bid):
        rows = {
            table: [dict(r) for r in store.db[table].rows_where("business_id = ?", [bid], order_by="rowid")]
            for table in ("answers", "action_status")
        }
        return ws.business(bid), rows

    before = everything(business_id)
    order = [b.id for b in ws.businesses()]
    change = ws.delete_business(business_id)
    assert change == Change(DELETED, business_id) and change.deleted is not None
    assert [b.id for b in ws.businesses()] == [other]
    assert ws.answers(business_id) == {} and ws.statuses(business_id) == {}
    restored = ws.restore_business(change.deleted)
    assert restored.kind == CREATED and restored.business_id == business_id
    assert set(restored.questions) == {"t_rc", "t_site_pages"} and restored.actions == ("act_t_rc",)
    assert everything(business_id) == before  # profile, dates, step, answers with notes and dates, statuses
    assert [b.id for b in ws.businesses()] == order


def test_a_restored_business_whose_id_was_taken_gets_a_new_one(ws, business_id):
    ws.save_answer(business_id, "t_rc", "yes")
    change = ws.delete_business(business_id)
    newcomer = ws.create_business({"name": "Nouvelle"}).business_id
    assert newcomer == business_id  # SQLite gives the free id again
    restored = ws.restore_business(change.deleted)
    assert restored.business_id != business_id
    assert ws.business(restored.business_id).name == "Épicerie Atlas"
    assert ws.answers(restored.business_id)["t_rc"].value == "yes"
    assert ws.business(newcomer).name == "Nouvelle" and ws.answers(newcomer) == {}


def test_a_deletion_not_undone_leaves_nothing_of_the_business_in_the_file(db_path, fixture_pack):
    from merchant_assistant.storage import Store

    secret = "Pâtisserie Zineb-7f3a"
    with Store(db_path) as store:
        ws = Workspace(store, fixture_pack)
        bid = ws.create_business({"name": secret, "city": "Fès"}).business_id
        ws.save_answer(bid, "t_rc", "no", note=f"note de {secret}")
        ws.set_action(bid, "act_t_rc", owner=f"{secret} owner")
        kept = ws.create_business({"name": "Café Atlas"}).business_id
        ws.delete_business(bid)
    with Store(db_path) as store:
        assert [b.id for b in store.list_businesses()] == [kept]
        assert store.db.execute("SELECT count(*) FROM answers").fetchone()[0] == 0
        assert store.db.execute("SELECT count(*) FROM action_status").fetchone()[0] == 0
    data = b"".join(p.read_bytes() for p in db_path.parent.iterdir() if p.name.startswith(db_path.name))
    assert secret.encode() not in data  # overwritten (secure_delete), not only unlinked


def test_the_sample_added_again_is_numbered(tmp_path, fixture_pack):
    from merchant_assistant.workspace import Workspace

    with Workspace.open(tmp_path / "w.sqlite3", fixture_pack) as workspace:
        ids = [workspace.add_demo().business_id for _ in range(3)]
        names = [workspace.business(i).name for i in ids]
    assert len(set(names)) == 3
    assert names[1] == f"{names[0]} (2)" and names[2] == f"{names[0]} (3)"
