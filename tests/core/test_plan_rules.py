"""The plan every business can trust: scoping rules and order, over random profiles of the bundled content.

Property tests run derandomised (the same examples every run, see conftest's hypothesis profile); set
HYPOTHESIS_PROFILE=long for a longer, random search on demand.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from merchant_assistant.content.model import YESNO_VALUES
from merchant_assistant.content.rules import applies
from merchant_assistant.plan import build_plan

from ..conftest import PLAN_DATE

ONLINE = {"website", "social", "marketplace"}
CARD_GOALS = {"card_terminal", "online_card", "payment_link"}


def _pack():
    from merchant_assistant.content import load_pack

    return load_pack()


PACK = _pack()


def _choices(field_id: str) -> list[str]:
    return list(PACK.profile_field(field_id).choice_ids())


@st.composite
def profiles(draw) -> dict:
    profile = {"name": "Test"}
    for f in PACK.profile_fields:
        if f.kind == "choice":
            value = draw(st.none() | st.sampled_from(f.choice_ids()))
        elif f.kind == "multi":
            value = draw(st.lists(st.sampled_from(f.choice_ids()), unique=True))
        elif f.kind == "bool":
            value = draw(st.none() | st.booleans())
        else:
            continue
        if value is not None:
            profile[f.id] = value
    return profile


@st.composite
def answer_sets(draw) -> dict:
    answers = {}
    for q in PACK.questions:
        if not draw(st.booleans()):
            continue
        if q.kind == "yesno":
            answers[q.id] = draw(st.sampled_from(YESNO_VALUES))
        elif q.kind == "single":
            answers[q.id] = draw(st.sampled_from([o.id for o in q.options]))
        elif q.kind == "multi":
            answers[q.id] = draw(st.lists(st.sampled_from([o.id for o in q.options]), unique=True, min_size=1))
    return answers


def _plan(profile, answers):
    return build_plan(PACK, profile, answers, today=PLAN_DATE)


@settings(max_examples=150)
@given(profiles(), answer_sets())
def test_no_action_comes_before_one_it_must_follow_or_is_due_before_it(profile, answers):
    plan = _plan(profile, answers)
    position = {item.action.id: n for n, item in enumerate(plan.items)}
    for item in plan.items:
        for before in item.action.after:
            if before in position and plan.items[position[before]].status != "done":
                assert position[before] < position[item.action.id], (before, item.action.id)
    assert [i.status == "done" for i in plan.items] == sorted(i.status == "done" for i in plan.items)
    # what blocks the goal comes first, all of it (what a blocker waits for counts as blocking)
    blockers = [i.blocker for i in plan.open_items]
    assert blockers == sorted(blockers, reverse=True)
    for item in plan.open_items:
        for before in item.after:
            assert plan.items[position[before]].due < item.due


@settings(max_examples=150)
@given(profiles(), answer_sets())
def test_every_scoping_rule_holds(profile, answers):
    plan = _plan(profile, answers)
    goals = set(profile.get("goals") or ()) - {"nothing_new"}
    channels = set(profile.get("channels") or ())
    for item in plan.items:
        # the question and the action both apply to this business
        assert applies(item.question.applies_if, profile) and applies(item.action.applies_if, profile)
        # a blocker blocks a goal the business chose (itself, or as what a blocker waits for); no goal, no blocker
        waited_for = {b for i in plan.items if i.blocker for b in i.after}
        assert item.blocker == (bool(set(item.question.blocks) & goals) or item.action.id in waited_for)
        if not goals:
            assert not item.blocker
        sources = " ".join(item.question.sources)
        # consumer distance-selling duties (law 31-08) only for consumer sales at a distance (online or shipped)
        if "31-08" in sources:
            assert profile.get("customers") in ("consumers", "both"), item.action.id
            assert channels & ONLINE or profile.get("ships_abroad"), item.action.id
        # website items only with a website
        if item.question.checklist == "website" or item.question.section_id == "pay_website":
            assert "website" in channels, item.action.id
    # registration texts match the legal status
    ids = {i.action.id for i in plan.items}
    if profile.get("legal_form") in ("auto_entrepreneur", "cooperative", "not_declared"):
        assert "act_pay_get_rc" not in ids
    # the cover counts only the goal's blockers
    if not goals:
        assert not plan.blockers and not plan.unanswered_blockers


@pytest.mark.parametrize("customers", ["businesses"])
def test_a_business_selling_only_to_businesses_gets_no_consumer_law(customers):
    profile = {
        "name": "Grossiste",
        "legal_form": "sarl",
        "sector": "wholesale",
        "channels": ["website"],
        "customers": customers,
        "goals": ["nothing_new"],
        "instruments": ["transfer", "lcn", "cheque"],
    }
    answers = {q.id: "no" for q in PACK.questions if q.kind == "yesno"}
    plan = _plan(profile, answers)
    assert not plan.blockers
    for item in plan.items:
        assert "31-08" not in " ".join(item.question.sources), item.action.id
        assert "31.08" not in item.action.title["ar"]


def test_the_goal_decides_what_blocks():
    base = {"name": "Boutique", "legal_form": "sarl", "channels": ["shop"], "customers": "consumers"}
    answers = {q.id: "no" for q in PACK.questions if q.kind == "yesno"}
    wants_terminal = _plan({**base, "goals": ["card_terminal"]}, answers)
    keeps_cash = _plan({**base, "goals": ["nothing_new"]}, answers)
    assert wants_terminal.blockers and not keeps_cash.blockers
    # the same paperwork is in both plans, but only the first says it blocks, and puts it first
    assert wants_terminal.items[0].blocker
    paperwork = {i.action.id for i in wants_terminal.blockers if i.question.section_id == "pay_status"}
    assert paperwork and paperwork <= {i.action.id for i in keeps_cash.items}
    # card-security rules come with the wish to take cards
    assert "act_sec_stop_card_storage" not in {i.action.id for i in keeps_cash.items}
    assert wants_terminal.chosen_goals == ("card_terminal",) and keeps_cash.chosen_goals == ()


def test_a_document_ticked_once_is_ticked_everywhere():
    profile = {"name": "X", "legal_form": "sarl", "channels": ["shop"], "goals": ["card_terminal"]}
    plan = _plan(profile, {"pay_has_ice": "yes", "pay_documents_ready": ["rib"]})
    (documents,) = [c for c in plan.checklists if c.question.id == "pay_documents_ready"]
    ticked = {option.id for option, done in documents.items if done}
    assert "ice_certificate" in ticked and "rib" in ticked


def test_user_due_dates_win_and_done_actions_go_last():
    from merchant_assistant.plan import ActionStatus

    profile = {"name": "X", "legal_form": "sarl", "channels": ["shop"], "goals": ["card_terminal"]}
    answers = {"pay_has_ice": "no", "pay_pro_account": "no"}
    first = _plan(profile, answers)
    lead = first.items[0].action.id
    mine = dt.date(2027, 3, 1)
    plan = build_plan(PACK, profile, answers, {lead: ActionStatus(lead, "done", None, mine)}, today=PLAN_DATE)
    assert plan.items[-1].action.id == lead and plan.items[-1].due == mine


def test_an_action_waiting_for_another_is_due_a_week_after_it():
    from merchant_assistant.plan import AFTER_GAP_DAYS

    profile = {"name": "Snack", "legal_form": "not_declared", "channels": ["shop"], "goals": ["card_terminal"]}
    plan = _plan(profile, {"pay_declared": "no", "pay_has_ice": "no", "pay_pro_account": "no"})
    by_id = {i.action.id: i for i in plan.items}
    assert plan.items[0].action.id == "act_pay_declare_status"
    for item in plan.items:
        for before in item.after:
            assert (item.due - by_id[before].due).days >= AFTER_GAP_DAYS, (before, item.action.id)


def test_a_checklist_action_says_what_is_still_missing():
    profile = {"name": "X", "legal_form": "sarl", "channels": ["shop"], "goals": ["card_terminal"]}
    plan = _plan(profile, {"pay_documents_ready": ["registration", "ice_certificate", "rib"]})
    missing = {i.action.id: [o.id for o in i.missing] for i in plan.items if i.missing}
    assert missing and all(ids for ids in missing.values())
    for item in plan.items:
        ticked = {"registration", "ice_certificate", "rib"}
        assert not ticked & {o.id for o in item.missing}


def test_no_bank_lists_for_a_business_that_wants_nothing_new():
    from merchant_assistant.report import render_pdf
    from merchant_assistant.report.labels import label

    profile = {
        "name": "Grossiste",
        "legal_form": "sarl",
        "sector": "wholesale",
        "channels": ["website"],
        "customers": "businesses",
        "goals": ["nothing_new"],
        "instruments": ["lcn"],
    }
    plan = _plan(profile, {q.id: "no" for q in PACK.questions if q.kind == "yesno"})
    assert plan.checklists == ()
    import io

    from pypdf import PdfReader

    text = " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(render_pdf(plan, "fr"))).pages)
    text = " ".join(text.split())
    assert label("checklists", "fr") not in text
    assert label("blocker_note", "fr")[:30] not in text
    assert label("goal_none", "fr")[:30] in text


def test_an_action_marked_done_ticks_the_bank_list_item_it_brings():
    """The ICE action done (the answer still "I don't know"): the bank page says the ICE is ready, as the module
    summary says it is in place; the plan never says both."""
    from merchant_assistant.business_file import read_business_file
    from merchant_assistant.plan import ActionStatus, build_plan

    from ..helpers import BUSINESSES, bundled_pack

    pack = bundled_pack()
    business = read_business_file(BUSINESSES / "02_sarl_card_terminal.yaml", pack)
    answers = {**business.answers, "pay_has_ice": "dont_know"}
    answers["pay_documents_ready"] = [d for d in answers["pay_documents_ready"] if d != "ice_certificate"]

    def ice_ticked(statuses) -> bool:
        plan = build_plan(pack, business.profile, answers, statuses, today=dt.date(2026, 11, 27))
        (documents,) = [cl for cl in plan.checklists if cl.question.id == "pay_documents_ready"]
        (ticked,) = [t for option, t in documents.items if "pay_has_ice" in option.implied_by]
        return ticked

    assert not ice_ticked({})
    ice_actions = [a.id for a in pack.question("pay_has_ice").actions]
    assert ice_ticked({a: ActionStatus(a, status="done") for a in ice_actions})


# The business of the second blind review (its database, abridged): an auto-entrepreneur whose IF number is in its
# profile, with no bank account in its name yet.
ATLAS_PROFILE = {
    "name": "épicerie Atlas Zaïd",
    "legal_form": "auto_entrepreneur",
    "sector": "retail",
    "city": "Marrakech",
    "customers": "consumers",
    "channels": ["shop", "social"],
    "instruments": ["cash_counter", "cash_on_delivery"],
    "goals": ["card_terminal", "mobile_qr"],
    "data_held": ["customers"],
    "staff": "small",
    "tax_id": "1234567",
    "ice": "",
    "rc_number": "",
}
ATLAS_ANSWERS = {"pay_has_ae_card": "yes", "pay_has_ice": "dont_know", "pay_pro_account": "no"}


def test_no_bank_account_rules_out_the_question_on_its_rib():
    """Answering "no" to having a bank account: the question on the name of its RIB is not asked, not counted in
    the scores or the PDF's standing and brings no action, even with an answer given before; "yes" brings it back."""
    from merchant_assistant.scoring import applicable_questions

    from ..helpers import bundled_pack

    pack = bundled_pack()
    answers = {**ATLAS_ANSWERS, "pay_rib_name_match": "no"}  # answered before the account was said missing
    plan = build_plan(pack, ATLAS_PROFILE, answers, today=PLAN_DATE)
    assert "pay_rib_name_match" not in {q.id for q in applicable_questions(pack, ATLAS_PROFILE, answers=answers)}
    assert "pay_rib_name_match" not in plan.question_states
    assert "act_pay_fix_account_name" not in {i.action.id for i in plan.items}
    assert "act_pay_open_account" in {i.action.id for i in plan.items}
    payments = next(m for m in plan.readiness.modules if m.module.id == "payments")
    assert payments.applicable == len(applicable_questions(pack, ATLAS_PROFILE, pack.module("payments"))) - 1

    having = build_plan(pack, ATLAS_PROFILE, {**answers, "pay_pro_account": "yes"}, today=PLAN_DATE)
    assert having.question_states["pay_rib_name_match"] == "missing"
    assert "act_pay_fix_account_name" in {i.action.id for i in having.items}


def test_not_knowing_the_name_on_the_rib_asks_to_check_it_not_to_correct_it():
    """A trainer's blind review: "Je ne sais pas" about the name on the RIB printed "BLOQUANT · Faites corriger
    l'intitulé de votre compte". Not knowing asks to check it; only "Non" asks to have it corrected."""
    from ..helpers import bundled_pack

    pack = bundled_pack()
    with_account = {**ATLAS_ANSWERS, "pay_pro_account": "yes"}
    actions = {
        answer: {
            i.action.id
            for i in build_plan(
                pack, ATLAS_PROFILE, {**with_account, "pay_rib_name_match": answer}, today=PLAN_DATE
            ).items
        }
        for answer in ("dont_know", "no", "yes")
    }
    assert (
        "act_pay_check_account_name" in actions["dont_know"] and "act_pay_fix_account_name" not in actions["dont_know"]
    )
    assert "act_pay_fix_account_name" in actions["no"] and "act_pay_check_account_name" not in actions["no"]
    assert not {"act_pay_check_account_name", "act_pay_fix_account_name"} & actions["yes"]


def test_the_cards_and_the_bank_page_tick_the_same_documents():
    """The IF number given in the profile answers "do you have your IF?": the bank page marks the IF certificate
    ready, and the plan says the question's card shows it ticked too (one rule, Plan.ticked_elsewhere); so does an
    action marked done (the ICE obtained)."""
    from merchant_assistant.plan import ActionStatus

    from ..helpers import bundled_pack

    pack = bundled_pack()
    done = {a.id: ActionStatus(a.id, status="done") for a in pack.question("pay_has_ice").actions}
    plan = build_plan(pack, ATLAS_PROFILE, ATLAS_ANSWERS, done, today=PLAN_DATE)
    (documents,) = [cl for cl in plan.checklists if cl.question.id == "pay_documents_ready"]
    ready = {option.id for option, ticked in documents.items if ticked}
    assert {"registration", "tax_id", "ice_certificate"} <= ready
    assert plan.ticked_elsewhere["pay_documents_ready"] == ready
