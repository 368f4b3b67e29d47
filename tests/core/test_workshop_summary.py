"""The workshop's summary: counts right for a room of known businesses (tests/businesses), its PDF in each language,
anonymous unless asked, and the CSV for the chamber's statistics (docs/workshop-summary-csv.md)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import unicodedata
from collections import Counter

import pytest

from merchant_assistant.content.model import tr
from merchant_assistant.report.summary import csv_columns, render_summary, render_summary_csv
from merchant_assistant.workshops import GAP_STATES, workshop_summary
from merchant_assistant.workspace import Workspace

from ..helpers import BUSINESS_FILES, bundled_pack, business_plan, pdf_text
from .workshop_helpers import seed_workshop


@pytest.fixture(scope="module")
def room(tmp_path_factory):
    """All the test businesses in one workshop, and one more that answered the security module as well as can be."""
    db = tmp_path_factory.mktemp("room") / "room.sqlite3"
    workshop, ids = seed_workshop(db)
    pack = bundled_pack()
    with Workspace.open(db, pack) as ws:
        profile = {"name": "Sécurité Modèle", "legal_form": "sarl", "sector": "retail"}
        best = {}
        for question in ws.sections_to_ask(ws.normalise_profile(profile)):
            module, _section, questions = question
            if module.id != "security":
                continue
            for q in questions:
                best[q.id] = _best_answer(q)
        model = ws.create_business(profile, best).business_id
        ws.add_participant(workshop, model)
        summary = workshop_summary(ws, workshop, today=dt.date(2026, 12, 3))
    return summary, ids, model


def _best_answer(question):
    if question.kind == "yesno":
        return "yes"
    if question.kind == "single":
        return max(question.options, key=lambda o: o.score).id
    return [o.id for o in question.options if o.expected]


def test_ready_per_module_counts_the_businesses_reaching_the_top_level(room):
    summary, _, model = room
    pack = bundled_pack()
    assert summary.ready_score == 90 == max(level.min_score for level in pack.levels)  # "Prêt" in the content
    plans = [business_plan(name) for name in BUSINESS_FILES]
    modules = {m.module.id: m for m in summary.modules}
    model_row = next(r for r in summary.rows if r.business.id == model)
    assert model_row.modules["security"] >= 90
    for module_id, counted in modules.items():
        scores = [ms.score for p in plans for ms in p.readiness.modules if ms.module.id == module_id]
        scores.append(model_row.modules[module_id])
        concerned = [s for s in scores if s is not None]
        assert counted.concerned == len(concerned)
        assert counted.ready == sum(1 for s in concerned if s >= 90)
    assert modules["security"].ready >= 1


def test_the_most_common_blockers_and_gaps_are_counted_per_business(room):
    summary, _, _ = room
    plans = [business_plan(name) for name in BUSINESS_FILES]
    blockers = Counter(item.action.id for p in plans for item in p.blockers)
    assert [(a.id, n) for a, n in summary.blockers] == blockers.most_common(len(summary.blockers))
    assert summary.blockers[0][1] == max(blockers.values()) >= 2
    for gap in summary.gaps:
        assert gap.participants == sum(
            1 for r in summary.rows if r.plan.question_states.get(gap.question.id) in GAP_STATES
        )
        assert gap.concerned == sum(
            1 for r in summary.rows if r.plan.question_states.get(gap.question.id, "not_applicable") != "not_applicable"
        )
    assert [g.participants for g in summary.gaps] == sorted((g.participants for g in summary.gaps), reverse=True)


def test_what_to_teach_next_is_where_most_businesses_have_a_gap(room):
    summary, _, _ = room
    assert 1 <= len(summary.teach) <= 3
    first = summary.teach[0]
    with_gap = [
        r for r in summary.rows if any(q.section_id == first.section.id and r.plan.question_states.get(q.id) in GAP_STATES
                                       for q in first.section.questions)
    ]  # fmt: skip
    assert first.participants == len(with_gap)
    assert first.participants + first.blocked >= max(t.participants + t.blocked for t in summary.teach)


def test_the_pdf_says_it_all_without_a_name(room):
    summary, ids, _ = room
    text = " ".join(pdf_text(render_summary(summary, "fr")).split())
    assert "Atelier Fès" in text and "CCIS Fès" in text and "Nadia" in text and "3 décembre 2026" in text
    assert "« Prêt » : le score du module atteint 90" in text
    top_action, count = summary.blockers[0]
    assert tr(top_action.title, "fr") in text
    assert "Aucune entreprise n'était à un atelier précédent" in text
    assert f"{len(summary.rows)} participants, numérotés" in text
    for name in [*ids, "Sécurité Modèle"]:
        assert name not in text
    named = pdf_text(render_summary(summary, "fr", names=True))
    assert all(name in named for name in ids)


@pytest.mark.parametrize("lang, title", [("ar", "ملخص الورشة"), ("en", "Workshop summary")])
def test_the_pdf_in_arabic_and_english(room, lang, title):
    summary, ids, _ = room
    data = render_summary(summary, lang)
    text = pdf_text(data)
    assert unicodedata.normalize("NFKC", title) in text
    assert not any(name in text for name in ids)
    assert data == render_summary(summary, lang)  # reproducible


def test_the_csv_has_one_row_per_participant_with_the_documented_columns(room):
    summary, ids, _ = room
    rows = list(csv.reader(io.StringIO(render_summary_csv(summary, "en").decode("utf-8-sig"))))
    assert rows[0] == csv_columns(summary) == [
        "participant", "sector", "legal_form", "readiness", "readiness_payments", "readiness_security",
        "readiness_legal", "answered", "applicable", "blockers", "actions_done", "actions",
        "since_previous_workshop", "readiness_change", "actions_done_since",
    ]  # fmt: skip
    assert len(rows) == 1 + len(summary.rows)
    for number, (row, participant) in enumerate(zip(rows[1:], summary.rows), 1):
        record = dict(zip(rows[0], row))
        assert record["participant"] == str(number)
        assert record["readiness"] == str(participant.overall)
        assert record["answered"] == str(participant.answered) and record["blockers"] == str(participant.blockers)
        assert record["since_previous_workshop"] == ""  # their first workshop
    assert rows[1][1] and rows[1][2]  # sector and legal form in words
    text = render_summary_csv(summary, "fr").decode("utf-8-sig")
    assert text.splitlines()[0].count(";") == len(rows[0]) - 1  # Excel's separator in French
    assert not any(name in text for name in ids)
    assert "Kaftans Salma" in render_summary_csv(summary, "fr", names=True).decode("utf-8-sig")
