"""The actions as a spreadsheet file (plan --csv, the plan page's export) and the user's notes in the plan."""

from __future__ import annotations

import csv
import io
import json

import pytest

from merchant_assistant.i18n import text_is_rtl
from merchant_assistant.report.actions_csv import COLUMNS, render_csv, save_csv

from ..helpers import business_pdf, business_plan, pdf_text, run_cli

RIAD = "04_guesthouse_foreign_cards.yaml"  # has two notes, one starting with "="


def rows(data: bytes, lang: str = "fr") -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # Excel on Windows reads UTF-8 only with the byte-order mark
    text = data[3:].decode("utf-8")
    assert text.endswith("\r\n")  # records end as RFC 4180 and Excel expect
    return list(csv.reader(io.StringIO(text), delimiter=";" if lang in ("fr", "ar") else ","))


@pytest.mark.parametrize("lang", ["fr", "ar", "en"])
def test_one_row_per_action_in_the_plans_order_with_headings_in_the_language(lang):
    plan = business_plan(RIAD)
    table = rows(render_csv(plan, lang), lang)
    heading, body = table[0], table[1:]
    assert len(heading) == len(COLUMNS) and heading != list(COLUMNS)
    assert {"fr": "Échéance", "ar": "الأجل", "en": "Due"}[lang] in heading
    assert [r[COLUMNS.index("action_id")] for r in body] == [i.action.id for i in plan.items]
    assert [r[0] for r in body] == [str(n) for n in range(1, len(plan.items) + 1)]  # the numbers of the PDF
    assert all(r[COLUMNS.index("due")] == i.due.isoformat() for r, i in zip(body, plan.items))


def test_the_separator_is_the_one_excel_expects_in_the_language():
    plan = business_plan(RIAD)
    assert render_csv(plan, "fr").decode("utf-8-sig").splitlines()[0].count(";") == len(COLUMNS) - 1
    assert render_csv(plan, "en").decode("utf-8-sig").splitlines()[0].count(",") == len(COLUMNS) - 1


def test_stable_column_ids_for_scripts():
    table = rows(render_csv(business_plan(RIAD), "fr", header="ids"))
    assert tuple(table[0]) == COLUMNS


def test_a_note_or_owner_that_looks_like_a_formula_stays_text():
    plan = business_plan(RIAD)
    table = rows(render_csv(plan, "fr", header="ids"))
    notes = [r[COLUMNS.index("note")] for r in table[1:] if r[COLUMNS.index("note")]]
    assert notes and all(not n.startswith(("=", "+", "-", "@")) for n in notes)
    assert any(n.startswith("'=les cartes") for n in notes)


def test_multi_line_steps_stay_in_one_cell():
    plan = business_plan(RIAD)
    table = rows(render_csv(plan, "fr", header="ids"))
    how = [r[COLUMNS.index("how")] for r in table[1:]]
    assert any("\n" in h for h in how)  # the numbered steps, one per line, inside the quoted cell
    assert len(table) == len(plan.items) + 1


def test_cli_writes_the_csv_atomically_and_refuses_a_wrong_name(tmp_path):
    out = tmp_path / "exports" / "actions.csv"
    out.parent.mkdir()
    done = run_cli("plan", "--from", f"tests/businesses/{RIAD}", "--csv", str(out), "--lang", "ar")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out)
    assert rows(out.read_bytes(), "ar")[0][0] == "الرقم"
    assert [p.name for p in out.parent.iterdir()] == ["actions.csv"]

    wrong = run_cli("plan", "--from", f"tests/businesses/{RIAD}", "--csv", str(tmp_path / "actions.xlsx"))
    assert wrong.returncode == 2 and wrong.stderr.count("\n") == 1 and ".csv" in wrong.stderr
    missing = run_cli("plan", "--demo", "--csv", str(tmp_path / "nowhere" / "a.csv"))
    assert missing.returncode == 2 and "Traceback" not in missing.stderr


def test_save_csv_leaves_an_existing_file_when_it_cannot_write(tmp_path):
    from merchant_assistant.errors import UserError

    target = tmp_path / "actions.csv"
    target.mkdir()  # a folder where the file should go
    with pytest.raises(UserError):
        save_csv(business_plan(RIAD), target, "fr")
    assert target.is_dir()


def test_notes_are_in_the_plans_json_and_printed_under_your_notes():
    plan = business_plan(RIAD)
    assert [q.id for q, _ in plan.notes] == ["pay_online_route", "sec_no_card_storage"]
    done = run_cli("plan", "--from", f"tests/businesses/{RIAD}", "--json")
    data = json.loads(done.stdout)
    assert {n["question"]: n["note"] for n in data["notes"]}["pay_online_route"].startswith("Devis demandé")
    text = pdf_text(business_pdf(RIAD, "fr"))
    assert "Vos notes" in text and "relancer Mme Alaoui" in text
    assert "<b>à détruire</b>" in text  # the user's words are printed as typed, never read as markup
    assert "ملاحظاتك" in pdf_text(business_pdf(RIAD, "ar"))


def test_a_plan_without_notes_prints_no_notes_box():
    assert "Vos notes" not in pdf_text(business_pdf("02_sarl_card_terminal.yaml", "fr"))


@pytest.mark.parametrize(
    ("text", "rtl"),
    [("Devis le 20/11.", False), ("اتصل بالبنك", True), ("12/11 — اتصل", True), ("2026 ; 3", None)],
)
def test_the_direction_of_a_users_text_is_its_first_letters(text, rtl):
    assert text_is_rtl(text) is rtl


def test_a_negative_number_stays_a_number_and_a_formula_stays_text():
    """A participant who went back (-5 points) is a number the chamber's sheet can add up; "-x" or "=1+1" could be
    run by a spreadsheet and stay text."""
    from merchant_assistant.report.actions_csv import csv_bytes

    table = rows(csv_bytes(["change", "note", "other"], [["-5", "=1+1", "-x"], ["-2,5", "+33 6", "12"]], "fr"))
    assert table[1] == ["-5", "'=1+1", "'-x"]
    assert table[2] == ["-2,5", "'+33 6", "12"]
