"""Readiness scores and the action plan, on the small fixture pack."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from merchant_assistant.answers import Answer
from merchant_assistant.plan import ActionStatus, build_plan
from merchant_assistant.scoring import score

from ..conftest import PLAN_DATE

TEAM_ONLINE = {"name": "Test", "channels": ["shop", "website"], "staff": "small"}
ALONE_SHOP = {"name": "Solo", "channels": ["shop"], "staff": "alone"}


def test_scores_count_only_applicable_weighted_questions(fixture_pack):
    answers = {
        "t_rc": "yes",
        "t_bank": "no",
        "t_site_pages": ["legal_notice"],
        "t_route": "undecided",
        "t_2fa": "partly",
    }
    readiness = score(fixture_pack, TEAM_ONLINE, answers)
    shop, safety = readiness.modules
    # shop: rc 3*1 + bank 2*0 + site 2*(1/2) + route 1*0 = 4 of 8
    assert shop.score == 50
    # safety: 2fa 2*0.5 + leavers (unanswered) 1*0 = 1 of 3
    assert safety.score == 33
    assert readiness.overall == round(100 * 5 / 11)
    assert readiness.level.label["fr"] == "En progrès"
    assert (shop.answered, shop.applicable) == (4, 5)  # the text question is asked but not scored


def test_not_applicable_answers_leave_the_score(fixture_pack):
    base = score(fixture_pack, ALONE_SHOP, {"t_rc": "yes", "t_bank": "yes", "t_route": "undecided"}).modules[0].score
    without = score(fixture_pack, ALONE_SHOP, {"t_rc": "yes", "t_bank": "yes", "t_route": "cash_only"}).modules[0].score
    assert base == round(100 * 5 / 6)
    assert without == 100
    assert score(fixture_pack, ALONE_SHOP, {"t_2fa": "na"}).modules[1].score is None


def test_questions_for_other_profiles_do_not_count(fixture_pack):
    all_yes = {"t_rc": "yes", "t_bank": "yes", "t_route": "terminal", "t_2fa": "yes"}
    assert score(fixture_pack, ALONE_SHOP, all_yes).overall == 100
    assert score(fixture_pack, TEAM_ONLINE, all_yes).overall < 100  # site pages and leavers also apply


def test_plan_puts_blockers_first_then_priority_and_due_date(fixture_pack):
    answers = {"t_rc": "no", "t_bank": "partly", "t_site_pages": [], "t_route": "undecided", "t_2fa": "no"}
    plan = build_plan(fixture_pack, TEAM_ONLINE, answers, today=PLAN_DATE)
    ids = [i.action.id for i in plan.items]
    assert ids[:2] == ["act_t_bank", "act_t_rc"]  # blockers; same priority, bank due sooner (7 < 14 days)
    assert ids[2:] == ["act_t_2fa", "act_t_site_pages", "act_t_route"]
    assert [i.blocker for i in plan.items] == [True, True, False, False, False]
    rc = plan.items[1]
    assert rc.due == PLAN_DATE + dt.timedelta(days=14)
    assert rc.owner("fr") == "Gérant"  # pack default
    assert plan.items[0].owner("fr") == "Banque"  # action's own owner
    assert len(plan.blockers) == 2
    assert [i.action.id for i in plan.next_steps(3)] == ids[:3]


def test_one_plan_is_read_in_every_language(fixture_pack):
    """Built once, without a language: each reader gets the owner in theirs; the user's own name stays as typed."""
    from merchant_assistant.plan import ActionStatus

    plan = build_plan(fixture_pack, TEAM_ONLINE, {"t_bank": "no"}, today=PLAN_DATE)
    assert [plan.items[0].owner(lang) for lang in ("fr", "ar", "en")] == ["Banque", "البنك", "Bank"]
    named = build_plan(
        fixture_pack,
        TEAM_ONLINE,
        {"t_bank": "no"},
        {"act_t_bank": ActionStatus("act_t_bank", owner="Samira")},
        today=PLAN_DATE,
    )
    assert {named.items[0].owner(lang) for lang in ("fr", "ar", "en")} == {"Samira"}


def test_done_actions_go_last_and_user_due_date_wins(fixture_pack):
    answers = {"t_rc": "no", "t_bank": "no", "t_2fa": "no"}
    statuses = {
        "act_t_bank": ActionStatus("act_t_bank", "done"),
        "act_t_2fa": ActionStatus("act_t_2fa", "in_progress", owner="Samira", due=dt.date(2026, 11, 1)),
    }
    plan = build_plan(fixture_pack, TEAM_ONLINE, answers, statuses, today=PLAN_DATE)
    assert plan.items[-1].action.id == "act_t_bank" and plan.items[-1].state == "done"
    twofa = next(i for i in plan.items if i.action.id == "act_t_2fa")
    assert (twofa.owner("fr"), twofa.due, twofa.state, twofa.week) == ("Samira", dt.date(2026, 11, 1), "overdue", 1)
    assert [i.action.id for i in plan.blockers] == ["act_t_rc"]


def test_due_dates_count_from_the_answer_day(fixture_pack):
    answers = {"t_2fa": Answer("t_2fa", "no", "", "2026-11-01T10:00:00+00:00")}
    item = build_plan(fixture_pack, TEAM_ONLINE, answers, today=PLAN_DATE).items[0]
    assert item.due == dt.date(2026, 11, 8)
    assert item.state == "overdue"


def test_multi_choice_checklist_and_triggers(fixture_pack):
    plan = build_plan(fixture_pack, TEAM_ONLINE, {"t_site_pages": ["legal_notice", "cgv"]}, today=PLAN_DATE)
    assert "act_t_site_pages" not in [i.action.id for i in plan.items]
    (checklist,) = plan.checklists
    assert checklist.kind == "website"
    assert [(o.id, ticked) for o, ticked in checklist.items] == [("legal_notice", True), ("cgv", True)]
    plan = build_plan(fixture_pack, TEAM_ONLINE, {"t_site_pages": ["cgv"]}, today=PLAN_DATE)
    assert "act_t_site_pages" in [i.action.id for i in plan.items]
    assert plan.items[0].uncertain


def test_unanswered_questions_trigger_nothing_and_are_listed(fixture_pack):
    plan = build_plan(fixture_pack, ALONE_SHOP, {}, today=PLAN_DATE)
    assert plan.items == ()
    assert plan.readiness.overall == 0
    assert [q.id for q in plan.unanswered] == ["t_rc", "t_bank", "t_route", "t_bank_name", "t_2fa"]


def test_glossary_of_plan_has_only_terms_of_its_actions(fixture_pack):
    plan = build_plan(fixture_pack, TEAM_ONLINE, {"t_rc": "no"}, today=PLAN_DATE)
    assert [t.id for t in plan.glossary_terms()] == ["rc"]


YESNO = st.sampled_from(["yes", "partly", "no", "dont_know", "na", None])


@settings(max_examples=200, deadline=None)
@given(
    rc=YESNO,
    bank=YESNO,
    twofa=YESNO,
    leavers=YESNO,
    pages=st.lists(st.sampled_from(["legal_notice", "cgv", "none"]), unique=True),
)
def test_scores_stay_between_0_and_100_and_yes_never_lowers_them(fixture_pack, rc, bank, twofa, leavers, pages):
    answers = {"t_rc": rc, "t_bank": bank, "t_2fa": twofa, "t_staff_leavers": leavers, "t_site_pages": pages}
    answers = {k: v for k, v in answers.items() if v is not None}
    readiness = score(fixture_pack, TEAM_ONLINE, answers)
    assert 0 <= readiness.overall <= 100
    for module in readiness.modules:
        assert module.score is None or 0 <= module.score <= 100
    improved = score(fixture_pack, TEAM_ONLINE, {**answers, "t_rc": "yes"})
    if answers.get("t_rc") != "na":
        assert improved.overall >= readiness.overall


def test_question_states_tell_done_from_partly_and_not_applicable(fixture_pack):
    answers = {"t_rc": "partly", "t_bank": "yes", "t_2fa": "na", "t_route": "cash_only"}
    plan = build_plan(fixture_pack, TEAM_ONLINE, answers, today=PLAN_DATE)
    states = plan.question_states
    assert states["t_rc"] == "missing"  # half done, even though no action triggers on "partly"
    assert states["t_bank"] == "done"
    assert states["t_2fa"] == "not_applicable" and states["t_route"] == "not_applicable"
    assert states["t_staff_leavers"] == "unanswered"
    assert "t_bank_name" not in states  # text answers are not scored
    assert [q.id for q in plan.questions_in_state("shop", "done")] == ["t_bank"]


def test_a_question_whose_actions_are_all_done_counts_as_done(fixture_pack):
    statuses = {"act_t_rc": ActionStatus("act_t_rc", "done")}
    plan = build_plan(fixture_pack, TEAM_ONLINE, {"t_rc": "no"}, statuses, today=PLAN_DATE)
    assert plan.question_states["t_rc"] == "done"


def test_unanswered_blockers_are_known(fixture_pack):
    plan = build_plan(fixture_pack, TEAM_ONLINE, {"t_rc": "yes"}, today=PLAN_DATE)
    assert [q.id for q in plan.unanswered_blockers] == ["t_bank"]
    assert plan.blockers == ()


def test_a_number_given_in_the_profile_answers_its_question_until_the_user_answers_it(bundled_pack):
    """An RC number typed in the profile means the business has an RC: it is not asked again, counts as answered
    and brings no "register in the RC" action; the user's own answer still wins."""
    profile = {"name": "Atlas", "legal_form": "sarl", "sector": "retail", "goals": ["card_terminal"]}
    without = build_plan(bundled_pack, profile, {}, today=PLAN_DATE)
    assert "pay_has_rc" in {q.id for q in without.unanswered}
    with_number = build_plan(bundled_pack, {**profile, "rc_number": "RC Fès 54321"}, {}, today=PLAN_DATE)
    assert "pay_has_rc" not in {q.id for q in with_number.unanswered}
    assert with_number.question_states["pay_has_rc"] == "done"
    assert with_number.readiness.modules[0].answered == without.readiness.modules[0].answered + 1
    said_no = build_plan(bundled_pack, {**profile, "rc_number": "RC Fès 54321"}, {"pay_has_rc": "no"}, today=PLAN_DATE)
    assert said_no.question_states["pay_has_rc"] == "missing"
    assert any(i.question.id == "pay_has_rc" for i in said_no.items)


def test_an_action_marked_done_counts_in_the_readiness_as_its_plan_says(bundled_pack):
    """Marking done every action an answer called for makes the question count as done in the score, as the plan
    already lists it among what is done: a trainer sees "+3 actions done" move the readiness too."""
    profile = {"name": "Atlas", "legal_form": "sarl", "sector": "retail", "goals": ["card_terminal"]}
    answers = {"pay_has_ice": "no"}
    before = build_plan(bundled_pack, profile, answers, today=PLAN_DATE)
    called_for = [i.action.id for i in before.items if i.question.id == "pay_has_ice"]
    assert called_for and before.question_states["pay_has_ice"] == "missing"
    statuses = {a: ActionStatus(a, "done") for a in called_for}
    after = build_plan(bundled_pack, profile, answers, statuses, today=PLAN_DATE)
    assert after.question_states["pay_has_ice"] == "done"
    assert after.readiness.overall > before.readiness.overall
    assert after.readiness.modules[0].score > before.readiness.modules[0].score
    in_progress = {a: ActionStatus(a, "in_progress") for a in called_for}
    assert build_plan(bundled_pack, profile, answers, in_progress, today=PLAN_DATE).readiness == before.readiness
