"""The workshop's summary: counts right for a room of known businesses (tests/businesses), its PDF in each language,
anonymous unless asked, and the CSV for the chamber's statistics (docs/workshop-summary-csv.md)."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import unicodedata
from collections import Counter

import pytest

from merchant_assistant.content.model import tr
from merchant_assistant.progress import WORKSHOP, snapshot_of
from merchant_assistant.report.summary import SummaryDocument, csv_columns, render_summary, render_summary_csv
from merchant_assistant.workshops import GAP_STATES, RoomProgress, about_goals, matters_for_goals, workshop_summary
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
                                       and matters_for_goals(q, r.plan, about_goals(first.section))
                                       for q in first.section.questions)
    ]  # fmt: skip
    assert first.participants == len(with_gap)
    assert first.weight == first.participants + first.blocked >= max(t.weight for t in summary.teach)


def test_the_pdf_says_it_all_without_a_name(room):
    summary, ids, _ = room
    text = " ".join(pdf_text(render_summary(summary, "fr")).split())
    assert "Atelier Fès" in text and "CCIS Fès" in text and "Nadia" in text and "3 décembre 2026" in text
    assert "« Prêt » dès 90 %" in text
    top_action, count = summary.blockers[0]
    assert tr(top_action.title, "fr") in text
    assert "Aucune entreprise n'était à un atelier précédent" in text
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
    rows = list(csv.reader(io.StringIO(render_summary_csv(summary, "en", header="ids").decode("utf-8-sig"))))
    assert rows[0] == csv_columns(summary) == [
        "participant", "workshop", "workshop_date", "sector", "legal_form", "readiness", "readiness_payments",
        "readiness_security", "readiness_legal", "answered", "applicable", "blockers", "actions_done", "actions",
        "previous_workshop_date", "readiness_previous", "readiness_change", "actions_done_since",
    ]  # fmt: skip
    assert len(rows) == 1 + len(summary.rows)
    records = [dict(zip(rows[0], row)) for row in rows[1:]]
    assert [r["participant"] for r in records] == [str(n) for n in range(1, len(records) + 1)]
    assert sorted((r["readiness"], r["answered"], r["blockers"]) for r in records) == sorted(
        (str(p.overall), str(p.answered), str(p.blockers)) for p in summary.rows
    )
    for record in records:
        assert record["workshop"] == "Atelier Fès" and record["workshop_date"] == "2026-12-03"
        assert record["previous_workshop_date"] == record["readiness_change"] == ""  # their first workshop
    assert rows[1][3] and rows[1][4]  # sector and legal form in words
    text = render_summary_csv(summary, "fr", header="ids").decode("utf-8-sig")
    assert text.splitlines()[0].count(";") == len(rows[0]) - 1  # Excel's separator in French
    assert not any(name in text for name in ids)
    assert "Kaftans Salma" in render_summary_csv(summary, "fr", names=True).decode("utf-8-sig")


# -- what the chamber's trainer found in a real summary -----------------------------------------------------------
def _text(summary, lang="fr", names=False) -> str:
    return " ".join(pdf_text(render_summary(summary, lang, names=names)).split())


def test_a_gap_is_an_answer_given_and_questions_not_answered_yet_are_shown_apart(room):
    """All five "most common gaps" read 12/12: questions nobody had answered were counted as gaps."""
    summary, _, _ = room
    assert summary.gaps
    for gap in summary.gaps:
        states = [r.plan.question_states.get(gap.question.id) for r in summary.rows]
        assert gap.participants == states.count("missing") >= 1  # no, partly or don't know
        assert gap.unanswered == states.count("unanswered")
        assert gap.participants + gap.unanswered <= gap.concerned
    never_answered = {
        q for q in {q for r in summary.rows for q, s in r.plan.question_states.items() if s == "unanswered"}
        if not any(r.plan.question_states.get(q) == "missing" for r in summary.rows)
    }  # fmt: skip
    assert never_answered and not never_answered & {g.question.id for g in summary.gaps}
    text = _text(summary)
    assert "Pas encore posé" in text and "« en partie » compte" in text
    first = summary.gaps[0]
    assert f"{first.participants} {first.unanswered} {first.concerned}" in text


def test_what_to_teach_next_counts_real_gaps_that_matter_for_each_business_goals(room):
    """ "Le statut de votre entreprise — 10 sur 12" counted businesses with RC, ICE and IF; "Choisir vos moyens de
    paiement — 12 sur 12" counted businesses that want nothing new."""
    summary, _, _ = room
    pack = bundled_pack()
    for topic in summary.teach:
        counted = []
        for row in summary.rows:
            gaps = [
                q for q in topic.section.questions
                if row.plan.question_states.get(q.id) == "missing"
                and matters_for_goals(q, row.plan, about_goals(topic.section))
            ]  # fmt: skip
            if gaps:
                counted.append((row, gaps))
        assert topic.participants == len(counted) <= topic.concerned
        assert topic.blocked == sum(1 for row, gaps in counted if any(q.blocks_goal_of(row.plan.goals) for q in gaps))
    routes = pack.module("payments").sections[1]
    assert routes.id == "pay_routes" and about_goals(routes)
    nothing_new = [r for r in summary.rows if r.plan.profile.get("goals") == ["nothing_new"]]
    assert nothing_new
    for row in nothing_new:  # wanting nothing new, choosing a payment method does not matter to it
        assert not any(matters_for_goals(q, row.plan, True) for q in routes.questions if q.id != "pay_cod_prepay")
    status = pack.module("payments").sections[0]
    for row in summary.rows:  # a business with every status question answered yes has no gap there
        if all(row.plan.question_states.get(q.id) in ("done", None) for q in status.questions):
            assert not any(row.plan.question_states.get(q.id) == "missing" for q in status.questions)
    weights = [t.weight for t in summary.teach]
    assert weights == sorted(weights, reverse=True)


@pytest.mark.parametrize(
    "lang, blocked, expected, refused",
    [
        (
            "fr",
            0,
            "9 entreprises sur 9 concernées ont un manque ici, sans que cela bloque l'objectif d'aucune.",
            "dont 0",
        ),
        ("fr", 1, "pour 1 d'entre elles, cela bloque son objectif.", "leur objectif"),
        ("en", 0, "9 of the 9 businesses concerned have a gap here, none of them one that blocks their goal.", "0 of"),
        ("ar", 0, "يعيق ذلك هدف أيّ منها", "منها 0"),
        ("ar", 2, "هدف اثنتين منها", "2 منها"),
    ],
)
def test_what_to_teach_next_reads_naturally_whatever_the_count(room, lang, blocked, expected, refused):
    summary, _, _ = room
    topic = dataclasses.replace(summary.teach[0], participants=9, concerned=9, blocked=blocked)
    text = _text(dataclasses.replace(summary, teach=(topic,)), lang)
    assert unicodedata.normalize("NFKC", expected) in unicodedata.normalize("NFKC", text)
    assert refused not in text


def test_the_anonymous_pdf_has_totals_only_and_the_csv_an_order_unrelated_to_registration(room):
    """Law 09-08: participants numbered in the order they joined (the order of the trainer's screen) are known."""
    summary, ids, _ = room
    text = _text(summary)
    assert "Préparation Blocages" not in text  # no table of participants
    assert "Préparation globale, entreprises par niveau : À démarrer" in text and "loi 09-08" in text
    named = _text(summary, names=True)
    positions = [named.index(f"{n}. {name}") for n, name in enumerate(ids, 1)]
    assert positions == sorted(positions)  # with names: the order they joined, named
    rows = list(csv.reader(io.StringIO(render_summary_csv(summary, "en", header="ids").decode("utf-8-sig"))))
    head, body = rows[0], rows[1:]
    keys = [(r[head.index("sector")], r[head.index("legal_form")], int(r[head.index("readiness")])) for r in body]
    assert keys == sorted(keys)
    registration = [
        (
            pack_choice("sector", r.plan.profile.get("sector")),
            pack_choice("legal_form", r.plan.profile.get("legal_form")),
            r.overall,
        )
        for r in summary.rows
    ]
    assert keys != registration and sorted(keys) == sorted(registration)
    named_rows = list(csv.reader(io.StringIO(render_summary_csv(summary, "en", names=True).decode("utf-8-sig"))))
    assert [r[0] for r in named_rows[1 : len(ids) + 1]] == [f"{n}. {name}" for n, name in enumerate(ids, 1)]


def pack_choice(field: str, value) -> str:
    return bundled_pack().profile_field(field).choice_label(str(value), "en") if value else ""


@pytest.mark.parametrize(
    "lang, change, expected, refused",
    [
        ("fr", 1, "3 entreprises sur 12 ont avancé depuis, 9 sans changement. 1 action faite depuis en tout. "
         "Préparation moyenne de ces entreprises : 11 % à l'atelier précédent, 12 % aujourd'hui (+1 point).",
         "+1 points"),
        ("en", 1, "3 of 12 businesses moved forward since, 9 unchanged. 1 action done since in all. "
         "Their mean readiness: 11% at the previous workshop, 12% today (+1 point).", "+1 points"),
        ("ar", 1, "بزيادة نقطة واحدة", "1 نقطة"),
        ("ar", 2, "بزيادة نقطتين", "2 نقطة"),
        ("ar", 5, "بزيادة 5 نقاط", "5 نقطة"),
    ],
)  # fmt: skip
def test_progress_says_who_moved_and_the_mean_before_and_after(room, lang, change, expected, refused):
    summary, _, _ = room
    progress = RoomProgress(
        returning=12, actions_done=1, advanced=3, unchanged=9, went_back=0, before=11, after=11 + change
    )
    text = SummaryDocument(dataclasses.replace(summary, progress=progress), lang)._progress()  # the paragraph printed
    assert expected in text.replace("\xa0", " ").replace("\u202f", " ")
    if lang == "fr":
        assert "12 % aujourd'hui (+1 point)." in _text(dataclasses.replace(summary, progress=progress), lang)
    assert refused not in text


def test_progress_is_measured_from_each_participants_previous_workshop(tmp_path):
    db = tmp_path / "two.sqlite3"
    first, ids = seed_workshop(db, day=dt.date(2026, 10, 12))
    pack = bundled_pack()
    with Workspace.open(db, pack) as ws:
        for business_id in ids.values():
            plan = ws.plan(business_id)
            ws.store.add_snapshot(snapshot_of(plan, business_id, WORKSHOP, first, taken_at="2026-10-12T10:00:00"))
        second = ws.create_workshop("Atelier suivi", dt.date(2026, 12, 3)).workshop_id
        for business_id in ids.values():
            ws.add_participant(second, business_id)
        mover = next(iter(ids.values()))
        question = next(
            q for q, s in ws.plan(mover).question_states.items() if s in ("missing", "unanswered")
            and pack.question(q).kind == "yesno"
        )  # fmt: skip
        ws.save_answer(mover, question, "yes")
        summary = workshop_summary(ws, second, today=dt.date(2026, 12, 3))
    p = summary.progress
    assert p is not None and p.returning == len(ids)
    assert p.advanced == 1 and p.unchanged == len(ids) - 1 and p.went_back == 0
    assert p.after >= p.before
    text = _text(summary)
    assert f"1 entreprise sur {len(ids)} a avancé depuis, {len(ids) - 1} sans changement" in text


def test_each_module_shows_how_many_businesses_reach_each_level_of_the_content(room):
    """ "Prêts : 0" in every module said nothing."""
    summary, _, _ = room
    pack = bundled_pack()
    for m in summary.modules:
        assert [level.min_score for level, _ in m.levels] == sorted(level.min_score for level in pack.levels)
        assert sum(n for _, n in m.levels) == m.concerned
        scores = [r.modules[m.module.id] for r in summary.rows if r.modules.get(m.module.id) is not None]
        for level, n in m.levels:
            assert n == sum(1 for s in scores if pack.level_for(s).min_score == level.min_score)
    text = _text(summary)
    assert "Module À démarrer En progrès Presque prêt Prêt Score moyen" in text
    payments = summary.modules[0]
    assert " ".join(str(n) for _, n in payments.levels) in text


def test_no_empty_trainer_the_summary_own_footer_and_csv_titles_in_the_language(room):
    summary, _, _ = room
    text = _text(dataclasses.replace(summary, workshop=dataclasses.replace(summary.workshop, trainer="")))
    assert "Formateur" not in text and "—" not in text.split("Participants")[0]
    assert "Cette synthèse est une aide pratique, pas un avis juridique." in text
    assert "Ce plan est une aide pratique" not in text
    assert "This summary is practical guidance" in _text(summary, "en")
    assert "هذا الملخص مساعدة عملية" in unicodedata.normalize("NFKC", pdf_text(render_summary(summary, "ar")))
    head = render_summary_csv(summary, "fr").decode("utf-8-sig").splitlines()[0].split(";")
    assert head[:3] == ["Participant", "Atelier", "Date de l'atelier"]
    assert "Date de l'atelier précédent" in head and "since_previous_workshop" not in head
    assert render_summary_csv(summary, "ar").decode("utf-8-sig").startswith("المشارك;الورشة")
